"""A warm start for an unchanged bank: the loaded questions and problems, saved as JSON.

The key is a hash of every question file's bytes, every article's bytes and the domain's
source code, so any change to any of them is a miss and the bank is loaded (and proven) afresh.
The cache is plain JSON, never pickle: reading it cannot run code. A cache that is corrupt,
stale, of another format or unwritable is ignored; the bank is then loaded the slow way.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from quiz import __version__
from quiz.bank.loader import Bank, Checks, display, find_files, load_bank
from quiz.corpus.articles import Library
from quiz.model import Citation, Problem, Question
from quiz.paths import write_atomic

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
    key = _key(files, library, lint, checks is not None)
    # The game's load (no lint) and quiz check's each keep their own file: no thrashing.
    where = cache_dir / f"bank-{_name(paths, library)}{'-lint' if lint else ''}.json"
    collecting = gc.isenabled()
    gc.disable()  # many small objects and no cycles, as in load_bank
    try:
        cached = _read(where, key)
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
    gazetteers that decide which questions need hand-written wrong answers) invalidates it."""
    digest = hashlib.blake2b()
    domain = Path(__file__).resolve().parents[1]
    for source in sorted([*domain.rglob("*.py"), *(domain / "data").glob("*")]):
        if "ui" not in source.relative_to(domain).parts:
            digest.update(str(source.relative_to(domain)).encode() + b"\0" + source.read_bytes())
    return digest.digest()


def _key(files: Sequence[Path], library: Library, lint: bool, checked: bool) -> str:
    digest = hashlib.blake2b(f"{FORMAT}:{__version__}:{Path.cwd()}:{lint}:{checked}".encode())
    digest.update(_code_fingerprint())
    for path in files:
        digest.update(display(path).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0unreadable")
        digest.update(b"\0")
    digest.update(library.signature.encode())
    beside = library.root / "distractors.yaml"  # the articles' own wrong-answer data
    if beside.is_file():
        digest.update(beside.read_bytes())
    return digest.hexdigest()


def _read(where: Path, key: str) -> Bank | None:
    try:
        data = json.loads(where.read_bytes())
        if data["format"] != FORMAT or data["key"] != key:
            return None
        # Values that repeat across the bank are stored once, in tables, and rows index them:
        # the JSON is smaller and each repeated value is one shared object, found by position.
        articles, paths, difficulties = data["articles"], data["paths"], data["difficulties"]
        kinds, origins = data["kinds"], data["origins"]
        tag_sets = [tuple(tags) for tags in data["tags"]]
        build = _builder(articles, tag_sets, difficulties, kinds, origins, paths)
        questions = [build(row) for row in data["questions"]]
        problems = [Problem(*problem) for problem in data["problems"]]
        return Bank(questions=questions, problems=problems, files=list(data["files"]))
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None  # missing, corrupt or of another shape: load afresh


def _builder(
    articles: list[str],
    tag_sets: list[tuple[str, ...]],
    difficulties: list[str],
    kinds: list[str | None],
    origins: list[str | None],
    paths: list[str],
) -> Callable[[list[Any]], Question]:
    """A Question from one cached row: the hot loop of a warm start.

    The rows were written from valid Questions, so each field is set straight through its slot
    (what a frozen dataclass's ``__init__`` does too, by a slower road): half the time of calling
    the constructor, for 100,000 questions. A test checks the result equals the bank as loaded.
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
    set_article, set_quote = Citation.article.__set__, Citation.quote.__set__  # type: ignore[attr-defined]

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
        ) = row
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
