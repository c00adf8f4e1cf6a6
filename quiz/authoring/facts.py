"""Typed facts from an article, found with the standard library alone.

Each extractor reads one sentence and claims the character spans it explains, so that a date is
not also read as a year and a count, nor a sum of money as a number. A fact keeps the answer as
written (a question's answer must occur in its quote), where it sits in its sentence, and the
*phrase* a question replaces with a wh-phrase ("on 28 September" -> "On what date").

Everything here is linear in the length of the article: one pass over its sentences with
precompiled patterns, plus small per-article tables (who is who, which titles are films).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from quiz import text
from quiz.authoring import kinds, wordlists
from quiz.model import Article
from quiz.text import normalise

# --- vocabulary ------------------------------------------------------------------------------

NUMBER_WORDS = {word: int(value) for word, value in text.NUMBER_WORDS.items() if word != "zero"}
ORDINAL_WORDS = {
    word: value for value, word in ((n, kinds.ordinal_word(n)) for n in range(1, 13)) if word
}
MONTHS = text.MONTHS
WEEKDAYS = kinds.WEEKDAYS

# Units after a number, by what they measure (a question asks "how long", "how heavy", ...).
UNIT_DIMENSIONS: dict[str, str] = {}
for _dimension, _units in {
    "length": "mm millimetre millimetres millimeter millimeters cm centimetre centimetres "
    "centimeter centimeters m metre metres meter meters km kilometre kilometres kilometer "
    "kilometers mile miles inch inches ft foot feet yard yards",
    "weight": "kg kilogram kilograms kilo kilos g gram grams tonne tonnes ton tons lb lbs",
    "speed": "mph kph km/h knots",
    "power": "bhp hp kw kilowatt kilowatts mw megawatt megawatts gw nm",
    "angle": "degree degrees",
    "temperature": "°c °f",
    "share": "% per-cent percent",
    "duration": "second seconds minute minutes hour hours day days week weeks month months "
    "year years decade decades century centuries",
    "volume": "litre litres liter liters l gallon gallons",
    "area": "hectare hectares acre acres",
    "data": "gb mb tb",
}.items():
    for _unit in _units.split():
        UNIT_DIMENSIONS[_unit] = _dimension
_SHORT_UNITS = "mm|cm|km|kg|mph|kph|km/h|bhp|hp|kW|Nm|GB|MB|TB|MW|GW|m|g|ft|lb|lbs|l|°C|°F|%"
_LONG_UNITS = (
    "millimetres?|millimeters?|centimetres?|centimeters?|kilometres?|kilometers?|metres?|meters?|"
    "miles?|inch(?:es)?|feet|foot|yards?|kilograms?|kilos?|grams?|tonnes?|tons?|knots|"
    "kilowatts?|megawatts?|degrees?(?: Celsius| Fahrenheit)?|per cent|percent|seconds?|minutes?|"
    "hours?|days?|weeks?|months?|years?|decades?|centuries|century|litres?|liters?|gallons?|"
    "hectares?|acres?"
)
# Words that name a person by what they do, as in "stunt driver Jess Hawkins".
ROLE_NOUNS = set(wordlists.entries("role_nouns"))
ROLE_PLURALS = {noun + "s": noun for noun in ROLE_NOUNS} | {"heroes": "hero"}
CHARACTER_ROLES = {"villain", "hero", "heroine", "character", "love interest"}
# Words that name an organisation by what it is, as in "engineering firm Arup".
ORG_NOUNS = set(wordlists.entries("org_nouns"))
HONORIFICS = set(wordlists.entries("honorifics"))
# Capitalised words that begin sentences but never names.
NOT_NAME = (
    set(
        """The A An In On At But And Or When While This That These Those It He She They We I His Her
    Their Its Our Your My After Before During Since For With Without From To Of As If So Yet
    Although Though Because Based Alongside According Neither Either Both All Some Many Most
    Each Every No Not Only Also Then There Here Now Meanwhile However Despite Following Under
    Over About Around Stunning New Old Local Retired Former Head Chief Senior Professional
    Around Just Even Still Photos Images Video Director Producer Manager""".split()
    )
    | set(MONTHS)
    | set(WEEKDAYS)
)
# Honorifics and words that may start a role but are ordinary adjectives.
_ROLE_ADJECTIVES = set(wordlists.entries("role_adjectives"))
WORK_NOUNS = dict(entry.split(" ", 1) for entry in wordlists.entries("work_nouns"))
VEHICLE_MAKES = "|".join(wordlists.entries("vehicle_makes"))
COUNTRIES = set(wordlists.entries("news_countries"))
REGIONS = set(wordlists.entries("news_regions"))
CITIES = set(wordlists.entries("news_cities"))
VENUE_WORDS = set(wordlists.entries("venue_words"))
_STREETS = {"Street", "Road", "Avenue", "Lane", "Square"}

# --- the fact --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing an article states, with enough of its sentence to ask about it.

    ``start``/``end`` locate the answer and ``phrase`` the words a question replaces, both as
    offsets into the sentence's text. ``relation`` says how the sentence states the fact (an
    "attribute" like "ground clearance of 291mm", a "count" like "ten DB5s", a "speaker" of a
    quote, ...), which decides how the question is asked.
    """

    article: str
    sentence: int  # index into Article.sentences
    kind: str  # one of model.KINDS
    relation: str
    answer: str
    start: int
    end: int
    phrase: tuple[int, int]
    what: str = ""  # what the value measures or names: "ground clearance", "stunt driver"
    subject: str = ""  # who or what the fact is about, when the sentence says
    value: object = None  # comparable form: int, float or datetime.date
    full: str = ""  # a surname's full name, found earlier in the article
    detail: str = ""  # relation-specific: the unit of a "respectively" list, a spoken quote

    @property
    def key(self) -> str:
        """What makes this fact itself, for a stable question id: kind, answer, wording."""
        return "|".join((self.kind, self.relation, normalise(self.answer), self.what.lower()))


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str = ""


@dataclass
class ArticleFacts:
    """Everything extracted from one article, and why sentences were passed over."""

    article: Article
    facts: list[Fact] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)  # full name -> person
    surnames: dict[str, str] = field(default_factory=dict)  # surname -> full name
    titles: dict[str, str] = field(default_factory=dict)  # title -> work noun ("novel")
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (sentence, reason)
    prose: list[int] = field(default_factory=list)  # sentences fit to ask about


# --- patterns --------------------------------------------------------------------------------

def _longest_first(alternatives: Iterable[str]) -> list[str]:
    """A regex alternation's words in one fixed order, longest first: a set's own order
    changes from one interpreter to the next, and with it what an alternation matches."""
    return sorted(alternatives, key=lambda word: (-len(word), word))


_NUMBER_WORD = "|".join(_longest_first(NUMBER_WORDS))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = rf"(?:{_DIGITS}|(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?)"
_QUALIFIER = (
    r"(?:(?i:more than|less than|fewer than|just over|just under|over|under|about|around|"
    r"almost|nearly|roughly|some|at least|up to|approximately|an estimated)\s+)"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_FULL_MONTH = "(?:" + "|".join(MONTHS) + ")"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_DATE_PREP = r"(?:(?P<prep>on|by|until|till|from|since|before|after|in|during|at|for)\s+)?"
_DATE_PATTERNS = (
    re.compile(
        rf"\b{_DATE_PREP}(?:{_WEEKDAY},?\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})"
        rf"(?:,?\s+(?P<y>1\d{{3}}|20\d{{2}}))?\b"
    ),
    re.compile(
        rf"\b{_DATE_PREP}(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"
        rf"(?:,\s*(?P<y>1\d{{3}}|20\d{{2}})\b)?"
    ),
    re.compile(rf"\b{_DATE_PREP}(?P<m>{_FULL_MONTH})\s+(?P<y>1\d{{3}}|20\d{{2}})\b"),
    re.compile(
        rf"\b(?P<prep>in|by|until|till|from|since|before|after|during)\s+"
        rf"(?:(?:early|late|mid-)\s*)?(?P<m>{_FULL_MONTH})\b(?!\s+\d)(?!\s+(?:next|last|this)\b)"
    ),
)
_RELATIVE_DATE = re.compile(
    rf"\b(?P<prep>(?:on|by|until|till|from|since|in|during|before|after)\s+)?"
    rf"(?P<rel>(?:(?P<rm>{_FULL_MONTH})\s+(?P<rmw>next|last|this)\s+year)"
    rf"|(?:(?P<which>next|last|this)\s+(?P<unit>week|month|year|weekend|{_WEEKDAY}|spring|"
    rf"summer|autumn|fall|winter))|tomorrow|yesterday|today|tonight"
    rf"|(?:(?<=\bon\s)(?P<day>{_WEEKDAY})))\b"
)
_MONEY = re.compile(
    rf"(?P<q>{_QUALIFIER})?(?P<cur>US\$|A\$|C\$|HK\$|£|\$|€|¥)\s?(?P<n>{_DIGITS})"
    r"(?P<s>\s?(?:million|billion|trillion|thousand|bn|m|k)\b)?"
    r"|(?P<q2>" + _QUALIFIER + r")?(?P<n2>" + _DIGITS + r")\s?(?P<s2>million|billion)?\s?"
    r"(?P<cur2>pounds|dollars|euros|yen)\b"
)
_UNIT_NUMBER = re.compile(
    rf"(?P<q>{_QUALIFIER})?(?P<n>{_NUM})"
    rf"(?:(?P<scale>\s(?:million|billion|thousand))?(?:(?P<attached>(?:{_SHORT_UNITS}))(?![\w])"
    rf"|\s(?P<long>{_LONG_UNITS})\b|\s(?P<short>(?:{_SHORT_UNITS}))(?![\w/]))"
    rf"|-(?P<compound>(?:{_LONG_UNITS.replace('?', '')}|inch|metre|meter|year|month|week|day|"
    rf"hour|minute|mile|foot|kilometre|centimetre|millimetre|storey|seat|tonne|litre|acre|"
    rf"hectare|degree))(?P<old>-old)?\b)"
)
_DIMENSION_ADJECTIVE = re.compile(r"\s+(?P<adj>wide|long|high|tall|deep|thick|across|away)\b")
_YEAR = re.compile(r"(?<![\d£$€/.,#-])\b(?P<y>1[0-9]{3}|20[0-9]{2})\b(?![\d%]|-\w|s\b|\.\d)")
_NUMERIC_ORDINAL = re.compile(r"\b(?P<n>\d+)(?P<suf>st|nd|rd|th)\b")
_POSITION = re.compile(
    r"\b(?P<v>are|is|was|were|finished|came|placed|sit|sits|lie|lies)\s+(?P<ord>"
    + "|".join(ORDINAL_WORDS)
    + r"|\d+(?:st|nd|rd|th))\s+(?P<in>in|on|of)\s+(?P<what>the\s+(?:[a-z-]+\s+){0,2}"
    r"(?:table|league|standings|rankings|race|championship|world|division|list|poll|charts?))"
)
_COUNT = re.compile(rf"(?P<q>{_QUALIFIER})?(?<![/\w.,£$€-])(?P<n>{_NUM})\b")
_ROLE_WORD = re.compile(r"[\w'’-]+")
_ROLE_STOPS = frozenset(
    "the a an its his her their our this that these those by with of in on at for from to into "
    "see saw seen show shows showed said says is was are were be been being as and or but after "
    "before during about including alongside like unlike between among against under over "
    "through have has had will would can could should may might must do does did it we they "
    "he she who which when while where sign signs signed".split()
)
_COUNT_STOPS = frozenset(
    "of and or to in on at the a for with were was are is have has had will would who which "
    "that than more per as".split()
)
# Lower-case nouns after a plural that end the counted noun phrase: "singles tennis titles".
_NOUN_HEAD = re.compile(r"\s+(?:[a-z]+\s+)?([a-z]{3,}s)(?=[\s,.;:])")
_COUNT_TAIL = re.compile(
    r"\s+((?:a|per|each)\s+(?:day|week|month|year|season|hour)|of\s+"
    r"(?!the\b|a\b|an\b|which\b|them\b|whom\b)[a-z]+)\b"
)
_AGE = re.compile(r"(?P<name>[A-Z][\w'’-]+),\s(?P<age>[1-9]\d?)(?:,\s|\.$|\.\s)")
_AGE_COMPOUND = re.compile(r"\b(?P<age>[1-9]\d?|" + _NUMBER_WORD + r")-year-old\b")
_RESPECTIVELY = re.compile(
    r"(?P<attrs>\b(?:[a-z][a-z-]*,\s+)+[a-z][a-z-]*,?\s+and\s+[a-z][a-z-]*)\s+(?P<head>[a-z-]+)\s+(?:of|at|were|are"
    r"|was|is)\s+(?P<nums>(?:\S+?,\s+)+\S+?,?\s+and\s+\S+?)(?:\s+(?P<unit>[\w%°/-]+(?:\s+cent)?))?"
    r"\s+respectively\b"
)
_QUOTED = re.compile(r"[\"“](?P<q>[^\"“”]{2,}?)(?:[\"”]|$)|^(?P<open>[^\"“”]{2,}?)[\"”]")
_SPEECH_VERBS = (
    r"said|says|say|added|adds|explained|explains|exclaimed|exclaims|told|tells|insisted|insists|"
    r"warned|warns|admitted|admits|recalled|recalls|joked|jokes|noted|notes|declared|declares|"
    r"announced|announces|wrote|writes|continued|continues"
)
# A title before a name ("Dr ", "Sir "), kept apart from the name it precedes.
_HONORIFIC = r"(?P<hon>(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms)\.?\s+)?"
_NAME_WORD = r"[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]{2,})*"
_NAME = rf"(?:{_NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{0,3}})"
_SPEAKER_AFTER = re.compile(
    rf"[\"”]\s*,?\s*(?P<verb>{_SPEECH_VERBS})\s+(?P<name>{_NAME})\b"
    rf"|[\"”]\s*,?\s*(?P<name2>{_NAME})\s+(?P<verb2>{_SPEECH_VERBS})\b"
)
_SPEAKER_BEFORE = re.compile(
    rf"(?P<who>\b{_NAME}|\b(?:she|he))\b(?:\s+[a-z]+ly)?\s+(?P<verb>{_SPEECH_VERBS})\s*[:,]?\s*[\"“]"
)
_ROLE_NAME = re.compile(
    r"(?P<role>(?:\b[\w'’-]+\s+){0,5}?(?P<noun>"
    + "|".join(_longest_first(ROLE_NOUNS | set(ROLE_PLURALS)))
    + r"|love interest)s?)\s+"
    + _HONORIFIC
    + rf"(?P<name>{_NAME})"
)
_TITLE_CASE = (
    r"(?:[A-Z0-9][\w'’-]*)(?:\s+(?:(?:of|the|a|an|and|to|in|on|for|at|by|with|To|Of|The|A|In|On|"
    r"For|At|By)\s+)*[A-Z0-9][\w'’-]*)*"
)
_APPOSITION = re.compile(
    rf"{_HONORIFIC}(?P<name>{_NAME}),\s+"
    r"(?P<role>(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>"
    + "|".join(_longest_first(ROLE_NOUNS))
    + r")(?:\s+(?:at|of|for|with|in)\s+(?:the\s+)?"
    + _TITLE_CASE
    + r")?),"
)
_BY_AGENT = re.compile(
    r"\b(?P<verb>(?i:directed|written|designed|produced|built|founded|led|coached|composed|"
    r"painted|created|developed|photographed|played|voiced|edited|presented|hosted|managed|"
    r"owned|discovered|invented))\s+by\s+(?P<desc>(?:[a-z][\w-]*\s+){0,3})"
    rf"{_HONORIFIC}(?P<name>{_NAME})"
)
_AS_ROLE = re.compile(rf"\bwith\s+(?P<name>{_NAME})\s+as\s+(?P<role>the\s+[a-z][\w-]*)\b")
_AUTHOR = re.compile(
    rf"(?P<name>{_NAME})['’]s\s+(?:(?P<year>1\d{{3}}|20\d{{2}})\s+)?(?P<noun>"
    + "|".join(WORK_NOUNS)
    + r")\s+(?P<title>(?:[A-Z0-9][\w'’-]*)(?:\s+(?:(?:of|the|a|an|and|to|in|on|for|at|by|with)"
    r"\s+)*[A-Z0-9][\w'’-]*)*)"
)
_WORK = re.compile(
    r"(?P<desc>(?:\b(?:the|a|an)\s+)?(?:(?:\d{4}|[A-Z][\w'’-]*|[a-z][\w'’-]*)\s+){0,3}?)"
    r"(?P<noun>" + "|".join(WORK_NOUNS) + rf")\s+(?P<title>{_TITLE_CASE})"
)
_VEHICLE = re.compile(
    rf"\b(?P<v>(?:Series\s+[IVX]+\s+)?(?:{VEHICLE_MAKES})(?:\s+(?:[A-Z0-9][\w-]*|convertible|"
    r"estate|coupe|saloon|roadster))*)"
    r"|\b(?P<m>[A-Z][a-z]+\s+[A-Z0-9][\w-]{0,4})\s+(?P<t>model|trim)\b"
)
_USE_VERBS = frozenset("uses used using carries carried".split())
_PRODUCT = re.compile(
    r"\b(?:uses|used|using|carries|carried)\s+(?P<article>an?\s+)"
    r"(?P<model>(?P<brand>[A-Z][a-z]{2,})\s+[A-Z]{1,3}\d{1,4}[A-Za-z]?)\b"
)
_PLACE_CASE = r"(?:[A-Z][\w'’.-]*)(?:\s+(?:(?:of|of the|de|upon|on)\s+)?[A-Z][\w'’.-]*)*"
_PLACE_SPAN = re.compile(
    r"\b(?P<prep>in|at|near|from|to|outside|across|of|off|over|on)\s+(?P<the>the\s+)?"
    rf"(?P<place>{_PLACE_CASE})(?:,\s+(?P<region>(?:(?:northern|southern|eastern|western|central|"
    rf"north|south|east|west)(?:-\w+)?\s+)?{_PLACE_CASE}))?"
)
_TOWN_OF = re.compile(
    r"\b(?P<desc>(?:[a-z-]+\s+){0,2}(?P<noun>town|city|village|port|island|county|region|"
    r"district|suburb))\s+of\s+(?P<place>" + _PLACE_CASE + r")(?:,\s+(?P<region>(?:(?:northern|"
    r"southern|eastern|western|central)\s+)?" + _PLACE_CASE + "))?"
)
_ORG = re.compile(
    r"(?P<desc>(?:\b[A-Za-z][\w'’-]*\s+){0,2}?(?<![\w-])(?P<noun>"
    + "|".join(_longest_first(ORG_NOUNS))
    + rf"))\s+(?P<name>{_TITLE_CASE})"
)
# Organisations named by what they are: "Eon Productions", "International Astronomical Union".
_ORG_KIND = dict(entry.split(" ", 1) for entry in wordlists.entries("org_kinds"))
_ORG_NAMED = re.compile(
    r"\b(?P<name>(?:[A-Z][\w&'’-]*\s+){1,3}(?:"
    + "|".join(_ORG_KIND)
    + r")(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?|(?:Department|Ministry)\s+(?:for|of)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\b"
)
_FULL_NAME = re.compile(rf"\b{_NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?{_NAME_WORD}){{1,2}}\b")
_MAKES = set(VEHICLE_MAKES.split("|"))
_FUNCTION_WORDS = set(wordlists.entries("function_words"))
# Words whose presence lets an extractor run at all (see _EXTRACTORS).
_ROLE_HINTS = frozenset(ROLE_NOUNS | set(ROLE_PLURALS) | {"interest"})
_DATE_HINTS = frozenset(
    set(kinds.MONTH_INDEX)
    | {d.lower() for d in WEEKDAYS}
    | {"today", "tomorrow", "yesterday", "tonight", "next", "last", "this"}
)
_CURRENCY_WORDS = frozenset({"pounds", "dollars", "euros", "yen"})
_ORG_HINTS = frozenset(set(_ORG_KIND) | {"Department", "Ministry"})
_MAKE_WORDS = frozenset(make.split()[0].split("-")[0] for make in VEHICLE_MAKES.split("|")) | {
    "Series",
    "Mercedes-Benz",
    "Rolls-Royce",
}
_TERMINAL = re.compile(r"[.!?][\"'”’)]*$")
_DOUBLED_WORD = re.compile(r"\b(\w{2,})\s+\1\b", re.IGNORECASE)
_GARBLE = re.compile(r"\b[a-z]{2,}\.\s+(?:are|is|was|were|the|and|of|to|in)\b")
_WORD = re.compile(r"[\w'’-]+")


# --- helpers ---------------------------------------------------------------------------------


def parse_number(text: str) -> float | None:
    """The value of "2,400", "12.5", "ten" or "twenty-five"; None if it is no number."""
    text = text.strip().lower()
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    if "-" in text:
        parts = text.split("-")
        if all(part in NUMBER_WORDS for part in parts):
            return float(sum(NUMBER_WORDS[part] for part in parts))
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def is_plural_noun(word: str) -> bool:
    lower = word.lower().strip("'’")
    if lower in {
        "people",
        "children",
        "men",
        "women",
        "police",
        "staff",
        "feet",
        "teeth",
        "cattle",
        "crew",
        "personnel",
        "mice",
        "sheep",
        "fish",
        "deer",
    }:
        return True
    if lower in ROLE_PLURALS:
        return True
    if len(lower) < 3 or not lower.endswith("s"):
        return False
    if lower.endswith(("ss", "us", "sis", "ous", "'s", "’s")) or lower in {
        "is",
        "his",
        "this",
        "tennis",
        "chassis",
        "iris",
        "axis",
        "bus",
    }:
        return False
    return lower not in {
        "has",
        "was",
        "its",
        "this",
        "his",
        "hers",
        "ours",
        "yours",
        "theirs",
        "as",
        "yes",
        "perhaps",
        "always",
        "news",
        "series",
        "species",
        "across",
        "thus",
        "besides",
        "whereas",
        "towards",
        "afterwards",
        "sometimes",
        "does",
        "goes",
        "lens",
        "physics",
        "politics",
        "athletics",
        "gas",
    }


def _claimed(claims: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < b and a < end for a, b in claims)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of reported speech in a sentence (a sentence may open or close mid-quote)."""
    spans: list[tuple[int, int]] = []
    if '"' not in text and "“" not in text and "”" not in text:
        return spans
    opened: int | None = None
    for index, char in enumerate(text):
        if char == '"':
            before = text[index - 1] if index else " "
            after = text[index + 1] if index + 1 < len(text) else " "
            opening = (before.isspace() or before in "([—–-") and not after.isspace()
            char = "“" if opening else "”"
        if char == "“":
            if opened is None:
                opened = index
            continue
        if char == "”" and opened is not None:
            spans.append((opened, index + 1))
            opened = None
        elif char == "”" and opened is None and not spans:
            spans.append((0, index + 1))  # the quote began in an earlier sentence
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


# --- sentences fit to ask about -----------------------------------------------------------------


def screen_sentences(article: Article) -> tuple[list[int], list[tuple[int, str]]]:
    """Which sentences are prose to ask about, and why the others are not.

    A sentence printed twice is suspect (a copy-and-paste slip), as is one with a full stop in
    the middle of a clause ("them. are - before") or a doubled word. Lines without a full stop
    are headlines, captions or link lists, not the story.
    """
    counts = Counter(normalise(sentence.text) for sentence in article.sentences)
    prose: list[int] = []
    skipped: list[tuple[int, str]] = []
    for index, sentence in enumerate(article.sentences):
        text = sentence.text
        if counts[normalise(text)] > 1:
            skipped.append((index, "the sentence occurs twice"))
        elif text.lstrip().startswith(("*", "•", "-", "–")):
            skipped.append((index, "a list item, not the story"))
        elif not _TERMINAL.search(text) or len(_WORD.findall(text)) < 5:
            skipped.append((index, "a headline or caption, not a sentence"))
        elif _GARBLE.search(text) or _DOUBLED_WORD.search(text):
            skipped.append((index, "the sentence looks garbled"))
        else:
            prose.append(index)
    return prose, skipped


# --- extraction --------------------------------------------------------------------------------
#
# An extractor is a small function of one sentence's reading (below) that yields what it finds:
# facts, spans no later extractor may read (_Claim), titles of works (_Title) and people met by
# a surname alone (Person). It changes nothing itself; the runner, `extract`, records each
# finding before the extractor goes on, so a later match sees what an earlier one claimed.


@dataclass(frozen=True, slots=True)
class _Claim:
    """A span of the sentence explained without a fact ("last year", "three years ago")."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Title:
    """The title of a work and the noun that names what it is ("novel")."""

    title: str
    noun: str


_Found = Fact | _Claim | _Title | Person | None  # None: a span that held only punctuation
_Findings = Iterator[_Found]


@dataclass(frozen=True, slots=True)
class _Reading:
    """What an extractor may read: the sentence, its quotes, what earlier extractors claimed in
    it, and who is who in the article so far. The mappings and ``claims`` are the runner's
    own, typed read-only here: only the runner changes them, between two findings."""

    article: Article
    index: int  # the sentence's index in Article.sentences
    text: str
    quotes: tuple[tuple[int, int], ...]
    claims: Sequence[tuple[int, int]]
    people: Mapping[str, Person]
    surnames: Mapping[str, str]
    loose: Mapping[str, str]  # surname -> any two- or three-word name the article writes
    titles: Mapping[str, str]

    def fact(
        self,
        kind: str,
        relation: str,
        start: int,
        end: int,
        phrase: tuple[int, int] | None = None,
        **fields: object,
    ) -> Fact | None:
        """The fact whose answer is ``text[start:end]`` without surrounding punctuation."""
        answer = self.text[start:end].strip(" ,;:")
        if not answer:
            return None
        start = self.text.index(answer, start)
        end = start + len(answer)
        return Fact(
            article=self.article.id,
            sentence=self.index,
            kind=kind,
            relation=relation,
            answer=answer,
            start=start,
            end=end,
            phrase=phrase or (start, end),
            **fields,  # type: ignore[arg-type]
        )

    def locate(self, name: str, start: int) -> tuple[int, int]:
        """Where a cleaned-up name ("Ian Fleming" from "In Ian Fleming") sits in the sentence."""
        found = self.text.index(name, start)
        return found, found + len(name)

    def free(self, start: int, end: int) -> bool:
        return not _claimed(self.claims, start, end)

    def in_quote(self, start: int, end: int) -> bool:
        return _claimed(self.quotes, start, end)

    def resolve(self, name: str, *, loose: bool = False) -> str:
        """The full name of a person the article names, from a full name or a surname; with
        ``loose``, also any full name the article writes with that surname (see `_meet`)."""
        if name in self.people:
            return name
        found = self.surnames.get(name, "")
        if not found and loose:
            found = self.loose.get(name, "")
        return found


def _meet(reading: _Reading, name: str) -> _Findings:
    """A name resolved loosely is a person from now on (a later "said Craig" is a person)."""
    if name and name not in reading.people:
        yield Person(name)


@dataclass(frozen=True, slots=True)
class _Hints:
    """A cheap look at a sentence's words, to rule out most extractors before their costly
    patterns run (see _EXTRACTORS)."""

    words: frozenset[str]
    lower: frozenset[str]
    digits: bool
    numeric: bool  # digits or a number word
    possessive: bool  # "'s" or "’s"
    currency: bool  # a currency sign
    quoted: bool
    titles: bool  # the article has named a work before this sentence


# --- who is who --------------------------------------------------------------------------------


def _learn_people(
    article: Article, prose: list[int]
) -> tuple[dict[str, Person], dict[str, str], dict[str, str]]:
    """Full names and roles, so that a later "said Morrison" resolves to Lee Morrison: the
    people, their surnames, and the loose table of any full name by its surname."""
    people: dict[str, Person] = {}
    for index in prose:
        text = article.sentences[index].text
        lower = {word.lower() for word in _WORD.findall(text)}
        patterns = ([_ROLE_NAME, _APPOSITION] if not lower.isdisjoint(_ROLE_HINTS) else []) + (
            [_BY_AGENT] if "by" in lower else []
        )
        for pattern in patterns:
            for match in pattern.finditer(text):
                name = _clean_name(match.group("name"))
                if not name:
                    continue
                role = ""
                if pattern is _ROLE_NAME:
                    role = display_role(_role_words(text, match)[1])
                    if not role:
                        continue
                elif pattern is _APPOSITION:
                    role = re.sub(r"^(?:an?|the)\s+", "", match.group("role"))
                else:
                    desc = match.group("desc").split()
                    if desc and desc[-1] not in ROLE_NOUNS:
                        continue  # "led by engineering firm Arup": not a person
                    role = " ".join(desc)
                people.setdefault(name, Person(name, role))
    surnames: dict[str, str] = {}
    for name in people:
        parts = name.split()
        if len(parts) >= 2:
            surnames.setdefault(parts[-1], name)
    # Any two- or three-word name, for a surname met in a person's context ("Craig, 53,").
    loose: dict[str, str] = {}
    for found in _FULL_NAME.finditer(article.text):
        words = found.group().split()
        while words and words[0] in HONORIFICS:
            words = words[1:]
        name = " ".join(words)
        if len(words) < 2 or words[0] in NOT_NAME or name in _MAKES:
            continue
        if name in COUNTRIES or name in CITIES:
            continue
        if any(word in VENUE_WORDS or word in _MAKES for word in words):
            continue
        loose.setdefault(words[-1], name)
    return people, surnames, loose


# --- quotes ------------------------------------------------------------------------------------


def _quotes(reading: _Reading) -> _Findings:
    text = reading.text
    for match in _SPEAKER_AFTER.finditer(text):
        name = _clean_name(match.group("name") or match.group("name2") or "")
        verb = match.group("verb") or match.group("verb2")
        if not name or not verb:
            continue
        quote = _quote_ending_at(reading, match.start() + 1)
        if quote is None:
            continue
        start = match.start("name") if match.group("name") else match.start("name2")
        yield from _speaker(reading, name, start, verb, quote)
    for match in _SPEAKER_BEFORE.finditer(text):
        who = match.group("who")
        start = match.start("who")
        if who in ("she", "he"):
            earlier = [
                found
                for found in re.finditer(_NAME, text[: match.start()])
                if reading.resolve(_clean_name(found.group()))
            ]
            if not earlier:
                continue
            who = earlier[-1].group()
            start = earlier[-1].start()
        name = _clean_name(who)
        if not name or not reading.free(start, start + len(name)):
            continue
        quote = _quote_starting_at(reading, match.end() - 1)
        if quote is None:
            continue
        yield from _speaker(reading, name, start, match.group("verb"), quote)


def _quote_ending_at(reading: _Reading, close: int) -> str | None:
    for start, end in reading.quotes:
        if end == close:
            return reading.text[start:end].strip('"“” ,')
    return None


def _quote_starting_at(reading: _Reading, opening: int) -> str | None:
    for start, end in reading.quotes:
        if start == opening:
            return reading.text[start:end].strip('"“” ,')
    return None


def _speaker(reading: _Reading, name: str, start: int, verb: str, spoken: str) -> _Findings:
    """The speaker as the sentence writes them: whole name words, never cut ("Attorney
    General Eric Holder" is "Eric Holder"; "Mr Khan" is "Khan", resolved to the full name
    the article gave first)."""
    try:
        start, end = reading.locate(name, start)
    except ValueError:
        return
    if re.match(r"['’]s\b|[\w'’-]", reading.text[end : end + 2]):
        return  # "says Waring's website": the speaker is not the person
    resolved = reading.resolve(name, loose=True)
    yield from _meet(reading, resolved)
    if not resolved and " " in name:
        resolved = reading.resolve(name.split()[-1], loose=True)
        yield from _meet(reading, resolved)
        if resolved and not resolved.endswith(name):
            surname = name.split()[-1]
            start = reading.text.index(surname, start)  # answer the name both agree on
            end = start + len(surname)
    if not resolved or len(spoken.split()) < 4:
        return  # not known to be a person, or too short to recognise
    person = reading.people.get(resolved)
    yield reading.fact(
        "person",
        "speaker",
        start,
        end,
        full=resolved,
        what=verb,
        detail=spoken,
        subject=person.role if person is not None else "",
    )


# --- dates -------------------------------------------------------------------------------------


def _dates(reading: _Reading) -> _Findings:
    text = reading.text
    article_date = reading.article.date
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if not reading.free(match.start(), match.end()) or reading.in_quote(*match.span()):
                continue
            month = kinds.month_of(match.group("m"))
            if not month:
                continue
            day = int(match.group("d")) if "d" in match.groupdict() and match.group("d") else 0
            year_text = match.groupdict().get("y")
            year = int(year_text) if year_text else None
            value: object = None
            try:
                if day:
                    anchor_year = year or (article_date.year if article_date else 0)
                    value = dt.date(anchor_year, month, day) if anchor_year else None
            except ValueError:
                continue
            if day and day > 31:
                continue
            answer_start = (
                match.start("d")
                if day and match.start("d") < match.start("m")
                else match.start("m")
            )
            prefix = re.search(r"\b(?:early|late|mid-)\s*$", text[:answer_start])
            if prefix:
                answer_start = prefix.start()
            prep = match.group("prep") or ""
            relation = "date" if day else "month"
            yield reading.fact(
                "date",
                relation,
                answer_start,
                match.end(),
                (match.start(), match.end()),
                what=prep,
                value=value,
            )
    for match in _RELATIVE_DATE.finditer(text):
        # A relative date is never an answer (the question would need the article's date
        # to make sense); it is claimed so that no other extractor reads it.
        yield _Claim(*match.span())


# --- money and numbers -------------------------------------------------------------------------

_SCALES = {
    "million": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "thousand": 1e3,
    "k": 1e3,
}


def _money(reading: _Reading) -> _Findings:
    for match in _MONEY.finditer(reading.text):
        if not reading.free(*match.span()) or reading.in_quote(*match.span()):
            continue
        number = match.group("n") or match.group("n2")
        scale = (match.group("s") or match.group("s2") or "").strip().lower()
        value = parse_number(number)
        factor = _SCALES.get(scale, 1)
        yield _measure(
            reading, "money", match.start(), match.end(), value * factor if value else None
        )


def _measure(
    reading: _Reading, kind: str, start: int, end: int, value: object, **fields: Any
) -> Fact | None:
    """A value with a unit: how the sentence relates it decides the question."""
    text = reading.text
    before = text[:start]
    attribute = re.search(r"(?P<attr>\b(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s+of\s+$", before)
    by = re.search(r"\bby\s+$", before)
    if attribute and _good_attribute(attribute.group("attr")):
        attr = _trim_attribute(attribute.group("attr"))
        phrase_start = attribute.start("attr")
        det = re.search(r"\b(?:an?|the|its|their|his|her)\s+$", text[:phrase_start])
        if det:
            phrase_start = det.start()
        return reading.fact(
            kind, "attribute", start, end, (phrase_start, end), what=attr, value=value, **fields
        )
    if by:
        return reading.fact(kind, "by", start, end, (by.start(), end), value=value, **fields)
    return reading.fact(kind, "amount", start, end, value=value, **fields)


def _respectively(reading: _Reading) -> _Findings:
    for match in _RESPECTIVELY.finditer(reading.text):
        attrs = re.split(r",\s+|\s+and\s+|,\s+and\s+", match.group("attrs"))
        attrs = [a.strip(" ,") for a in attrs if a.strip(" ,") and a.strip(" ,") != "and"]
        numbers = list(
            re.finditer(_NUM + r"(?:\s?(?:" + _SHORT_UNITS + r"))?", match.group("nums"))
        )
        if len(attrs) != len(numbers) or len(attrs) < 2:
            continue
        head = match.group("head")
        singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
        unit = (match.group("unit") or "").strip()
        base = match.start("nums")
        for attr, number in zip(attrs, numbers, strict=True):
            start = base + number.start()
            yield reading.fact(
                "number",
                "respectively",
                start,
                base + number.end(),
                what=f"{attr} {singular}",
                detail=unit,
                value=parse_number(number.group()),
            )
        yield _Claim(*match.span())


def _ages(reading: _Reading) -> _Findings:
    text = reading.text
    for match in _AGE.finditer(text):
        name = reading.resolve(match.group("name"), loose=True)
        yield from _meet(reading, name)
        if not name or not reading.free(*match.span("age")):
            continue
        yield reading.fact(
            "count", "age", *match.span("age"), subject=name, value=int(match.group("age"))
        )
    for match in _AGE_COMPOUND.finditer(text):
        if not reading.free(*match.span()):
            continue
        holder = _np_after(text, match.end())
        yield reading.fact(
            "count",
            "age-compound",
            *match.span("age"),
            (match.start(), match.end()),
            subject=holder,
            value=parse_number(match.group("age")),
        )
        yield _Claim(*match.span())


def _numbers(reading: _Reading) -> _Findings:
    text = reading.text
    for match in _UNIT_NUMBER.finditer(text):
        if not reading.free(*match.span()) or reading.in_quote(*match.span()):
            continue
        value = parse_number(match.group("n"))
        if value is None:
            continue
        if match.group("compound"):
            unit = match.group("compound")
            noun = _np_after(text, match.end())
            if not noun:
                continue
            yield reading.fact(
                "number",
                "compound",
                match.start(),
                match.end(),
                what=noun,
                detail=unit,
                value=value,
            )
            continue
        unit = match.group("attached") or match.group("long") or match.group("short") or ""
        dimension = UNIT_DIMENSIONS.get(unit.lower().replace(" ", "-").split()[0], "")
        if dimension == "duration" and re.match(
            r"\s+(?:ago|old|later|earlier)\b", text[match.end() :]
        ):
            yield _Claim(*match.span())
            continue
        adjective = _DIMENSION_ADJECTIVE.match(text, match.end())
        if adjective:
            yield reading.fact(
                "number",
                "dimension",
                match.start(),
                match.end(),
                (match.start(), adjective.end()),
                what=adjective.group("adj"),
                value=value,
                detail=unit,
            )
            continue
        yield _measure(reading, "number", match.start(), match.end(), value, detail=unit)


_WORK_AFTER_YEAR = re.compile(
    r"\s+(?P<desc>(?:[A-Z][\w'’-]*\s+){0,2})(?P<noun>"
    + "|".join(WORK_NOUNS)
    + r")\b\s+(?P<title>"
    + _TITLE_CASE
    + ")"
)


def _years(reading: _Reading) -> _Findings:
    text = reading.text
    article_date = reading.article.date
    for match in _YEAR.finditer(text):
        if not reading.free(*match.span()) or reading.in_quote(*match.span()):
            continue
        if re.search(r"(?:\bnumber|\bNo\.?|#)\s*$", text[: match.start()]):
            continue
        year = int(match.group("y"))
        if article_date and year > article_date.year + 10:
            continue
        before = text[: match.start()]
        prep = re.search(r"\b(in|since|from|by|until|till|of|before|after)\s+$", before)
        work = _WORK_AFTER_YEAR.match(text, match.end())
        if work:
            yield reading.fact(
                "year",
                "year-of-work",
                *match.span(),
                what=work.group("noun"),
                subject=work.group("title"),
                value=year,
                detail=work.group("desc"),
            )
        elif prep and prep.group(1) in ("in", "by", "until", "till", "before", "after"):
            yield reading.fact(
                "year",
                "in-year",
                *match.span(),
                (prep.start(), match.end()),
                what=prep.group(1),
                value=year,
            )
        else:
            yield _Claim(*match.span())


def _ordinals(reading: _Reading) -> _Findings:
    text = reading.text
    for match in _POSITION.finditer(text):
        if not reading.free(*match.span("ord")):
            continue
        yield reading.fact(
            "ordinal",
            "position",
            *match.span("ord"),
            (match.start("ord"), match.end("what")),
            what=match.group("what"),
        )
    for match in _NUMERIC_ORDINAL.finditer(text):
        if not reading.free(*match.span()) or reading.in_quote(*match.span()):
            continue
        following = re.match(r"\s+((?:[A-Za-z][\w'’-]*\s+){0,2}[a-z][\w-]*)", text[match.end() :])
        if following:
            words = following.group(1).split()
            while len(words) > 1 and words[-1] in _FUNCTION_WORDS:
                words.pop()
            following = re.match(
                r"\s+(" + r"\s+".join(map(re.escape, words)) + ")", text[match.end() :]
            )
        before = text[: match.start()]
        if not following or not re.search(r"\bthe\s+$", before):
            continue
        noun = following.group(1)
        yield reading.fact(
            "ordinal",
            "ordinal",
            *match.span(),
            (match.start() - 4, match.end() + len(following.group(0))),
            what=noun,
            value=int(match.group("n")),
        )


def _counts(reading: _Reading) -> _Findings:
    text = reading.text
    previous: tuple[str, str] | None = None  # (count as written, noun) for "of which"
    for match in _COUNT.finditer(text):
        number = match.group("n")
        value = parse_number(number)
        if value is None or value == 1:
            continue
        start, end = match.start("n"), match.end("n")
        if match.group("q"):
            start = match.start("q")
        if not reading.free(start, end) or reading.in_quote(start, end):
            continue
        if re.search(r"(?:\bnumber|\bNo\.?|#)\s*$", text[:start]) or re.match(
            r"[.,]\d|:\d|-|\s*(?:" + _MONTH + r")\b", text[end:]
        ):
            continue
        before_word = re.search(r"([\w'’-]+)\s+$", text[:start])
        if before_word and (
            "-" in before_word.group(1)
            or (before_word.group(1)[:1].isupper() and before_word.start() > 0)
        ):
            continue  # "four-door 110 models", "Defender 110": a model name, not a count
        rest = text[end:]
        relative = re.match(r"\s+of\s+(which|whom|them|those|these)\b", rest)
        if relative:
            if previous is None:
                continue
            yield reading.fact(
                "count",
                "count-of",
                start,
                end,
                (start, end + relative.end()),
                what=previous[1],
                detail=previous[0],
                value=value,
            )
            continue
        noun, noun_length = _count_noun(rest)
        if not noun:
            continue
        noun_end = end + noun_length
        yield reading.fact("count", "count", start, end, (start, noun_end), what=noun, value=value)
        previous = (text[start:end], noun)
        yield _Claim(start, noun_end)


# --- people ------------------------------------------------------------------------------------


def _authors(reading: _Reading) -> _Findings:
    for match in _AUTHOR.finditer(reading.text):
        name = _clean_name(match.group("name"))
        if not name or not reading.free(*match.span("name")):
            continue
        yield reading.fact(
            "person",
            "author",
            *reading.locate(name, match.start("name")),
            what=match.group("noun"),
            subject=match.group("title"),
            detail=match.group("year") or "",
        )
        yield _Title(match.group("title"), match.group("noun"))
        yield reading.fact(
            "title",
            "work-of",
            *match.span("title"),
            what=match.group("noun"),
            subject=name,
            detail=match.group("year") or "",
        )


def _by_agent(reading: _Reading) -> _Findings:
    for match in _BY_AGENT.finditer(reading.text):
        name = _clean_name(match.group("name"))
        if not name or not reading.free(*match.span("name")):
            continue
        if match.group("verb").lower() in ("played", "voiced"):
            continue  # "(played by Rami Malek)" is read with the role before it
        desc = match.group("desc").strip()
        is_org = desc.split()[-1] in ORG_NOUNS if desc else name not in reading.people
        yield reading.fact(
            "organisation" if is_org else "person",
            "by-agent",
            *reading.locate(name, match.start("name")),
            (match.start("desc"), match.end("name")),
            what=match.group("verb").lower(),
            detail=desc,
        )


def _as_role(reading: _Reading) -> _Findings:
    for match in _AS_ROLE.finditer(reading.text):
        name = _clean_name(match.group("name"))
        if not name or not reading.free(*match.span("name")):
            continue
        yield reading.fact(
            "person",
            "as-role",
            *reading.locate(name, match.start("name")),
            what=match.group("role"),
        )


def _roles(reading: _Reading) -> _Findings:
    text = reading.text
    for match in _ROLE_NAME.finditer(text):
        name = _clean_name(match.group("name"))
        if not name or not reading.free(*match.span("name")) or reading.in_quote(*match.span()):
            continue
        role_start, role = _role_words(text, match)
        if not role:
            continue
        role = display_role(role)
        noun = match.group("noun")
        if noun in ROLE_PLURALS:
            role = role[: -len(noun)] + ROLE_PLURALS[noun]
        played = re.match(rf"\s*\(played by (?P<actor>{_NAME})\)", text[match.end("name") :])
        singular = ROLE_PLURALS.get(noun, noun)
        is_character = singular in CHARACTER_ROLES or role in CHARACTER_ROLES
        kind = "character" if is_character else "person"
        names = [(name, reading.locate(name, match.start("name"))[0])]
        if noun in ROLE_PLURALS:  # "photographers Nikola Dove and Greg Williams"
            more = re.match(rf"\s+and\s+(?P<second>{_NAME})", text[match.end("name") :])
            if more:
                second = _clean_name(more.group("second"))
                if second:
                    names.append((second, reading.locate(second, match.end("name"))[0]))
        for person, start in names:
            yield reading.fact(
                kind,
                "role",
                start,
                start + len(person),
                (role_start, start + len(person)),
                what=role,
            )
        if played:
            actor = _clean_name(played.group("actor"))
            actor_start = match.end("name") + played.start("actor")
            yield reading.fact(
                "person",
                "played-by",
                actor_start,
                actor_start + len(actor),
                what=role,
                subject=name,
            )


# A title written capitalised before the name that opens a sentence, the name its verb's
# subject: "Russian President Vladimir Putin appeared ...", "Virginia Attorney General Mark
# Herring appealed ...". Its head is a title word or a role noun; up to three words before it
# qualify it ("Tunisian Prime", "Ferguson Police"). Only at a sentence's start: there the name
# is what the sentence is about.
_TITLE_HEADS = sorted(
    {w for w in wordlists.entries("title_words") if len(w) > 3 and w.isalpha()}
    | {noun.capitalize() for noun in ROLE_NOUNS if noun.isalpha()},
    key=lambda w: (-len(w), w),
)
_TITLED = re.compile(
    r"^(?P<title>(?:(?:Former|Ex-)\s*)?(?:[A-Z][\w.'’-]*\s+){0,3}?(?P<head>"
    + "|".join(_TITLE_HEADS)
    + r"))\s+(?!(?:" + "|".join(map(re.escape, wordlists.entries("title_words"))) + r")\b)"
    + rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?=\s+[a-z])"
)
# Words of a title written lower case in a question ("which former vice president"); the
# rest are names and stay ("which Russian president", "which Ferguson police chief").
_TITLE_LOWER = frozenset(
    "former ex- vice prime foreign defense defence interior finance justice health education "
    "magistrate police district deputy assistant acting interim senior general attorney "
    "secretary chief executive managing".split()
)


# Every word a question writes lower case in a title ("which former vice president").
TITLE_WORDS_LOWER = (
    frozenset(w.lower() for w in _TITLE_HEADS) | _TITLE_LOWER | frozenset(_ROLE_ADJECTIVES)
)


# Words that open a sentence before its subject: no part of a title.
_OPENING_WORDS = (
    frozenset(wordlists.entries("common_words")) | frozenset(wordlists.entries("stopwords"))
) - {"former"}


def _title_words(title: str) -> str:
    """A title as a question writes it: its role words lower case, its names as written."""
    return " ".join(w.lower() if w.lower() in TITLE_WORDS_LOWER else w for w in title.split())


def _titled(reading: _Reading) -> _Findings:
    match = _TITLED.match(reading.text)
    if match is None or match.group("title").split()[0].lower() in _OPENING_WORDS:
        return  # "When Vice President Joe Biden ...", "But Israeli Defense Minister ..."
    name = _clean_name(match.group("name"))
    if not name or " " not in name or not reading.free(*match.span("name")):
        return
    if name not in reading.text[match.start("name") :]:
        return  # cleaned into a name the sentence does not write
    what = _title_words(match.group("title"))
    if what == what.lower():
        return  # "Which foreign secretary ...?": of which country, the title does not say
    start, end = reading.locate(name, match.start("name"))
    yield reading.fact("person", "title", start, end, (0, end), what=what)


def _appositions(reading: _Reading) -> _Findings:
    for match in _APPOSITION.finditer(reading.text):
        name = _clean_name(match.group("name"))
        if not name or not reading.free(*match.span("name")):
            continue
        start = match.start("hon") if match.group("hon") else match.start("name")
        yield reading.fact(
            "person",
            "apposition",
            *reading.locate(name, match.start("name")),
            (start, match.end() - 1),
            what=re.sub(r"^(?:an?|the)\s+", "", match.group("role")),
        )


def _organisations(reading: _Reading) -> _Findings:
    text = reading.text
    for match in _ORG_NAMED.finditer(text):
        words = match.group("name").split()
        while words and (words[0] in NOT_NAME or words[0] in _MAKES):
            words = words[1:]
        name = " ".join(words)
        if len(words) < 2:
            continue
        start = text.index(name, match.start("name"))
        if not reading.free(start, start + len(name)) or reading.in_quote(start, start + len(name)):
            continue
        noun = _ORG_KIND.get(words[-1], "organisation")
        yield reading.fact("organisation", "org", start, start + len(name), what=noun)
    for match in _ORG.finditer(text):
        name = match.group("name").strip()
        if not reading.free(*match.span("name")) or name.split()[0] in NOT_NAME:
            continue
        desc_start, desc = _role_words(text, match, allow_capitals=True)
        if not desc:
            continue
        yield reading.fact(
            "organisation",
            "org-role",
            *match.span("name"),
            (desc_start, match.end("name")),
            what=desc,
        )


# --- works, vehicles, places -------------------------------------------------------------------


def _works(reading: _Reading) -> _Findings:
    text = reading.text
    for match in _WORK.finditer(text):
        title = _trim_title(match.group("title"))
        if not title or title.split()[0] in ("I", "It"):
            continue
        before = text[: match.start("noun")]
        if re.search(r"\b(?:to|will|would|could|can|did|not)\s+$", before):
            continue  # "to film Warner Bros.' drama": the noun is a verb, no title follows
        start = match.start("title")
        if not reading.free(start, start + len(title)):
            continue
        desc = match.group("desc").strip()
        yield _Title(title, match.group("noun"))
        yield reading.fact(
            "title",
            "work",
            start,
            start + len(title),
            (match.start("desc") if desc else match.start("noun"), start + len(title)),
            what=match.group("noun"),
            detail=desc,
        )
    # A title named earlier, met again bare: "appeared in Octopussy".
    for title, noun in reading.titles.items():
        for found in re.finditer(r"\bin\s+" + re.escape(title) + r"\b", text):
            start = found.end() - len(title)
            if reading.free(start, found.end()):
                yield reading.fact(
                    "title", "in-work", start, found.end(), (found.start(), found.end()), what=noun
                )


def _vehicles(reading: _Reading) -> _Findings:
    text = reading.text
    for match in _VEHICLE.finditer(text):
        if match.group("v"):
            vehicle = match.group("v").strip()
            if vehicle.split()[-1] in _MAKES or len(vehicle.split()) < 2:
                continue
            start = match.start("v")
            if (
                vehicle in _MAKES
                or re.match(r"['’]s\b", text[match.end("v") :])
                or not reading.free(start, start + len(vehicle))
            ):
                continue  # "Jaguar Land Rover's new production facility": the company
            yield reading.fact("vehicle", "vehicle", start, start + len(vehicle))
        else:
            start, end = match.span("m")
            if reading.free(start, end):
                yield reading.fact(
                    "vehicle",
                    match.group("t"),
                    start,
                    end,
                    (start, match.end("t")),
                    what=match.group("t"),
                )


def _products(reading: _Reading) -> _Findings:
    """ "Bond uses a Leica M3": a maker's model someone uses, asked as "which Leica model"."""
    for match in _PRODUCT.finditer(reading.text):
        start, end = match.span("model")
        if not reading.free(start, end) or reading.in_quote(start, end):
            continue
        if match.group("brand") in _MAKES or reading.resolve(match.group("brand")):
            continue  # a car is a vehicle fact; a person's name is no maker
        yield reading.fact(
            "text",
            "uses-model",
            start,
            end,
            (match.start("article"), end),
            what=match.group("brand"),
        )


def _places(reading: _Reading) -> _Findings:
    text = reading.text
    for match in _TOWN_OF.finditer(text):
        place = _trim_title(match.group("place").rstrip("."))
        start = match.start("place")
        if not place or not reading.free(start, start + len(place)):
            continue
        region = (match.group("region") or "").rstrip(".")
        end = match.start("region") + len(region) if region else start + len(place)
        yield reading.fact(
            "place",
            "town-of",
            start,
            start + len(place),
            (match.start("desc"), end),
            what=match.group("desc"),
            detail=region,
        )
    for match in _PLACE_SPAN.finditer(text):
        place = _trim_title(match.group("place").rstrip("."))
        start = match.start("place")
        if not place or not reading.free(start, start + len(place)):
            continue
        if reading.in_quote(start, start + len(place)):
            continue
        region = (match.group("region") or "").rstrip(".")
        if region and not _is_region(region):
            region = ""
        subtype = _place_subtype(place, region, match.group("prep"))
        if not subtype or reading.resolve(place) or place in reading.titles:
            continue
        end = match.start("region") + len(region) if region else start + len(place)
        city_fact: tuple[int, int, int] | None = None
        if subtype == "venue":  # "at the Royal Albert Hall in London": the city goes along
            city = re.match(rf"\s+in\s+(?P<city>{_PLACE_CASE})", text[end:])
            if city and city.group("city").rstrip(".") in CITIES:
                region = city.group("city").rstrip(".")
                district = re.match(r",\s+[A-Z]", text[end + city.end() :])
                if not district:  # "in Mayfair, London": a district, not the city
                    city_fact = (end + city.start(), end + city.start("city"), len(region))
                end += city.start("city") + len(region)
                yield _Claim(start, end)
        yield reading.fact(
            "place",
            subtype,
            start,
            start + len(place),
            (match.start(), end),
            what=match.group("prep"),
            detail=region,
        )
        if city_fact is not None:  # the city is a fact of its own: "in which city ...?"
            # Its span lies inside the venue's claim above, so claiming it again changes nothing.
            gap, city_start, size = city_fact
            phrase_start = gap + len(text[gap:city_start]) - len(text[gap:city_start].lstrip())
            yield reading.fact(
                "place",
                "city",
                city_start,
                city_start + size,
                (phrase_start, city_start + size),
                what="in",
            )


def _place_subtype(place: str, region: str, prep: str) -> str:
    """What a capitalised name after a preposition is, by the gazetteers: "" when none says."""
    last = place.split()[-1]
    if place in COUNTRIES:
        return "country"
    if place in REGIONS:
        return "region"
    if place in CITIES or (region and prep == "in"):
        return "city" if place in CITIES and not region else "area"
    if last in VENUE_WORDS or place.split()[0] in ("River", "Lake", "Mount"):
        return "street" if last in _STREETS else "venue"
    return ""


# Every extractor in the order it reads a sentence (a span is the first reader's), each with a
# cheap test of the sentence's words that must pass for its costly patterns to run at all.
_EXTRACTORS: tuple[tuple[Callable[[_Hints], bool], Callable[[_Reading], _Findings]], ...] = (
    (lambda h: h.quoted, _quotes),
    (lambda h: not h.lower.isdisjoint(_DATE_HINTS), _dates),
    (lambda h: h.currency or not h.lower.isdisjoint(_CURRENCY_WORDS), _money),
    (lambda h: "respectively" in h.lower, _respectively),
    (lambda h: h.numeric, _ages),
    (lambda h: h.numeric, _numbers),
    (lambda h: h.digits, _years),
    (lambda h: h.digits or not h.lower.isdisjoint(ORDINAL_WORDS), _ordinals),
    (lambda h: h.numeric, _counts),
    (lambda h: h.possessive, _authors),
    (lambda h: "by" in h.lower, _by_agent),
    (lambda h: "as" in h.lower and "with" in h.lower, _as_role),
    (lambda h: not h.words.isdisjoint(_TITLE_HEADS), _titled),
    (lambda h: not h.lower.isdisjoint(_ROLE_HINTS), _roles),
    (lambda h: not h.lower.isdisjoint(_ROLE_HINTS), _appositions),
    (
        lambda h: not h.words.isdisjoint(_ORG_HINTS) or not h.lower.isdisjoint(ORG_NOUNS),
        _organisations,
    ),
    (lambda h: not h.lower.isdisjoint(WORK_NOUNS) or h.titles, _works),
    (
        lambda h: not h.words.isdisjoint(_MAKE_WORDS) or "model" in h.lower or "trim" in h.lower,
        _vehicles,
    ),
    (lambda h: h.digits and not h.lower.isdisjoint(_USE_VERBS), _products),
    (lambda h: True, _places),
)


def extract(article: Article) -> ArticleFacts:
    """Every fact the article's prose states, and which sentences were passed over and why.

    The one place that keeps state: who is who, the titles met so far and, per sentence, the
    spans already explained, each changed only by what an extractor yields.
    """
    prose, skipped = screen_sentences(article)
    people, surnames, loose = _learn_people(article, prose)
    result = ArticleFacts(article, people=people, surnames=surnames, skipped=skipped, prose=prose)
    titles = result.titles
    for index in prose:
        text = article.sentences[index].text
        claims: list[tuple[int, int]] = []
        quotes = tuple(_quoted_spans(text))
        hints = _hints(text, quoted=bool(quotes), titles=bool(titles))
        # Which extractors run is settled before any runs, on the titles known so far.
        chosen = [extractor for wanted, extractor in _EXTRACTORS if wanted(hints)]
        reading = _Reading(article, index, text, quotes, claims, people, surnames, loose, titles)
        for extractor in chosen:
            for found in extractor(reading):
                if isinstance(found, Fact):
                    result.facts.append(found)
                    claims.append((found.start, found.end))
                elif isinstance(found, _Claim):
                    claims.append((found.start, found.end))
                elif isinstance(found, _Title):
                    titles.setdefault(found.title, found.noun)
                elif isinstance(found, Person):
                    people.setdefault(found.name, found)
    return result


def _hints(text: str, *, quoted: bool, titles: bool) -> _Hints:
    words = frozenset(_WORD.findall(text))
    lower = frozenset(word.lower() for word in words)
    digits = any(char.isdigit() for char in text)
    return _Hints(
        words=words,
        lower=lower,
        digits=digits,
        numeric=digits or not lower.isdisjoint(NUMBER_WORDS),
        quoted=quoted,
        titles=titles,
        possessive="'s" in text or "’s" in text,
        currency=any(char in text for char in "£$€¥"),
    )


def _np_after(text: str, start: int) -> str:
    """The noun phrase starting at ``start`` (after a compound like "20-inch"): up to a stop."""
    words: list[str] = []
    for word in re.finditer(r"\s*([\w'’-]+)([,.;:)]?)", text[start:]):
        token = word.group(1)
        if token.lower() in {
            "and",
            "or",
            "with",
            "to",
            "that",
            "which",
            "who",
            "on",
            "in",
            "at",
            "for",
            "of",
            "from",
            "by",
            "is",
            "was",
            "are",
            "were",
            "has",
            "had",
            "will",
            "the",
            "a",
            "an",
        }:
            break
        words.append(token)
        if word.group(2) or len(words) >= 4:
            break
    return " ".join(words)


def _count_noun(rest: str) -> tuple[str, int]:
    """The plural noun a count counts ("Aston Martin DB5s", "lanes of traffic") and its end."""
    taken: list[str] = []
    for word in list(re.finditer(r"\s+([\w'’.-]+)", rest))[:5]:
        token = word.group(1)
        clean = token.rstrip(".,;:")
        if clean.lower() in _COUNT_STOPS:
            return "", 0
        taken.append(clean)
        if is_plural_noun(clean):
            end = word.start(1) + len(clean)
            head = _NOUN_HEAD.match(rest, end) if clean == token else None
            if head and is_plural_noun(head.group(1)):
                # "19 grand slam singles tennis titles": the noun runs on to its head
                taken.append(head.group(0).strip())
                clean = token = head.group(1)
                end = head.end()
            if clean == token:
                extra = _COUNT_TAIL.match(rest, end)
                if extra:
                    taken.append(extra.group(1))
                    end = extra.end()
            return " ".join(taken), end
        if clean != token:
            return "", 0
    return "", 0


def _role_words(text: str, match: re.Match[str], allow_capitals: bool = False) -> tuple[int, str]:
    """Where the role before a name starts, and the role: "special effects and vehicle supervisor".

    Walks back from the role noun over words that can describe it, and stops at a determiner,
    a preposition, a verb or a name.
    """
    noun_start = match.start("noun")
    role_end = match.end("noun")
    words = list(_ROLE_WORD.finditer(text, 0, noun_start))[-5:]
    first_offset = len(text) - len(text.lstrip())
    start = noun_start
    for word in reversed(words):
        if text[word.end() : start].strip():
            break  # punctuation between
        token = word.group()
        lower = token.lower()
        if lower == "and":
            following = text[word.end() : noun_start].split()
            preceding = text[: word.start()].split()[-1:]
            if start == noun_start or not preceding or not preceding[0][:1].islower():
                break
            if preceding[0].lower() in _ROLE_STOPS or not following:
                break
            start = word.start()
            continue
        if lower in _ROLE_STOPS or (lower.endswith("ed") and lower not in _ROLE_ADJECTIVES):
            break
        if token[:1].isupper():
            at_start = word.start() == first_offset
            if not (allow_capitals or at_start or lower in _ROLE_ADJECTIVES):
                break
            start = word.start()
            if at_start:
                break
            continue
        start = word.start()
    role = text[start:role_end].strip()
    if role.startswith("and "):
        start += 4
        role = role[4:]
    return start, role


def display_role(role: str) -> str:
    """A role as a question shows it: a sentence-initial "Retired teacher" is "retired teacher"."""
    first = role.split()[0] if role else ""
    if first and first.lower() in _ROLE_ADJECTIVES and first[:1].isupper():
        return first.lower() + role[len(first) :]
    return role


def _clean_name(name: str) -> str:
    words = name.split()
    while words and (words[0] in NOT_NAME or words[0] in HONORIFICS):
        words = words[1:]
    while words and words[-1] in NOT_NAME:
        words = words[:-1]
    cleaned = " ".join(words)
    if not cleaned or cleaned in COUNTRIES or cleaned in CITIES:
        return ""
    return cleaned


def _trim_title(title: str) -> str:
    words = title.split()
    while words and words[-1].lower() in {
        "of",
        "the",
        "a",
        "an",
        "and",
        "to",
        "in",
        "on",
        "for",
        "at",
        "by",
        "with",
    }:
        words = words[:-1]
    return " ".join(words).rstrip("'’")


def _good_attribute(attr: str) -> bool:
    words = attr.split()
    if not words:
        return False
    bad = {
        "one",
        "some",
        "all",
        "most",
        "each",
        "none",
        "any",
        "many",
        "few",
        "out",
        "more",
        "less",
        "total",
        "number",
        "lot",
        "couple",
        "part",
        "up",
        "series",
        "because",
        "made",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "have",
        "has",
        "had",
        "speeds",
        "top",
    }
    return words[-1] not in bad and not words[-1].endswith("ly")


def _trim_attribute(attr: str) -> str:
    words = attr.split()
    verbs = {
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "with",
        "at",
        "on",
        "in",
        "and",
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "to",
        "for",
        "by",
        "beats",
        "beat",
        "of",
        "from",
        "set",
    }
    while len(words) > 1 and words[0] in verbs:
        words = words[1:]
    for index in range(len(words) - 1, -1, -1):
        if words[index] in verbs:
            words = words[index + 1 :]
            break
    return " ".join(words)


def _is_region(text: str) -> bool:
    core = re.sub(
        r"^(?:northern|southern|eastern|western|central|north|south|east|west)"
        r"(?:-\w+)?\s+",
        "",
        text,
    )
    return core in COUNTRIES or core in REGIONS or core in CITIES


def facts_of_sentences(sentences: Iterable[str], date: dt.date | None = None) -> list[Fact]:
    """The facts of a few sentences as an article of their own (for tests and quick looks)."""
    from quiz.corpus.articles import parse_article

    text = " ".join(sentences)
    article = parse_article("sample", text, "Sample", date)
    return extract(article).facts


__all__ = [
    "ArticleFacts",
    "Fact",
    "Person",
    "extract",
    "facts_of_sentences",
    "parse_number",
    "screen_sentences",
]
