"""A fact into the question that asks it, in the article's own words.

A wh-question made from the clause that states the fact (:func:`split_clause`,
:func:`wh_question`), else a template for its relation, chosen by a table; then
:func:`polish` gives it its context and keeps it true after the article's date, and
:func:`with_full_names` names its people in full. Pure functions of the article and its facts:
whether the question is kept, and its wrong answers, are decided by the run
(:mod:`quiz.authoring.generate`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from quiz.authoring.entities import harvest
from quiz.authoring.facts import (
    CITIES,
    COUNTRIES,
    NOT_NAME,
    VEHICLE_MAKES,
    WORK_NOUNS,
    ArticleFacts,
    Fact,
)
from quiz.authoring.gazetteer import gazetteer, vocabulary
from quiz.authoring.grammar import keep_capitals
from quiz.authoring.options import person_name
from quiz.authoring.wordlists import irregular_verbs, words
from quiz.bank.citations import contains_answer
from quiz.model import Article
from quiz.text import normalise

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
# What a country's first-level regions are called, where it is not "region" (general usage).
_REGION_NOUNS = {
    **dict.fromkeys(
        ("United States", "Australia", "India", "Nigeria", "Mexico", "Brazil", "Malaysia"),
        "state",
    ),
    **dict.fromkeys(("Canada", "China", "Pakistan", "South Africa", "Argentina"), "province"),
}


def _place_noun(answer: str, rel: str, article_text: str = "") -> str:
    """ "state" for California, "province" for Ontario; for a place of a state or country
    ("Sanford, Florida"), "town" only when the article calls it one ("the town of Sanford",
    "Sanford, a town ..."), else "city": its wrong answers are the data's cities (Miami,
    Orlando), and "In which town ...?" beside them was graded a mismatch."""
    places = gazetteer().lookup(answer)
    if rel == "region":
        region = next((p for p in places if p.fine == "region"), None)
        return _REGION_NOUNS.get(region.country, "region") if region else "region"
    if any(p.fine == "city" for p in places):
        return "city"  # Houston is no town
    name = re.escape(answer)
    town = rf"\b(?:town|village) of {name}\b|\b{name},? (?:is )?an? (?:small )?(?:town|village)\b"
    return "town" if re.search(town, article_text) else "city"


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


def _discourse_leads() -> frozenset[str]:
    return words("discourse_leads")


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
    comma = text.find(", ", begin)
    if 0 < comma < start and text[begin:comma].lower() in _discourse_leads():
        begin = comma + 2  # "For example, ...": ties the sentence to another, asks nothing
        first = text[begin:].split(" ", 1)[0].lower()
    if first in _LEADERS:
        comma = text.find(", ", begin)
        if comma < 0 or comma > start:
            return None
        lead = (lead + ", " if lead else "") + text[begin:comma]
        begin = comma + 2
    for marker in _CLAUSE_MARKERS:
        cut = text.rfind(marker, begin, start)
        after = text[cut + len(marker) :].split(" ", 1)[0] if cut >= 0 else ""
        if marker.startswith(", ") and (after.lower() in _AUX or _is_finite(after)):
            continue  # ", but was pushed back": the same subject's second verb, not a clause
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
            return _subject_in_place(text, (begin, start, end, clause_end), lead, article_text)
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


def _subject_in_place(
    text: str, spans: tuple[int, int, int, int], lead: str, article_text: str
) -> Clause | None:
    """The clause of a place that qualifies the subject before its verb: "Vigilante motorists
    in New Zealand have taken to snatching ..." -> subject "vigilante motorists", verb "have",
    so that "In which country have vigilante motorists taken to snatching ...?". Only "in"
    and a verb right after the place; anything else (", Nevada, has indicted") is None."""
    begin, start, end, clause_end = spans
    if text[clause_end : clause_end + 2].strip()[:1] not in ("", ",", ".", ";"):
        return None  # cut at a bracket or a dash: "carrying 27 kilograms (59 pounds) of gold"
    phrase = text[start:end]
    if phrase.lower().startswith("in "):
        cut = start
    elif text[max(0, start - 3) : start].lower() == "in ":
        cut = start - 3
    else:
        return None
    subject = text[begin:cut].strip()
    verb = re.match(r"\s+([\w'’.-]+)", text[end:clause_end])
    if not subject or verb is None or not _good_subject(subject):
        return None
    token = verb.group(1)
    is_aux = token.lower() in _AUX
    if not (is_aux or (_is_finite(token) and token.islower())):
        return None
    rest = " ".join(text[end + verb.end() : clause_end].split()).strip(" ,")
    words = subject.split()
    if (
        len(words) > 1
        and words[0].lower() == "the"
        and all(w.islower() for w in words[1:])
        and _plural_subject(subject)
    ):
        # "The terror attacks in India left ..." asked of India: without its place, "the
        # terror attacks" says not which; "In which country did terror attacks leave ...?"
        subject = " ".join(words[1:])
    return Clause(lead, _lower_first(subject, article_text), token, is_aux, rest)


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


# Where a new clause starts inside a sentence: the phrase's clause begins after the last one.
_CLAUSE_MARKERS = (
    " – and ", " - and ", " — and ", ", and ", "; ", " when ",
    ", but ", ", while ", ", although ", ", though ", ", yet ", ", so ",
)  # fmt: skip
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


# Words a noun phrase never ends with: a determiner or a preposition wants its noun.
_OPEN_ENDS = frozenset("the a an of in on at to for from with by and or".split())


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
    if words[-1].lower() in _OPEN_ENDS:
        return False  # "the discovery of the | remains of ...": a noun read as the verb
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
    body = re.sub(r"\b([ap])\.m$", r"\1.m.", body)  # "just after 10 a.m.?" keeps its point
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


def main_work(article: Article, titles: dict[str, str], text: str) -> tuple[str, str]:
    """The work the article is about: a title the library knows (a film, a novel) that this
    article names at least twice, the most often named first; ("", "") when there is none.
    ``text`` is the article's text normalised (the library's, normalised once)."""
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


_WEEKDAY = re.compile(
    r"^(?:(?:Late|Early) )?[Oo]n (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: (?:night|morning|afternoon|evening))?,\s*"
    r"|(?<=\w) (?:(?:late|early) )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: (?:night|morning|afternoon|evening))?\b(?=[ ?,])"
)


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
    asked = keep_capitals(asked, ctx.sentence, ctx.article.text)
    # "On Friday, how much did ...": a weekday places nothing out of its article's week.
    asked = _WEEKDAY.sub("", asked)
    # "a reception for all 12 patients" asked: "... hold a reception for?", not "for all?"
    asked = re.sub(r"\b(for|to|of|with|among|from)\s+(?:all|each|both)\?$", r"\1?", asked)
    # a title that ended its sentence ("in \"Cabaret.\"") keeps no full stop before the "?"
    asked = re.sub(r"[.,](?=[\"\u201d\u2019']\?$)", "", asked)
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
    if kind == "place" and rel == "town-of":
        return _town_of_wh(fact, text)
    if kind == "place":
        prep = (fact.what or "in").capitalize()
        if rel == "venue":
            first, last = fact.answer.split()[0].lower(), fact.answer.split()[-1].lower()
            natural = {"river": "river", "lake": "lake", "mount": "mountain"}.get(first)
            return f"{prep} which {natural or _VENUE_NOUNS.get(last, 'venue')}"
        if rel in ("region", "area"):
            return f"{prep} which {_place_noun(fact.answer, rel, ctx.article.text)}"
        if rel in _PLACE_WH:
            return f"{prep} {_PLACE_WH[rel]}"
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
    if kind == "person" and rel == "title":  # "Which former vice president was released ...?"
        return f"Which {fact.what}"
    qualified = role_qualifier(fact, text, ctx.article.text)
    if qualified is not None:
        if _role_shared(fact, ctx):
            return None  # two presenters of the story: "Which Top Gear presenter" is either
        return f"Which {qualified[1]} {fact.what}"
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
        what = re.sub(r"^Former\s", "former ", fact.what)  # "Former Rovers striker ..." opening
        return f"Which {what}" if capitals else None
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


# "in the Russian city of St. Petersburg", "around the city of Sittwe", "the northeastern town of
# Gwoza": the preposition, determiner and capitalised adjectives before a town-of phrase.
_TOWN_PREPS = frozenset("in at from to near into around outside across toward towards".split())
_TOWN_LEAD = re.compile(
    rf"(?:\b(?P<prep>{'|'.join(sorted(_TOWN_PREPS, key=len, reverse=True))})\s+)?"
    r"(?:\b(?P<det>the)\s+)?(?P<adj>(?:[A-Z][a-z]+\s+){0,2})$"
)


def _town_of_lead(fact: Fact, text: str) -> tuple[int, str] | None:
    """Where the phrase naming a town by what it is begins (its preposition, "the" and
    capitalised adjectives: "in the Russian city of"), and its wh-phrase ("In which Russian
    city"); None for an apposition ("Chamblee, a suburb of Atlanta": the town is Chamblee's)
    or a description with no "the" (it names no one town)."""
    words = fact.what.split()
    prep = ""
    if words and words[0].lower() in _TOWN_PREPS:
        prep = words.pop(0).lower()
    if not words or words[0].lower() != "the":
        if words and words[0].lower() in ("a", "an"):
            return None
        found = _TOWN_LEAD.search(text, 0, fact.phrase[0])
        if found is None or not found.group("det") or (prep and found.group("prep")):
            return None
        prep = prep or (found.group("prep") or "").lower()
        adjectives = found.group("adj").split()
        if any(a.lower() in _NOT_TOWN_ADJECTIVES for a in adjectives):
            return None
        start = found.start()
    else:
        words.pop(0)
        adjectives = []
        start = fact.phrase[0]
        before = re.search(r"\b([a-z]+)\s+$", text[:start])
        if not prep and before and before.group(1) in _TOWN_PREPS:
            prep, start = before.group(1), before.start()
    noun = " ".join([*adjectives, *words])
    return start, f"{prep.capitalize()} which {noun}" if prep else f"Which {noun}"


# A capital before the description that is no adjective of it: "the Russian city" is one,
# "on the Monday the city of ..." is a day.
_NOT_TOWN_ADJECTIVES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _town_of_wh(fact: Fact, text: str) -> str | None:
    lead = _town_of_lead(fact, text)
    return lead[1] if lead is not None else None


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


# The name a role is written after, which says whose role it is: "Top Gear presenter Jeremy
# Clarkson", "former Chelsea defender David Luiz", "NASCAR driver Kurt Busch" (capitalised words,
# a "former" before them).
_QUALIFIER = re.compile(r"(?:(?<=\s)|^)(?P<q>(?:[Ff]ormer\s+)?(?:[A-Z][\w&.'’-]*\s+){1,3})$")


def role_qualifier(fact: Fact, text: str, article_text: str) -> tuple[int, str] | None:
    """Where the capitalised words before a person's role noun that say whose role it is begin,
    and those words ("Top Gear" of "Top Gear presenter Jeremy Clarkson"), or None. At the
    sentence's start a capital proves nothing: its first word counts only when the article
    writes it so mid-sentence too."""
    if fact.kind != "person" or fact.relation != "role" or not article_text:
        return None
    start = fact.phrase[0]
    if not text[start : fact.phrase[1]].startswith(fact.what) or fact.what[:1].isupper():
        return None
    found = _QUALIFIER.search(text[:start])
    if found is None:
        return None
    qualifying = found.group("q").split()
    if qualifying[0] == "Former" and len(qualifying) > 1:
        qualifying[0] = "former"  # "Former Rovers striker" at the sentence's start
    plain = [w for w in qualifying if w != "former"]
    closed = vocabulary().stopwords | words("function_words")
    if any(w.lower() in closed or w.endswith(("'s", "’s")) for w in plain):
        return None  # "The", "His", "Russia's": no name of an organisation, or whose it is
    opening = found.start("q") == 0 or text[: found.start("q")].rstrip().endswith((".", ":"))
    inside = r"(?<![.!?:\n])\s[\"“‘'(]?" + re.escape(plain[0]) + r"\b"
    if opening and not re.search(inside, article_text):
        return None
    return found.start("q"), " ".join(qualifying)


def _phrase_span(fact: Fact, text: str, article_text: str = "") -> tuple[int, int]:
    """The phrase a wh-phrase replaces, with a preposition the wh-phrase carries."""
    start, end = fact.phrase
    if fact.kind == "place" and fact.relation == "town-of":
        lead = _town_of_lead(fact, text)
        return (lead[0] if lead is not None else start), end
    verb_noun = _verb_attribute(fact)
    if verb_noun is not None:  # the verb stays in its clause; the noun moves to the wh-phrase
        found = text.find(verb_noun[1], start)
        if 0 <= found < end:
            return found, end
    if _unit_of(fact, text):
        before = _DURATION_PREP.search(text[:start])
        if before:
            return before.start(), end
    qualified = role_qualifier(fact, text, article_text)
    if qualified is not None:  # "Top Gear presenter Jeremy Clarkson": "Which Top Gear presenter"
        return qualified[0], end
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
        clause = split_clause(text, _phrase_span(fact, text, ctx.article.text), ctx.article.text)
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


def _holder(ctx: Context) -> str:
    """The subject that opens the fact's sentence, written as mid-question, or ""."""
    holder = _sentence_subject(ctx.sentence)
    return _lower_first(holder, ctx.article.text) if holder else ""


def _t_attribute(fact: Fact, ctx: Context) -> str | None:
    holder = _holder(ctx)
    if not holder:
        return None
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
    if fact.relation == "role" and _role_shared(fact, ctx):
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


def _role_shared(fact: Fact, ctx: Context) -> bool:
    """Whether another person of the article holds the fact's role: "who is the engineer?" has
    no one answer."""
    return any(
        f.relation == "role" and f.what == fact.what and f.answer != fact.answer
        for f in ctx.facts.facts
    )


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
    if _role_shared(fact, ctx):
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
    holder = _holder(ctx)
    if not holder:
        return None
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
    return _with_airlines(out, article.text)


# "Flight 9525": a flight number says whose flight only with its airline's name before it.
_FLIGHT = re.compile(r"\b[Ff]light (\d{1,5})\b")


def _with_airlines(question: str, article_text: str) -> str:
    """The question with a bare flight number given the airline its article writes before
    it ("From which city did Flight 9525 take off ...?" of a story that also writes
    "Germanwings Flight 9525"): one airline only, else it stays as it is."""
    for match in reversed(list(_FLIGHT.finditer(question))):
        if re.search(r"\b[A-Z][\w&'’-]*\s+$", question[: match.start()]):
            continue  # "Germanwings Flight 9525": named already
        airlines = set(
            re.findall(
                rf"\b((?:[A-Z][\w&'’-]*\s+){{1,3}})[Ff]light {match.group(1)}\b", article_text
            )
        )
        named = {a.strip() for a in airlines if a.split()[0] not in ("The", "A", "On", "In")}
        if len(named) == 1:
            start = match.start()
            question = question[:start] + next(iter(named)) + " " + question[start:]
    return question
