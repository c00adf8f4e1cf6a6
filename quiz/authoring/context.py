"""What a question or a printed sentence leans on outside itself: the people of its article.

A news story names a person in full once ("Tairod Pugh, a former Air Force mechanic") and by
surname after ("Pugh was deported"); a question built from a later sentence keeps the surname
alone, and out of the article it names no one. These functions find, from the article's text
alone, which capitalised words are people's surnames and the full names the article gives them,
with no knowledge of any particular article: evidence is a given name or a title before the word,
or a speech verb beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from quiz.authoring.gazetteer import vocabulary
from quiz.authoring.wordlists import words
from quiz.text import MONTHS

# Titles written before a surname ("Mr. Pugh", "Sgt. Bergeron", "Sen. Tom Cotton").
_TITLES = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sgt|Sergeant|Capt|Captain|Lt|Lieutenant|Col|Colonel|"
    r"Maj|Major|Cpl|Corporal|Pvt|Private|Adm|Cmdr|Officer|Detective|Judge)\.?"
)
_STYLES = r"(?:President|Pope|King|Queen|Prince|Princess|Emperor|Chancellor|Premier)"
_SPEECH = r"(?:said|says|told|added|wrote|explained|noted|asked|recalled)"
# Where a clause starts: "Lanark said" after "the government of" is no speaker's name.
_CLAUSE = r"(?:^|(?<=[.!?,;\"\u201d]\s)|(?<=\n))"
_CAPITAL = r"[A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)*"
_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


_KIN = r"(?:wife|husband|son|daughter|mother|father|brother|sister|widow|fianc[e\u00e9]e?)"
# What is said only of a person: "Seif's wife", "Seif and his team", "Daniels, 22,", "her
# husband, Calvin,", "Saunders was born", "Aslan's murder".
_PERSON_CUES = (
    rf"\b({_CAPITAL})['\u2019]s\s+(?:{_KIN}|family|parents|murder|killing|death|funeral|body)\b",
    rf"\b({_CAPITAL})(?:,| and)\s+(?:his|her)\b",
    rf"(?<![A-Z][a-z]\s)\b({_CAPITAL}),\s+\d{{1,2}},",
    rf"\b{_KIN},\s+({_CAPITAL}),",
    rf"\b({_CAPITAL})\s+(?:was born|is survived|was survived|leaves behind|hailed from|"
    r"enlisted|grew up)\b",
)


def _not_a_name(word: str, lowered: frozenset[str]) -> bool:
    """A capitalised word that names no one: a month, a day, a word the article also writes in
    lower case ("Police" opening a sentence), an organisation's or a role's word."""
    return (
        word in MONTHS
        or word in _DAYS
        or word.lower() in lowered
        or word in words("org_words")
        or word.lower() in words("role_adjectives")
        or word.lower() in words("stopwords")
    )


@lru_cache(maxsize=8)
def _lowered(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[A-Za-z][\w'\u2019-]*", text) if w.islower())


@lru_cache(maxsize=8)
def full_names(text: str) -> dict[str, frozenset[str]]:
    """Surname -> the full names the article gives it: a given name (or a capitalised word it
    never writes in lower case, after a lower-case word or a comma) and at most two more name
    words or initials before it ("Tairod Nathan Webster Pugh", "Mina Tzemach")."""
    given = vocabulary().given
    lowered = _lowered(text)
    found: dict[str, set[str]] = {}
    name = re.compile(rf"({_CAPITAL})((?:\s+(?:{_CAPITAL}|[A-Z]\.)){{1,3}})")
    for match in name.finditer(text):
        parts = [match.group(1), *match.group(2).split()]
        # a title, an opener or a place before the name is no part of it ("Sen. Tom Cotton")
        while parts and (
            (_not_a_name(parts[0], lowered) and parts[0] not in given)
            or parts[0].rstrip(".") in words("title_words") | words("honorifics")
        ):
            parts.pop(0)
        if len(parts) < 2:
            continue
        if parts[0] not in given and not _cued(parts[-1], text):
            continue  # "Land Rover Defender", "Iranian Jews": no one's name
        if any(_not_a_name(p, lowered) and p not in given for p in parts if len(p) > 2):
            continue
        surname = parts[-1]
        if (len(surname) > 2 and surname not in given) or len(parts) > 2 or (
            len(surname) > 2 and _stands_alone(surname, parts[0], text)
        ):
            found.setdefault(surname, set()).add(" ".join(parts))
    return {surname: frozenset(names) for surname, names in found.items()}


def _stands_alone(surname: str, given: str, text: str) -> bool:
    """Whether a surname that is also a given name ("John Terry") is written alone elsewhere in
    the article, after its full name ("Terry was banned"): then it is the person's surname."""
    first = re.search(rf"\b{re.escape(given)}\s+{re.escape(surname)}\b", text)
    if first is None:
        return False
    alone = rf"(?<!{re.escape(given)}\s)\b{re.escape(surname)}\b(?!\s+[A-Z])"
    return re.search(alone, text[first.end() :]) is not None


def _cued(word: str, text: str) -> bool:
    """Whether the article writes ``word`` after a title or beside a speech verb."""
    return word in _cued_words(text)


@lru_cache(maxsize=8)
def _cued_words(text: str) -> frozenset[str]:
    """The words an article writes after a title or beside a speech verb, read in one pass
    (a search of the whole text for each name made a long article's cost grow with its square)."""
    found: set[str] = set()
    for pattern in (
        rf"\b{_TITLES}\s+({_CAPITAL})\b",
        rf"{_CLAUSE}({_CAPITAL})\s+{_SPEECH}\b",
        rf"\b{_SPEECH}\s+({_CAPITAL})\b(?!\s+[A-Z])",
    ):
        found.update(match.group(1) for match in re.finditer(pattern, text))
    return frozenset(found)


@lru_cache(maxsize=8)
def surnames(text: str) -> frozenset[str]:
    """The capitalised words the article uses as people's surnames: given a full name, written
    after a title ("Mr. Pugh") or beside a speech verb ("Bawol said", "said Seif")."""
    lowered = _lowered(text)
    found = set(full_names(text))
    for pattern in (
        *_PERSON_CUES,
        rf"\b{_TITLES}\s+({_CAPITAL})\b(?!\s+[A-Z])",
        rf"{_CLAUSE}({_CAPITAL})\s+{_SPEECH}\b",
        rf"\b{_SPEECH}\s+({_CAPITAL})\b(?!\s+[A-Z])",
    ):
        for match in re.finditer(pattern, text):
            found.add(match.group(1))
    places = _places()
    # "Pope Francis", "President Obama": named so on purpose, a surname or a regnal name alone
    # says who they are.
    styled = set(re.findall(rf"\b{_STYLES}\s+({_CAPITAL})\b(?!\s+[A-Z])", text))
    after_the = set(re.findall(rf"\b[Tt]he\s+({_CAPITAL})\b", text))
    return frozenset(
        w
        for w in found
        if not _not_a_name(w, lowered)
        and w not in places | styled
        and len(w) > 2
        and w not in after_the  # "the Lanark valley"
    )


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Country and city names and the names of peoples: a capitalised word that is a place."""
    from quiz.authoring.facts import CITIES, COUNTRIES

    peoples = set(vocabulary().demonyms)
    return frozenset(p for p in COUNTRIES | CITIES if " " not in p) | peoples


_LONE = re.compile(
    r"(?<![\w'\u2019.-])([A-Z][a-z]+(?:['\u2019][A-Z][a-z]+|-[A-Z]?[a-z]+)*)(?:['\u2019]s)?"
    r"(?![\w'\u2019-])"
)
_LINKS = r"(?:to|of|the|and|in|on|at|for|a|de|van|von|al|bin)"


def lone_surname(text: str, article: str, skip_first: bool = True) -> str | None:
    """The first person ``text`` names by surname alone (a capitalised word standing by itself,
    "Pugh", "Aslan's") that the article uses as a surname; words inside a quotation and the
    first word of ``text`` are the article's or the sentence's own and are not looked at."""
    return next((word for word, _ in _lone_surnames(text, article, skip_first)), None)


def _lone_surnames(text: str, article: str, skip_first: bool) -> Iterator[tuple[str, int]]:
    quoted = [m.span() for m in re.finditer(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"", text)]
    people = surnames(article)
    for match in _LONE.finditer(text):
        start, end = match.span(1)
        if (skip_first and start == 0) or any(a <= start < b for a, b in quoted):
            continue
        before, after = text[:start], text[end:]
        if re.search(r"\b(?:a|an|the|A|An|The)\s+$", before):
            continue  # "a Defender" is a thing
        paired = re.search(rf"\b({_CAPITAL})\s+and\s+$", before)
        if paired and paired.group(1) in people:
            pass  # "Knox and Sollecito": two people, not one name
        elif re.search(rf"[A-Z][\w.-]*\s+(?:{_LINKS}\s+)?$", before) and not re.search(
            rf"\b(?:According|And|But|When|While|After|Before|Since|As|If)\s+(?:{_LINKS}\s+)?$",
            before,
        ):
            continue  # part of a longer name already ("Tom Cotton", "Mr. Pugh")
        if re.match(r"\s+[A-Z]", after) or re.match(r"['\u2019]s\s+[A-Z]", after):
            continue  # "Pugh Street", "Knox's Seattle home" are longer names or no person
        if match.group(1) in people:
            yield match.group(1), start


def named_in_full(surname: str, article: str) -> str | None:
    """The one full name the article gives ``surname``; None when it gives none or several."""
    names = full_names(article).get(surname, frozenset())
    return next(iter(names)) if len(names) == 1 else None



def with_surnames_in_full(question: str, article: str) -> str:
    """The question with each person it names by surname alone named as the article names them
    in full ("did Pugh convert" -> "did Tairod Pugh convert"), when the article gives that
    surname one full name; words of a quotation are the article's and stay as they are."""
    for surname, at in reversed(list(_lone_surnames(question, article, skip_first=True))):
        full = named_in_full(surname, article)
        if full is not None:
            question = question[:at] + full + question[at + len(surname) :]
    return question
