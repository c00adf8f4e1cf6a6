"""The draft files ``quiz generate`` writes, and how a rerun merges into them without losing
anyone's work.

One YAML file per article: a header, then each draft with the fingerprint of what it says beside
its id. A rerun replaces a draft whose text still matches its fingerprint; one a person edited,
or marked ``reviewed: true``, is kept exactly as they left it (their comments and layout too);
ids listed in ``rejected.txt`` beside the files never come back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from quiz import yamlsafe
from quiz.model import Article
from quiz.paths import MAX_BANK_FILE_BYTES, read_regular
from quiz.yamlsafe import fingerprint

HEADER = "# Drafted by `quiz generate`"
# The safe dumper (never a Python tag) in C when PyYAML has it: it quotes any scalar that YAML
# would read as something else ("no", "010", "1983"), so every answer reads back as text.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
REJECTED = "rejected.txt"
_DRAFT_MARK = re.compile(r"#\s*draft\s+([0-9a-f]{12})\s*$")


def _plain(node: yamlsafe.Node) -> Any:
    if isinstance(node, yamlsafe.Scalar):
        return node.text
    if isinstance(node, yamlsafe.Mapping):
        return {key: _plain(value) for key, (_, value) in node.items.items()}
    return [_plain(item) for item in node.items]


def emit(
    entries: Sequence[tuple[dict[str, Any], str | None]],
    article: Article,
    as_written: Mapping[int, str] | None = None,
    trailer: str = "",
) -> str:
    """The file's text: a header, then each draft with its fingerprint beside its id.

    ``as_written`` maps a draft (by ``id()``) to the lines a person left it in, written back
    exactly (their comments and layout kept); ``trailer`` ends the file (their last comments).
    """
    lines = [
        f"{HEADER} from {article.id} ({article.label}).",
        "# A rerun replaces drafts whose fingerprint (# draft ...) still matches; edit a draft or",
        "# mark it `reviewed: true` and it is kept as it is. Reject one by listing its id in",
        f"# {REJECTED} beside this file.",
    ]
    for entry, mark in entries:
        kept = (as_written or {}).get(id(entry))
        lines.extend(("", kept if kept is not None else entry_text(entry, mark)))
    if trailer:
        lines.extend(("", trailer))
    return "\n".join(lines) + "\n"


def entry_text(entry: dict[str, Any], mark: str | None) -> str:
    """One draft as YAML, its fingerprint (when it is the generator's) beside its id."""
    data = dict(entry)
    if yamlsafe.as_text(data.get("reviewed", "false")) == "true":
        data["reviewed"] = True
    elif "reviewed" in data:
        data["reviewed"] = False
    body = yaml.dump(
        [data],
        Dumper=_DUMPER,
        sort_keys=False,
        allow_unicode=True,
        width=96,
        default_flow_style=False,
    )
    first, _, rest = body.partition("\n")
    if mark:
        first = f"{first}  # draft {mark}"
    return f"{first}\n{rest.rstrip()}"


@dataclass
class Existing:
    """A draft file as found: whether the generator wrote it, and its drafts with their marks.

    ``texts`` holds each draft's own lines as the file has them (the comments written above it
    included), so that a draft a person kept is written back exactly as they left it;
    ``trailer`` the comment lines after the last draft.
    """

    ours: bool
    entries: list[tuple[dict[str, Any], str | None]]
    problem: str | None = None
    texts: list[str] = field(default_factory=list)
    trailer: str = ""


def read_existing(path: Path) -> Existing | None:
    if not path.exists() and not path.is_symlink():
        return None
    data = read_regular(path, MAX_BANK_FILE_BYTES)
    if isinstance(data, str):
        return Existing(False, [], problem=f"{path} {data}")
    text, _ = yamlsafe.decode(data, str(path))
    if text is None or not text.startswith(HEADER):
        return Existing(False, [])
    node, problems = yamlsafe.load(text, str(path))
    if problems or not isinstance(node, yamlsafe.Sequence):
        message = str(problems[0]) if problems else "not a list of questions"
        return Existing(True, [], problem=message)
    lines = text.split("\n")
    entries: list[tuple[dict[str, Any], str | None]] = []
    for item in node.items:
        if not isinstance(item, yamlsafe.Mapping):
            return Existing(True, [], problem=f"{path}:{item.line}: not a question")
        mark = _DRAFT_MARK.search(lines[item.line - 1]) if item.line <= len(lines) else None
        entries.append((_plain(item), mark.group(1) if mark else None))
    texts, trailer = _entry_texts(lines, [item.line for item in node.items])
    return Existing(True, entries, texts=texts, trailer=trailer)


def _entry_texts(lines: list[str], starts: list[int]) -> tuple[list[str], str]:
    """Each entry's lines (from the comments just above it to the next entry's), and the
    comment lines after the last one. The header's own lines belong to no entry."""

    def leading(index: int, floor: int) -> int:
        """Where the comments and blank lines just above line ``index`` begin."""
        while index > floor and (not lines[index - 1].strip() or lines[index - 1].startswith("#")):
            index -= 1
        return index

    header_end = 0
    while header_end < len(lines) and lines[header_end].startswith("#"):
        header_end += 1
    tops = [leading(start - 1, header_end) for start in starts]
    texts: list[str] = []
    for number, top in enumerate(tops):
        end = tops[number + 1] if number + 1 < len(tops) else leading(len(lines), starts[-1])
        texts.append("\n".join(line for line in lines[top:end]).strip("\n"))
    after = lines[leading(len(lines), starts[-1]) :] if starts else lines[header_end:]
    trailer = "\n".join(line for line in after if line.startswith("#"))
    return texts, trailer


def read_rejected(folder: Path) -> dict[str, str]:
    """Ids a reviewer rejected (``id  # reason`` a line), so that no rerun brings them back."""
    path = folder / REJECTED
    if not path.is_file():
        return {}
    data = read_regular(path, MAX_BANK_FILE_BYTES)
    if isinstance(data, str):
        return {}
    rejected: dict[str, str] = {}
    for line in data.decode("utf-8", errors="replace").splitlines():
        body, _, reason = line.partition("#")
        body = body.strip()
        if body:
            rejected[body.split()[0]] = reason.strip()
    return rejected


def merge(
    fresh: list[dict[str, Any]], existing: Existing | None
) -> tuple[list[tuple[dict[str, Any], str | None]], int]:
    """The drafts to write: kept human work first in its old order, new drafts by their ids."""
    # Every piece of human work is kept, even two with one id or none: the ids only decide which
    # fresh drafts a person's version replaces (quiz check then reports a repeated id).
    kept: list[tuple[dict[str, Any], str | None]] = []
    kept_ids: set[str] = set()
    if existing is not None:
        for entry, mark in existing.entries:
            reviewed = str(entry.get("reviewed", "")).lower() in ("true", "yes")
            edited = mark is None or mark != fingerprint(entry)
            if reviewed or edited:
                kept.append((entry, None))
                kept_ids.add(str(entry.get("id")))
    out = list(kept)
    for entry in fresh:
        if entry["id"] in kept_ids:
            continue
        out.append((entry, fingerprint(entry)))
    return out, len(kept)
