"""Safe, located YAML: every scalar stays the text its author wrote, every value knows its place.

PyYAML's loaders turn ``no`` into ``False`` and ``010`` into ``8`` and silently keep the last of
two equal keys. Here the document is only *composed* (parsed into nodes, never constructed into
objects, so no tag can run code) and then walked: scalars stay strings, duplicate keys and foreign
tags become problems, and aliases are followed under a budget so an alias bomb is refused quickly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

try:  # the C parser is several times faster; the pure-Python one gives the same nodes
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from quiz.model import Problem

_STANDARD = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {
    _STANDARD + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
}
NULL_TAG = _STANDARD + "null"
# Nodes visited per document, aliases included; a real bank file is far below it.
NODE_BUDGET = 200_000


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


def load(text: str, path: str) -> tuple[Node | None, list[Problem]]:
    """Compose one YAML document into located nodes, collecting every problem found."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(part for part in (error.context, error.problem) if part)
        return None, [Problem(path, line, col, f"YAML syntax error: {what}")]
    except yaml.YAMLError as error:
        return None, [Problem(path, 1, 1, f"YAML error: {error}")]
    if root is None:
        return None, []
    problems: list[Problem] = []
    walker = _Walker(path, problems)
    try:
        node = walker.walk(root)
    except _BudgetExceeded:
        message = (
            f"document expands to more than {NODE_BUDGET} values through aliases "
            "(an alias bomb?); refused"
        )
        return None, [Problem(path, 1, 1, message)]
    return node, problems


class _Walker:
    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        self.visited = 0

    def _problem(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, message))

    def walk(self, node: yaml.Node) -> Node:
        self.visited += 1
        if self.visited > NODE_BUDGET:
            raise _BudgetExceeded
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        if node.tag not in _ALLOWED_TAGS:
            # Never constructed, so never run: reported, and the value stands as refused.
            self._problem(node, f"tag {_short(node.tag)} is not allowed; write plain text")
            return Scalar("", line, col, is_null=True, rejected=True)
        if isinstance(node, yaml.ScalarNode):
            is_null = node.tag == NULL_TAG and node.style is None
            return Scalar(node.value, line, col, is_null=is_null)
        if isinstance(node, yaml.SequenceNode):
            items = [self.walk(item) for item in node.value]
            return Sequence(line, col, items, flawed=any(map(is_flawed, items)))
        if isinstance(node, yaml.MappingNode):
            mapping = Mapping(line, col)
            for key_node, value_node in node.value:
                key = self.walk(key_node)
                if not isinstance(key, Scalar) or key.rejected:
                    if not is_flawed(key):  # a refused tag was reported already
                        self._problem(key_node, "a key must be plain text")
                    mapping.flawed = True
                    continue
                if key.text == "<<":
                    self._problem(key_node, "merge keys (<<) are not supported; use defaults:")
                    mapping.flawed = True
                    continue
                if key.text in mapping.items:
                    mapping.flawed = True
                    first = mapping.items[key.text][0]
                    self._problem(
                        key_node,
                        f"duplicate key '{key.text}' (first given at line {first.line}); "
                        "YAML would silently keep only the last",
                    )
                    continue
                value = self.walk(value_node)
                mapping.flawed = mapping.flawed or is_flawed(value)
                mapping.items[key.text] = (key, value)
            return mapping
        raise AssertionError(f"unknown YAML node {node!r}")  # pragma: no cover


def _short(tag: str) -> str:
    return "!!" + tag[len(_STANDARD) :] if tag.startswith(_STANDARD) else tag
