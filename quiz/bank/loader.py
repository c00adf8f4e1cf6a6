"""Load the question bank: ``questions/**/*.yaml`` into questions, with every problem located.

Nothing stops at the first problem: each file, and each question in it, is checked on its own, and
a broken one is reported and skipped while every valid question beside it still loads.
"""

from __future__ import annotations

import difflib
import gc
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from quiz import yamlsafe
from quiz.bank import citations
from quiz.corpus.articles import Library
from quiz.model import (
    DIFFICULTIES,
    ERROR,
    KINDS,
    OPTIONS_PER_QUESTION,
    Citation,
    Problem,
    Question,
)
from quiz.paths import MAX_BANK_FILE_BYTES, read_regular
from quiz.text import answer_key
from quiz.yamlsafe import Mapping, Node, Scalar

FIELDS = (
    "id",
    "question",
    "answer",
    "distractors",
    "source",
    "tags",
    "difficulty",
    "explanation",
    "kind",
    "time_limit",
    "origin",
    "reviewed",
)
SOURCE_FIELDS = ("article", "quote")
REQUIRED = ("id", "question", "answer", "source")  # the schema marks the same
DEFAULT_FIELDS = ("source", "tags", "difficulty", "time_limit", "kind", "origin")
FILE_FIELDS = ("defaults", "questions")
# A question whose source is left empty (``source:`` with nothing, or an empty article and quote):
# an imported question waiting for its author to cite it. It loads, ``quiz check`` lists it as
# uncited, and the game never plays it.
UNCITED = Citation(article="", quote="")
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class Bank:
    questions: list[Question] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def by_id(self) -> dict[str, Question]:
        return {question.id: question for question in self.questions}


def find_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """The YAML files named, or found below the folders named, in a stable order.

    Everything named like a bank file that is not a folder is listed, so that reading it reports
    what it is: a symbolic link to nothing or round in a loop, a FIFO, a device.
    """
    found: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(p for p in path.rglob("*") if p.suffix in YAML_SUFFIXES and not p.is_dir())
            )
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            problems.append(Problem(display(path), 1, 1, "no such file or folder"))
    return found, problems


def display(path: Path) -> str:
    """A path as messages show it: relative to the working directory when it is below it."""
    absolute = path.absolute()
    try:
        return str(absolute.relative_to(Path.cwd()))
    except ValueError:
        return str(absolute)


class Finding(NamedTuple):
    """One hand-written distractor's lint: which one, why, and how bad (``ERROR``: it equals or
    is true for the answer, and the question is kept out; ``WARNING``: it is reported only)."""

    distractor: int  # its position in ``question.distractors``
    message: str
    severity: str = ERROR


class Checks(Protocol):
    """What only the wrong-answer engine knows, passed in so the bank never imports authoring."""

    def cannot_generate(self, question: Question, library: Library | None) -> str | None: ...

    def lint(self, question: Question, library: Library) -> list[Finding]: ...


def load_bank(
    paths: Sequence[Path],
    library: Library | None = None,
    *,
    lint: bool = True,
    checks: Checks | None = None,
) -> Bank:
    """Every valid question under ``paths``; citations proven when ``library`` is given.

    With ``checks`` (the wrong-answer engine's), a question that leaves wrong answers to the
    engine must be one it can serve, and ``lint`` also reports the hand-written distractors
    that give themselves away (a warning: the question still loads) or that equal the answer or
    are true (an error: the question is skipped). ``quiz check`` and the game both lint, so
    they agree on what is played; the game's load is cached, so its warm start pays nothing.
    """
    # Loading builds many small objects and no cycles: the cycle collector would only rescan
    # them again and again (the same reason the floor it is measured against pauses it).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _load_bank(paths, library, lint, checks)
    finally:
        if collecting:
            gc.enable()


def _load_bank(
    paths: Sequence[Path], library: Library | None, lint: bool, checks: Checks | None
) -> Bank:
    bank = Bank()
    interned: dict[Any, Any] = {}  # one copy of each repeated value (text or tags)
    files, problems = find_files(paths)
    bank.problems.extend(problems)
    seen: dict[str, Question] = {}
    for path in files:
        shown = display(path)
        bank.files.append(shown)
        data = read_regular(path, MAX_BANK_FILE_BYTES)
        if isinstance(data, str):
            bank.problems.append(Problem(shown, 1, 1, f"file {data}"))
            continue
        for question, marks, valid in _load_file(data, shown, bank.problems, interned):
            if not valid:
                # Skipped, but its citation is still proven so that every problem shows at once.
                if library is not None:
                    _citation_holds(question, marks, library, bank.problems)
                continue
            first = seen.get(question.id)
            if first is not None:
                bank.problems.append(
                    Problem(
                        shown,
                        question.line,
                        question.col,
                        f"duplicate id '{question.id}' (first defined at "
                        f"{first.path}:{first.line}:{first.col}); this one is skipped",
                    )
                )
                continue
            seen[question.id] = question
            if question.source == UNCITED:
                line, col = marks.of(question, "source")
                bank.problems.append(Problem(shown, line, col, UNCITED_MESSAGE))
                bank.questions.append(question)
                continue
            if library is not None and not _citation_holds(question, marks, library, bank.problems):
                continue
            if checks is not None:
                if not _options_hold(checks, question, marks, library, bank.problems):
                    continue
                if (
                    lint
                    and library is not None
                    and not _lint(checks, question, marks, library, bank.problems)
                ):
                    continue
            bank.questions.append(question)
    bank.problems.sort(key=lambda p: (p.path, p.line, p.col))
    return bank


UNCITED_MESSAGE = (
    "uncited: fill in source.article and a verbatim source.quote (the game never plays an "
    "uncited question)"
)


@dataclass(frozen=True, slots=True)
class Marks:
    """Where a question's fields were written: known while loading, for locating problems."""

    fields: dict[str, tuple[int, int]]
    distractors: tuple[tuple[int, int], ...]

    def of(self, question: Question, name: str) -> tuple[int, int]:
        return self.fields.get(name) or (question.line, question.col)


def _citation_holds(
    question: Question, marks: Marks, library: Library, problems: list[Problem]
) -> bool:
    failures = citations.prove(question, library)
    if not (question.answer and question.question):  # reported missing already: nothing to prove
        skip = {"answer"} if not question.answer else set()
        skip |= {"question"} if not question.question else set()
        failures = [failure for failure in failures if failure.field not in skip]
    for failure in failures:
        line, col = marks.of(question, failure.field)
        problems.append(Problem(question.path, line, col, failure.message))
    return not failures


def _options_hold(
    checks: Checks,
    question: Question,
    marks: Marks,
    library: Library | None,
    problems: list[Problem],
) -> bool:
    """The missing distractors can be generated (else they must be written by hand)."""
    if len(question.distractors) >= OPTIONS_PER_QUESTION - 1:
        return True  # nothing to generate: the distractor engine need not even be imported
    reason = checks.cannot_generate(question, library)
    if reason is None:
        return True
    missing = OPTIONS_PER_QUESTION - 1 - len(question.distractors)
    line, col = marks.of(question, "distractors")
    problems.append(
        Problem(
            question.path,
            line,
            col,
            f"needs {missing} more hand-written distractor{'s' if missing != 1 else ''} "
            f"(it has {len(question.distractors)}): {reason}",
        )
    )
    return False


def _lint(
    checks: Checks, question: Question, marks: Marks, library: Library, problems: list[Problem]
) -> bool:
    """Each hand-written distractor that gives itself away or is true, where it was written;
    False when one of them is an error."""
    if not question.distractors:
        return True
    found = checks.lint(question, library)
    for finding in found:
        line, col = marks.distractors[finding.distractor]
        problems.append(Problem(question.path, line, col, finding.message, finding.severity))
    return not any(finding.severity == ERROR for finding in found)


def _load_file(
    data: bytes, path: str, problems: list[Problem], interned: dict[Any, Any]
) -> list[tuple[Question, Marks, bool]]:
    """The questions of one file, each with whether it came through without a problem."""
    text, decode_problems = yamlsafe.decode(data, path)
    if text is None:
        problems.extend(decode_problems)
        return []
    root, yaml_problems = yamlsafe.load(text, path)
    problems.extend(yaml_problems)
    if root is None:
        if not yaml_problems:
            problems.append(Problem(path, 1, 1, "file holds no questions"))
        return []
    defaults: Mapping | None = None
    entries: Node = root
    if isinstance(root, Mapping):
        for key, (key_node, _) in root.items.items():
            if key not in FILE_FIELDS:
                problems.append(
                    Problem(
                        path,
                        key_node.line,
                        key_node.col,
                        _unknown(key, FILE_FIELDS, "top-level key"),
                    )
                )
        raw_defaults = root.get("defaults")
        if raw_defaults is not None:
            if isinstance(raw_defaults, Mapping):
                defaults = raw_defaults
                for key, (key_node, _) in raw_defaults.items.items():
                    if key not in DEFAULT_FIELDS:
                        problems.append(
                            Problem(
                                path,
                                key_node.line,
                                key_node.col,
                                _unknown(key, DEFAULT_FIELDS, "default"),
                            )
                        )
            else:
                problems.append(_wrong_type(path, raw_defaults, "defaults", "a mapping"))
        listed = root.get("questions")
        if listed is None:
            problems.append(Problem(path, root.line, root.col, "missing 'questions:' list"))
            return []
        entries = listed
    if not isinstance(entries, yamlsafe.Sequence):
        problems.append(
            _wrong_type(
                path, entries, "the file", "a list of questions or a mapping with questions:"
            )
        )
        return []
    questions: list[tuple[Question, Marks, bool]] = []
    for entry in entries.items:
        before = len(problems)
        loaded = _question(entry, defaults, path, problems, interned)
        if loaded is not None:
            valid = len(problems) == before and not yamlsafe.is_flawed(entry)
            questions.append((*loaded, valid))
    return questions


class _Reader:
    """Reads the fields of one question mapping, recording a problem for each bad one."""

    def __init__(self, node: Mapping, defaults: Mapping | None, path: str, problems: list[Problem]):
        self.node = node
        self.defaults = defaults
        self.path = path
        self.problems = problems
        self.marks: dict[str, tuple[int, int]] = {}

    def problem(self, where: yamlsafe.Node | Scalar, message: str) -> None:
        self.problems.append(Problem(self.path, where.line, where.col, message))

    def raw(self, name: str) -> Node | None:
        value = self.node.get(name)
        if value is None and self.defaults is not None:
            value = self.defaults.get(name)
        if value is not None:
            self.marks[name] = (value.line, value.col)
        return value

    def text(self, name: str, *, required: bool = False, node: Node | None = None) -> str | None:
        value = node if node is not None else self.raw(name)
        if value is None:
            if required:
                self.problem(self.node, f"missing required field '{name}'")
            return None
        if not isinstance(value, Scalar):
            self.problem(value, f"field '{name}' must be text, not {yamlsafe.kind_name(value)}")
            return None
        if value.rejected:
            return None
        if value.is_null or not value.text.strip():
            self.problem(value, f"field '{name}' is empty")
            return None
        return value.text

    def texts(self, name: str) -> list[tuple[str, Scalar]] | None:
        value = self.node.get(name)
        if value is None:
            return None
        self.marks[name] = (value.line, value.col)
        if not isinstance(value, yamlsafe.Sequence):
            self.problem(
                value, f"field '{name}' must be a list of text, not {yamlsafe.kind_name(value)}"
            )
            return None
        items: list[tuple[str, Scalar]] = []
        for item in value.items:
            if isinstance(item, Scalar) and item.rejected:
                continue
            if not isinstance(item, Scalar) or item.is_null:
                self.problem(item, f"each of '{name}' must be text, not {yamlsafe.kind_name(item)}")
                continue
            if not item.text.strip():
                self.problem(item, f"an entry of '{name}' is empty")
                continue
            items.append((item.text, item))
        return items


def _question(
    node: Node,
    defaults: Mapping | None,
    path: str,
    problems: list[Problem],
    interned: dict[Any, Any],
) -> tuple[Question, Marks] | None:
    if not isinstance(node, Mapping):
        problems.append(_wrong_type(path, node, "a question", "a mapping of fields"))
        return None
    reader = _Reader(node, defaults, path, problems)
    for key, (key_node, _) in node.items.items():
        if key not in FIELDS:
            reader.problem(key_node, _unknown(key, FIELDS, "field"))
    qid, question_text, answer = (reader.text(name, required=True) for name in REQUIRED[:-1])
    source = _source(reader)  # the last required field: a citation, or a located problem
    distractors = _distractors(reader, answer)
    tags = _tags(reader)
    difficulty = reader.text("difficulty")
    if difficulty is not None and difficulty not in DIFFICULTIES:
        reader.problem(
            reader.raw("difficulty") or node,
            f"difficulty '{difficulty}' must be one of {', '.join(DIFFICULTIES)}",
        )
    kind = reader.text("kind")
    if kind is not None and kind not in KINDS:
        reader.problem(reader.raw("kind") or node, _unknown(kind, KINDS, "kind"))
    time_limit = _time_limit(reader)
    reviewed = _reviewed(reader)
    explanation = reader.text("explanation") if node.get("explanation") is not None else None
    origin = reader.text("origin")
    if source is None:
        return None
    # A question missing its id, text or answer is skipped (its problem is recorded), but it is
    # still built, with those fields empty, so that its citation is proven too: every problem
    # at once. Only a question already reported can have an empty field.
    # Values that repeat across a bank (tags, article ids, kinds) are kept once.
    share = interned.setdefault
    question = Question(
        id=qid or "",
        question=question_text or "",
        answer=answer or "",
        distractors=tuple(text for text, _ in distractors),
        source=Citation(share(source.article, source.article), source.quote),
        tags=share(tag_tuple := tuple(share(tag, tag) for tag in tags), tag_tuple),
        difficulty=share(difficulty, difficulty) if difficulty else "medium",
        explanation=explanation,
        kind=share(kind, kind) if kind else None,
        time_limit=time_limit,
        origin=share(origin, origin) if origin else None,
        reviewed=reviewed,
        path=path,
        line=node.line,
        col=node.col,
    )
    marks = Marks(reader.marks, tuple((mark.line, mark.col) for _, mark in distractors))
    return question, marks


def _source(reader: _Reader) -> Citation | None:
    own = reader.node.get("source")
    fallback = reader.defaults.get("source") if reader.defaults is not None else None
    if own is not None:
        at = reader.node.key_mark("source") or own
        reader.marks["source"] = (at.line, at.col)  # an uncited question is reported here
        if isinstance(own, Scalar) and own.is_null and not own.rejected and fallback is None:
            return UNCITED
    for value in (own, fallback):
        if value is not None and not isinstance(value, Mapping):
            reader.problem(
                value,
                f"field 'source' must be a mapping with article and quote, "
                f"not {yamlsafe.kind_name(value)}",
            )
            return None
    if own is None and fallback is None:
        reader.problem(reader.node, "missing required field 'source'")
        return None
    parts: dict[str, str | None] = {}
    for name in SOURCE_FIELDS:
        value = own.get(name) if isinstance(own, Mapping) else None
        if value is None and isinstance(fallback, Mapping):
            value = fallback.get(name)
        if value is None:
            where = own if own is not None else reader.node
            reader.problem(where, f"source is missing '{name}'")
            parts[name] = None
            continue
        reader.marks[name] = (value.line, value.col)
        if _empty(value):
            parts[name] = ""
            continue
        parts[name] = reader.text(f"source.{name}", node=value)
    for mapping in (own, fallback):
        if isinstance(mapping, Mapping):
            for key, (key_node, _) in mapping.items.items():
                if key not in SOURCE_FIELDS:
                    reader.problem(key_node, _unknown(key, SOURCE_FIELDS, "source field"))
    if parts.get("article") == "" and parts.get("quote") == "":
        return UNCITED
    for name in SOURCE_FIELDS:
        if parts.get(name) == "":  # half a citation is a mistake, not a question left uncited
            value = own.get(name) if isinstance(own, Mapping) else None
            if value is None and isinstance(fallback, Mapping):
                value = fallback.get(name)
            reader.problem(value or reader.node, f"field 'source.{name}' is empty")
            parts[name] = None
    if parts.get("article") is None or parts.get("quote") is None:
        return None
    return Citation(article=str(parts["article"]), quote=str(parts["quote"]))


def _empty(node: Node) -> bool:
    """Written as nothing, or as blank text."""
    if not isinstance(node, Scalar) or node.rejected:
        return False
    return node.is_null or not node.text.strip()


def _distractors(reader: _Reader, answer: str | None) -> list[tuple[str, Scalar]]:
    items = reader.texts("distractors") or []
    kept: list[tuple[str, Scalar]] = []
    seen: dict[str, Scalar] = {}
    answer_id = answer_key(answer) if answer else None
    for text, mark in items:
        key = answer_key(text)
        if key == answer_id:
            reader.problem(mark, f"distractor '{text}' repeats the answer '{answer}'")
            continue
        if key in seen:
            reader.problem(
                mark, f"duplicate distractor '{text}' (already given at line {seen[key].line})"
            )
            continue
        seen[key] = mark
        kept.append((text, mark))
    return kept



def _tags(reader: _Reader) -> list[str]:
    tags: list[str] = []
    if reader.defaults is not None:
        shared = reader.defaults.get("tags")
        if shared is not None:
            sub = _Reader(reader.defaults, None, reader.path, reader.problems)
            tags.extend(text for text, _ in sub.texts("tags") or [])
    tags.extend(text for text, _ in reader.texts("tags") or [])
    return list(dict.fromkeys(tags))


def _time_limit(reader: _Reader) -> float | None:
    text = reader.text("time_limit")
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not (value > 0 and value < 3600):
        reader.problem(
            reader.raw("time_limit") or reader.node,
            f"time_limit '{text}' must be a number of seconds above 0",
        )
        return None
    return value


def _reviewed(reader: _Reader) -> bool:
    text = reader.text("reviewed")
    if text is None:
        return False
    if text.lower() in ("true", "yes"):
        return True
    if text.lower() in ("false", "no"):
        return False
    reader.problem(
        reader.raw("reviewed") or reader.node, f"reviewed '{text}' must be true or false"
    )
    return False


def _unknown(name: str, valid: Sequence[str], what: str) -> str:
    close = difflib.get_close_matches(name, valid, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else f" (valid: {', '.join(valid)})"
    return f"unknown {what} '{name}'{hint}"


def _wrong_type(path: str, node: Node, what: str, expected: str) -> Problem:
    return Problem(
        path, node.line, node.col, f"{what} must be {expected}, not {yamlsafe.kind_name(node)}"
    )
