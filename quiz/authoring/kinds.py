"""What kind of answer a question has, and how its numbers and dates are written.

A wrong answer only tests knowledge when it looks exactly like the right one, so the parsers here
keep the written form (prefix, unit, spacing, words or digits, ordinal suffix, date layout) beside
the value: a distractor is the same form filled with another value.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from fractions import Fraction

from quiz.text import MONTHS, NUMBER_WORDS, normalise

NUMERIC_KINDS = frozenset({"number", "money", "year", "count", "ordinal", "date"})
# A month's number by its name or abbreviation, lower case: "september", "sep", "sept".
MONTH_INDEX = {name.lower(): index for index, name in enumerate(MONTHS, 1)} | {
    name[:3].lower(): index for index, name in enumerate(MONTHS, 1)
}
MONTH_INDEX["sept"] = 9
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*"
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

# --- numbers written as words ------------------------------------------------------------

_WORD_OF = {int(value): word for word, value in NUMBER_WORDS.items()}  # 0 to 20 and the tens
_ORDINAL_ONES = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
WORDS_LIMIT = 99  # the largest number written in words


def number_word(value: int) -> str | None:
    """``value`` in words (``twenty-five``), or None when it is outside 0 to 99."""
    if not 0 <= value <= WORDS_LIMIT:
        return None
    if value in _WORD_OF:
        return _WORD_OF[value]
    tens, ones = divmod(value, 10)
    return f"{_WORD_OF[tens * 10]}-{_WORD_OF[ones]}"


def ordinal_word(value: int) -> str | None:
    """``value`` as an ordinal word (``twenty-fifth``), or None outside 1 to 99."""
    word = number_word(value)
    if word is None or value < 1:
        return None
    head, _, last = word.rpartition("-")
    if last in _ORDINAL_ONES:
        last = _ORDINAL_ONES[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}-{last}" if head else last


def ordinal_suffix(value: int) -> str:
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


_CARDINALS = {number_word(n): n for n in range(WORDS_LIMIT + 1)}
_ORDINALS = {ordinal_word(n): n for n in range(1, WORDS_LIMIT + 1)}
_WORD_NUMBER = re.compile(
    r"\b("
    + "|".join(sorted((w for w in [*_CARDINALS, *_ORDINALS] if w), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def words_to_digits(text: str) -> str:
    """Number words written as digits ("twenty-two cars, eight of which" -> "22 cars, 8 of
    which"), so that the numbers of a sentence can be compared whatever their form."""

    def digits(match: re.Match[str]) -> str:
        word = match.group()
        value = _CARDINALS.get(word.lower(), _ORDINALS.get(word.lower()))
        return word if value is None else str(value)

    return _WORDISH.sub(digits, text)


# A word, or two joined by a hyphen (twenty-two): looked up, far faster than one alternation of
# every number word.
_WORDISH = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)?\b")


_DIGITS = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d])")
_ORDINAL_DIGITS = re.compile(r"^(st|nd|rd|th)\b", re.IGNORECASE)


# Units a number counts, and their singular: "about one years" is no option.
SINGULAR = {
    "years": "year", "months": "month", "weeks": "week", "days": "day", "hours": "hour",
    "minutes": "minute", "seconds": "second", "decades": "decade", "centuries": "century",
    "miles": "mile", "kilometers": "kilometer", "kilometres": "kilometre", "meters": "meter",
    "metres": "metre", "feet": "foot", "inches": "inch", "yards": "yard", "pounds": "pound",
    "tons": "ton", "tonnes": "tonne", "points": "point", "goals": "goal", "people": "person",
    "times": "time", "games": "game", "seasons": "season", "votes": "vote", "seats": "seat",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Amount:
    """A number as written: ``prefix`` + the number + ``suffix``, the value in ``units``.

    ``units`` counts steps of ``10 ** -decimals`` so that ladders never meet float error; the
    rest records the form a distractor must copy: words or digits, a capital, thousands commas,
    an ordinal ending.
    """

    prefix: str
    units: int
    decimals: int
    suffix: str
    words: bool = False
    capital: bool = False
    grouped: bool = False
    ordinal: bool = False

    @property
    def value(self) -> Fraction | int:
        """The number: an ``int`` when whole (cheap to compare and hash, equal to its Fraction)."""
        return self.units if not self.decimals else Fraction(self.units, 10**self.decimals)

    @property
    def unit(self) -> str:
        """What the number measures: currency and unit words, without spacing (``£ million``)."""
        parts = [self.prefix.strip(), self.suffix.strip(" -")]
        return " ".join(part for part in parts if part).lower()

    @property
    def gap(self) -> str:
        """What separates the number from its unit: ``""`` in 291mm, ``" "``, or ``"-"``."""
        stripped = self.suffix.lstrip(" -")
        return self.suffix[: len(self.suffix) - len(stripped)] if stripped else ""

    def _one(self) -> str:
        """The form holding one: its unit singular ("about one year", "1 mile")."""
        number = "1" if not self.words else ("One" if self.capital else "one")
        suffix = self.suffix
        unit = re.match(r"(\s+)([a-z]+)\b", suffix)
        if unit and unit.group(2) in SINGULAR:
            suffix = unit.group(1) + SINGULAR[unit.group(2)] + suffix[unit.end() :]
        return f"{self.prefix}{number}{suffix}"

    def render(self, units: int) -> str | None:
        """This form holding another value; None when the form cannot hold it."""
        if units < 0:
            return None
        if self.words:
            if units % 10**self.decimals:
                return None
            whole = units // 10**self.decimals
            word = ordinal_word(whole) if self.ordinal else number_word(whole)
            if word is None:
                return None
            if self.capital:
                word = word[0].upper() + word[1:]
            if whole == 1 and not self.ordinal:
                return self._one()
            return f"{self.prefix}{word}{self.suffix}"
        whole, fraction = divmod(units, 10**self.decimals)
        if units == 10**self.decimals and not self.ordinal:
            return self._one()
        digits = f"{whole:,}" if self.grouped else str(whole)
        if self.decimals:
            digits += "." + str(fraction).rjust(self.decimals, "0")
        if self.ordinal:
            return f"{self.prefix}{digits}{ordinal_suffix(whole)}{self.suffix}"
        return f"{self.prefix}{digits}{self.suffix}"


@functools.lru_cache(maxsize=1 << 14)
def parse_amount(text: str) -> Amount | None:
    """The one number in ``text`` with its form, or None when there is none or more than one."""
    text = text.strip()
    digit_matches = list(_DIGITS.finditer(text))
    if len(digit_matches) > 1:
        return None
    if digit_matches:
        match = digit_matches[0]
        whole, fraction = match.group(1), match.group(2) or ""
        suffix = text[match.end() :]
        ordinal = _ORDINAL_DIGITS.match(suffix)
        if ordinal:
            if fraction:
                return None
            suffix = suffix[ordinal.end() :]
        return Amount(
            prefix=text[: match.start()],
            units=int(whole.replace(",", "") + fraction),
            decimals=len(fraction),
            suffix=suffix,
            grouped="," in whole,
            ordinal=bool(ordinal),
        )
    word_matches = list(_WORD_NUMBER.finditer(text))
    if len(word_matches) != 1:
        return None
    match = word_matches[0]
    word = match.group(1).lower()
    return Amount(
        prefix=text[: match.start()],
        units=_CARDINALS.get(word, _ORDINALS.get(word, 0)),
        decimals=0,
        suffix=text[match.end() :],
        words=True,
        capital=match.group(1)[0].isupper(),
        ordinal=word in _ORDINALS and word not in _CARDINALS,
    )


def roundness(units: int) -> int:
    """The largest power of ten that divides ``units`` (1 for 291, 100 for 900)."""
    step = 1
    while units and units % (step * 10) == 0:
        step *= 10
    return step


# --- dates -------------------------------------------------------------------------------

_DATE_FORMS = (
    re.compile(
        rf"^(?P<m>{MONTH})(?P<dot>\.?) (?P<d>\d{{1,2}})(?P<o>st|nd|rd|th)?(?P<c>,?) (?P<y>\d{{4}})$"
    ),
    re.compile(
        rf"^(?P<d>\d{{1,2}})(?P<o>st|nd|rd|th)? (?P<of>of )?(?P<m>{MONTH})(?P<dot>\.?)(?P<c>,?)"
        rf" (?P<y>\d{{4}})$"
    ),
    re.compile(rf"^(?P<m>{MONTH})(?P<dot>\.?) (?P<d>\d{{1,2}})(?P<o>st|nd|rd|th)?$"),
    re.compile(rf"^(?P<d>\d{{1,2}})(?P<o>st|nd|rd|th)? (?P<of>of )?(?P<m>{MONTH})(?P<dot>\.?)$"),
    re.compile(rf"^(?P<m>{MONTH})(?P<dot>\.?),? (?P<y>\d{{4}})$"),
    re.compile(rf"^(?P<m>{MONTH})$"),
)


@dataclass(frozen=True, slots=True)
class DateForm:
    """A date as written: which parts it has and how, so another date can be written alike."""

    layout: str  # e.g. "{month} {day}, {year}" or "{day} {month}"
    month: int
    day: int | None
    year: int | None
    short: bool  # "Sept" rather than "September"
    ordinal: bool  # "15th October"

    @property
    def key(self) -> tuple[int, int, int]:
        """For ordering options: year (0 when unwritten), month, day (0 when unwritten)."""
        return (self.year or 0, self.month, self.day or 0)

    def render(self, month: int, day: int | None = None, year: int | None = None) -> str:
        name = MONTHS[month - 1]
        if self.short:
            name = "Sept" if month == 9 and "Sept" in self.layout else name[:3]
        day_text = "" if day is None else f"{day}{ordinal_suffix(day) if self.ordinal else ''}"
        return self.layout.format(month=name, day=day_text, year=year if year is not None else "")


@functools.lru_cache(maxsize=1 << 12)
def parse_date(text: str) -> DateForm | None:
    """A calendar date (April 8, 2020; 28 September; May) with its layout, else None."""
    text = " ".join(text.split())
    for pattern in _DATE_FORMS:
        match = pattern.match(text)
        if not match or not match.group("m")[0].isupper():
            continue
        month_name = match.group("m")
        month = MONTH_INDEX.get(month_name.lower())
        if month is None:
            continue
        parts = match.groupdict()
        short = month_name.lower() != MONTHS[month - 1].lower()
        layout = text
        spans = sorted(
            ((match.start(g), match.end(g), g) for g in ("m", "d", "y") if parts.get(g)),
            reverse=True,
        )
        for start, end, group in spans:
            field = {"m": "{month}", "d": "{day}", "y": "{year}"}[group]
            if group == "d" and parts.get("o"):
                end = match.end("o")
            layout = layout[:start] + field + layout[end:]
        day = int(parts["d"]) if parts.get("d") else None
        year = int(parts["y"]) if parts.get("y") else None
        if day is not None and not 1 <= day <= 31:
            return None
        return DateForm(layout, month, day, year, short, bool(parts.get("o")))
    return None


def month_of(word: str) -> int | None:
    return MONTH_INDEX.get(word.lower().rstrip("."))


_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})\b")
_MONTH_DAY = re.compile(rf"\b({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\d)")
_MONTH_WORD = re.compile(rf"\b({MONTH})\b")


def dates_in(text: str) -> tuple[set[tuple[int, int]], set[int]]:
    """The (month, day) pairs and the months a text names, for keeping true dates out."""
    days: set[tuple[int, int]] = set()
    months: set[int] = set()
    for match in _DAY_MONTH.finditer(text):
        month = month_of(match.group(2))
        if month and match.group(2)[0].isupper():
            days.add((month, int(match.group(1))))
    for match in _MONTH_DAY.finditer(text):
        month = month_of(match.group(1))
        if month and match.group(1)[0].isupper():
            days.add((month, int(match.group(2))))
    for match in _MONTH_WORD.finditer(text):
        month = month_of(match.group(1))
        if month and match.group(1)[0].isupper():
            months.add(month)
    return days, months


# --- inferring the kind ------------------------------------------------------------------

UNIT_WORDS = (
    "mm|cm|km|m|kg|g|lb|lbs|in|inch|inches|ft|feet|foot|mph|kph|km/h|bhp|hp|ps|kw|nm|lb-ft|"
    "degrees?|deg|°|per cent|percent|%|mpg|l|litres?|liters?|seconds?|secs?|s|minutes?|mins?|"
    "hours?|days?|weeks?|months?|years?|miles?|metres?|meters?|tonnes?|tons?|cc|v|volts?|kwh"
)
_UNIT = re.compile(rf"^[ -]?(?:{UNIT_WORDS})(?![\w])", re.IGNORECASE)
# After a space, one-letter units and "in" are too easily ordinary words ("20 in the film").
_SPACED_UNIT = re.compile(rf"^\s*(?!(?:in|s|m|l|g|v)\b)(?:{UNIT_WORDS})(?![\w])", re.IGNORECASE)
_CURRENCY = re.compile(
    r"^(?:[£$€¥]|(?:US|AU|NZ|A|NZ)\$)|\b(?:pounds?|dollars?|euros?|pence|cents?)\b"
)
_COUNT_PREFIX = re.compile(
    r"^(?:more than|over|about|around|nearly|almost|fewer than|less than|at least|up to|some) ",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"\b(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)\b")

PERSON_BEFORE = (
    r"(?:played by|directed by|written by|produced by|starring|actor|actress|director|producer|"
    r"photographers?|driver|co-?ordinator|supervisor|designer|author|novelist|writer|"
    r"presenter|chief executive|boss|said|says|star|with|manager|coach|captain|striker|"
    r"goalkeeper|midfielder|full-back|winger|engineer|architect|scientist|astronomer|"
    r"researcher|professor|mayor|minister|councillor|spokes(?:man|woman|person)|librarian|"
    r"curator|chair(?:man|woman)?)"
)
CHARACTER_BEFORE = r"(?:villain|love interest|character|hero|heroine|henchman|nemesis|sidekick)"
TITLE_BEFORE = r"(?:movie|film|novel|book|flick|album|song|series|episode|play|musical)"
VEHICLE_AFTER = (
    r"(?:supercar|models?|convertible|trim|suv|car|saloon|hatchback|coupe|estate|off-roader)"
)
ORG_SUFFIX = (
    "Productions",
    "Studios",
    "Pictures",
    "Films",
    "Group",
    "Ltd",
    "PLC",
    "plc",
    "Inc",
    "Corporation",
    "Company",
    "Motors",
    "Records",
    "Media",
    "Entertainment",
    "Agency",
    "Bank",
    "Council",
    "University",
)
PLACE_SUFFIX = (
    "Street",
    "Road",
    "Avenue",
    "Lane",
    "Square",
    "Gallery",
    "Hall",
    "Show",
    "Centre",
    "Center",
    "Theatre",
    "Museum",
    "Park",
    "Stadium",
    "Arena",
    "Cathedral",
    "Palace",
    "Bridge",
    "Circuit",
    "Festival",
    "Island",
    "Islands",
    "Valley",
    "Lake",
    "River",
    "Mountains",
)


PLACE_PREFIX = ("River", "Lake", "Loch", "Mount", "Port", "Cape", "Isle")


def is_numeric_kind(kind: str) -> bool:
    """Whether options of this kind are shown in numeric (or calendar) order."""
    return kind in NUMERIC_KINDS


def infer_kind(answer: str, quote: str, question_text: str = "") -> str:
    """The kind of ``answer``, judged from its form, its place in the quote and the question.

    A question may state its kind; this is the fallback, so it leans on clear signals (a unit,
    a currency, a month, a role word before a name) and says ``text`` when there are none.
    """
    text = " ".join(answer.split())
    asked = question_text.lower()
    if not text:
        return "text"
    if _CURRENCY.search(text) and any(ch.isdigit() for ch in text):
        return "money"
    if parse_date(text) is not None and (
        " " in text or any(ch.isdigit() for ch in text) or _month_context(text, quote, asked)
    ):
        return "date"
    amount = parse_amount(text)
    # "second steering wheel" has a number word in it but is no number.
    wordy = (
        amount is not None
        and (amount.words or amount.ordinal)
        and (re.search(r"[A-Za-z]", amount.suffix) is not None and not _UNIT.match(amount.suffix))
    )
    if amount is not None and not wordy and not (amount.prefix and amount.prefix[-1].isalpha()):
        if amount.ordinal:
            return "ordinal"
        if _CURRENCY.search(amount.prefix + amount.suffix):
            return "money"
        if (
            not amount.prefix
            and not amount.suffix
            and not amount.words
            and amount.decimals == 0
            and 1000 <= amount.units <= 2100
            and "how many" not in asked
        ):
            return "year"
        if amount.suffix and _UNIT.match(amount.suffix):
            return "number"
        if amount.words or _COUNT_PREFIX.match(amount.prefix) or "how many" in asked:
            return "count"
        if not amount.prefix and not amount.suffix and _unit_follows(text, quote):
            return "number"
        if re.match(rf"^\s*{VEHICLE_AFTER}\b", _around(text, quote)[1]):
            return "vehicle"
        if not amount.prefix.strip() and not amount.suffix.strip():
            return "count"
    return _name_kind(text, quote, asked)


def _month_context(text: str, quote: str, asked: str) -> bool:
    """A bare month name is a date only when the sentence or question treats it as one."""
    if "month" in asked or "when" in asked:
        return True
    before, _ = _around(text, quote)
    return bool(
        re.search(r"\b(?:in|until|till|by|since|from|of|last|next|early|late|mid-?)\s*$", before)
    )


def _unit_follows(text: str, quote: str) -> bool:
    """A bare number measures something when a unit follows it, perhaps after a list of others.

    In "angles of 38, 28 and 40 degrees" each of the three numbers is in degrees.
    """
    _, after = _around(text, quote)
    after = re.sub(r"^(?:\s*(?:,\s*and|,|and|or)\s*\d+(?:\.\d+)?)*", "", after)
    return bool(_SPACED_UNIT.match(after))


def _around(text: str, quote: str) -> tuple[str, str]:
    """The normalised text just before and just after ``text`` in ``quote``."""
    norm_quote, norm_text = normalise(quote), normalise(text)
    at = norm_quote.find(norm_text)
    if at < 0 or not norm_text:
        return "", ""
    return norm_quote[max(0, at - 40) : at], norm_quote[
        at + len(norm_text) : at + len(norm_text) + 40
    ]


def _name_kind(text: str, quote: str, asked: str) -> str:
    before, after = _around(text, quote)
    words = text.split()
    if re.search(rf"\b{CHARACTER_BEFORE}\s*$", before) or re.match(r"^\s*\(played by", after):
        return "character"
    # "with X" names a person only as "with X as <role>".
    if (
        re.search(rf"\b{PERSON_BEFORE}\s*$", before)
        and text[0].isupper()
        and not (before.rstrip().endswith("with") and not re.match(r"^\s*as\b", after))
    ):
        return "person"
    if re.match(r"^\s*(?:said|says|,\s*\d{1,3}\s*,)", after) and text[0].isupper():
        return "person"
    if re.match(r"^\s*(?:probably |also |then )?(?:says|said|when (?:she|he)|exclaims)\b", after):
        return "person"
    if len(words) == 1 and re.match(
        r"^\s*(?:countryside|coast|capital|town|city|village)\b", after
    ):
        return "place"
    if re.search(rf"\b{TITLE_BEFORE}\s*$", before):
        return "title"
    if words[-1] in ORG_SUFFIX:
        return "organisation"
    if re.match(rf"^\s*{VEHICLE_AFTER}\b", after) or (
        any(ch.isdigit() for ch in text) and text[0].isupper() and len(words) <= 4
    ):
        return "vehicle"
    if _ROMAN.search(text) and len(words) > 1:
        return "vehicle"
    if (
        words[-1] in PLACE_SUFFIX
        or words[0] in PLACE_PREFIX
        or re.search(r"\b(?:town|city|village|country|county|region) of\s*$", before)
    ):
        return "place"
    if re.match(
        r"^\s*,\s*(?:(?:southern|northern|eastern|western|central)\s+)?[a-z]", after
    ) and re.search(r"\b(?:in|of|at|near)\s*$", before):
        return "place"
    if asked.startswith("who") or re.search(
        r"\bwhich (?:\w+ )?(?:actor|actress|director|person|driver|producer|photographer|member)\b",
        asked,
    ):
        return "person"
    if re.search(
        r"\b(?:where|which (?:[\w-]+ ){0,2}(?:city|town|country|place|street|venue|gallery|"
        r"area|district|region|village))\b",
        asked,
    ):
        return "place"
    if re.search(r"\bwhich (?:[\w-]+ ){0,3}(?:film|movie|novel|book|flick|album|song)\b", asked):
        return "title"
    if re.search(
        r"\bwhich (?:\w+ )?(?:company|firm|brand|maker|manufacturer|studio|organisation)\b", asked
    ):
        return "organisation"
    if re.search(r"\bwhich (?:\w+ ){0,3}(?:model|car|vehicle)\b", asked):
        return "vehicle"
    if re.search(r"\b(?:in|at|off|near)\s*(?:the\s*)?$", before) and text[0].isupper():
        return "place"
    return "text"
