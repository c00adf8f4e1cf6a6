"""Nothing from a file ever reaches the terminal as a control character.

The loader refuses such text, but the screens do not rely on it: a question, an option, a quote,
an explanation, an article title, a problem, a player's name, each holding escape sequences, is
drawn with visible stand-ins (ESC as ␛). The tests look at what is rendered, cell by cell.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

from quiz.bank.loader import Bank
from quiz.cli import main
from quiz.corpus.articles import Library
from quiz.game.scores import ScoreStore
from quiz.game.session import Mode, Session, Settings, question_set_key
from quiz.model import Article, Citation, Problem, Question
from quiz.text import describe_control, printable
from quiz.ui.app import QuizApp, make_app
from quiz.ui.screens.high_scores import HighScoresScreen
from quiz.ui.screens.home import HomeScreen
from quiz.ui.screens.problems import ProblemsScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.source import Loaded, LoadNow
from tests.conftest import FakeClock
from tests.hostile.conftest import RAW_CONTROL
from tests.ui.conftest import ready, screen_text, settle

CLEAR = "\x1b[2J"
CLIPBOARD = "\x1b]52;c;aGk=\x07"
TITLE = "\x1b]0;owned\x07"
CSI8 = "\x9b31m"


def test_printable_keeps_length_and_replaces_every_control_character() -> None:
    text = f"a{CLEAR}b{CSI8}c\x7fd\x00e\r\n\tf"
    shown = printable(text)
    assert len(shown) == len(text)
    assert not RAW_CONTROL.search(shown)
    assert shown == "a␛[2Jb\ufffd31mc␡d␀e␍\n\tf"
    assert printable("line\nnext\ttab", keep="") == "line␊next␉tab"
    assert printable("plain text") == "plain text"
    assert describe_control("\x1b") == "U+001B (ESC)" and describe_control("\x9b").startswith(
        "U+009B"
    )


def test_a_problem_line_never_carries_a_control_character() -> None:
    problem = Problem(f"bank/{CLEAR}.yaml", 3, 4, f"unknown field '{TITLE}'")
    assert str(problem) == "bank/␛[2J.yaml:3:4: unknown field '␛]0;owned␇'"


def _hostile_world() -> Loaded:
    article = Article(
        id="evil",
        title=f"Evil{TITLE} title",
        date=dt.date(2024, 5, 1),
        text=f"The bridge is 300 metres{CSI8} long.{CLIPBOARD}",
    )
    library = Library(root=Path("arts"), articles={"evil": article})
    question = Question(
        id="q",
        question=f"How long{CLEAR} is the bridge?",
        answer=f"300 metres{CSI8}",
        distractors=(f"250{CLIPBOARD} metres", f"350{TITLE} metres", "420\x7f metres"),
        source=Citation("evil", f"The bridge is 300 metres{CSI8} long.{CLIPBOARD}"),
        explanation=f"So said the engineer{CLEAR}.",
        path="bank/q.yaml",
        line=1,
        col=1,
    )
    bank = Bank(
        questions=[question],
        problems=[Problem(f"bank/{CLEAR}x.yaml", 2, 3, f"unknown field '{TITLE}'")],
        files=["bank/q.yaml"],
    )
    return Loaded(bank, library)


def _app(tmp_path: Path) -> QuizApp:
    return make_app(
        source=LoadNow(_hostile_world),
        data_dir=tmp_path / "data",
        settings=Settings(mode=Mode.PRACTICE, count=1),
        start=True,
        seed=1,
        clock=FakeClock(),
        options_for=lambda question, rng: list(question.distractors),
        steady=True,
    )


def _drawn(app: QuizApp) -> str:
    """Every character of every cell on screen, control characters included."""
    return screen_text(app)


def _assert_safe(app: QuizApp, *expected: str) -> str:
    drawn = _drawn(app)
    assert not RAW_CONTROL.search(drawn), repr(RAW_CONTROL.findall(drawn))
    for text in expected:
        assert text in drawn, f"{text!r} is not on screen:\n{drawn}"
    return drawn


def _save_hostile_player(data_dir: Path) -> None:
    store = ScoreStore.open(data_dir)
    settings = Settings(mode=Mode.PRACTICE, count=1, seed=3)
    question = _hostile_world().bank.questions[0]
    session = Session([question], settings, clock=FakeClock())
    session.answer(0)
    session.next()
    when = dt.datetime(2026, 11, 23, 9, 0)
    key = question_set_key(settings)
    assert store.save_game(session.summary(), f"Mallory{TITLE}{CSI8}", key, 3, when) is not None


async def test_every_screen_draws_escapes_as_stand_ins(tmp_path: Path) -> None:
    _save_hostile_player(tmp_path / "data")
    app = _app(tmp_path)
    async with app.run_test(size=(110, 40)) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        _assert_safe(app, "␛[2Jx.yaml", "unknown field '␛]0;owned␇'")
        await pilot.press("enter")
        await ready(pilot)

        _assert_safe(app, "How long␛[2J is the bridge?", "250␛]52;c;aGk=␇ metres", "420␡ metres")
        session = app.screen.session  # type: ignore[attr-defined]
        wrong = next(i for i, o in enumerate(session.options()) if o != session.current.answer)
        await pilot.press(str(wrong + 1))
        await pilot.pause()
        _assert_safe(  # the verdict and the "Why" card: answer, quote, title, explanation
            app,
            "300 metres\ufffd31m",
            "long.␛]52;c;aGk=␇",
            "Evil␛]0;owned␇ title",
            "So said the engineer␛[2J.",
        )

        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ResultsScreen)
        # and the name box, filled with the last player's name from the database
        _assert_safe(app, "How long␛[2J is the bridge?", "Evil␛]0;owned␇ title", "Mallory␛]0;")

        app.screen.action_high_scores()  # the name box has the keys
        await settle(pilot)
        assert isinstance(app.screen, HighScoresScreen)
        _assert_safe(app, "Mallory␛]0;owned␇\ufffd31m")

        app.go_home()
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        _assert_safe(app, "Evil␛]0;owned␇ title")  # the list of articles to play


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


def test_scores_and_history_never_print_a_control_character(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _save_hostile_player(data)
    for command in ("scores", "history"):
        status, out, err = _run(command, "--data-dir", str(data))
        assert status == 0 and not RAW_CONTROL.search(out + err)
        if command == "scores":
            assert "Mallory␛]0;owned␇\ufffd31m" in out
        status, out, err = _run(command, "--data-dir", str(data), "--format", "json")
        assert status == 0 and not RAW_CONTROL.search(out + err)
        rows: list[dict[str, Any]] = json.loads(out)
        assert rows[0]["player"] == f"Mallory{TITLE}{CSI8}"  # the data itself, exactly


def test_check_json_escapes_every_control_character(tmp_path: Path) -> None:
    bank = tmp_path / f"{CLEAR}.yaml"
    bank.write_text('- id: "a\\e"\n', encoding="utf-8")
    status, out, _ = _run("check", str(bank), "--format", "json", "--no-cache")
    assert status == 1 and not RAW_CONTROL.search(out)
    problems = json.loads(out)["problems"]
    assert any(CLEAR in p["path"] for p in problems)  # exact in the data, escaped on the wire
    assert re.search(r"\\u001b", out)
