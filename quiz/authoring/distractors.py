"""Wrong answers that test knowledge rather than reward guessing.

A distractor has the answer's fine type, unit and written form, and is never true. Numbers sit
on an evenly spaced ladder through the answer (the answer's place on it random), the step sized
to the value's scale and precision, inside the bounds the sentence implies; a bounded answer
("more than 70") is offered only bounds it rules out. Names come nearest first (see
:mod:`quiz.authoring.pools`): the question's article, its folder's data, the articles of the same
subject, general data (:mod:`quiz.authoring.gazetteer`); Faker only for people and companies, in the
answer's form. Nothing offered is the answer written another way, a value the cited sentence
gives for another fact, either side of a conflict between the articles, or a name the articles
give for the same relation as the question.

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
import itertools
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

from quiz.authoring import pools, speakers, timeline, wellknown
from quiz.authoring.entities import Fine, harvest, org_kind, person_in
from quiz.authoring.gazetteer import gazetteer, vocabulary
from quiz.authoring.kinds import (
    MONTH,
    SINGULAR,
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
from quiz.authoring.romanise import (
    common_given_names,
    given_name_sex,
    romanise,
    romanised_locales,
)
from quiz.authoring.wordlists import words as wordlist
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

FAKER_LOCALE = "en_GB"  # the seed articles are British and New Zealand press

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
    def fine(self) -> Fine:
        """The answer's fine type, worked out on first need: numbers and dates never need it."""
        return _fine(self.question, self.kind, self.sentence, self.article)

    @property
    def contested(self) -> frozenset[str]:
        return _contested(self.library) if self.library is not None else frozenset()


def kind_of(question: Question) -> str:
    """The question's stated kind, else the one inferred from its answer and quote."""
    return question.kind or infer_kind(question.answer, question.source.quote, question.question)


def _kind_for_options(question: Question) -> str:
    """The kind options are made for: the stated one, unless the data knows the answer is a
    place or an organisation where a person was asked for ("By whom?" "Gingrich Productions")."""
    kind = kind_of(question)
    if kind in ("person", "character"):
        seen = pools.typed(question.answer)
        if seen is not None and (seen.kind == "organisation" or " " in question.answer):
            return seen.kind  # but "Hamilton" may well be a driver, "Madison" a singer
        asked = pools.asked_kind(question.question)
        if asked in ("organisation", "place"):
            return asked  # "Which broadcaster were they angry with?"
    return kind


def _facts(question: Question, library: Library | None) -> _Facts:
    kind = _kind_for_options(question)
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


# --- the articles' contested names ----------------------------------------------------

# A name the catalogue's conflicts spell two ways ("Nikola"/"Nicola" Dove) is offered in neither
# spelling: one of them is the answer.
_SHORT = r"[A-Z][a-z'\u2019\-]+(?:\s+[A-Z][a-z'\u2019\-]+){0,2}"
_CONTESTED: dict[int, tuple[weakref.ref[Library], frozenset[str]]] = {}


def _contested(library: Library) -> frozenset[str]:
    """The names the library's conflicts spell differently, and their surnames; once a library."""
    cached = _CONTESTED.get(id(library))
    if cached is not None and cached[0]() is library:
        return cached[1]
    found: set[str] = set()
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
                        found.add(normalise(name))
                        found.add(normalise(name).split()[-1])
    result = frozenset(found)
    _CONTESTED[id(library)] = (weakref.ref(library), result)
    weakref.finalize(library, _CONTESTED.pop, id(library), None)
    return result


@functools.lru_cache(maxsize=1 << 12)
def _fine(question: Question, kind: str, sentence: str, article: Article | None) -> Fine:
    return pools.answer_fine(question, kind, sentence, article)


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
    """Rung spacing sized to the value's scale and precision, wide enough to teach something:
    a tenth to a quarter of the value (a fifth to a half when it is approximate: "about 40" steps
    by tens, never 38, 42), in multiples of the precision it is written to (900 by hundreds)."""
    units = amount.units
    if kind == "year":
        return [10, 20] if units % 10 == 0 else [2, 3, 4, 5]
    if kind == "ordinal":
        return [1, 2, 3] if units < 50 else [2, 5, 10]
    rough = _qualifier(amount) in _APPROXIMATE
    # "about 20" is written to the ten; a bare 20 (inches) may be exact to the inch.
    precision = roundness(units) if rough or units >= 100 else 1
    if rough and units <= 20:
        # "about 10 days" is also said "about 15": tens would offer "about 40", four times over
        precision = min(precision, 5)
    low = max(float(precision), units * (0.2 if rough else 0.1), 1.0)
    high = max(low, units * (0.5 if rough else 0.25))
    return _on_the_answers_grid(units, _nice_steps(units, low, high), low, high)


# Steps people also count in besides 1, 2, 5 and their tens: hours, months, dozens, minutes.
_GRID_STEPS = (3, 4, 6, 12, 15, 24, 30, 60)


def _on_the_answers_grid(units: int, steps: list[int], low: float, high: float) -> list[int]:
    """A round answer's neighbours as round as it: 48 hours beside 24, 36 and 72, never beside 33,
    38 and 43. When no usual step divides the answer but one counted in hours, months or dozens
    does, that one; an answer with no such divisor (37, 63) keeps the usual steps."""
    if any(units % step == 0 for step in steps):
        return steps
    dividing = [step for step in _GRID_STEPS if low <= step <= high and units % step == 0]
    return dividing or steps


# Words that make a value approximate, so its neighbours must be far enough to be told apart.
_APPROXIMATE = frozenset(
    {"about", "around", "approximately", "roughly", "nearly", "almost", "some", "an estimated"}
)


def _ladder(
    centre: int, steps: Sequence[int], need: int, valid: Callable[[int], bool], rng: random.Random
) -> list[int]:
    """``need`` values evenly spaced with ``centre`` at a random rung, all ``valid``.

    When no evenly spaced ladder fits (a bound or a true value in the way) the nearest valid
    values on the smallest step stand in, so a question still gets its options.
    """
    # The answer's rung first, then the step: a bound on one side (a ceiling near the answer)
    # rules out some steps at a middle rung, not all, so the answer stays as often in the middle
    # as a free ladder puts it there.
    places = list(range(need + 1))
    rng.shuffle(places)
    order = list(steps)
    rng.shuffle(order)
    for place in places:
        for step in order:
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
    r"(?<![\w.])(\d+(?:\.\d+)?)(?![\d])\s+(?:of which|of them|of these|of those|out of (\d+)|"
    r"of (?:the|its|their|his|her) (\d+)(?![\d.%]))"
)


@functools.lru_cache(maxsize=1 << 12)
def _totals(sentence: str) -> dict[Fraction | int, Fraction | int]:
    """Each part a sentence counts out of a whole, with that whole."""
    text = _digits(sentence)
    totals: dict[Fraction | int, Fraction | int] = {}
    for match in _PART_OF.finditer(text):
        whole = match.group(2) or match.group(3)
        if whole:  # "13 of the 20 players": a whole only when it is the larger
            if match.group(2) or _number(whole) > _number(match.group(1)):
                totals[_number(match.group(1))] = _number(whole)
            continue
        before = list(_NUMBER_IN_TEXT.finditer(text[: match.start()]))
        if before:
            totals[_number(match.group(1))] = _number(before[-1].group(1))
    return totals


# A number as the relations below read it: a currency before, a scale or a per cent after.
_STATED = re.compile(
    r"(?<![\w.,])([$£€]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d,]\d)"
    r"(?:(st|nd|rd|th)\b)?(\s*(?:%|per ?cent\b)|\s*(?:million|billion|trillion|thousand|bn)\b)?",
    re.IGNORECASE,
)
# What joins the two ends of a range: "5 to 10", "5-10", "$5 to $100", "12 and 15" (after
# "between"), a unit word perhaps after the first end ("5 miles to 10 miles").
_RANGE_JOIN = re.compile(r"\s*(?:[a-z]+\s+)?(-|to|and)\s*", re.IGNORECASE)
# A comparison that ends just before the second number: "was higher than (the) $100", "up from
# 12", "compared with 30". A bare "more than 10" is the number's own qualifier, no comparison.
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:higher|lower|greater|larger|bigger|smaller|longer|shorter|older|younger|heavier|"
    r"lighter|faster|slower|cheaper|taller|deeper|wider|(?:more|less|fewer)\s+\w+)\s+"
    r"(?:\w+\s+){0,2}than|\b(?:up|down|rose|fell|grew|dropped|increased|decreased) from|"
    r"\bcompared (?:with|to))\s+(?:the\s+|a\s+)?(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
_CONTRAST = re.compile(r"\b(?:but|while|whereas|however|compared|unlike)\b", re.IGNORECASE)


_Values = tuple[Fraction | int, ...]


@dataclass(frozen=True, slots=True)
class _Stated:
    """One number of a sentence: where, its value, and what it is counted in."""

    start: int
    end: int
    value: Fraction | int
    unit: tuple[str, str]  # (currency, per cent or scale), lower case
    ordinal: bool


def _stated_numbers(text: str) -> list[_Stated]:
    found = []
    for match in _STATED.finditer(text):
        whole = match.group(2).replace(",", "")
        value = _number(f"{whole}.{match.group(3)}" if match.group(3) else whole)
        after = (match.group(5) or "").strip().lower().replace(" ", "")
        unit = (match.group(1), "%" if after in ("%", "percent") else after)
        found.append(_Stated(match.start(), match.end(), value, unit, bool(match.group(4))))
    return found


@functools.lru_cache(maxsize=1 << 12)
def _sides(sentence: str, answer: str) -> tuple[_Values, _Values]:
    """The numbers the sentence puts below the answer and above it by a relation a wrong answer
    must keep: the other end of a range ("between 12 and ___": above 12), a comparison ("$102,
    higher than the $100"), and a range the answer is contrasted with ("fines ranged from $5 to
    $100, but Ferguson's was $102": above 100). Numbers merely listed beside it bound nothing."""
    text = words_to_digits(sentence).replace("\u2013", "-").replace("\u2014", "-")
    numbers = [n for n in _stated_numbers(text) if not n.ordinal]
    mine_text = words_to_digits(answer)
    at = text.lower().find(mine_text.lower())
    own = [n for n in numbers if at >= 0 and at <= n.start < at + len(mine_text)]
    if len(own) != 1:
        return (), ()
    mine = own[0]
    related: list[_Stated] = []
    ranges: list[tuple[_Stated, _Stated]] = []
    for first, second in itertools.pairwise(numbers):
        between = text[first.end : second.start]
        join = _RANGE_JOIN.fullmatch(between)
        before = text[max(0, first.start - 12) : first.start].lower().rstrip()
        if join and (join.group(1) != "and" or before.endswith("between")):
            ranges.append((first, second))
        elif (
            mine in (first, second)
            and _COMPARED_BEFORE.search(between)
            and first.unit == second.unit
        ):
            related.append(second if mine is first else first)
    for low_end, high_end in ranges:
        if mine in (low_end, high_end):
            other = high_end if mine is low_end else low_end
            if other.unit == mine.unit or ("", "") in (other.unit, mine.unit):
                related.append(other)  # "5-10%", "$5 to 10": a bare end borrows the other's unit
            continue
        near = high_end if high_end.end <= mine.start else low_end
        between = text[min(near.end, mine.end) : max(near.start, mine.start)]
        if _CONTRAST.search(between) and low_end.unit == mine.unit == high_end.unit:
            related.extend((low_end, high_end))
    value = mine.value
    below = tuple(sorted({n.value for n in related if n.value < value}))
    above = tuple(sorted({n.value for n in related if n.value > value}))
    return below, above


@dataclass(frozen=True, slots=True)
class _Bounds:
    """The range a value must stay in, and why its ceiling is where it is."""

    floor: Fraction | int
    ceiling: Fraction | int | None = None
    reason: str = ""

    def __contains__(self, value: Fraction | int) -> bool:
        return value >= self.floor and (self.ceiling is None or value <= self.ceiling)


def _bounds(
    facts: _Facts,
    amount: Amount,
    *,
    choosing: bool = False,
    told: bool = True,
    guessed: bool = True,
) -> _Bounds:
    """Positive, below an implied total, at most a right angle, no year after the article's.

    ``choosing``: for options the engine picks, an undated article's years also stay near the
    latest year it names (``guessed``: at it, else a little after it); a guess about when it
    was written, so the lint does not hold a hand-written distractor to it. So do the floors of
    the story's timeline (``told``: :func:`_timeline_floor`)."""
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
    share = amount.suffix.strip() in ("%", "per cent", "percent")
    if share and amount.value <= 100:  # not a rise of 150%; "more than 50%" is a share too
        ceilings.append((100, "a share is at most 100 per cent"))
        if choosing and amount.value < 100:  # "100% of Internet users" gives itself away
            ceilings.append((100 - least, "a share other than the answer is no whole"))
    if choosing and facts.kind in ("count", "number"):
        # A whole the sentence counts a part of: "ten DB5s, eight of which" offers no eight.
        parts = [part for part, whole in _totals(facts.sentence).items() if whole == amount.value]
        if parts:
            floor = max(floor, max(parts) + least)
    date = facts.article.date if facts.article is not None else None
    if facts.kind == "year" and date is not None and amount.value <= date.year:
        ceilings.append((date.year, f"it is after the article's date ({date:%-d %B %Y})"))
    elif choosing and facts.kind == "year" and facts.article is not None:
        latest = timeline.latest_past_year(facts.article)
        if (
            latest is not None
            and amount.value <= latest
            and not timeline.FUTURE.search(facts.sentence)
        ):
            # A past fact's year is not after the story: an undated one was written in the
            # latest year it reports as past, or soon after ("arrived in 2012" of a 2015 story
            # is offered no 2016).
            why = f"it is after the latest year the article reports ({latest})"
            ceilings.append((latest if guessed else latest + _LATER_BY, why))
    if (
        choosing
        and facts.kind in ("count", "number")
        and re.search(
            rf"\bout of (?:the\s+)?{re.escape(facts.answer)}\b", facts.sentence, re.IGNORECASE
        )
    ):
        # A total that the sentence ranks something within: "ranks 125th out of 142 countries"
        # is offered no total of 122.
        ranks = [int(r) for r in re.findall(r"\b(\d+)(?:st|nd|rd|th)\b", facts.sentence)]
        if ranks:
            floor = max(floor, max(ranks))
    if choosing and facts.kind == "year":
        # The answer's side of every other year its sentence names: a peak "in 2010" of a count
        # begun "in 1990" is offered no 1970 (it would contradict the sentence).
        for other in {int(y) for y in timeline.YEAR_IN_TEXT.findall(facts.sentence)}:
            if other < amount.value:
                floor = max(floor, other + 1)
            elif other > amount.value:
                ceilings.append((other - 1, f"the sentence puts it before {other}"))
    if choosing and told and facts.kind == "year" and facts.article is not None:
        floor = max(floor, _timeline_floor(facts, amount))
    if choosing and facts.kind == "count" and facts.article is not None:
        # What another sentence bounds of the same count: "107 local schools" of a story whose
        # lead says "more than 100 schools" is offered no 87.
        counted = _counted_noun(facts)
        low, high = _article_bounds(facts, amount, counted)
        if low is not None:
            floor = max(floor, low + least)
        if high is not None:
            ceilings.append((high, f"another sentence puts the count at most at {high}"))
        if counted in ("countries", "nations"):
            # "out of 142 countries" is offered no 217 (the data's countries: a floor of the
            # world's count, so only options the engine picks are held to it)
            world = len(gazetteer().countries)
            if amount.value <= world:
                ceilings.append((world, f"there are about {world} countries"))
    if choosing and facts.kind == "count":
        at = _word_at(facts.sentence, facts.answer)
        tally = timeline.TALLY.search(facts.sentence[max(0, at - 40) : at]) if at > 0 else None
        if tally and amount.value >= _TALLY_ROOM * least:
            # "has won 19 grand slam titles": a tally grows after the story, so a larger one
            # may be true when the question is played (she won 23); a smaller one never is
            ceilings.append((amount.value - least, "a running tally: a larger one may be true"))
    if choosing and facts.kind in ("count", "number", "money"):
        below, above = _sides(facts.sentence, facts.answer)
        if below:
            floor = max(floor, below[-1] + least)
        if above:
            ceilings.append((above[0] - least, f"the cited sentence puts it below {above[0]}"))
    if not ceilings:
        return _Bounds(floor)
    ceiling, reason = min(ceilings)
    return _Bounds(floor, ceiling, reason)


# A tally below which three smaller options fit (1, 2, 3 below 4): smaller ones are offered.
_TALLY_ROOM = 4


def _timeline_floor(facts: _Facts, amount: Amount) -> int:
    """The earliest year the rest of the story leaves a year answer's options: after the year a
    "the next year" before the gap counts from, and when the people asked of were grown (an
    Oscar of "the 68-year-old" is not offered 15 years after her birth); 0 when it tells none."""
    article = facts.article
    value = amount.value
    if article is None or not isinstance(value, int):
        return 0
    floors = [0]
    at = _word_at(facts.sentence, facts.answer)
    if at >= 0:
        earlier = timeline.counted_from(article, facts.sentence, at, value)
        if earlier is not None:
            floors.append(earlier + 1)
    grown = timeline.adult_floor(article, f"{facts.question.question} {facts.sentence}", value)
    if grown is not None:
        floors.append(grown)
    if at >= 0 and _AFTER_EVENT.match(facts.sentence, at + len(facts.answer)):
        floors.append(value + 1)  # "elected in 2013 after X resigned": a later year stays after X
    return max(floors)


# "in March 2013 after Pope Benedict XVI stepped down": the answer follows an event, so an
# earlier wrong answer may precede it (and contradict the sentence); a later one never does.
_AFTER_EVENT = re.compile(r"\s*,?\s*(?:after|following|in the wake of)\s")


_LOWER_BOUND = frozenset({"more than", "over", "at least", "upwards of"})
_UPPER_BOUND = frozenset({"fewer than", "less than", "under", "up to", "nearly", "almost"})


def _after_answer(facts: _Facts) -> str:
    """The words of the answer's sentence after it."""
    return facts.sentence[facts.sentence.find(facts.answer) + len(facts.answer) :]


def _before_plural(facts: _Facts) -> bool:
    """Whether the answer stands right before the plural noun it counts ("two blasts", "two
    suicide blasts"; not "two of the blasts", which "one of the blasts" fits)."""
    plural = r"\s+(?:(?!of\b)[a-z-]+\s+){0,2}?[a-z]{2,}[^s\W]s\b"
    return re.match(plural, _after_answer(facts)) is not None


def _counted_noun(facts: _Facts) -> str | None:
    """The plural noun the answer counts in its sentence ("107 local schools": "schools")."""
    nouns = re.match(r"\s+(?:[a-z-]+\s+){0,2}?([a-z]{3,}s)\b", _after_answer(facts))
    return nouns.group(1) if nouns else None


def _article_bounds(
    facts: _Facts, amount: Amount, counted: str | None
) -> tuple[int | None, int | None]:
    """The bounds the article's other sentences put on the answer's count, by the plural noun
    it counts ("107 local schools": "more than 100 schools" elsewhere): the largest lower bound
    below it and the smallest upper bound above it; a bound the answer breaks counts something
    else and is left out. ``counted`` is that noun (:func:`_counted_noun`)."""
    article = facts.article
    if counted is None or article is None or not isinstance(amount.value, int):
        return None, None
    noun = re.escape(counted)
    bounds = "|".join(sorted(_LOWER_BOUND | _UPPER_BOUND, key=lambda b: (-len(b), b)))
    pattern = re.compile(
        rf"\b({bounds})\s+(\d[\d,]*)\s+(?:[a-z-]+\s+){{0,2}}?{noun}\b", re.IGNORECASE
    )
    low: int | None = None
    high: int | None = None
    for match in pattern.finditer(article.text):
        bound, value = match.group(1).lower(), int(match.group(2).replace(",", ""))
        if bound in _LOWER_BOUND and value < amount.value:
            low = value if low is None else max(low, value)
        elif bound in _UPPER_BOUND and value >= amount.value:
            high = value if high is None else min(high, value)
    return low, high


_WORD_AFTER = re.compile(r"\s*([a-z]+)")


def _unit_word(facts: _Facts, amount: Amount) -> str:
    """The word that says what the answer counts: its own unit's first word ("hours" of "24
    hours", "million" of "$2.4 million"), else the word after it in its sentence (the gap of
    "_____ million viewers"); "" when neither is a word."""
    suffix = amount.suffix.strip(" -").split()
    if suffix and suffix[0].isalpha():
        return suffix[0].lower()
    at = _word_at(facts.sentence, facts.answer)
    if at < 0:
        return ""
    match = _WORD_AFTER.match(facts.sentence, at + len(facts.answer))
    if match is None or match.group(1) in wordlist("function_words") | vocabulary().stopwords:
        return ""  # "seven of them": "of" tells nothing counted
    return match.group(1)


@functools.lru_cache(maxsize=1 << 10)
def _stated_with(text: str, word: str) -> frozenset[Fraction | int]:
    """Every number a text states just before ``word`` ("15 million", "fifteen million"): an
    option equal to one reads as true of something the article tells, or as its figure."""
    pattern = re.compile(rf"(?<![\w.])(?!0\d)(\d+(?:\.\d+)?)\s*{re.escape(word)}\b", re.IGNORECASE)
    return frozenset(_number(m.group(1)) for m in pattern.finditer(_digits(text)))


# How long after the latest year an undated story reports as past it may have been written.
_WRITTEN_WITHIN = 5
# How far after it a year option may go when the story's timeline leaves no room before it.
_LATER_BY = 2


def _story_year(facts: _Facts) -> int | None:
    """The latest year a story can have been written: its date line's, else a few years after
    the latest it reports as past, and no later than the last year of its office-holders'
    terms (:func:`wellknown.office_years`); None when it tells no year."""
    if facts.article is None:
        return None
    if facts.article.date is not None:
        return facts.article.date.year
    latest = timeline.latest_past_year(facts.article)
    guess = latest + _WRITTEN_WITHIN if latest is not None else None
    # its office-holders' terms bound it too: "Secretary of State John Kerry" is of 2013-2017
    terms = wellknown.office_years(facts.article, latest or 0)
    if terms is None or terms[1] == wellknown.STILL_HELD:
        return guess
    return terms[1] if guess is None else min(guess, max(terms[1], latest or 0))


def _amount_options(
    facts: _Facts, amount: Amount, need: int, rng: random.Random, taken: set[str], kind: str
) -> list[str]:
    """Options on a ladder through a number, written exactly like it (291mm -> 266mm)."""
    excluded = set(_numbers_in(facts.sentence))
    for _, quote in facts.claims:
        excluded |= _numbers_in(quote)
    if facts.article is not None:
        word = _unit_word(facts, amount)
        if word:
            excluded |= _stated_with(facts.article.text, word)
    excluded.discard(amount.value)
    # The story's timeline first; when it leaves too little room before the latest year an
    # undated story reports, a year or two after that; only then without it.
    tries = [_bounds(facts, amount, choosing=True)]
    if kind == "year":
        for told, guessed in ((True, False), (False, True)):
            again = _bounds(facts, amount, choosing=True, told=told, guessed=guessed)
            if again not in tries:
                tries.append(again)
    state = rng.getstate()
    found: list[str] = []
    for bounds in tries:
        rng.setstate(state)
        within = _amount_options_within(facts, amount, need, rng, taken, kind, excluded, bounds)
        if len(within) >= need:
            return within
        found = max(found, within, key=len)
    return found


def _amount_options_within(
    facts: _Facts,
    amount: Amount,
    need: int,
    rng: random.Random,
    taken: set[str],
    kind: str,
    excluded: set[Fraction | int],
    bounds: _Bounds,
) -> list[str]:
    """:func:`_amount_options` inside one set of bounds."""
    answer_round = roundness(amount.units)
    # 10.5 beside 9.5 and 12.5, never beside "9.0" and "12.0": no one writes a round value so.
    last_digit = amount.decimals > 0 and amount.units % 10 != 0
    # "setting off one blasts": a count before a plural noun is never one.
    plural = kind == "count" and amount.value != 1 and _before_plural(facts)

    def valid(units: int) -> bool:
        text = amount.render(units)
        if text is None or _key(text) in taken:
            return False
        value = Fraction(units, 10**amount.decimals)
        if value in excluded or value not in bounds or (plural and value == 1):
            return False
        if last_digit and units % 10 == 0:
            return False
        return roundness(units) <= answer_round * 10  # 300 among 291s would stand out

    bound = _bound_of(facts, amount)
    if bound is not None:
        return _bounded_options(amount, bound, need, taken, valid)
    rungs = _ladder_through_given(amount, facts.question.distractors, need, valid, rng)
    if rungs is None:
        rungs = _ladder(amount.units, _steps(amount, kind), need, valid, rng)
        if len(rungs) < need:  # hemmed in (100% can go only down): finer steps, not none,
            # the widest that fits first ("out of 142 countries", ranked 125th: 152, 162, 172,
            # not 141, 143, 144)
            fine = _nice_steps(amount.units, 1.0, max(1.0, amount.units * 0.2))
            for step in sorted(fine, reverse=True):
                rungs = _ladder(amount.units, [step], need, valid, rng)
                if len(rungs) == need:
                    break
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


def _bound_steps(units: int, need: int) -> tuple[list[int], int]:
    """Steps for a bounded answer's own form, the best first: at least a tenth of the answer (and
    a rounding step of it, so that "more than 55" is plainly not what "more than 45" says), at
    most so far that ``need`` of them stay within three quarters of it ("more than 105" inches
    of snow beside a record 45 reads as absurd); steps of the answer's precision first, the
    widest first; then, for a small answer, any whole step down to one. Also the least gap."""
    low = max(2.0 if units < 20 else 1.0, units * 0.1, min(roundness(units), units / 6))
    high = units * 0.75 / need
    nice = [step for step in _nice_steps(units, low, max(low, high)) if low <= step <= high]
    half = roundness(units) // 2 if roundness(units) >= 10 else 0
    if half and not any(step % half == 0 for step in nice) and half * need <= units * 1.5:
        # A round answer's half-steps reach a little farther: "More than 10,000" beside
        # 15,000, 20,000 and 25,000 rather than 12,500, 15,000 and 17,500.
        nice = [half, *nice]
    if not nice:  # no room within the cap: the smallest clear step
        nice = [step for step in _nice_steps(units, low, low * 10) if step >= low][:1]
    steps = sorted(
        _on_the_answers_grid(units, nice, low, high),
        key=lambda step: (bool(half) and step % half != 0, -step),
    )
    gap = math.ceil(low)
    small = range(gap, 0, -1) if units < 20 else range(0)
    return [*steps, *(step for step in small if step not in steps)], gap


def _bounded_options(
    amount: Amount,
    bound: _Bound,
    need: int,
    taken: set[str],
    valid: Callable[[int], bool],
) -> list[str]:
    """Options that cannot be true of a bounded answer: its own form, qualifier and all, on the
    side that reads false ("more than 55, 65, 75" for "more than 45"; "up to 30, 25, 20 years"
    for "up to 35 years"), evenly spaced. A bound on the other side is true ("more than 45" is
    also "more than 25") and the opposite bound changes the answer's form ("fewer than 1,000"
    beside "more than 3,000"), so neither is offered; the answer is then always the weakest
    claim, which no choice of values can avoid."""
    units = amount.units
    direction = bound.direction

    def text(value: int) -> str | None:
        rendered = amount.render(value)
        if rendered is None or _key(rendered) in taken or not valid(value):
            return None
        return rendered

    # Spaced for the options a question shows; any more asked for (a caller that filters some
    # out) follow on the same ladder, the nearest first.
    shown = min(need, OPTIONS_PER_QUESTION - 1)
    steps, gap = _bound_steps(units, shown)
    for step in steps:
        texts = [text(units + direction * k * step) for k in range(1, need + 1)]
        if all(texts[:shown]):
            return [t for t in texts if t is not None]
    # Nothing evenly spaced fits (a bound or a true value in the way): the nearest false values
    # past the smallest clear gap.
    found: list[str] = []
    for k in range(0, 400):
        option = text(units + direction * (gap + k))
        if option is not None and option not in found:
            found.append(option)
            if len(found) == need:
                break
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
    latest = _latest_past_date(facts, form)
    # The sentence's other dates on either side, unless they leave too little room (a sentence
    # may order its dates otherwise than the calendar: "a week later, on 1 March").
    sides = list(_date_sides(facts.sentence, form, facts.answer))
    if form.day is not None:
        year = form.year or (
            facts.article.date.year if facts.article and facts.article.date else 2001
        )
        if form.year is None and (form.month, form.day) == (2, 29):
            year = 2000  # a yearless 29 February is a leap year's
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
                and (latest is None or day <= latest)
                and (sides[0] is None or (day.month, day.day) > sides[0])
                and (sides[1] is None or (day.month, day.day) < sides[1])
            )

        rungs = _ladder(0, [3, 4, 5, 6, 7, 10, 14], need, day_valid, rng)
        if len(rungs) < need and sides != [None, None]:
            sides[:] = [None, None]
            rungs = _ladder(0, [3, 4, 5, 6, 7, 10, 14], need, day_valid, rng)
        return [shown for offset in rungs if (shown := day_text(offset)) is not None]
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
            and (latest is None or index <= latest.year * 12 + latest.month - 1)
            and (sides[0] is None or divmod(index, 12) > sides[0])
            and (sides[1] is None or divmod(index, 12) < sides[1])
        )

    steps = [2, 3] if form.year is None else [2, 3, 4, 6]
    rungs = _ladder(base_index, steps, need, month_valid, rng)
    if len(rungs) < need and sides != [None, None]:
        sides[:] = [None, None]
        rungs = _ladder(base_index, steps, need, month_valid, rng)
    return [shown for index in rungs if (shown := month_text(index)) is not None]


_MONTH_MENTION = re.compile(rf"\b({MONTH})\.?(?:\s+(\d{{4}}))?\b")


def _date_sides(
    sentence: str, form: DateForm, answer: str = ""
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The latest date its sentence puts before the answer and the earliest after it, as (month,
    day) for a date with a day, else as (year, month index from 0): a wrong answer stays between
    them ("released in the US on April 8, a few days after the global release on April 2" offers
    no April 12 for the global release; "from January to September 2012" no September 2011)."""
    if form.day is not None:
        if len(set(timeline.YEAR_IN_TEXT.findall(sentence))) > 1:
            return None, None  # days of different years: their order is not the calendar's
        days, _ = dates_in(sentence)
        mine = (form.month, form.day)
        others = [day for day in days if day != mine]
    else:
        mine = (form.year or 0, form.month - 1)
        others = []
        for match in _MONTH_MENTION.finditer(sentence):
            month = month_of(match.group(1))
            if month is None or not match.group(1)[0].isupper():
                continue
            year = int(match.group(2)) if match.group(2) else (form.year or 0)
            if (year, month - 1) != mine and (form.year is not None or not match.group(2)):
                others.append((year, month - 1))
    below = [other for other in others if other < mine]
    above = [other for other in others if other > mine]
    at = _word_at(sentence, answer) if answer else -1
    if at >= 0 and _AFTER_EVENT.match(sentence, at + len(answer)):
        below.append(mine)  # "elected in March 2013 after Benedict stepped down": later only
    return (max(below) if below else None), (min(above) if above else None)


def _latest_past_date(facts: _Facts, form: DateForm) -> dt.date | None:
    """The latest date a past fact's wrong answers may give: the article's date, else the end of
    the latest year it reports as past; None for a date with no year, a plan ("will open on"),
    or an answer already past that (the story's own reckoning is then unknown)."""
    if form.year is None or facts.article is None or timeline.FUTURE.search(facts.sentence):
        return None
    latest = facts.article.date
    if latest is None:
        year = timeline.latest_past_year(facts.article)
        latest = dt.date(year, 12, 31) if year is not None else None
    answer = dt.date(form.year, form.month, min(form.day or 1, 28))
    return latest if latest is not None and answer <= latest else None


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


# --- names ----------------------------------------------------------------------------------


def _context(facts: _Facts) -> str:
    """What the hints read: the question, then the cited text with ``@`` for the answer."""
    sentence = " ".join(facts.sentence.split())
    at = sentence.lower().find(facts.answer.lower())
    if at >= 0:
        sentence = f"{sentence[:at]} @ {sentence[at + len(facts.answer) :]}"
    return f"{facts.question.question} | {sentence}".lower()


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


_TITLED = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady"}


@dataclass
class _Picker:
    """Collects options one by one, refusing any that is taken, true, of another type, or too
    like another."""

    facts: _Facts
    taken: set[str]
    need: int
    given: Sequence[str] = ()  # hand-written distractors already in the options
    chosen: list[str] = field(default_factory=list)

    @property
    def full(self) -> bool:
        return len(self.chosen) >= self.need

    def acceptable(self, candidate: str, real: bool = False) -> bool:
        """Whether an option may join; a ``real`` person's name (a well-known one of the
        data) may have one word more or fewer than the answer's, both of two or three: Mary
        Joe Fernandez among Chris Evert and Pam Shriver is no tell."""
        facts = self.facts
        kind = facts.kind
        candidate = " ".join(candidate.split())
        if not candidate or _key(candidate) in self.taken:
            return False
        if _contains(facts.sentence, candidate):
            return False  # named in the cited sentence: true of something there
        asked = facts.question.question
        if _contains(asked, candidate) or (
            kind == "person" and _contains(asked, _tokens(candidate)[-1])
        ):
            return False  # named in the question: "Which minister did Kerry meet?" never Kerry
        if any(_contains(quote, candidate) for _, quote in facts.claims):
            return False
        if kind == "place" and any(_contains(facts.sentence, n) for n in pools.aliases(candidate)):
            return False  # Burma when the sentence says Myanmar
        person = kind in ("person", "character")
        if kind != "organisation" and (
            any(ch.isdigit() for ch in candidate) != any(ch.isdigit() for ch in facts.answer)
        ):
            return False  # (a channel's number is no tell: Russia 24 among NTV and RT)
        if kind in ("organisation", "title", "place") and is_numeric_kind(
            infer_kind(candidate, "", "")
        ) != is_numeric_kind(infer_kind(facts.answer, "", "")):
            return False  # what the lint would call a count ("Channel One") among names
        size, answer_size = len(_tokens(candidate)), len(_tokens(facts.answer))
        if person:  # initials aside: Albert R. Broccoli and Harry Saltzman are both two names
            size -= sum(_initials(candidate))
            answer_size -= sum(_initials(facts.answer))
        slack = _SIZE_SLACK.get(kind, 0)
        if real and kind == "person" and min(size, answer_size) >= 2:
            slack = 1 if max(size, answer_size) <= 3 else 0
        if abs(size - answer_size) > slack:
            return False  # a three-word name among two-word ones is a tell
        initialled = _initials(candidate), _initials(facts.answer)
        if len(initialled[0]) != len(initialled[1]):  # a real name a word longer or shorter
            initialled = (any(initialled[0]),), (any(initialled[1]),)
        if person and initialled[0] != initialled[1] and not self._plain_ok():
            return False  # so is the only name with a middle initial
        if (
            kind == "person"
            and _sex_of(candidate)
            and _answer_sex(facts)
            and (_sex_of(candidate) != _answer_sex(facts))
        ):
            return False  # John Terry for "which former Wimbledon champion ... Marion"
        if normalise(candidate) in facts.contested:
            return False
        if not _same_type(facts, candidate):
            return False
        if pools.folder_tell(facts.question, facts.sentence, candidate, facts.library):
            return False
        others = [facts.answer, *self.given, *self.chosen]
        if kind in ("vehicle", "text"):
            return not any(
                _inside(normalise(candidate), normalise(o))
                or _inside(normalise(o), normalise(candidate))
                for o in others
            )
        if kind == "place" and any(pools.same_place(candidate, other) for other in others):
            return False  # Burma beside Myanmar, England beside the UK
        if kind in ("place", "organisation") and any(_shortened(candidate, o) for o in others):
            return False  # "Met Police" beside "Metropolitan Police"
        return not any(_variant(candidate, other, person=person) for other in others)

    def _plain_ok(self) -> bool:
        """A name without the answer's middle initial may join once another option has one:
        the answer is then not the only initialled name (Michael G. Wilson, Albert R.
        Broccoli, Harry Saltzman)."""
        mine = _initials(self.facts.answer)
        return any(mine) and any(_initials(other) == mine for other in [*self.given, *self.chosen])

    def offer(self, candidate: str, real: bool = False) -> bool:
        candidate = " ".join(candidate.split())
        if self.full or not self.acceptable(candidate, real):
            return False
        self.chosen.append(candidate)
        self.taken.add(_key(candidate))
        return True

    def offer_all(self, candidates: Iterable[str]) -> None:
        for candidate in candidates:
            if self.full:
                return
            self.offer(candidate)


# How many more or fewer words than the answer an option may have: none for a person's name,
# one for a title or an organisation, two for a place ("Sierra Leone" among "Ghana", "Mali").
_SIZE_SLACK = {"title": 1, "organisation": 1, "place": 2}


def _shortened(a: str, b: str) -> bool:
    """Whether two names end alike and one shortens a word of the other (Met, Metropolitan)."""
    first, second = _tokens(normalise(a)), _tokens(normalise(b))
    if first[-1:] != second[-1:] or len(first) < 2 or len(second) < 2:
        return False
    return any(
        x != y and len(x) >= 3 and len(y) >= 3 and (x.startswith(y) or y.startswith(x))
        for x in first[:-1]
        for y in second[:-1]
    )


def _same_type(facts: _Facts, candidate: str) -> bool:
    """Whether the data and the articles let ``candidate`` be of the answer's fine type: never
    a company or a place as a person, a country as a city, a council as a club."""
    kind = facts.kind
    want = facts.fine
    seen = pools.typed(candidate)
    known = pools.known_kinds(candidate, facts.library)
    if known and kind not in known and kind not in ("text", "vehicle"):
        return False  # what the lint would say: the articles know it as something else
    if kind in ("person", "character"):
        other = "character" if kind == "person" else "person"
        return seen is None and not (known & {"place", "organisation", other})
    if kind in ("place", "organisation"):
        if seen is not None and seen.kind != kind:
            return False
        if seen is not None and want.fine and seen.fine and seen.fine != want.fine:
            return False
        return not (known & {"person", "character"})
    if kind == "title":
        return seen is None and not (known & {"person", "place", "organisation"})
    return True


def _in_form(candidate: str, answer_words: list[str], kind: str, given: bool = False) -> str:
    """A name written as the answer is: a surname for a surname, a given name for a given
    name ("Jared", as the article calls Jared Karnes), "Mr" before a surname."""
    if kind != "person":  # a character goes by the name it has (Le Chiffre, never Chiffre)
        return candidate
    words = candidate.split()
    if answer_words[0] in _TITLED and len(answer_words) == 2:
        return f"{answer_words[0]} {words[-1]}" if words[0] not in _TITLED else candidate
    if len(answer_words) == 1 and len(words) > 1:
        if given:
            return words[0]
        start = len(words) - 1  # "bin Laden", "van Gaal": the particle is the surname's
        while start > 1 and words[start - 1].lower() in _PARTICLES:
            start -= 1
        return " ".join(words[start:])
    return candidate


_PARTICLES = frozenset(
    {"bin", "al", "van", "von", "de", "del", "da", "der", "den", "dos", "di", "dalla", "della"}
    | {"du"}
)


def _reads_as_name(candidate: pools.Candidate, surname: bool, library: Library | None) -> bool:
    """Whether a person found in an article reads as someone's name there: not a run of words
    its article also writes in lower case ("White House", "Hamilton Harbor" for a surname),
    nor a numeral ("II")."""
    words = candidate.text.split()
    checked = words[-1:] if surname else words
    if any(
        word in _ROMANS or (word.isalpha() and len(word) > 1 and word.isupper()) for word in checked
    ):
        return False
    if any(re.search(r"-[a-z]", word) for word in words):
        return False  # "Canadian-born Ib": a description cut into a name
    article = None
    if library is not None and candidate.article:
        article = library.get(candidate.article)
    if article is None or library is None:
        return True
    if all(word.lower() in _lower_words(article) for word in checked):
        return False
    # "Red Cross", "World Vision", "Hoover Dam": no given name, and a word for a surname
    return not (
        len(words) > 1
        and words[0] not in vocabulary().given
        and words[0] not in _TITLED
        and words[-1].lower() in _library_lower_words(library)
    )


_LOWER: dict[int, tuple[weakref.ref[Library], frozenset[str]]] = {}


def _library_lower_words(library: Library) -> frozenset[str]:
    """The words any article of the library writes in lower case; once a library."""
    cached = _LOWER.get(id(library))
    if cached is not None and cached[0]() is library:
        return cached[1]
    found = frozenset().union(*(_lower_words(a) for a in library.articles.values()))
    _LOWER[id(library)] = (weakref.ref(library), found)
    weakref.finalize(library, _LOWER.pop, id(library), None)
    return found


@functools.lru_cache(maxsize=256)
def _lower_words(article: Article) -> frozenset[str]:
    """The words an article writes in lower case somewhere."""
    return frozenset(re.findall(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]+", article.text))


# A question about a death: the story's dead are its options, its living are not.
_DEATH_QUESTION = re.compile(
    r"\b(?:murder(?:ed)?|kill(?:ed|ing)|death|died|dies|slain|victims?|funeral|body)\b", re.I
)
# "Who said “...”?", "Who told reporters “...”?": a question of whose words a quote is (a
# quoted title, "By whom is "Montage of Heck" directed?", is none).
_SAID_QUOTE = re.compile(
    r"\b(?:said|says|wrote|told|tweeted|added)\b[^\u201c\"]*[\u201c\"]([^\u201d\"]+)[\u201d\"]"
)


def _said_quote(question: Question) -> str | None:
    """The words a "Who said ...?" question quotes, or None for any other question."""
    found = _SAID_QUOTE.search(question.question)
    return found.group(1) if found else None


def _could_be(facts: _Facts, candidate: pools.Candidate) -> bool:
    """Whether a reader of the candidate's story could take them for the answer: never its
    reporters or a programme's host (:func:`speakers.never_people`); the dead only for a
    question about a death, and then only the dead of the answer's own story; for a quote,
    never whom it is about or a name that cannot speak (:func:`speakers.unlikely_speakers`)."""
    source = None
    if candidate.article:
        source = facts.library.get(candidate.article) if facts.library is not None else None
        if source is None and facts.article is not None and facts.article.id == candidate.article:
            source = facts.article
    asked_field = wellknown.field_of_role(facts.question.question)
    figure = wellknown.known(candidate.text)
    if (
        asked_field in wellknown.NATIONAL
        and figure is not None
        and figure.family == "politician"
        and figure.field != asked_field
    ):
        # "Which French foreign minister ...?" never the president of any story, nor of the
        # data ("Which Russian president ...?" no prime minister who never was one)
        return False
    if source is None:
        return True  # data: nothing else a story says of it
    surname = normalise(candidate.text.split()[-1])
    if surname in speakers.never_people(source.text):
        return False
    own = facts.article is not None and source.id == facts.article.id
    dead = surname in speakers.dead_in(source.text)
    if _DEATH_QUESTION.search(facts.question.question):
        return dead or not own
    if dead:
        return False
    asked = _asked_role(facts)
    if asked:
        person = person_in(source, candidate.text)
        role = person.role.split()[-1].lower() if person is not None and person.role else ""
        kin = vocabulary().role_kin
        if role and kin.get(role, role) != kin.get(asked, asked):
            return False  # "Which foreign minister ...?" never the story's president
    quote = _said_quote(facts.question)
    if own and quote is not None:
        return surname not in speakers.unlikely_speakers(source.text, quote, facts.answer)
    return True


# A question about a match: who beat, played or scored against whom.
_MATCH = re.compile(
    r"\b(?:beat|beats|beaten|defeat|defeats|defeated|play|plays|played|face|faces|faced|draw|"
    r"drew|held|lost|lose|against|score|scores|scored|scoring|goal|goals|brace|won|win|wins|"
    r"victory|knocked)\b",
    re.IGNORECASE,
)
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")


def _played_elsewhere(facts: _Facts, candidate: pools.Candidate) -> bool:
    """Whether a person of the answer's own story is tied by it to another match: in a
    round-up, "A second half brace from Thomas Muller" (for Bayern) rules Muller out of who
    scored the header that beat Real Madrid. Every sentence naming them is of a match (a
    result's word or a score) and names neither side the answer's sentence and question name.
    A round-up's countries and clubs stay: the other teams of the competition are the likeliest
    wrong answers to a reader who did not follow each result, and the data's neighbours are
    worse (Lebanon for a European qualifier)."""
    article = facts.article
    if article is None or candidate.article != article.id or facts.kind != "person":
        return False  # a country or a club of the round-up stays: of the same competition
    asked = f"{facts.question.question} {facts.sentence}"
    if not _MATCH.search(asked):
        return False
    sides = [
        e.text
        for e in harvest(article)
        if e.fine.kind in ("organisation", "place") and e.text != candidate.text
    ]
    ours = {side for side in sides if side in asked}
    if not ours:
        return False
    key = candidate.text.split()[-1] if facts.kind == "person" else candidate.text
    mentions = [s.text for s in article.sentences if re.search(rf"\b{re.escape(key)}\b", s.text)]
    if not mentions:
        return False
    for sentence in mentions:
        if not (_MATCH.search(sentence) or _SCORE.search(sentence)):
            return False  # named beside no match: nothing rules it out
        if any(side in sentence for side in ours):
            return False  # of the asked match, or beside one of its sides
    return True


def _asked_role(facts: _Facts) -> str:
    """The role noun the question asks the answer by, when its story gives the answer that
    role ("Which French foreign minister ...?" of "Foreign Minister Laurent Fabius") or gives
    the answer none ("Which presenter led the crew?" of "fronted by Clarkson, May and
    Hammond"), else ""."""
    if facts.article is None:
        return ""
    person = person_in(facts.article, facts.answer)
    if person is None or not person.role:
        # only a role that asks who the answer is: "Which (French) presenter ...?", not "Who
        # did the president meet?"
        head = re.match(r"Which\s+((?:\S+\s+){0,3})", facts.question.question)
        asked = vocabulary().role_pattern.search(head.group(1)) if head is not None else None
        return asked.group(1).lower() if asked is not None else ""
    noun = person.role.split()[-1].lower()
    return noun if re.search(rf"\b{re.escape(noun)}\b", facts.question.question.lower()) else ""


def _given_name_answer(facts: _Facts) -> bool:
    """Whether a one-word answer is someone's given name: the article names a person so."""
    words = _tokens(facts.answer)
    if facts.kind != "person" or len(words) != 1 or facts.article is None:
        return False
    return any(
        e.fine.kind == "person" and len(e.text.split()) > 1 and e.text.split()[0] == words[0]
        for e in harvest(facts.article)
    )


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
    found = pools.candidates(
        facts.question,
        facts.fine,
        facts.article,
        facts.library,
        _context(facts),
        rng,
        _answer_sex(facts) if kind == "person" else "",
        _story_year(facts) if kind in ("person", "title") else None,
    )
    if kind in ("vehicle", "text"):
        picker.offer_all(c.text for c in found if kind == "vehicle")
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
    by_given_name = _given_name_answer(facts)
    quoted = kind == "person" and _said_quote(facts.question) is not None
    for candidate in found:
        if quoted and (
            candidate.source == "data"
            or facts.article is None
            or candidate.article != facts.article.id
        ):
            # A quote's speaker is someone of the story: no famous name from nowhere, nor
            # anyone of another story (a reader knows who the story names).
            continue
        if picker.full:
            break
        if kind == "person" and len(words) == 1 and len(candidate.text.split()) < 2:
            # A lone capitalised word is a given name ("Serena"), a surname or no name at all
            # ("Vision", "Harbor") as often as not: a surname comes from a full name.
            continue
        if kind == "person" and not _reads_as_name(candidate, len(words) == 1, facts.library):
            continue
        if kind == "person" and not _could_be(facts, candidate):
            continue
        shown = pools.canonical_place(candidate.text, facts.answer)
        text = _in_form(shown, words, kind, by_given_name)
        if kind == "title":
            text = _restyle_title(text, facts.answer)
        # A well-known name of the data is a name for sure: it may be a word longer or shorter.
        real = candidate.source == "data"
        if not picker.acceptable(text, real):
            continue
        if pools.same_relation(facts.question, candidate, facts.library, facts.article):
            continue  # the articles say of it what the question asks: it may be true
        if _played_elsewhere(facts, candidate):
            continue
        picker.offer(text, real)
    if quoted and not picker.full and facts.article is not None:
        # Whoever said it is someone of the story: its other people of any role, never an
        # invented name (a reader knows the speaker is in the story, so that one is never it).
        for entity in harvest(facts.article):
            if picker.full:
                break
            candidate = pools.Candidate(entity.text, "article", facts.article.id)
            if entity.fine.kind != "person" or not _could_be(facts, candidate):
                continue
            if not _reads_as_name(candidate, len(words) == 1, facts.library):
                continue
            picker.offer(_in_form(entity.text, words, kind, by_given_name))
    if not picker.full and faker and not quoted and _faker_fits(facts):
        _faker_fill(picker, rng)
    return picker.chosen


# A word Faker's names can stand in for: a capitalised word of letters (O'Brien, Taylor-Jones,
# Zoë), or an initial (G.). Digits and lower-case words ("50 Cent", "X Æ A-12") it cannot imitate.
_NAME_WORD = re.compile(r"[A-Z]\.|[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*\.?")


def _imitable(words: Sequence[str]) -> bool:
    return bool(words) and all(w[0].isupper() and _NAME_WORD.fullmatch(w) for w in words)


def _faker_fits(facts: _Facts) -> bool:
    """Whether Faker makes a convincing option: a person's name, or a company named for people
    ("Lufthansa Group" -> "Fisher Group"; never a council, club or studio, whose invented
    "<Surname> Council" gives itself away), each word of which Faker can imitate (so
    ``_faker_fill`` always fills the options)."""
    words = _tokens(facts.answer)
    if facts.kind == "person":
        return _imitable(words) and _nations_for_names(facts) is not None
    if facts.kind != "organisation" or len(words) != 2 or _company_suffix(words) != 1:
        return False  # "Libyan National Oil Corporation" is named for no one
    return _imitable(words[:1])


def _company_suffix(words: Sequence[str]) -> int:
    """How many of the last words make a company's ending (Group, Holdings Ltd), else 0."""
    count = 0
    while count < len(words) - 1 and org_kind(f"X {words[-1 - count]}") == "company":
        count += 1
    return count


def _with_word(words: list[str], position: int, roman_index: int) -> str:
    return " ".join([*words[:position], _ROMANS[roman_index], *words[position + 1 :]])


# --- Faker, only when a question needs it ---------------------------------------------------

_FAKER: Any = None
# One Faker is shared: seeding it and drawing from it is one step, or a thread (the UI builds
# the first question's options in a worker) could draw names seeded by another.
_FAKER_LOCK = threading.Lock()


def _faker(seed: int, locale: str = FAKER_LOCALE) -> Any:
    """A seeded Faker of a locale; imported here, not at the top, to keep start-up fast.

    Hold ``_FAKER_LOCK`` from this call until the last draw from it.
    """
    global _FAKER
    if _FAKER is None:
        _FAKER = {}
    fake = _FAKER.get(locale)
    if fake is None:
        from faker import Faker

        fake = Faker(locale)
        if locale in romanised_locales():
            fake = _Romanised(fake, locale)
        _FAKER[locale] = fake
    fake.seed_instance(seed)
    return fake


class _Romanised:
    """A Faker of a locale whose names are in another script (Russian, Ukrainian, Bulgarian,
    Greek), giving them in Latin letters as the English-language press writes them: given names
    today's common ones (Faker's run to Pakhom and Silanty), and a surname of the sex of the
    given name drawn before it (Sokolov, Sokolova)."""

    def __init__(self, fake: Any, locale: str) -> None:
        self._fake = fake
        self._locale = locale
        self._female = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._fake, name)

    def seed_instance(self, seed: int) -> None:
        self._fake.seed_instance(seed)
        self._female = False

    def _given(self, sex: str) -> str:
        self._female = sex == "f"
        common = common_given_names(self._locale, sex)
        if common:
            return str(self._fake.random_element(common))
        draw = self._fake.first_name_female if self._female else self._fake.first_name_male
        return romanise(str(draw()), self._locale)

    def first_name_male(self) -> str:
        return self._given("m")

    def first_name_female(self) -> str:
        return self._given("f")

    def last_name(self) -> str:
        draw = self._fake.last_name_female if self._female else self._fake.last_name_male
        return romanise(str(draw()), self._locale)

    def get_providers(self) -> list[Any]:
        return [_RomanisedNames(p, self._locale) for p in self._fake.get_providers()]


class _RomanisedNames:
    """A provider's given names, romanised, for asking whether a locale has a given name."""

    def __init__(self, provider: Any, locale: str) -> None:
        names: Any = getattr(provider, "first_names", None)
        if names is not None:
            keys = names.keys() if isinstance(names, dict) else names
            self.first_names = {romanise(str(name), locale) for name in keys}
            self.first_names |= {*common_given_names(locale, "m"), *common_given_names(locale, "f")}


def _faker_fill(picker: _Picker, rng: random.Random) -> None:
    seed = rng.getrandbits(64)
    facts = picker.facts
    with _FAKER_LOCK:
        _faker_fill_from(picker, _faker(seed, _locale_for(facts)))


def _nations_for_names(facts: _Facts) -> list[str] | None:
    """The countries whose names an invented person should have, nearest first: the one the
    article gives the answer, then the one the article is about (a name the data does not
    know, "Dmitry Peskov", is likelier of there than English). None when the nearest is a
    country Faker has no Latin-script names for (Russia, Israel): nothing convincing can be
    invented, so the question gets only the names the articles give."""
    vocab = vocabulary()
    words = _tokens(facts.answer)
    given = words[0] if len(words) > 1 and words[0] not in _TITLED else ""
    nations: list[str] = []
    if facts.fine.where:
        if facts.fine.where not in vocab.locales:
            return None
        nations.append(facts.fine.where)
    home = pools.article_country(facts.article) if facts.article is not None else ""
    if home and home not in nations:
        if home in vocab.locales:
            nations.append(home)
        elif not nations and not (given and given in vocab.given):
            return None  # "Dmitry Peskov" in a story of Russia
    return nations


def _locale_for(facts: _Facts) -> str:
    """The Faker locale of an invented name: that of the answer's country when its given name
    is one of that locale's (Carlo Dalla Vedova, in Italy: Italian, not German, names), else
    the locale the data gives the given name."""
    if facts.kind != "person":
        return _locale_of(facts.answer)
    words = _tokens(facts.answer)
    given = words[0] if len(words) > 1 and words[0] not in _TITLED else ""
    locales = vocabulary().locales
    primary = _nations_for_names(facts) or []
    if given and given in vocabulary().given:
        others = pools.article_countries(facts.article) if facts.article is not None else ()
        for nation in [*primary, *(n for n in others if n in locales)]:
            if _has_given(locales[nation], given):  # Carlo, in a story naming Italy: Italian
                return locales[nation]
    # An English given name the story's country has no names like (Chris, in a story of a car
    # built in Slovakia) tells the names' language better than where the story is: English is
    # the language of the news read here, and of people named so anywhere.
    english = given and vocabulary().given.get(given, ("", ""))[1].startswith("en_")
    if primary and (facts.fine.where or not english):
        return locales[primary[0]]  # Konstantin Batygin, in a story of Pasadena: English
    return _locale_of(facts.answer)


@functools.lru_cache(maxsize=64)
def _has_given(locale: str, name: str) -> bool:
    """Whether Faker's names of a locale include a given name (asked only when inventing)."""
    fake = _faker(0, locale)
    for provider in fake.get_providers():
        names: Any = getattr(provider, "first_names", None)
        if names is not None:
            return name in (names.keys() if isinstance(names, dict) else set(names))
    return False


def _locale_of(name: str) -> str:
    """The Faker locale for names like this one: Ignacio Evangelista gets Spanish names (a
    person whose country the article gives gets names of that country's locale instead)."""
    words = _tokens(name)
    if len(words) < 2 or words[0] in _TITLED:
        return FAKER_LOCALE
    return vocabulary().given.get(words[0], ("", FAKER_LOCALE))[1]


def _sex_of(name: str) -> str:
    """The sex a name's first word is usually given to (m, f), or "" when unknown or both."""
    words = _tokens(name)
    if len(words) < 2:
        return {"Mr": "m", "Mr.": "m", "Mrs": "f", "Mrs.": "f", "Ms": "f", "Ms.": "f"}.get(
            words[0] if words else "", ""
        )
    sex = vocabulary().given.get(words[0], ("", ""))[0]
    return sex if sex in ("m", "f") else given_name_sex(words[0])


_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


def _answer_sex(facts: _Facts) -> str:
    """The answer's sex as its article tells it (he or she in the sentences naming the
    person: Jessie Usher is "he"), else as its given name usually is; "" when unknown."""
    return (
        _sex_in(facts.article, facts.answer) if facts.article is not None else _sex_of(facts.answer)
    )


@functools.lru_cache(maxsize=1 << 10)
def _sex_in(article: Article, answer: str) -> str:
    surname = _tokens(answer)[-1] if _tokens(answer) else ""
    he = she = 0
    for sentence in article.sentences:
        if surname and surname in sentence.text:
            he += len(_HE.findall(sentence.text))
            she += len(_SHE.findall(sentence.text))
    if he >= 2 * she + 1 and he >= 2:
        return "m"
    if she >= 2 * he + 1 and she >= 2:
        return "f"
    return _sex_of(answer)


def _faker_fill_from(picker: _Picker, fake: Any) -> None:
    make = _fake_person if picker.facts.kind == "person" else _fake_organisation
    if _given_name_answer(picker.facts):  # "Jared", as the article calls Jared Karnes
        make = _fake_given_name
    answer = picker.facts.answer
    for attempt in range(600):
        if picker.full:
            return
        # Once a real name carries the answer's middle initial, invented ones need none.
        shape = _without_initials(answer) if picker._plain_ok() else answer
        candidate = make(fake, shape, _answer_sex(picker.facts))
        if attempt < 120 and not _similar_length(candidate, answer):
            continue
        if _FLATTENED.search(candidate):
            continue  # Faker's "Mcbride", "Oneill": no one writes them so
        if wellknown.known(candidate) is not None:
            continue  # an invented name that is a famous one's is no invention: it is untrue
        given = _tokens(candidate)[:1]
        if len(_tokens(candidate)) > 1 and any(
            _tokens(other)[:1] == given for other in (answer, *picker.chosen)
        ):
            continue  # "Shannon Singh" beside "Shannon Lawrence": two of a name is a pattern
        picker.offer(candidate)


# Surnames some Faker locales write flattened (Mcbride for McBride, Oneill for O'Neill).
_FLATTENED = re.compile(
    r"\b(?:Mc[a-z]|O(?:neil|neal|brien|connor|connell|donnell|keefe|reilly|rourke|hara|leary|"
    r"malley|shea|sullivan|toole|grady|brian|donoghue|halloran)[a-z]*\b)"
)


def _fake_person(fake: Any, answer: str, sex: str) -> str:
    """A name of the answer's shape: as many words, initials where it has them, its sex."""
    words = _tokens(answer)
    if len(words) == 1:
        return str(fake.last_name())
    if words[0] in _TITLED and len(words) == 2:  # "Mr Khan": the title kept, a surname
        return f"{words[0]} {fake.last_name()}"
    female = sex == "f"
    if not sex:  # unknown (or both): pick one, but keep it for every first name
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


def _fake_given_name(fake: Any, answer: str, sex: str) -> str:
    female = (sex or _sex_of(f"{answer} X")) == "f"
    return str(fake.first_name_female() if female else fake.first_name_male())


_NATURAL_INITIALS = tuple("ABCDEFGHJLMPRSTW")


def _without_initials(name: str) -> str:
    words = [word for word in name.split() if not re.fullmatch(r"[A-Z]\.", word)]
    return " ".join(words) if len(words) > 1 else name


def _fake_organisation(fake: Any, answer: str, sex: str = "") -> str:
    words = _tokens(answer)
    suffix = _company_suffix(words)
    head, tail = words[: len(words) - suffix], words[len(words) - suffix :]
    return " ".join([*(str(fake.last_name()) for _ in head), *tail])


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
    question: Question,
    library: Library | None,
    seed: int,
    count: int = OPTIONS_PER_QUESTION - 1,
    *,
    faker: bool = True,
) -> list[str]:
    """Wrong answers: the hand-written ones first, as written, then generated up to ``count``;
    with ``faker=False`` never an invented name (a draft offers the stories' real ones only)."""
    written = list(question.distractors[:count])
    need = count - len(written)
    if need <= 0:
        return written
    facts = _facts(question, library)
    found = _generated(facts, need, rng_for(seed, question.id), written, faker=faker)
    if len(found) < need:
        # An unlucky order among look-alikes fell short: other orders, then the one that
        # ``can_generate`` tried, so that a question it passes always gets its options.
        retries = [rng_for(seed, question.id, f"retry {n}") for n in (1, 2, 3)]
        for rng in [*retries, rng_for(0, question.id)]:
            again = _generated(facts, need, rng, written, faker=faker)
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
        and theirs is not None
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
    refuted: bool = bound.refutes(theirs.units, mine.units, theirs_bound[1])
    return refuted


def _kind_of_text(text: str, facts: _Facts) -> str:
    """What a distractor is: as the data or the articles know it, else by its form."""
    known = sorted(pools.known_kinds(text, facts.library))
    return known[0] if known else infer_kind(text, "", "")


def _a(kind: str) -> str:
    if kind == "text":
        return "free text"
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _unit(amount: Amount) -> str:
    """The unit proper: a currency sign and the words after the number (not "more than")."""
    currency = "".join(ch for ch in amount.prefix if not (ch.isalpha() or ch.isspace()))
    words = amount.suffix.strip(" -").lower().split()
    if words:  # "1 month" and "3 months" count in one unit
        words[0] = SINGULAR.get(words[0], words[0])
    return " ".join(part for part in (currency, " ".join(words)) if part)


def _qualifier(amount: Amount) -> str:
    return " ".join(w for w in amount.prefix.split() if w.isalpha()).lower()


def _lint_name(facts: _Facts, distractor: str, memo: dict[str, Any]) -> str | None:
    said = f"distractor '{distractor}'"
    answer, kind = facts.answer, facts.kind
    shape = infer_kind(distractor, "", "")
    answer_shape = infer_kind(answer, "", "")
    if is_numeric_kind(shape) and not is_numeric_kind(answer_shape):
        return f"{said} is {_a(shape)}, but the answer '{answer}' is {_a(kind)}"
    known = pools.known_kinds(distractor, facts.library)
    if kind == "person" and "character" in known and "person" not in known:
        return f"{said} is a fictional character, but the answer '{answer}' is a real person"
    if kind == "character" and "person" in known and "character" not in known:
        return f"{said} is a real person, but the answer '{answer}' is a fictional character"
    if known and kind not in known and kind not in ("text", "vehicle"):
        other = sorted(known)[0]
        return f"{said} is {_a(other)}, but the answer '{answer}' is {_a(kind)}"
    if kind in ("place", "organisation"):
        seen = pools.typed(distractor)
        if "fine" not in memo:
            memo["fine"] = facts.fine
        want: Fine = memo["fine"]
        if seen is not None and seen.kind == kind and want.fine and seen.fine != want.fine:
            return f"{said} is {_a(seen.fine)}, but the answer '{answer}' is {_a(want.fine)}"
    conflict = _conflict_with(facts, distractor)
    if conflict:
        return conflict
    if kind in ("person", "character") and _variant(distractor, answer, person=True):
        return f"{said} is the answer '{answer}' spelt another way"
    tell = pools.folder_tell(facts.question, facts.sentence, distractor, facts.library)
    if tell is not None:
        return f"{said} {tell}"
    if _contains(facts.sentence, distractor):
        return f"{said} is true: the cited sentence names {distractor} as well"
    return None


# --- the generated documentation ---------------------------------------------------------------

DOC_SEEDS = (1, 2)
_DOC_PER_KIND = 3
DOC_END = "<!-- end of the generated part: what follows is kept by --update -->"
_DOC_HEAD = """\
# Distractors: what the generator offers

<!-- Generated by `.venv/bin/python -m quiz.authoring.distractors --update docs/distractors.md`,
which keeps what follows the end marker; a test fails when this part no longer matches what
the code produces. Do not edit it by hand. -->

A question may list all its distractors (used as written), some (the rest are generated) or none
(all generated); see [the question format](question-format.md). Below, for up to {per_kind}
questions of each kind in the shipped bank (`questions/*.yaml`), every hand-written distractor is
removed and the options are generated under seeds {seeds}, shown as the game shows them: numbers
and dates in numeric order, the rest in a seeded shuffle. The answer is in bold; options are
separated by semicolons.

How each kind is made:

- **number, money, count, ordinal, year**: an evenly spaced ladder through the answer, the
  answer's rung chosen at random, the step sized to the value's scale (a tenth to a quarter of
  it; a fifth to a half when it is approximate) and to the precision it is written to (`about
  40` steps by tens, never 38 or 42; `900` by hundreds; `48 hours` by dozens or sixes, never
  to 33, 38, 43), written exactly like the answer
  (`291mm` → `241mm`, `ten` → `twelve`, `25th` → `23rd`), qualifier kept. Values stay
  positive, below a whole the sentence counts out of ("eight of which" of ten), angles at most
  90 degrees, a year never after the cited article's date. No value the cited sentence gives
  for another fact nor either side of a conflict.
- **bounds** (`more than 70`, `over 18 months`, `fewer than 5`, or a bare number the sentence or
  question bounds): a bound is true of everything on its far side ("more than 70" is also
  "more than 60"), so only the answer's own form, qualifier and all, is offered, past a clear
  gap on the side that reads false and within three quarters of the answer (`more than 80, 90,
  100`), never the opposite bound. The lint flags a hand-written bound the answer implies or
  does not rule out.
- **what the sentence says**: a number it relates to the answer bounds the wrong answers: the
  other end of a range ("between 12 and ___" above 12), a comparison ("higher than $100"), a
  range the answer is contrasted with ("fines ranged from $5 to $100, but ..."), a part of a
  whole ("ten DB5s, eight of which": above eight). A share other than the answer is never 100%.
- **date**: a ladder of days (three apart at least) or months in the answer's layout, never a
  date the sentence, the article or a conflict names, nor the article's own date; a past
  fact's date and year never after the article's date (undated: the latest year it reports
  as past; a plan, "will open in 2020", is no past).
- **names** (person, character, place, organisation, title, vehicle): of the answer's *fine
  type*: a city for a city, never a country; a person of the answer's role family, read from
  the role words around the name (politician, athlete, executive, performer, creator, media,
  official, expert); an organisation of its kind (company, council, party, club, agency,
  broadcaster...); a work of its kind (film, book, album, programme). From pools nearest first:
  the cited article; the groups listed beside the articles (`seeds/distractors.yaml`, what only
  the shipped articles need: Bond films, towns of southern Italy...); the articles of the same
  subject (most shared rare names); general data (`quiz/data/`: countries by region, cities and
  regions by country, known organisations by kind, the answer with its place swapped for a
  neighbour). Faker (en_GB, seeded) only for people, in the answer's form (first and last
  name, a surname alone, "Mr" and a surname), and for companies named for people. Never a name
  the question or the cited sentence gives, one spelt like the answer, one the articles say the
  same of as the question asks ("Who scored?" when another sentence says someone else scored),
  another name of a place already there (Burma beside Myanmar), nor a cut name.
- **text**: only numbers or model marks inside it are varied (`Model M3` → `Model M4`); other
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
            key=lambda q: not can_generate(dataclasses.replace(q, distractors=()), library),
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
    return "\n".join([*lines, "", DOC_END]) + "\n"


def _main() -> None:
    from quiz import paths
    from quiz.corpus.articles import read_library

    library = read_library(paths.default_articles_dir())
    generated = doc(paths.default_bank_dir(), library)
    if sys.argv[1:2] != ["--update"] or len(sys.argv) != 3:
        sys.stdout.write(generated)
        return
    target = Path(sys.argv[2])
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    target.write_text(generated + old.partition(DOC_END + "\n")[2], encoding="utf-8")


if __name__ == "__main__":
    _main()
