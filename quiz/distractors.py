"""Wrong answers that test knowledge rather than reward guessing.

A distractor has the answer's kind, unit and written form, and is never true. Numbers sit on an
evenly spaced ladder through the answer (the answer's place on it random) inside the bounds the
sentence implies. Names, places, titles, brands and models come from the articles and from
curated lists of real ones (a town for a town, a Bond villain for a Bond villain); only people's
names fall back on Faker, whose invented towns and titles would give themselves away. Nothing
offered is the answer written another way, a value the cited sentence gives for another fact,
or either side of a conflict between the articles.

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
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from quiz.articles import Library, normalise
from quiz.citations import canonical, quote_span
from quiz.kinds import (
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
from quiz.model import KINDS, OPTIONS_PER_QUESTION, Article, Question

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
    ``quiz.sentences`` splits on, so a check of a large corpus splits no article.
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


# Where a sentence ends, as ``quiz.sentences.split_sentences`` decides: end punctuation and space
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
    return _resolve(found, library)


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
        answer = parse_amount(facts.answer)
        total = _totals(facts.sentence).get(answer.value) if answer is not None else None
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

    rungs = _ladder_through_given(amount, facts.question.distractors, need, valid, rng)
    if rungs is None:
        rungs = _ladder(amount.units, _steps(amount, kind), need, valid, rng)
    return [text for units in rungs if (text := amount.render(units)) is not None]


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
    written = [parse_amount(text) for text in given]
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
    plans = [
        (step, low)
        for step in range(1, gap + 1)
        if gap % step == 0
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
        r"@,\s*(?:\w+\s+)?italy\b|\bitalian (?:town|city)",
        _names(
            "Matera; Lecce; Ostuni; Altamura; Gravina; Potenza; Cosenza; Taranto; Otranto; Trani; "
            "Tropea; Ragusa; Modica; Amalfi; Ravello; Sorrento; Siena; Assisi; Orvieto; Urbino; "
            "Modena; Mantua; Perugia; Spoleto; Cortona"
        ),
    ),
    "town-slovakia": _Group(
        "place",
        r"@,\s*slovakia\b|\bslovak (?:town|city)",
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
        rf"(?=.*(?:{_BOND}))(?=.*\b(?:novel|book)\b)",
        _names(
            "Casino Royale; Live and Let Die; Moonraker; Diamonds Are Forever; From Russia with "
            "Love; Dr. No; Goldfinger; Thunderball; The Spy Who Loved Me; On Her Majesty's Secret "
            "Service; You Only Live Twice; The Man with the Golden Gun"
        ),
    ),
    "bond-film": _Group(
        "title",
        rf"(?=.*(?:{_BOND}))(?=.*\b(?:film|movie|flick)\b)",
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
    "bond-actor": _Group(
        "person",
        rf"(?=.*(?:{_BOND}))(?=.*\b(?:actor|played by|plays|starring|star)\b)",
        _names(
            "Sean Connery; George Lazenby; Roger Moore; Timothy Dalton; Pierce Brosnan; Daniel "
            "Craig; Rami Malek; Ralph Fiennes; Ben Whishaw; Christoph Waltz; Javier Bardem; Mads "
            "Mikkelsen; Mathieu Amalric; Jeffrey Wright; Rory Kinnear; Dave Bautista; Christopher "
            "Walken; Sean Bean; Jonathan Pryce; Toby Stephens; Billy Magnussen"
        ),
    ),
    "bond-actress": _Group(
        "person",
        rf"(?=.*(?:{_BOND}))(?=.*\bactress\b)",
        _names(
            "Naomie Harris; Judi Dench; Eva Green; Lashana Lynch; Ana de Armas; Olga Kurylenko; "
            "Gemma Arterton; Halle Berry; Rosamund Pike; Famke Janssen; Sophie Marceau; Monica "
            "Bellucci; Berenice Marlohe; Lea Seydoux"
        ),
    ),
    "bond-director": _Group(
        "person",
        rf"(?=.*(?:{_BOND}))(?=.*\bdirect)",
        _names(
            "Terence Young; Guy Hamilton; Lewis Gilbert; Peter Hunt; John Glen; Martin Campbell; "
            "Roger Spottiswoode; Michael Apted; Lee Tamahori; Marc Forster; Sam Mendes; Cary Joji "
            "Fukunaga"
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
    for name in _groups_of(facts):
        members = list(_GROUPS[name].members)
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
    key = normalise(text)
    kinds = {g.kind for n, g in _GROUPS.items() if key in _MEMBERS[n]}
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
        if abs(size - answer_size) > (1 if kind == "title" else 0):
            return False  # a three-word name among two-word ones is a tell
        if person and _initials(candidate) != _initials(facts.answer):
            return False  # so is the only name with a middle initial
        if facts.pools is not None and normalise(candidate) in facts.pools.contested:
            return False
        known = _known_kinds(candidate, facts.pools)
        if kind == "person" and "character" in known:
            return False
        if kind == "character" and "person" in known:
            return False
        others = [facts.answer, *self.given, *self.chosen]
        if kind in ("vehicle", "text"):
            return not any(
                _inside(normalise(candidate), normalise(o))
                or _inside(normalise(o), normalise(candidate))
                for o in others
            )
        return not any(_variant(candidate, other, person=person) for other in others)

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
        amount = parse_amount(facts.answer)
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
        # The articles' own people of the answer's role, then known people of that role.
        picker.offer_all(pool)
        picker.offer_all(curated)
    else:
        picker.offer_all(curated)
        picker.offer_all(pool)
    if not picker.full and faker and _faker_fits(facts):
        _faker_fill(picker, rng)
    return picker.chosen


def _faker_fits(facts: _Facts) -> bool:
    """Whether Faker makes a convincing option: a person's name, or "<Surname> Productions"."""
    if facts.kind == "person":
        return True
    words = _tokens(facts.answer)
    return facts.kind == "organisation" and len(words) > 1 and words[-1] in ORG_SUFFIX


def _with_word(words: list[str], position: int, roman_index: int) -> str:
    return " ".join([*words[:position], _ROMANS[roman_index], *words[position + 1 :]])


# --- Faker, only when a question needs it ---------------------------------------------------

_FAKER: Any = None


def _faker(seed: int) -> Any:
    """A seeded en_GB Faker; imported here, not at the top, to keep start-up fast."""
    global _FAKER
    if _FAKER is None:
        from faker import Faker

        _FAKER = Faker(FAKER_LOCALE)
    _FAKER.seed_instance(seed)
    return _FAKER


def _faker_fill(picker: _Picker, rng: random.Random) -> None:
    fake = _faker(rng.getrandbits(64))
    make = _fake_person if picker.facts.kind == "person" else _fake_organisation
    answer = picker.facts.answer
    for attempt in range(200):
        if picker.full:
            return
        candidate = make(fake, answer)
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
            parts.append(f"{fake.random_uppercase_letter()}.")
        elif index == len(words) - 1:
            last = str(fake.last_name())
            parts.append(f"{last}-{fake.last_name()}" if "-" in word else last)
        else:
            name = str(first())
            while name in parts:
                name = str(first())
            parts.append(name)
    return " ".join(parts)


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
        amount = parse_amount(facts.answer)
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
    return written + _generated(facts, need, rng_for(seed, question.id), written)


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
    Productions", which it can always make, so the rest is tried here without it.
    """
    need = OPTIONS_PER_QUESTION - 1 - len(question.distractors)
    if need <= 0:
        return None
    facts = _facts(question, library)
    kind = facts.kind
    if kind == "date" and parse_date(question.answer) is None:
        return f"the answer '{question.answer}' is not a date the generator can read"
    if is_numeric_kind(kind) and kind != "date" and parse_amount(question.answer) is None:
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


def _lint_one(facts: _Facts, distractor: str, memo: dict[str, Any]) -> str | None:
    answer, kind = facts.answer, facts.kind
    said = f"distractor '{distractor}'"
    if _CATCH_ALL.fullmatch(distractor.strip()):
        return f"{said} is a catch-all; every option must be {_a(kind)} of its own"
    if is_numeric_kind(kind) and kind != "date" and parse_amount(answer) is not None:
        return _lint_amount(facts, distractor, memo)  # "10" for "ten" is caught there
    if _key(distractor) == _key(answer):
        return f"{said} is the answer '{answer}' written another way"
    if kind == "date":
        return _lint_date(facts, distractor)
    if is_numeric_kind(kind):
        return None  # an answer that is no single number: nothing to compare with
    return _lint_name(facts, distractor)


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
    if (form.day is not None and (form.month, form.day) in days) or (
        form.day is None and form.month in months
    ):
        return f"{said} is true: the cited sentence gives {distractor} for another fact"
    return _conflict_with(facts, distractor)


def _lint_amount(facts: _Facts, distractor: str, memo: dict[str, Any]) -> str | None:
    said = f"distractor '{distractor}'"
    answer, kind = facts.answer, facts.kind
    mine = parse_amount(answer)
    theirs = parse_amount(distractor)
    assert mine is not None
    # The same prefix and suffix: the same unit, qualifier and spacing (the usual case, cheap).
    alike = theirs is not None and theirs.prefix == mine.prefix and theirs.suffix == mine.suffix
    value = theirs.value if theirs is not None else None
    if value is not None and value == mine.value and (alike or _unit(theirs) == _unit(mine)):
        return f"{said} is the answer '{answer}' written another way"
    if (
        theirs is None
        or theirs.ordinal != mine.ordinal
        or (kind == "year" and (theirs.prefix or theirs.suffix or theirs.words))
    ):
        other = _kind_of_text(distractor, facts)
        return f"{said} is {_a(other)}, but the answer '{answer}' is {_a(kind)}"
    assert value is not None
    if not alike:
        unit, answer_unit = _unit(theirs), _unit(mine)
        if unit != answer_unit:
            return (
                f"{said} has unit {unit or 'none'}, but the answer '{answer}' has unit "
                f"{answer_unit or 'none'}"
            )
        if _qualifier(theirs) != _qualifier(mine):
            return (
                f"{said} reads '{_qualifier(theirs) or 'no qualifier'}' where the answer "
                f"'{answer}' reads '{_qualifier(mine) or 'no qualifier'}'"
            )
    if theirs.words != mine.words:
        how = ("words", "digits")
        return (
            f"{said} is written in {how[theirs.words is False]}, but the answer '{answer}' "
            f"in {how[mine.words is False]}"
        )
    if not alike and theirs.gap != mine.gap:
        return f"{said} spaces its unit differently from the answer '{answer}'"
    conflict = _conflict_with(facts, distractor)
    if conflict:
        return conflict
    if value in _numbers_in(facts.sentence):
        return f"{said} is true: the cited sentence gives {distractor} for another fact"
    bounds = memo.get("bounds")
    if bounds is None:
        bounds = memo["bounds"] = _bounds(facts, mine)
    if value not in bounds:
        why = bounds.reason if value >= bounds.floor else "it is not a positive amount"
        return f"{said} cannot be right: {why}"
    return None


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


def _lint_name(facts: _Facts, distractor: str) -> str | None:
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
    "Royal Albert Hall", "Leica", "No Time To Die", "Valhalla", "Goldfinger",
}  # fmt: skip
_DOC_HEAD = """\
# Distractors: what the generator offers

<!-- Generated by `.venv/bin/python -m quiz.distractors > docs/distractors.md`; a test fails
when this file no longer matches what the code produces. Do not edit by hand. -->

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
- **date**: a ladder of days or months in the answer's layout (`April 8, 2020`, `28 September`,
  `May`), never a date the sentence or a conflict names.
- **person**: people of the same role in the articles (stunt crew for stunt crew), then known
  people of that role (Bond actors, directors, authors), then Faker (en_GB, seeded) names of the
  same shape: as many words, initials where the answer has them. Never a spelling variant of the
  answer, nor a fictional character.
- **character, place, organisation, title, vehicle**: real names from curated groups (Bond
  villains, towns of southern Italy, London venues, camera makers, Bond films and novels, Aston
  Martin and Land Rover models...) and from the articles, in the answer's form. Faker is used
  only for "<Surname> Productions"-style companies: its towns are invented ("Port
  Janetchester"), and titles, brands and models made of random words give themselves away.
- **text**: only numbers or model marks inside it are varied (`Leica M3` → `Leica M4`); other
  free text needs hand-written distractors, and `quiz check` says so.

"""


def doc(bank_dir: Path, library: Library) -> str:
    """docs/distractors.md: generated options for questions of every kind under two seeds."""
    from quiz.bank import load_bank  # the bank imports this module: import it only here

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
    from quiz.articles import read_library

    library = read_library(paths.default_articles_dir())
    sys.stdout.write(doc(paths.default_bank_dir(), library))


if __name__ == "__main__":
    _main()
