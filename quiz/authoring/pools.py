"""Where a name's wrong answers come from, nearest first, each of the answer's fine type.

1. the question's own article (a striker it names for a striker it names);
2. the groups its folder's ``distractors.yaml`` lists (what only those articles need);
3. the other articles of the same subject in the folder: those sharing the most rare names
   with it, ties broken by id, so the same folder always gives the same neighbours;
4. general data: countries of the answer's region, cities of its country, regions of its
   country, known organisations of its kind, and the answer with its place swapped for a
   neighbour ("Glendale Police Department" -> "Pasadena Police Department").

Faker comes after these, in :mod:`quiz.distractors`, and only for people and companies. A
candidate the articles give for the same relation as the question ("Who scored?" when another
sentence says someone else scored) is never offered.
"""

from __future__ import annotations

import functools
import random
import re
import weakref
from collections import Counter
from dataclasses import dataclass, replace

from quiz.authoring import timeline, wellknown
from quiz.authoring.entities import (
    HARVESTS_KEPT,
    Entity,
    Fine,
    family_of,
    harvest,
    nation_in,
    org_kind,
    person_in,
    place_fine,
    place_word,
    type_name,
    work_kind,
)
from quiz.authoring.gazetteer import Group, Place, article_groups, gazetteer, vocabulary
from quiz.authoring.wordlists import words
from quiz.corpus.articles import Library
from quiz.model import Article, Question
from quiz.text import normalise

NEIGHBOURS = 8  # articles of the same subject looked at, nearest first


@dataclass(frozen=True, slots=True)
class Candidate:
    text: str
    source: str  # "article", "folder data", "same subject", "data", "built"
    article: str = ""  # the article it was found in, when it was
    where: str = ""  # a person's country, when the article says it ("Israeli minister")


# --- the answer's fine type -------------------------------------------------------------------


def _asked(question: str) -> tuple[str, str] | None:
    """The (kind, fine) the question's noun asks for: "In which country" -> place, country."""
    lowered = question.lower()
    match = re.search(r"\b(?:which|what)((?:\s+[\w-]+){1,4})", lowered)
    if match is None:
        return None
    asked = vocabulary().asked
    words = match.group(1).split()
    for size in (2, 1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if phrase in asked:
                return asked[phrase]
    return None


def asked_kind(question: str) -> str:
    """The kind of answer the question's noun asks for ("Which broadcaster": organisation)."""
    asked = _asked(question)
    return asked[0] if asked is not None else ""


def _noun_before(before: str) -> tuple[str, str] | None:
    """The (kind, fine) a noun just before the answer gives it: "the town of", "the band"."""
    match = re.search(r"\b([a-z][\w-]*)(?:\s+of)?[\s,]*$", before.lower())
    return vocabulary().asked.get(match.group(1)) if match is not None else None


def _around(sentence: str, answer: str) -> tuple[str, str]:
    at = sentence.find(answer)
    if at < 0:
        return "", ""
    return sentence[max(0, at - 60) : at], sentence[at + len(answer) : at + len(answer) + 80]


def answer_fine(question: Question, kind: str, sentence: str, article: Article | None) -> Fine:
    """The fine type of a question's answer, from the data, the article and the wording."""
    answer = question.answer
    before, after = _around(sentence, answer)
    typed = type_name(answer, before, after)
    asked = _asked(question.question)
    if kind == "person":
        family = ""
        entity = person_in(article, answer) if article is not None else None
        if entity is not None:
            family = entity.fine.family
        if not family and typed is not None and typed.kind == "person":
            family = typed.family
        nation = ""
        for match in vocabulary().role_pattern.finditer(question.question):
            if not family:
                family = family_of(match.group(1))
            # "Who is Israel's defense minister?", "Which Russian president ...?"
            nation = nation_in(question.question[max(0, match.start() - 25) : match.start()])
            if nation:
                break
        if not nation and entity is not None:
            nation = entity.fine.where
        return Fine("person", family=family, where=nation)
    if asked is None or asked[0] != kind:
        asked = _noun_before(before) or asked  # "the stone town of Matera", "the band One ..."
    if kind == "place":
        context = f"{question.question} {sentence}"
        if typed is not None and typed.kind == "place":
            if typed.where or typed.fine not in ("river", "venue", "county", "street"):
                return _with_area(typed, answer, context)
            where = _country_named(context, answer)
            if not where and article is not None and typed.fine in ("river", "county"):
                where = article_country(article)  # a river its article's country holds
            return Fine("place", typed.fine, where=where)
        fine = asked[1] if asked is not None and asked[0] == "place" else ""
        where = ""
        if fine in ("city", "region", "county", "river"):
            where = _country_named(context, answer)
            if not where and article is not None:
                where = article_country(article)
        found = _with_area(Fine("place", fine, where=where), answer, context)
        if found.fine == "city" and not found.area and article is not None:
            found = replace(found, area=_article_area(article, found.where))
        return found
    if kind == "organisation":
        fine = org_kind(answer)
        if not fine and asked is not None and asked[0] == "organisation":
            fine = asked[1]
        return Fine("organisation", fine)
    if kind == "title":
        fine = asked[1] if asked is not None and asked[0] == "title" else ""
        if not fine and article is not None:
            for entity in harvest(article):
                if entity.fine.kind == "title" and normalise(entity.text) == normalise(answer):
                    fine = entity.fine.fine
        return Fine("title", fine or work_kind(before[-30:]))
    return Fine(kind)


@functools.lru_cache(maxsize=HARVESTS_KEPT)
def _country_counts(article: Article) -> tuple[tuple[str, int], ...]:
    """How many of an article's places lie in each country, most first (ties by name)."""
    counts: Counter[str] = Counter()
    for entity in harvest(article):
        if entity.fine.kind == "place":
            place = place_fine(entity.text)
            if place is not None and place.country:
                counts[place.country] += 1
    return tuple(sorted(counts.items(), key=lambda c: (-c[1], c[0])))


def article_countries(article: Article) -> tuple[str, ...]:
    """The countries an article's places are in, most places first (ties by name)."""
    return tuple(name for name, _ in _country_counts(article))


def article_country(article: Article) -> str:
    """The country most of an article's places are in (a town it names and the data does not
    know is likelier there than anywhere), or "" when no country leads."""
    ranked = _country_counts(article)[:2]
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return ""
    return ranked[0][0]


def city_area(text: str) -> str | None:
    """The state, province or nation the data puts a city in ("" when it knows the city but
    not its area), or None when the data knows no city of that name."""
    cities = [place for place in gazetteer().lookup(text) if place.fine == "city"]
    return cities[0].area if cities else None


def _area_named(text: str, answer: str) -> Place | None:
    """The one state or province a text names ("a California town"), unambiguously: Georgia
    (a country too) or Washington (a city too) tell nothing, unless written after the answer
    as its state ("Blue Ridge, Georgia")."""
    after = re.search(rf"{re.escape(answer)},\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", text)
    if after is not None:
        for name in (after.group(1), after.group(1).split()[0]):
            states = [p for p in gazetteer().lookup(name) if p.fine == "region"]
            if len(states) == 1:
                return states[0]
            if name in _city_areas():  # "Poughkeepsie, New York": a state written as a city
                return Place(name, "region", _city_areas()[name])
    for match in re.finditer(r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2}", text):
        name = re.sub(r"['\u2019]s$", "", match.group())
        if name == answer:
            continue
        found = gazetteer().lookup(name)
        if len(found) == 1 and found[0].fine == "region":
            return found[0]
    return None


@functools.cache
def _city_areas() -> dict[str, str]:
    """Every state or province the data puts a city in, with its country (New York and
    Washington are states too, though the gazetteer lists them as cities)."""
    geo = gazetteer()
    return {
        place.area: place.country
        for found in geo.places.values()
        for place in found
        if place.fine == "city" and place.area
    }


def _with_area(fine: Fine, answer: str, context: str) -> Fine:
    """A city's fine type with its state: the data's for the answer, else the one its question
    or sentence names; stated when the text names it (then no city of another state fits)."""
    if fine.fine != "city":
        return fine
    named = _area_named(context, answer)
    area = city_area(answer) or ""
    if area:
        stated = named is not None and named.name == area
        return replace(fine, area=area, area_stated=stated)
    apposed = named is not None and re.search(rf"{re.escape(answer)},\s+{named.name}", context)
    if named is not None and (not fine.where or fine.where == named.country or apposed):
        return replace(fine, area=named.name, where=named.country, area_stated=True)
    return fine


def _article_area(article: Article, country: str) -> str:
    """The one state or province of ``country`` an article names ("in Borno state"): where a
    town the data does not know most likely is; "" when it names none or several."""
    if not country:
        return ""
    named = {
        p.name
        for e in harvest(article)
        if e.fine.kind == "place"
        for p in gazetteer().lookup(e.text)
        if p.fine == "region" and p.country == country
    }
    return named.pop() if len(named) == 1 else ""


def _names_word(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def _country_named(text: str, answer: str) -> str:
    """The country a text places things in ("a Vallejo, California, woman": United States)."""
    for match in re.finditer(r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2}", text):
        name = re.sub(r"['\u2019]s$", "", match.group())  # "Nigeria's military"
        if name == answer:
            continue
        place = place_fine(name) or place_fine(name.rstrip("."))  # "... in the Netherlands."
        if place is not None and place.fine in ("country", "region", "city"):
            return place.country
    return ""


# --- what the folder holds --------------------------------------------------------------------


@dataclass
class _Folder:
    neighbours: dict[str, tuple[str, ...]]
    groups: tuple[Group, ...]
    kinds: dict[str, set[str]]  # normalised name -> kinds the articles give it


_FOLDERS: dict[int, tuple[weakref.ref[Library], _Folder]] = {}


def folder(library: Library) -> _Folder:
    """What the library's articles offer, worked out once per library."""
    cached = _FOLDERS.get(id(library))
    if cached is not None and cached[0]() is library:
        return cached[1]
    groups = article_groups(library.root)
    found = _Folder(_neighbours(library), groups, _kinds(library, groups))
    _FOLDERS[id(library)] = (weakref.ref(library), found)
    weakref.finalize(library, _FOLDERS.pop, id(library), None)
    return found


def _kinds(library: Library, groups: tuple[Group, ...]) -> dict[str, set[str]]:
    """What each name is: as the folder's data lists it (Aston Martin: an organisation), else
    as the articles' words type it."""
    listed: dict[str, set[str]] = {}
    for group in groups:
        for member in group.members:
            listed.setdefault(normalise(member), set()).add(group.kind)
    kinds: dict[str, set[str]] = {}
    for article in library.articles.values():
        for entity in harvest(article):
            key = normalise(entity.text)
            if key not in listed:
                kinds.setdefault(key, set()).add(entity.fine.kind)
    return {**kinds, **listed}


def _neighbours(library: Library) -> dict[str, tuple[str, ...]]:
    """Each article's nearest articles: most shared rare names (in few articles), by id."""
    names = {
        aid: {normalise(e.text) for e in harvest(article)}
        for aid, article in sorted(library.articles.items())
    }
    counts = Counter(name for found in names.values() for name in found)
    rare_limit = max(3, len(names) // 10)
    rare = {aid: {n for n in found if counts[n] <= rare_limit} for aid, found in names.items()}
    holders: dict[str, list[str]] = {}
    for aid, found in rare.items():
        for name in found:
            holders.setdefault(name, []).append(aid)
    near: dict[str, tuple[str, ...]] = {}
    for aid, found in rare.items():
        shared: Counter[str] = Counter()
        for name in found:
            for other in holders[name]:
                if other != aid:
                    shared[other] += _WEIGHT // counts[name]  # the rarer, the nearer
        ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))
        near[aid] = tuple(other for other, score in ranked[:NEIGHBOURS] if score >= _NEAR)
    return near


# A name in n articles weighs 1/n (in units of 1/_WEIGHT): an article is of the same subject
# when what it shares weighs as much as one name of three articles (Goodluck Jonathan), never
# for one name of twenty (Facebook) or a few of ten (India, BBC).
_WEIGHT = 2520
_NEAR = _WEIGHT * 3 // 10


# --- candidates -------------------------------------------------------------------------------


def fits(entity: Fine, want: Fine) -> bool:
    """Whether a name of fine type ``entity`` can stand as a wrong answer of type ``want``."""
    if entity.kind != want.kind:
        return False
    if want.kind == "person":  # of unknown role: only others of unknown or private role
        if want.where and entity.where and entity.where != want.where:
            return False  # a Russian president for Israel's defence minister
        return entity.family == want.family or (
            not want.family and entity.family in ("", "private")
        )
    if want.kind == "place":
        return not want.fine or entity.fine == want.fine
    if want.kind in ("organisation", "title"):
        return entity.fine == want.fine
    return True


def _shuffled(items: list[Candidate], rng: random.Random) -> list[Candidate]:
    items = list(items)
    rng.shuffle(items)
    return items


def _from(article: Article, want: Fine, source: str) -> list[Candidate]:
    return [
        Candidate(e.text, source, article.id, e.fine.where if e.fine.kind == "person" else "")
        for e in harvest(article)
        if fits(e.fine, want) and not (want.fine == "country" and _a_state_here(e.text, article))
    ]


def _a_state_here(name: str, article: Article) -> bool:
    """Whether a country's name is, in this article, a state of the country the article is
    about (Georgia in a story of Atlanta and Nebraska)."""
    home = article_country(article)
    return bool(home) and any(
        p.fine == "region" and p.country == home and home != name for p in gazetteer().lookup(name)
    )


# Families whose people belong to a country: a minister, a spokesman, a police chief.
_NATIONAL = frozenset({"politician", "official"})


def _of_nation(
    found: list[Candidate], want: Fine, article: Article | None, library: Library | None
) -> list[Candidate]:
    """People of the answer's country first, those of unknown country next; for a
    politician or an official of a known country, a name from another article only when that
    article says it is of that country or is about it (no Ronald Reagan for Israel's minister)."""
    if want.kind != "person" or not want.where:
        return found

    def level(candidate: Candidate) -> int:
        if candidate.where == want.where:
            return 0
        if article is not None and candidate.article == article.id:
            return 1
        other = library.get(candidate.article) if library and candidate.article else None
        if other is not None and article_country(other) == want.where:
            return 1  # of unknown country, in a story about the answer's
        return 3 if want.family in _NATIONAL else 2

    return [c for c in sorted(found, key=level) if level(c) < 3]


def candidates(
    question: Question,
    want: Fine,
    article: Article | None,
    library: Library | None,
    context: str,
    rng: random.Random,
    sex: str = "",
    until: int | None = None,
) -> list[Candidate]:
    """Names of the answer's fine type, nearest first (see the module's docstring). For the
    well-known people and works of the data: ``sex`` is the answer's (m, f) when known, and
    ``until`` the year of the story, when known (no one who became known after it)."""
    found: list[Candidate] = []
    away: set[str] = set()  # the journey's other end and its stops, from any pool
    if article is not None:
        own = _from(article, want, "article")
        if want.kind == "person" and want.family:
            # The answer the story gives no role (its family read from the question's "Which
            # presenter"): the people it names beside the answer, with no role either, are
            # its likeliest peers ("hosts Clarkson, Hammond and May"), before those of the
            # family in other roles (a musician of the story)
            answer = person_in(article, question.answer)
            if answer is not None and not answer.fine.family:
                beside = [
                    s.text for s in article.sentences if answer.text.split()[-1] in s.text
                ]
                untyped = [
                    Candidate(e.text, "article", article.id, e.fine.where)
                    for e in harvest(article)
                    if e.fine.kind == "person"
                    and not e.fine.family
                    and not e.role
                    and e.text != answer.text
                    and any(e.text.split()[-1] in text for text in beside)
                ]
                own = untyped + [c for c in own if c not in untyped]
        if want.kind == "place" and _JOURNEY.search(question.question):
            away = {normalise(c.text) for c in own if _on_the_way(article, c.text)}
            own = [c for c in own if normalise(c.text) not in away]
        found += _shuffled(own, rng)
    if library is not None:
        held = folder(library)
        found += _group_candidates(held.groups, question, want, context, rng)
        # A person of no known role gets other stories' people never: the one thing they
        # share is being named (Walter Mondale for a paediatrician who said something).
        if article is not None and not (want.kind == "person" and not want.family):
            for other_id in held.neighbours.get(article.id, ()):
                other = library.get(other_id)
                if other is not None:
                    found += _shuffled(_from(other, want, "same subject"), rng)
    found += _figure_candidates(question, want, article, sex, until, rng)
    found += _work_candidates(question, want, until, rng)
    found += _county_candidates(question.answer, want, article, context, rng)
    found += _venue_candidates(question.answer, want, rng)
    found += _sector_candidates(question, want, context, rng)
    found += _data_candidates(question.answer, want, rng, article)
    found = _of_nation(found, want, article, library)
    if away:
        found = [c for c in found if normalise(c.text) not in away]
    if want.kind == "organisation":
        return _nearest_orgs(found, question.answer, article)
    if want.kind == "place" and want.fine == "venue":
        return _nearest_venues(found, question.answer, want, article)
    return _nearest_places(found, question.answer, want, article, context)


def _figure_candidates(
    question: Question,
    want: Fine,
    article: Article | None,
    sex: str,
    until: int | None,
    rng: random.Random,
) -> list[Candidate]:
    """Well-known people of the answer's field (:mod:`wellknown`): of the answer's own entry
    when the data knows the answer, else of the field its role tells ("Which French striker
    ...?": football, a forward) or, for a sportsman or a performer, the story's field; none
    who became known after the story or was dead by then; nearest first, each tier shuffled."""
    if want.kind != "person":
        return []
    answer = question.answer
    entry = wellknown.known(answer)
    if entry is not None:
        family, field, country, sex = entry.family, entry.field, entry.country, entry.sex
        styles = frozenset({entry.style} - {""})
    else:
        family, country = want.family, want.where
        role = ""
        if article is not None:
            person = person_in(article, answer)
            role = person.role if person is not None else ""
        field = wellknown.field_of_role(question.question) or wellknown.field_of_role(role)
        styles = wellknown.styles_of_role(question.question) or wellknown.styles_of_role(role)
        if not field and article is not None and family in wellknown.STORY_FAMILIES:
            field = wellknown.story_field(article)
        if family == "screen":  # a director of a film story, or a filmmaker
            field = "film directing" if field in ("film", "film directing") else ""
        if not country and article is not None and family in wellknown.STORY_FAMILIES:
            # a singer of a story set in California is likelier American: its peers first
            country = article_country(article)
    if until is None and entry is not None and entry.held:
        # A story that tells no year is of its politician's time in office, about: the
        # options' terms are judged against the answer's last year in it (Ya'alon's 2016)
        last = max(end for _, end in entry.held)
        until = last if last != wellknown.STILL_HELD else None

    def then(person: wellknown.Figure) -> bool:
        """Known by the story's year, and alive in it (no Yeltsin for a president in 2015); of
        a story that tells no year, no one dead."""
        if until is None:
            return not person.died
        return person.since <= until and not 0 < person.died <= until

    era = entry.since if entry is not None and entry.since else _era_of(article, answer)
    tiers = wellknown.peers(family, field, country, sex, styles)
    by_term = until is not None and family == "politician"  # their terms tell it better
    if era and not by_term:  # of the answer's generation: Bob Dylan, not Harry Styles, for Crosby
        near = [[p for p in t if abs(p.since - era) <= _ERA] for t in tiers]
        tiers = [*near, *([p for p in t if abs(p.since - era) > _ERA] for t in tiers)]
    if until is not None:
        # In office in the story's years first: a foreign minister of 2015 gets ministers of
        # its decade, then of the one before, before one who left office in 1997
        # (anachronistic to a reader), and last one who took the office after the story
        # (Israel's defence minister of a 2015 story: Gantz, minister from 2020, may be true
        # when the question is played)
        year = until

        def when(person: wellknown.Figure) -> int:
            if 0 < year < person.took_office():
                return 3
            if person.in_office_near(year, _OFFICE_GONE):
                return 0
            return 1 if person.in_office_near(year, 2 * _OFFICE_GONE) else 2

        tiers = [[p for p in t if when(p) == rank] for t in tiers for rank in range(4)]
    return _tiers_shuffled(
        [[Candidate(p.name, "data", "", p.country) for p in t if then(p)] for t in tiers],
        answer,
        rng,
    )


# People of one generation: became known within this many years of each other.
_ERA = 15
# A politician out of office this many years before the story is of another time to a reader.
_OFFICE_GONE = 8
# The age at which someone the data lists became widely known, about: an estimate of a person
# the story gives an age, for choosing peers of their generation.
_KNOWN_AT = 25


def _era_of(article: Article | None, answer: str) -> int:
    """The year the answer became known, about, when the story gives their age (the year they
    were born and :data:`_KNOWN_AT`); 0 when it does not."""
    if article is None or not answer.split():
        return 0
    born = timeline.birth_years(article).get(normalise(answer.split()[-1]))
    return born + _KNOWN_AT if born else 0


def _tiers_shuffled(
    tiers: list[list[Candidate]], answer: str, rng: random.Random
) -> list[Candidate]:
    """The data's names tier by tier, nearest first, each tier shuffled, never the answer."""
    mine = normalise(answer)
    return [
        candidate
        for tier in tiers
        for candidate in _shuffled([c for c in tier if normalise(c.text) != mine], rng)
    ]


_YEAR_ASKED = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _work_candidates(
    question: Question, want: Fine, until: int | None, rng: random.Random
) -> list[Candidate]:
    """Well-known works of the answer's kind (:mod:`wellknown`): of the year the question
    states ("Which 2001 film ...?"), else near the answer's own year when the data knows it;
    none when neither tells a year."""
    if want.kind != "title" or not want.fine:
        return []
    entry = wellknown.known_work(question.answer, want.fine)
    stated = _YEAR_ASKED.search(question.question)
    if stated is not None:
        year, exact = int(stated.group(1)), True
    elif entry is not None:
        year, exact = entry.year, False
    else:
        return []
    genre = entry.genre if entry is not None else ""
    tiers = wellknown.works_like(want.fine, year, genre, exact_year=exact)
    return _tiers_shuffled(
        [[Candidate(w.title, "data") for w in t if until is None or w.year <= until]
         for t in tiers],
        question.answer,
        rng,
    )  # fmt: skip


# Words of a journey. In a question of a journey's end ("From which city did the flight
# depart?"), a place its story names in a sentence of the journey is its other end or a stop
# (the flight "circled New York" before landing there): no wrong answer, though of the story.
_JOURNEY = re.compile(
    r"\b(?:depart\w*|arriv\w*|destination|fl(?:y|ew|own|ights?|ying)|land(?:ed|s|ing)?|bound"
    r"|headed|route|deport\w*|extradit\w*|aircraft|plane|jet|airport|circled|touch\w* down"
    r"|took off|diverted|sail\w*|voyage|journey|travel\w*|drove|driv(?:e|en|ing))\b",
    re.IGNORECASE,
)


def _on_the_way(article: Article, name: str) -> bool:
    """Whether a sentence of the article names the place in a journey."""
    return any(_JOURNEY.search(text) for text in _sentences_naming(article, name))


# A country is too minor to stand beside the answer when it has fewer than this share of the
# answer's people, or under a million people beside an answer of five million or more: the
# reader of a story of an attack in India, or of Ebola in Sierra Leone, does not weigh Bhutan
# or Cape Verde. Graded so: both were marked implausible in context.
_MINOR_SHARE = 1 / 25
_MICROSTATE, _SIZABLE = 1.0, 5.0


def _minor_beside(candidate: float, answer: float) -> bool:
    """Whether a country of ``candidate`` million people is a tell beside an answer of
    ``answer`` million (either 0: the data does not say, and nothing is told)."""
    if not candidate or not answer:
        return False
    return candidate < answer * _MINOR_SHARE or (candidate < _MICROSTATE and answer >= _SIZABLE)


def _nearest_places(
    found: list[Candidate],
    answer: str,
    want: Fine,
    article: Article | None = None,
    context: str = "",
) -> list[Candidate]:
    """A city of the answer's country before one of its continent, before one elsewhere,
    whichever pool each came from; a country's neighbours before its region, the story's own
    countries before the data's. The sort is stable: within a level the pools' order and their
    shuffle stand."""
    if want.kind != "place":
        return found
    home = place_fine(answer)
    if want.fine == "country" and home is not None:
        geo = gazetteer()
        bordering = set(geo.neighbours.get(home.name, ()))
        # The neighbours the answer shares with a country its sentence names: where Myanmar's
        # warplanes might have strayed is where China and Myanmar both border (India, Laos).
        named = [
            c.name
            for c in geo.countries
            if c.name != home.name and _names_word(context, c.name.lower())
        ]
        shared = {n for other in named for n in geo.neighbours.get(other, ()) if n in bordering}
        # ... then the rest of that country's neighbours, when the answer is one of them: the
        # bomb fell in a country bordering Myanmar (Thailand, Bangladesh).
        around: dict[str, int] = {}  # each at its place in that country's list
        for other in named:
            if home.name in geo.neighbours.get(other, ()):
                for at, n in enumerate(geo.neighbours[other]):
                    around.setdefault(n, at)
        team = _TEAM.search(context.partition("|")[0]) is not None
        mine = geo.country(home.name)
        size = mine.population if mine is not None else 0.0
        written = timeline.written_in(article) if article is not None else None

        def near(candidate: Candidate) -> float:
            if candidate.source == "folder data":
                return 0
            place = place_fine(candidate.text)
            if place is None:
                return 9
            country = geo.country(place.name) if candidate.source == "data" else None
            if country is not None:
                if country.named_since and (written is None or written < country.named_since):
                    return 8  # Eswatini of a story that may be from when it was Swaziland
                if place.name not in shared and _minor_beside(country.population, size):
                    return 3.5  # Bhutan or Cape Verde beside India or Sierra Leone: a tell
            close = place.name in bordering or place.region == home.region
            if candidate.source == "article":
                if close or team or place.continent == home.continent:
                    return 0  # a neighbour; or, for a team, the story's other teams
                return 1  # the story's own countries (Malaysia for a Grand Prix in Australia)
            if candidate.source == "same subject":
                return 2 if close or place.continent == home.continent else 6
            if place.name in shared:
                return 0.3
            if place.name in around:
                return 0.4 + around[place.name] / 100  # most prominent first
            if place.name in bordering:  # Lebanon, Turkey for Syria; South Korea for Japan
                return 0.5 if place.region == home.region else 1.5
            if place.region == home.region:
                return 0.8
            return 4 if place.continent == home.continent else 6

        return sorted(found, key=near)
    if want.fine == "county":
        return _nearest_counties(found, answer, article, context)
    if want.fine not in ("city", "region"):
        return found
    country = home.country if home is not None else want.where
    here = gazetteer().country(country)

    def level(candidate: Candidate) -> int:
        if candidate.source == "folder data":
            return 0  # listed for this very context ("a town in southern Italy")
        place = place_fine(candidate.text)
        if place is None:
            return 3
        if place.country == country:
            area = city_area(candidate.text) if want.area else None
            if area and area != want.area:
                return 9 if want.area_stated else 1  # New York City for "a California town"
            return 0
        return 2 if here is not None and place.continent == here.continent else 3

    if not country:
        return found
    # A big city beside big cities: Atlanta's wrong answers are Houston and Miami, not Marietta
    # and Valdosta (a reader knows the small towns have no airline hub); Houston's are Dallas
    # and Austin first, its own state's big cities.
    prominent = want.fine == "city" and _big_city(answer)
    # A story that names the answer's state is about it: its cities first, before the big
    # cities of other states (Savannah and Macon for an Atlanta prison in a Georgia story);
    # but a journey's end is a big city beside big cities (a flight from Chicago, never from
    # a suburb of it).
    local = (
        want.fine == "city"
        and bool(want.area)
        and article is not None
        and _names_word(article.text, want.area)
        and not (prominent and _JOURNEY.search(context.partition("|")[0]))
    )

    def rank(candidate: Candidate) -> float:
        at: float = level(candidate)
        if local and candidate.source != "folder data" and city_area(candidate.text) != want.area:
            at += 10
        if not prominent or candidate.source == "folder data":
            return at
        return at + (0 if _big_city(candidate.text) else 1.5)

    return _varied([c for c in sorted(found, key=rank) if level(c) < 9], answer)


def _varied(found: list[Candidate], answer: str) -> list[Candidate]:
    """No two cities of one leading word the answer lacks ahead of the rest: "San Francisco,
    San Jose, San Diego" make Los Angeles the odd one out. The second of a leading word waits
    behind every other candidate, in order."""
    lead = answer.split()[0]
    seen: set[str] = set()
    first: list[Candidate] = []
    later: list[Candidate] = []
    for candidate in found:
        word = candidate.text.split()[0] if len(candidate.text.split()) > 1 else ""
        if word and word != lead and word in seen:
            later.append(candidate)
            continue
        if word:
            seen.add(word)
        first.append(candidate)
    return first + later


# A country the question has play a game ("Which country did Wales beat 3-0?") is a team:
# its wrong answers are the story's other teams, wherever they are (Kazakhstan, Italy and
# Bulgaria for Israel in a European qualifying group, never Kuwait or Oman).
_TEAM = re.compile(
    r"\b(?:beat|beaten|beats|defeat(?:ed|s)?|drew (?:with|against)|lost to|qualif\w*"
    r"|knocked out|eliminated|thrashed|routed|play(?:ed|s)? (?:against|host to)"
    r"|(?:match|game|final|fixture|qualifier) (?:against|with|between))\b"
)  # never "the fight against Al Qaeda": a war is no game


def _nearest_venues(
    found: list[Candidate], answer: str, want: Fine, article: Article | None
) -> list[Candidate]:
    """A venue of the answer's sort only: a museum for a museum (its name ends alike), a
    football ground for a football ground (the data's sort: White Hart Lane, Anfield); those
    of the answer's country first."""
    venues = gazetteer().venues
    mine = venues.get(normalise(answer))
    ending = answer.split()[-1] if len(answer.split()) > 1 else ""

    def alike(candidate: Candidate) -> bool:
        theirs = venues.get(normalise(candidate.text))
        if mine is not None and theirs is not None:
            return theirs.sort == mine.sort
        return bool(ending) and candidate.text.split()[-1] == ending

    country = _venue_country(answer, want, article)
    home = gazetteer().country(country)

    def level(candidate: Candidate) -> int:
        if candidate.source in ("article", "folder data"):
            return 0
        theirs = venues.get(normalise(candidate.text))
        if theirs is None or home is None:
            return 1
        if theirs.country == country:
            return 1
        there = gazetteer().country(theirs.country)
        return 2 if there is not None and there.continent == home.continent else 3

    def known_here(candidate: Candidate) -> bool:
        """A venue of the data for one it does not know: of the answer's country only (the
        sort its head names is too loose a tie: an American stadium for an English one)."""
        if mine is not None or candidate.source != "data" or not country:
            return True
        theirs = venues.get(normalise(candidate.text))
        return theirs is None or theirs.country == country

    return sorted((c for c in found if alike(c) and known_here(c)), key=level)


def _venue_country(answer: str, want: Fine, article: Article | None) -> str:
    """Where a venue is: as the data knows it, as its sentence says ("Drents Museum in the
    Netherlands"), as its name says ("Hungarian Natural History Museum"), else where most of
    its article's places are."""
    mine = gazetteer().venues.get(normalise(answer))
    if mine is not None:
        return mine.country
    if want.where:
        return want.where
    demonyms = vocabulary().demonyms
    for word in answer.split():
        if word in demonyms:
            return demonyms[word]
    place = _place_in_name(answer)
    if place is not None:
        return place.country
    return article_country(article) if article is not None else ""


def _venue_candidates(answer: str, want: Fine, rng: random.Random) -> list[Candidate]:
    """Well-known venues of the answer's sort (the data's, or its name's last word)."""
    if want.kind != "place" or want.fine != "venue":
        return []
    venues = gazetteer().venues
    mine = venues.get(normalise(answer))
    ending = answer.split()[-1] if len(answer.split()) > 1 else ""
    # A venue the data does not know gets the data's only when its head names the sort
    # ("Drents Museum": museums); a "Park" may be a ball park, a park or a town (Asbury Park).
    names = [
        v.name
        for v in venues.values()
        if (
            v.sort == mine.sort
            if mine is not None
            else v.name.split()[-1] == ending and v.sort == ending.lower()
        )
    ]
    rng.shuffle(names)
    return [Candidate(name, "data") for name in names]


def _county_candidates(
    answer: str, want: Fine, article: Article | None, context: str, rng: random.Random
) -> list[Candidate]:
    """Other counties of the answer's state, written as the answer writes one ("Washoe
    County" for "Clark County"): the state the question, its sentence or else its article
    names (of those the data puts a county of that name in, when it knows it)."""
    words = answer.split()
    if want.kind != "place" or len(words) < 2 or words[-1] != "County":
        return []
    counties = gazetteer().counties
    own = " ".join(words[:-1])
    state = _county_state(answer, article, context)
    if not state:
        return []
    names = [name for name in counties[state] if name != own]
    rng.shuffle(names)
    return [Candidate(f"{name} County", "data") for name in names]


def _county_state(answer: str, article: Article | None, context: str) -> str:
    """The state a county is in: the one of those the data puts a county of that name in
    that its question, sentence or article names; the data's one; or the one state named."""
    counties = gazetteer().counties
    own = answer.removesuffix(" County")
    holding = [state for state, names in counties.items() if own in names]
    text = f"{context} {article.text if article is not None else ''}"
    named = [state for state in counties if _names_word(text, state)]
    return next((s for s in named if s in holding), "") or (
        holding[0] if len(holding) == 1 else (named[0] if len(named) == 1 else "")
    )


def _nearest_counties(
    found: list[Candidate], answer: str, article: Article | None, context: str
) -> list[Candidate]:
    """Counties of the answer's state first, whichever pool they came from (Boone and Clay for
    St. Louis County, before another story's Albemarle County)."""
    state = _county_state(answer, article, context)
    if not state:
        return found
    mine = set(gazetteer().counties.get(state, ()))

    def level(candidate: Candidate) -> int:
        if candidate.source == "folder data" or candidate.text.removesuffix(" County") in mine:
            return 0
        return 1 if candidate.source == "article" else 2

    return sorted(found, key=level)


def _sector_candidates(
    question: Question, want: Fine, context: str, rng: random.Random
) -> list[Candidate]:
    """Known organisations of the answer's sector, as the data gives it or the question says
    it ("Which dairy cooperative", "Which health agency"): a company or an agency is too broad
    a kind for any other of it to fit, its sector is not."""
    if want.kind != "organisation":
        return []
    sectors = vocabulary().sectors
    key = normalise(question.answer)
    mine = [sector for sector, names in sectors.items() if key in map(normalise, names)]
    asked = question.question.lower()
    said = [sector for sector in sorted(sectors) if _names_word(asked, sector)]
    # "Which dairy cooperative": the cooperatives, not every dairy company
    said = [s for s in said if not any(s != o and _names_word(o, s) for o in said)]
    found: list[Candidate] = []
    for sector in dict.fromkeys([*mine, *said]):
        names = [name for name in sectors[sector] if normalise(name) != key]
        rng.shuffle(names)
        found += [Candidate(name, "data") for name in names]
    return found


def _place_in_name(name: str) -> Place | None:
    """The city, region or country an organisation's name holds ("Manchester Evening News")."""
    words = name.split()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            place = place_fine(" ".join(words[start : start + size]))
            if place is not None and place.fine in ("city", "region", "country") and place.country:
                return place
    return None


def _org_country(answer: str, article: Article | None) -> str:
    """The country an organisation belongs to: as the data knows it, else as a place in its
    name says ("Manchester Evening News", "Pennsylvania State University"), else the
    country most of its article's places are in."""
    known = vocabulary().org_countries.get(normalise(answer))
    if known:
        return known
    place = _place_in_name(answer)
    if place is not None:
        return place.whole or place.country
    return article_country(article) if article is not None else ""


def _nearest_orgs(found: list[Candidate], answer: str, article: Article | None) -> list[Candidate]:
    """The stories' organisations first (but those the data places in another country last);
    then those named for a city of the answer's state
    (Los Angeles Police Department for Pasadena's); the data's of the answer's country, then
    those of no known country, then the rest (Harvard and Yale before Oxford for Penn State);
    the answer with its place swapped last of all."""
    country = _org_country(answer, article)
    if not country:
        return found
    countries = vocabulary().org_countries
    home = _place_in_name(answer)
    area = city_area(home.name) if home is not None and home.fine == "city" else ""
    state = place_fine(area) if area else None
    if state is None or state.fine != "region":
        area = ""  # a nation (England) is too wide to tell a neighbour: Liverpool's paper
        # is no nearer Manchester's than Leeds's is

    def level(candidate: Candidate) -> int:
        if candidate.source not in ("data", "built"):
            # A story's own, unless the data places it in another country (CNN, in a story
            # of Russia's state broadcaster)
            theirs = countries.get(normalise(candidate.text), "")
            return 4 if theirs and theirs != country else 0
        place = _place_in_name(candidate.text)
        if area and place is not None and place.fine == "city" and city_area(place.name) == area:
            return 1
        if candidate.source == "built":
            return 5  # invented by a swap: after every real one
        theirs = countries.get(normalise(candidate.text), "")
        if not theirs and place is not None:
            theirs = place.whole or place.country
        if theirs == country:
            return 2
        return 3 if not theirs else 4

    return sorted(found, key=level)


BIG_CITIES_A_COUNTRY = 15  # cities.tsv lists a country's largest first


def _big_city(name: str) -> bool:
    """A city in the news, or one of the largest of its country in the gazetteer."""
    if name in words("news_cities"):
        return True
    place = place_fine(name)
    if place is None or not place.country:
        return False
    cities = gazetteer().cities.get(place.country, ())
    return name in cities[:BIG_CITIES_A_COUNTRY]


def _group_candidates(
    groups: tuple[Group, ...], question: Question, want: Fine, context: str, rng: random.Random
) -> list[Candidate]:
    key = normalise(question.answer)
    lowered = context.lower()
    # What the question asks for, and what the cited text calls the answer ("the town of @").
    asked = f"{question.question.lower()} {lowered.partition('@')[0][-40:]}"
    found: list[Candidate] = []
    for group in groups:
        if group.kind != want.kind or group.one:
            continue
        if want.kind == "place" and want.fine in _PLACE_FINES and group.fine in _PLACE_FINES and (
            group.fine != want.fine
        ):
            continue  # London's concert halls are no wrong answers for London
        member = key in {normalise(m) for m in group.members}
        about = not group.about or any(_mentions(lowered, w) for w in group.about)
        asks = not group.asks or any(_mentions(asked, w) for w in group.asks)
        if (member and about and asks) or (not member and about and asks and group.asks):
            members = [Candidate(m, "folder data") for m in group.members]
            found += _shuffled(members, rng)
    return found


# The place fine types the engine tells apart: a group of one is never offered for another.
_PLACE_FINES = frozenset({"country", "city", "region", "county", "venue", "street", "river"})


def _mentions(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}", text) is not None


def _data_candidates(
    answer: str, want: Fine, rng: random.Random, article: Article | None = None
) -> list[Candidate]:
    """General data: the answer's neighbours in the gazetteer, known organisations of its
    kind, and the answer with its place swapped for a neighbouring one. ``area`` is the one
    state the ``article`` names, for a river: that state's rivers come first; and its country,
    for a school named for a town the data does not know."""
    geo = gazetteer()
    found: list[Candidate] = []

    def add(names: list[str], source: str = "data") -> None:
        rng.shuffle(names)
        found.extend(Candidate(name, source) for name in names)

    if want.kind == "place":
        place = place_fine(answer)
        if want.fine == "country":
            region = place.region if place is not None else ""
            continent = place.continent if place is not None else ""
            bordering = list(geo.neighbours.get(place.name, ())) if place is not None else []
            found.extend(Candidate(name, "data") for name in bordering)  # most prominent first
            add([c.name for c in geo.countries if c.region == region and c.name not in bordering])
            add([c.name for c in geo.countries if c.continent == continent and c.region != region])
        elif want.fine == "city":
            country = place.country if place is not None else want.where
            add(list(geo.cities.get(country, ())))
            home = geo.country(country)
            if home is not None:
                add([
                    city
                    for c in geo.countries
                    if c.region == home.region and c.name != country
                    for city in geo.cities.get(c.name, ())
                ])  # fmt: skip
        elif want.fine == "region":
            country = place.country if place is not None else want.where
            add(list(geo.regions.get(country, ())))
        elif want.fine == "continent":
            add([c for c in geo.continents if c != answer])
        elif want.fine == "river":
            country = place.country if place is not None else want.where
            home = geo.country(country)
            same = list(geo.rivers.get(country, ()))
            near = [
                river
                for c in geo.countries
                if home is not None and c.continent == home.continent and c.name != country
                for river in geo.rivers.get(c.name, ())
            ]
            area = _article_area(article, country or article_country(article)) if article else ""
            local = [r for r in geo.river_areas.get(area, ()) if r in same]
            add([_river_form(river, answer) for river in local])
            add([_river_form(river, answer) for river in same if river not in local])
            add([_river_form(river, answer) for river in near])
    if want.kind == "organisation" and want.fine not in ("", "company", "agency"):
        # Known broadcasters, parties, clubs...: not companies or agencies, too broad a kind
        # for any of them to fit (a fashion house is no oil company).
        add(list(vocabulary().org_names.get(want.fine, ())))
    if len(answer.split()) > 1 and (want.kind == "place" or org_kind(answer)):
        if want.fine == "county":
            return found  # "Kansas City County" for St. Louis County: a county nobody has
        near, far = _swapped(answer)
        if not near and not far:
            far = _town_swapped(answer, want.where or _story_country(article))
        add(near, "built")
        add(far, "built")
    return found


# What a school, a hospital or a college is named for besides its town: "Sale High School".
_TOWN_NAMED = re.compile(
    r"^(?P<town>[A-Z][a-z]+)\s+(?P<head>(?:High|Grammar|Primary|Secondary|Middle|Elementary|"
    r"Community)?\s*(?:School|Academy|College|Hospital))$"
)


def _story_country(article: Article | None) -> str:
    """The country a story is set in, or the first it names when none leads; "" for none."""
    if article is None:
        return ""
    return article_country(article) or next(iter(article_countries(article)), "")


def _town_swapped(answer: str, country: str) -> list[str]:
    """A school, college or hospital named for a town the data does not know, with that town
    swapped for cities of the story's country ("Sale High School": "Stockport High School");
    none when the story's country is unknown."""
    named = _TOWN_NAMED.match(answer)
    if named is None or not country:
        return []
    geo = gazetteer()
    cities = geo.cities.get(country, ())
    if not cities:  # England's towns are the United Kingdom's
        whole = next((p.whole for p in geo.lookup(country) if p.whole), "")
        cities = geo.cities.get(whole, ())
    head = named.group("head")
    return [f"{city} {head}" for city in cities if " " not in city]


def _river_form(river: str, answer: str) -> str:
    """A river written as the answer writes one: River Wear, Potomac River, the Nile."""
    if answer.startswith("River "):
        return f"River {river}"
    if answer.endswith(" River"):
        return f"{river} River"
    return river


def _swapped(answer: str) -> tuple[list[str], list[str]]:
    """The answer with the place in it swapped for its neighbours of the same fine type: those
    of the same state first, then the rest of the country."""
    geo = gazetteer()
    words = answer.split()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            name = " ".join(words[start : start + size])
            place = place_fine(name)
            if place is None or place.fine not in ("city", "region"):
                continue  # a country swapped ("Poland 24" for "Russia 24") invents a nation's
            if place.fine == "city":
                others = [c for c in geo.cities.get(place.country, ()) if c != place.name]
            else:
                others = [r for r in geo.regions.get(place.country, ()) if r != place.name]
            head, tail = words[:start], words[start + size :]
            pairs = [(" ".join([*head, other, *tail]), other) for other in others if other != name]
            area = city_area(place.name) if place.fine == "city" else ""
            # Pasadena Police Department for Glendale's, before Buffalo's
            near = [built for built, other in pairs if area and city_area(other) == area]
            return near, [built for built, _ in pairs if built not in near]
    return [], []


# --- truth ------------------------------------------------------------------------------------


def _stems(text: str) -> set[str]:
    """The telling words of a text, cut to five letters: lower-case words of five letters or
    more that are not common, so "scored" and "scores" meet and names do not count."""
    stop = vocabulary().stopwords
    return {
        word[:5]
        for word in re.findall(r"(?<![\w'\u2019-])[a-z][a-z'\u2019\-]+", text)
        if len(word) >= 5 and word not in stop
    }


_QUOTED_SPEECH = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")


def same_relation(
    question: Question, candidate: Candidate, library: Library | None, home: Article | None = None
) -> bool:
    """Whether an article says of the candidate what the question asks: a sentence naming it
    shares a telling word with the question ("Who scored the winner?" and "Okafor also scored").
    The articles asked are the one the candidate comes from and the question's own (``home``):
    a city of the data the story names for the same deed ("suicide bombers struck a church in
    Peshawar") is as true as one of the story. What a speaker said is left out: it is the clue,
    not the relation."""
    articles: list[Article] = []
    if library is not None and candidate.article:
        found = library.get(candidate.article)
        if found is not None:
            articles.append(found)
    if home is not None and home.id != candidate.article:
        articles.append(home)
    if not articles:
        return False
    asked = _stems(_QUOTED_SPEECH.sub(" ", question.question)) - _stems(question.answer)
    for match in _ASKED_TYPE.finditer(question.question):
        asked -= _stems(match.group(1))  # "In which country": every country is one
    for match in vocabulary().role_pattern.finditer(question.question):
        words = match.group(1).lower().split()
        if len(words) > 1:  # "defence minister": the defence tells, every minister is one
            asked -= _stems(words[-1])
    if not asked:
        return False
    mine = _stems(candidate.text)
    return any(
        (_stems(sentence) - mine) & asked
        for article in articles
        for sentence in _sentences_naming(article, candidate.text)
    )


# The noun a question asks by ("which country", "what city"): no telling word, but the type.
_ASKED_TYPE = re.compile(r"\b(?:[Ww]hich|[Ww]hat)\s+([a-z]+)")


@functools.lru_cache(maxsize=1 << 12)
def _sentences_naming(article: Article, name: str) -> tuple[str, ...]:
    return tuple(s.text for s in article.sentences if name in s.text)


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def folder_tell(
    question: Question, sentence: str, candidate: str, library: Library | None
) -> str | None:
    """Why the folder's data rules a candidate out: it is the answer by another name, or it
    first existed after the year the question (or else the one year its sentence) names."""
    if library is None:
        return None
    key, answer = normalise(candidate), normalise(question.answer)
    years = _YEAR.findall(question.question) or sorted(set(_YEAR.findall(sentence)))
    for group in folder(library).groups:
        members = {normalise(m) for m in group.members}
        if group.one and key in members and answer in members:
            return f"is arguably the answer '{question.answer}' (the same {group.kind})"
        if len(years) == 1:
            for name, year in group.since:
                if name == key and year > int(years[0]):
                    return f"first came out in {year}, after {years[0]}"
    return None


def known_kinds(text: str, library: Library | None) -> set[str]:
    """What the data and the articles take a name to be."""
    kinds: set[str] = set()
    place = place_fine(text)
    if place is not None:
        kinds.add("place")
    if org_kind(text) and len(text.split()) > 1:  # one word (Chelsea, Apple) is ambiguous
        kinds.add("organisation")
    if library is not None:
        kinds |= folder(library).kinds.get(normalise(text), set())
    return kinds


def same_place(a: str, b: str) -> bool:
    """Whether two names are one place to the data: aliases (Burma, Myanmar; U.S., America),
    or a nation and the country it is part of (England, UK)."""
    first, second = place_fine(a), place_fine(b)
    if first is None or second is None or first.fine != second.fine:
        return False
    mine = {first.name, first.whole} - {""}
    theirs = {second.name, second.whole} - {""}
    return bool(mine & theirs)


def canonical_place(text: str, answer: str) -> str:
    """A country by the name the data gives it ("U.S." -> "United States"), unless the answer
    itself is written short ("UK"): options are written alike."""
    place = place_fine(text)
    if place is None or place.fine != "country" or place.name == text:
        return text
    mine = place_fine(answer)
    if mine is not None and mine.name != answer:
        return text
    return place.name


def aliases(text: str) -> tuple[str, ...]:
    """Every other name the data gives the place ``text`` names (Myanmar: Burma)."""
    place = place_fine(text)
    if place is None or place.fine != "country":
        return ()
    geo = gazetteer()
    return tuple(
        key for key, found in geo.places.items() if place in found and key != normalise(text)
    )


def typed(text: str) -> Fine | None:
    """A name's fine type from the data alone (no context): what a type check can rely on."""
    place = place_fine(text)
    if place is not None:
        return Fine("place", place.fine)
    kind = org_kind(text)
    if kind:
        return Fine("organisation", kind)
    fine = place_word(text)
    return Fine("place", fine) if fine else None


__all__ = [
    "Candidate",
    "Entity",
    "aliases",
    "answer_fine",
    "asked_kind",
    "candidates",
    "canonical_place",
    "fits",
    "folder",
    "folder_tell",
    "known_kinds",
    "same_place",
    "same_relation",
    "typed",
]
