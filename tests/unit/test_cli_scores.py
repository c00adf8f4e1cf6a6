"""`quiz scores` and `quiz history`: tables and JSON over games really played and saved."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from quiz.cli import main
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
    assert lines[0].split() == ["#", "player", "mode", "question", "set", "score", "right", "when"]
    assert lines[2].split()[:3] == ["1", "Ada", "practice"]
    assert "300" in lines[2] and "3/3" in lines[2]
    assert lines[3].split()[:2] == ["2", "Brian"] and "1/3" in lines[3]


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
    assert lines[2].split()[2:4] == ["Brian", "practice"]
    assert len(lines) == 4


def test_empty_store_says_so(tmp_path: Path, capsys) -> None:
    assert main(["scores", "--data-dir", str(tmp_path)]) == 0
    assert "No high scores yet" in capsys.readouterr().out
    assert main(["history", "--data-dir", str(tmp_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
