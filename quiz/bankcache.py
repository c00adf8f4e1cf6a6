"""A warm start for an unchanged bank: the loaded questions and problems, saved as JSON.

The key is a hash of every question file's bytes, every article's bytes and the domain's
source code, so any change to any of them is a miss and the bank is loaded (and proven) afresh.
The cache is plain JSON, never pickle: reading it cannot run code. A cache that is corrupt,
stale, of another format or unwritable is ignored; the bank is then loaded the slow way.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quiz import __version__
from quiz.articles import Library
from quiz.bank import Bank, display, find_files, load_bank
from quiz.model import Citation, Problem, Question

FORMAT = 1


def load_bank_cached(
    paths: Sequence[Path], library: Library, cache_dir: Path | None, *, lint: bool = True
) -> Bank:
    """``load_bank(paths, library, lint=lint)``, answered from the cache when nothing changed."""
    if cache_dir is None:
        return load_bank(paths, library, lint=lint)
    files, _ = find_files(paths)
    key = _key(files, library, lint)
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
    bank = load_bank(paths, library, lint=lint)
    _write(where, key, bank)
    return bank


def _name(paths: Sequence[Path], library: Library) -> str:
    """One cache file per bank and articles folder, so switching banks does not thrash."""
    places = [str(p.resolve()) for p in paths] + [str(library.root.resolve())]
    return hashlib.blake2b("\0".join(places).encode(), digest_size=8).hexdigest()


def _code_fingerprint() -> bytes:
    """The domain's own source: a change to the rules that prove a bank invalidates its cache."""
    digest = hashlib.blake2b()
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.digest()


def _key(files: Sequence[Path], library: Library, lint: bool) -> str:
    digest = hashlib.blake2b(f"{FORMAT}:{__version__}:{Path.cwd()}:{lint}".encode())
    digest.update(_code_fingerprint())
    for path in files:
        digest.update(display(path).encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0unreadable")
        digest.update(b"\0")
    digest.update(library.signature.encode())
    return digest.hexdigest()


def _read(where: Path, key: str) -> Bank | None:
    try:
        data = json.loads(where.read_bytes())
        if data["format"] != FORMAT or data["key"] != key:
            return None
        shared: dict[Any, Any] = {}
        share = shared.setdefault
        # Positional arguments in the field order of Question: the hot loop of a warm start.
        questions = [
            Question(
                qid, text, answer, tuple(distractors), Citation(share(article, article), quote),
                share(tags_tuple := tuple(tags), tags_tuple), share(difficulty, difficulty),
                explanation, kind, time_limit, origin, reviewed, share(path, path), line, col,
            )
            for (
                qid, text, answer, distractors, article, quote, tags, difficulty, explanation,
                kind, time_limit, origin, reviewed, path, line, col,
            ) in data["questions"]
        ]  # fmt: skip
        problems = [Problem(*problem) for problem in data["problems"]]
        return Bank(questions=questions, problems=problems, files=list(data["files"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing, corrupt or of another shape: load afresh


def _write(where: Path, key: str, bank: Bank) -> None:
    rows = [
        [
            q.id, q.question, q.answer, q.distractors, q.source.article, q.source.quote, q.tags,
            q.difficulty, q.explanation, q.kind, q.time_limit, q.origin, q.reviewed, q.path,
            q.line, q.col,
        ]
        for q in bank.questions
    ]  # fmt: skip
    payload = {
        "format": FORMAT,
        "key": key,
        "files": bank.files,
        "problems": [[p.path, p.line, p.col, p.message] for p in bank.problems],
        "questions": rows,
    }
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=where.parent, prefix=".bank-", suffix=".tmp")
    except OSError:
        return  # a read-only cache folder only costs the warm start
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(payload, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, where)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
