"""How central a draft's fact is to its story, from the article alone, so that the ranking asks
the news and not a side detail: in blind gradings, trivia was the second cause of dropped drafts
(how long carved letters were, a video's length, a passer-by's words).

The signals are the classic ones of extractive summarising, with no training and no knowledge
of any article: news states its main facts first (the lead), and a story keeps coming back to
its main actors, places and things, so a sentence that names many of the article's recurring
words is about the story, and one whose words occur nowhere else is colour. A draft's answer
that recurs is a main subject; a speaker named once is a passer-by; a measure of an object's
size or a clip's length describes, it is not news.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from quiz.authoring.cloze import is_cloze
from quiz.authoring.wordlists import words
from quiz.model import Article

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A measure that describes an object or a clip ("about eight inches in length", "a 10 minute
# video") rather than what happened.
_COLOUR = re.compile(
    r"\b(?:inch(?:es)?|feet|foot|ft|cm|centimet(?:er|re)s?|millimet(?:er|re)s?|mm|"
    r"met(?:er|re)s?|kilomet(?:er|re)s?|km|miles?|minutes?|seconds?)\b",
    re.IGNORECASE,
)
# A name of several capitalised words, with the small words names hold ("Bank of England").
_NAME = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:(?:of|to|the|de|da|von|van|al|bin)\s+)?[A-Z][\w'’-]*)+"
)
_FIGURE_KINDS = frozenset({"number", "count", "money", "date", "year", "ordinal"})

LEAD = 3.0  # sentences: a sentence this far in counts half as lead as the first
ANSWER_RECURS = 0.15  # the answer is named again elsewhere: a main subject
ONCE_NAMED = 0.2  # a speaker the article names in one sentence only: a passer-by
COLOUR = 0.2  # a size, a distance or a clip's length
SHORTEST = 8  # sentences: a shorter article's drafts are never side details
# The lead: the first fifth of an article's sentences, and at least its first four (a
# headline and a standfirst may open it).
LEAD_SHARE = 5
LEAD_LEAST = 4
PAST_LEAD = "a question past the lead, of something other than the story's work"


def lead_of(sentences: int) -> int:
    """The index of the first sentence past the lead of an article of so many sentences."""
    return max(LEAD_LEAST, math.ceil(sentences / LEAD_SHARE))


def _stem(word: str) -> str:
    """A crude stem, enough to count "arrests" as "arrest" and "Colosseum's" as "colosseum"."""
    word = re.sub(r"['’]s?$", "", word.lower())
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


@cache
def _common() -> frozenset[str]:
    return words("common_words")


@cache
def _leaders() -> frozenset[str]:
    """Small words that start a sentence before a name ("But Land Rover", "The New Defender")."""
    return words("function_words") | {"but", "this", "when", "after", "if", "so", "then"}


def terms(text: str) -> frozenset[str]:
    """The content words of a text, stemmed, and its names of several words whole ("No Time to
    Die" is one thing the story is about, whatever its words mean alone): what a text is about,
    not how it says it."""
    common = _common()
    found = {_stem(w) for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in common}
    for match in _NAME.finditer(text):
        name = match.group().split()
        while name and name[0].lower() in _leaders():
            name = name[1:]  # "The New Defender" is "New Defender"; "No Time to Die" stays
        if len(name) > 1:
            found.add(" ".join(_stem(w) for w in name))
    return frozenset(found)


@dataclass(frozen=True)
class Salience:
    """An article's sentences by centrality, and what a draft's answer needs to be weighed."""

    sentences: tuple[float, ...]  # each sentence's centrality, 0..1
    spread: dict[str, int]  # content word -> how many sentences hold it
    bags: tuple[frozenset[str], ...]  # each sentence's content words
    top: float  # the article's highest word score, which scales the others

    def words_score(self, bag: frozenset[str]) -> float:
        """How many of the article's recurring words ``bag`` holds, each weighted by how many
        other sentences hold it, over the square root of its size (a long sentence is not
        central for being long), scaled to the article's most central sentence."""
        if not bag:
            return 0.0
        raw = sum(self.spread.get(t, 1) - 1 for t in bag) / math.sqrt(len(bag))
        return min(raw / self.top, 1.0)

    @property
    def median(self) -> float:
        """The article's own bar: a fact less central than half its sentences is a side detail."""
        ordered = sorted(self.sentences)
        if not ordered:
            return 0.0
        middle = len(ordered) // 2
        if len(ordered) % 2:
            return ordered[middle]
        return (ordered[middle - 1] + ordered[middle]) / 2

    @property
    def lead(self) -> int:
        """The index of the first sentence past the lead."""
        return lead_of(len(self.sentences))

    def of_draft(
        self, sentence: int, kind: str, answer: str, question: str, work: str = ""
    ) -> Weight:
        """How central a draft is: its sentence's place and its words with its question's (the
        question names what its sentence only refers to: "the film" -> its title), raised when
        its answer recurs in the article; and what marks it as a side detail, if anything does:
        a figure that measures an object, a distance or a clip, a speaker the article names in
        one sentence only, a sentence that shares no word with the rest of the story, and a
        question rewritten from a sentence past the lead that does not name ``work``, the film
        or book the story is about (:data:`PAST_LEAD`, left out whatever its score)."""
        if not 0 <= sentence < len(self.sentences):
            return Weight(0.0, None)
        own = re.sub(r"“[^”]*”", "", question)
        topical = self.words_score(self.bags[sentence] | terms(own))
        score = (_lead(sentence) + topical) / 2
        mark = None
        if topical == 0:
            mark = "it shares no word with the rest of the story"
        of_work = bool(work) and work.lower() in question.lower()
        if sentence >= self.lead and not is_cloze(question) and not of_work:
            # Graded blind (eight gradings of corpus and seed drafts): of the questions
            # rewritten from a sentence past the lead, 12-18% were kept unchanged, figures
            # ("How much did Frank Garcia end up losing?": in what?), places ("In which town
            # was Saunders born?") and "Who said" (6 of 48 grades in the third session: minor
            # speakers, generic words) alike, against about a third in the lead and 50-65% of
            # gap-fills, which print their sentence whole; past the lead, those asking of the
            # film or the book the story is about were kept as often as the lead's.
            return Weight(score, PAST_LEAD)
        if kind in _FIGURE_KINDS:
            if _COLOUR.search(answer):
                score -= COLOUR
                mark = "a figure that measures an object, a distance or a clip"
            return Weight(score, mark)
        names = terms(answer)
        reach = max((self.spread.get(t, 0) for t in names), default=0)
        if reach >= 2:
            score += ANSWER_RECURS
        elif names and question.startswith("Who said"):
            score -= ONCE_NAMED
            mark = "a speaker named once: a passer-by"
        return Weight(score, mark)

    def side_detail(self, weight: Weight) -> str | None:
        """Why a draft asks a side detail, or None: marked as one, and less central than half
        the article's sentences (one rule for every article, relative to its own sentences).
        A story of a few sentences has no side to leave out: its words have no room to recur."""
        if len(self.sentences) < SHORTEST:
            return None
        if weight.mark == PAST_LEAD:
            return weight.mark
        if weight.mark is not None and weight.score < self.median:
            return weight.mark
        return None


@dataclass(frozen=True)
class Weight:
    """A draft's centrality, and what marks it as a side detail when something does."""

    score: float
    mark: str | None


def salience(article: Article) -> Salience:
    """Each sentence's centrality: half its place (the lead first), half how many of the
    article's recurring words it holds (:meth:`Salience.words_score`)."""
    bags = tuple(terms(s.text) for s in article.sentences)
    spread: dict[str, int] = {}
    for bag in bags:
        for term in bag:
            spread[term] = spread.get(term, 0) + 1
    raw = [sum(spread[t] - 1 for t in bag) / math.sqrt(len(bag)) if bag else 0.0 for bag in bags]
    top = max(raw, default=0.0) or 1.0
    scores = tuple((_lead(index) + value / top) / 2 for index, value in enumerate(raw))
    return Salience(scores, spread, bags, top)


def _lead(index: int) -> float:
    """How much of the lead a sentence is: 1 for the first, half at :data:`LEAD` sentences in."""
    return 1 / (1 + index / LEAD)
