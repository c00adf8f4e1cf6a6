"""Imported questions as a bank file: YAML in the bank's format, one file per file imported.

Each question is written with a mark beside its id, ``# imported <hash>``: the hash of what was
written. A rerun replaces a question whose text still has that hash; one a person edited (its
hash no longer matches, or the mark is gone) is kept as it is, and the file's fresh version of
that id is left out. A file that ``quiz import`` did not write is never overwritten.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quiz import yamlsafe
from quiz.interchange.record import Imported, slug
from quiz.interchange.schema import SCHEMA_PATH
from quiz.paths import write_atomic
from quiz.yamlsafe import fingerprint

HEADER = "# Imported by `quiz import` from"
_MARK = re.compile(r"#\s*imported ([0-9a-f]{12})\s*$")


def entry(question: Imported, stem: str) -> dict[str, Any]:
    """The question as the bank's YAML holds it (its id made stable when the file gave none)."""
    qid = question.id or f"imported-{slug(stem)}-{_digest(question.question, question.answer)}"
    data: dict[str, Any] = {"id": qid, "question": question.question, "answer": question.answer}
    if question.distractors:
        data["distractors"] = list(question.distractors)
    data["source"] = {"article": question.article, "quote": question.quote}
    if question.tags:
        data["tags"] = list(question.tags)
    optional = {
        "difficulty": question.difficulty,
        "kind": question.kind,
        "explanation": question.explanation,
        "time_limit": _number(question.time_limit),
        "origin": question.origin,
    }
    data.update({key: value for key, value in optional.items() if value is not None})
    if question.reviewed:
        data["reviewed"] = True
    return data


def _number(value: float | None) -> int | float | None:
    return None if value is None else int(value) if value == int(value) else value


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=4).hexdigest()


@dataclass
class Written:
    path: Path
    written: int  # questions written fresh
    kept: int  # questions a person had edited, kept as they were
    uncited: int  # of those written, how many wait for a citation


class NotOurs(Exception):
    """The target file exists and was not written by ``quiz import``."""


def write_file(
    questions: Sequence[Imported], source: Path, fmt: str, out_dir: Path, *, force: bool = False
) -> Written:
    target = out_dir / f"{slug(source.stem)}.yaml"
    existing = _read_existing(target)
    if existing is None and target.exists() and not force:
        raise NotOurs(
            f"{target}: not a file quiz import wrote (or no longer valid YAML); "
            "left alone (--force overwrites it)"
        )
    kept: list[dict[str, Any]] = []
    for data, mark in existing or []:
        if mark is None or mark != fingerprint(data):
            kept.append(data)
    kept_ids = {str(data.get("id")) for data in kept}
    fresh: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for question in questions:
        data = entry(question, source.stem)
        base = str(data["id"])
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:  # one id twice in the file imported: both kept, told apart
            data["id"] = f"{base}-{seen[base]}"
        if data["id"] not in kept_ids:
            fresh.append(data)
    if not kept and not fresh:  # an empty bank file would itself be a problem for quiz check
        return Written(target, 0, 0, 0)
    write_atomic(target, _emit(kept, fresh, source, fmt, target.parent))
    uncited = sum(1 for data in fresh if not data["source"]["article"])
    return Written(target, len(fresh), len(kept), uncited)


def _emit(
    kept: list[dict[str, Any]], fresh: list[dict[str, Any]], source: Path, fmt: str, folder: Path
) -> str:
    import yaml

    schema = os.path.relpath(SCHEMA_PATH, folder.resolve())
    lines = [
        f"# yaml-language-server: $schema={schema}",
        f"{HEADER} {source.name} ({fmt}).",
        "# A rerun replaces the questions whose mark (# imported ...) still matches; a question",
        "# you edit is kept as you left it. Cite each question with an empty source: the article",
        "# id and a verbatim quote (quiz check lists the uncited ones; the game skips them).",
        "",
    ]
    for data, mark in [*((d, None) for d in kept), *((d, fingerprint(d)) for d in fresh)]:
        body = yaml.safe_dump(
            [data], sort_keys=False, allow_unicode=True, width=96, default_flow_style=False
        )
        first, _, rest = body.partition("\n")
        lines.append(f"{first}  # imported {mark}" if mark else first)
        lines.append(rest.rstrip("\n"))
        lines.append("")
    return "\n".join(lines)


def _read_existing(path: Path) -> list[tuple[dict[str, Any], str | None]] | None:
    """The questions of a file ``quiz import`` wrote, each with its mark; None if not ours."""
    if not path.is_file():
        return None
    text, _ = yamlsafe.decode(path.read_bytes(), str(path))
    if text is None or HEADER not in "\n".join(text.splitlines()[:3]):
        return None
    node, problems = yamlsafe.load(text, str(path))
    if problems or not isinstance(node, yamlsafe.Sequence):
        return None  # broken by hand: not overwritten without --force
    lines = text.split("\n")
    found: list[tuple[dict[str, Any], str | None]] = []
    for item in node.items:
        data = _plain(item)
        if not isinstance(data, dict):
            return None
        mark = _MARK.search(lines[item.line - 1]) if item.line <= len(lines) else None
        found.append((data, mark.group(1) if mark else None))
    return found


def _plain(node: yamlsafe.Node) -> Any:
    if isinstance(node, yamlsafe.Scalar):
        return "" if node.is_null else node.text
    if isinstance(node, yamlsafe.Mapping):
        return {key: _plain(value) for key, (_, value) in node.items.items()}
    return [_plain(item) for item in node.items]
