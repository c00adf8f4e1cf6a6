"""Read the articles folder: ids, date lines, sentences with offsets, and the catalogue.

An article is ``<id>.txt``. A leading `` date YYYY-MM-DD`` marker gives its date and is not part
of its text. ``articles.yaml`` beside the articles gives each a short title and its date, and
records what the articles get wrong: facts on which they contradict each other (``conflicts``)
and passages too garbled to build a question on (``unreliable``).

The catalogue is what lets ``quiz check`` refuse a question that asserts one side of a conflict,
so it is never optional: a folder without one, or with one that is empty, of the wrong shape, or
whose claims no longer match their articles, is a located problem rather than a check silently
turned off. Only regular files are read (a FIFO or a device is reported, never waited on), each
under a size limit, and a symbolic link only when it stays inside the folder. An article holding a
control character is reported at its line and column, and read with each one replaced by U+FFFD,
so no quote, draft or wrong answer taken from it can carry one to a terminal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quiz import yamlsafe
from quiz.model import Article, Problem
from quiz.paths import MAX_ARTICLE_BYTES, MAX_CATALOGUE_BYTES, read_regular, write_atomic
from quiz.text import CONTROL, describe_control, normalise, normalise_with_map

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
    # Where the catalogue names the article and the quote, for problems with either.
    article_at: tuple[int, int] = field(default=(1, 1), compare=False)
    quote_at: tuple[int, int] = field(default=(1, 1), compare=False)


@dataclass(frozen=True, slots=True)
class Conflict:
    fact: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class Unreliable:
    article: str
    quote: str
    reason: str
    article_at: tuple[int, int] = field(default=(1, 1), compare=False)
    quote_at: tuple[int, int] = field(default=(1, 1), compare=False)


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
    _sentences: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _noted: set[str] | None = field(default=None, repr=False)
    # A digest of every file read: the bank cache is keyed on it.
    signature: str = ""

    def get(self, article_id: str) -> Article | None:
        return self.articles.get(article_id)

    def normalised(self, article_id: str) -> tuple[str, list[int]]:
        """The matching form of an article's text with its offset map, computed once."""
        article = self.articles[article_id]  # never another library's article, even cached
        cached = self._mapped.get(article_id)
        if cached is None:
            cached = normalise_with_map(article.text)
            self._mapped[article_id] = cached
        return cached

    def normalised_text(self, article_id: str) -> str:
        """The matching form alone: cheap, for proving that a quote occurs; computed once (and
        not at all when the mapped form already is)."""
        article = self.articles[article_id]
        cached = self._plain.get(article_id)
        if cached is None:
            mapped = self._mapped.get(article_id)
            cached = mapped[0] if mapped is not None else normalise(article.text)
            self._plain[article_id] = cached
        return cached

    def normalised_sentences(self, article_id: str) -> tuple[str, ...]:
        """The matching form of each of an article's sentences, computed once."""
        article = self.articles[article_id]
        cached = self._sentences.get(article_id)
        if cached is None:
            cached = tuple(normalise(sentence.text) for sentence in article.sentences)
            self._sentences[article_id] = cached
        return cached

    def alone(self, article_id: str) -> Library:
        """The library as if the article were alone in it, the catalogue's notes kept; sharing
        this library's normalised texts, so that neither normalises the article again."""
        return Library(
            root=self.root,
            articles={article_id: self.articles[article_id]},
            conflicts=self.conflicts,
            unreliable=self.unreliable,
            _mapped=self._mapped,
            _plain=self._plain,
            _sentences=self._sentences,
        )

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
    data = _catalogue_bytes(catalogue, root, library)
    if data is not None:
        digest.update(data)
    titles, dates = _catalogue(root, data, library, cache_dir)
    for path in sorted(root.glob("*.txt")):
        article_id = path.stem
        shown = str(path)
        read = read_regular(path, MAX_ARTICLE_BYTES, within=root)
        if isinstance(read, str):
            library.problems.append(Problem(shown, 1, 1, f"article {read}"))
            continue
        digest.update(b"\0" + path.name.encode(errors="surrogateescape") + b"\0" + read)
        if not ARTICLE_ID.match(article_id):
            message = (
                "file name cannot be an article id (letters, digits, '_', '.' and '-' only, "
                "starting with a letter or digit); not read"
            )
            library.problems.append(Problem(shown, 1, 1, message))
            continue
        article = _article(
            article_id, read, shown, library.problems, titles.get(article_id, ""),
            dates.get(article_id),
        )  # fmt: skip
        if article is not None:
            library.articles[article_id] = article
    library.signature = digest.hexdigest()
    _check_notes(library)
    return library


def read_article_file(
    path: Path, within: Path | None = None
) -> tuple[Article | None, list[Problem]]:
    """One article file read as ``read_library`` reads each (a regular file under the size
    limit, UTF-8, not empty, control characters replaced), for a file outside any library;
    with ``within``, a symbolic link may not lead out of that folder."""
    problems: list[Problem] = []
    read = read_regular(path, MAX_ARTICLE_BYTES, within)
    if isinstance(read, str):
        return None, [Problem(str(path), 1, 1, f"article {read}")]
    return _article(path.stem, read, str(path), problems, "", None), problems


def _article(
    article_id: str,
    data: bytes,
    shown: str,
    problems: list[Problem],
    title: str,
    date: dt.date | None,
) -> Article | None:
    if b"\0" in data:
        problems.append(Problem(shown, 1, 1, "article is binary, not text"))
        return None
    raw, undecodable = yamlsafe.decode(data, shown)
    if raw is None:
        problems.extend(undecodable)
        return None
    if not raw.strip():
        problems.append(Problem(shown, 1, 1, "article is empty"))
        return None
    return parse_article(article_id, _without_controls(raw, shown, problems), title, date)


# In an article a carriage return may end a line (CRLF); any other control character may not.
_ARTICLE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")


def _without_controls(raw: str, shown: str, problems: list[Problem]) -> str:
    """The text with each control character replaced by U+FFFD; the first reported where it is."""
    first = _ARTICLE_CONTROL.search(raw)
    if first is None:
        return raw
    start = first.start()
    line = raw.count("\n", 0, start) + 1
    col = start - (raw.rfind("\n", 0, start) + 1) + 1
    count = len(_ARTICLE_CONTROL.findall(raw))
    more = f" ({count} in all)" if count > 1 else ""
    problems.append(
        Problem(
            shown,
            line,
            col,
            f"article holds the control character {describe_control(first.group())}{more}; "
            "it is read as U+FFFD",
        )
    )
    return _ARTICLE_CONTROL.sub("\ufffd", raw)


def _catalogue_bytes(catalogue: Path, root: Path, library: Library) -> bytes | None:
    """The catalogue's bytes, or None with the reason recorded: it may not be missing."""
    shown = str(catalogue)
    if not catalogue.exists() and not catalogue.is_symlink():
        message = (
            f"no catalogue in {root}: write {CATALOGUE} (at least 'articles: {{}}'), so that "
            "the facts on which the articles disagree are checked"
        )
        library.problems.append(Problem(shown, 1, 1, message))
        return None
    read = read_regular(catalogue, MAX_CATALOGUE_BYTES, within=root)
    if isinstance(read, str):
        library.problems.append(Problem(shown, 1, 1, f"catalogue {read}"))
        return None
    return read


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
    digest.update(str(root.resolve()).encode(errors="surrogateescape"))
    where = cache_dir / f"catalogue-{digest.hexdigest()}.json"
    cached = _read_cached_catalogue(where, len(data))
    if cached is not None:  # all read and valid: only now does the library change
        titles, dates, library.conflicts, library.unreliable, problems = cached
        library.problems.extend(problems)
        return titles, dates
    start = len(library.problems)
    titles, dates = _read_catalogue(root, data, library)
    record = {
        "titles": titles,
        "dates": {k: v.isoformat() for k, v in dates.items()},
        "conflicts": [
            [c.fact, [[cl.article, cl.quote, *cl.article_at, *cl.quote_at] for cl in c.claims]]
            for c in library.conflicts
        ],
        "unreliable": [
            [u.article, u.quote, u.reason, *u.article_at, *u.quote_at] for u in library.unreliable
        ],
        "problems": [[p.path, p.line, p.col, p.message] for p in library.problems[start:]],
    }
    with contextlib.suppress(OSError):  # an unwritable cache costs the next start-up the parse
        write_atomic(where, json.dumps(record), durable=False)
    return titles, dates


# A cached catalogue is the parsed catalogue and its problems: never far larger than its YAML.
_CACHE_FACTOR, _CACHE_SLACK = 8, 64 * 1024

Cached = tuple[Titles, Dates, tuple[Conflict, ...], tuple[Unreliable, ...], list[Problem]]


def _read_cached_catalogue(where: Path, source_size: int) -> Cached | None:
    """The cached catalogue if every part of it is of the shape written; else None (rebuilt).

    A cache is believed whole or not at all: its size is checked before it is read, and every
    value's type after, so a damaged or planted one can neither crash nor mislead the game.
    """
    read = read_regular(where, _CACHE_FACTOR * source_size + _CACHE_SLACK)
    if isinstance(read, str):
        return None
    try:
        cached = json.loads(read)
        titles = {k: v for k, v in _items_of(cached["titles"]) if _texts(k, v)}
        if len(titles) != len(cached["titles"]):
            return None
        dates = {k: dt.date.fromisoformat(v) for k, v in _items_of(cached["dates"]) if _texts(k, v)}
        if len(dates) != len(cached["dates"]):
            return None
        conflicts = tuple(
            Conflict(_str(fact), tuple(_claim(Claim, row, 2) for row in _list(claims)))
            for fact, claims in _list(cached["conflicts"])
        )
        unreliable = tuple(_claim(Unreliable, row, 3) for row in _list(cached["unreliable"]))
        problems = [_problem(row) for row in _list(cached["problems"])]
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None  # corrupt, of another shape, or nested past reason: parse the YAML afresh
    return titles, dates, conflicts, unreliable, problems


def _items_of(value: Any) -> list[tuple[Any, Any]]:
    if not isinstance(value, dict):
        raise TypeError("not a mapping")
    return list(value.items())


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str) or CONTROL.search(value):
        raise TypeError("not clean text")
    return value


def _int(value: Any) -> int:
    if type(value) is not int or value < 1:
        raise TypeError("not a line or column")
    return value


def _texts(*values: Any) -> bool:
    return all(isinstance(v, str) and not CONTROL.search(v) for v in values)


def _claim(kind: Any, row: Any, texts: int) -> Any:
    """A Claim (2 texts) or an Unreliable (3) from a cached row, with where it was written."""
    row = _list(row)
    if len(row) != texts + 4:
        raise TypeError("wrong length")
    values = [_str(v) for v in row[:texts]]
    a_line, a_col, q_line, q_col = (_int(v) for v in row[texts:])
    return kind(*values, article_at=(a_line, a_col), quote_at=(q_line, q_col))


def _problem(row: Any) -> Problem:
    path, line, col, message = _list(row)
    return Problem(_str(path), _int(line), _int(col), _str(message))


_TOP_KEYS = ("articles", "conflicts", "unreliable")
_ENTRY_KEYS = ("title", "date")
_CLAIM_KEYS = ("article", "quote")
_CONFLICT_KEYS = ("fact", "claims")
_UNRELIABLE_KEYS = ("article", "quote", "reason")


class _Catalogue:
    """Reads the catalogue's nodes, recording a located problem for everything out of shape."""

    def __init__(self, shown: str, problems: list[Problem]) -> None:
        self.shown = shown
        self.problems = problems

    def problem(self, where: yamlsafe.Node | yamlsafe.Scalar, message: str) -> None:
        self.problems.append(Problem(self.shown, where.line, where.col, message))

    def keys(self, node: yamlsafe.Mapping, known: tuple[str, ...], what: str) -> None:
        for key, (mark, _) in node.items.items():
            if key not in known:
                self.problem(mark, f"unknown {what} key '{key}' (valid: {', '.join(known)})")

    def mapping(self, node: yamlsafe.Node, what: str) -> yamlsafe.Mapping | None:
        if isinstance(node, yamlsafe.Mapping):
            return node
        if not (isinstance(node, yamlsafe.Scalar) and node.rejected):
            self.problem(node, f"{what} must be a mapping, not {yamlsafe.kind_name(node)}")
        return None

    def sequence(self, node: yamlsafe.Node | None, what: str) -> list[yamlsafe.Node]:
        if node is None or (isinstance(node, yamlsafe.Scalar) and node.is_null):
            return []
        if isinstance(node, yamlsafe.Sequence):
            return node.items
        self.problem(node, f"{what} must be a list, not {yamlsafe.kind_name(node)}")
        return []

    def text(
        self, node: yamlsafe.Mapping, key: str, what: str
    ) -> tuple[str, tuple[int, int]] | None:
        value = node.get(key)
        if value is None:
            self.problem(node, f"{what} is missing '{key}'")
            return None
        if isinstance(value, yamlsafe.Scalar) and value.rejected:
            return None
        if not isinstance(value, yamlsafe.Scalar) or value.is_null or not value.text.strip():
            self.problem(value, f"'{key}' of {what} must be text")
            return None
        return value.text, (value.line, value.col)


def _read_catalogue(root: Path, data: bytes, library: Library) -> tuple[Titles, Dates]:
    path = root / CATALOGUE
    titles: dict[str, str] = {}
    dates: dict[str, dt.date] = {}
    shown = str(path)
    text, problems = yamlsafe.decode(data, shown)
    library.problems.extend(problems)
    if text is None:
        return titles, dates
    node, more = yamlsafe.load(text, shown)
    library.problems.extend(more)
    if node is None and more:
        return titles, dates
    reader = _Catalogue(shown, library.problems)
    if node is None or (isinstance(node, yamlsafe.Scalar) and node.is_null):
        message = "catalogue is empty: it must be a mapping with articles:, conflicts:, unreliable:"
        library.problems.append(Problem(shown, 1, 1, message))
        return titles, dates
    top = reader.mapping(node, "the catalogue")
    if top is None:
        return titles, dates
    reader.keys(top, _TOP_KEYS, "catalogue")
    articles = top.get("articles")
    entries = reader.mapping(articles, "'articles'") if articles is not None else None
    for article_id, (key, entry) in (entries.items.items() if entries else ()):
        mapping = reader.mapping(entry, f"the entry for '{article_id}'")
        if mapping is None:
            continue
        reader.keys(mapping, _ENTRY_KEYS, f"'{article_id}'")
        if not ARTICLE_ID.match(article_id):
            reader.problem(key, f"'{article_id}' cannot be an article id")
        title = mapping.get("title")
        if isinstance(title, yamlsafe.Scalar) and not title.is_null:
            titles[article_id] = title.text
        elif title is not None and not isinstance(title, yamlsafe.Scalar):
            reader.problem(title, f"title of '{article_id}' must be text")
        date = mapping.get("date")
        if isinstance(date, yamlsafe.Scalar) and not date.is_null and not date.rejected:
            try:
                dates[article_id] = dt.date.fromisoformat(date.text)
            except ValueError:
                reader.problem(date, f"date '{date.text}' is not YYYY-MM-DD")
        elif date is not None and not isinstance(date, yamlsafe.Scalar):
            reader.problem(date, f"date of '{article_id}' must be YYYY-MM-DD")
    conflicts: list[Conflict] = []
    for entry in reader.sequence(top.get("conflicts"), "'conflicts'"):
        conflict = reader.mapping(entry, "a conflict")
        if conflict is None:
            continue
        reader.keys(conflict, _CONFLICT_KEYS, "conflict")
        fact = reader.text(conflict, "fact", "a conflict")
        claims: list[Claim] = []
        found = reader.sequence(conflict.get("claims"), "'claims'")
        for item in found:
            claim = reader.mapping(item, "a claim")
            if claim is None:
                continue
            reader.keys(claim, _CLAIM_KEYS, "claim")
            article, quote = reader.text(claim, "article", "a claim"), reader.text(
                claim, "quote", "a claim"
            )
            if article is not None and quote is not None:
                claims.append(Claim(article[0], quote[0], article[1], quote[1]))
        if len(found) < 2:
            reader.problem(conflict, "a conflict needs 'claims': at least two, one per side")
        if fact is not None:
            conflicts.append(Conflict(fact[0], tuple(claims)))
    library.conflicts = tuple(conflicts)
    unreliable: list[Unreliable] = []
    for entry in reader.sequence(top.get("unreliable"), "'unreliable'"):
        passage = reader.mapping(entry, "an unreliable passage")
        if passage is None:
            continue
        reader.keys(passage, _UNRELIABLE_KEYS, "unreliable passage")
        fields = [reader.text(passage, key, "an unreliable passage") for key in _UNRELIABLE_KEYS]
        article, quote, reason = fields
        if article is not None and quote is not None and reason is not None:
            unreliable.append(Unreliable(article[0], quote[0], reason[0], article[1], quote[1]))
    library.unreliable = tuple(unreliable)
    return titles, dates


def _check_notes(library: Library) -> None:
    """Each claim and unreliable passage must name an article of the folder and still be found
    in it: one that no longer matches would silently stop guarding the questions on it."""
    shown = str(library.root / CATALOGUE)
    notes: list[Claim | Unreliable] = [c for k in library.conflicts for c in k.claims]
    notes.extend(library.unreliable)
    for note in notes:
        if note.article not in library.articles:
            line, col = note.article_at
            message = f"names article '{note.article}', which is not in {library.root}"
            library.problems.append(Problem(shown, line, col, message))
            continue
        target = normalise(note.quote)
        # Most are copied verbatim: then the article need not be normalised at all.
        verbatim = note.quote in library.articles[note.article].text
        if not target or not (verbatim or target in library.normalised_text(note.article)):
            line, col = note.quote_at
            message = f"quote no longer matches article '{note.article}': \"{note.quote}\""
            library.problems.append(Problem(shown, line, col, message))
