"""The wrong answers a draft offers, chosen in one place: :func:`wrong_answers`.

The engine (:mod:`quiz.authoring.distractors`) proposes options of the answer's fine type, unit
and form; a person gets the other people of its own story; the run adds titles and vehicles its
articles give (:class:`Pool`) where the engine has too few, and every option then passes the
engine's own lint, as ``quiz check`` runs it. A
draft is written only when its article alone (and the data) gives enough wrong answers, so that
whether it is written never depends on the rest of the run; the run's articles may then offer
better ones.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from quiz.authoring import distractors
from quiz.authoring.entities import harvest
from quiz.authoring.facts import (
    CITIES,
    COUNTRIES,
    HONORIFICS,
    NOT_NAME,
    ArticleFacts,
    Fact,
)
from quiz.authoring.gazetteer import vocabulary
from quiz.authoring.speakers import speakers_in, unlikely_speakers
from quiz.authoring.wordlists import words
from quiz.bank.citations import contains_answer
from quiz.corpus.articles import Library
from quiz.model import OPTIONS_PER_QUESTION, Article, Question
from quiz.text import MONTHS, normalise

NEED = OPTIONS_PER_QUESTION - 1


@dataclass
class Pool:
    """What the run's articles offer every draft's wrong answers: the titles and vehicles they
    name (never their people: a stranger from another story beside this one's gives the answer
    away), the catalogue's passages no option may come from, and the answers already found
    hopeless."""

    titles: list[str] = field(default_factory=list)
    vehicles: list[str] = field(default_factory=list)
    # The catalogue's contested and garbled passages, normalised: no wrong answer from them.
    contested: list[str] = field(default_factory=list)
    # Answers the engine found no wrong answers for: not asked again for the same article.
    hopeless: set[tuple[str, str, str, str]] = field(default_factory=set)
    _alone: Library | None = None  # the current article's library of one
    # (list, name) pairs already added: a large run must not rescan a list for every name
    _seen: set[tuple[int, str]] = field(default_factory=set)

    def add(self, found: ArticleFacts) -> None:
        for title in found.titles:
            _add_new(self.titles, self._seen, title)
        for fact in found.facts:
            if fact.kind == "vehicle":
                _add_new(self.vehicles, self._seen, fact.answer)

    def alone(self, article: Article, library: Library) -> Library:
        """The library as if the article were alone in it (its own notes kept): what decides
        whether a draft is written, so that the rest of the run cannot."""
        if self._alone is None or article.id not in self._alone.articles:
            self._alone = library.alone(article.id)
        return self._alone


def wrong_answers(
    question: Question,
    fact: Fact,
    article: Article,
    library: Library,
    pool: Pool,
    seed: int,
    people: Sequence[str] = (),
) -> list[str] | None:
    """The draft's wrong answers, or None when its article alone gives too few believable
    ones. ``people`` are the article's own, offered first to a quote's speaker."""
    if _BOUND.match(fact.answer):
        return None  # "more than 10,000" beside "more than 30,000": the weakest claim is the answer
    hopeless = (article.id, fact.kind, fact.relation, normalise(fact.answer))
    if hopeless in pool.hopeless:
        return None
    # Whether it is written: its article alone and the data suffice; for a person, with real
    # names only (an invented name, or a stranger from another story, beside the story's
    # people gives the answer away).
    person = fact.kind == "person"
    alone = pool.alone(article, library)
    own = _options(question, fact, pool, alone, seed, people, run=False, faker=not person)
    if len(own) < NEED:
        pool.hopeless.add(hopeless)
        return None
    # What it offers: the stories' real names first; an invented one only where they run out
    # (never for a person).
    for faker in (False,) if person else (False, True):
        found = _options(question, fact, pool, library, seed, people, run=not person, faker=faker)
        if len(found) >= NEED:
            return found
    return own


def _story_people(article: Article, quote: str, answer: str) -> tuple[list[str], frozenset[str]]:
    """The people the entity harvest finds in a story, and the surnames (normalised) of those
    no reader would take for the answer: its reporters and :func:`unlikely_speakers`."""
    entities = harvest(article)
    reporters = {normalise(e.text.split()[-1]) for e in entities if e.fine.family == "media"}
    people = [e.text for e in entities if e.fine.kind == "person"]
    return people, unlikely_speakers(article.text, quote, answer) | reporters


_NAME_PREFIXES = frozenset("Mc Mac Jr Sr Maj Gen Col Lt Sgt Capt St Van Von De".split())
# A capital and lower-case letters, accented ones too (Édouard, Gérald, Zoë, Łukasz): a
# name word; "USA" or "iPhone" is none. (Latin Extended-A mixes its cases: both are let in.)
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſ]"
_LOW = r"[a-zß-öø-ÿĀ-ſ]"
_SURNAME = re.compile(rf"{_CAP}{_LOW}+(?:['’-]{_CAP}{_LOW}+)*")
_PERSON_WORD = re.compile(
    rf"{_CAP}{_LOW}+(?:['’](?:{_CAP}|{_LOW})+|-{_CAP}{_LOW}+)*|{_CAP}\."
)


def person_name(text: str) -> bool:
    """A whole personal name to offer beside one: two to four name words, no title, no word
    of an organisation, place or month ("Gingrich Productions", "Al", "Mayor James Knowles")."""
    parts = text.split()
    if not 2 <= len(parts) <= 4 or not all(_PERSON_WORD.fullmatch(p) for p in parts):
        return False
    if parts[0] in HONORIFICS or parts[0] in NOT_NAME or parts[-1].endswith("."):
        return False
    if parts[0] in words("title_words"):
        return False  # "Spokesman Don Clotworthy": a title, then the name
    if parts[-1] in _NAME_PREFIXES:
        return False  # "Mark Mc", "Maj": a name cut short
    if parts[-1] in words("geo_words"):
        return False  # "Beaver Creek", "Palm Springs": a place
    return not any(p in words("org_words") or p in COUNTRIES or p in CITIES for p in parts)


def surname_like(text: str) -> bool:
    """One surname to offer beside a surname: "Khan", "O'Neill", "Smith-Jones"; never a cut
    name ("Mc", "Gorjanovic-"), a title or a word of an organisation ("Productions")."""
    return (
        len(text) >= 3
        and text not in words("geo_words")
        and _SURNAME.fullmatch(text) is not None
        and text not in _NAME_PREFIXES
        and text not in HONORIFICS
        and text not in NOT_NAME
        and text not in words("org_words")
    )


def _options(
    question: Question,
    fact: Fact,
    pool: Pool,
    library: Library,
    seed: int,
    own_people: Sequence[str] = (),
    *,
    run: bool = True,
    faker: bool = True,
) -> list[str]:
    """Wrong answers from the distractor engine, else names of the same sort from the articles;
    without ``run``, not the run's names (people, titles, vehicles): whether a draft is written
    must not depend on the other articles of the run."""
    if fact.relation == "speaker":
        # Other people, as the answer is named (full names, or surnames): the article's own
        # first, then the engine's on the article alone (its names, then invented ones). Not
        # the run's: a famous name from another story is no believable speaker of this quote.
        full = normalise(fact.full or fact.answer)
        surname = " " not in fact.answer
        # The story's people who could have said it: the entity harvest's people, or names with
        # a known given name ("White House", "Indiana Hoosiers" are no one); no reporter of the
        # story; no one the quote is about.
        given = vocabulary().given
        quoted = set(re.findall(r"[\w'’-]+", normalise(fact.detail or question.question)))
        harvested, silent = _story_people(
            library.articles[fact.article], fact.detail or question.question, full
        )
        unlikely = quoted | silent
        mine = [
            n
            for n in dict.fromkeys([*own_people, *harvested])
            if person_name(n)
            and (n in harvested or n.split()[0] in given)
            and normalise(n) != full
            and normalise(n.split()[-1]) not in unlikely
        ]
        # Who speaks in the story is likelier to have said it than whom it mentions: they come
        # first, and when three of them are there, only they (Indira Gandhi or John Coltrane,
        # named in passing, said nothing in a story of today).
        speaking = speakers_in(library.articles[fact.article].text)
        talkers = [n for n in mine if normalise(n.split()[-1]) in speaking]
        others = [] if len(_distinct(talkers, question.answer)) >= NEED else [
            n for n in mine if n not in talkers
        ]
        if surname:  # a surname, answered by other surnames
            talkers, others = (
                [n.split()[-1] for n in names if n.split()[-1] not in fact.full.split()]
                for names in (talkers, others)
            )
        # Only the story's own people: an invented name, or a word that is no one's, beside
        # real ones gives the answer away (a reader knows the speaker is someone in the story).
        found = _pick(talkers, question.answer, fact) + _pick(others, question.answer, fact)
        same_form = surname_like if surname else person_name
        size = len(question.answer.split())  # "Kin Ko" beside two-word names, not three
        found = [
            n
            for n in _distinct(found, question.answer)
            if same_form(n) and len(n.split()) == size and not _contested(n, pool)
        ]
        return _linted(question, found, library)[:NEED]
    if fact.kind == "title":
        found = distractors.generate(question, library, seed, count=NEED, faker=faker)
        found += _pick(_window(pool.titles, fact), question.answer, fact) if run else []
        return _linted(question, _distinct(found, question.answer), library)[:NEED]
    found = distractors.generate(question, library, seed, count=NEED, faker=faker)
    found = [option for option in found if not _contested(option, pool)]
    if fact.kind == "place" and fact.relation == "country":
        found = [option for option in found if option in COUNTRIES]
        found += _pick(
            sorted(c for c in COUNTRIES if " " not in c and len(c) > 3), question.answer, fact
        )
    if fact.kind == "date" and fact.relation == "month":
        found += _pick(_nearby_months(question.answer), question.answer, fact)
    if fact.kind == "person" and len(_distinct(found, question.answer)) < NEED:
        # the story's other people, of any role: names a reader of it has met
        people, silent = _story_people(library.articles[fact.article], "", fact.answer)
        story = [
            name
            for name in people
            if normalise(name.split()[-1]) not in silent and not _contested(name, pool)
        ]
        found += _pick(story, question.answer, fact)
    if fact.kind == "person" and " " in question.answer:  # whole names beside a whole name
        found = [option for option in found if person_name(option)]
    if run and fact.kind == "vehicle" and len(_distinct(found, question.answer)) < NEED:
        found += _pick(_window(pool.vehicles, fact), question.answer, fact)
    chosen = _linted(question, _distinct(found, question.answer), library)[:NEED]
    if len(chosen) < NEED and fact.kind in _RUNGS:
        # The lint refused a rung (a value the article states of something else): a longer
        # ladder of the engine's, its first rungs the same, has others.
        more = distractors.generate(question, library, seed, count=NEED + 3, faker=faker)
        more = [option for option in more if not _contested(option, pool)]
        chosen = _linted(question, _distinct([*chosen, *more], question.answer), library)[:NEED]
    return chosen


# Kinds the engine answers with a ladder of values, which it can always make longer.
_RUNGS = frozenset("count number money year date".split())


def _nearby_months(answer: str) -> list[str]:
    """ "April 2020" -> other months within a year of it, in the answer's form."""
    match = re.fullmatch(r"([A-Z][a-z]+) (\d{4})", answer.strip())
    if not match or match.group(1) not in MONTHS:
        return []
    index = MONTHS.index(match.group(1)) + int(match.group(2)) * 12
    return [
        f"{MONTHS[(index + step) % 12]} {(index + step) // 12}"
        for step in (-6, -4, -3, -2, 2, 3, 4, 6)
    ]


# A one-sided bound makes no multiple-choice question: beside other bounds of its kind it is the
# weakest claim (every larger lower bound implies it, so a player picks the smallest), and a
# bound on the other side of it is true. Approximations ("about", "nearly") are no bounds.
_BOUND = re.compile(
    r"^(?:(?:just |well )?(?:over|under)|more than|at least|upwards of|fewer than|less than"
    r"|up to|no more than|as many as|as few as)\s+",
    re.IGNORECASE,
)


def _contested(option: str, pool: Pool) -> bool:
    """A name inside a catalogued conflict or garbled passage ("Nikola Dove"): a misspelling
    the game must not show, even as a wrong answer."""
    target = normalise(option)
    return any(target in passage for passage in pool.contested)


def _linted(question: Question, options: list[str], library: Library) -> list[str]:
    """The options the distractor lint (as ``quiz check`` runs it) finds nothing wrong with,
    and that the question does not print (it would point at the others)."""
    options = [option for option in options if not contains_answer(question.question, option)]
    if not options:
        return options
    offered = replace(question, distractors=tuple(options))
    flagged = {index for index, _ in distractors.lint(offered, library)}
    return [option for index, option in enumerate(options) if index not in flagged]


def _add_new(pool: list[str], seen: set[tuple[int, str]], name: str) -> None:
    if (id(pool), name) not in seen:
        seen.add((id(pool), name))
        pool.append(name)


WINDOW = 64  # candidates the run offers one question: a fixed number, so a run stays linear


def _window(pool: list[str], fact: Fact) -> list[str]:
    """At most :data:`WINDOW` of the run's names, from a place fixed by the fact: the same
    for the same run, and as cheap for the 2,000th article as for the first."""
    if len(pool) <= WINDOW:
        return pool
    start = int.from_bytes(hashlib.blake2b(fact.key.encode(), digest_size=4).digest(), "big")
    start %= len(pool)
    window = pool[start : start + WINDOW]
    return window + pool[: WINDOW - len(window)]


def _pick(candidates: Iterable[str], answer: str, fact: Fact) -> list[str]:
    """Candidates in an order fixed by the fact, so reruns offer the same wrong answers."""
    return sorted(
        _distinct(candidates, answer),
        key=lambda n: hashlib.blake2b(f"{fact.key}\x1f{n}".encode(), digest_size=4).digest(),
    )


def _distinct(options: Iterable[str], answer: str) -> list[str]:
    seen = {"".join(normalise(answer).split())}
    out = []
    for option in options:
        key = "".join(normalise(option).split())
        if key and key not in seen:
            seen.add(key)
            out.append(option)
    return out
