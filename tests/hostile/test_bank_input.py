"""Hostile question files: control characters, raw bytes, unclosed quotes, huge files, special
files and broken links in the bank. Each is a located problem; none crashes, hangs or reaches the
terminal raw; every valid question beside it still loads."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from quiz import yamlsafe
from quiz.bank.loader import load_bank
from tests.hostile.conftest import RAW_CONTROL, SAFE, World

# One line per field a question has, so each escape sits at a known line and column.
QUESTION = """\
- id: {id}
  question: {question}
  answer: {answer}
  distractors: [{d1}, 350 metres, 420 metres]
  explanation: {explanation}
  tags: [{tag}]
  source:
    article: bridge
    quote: {quote}
"""
CLEAN = {
    "id": "hostile",
    "question": "How long is the Harbour Bridge?",
    "answer": "300 metres",
    "d1": "250 metres",
    "explanation": "The engineer said so.",
    "tag": "bridge",
    "quote": "It is 300 metres long",
}
WHERE = {  # the line and column at which each field's value starts
    "id": (1, 7),
    "question": (2, 13),
    "answer": (3, 11),
    "d1": (4, 17),
    "explanation": (5, 16),
    "tag": (6, 10),
    "quote": (9, 12),
}
ATTACKS = {
    "erase screen": "\\e[2J",
    "set clipboard": "\\e]52;c;aGk=\\a",
    "set title": "\\e]0;owned\\a",
    "8-bit CSI": "\\x9b2J",
    "DEL": "\\x7f",
    "NUL": "\\0",
    "carriage return": "\\r",
}


def _question(field: str, attack: str) -> str:
    values = {name: f'"{value}"' for name, value in CLEAN.items()}
    values[field] = f'"{CLEAN[field]}{attack}"'
    return QUESTION.format(**values)


@pytest.mark.parametrize("attack", sorted(ATTACKS))
@pytest.mark.parametrize("field", sorted(WHERE))
def test_a_control_character_in_any_text_field_is_a_located_problem(
    world: World, field: str, attack: str
) -> None:
    world.write_bank(_question(field, ATTACKS[attack]), "hostile.yaml")
    status, out, _ = world.check("--no-cache")
    line, col = WHERE[field]
    assert status == 1
    assert f"bank/hostile.yaml:{line}:{col}: text holds the control character U+00" in out
    assert not RAW_CONTROL.search(out)  # the problem line itself carries none
    assert "1 question in 2 files" in out  # the safe question beside it still loads


def test_the_same_question_without_the_escape_is_valid(world: World) -> None:
    """The attacks above are refused for their control character, nothing else."""
    world.write_bank(QUESTION.format(**{k: f'"{v}"' for k, v in CLEAN.items()}), "hostile.yaml")
    status, out, _ = world.check("--no-cache")
    assert (status, out.splitlines()[-1]) == (0, "2 questions in 2 files, 2 articles: no problems")


def test_newline_and_tab_stay_allowed(world: World) -> None:
    text = _question("explanation", "\\tsee\\nbelow")
    world.write_bank(text, "hostile.yaml")
    assert world.check("--no-cache")[0] == 0


@pytest.mark.parametrize(("byte", "name"), [(b"\x00", "NUL"), (b"\x1b", "ESC"), (b"\x07", "BEL")])
def test_a_raw_control_byte_is_located_at_its_own_line_and_column(
    world: World, byte: bytes, name: str
) -> None:
    text = _question("quote", "").encode()
    lines = text.split(b"\n")
    lines[4] = lines[4][:17] + byte + lines[4][17:]  # line 5, column 18
    (world.bank / "raw.yaml").write_bytes(b"\n".join(lines))
    status, out, _ = world.check("--no-cache")
    assert status == 1
    assert f"bank/raw.yaml:5:18: character U+{byte[0]:04X} ({name}) is not allowed" in out
    assert not RAW_CONTROL.search(out)


def test_a_file_name_with_an_escape_is_shown_not_sent(world: World) -> None:
    world.write_bank("- id: [unclosed\n", "\x1b[2Jevil.yaml")
    status, out, _ = world.check("--no-cache")
    assert status == 1 and "␛[2Jevil.yaml:1:7:" in out
    assert not RAW_CONTROL.search(out)


def test_an_unknown_key_with_an_escape_is_reported_without_it(world: World) -> None:
    world.write_bank(SAFE.replace("- id: length", "- id: length\n  \"x\\e]0;t\\a\": 1"), "k.yaml")
    status, out, _ = world.check("--no-cache")
    assert status == 1 and not RAW_CONTROL.search(out)


def test_an_unclosed_quote_is_reported_where_it_opens(world: World) -> None:
    text = SAFE.replace('answer: 300 metres', 'answer: "300 metres') + "\n" * 5 + "# end\n"
    world.write_bank(text, "unclosed.yaml")
    status, out, _ = world.check("--no-cache")
    assert status == 1
    assert "bank/unclosed.yaml:3:11: YAML syntax error: while scanning a quoted scalar" in out


def test_an_unclosed_bracket_is_reported_where_it_opens(tmp_path: Path) -> None:
    _, problems = yamlsafe.load("a: 1\nb: [1, 2\n", "f.yaml")
    assert [(p.line, p.col) for p in problems] == [(2, 4)]


def test_a_large_file_without_aliases_loads(tmp_path: Path) -> None:
    """12,000 questions: more values than the alias budget, yet not one alias (the whole file
    was refused as an alias bomb). A 100,000-question file is the benchmarks' matter."""
    entry = (
        "- id: q{n}\n  question: How long is it?\n  answer: \"{n}\"\n"
        "  distractors: [a, b, c]\n  source: {{article: bridge, quote: q}}\n"
    )
    path = tmp_path / "big.yaml"
    path.write_text("".join(entry.format(n=n) for n in range(12_000)), encoding="utf-8")
    bank = load_bank([path])  # the format only: no articles to prove against
    assert bank.problems == [] and len(bank.questions) == 12_000


def test_an_alias_bomb_is_still_refused_at_the_alias() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for level in "bcdefghij":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 10) + "]")
    started = time.monotonic()
    node, problems = yamlsafe.load("\n".join(lines) + "\n", "bomb.yaml")
    assert node is None and len(problems) == 1
    assert "alias bomb" in problems[0].message and problems[0].line == 6
    assert time.monotonic() - started < 10  # a hang guard, not a speed target


def test_a_few_aliases_still_load() -> None:
    node, problems = yamlsafe.load("a: &x [1, 2]\nb: *x\nc: *x\n", "f.yaml")
    assert problems == [] and isinstance(node, yamlsafe.Mapping)


def test_tags_never_run_and_text_stays_text(world: World) -> None:
    world.write_bank(
        SAFE.replace("- id: length", "- id: !!python/object/apply:os.system [touch owned]"),
        "tag.yaml",
    )
    status, out, _ = world.check("--no-cache")
    assert status == 1 and "tag !!python/object/apply:os.system is not allowed" in out
    assert not (Path.cwd() / "owned").exists()
    no = load_bank([world.write_bank(SAFE.replace("300 metres\n", "no\n", 1), "no.yaml")])
    assert [q.answer for q in no.questions] == ["no"]


def test_a_dangling_symlink_in_the_bank_is_reported(world: World) -> None:
    (world.bank / "gone.yaml").symlink_to(world.root / "nowhere.yaml")
    status, out, _ = world.check("--no-cache")
    assert status == 1
    assert "bank/gone.yaml:1:1: file is a symbolic link to" in out and "does not exist" in out


def test_a_symlink_loop_in_the_bank_is_reported(world: World) -> None:
    (world.bank / "loop.yaml").symlink_to("loop.yaml")
    status, out, _ = world.check("--no-cache")
    assert status == 1
    assert "bank/loop.yaml:1:1: file is a symbolic link that loops back on itself" in out


def test_a_fifo_in_the_bank_is_reported_not_read(world: World) -> None:
    os.mkfifo(world.bank / "pipe.yaml")
    run = world.check_apart()  # with the cache: its key reads every file too
    assert run.returncode == 1
    assert "bank/pipe.yaml:1:1: file is a FIFO (named pipe), not a regular file; not read" in (
        run.stdout
    )


def test_a_device_named_in_the_bank_is_reported_not_read(world: World) -> None:
    (world.bank / "zero.yaml").symlink_to("/dev/zero")
    run = world.check_apart()
    assert run.returncode == 1
    assert "bank/zero.yaml:1:1: file is a device, not a regular file" in run.stdout
