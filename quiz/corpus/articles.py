"""Read the articles folder: ids, date lines, sentences with offsets, and the catalogue.

An article is ``<id>.txt``. A leading `` date YYYY-MM-DD`` marker gives its date and is not part
of its text. ``articles.yaml`` beside the articles gives each a short title and its date, and
records what the articles get wrong: facts on which they contradict each other (``conflicts``)
and passages too garbled to build a question on (``unreliable``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from quiz import yamlsafe
from quiz.model import Article, Problem
from quiz.paths import write_atomic
from quiz.text import normalise, normalise_with_map

CATALOGUE = "articles.yaml"
ARTICLE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})[ \t]*")

# --- reading ---------------------------------------------------------------------------------


def parse_article(
    article_id: str, raw: str, title: str = "", date: dt.date | None = None
) -> Article:
    """An article from its raw text; a leading date line wins over the catalogue's date."""
    match = _DATE_LINE.match(raw)
    text = raw
    if match:
        try:
            date = dt.date(int(match[1]), int(match[2]), int(match[3]))
            text = raw[match.end() :]
        except ValueError:
            pass  # not a real date: leave the line in the text
    text = text.rstrip()
    return Article(
        id=article_id,
        title=title or _fallback_title(text, article_id),
        date=date,
        text=text,
    )


def _fallback_title(text: str, article_id: str) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    if first and len(first) <= 60:
        return first
    return article_id


@dataclass(frozen=True, slots=True)
class Claim:
    """One article's side of a fact on which the articles disagree."""

    article: str
    quote: str


@dataclass(frozen=True, slots=True)
class Conflict:
    fact: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class Unreliable:
    article: str
    quote: str
    reason: str


@dataclass
class Library:
    """The articles of one folder, with what the catalogue says of them."""

    root: Path
    articles: dict[str, Article] = field(default_factory=dict)
    conflicts: tuple[Conflict, ...] = ()
    unreliable: tuple[Unreliable, ...] = ()
    problems: list[Problem] = field(default_factory=list)
    _mapped: dict[str, tuple[str, list[int]]] = field(default_factory=dict, repr=False)
    _plain: dict[str, str] = field(default_factory=dict, repr=False)
    _noted: set[str] | None = field(default=None, repr=False)
    # A digest of every file read: the bank cache is keyed on it.
    signature: str = ""

    def get(self, article_id: str) -> Article | None:
        return self.articles.get(article_id)

    def normalised(self, article_id: str) -> tuple[str, list[int]]:
        """The matching form of an article's text with its offset map, computed once."""
        cached = self._mapped.get(article_id)
        if cached is None:
            cached = normalise_with_map(self.articles[article_id].text)
            self._mapped[article_id] = cached
        return cached

    def normalised_text(self, article_id: str) -> str:
        """The matching form alone: cheap, for proving that a quote occurs."""
        cached = self._plain.get(article_id)
        if cached is None:
            cached = normalise(self.articles[article_id].text)
            self._plain[article_id] = cached
        return cached

    def has_notes(self, article_id: str) -> bool:
        """Whether the catalogue records a conflict or an unreliable passage in this article."""
        if self._noted is None:
            self._noted = {entry.article for entry in self.unreliable} | {
                claim.article for conflict in self.conflicts for claim in conflict.claims
            }
        return article_id in self._noted

    def resolve(self, article_id: str) -> tuple[Article | None, str | None]:
        """The article for an id, or why the id names none (never reading outside the folder)."""
        if not article_id:
            return None, "article id is empty"
        if "/" in article_id or "\\" in article_id or article_id.startswith("."):
            return None, f"article id '{article_id}' must be a file name in {self.root}, not a path"
        if not ARTICLE_ID.match(article_id):
            return None, f"article id '{article_id}' has characters an article file name cannot"
        article = self.articles.get(article_id)
        if article is None:
            known = ", ".join(sorted(self.articles)) or "none"
            return None, f"no article '{article_id}' in {self.root} (known: {known})"
        return article, None


def read_library(root: Path, cache_dir: Path | None = None) -> Library:
    """Every ``*.txt`` in ``root`` plus its catalogue; problems are collected, never raised.

    With a ``cache_dir``, the parsed catalogue is kept there as JSON, keyed on its bytes and this
    module's code, so the game's start-up reads it without loading the YAML parser.
    """
    library = Library(root=root)
    if not root.is_dir():
        library.problems.append(Problem(str(root), 1, 1, "articles folder does not exist"))
        return library
    digest = hashlib.blake2b()
    catalogue = root / CATALOGUE
    data = catalogue.read_bytes() if catalogue.is_file() else None
    if data is not None:
        digest.update(data)
    titles, dates = _catalogue(root, data, library, cache_dir)
    for path in sorted(root.glob("*.txt")):
        article_id = path.stem
        try:
            data = path.read_bytes()
        except OSError as error:
            library.problems.append(Problem(str(path), 1, 1, f"cannot read article: {error}"))
            continue
        digest.update(b"\0" + path.name.encode() + b"\0" + data)
        if b"\0" in data:
            library.problems.append(Problem(str(path), 1, 1, "article is binary, not text"))
            continue
        raw, problems = yamlsafe.decode(data, str(path))
        if raw is None:
            library.problems.extend(problems)
            continue
        if not raw.strip():
            library.problems.append(Problem(str(path), 1, 1, "article is empty"))
            continue
        library.articles[article_id] = parse_article(
            article_id, raw, titles.get(article_id, ""), dates.get(article_id)
        )
    library.signature = digest.hexdigest()
    return library


Titles = dict[str, str]
Dates = dict[str, dt.date]


def _catalogue(
    root: Path, data: bytes | None, library: Library, cache_dir: Path | None
) -> tuple[Titles, Dates]:
    """The catalogue, from the JSON cache when its bytes (and this code) are unchanged."""
    if data is None:
        return {}, {}
    if cache_dir is None:
        return _read_catalogue(root, data, library)
    # Keyed on the folder too: the problems it records name the catalogue's path.
    digest = hashlib.blake2b(data + b"\0" + Path(__file__).read_bytes(), digest_size=16)
    digest.update(str(root.resolve()).encode())
    where = cache_dir / f"catalogue-{digest.hexdigest()}.json"
    try:
        cached = json.loads(where.read_text(encoding="utf-8"))
        titles = {str(k): str(v) for k, v in cached["titles"].items()}
        dates = {str(k): dt.date.fromisoformat(v) for k, v in cached["dates"].items()}
        conflicts = tuple(
            Conflict(fact, tuple(Claim(a, q) for a, q in claims))
            for fact, claims in cached["conflicts"]
        )
        unreliable = tuple(Unreliable(a, q, r) for a, q, r in cached["unreliable"])
        problems = [Problem(p, line, col, m) for p, line, col, m in cached["problems"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # missing, corrupt or of another shape: parse the YAML and write it afresh
    else:  # all read: only now does the library change
        library.conflicts, library.unreliable = conflicts, unreliable
        library.problems.extend(problems)
        return titles, dates
    start = len(library.problems)
    titles, dates = _read_catalogue(root, data, library)
    record = {
        "titles": titles,
        "dates": {k: v.isoformat() for k, v in dates.items()},
        "conflicts": [
            [c.fact, [[claim.article, claim.quote] for claim in c.claims]]
            for c in library.conflicts
        ],
        "unreliable": [[u.article, u.quote, u.reason] for u in library.unreliable],
        "problems": [[p.path, p.line, p.col, p.message] for p in library.problems[start:]],
    }
    with contextlib.suppress(OSError):  # an unwritable cache costs the next start-up the parse
        write_atomic(where, json.dumps(record), durable=False)
    return titles, dates


def _read_catalogue(root: Path, data: bytes, library: Library) -> tuple[Titles, Dates]:
    path = root / CATALOGUE
    titles: dict[str, str] = {}
    dates: dict[str, dt.date] = {}
    text, problems = yamlsafe.decode(data, str(path))
    node, more = yamlsafe.load(text or "", str(path))
    library.problems.extend(problems + more)
    if not isinstance(node, yamlsafe.Mapping):
        return titles, dates
    shown = str(path)

    def problem(where: yamlsafe.Node, message: str) -> None:
        library.problems.append(Problem(shown, where.line, where.col, message))

    articles = node.get("articles")
    if isinstance(articles, yamlsafe.Mapping):
        for article_id, (_, entry) in articles.items.items():
            if not isinstance(entry, yamlsafe.Mapping):
                problem(entry, f"entry for '{article_id}' must be a mapping")
                continue
            title = entry.get("title")
            if isinstance(title, yamlsafe.Scalar) and not title.is_null:
                titles[article_id] = title.text
            date = entry.get("date")
            if isinstance(date, yamlsafe.Scalar) and not date.is_null:
                try:
                    dates[article_id] = dt.date.fromisoformat(date.text)
                except ValueError:
                    problem(date, f"date '{date.text}' is not YYYY-MM-DD")
    conflicts: list[Conflict] = []
    for entry in _items(node.get("conflicts")):
        claims = tuple(
            Claim(_text(claim, "article"), _text(claim, "quote"))
            for claim in _items(
                entry.get("claims") if isinstance(entry, yamlsafe.Mapping) else None
            )
        )
        if isinstance(entry, yamlsafe.Mapping):
            conflicts.append(Conflict(_text(entry, "fact"), claims))
    library.conflicts = tuple(conflicts)
    library.unreliable = tuple(
        Unreliable(_text(entry, "article"), _text(entry, "quote"), _text(entry, "reason"))
        for entry in _items(node.get("unreliable"))
        if isinstance(entry, yamlsafe.Mapping)
    )
    return titles, dates


def _items(node: yamlsafe.Node | None) -> list[yamlsafe.Node]:
    return node.items if isinstance(node, yamlsafe.Sequence) else []


def _text(node: yamlsafe.Node, key: str) -> str:
    if isinstance(node, yamlsafe.Mapping):
        value = node.get(key)
        if isinstance(value, yamlsafe.Scalar):
            return value.text
    return ""
