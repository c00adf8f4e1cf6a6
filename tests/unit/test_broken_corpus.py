"""The corpus of broken question files: each holds one kind of defect and declares, in
``# expect: LINE:COL: message`` comments, exactly what the loader must report, and in a
``# valid: id, ...`` comment the questions beside the defect that must still load."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from quiz.authoring.engine import ENGINE_CHECKS
from quiz.bank.loader import load_bank
from quiz.corpus.articles import Library
from tests.conftest import FIXTURES, SEEDS

BROKEN = FIXTURES / "broken"
CASES = sorted(p for p in BROKEN.rglob("*.yaml") if b"# expect:" in p.read_bytes())


def _header(path: Path, key: str) -> list[str]:
    text = path.read_bytes().decode("utf-8", errors="replace")
    return [m.group(1) for m in re.finditer(rf"^# {key}: (.*)$", text, re.MULTILINE)]


def _expected(path: Path) -> list[str]:
    return [
        f"{path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}:"
        + line.replace("{articles}", str(SEEDS)).replace("{dir}", str(_shown(path.parent)))
        for line in _header(path, "expect")
    ]


def _shown(path: Path) -> Path:
    return path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path


def _target(path: Path) -> Path:
    # Duplicate ids are a defect across files: that case loads its whole folder.
    return path.parent if path.parent.name == "duplicate_ids" else path


@pytest.mark.parametrize("path", CASES, ids=lambda p: str(p.relative_to(BROKEN)))
def test_each_defect_gives_its_exact_message_and_location(path: Path, library: Library) -> None:
    bank = load_bank([_target(path)], library, checks=ENGINE_CHECKS)
    shown = str(_shown(path))
    got = [str(problem) for problem in bank.problems if problem.path == shown]
    assert got == _expected(path)


@pytest.mark.parametrize("path", CASES, ids=lambda p: str(p.relative_to(BROKEN)))
def test_valid_questions_beside_a_defect_still_load(path: Path, library: Library) -> None:
    bank = load_bank([_target(path)], library, checks=ENGINE_CHECKS)
    wanted = {i.strip() for line in _header(path, "valid") for i in line.split(",")}
    loaded = {q.id for q in bank.questions if q.path == str(_shown(path))}
    assert loaded == wanted


def test_the_whole_corpus_loads_every_valid_question_at_once(library: Library) -> None:
    bank = load_bank([BROKEN], library, checks=ENGINE_CHECKS)
    wanted = {
        i.strip()
        for path in BROKEN.rglob("*.yaml")
        for line in _header(path, "valid")
        for i in line.split(",")
    }
    assert {q.id for q in bank.questions} == wanted
    # every defect in every file is reported, none lost to another file's failure
    assert len(bank.problems) == sum(len(_header(p, "expect")) for p in CASES)


def test_corpus_covers_every_defect_the_bank_promises_to_catch() -> None:
    messages = " ".join(line for path in CASES for line in _header(path, "expect"))
    for fragment in [
        "YAML syntax error",
        "not UTF-8",
        "must be a list of text",
        "must be text, not",
        "missing required field",
        "unknown field 'distractor'; did you mean 'distractors'?",
        "duplicate key",
        "duplicate id",
        "repeats the answer",
        "duplicate distractor",
        "more hand-written distractors (it has 1): free text cannot be imitated convincingly",
        "convincing organisation options can be generated",
        "has unit cm, but the answer '291mm' has unit mm",
        "spaces its unit differently",
        "is a title, but the answer '1983' is a year",
        "is a value the cited sentence gives for another fact",
        "is one side of a conflict between the articles",
        "spelt another way",
        "is a real person, but the answer 'Safin' is a fictional character",
        "cannot be right: the cited sentence counts it out of 10",
        "is a catch-all",
        "tag !!python/object",
        "alias bomb",
        "quote not found",
        "must be a file name in {articles}, not a path",
        "no article '999_missing'",
        "is not supported by its quote",
        "conflict",
        "unreliable passage",
    ]:
        assert fragment in messages, fragment


def test_alias_bomb_is_refused_quickly_without_expanding(library: Library) -> None:
    # A correctness guard, not a benchmark: expanding it would take minutes and gigabytes.
    started = time.process_time()
    bank = load_bank([BROKEN / "alias_bomb.yaml"], library, checks=ENGINE_CHECKS)
    assert time.process_time() - started < 5
    assert bank.questions == []
