"""`quiz scores` and `quiz history`: tables and JSON over games really played and saved."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from quiz.cli import build_parser, main
from quiz.game.scores import ScoreStore
from quiz.game.session import Mode, Session, Settings, question_set_key


def _play(store: ScoreStore, questions, player: str, right: int, clock) -> None:
    settings = Settings(mode=Mode.PRACTICE, count=len(questions), seed=3)
    session = Session(questions, settings, clock=clock)
    for n in range(len(questions)):
        options = session.options()
        answer = options.index(session.current.answer)
        session.answer(answer if n < right else (answer + 1) % len(options))
        session.next()
    store.save_game(
        session.summary(), player, question_set_key(settings), 3, dt.datetime(2026, 11, 23, 9, n)
    )


@pytest.fixture
def played(tmp_path: Path, make_question, clock) -> Path:
    store = ScoreStore.open(tmp_path)
    questions = [make_question(f"q{i}") for i in range(3)]
    _play(store, questions, "Ada", 3, clock)
    _play(store, questions, "Brian", 1, clock)
    return tmp_path


def test_scores_table_ranks_the_best_game_first(played: Path, capsys) -> None:
    assert main(["scores", "--data-dir", str(played)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Practice · 3 questions"  # the question set the ranks belong to
    assert lines[1].split() == ["#", "Player", "Score", "Right", "When"]
    assert lines[3].split()[:4] == ["1", "Ada", "300", "3/3"]
    assert lines[4].split()[:4] == ["2", "Brian", "100", "1/3"]


def test_scores_are_worded_as_the_game_words_them(tmp_path: Path, make_question, clock, capsys):
    store = ScoreStore.open(tmp_path)
    settings = Settings(mode=Mode.CHALLENGE, count=10, articles=("tramway",), time_limit=20)
    session = Session([make_question("q1", article="tramway")], settings, clock=clock)
    session.answer(session.options().index(session.current.answer))
    summary = dataclasses.replace(session.summary(), score=5920)
    key = question_set_key(settings)
    assert key == "count=10;articles=tramway;time=20"
    store.save_game(summary, "Ada", key, 1, dt.datetime(2026, 11, 23, 9, 0))
    store.save_game(summary, "Brian", "count=5", 1, dt.datetime(2026, 11, 23, 9, 1))
    assert main(["scores", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Timed challenge · 10 questions · 1 article · 20s each" in out
    assert "Timed challenge · 5 questions" in out  # each question set ranked on its own
    assert "5,920" in out and "5920" not in out and "count=" not in out
    assert [line.split()[0] for line in out.splitlines() if "Ada" in line or "Brian" in line] == [
        "1",
        "1",
    ]


def test_read_only_commands_create_nothing(tmp_path: Path, capsys) -> None:
    nowhere = tmp_path / "nonexistent" / "x" / "y"
    for command in ("scores", "history"):
        for fmt in ("text", "json"):
            assert main([command, "--data-dir", str(nowhere), "--format", fmt]) == 0
    assert not (tmp_path / "nonexistent").exists()
    out = capsys.readouterr().out
    assert "No high scores yet" in out and "No games played yet" in out


def test_reading_scores_leaves_the_database_as_it_was(played: Path, capsys) -> None:
    before = {path.name: path.read_bytes() for path in played.iterdir()}
    assert main(["scores", "--data-dir", str(played)]) == 0
    assert main(["history", "--data-dir", str(played)]) == 0
    assert {path.name: path.read_bytes() for path in played.iterdir()} == before


def test_scores_json(played: Path, capsys) -> None:
    assert main(["scores", "--data-dir", str(played), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["rank"], r["player"], r["score"]) for r in rows] == [
        (1, "Ada", 300),
        (2, "Brian", 100),
    ]


def test_history_lists_newest_first_with_answers_in_json(played: Path, capsys) -> None:
    assert main(["history", "--data-dir", str(played), "--format", "json"]) == 0
    games = json.loads(capsys.readouterr().out)
    assert [g["player"] for g in games] == ["Brian", "Ada"]
    assert [a["correct"] for a in games[0]["answers"]] == [True, False, False]


def test_history_table(played: Path, capsys) -> None:
    assert main(["history", "--data-dir", str(played)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].split()[2:6] == ["Brian", "Practice", "100", "1/3"]
    assert len(lines) == 4


def test_empty_store_says_so(tmp_path: Path, capsys) -> None:
    assert main(["scores", "--data-dir", str(tmp_path)]) == 0
    assert "No high scores yet" in capsys.readouterr().out
    assert main(["history", "--data-dir", str(tmp_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_every_option_of_every_command_is_documented(capsys) -> None:
    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for name, command in commands.choices.items():
        if name == "generate":
            continue  # parses its own options (quiz.authoring.generate)
        for action in command._actions:
            assert action.help and action.help != argparse.SUPPRESS, (name, action.dest)
    with pytest.raises(SystemExit):
        main(["play", "--help"])
    out = capsys.readouterr().out
    words = " ".join(out.split())
    for option in ("--mode", "--count", "--article", "--seed", "--difficulty", "--tag"):
        (action,) = [a for a in commands.choices["play"]._actions if option in a.option_strings]
        assert option in words and " ".join(str(action.help).split()[:4]) in words
