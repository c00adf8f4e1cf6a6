"""Reviewing generated drafts: which wait for a person, and the one write each decision makes.

A decision changes only what it must, by editing lines rather than re-dumping the file, so
comments, key order and the ``# draft`` marks ``quiz generate`` merges by all stay as they are:

- accept sets (or adds) ``reviewed: true`` on the draft, which ``quiz generate`` then keeps as
  it is;
- reject lists the id in ``rejected.txt`` (so no rerun brings it back) and takes the draft's
  lines out of its file; a draft a person had edited is copied into ``rejected.txt`` as comments
  first, so the edit is never lost.

Each re-reads the file first and refuses when the draft is no longer as it was shown (someone
edited it meanwhile), parses its own result again and refuses unless exactly the intended change
was made, and writes atomically. Errors are values: a :class:`Problem` located in the file.
"""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quiz import yamlsafe
from quiz.authoring.drafts import REJECTED, read_rejected
from quiz.authoring.engine import ENGINE_CHECKS
from quiz.bank.loader import display, find_files, load_bank
from quiz.corpus.articles import Library
from quiz.game.session import CitationView, citation_view
from quiz.model import Citation, Problem, Question
from quiz.paths import write_atomic
from quiz.yamlsafe import fingerprint

_DRAFT_MARK = re.compile(r"#\s*draft\s+([0-9a-f]{12})\s*$")
_BOOLEAN = re.compile(
    r"""(?:true|false|yes|no|'(?:true|false|yes|no)'|"(?:true|false|yes|no)")(?=\s|$)""", re.I
)
REJECTED_HEADER = (
    "# Drafts a reviewer rejected: `quiz generate` never writes these ids again. One id a line, "
    'then\n# "#" and the reason.\n'
)


@dataclass(frozen=True)
class _Block:
    """One question of a file: its values as text, and which lines hold it."""

    entry: dict[str, Any]
    line: int  # 1-based line of its first key
    col: int  # 1-based column of its keys
    start: int  # 0-based index of its first line
    end: int  # 0-based index one past its last non-blank line
    mark: str | None  # the fingerprint ``quiz generate`` wrote beside it, if any
    node: yamlsafe.Mapping


@dataclass(frozen=True)
class Draft:
    """A generated question as it stands in its file, with what ``quiz check`` says of it."""

    id: str
    path: Path
    line: int
    entry: dict[str, Any] = field(repr=False)
    edited: bool  # changed by a person since ``quiz generate`` wrote it
    problems: tuple[Problem, ...] = ()

    def _text(self, key: str) -> str:
        value = self.entry.get(key)
        return value if isinstance(value, str) else ""

    @property
    def question(self) -> str:
        return self._text("question")

    @property
    def answer(self) -> str:
        return self._text("answer")

    @property
    def distractors(self) -> tuple[str, ...]:
        values = self.entry.get("distractors")
        return tuple(v for v in values if isinstance(v, str)) if isinstance(values, list) else ()

    @property
    def source(self) -> dict[str, Any]:
        source = self.entry.get("source")
        return source if isinstance(source, dict) else {}

    @property
    def article(self) -> str:
        value = self.source.get("article")
        return value if isinstance(value, str) else ""

    @property
    def quote(self) -> str:
        value = self.source.get("quote")
        return value if isinstance(value, str) else ""

    @property
    def reviewed(self) -> bool:
        return self._text("reviewed").lower() in ("true", "yes")


# --- reading ---------------------------------------------------------------------------------


def _plain(node: yamlsafe.Node) -> Any:
    if isinstance(node, yamlsafe.Scalar):
        return node.text  # as ``quiz generate`` reads it, so its fingerprints compare
    if isinstance(node, yamlsafe.Mapping):
        return {key: _plain(value) for key, (_, value) in node.items.items()}
    return [_plain(item) for item in node.items]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _blocks(text: str, path: str) -> tuple[list[_Block], Problem | None]:
    """The file's questions with their lines, or the problem that stops reading it."""
    root, problems = yamlsafe.load(text, path)
    if problems:
        return [], problems[0]
    entries = root.get("questions") if isinstance(root, yamlsafe.Mapping) else root
    if entries is None:
        return [], None
    if not isinstance(entries, yamlsafe.Sequence):
        return [], Problem(path, 1, 1, "not a list of questions")
    lines = text.split("\n")
    blocks: list[_Block] = []
    for item in entries.items:
        if not isinstance(item, yamlsafe.Mapping) or not item.items:
            return [], Problem(path, item.line, item.col, "not a question")
        start = item.line - 1
        if start >= len(lines) or lines[start][item.col - 1 : item.col] in ("{", ""):
            return [], Problem(path, item.line, item.col, "write each question in block style")
        end = start + 1
        scan = start + 1
        while scan < len(lines):
            line = lines[scan]
            if line.strip():
                if _indent(line) < item.col - 1:
                    break
                end = scan + 1
            scan += 1
        mark = _DRAFT_MARK.search(lines[start])
        blocks.append(
            _Block(
                _plain(item),
                item.line,
                item.col,
                start,
                end,
                mark.group(1) if mark else None,
                item,
            )
        )
    return blocks, None


def _draft(block: _Block, path: Path, problems: Iterable[Problem]) -> Draft:
    first, last = block.start + 1, block.end
    return Draft(
        id=str(block.entry.get("id") or ""),
        path=path,
        line=block.line,
        entry=block.entry,
        edited=block.mark is None or block.mark != fingerprint(block.entry),
        problems=tuple(p for p in problems if first <= p.line <= last),
    )


def read_file_drafts(path: Path, library: Library) -> tuple[list[Draft], list[Problem]]:
    """The generated questions of one file, each with its problems as ``quiz check`` finds them
    (and the file's own problems, which belong to no one question)."""
    shown = display(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return [], [Problem(shown, 1, 1, f"cannot read file: {error.strerror}")]
    text, decode_problems = yamlsafe.decode(data, shown)
    if text is None:
        return [], decode_problems
    blocks, problem = _blocks(text, shown)
    checked = load_bank([path], library, lint=True, checks=ENGINE_CHECKS).problems
    if problem is not None:
        return [], [problem, *(p for p in checked if p != problem)]
    drafts = [
        _draft(block, path, checked) for block in blocks if block.entry.get("origin") == "generated"
    ]
    spans = [(b.start + 1, b.end) for b in blocks]
    loose = [p for p in checked if not any(a <= p.line <= b for a, b in spans)]
    return drafts, loose


def load_drafts(
    folder: Path,
    library: Library,
    *,
    article: str | None = None,
    include_reviewed: bool = False,
) -> tuple[list[Draft], list[Problem]]:
    """The drafts under ``folder`` that wait for a review (all of them with
    ``include_reviewed``), in file order; ids already in ``rejected.txt`` are decided and left
    out. ``article`` keeps only the drafts citing that article."""
    files, problems = find_files([folder])
    rejected = read_rejected(folder) if folder.is_dir() else {}
    drafts: list[Draft] = []
    for path in files:
        found, loose = read_file_drafts(path, library)
        problems.extend(loose)
        drafts.extend(
            d
            for d in found
            if d.id not in rejected
            and (include_reviewed or not d.reviewed)
            and (article is None or d.article == article)
        )
    return drafts, problems


def reload(draft: Draft, library: Library) -> Draft | None:
    """The draft as its file now has it (after an edit): found by id, else by its place."""
    found, _ = read_file_drafts(draft.path, library)
    for candidate in found:
        if candidate.id == draft.id:
            return candidate
    return next((c for c in found if c.line == draft.line), None)


def card(draft: Draft, library: Library) -> CitationView:
    """The draft's sentence as a game's Why card would show it (the one way to do so): the
    quote's whole sentences, the quote and the answer marked in them."""
    question = Question(
        id=draft.id,
        question=draft.question,
        answer=draft.answer,
        distractors=(),
        source=Citation(draft.article, draft.quote),
    )
    return citation_view(question, library)


def editor_command(path: Path, line: int, environ: dict[str, str] | None = None) -> list[str]:
    """``$VISUAL`` or ``$EDITOR`` (default vi) opened at the draft's line: ``+LINE FILE``, the
    form vi, vim, nano, emacs, micro and kakoune all take."""
    env = os.environ if environ is None else environ
    editor = env.get("VISUAL") or env.get("EDITOR") or "vi"
    return [*shlex.split(editor), f"+{line}", str(path)]


# --- deciding --------------------------------------------------------------------------------


def _current(draft: Draft) -> tuple[str, list[_Block], int] | Problem:
    """The file's text now, its questions, and the draft's place among them, if it is still as
    it was shown."""
    shown = display(draft.path)
    try:
        data = draft.path.read_bytes()
    except OSError as error:
        return Problem(shown, 1, 1, f"cannot read file: {error.strerror}")
    text, problems = yamlsafe.decode(data, shown)
    if text is None:
        return problems[0]
    blocks, problem = _blocks(text, shown)
    if problem is not None:
        return problem
    places = [i for i, block in enumerate(blocks) if str(block.entry.get("id")) == draft.id]
    if not places:
        return Problem(shown, draft.line, 1, f"'{draft.id}' is no longer in the file")
    if len(places) > 1:
        return Problem(shown, draft.line, 1, f"'{draft.id}' is in the file twice; fix it by hand")
    if blocks[places[0]].entry != draft.entry:
        line = blocks[places[0]].line
        return Problem(shown, line, 1, "the draft changed on disk since it was shown; reload it")
    return text, blocks, places[0]


def _verify(path: Path, text: str, expected: list[dict[str, Any]]) -> Problem | None:
    """Refuse a change whose result does not parse back to exactly the questions intended."""
    shown = display(path)
    blocks, problem = _blocks(text, shown)
    if problem is not None or [b.entry for b in blocks] != expected:
        return Problem(shown, 1, 1, "the change would alter more than this draft; not written")
    return None


def _write(path: Path, text: str) -> Problem | None:
    try:
        write_atomic(path, text)
    except OSError as error:
        return Problem(display(path), 1, 1, f"cannot write file: {error.strerror}")
    return None


def accept(draft: Draft) -> Problem | None:
    """Mark the draft ``reviewed: true`` in its file; None when done. A draft ``quiz check``
    finds wrong is not accepted: edit it first, or reject it."""
    if draft.problems:
        first = draft.problems[0]
        return Problem(
            first.path, first.line, first.col, "fix its problems first: " + first.message
        )
    current = _current(draft)
    if isinstance(current, Problem):
        return current
    text, blocks, index = current
    block = blocks[index]
    shown = display(draft.path)
    lines = text.split("\n")
    key = block.node.key_mark("reviewed")
    value = block.node.get("reviewed")
    if key is None:
        lines.insert(block.end, " " * (block.col - 1) + "reviewed: true")
    else:
        if not isinstance(value, yamlsafe.Scalar) or value.line != key.line:
            return Problem(shown, key.line, key.col, "write 'reviewed:' on one line to accept")
        row, col = value.line - 1, value.col - 1
        token = _BOOLEAN.match(lines[row], col)
        if token is None:
            return Problem(shown, value.line, value.col, "reviewed must be true or false")
        lines[row] = lines[row][:col] + "true" + lines[row][token.end() :]
    new = "\n".join(lines)
    expected = [b.entry for b in blocks]
    expected[index] = {**block.entry, "reviewed": "true"}
    return _verify(draft.path, new, expected) or _write(draft.path, new)


def reject(draft: Draft, reason: str = "rejected in quiz review") -> Problem | None:
    """List the draft's id in ``rejected.txt`` and take it out of its file; None when done."""
    current = _current(draft)
    if isinstance(current, Problem):
        return current
    text, blocks, index = current
    block = blocks[index]
    lines = text.split("\n")
    removed = lines[block.start : block.end]
    cut = block.start
    if cut > 0 and not lines[cut - 1].strip():
        cut -= 1  # the blank line before it, which ``quiz generate`` writes between drafts
    kept = lines[:cut] + lines[block.end :]
    if len(blocks) == 1:
        if _root_is_mapping(text, draft.path):
            message = "the file's last question: delete the file by hand"
            return Problem(display(draft.path), block.line, 1, message)
        kept = [*_rstrip_lines(kept), "[]", ""]  # a file of no questions, still a list
    new = "\n".join(kept)
    problem = _verify(draft.path, new, [b.entry for i, b in enumerate(blocks) if i != index])
    if problem is not None:
        return problem
    problem = _record_rejection(draft, removed, reason)
    return problem or _write(draft.path, new)


def _root_is_mapping(text: str, path: Path) -> bool:
    root, _ = yamlsafe.load(text, display(path))
    return isinstance(root, yamlsafe.Mapping)


def _rstrip_lines(lines: Sequence[str]) -> list[str]:
    out = list(lines)
    while out and not out[-1].strip():
        out.pop()
    return out


def _record_rejection(draft: Draft, removed: Sequence[str], reason: str) -> Problem | None:
    path = draft.path.parent / REJECTED
    if draft.id in read_rejected(draft.path.parent):
        return None
    try:
        before = path.read_text(encoding="utf-8") if path.exists() else REJECTED_HEADER
    except (OSError, UnicodeDecodeError) as error:
        return Problem(display(path), 1, 1, f"cannot read file: {error}")
    if before and not before.endswith("\n"):
        before += "\n"
    question = " ".join(draft.question.split())
    added = [f"{draft.id}  # {reason}: {question}" if question else f"{draft.id}  # {reason}"]
    if draft.edited:  # a person's work: kept, as comments that no reader takes for an id
        added.append(f"#   (edited by hand; as it was in {draft.path.name}:)")
        added.extend(f"#   {line}" for line in removed)
    return _write(path, before + "\n".join(added) + "\n")
