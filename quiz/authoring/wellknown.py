"""Well-known people and works, for wrong answers when the articles name too few.

An invented name beside a famous one gives the answer away ("Which French foreign minister
...?" Laurent Fabius among three names no one has heard of), and so does a famous name of
another field. ``quiz/data/public_figures.tsv`` lists well-known people with their role family,
country, field and sex, written from general knowledge; ``quiz/data/fields.tsv`` tells a
person's field from a role noun written with the name ("striker", "foreign minister") or, for
an athlete or a performer, from the words of the story (Wimbledon, the WTA: tennis). Nothing
here is about a particular article. ``quiz/data/known_works.tsv`` lists well-known films,
programmes, books and albums with their year and genre: "Which 2001 film ...?" gets other films
of 2001.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from quiz.model import Article
from quiz.text import normalise


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    family: str  # politician, athlete, coach, performer, executive, writer, artist, expert
    country: str
    field: str  # head of state, foreign minister, football, tennis, film, music ...
    sex: str  # m or f
    since: int = 0  # the year they first became widely known
    died: int = 0  # the year they died, if they have
    style: str = ""  # a musician's genre or a player's position, where the data gives one
    held: tuple[tuple[int, int], ...] = ()  # a politician's years in the office of ``field``

    def took_office(self) -> int:
        """The year a politician first held the office of their field; 0 when not known."""
        return min(start for start, _ in self.held) if self.held else 0

    def in_office_near(self, year: int, within: int) -> bool:
        """Whether a politician held their office in ``year`` or in the ``within`` years
        before it (true when the data tells no years)."""
        return not self.held or any(
            start <= year and end >= year - within for start, end in self.held
        )


@dataclass(frozen=True, slots=True)
class Work:
    title: str
    kind: str  # film, programme, book, album
    year: int
    genre: str
    maker: str  # a film's director, a programme's network, a book's author, an album's artist


@dataclass(frozen=True, slots=True)
class _Data:
    people: tuple[Figure, ...]
    by_name: dict[str, Figure]
    roles: dict[str, str]  # a role noun -> its field
    role_styles: dict[str, frozenset[str]]  # a role noun -> the styles it allows (a striker)
    role_pattern: re.Pattern[str]
    story: dict[str, str]  # a word of a story -> the field it tells
    story_pattern: re.Pattern[str]
    works: tuple[Work, ...]
    works_by_title: dict[str, tuple[Work, ...]]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("quiz").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and line[0] != "#"]


def _words(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in ordered) or "(?!)"
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE)


def _figure(cells: list[str]) -> Figure:
    name, family, country, field, sex = cells[:5]
    since, died, style, held = [*cells[5:9], "", "", "", ""][:4]
    return Figure(
        name, family, country, field, sex, _year(since), _year(died), style, _spans(held)
    )


# The end of a term still running when the data was written ("2012-").
STILL_HELD = 9999


def _spans(cell: str) -> tuple[tuple[int, int], ...]:
    """Terms of office written "1997-2002;2012-" as (start, end) years, a running one ending
    at :data:`STILL_HELD`; what does not read as years is left out."""
    spans = []
    for part in cell.split(";"):
        match = re.fullmatch(r"\s*(\d{4})\s*-\s*(\d{4})?\s*", part)
        if match:
            spans.append((int(match.group(1)), int(match.group(2) or STILL_HELD)))
    return tuple(spans)


def _year(cell: str) -> int:
    return int(cell) if cell.isdigit() else 0


@functools.cache
def _data() -> _Data:
    people = tuple(_figure([cell.strip() for cell in row]) for row in _rows("public_figures.tsv"))
    roles = {row[0]: row[1] for row in _rows("fields.tsv") if row[2] == "role"}
    role_styles = {
        row[0]: frozenset(row[3].split("|"))
        for row in _rows("fields.tsv")
        if row[2] == "role" and len(row) > 3 and row[3]
    }
    story = {row[0]: row[1] for row in _rows("fields.tsv") if row[2] == "story"}
    works = tuple(
        Work(row[0], row[1], int(row[2]), row[3], row[4] if len(row) > 4 else "")
        for row in _rows("known_works.tsv")
        if len(row) >= 4 and row[2].isdigit()
    )
    by_title: dict[str, list[Work]] = {}
    for work in works:
        by_title.setdefault(normalise(work.title), []).append(work)
    return _Data(
        people,
        {_folded(p.name): p for p in people},
        roles,
        role_styles,
        _words(list(roles)),
        story,
        _words(list(story)),
        works,
        {title: tuple(found) for title, found in by_title.items()},
    )


# Fields of a politician who belongs to a nation's government or parliament. A mayor's or a
# governor's peers are of the same city or state, which the data does not tell: none offered.
NATIONAL = frozenset({
    "head of state", "head of government", "foreign minister", "defence minister",
    "finance minister", "interior minister", "minister", "legislator", "party leader",
})  # fmt: skip
# A government's ministers stand in for one another; so do its two heads.
_KIN = {
    "head of state": "head",
    "head of government": "head",
    "foreign minister": "minister",
    "defence minister": "minister",
    "finance minister": "minister",
    "interior minister": "minister",
    "minister": "minister",
}
# Families whose field the story can tell (a tennis analyst is of tennis) and who may stand for
# one another within it: a coach, a player and a pundit of one sport.
_SPORT = frozenset({"athlete", "coach"})


_FAMILIES = frozenset(
    {"politician", "athlete", "coach", "performer", "executive", "writer", "artist", "screen"}
)


# Families whose field the story's words may tell when their role does not.
STORY_FAMILIES = frozenset({"athlete", "coach", "performer", "expert", "screen"})


@functools.cache
def _sport_fields() -> frozenset[str]:
    return frozenset(p.field for p in _data().people if p.family in _SPORT)


def known(name: str) -> Figure | None:
    """The data's entry for a well-known person, by the name as written, accents or none
    ("Francois Hollande" is the data's François Hollande)."""
    return _data().by_name.get(_folded(name))


def _folded(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", normalise(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def field_of_role(text: str) -> str:
    """The field the first role noun in ``text`` tells ("the French striker": football)."""
    match = _data().role_pattern.search(text)
    return _data().roles[match.group(1).lower()] if match else ""


def styles_of_role(text: str) -> frozenset[str]:
    """The styles the first role noun in ``text`` allows (a striker is a forward, a
    singer-songwriter no rapper); empty when it says none."""
    match = _data().role_pattern.search(text)
    return _data().role_styles.get(match.group(1).lower(), frozenset()) if match else frozenset()


@functools.lru_cache(maxsize=256)
def story_field(article: Article) -> str:
    """The field a story is about by its words, when one clearly leads (at least three
    mentions, and twice the next): tennis for a story of Wimbledon and the WTA."""
    counts = Counter(
        _data().story[m.group(1).lower()] for m in _data().story_pattern.finditer(article.text)
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3:
        return ""
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return ""
    return ranked[0][0]


def peers(
    family: str, field: str, country: str, sex: str, styles: frozenset[str] = frozenset()
) -> list[list[Figure]]:
    """Well-known people who could stand for someone of this family, field, country and sex,
    in tiers, nearest first: of the same field and country; of the same field; of a kindred
    field of the same country (another minister of the government). A politician's peers are of the
    answer's country only; nothing is offered without a field, or for a local office. With
    ``styles``, no one of another style (a defender for a striker, a rapper for a
    singer-songwriter); someone the data gives no style may stand."""
    if not field or (family == "politician" and (field not in NATIONAL or not country)):
        return []
    sport = family in _SPORT or (family == "expert" and field in _sport_fields())
    if family not in _FAMILIES and not sport:
        return []

    def fits(person: Figure) -> bool:
        if sex and person.sex != sex:
            return False
        if styles and person.style and person.style not in styles:
            return False
        if family == "politician":
            return person.family == "politician" and person.country == country
        if family == "screen":  # a film's director, among directors
            return person.field == "film directing"
        if sport:  # a striker among players, a manager among managers, a pundit among both
            return person.family == family if family in _SPORT else person.family in _SPORT
        return person.family == family

    tiers: list[list[Figure]] = [[], [], []]
    for person in _data().people:
        if not fits(person):
            continue
        if person.field == field:
            tiers[0 if person.country == country else 1].append(person)
        elif _KIN.get(person.field, "?") == _KIN.get(field, "!") and person.country == country:
            tiers[2].append(person)
    return [tiers[0], tiers[2]] if family == "politician" else tiers[:2]


# How a story titles the holder of each office, before the name: "Russian President Vladimir
# Putin", "U.S. Secretary of State John Kerry", "French Foreign Minister Laurent Fabius".
_OFFICE_TITLES = {
    "head of state": r"President|King|Queen|Emir|Supreme Leader",
    "head of government": r"Prime Minister|Chancellor|Premier|PM",
    "foreign minister": r"Foreign Minister|Foreign Secretary|Secretary of State|Minister of "
    r"Foreign Affairs",
    "defence minister": r"Defen[cs]e Minister|Defen[cs]e Secretary|Secretary of Defense|"
    r"Minister of Defen[cs]e",
    "finance minister": r"Finance Minister|Treasury Secretary|Chancellor of the Exchequer|"
    r"Minister of Finance",
    "interior minister": r"Interior Minister|Home Secretary|Minister of the Interior|"
    r"Homeland Security Secretary",
}
_NOT_THEN = re.compile(
    r"\b(?:former|ex|then|late|past|future|next|would-be|vice|deputy)\b\)?[\s-]*"
    r"(?:[A-Z][\w.]*\s+){0,2}$",
    re.I,
)


@functools.cache
def _titled_politicians() -> tuple[tuple[Figure, str], ...]:
    """The data's politicians with terms of office and a title a story writes them by."""
    return tuple(
        (person, _OFFICE_TITLES[person.field])
        for person in _data().people
        if person.family == "politician" and person.held and person.field in _OFFICE_TITLES
    )


@functools.lru_cache(maxsize=256)
def office_years(article: Article, since: int = 0) -> tuple[int, int] | None:
    """The years a story can be of by the politicians it titles with the office the data gives
    them ("French Foreign Minister Laurent Fabius" with "Secretary of State John Kerry": 2013
    to 2016, the years both held them); None when it titles none, or their terms never meet.
    A "former", "then-" or "Vice" title tells nothing of the story's time, nor a term that
    ended before ``since`` (the latest year the story reports: "Putin's mentor, President
    Boris Yeltsin" of a 2015 story). The end is :data:`STILL_HELD` when every one is still in
    office."""
    text = article.text
    years: set[int] | None = None
    for person, titles in _titled_politicians():
        if person.name not in text:
            continue
        titled = False
        for match in re.finditer(re.escape(person.name), text):
            before = text[max(0, match.start() - 60) : match.start()]
            title = re.search(rf"\b(?:{titles})\s+$", before)
            if title and not _NOT_THEN.search(before[: title.start()]):
                titled = True
                break
        if not titled:
            continue
        span = {y for start, end in person.held for y in range(start, min(end, 2100) + 1)}
        if since and max(span) < since:
            continue
        years = span if years is None else years & span
    if not years:
        return None
    last = max(years)
    return min(years), STILL_HELD if last >= 2100 else last


def known_work(title: str, kind: str) -> Work | None:
    """The data's entry for a well-known work of a kind (film, programme, book, album)."""
    found = _data().works_by_title.get(normalise(title), ())
    return next((work for work in found if work.kind == kind), None)


# How far from the answer's year a work may be, tier by tier: a film of the same year, then of
# a year or two either side, then of the same decade or so.
_YEAR_TIERS = (0, 2, 5)


def works_like(kind: str, year: int, genre: str, *, exact_year: bool) -> list[list[Work]]:
    """Well-known works that could stand for one of this kind, year and genre, in tiers,
    nearest first: the same genre before another within each span of years. A question that
    states the year ("Which 2001 film ...?") gets works of that year only."""
    tiers: list[list[Work]] = []
    done: set[Work] = set()
    for span in _YEAR_TIERS[:1] if exact_year else _YEAR_TIERS:
        near = [
            w for w in _data().works if w.kind == kind and abs(w.year - year) <= span
            and w not in done
        ]  # fmt: skip
        tiers.append([w for w in near if genre and w.genre == genre])
        tiers.append([w for w in near if not (genre and w.genre == genre)])
        done.update(near)
    return tiers
