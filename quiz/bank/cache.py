"""A warm start for an unchanged bank: the loaded questions and problems, saved as JSON.

The key is a hash of every question file's bytes, every article's bytes and the domain's
source code, so any change to any of them is a miss and the bank is loaded (and proven) afresh.
The cache is plain JSON, never pickle: reading it cannot run code. It is believed whole or not
at all: one larger than a sane multiple of its inputs is not even read, and one that is corrupt,
stale, nested past reason, of another format, or holding a single value of the wrong type or out
of range (an index past its table, a control character) is ignored; the bank is then loaded the
slow way and the cache written afresh.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import json
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from quiz import __version__
from quiz.bank.loader import Bank, Checks, display, find_files, load_bank
from quiz.corpus.articles import Library
from quiz.model import DIFFICULTIES, KINDS, Citation, Problem, Question
from quiz.paths import MAX_BANK_FILE_BYTES, read_regular, write_atomic

FORMAT = 3


def load_bank_cached(
    paths: Sequence[Path],
    library: Library,
    cache_dir: Path | None,
    *,
    lint: bool = True,
    checks: Checks | None = None,
) -> Bank:
    """``load_bank(paths, library, ...)``, answered from the cache when nothing changed."""
    if cache_dir is None:
        return load_bank(paths, library, lint=lint, checks=checks)
    files, _ = find_files(paths)
    key, size = _key(files, library, lint, checks is not None)
    # The game's load (no lint) and quiz check's each keep their own file: no thrashing.
    where = cache_dir / f"bank-{_name(paths, library)}{'-lint' if lint else ''}.json"
    collecting = gc.isenabled()
    gc.disable()  # many small objects and no cycles, as in load_bank
    try:
        cached = _read(where, key, CACHE_FACTOR * size + CACHE_SLACK)
    finally:
        if collecting:
            gc.enable()
    if cached is not None:
        return cached
    bank = load_bank(paths, library, lint=lint, checks=checks)
    _write(where, key, bank)
    return bank


def _name(paths: Sequence[Path], library: Library) -> str:
    """One cache file per bank and articles folder, so switching banks does not thrash."""
    places = [str(p.resolve()) for p in paths] + [str(library.root.resolve())]
    return hashlib.blake2b("\0".join(places).encode(), digest_size=8).hexdigest()


def _code_fingerprint() -> bytes:
    """The domain's own source and data: a change to the rules that prove a bank (or to the
    gazetteers that decide which questions need hand-written wrong answers) invalidates it.

    Each file by its size and modification time, as Python's own bytecode cache tells a changed
    source: reading every module and data file on each start would cost more than the cache
    saves. (The UI's code proves nothing and is left out.)
    """
    domain = Path(__file__).resolve().parents[1]
    files: list[str] = []
    for folder, subfolders, names in os.walk(domain):
        subfolders[:] = [d for d in subfolders if d not in ("ui", "__pycache__")]
        kept = (n for n in names if n.endswith((".py", ".txt", ".tsv", ".json")))
        files += (os.path.join(folder, n) for n in kept)
    digest = hashlib.blake2b()
    for path in sorted(files):
        info = os.stat(path)
        where = os.path.relpath(path, domain)
        digest.update(f"{where}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.digest()


# The cache holds what the bank's files hold, in a denser form, plus its problems (each at most
# a few hundred bytes, at most a few for each question): never near this multiple of its inputs.
CACHE_FACTOR, CACHE_SLACK = 4, 1024 * 1024


def _key(files: Sequence[Path], library: Library, lint: bool, checked: bool) -> tuple[str, int]:
    """The cache key, and how many bytes of bank the cache stands for."""
    digest = hashlib.blake2b(f"{FORMAT}:{__version__}:{Path.cwd()}:{lint}:{checked}".encode())
    digest.update(_code_fingerprint())
    size = 0
    for path in files:
        digest.update(display(path).encode(errors="surrogateescape") + b"\0")
        data = read_regular(path, MAX_BANK_FILE_BYTES)  # a FIFO in the bank must not hang this
        if isinstance(data, str):
            digest.update(b"\0unreadable:" + data.encode(errors="surrogateescape"))
        else:
            digest.update(data)
            size += len(data)
        digest.update(b"\0")
    digest.update(library.signature.encode())
    beside = read_regular(library.root / "distractors.yaml", MAX_BANK_FILE_BYTES)
    if not isinstance(beside, str):  # the articles' own wrong-answer data, when they have it
        digest.update(beside)
    return digest.hexdigest(), size


# Text the loader would have refused: a control character, raw (DEL, C1 as UTF-8) or as a JSON
# escape (json.dumps writes newline and tab as \n and \t, never as these).
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
_CONTROL_ESCAPE = re.compile(rb"\\(?:u00(?:[01][0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])|[rbf])")


def _holds_control(data: bytes) -> bool:
    """Whether the JSON's text holds a control character other than newline and tab.

    Searched in the raw bytes, not in every decoded string: a few scans of the whole file, a
    small part of a warm start.
    """
    if b"\x7f" in data or (b"\xc2" in data and _C1_UTF8.search(data)):
        return True
    for match in _CONTROL_ESCAPE.finditer(data):
        before = match.start() - 1
        while before >= 0 and data[before] == 0x5C:  # the backslashes just before it
            before -= 1
        if (match.start() - 1 - before) % 2 == 0:  # not an escaped backslash and then letters
            return True
    return False


class _Invalid(Exception):
    """A cached value of the wrong type or out of range: the whole cache is ignored."""


def _read(where: Path, key: str, limit: int) -> Bank | None:
    read = read_regular(where, limit)  # a planted 1 GB cache is refused before it is read
    if isinstance(read, str):
        return None
    try:
        if f'"key":"{key}"'.encode() not in read[:300] or _holds_control(read):
            return None  # stale (cheaply seen), or text the loader never lets through
        data = json.loads(read)
        if type(data) is not dict or data["format"] != FORMAT or data["key"] != key:
            return None
        # Values that repeat across the bank are stored once, in tables, and rows index them:
        # the JSON is smaller and each repeated value is one shared object, found by position.
        articles, paths = _texts(data["articles"]), _texts(data["paths"])
        difficulties = _texts(data["difficulties"])
        kinds, origins = _texts(data["kinds"], none=True), _texts(data["origins"], none=True)
        if not set(difficulties) <= set(DIFFICULTIES) or not set(kinds) <= {*KINDS, None}:
            return None
        tag_sets = [tuple(_texts(tags)) for tags in _list(data["tags"])]
        build = _builder(articles, tag_sets, difficulties, kinds, origins, paths)
        questions = [build(row) for row in _list(data["questions"])]
        problems = [_problem(problem) for problem in _list(data["problems"])]
        files = _texts(data["files"])
        return Bank(questions=questions, problems=problems, files=files)
    except (ValueError, KeyError, TypeError, IndexError, RecursionError, _Invalid):
        return None  # corrupt, of another shape or nested past reason: load afresh


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise _Invalid
    return value


def _texts(value: Any, *, none: bool = False) -> list[Any]:
    """A list of text (or, with ``none``, of text or null)."""
    items = _list(value)
    for item in items:
        if type(item) is not str and not (none and item is None):
            raise _Invalid
    return items


def _problem(row: Any) -> Problem:
    path, line, col, message = _list(row)
    if type(path) is not str or type(message) is not str:
        raise _Invalid
    if type(line) is not int or type(col) is not int or line < 1 or col < 1:
        raise _Invalid
    return Problem(path, line, col, message)


def _builder(
    articles: list[str],
    tag_sets: list[tuple[str, ...]],
    difficulties: list[str],
    kinds: list[str | None],
    origins: list[str | None],
    paths: list[str],
) -> Callable[[list[Any]], Question]:
    """A Question from one cached row: the hot loop of a warm start.

    Each value is checked to be of the type and range a loaded Question has (raising _Invalid),
    then set straight through its slot (what a frozen dataclass's ``__init__`` does too, by a
    slower road): half the time of calling the constructor, for 100,000 questions. A test checks
    the result equals the bank as loaded.
    """
    new = object.__new__
    (
        set_id,
        set_text,
        set_answer,
        set_distractors,
        set_source,
        set_tags,
        set_difficulty,
        set_explanation,
        set_kind,
        set_limit,
        set_origin,
        set_reviewed,
        set_path,
        set_line,
        set_col,
    ) = [getattr(Question, f.name).__set__ for f in dataclasses.fields(Question)]
    set_article, set_quote = Citation.article.__set__, Citation.quote.__set__  # type: ignore[attr-defined,misc]

    def build(row: list[Any]) -> Question:
        (
            qid,
            text,
            answer,
            distractors,
            article,
            quote,
            tags,
            difficulty,
            explanation,
            kind,
            time_limit,
            origin,
            reviewed,
            path,
            line,
            col,
        ) = row  # ValueError unless there are 16
        # The cheapest checks that refuse every wrong value: joining raises TypeError unless
        # each is text; or-ing the table indexes raises TypeError unless each is a whole number,
        # and is negative if any is (a negative index would count from the end); one past its
        # table raises IndexError below.
        "".join((qid, text, answer, quote, *distractors))
        if (
            (article | tags | difficulty | kind | origin | path) < 0
            or type(line) is not int
            or type(col) is not int
            or not line > 0 < col
            or type(reviewed) is not bool
            or type(distractors) is not list
            or (explanation is not None and type(explanation) is not str)
            or (
                time_limit is not None
                and (type(time_limit) not in (int, float) or not 0 < time_limit < 3600)
            )
        ):
            raise _Invalid
        question, source = new(Question), new(Citation)
        set_article(source, articles[article])
        set_quote(source, quote)
        set_id(question, qid)
        set_text(question, text)
        set_answer(question, answer)
        set_distractors(question, tuple(distractors))
        set_source(question, source)
        set_tags(question, tag_sets[tags])
        set_difficulty(question, difficulties[difficulty])
        set_explanation(question, explanation)
        set_kind(question, kinds[kind])
        set_limit(question, time_limit)
        set_origin(question, origins[origin])
        set_reviewed(question, reviewed)
        set_path(question, paths[path])
        set_line(question, line)
        set_col(question, col)
        return question

    return build  # fmt: skip


class _Table:
    """Distinct values in the order first seen, each written once and referred to by index."""

    def __init__(self) -> None:
        self.index: dict[Any, int] = {}

    def __call__(self, value: Any) -> int:
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.index)
        return found

    def values(self) -> list[Any]:
        return list(self.index)


def _write(where: Path, key: str, bank: Bank) -> None:
    articles, tags, difficulties, kinds, origins, paths = (_Table() for _ in range(6))
    rows = [
        [
            q.id, q.question, q.answer, q.distractors, articles(q.source.article),
            q.source.quote, tags(q.tags), difficulties(q.difficulty), q.explanation, kinds(q.kind),
            q.time_limit, origins(q.origin), q.reviewed, paths(q.path), q.line, q.col,
        ]
        for q in bank.questions
    ]  # fmt: skip
    payload = {
        "format": FORMAT,
        "key": key,
        "files": bank.files,
        "problems": [[p.path, p.line, p.col, p.message, p.severity] for p in bank.problems],
        "articles": articles.values(),
        "tags": tags.values(),
        "difficulties": difficulties.values(),
        "kinds": kinds.values(),
        "origins": origins.values(),
        "paths": paths.values(),
        "questions": rows,
    }
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    with contextlib.suppress(OSError):  # a read-only cache folder only costs the warm start
        write_atomic(where, text, durable=False)
