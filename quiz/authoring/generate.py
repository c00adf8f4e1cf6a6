"""``quiz generate``: draft cited questions from news articles, without losing anyone's work.

Facts come from :mod:`quiz.authoring.facts`; each becomes a natural question (a wh-question made
from the
clause that states it, else a template for its relation), citing the sentence it came from. A
draft is dropped, with its reason counted in the summary, when it would rest on a garbled or
doubled passage, contradict itself or another article unnamed, give its answer away, or lack
believable wrong answers.

Drafts go to one YAML file per article. A rerun merges by id: a draft whose text still matches
the fingerprint written beside it is replaced by the new draft; one a person edited, or marked
``reviewed: true``, is kept as it is; ids listed in ``rejected.txt`` never come back. Files the
generator did not write are never overwritten without ``--force``, and every write is atomic.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO

import yaml

from quiz import paths, yamlsafe
from quiz.authoring import distractors
from quiz.authoring.entities import harvest
from quiz.authoring.facts import (
    CHARACTER_ROLES,
    CITIES,
    COUNTRIES,
    HONORIFICS,
    NOT_NAME,
    VEHICLE_MAKES,
    WORK_NOUNS,
    ArticleFacts,
    Fact,
    extract,
)
from quiz.authoring.gazetteer import vocabulary
from quiz.authoring.validators import Candidate, rejection
from quiz.authoring.wordlists import irregular_verbs, words
from quiz.bank.citations import contains_answer, names_source, quote_span, source_phrase
from quiz.corpus.articles import CATALOGUE, Library, read_article_file, read_library
from quiz.model import OPTIONS_PER_QUESTION, Article, Citation, Question
from quiz.paths import MAX_BANK_FILE_BYTES, output_folder_problem, read_regular, write_atomic
from quiz.text import normalise
from quiz.yamlsafe import fingerprint

HEADER = "# Drafted by `quiz generate`"
# The safe dumper (never a Python tag) in C when PyYAML has it: it quotes any scalar that YAML
# would read as something else ("no", "010", "1983"), so every answer reads back as text.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
REJECTED = "rejected.txt"
_DRAFT_MARK = re.compile(r"#\s*draft\s+([0-9a-f]{12})\s*$")
PROGRESS_FROM = 10  # articles: fewer than this need no progress bar

# --- the run's outcome -----------------------------------------------------------------------


@dataclass
class Report:
    """What a run did, for the summary: counts, and why drafts and files were passed over."""

    articles: int = 0
    facts: int = 0
    written: int = 0
    kept: int = 0  # edited or reviewed drafts kept as they were
    skipped: Counter[str] = field(default_factory=Counter)  # drafts, by reason
    sentences: Counter[str] = field(default_factory=Counter)  # sentences passed over, by reason
    problems: list[str] = field(default_factory=list)  # bad articles, refused files
    refused: int = 0
    files: int = 0  # draft files written
    outside: Counter[Path] = field(default_factory=Counter)  # articles read from other folders

    def summary(self) -> str:
        lines = [
            f"{self.articles} article{'s' if self.articles != 1 else ''}: "
            f"{self.facts} facts found, {self.written} questions written "
            f"({self.kept} edited or reviewed kept as they were), "
            f"{sum(self.skipped.values())} skipped"
        ]
        for reason, count in sorted(self.skipped.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"  skipped {count:>4}: {reason}")
        for reason, count in sorted(self.sentences.items(), key=lambda item: (-item[1], item[0])):
            lines.append(f"  sentences passed over {count:>4}: {reason}")
        return "\n".join(lines)


# --- sentences into questions -----------------------------------------------------------------

_AUX = frozenset("will would was were is are has have had can could may might should must".split())
_PRONOUNS = frozenset("it they he she we i you this that these those there one".split())
_NOT_VERBS = frozenset(
    "this his its was has is as us bus news series species always perhaps less unless across "
    "thus plus yes during according including following red need feed seed speed bed shed "
    "hundred kindred".split()
)
_E_STEMS = (
    *("at", "iz", "ur", "us", "as", "ag", "ok", "iv", "av", "ov", "ev", "ir", "ar", "ed"),
    *("ut", "id", "od", "ad", "ud"),  # "executed", "decided", "exploded", "invaded", "included"
)
_LEADERS = frozenset(
    "in on at during after before for with since under while although though as by from when "
    "once despite following alongside based among".split()
)
# A time phrase that opens a sentence before its subject: "Last month,", "Two days later,".
_TIME_LEAD = re.compile(
    r"((?:[A-Z][a-z]+\s+){0,1}(?:[a-z]+\s+){0,2}?(?:(?:week|month|year|day|night|morning|"
    r"evening|afternoon|weekend|season|summer|winter|spring|autumn|decade)s?|later|earlier|ago"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\s*,\s+"
)
_REPORTED = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}(?:[A-Z][\w'’.-]*|(?!(?:has|had|have)\b)[a-z]+))"
    r"\s+(?:(?:has|had|have)\s+)?(?:(?:says|said)(?:\s+that)?"
    r"|(?:confirmed|announced|reported)\s+that)\s+"
)
_CLAUSE_END = re.compile(
    r",|;|\s[–—-]\s|—|\s\(|:|\.$|!$|\?$|\s+and\s+(?:will|was|were|is|are|has)\b"
    r"|\s(?:who|which|whose)\b"
)
_RELATIVE_CLAUSE = re.compile(r"\b(?:that|which|who|whose|where|when)\b")
_RELATIVE = re.compile(
    r"(?:\b(?:by|until|from|in|on|since|before|after|during)\s+)?"
    r"(?:\b(?:next|last|this)\s+(?:week|month|year|weekend|spring|summer|autumn|winter)\b|"
    r"\b(?:tomorrow|yesterday|today|tonight)\b|\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b)"
)
_VENUE_NOUNS = {
    "gallery": "gallery",
    "museum": "museum",
    "stadium": "stadium",
    "arena": "arena",
    "theatre": "theatre",
    "theater": "theatre",
    "show": "show",
    "festival": "festival",
    "expo": "event",
    "fair": "event",
    "airport": "airport",
    "station": "station",
    "library": "library",
    "hospital": "hospital",
    "observatory": "observatory",
    "cathedral": "cathedral",
    "palace": "palace",
    "castle": "castle",
    "circuit": "circuit",
    "bridge": "bridge",
    "park": "park",
    "street": "street",
    "road": "road",
    "square": "square",
    "market": "market",
    "zoo": "zoo",
    "hotel": "hotel",
    "church": "church",
}
# What a place question may ask the whereabouts of: buildings and works, never people.
_FACILITIES = frozenset(
    """facility factory plant works library museum gallery hall centre center station airport
    headquarters office offices stadium arena school university hospital bridge tower theatre
    church cathedral castle palace shop store mine port harbour base site""".split()
)
_PLACE_WH = {"country": "which country", "region": "which region", "city": "which city"}


@dataclass(frozen=True, slots=True)
class Clause:
    """The clause of a sentence that states a fact, split for a wh-question."""

    lead: str  # an adverbial that opens the sentence: "During the production of ..."
    subject: str
    verb: str  # the auxiliary, or the finite verb when there is none
    aux: bool
    rest: str  # everything after the verb, the fact's phrase removed


def base_form(verb: str) -> tuple[str, str] | None:
    """``("did", "begin")`` for "began", ``("does", "follow")`` for "follows"; None if unsure."""
    lower = verb.lower()
    if lower in _NOT_VERBS or not lower.isalpha():
        return None
    irregular = irregular_verbs()
    if lower in irregular:
        return "did", irregular[lower]
    if lower.endswith("ied") and len(lower) > 4:
        return "did", lower[:-3] + "y"
    if lower.endswith("ed") and len(lower) > 4:
        stem = lower[:-2]
        if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfz":  # not "added"
            return "did", stem[:-1]
        if stem.endswith(("e", "ee")):
            return "did", stem
        if stem + "e" in words("e_verbs"):  # "ruled", "piled", "released"
            return "did", stem + "e"
        vowels = "aeiou"
        if (
            stem[-1] in "vcgz"
            or (stem.endswith(_E_STEMS) and stem[-3:-2] not in vowels)
            or (stem[-1] == "s" and stem[-2] in vowels and stem[-3:-2] not in vowels)
        ):
            return "did", stem + "e"
        return "did", stem
    present = _present(lower)
    if present is not None:
        return ("do" if present == lower else "does"), present
    return None


# Common verbs of news prose in their base form: a present-tense verb is only recognised from
# this list, since "photos" and "shows" look alike.
_PRESENT = frozenset(
    """show say hold take carry follow feature include have need want make keep give run cost
    expect plan hope use play serve stand sit lie remain become seem appear mean offer lead
    face host open close own sell buy build employ attract draw house contain reach""".split()
)


def _present(word: str) -> str | None:
    """The base form of a present-tense verb from :data:`_PRESENT`, else None."""
    lower = word.lower()
    if lower in _PRESENT:
        return lower
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if lower.endswith(cut) and lower[: -len(cut)] + add in _PRESENT:
            return lower[: -len(cut)] + add
    return None


def _is_finite(word: str) -> bool:
    lower = word.lower()
    return (
        lower.isalpha()
        and lower not in _NOT_VERBS
        and (
            lower in irregular_verbs()
            or (lower.endswith("ed") and len(lower) > 4)
            or _present(lower) is not None
        )
    )


def _lower_first(text: str, article_text: str) -> str:
    """Lower a sentence-initial word unless the article capitalises it mid-sentence (a name)."""
    words = text.split(" ", 1)
    first = words[0]
    if not first[:1].isupper() or (first.isupper() and len(first) > 1):
        return text
    if re.search(r"[a-z,] " + re.escape(first) + r"\b", article_text):
        return text
    if _is_name_word(first.rstrip(",.;:").removesuffix("'s").removesuffix("’s"), article_text):
        return text
    return first[:1].lower() + first[1:] + (" " + words[1] if len(words) > 1 else "")


def _is_name_word(word: str, article_text: str) -> bool:
    """ "Steve", "Egypt", "Strother" (after a given name elsewhere: "Brian Strother"): a name
    at a sentence's start keeps its capital; "Investigators" does not."""
    if word in COUNTRIES or word in CITIES:
        return True
    if re.search(r"(?<![\w'’-])" + re.escape(word.lower()) + r"(?![\w'’-])", article_text):
        return False  # "among", "police": the article writes it as a common word too
    lower = word.lower()
    if lower in _LEADERS or lower in _QUANTIFIERS or lower in words("stopwords"):
        return False
    if word in vocabulary().given:
        return True
    given = vocabulary().given
    return any(
        match.group(1) in given
        for match in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(word) + r"\b", article_text)
    )


def split_clause(text: str, phrase: tuple[int, int], article_text: str) -> Clause | None:
    """The clause around ``phrase``: subject, verb and the rest with the phrase taken out."""
    start, end = phrase
    tail = _CLAUSE_END.search(text, end)
    clause_end = tail.start() if tail else len(text)
    # The clause starts at the sentence, after an opening adverbial or a reported-speech frame.
    begin = 0
    lead = ""
    reported = _REPORTED.match(text)
    if reported and reported.end() <= start:
        who = reported.group("who")
        lead = f"According to {who}"
        begin = reported.end()
    first = text[begin:].split(" ", 1)[0].lower()
    when = _TIME_LEAD.match(text, begin)
    if when and when.end() <= start and first not in _LEADERS:
        lead = (lead + ", " if lead else "") + when.group(1)
        begin = when.end()
        first = ""
    if first in _LEADERS:
        comma = text.find(", ", begin)
        if comma < 0 or comma > start:
            return None
        lead = (lead + ", " if lead else "") + text[begin:comma]
        begin = comma + 2
    for marker in (" – and ", " - and ", " — and ", ", and ", "; ", " when "):
        cut = text.rfind(marker, begin, start)
        if cut >= 0:
            begin = cut + len(marker)
    relative_to = ""
    which = text.rfind(", in which ", begin, start)
    if which >= 0:
        relative_to = _noun_before(text, which)
        if not relative_to:
            return None
        begin = which + len(", in which ")
    if start < begin:
        return None
    coordinated = _COORDINATED.search(text, begin, start)
    if coordinated:
        earlier = split_clause(
            text[: coordinated.start()].rstrip(" ,") + ".", (0, 0), article_text
        )
        head = _subject_at_start(text, article_text)
        if head is None or (earlier is not None and earlier.lead):
            return None
        aux = coordinated.group(0).split()[-1]  # the auxiliary starts the coordinated clause
        begin = coordinated.start() + len(coordinated.group(0))
        if "," in text[begin:start]:
            return None
        rest = text[begin:start] + " " + text[end:clause_end]
        return Clause(lead, head, aux, True, " ".join(rest.split()).strip(" ,"))
    who = re.match(r"((?:[A-Z][\w'’.-]*\s?){1,4}),\s+who\s+", text[begin:])
    if who and begin + who.end() <= start:
        verb = re.match(r"[a-z]+", text[begin + who.end() :])
        if verb and _is_finite(verb.group()):
            verb_end = begin + who.end() + verb.end()
            if "," in text[verb_end:start]:
                return None
            rest = " ".join((text[verb_end:start] + " " + text[end:clause_end]).split())
            return Clause(lead, who.group(1).strip(), verb.group(), False, rest.strip(" ,"))
    opening = text[begin:start].strip().lower()
    if opening in ("", "a", "an", "the"):  # the phrase is the subject: "Which vehicle appeared?"
        rest = " ".join(text[end:clause_end].split()).strip(" ,")
        if relative_to:
            rest = f"{rest} in {relative_to}"
        return Clause(lead, "", "", False, rest)
    # An apposition after the subject ("No Time to Die, directed by Kairi Fukunaga, was ...").
    skip = (-1, -1)
    apposition = _APPOSITION.match(text, begin)
    if apposition and apposition.end() <= start:
        skip = apposition.span(1)
    words = list(re.finditer(r"[\w'’.-]+", text[begin:clause_end]))
    for index, word in enumerate(words):
        token = word.group()
        absolute = begin + word.start()
        if skip[0] <= absolute < skip[1]:
            continue
        if absolute >= start and absolute < end:
            if index == 0:
                break  # the phrase is the subject: handled by the caller
            return None
        if index == 0:
            continue
        is_aux = token.lower() in _AUX
        if is_aux or (_is_finite(token) and token.islower()):
            if index > 10:
                return None
            subject = text[begin:absolute]
            if skip[0] >= 0:
                subject = text[begin : skip[0]] + text[skip[1] : absolute]
            subject = subject.strip()
            if not _good_subject(subject):
                return None
            if absolute > start:
                return None
            verb_end = begin + word.end()
            between = _THOUSANDS.sub("", text[verb_end:start])
            if "," in between or _RELATIVE_CLAUSE.search(text, verb_end, start):
                return None  # the phrase sits in a later clause of its own
            second = re.search(r"\s+and\s+([a-z]+)\s", text[verb_end:start])
            if second and _is_finite(second.group(1)):  # "has a span ... and carries four lanes"
                token, is_aux = second.group(1), False
                verb_end += second.end() - 1
            rest = text[verb_end:start] + " " + text[end:clause_end]
            rest = " ".join(rest.split()).strip(" ,")
            subject = _lower_first(subject, article_text)
            return Clause(lead, subject, token, is_aux, rest)
    return None


def _subject_at_start(text: str, article_text: str) -> str | None:
    """The subject that opens a sentence with no leading adverbial, for a coordinated clause."""
    words = list(re.finditer(r"[\w'’.-]+", text))
    skip = (-1, -1)
    apposition = _APPOSITION.match(text, 0)
    if apposition:
        skip = apposition.span(1)
    if not words or words[0].group().lower() in _LEADERS:
        return None
    for index, word in enumerate(words[1:11], 1):
        if skip[0] <= word.start() < skip[1]:
            continue
        token = word.group()
        if token.lower() in _AUX or (_is_finite(token) and token.islower()):
            subject = text[: word.start()]
            if skip[0] >= 0 and skip[1] <= word.start():
                subject = text[: skip[0]] + text[skip[1] : word.start()]
            subject = subject.strip()
            return _lower_first(subject, article_text) if _good_subject(subject) else None
        del index
    return None


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")  # "3,000 women": a figure, not a clause break
_COORDINATED = re.compile(r",?\s(?:and|but|or)\s+(?:will|was|were|is|are|has|have|had)\b")
_APPOSITION = re.compile(
    r"[^,]{1,60}?(,\s(?:[a-z][\w'’-]*|aged|who|which|\d{1,3}(?=,))\b[^,]{0,60},)\s"
)  # ", a startup based in Berkeley,", ", 19,"
_QUANTIFIERS = frozenset("one some all most many each both several two three four five".split())
_SUBJECT_STOPS = frozenset(
    "who which that what whether where when how if because although don't doesn't didn't isn't "
    "wasn't aren't weren't won't can't know".split()
)


def _good_subject(subject: str) -> bool:
    """A noun phrase that can follow an inverted auxiliary: no clause, pronoun or verb in it."""
    words = subject.split()
    if not words or "," in _THOUSANDS.sub("", subject) or len(words) > 9:
        return False
    if subject.lower() in _PRONOUNS - {"it", "they", "he", "she"} or words[0].lower() in _AUX:
        return False
    if words[0].lower() in ("its", "their", "his", "her", "our", "my", "your"):
        return False  # "its central pressure": whose, the question could not say
    if words[0][:1].islower() and words[0].lower() not in {"the", "a", "an"} | _QUANTIFIERS:
        return False
    return not any(word.lower().strip("'’") in _SUBJECT_STOPS for word in words)


def wh_question(wh: str, clause: Clause) -> str | None:
    """Put the wh-phrase first and invert subject and auxiliary: "On what date will ...?"."""
    if not clause.subject:  # the phrase was the subject: "Which local MP cut the ribbon?"
        if not clause.rest:
            return None
        body = f"{wh} {clause.rest}"
    elif clause.aux and not _main_have(clause):
        body = f"{wh} {clause.verb.lower()} {clause.subject} {clause.rest}".strip()
    elif clause.aux:
        lower = clause.verb.lower()
        do = "did" if lower == "had" else ("does" if lower == "has" else "do")
        body = f"{wh} {do} {clause.subject} have {clause.rest}".strip()
    else:
        forms = base_form(clause.verb)
        if forms is None:
            return None
        do, verb = forms
        if do == "does" and _plural_subject(clause.subject):
            do = "do"
        body = f"{wh} {do} {clause.subject} {verb} {clause.rest}".strip()
    return _finish(body, clause.lead)


def _main_have(clause: Clause) -> bool:
    """ "has a partnership" (a main verb: "does it have") and not "has signed" (an auxiliary)."""
    if clause.verb.lower() not in ("has", "have", "had"):
        return False
    following = clause.rest.split(" ", 1)[0].lower()
    return not (
        following.endswith(("ed", "en"))
        or following in irregular_verbs()
        or following in ("been", "made", "built", "won", "done", "gone")
    )


def _plural_subject(subject: str) -> bool:
    last = subject.split()[-1].lower()
    return last.endswith("s") and not last.endswith("ss")


def _finish(body: str, lead: str = "") -> str:
    body = " ".join(_RELATIVE.sub("", body).split()).rstrip(" ,;:.")
    if lead:
        return f"{lead}, {body[:1].lower()}{body[1:]}?"
    return body[:1].upper() + body[1:] + "?"


# --- the question for each relation --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Context:
    """What phrasing needs beyond the fact: its article, sentence and the article's facts."""

    article: Article
    facts: ArticleFacts
    sentence: str
    previous: str = ""  # the sentence before, for what "it" or "he" stands for
    work: str = ""  # the article's main named subject ("No Time To Die"), "" when none
    work_noun: str = ""  # what that work is: "movie", "novel"


# Roles one person holds on a production; others ("stunt driver") are held by several.
_SOLE_ROLES = re.compile(r"\b(?:co-?ordinator|director|supervisor|chief|head|manager|captain)\b")
# Movie-like works: "the movie" and "the film" in a sentence stand for the article's work.
_SCREEN_WORKS = frozenset("movie film flick".split())
_WORK_EVENTS = "premiere|exhibition|trailer|chase"
_EVENT_NOUNS = "release|premiere|launch|opening|debut|screening"
# Words true only on the day: "the new Defender", "stunning new photos". After a possessive
# "new" tells things apart ("Jaguar Land Rover's new production facility") and stays.
_STALE = re.compile(
    r"(?<!['’]s )\b(?:upcoming|latest|recent|stunning|new)\s+"
    r"(?!(?:days|weeks|months|years|decades)\b)(?=[\w'’-])"
)  # "in recent months" keeps its word: "in months" says another thing
_LAST = re.compile(r"\b(?:last|latest|previous|most recent)\s+(?=[a-z])")
QUOTE_MIN_WORDS = 10  # shorter quotes ("I'd do this every day if I could!") identify no one
QUOTE_MAX_WORDS = 30
GENERAL_KNOWLEDGE = frozenset({"author"})  # "Who wrote Goldfinger?" tests no article


def _role_question(what: str, ctx: Context) -> str | None:
    """ "Who was the stunt co-ordinator on No Time To Die?": a role needs the work it is on."""
    if not ctx.work:
        return None  # "who is the engineer named in the report?" is no question
    if re.search(r"['’]s\b", what):
        return None  # "a show's executive producer": the role already says whose
    article = "the" if _SOLE_ROLES.search(what) else ("an" if what[:1] in "aeiou" else "a")
    return f"Who was {article} {what} on {ctx.work}?"


def spoken_clauses(spoken: str) -> str | None:
    """The quote to print in a "who said" question: whole sentences, or whole clauses when the
    quote is long; None when it is too short to tell its speaker by."""
    words = spoken.strip().split()
    if len(words) < QUOTE_MIN_WORDS:
        return None
    if len(words) <= QUOTE_MAX_WORDS:
        return " ".join(words)
    text = " ".join(words)
    cut = 0
    for boundary in re.finditer(r"[.!?](?=\s)|,?\s(?:so|and|but|because)\s|[,;:]\s", text):
        if len(text[: boundary.start()].split()) > QUOTE_MAX_WORDS:
            break
        cut = boundary.start() + (1 if text[boundary.start()] in ".!?" else 0)
    if len(text[:cut].split()) < QUOTE_MIN_WORDS:
        return None
    return text[:cut].rstrip(",;: ") + " \u2026"


def main_work(article: Article, titles: dict[str, str]) -> tuple[str, str]:
    """The work the article is about: a title the library knows (a film, a novel) that this
    article names at least twice, the most often named first; ("", "") when there is none."""
    text = normalise(article.text)
    best = ("", "", 1)
    for title, noun in titles.items():
        mentions = text.count(normalise(title))
        if mentions > best[2]:
            best = (title, noun, mentions)
    if not best[0]:
        return "", ""
    # The article's own spelling of the title ("No Time to Die" where another wrote "To").
    own = re.search(re.escape(best[0]), article.text, re.IGNORECASE)
    return (own.group() if own else best[0]), best[1]


_RELATIVE_TIME = re.compile(
    r"\b(?P<prep>(?:by|in|from|until|till|since|before|after)\s+)?"
    r"(?P<which>next|last|this)\s+(?P<unit>week|month|year)\b"
)


def anchor_relative(text: str, when: date | None) -> str:
    """ "next week" in an article of 13 November 2019 becomes "in November 2019", "by next
    year" "by 2020": relative times are anchored to the article's date (undated, they are
    left for :func:`_finish` to drop)."""
    if when is None:
        return text

    def swap(match: re.Match[str]) -> str:
        prep = match.group("prep")
        which, unit = match.group("which").lower(), match.group("unit").lower()
        step = {"next": 1, "last": -1, "this": 0}[which]
        if unit == "year":
            return f"{prep or 'in '}{when.year + step}"
        if unit == "month":
            first = when.replace(day=1)
            moved = first + timedelta(days=32) if step > 0 else first - timedelta(days=step * -1)
            return f"{prep or 'in '}{moved:%B %Y}"
        return f"{prep or 'in '}{when + timedelta(days=7 * step):%B %Y}"

    return _RELATIVE_TIME.sub(swap, text)


_DEFINITE = re.compile(r"\b[Tt]he\s+((?:[a-z][\w-]*\s+){0,2}?)([a-z]{3,})(?![\w'’-]|\s+[A-Z])")


def name_definites(asked: str, article_text: str) -> str:
    """ "the cable-stayed bridge" becomes "the Harbour Bridge" when the article names exactly
    one thing of that kind: a question out of context must say which bridge."""

    def named(match: re.Match[str]) -> str:
        head = match.group(2)
        if head in words("generic_nouns"):
            return match.group()  # "the department", "the state": too often another one
        found = {
            re.sub(r"^The\s+", "", name.group(1))
            for name in re.finditer(
                rf"\b((?:[A-Z][\w'’-]+\s+){{1,3}}{head.capitalize()})\b", article_text
            )
        }
        found = {name for name in found if name.split()[0] not in NOT_NAME or len(name.split()) > 2}
        if len(found) != 1:
            return match.group()
        return f"{match.group()[:3]} {found.pop()}"

    return _DEFINITE.sub(named, asked)


def polish(asked: str, ctx: Context) -> str:
    """Give a drafted question its context and keep it true after its article's date: "the
    movie" becomes the film's title, "the premiere" its premiere, "new" goes, and what an
    article dated in the past says "will" happen "would" happen."""
    work = ctx.work
    if work and not contains_answer(asked, work):
        if ctx.work_noun in _SCREEN_WORKS:
            asked, count = re.subn(r"\bthe (?:movie|film|flick)\b", work, asked, count=1)
        else:
            asked, count = re.subn(rf"\bthe {re.escape(ctx.work_noun)}\b", work, asked, count=1)
        if not count:
            # "The premiere will take place ... and will be released in cinemas": a premiere is
            # never released; the clause is about the work.
            asked, count = re.subn(
                r"\bthe (?:premiere|screening)\b(?= (?:be|been|was|is) released\b)", work, asked
            )
        if not count:
            asked = re.sub(rf"\bthe ({_WORK_EVENTS})\b(?! of)", rf"the {work} \1", asked, count=1)
    asked = name_definites(asked, ctx.article.text)
    asked = _STALE.sub("", asked)
    asked = re.sub(r"\b([Aa]) (?=[aeiou])", r"\1n ", asked)  # "a new exhibition" -> "an exhibition"
    if ctx.article.date is not None:
        years = [int(y) for y in re.findall(r"\b(?:1\d{3}|20\d{2})\b", asked)]
        if any(year < ctx.article.date.year for year in years):
            asked = _LAST.sub("", asked)  # "Craig's last outing as Bond in 2015": the year says it
        asked = re.sub(r"\bwill\b", "would", asked)
        asked = re.sub(r"\bWill\b", "Would", asked)
    return asked[:1].upper() + asked[1:]


def _sentence_subject(text: str) -> str:
    """The noun phrase that opens a sentence ("The New Defender"), or "" when unclear."""
    match = re.match(
        r"((?:The|A|An|Its|Their|His|Her)\s+(?:[\w'’-]+\s+){0,5}?)(?:is|are|was|were|"
        r"has|have|had|will|can)\b",
        text,
    )
    if not match:
        return ""
    return match.group(1).strip()


def _wh_for(fact: Fact, ctx: Context) -> str | None:
    """The wh-phrase that replaces the fact's phrase in its clause."""
    text = ctx.sentence
    phrase_text = text[fact.phrase[0] : fact.phrase[1]]
    kind, rel = fact.kind, fact.relation
    if kind == "date":
        prep = (fact.what or "").lower()
        noun = (
            "date"
            if rel == "date"
            else ("month and year" if re.search(r"\d{4}", fact.answer) else "month")
        )
        if prep in ("", "on", "at"):
            return f"On what {noun}" if rel == "date" else f"In which {noun}"
        prep = "until" if prep == "till" else prep
        return f"{prep.capitalize()} what {noun}"
    if kind == "year" and rel == "in-year":
        return f"{(fact.what or 'in').capitalize()} what year"
    if kind == "count" and rel == "count":
        before = re.search(r"\b(in|from|for|with|at|on|by|of)\s+$", text[: fact.phrase[0]])
        prep = f"{before.group(1).capitalize()} how many" if before else "How many"
        return f"{prep} {fact.what}"
    unit = _unit_of(fact, text)
    if unit:  # "after 25 minutes" -> "After how many minutes"
        before = _DURATION_PREP.search(text[: fact.phrase[0]])
        return f"{before.group(1).capitalize()} how many {unit}" if before else None
    if kind == "place":
        prep = (fact.what or "in").capitalize()
        if rel == "venue":
            first, last = fact.answer.split()[0].lower(), fact.answer.split()[-1].lower()
            natural = {"river": "river", "lake": "lake", "mount": "mountain"}.get(first)
            return f"{prep} which {natural or _VENUE_NOUNS.get(last, 'venue')}"
        if rel in _PLACE_WH:
            return f"{prep} {_PLACE_WH[rel]}"
        if rel == "area":
            return f"{prep} which town"
        return None
    if kind in ("number", "money") and rel == "by":
        return "By how much"
    if kind == "money" and rel == "amount":
        return "How much"
    if rel == "by-agent":
        desc = re.sub(r"^(?:the|a|an)\s+", "", fact.detail or "")
        return f"By which {desc}" if desc else ("By whom" if kind == "person" else None)
    if kind == "organisation" and rel == "org-role":
        before = re.search(r"\b(with|by|for|from|at|to)\s+$", text[: fact.phrase[0]])
        return f"{before.group(1).capitalize()} which {fact.what}" if before else None
    if kind == "vehicle" and rel == "vehicle":
        # "Land Rover first partnered ..., in which a Range Rover convertible appeared": which
        # Land Rover vehicle; "which vehicle appeared in Octopussy?" has many answers.
        maker = re.match(rf"(?:{VEHICLE_MAKES})\b", text)
        if maker and not contains_answer(fact.answer, maker.group()):
            return f"Which {maker.group()} vehicle"
        return "Which vehicle"
    if rel == "uses-model":
        return f"Which {fact.what} model"
    if kind == "organisation" and rel == "org":
        before = re.search(r"\b(with|by|for|from|at|to)\s+(?:the\s+)?$", text[: fact.phrase[0]])
        if before:
            return f"{before.group(1).capitalize()} which {fact.what}"
        return f"Which {fact.what}"
    if kind == "person" and rel == "role" and phrase_text.startswith(fact.what):
        # "Which Presidential spokesman sought ...?" says not whose: a role is asked this way
        # only with the organisation in it, written capitalised inside the sentence.
        capitals = [w for w in fact.what.split() if w[:1].isupper()]
        if capitals and fact.phrase[0] == 0 and capitals[0] == fact.what.split()[0]:
            # at the sentence's start a capital proves nothing: "Rovers" is a name when the
            # article writes it so mid-sentence, "Presidential" is not
            first = capitals[0]
            if not re.search(r"[a-z,] " + re.escape(first) + r"\b", ctx.article.text):
                capitals = capitals[1:]
        return f"Which {fact.what}" if capitals else None
    verb_noun = _verb_attribute(fact)
    if kind == "money" and verb_noun is not None:  # "reported quarterly revenue of $4.2 billion"
        return f"How much {verb_noun[1]}"
    if kind in ("number", "money") and rel == "attribute":
        preceding = text[: fact.phrase[0]].split()
        prep = preceding[-1].lower() if preceding else ""
        if prep in ("for", "at", "to"):
            return f"{prep.capitalize()} what {fact.what}"
        return None
    if kind == "title" and rel == "work":
        desc = fact.detail
        desc = re.sub(r"^(?:the|a|an)\s+", "", desc)
        preceding = text[: fact.phrase[0]].split()
        prep = preceding[-1].lower() if preceding else ""
        noun = f"{desc} {fact.what}".strip()
        if prep in ("for", "in", "from", "of"):
            return f"{prep.capitalize()} which {noun}"
        return None
    return None


# Units a figure is counted in, asked "how many <unit>": the answer keeps its figure and unit.
_UNITS = frozenset(
    "years months weeks days hours minutes seconds decades miles feet inches yards meters "
    "metres kilometers kilometres kilograms pounds tons tonnes".split()
)


# A measure is asked only after one of these: "for how many years", "after how many minutes";
# "in 14 years" (a span, or a time since) and "is 525 miles from" read badly as questions.
_DURATION_PREP = re.compile(r"\b(for|after|within)\s+$")


def _unit_of(fact: Fact, text: str) -> str:
    """ "minutes" for "25 minutes" in "after 25 minutes"; "" for a figure that is not a plain
    measure: an age or a time ago ("two years ago", "32 years old"), a conversion in brackets
    ("(305 kph)"), a compound ("a 36-hour period"), one end of a range."""
    if fact.kind != "number" or fact.relation != "amount" or fact.what:
        return ""
    unit = fact.answer.split()[-1].lower()
    if unit not in _UNITS or len(fact.answer.split()) < 2:
        return ""
    before, after = text[: fact.start], text[fact.end :]
    if re.match(r"\s*(?:ago|old|earlier|later|of)\b|-", after):  # "3 weeks of work"
        return ""
    if re.search(r"(?:\(|\bfrom\s+\S+\s+to\s+|\bbetween\s+\S+\s+and\s+)$", before):
        return ""
    if re.match(r"\s*(?:to|and|or|-)\s+\d", after):
        return ""
    return unit


def _verb_attribute(fact: Fact) -> tuple[str, str] | None:
    """ "reported" and "quarterly revenue" when the attribute opens with the verb stating it."""
    if fact.relation != "attribute":
        return None
    verb, _, noun = fact.what.partition(" ")
    if noun and verb.endswith("ed") and _is_finite(verb):
        return verb, noun
    return None


def _phrase_span(fact: Fact, text: str) -> tuple[int, int]:
    """The phrase a wh-phrase replaces, with a preposition the wh-phrase carries."""
    start, end = fact.phrase
    verb_noun = _verb_attribute(fact)
    if verb_noun is not None:  # the verb stays in its clause; the noun moves to the wh-phrase
        found = text.find(verb_noun[1], start)
        if 0 <= found < end:
            return found, end
    if _unit_of(fact, text):
        before = _DURATION_PREP.search(text[:start])
        if before:
            return before.start(), end
    if fact.relation in ("count", "by-agent", "org-role"):
        before = re.search(r"\b(?:in|from|for|with|at|on|by|of)\s+$", text[:start])
        if before:
            start = before.start()
    if fact.kind in ("number", "money", "title", "organisation") and fact.relation in (
        "attribute",
        "work",
        "org",
    ):
        before = re.search(r"\b(?:(?:for|at|to|in|from|of|with|by)\s+)?(?:the\s+)?$", text[:start])
        if before:
            start = before.start()
    if fact.kind == "place" and fact.detail:
        region = text.find(fact.detail, end)
        if 0 <= region - end <= 4:
            end = region + len(fact.detail)
    return start, end


def question_text(fact: Fact, ctx: Context) -> str | None:
    """A natural question whose answer is the fact, or None when none reads well."""
    text = ctx.sentence
    wh = _wh_for(fact, ctx)
    if wh is not None:
        clause = split_clause(text, _phrase_span(fact, text), ctx.article.text)
        if clause is not None and clause.subject.lower() in ("it", "they", "he", "she"):
            antecedent = _subject_at_start(ctx.previous, ctx.article.text) if ctx.previous else None
            if not antecedent or antecedent.lower() in _PRONOUNS:
                clause = None
            else:
                clause = replace(clause, subject=antecedent)
        if clause is not None:
            when = ctx.article.date
            lead, rest = anchor_relative(clause.lead, when), anchor_relative(clause.rest, when)
            clause = replace(clause, lead=lead, rest=rest)
            asked = wh_question(wh, clause)
            if asked is not None and len(asked.split()) >= 5:
                return polish(asked, ctx)
    templated = _template(fact, ctx)
    if templated is None or fact.relation == "speaker":  # a quote is printed as spoken
        return templated
    return polish(templated, ctx)


# --- templates: one small function a relation, chosen by a table --------------------------------

Template = Callable[[Fact, Context], str | None]


def _t_date(fact: Fact, ctx: Context) -> str | None:
    if not ctx.work:
        return None
    event = re.search(
        rf"\bthe\s+(?P<np>(?:[a-z]+\s+)?(?:{_EVENT_NOUNS}))\s+on\s+$", ctx.sentence[: fact.start]
    )
    if event:  # "a few days after the global release on April 2"
        return f"On what date was the {event.group('np')} of {ctx.work} scheduled?"
    return None


def _t_speaker(fact: Fact, ctx: Context) -> str | None:
    spoken = spoken_clauses(fact.detail)
    short = " ".join(fact.detail.split())
    if spoken is None and fact.subject and ctx.work and len(short.split()) >= 5:
        # Too short to tell its speaker alone: the speaker's role on the work says whose.
        return f"Which {fact.subject} on {ctx.work} said \u201c{short}\u201d?"
    if spoken is None:
        return None
    about = f", of {ctx.work}," if ctx.work and not contains_answer(spoken, ctx.work) else ""
    return f"Who said{about} \u201c{spoken}\u201d?"


def _t_attribute(fact: Fact, ctx: Context) -> str | None:
    holder = _sentence_subject(ctx.sentence)
    if not holder:
        return None
    holder = _lower_first(holder, ctx.article.text)
    unit = f", in {fact.detail}" if fact.relation == "respectively" and fact.detail else ""
    return f"What is the {fact.what} of {holder}{unit}?"


def _t_count(fact: Fact, ctx: Context) -> str | None:
    return _with_count(fact, ctx)


def _t_count_of(fact: Fact, ctx: Context) -> str | None:
    text = ctx.sentence
    tail = _CLAUSE_END.search(text, fact.phrase[1])
    rest = text[fact.phrase[1] : tail.start() if tail else len(text)].strip()
    lead = ""
    first = text.split(" ", 1)[0].lower()
    comma = text.find(", ")
    if first in _LEADERS and 0 < comma < fact.start:
        lead = text[:comma]
    if len(rest.split()) < 2:
        return None
    return _finish(f"How many of the {fact.what} {rest}", lead)


def _t_played_by(fact: Fact, ctx: Context) -> str | None:
    where = f" in {ctx.work}" if ctx.work else ""
    return f"Which actor plays the {fact.what} {fact.subject}{where}?"


def _t_role(fact: Fact, ctx: Context) -> str | None:
    if fact.kind == "character":
        actor = re.match(r"\s*\(played by ([^)]+)\)", ctx.sentence[fact.end :])
        if actor:
            return f"What is the name of the {fact.what} played by {actor.group(1)}?"
        return None
    if fact.relation == "role" and any(
        f.relation == "role" and f.what == fact.what and f.answer != fact.answer
        for f in ctx.facts.facts
    ):
        return None  # several people share the role: "who is the engineer?" has no one answer
    if not ctx.work:
        return _org_role_question(fact, ctx)
    return _role_question(fact.what, ctx)


# Roles one person holds in an organisation: "the Arsenal manager" names one person, "the
# Chelsea striker" does not.
_ORG_SOLE_ROLES = re.compile(
    r"\b(?:manager|coach|chairman|chairwoman|president|owner|founder|boss|captain|"
    r"chief executive|ceo|governor|mayor|prime minister|premier|chancellor|commissioner|"
    r"head coach|secretary-general|editor-in-chief)$",
    re.IGNORECASE,
)
# The organisation a role is written after: "Arsenal manager", "India's prime minister".
_ORG_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<org>[A-Z][\w&.'’-]*(?:\s+(?:of\s+(?:the\s+)?|&\s+)?[A-Z][\w&.'’-]*){0,4})"
    r"(?P<owns>['’]s)?\s+$"
)
_NOT_ORG = frozenset("the a an current then former ex late acting interim last next".split())
_PAST_ROLE = re.compile(r"\b(?:former|ex|then|late|outgoing|incoming|interim|acting|retired)\b")


def _first_name_led(text: str) -> bool:
    """ "Vladimir Putin": a person, not an organisation (a given name starts it)."""
    return text.split()[0].strip("'’s") in vocabulary().given


def _org_role_question(fact: Fact, ctx: Context) -> str | None:
    """ "Arsenal manager Arsene Wenger said ..." -> "Who is the Arsenal manager?": a role asked
    of the organisation the same sentence ties it to, and only a role one person holds."""
    role = fact.what.strip()
    if fact.kind != "person" or not _ORG_SOLE_ROLES.search(role) or _PAST_ROLE.search(role):
        return None
    if len(fact.answer.split()) < 2:
        return None  # "Disney" as the franchise's owner: a company, or a surname alone
    before = ctx.sentence[: fact.phrase[0]]
    found = _ORG_BEFORE.search(before)
    if found is None or re.search(r"[A-Z][\w&.'’-]*\s+$", before[: found.start()]):
        return None  # "New Zealand Infant Formula Exporters Association": too long to be whole
    parts = found.group("org").split()
    while parts and parts[0].lower().strip("-") in _NOT_ORG:
        parts.pop(0)
    if not parts or parts[0].lower().startswith("ex-"):
        return None
    if _PAST_ROLE.search(before[max(0, found.start() - 12) :].lower()):
        return None  # "then Bolton midfielder", "former Eagles member": not the role today
    org = " ".join(parts)
    if len(parts) == 1 and re.search(rf"\b{re.escape(org)}\s+[A-Z][a-z]", ctx.article.text):
        return None  # "the Real boss" for Real Madrid: the short form of a longer name
    if org.lower() in words("stopwords") or _first_name_led(org):
        return None  # "Putin's boss" asks of a person, not an organisation
    if any(
        f.relation == "role" and f.what == fact.what and f.answer != fact.answer
        for f in ctx.facts.facts
    ):
        return None
    holder = f"{org}'s {role}" if found.group("owns") else f"the {org} {role}"
    when = ctx.article.date
    if when is not None:
        return f"Who was {holder} in {when:%B %Y}?"
    return f"Who is {holder}?"


def _t_position(fact: Fact, ctx: Context) -> str | None:
    clause = split_clause(ctx.sentence, fact.phrase, ctx.article.text)
    if clause is None or not clause.subject or not clause.aux:
        return None
    return _finish(f"In what position {clause.verb.lower()} {clause.subject} in {fact.what}")


def _t_as_role(fact: Fact, ctx: Context) -> str | None:
    role = re.sub(r"^the\s+", "", fact.what)
    film = _work_in(ctx)
    return f"Who plays the {role} in {film}?" if film else None


def _t_author(fact: Fact, ctx: Context) -> str | None:
    year = f"{fact.detail} " if fact.detail else ""
    return f"Who wrote the {year}{fact.what} {fact.subject}?"


def _t_work_of(fact: Fact, ctx: Context) -> str | None:
    if not fact.detail:
        return None
    made = WORK_NOUNS.get(fact.what, "released")
    return f"Which {fact.what} by {fact.subject} was {made} in {fact.detail}?"


def _t_year_of_work(fact: Fact, ctx: Context) -> str | None:
    desc = fact.detail.strip()
    desc = f"{desc} " if desc else ""
    owner = re.search(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)['’]s\s+$", ctx.sentence[: fact.start])
    name = owner.group(1) if owner else ""
    name = re.sub(r"^(?:In|At|On|For|By|From|With|The)\s+", "", name)
    noun = f"{name}'s {desc}{fact.what}" if name else f"the {desc}{fact.what}"
    return f"In what year was {noun} {fact.subject} {WORK_NOUNS.get(fact.what, 'released')}?"


def _t_in_year(fact: Fact, ctx: Context) -> str | None:
    text = ctx.sentence
    began = re.search(
        r"(?:^|,\s)(?P<owner>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)\s+(?:has|had)\s+"
        r"(?:a|an)\s+(?P<np>[^,]{3,80}),\s+which\s+(?P<verb>began|started|ended)\s+in\s+$",
        text[: fact.start],
    )
    if began:
        verb = {"began": "begin", "started": "start", "ended": "end"}[began.group("verb")]
        return f"In what year did {began.group('owner')}'s {began.group('np')} {verb}?"
    founded = re.search(
        r"(?:^|,\s)(?P<np>(?:The|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|(?:[A-Z][\w'’-]*\s)"
        r"{0,3}[A-Z][\w'’-]*),\s+(?:(?:first|originally)\s+)?(?P<verb>[a-z]+ed|built|made)"
        r"\s+$",
        text[: fact.phrase[0]],
    )
    if founded and _good_subject(founded.group("np")):
        holder = _lower_first(founded.group("np"), ctx.article.text)
        return f"In what year was {holder} {founded.group('verb')}?"
    np = _noun_before(text, fact.phrase[0])
    if np and ("'s " in np or "’s " in np or np.split()[0] in ("the", "The", "its", "their")):
        return f"In what year was {np}?"
    return None


def _t_age(fact: Fact, ctx: Context) -> str | None:
    if ctx.article.date is None:
        return None
    return f"How old was {fact.subject} in {ctx.article.date:%B %Y}?"


def _t_trim(fact: Fact, ctx: Context) -> str | None:
    holder = _sentence_subject(ctx.sentence)
    if not holder:
        return None
    holder = _lower_first(holder, ctx.article.text)
    verb = re.match(
        r"(?:The|A|An|Its|Their|His|Her)\s+(?:[\w'’-]+\s+){0,5}?(is|are|was|were)\b", ctx.sentence
    )
    return f"In which {fact.what} {verb.group(1)} {holder}?" if verb else None


def _t_ordinal(fact: Fact, ctx: Context) -> str | None:
    found = _ordinal_holder(ctx.sentence, fact)
    if found is None:
        return None
    holder, verb = found
    if verb == "will be":  # the film's number does not change once it is out
        return f"What number {fact.what} is {holder}?"
    return f"What number {fact.what} {verb} {holder}?"


def _t_town_of(fact: Fact, ctx: Context) -> str | None:
    region = f" in {fact.detail}" if fact.detail else ""
    desc = re.sub(r"^(?:the|a|an)\s+", "", fact.what)
    backdrop = re.search(r"\bagainst the backdrop of\s+$", ctx.sentence[: fact.phrase[0]])
    if backdrop is None or not ctx.work:
        return None  # "which town is named in the report?" is no question
    return f"Which {desc}{region} is the backdrop of photos from {ctx.work}?"


def _t_place(fact: Fact, ctx: Context) -> str | None:
    if fact.kind != "place":
        return None
    np = _noun_before(ctx.sentence, fact.phrase[0])
    if np and np.split()[-1].lower() in _FACILITIES:
        wh = _wh_for(fact, ctx) or "Where"
        wh = re.sub(r"^\w+ ", "In ", wh) if fact.relation != "venue" else wh
        return f"{wh} is {np}?"
    return None


def _t_by_agent(fact: Fact, ctx: Context) -> str | None:
    film = _work_in(ctx) if fact.kind == "person" else ""
    return f"Who {fact.what} {film}?" if film else None


TEMPLATES: dict[str, Template] = {
    "date": _t_date,
    "speaker": _t_speaker,
    "attribute": _t_attribute,
    "respectively": _t_attribute,
    "count": _t_count,
    "count-of": _t_count_of,
    "played-by": _t_played_by,
    "role": _t_role,
    "apposition": _t_role,
    "position": _t_position,
    "as-role": _t_as_role,
    "author": _t_author,
    "work-of": _t_work_of,
    "year-of-work": _t_year_of_work,
    "in-year": _t_in_year,
    "age": _t_age,
    "trim": _t_trim,
    "model": _t_trim,
    "ordinal": _t_ordinal,
    "town-of": _t_town_of,
    "area": _t_place,
    "city": _t_place,
    "venue": _t_place,
    "country": _t_place,
    "region": _t_place,
    "by-agent": _t_by_agent,
}


def _template(fact: Fact, ctx: Context) -> str | None:
    """Questions built from the fact's parts, for sentences too tangled to invert: the
    relation picks its template from :data:`TEMPLATES`."""
    template = TEMPLATES.get(fact.relation)
    return template(fact, ctx) if template is not None else None


_NP_STOPS = frozenset(
    "of in at on by for with to and or but is was are were be been will would has have had that "
    "which who when where while during after before from into than built made".split()
)


def _with_count(fact: Fact, ctx: Context) -> str | None:
    """ "..., the new Defender is already proving popular, with more than 70 Kiwis making a
    first instalment payment to secure one." -> "How many Kiwis were making a first
    instalment payment to secure a Defender?"."""
    text = ctx.sentence
    if not re.search(r",\s+with\s+$", text[: fact.phrase[0]]) or not fact.what:
        return None
    after = re.match(r"\s+(?P<ing>[a-z]+ing)\s+(?P<rest>[^,.;:]+)[,.;:]?", text[fact.phrase[1] :])
    if not after or not text[fact.phrase[0] : fact.phrase[1]].endswith(fact.what):
        return None
    rest = after.group("rest").strip()
    if re.search(r"\bone$", rest):
        holder = re.search(
            r"(?:^|,\s)(?:the|a|an|The|A|An)\s+(?:[\w'’-]+\s+){0,3}?(?P<head>[A-Z][\w'’-]+)\s+"
            r"(?:is|are|was|were|has|have|had)\b",
            text[: fact.phrase[0]],
        )
        if holder is None:
            return None
        rest = re.sub(r"\bone$", f"a {holder.group('head')}", rest)
    were = "were" if fact.what.endswith("s") else "was"
    return f"How many {fact.what} {were} {after.group('ing')} {rest}?"


def _noun_before(text: str, start: int) -> str:
    """ "Jaguar Land Rover's new production facility" before "in Nitra"; "" when unclear."""
    words = re.findall(r"[\w'’.-]+|[^\w\s]", text[:start])
    taken: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if not re.match(r"[\w'’]", word) or lower in _NP_STOPS:
            break
        taken.append(word)
        if lower in ("the", "a", "an", "its", "their") or len(taken) >= 7:
            break
    taken.reverse()
    if len(taken) < 2 or taken[-1].lower() in ("the", "a", "an"):
        return ""
    if any(word[:1].isdigit() and not re.fullmatch(r"1\d{3}|20\d{2}", word) for word in taken):
        return ""  # "000 homes" from "150,000 homes"
    if taken[0].lower() in ("the", "a", "an") and len(taken) < 3:
        return ""
    if taken[0][:1].islower() and taken[0].lower() not in ("the", "a", "an", "its", "their"):
        return ""
    np = " ".join(taken)
    return _lower_first(np, text) if taken[0] in ("The", "A", "An") else np


def _ordinal_holder(text: str, fact: Fact) -> tuple[str, str] | None:
    """ "No Time To Die" and "will be" before "the 25th Bond film"."""
    match = re.search(
        r"(?:^|,\s)(?P<name>(?:[A-Z][\w'’-]*\s+)(?:(?:[A-Za-z][\w'’-]*)\s+){0,4}?)"
        r"(?P<verb>will be|is|was)\s+the\s+$",
        text[: fact.start],
    )
    if not match:
        return None
    name = match.group("name").strip()
    if not _good_subject(name):
        return None
    return name, match.group("verb")


def _work_in(ctx: Context) -> str:
    """The film or book a sentence is about: a title named in it, or the article's work."""
    for title in ctx.facts.titles:
        if title in ctx.sentence:
            return title
    return ""


# --- drafts --------------------------------------------------------------------------------


def slug(text: str, limit: int = 32) -> str:
    ascii_text = normalise(text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = "-".join(words)[:limit].strip("-")
    return out or "fact"


def draft_id(article: Article, fact: Fact) -> str:
    """Stable across runs: the article, the kind and what the fact is, never its position."""
    digest = hashlib.blake2b(f"{article.id}\x1f{fact.key}".encode(), digest_size=4).hexdigest()
    label = fact.what if fact.what and fact.relation not in ("date", "in-year") else fact.answer
    if fact.relation == "speaker":
        label = fact.full or fact.answer
    return f"gen-{slug(article.id, 12)}-{fact.kind}-{slug(label, 28)}-{digest}"


def _difficulty(fact: Fact, article: Article) -> str:
    mentions = normalise(article.text).count(normalise(fact.answer))
    if fact.kind in ("number", "money") or (fact.kind == "date" and fact.relation == "date"):
        return "hard" if mentions <= 1 else "medium"
    if mentions >= 3 or (fact.kind == "year" and fact.relation == "year-of-work"):
        return "easy"
    if fact.kind in ("ordinal", "title", "vehicle"):
        return "easy"
    return "medium"


def _quote_for(
    library: Library, article: Article, sentence: str, fact: Fact
) -> tuple[str, str | None]:
    """The passage to cite: the sentence, or when it holds a garbled or contested passage the
    fact does not rest on, the clauses around the fact that leave that passage out (still
    verbatim, still holding the answer). A fact inside such a passage gets a reason instead."""
    if not library.has_notes(article.id):
        return sentence, None
    bad: list[tuple[int, int]] = []
    passages = [(e.quote, e.reason) for e in library.unreliable if e.article == article.id]
    contested = [
        (claim.quote, "")
        for conflict in library.conflicts
        for claim in conflict.claims
        if claim.article == article.id
    ]
    for passage, reason in passages + contested:
        index = _index_in(sentence, passage)
        if index is None:
            continue
        span = (index, index + len(passage))
        if span[0] < fact.end and fact.start < span[1]:
            if reason:
                return sentence, f"rests on an unreliable passage ({reason})"
            continue  # the answer is one side of a conflict: cited whole, and sourced
        bad.append(span)
    if not bad:
        return sentence, None
    return _clauses_around(sentence, fact, bad), None


_CLAUSE_GAP = re.compile(r",\s+|;\s+|\s[–—-]\s|\s+and\s+|\s+but\s+|\.\s+")


def _clauses_around(sentence: str, fact: Fact, bad: list[tuple[int, int]]) -> str:
    """The longest run of whole clauses around the fact's phrase that overlaps no bad span."""
    lo, hi = min(fact.start, fact.phrase[0]), max(fact.end, fact.phrase[1])
    begin, end = 0, len(sentence)
    for start, stop in bad:
        if stop <= lo:
            begin = max(begin, stop)
        elif start >= hi:
            end = min(end, start)
    cut_begin = 0 if begin == 0 else lo
    cut_end = len(sentence) if end == len(sentence) else hi
    gaps = list(_CLAUSE_GAP.finditer(sentence))
    if begin > 0:  # the first clause that starts after the bad passage
        cut_begin = next((g.end() for g in gaps if begin <= g.start() and g.end() <= lo), lo)
    if end < len(sentence):  # the last clause that ends before it
        before = (g.start() for g in reversed(gaps) if hi <= g.start() and g.end() <= end)
        cut_end = next(before, hi)
    return sentence[cut_begin:cut_end].strip()


def _index_in(text: str, passage: str) -> int | None:
    target = normalise(passage)
    for index in range(len(text)):
        if normalise(text[index : index + len(passage) + 4]).startswith(target):
            return index
    return None


def _conflict_of(
    library: Library, article: Article, quote: str, answer_span: tuple[int, int]
) -> tuple[bool, bool] | None:
    """Whether the quote touches a catalogued conflict: (the answer is the contested value,
    every side of the conflict is in this article); None when it touches none."""
    if not library.has_notes(article.id):
        return None
    span = quote_span(library, article.id, quote)
    if span is None:
        return None
    found: tuple[bool, bool] | None = None
    for conflict in library.conflicts:
        for claim in conflict.claims:
            if claim.article != article.id:
                continue
            claim_span = quote_span(library, claim.article, claim.quote)
            if claim_span and claim_span[0] < span[1] and span[0] < claim_span[1]:
                on_answer = claim_span[0] < answer_span[1] and answer_span[0] < claim_span[1]
                alone = all(c.article == article.id for c in conflict.claims)
                if found is None or on_answer:
                    found = (on_answer, alone)
    return found


_NAME_KINDS = frozenset({"person", "character", "title", "place", "organisation", "vehicle"})


@dataclass
class CrossIndex:
    """What each article says of a keyed fact, to find facts articles state differently."""

    answers: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # key -> article -> ans

    @staticmethod
    def key(fact: Fact) -> str | None:
        if fact.relation in (
            "attribute",
            "respectively",
            "year-of-work",
            "work-of",
            "author",
            "age",
            "played-by",
        ):
            return "|".join((fact.relation, normalise(fact.what), normalise(fact.subject)))
        return None  # counts, dates, names...: too often true of different things at once

    def add(self, fact: Fact) -> None:
        key = self.key(fact)
        if key is not None:
            self.answers.setdefault(key, {}).setdefault(fact.article, set()).add(
                normalise(fact.answer)
            )

    def disagreement(self, fact: Fact) -> str | None:
        """'self' when the article contradicts itself. What other articles say is never asked:
        an article's questions must not change with the other articles of the run (conflicts
        between articles are catalogued beside them, as the seeds' are)."""
        key = self.key(fact)
        if key is None:
            return None
        mine = self.answers.get(key, {}).get(fact.article, set())
        return "self" if len(mine) > 1 else None


def _giveaway(fact: Fact, article: Article) -> bool:
    """An answer that is what the whole article is about: asking it tests nothing."""
    if fact.kind not in _NAME_KINDS:
        return False
    answer = normalise(fact.answer)
    if len(answer) >= 4 and answer in normalise(article.title):
        return True
    sentences = article.sentences
    mentions = sum(1 for s in sentences if answer in normalise(s.text))
    return fact.kind in ("title", "vehicle", "organisation") and mentions * 3 >= len(sentences)


def _in_list(fact: Fact, sentence: str) -> bool:
    """One item of a list ("a Series III, a Range Rover Classic and ..."): no single answer."""
    before = sentence[max(0, fact.start - 4) : fact.start]
    after = sentence[fact.end : fact.end + 6]
    return bool(
        re.search(r",\s+(?:an?\s+)?$", before) or re.match(r",\s+(?:an?|the)?\s*[A-Z]", after)
    )


def draft(
    article: Article,
    facts: ArticleFacts,
    fact: Fact,
    library: Library,
    cross: CrossIndex,
    names: Names,
    seed: int,
) -> tuple[dict[str, Any] | None, str]:
    """A draft question for one fact as a YAML-ready mapping, or None and the reason."""
    sentence = article.sentences[fact.sentence].text
    if fact.kind == "vehicle" and _in_list(fact, sentence):
        return None, "one item of a list, with no single answer"
    if _giveaway(fact, article):
        return None, "gives the answer away (what the whole article is about)"
    if fact.relation in GENERAL_KNOWLEDGE:
        return None, "general knowledge (who wrote a book), not the article's news"
    disagreement = cross.disagreement(fact)
    if disagreement == "self":
        return None, "the article states this fact two ways"
    quote, unreliable = _quote_for(library, article, sentence, fact)
    if unreliable:
        return None, "rests on a garbled or misspelt passage"
    offset = article.sentences[fact.sentence].start
    conflict = _conflict_of(library, article, quote, (offset + fact.start, offset + fact.end))
    if conflict is not None:
        on_answer, alone = conflict
        if on_answer and (alone or fact.kind in _NAME_KINDS):
            return None, "a name the articles spell differently"
    previous = article.sentences[fact.sentence - 1].text if fact.sentence else ""
    work, work_noun = names.work_of(article, facts)
    ctx = Context(article, facts, sentence, previous, work, work_noun)
    asked = question_text(fact, ctx)
    if asked is None:
        return None, "no natural question for this sentence"
    if conflict is not None:
        if article.date is None and not article.title:
            return None, "another article states it differently, and this one is undated"
        if not names_source(asked, article):
            asked = f"{source_phrase(article)}, {asked[:1].lower()}{asked[1:]}"
    asked = with_full_names(asked, article)
    if asked is None:
        return None, "a surname the article gives to more than one person"
    answer = fact.answer
    kind = fact.kind
    explanation = None
    if fact.relation == "speaker" and fact.full and fact.full != answer:
        # The answer is the name as the quote's sentence gives it (its citation must hold it);
        # the full name found earlier in the article goes in the explanation.
        role = f", the {fact.subject}" if fact.subject else ""
        explanation = f"{fact.full}{role}."
    question = Question(
        id=draft_id(article, fact),
        question=asked,
        answer=answer,
        distractors=(),
        source=Citation(article.id, quote),
        kind=kind,
        origin="generated",
    )
    if contains_answer(asked, answer):
        return None, "the question would contain its answer"
    candidate = Candidate(
        question=asked,
        answer=answer,
        kind=kind,
        relation=fact.relation,
        sentence=sentence,
        start=fact.start,
        end=fact.end,
        quote=quote,
        article_text=article.text,
    )
    rejected = rejection(candidate)
    if rejected is not None:
        return None, rejected
    if any(passage in normalise(asked) for passage in names.contested):
        return None, "rests on a garbled or misspelt passage"
    hopeless = (article.id, kind, fact.relation, normalise(answer))
    if hopeless in names.hopeless:
        return None, "no believable wrong answers"
    # Whether a draft is written must not depend on the run: it needs wrong answers from its
    # article alone (and the data); the run's other articles may then offer better ones.
    need = OPTIONS_PER_QUESTION - 1
    people = list(facts.people)
    own_options = _distractors_for(
        question, fact, names, names.alone(article, library), seed, people
    )
    if len(own_options) < need:
        names.hopeless.add(hopeless)
        return None, "no believable wrong answers"
    options = _distractors_for(question, fact, names, library, seed, people)
    if len(options) < need:
        options = own_options
    for option in options:
        if contains_answer(asked, option):
            return None, "the question would contain one of its options"
    entry: dict[str, Any] = {
        "id": question.id,
        "question": asked,
        "answer": answer,
        "distractors": options,
        "source": {"article": article.id, "quote": quote},
        "tags": [kind],
        "difficulty": _difficulty(fact, article),
        "kind": kind,
    }
    if explanation:
        entry["explanation"] = explanation
    entry["origin"] = "generated"
    return entry, ""


@dataclass
class Names:
    """People and titles every article of the library names: wrong answers of the same sort."""

    people: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    vehicles: list[str] = field(default_factory=list)
    # The work each article is about as the articles folder declares it (works.yaml), for
    # articles that name their work without saying what it is: article id -> (title, noun).
    works: dict[str, tuple[str, str]] = field(default_factory=dict)
    # The catalogue's contested and garbled passages, normalised: no wrong answer from them.
    contested: list[str] = field(default_factory=list)
    # Answers the engine found no wrong answers for: not asked again for every article.
    hopeless: set[tuple[str, str, str, str]] = field(default_factory=set)
    _alone: Library | None = None  # the current article's library of one
    _work: tuple[str, tuple[str, str]] | None = None  # the current article's work
    # (list, name) pairs already added: a large run must not rescan a list for every name
    _seen: set[tuple[int, str]] = field(default_factory=set)

    def add(self, found: ArticleFacts) -> None:
        for name, person in found.people.items():
            if person.role not in CHARACTER_ROLES:
                _add_new(self.people, self._seen, name)
        for title in found.titles:
            _add_new(self.titles, self._seen, title)
        for fact in found.facts:
            if fact.kind == "vehicle":
                _add_new(self.vehicles, self._seen, fact.answer)

    def alone(self, article: Article, library: Library) -> Library:
        """The library as if the article were alone in it (its own notes kept): what decides
        whether a draft is written, so that the rest of the run cannot."""
        if self._alone is None or article.id not in self._alone.articles:
            self._alone = Library(
                root=library.root,
                articles={article.id: article},
                conflicts=library.conflicts,
                unreliable=library.unreliable,
            )
        return self._alone

    def work_of(self, article: Article, found: ArticleFacts) -> tuple[str, str]:
        """The work the article is about: as declared beside it, else a title it introduces
        and names at least twice (:func:`main_work`); never another article's title, so that
        an article's questions do not depend on the rest of the run."""
        if self._work is not None and self._work[0] == article.id:
            return self._work[1]  # found once an article, not once a draft
        work = self.works.get(article.id)
        if work is None:
            # only works whose people have roles on them: not a "game Mourinho" or "plan X"
            crafted = words("crafted_works")
            work = main_work(article, {t: n for t, n in found.titles.items() if n in crafted})
        self._work = (article.id, work)
        return work


WORKS = "works.yaml"


def read_works(articles_dir: Path) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """The optional ``works.yaml`` beside the articles: ``ARTICLE_ID: {title: T, noun: N}``,
    the work an article is about where the article does not introduce it itself (data about
    particular articles lives beside them, never in code). Returns the works and problems."""
    path = articles_dir / WORKS
    if not path.is_file():
        return {}, []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return {}, [f"{path}: not read ({str(error).splitlines()[0]})"]
    if not isinstance(data, dict):
        return {}, [f"{path}:1:1: expected a mapping of article ids to works"]
    works: dict[str, tuple[str, str]] = {}
    problems: list[str] = []
    for key, value in data.items():
        if (
            isinstance(value, dict)
            and isinstance(value.get("title"), str)
            and isinstance(value.get("noun"), str)
        ):
            works[str(key)] = (value["title"], value["noun"])
        else:
            problems.append(f"{path}: {key}: expected 'title' and 'noun', both text")
    return works, problems


_NAME_PREFIXES = frozenset("Mc Mac Jr Sr Maj Gen Col Lt Sgt Capt St Van Von De".split())
_SURNAME = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z][a-z]+)*")
_PERSON_WORD = re.compile(r"[A-Z][a-z]+(?:['’][A-Za-z]+|-[A-Z][a-z]+)*|[A-Z]\.")


_LONE_CAPITAL = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*)(?![\w'’-])")
_TITLE_LINKS = frozenset("To Of The And In On At For A".split())
_LINK = r"(?:to|of|the|and|in|on|at|for|a)"
_NAMED_BEFORE = re.compile(rf"[A-Z][\w'’.-]*(?:\s+{_LINK})?$")
_NAMED_AFTER = re.compile(rf"\s+(?:{_LINK}\s+)?[A-Z]")
_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")


def with_full_names(question: str, article: Article) -> str | None:
    """The question with each person it names by surname alone ("did Wilson resign") named
    in full, as the article names them ("did Darren Wilson resign"), so that it says who out of
    its article; None when the article gives that surname to two people."""
    people: dict[str, set[str]] = {}
    for entity in harvest(article):
        parts = entity.text.split()
        if (
            entity.fine.kind == "person"
            and len(parts) > 1
            and person_name(entity.text)
            and _TITLE_LINKS.isdisjoint(parts)  # "Time To Die" is no one
        ):
            people.setdefault(parts[-1], set()).add(entity.text)
    quoted = [m.span() for m in _QUOTATION.finditer(question)]
    given = vocabulary().given
    out = question
    for match in reversed(list(_LONE_CAPITAL.finditer(question))):
        start, end = match.span()
        if start == 0 or any(a <= start < b for a, b in quoted):
            continue  # the question's first word, or words of a quotation
        before, after = question[:start].rstrip(), question[end:]
        if _NAMED_BEFORE.search(before) or _NAMED_AFTER.match(after):
            continue  # part of a longer name or title already ("No Time to Die")
        surname = match.group(1)
        named = people.get(surname, set())
        others = {
            m.group(1)
            for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", article.text)
            if m.group(1) in given
        }
        if len(named) > 1 or len(others) > 1:
            return None  # "Hoskin": Loistine or Kimberly?
        if named:
            out = out[:start] + next(iter(named)) + out[end:]
    return out


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
    return not any(p in words("org_words") or p in COUNTRIES or p in CITIES for p in parts)


def surname_like(text: str) -> bool:
    """One surname to offer beside a surname: "Khan", "O'Neill", "Smith-Jones"; never a cut
    name ("Mc", "Gorjanovic-"), a title or a word of an organisation ("Productions")."""
    return (
        len(text) >= 3
        and _SURNAME.fullmatch(text) is not None
        and text not in _NAME_PREFIXES
        and text not in HONORIFICS
        and text not in NOT_NAME
        and text not in words("org_words")
    )


def _distractors_for(
    question: Question,
    fact: Fact,
    names: Names,
    library: Library,
    seed: int,
    own_people: Sequence[str] = (),
) -> list[str]:
    """Wrong answers from the distractor engine, else names of the same sort from the articles."""
    need = OPTIONS_PER_QUESTION - 1
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
        entities = harvest(library.articles[fact.article])
        reporters = {e.text for e in entities if e.fine.family == "media"}
        harvested = {e.text: None for e in entities if e.fine.kind == "person"}
        mine = [
            n
            for n in dict.fromkeys([*own_people, *harvested])
            if person_name(n)
            and (n in harvested or n.split()[0] in given)
            and n not in reporters
            and normalise(n) != full
            and normalise(n.split()[-1]) not in quoted
        ]
        if surname:  # a surname, answered by other surnames
            mine = [n.split()[-1] for n in mine if n.split()[-1] not in fact.full.split()]
        # Only the story's own people: an invented name, or a word that is no one's, beside
        # real ones gives the answer away (a reader knows the speaker is someone in the story).
        found = _pick(mine, question.answer, fact)
        same_form = surname_like if surname else person_name
        size = len(question.answer.split())  # "Kin Ko" beside two-word names, not three
        found = [
            n
            for n in _distinct(found, question.answer)
            if same_form(n) and len(n.split()) == size and not _contested(n, names)
        ]
        return _linted(question, found, library)[:need]
    if fact.kind == "title":
        try:
            found = distractors.generate(question, library, seed, count=need)
        except Exception:
            found = []
        found += _pick(_window(names.titles, fact), question.answer, fact)
        return _linted(question, _distinct(found, question.answer), library)[:need]
    try:
        extra = 3 if _AT_LEAST.match(question.answer) else 0  # some are filtered out below
        found = distractors.generate(question, library, seed, count=need + extra)
    except Exception:  # a flaw in one draft's options must not stop the run
        found = []
    found = [
        option
        for option in found
        if not _also_true(option, question.answer) and not _contested(option, names)
    ]
    if fact.kind == "place" and fact.relation == "country":
        found = [option for option in found if option in COUNTRIES]
        found += _pick(
            sorted(c for c in COUNTRIES if " " not in c and len(c) > 3), question.answer, fact
        )
    if fact.kind == "date" and fact.relation == "month":
        found += _pick(_nearby_months(question.answer), question.answer, fact)
    if fact.kind == "person" and len(_distinct(found, question.answer)) < need:
        people = [name for name in _window(names.people, fact) if not _contested(name, names)]
        found += _pick(people, question.answer, fact)
    if fact.kind == "person" and " " in question.answer:  # whole names beside a whole name
        found = [option for option in found if person_name(option)]
    if fact.kind == "vehicle" and len(_distinct(found, question.answer)) < need:
        found += _pick(_window(names.vehicles, fact), question.answer, fact)
    return _linted(question, _distinct(found, question.answer), library)[:need]


_MONTHS = (
    "January February March April May June July August September October November December".split()
)


def _nearby_months(answer: str) -> list[str]:
    """ "April 2020" -> other months within a year of it, in the answer's form."""
    match = re.fullmatch(r"([A-Z][a-z]+) (\d{4})", answer.strip())
    if not match or match.group(1) not in _MONTHS:
        return []
    index = _MONTHS.index(match.group(1)) + int(match.group(2)) * 12
    return [
        f"{_MONTHS[(index + step) % 12]} {(index + step) // 12}"
        for step in (-6, -4, -3, -2, 2, 3, 4, 6)
    ]


_AT_LEAST = re.compile(r"^(?:over|more than|at least|upwards of)\s+", re.IGNORECASE)


def _number_in(text: str) -> float | None:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return float(match.group().replace(",", "")) if match else None


def _contested(option: str, names: Names) -> bool:
    """A name inside a catalogued conflict or garbled passage ("Nikola Dove"): a misspelling
    the game must not show, even as a wrong answer."""
    target = normalise(option)
    return any(target in passage for passage in names.contested)


def _also_true(option: str, answer: str) -> bool:
    """ "over 16 months" when the answer is "over 18 months": a smaller lower bound is true."""
    if not _AT_LEAST.match(answer):
        return False
    bound, offered = _number_in(answer), _number_in(option)
    if bound is None or offered is None:
        return False
    return offered <= bound


def _linted(question: Question, options: list[str], library: Library) -> list[str]:
    """The options the distractor lint (as ``quiz check`` runs it) finds nothing wrong with."""
    lint = getattr(distractors, "lint", None)
    if lint is None or not options:
        return options
    try:
        flagged = {
            index for index, _ in lint(replace(question, distractors=tuple(options)), library)
        }
    except Exception:  # a lint that fails says nothing about the options
        return options
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


# --- reading articles ------------------------------------------------------------------------


def article_files(targets: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """The ``*.txt`` files named or found in the folders named, in a stable order: every one
    that is not a folder, so that a FIFO or a device is reported (by ``read_article``), never
    silently passed over nor read."""
    found: list[Path] = []
    problems: list[str] = []
    for target in targets:
        if target.is_dir():
            found.extend(path for path in sorted(target.glob("*.txt")) if not path.is_dir())
        elif target.exists() or target.is_symlink():
            found.append(target)
        else:
            problems.append(f"{target}: no such file or folder; skipped")
    return found, problems


def read_article(path: Path, library: Library) -> tuple[Article | None, str | None]:
    """The article in ``path`` (the library's copy when it has one), or why it is unusable.

    Read as the library reads its own (a regular file under the size limit, UTF-8, not empty),
    so that a FIFO, a device or a huge file is refused, never read.
    """
    known = library.articles.get(path.stem)
    if known is not None and path.resolve().parent == library.root.resolve():
        return known, None
    article, problems = read_article_file(path)
    if article is None:
        return None, f"{problems[0] if problems else path}; skipped"
    return article, None


# --- writing ---------------------------------------------------------------------------------


def _plain(node: yamlsafe.Node) -> Any:
    if isinstance(node, yamlsafe.Scalar):
        return node.text
    if isinstance(node, yamlsafe.Mapping):
        return {key: _plain(value) for key, (_, value) in node.items.items()}
    return [_plain(item) for item in node.items]


def emit(
    entries: Sequence[tuple[dict[str, Any], str | None]],
    article: Article,
    as_written: Mapping[int, str] | None = None,
    trailer: str = "",
) -> str:
    """The file's text: a header, then each draft with its fingerprint beside its id.

    ``as_written`` maps a draft (by ``id()``) to the lines a person left it in, written back
    exactly (their comments and layout kept); ``trailer`` ends the file (their last comments).
    """
    lines = [
        f"{HEADER} from {article.id} ({article.label}).",
        "# A rerun replaces drafts whose fingerprint (# draft ...) still matches; edit a draft or",
        "# mark it `reviewed: true` and it is kept as it is. Reject one by listing its id in",
        f"# {REJECTED} beside this file.",
    ]
    for entry, mark in entries:
        kept = (as_written or {}).get(id(entry))
        lines.extend(("", kept if kept is not None else _entry_text(entry, mark)))
    if trailer:
        lines.extend(("", trailer))
    return "\n".join(lines) + "\n"


def _entry_text(entry: dict[str, Any], mark: str | None) -> str:
    """One draft as YAML, its fingerprint (when it is the generator's) beside its id."""
    data = dict(entry)
    if yamlsafe.as_text(data.get("reviewed", "false")) == "true":
        data["reviewed"] = True
    elif "reviewed" in data:
        data["reviewed"] = False
    body = yaml.dump(
        [data],
        Dumper=_DUMPER,
        sort_keys=False,
        allow_unicode=True,
        width=96,
        default_flow_style=False,
    )
    first, _, rest = body.partition("\n")
    if mark:
        first = f"{first}  # draft {mark}"
    return f"{first}\n{rest.rstrip()}"


@dataclass
class Existing:
    """A draft file as found: whether the generator wrote it, and its drafts with their marks.

    ``texts`` holds each draft's own lines as the file has them (the comments written above it
    included), so that a draft a person kept is written back exactly as they left it;
    ``trailer`` the comment lines after the last draft.
    """

    ours: bool
    entries: list[tuple[dict[str, Any], str | None]]
    problem: str | None = None
    texts: list[str] = field(default_factory=list)
    trailer: str = ""


def read_existing(path: Path) -> Existing | None:
    if not path.exists() and not path.is_symlink():
        return None
    data = read_regular(path, MAX_BANK_FILE_BYTES)
    if isinstance(data, str):
        return Existing(False, [], problem=f"{path} {data}")
    text, _ = yamlsafe.decode(data, str(path))
    if text is None or not text.startswith(HEADER):
        return Existing(False, [])
    node, problems = yamlsafe.load(text, str(path))
    if problems or not isinstance(node, yamlsafe.Sequence):
        message = str(problems[0]) if problems else "not a list of questions"
        return Existing(True, [], problem=message)
    lines = text.split("\n")
    entries: list[tuple[dict[str, Any], str | None]] = []
    for item in node.items:
        if not isinstance(item, yamlsafe.Mapping):
            return Existing(True, [], problem=f"{path}:{item.line}: not a question")
        mark = _DRAFT_MARK.search(lines[item.line - 1]) if item.line <= len(lines) else None
        entries.append((_plain(item), mark.group(1) if mark else None))
    texts, trailer = _entry_texts(lines, [item.line for item in node.items])
    return Existing(True, entries, texts=texts, trailer=trailer)


def _entry_texts(lines: list[str], starts: list[int]) -> tuple[list[str], str]:
    """Each entry's lines (from the comments just above it to the next entry's), and the
    comment lines after the last one. The header's own lines belong to no entry."""

    def leading(index: int, floor: int) -> int:
        """Where the comments and blank lines just above line ``index`` begin."""
        while index > floor and (not lines[index - 1].strip() or lines[index - 1].startswith("#")):
            index -= 1
        return index

    header_end = 0
    while header_end < len(lines) and lines[header_end].startswith("#"):
        header_end += 1
    tops = [leading(start - 1, header_end) for start in starts]
    texts: list[str] = []
    for number, top in enumerate(tops):
        end = tops[number + 1] if number + 1 < len(tops) else leading(len(lines), starts[-1])
        texts.append("\n".join(line for line in lines[top:end]).strip("\n"))
    after = lines[leading(len(lines), starts[-1]) :] if starts else lines[header_end:]
    trailer = "\n".join(line for line in after if line.startswith("#"))
    return texts, trailer


def read_rejected(folder: Path) -> dict[str, str]:
    """Ids a reviewer rejected (``id  # reason`` a line), so that no rerun brings them back."""
    path = folder / REJECTED
    if not path.is_file():
        return {}
    data = read_regular(path, MAX_BANK_FILE_BYTES)
    if isinstance(data, str):
        return {}
    rejected: dict[str, str] = {}
    for line in data.decode("utf-8", errors="replace").splitlines():
        body, _, reason = line.partition("#")
        body = body.strip()
        if body:
            rejected[body.split()[0]] = reason.strip()
    return rejected


def merge(
    fresh: list[dict[str, Any]], existing: Existing | None
) -> tuple[list[tuple[dict[str, Any], str | None]], int]:
    """The drafts to write: kept human work first in its old order, new drafts by their ids."""
    # Every piece of human work is kept, even two with one id or none: the ids only decide which
    # fresh drafts a person's version replaces (quiz check then reports a repeated id).
    kept: list[tuple[dict[str, Any], str | None]] = []
    kept_ids: set[str] = set()
    if existing is not None:
        for entry, mark in existing.entries:
            reviewed = str(entry.get("reviewed", "")).lower() in ("true", "yes")
            edited = mark is None or mark != fingerprint(entry)
            if reviewed or edited:
                kept.append((entry, None))
                kept_ids.add(str(entry.get("id")))
    out = list(kept)
    for entry in fresh:
        if entry["id"] in kept_ids:
            continue
        out.append((entry, fingerprint(entry)))
    return out, len(kept)


# --- the command -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quiz generate",
        description="Draft cited questions from news articles into the bank's YAML format.",
    )
    parser.add_argument(
        "articles_in",
        metavar="ARTICLE",
        nargs="*",
        type=Path,
        help="article files or folders of *.txt (default: the --articles folder)",
    )
    parser.add_argument(
        "--articles",
        type=Path,
        default=None,
        help="the articles folder used for cross-article checks and wrong answers "
        "(default: seeds/)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        help="where drafts are written (default: questions/generated/)",
    )
    parser.add_argument("--force", action="store_true", help="overwrite files not written here")
    parser.add_argument("--quiet", action="store_true", help="print only problems")
    parser.add_argument("--seed", type=int, default=0, help="seed for the wrong answers")
    return parser


def _progress(stream: TextIO, done: int, total: int) -> None:
    if done != total and done * 100 // total == (done - 1) * 100 // total:
        return  # redraw once a percent
    width = 30
    filled = width * done // total
    stream.write(f"\rgenerating [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        stream.write("\n")
    stream.flush()


def generate(
    targets: Sequence[Path],
    articles_dir: Path,
    output: Path,
    *,
    force: bool = False,
    seed: int = 0,
    progress: TextIO | None = None,
) -> Report:
    """Draft questions for every article in ``targets``; write them; report what happened."""
    # Drafting builds many small objects and no cycles: the cycle collector would only rescan
    # the growing heap again and again, making a large run slower per article than a small one.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _generate(targets, articles_dir, output, force=force, seed=seed, progress=progress)
    finally:
        if collecting:
            gc.enable()


def _generate(
    targets: Sequence[Path],
    articles_dir: Path,
    output: Path,
    *,
    force: bool,
    seed: int,
    progress: TextIO | None,
) -> Report:
    report = Report()
    library = read_library(articles_dir)
    files, missing = article_files(targets)
    report.problems.extend(missing)
    articles: list[Article] = []
    for path in files:
        article, problem = read_article(path, library)
        if article is None:
            report.problems.append(problem or f"{path}: skipped")
            continue
        if article.id not in library.articles:
            library.articles[article.id] = article
            report.outside[path.resolve().parent] += 1
        elif library.articles[article.id] is not article:
            report.problems.append(
                f"{path}: an article '{article.id}' is already in {articles_dir}; skipped"
            )
            continue
        articles.append(article)
    rejected = read_rejected(output)
    # Every library article's facts, so that facts stated differently elsewhere are found.
    extracted: dict[str, ArticleFacts] = {}
    cross = CrossIndex()
    works, problems = read_works(articles_dir)
    report.problems.extend(problems)
    names = Names(
        contested=[normalise(c.quote) for k in library.conflicts for c in k.claims]
        + [normalise(e.quote) for e in library.unreliable],
        works=works,
    )
    for article in library.articles.values():
        found = extract(article)
        extracted[article.id] = found
        names.add(found)
        for fact in found.facts:
            cross.add(fact)
    total = len(articles)
    show = progress is not None and total >= PROGRESS_FROM
    for done, article in enumerate(articles, 1):
        # (kind, relation, answer, what): one question a fact, within the article, so that its
        # questions are the same whatever else is in the run
        asked: set[tuple[str, ...]] = set()
        found = extracted[article.id]
        report.articles += 1
        report.facts += len(found.facts)
        for _, reason in found.skipped:
            report.sentences[reason] += 1
        fresh: list[dict[str, Any]] = []
        sentence_of: dict[str, int] = {}
        seen: set[str] = set()
        for fact in found.facts:
            same = (fact.kind, fact.relation, _squash(fact.answer), _squash(fact.what))
            if same in asked:
                report.skipped["the same question as another draft"] += 1
                continue
            entry, reason = draft(article, found, fact, library, cross, names, seed)
            if entry is None:
                report.skipped[reason] += 1
                continue
            if entry["id"] in rejected:
                report.skipped["rejected by a reviewer"] += 1
                continue
            if entry["id"] in seen or _same_question(entry, fresh):
                report.skipped["the same question as another draft"] += 1
                continue
            seen.add(entry["id"])
            asked.add(same)
            fresh.append(entry)
            sentence_of[entry["id"]] = fact.sentence
        fresh, gave_away = settle_siblings(fresh, sentence_of)
        if gave_away:
            report.skipped["another question from its sentence would give it away"] += gave_away
        fresh, ranked_out = best_drafts(fresh, sentence_of, max_drafts(article))
        if ranked_out:
            report.skipped["ranked below the article's best drafts"] += ranked_out
        _write_article(output / f"{article.id}.yaml", article, fresh, force, report)
        if show and progress is not None:
            _progress(progress, done, total)
    report.skipped = Counter({k: v for k, v in report.skipped.items() if v})
    return report


# Which of a sentence's drafts to keep first when they would give each other away.
_KIND_ORDER = "person place organisation vehicle number money count date ordinal year title"
_KIND_RANK = {kind: rank for rank, kind in enumerate(f"{_KIND_ORDER} character".split())}


def settle_siblings(
    fresh: list[dict[str, Any]], sentence_of: dict[str, int]
) -> tuple[list[dict[str, Any]], int]:
    """Drafts from one sentence print each other's answers ("For which 1983 Bond movie ..."
    beside "In what year ..."): keep a draft only when no kept sibling's question holds its
    answer and its question holds no kept sibling's answer, after taking such a phrase out
    where the question reads well without it.
    Returns the drafts kept, in their order, and how many were dropped."""
    groups: dict[int, list[dict[str, Any]]] = {}
    for entry in fresh:
        groups.setdefault(sentence_of.get(entry["id"], -1), []).append(entry)
    dropped: set[str] = set()
    for entries in groups.values():
        if len(entries) < 2:
            continue
        order = sorted(entries, key=lambda e: _KIND_RANK.get(str(e["kind"]), 99))
        kept: list[dict[str, Any]] = []
        for entry in order:
            ok = True
            rewrites: dict[str, str] = {}
            if ok:
                mine = without_answers(str(entry["question"]), [str(k["answer"]) for k in kept])
                ok = mine is not None
                if mine is not None:
                    rewrites[entry["id"]] = mine
            for other in kept if ok else ():
                year = str(entry["answer"]).strip()
                if _YEAR.fullmatch(year) and re.search(rf"\bin {year}\b", str(other["question"])):
                    ok = False  # "... outing as Bond in 2015": the year says which; it stays
                    break
                theirs = without_answers(str(other["question"]), [str(entry["answer"])])
                if theirs is None:
                    ok = False
                    break
                rewrites[other["id"]] = theirs
            if not ok:
                dropped.add(entry["id"])
                continue
            for item in (*kept, entry):
                item["question"] = rewrites.get(item["id"], item["question"])
            kept.append(entry)
    return [e for e in fresh if e["id"] not in dropped], len(dropped)


def max_drafts(article: Article) -> tuple[int, int]:
    """How many drafts an article keeps, and how many of them "Who said ...?": a few more for
    a longer article (20 for 400 words); more quotes than 3 in 400 words make a dull round."""
    length = len(article.text.split())
    return 4 + length // 25, 1 + length // 200


def rank(entry: dict[str, Any], sentence: int) -> tuple[int, int]:
    """How good a draft is likely to be, higher first, from what it is alone: a figure, a date
    or a named person asked by a plain question from the article's lead beats a long question
    or a long quote. Ties go to the earlier sentence."""
    question = str(entry["question"])
    own = re.sub(r"“[^”]*”", "", question)
    score = {"person": 3, "count": 3, "money": 3, "number": 3, "date": 2, "year": 2}.get(
        str(entry["kind"]), 2
    )
    if own != question:  # a quote: it identifies its speaker only when it is distinctive
        score -= 1
    if len(own.split()) > 18:
        score -= 1
    if len(str(entry["source"]["quote"]).split()) > 45:
        score -= 1
    if sentence < 5:
        score += 1  # the lead says what the story is about
    return score, -sentence


def best_drafts(
    fresh: list[dict[str, Any]], sentence_of: dict[str, int], limits: tuple[int, int]
) -> tuple[list[dict[str, Any]], int]:
    """An article's best drafts by :func:`rank`, as many as ``limits`` allows (all, quotes;
    see :func:`max_drafts`), in their article order; and how many were ranked out."""
    most, most_quotes = limits
    order = sorted(
        range(len(fresh)),
        key=lambda i: rank(fresh[i], sentence_of.get(fresh[i]["id"], 99)),
        reverse=True,
    )
    kept: list[int] = []
    quotes = 0
    for index in order:
        is_quote = str(fresh[index]["question"]).startswith("Who said")
        if len(kept) >= most or (is_quote and quotes >= most_quotes):
            continue
        quotes += is_quote
        kept.append(index)
    return [fresh[i] for i in sorted(kept)], len(fresh) - len(kept)


def without_answers(question: str, answers: Sequence[str]) -> str | None:
    """``question`` with the phrases that print any of ``answers`` taken out ("... take place
    at the Royal Albert Hall in London?" -> "... take place?"); None when it cannot be."""
    original = question
    for answer in answers:
        if not contains_answer(question, answer):
            continue
        name = re.escape(answer)
        for pattern, keep in (
            (rf"\s*\((?:played by\s+)?{name}\)", ""),
            (
                rf",?\s+(?:in|on|at|from|for|by|until|till)\s+(?:the\s+)?{name}"
                rf"(?:,?\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?"
                r"(?=[,?]|\s+(?:in|on|at|to|for|from|by|and|but|with)\b)",
                "",
            ),
            (rf"\b{name}\s+(?=[A-Za-z])" if _YEAR.fullmatch(answer) else "", ""),
        ):
            if not pattern:
                continue
            shorter = re.sub(pattern, keep, question, count=1)
            if shorter != question and not contains_answer(shorter, answer):
                question = shorter
                break
        else:
            return None
    if len(question.split()) < 5 or (_STRANDED.search(question) and not _STRANDED.search(original)):
        return None
    return question


_YEAR = re.compile(r"1\d{3}|20\d{2}")
# "Which novel by Ian Fleming was published?" once "in 1959" is taken out: no question left.
_STRANDED = re.compile(r"\b(?:was|were|is|are|be|been)\s+(?:[a-z]+ed|[a-z]+en|made|built|set)\?$")


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", normalise(text))


def _same_question(entry: dict[str, Any], fresh: list[dict[str, Any]]) -> bool:
    key = (normalise(entry["question"]), normalise(entry["answer"]))
    return any((normalise(e["question"]), normalise(e["answer"])) == key for e in fresh)


def _write_article(
    path: Path, article: Article, fresh: list[dict[str, Any]], force: bool, report: Report
) -> None:
    existing = read_existing(path)
    if existing is not None and not existing.ours and not force:
        report.refused += 1
        report.problems.append(
            f"{path}: not written by quiz generate; left as it is (use --force to overwrite)"
        )
        return
    if existing is not None and existing.problem and not force:
        report.refused += 1
        report.problems.append(
            f"{path}: cannot merge ({existing.problem}); left as it is (use --force to overwrite)"
        )
        return
    if existing is not None and (not existing.ours or existing.problem):
        existing = None  # --force: the file is replaced
    as_written: dict[int, str] = {}
    trailer = ""
    if existing is not None:
        # A draft whose lines are not the generator's (a comment above or inside it, a layout
        # of its own) was touched by a person even when its values are unchanged: it is kept,
        # as they left it.
        touched: list[tuple[dict[str, Any], str | None]] = []
        for (entry, mark), text in zip(existing.entries, existing.texts, strict=True):
            as_written[id(entry)] = text
            touched.append((entry, mark if text == _entry_text(entry, mark) else None))
        existing.entries = touched
        trailer = existing.trailer
    entries, kept = merge(fresh, existing)
    report.kept += kept
    report.written += len(entries)
    if not entries and existing is None:
        return
    try:
        write_atomic(path, emit(entries, article, as_written, trailer))
        report.files += 1
    except OSError as error:
        report.refused += 1
        report.problems.append(f"{path}: cannot write ({error.strerror or error}); left as it was")


def register_folders(folders: Iterable[Path]) -> list[Path]:
    """Give each folder of articles that has none an empty catalogue, so that ``quiz check``
    (which needs one, lest a lost catalogue silently turn the conflict check off) can prove
    the drafts against it; the folders written to, in order. A folder that cannot be written
    is left as it is (check will then say what is missing)."""
    written: list[Path] = []
    for folder in dict.fromkeys(folder.resolve() for folder in folders):
        catalogue = folder / CATALOGUE
        if not folder.is_dir() or catalogue.exists() or catalogue.is_symlink():
            continue
        if not any(path.suffix == ".txt" for path in folder.iterdir()):
            continue  # not a folder of articles
        try:
            write_atomic(catalogue, _EMPTY_CATALOGUE)
        except OSError:
            continue
        written.append(folder)
    return written


_EMPTY_CATALOGUE = """\
# The catalogue of the articles beside it, written by quiz generate. Give an article its title
# and date, list the facts on which articles contradict each other (conflicts) and passages too
# garbled to ask about (unreliable); see seeds/articles.yaml for an example.
articles: {}
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    articles_dir = args.articles or paths.default_articles_dir()
    output = args.output or paths.default_drafts_dir()
    targets = args.articles_in or [articles_dir]
    problem = output_folder_problem(output)
    if problem is not None:
        print(f"quiz generate: cannot write drafts to {output}: {problem}; nothing written",
              file=sys.stderr)  # fmt: skip
        return 1
    folders = [articles_dir, *(t if t.is_dir() else t.parent for t in args.articles_in)]
    registered = register_folders(folders)
    report = generate(
        targets,
        articles_dir,
        output,
        force=args.force,
        seed=args.seed,
        progress=None if args.quiet else sys.stderr,
    )
    try:
        for problem in report.problems:
            print(problem, file=sys.stderr)
        if not args.quiet:
            print(report.summary())
            for folder in registered:
                print(
                    f"Registered {folder} as an articles folder: wrote an empty {CATALOGUE} "
                    "(list there the facts its articles contradict each other on)."
                )
            if report.files:
                print(f"Drafts written to {output}/ ({report.files} files).")
            for folder, count in sorted(report.outside.items()):
                print(
                    f"{count} article{'s' if count != 1 else ''} read from {folder}, not from "
                    f"the articles folder {articles_dir}: their drafts cite them by file name, "
                    f"so check them with `quiz check {output} --articles {folder}`"
                )
    except BrokenPipeError:  # output piped into head and the like: the drafts are written
        sys.stderr.close()
    if report.refused:
        return 1
    return 0 if report.articles or not report.problems else 1


__all__ = [
    "Report",
    "base_form",
    "build_parser",
    "draft_id",
    "emit",
    "generate",
    "main",
    "merge",
    "question_text",
    "read_existing",
    "split_clause",
    "write_atomic",
]
