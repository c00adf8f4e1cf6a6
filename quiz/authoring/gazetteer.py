"""General knowledge the wrong answers draw on, read from ``quiz/data/`` once, on first need.

Countries with their regions and continents, cities and regions with their country, the role
nouns that tell a person's family, the words that tell an organisation's or a work's kind,
and given names. None of it is about a particular article: what the shipped seed articles
need beyond it lives beside them (``seeds/distractors.yaml``, see :func:`article_groups`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from quiz.text import normalise

SEED_DATA = "distractors.yaml"  # beside the articles: what only they need


def _rows(name: str) -> list[list[str]]:
    text = resources.files("quiz").joinpath("data", name).read_text(encoding="utf-8")
    return [
        line.split("\t")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    region: str
    continent: str
    population: float = 0.0  # millions, about 2015; 0 where the data gives none
    named_since: int = 0  # the year it took this name (Eswatini: 2018); 0 for long since


@dataclass(frozen=True, slots=True)
class Place:
    """A place the data knows: its fine type and where it is."""

    name: str
    fine: str  # country, city, region, continent, river
    country: str = ""  # for a city or a region: its country's name
    region: str = ""  # for a country: its region (West Africa); else its country's
    continent: str = ""
    whole: str = ""  # the country a nation is part of (England: United Kingdom)
    area: str = ""  # for a city: its state, province or nation, where the data knows it


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, tuple[Place, ...]]  # normalised name or alias -> what it may be
    countries: tuple[Country, ...]
    cities: dict[str, tuple[str, ...]]  # country -> its cities
    regions: dict[str, tuple[str, ...]]  # country -> its regions
    continents: tuple[str, ...]
    rivers: dict[str, tuple[str, ...]]  # country -> its rivers, written bare (Tyne)
    neighbours: dict[str, tuple[str, ...]]  # country -> the countries it borders (or faces)
    venues: dict[str, Venue]  # normalised name -> a well-known venue
    counties: dict[str, tuple[str, ...]]  # a state -> its counties' own names (Clark)
    river_areas: dict[str, tuple[str, ...]]  # a state -> the rivers best known in it

    def lookup(self, text: str) -> tuple[Place, ...]:
        key = normalise(text)
        key = key.removeprefix("the ")
        return self.places.get(key, ())

    def country(self, name: str) -> Country | None:
        for country in self.countries:
            if country.name == name:
                return country
        return None


@dataclass(frozen=True, slots=True)
class Venue:
    """A well-known venue: its sort (football ground, museum) and where it is."""

    name: str
    sort: str
    city: str
    country: str


@functools.cache
def gazetteer() -> Gazetteer:
    places: dict[str, list[Place]] = {}
    countries: list[Country] = []

    def add(key: str, place: Place) -> None:
        places.setdefault(normalise(key).removeprefix("the "), []).append(place)

    for row in _rows("countries.tsv"):
        size = float(row[5]) if len(row) > 5 and row[5] else 0.0
        since = int(row[6]) if len(row) > 6 and row[6] else 0
        country = Country(row[0], row[1], row[2], size, since)
        countries.append(country)
        whole = row[4] if len(row) > 4 else ""
        place = Place(row[0], "country", row[0], row[1], row[2], whole)
        add(row[0], place)
        for alias in (row[3].split(";") if len(row) > 3 else ()):
            if alias.strip():
                add(alias.strip(), place)
    by_name = {c.name: c for c in countries}
    cities: dict[str, list[str]] = {}
    for row in _rows("cities.tsv"):
        city, country_name = row[0], row[1]
        area = row[2] if len(row) > 2 else ""
        country = by_name[country_name]
        cities.setdefault(country_name, []).append(city)
        add(city, Place(city, "city", country_name, country.region, country.continent, "", area))
    regions: dict[str, list[str]] = {}
    for region, country_name in _rows("regions.tsv"):
        country = by_name[country_name]
        regions.setdefault(country_name, []).append(region)
        add(region, Place(region, "region", country_name, country.region, country.continent))
    rivers: dict[str, list[str]] = {}
    river_areas: dict[str, list[str]] = {}
    for river, country_name, *known_in in _rows("rivers.tsv"):
        country = by_name[country_name]
        rivers.setdefault(country_name, []).append(river)
        if known_in and known_in[0]:
            river_areas.setdefault(known_in[0], []).append(river)
        place = Place(river, "river", country_name, country.region, country.continent)
        for form in (f"River {river}", f"{river} River"):
            add(form, place)
    continents = tuple(dict.fromkeys(c.continent for c in countries))
    for continent in continents:
        add(continent, Place(continent, "continent", continent=continent))
    neighbours = {row[0]: tuple(row[1].split(";")) for row in _rows("neighbours.tsv")}
    venues = {normalise(row[0]): Venue(*row[:4]) for row in _rows("venues.tsv")}
    counties: dict[str, list[str]] = {}
    for county, _, state in _rows("counties.tsv"):
        counties.setdefault(state, []).append(county)
    return Gazetteer(
        {key: tuple(value) for key, value in places.items()},
        tuple(countries),
        {key: tuple(value) for key, value in cities.items()},
        {key: tuple(value) for key, value in regions.items()},
        continents,
        {key: tuple(value) for key, value in rivers.items()},
        neighbours,
        venues,
        {key: tuple(value) for key, value in counties.items()},
        {key: tuple(value) for key, value in river_areas.items()},
    )


@dataclass(frozen=True, slots=True)
class Vocabulary:
    roles: dict[str, str]  # role noun -> family
    role_kin: dict[str, str]  # role noun -> the role it is another word for (co-host: presenter)
    role_pattern: re.Pattern[str]  # any role noun, longest first, as whole words
    org_words: dict[str, str]  # a word that ends an organisation's name -> its kind
    org_leads: dict[str, str]  # a phrase that begins one ("University of") -> its kind
    known_orgs: dict[str, str]  # normalised name of a known organisation -> its kind
    org_names: dict[str, tuple[str, ...]]  # kind -> known organisations of it
    org_countries: dict[str, str]  # normalised name of a known organisation -> its country
    sectors: dict[str, tuple[str, ...]]  # a sector (health, dairy) -> known organisations in it
    works: dict[str, str]  # a word naming a kind of work -> the kind
    place_words: dict[str, str]  # a word that ends a place's name (Stadium) -> its fine type
    place_leads: dict[str, str]  # a word that begins one (San, Lake) -> its fine type
    asked: dict[str, tuple[str, str]]  # a question's noun (club) -> (kind, fine type)
    stopwords: frozenset[str]
    given: dict[str, tuple[str, str]]  # given name -> (sex: m, f, b or "", a Faker locale)
    demonyms: dict[str, str]  # what a country's people are called (Israeli) -> the country
    locales: dict[str, str]  # country -> the Faker locale (Latin script) of its names


@functools.cache
def vocabulary() -> Vocabulary:
    rows = _rows("roles.tsv")
    roles = {row[0]: row[1] for row in rows}
    kin = {row[0]: row[2] for row in rows if len(row) > 2 and row[2]}
    ordered = sorted(roles, key=len, reverse=True)
    role_pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(role) for role in ordered) + r")(?![\w-])",
        re.IGNORECASE,
    )
    text = resources.files("quiz").joinpath("data", "organisations.tsv").read_text("utf-8")
    words: dict[str, str] = {}
    leads: dict[str, str] = {}
    known: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    org_countries: dict[str, str] = {}
    sectors: dict[str, list[str]] = {}
    section = "words"
    for line in text.splitlines():
        if line.startswith("# known"):
            section = "known"
        if not line.strip() or line.startswith("#"):
            continue
        word, kind, *more = line.split("\t")
        if section == "known":
            known[normalise(word)] = kind
            names.setdefault(kind, []).append(word)
            if more and more[0]:
                org_countries[normalise(word)] = more[0]
            if len(more) > 1 and more[1]:
                sectors.setdefault(more[1], []).append(word)
        elif word.startswith("*"):
            leads[word[1:]] = kind
        else:
            words[word] = kind
    works = {row[0]: row[1] for row in _rows("works.tsv")}
    given = {row[0]: (row[1], row[2]) for row in _rows("first_names.txt")}
    return Vocabulary(
        roles,
        kin,
        role_pattern,
        words,
        leads,
        known,
        {kind: tuple(value) for kind, value in names.items()},
        org_countries,
        {sector: tuple(value) for sector, value in sectors.items()},
        works,
        {row[0]: row[1] for row in _rows("places.tsv") if not row[0].startswith("*")},
        {row[0][1:]: row[1] for row in _rows("places.tsv") if row[0].startswith("*")},
        {row[0]: (row[1], row[2]) for row in _rows("asked.tsv")},
        frozenset(row[0] for row in _rows("stopwords.txt")),
        given,
        {
            demonym: row[0]
            for row in _rows("nations.tsv")
            for demonym in row[1].split(";")
            if demonym
        },
        {row[0]: row[2] for row in _rows("nations.tsv") if len(row) > 2 and row[2]},
    )


# --- what only the articles of one folder need ------------------------------------------------


@dataclass(frozen=True, slots=True)
class Group:
    """Names interchangeable as wrong answers, for the articles of one folder.

    ``kind`` is a question kind (person, character, place, organisation, title, vehicle) and
    ``fine`` its fine type (a film, a villain, a town of southern Italy); ``about`` the words of
    which one must be in the question or its sentence for the group to apply, ``asks`` those one
    of which must be in the question (empty: any question). ``since`` gives the year a member
    first existed (no 2020 model for a 1983 film); ``one`` says the members are one thing under
    several names, never offered for each other.
    """

    name: str
    kind: str
    fine: str
    about: tuple[str, ...]
    asks: tuple[str, ...]
    members: tuple[str, ...]
    since: tuple[tuple[str, int], ...] = ()  # (normalised member, year)
    one: bool = False


def article_groups(folder: Path | None) -> tuple[Group, ...]:
    """The groups of ``distractors.yaml`` beside the articles, if there is one."""
    if folder is None:
        return ()
    path = folder / SEED_DATA
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return ()
    return _read_groups(path, stamp)


@functools.lru_cache(maxsize=8)
def _read_groups(path: Path, stamp: int) -> tuple[Group, ...]:
    """Read once per file version; a malformed entry is skipped: the file shapes generated wrong
    answers only, and a question it cannot serve is reported by ``quiz check`` as needing
    hand-written ones."""
    from quiz import yamlsafe

    text, _ = yamlsafe.decode(path.read_bytes(), str(path))
    node, _ = yamlsafe.load(text or "", str(path))
    data = yamlsafe_plain(node)
    groups: list[Group] = []
    entries = data.get("groups", {}) if isinstance(data, dict) else {}
    if not isinstance(entries, dict):
        return ()
    for name, entry in entries.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("members"), list):
            continue

        def words(key: str, entry: dict[str, object] = entry) -> tuple[str, ...]:
            value = entry.get(key, [])
            return tuple(str(v).lower() for v in value) if isinstance(value, list) else ()

        members: list[str] = []
        since: list[tuple[str, int]] = []
        for member in entry["members"]:
            if isinstance(member, dict):  # {name: Defender X, since: "2020"}
                member_name = str(member.get("name", "")).strip()
                year = str(member.get("since", ""))
                if member_name and year.isdigit():
                    since.append((normalise(member_name), int(year)))
            else:
                member_name = str(member).strip()
            if member_name:
                members.append(member_name)
        groups.append(
            Group(
                str(name),
                str(entry.get("kind", "")),
                str(entry.get("fine", "")),
                words("about"),
                words("asks"),
                tuple(members),
                tuple(since),
                str(entry.get("one", "")).lower() == "true",
            )
        )
    return tuple(groups)


def yamlsafe_plain(node: object) -> object:
    """A composed YAML node as plain dicts, lists and strings (every scalar stays text)."""
    from quiz import yamlsafe

    if isinstance(node, yamlsafe.Scalar):
        return None if node.is_null else node.text
    if isinstance(node, yamlsafe.Mapping):
        return {key: yamlsafe_plain(value) for key, (_, value) in node.items.items()}
    if isinstance(node, yamlsafe.Sequence):
        return [yamlsafe_plain(item) for item in node.items]
    return None
