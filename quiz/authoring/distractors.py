"""Wrong answers that test knowledge rather than reward guessing.

A distractor has the answer's kind, unit and written form, and is never true. Numbers sit on an
evenly spaced ladder through the answer (the answer's place on it random) inside the bounds the
sentence implies; a bounded answer ("more than 70") is offered only bounds it rules out. Names,
places, titles, brands and models come from the articles and from curated lists of real ones (a
town of the region the question names for a town, a Bond villain for a Bond villain); only
people's names fall back on Faker, whose invented towns and titles would give themselves away.
Nothing offered is the answer written another way, a value the cited sentence gives for another
fact, either side of a conflict between the articles, or a name the articles give for a related
part of the same subject (the star for a villain question) while a better one is at hand.

Every choice comes from a ``random.Random`` seeded by a stable hash of (seed, question id), so a
seed replays the same options. Faker is imported only when a question needs a generated name:
a bank of numbers and dates never pays for it, and ``can_generate`` (what ``quiz check`` asks)
decides without it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import functools
import hashlib
import math
import random
import re
import sys
import threading
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from quiz.authoring.kinds import (
    ORG_SUFFIX,
    PLACE_SUFFIX,
    Amount,
    DateForm,
    dates_in,
    infer_kind,
    is_numeric_kind,
    month_of,
    parse_amount,
    parse_date,
    roundness,
    words_to_digits,
)
from quiz.bank.citations import quote_span
from quiz.corpus.articles import Library
from quiz.model import KINDS, OPTIONS_PER_QUESTION, Article, Question
from quiz.text import canonical, normalise

__all__ = [
    "can_generate",
    "cannot_generate",
    "doc",
    "generate",
    "infer_kind",
    "is_numeric_kind",
    "kind_of",
    "lint",
    "options",
    "order_options",
    "rng_for",
]

FAKER_LOCALE = "en_GB"  # the articles are British and New Zealand press
_ROLE_FAMILIES = {
    "cast": ("played by", "starring", "actor", "actress", "with", "plays", "played"),
    "director": ("director", "directed by", "directed"),
    "author": ("author", "novelist", "writer", "written by", "novel", "wrote"),
    "player": ("striker", "goalkeeper", "midfielder", "full-back", "winger", "captain"),
}

# --- seeding -------------------------------------------------------------------------------


def rng_for(seed: int, question_id: str, purpose: str = "distractors") -> random.Random:
    """A generator for one question, from a stable hash: Python's ``hash()`` changes per run."""
    digest = hashlib.blake2b(f"{seed}\x1f{question_id}\x1f{purpose}".encode(), digest_size=8)
    return random.Random(int.from_bytes(digest.digest(), "big"))


def _key(text: str) -> str:
    """Two options are one when equal after normalising case, spacing and number words."""
    return "".join(_canon(text).split())


# --- what the articles say around a question ------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Entry:
    """A name harvested from the articles; ``tag`` is a role family or a place's scale."""

    text: str
    kind: str
    tag: str = ""
    role: str = ""


@dataclass
class _Pools:
    """Names, places, titles... found in a library's articles, built once per library."""

    by_kind: dict[str, list[_Entry]] = field(default_factory=dict)
    kinds: dict[str, set[str]] = field(default_factory=dict)  # normalised text -> kinds
    contested: set[str] = field(default_factory=set)  # names the articles spell differently
    # Who plays whom ("with Daniel Craig as the superspy"): normalised person -> parts.
    parts: dict[str, set[str]] = field(default_factory=dict)

    def add(self, entry: _Entry) -> None:
        """Record a name once per kind, keeping the most telling tag it was seen with."""
        key = normalise(entry.text)
        known = self.kinds.setdefault(key, set())
        entries = self.by_kind.setdefault(entry.kind, [])
        if entry.kind in known:
            for index, old in enumerate(entries):
                if normalise(old.text) == key and not old.tag and entry.tag:
                    entries[index] = entry
            return
        known.add(entry.kind)
        entries.append(entry)

    def entry(self, text: str, kind: str) -> _Entry | None:
        key = normalise(text)
        for entry in self.by_kind.get(kind, []):
            if normalise(entry.text) == key:
                return entry
        return None

    def kinds_of(self, text: str) -> set[str]:
        return self.kinds.get(normalise(text), set())


@dataclass(frozen=True, slots=True)
class _Facts:
    """One question as the generator sees it: its kind, answer, and what must stay out."""

    question: Question
    kind: str
    sentence: str  # the whole cited sentence(s): every value in it is true of something
    article: Article | None
    claims: tuple[tuple[str, str], ...]  # (fact, quote) of every conflict the question touches
    library: Library | None

    @property
    def answer(self) -> str:
        return self.question.answer

    @property
    def pools(self) -> _Pools | None:
        """The articles' names, harvested on first need: numbers and dates never need them."""
        return _pools(self.library) if self.library is not None else None


def kind_of(question: Question) -> str:
    """The question's stated kind, else the one inferred from its answer and quote."""
    return question.kind or infer_kind(question.answer, question.source.quote, question.question)


def _facts(question: Question, library: Library | None) -> _Facts:
    kind = kind_of(question)
    if library is None:
        return _Facts(question, kind, question.source.quote, None, (), None)
    article = library.get(question.source.article)
    if article is None:
        return _Facts(question, kind, question.source.quote, None, (), library)
    sentence, span = _sentence_of(library, article, question.source.quote)

    def overlapping(claim_article: str, quote: str) -> bool:
        if claim_article != article.id or span is None:
            return False
        return _overlaps(library, claim_article, quote, span)

    claims: list[tuple[str, str]] = []
    for conflict in library.conflicts:
        touched = any(
            _contains(claim.quote, question.answer) or overlapping(claim.article, claim.quote)
            for claim in conflict.claims
        )
        if touched:
            claims.extend((conflict.fact, claim.quote) for claim in conflict.claims)
    return _Facts(question, kind, sentence, article, tuple(claims), library)


def _sentence_of(
    library: Library, article: Article, quote: str
) -> tuple[str, tuple[int, int] | None]:
    """The whole sentence(s) a quote sits in (every value there is true of something), and where.

    The sentence is found by looking outward from the quote for the boundaries that
    ``quiz.corpus.sentences`` splits on, so a check of a large corpus splits no article.
    """
    found = _sentence_at(article, quote)
    if found is not None:
        return found
    span = quote_span(library, article.id, quote)  # curly quotes or spacing written otherwise
    if span is None:
        return quote, None
    span = _sentence_bounds(article.text, *span)
    return article.text[span[0] : span[1]].strip(), span


@functools.lru_cache(maxsize=1 << 12)
def _sentence_at(article: Article, quote: str) -> tuple[str, tuple[int, int]] | None:
    """The sentence around a quote written exactly as in the article (many questions share one)."""
    at = article.text.find(quote)
    if at < 0:
        return None
    span = _sentence_bounds(article.text, at, at + len(quote))
    return article.text[span[0] : span[1]].strip(), span


# Where a sentence ends, as ``quiz.corpus.sentences.split_sentences`` decides: end punctuation
# and space
# before a capital or digit, not after an abbreviation or an initial; a paragraph ends one too.
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9£$*])")
_NOT_ENDS = {"mr", "mrs", "ms", "dr", "st", "no", "vs", "jr", "sr", "co", "inc", "ltd", "mt"}


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    begin = first
    for match in _END.finditer(text, first, min(last, start + 2)):  # room for the look-ahead
        if match.end() <= start and _ends(text, match):
            begin = match.end()
    finish = last
    tail = end  # a quote may end with the sentence's own full stop
    while tail > start and text[tail - 1] in ".!?\"'\u201d\u2019)":
        tail -= 1
    for match in _END.finditer(text, tail, last):
        if _ends(text, match):
            finish = match.start() + len(match.group().rstrip())
            break
    while begin < start and text[begin].isspace():
        begin += 1
    return begin, max(end, finish)


def _ends(text: str, match: re.Match[str]) -> bool:
    word = re.search(r"(\w+)\W*$", text[max(0, match.start() - 24) : match.start() + 1])
    if word is None:
        return True
    name = word.group(1)
    return name.lower() not in _NOT_ENDS and not (len(name) == 1 and name.isupper())


_canon = functools.lru_cache(maxsize=1 << 15)(canonical)


def _contains(text: str, answer: str) -> bool:
    """``contains_answer`` with both sides' canonical forms cached (the lint runs per question)."""
    return _word_at(_canon(text), _canon(answer)) >= 0


def _word_at(haystack: str, needle: str) -> int:
    """Where ``needle`` occurs in ``haystack`` not as part of a longer word, else -1."""
    if not needle:
        return -1
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        before = start == 0 or not (_wordy(needle[0]) and _wordy(haystack[start - 1]))
        after = end == len(haystack) or not (_wordy(needle[-1]) and _wordy(haystack[end]))
        if before and after:
            return start
        start = haystack.find(needle, start + 1)
    return -1


def _wordy(char: str) -> bool:
    return char.isalnum() or char == "_"


def _overlaps(library: Library, article_id: str, quote: str, span: tuple[int, int]) -> bool:
    if article_id not in library.articles:
        return False
    other = quote_span(library, article_id, quote)
    return other is not None and other[0] < span[1] and span[0] < other[1]


# --- harvesting names from the articles ------------------------------------------------------

_WORD = r"[A-Z][a-z'\u2019\-]+"
_NAME = rf"{_WORD}(?:\s+(?:[A-Z]\.|{_WORD})){{1,3}}"  # a person: two to four words
_SHORT = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"  # a character may go by one name
_RUN = r"[A-Z][\w'\u2019\-]*(?:\s+[A-Z0-9][\w'\u2019\-]*)*"
_PLACE = r"[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+){0,3}"
_TITLE = (
    r"[A-Z][\w'\u2019\-]*(?:\s+(?:(?:to|of|the|a|an|and|in|on|at|for)\s+)*[A-Z][\w'\u2019\-]*)*"
)
_MODEL = r"[A-Z0-9][\w\-]*(?:\s+[A-Z0-9][\w\-]*)*"

_PERSON_PATTERNS = (
    re.compile(
        rf"(?i:\b(?P<role>stunt driver|stunt co-?ordinator|co-?ordinator|supervisor|producer|"
        rf"photographers?|director|designer|directed by|produced by|played by|starring|actor|"
        rf"actress|author|novelist|writer|written by|manager|coach|captain|striker|goalkeeper|"
        rf"midfielder|full-back|winger|engineer|architect|scientist|astronomer|researcher|"
        rf"professor|mayor|minister|councillor|librarian|curator))\s+(?P<name>{_NAME})"
        rf"(?:\s+and\s+(?P<name2>{_NAME}))?"
    ),
    re.compile(rf"\b(?P<role>with)\s+(?P<name>{_NAME})\s+as\b"),
    re.compile(rf"(?P<name>{_NAME})['\u2019]s\s+(?:\d{{4}}\s+)?(?P<role>novel|book)\b"),
)
_CHARACTER_PATTERNS = (
    re.compile(
        rf"(?i:\b(?P<role>villain|love interest|character|hero|heroine|henchman|nemesis))\s+"
        rf"(?P<name>{_SHORT})"
    ),
    re.compile(rf"(?P<name>{_SHORT})\s*\((?i:played by)"),
    re.compile(rf"{_NAME}\s+as\s+(?P<name>{_SHORT})"),
)
# Who plays whom: "with Daniel Craig as the superspy", "the villain Safin (played by Rami Malek)".
_PART_PATTERNS = (
    re.compile(rf"(?P<person>{_NAME})\s+as\s+(?:the\s+)?(?P<part>{_SHORT}|[a-z\-]+)"),
    re.compile(rf"(?P<part>{_SHORT})\s*\((?i:played by)\s+(?P<person>{_NAME})"),
)
_TITLE_PATTERNS = (
    re.compile(rf"(?i:\b(?P<role>movie|film|novel|book|flick|album))\s+(?P<name>{_TITLE})"),
    re.compile(rf"\b(?:appeared|starred|featured)\s+in\s+(?P<name>{_TITLE})"),
)
_ORG_PATTERNS = (
    re.compile(
        rf"(?P<name>{_RUN})\s+(?:says|said|has|have|revealed|released|announced|embarks|unveiled)\b"
    ),
    re.compile(rf"(?i:\b(?:partnered with|partnership with|deal with))\s+(?P<name>{_RUN})"),
    re.compile(rf"(?P<name>{_RUN}\s+(?:{'|'.join(ORG_SUFFIX)}))\b"),
)
_VEHICLE_PATTERNS = (
    re.compile(
        rf"(?P<name>{_MODEL})\s+(?i:supercar|models?|convertible|trim|suv|saloon|hatchback|coupe)\b"
    ),
)
_VEHICLE_LIST = re.compile(r"(?i:\b(?:features?|featuring|drive|driving))\s+(?P<list>[^.]*)")
_PLACE_PATTERNS = (
    (re.compile(rf"(?i:\b(?:town|city|village|county|region|island)\s+of)\s+(?P<name>{_PLACE})"),),
    (
        re.compile(
            rf"(?i:\b(?:in|of|at|near))\s+(?P<name>{_PLACE}),\s+"
            rf"(?:(?i:southern|northern|eastern|western|central)\s+)?(?P<name2>{_PLACE})"
        ),
    ),
    (re.compile(rf"(?i:\b(?:in|at|off|near|across))\s+(?:the\s+)?(?P<name>{_PLACE})"),),
)
_LEADING_DETERMINER = re.compile(r"^(?:(?:a|an|the|new|classic|old|of course)\b\s*)+", re.I)
# Capitalised only because they start a sentence, so never the start of a name.
_NOT_NAMES = set(
    "The A An In On At It Its This That These Those He She They We But And Or So As If When While "
    "Although Though Because Since After Before Until Alongside Based Neither Both Media".split()
)
_COLOURS = set("Black White Grey Gray Red Blue Green Silver Gold Yellow Orange Brown".split())

_POOLS: dict[int, tuple[weakref.ref[Library], _Pools]] = {}


def _pools(library: Library) -> _Pools:
    """The library's name pools, harvested once and dropped when the library is."""
    cached = _POOLS.get(id(library))
    if cached is not None and cached[0]() is library:
        return cached[1]
    pools = _harvest(library)
    _POOLS[id(library)] = (weakref.ref(library), pools)
    weakref.finalize(library, _POOLS.pop, id(library), None)
    return pools


def _harvest(library: Library) -> _Pools:
    found: dict[str, list[_Entry]] = {}
    parts: dict[str, set[str]] = {}

    def add(kind: str, text: str, tag: str = "", role: str = "") -> None:
        text = re.sub(r"['\u2019]s$", "", text.strip(" ,;:'\"\u2018\u2019\u201c\u201d"))
        words = text.split()
        while words and words[0] in _NOT_NAMES and kind != "title":
            words.pop(0)
        if not words or month_of(words[0]) or (kind == "place" and words[-1] in _COLOURS):
            return
        found.setdefault(kind, []).append(_Entry(" ".join(words), kind, tag, role))

    paragraphs = (
        paragraph
        for article in library.articles.values()
        for paragraph in _without_unreliable(library, article).split("\n")
    )
    for text in paragraphs:
        for pattern in _PERSON_PATTERNS:
            for match in pattern.finditer(text):
                role = " ".join(match.group("role").lower().split())
                for group in ("name", "name2"):
                    if match.groupdict().get(group):
                        add("person", match.group(group), _role_family(role), role)
        for pattern in _CHARACTER_PATTERNS:
            for match in pattern.finditer(text):
                add("character", match.group("name"), _character_role(match))
        for pattern in _PART_PATTERNS:
            for match in pattern.finditer(text):
                person = re.sub(r"^(?:with|starring)\s+", "", match.group("person"), flags=re.I)
                part = normalise(match.group("part"))
                if person.split()[0] not in _NOT_NAMES:
                    parts.setdefault(normalise(person), set()).add(part)
        for pattern in _TITLE_PATTERNS:
            for match in pattern.finditer(text):
                add("title", match.group("name"), _medium(match))
        for pattern in _ORG_PATTERNS:
            for match in pattern.finditer(text):
                add("organisation", match.group("name"))
        for pattern in _VEHICLE_PATTERNS:
            for match in pattern.finditer(text):
                add("vehicle", match.group("name"))
        for match in _VEHICLE_LIST.finditer(text):
            for piece in re.split(r",|:|\band\b", match.group("list")):
                model = re.match(_MODEL, _LEADING_DETERMINER.sub("", piece.strip()))
                if model:
                    add("vehicle", model.group())
        for index, (pattern,) in enumerate(_PLACE_PATTERNS):
            for match in pattern.finditer(text):
                name = match.group("name")
                venue = name.split()[-1] in PLACE_SUFFIX
                add("place", name, "venue" if venue else ("local" if index < 2 else ""))
                if match.groupdict().get("name2"):
                    add("place", match.group("name2"), "region")
    pools = _resolve(found, library)
    pools.parts = parts
    return pools


def _without_unreliable(library: Library, article: Article) -> str:
    """The article's text with garbled passages blanked, so no name is harvested from them."""
    text = article.text
    for entry in library.unreliable:
        if entry.article != article.id:
            continue
        span = quote_span(library, article.id, entry.quote)
        while span is not None:
            text = text[: span[0]] + "." + " " * (span[1] - span[0] - 1) + text[span[1] :]
            span = _next_span(library, article, entry.quote, span[1])
    return text


def _next_span(
    library: Library, article: Article, quote: str, after: int
) -> tuple[int, int] | None:
    norm, origin = library.normalised(article.id)
    target = normalise(quote)
    start = norm.find(target, next((i for i, o in enumerate(origin) if o >= after), len(norm)))
    if start < 0 or not target:
        return None
    return origin[start], origin[start + len(target) - 1] + 1


def _character_role(match: re.Match[str]) -> str:
    role = (match.groupdict().get("role") or "").lower()
    return {"henchman": "villain", "nemesis": "villain"}.get(role, role)


def _medium(match: re.Match[str]) -> str:
    """A title's medium: film (a movie, flick) or novel (a book), when the text says."""
    role = (match.groupdict().get("role") or "").lower()
    return {"movie": "film", "flick": "film", "book": "novel"}.get(role, role)


def _role_family(role: str) -> str:
    for family, words in _ROLE_FAMILIES.items():
        if role in words:
            return family
    return "crew"


_PRIORITY = ("person", "character", "title", "organisation", "vehicle", "place")


def _resolve(found: dict[str, list[_Entry]], library: Library) -> _Pools:
    """One kind per name (a person is not also a place), contested spellings marked."""
    pools = _Pools()
    claimed: list[str] = []  # normalised names of the kinds already placed
    for kind in _PRIORITY:
        for entry in found.get(kind, []):
            key = normalise(entry.text)
            if kind in ("place", "organisation") and any(
                _inside(key, other) or _inside(key.removesuffix("s"), other) for other in claimed
            ):
                continue  # "Die" of "No Time To Die" is no place, nor "Defenders"
            if kind != "person" and "person" in pools.kinds.get(key, set()):
                continue
            pools.add(entry)
        claimed.extend(normalise(e.text) for e in pools.by_kind.get(kind, []))
    for conflict in library.conflicts:
        names = [
            [re.sub(r"['\u2019]s$", "", m.group()) for m in re.finditer(_SHORT, claim.quote)]
            for claim in conflict.claims
        ]
        for index, mine in enumerate(names):
            for other_index, theirs in enumerate(names):
                if index == other_index:
                    continue
                for name in mine:
                    if any(_variant(name, other, person=True) for other in theirs):
                        pools.contested.add(normalise(name))
                        pools.contested.add(normalise(name).split()[-1])
    return pools


def _inside(short: str, long: str) -> bool:
    """Whether ``short`` is a whole word or run of words of ``long``."""
    return _word_at(long, short) >= 0


# --- likeness --------------------------------------------------------------------------------


def _variant(a: str, b: str, *, person: bool) -> bool:
    """Whether two names could be one: a spelling variant, a part of the other, a surname shared."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return False
    if na == nb or _inside(na, nb) or _inside(nb, na):
        return True
    if person:
        ta, tb = na.split(), nb.split()
        if len(ta[-1]) > 2 and ta[-1] == tb[-1] and (len(ta) > 1 or len(tb) > 1):
            return True
    return difflib.SequenceMatcher(None, na, nb).ratio() >= 0.8


def _tokens(text: str) -> list[str]:
    return text.split()


def _initials(name: str) -> tuple[bool, ...]:
    """Which words of a name are initials (Michael G. Wilson: False, True, False)."""
    return tuple(re.fullmatch(r"[A-Z]\.", word) is not None for word in name.split())


def _similar_length(candidate: str, answer: str) -> bool:
    return abs(len(candidate) - len(answer)) <= max(3, len(answer) * 0.35)


# --- numbers ---------------------------------------------------------------------------------

_NUMBER_IN_TEXT = re.compile(r"(?<![\w.])(?!0\d)(\d+(?:\.\d+)?)(?![\d])")


@functools.lru_cache(maxsize=1 << 14)
def _numbers_in(text: str) -> frozenset[Fraction | int]:
    """Every number a text states, number words included (``007`` and ``DB5`` are names)."""
    return frozenset(_number(m.group(1)) for m in _NUMBER_IN_TEXT.finditer(_digits(text)))


def _number(text: str) -> Fraction | int:
    return Fraction(text) if "." in text else int(text)


@functools.lru_cache(maxsize=1 << 14)
def _digits(text: str) -> str:
    """A text in canonical form with its number words as digits, for comparing numbers."""
    return canonical(words_to_digits(text))


def _nice_steps(units: int, low: float, high: float) -> list[int]:
    """Steps a person would count in (1, 2, 2.5, 5 times a power of ten) within the range."""
    steps: list[int] = []
    power = 1
    while power <= max(high, 1):
        for mantissa in (1, 2, 5) if power == 1 else (1, 2, 2.5, 5):
            step = int(mantissa * power)
            if low <= step <= high and step not in steps:
                steps.append(step)
        power *= 10
    if not steps:
        steps = [max(1, int(high))]
    granular = [s for s in steps if s % roundness(units) == 0]
    return granular or steps


# Beyond this many units a number is no amount a reader weighs (and floats overflow on it): the
# generator does not vary it, so its question needs hand-written distractors.
_MAX_UNITS = 10**15


def _amount(text: str) -> Amount | None:
    """``parse_amount``, but None for a number too large to vary."""
    amount = parse_amount(text)
    return amount if amount is not None and amount.units <= _MAX_UNITS else None


def _steps(amount: Amount, kind: str) -> list[int]:
    """Rung spacing sized to the value and to its roundness: 900 steps by hundreds, 291 by tens."""
    units = amount.units
    if kind == "year":
        return [1, 2, 3, 4, 5]
    if kind == "ordinal":
        return [1, 2, 3] if units < 50 else [1, 2, 5, 10]
    return _nice_steps(units, max(1.0, units * 0.03), max(1.0, units * 0.2))


def _ladder(
    centre: int, steps: Sequence[int], need: int, valid: Callable[[int], bool], rng: random.Random
) -> list[int]:
    """``need`` values evenly spaced with ``centre`` at a random rung, all ``valid``.

    When no evenly spaced ladder fits (a bound or a true value in the way) the nearest valid
    values on the smallest step stand in, so a question still gets its options.
    """
    plans = [(step, place) for step in steps for place in range(need + 1)]
    rng.shuffle(plans)
    for step, place in plans:
        rungs = [centre + (i - place) * step for i in range(need + 1) if i != place]
        if all(valid(rung) for rung in rungs):
            return rungs
    found: list[int] = []
    step = min(steps)
    for distance in range(1, 400):
        for sign in rng.sample((1, -1), 2):
            rung = centre + sign * distance * step
            if rung not in found and valid(rung):
                found.append(rung)
                if len(found) == need:
                    return sorted(found)
    return sorted(found)


_PART_OF = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)(?![\d])\s+(?:of which|of them|of these|of those|out of (\d+))"
)


@functools.lru_cache(maxsize=1 << 12)
def _totals(sentence: str) -> dict[Fraction | int, Fraction | int]:
    """Each part a sentence counts out of a whole, with that whole."""
    text = _digits(sentence)
    totals: dict[Fraction | int, Fraction | int] = {}
    for match in _PART_OF.finditer(text):
        if match.group(2):
            totals[_number(match.group(1))] = _number(match.group(2))
            continue
        before = list(_NUMBER_IN_TEXT.finditer(text[: match.start()]))
        if before:
            totals[_number(match.group(1))] = _number(before[-1].group(1))
    return totals


@dataclass(frozen=True, slots=True)
class _Bounds:
    """The range a value must stay in, and why its ceiling is where it is."""

    floor: Fraction | int
    ceiling: Fraction | int | None = None
    reason: str = ""

    def __contains__(self, value: Fraction | int) -> bool:
        return value >= self.floor and (self.ceiling is None or value <= self.ceiling)


def _bounds(facts: _Facts, amount: Amount) -> _Bounds:
    """Positive, below an implied total, at most a right angle, no year after the article's."""
    least = 1 if not amount.decimals else Fraction(1, 10**amount.decimals)  # one unit
    floor: Fraction | int = 0 if amount.units == 0 else least
    ceilings: list[tuple[Fraction | int, str]] = []
    if facts.kind in ("count", "number"):
        answer = _amount(facts.answer)
        total = (  # every way of counting a part out of a whole says "of"
            _totals(facts.sentence).get(answer.value)
            if answer is not None and "of" in facts.sentence
            else None
        )
        if total is not None:
            ceilings.append((total - least, f"the cited sentence counts it out of {total}"))
    unit = amount.unit
    if (not unit or unit.startswith("degree") or unit == "°") and amount.value <= 90:
        about = f"{facts.sentence} {facts.question.question}".lower()
        if "angle" in about and (unit or "degree" in about):
            ceilings.append((90, "an angle here is at most 90 degrees"))
    if unit in ("%", "per cent", "percent") and amount.value <= 100:  # not a rise of 150%
        ceilings.append((100, "a share is at most 100 per cent"))
    date = facts.article.date if facts.article is not None else None
    if facts.kind == "year" and date is not None and amount.value <= date.year:
        ceilings.append((date.year, f"it is after the article's date ({date:%-d %B %Y})"))
    if not ceilings:
        return _Bounds(floor)
    ceiling, reason = min(ceilings)
    return _Bounds(floor, ceiling, reason)


def _amount_options(
    facts: _Facts, amount: Amount, need: int, rng: random.Random, taken: set[str], kind: str
) -> list[str]:
    """Options on a ladder through a number, written exactly like it (291mm -> 266mm)."""
    excluded = set(_numbers_in(facts.sentence))
    for _, quote in facts.claims:
        excluded |= _numbers_in(quote)
    excluded.discard(amount.value)
    bounds = _bounds(facts, amount)
    answer_round = roundness(amount.units)

    def valid(units: int) -> bool:
        text = amount.render(units)
        if text is None or _key(text) in taken:
            return False
        value = Fraction(units, 10**amount.decimals)
        if value in excluded or value not in bounds:
            return False
        return roundness(units) <= answer_round * 10  # 300 among 291s would stand out

    bound = _bound_of(facts, amount)
    if bound is not None:
        return _bounded_options(amount, bound, need, rng, taken, valid, kind)
    rungs = _ladder_through_given(amount, facts.question.distractors, need, valid, rng)
    if rungs is None:
        rungs = _ladder(amount.units, _steps(amount, kind), need, valid, rng)
    return [text for units in rungs if (text := amount.render(units)) is not None]


# --- bounds: "more than 70", "over 18 months", "fewer than 5" ----------------------------------
# A bound is true of every value on its far side: "more than 70" Kiwis means more than 60 too. So
# a bounded answer gets no ladder below it in its own form: its own form only with a clear gap on
# the side that reads false ("more than 90" when 70-odd is what "more than 70" says), and the
# opposite bound on the side that cannot be true ("fewer than 50").

# qualifier -> (direction, strict): +1 when the truth lies above the number, -1 below it.
_QUALIFIERS = {
    "more than": (1, True),
    "over": (1, True),
    "in excess of": (1, True),
    "at least": (1, False),
    "upwards of": (1, False),
    "fewer than": (-1, True),
    "less than": (-1, True),
    "under": (-1, True),
    "below": (-1, True),
    "up to": (-1, False),
    "at most": (-1, False),
    "no more than": (-1, False),
}
_OPPOSITE = {
    "more than": "fewer than",
    "in excess of": "under",
    "at least": "fewer than",
    "upwards of": "fewer than",
    "over": "under",
    "fewer than": "more than",
    "less than": "more than",
    "up to": "more than",
    "at most": "more than",
    "no more than": "more than",
    "under": "over",
    "below": "over",
}
_LAST_WORDS = frozenset(qualifier.rsplit(" ", 1)[-1] for qualifier in _QUALIFIERS)


def _qualifier_ending(text: str) -> str | None:
    """The bound that ``text`` ends with ("... pushed back by over "), if any. No regex, and the
    last word tried first: the lint asks this of every question."""
    text = text.rstrip()
    last = text[text.rfind(" ") + 1 :].lower()
    if last not in _LAST_WORDS:
        return None
    words = text.lower().split()[-3:]
    for size in (1, 2, 3):
        if len(words) >= size and (found := " ".join(words[-size:])) in _QUALIFIERS:
            return found
    return None


@dataclass(frozen=True, slots=True)
class _Bound:
    """What a bounded answer says: the truth lies beyond ``units`` in ``direction``."""

    direction: int  # +1: the truth is above the number ("more than"); -1: below ("under")
    strict: bool
    qualifier: str  # as the answer writes it ("more than"), or the context's word
    own: bool  # written in the answer itself (else the sentence or question says it)

    def implies(self, units: int, answer_units: int) -> bool:
        """Whether the same bound at ``units`` follows from the answer's (so is true)."""
        if self.direction > 0:
            return units < answer_units
        return units > answer_units

    def refutes(self, units: int, answer_units: int, strict: bool) -> bool:
        """Whether the opposite bound at ``units`` (``strict`` or not) contradicts the answer."""
        if units == answer_units:
            return self.strict or strict
        return units < answer_units if self.direction > 0 else units > answer_units


def _bound_of(facts: _Facts, amount: Amount) -> _Bound | None:
    """The bound an answer states ("more than 70") or that its sentence or question puts on it
    ("pushed back by over 18 months", "by over how many months"), else None."""
    if amount.prefix:
        qualifier = _qualifier(amount)
        if qualifier in _QUALIFIERS:
            return _Bound(*_QUALIFIERS[qualifier], qualifier, True)
    sentence, asked = facts.sentence, facts.question.question
    at = sentence.find(facts.question.answer)
    word = _qualifier_before(sentence, at) if at > 1 else None
    at = asked.find(" how ")  # "pushed back by over how many months?"
    while word is None and at > 0:
        word = _qualifier_before(asked, at + 1)
        at = asked.find(" how ", at + 1)
    return _Bound(*_QUALIFIERS[word], word, False) if word is not None else None


def _qualifier_before(text: str, at: int) -> str | None:
    """The bound written just before ``text[at:]``, if any: the word before it is looked at
    first, without copying or lowering the text (the lint asks this of every question)."""
    if text[at - 1] != " ":
        return None
    start = text.rfind(" ", 0, at - 1) + 1
    if text[start : at - 1].lower() not in _LAST_WORDS:
        return None
    return _qualifier_ending(text[max(0, at - 16) : at])


def _opposite_form(amount: Amount, bound: _Bound, kind: str) -> Amount | None:
    """The answer's form with the opposite bound ("more than 70" -> "fewer than ...")."""
    if not bound.own:
        return None
    match = re.search(rf"(?i)\b{re.escape(bound.qualifier)}\b", amount.prefix)
    if match is None:
        return None
    opposite = _OPPOSITE[bound.qualifier]
    if opposite == "fewer than" and kind != "count":
        opposite = "less than"  # "less than 12 months", "fewer than 50 Kiwis"
    if match.group()[0].isupper():
        opposite = opposite[0].upper() + opposite[1:]
    prefix = amount.prefix[: match.start()] + opposite + amount.prefix[match.end() :]
    return dataclasses.replace(amount, prefix=prefix)


def _bound_gap(units: int) -> int:
    """How far past a bound a value must be to read as false: two rounding steps, a quarter."""
    return max(2 * roundness(units), math.ceil(units / 4), 1)


def _bounded_options(
    amount: Amount,
    bound: _Bound,
    need: int,
    rng: random.Random,
    taken: set[str],
    valid: Callable[[int], bool],
    kind: str,
) -> list[str]:
    """Options that cannot be true of a bounded answer, on an evenly spaced ladder through it.

    Its own form only past a clear gap on the false side; the opposite bound (when the answer
    writes its bound) on the other side, where it contradicts the answer. The answer is never the
    only option of its form, and its rung is otherwise random.
    """
    units = amount.units
    direction = bound.direction
    opposite = _opposite_form(amount, bound, kind)
    gap = _bound_gap(units)
    steps = _nice_steps(units, gap, max(gap * 2.5, units * 0.75)) or [gap]
    steps = [step for step in steps if step >= gap] or [gap]

    def text(form: Amount, value: int) -> str | None:
        rendered = form.render(value)
        return rendered if rendered is not None and _key(rendered) not in taken else None

    plans = [
        (step, same)
        for step in steps
        for same in range(need + 1)
        if opposite is not None or same == need
    ]
    rng.shuffle(plans)
    plans.sort(key=lambda plan: plan[1] == 0)  # the answer alone in its form: a last resort
    for step, same in plans:
        values = [(amount, units + direction * k * step) for k in range(1, same + 1)]
        if opposite is not None:
            values += [(opposite, units - direction * k * step) for k in range(1, need - same + 1)]
        texts = [text(form, value) for form, value in values]
        if all(t is not None and valid(v) for t, (_, v) in zip(texts, values, strict=True)):
            return [t for t in texts if t is not None]
    # Nothing evenly spaced fits (a bound or a true value in the way): the nearest false values.
    found: list[str] = []
    for k in range(0, 400):
        for form, value in (
            (amount, units + direction * (gap + k * roundness(units))),
            *([(opposite, units - direction * (k + 1) * roundness(units))] if opposite else []),
        ):
            option = text(form, value)
            if option is not None and option not in found and valid(value):
                found.append(option)
                if len(found) == need:
                    return found
    return found


def _ladder_through_given(
    amount: Amount,
    given: Sequence[str],
    need: int,
    valid: Callable[[int], bool],
    rng: random.Random,
) -> list[int] | None:
    """The missing rungs of an evenly spaced ladder through the answer and the hand-written
    distractors (ten with six written: two and fourteen, or fourteen and eighteen), so that the
    generated ones do not cluster round the answer; None when no such ladder fits."""
    written = [_amount(text) for text in given]
    if not written or need <= 0:
        return None
    units: list[int] = []
    for other in written:
        if other is None or other.decimals != amount.decimals or other.units == amount.units:
            return None
        units.append(other.units)
    gap = 0
    for value in units:
        gap = math.gcd(gap, abs(value - amount.units))
    size = len(units) + need + 1
    # A ladder of ``size`` rungs through them all spans ``gap`` at least, so its step is
    # ``gap // k`` for some k below ``size`` (counting every divisor of a large gap would hang).
    steps = sorted(gap // k for k in range(1, size) if gap % k == 0)
    plans = [
        (step, low)
        for step in steps
        for low in range(amount.units - (size - 1) * step, amount.units + 1, step)
    ]
    rng.shuffle(plans)
    plans.sort(key=lambda plan: -plan[0])  # the widest step first: the least clustered
    for step, low in plans:
        ladder = [low + i * step for i in range(size)]
        if not set(units) <= set(ladder):
            continue
        missing = [u for u in ladder if u != amount.units and u not in units]
        if len(missing) == need and all(valid(u) for u in missing):
            return missing
    return None


@functools.lru_cache(maxsize=256)
def _article_days(article: Article) -> frozenset[tuple[int, int]]:
    """The (month, day) of an article's date and of every date its text gives."""
    days, _ = dates_in(article.text)
    if article.date is not None:
        days.add((article.date.month, article.date.day))
    return frozenset(days)


def _date_options(
    facts: _Facts, form: DateForm, need: int, rng: random.Random, taken: set[str]
) -> list[str]:
    """Dates on a ladder of days (or months), in the answer's layout: 28 September, 21 September."""
    texts = [facts.sentence, *(quote for _, quote in facts.claims)]
    true_days: set[tuple[int, int]] = set()
    true_months: set[int] = set()
    for text in texts:
        days, months = dates_in(text)
        true_days |= days
        true_months |= months
    true_days.discard((form.month, form.day or 0))
    true_months.discard(form.month)
    # The article's own date is no wrong answer but a giveaway, and its other dates are true of
    # something it reports (the exhibition's end for the premiere).
    if facts.article is not None:
        true_days |= {day for day in _article_days(facts.article) if day != (form.month, form.day)}
    if form.day is not None:
        year = form.year or (
            facts.article.date.year if facts.article and facts.article.date else 2001
        )
        try:
            base = dt.date(year, form.month, form.day)
        except ValueError:
            return []

        def day_text(offset: int) -> str | None:
            day = base + dt.timedelta(days=offset)
            if form.year is None and day.year != base.year:
                return None  # a yearless date past New Year would sort wrongly
            return form.render(day.month, day.day, day.year if form.year else None)

        def day_valid(offset: int) -> bool:
            day = base + dt.timedelta(days=offset)
            text = day_text(offset)
            return (
                text is not None
                and _key(text) not in taken
                and ((day.month, day.day) not in true_days)
            )

        rungs = _ladder(0, [1, 2, 3, 4, 5, 6, 7, 10, 14], need, day_valid, rng)
        return [text for offset in rungs if (text := day_text(offset)) is not None]
    base_index = (form.year or 0) * 12 + form.month - 1

    def month_text(index: int) -> str | None:
        year, month = divmod(index, 12)
        if form.year is None and year != 0:
            return None
        return form.render(month + 1, None, year if form.year else None)

    def month_valid(index: int) -> bool:
        text = month_text(index)
        return (
            text is not None
            and _key(text) not in taken
            and (index % 12) + 1 not in true_months
            and index > 0
        )

    steps = [1, 2, 3] if form.year is None else [1, 2, 3, 6]
    rungs = _ladder(base_index, steps, need, month_valid, rng)
    return [text for index in rungs if (text := month_text(index)) is not None]


_ROMANS = ("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX").split()


def _roman_position(words: list[str]) -> int | None:
    """Which word is a roman numeral in a model name (Series III), if one is."""
    for index, word in enumerate(words):
        if word in _ROMANS and (
            len(word) > 1
            or (index > 0 and words[index - 1] in ("Series", "Mark", "Mk", "Part", "Type"))
        ):
            return index
    return None


# --- curated lists -----------------------------------------------------------------------------
# Real names of the kinds the articles ask about, in groups whose members are interchangeable
# wrong answers (an Italian town for an Italian town, a Bond villain for a Bond villain). Faker
# invents convincing people but not towns ("Port Janetchester"), titles or brands, so those come
# from here; a kind with no fitting group and too few names in the articles is not generated.


@dataclass(frozen=True, slots=True)
class _Group:
    """Names interchangeable as options; ``hint`` finds the group from the question's wording.

    The hint is matched against ``question | text before the answer @ text after it``
    (lowercased), so ``@, southern italy`` recognises a town in Italy.
    """

    kind: str
    hint: str
    members: tuple[str, ...]


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(";") if name.strip())


_BOND = r"\bbond\b|007|fleming|eon\b"
_GROUPS: dict[str, _Group] = {
    "country": _Group(
        "place",
        r"\bcountry\b|\bnation\b",
        _names(
            "Slovakia; Hungary; Slovenia; Poland; Austria; Croatia; Romania; Bulgaria; Serbia; "
            "Italy; France; Germany; Spain; Portugal; Belgium; Netherlands; Switzerland; Denmark; "
            "Sweden; Norway; Finland; Ireland; Greece; Ukraine; Lithuania; Latvia; Estonia; "
            "England; Scotland; Wales; Japan; China; India; Brazil; Mexico; Canada; Australia; "
            "New Zealand; South Africa; Czech Republic; United States; Morocco; Turkey"
        ),
    ),
    "town-italy": _Group(
        "place",
        r"@,\s*(?:\w+\s+)?italy\b|\bitalian (?:town|city)"
        r"|\b(?:town|city) (?:in|of) (?:\w+ )?italy\b",
        _names(
            "Matera; Lecce; Ostuni; Altamura; Gravina; Potenza; Cosenza; Taranto; Otranto; Trani; "
            "Tropea; Ragusa; Modica; Amalfi; Ravello; Sorrento; Siena; Assisi; Orvieto; Urbino; "
            "Modena; Mantua; Perugia; Spoleto; Cortona"
        ),
    ),
    "town-slovakia": _Group(
        "place",
        r"@,\s*slovakia\b|\bslovak (?:town|city)|\b(?:town|city) (?:in|of) (?:\w+ )?slovakia\b",
        _names("Nitra; Trnava; Zilina; Kosice; Presov; Trencin; Poprad; Komarno; Levice; Piestany"),
    ),
    "city-uk": _Group(
        "place",
        r"\bbritish (?:town|city)",
        _names(
            "London; Manchester; Birmingham; Leeds; Glasgow; Edinburgh; Liverpool; Bristol; "
            "Cardiff; Belfast; Sheffield; Newcastle; Nottingham; Leicester; Oxford; Cambridge; "
            "York; Bath; Brighton; Coventry"
        ),
    ),
    "city-us": _Group(
        "place",
        r"\bamerican (?:town|city)|\bus (?:town|city)",
        _names(
            "New York; Los Angeles; Chicago; Detroit; Houston; Dallas; Denver; Seattle; Boston; "
            "Miami; Atlanta; Phoenix; Philadelphia; San Francisco; San Diego; Las Vegas; "
            "Washington; New Orleans; Kansas City; San Antonio"
        ),
    ),
    "city-nz": _Group(
        "place",
        r"\bnew zealand (?:town|city)|\bkiwi (?:town|city)",
        _names("Auckland; Wellington; Christchurch; Hamilton; Dunedin; Tauranga; Napier; Nelson"),
    ),
    "uk-river": _Group(
        "place",
        r"\briver\b",
        _names(
            "River Tyne; River Thames; River Wear; River Tees; River Severn; River Mersey; River "
            "Clyde; River Trent; River Avon; River Ouse; River Tay; River Dee; River Exe; River "
            "Cam"
        ),
    ),
    "london-district": _Group(
        "place",
        r"@,\s*london\b|\b(?:district|area|part) of london",
        _names(
            "Mayfair; Soho; Chelsea; Kensington; Belgravia; Marylebone; Knightsbridge; Fitzrovia; "
            "Bloomsbury; Clerkenwell; Holborn; Pimlico; Covent Garden; Notting Hill; Shoreditch; "
            "Hampstead; Islington; St James's"
        ),
    ),
    "london-street": _Group(
        "place",
        r"\blondon street|\bwhich street",
        _names(
            "Bond Street; Oxford Street; Regent Street; Jermyn Street; Carnaby Street; Baker "
            "Street; Fleet Street; Harley Street; Sloane Street; Dover Street; Mount Street; "
            "Brook Street; Savile Row; Pall Mall; Park Lane"
        ),
    ),
    "london-venue": _Group(
        "place",
        r"\bpremiere\b|\bconcert hall|\bvenue\b",
        _names(
            "Royal Albert Hall; Royal Festival Hall; Queen Elizabeth Hall; Royal Opera House; "
            "Odeon Leicester Square; Royal Court Theatre; Barbican Centre; Wigmore Hall; "
            "Cadogan Hall; Alexandra Palace; London Palladium; Wembley Arena"
        ),
    ),
    "london-gallery": _Group(
        "place",
        r"\bgallery\b|\bexhibition\b",
        _names(
            "Saatchi Gallery; Hayward Gallery; Serpentine Gallery; Whitechapel Gallery; Lisson "
            "Gallery; National Gallery; Courtauld Gallery; Dulwich Picture Gallery; Guildhall Art "
            "Gallery; Photographers' Gallery; Leica Gallery"
        ),
    ),
    "demonym": _Group(
        "place",
        r"(?!)",
        _names(
            "British; English; Scottish; Welsh; Irish; French; German; Dutch; Belgian; Danish; "
            "Swedish; Norwegian; Finnish; Italian; Spanish; Portuguese; Swiss; Austrian; Polish; "
            "Czech; Slovak; Hungarian; Greek"
        ),
    ),
    "camera-maker": _Group(
        "organisation",
        r"\bcamera",
        _names(
            "Leica; Nikon; Canon; Minolta; Hasselblad; Pentax; Olympus; Rolleiflex; Contax; "
            "Zeiss; Kodak; Fujifilm; Yashica; Konica; Voigtlander"
        ),
    ),
    "car-maker": _Group(
        "organisation",
        r"\bcar ?maker|\bmanufacturer|\bmarque|\bcar (?:company|brand)",
        _names(
            "Aston Martin; Land Rover; Jaguar; Bentley; Rolls-Royce; Lotus; McLaren; Ferrari; "
            "Lamborghini; Maserati; Porsche; BMW; Mercedes-Benz; Audi; Toyota; Ford; Alfa Romeo; "
            "Range Rover"
        ),
    ),
    "film-company": _Group(
        "organisation",
        r"\bstudio|\bproduction company|\bproductions\b",
        _names(
            "Eon Productions; Pinewood Studios; Ealing Studios; Shepperton Studios; Leavesden "
            "Studios; Hammer Films; Universal Pictures; Paramount Pictures; Columbia Pictures; "
            "Sony Pictures; United Artists; Working Title Films; Amblin Entertainment"
        ),
    ),
    "bond-novel": _Group(
        "title",
        rf"\A(?=.*(?:{_BOND}))(?=.*\b(?:novel|book)\b)",
        _names(
            "Casino Royale; Live and Let Die; Moonraker; Diamonds Are Forever; From Russia with "
            "Love; Dr. No; Goldfinger; Thunderball; The Spy Who Loved Me; On Her Majesty's Secret "
            "Service; You Only Live Twice; The Man with the Golden Gun"
        ),
    ),
    "bond-film": _Group(
        "title",
        rf"\A(?=.*(?:{_BOND}))(?=.*\b(?:film|movie|flick)\b)",
        _names(
            "Dr. No; From Russia with Love; Goldfinger; Thunderball; You Only Live Twice; On Her "
            "Majesty's Secret Service; Diamonds Are Forever; Live and Let Die; The Man with the "
            "Golden Gun; The Spy Who Loved Me; Moonraker; For Your Eyes Only; Octopussy; A View to "
            "a Kill; The Living Daylights; Licence to Kill; GoldenEye; Tomorrow Never Dies; The "
            "World Is Not Enough; Die Another Day; Casino Royale; Quantum of Solace; Skyfall; "
            "Spectre; No Time to Die"
        ),
    ),
    "novel": _Group(
        "title",
        r"\bnovel\b|\bbook\b",
        _names(
            "Pride and Prejudice; Great Expectations; Jane Eyre; Wuthering Heights; Middlemarch; "
            "Emma; Persuasion; Dracula; Frankenstein; Rebecca; Brave New World; Lord of the Flies; "
            "Brighton Rock; Atonement; Bleak House; Oliver Twist; Hard Times; Vanity Fair; "
            "Howards End; Mrs Dalloway; Moby-Dick; Ulysses; The Thirty-Nine Steps"
        ),
    ),
    "film": _Group(
        "title",
        r"\bfilm\b|\bmovie\b|\bflick\b",
        _names(
            "The Godfather; Casablanca; Jaws; Titanic; Gladiator; Inception; Vertigo; Psycho; "
            "Alien; Heat; Goodfellas; The Third Man; Brief Encounter; Lawrence of Arabia; Chariots "
            "of Fire; The Italian Job; Notting Hill; Love Actually; The Full Monty; Trainspotting; "
            "Paddington; Top Gun; Rocky"
        ),
    ),
    # Who played Bond, who played his villains, who else: a star among villains is silly.
    "bond-star": _Group(
        "person",
        rf"\A(?=.*(?:{_BOND}))(?=.*\b(?:actor|played by|plays|starring|star)\b)(?!.*villain)",
        _names(
            "Sean Connery; George Lazenby; Roger Moore; Timothy Dalton; Pierce Brosnan; "
            "Daniel Craig"
        ),
    ),
    "bond-villain-actor": _Group(
        "person",
        rf"\A(?=.*(?:{_BOND}|villain))(?=.*\bvillain)(?=.*\b(?:actor|played by|plays|starring)\b)",
        _names(
            "Rami Malek; Christoph Waltz; Javier Bardem; Mads Mikkelsen; Mathieu Amalric; Sean "
            "Bean; Christopher Walken; Jonathan Pryce; Toby Stephens; Michael Lonsdale; Curd "
            "Jurgens; Gert Frobe; Telly Savalas; Yaphet Kotto; Robert Davi; Steven Berkoff"
        ),
    ),
    "bond-supporting-actor": _Group(
        "person",
        r"(?!)",  # by membership only: the stars and villains have their own groups
        _names(
            "Ralph Fiennes; Ben Whishaw; Jeffrey Wright; Rory Kinnear; Dave Bautista; Billy "
            "Magnussen; Desmond Llewelyn; Bernard Lee; Lois Maxwell; John Cleese; Samantha Bond"
        ),
    ),
    # Producers who cannot have made the 2021 exhibition's photographs (all died long before);
    # never Barbara Broccoli, who produces the films with Michael G. Wilson.
    "bond-producer": _Group(
        "person",
        rf"\A(?=.*(?:{_BOND}))"
        r"(?=.*\b(?:which|what|who (?:is|was) (?:the|an?))\s+(?:\w+\s+)?producer)",
        _names(
            "Albert R. Broccoli; Charles K. Feldman; Harry Saltzman; Kevin McClory; Jack "
            "Schwartzman"
        ),
    ),
    "bond-actress": _Group(
        "person",
        rf"\A(?=.*(?:{_BOND}))(?=.*\bactress\b)",
        _names(
            "Naomie Harris; Judi Dench; Eva Green; Lashana Lynch; Ana de Armas; Olga Kurylenko; "
            "Gemma Arterton; Halle Berry; Rosamund Pike; Famke Janssen; Sophie Marceau; Monica "
            "Bellucci; Berenice Marlohe; Lea Seydoux"
        ),
    ),
    "bond-director": _Group(
        "person",
        rf"\A(?=.*(?:{_BOND}))(?=.*\bdirect)",
        _names(
            "Terence Young; Guy Hamilton; Lewis Gilbert; Peter Hunt; John Glen; Martin Campbell; "
            "Roger Spottiswoode; Michael Apted; Lee Tamahori; Marc Forster; Sam Mendes; Cary Joji "
            "Fukunaga; "
            # Directors who never made a Bond film, three-named as Cary Joji Fukunaga is (Danny
            # Boyle, once attached to No Time To Die, is left out).
            "Paul Thomas Anderson; Francis Ford Coppola; Guillermo del Toro; Alejandro Gonzalez "
            "Inarritu"
        ),
    ),
    "author": _Group(
        "person",
        r"\bauthor\b|\bnovelist\b|\bwr(?:ote|itten|iter)\b",
        _names(
            "Ian Fleming; John Gardner; Raymond Benson; Kingsley Amis; Sebastian Faulks; Jeffery "
            "Deaver; William Boyd; Anthony Horowitz; Charlie Higson; John le Carre; Len Deighton; "
            "Graham Greene; Frederick Forsyth"
        ),
    ),
    "bond-villain": _Group(
        "character",
        r"\bvillain|\bhenchm[ae]n|\bnemesis|\bantagonist",
        _names(
            "Safin; Blofeld; Largo; Kananga; Scaramanga; Stromberg; Drax; Zorin; Whitaker; "
            "Sanchez; Trevelyan; Carver; Graves; Greene; Silva; Le Chiffre; Lyutsifer Safin; Ernst "
            "Blofeld; Emilio Largo; Hugo Drax; Max Zorin; Franz Sanchez; Alec Trevelyan; Elliot "
            "Carver; Gustav Graves; Dominic Greene; Raoul Silva; Karl Stromberg; Elektra King"
        ),
    ),
    "bond-love-interest": _Group(
        "character",
        r"\blove interest|\bbond girl|\bromance|\blover\b",
        _names(
            "Madeleine Swann; Honey Ryder; Tatiana Romanova; Domino Derval; Tiffany Case; Mary "
            "Goodnight; Anya Amasova; Holly Goodhead; Melina Havelock; Stacey Sutton; Kara Milovy; "
            "Pam Bouvier; Natalya Simonova; Wai Lin; Christmas Jones; Jinx Johnson; Vesper Lynd; "
            "Camille Montes; Strawberry Fields; Lucia Sciarra; Paloma; Severine; Solitaire"
        ),
    ),
    "aston-martin": _Group(
        "vehicle",
        r"\baston martin|\bastons?\b",
        _names(
            "DB5; DB4; DB6; DB9; DB10; DB11; DBS; V8 Vantage; V12 Vantage; V8 Volante; DB4 "
            "Zagato; DB6 Volante; Vanquish; Valkyrie; Valhalla; Vulcan; Virage; Rapide; Lagonda; "
            "DBS Superleggera; DBX"
        ),
    ),
    "land-rover": _Group(
        "vehicle",
        r"\bland rover|\brange rover|\bdefender",
        _names(
            "Defender 90; Defender 110; Defender 130; Discovery; Discovery Sport; Freelander; "
            "Range Rover; Range Rover Sport; Range Rover Velar; Range Rover Evoque; Range Rover "
            "Classic; Range Rover Sport SVR; Range Rover Sport HSE; Range Rover Sport HST; Range "
            "Rover Velar HSE; Range Rover Evoque HSE; Series I; Series II; Series IIA; Series III; "
            "Defender S; Defender SE; Defender HSE; Defender X; Defender X-Dynamic"
        ),
    ),
}
_MEMBERS = {name: {normalise(m) for m in group.members} for name, group in _GROUPS.items()}
_MEMBER_KINDS: dict[str, set[str]] = {}
for _name, _group in _GROUPS.items():
    for _member in _MEMBERS[_name]:
        _MEMBER_KINDS.setdefault(_member, set()).add(_group.kind)

# Where in its country each town of a group is, so that "a town in southern Italy" is never
# offered Siena (Tuscany): the countries' own words for their parts.
_REGIONS: dict[str, dict[str, str]] = {
    "town-italy": {
        **dict.fromkeys(
            "matera lecce ostuni altamura gravina potenza cosenza taranto otranto trani tropea "
            "ragusa modica amalfi ravello sorrento".split(),
            "south",
        ),
        **dict.fromkeys("siena assisi orvieto urbino perugia spoleto cortona".split(), "central"),
        **dict.fromkeys("modena mantua".split(), "north"),
    },
    "town-slovakia": {
        **dict.fromkeys("nitra trnava trencin komarno levice piestany".split(), "west"),
        "zilina": "north",
        **dict.fromkeys("kosice presov poprad".split(), "east"),
    },
}
# When each curated model first came out under its name, so that "which vehicle appeared in
# the 1983 film" is never offered a 2020 trim; and names that are one vehicle (the Octopussy
# convertible was a Range Rover, the one now called Classic), never offered for each other.
_LAUNCHED = {
    **dict.fromkeys(["defender 90", "defender 110", "defender 130"], 1990),
    **dict.fromkeys(["defender s", "defender se", "defender hse", "defender x"], 2020),
    "defender x-dynamic": 2020,
    "defender": 1990,
    "discovery": 1989,
    "discovery sport": 2014,
    "freelander": 1997,
    "range rover": 1970,
    "range rover classic": 1970,
    "range rover sport": 2005,
    "range rover sport hse": 2005,
    "range rover sport svr": 2015,
    "range rover sport hst": 2019,
    "range rover velar": 2017,
    "range rover velar hse": 2017,
    "range rover evoque": 2011,
    "range rover evoque hse": 2011,
    "series i": 1948,
    "series ii": 1958,
    "series iia": 1961,
    "series iii": 1971,
    "db4": 1958,
    "db4 zagato": 1960,
    "db5": 1963,
    "db6": 1965,
    "db6 volante": 1966,
    "dbs": 1967,
    "lagonda": 1976,
    "v8 vantage": 1977,
    "v8 volante": 1978,
    "virage": 1988,
    "vanquish": 2001,
    "db9": 2004,
    "v12 vantage": 2009,
    "rapide": 2010,
    "db10": 2015,
    "vulcan": 2015,
    "db11": 2016,
    "valkyrie": 2016,
    "dbs superleggera": 2018,
    "valhalla": 2019,
    "dbx": 2019,
}
_FILM_YEARS = dict(
    zip(
        (
            "dr. no; from russia with love; goldfinger; thunderball; you only live twice; on her "
            "majesty's secret service; diamonds are forever; live and let die; the man with the "
            "golden gun; the spy who loved me; moonraker; for your eyes only; octopussy; a view to "
            "a kill; the living daylights; licence to kill; goldeneye; tomorrow never dies; the "
            "world is not enough; die another day; casino royale; quantum of solace; skyfall; "
            "spectre; no time to die"
        ).split("; "),
        (
            1962, 1963, 1964, 1965, 1967, 1969, 1971, 1973, 1974, 1977, 1979, 1981, 1983, 1985,
            1987, 1989, 1995, 1997, 1999, 2002, 2006, 2008, 2012, 2015, 2021,
        ),
        strict=True,
    )
)  # fmt: skip
_ONE_VEHICLE = (frozenset({"range rover", "range rover classic", "range rover convertible"}),)
_YEAR_ASKED = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _vehicle_tell(facts: _Facts, name: str) -> str | None:
    """Why a vehicle cannot be offered: it is the answer by another name, or it came out after
    the year the question names. None when neither is known."""
    key, answer = normalise(name), normalise(facts.answer)
    if any(key in same and answer in same for same in _ONE_VEHICLE):
        return f"is arguably the answer '{facts.answer}' (the same vehicle)"
    launched = _LAUNCHED.get(re.sub(r"^(?:land rover|aston martin) ", "", key))
    if launched is not None:
        year, named = _year_named(facts)
        if year is not None and launched > year:
            return f"came out in {launched}, after {named}"
    return None


def _year_named(facts: _Facts) -> tuple[int | None, str]:
    """The year a question is set in: one it names, a Bond film's it names, else the one year
    its sentence names ("the 1983 Bond movie Octopussy")."""
    asked = facts.question.question
    year = _YEAR_ASKED.search(asked)
    if year is not None:
        return int(year.group()), f"the {year.group()} the question names"
    lowered = asked.lower()
    for film, film_year in _FILM_YEARS.items():
        if len(film) > 6 and _word_at(lowered, film) >= 0:
            return film_year, f"{film.title()} ({film_year}), which the question names"
    years = set(_YEAR_ASKED.findall(facts.sentence))
    if len(years) == 1:
        year_text = years.pop()
        return int(year_text), f"the {year_text} the cited sentence names"
    return None, ""


_REGION_COUNTRY = {"town-italy": "italy", "town-slovakia": "slovakia"}
_REGION_WORD = re.compile(
    r"\b(?:(southern|northern|central|eastern|western) (italy|slovakia)|"
    r"the (south|north|centre|east|west) of (italy|slovakia))\b"
)
_REGION_OF_WORD = {
    "southern": "south",
    "northern": "north",
    "central": "central",
    "centre": "central",
    "eastern": "east",
    "western": "west",
}


def _named_region(context: str) -> tuple[str, str] | None:
    """The (country, region) the question or its sentence names ("in southern Italy")."""
    match = _REGION_WORD.search(context)
    if match is None:
        return None
    word, country = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    return country, _REGION_OF_WORD.get(word, word)


def _outside_region(group: str, name: str, named: tuple[str, str] | None) -> str | None:
    """Where ``name`` is, when that is outside the region the question names; else None."""
    if named is None or group not in _REGIONS:
        return None
    country, region = named
    if _REGION_COUNTRY[group] != country:
        return f"in {_REGION_COUNTRY[group].title()}"
    where = _REGIONS[group].get(normalise(name))
    if where is None or where == region:
        return None
    return (
        f"in the {where} of {country.title()}"
        if where != "central"
        else (f"in central {country.title()}")
    )


# Generic endings that a place shares with its neighbours ("Los Angeles" + "Auto Show").
_PLACE_ENDINGS = ("Auto Show", "Motor Show", *PLACE_SUFFIX)


def _context(facts: _Facts) -> str:
    """What the hints read: the question, then the cited text with ``@`` for the answer."""
    sentence = " ".join(facts.sentence.split())
    at = sentence.lower().find(facts.answer.lower())
    if at >= 0:
        sentence = f"{sentence[:at]} @ {sentence[at + len(facts.answer) :]}"
    return f"{facts.question.question} | {sentence}".lower()


def _groups_of(facts: _Facts) -> list[str]:
    """The curated groups the answer belongs to, those its wording hints at first."""
    key = normalise(facts.answer)
    context = _context(facts)
    of_kind = [name for name, group in _GROUPS.items() if group.kind == facts.kind]
    hinted = [name for name in of_kind if re.search(_GROUPS[name].hint, context)]
    member = [name for name in of_kind if key in _MEMBERS[name]]
    if member:
        # Goldfinger is a Bond novel and a Bond film: "which novel" draws from the novels only.
        return [n for n in member if n in hinted] or member
    if facts.kind in ("title", "person", "character"):
        return hinted  # "which novel", "which actor": the group the question asks from
    if facts.kind == "place" and not _place_ending(facts.answer):
        return hinted[:1] if re.search(r"@,|\bcountry\b", context) else []
    return []


def _place_ending(text: str) -> str:
    for ending in _PLACE_ENDINGS:
        if text.endswith(f" {ending}"):
            return ending
    return ""


def _curated_candidates(facts: _Facts, rng: random.Random) -> list[str]:
    """Other members of the answer's groups; a place's name swapped before its ending."""
    candidates: list[str] = []
    named = _named_region(_context(facts)) if facts.kind == "place" else None
    for name in _groups_of(facts):
        members = [m for m in _GROUPS[name].members if _outside_region(name, m, named) is None]
        rng.shuffle(members)
        if facts.kind == "title":
            members = [_restyle_title(m, facts.answer) for m in members]
        candidates.extend(_by_likeness(members, facts.answer))
    ending = _place_ending(facts.answer) if facts.kind == "place" else ""
    if ending and not candidates:
        head = facts.answer[: -len(ending) - 1]
        for name, group in _GROUPS.items():
            if group.kind == "place" and normalise(head) in _MEMBERS[name]:
                members = list(group.members)
                rng.shuffle(members)
                candidates.extend(
                    _by_likeness([f"{member} {ending}" for member in members], facts.answer)
                )
    ranked = list(dict.fromkeys(candidates))
    if facts.pools is not None:  # the articles' own names of the group first
        ranked.sort(key=lambda c: facts.kind not in facts.pools.kinds_of(c))
    if facts.kind == "vehicle":  # siblings first: Defender S for Defender X, Series II for III
        ranked.sort(key=lambda c: -_shared_lead(c, facts.answer))
    return ranked


def _shared_lead(a: str, b: str) -> int:
    """How many leading words two names share (Range Rover Sport HSE, Range Rover Sport SVR: 3)."""
    count = 0
    for x, y in zip(a.split(), b.split(), strict=False):
        if x != y:
            break
        count += 1
    return count


_SMALL_TITLE_WORDS = {"a", "an", "and", "at", "for", "from", "in", "of", "on", "the", "to", "with"}


def _restyle_title(title: str, answer: str) -> str:
    """Small words capitalised as the answer capitalises them (No Time To Die: Licence To Kill)."""
    small = [w for w in answer.split()[1:] if w.lower() in _SMALL_TITLE_WORDS]
    if not small:
        return title
    upper = all(w[:1].isupper() for w in small)
    words = title.split()
    return " ".join(
        [
            words[0],
            *(
                (w[:1].upper() + w[1:] if upper else w.lower())
                if w.lower() in _SMALL_TITLE_WORDS
                else w
                for w in words[1:]
            ),
        ]
    )


def _by_likeness(candidates: list[str], answer: str) -> list[str]:
    """Stable order: the same number of words first, then a similar length."""
    words = len(answer.split())
    return sorted(
        dict.fromkeys(candidates),
        key=lambda c: (len(c.split()) != words, not _similar_length(c, answer)),
    )


def _known_kinds(text: str, pools: _Pools | None) -> set[str]:
    """What the articles and the curated lists take a name to be."""
    kinds = set(_MEMBER_KINDS.get(normalise(text), ()))
    if pools is not None:
        kinds |= pools.kinds_of(text)
    return kinds


# --- names -----------------------------------------------------------------------------------


@dataclass
class _Picker:
    """Collects options one by one, refusing any that is taken, true, or too like another."""

    facts: _Facts
    taken: set[str]
    need: int
    given: Sequence[str] = ()  # hand-written distractors already in the options
    chosen: list[str] = field(default_factory=list)

    @property
    def full(self) -> bool:
        return len(self.chosen) >= self.need

    def acceptable(self, candidate: str) -> bool:
        facts = self.facts
        kind = facts.kind
        candidate = " ".join(candidate.split())
        if not candidate or _key(candidate) in self.taken:
            return False
        if _contains(facts.sentence, candidate):
            return False  # named in the cited sentence: true of something there
        if any(_contains(quote, candidate) for _, quote in facts.claims):
            return False
        person = kind in ("person", "character")
        if any(ch.isdigit() for ch in candidate) != any(ch.isdigit() for ch in facts.answer):
            return False
        size, answer_size = len(_tokens(candidate)), len(_tokens(facts.answer))
        if person:  # initials aside: Albert R. Broccoli and Harry Saltzman are both two names
            size -= sum(_initials(candidate))
            answer_size -= sum(_initials(facts.answer))
        if abs(size - answer_size) > (1 if kind == "title" else 0):
            return False  # a three-word name among two-word ones is a tell
        if person and _initials(candidate) != _initials(facts.answer) and not self._plain_ok():
            return False  # so is the only name with a middle initial
        if facts.pools is not None and normalise(candidate) in facts.pools.contested:
            return False
        if kind == "person" and _asked_role(facts, candidate):
            return False  # "which 007 producer": another producer may be true of it
        known = _known_kinds(candidate, facts.pools)
        if kind == "person" and "character" in known:
            return False
        if kind == "character" and "person" in known:
            return False
        if kind == "vehicle" and _vehicle_tell(facts, candidate) is not None:
            return False
        others = [facts.answer, *self.given, *self.chosen]
        if kind in ("vehicle", "text"):
            return not any(
                _inside(normalise(candidate), normalise(o))
                or _inside(normalise(o), normalise(candidate))
                for o in others
            )
        return not any(_variant(candidate, other, person=person) for other in others)

    def _plain_ok(self) -> bool:
        """A name without the answer's middle initial may join once another option has one:
        the answer is then not the only initialled name (Michael G. Wilson, Albert R.
        Broccoli, Harry Saltzman)."""
        mine = _initials(self.facts.answer)
        return any(mine) and any(_initials(other) == mine for other in [*self.given, *self.chosen])

    def offer(self, candidate: str) -> bool:
        candidate = " ".join(candidate.split())
        if self.full or not self.acceptable(candidate):
            return False
        self.chosen.append(candidate)
        self.taken.add(_key(candidate))
        return True

    def offer_all(self, candidates: Iterable[str]) -> None:
        for candidate in candidates:
            if self.full:
                return
            self.offer(candidate)


def _family(facts: _Facts) -> str:
    """A person's role family (cast, director, author, crew), from the articles or the wording."""
    if facts.pools is not None:
        entry = facts.pools.entry(facts.answer, "person")
        if entry is not None and entry.tag:
            return entry.tag
    asked, _, cited = _context(facts).partition(" | ")
    near = f"{asked} {cited.split('@')[0][-30:]}"  # the question, and the words just before
    for family, words in _ROLE_FAMILIES.items():
        if any(re.search(rf"\b{re.escape(word)}\b", near) for word in words if word != "with"):
            return family
    return "crew"


def _pool_candidates(facts: _Facts, rng: random.Random) -> list[str]:
    """Names of the answer's kind and form from the articles, the most alike first.

    A person's come from the same role family only (a famous actor among stunt crew is a
    giveaway); a place's share its ending and scale; an organisation's its ending ("Productions");
    a vehicle's its make; a title's its medium.
    """
    kind = facts.kind
    pools = facts.pools
    if pools is None:
        return []
    entries = list(pools.by_kind.get(kind, []))
    rng.shuffle(entries)
    answer_words = _tokens(facts.answer)
    mine = pools.entry(facts.answer, kind)
    if kind == "person":
        family = _family(facts)
        role = mine.role if mine is not None else ""
        entries = [e for e in entries if e.tag == family]
        entries.sort(key=lambda e: not role or e.role != role)
    elif kind == "character":
        tag = mine.tag if mine is not None else ""
        entries = [e for e in entries if not tag or e.tag == tag]
    elif kind == "place":
        tag = mine.tag if mine is not None else ""
        shape = _place_ending(facts.answer)
        entries = [e for e in entries if _place_ending(e.text) == shape and e.tag == tag and tag]
    elif kind == "organisation":
        ending = answer_words[-1] if answer_words[-1] in ORG_SUFFIX else ""
        entries = [e for e in entries if ending and _tokens(e.text)[-1] == ending]
    elif kind == "vehicle":
        entries = [e for e in entries if _tokens(e.text)[0] == answer_words[0]]
    elif kind == "title":
        tag = mine.tag if mine is not None else _title_medium(facts)
        entries = [e for e in entries if tag and e.tag == tag]
    else:
        return []
    texts = [e.text for e in entries]
    if kind in ("person", "character") and len(answer_words) == 1:
        texts = [_tokens(text)[-1] for text in texts]
    return texts


def _title_medium(facts: _Facts) -> str:
    context = _context(facts)
    if re.search(r"\b(?:novel|book)\b", context.split("@")[0]):
        return "novel"
    if re.search(r"\b(?:film|movie|flick)\b", context.split("@")[0]):
        return "film"
    return ""


def _name_options(
    facts: _Facts,
    need: int,
    rng: random.Random,
    taken: set[str],
    given: Sequence[str],
    *,
    faker: bool = True,
) -> list[str]:
    picker = _Picker(facts, taken, need, given)
    kind = facts.kind
    words = _tokens(facts.answer)
    if kind in ("vehicle", "text"):
        picker.offer_all(_curated_candidates(facts, rng) if kind == "vehicle" else ())
        if picker.full:
            return picker.chosen
        amount = _amount(facts.answer)
        if amount is not None:
            picker.offer_all(_amount_options(facts, amount, need, rng, set(picker.taken), kind))
            return picker.chosen
        roman = _roman_position(words)
        if roman is not None:
            index = _ROMANS.index(words[roman])

            def valid(i: int) -> bool:
                return 0 <= i < len(_ROMANS) and picker.acceptable(_with_word(words, roman, i))

            rungs = _ladder(index, [1], need - len(picker.chosen), valid, rng)
            picker.offer_all(_with_word(words, roman, i) for i in rungs)
            return picker.chosen
        if kind == "text":
            return picker.chosen  # free text: only hand-written distractors convince
    pool = _pool_candidates(facts, rng)
    curated = _curated_candidates(facts, rng)
    if kind == "person":
        # The articles' own people of the answer's role, then known people of that role, then
        # the articles' people of the same family; last, people the articles cast in another
        # part (the star for a villain question). Those with the answer's initials first.
        role = _role_of(facts)
        same = [c for c in pool if role and _role_of_name(facts, c) == role]
        others = [c for c in pool if c not in same]
        ranked = [*same, *curated, *others]
        mine = _initials(facts.answer)
        ranked.sort(key=lambda c: (_other_part(facts, c), _initials(c) != mine))
        picker.offer_all(ranked)
    else:
        picker.offer_all(curated)
        if kind == "place":  # a town of the country (and region) the question names, or none
            regional = [g for g in _groups_of(facts) if g in _REGIONS]
            named = _named_region(_context(facts))
            if regional:
                pool = [
                    c
                    for c in pool
                    for g in regional
                    if normalise(c) in _MEMBERS[g] and _outside_region(g, c, named) is None
                ]
        picker.offer_all(pool)
    if not picker.full and faker and _faker_fits(facts):
        _faker_fill(picker, rng)
    return picker.chosen


def _role_of(facts: _Facts) -> str:
    """The answer's role as the articles give it ("producer", "stunt driver"), if they do."""
    if facts.pools is None:
        return ""
    entry = facts.pools.entry(facts.answer, "person")
    return entry.role if entry is not None else ""


def _role_of_name(facts: _Facts, name: str) -> str:
    if facts.pools is None:
        return ""
    entry = facts.pools.entry(name, "person")
    if entry is None:  # a surname alone ("Hawkins" among the stunt crew)
        entry = next(
            (e for e in facts.pools.by_kind.get("person", []) if e.text.split()[-1] == name),
            None,
        )
    return entry.role if entry is not None else ""


# Roles too loose to say that a question asks for them ("with", "played by").
_LOOSE_ROLES = {"with", "played by", "starring", "directed by", "written by", "produced by"}


def _asked_role(facts: _Facts, name: str) -> bool:
    """Whether the question asks for a role the articles give ``name`` too ("which 007
    producer": another producer could be true of it)."""
    role = _role_of_name(facts, name)
    if not role or role in _LOOSE_ROLES:
        return False
    asked = facts.question.question.lower()
    return role.rstrip("s") in asked or role.replace("-", "") in asked.replace("-", "")


def _other_part(facts: _Facts, name: str) -> bool:
    """Whether the articles cast ``name`` in another part than the answer's: Daniel Craig (the
    superspy) is a silly option for "who plays the villain Safin"."""
    pools = facts.pools
    if pools is None or not pools.parts:
        return False
    theirs = pools.parts.get(normalise(name))
    if not theirs:
        return False
    mine = pools.parts.get(normalise(facts.answer), set())
    return not theirs <= mine


# A word Faker's names can stand in for: a capitalised word of letters (O'Brien, Taylor-Jones,
# Zoë), or an initial (G.). Digits and lower-case words ("50 Cent", "X Æ A-12") it cannot imitate.
_NAME_WORD = re.compile(r"[A-Z]\.|[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*\.?")


def _imitable(words: Sequence[str]) -> bool:
    return bool(words) and all(w[0].isupper() and _NAME_WORD.fullmatch(w) for w in words)


def _faker_fits(facts: _Facts) -> bool:
    """Whether Faker makes a convincing option: a person's name, or "<Surname> Productions",
    each word of which Faker can imitate (so ``_faker_fill`` always fills the options)."""
    words = _tokens(facts.answer)
    if facts.kind == "person":
        return _imitable(words)
    if facts.kind != "organisation" or len(words) < 2 or words[-1] not in ORG_SUFFIX:
        return False
    while len(words) > 1 and words[-1] in ORG_SUFFIX:
        words = words[:-1]
    return _imitable(words)


def _with_word(words: list[str], position: int, roman_index: int) -> str:
    return " ".join([*words[:position], _ROMANS[roman_index], *words[position + 1 :]])


# --- Faker, only when a question needs it ---------------------------------------------------

_FAKER: Any = None
# One Faker is shared: seeding it and drawing from it is one step, or a thread (the UI builds
# the first question's options in a worker) could draw names seeded by another.
_FAKER_LOCK = threading.Lock()


def _faker(seed: int) -> Any:
    """A seeded en_GB Faker; imported here, not at the top, to keep start-up fast.

    Hold ``_FAKER_LOCK`` from this call until the last draw from it.
    """
    global _FAKER
    if _FAKER is None:
        from faker import Faker

        _FAKER = Faker(FAKER_LOCALE)
    _FAKER.seed_instance(seed)
    return _FAKER


def _faker_fill(picker: _Picker, rng: random.Random) -> None:
    seed = rng.getrandbits(64)
    with _FAKER_LOCK:
        _faker_fill_from(picker, _faker(seed))


def _faker_fill_from(picker: _Picker, fake: Any) -> None:
    make = _fake_person if picker.facts.kind == "person" else _fake_organisation
    answer = picker.facts.answer
    for attempt in range(600):
        if picker.full:
            return
        # Once a real name carries the answer's middle initial, invented ones need none.
        shape = _without_initials(answer) if picker._plain_ok() else answer
        candidate = make(fake, shape)
        if attempt < 120 and not _similar_length(candidate, answer):
            continue
        picker.offer(candidate)


def _fake_person(fake: Any, answer: str) -> str:
    """A name of the answer's shape: as many words, initials where it has them, its gender."""
    words = _tokens(answer)
    if len(words) == 1:
        return str(fake.last_name())
    person = fake.provider("faker.providers.person")
    female = words[0] in getattr(person, "first_names_female", ())
    male = words[0] in getattr(person, "first_names_male", ())
    if female == male:  # unknown (or both): pick one, but keep it for every first name
        female = bool(fake.random_int(0, 1))
    first = fake.first_name_female if female else fake.first_name_male
    parts = []
    for index, word in enumerate(words):
        if re.fullmatch(r"[A-Z]\.", word):
            # A middle initial people have (J., M., R.), never a made-up looking Q. or X.
            parts.append(f"{fake.random_element(_NATURAL_INITIALS)}.")
        elif index == len(words) - 1:
            last = str(fake.last_name())
            parts.append(f"{last}-{fake.last_name()}" if "-" in word else last)
        else:
            name = str(first())
            while name in parts:
                name = str(first())
            parts.append(name)
    return " ".join(parts)


_NATURAL_INITIALS = tuple("ABCDEFGHJLMPRSTW")


def _without_initials(name: str) -> str:
    words = [word for word in name.split() if not re.fullmatch(r"[A-Z]\.", word)]
    return " ".join(words) if len(words) > 1 else name


def _fake_organisation(fake: Any, answer: str) -> str:
    words = _tokens(answer)
    tail: list[str] = []
    while len(words) > 1 and words[-1] in ORG_SUFFIX:
        tail.insert(0, words.pop())
    return " ".join([*(str(fake.last_name()) for _ in words), *tail])


# --- the API ---------------------------------------------------------------------------------


def _generated(
    facts: _Facts,
    need: int,
    rng: random.Random,
    given: Sequence[str] = (),
    *,
    faker: bool = True,
) -> list[str]:
    """``need`` new wrong answers, unlike the answer and the ``given`` ones.

    With ``faker=False`` only what needs no Faker is generated (how ``can_generate`` decides
    without importing it).
    """
    taken = {_key(facts.answer), *(_key(text) for text in given)}
    if need <= 0:
        return []
    kind = facts.kind
    if kind == "date":
        form = parse_date(facts.answer)
        return _date_options(facts, form, need, rng, taken) if form else []
    if is_numeric_kind(kind):
        amount = _amount(facts.answer)
        return _amount_options(facts, amount, need, rng, taken, kind) if amount else []
    return _name_options(facts, need, rng, taken, given, faker=faker)


def generate(
    question: Question, library: Library | None, seed: int, count: int = OPTIONS_PER_QUESTION - 1
) -> list[str]:
    """Wrong answers: the hand-written ones first, as written, then generated up to ``count``."""
    written = list(question.distractors[:count])
    need = count - len(written)
    if need <= 0:
        return written
    facts = _facts(question, library)
    found = _generated(facts, need, rng_for(seed, question.id), written)
    if len(found) < need:
        # An unlucky order among look-alikes fell short: other orders, then the one that
        # ``can_generate`` tried, so that a question it passes always gets its options.
        retries = [rng_for(seed, question.id, f"retry {n}") for n in (1, 2, 3)]
        for rng in [*retries, rng_for(0, question.id)]:
            again = _generated(facts, need, rng, written)
            if len(again) > len(found):
                found = again
            if len(found) >= need:
                break
    return written + found


def order_options(options: Sequence[str], kind: str, rng: random.Random) -> list[str]:
    """Numbers and dates ascending (the answer's place then tells nothing), the rest shuffled.

    Names that differ only in a number (Defender 90, 110, 130; Leica M2, M3, M4) count as
    numbers here.
    """
    if not is_numeric_kind(kind) and not _numbered_alike(options):
        shuffled = list(options)
        rng.shuffle(shuffled)
        return shuffled
    return sorted(options, key=lambda text: _sort_key(text, kind))


def _numbered_alike(options: Sequence[str]) -> bool:
    amounts = [parse_amount(text) for text in options]
    return all(a is not None for a in amounts) and (
        len({(a.prefix, a.suffix) for a in amounts if a is not None}) == 1
    )


def _sort_key(text: str, kind: str) -> tuple[int, tuple[Fraction | int, ...]]:
    if kind == "date":
        form = parse_date(text)
        return (0, tuple(Fraction(v) for v in form.key)) if form else (1, ())
    amount = parse_amount(text)
    return (0, (amount.value,)) if amount else (1, ())


def options(question: Question, library: Library | None, seed: int) -> list[str]:
    """The answer and its distractors, ordered for display; the same seed, the same list."""
    wrong = generate(question, library, seed, OPTIONS_PER_QUESTION - 1)
    return order_options(
        [question.answer, *wrong], kind_of(question), rng_for(seed, question.id, "order")
    )


def can_generate(question: Question, library: Library | None) -> bool:
    """Whether generated distractors can fill this question's options (never imports Faker)."""
    return cannot_generate(question, library) is None


def cannot_generate(question: Question, library: Library | None) -> str | None:
    """Why this question's missing distractors must be written by hand, or None if they need not.

    Decided without Faker: Faker is only ever asked for people's names and "<Surname>
    Productions" of a shape it can always make (``_faker_fits``: not "50 Cent"), so the rest is
    tried here without it. A number too large to vary (``_MAX_UNITS``) needs hand-written ones.
    """
    need = OPTIONS_PER_QUESTION - 1 - len(question.distractors)
    if need <= 0:
        return None
    facts = _facts(question, library)
    kind = facts.kind
    if kind == "date" and parse_date(question.answer) is None:
        return f"the answer '{question.answer}' is not a date the generator can read"
    if is_numeric_kind(kind) and kind != "date" and _amount(question.answer) is None:
        if parse_amount(question.answer) is not None:
            return f"the answer '{question.answer}' is too large a number for the generator to vary"
        return f"the answer '{question.answer}' is not a single number the generator can vary"
    found = _generated(facts, need, rng_for(0, question.id), question.distractors, faker=False)
    if len(found) >= need or (not is_numeric_kind(kind) and _faker_fits(facts)):
        return None
    if kind == "text" and not found:
        return "free text cannot be imitated convincingly"
    return (
        f"only {len(found)} convincing {kind} option{'s' if len(found) != 1 else ''} can be "
        f"generated for '{question.answer}', and {need} {'are' if need != 1 else 'is'} missing"
    )


# --- linting hand-written distractors ----------------------------------------------------------


def lint(question: Question, library: Library | None) -> list[tuple[int, str]]:
    """Each hand-written distractor that gives itself away or is true, with why.

    Returns (index into ``question.distractors``, message) pairs. It runs for every question a
    check loads, so what is the same for all of a question's distractors is worked out once.
    """
    facts = _facts(question, library)
    memo: dict[str, Any] = {}
    found: list[tuple[int, str]] = []
    for index, distractor in enumerate(question.distractors):
        message = _lint_one(facts, distractor, memo)
        if message:
            found.append((index, message))
    return found


_CATCH_ALL = re.compile(
    r"(?i)(?:all|none|both|neither|any|some) of (?:the )?(?:above|these|them)\.?"
)


def _said(distractor: str) -> str:
    """How a message names a distractor (made only when there is a message to give)."""
    return f"distractor '{distractor}'"


def _lint_one(facts: _Facts, distractor: str, memo: dict[str, Any]) -> str | None:
    answer, kind = facts.answer, facts.kind
    if ("f" in distractor or "F" in distractor) and _CATCH_ALL.fullmatch(distractor.strip()):
        return f"{_said(distractor)} is a catch-all; every option must be {_a(kind)} of its own"
    mine = memo.get("amount", False)
    if mine is False:  # worked out once per question
        numeric = is_numeric_kind(kind) and kind != "date"
        mine = memo["amount"] = _amount(answer) if numeric else None
    if mine is not None:
        return _lint_amount(facts, distractor, mine, memo)  # "10" for "ten" is caught there
    if _key(distractor) == _key(answer):
        return f"{_said(distractor)} is the answer '{answer}' written another way"
    if kind == "date":
        return _lint_date(facts, distractor)
    if is_numeric_kind(kind):
        return None  # an answer that is no single number: nothing to compare with
    return _lint_name(facts, distractor, memo)


def _conflict_with(facts: _Facts, distractor: str) -> str | None:
    form = parse_date(distractor) if facts.claims else None
    for fact, quote in facts.claims:
        days, _ = dates_in(quote)
        same_day = form is not None and form.day is not None and (form.month, form.day) in days
        if same_day or _contains(quote, distractor):
            return (
                f"distractor '{distractor}' is one side of a conflict between the articles "
                f"over the {fact}"
            )
    return None


def _lint_date(facts: _Facts, distractor: str) -> str | None:
    said = f"distractor '{distractor}'"
    answer_form = parse_date(facts.answer)
    form = parse_date(distractor)
    if answer_form is None:
        return None
    if form is None:
        other = _kind_of_text(distractor, facts)
        return f"{said} is {_a(other)}, but the answer '{facts.answer}' is a date"
    if (form.day is None, form.year is None) != (answer_form.day is None, answer_form.year is None):
        return f"{said} is not written like the answer '{facts.answer}' (which parts of a date)"
    days, months = dates_in(facts.sentence)
    # The answer's own day or month in the sentence is the answer's (February 2001 is not given
    # by a sentence that says February 2000).
    answer_day = (answer_form.month, answer_form.day)
    if (form.day is not None and (form.month, form.day) in days - {answer_day}) or (
        form.day is None and form.month in months - {answer_form.month}
    ):
        return f"{said} is true: the cited sentence gives {distractor} for another fact"
    published = facts.article.date if facts.article is not None else None
    if (
        published is not None
        and (form.month, form.day) == (published.month, published.day)
        and form.year in (None, published.year)
    ):
        return f"{said} is the article's own date, not a date it reports"
    return _conflict_with(facts, distractor)


def _lint_amount(facts: _Facts, distractor: str, mine: Amount, memo: dict[str, Any]) -> str | None:
    answer, kind = facts.answer, facts.kind
    theirs = parse_amount(distractor)
    # The same prefix and suffix: the same unit, qualifier and spacing (the usual case, cheap).
    alike = theirs is not None and theirs.prefix == mine.prefix and theirs.suffix == mine.suffix
    value = theirs.value if theirs is not None else None
    answer_value = mine.value
    if (
        value is not None
        and value == answer_value
        and (alike or (_unit(theirs) == _unit(mine) and _qualifier(theirs) == _qualifier(mine)))
    ):
        return f"{_said(distractor)} is the answer '{answer}' written another way"
    if (
        theirs is None
        or theirs.ordinal != mine.ordinal
        or (kind == "year" and (theirs.prefix or theirs.suffix or theirs.words))
    ):
        other = _kind_of_text(distractor, facts)
        return f"{_said(distractor)} is {_a(other)}, but the answer '{answer}' is {_a(kind)}"
    assert value is not None
    if not alike:
        unit, answer_unit = _unit(theirs), _unit(mine)
        if unit != answer_unit:
            return (
                f"{_said(distractor)} has unit {unit or 'none'}, but the answer '{answer}' "
                f"has unit {answer_unit or 'none'}"
            )
        if _qualifier(theirs) != _qualifier(mine):
            refuted = _refutes(facts, mine, theirs, memo)
            if refuted is None:
                return (
                    f"{_said(distractor)} reads '{_qualifier(theirs) or 'no qualifier'}' where "
                    f"the answer '{answer}' reads '{_qualifier(mine) or 'no qualifier'}'"
                )
            if not refuted:
                return (
                    f"{_said(distractor)} could be true: the answer '{answer}' does not rule it out"
                )
    if theirs.words != mine.words:
        how = ("words", "digits")
        return (
            f"{_said(distractor)} is written in {how[theirs.words is False]}, but the answer "
            f"'{answer}' in {how[mine.words is False]}"
        )
    if not alike and theirs.gap != mine.gap:
        return f"{_said(distractor)} spaces its unit differently from the answer '{answer}'"
    conflict = _conflict_with(facts, distractor) if facts.claims else None
    if conflict:
        return conflict
    bound = memo.get("bound", False)
    if bound is False:
        bound = memo["bound"] = _bound_of(facts, mine)
    if (
        bound is not None
        and (alike or _qualifier(theirs) == _qualifier(mine))
        and theirs.decimals == mine.decimals
        and bound.implies(theirs.units, mine.units)
    ):
        if bound.own:
            return f"{_said(distractor)} is true: {answer} is also {distractor}"
        return (
            f"{_said(distractor)} is true: the answer is {bound.qualifier} {answer}, so also "
            f"{bound.qualifier} {distractor}"
        )
    stated = memo.get("stated")
    if stated is None:
        stated = memo["stated"] = _numbers_in(facts.sentence)
    if value != answer_value and value in stated:
        return (
            f"{_said(distractor)} is true: the cited sentence gives {distractor} for another fact"
        )
    bounds = memo.get("bounds")
    if bounds is None:
        bounds = memo["bounds"] = _bounds(facts, mine)
    if value not in bounds:
        why = bounds.reason if value >= bounds.floor else "it is not a positive amount"
        return f"{_said(distractor)} cannot be right: {why}"
    return None


def _refutes(facts: _Facts, mine: Amount, theirs: Amount, memo: dict[str, Any]) -> bool | None:
    """For a bounded answer and a distractor with the opposite bound, whether the distractor
    contradicts the answer ("fewer than 50" for "more than 70"); None when that is not the case
    in hand (no bound, or a qualifier that is no opposite)."""
    bound = memo.get("bound", False)
    if bound is False:
        bound = memo["bound"] = _bound_of(facts, mine)
    theirs_bound = _QUALIFIERS.get(_qualifier(theirs))
    if bound is None or not bound.own or theirs_bound is None:
        return None
    if theirs_bound[0] != -bound.direction or theirs.decimals != mine.decimals:
        return None
    return bound.refutes(theirs.units, mine.units, theirs_bound[1])


def _kind_of_text(text: str, facts: _Facts) -> str:
    """What a distractor is: as the articles or the curated lists know it, else by its form."""
    known = sorted(_known_kinds(text, facts.pools))
    return known[0] if known else infer_kind(text, "", "")


def _a(kind: str) -> str:
    if kind == "text":
        return "free text"
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _unit(amount: Amount) -> str:
    """The unit proper: a currency sign and the words after the number (not "more than")."""
    currency = "".join(ch for ch in amount.prefix if not (ch.isalpha() or ch.isspace()))
    return " ".join(part for part in (currency, amount.suffix.strip(" -").lower()) if part)


def _qualifier(amount: Amount) -> str:
    return " ".join(w for w in amount.prefix.split() if w.isalpha()).lower()


def _lint_name(facts: _Facts, distractor: str, memo: dict[str, Any]) -> str | None:
    said = f"distractor '{distractor}'"
    answer, kind = facts.answer, facts.kind
    shape = infer_kind(distractor, "", "")
    answer_shape = infer_kind(answer, "", "")
    if is_numeric_kind(shape) and not is_numeric_kind(answer_shape):
        return f"{said} is {_a(shape)}, but the answer '{answer}' is {_a(kind)}"
    known = _known_kinds(distractor, facts.pools)
    if kind == "person" and "character" in known:
        return f"{said} is a fictional character, but the answer '{answer}' is a real person"
    if kind == "character" and "person" in known:
        return f"{said} is a real person, but the answer '{answer}' is a fictional character"
    if known and kind not in known and kind not in ("text", "vehicle"):
        other = sorted(known)[0]
        return f"{said} is {_a(other)}, but the answer '{answer}' is {_a(kind)}"
    conflict = _conflict_with(facts, distractor)
    if conflict:
        return conflict
    if kind in ("person", "character") and _variant(distractor, answer, person=True):
        return f"{said} is the answer '{answer}' spelt another way"
    if kind == "vehicle" and (tell := _vehicle_tell(facts, distractor)) is not None:
        return f"{said} {tell}"
    if kind == "place" and "region" not in memo:
        memo["region"] = _named_region(_context(facts))
    if kind == "place" and (named := memo["region"]) is not None:
        for group in _REGIONS:
            if normalise(distractor) in _MEMBERS[group]:
                where = _outside_region(group, distractor, named)
                if where is not None:
                    country, region = named
                    asked = {v: k for k, v in _REGION_OF_WORD.items() if k != "centre"}[region]
                    return f"{said} is {where}, but the question names {asked} {country.title()}"
    if _contains(facts.sentence, distractor):
        return f"{said} is true: the cited sentence names {distractor} as well"
    return None


# --- the generated documentation ---------------------------------------------------------------

DOC_SEEDS = (1, 2)
_DOC_PER_KIND = 3
# The answers the issue names, shown first where the shipped bank has them.
_DOC_NAMED = {
    "291mm", "900mm", "20-inch", "38", "£24 million", "1983", "ten", "eight", "more than 70",
    "25th", "April 8, 2020", "28 September", "Cary Joji Fukunaga", "Madeleine Swann",
    "Royal Albert Hall", "Leica", "No Time To Die", "Valhalla", "Goldfinger", "Matera",
    "Rami Malek", "Michael G. Wilson",
}  # fmt: skip
_DOC_HEAD = """\
# Distractors: what the generator offers

<!-- Generated by `.venv/bin/python -m quiz.authoring.distractors > docs/distractors.md`;
a test fails when this file no longer matches what the code produces. Do not edit by hand. -->

A question may list all its distractors (used as written), some (the rest are generated) or none
(all generated); see [the question format](question-format.md). Below, for up to {per_kind}
questions of each kind in the shipped bank (`questions/*.yaml`), every hand-written distractor is
removed and the options are generated under seeds {seeds}, shown as the game shows them: numbers
and dates in numeric order, the rest in a seeded shuffle. The answer is in bold; options are
separated by semicolons.

How each kind is made:

- **number, money, count, ordinal, year**: an evenly spaced ladder through the answer, the
  answer's rung chosen at random, the step sized to the value and its roundness (291 steps by
  tens, 900 by hundreds), written exactly like the answer (`291mm` → `266mm`, `ten` → `twelve`,
  `£24 million` → `£21 million`, `25th` → `23rd`). Values stay positive, below a whole the
  sentence counts out of ("eight of which" of ten), angles at most 90 degrees, and a year never
  after the cited article's date. No value the cited sentence gives for another fact (the
  breakover and departure angles for the approach angle) nor either side of a conflict.
- **bounds** (`more than 70`, `over 18 months`, `fewer than 5`, or a bare number the sentence or
  question bounds: "pushed back by over how many months?"): a bound is true of everything on
  its far side ("more than 70" is also "more than 60"), so the answer's own form is offered only
  past a clear gap on the side that reads false (`more than 90`), and the opposite bound where
  it contradicts the answer (`fewer than 50`). The answer is never the only option of its form.
  The lint flags a hand-written bound the answer implies ("more than 60") or does not rule out
  ("fewer than 80").
- **date**: a ladder of days or months in the answer's layout (`April 8, 2020`, `28 September`,
  `May`), never a date the sentence, the article or a conflict names, nor the article's own
  date.
- **person**: people of the answer's role in the articles (stunt crew for stunt crew; never one
  of the role the question asks for, who could be true of it), then known people of that role
  (Bond stars for Bond, villains' actors for a villain, Bond producers, directors, authors),
  then others of the articles; last, anyone the articles cast in another part (the star for a
  villain question). Faker (en_GB, seeded) only when those run out: names of the answer's shape,
  a middle initial only when the answer has one and no real name with one was found, and then
  a common letter. Never a spelling variant of the answer, nor a fictional character.
- **character, place, organisation, title, vehicle**: real names from curated groups (Bond
  villains, towns of Italy by region, London venues, camera makers, Bond films and novels, Aston
  Martin and Land Rover models...) and from the articles, in the answer's form. A place comes
  from the country and region the question names ("in southern Italy": never Siena); a vehicle
  never came out after the year the question names or its Bond film's year, and is never the
  answer by another name (Range Rover Classic for the Octopussy convertible). Faker is used
  only for "<Surname> Productions"-style companies: its towns are invented ("Port
  Janetchester"), and titles, brands and models made of random words give themselves away.
- **text**: only numbers or model marks inside it are varied (`Leica M3` → `Leica M4`); other
  free text needs hand-written distractors, and `quiz check` says so.

"""


def doc(bank_dir: Path, library: Library) -> str:
    """docs/distractors.md: generated options for questions of every kind under two seeds."""
    from quiz.bank.loader import load_bank  # the bank imports this module: import it only here

    bank = load_bank(sorted(bank_dir.glob("*.yaml")), library)
    by_kind: dict[str, list[Question]] = {}
    for question in sorted(bank.questions, key=lambda q: q.id):
        by_kind.setdefault(kind_of(question), []).append(question)
    seeds = " and ".join(str(seed) for seed in DOC_SEEDS)
    lines = [_DOC_HEAD.format(per_kind=_DOC_PER_KIND, seeds=seeds)]
    header = " | ".join(f"seed {seed}" for seed in DOC_SEEDS)
    lines.append(f"| kind | question | {header} |")
    lines.append("| --- | --- |" + " --- |" * len(DOC_SEEDS))
    for kind in KINDS:
        chosen = sorted(
            by_kind.get(kind, []),
            key=lambda q: (
                q.answer not in _DOC_NAMED,
                not can_generate(dataclasses.replace(q, distractors=()), library),
            ),
        )[:_DOC_PER_KIND]
        for question in chosen:
            bare = dataclasses.replace(question, distractors=())
            reason = cannot_generate(bare, library)
            cells = []
            for seed in DOC_SEEDS:
                if reason is not None:
                    cells.append(f"needs hand-written distractors: {reason}")
                    continue
                shown = options(bare, library, seed)
                cells.append("; ".join(f"**{o}**" if o == question.answer else o for o in shown))
            asked = question.question.replace("|", "\\|")
            lines.append(f"| {kind} | `{question.id}`: {asked} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _main() -> None:
    from quiz import paths
    from quiz.corpus.articles import read_library

    library = read_library(paths.default_articles_dir())
    sys.stdout.write(doc(paths.default_bank_dir(), library))


if __name__ == "__main__":
    _main()
