"""The names an article gives, each with its fine type: whom, where and what it writes about.

A wrong answer convinces only when it is of the answer's fine type: a city for a city (not a
country), a striker for a striker (not a senator), a council for a council, a film for a film.
Names are read as whole runs of capitalised words (never cut mid-word), and typed by the
general data of :mod:`quiz.authoring.gazetteer` and by the words around them ("striker Bafetimbi
Gomis", "Don Clotworthy, a spokesman", "the 2001 film Zoolander").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from quiz.authoring.gazetteer import Place, gazetteer, vocabulary
from quiz.authoring.kinds import WEEKDAYS
from quiz.model import Article
from quiz.text import MONTHS, normalise


@dataclass(frozen=True, slots=True)
class Fine:
    """A fine type. ``kind`` is the question's kind; ``fine`` what within it (country, city,
    region, continent, venue, street, river...; company, council, party, club...; film, book,
    album, programme...); ``family`` a person's role family; ``where`` a city's or region's
    country, a country's region."""

    kind: str
    fine: str = ""
    family: str = ""
    where: str = ""
    area: str = ""  # a city's state, province or nation (California), when known
    area_stated: bool = False  # the question or sentence says it ("a California town")


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    fine: Fine
    role: str = ""  # the role noun written with a person


# A capitalised word: McGwire, O'Brien, Saint-Germain, an initial (P.), U.S., St. (a full stop
# only after an initial or an abbreviation, so that no run crosses a sentence's end).
_ABBREV = r"(?:St|Mt|Jr|Sr|Dr|Mr|Mrs|Ms|Lt|Gen|Sen|Rep|Gov|Sgt|Maj|Col|Prof|Capt|Cmdr|Ft)\."
_CAP = rf"(?:{_ABBREV}|[A-Z](?:\.[A-Z])+\.?|[A-Z]\.|[A-Z][\w'\u2019\-]*(?![\w'\u2019\-]))"
_JOIN = r"(?:of the|of|de|del|da|la|le|du|van|von|bin|al|and|&)"
_RUN = re.compile(rf"(?<![\w'\u2019\-]){_CAP}(?:\s+(?:{_JOIN}\s+)*{_CAP})*")
# Capitalised only because a sentence starts with them.
_OPENERS = set(
    "The A An In On At It Its This That These Those He She They We You I His Her Their Our My "
    "But And Or So As If When While Although Though Because Since After Before Until During "
    "Yes No Now Then There Here What Who Why How Where Which Some Many Most Both Each Every "
    "Meanwhile However Also Still Even Just Only Last Next Earlier Later According Despite "
    "Like Unlike Under Over From With Without For Of By To Former Late Mr Mrs Ms Dr Sir".split()
)
_TITLES = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lady", "Lord"} | {
    f"{rank}." for rank in "Lt Sgt Capt Col Gen Maj Cpl Det Insp Supt Adm Cmdr Sen Rep Gov".split()
}  # "Lt. Kenny Park" is a lieutenant, not a park
_MONTHS = set(MONTHS) | set(WEEKDAYS)
_QUOTED = re.compile(r"[\"\u201c]([A-Z][^\"\u201d]{0,60}?)[\"\u201d]")
_SAID = re.compile(r"^\s*(?:,\s*)?(?:said|says|told|added|wrote|explained|tweeted)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|according to)\s*$")
_ROLE_AFTER = re.compile(
    r"^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:who is\s+|who was\s+)?(?:an?|the)?\s*"
    r"((?:[\w'\u2019.-]+\s+){0,4}?[\w'\u2019.-]+)(?=\s*(?:,|\.|of\b|at\b|for\b|who\b|said\b|$))"
)


# What follows a reporter's name in a credit line: a reporter, not someone in the story.
_BYLINE = re.compile(
    r"^\s*(?:and\s+[A-Z][\w.' -]{1,40}?\s+)?(?:contributed|reported from|wrote this)"
)


def _clean(words: list[str]) -> list[str]:
    while words and (words[0] in _OPENERS or words[0] in _MONTHS):
        words = words[1:]
    while words and words[-1] in ("of", "de", "and", "&", "for", "on", "the", "la", "le"):
        words = words[:-1]
    if words and words[-1].endswith(("'s", "\u2019s")):
        words = [*words[:-1], words[-1][:-2]]
    return [w for w in words if w]


def _role_before(text: str) -> str:
    """The role noun the text ends with ("... the French striker"), if any."""
    tail = text[-40:]
    found = ""
    for match in vocabulary().role_pattern.finditer(tail):
        rest = tail[match.end() :]
        if re.fullmatch(r"[\s,]*", rest):
            found = match.group(1).lower()
    return found


def _role_after(text: str) -> str:
    """The role an appositive gives ("Don Clotworthy, a spokesman for ...")."""
    match = _ROLE_AFTER.match(text[:80])
    if match is None:
        return ""
    phrase = match.group(1).lower()
    found = ""
    for role in vocabulary().role_pattern.finditer(phrase):
        found = role.group(1).lower()
    return found


@functools.cache
def _nation_pattern() -> re.Pattern[str]:
    vocab = vocabulary()
    names = sorted({*vocab.demonyms, *(c.name for c in gazetteer().countries)}, key=len)
    alternatives = "|".join(re.escape(name) for name in reversed(names))
    return re.compile(rf"(?<![\w.])({alternatives})(['\u2019]s)?(?![\w])")


def nation_in(text: str) -> str:
    """The country a phrase ties someone to: a demonym ("Israeli") or a country's possessive
    ("Israel's"), the last when there are several; ``""`` when none."""
    vocab = vocabulary()
    found = ""
    for match in _nation_pattern().finditer(text):
        name, possessive = match.group(1), match.group(2)
        if name in vocab.demonyms and not possessive:
            found = vocab.demonyms[name]
        elif possessive and gazetteer().country(name) is not None:
            found = name
    return found


def _clause_end(before: str) -> str:
    """The part of ``before`` after its last sentence or clause break."""
    return re.split(r"[.;:!?]\s", before)[-1]


def _role_nation(before: str, after: str) -> str:
    """The country of a role written with a name: "Israeli Defense Minister", "the Israeli
    minister", "Netanyahu, Israel's prime minister"."""
    match = _ROLE_AFTER.match(after[:80])
    if match is not None and vocabulary().role_pattern.search(match.group(1)):
        nation = nation_in(match.group(1))
        if nation:
            return nation
    tail = _clause_end(before[-45:])
    return nation_in(tail) if _role_before(before) else ""


def family_of(role: str) -> str:
    return vocabulary().roles.get(role.lower(), "")


def _split_role(words: list[str]) -> tuple[str, list[str]]:
    """A title inside a run ("Russian President Vladimir Putin"): the role and the name after."""
    roles = vocabulary().roles
    for size in (4, 3, 2, 1):
        for start in range(len(words) - size - 1, -1, -1):
            phrase = " ".join(words[start : start + size]).lower()
            if phrase in roles and start + size < len(words):
                return phrase, words[start + size :]
    return "", words


def org_kind(text: str) -> str:
    """The kind of organisation a name makes (Council, Party, FC...), or ``""``."""
    vocab = vocabulary()
    key = normalise(text)
    if key in vocab.known_orgs:
        return vocab.known_orgs[key]
    words = text.split()
    for size in (2, 1):
        if len(words) > size:
            tail = " ".join(words[-size:])
            if tail in vocab.org_words:
                return vocab.org_words[tail]
    for lead, kind in vocab.org_leads.items():
        if text.startswith(lead + " "):
            return kind
    return ""


def place_fine(text: str) -> Place | None:
    """What the gazetteer takes a name to be, the country first of equal names."""
    found = gazetteer().lookup(text)
    if not found:
        return None
    order = {"country": 0, "continent": 1, "region": 2, "city": 3}
    return min(found, key=lambda p: order.get(p.fine, 9))


def place_word(text: str) -> str:
    """The fine type a place's first or last word makes (Stadium: venue, San: city), or ``""``."""
    words = text.split()
    if len(words) < 2:
        return ""
    vocab = vocabulary()
    return vocab.place_words.get(words[-1], "") or vocab.place_leads.get(words[0], "")


def looks_like_person(words: list[str]) -> bool:
    given = vocabulary().given
    return (
        2 <= len(words) <= 4
        and (words[0] in given or words[0] in _TITLES)
        and not any(ch.isdigit() for w in words for ch in w)
        and not org_kind(" ".join(words))
        and not place_word(" ".join(words))
    )


def type_name(text: str, before: str = "", after: str = "") -> Fine | None:
    """A name's fine type from the data and the words around it, or None when nothing tells."""
    words = text.split()
    place = place_fine(text)
    if place is not None:
        where = place.country if place.fine in ("city", "region") else place.region
        return Fine("place", place.fine, where=where)
    kind = org_kind(text)
    if kind:
        return Fine("organisation", kind)
    fine = place_word(text)
    if fine:
        return Fine("place", fine)
    role = _role_before(before) or _role_after(after)
    if role and 1 <= len(words) <= 4:
        return Fine("person", family=family_of(role))
    if looks_like_person(words) or (
        2 <= len(words) <= 3 and (_SAID.match(after) or _SAID_BEFORE.search(before))
    ):
        return Fine("person")
    return None


# Every article of a run is harvested for its neighbours, then again while its drafts are
# written: a cache smaller than the run would read each twice or more (a 2,000-article run was
# 1.5x slower an article than a 50-article one with 512).
HARVESTS_KEPT = 4096


@functools.lru_cache(maxsize=HARVESTS_KEPT)
def harvest(article: Article) -> tuple[Entity, ...]:
    """Every typed name of an article, once each, in order of first mention.

    A person's later mentions by surname alone ("Gomis") are the same person; a person met
    with a role keeps it.
    """
    text = article.text
    found: dict[str, Entity] = {}
    # A word the article also writes in lower case is a word, not someone's name ("Soon").
    lower = set(re.findall(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]+", text))

    def add(name: str, fine: Fine, role: str = "") -> None:
        key = normalise(name)
        if not key or len(name) < 2:
            return
        if fine.kind == "person" and (
            not personal(name)
            or (" " not in name and (name.lower() in lower or not _mid_sentence(name, text)))
        ):
            return  # "Indeed", "Act": words that start sentences, not someone's name
        if fine.kind == "person" and name.split()[0] in vocabulary().demonyms:
            return  # "Pakistani Taliban", "Nigerian Army": a people's group, no one's name
        old = found.get(key)
        if old is None or (not old.fine.family and fine.family and old.fine.kind == fine.kind):
            found[key] = Entity(name, fine, role)
        elif old.fine.kind == fine.kind == "person" and fine.where and not old.fine.where:
            # a later mention says whose: "Herzog, Israel's opposition leader"
            family = old.fine.family or fine.family
            found[key] = Entity(old.text, Fine("person", family=family, where=fine.where), old.role)

    for match in _RUN.finditer(text):
        raw = match.group().split()
        words = _clean(raw)
        if not words:
            continue
        before = text[max(0, match.start() - 60) : match.start()]
        after = text[match.end() : match.end() + 80]
        role, rest = _split_role(words)
        if role and rest and len(rest) <= 4 and family_of(role):
            name = " ".join(rest)
            common = rest[-1] in vocabulary().org_words or rest[-1] in vocabulary().place_words
            if not common and not place_fine(name) and not org_kind(name):
                lead = " ".join(raw[: len(raw) - len(rest)])  # "Israel's Defense Minister"
                nation = nation_in(f"{_clause_end(before[-30:])} {lead}")
                add(name, Fine("person", family=family_of(role), where=nation), role)
                continue
        if words[0] in _TITLES and len(words) >= 2:
            continue  # "Mr Khan": the full name is met elsewhere
        # A name glued to a place ("Gareth Bale of Wales") is read as the words before "of".
        if len(words) > 2 and "of" in words and looks_like_person(words[: words.index("of")]):
            words = words[: words.index("of")]
        name = " ".join(words)
        known = place_fine(name) or org_kind(name)
        parts = re.split(r"\s+(?:and|&)\s+", name)
        if len(parts) > 1 and not known:
            # "Stiller and Owen Wilson", "San Jose Clash and DC United": each part alone.
            for index, part in enumerate(parts):
                # A singular role before the pair is the first one's ("former Blur musician
                # Alex James and Elisabeth Murdoch": she is no musician)
                ahead = before if index == 0 else f"{before}{' and '.join(parts[:index])} and "
                part_fine = type_name(part, ahead, after)
                if part_fine is not None and part_fine.kind == "person" and _BYLINE.search(
                    after[:60]
                ):
                    part_fine = Fine("person", family="media")
                if part_fine is not None:
                    add(part, part_fine, _role_before(ahead) if part_fine.kind == "person" else "")
            continue
        fine = type_name(name, before, after)
        if fine is None or fine.kind == "person":
            work = _work_before(before.lower())  # "the 1983 Bond movie Octopussy"
            if work and not (fine is not None and fine.family):
                fine = Fine("title", work)
        if fine is not None and fine.kind == "person" and fine.family:
            fine = Fine("person", family=fine.family, where=_role_nation(before, after))
        elif fine is not None and fine.kind == "person" and _BYLINE.search(after[:60]):
            fine = Fine("person", family="media")  # "CNN's Steve Almasy contributed ..."
        if fine is not None:
            add(name, fine, _role_before(before) or _role_after(after))
    for match in _QUOTED.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()].lower()
        kind = _work_before(before)
        if kind:
            add(match.group(1).strip(" ,."), Fine("title", kind))
    people = [e for e in found.values() if e.fine.kind == "person" and " " in e.text]
    surnames: dict[str, Entity] = {}
    for person in people:
        surnames.setdefault(normalise(person.text.split()[-1]), person)
    for key, entity in list(found.items()):
        if " " not in entity.text and key in surnames and entity.fine.kind != "place":
            del found[key]  # "Gomis" is Bafetimbi Gomis, not a name of its own
            full = surnames[key]
            if entity.fine.kind == "person" and entity.fine.family and not full.fine.family:
                # "Green, a journalist, lawyer and television legal analyst": what the
                # surname's mention says of her is Lisa Green's role
                fine = Fine("person", family=entity.fine.family, where=full.fine.where)
                found[normalise(full.text)] = Entity(full.text, fine, full.role or entity.role)
    return tuple(found.values())


_PARTICLES = {"de", "van", "von", "bin", "al", "da", "del", "la", "le", "du", "der", "dos"}
_NAME_WORD = re.compile(
    r"[A-Z]\.|(?:Mc|Mac|O'|O\u2019|D'|Di|De|La|Le)?[A-Z][a-z]+(?:['\u2019\-][A-Z]?[a-z]+)*"
)
_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}


def _mid_sentence(word: str, text: str) -> bool:
    """Whether a text writes ``word`` somewhere other than at the start of a sentence."""
    return re.search(rf"[a-z,;:]\s+{re.escape(word)}\b", text) is not None


def personal(name: str) -> bool:
    """Whether a name is written as people's are: capitalised words or initials, ending in a
    surname that is no abbreviation ("M.D."), organisation word ("Alliance") or place word."""
    words = [w for w in name.split() if w not in _SUFFIXES]
    if re.search(r"['\u2019]s\b", name) or (len(words) == 1 and len(words[0]) < 3):
        return False  # "Bryan Cranston's Tony" is a part, "No" no one
    if not words or any(
        w not in _PARTICLES and _NAME_WORD.fullmatch(w) is None for w in words
    ):
        return False
    if words[0] in _PARTICLES or words[0] in ("La", "Le", "El", "Al", "Los", "Las"):
        return False  # "La Stampa": a name starts with a given name, not a particle
    last = words[-1]
    vocab = vocabulary()
    if len(words) == 1 and (
        last in vocab.given or last.lower() in vocab.roles or last.endswith("ly")
    ):
        return False  # "John", "General", "Separately": no one's name on its own
    return (
        len(last) > 1
        and not last.endswith(".")
        and last not in vocab.org_words
        and last not in vocab.place_words
        and last.lower() not in vocab.stopwords
        and place_fine(name) is None
    )


def _work_before(before: str) -> str:
    works = vocabulary().works
    found = ""
    for word, kind in works.items():
        if re.search(rf"\b{re.escape(word)}\s+(?:called\s+|titled\s+|,\s*)?$", before):
            found = kind
    return found


def person_in(article: Article, name: str) -> Entity | None:
    """The article's person of that name, or whose surname it is."""
    key = normalise(name)
    for entity in harvest(article):
        if entity.fine.kind != "person":
            continue
        full = normalise(entity.text)
        if full == key or full.split()[-1] == key:
            return entity
    return None


def work_kind(text: str) -> str:
    """The kind of work a question or sentence asks about ("which film"), or ``""``."""
    lowered = text.lower()
    for word, kind in vocabulary().works.items():
        if re.search(rf"\b{re.escape(word)}\b", lowered):
            return kind
    return ""


# "The BBC's Ana Roe", "Reuters' Ana Roe", "In Paris, CNN's Ana Roe": a run of capitalised words,
# a possessive, then the person's name.
_OWNED = re.compile(
    r"\b((?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)(?:['\u2019]s|(?<=s)['\u2019])\s+"
    r"((?:[A-Z]\.\s*)*[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'\u2019-]+)+)"
)
_OUTLET_KINDS = ("broadcaster", "newspaper")
# "CNN meteorologist Judson Jones", "BBC political editor Ana Roe": an outlet, its role words.
_OUTLET_ROLE = re.compile(
    r"\b((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)\s+((?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))\s+"
    r"((?:[A-Z]\.\s*)*[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'\u2019-]+)+)"
)
_AGENT = re.compile(r"[a-z]+(?:ist|ent|or|er)")


def outlet_reporters(text: str) -> list[str]:
    """The names a text gives a news outlet's own people ("CNN's Ana Roe", "The Guardian's Ada
    Lamb", "Reuters' Ana Roe"), the outlet being one the data knows as a broadcaster or a
    newspaper: reporters and presenters, how a story was made, never its news or its speakers."""
    known = vocabulary().known_orgs

    def outlet(owner_words: list[str]) -> bool:
        for start in range(len(owner_words)):  # "In Paris CNN" -> "Paris CNN" -> "CNN"
            owner = normalise(" ".join(owner_words[start:]))
            if known.get(owner) in _OUTLET_KINDS or known.get(f"the {owner}") in _OUTLET_KINDS:
                return True
            if owner.startswith("the ") and known.get(owner[4:]) in _OUTLET_KINDS:
                return True
        return False

    found = [m.group(2) for m in _OWNED.finditer(text) if outlet(m.group(1).split())]
    roles = vocabulary().roles
    for match in _OUTLET_ROLE.finditer(text):
        noun = match.group(3)
        if (noun in roles or _AGENT.fullmatch(noun)) and outlet(match.group(1).split()):
            found.append(match.group(4))
    return found


def family_in(article: Article, name: str) -> str:
    """The role family (politician, official, private, media ...) the article gives the person
    a name (or a surname) names, or "" when it gives none."""
    last = normalise(name.split()[-1]) if name.split() else ""
    for entity in harvest(article):
        if entity.fine.kind == "person" and normalise(entity.text.split()[-1]) == last:
            return entity.fine.family
    return ""
