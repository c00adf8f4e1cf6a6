"""The editors' JSON Schema and the bank's loader agree (fields, required ones, enums, types),
and every shipped bank file is valid under it, read as an editor's YAML 1.2 reads it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from quiz.bank import loader
from quiz.cli import main
from quiz.interchange.schema import SCHEMA_PATH
from quiz.model import DIFFICULTIES, KINDS
from tests.conftest import ROOT

SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)
DEFS = SCHEMA["definitions"]
MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")

_NULL = re.compile(r"^(~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")
_FLOAT = re.compile(
    r"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$"
)


def as_editor_reads(text: str) -> Any:
    """The YAML as JSON under YAML 1.2's core schema, as yaml-language-server validates it
    (``no`` is a string there, ``1983`` a number, ``2019-11-13`` a string)."""

    def value(node: yaml.Node) -> Any:
        if isinstance(node, yaml.MappingNode):
            return {value(k): value(v) for k, v in node.value}
        if isinstance(node, yaml.SequenceNode):
            return [value(item) for item in node.value]
        raw = node.value
        if node.style:  # quoted or a block scalar: always a string
            return raw
        if _NULL.match(raw):
            return None
        if _BOOL.match(raw):
            return raw.lower() == "true"
        if _INT.match(raw):
            return int(raw, 0) if raw[:2] in ("0o", "0x") else int(raw)
        if _FLOAT.match(raw):
            return float(raw.replace(".inf", "inf").replace(".nan", "nan"))
        return raw

    node = yaml.compose(text, Loader=yaml.SafeLoader)
    return None if node is None else value(node)


def _valid(text: str) -> bool:
    return VALIDATOR.is_valid(as_editor_reads(text))


# --- the same fields, required ones and enums ---------------------------------------------------


def test_the_schema_is_a_valid_draft_7_schema() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)


def test_the_schema_and_the_loader_name_the_same_fields() -> None:
    for name in ("question", "questionWithDefaults"):
        assert tuple(DEFS[name]["properties"]) == loader.FIELDS
        assert DEFS[name]["additionalProperties"] is False
    assert tuple(DEFS["question"]["required"]) == loader.REQUIRED
    assert tuple(DEFS["questionWithDefaults"]["required"]) == tuple(
        f for f in loader.REQUIRED if f not in loader.DEFAULT_FIELDS
    )
    assert tuple(DEFS["defaults"]["properties"]) == loader.DEFAULT_FIELDS
    assert tuple(DEFS["source"]["properties"]) == loader.SOURCE_FIELDS
    assert tuple(DEFS["source"]["required"]) == loader.SOURCE_FIELDS
    assert tuple(SCHEMA["oneOf"][1]["properties"]) == loader.FILE_FIELDS
    assert DEFS["difficulty"]["enum"] == list(DIFFICULTIES)
    assert DEFS["kind"]["enum"] == list(KINDS)


# --- the same values accepted and refused ---------------------------------------------------------

BASE = {
    "id": "q1",
    "question": "Which film?",
    "answer": "Octopussy",
    "source": "{article: a1, quote: Octopussy}",
}
# YAML as an author might write it for a field; every one is tried on every field.
PROBES = (
    "plain words",
    '"quoted"',
    "1983",
    "15",
    "0",
    "-3",
    "4000",
    "12.5",
    "1e3",
    "no",
    "true",
    "False",
    "yes",
    "2019-11-13",
    "~",
    '""',
    '"  "',
    "[a, b]",
    "[a, a]",
    "[]",
    "['']",
    "[[x]]",
    "{a: b}",
    "{article: a1, quote: q}",
    "{article: a1}",
    "{article: '', quote: ''}",
    "{article: a1, quote: ''}",
    "{article: a1, quote: q, page: 3}",
    "easy",
    "brutal",
    "person",
    "vehicle",
    "generated",
)


def _question_yaml(field: str, probe: str) -> str:
    values = {**BASE, field: probe}
    return "- " + "\n  ".join(f"{key}: {value}" for key, value in values.items()) + "\n"


def _loader_accepts(tmp_path: Path, text: str) -> bool:
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8")
    bank = loader.load_bank([path])  # no articles: the format alone, as a schema sees it
    uncited = [p for p in bank.problems if p.message == loader.UNCITED_MESSAGE]
    return len(bank.questions) == 1 and bank.problems == uncited


@pytest.mark.parametrize("field", loader.FIELDS)
def test_the_schema_accepts_exactly_what_the_loader_accepts(field: str, tmp_path: Path) -> None:
    disagree = []
    for probe in PROBES:
        text = _question_yaml(field, probe)
        if _loader_accepts(tmp_path, text) != _valid(text):
            disagree.append(f"{field}: {probe} (loader {_loader_accepts(tmp_path, text)})")
    assert disagree == []


@pytest.mark.parametrize(
    "text",
    [
        "defaults:\n  source: {article: a1}\nquestions:\n"
        "  - {id: q1, question: Which, answer: A, source: {quote: A}}\n",
        "defaults:\n  tags: [x]\n  difficulty: hard\nquestions:\n"
        "  - {id: q1, question: Which, answer: A, source: {article: a1, quote: A}}\n",
        "defaults:\n  source: {article: a1}\nquestions:\n  - {id: q1, question: Which}\n",
        "defaults:\n  colour: red\nquestions: []\n",
        "questions:\n  - {id: q1, question: Which, answer: A}\n",
        "defaults: {}\n",
        "just: text\nquestions: []\n",
        "- {id: q1, question: Which, answer: A, source: {article: '', quote: ''}, kind: year}\n",
    ],
)
def test_files_with_defaults_agree_too(text: str, tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text(text, encoding="utf-8")
    bank = loader.load_bank([path])
    accepted = [p for p in bank.problems if p.message != loader.UNCITED_MESSAGE] == []
    assert accepted == _valid(text)


# --- the shipped files ------------------------------------------------------------------------

SHIPPED = sorted((ROOT / "questions").rglob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_shipped_bank_file_is_valid_under_the_schema(path: Path) -> None:
    errors = [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in VALIDATOR.iter_errors(as_editor_reads(path.read_text(encoding="utf-8")))
    ]
    assert errors == []


def test_the_hand_written_bank_files_name_the_schema_on_their_first_line() -> None:
    hand_written = [p for p in SHIPPED if "generated" not in p.parts]
    assert hand_written
    for path in hand_written:
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        match = MODELINE.match(first)
        assert match, f"{path}: {first!r}"
        assert (path.parent / match.group(1)).resolve() == SCHEMA_PATH


def test_a_file_import_writes_names_the_schema_and_is_valid_under_it(tmp_path: Path) -> None:
    source = tmp_path / "x.txt"
    source.write_text("Who?\nA. me\nB. you\nANSWER: B\n", encoding="utf-8")
    out = tmp_path / "questions" / "imported"
    assert main(["import", str(source), "--format", "aiken", "-o", str(out)]) == 0
    text = (out / "x.yaml").read_text(encoding="utf-8")
    match = MODELINE.match(text.split("\n", 1)[0])
    assert match and (out / match.group(1)).resolve() == SCHEMA_PATH
    assert _valid(text)


def test_the_modeline_shifts_no_reported_location(tmp_path: Path) -> None:
    path = tmp_path / "q.yaml"
    path.write_text(
        "# yaml-language-server: $schema=../quiz/data/question-file.schema.json\n"
        "- id: q1\n  question: Q?\n  answer: A\n  source: {article: a1, quote: A}\n"
        "  difficulty: brutal\n",
        encoding="utf-8",
    )
    bank = loader.load_bank([path])
    assert [(p.line, p.col) for p in bank.problems] == [(6, 15)]


def test_quiz_schema_prints_the_committed_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == SCHEMA
