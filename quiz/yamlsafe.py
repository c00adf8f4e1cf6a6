"""Safe, located YAML: every scalar stays the text its author wrote, every value knows its place.

PyYAML's loaders turn ``no`` into ``False`` and ``010`` into ``8`` and silently keep the last of
two equal keys. Here the document is only *composed* (parsed into nodes, never constructed into
objects, so no tag can run code) and then walked: scalars stay strings, duplicate keys and foreign
tags become problems, and aliases are followed under a budget so an alias bomb is refused quickly.
A scalar holding a control character (written as an escape such as ``"\\e"``) is refused too:
text from a file reaches a terminal, and must never steer it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from quiz.model import Problem
from quiz.text import CONTROL, describe_control

if TYPE_CHECKING:
    import yaml

_Loader: Any = None  # the parser class, once PyYAML is imported


def _import_yaml() -> None:
    """Import PyYAML on the first parse: decoding articles or replaying a cached bank (the
    game's start-up) never pays for it."""
    global yaml, _Loader
    import yaml

    try:  # the C parser is several times faster; the pure-Python one gives the same nodes
        from yaml import CSafeLoader as loader
    except ImportError:  # pragma: no cover - depends on how PyYAML was built
        from yaml import SafeLoader as loader  # type: ignore[assignment]
    _Loader = loader
    global _UNACCEPTABLE
    _UNACCEPTABLE = yaml.reader.Reader.NON_PRINTABLE


_STANDARD = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {
    _STANDARD + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
}
# Values that aliases may add to a document (each alias costs what it would expand to); a real
# bank file uses a few aliases if any. Values written out in full are bounded by the file's size.
NODE_BUDGET = 200_000
# What YAML refuses in a stream at all (PyYAML's own pattern, compiled once by PyYAML itself:
# compiling it again costs a start-up 7 ms): a file with anything of it is refused before parsing.
_UNACCEPTABLE: re.Pattern[str] | None = None
_REPORTED = 10  # characters reported per file: enough to see the pattern, never a flood


@dataclass(slots=True)
class Scalar:
    text: str
    line: int
    col: int
    is_null: bool = False  # written as nothing, ~ or null
    rejected: bool = False  # stood for a value that was refused (already reported)


@dataclass(slots=True)
class Mapping:
    line: int
    col: int
    items: dict[str, tuple[Scalar, Node]] = field(default_factory=dict)
    flawed: bool = False  # a problem was reported somewhere inside it

    def get(self, key: str) -> Node | None:
        item = self.items.get(key)
        return item[1] if item else None

    def key_mark(self, key: str) -> Scalar | None:
        item = self.items.get(key)
        return item[0] if item else None


@dataclass(slots=True)
class Sequence:
    line: int
    col: int
    items: list[Node] = field(default_factory=list)
    flawed: bool = False  # a problem was reported somewhere inside it


Node = Scalar | Mapping | Sequence


def kind_name(node: Node) -> str:
    if isinstance(node, Scalar):
        return "a null value" if node.is_null else "text"
    return "a mapping" if isinstance(node, Mapping) else "a list"


def is_flawed(node: Node) -> bool:
    """Whether a problem was reported in this node or anywhere inside it."""
    return node.rejected if isinstance(node, Scalar) else node.flawed


class _BudgetExceeded(Exception):
    pass


def decode(data: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 text, or a problem located at the first byte that is not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        col = error.start - (before.rfind(b"\n") + 1) + 1
        message = f"file is not UTF-8 text (byte 0x{data[error.start]:02x} cannot be decoded)"
        return None, [Problem(path, line, col, message)]


def _unacceptable(text: str, path: str) -> list[Problem]:
    """Each character YAML refuses outright, at its own line and column (the parser would say
    only "position 74")."""
    problems: list[Problem] = []
    assert _UNACCEPTABLE is not None  # set with the parser, before any text is parsed
    for match in _UNACCEPTABLE.finditer(text):
        if len(problems) == _REPORTED:
            break
        start = match.start()
        line = text.count("\n", 0, start) + 1
        col = start - (text.rfind("\n", 0, start) + 1) + 1
        char = match.group()
        what = describe_control(char) if CONTROL.match(char) else f"U+{ord(char):04X}"
        problems.append(
            Problem(path, line, col, f"character {what} is not allowed in a YAML file; remove it")
        )
    return problems


def load(text: str, path: str) -> tuple[Node | None, list[Problem]]:
    """Parse one YAML document into located nodes, collecting every problem found."""
    if _Loader is None:
        _import_yaml()
    unacceptable = _unacceptable(text, path)
    if unacceptable:
        return None, unacceptable
    builder = _Builder(path)
    parser = _Loader(text)
    try:
        feed, scalar, get_event = builder.feed, builder.scalar, parser.get_event
        event = get_event()
        while True:
            kind = type(event)
            if kind is yaml.ScalarEvent:  # most events: kept off the general path
                scalar(event)
            elif kind is yaml.StreamEndEvent:
                break
            else:
                feed(event)
            event = get_event()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        at_end = error.problem_mark is None or error.problem_mark.index >= len(text.rstrip())
        if error.context_mark is not None and at_end:
            # Found only at the end of the file: an unclosed quote or bracket, best shown where
            # it was opened.
            mark = error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(part for part in (error.context, error.problem) if part)
        return None, [Problem(path, line, col, f"YAML syntax error: {what}")]
    except yaml.YAMLError as error:
        return None, [Problem(path, 1, 1, f"YAML error: {error}")]
    except _BudgetExceeded as error:
        message = (
            f"document expands to more than {NODE_BUDGET} values through aliases "
            "(an alias bomb?); refused"
        )
        alias = error.args[0]
        return None, [Problem(path, alias.line + 1, alias.column + 1, message)]
    finally:
        parser.dispose()
    return builder.root, builder.problems


_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_SKIP = Scalar("", 0, 0)  # stands for the key of an entry whose value is to be dropped


class _Frame:
    """A collection being built, and for a mapping the key waiting for its value."""

    __slots__ = ("key", "node", "refused", "weight")

    def __init__(self, node: Mapping | Sequence, refused: bool) -> None:
        self.node = node
        self.key: Scalar | None = None
        self.weight = 1  # values inside it, aliases as full copies: what an alias to it costs
        self.refused = refused  # it carried a foreign tag: it stands as a refused value


class _Builder:
    """Builds nodes straight from parser events: one pass, no objects constructed from tags.

    Working from events rather than composed nodes skips PyYAML's per-node tag resolution, and
    lets an alias cost what it would expand to without expanding it.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.root: Node | None = None
        self.documents = 0
        self.frames: list[_Frame] = []
        self.anchors: dict[str, tuple[Node, int]] = {}
        self.expanded = 0  # values added through aliases, each counted at its full size

    def _problem(self, mark: yaml.Mark, message: str) -> None:
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, message))

    def feed(self, event: yaml.Event) -> None:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            self.scalar(event)  # type: ignore[arg-type]
            return
        mark: yaml.Mark = event.start_mark  # type: ignore[assignment]  # a parser's always has one
        if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            container: Mapping | Sequence = (
                Mapping(mark.line + 1, mark.column + 1)
                if kind is yaml.MappingStartEvent
                else Sequence(mark.line + 1, mark.column + 1)
            )
            tag = event.tag  # type: ignore[attr-defined]
            refused = tag is not None and tag != "!" and tag not in _ALLOWED_TAGS
            if refused:
                self._problem(mark, f"tag {_short(tag)} is not allowed; write plain text")
            frame = _Frame(container, refused)
            self.frames.append(frame)
            anchor = event.anchor  # type: ignore[attr-defined]
            if anchor is not None:
                self.anchors[anchor] = (container, -1)  # known once it ends
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            frame = self.frames.pop()
            done: Node = frame.node
            if frame.refused:
                done = Scalar("", done.line, done.col, is_null=True, rejected=True)
            for anchor, (node, _) in self.anchors.items():
                if node is frame.node:
                    self.anchors[anchor] = (done, frame.weight)
            self._attach(done, frame.weight, mark)
        elif kind is yaml.AliasEvent:
            found = self.anchors.get(event.anchor)  # type: ignore[attr-defined]
            if found is None or found[1] < 0:
                self._problem(mark, "an alias may not refer to a value inside itself")
                return
            node, weight = found
            self.expanded += weight
            if self.expanded > NODE_BUDGET:
                raise _BudgetExceeded(mark)
            self._attach(node, weight, mark)
        elif kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                self._problem(mark, "a bank file holds one YAML document, not several")

    def scalar(self, event: yaml.ScalarEvent) -> None:
        mark: yaml.Mark = event.start_mark  # type: ignore[assignment]  # a parser's always has one
        line, col = mark.line + 1, mark.column + 1
        tag = event.tag
        value = event.value
        control = CONTROL.search(value) if event.style == '"' else None
        if control is not None:
            # Only an escape in double quotes (\e, \x1b, \u009b) writes one: raw ones were
            # refused with the file, and YAML reads every raw line break as a newline.
            message = (
                f"text holds the control character {describe_control(control.group())} at "
                f"character {control.start() + 1}; control characters other than newline and tab "
                "are not allowed"
            )
            self.problems.append(Problem(self.path, line, col, message))
            node = Scalar("", line, col, is_null=True, rejected=True)
        elif tag is None:
            node = Scalar(value, line, col, not event.style and value in _NULLS)
        elif tag == "!" or tag in _ALLOWED_TAGS:
            node = Scalar(value, line, col)
        else:
            # Never constructed, so never run: reported, and the value stands as refused.
            self._problem(mark, f"tag {_short(tag)} is not allowed; write plain text")
            node = Scalar("", line, col, is_null=True, rejected=True)
        if event.anchor is not None:
            self.anchors[event.anchor] = (node, 1)
        frames = self.frames
        if frames:  # the common case, a value for a waiting key, without the general path
            frame = frames[-1]
            key = frame.key
            if key is not None and key is not _SKIP:
                frame.weight += 1
                frame.key = None
                frame.node.items[key.text] = (key, node)  # type: ignore[call-overload]
                if node.rejected:
                    frame.node.flawed = True
                return
        self._attach(node, 1, mark)

    def _attach(self, node: Node, weight: int, mark: yaml.Mark) -> None:
        if not self.frames:
            if self.documents <= 1:
                self.root = node
            return
        frame = self.frames[-1]
        frame.weight += weight
        parent = frame.node
        if isinstance(parent, Sequence):
            parent.items.append(node)
            if is_flawed(node):
                parent.flawed = True
            return
        key = frame.key
        if key is None:
            frame.key = self._key(parent, node, mark)
            return
        frame.key = None
        if key is _SKIP:
            return
        parent.items[key.text] = (key, node)
        if is_flawed(node):
            parent.flawed = True

    def _key(self, mapping: Mapping, key: Node, mark: yaml.Mark) -> Scalar:
        """The key for the next value, or ``_SKIP`` when that entry must be dropped."""
        if not isinstance(key, Scalar) or key.rejected:
            if not is_flawed(key):  # a refused tag was reported already
                self._problem(mark, "a key must be plain text")
            mapping.flawed = True
            return _SKIP
        if key.text == "<<":
            self._problem(mark, "merge keys (<<) are not supported; use defaults:")
            mapping.flawed = True
            return _SKIP
        first = mapping.items.get(key.text)
        if first is not None:
            mapping.flawed = True
            self._problem(
                mark,
                f"duplicate key '{key.text}' (first given at line {first[0].line}); "
                "YAML would silently keep only the last",
            )
            return _SKIP
        return key


def _short(tag: str) -> str:
    return "!!" + tag[len(_STANDARD) :] if tag.startswith(_STANDARD) else tag


# --- what a file says, compared ---------------------------------------------------------------


def as_text(value: Any) -> Any:
    """Every scalar as the text this loader reads back (``True`` as "true"), so that data about
    to be written and data read from a file compare equal."""
    if isinstance(value, dict):
        return {str(k): as_text(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [as_text(v) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def fingerprint(data: dict[str, Any]) -> str:
    """A short digest of what an entry says, written beside what a command wrote, so that a rerun
    can tell an entry a person edited from one it may replace."""
    text = json.dumps(as_text(data), sort_keys=True, ensure_ascii=False)
    return hashlib.blake2b(text.encode(), digest_size=6).hexdigest()
