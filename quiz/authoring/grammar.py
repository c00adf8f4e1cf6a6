"""Grammar checks of a drafted question against its own sentence: what a rule-based rewrite of
a clause breaks, found in blind gradings ("How much did John Terry fine by the FA?", "how much
did the thriller made", "In what year did missouri native Jon Hamm ..."). Each check is a
validator of :mod:`quiz.authoring.validators` (a reason, or None), or a repair that keeps the
sentence's own spelling; none knows any article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quiz.authoring.gazetteer import gazetteer, vocabulary
from quiz.authoring.wordlists import irregular_verbs, words

if TYPE_CHECKING:
    from quiz.authoring.validators import Candidate

_QUOTED = re.compile(r"[\u201c\"][^\u201d\"]*[\u201d\"]")
_TOKEN = re.compile(r"[A-Za-z][\w'\u2019-]*")
# "was fined", "were convicted", "had been arrested": a passive verb of the sentence.
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?([a-z]{3,}?)(?:ed|d)\b"
)
# Words after which a past form belongs to another clause or phrase ("the man who made the
# film", "score in the game he won"): the verb "did" asks for has come before them.
_CLAUSE_WORDS = frozenset(
    "who that which whom whose and or but been has have had he she they it we i you "
    "in on at for with by from to of after before during since".split()
)


def outside_quotes(question: str) -> str:
    """The question's own words: a quoted speech inside it is the article's, not ours, and
    stands as one placeholder word."""
    return _QUOTED.sub(" QUOTED ", question)


def _passive_stems(sentence: str) -> set[str]:
    """Stems of the sentence's passive verbs, and of one joined to them by "and" with its agent
    ("was banned for four matches and fined ... by the FA"; not "was deployed ... and returned
    there")."""
    stems = set()
    for match in _PASSIVE.finditer(sentence):
        stems.add(match.group(1))
        clause = re.split(r"[,;.:](?!\d)", sentence[match.end() :], maxsplit=1)[0]
        for joined in re.finditer(r"\band\s+(?:[a-z]+ly\s+)?([a-z]{3,}?)(?:ed|d)\b", clause):
            if re.search(r"\bby\b", clause[joined.end() :]):  # "and fined ... by the FA"
                stems.add(joined.group(1))
    return stems


def passive_kept(c: Candidate) -> str | None:
    """A passive of the sentence stays passive: "John Terry was fined by the FA" is never
    "How much did John Terry fine by the FA?", which says he fined someone; an intransitive
    verb is never made passive ("Calvin died in 2008" is not "In what year was Calvin died?")."""
    own = outside_quotes(c.question)
    if re.search(r"\b(?:did|does|do)\b", own):
        for stem in sorted(_passive_stems(c.sentence)):
            if re.search(rf"\b{re.escape(stem)}e?\b(?!['\u2019-])", own):
                return f"a passive made active ('{stem}...' asked with 'did')"
    subject = r"(?:(?:the|a|an|[A-Z][\w'\u2019-]*)\s+){1,4}"  # "was Calvin", "was the man"
    made = re.search(
        rf"\b(?:was|were|is|are)\s+{subject}({'|'.join(sorted(_INTRANSITIVE))})\b", own
    )
    if made is not None:
        return f"an intransitive verb made passive ('{made.group(1)}')"
    return None


# Verbs that take no object, so have no passive: "was ... died" is always a rewrite's slip.
_INTRANSITIVE = frozenset(
    "died happened occurred arrived existed emerged disappeared vanished collapsed remained "
    "lived slept".split()
)


def one_tense(c: Candidate) -> str | None:
    """After "did" the verb is bare: "How much did the film make?", never "... made?"."""
    tokens = _TOKEN.findall(outside_quotes(c.question))
    pasts = irregular_verbs()
    for at, token in enumerate(tokens):
        if token.lower() not in ("did", "does", "do"):
            continue
        for before, word in zip(tokens[at:], tokens[at + 1 : at + 10], strict=False):
            if before.lower() in _CLAUSE_WORDS:
                break
            base = pasts.get(word)
            if base is not None and base != word:
                return f"a past form after '{token}' ('{word}')"
    return None


def keep_capitals(question: str, sentence: str, article: str) -> str:
    """The question with its words cased as its article writes them: a clause moved to
    mid-question keeps its name's capital ("Missouri native Jon Hamm", not "missouri native";
    the name is the sentence's when the word after it is the same there, and a name the data
    knows when the sentence starts with it) and loses the capital only its sentence's start
    gave it ("did police raid", not "did Police raid")."""
    opener = _TOKEN.match(sentence.lstrip())
    first = opener.group() if opener else ""

    def restore(match: re.Match[str], text: str) -> str:
        word = match.group()
        if match.start() == 0:
            return word
        if word[0].islower():
            if re.search(rf"\b{re.escape(word)}\b", article):
                return word  # the article writes it in lower case too: a word, not a name
            title = word[:1].upper() + word[1:]
            after = _TOKEN.match(text[match.end() :].lstrip())
            if after is None:
                return word
            there = re.search(rf"\b{re.escape(title)}\s+{re.escape(after.group())}\b", sentence)
            if there is None:
                return word  # "at which show would": not the sentence's "Auto Show next"
            if there.start() > 0 or _known_name(title):
                return title
            if after.group()[:1].isupper() and word not in words("function_words") | {"former"}:
                # "Northfield Rovers" opening its sentence: a name of two words ("Former Rovers
                # striker ..." is none)
                return title
            return word
        lower = word.lower()
        if word != first or not word[1:].islower() or _known_name(word):
            return word
        if re.search(rf"\b{re.escape(lower)}\b", article) and not re.search(
            rf"(?<=[\w,;:)\u2019'] ){re.escape(word)}\b", article
        ):
            return lower  # "did police raid": capitalised only where its sentence starts
        if lower in words("generic_nouns") | words("people_nouns") and re.match(
            rf"{re.escape(word)}\s+[a-z]", sentence.lstrip()
        ):
            # "Police raided ...": a common noun, capitalised here by its sentence and elsewhere
            # only inside a name ("New Orleans Police Department")
            return lower
        return word

    parts = re.split(r"([\u201c\"][^\u201d\"]*[\u201d\"])", question)
    return "".join(
        part
        if i % 2
        else re.sub(
            r"(?<![\w'\u2019-])[A-Za-z][a-z'\u2019-]+\b", lambda m, p=part: restore(m, p), part
        )
        for i, part in enumerate(parts)
    )


def _known_name(word: str) -> bool:
    """Whether the data knows a word as a place or a given name (Missouri, Sofia)."""
    return bool(gazetteer().lookup(word)) or word in vocabulary().given
