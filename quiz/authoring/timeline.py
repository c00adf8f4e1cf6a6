"""What an article tells of when: the year it was written, its people's birth years, and the
year a "the next year" counts from.

A wrong year or age is no use when the rest of the story rules it out: an Oscar won at 15 by a
woman the story calls "the 68-year-old", a third round "in 2007" of a team that reached the
final in 2010 and again "the next year". These are read from the article's own words, and
every bound here is a floor the answer itself meets (one it breaks was misread and is dropped).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from quiz.authoring.entities import harvest
from quiz.corpus.sentences import split_sentences
from quiz.model import Article
from quiz.text import normalise

YEAR_IN_TEXT = re.compile(r"(?<![\w$£€.,])(1[5-9]\d\d|20\d\d)(?![\w%]|,\d)")
# What makes a sentence's years plans rather than history: "will open in 2020", "by 2030",
# "next year" (but "the next year" tells of the past: "returned to the final the next year").
FUTURE = re.compile(
    r"\b(?:will|shall|would|going to|plans? to|planned to|planning to|expects? to|expected to|"
    r"scheduled|due (?:to (?:open|start|begin|be|arrive|launch|finish|close|end)|in|on)|set to|"
    r"aims? to|intends? to|hopes? to|targets?|projected|forecasts?|(?<!the )next|upcoming|by "
    r"(?:the end of )?(?:1[5-9]|20)\d\d)\b|'ll\b",
    re.IGNORECASE,
)
# The youngest age at which the events a news story dates of a grown person happen to them: a
# year offered for "her Oscar" puts her at least this old. A floor the answer breaks (a child
# star, a birth year) is dropped, so it is never applied against the truth.
ADULT = 16
# A later year told by its distance from an earlier one: "the next year", "two years later".
_COUNTED_ON = re.compile(
    r"\b(?:the (?:next|following) (?:year|season)|the year after|a year later|"
    r"(?:\w+ )?years later)\b",
    re.IGNORECASE,
)
# How many sentences back the year a "the next year" counts from may be.
_LOOK_BACK = 3
# "Lee, 88," / "88-year-old Harper Lee" / "The 68-year-old has ..." (the story's own subject)
_NAME = r"[A-Z][\w'\u2019-]+"
_NAMED_AGE = re.compile(rf"(?P<name>{_NAME}),\s(?P<age>[1-9]\d?)(?:,\s|\.$|\.\s)")
_AGED_NAME = re.compile(
    rf"\b(?P<age>[1-9]\d?)-year-old\s+(?:[a-z]+\s+){{0,3}}?(?P<name>{_NAME}(?:\s+{_NAME})*)"
)
_THE_AGED = re.compile(
    r"(?:^|[.!?\"\u201d]\s+)The (?P<age>[1-9]\d?)-year-old(?:,|\s+(?:has|had|is|was|who|said|"
    r"says|told|added|admitted|denied|insisted|remains|became|began|won|lost|made|took))\b"
)


# A present-perfect tally: "has won 19 grand slam titles", "have scored", "has sold". It counts
# what is true on the story's day and only grows after it.
TALLY = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+)?(?:won|scored|sold|released|collected|claimed|"
    r"earned|raised|recorded|played|amassed|racked up)\b"
)


@functools.lru_cache(maxsize=256)
def latest_past_year(article: Article) -> int | None:
    """The latest year an undated article reports as past (a sentence with no plan in it): it
    was written then or soon after, so a past fact's year is no later. "By 2030" does not count."""
    years = [
        int(found)
        for sentence in split_sentences(article.text)
        if not FUTURE.search(sentence.text)
        for found in YEAR_IN_TEXT.findall(sentence.text)
    ]
    return max(years) if years else None


def written_in(article: Article) -> int | None:
    """The earliest year the story can have been written: its date line's, else the latest year
    it reports as past; None when it tells no year."""
    if article.date is not None:
        return article.date.year
    return latest_past_year(article)


def _subject(article: Article) -> str | None:
    """The surname of the person the story names most often (by surname), if one leads."""
    counts: Counter[str] = Counter()
    for entity in harvest(article):
        if entity.fine.kind == "person" and " " in entity.text:
            surname = entity.text.split()[-1]
            counts[normalise(surname)] = len(
                re.findall(rf"(?<![\w'-]){re.escape(surname)}(?![\w-])", article.text)
            )
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


@functools.lru_cache(maxsize=256)
def birth_years(article: Article) -> dict[str, int]:
    """Surname (normalised) -> the earliest year each person the story gives an age can have
    been born: the story's earliest possible year less the age, less one for a birthday still to
    come. "The 68-year-old" with no name is the person the story names most. A person given two
    ages is left out (two people, or a misreading)."""
    year = written_in(article)
    if year is None:
        return {}
    text = article.text
    ages: dict[str, set[int]] = {}
    for match in _NAMED_AGE.finditer(text):
        ages.setdefault(normalise(match.group("name")), set()).add(int(match.group("age")))
    for match in _AGED_NAME.finditer(text):
        surname = match.group("name").split()[-1].removesuffix("'s").removesuffix("\u2019s")
        ages.setdefault(normalise(surname), set()).add(int(match.group("age")))
    unnamed = {int(match.group("age")) for match in _THE_AGED.finditer(text)}
    if unnamed:
        subject = _subject(article)
        if subject is not None:
            ages.setdefault(subject, set()).update(unnamed)
    return {name: year - next(iter(told)) - 1 for name, told in ages.items() if len(told) == 1}


def _surnames_in(text: str, births: dict[str, int]) -> list[str]:
    words = {normalise(word) for word in re.findall(r"[A-Z][\w'\u2019-]+", text)}
    words |= {w.removesuffix("'s").removesuffix("\u2019s") for w in words}
    return [name for name in births if name in words]


def adult_floor(article: Article, about: str, answer: int) -> int | None:
    """The earliest year an event of the people named in ``about`` (the question and its
    sentence) can be offered in: the year each was ``ADULT``; None when none has an age, or
    when the answer itself is before it (a birth, a child's event: nothing is assumed)."""
    births = birth_years(article)
    floors = [births[name] + ADULT for name in _surnames_in(about, births)]
    floors = [floor for floor in floors if floor <= answer]
    return max(floors) if floors else None


def counted_from(article: Article, sentence: str, answer_at: int, answer: int) -> int | None:
    """The year a "the next year" before the answer counts from, so the answer's options come
    after it: the latest year below the answer in the nearest of the few sentences before
    ``sentence`` that names one ("... the 2010 final." "... returned the next year, and to the
    third round in 2013": 2010). None without such words, or such a year."""
    if not _COUNTED_ON.search(sentence[:answer_at]):
        return None
    at = article.text.find(sentence)
    if at < 0:
        return None
    before = [s.text for s in split_sentences(article.text[:at])][-_LOOK_BACK:]
    for earlier in reversed(before):
        years = [int(y) for y in YEAR_IN_TEXT.findall(earlier) if int(y) < answer]
        if years:
            return max(years)
    return None
