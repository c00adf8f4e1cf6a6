"""The issue's quality bar: markup stays text, bank problems are shown, small terminals are told
plainly, and start-up loads nothing it does not need."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from quiz.game.session import Settings
from quiz.ui.app import make_app
from quiz.ui.main import resume_collector
from quiz.ui.screens.confirm import ConfirmScreen
from quiz.ui.screens.home import HomeScreen
from quiz.ui.screens.problems import ProblemsScreen
from quiz.ui.screens.question import QuestionScreen
from quiz.ui.widgets import TooSmall
from tests.ui.conftest import (
    BANK,
    BROKEN,
    DEFENDER,
    ROOT,
    SEED,
    SEEDS,
    SIZE,
    AppFactory,
    FakeClock,
    question_screen,
    ready,
    screen_text,
    wrong_key,
)

MARKUP_QUESTION = "Markup stays text: [bold]who[/] plays the villain Safin [link=x]in No Time"


async def play_until(pilot: Pilot[Any], question_id: str) -> None:
    """Answer (wrongly) and move on until ``question_id`` is on screen."""
    for _ in range(10):
        if question_screen(pilot.app).session.current.id == question_id:  # type: ignore[union-attr]
            return
        await pilot.press(wrong_key(pilot.app), "enter")
        await pilot.pause()
    raise AssertionError(f"{question_id} never came up")


async def test_markup_in_a_question_is_shown_as_written(quiz_app: AppFactory) -> None:
    app = quiz_app(count=3, articles=(DEFENDER,), start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await play_until(pilot, "ui-markup")
        text = screen_text(app)
        assert MARKUP_QUESTION in " ".join(text.split())
        assert "[red]Riz Ahmed[/red]" in text
        assert "[link=x]Oscar Isaac" in text
        assert "Dev Patel [/]" in text

        await pilot.press(wrong_key(app))
        await pilot.pause()
        text = screen_text(app)
        assert "[italic]Not italic[/italic]: the explanation is text too." in text
        assert "The answer is “Rami Malek”." in text

        await pilot.press("enter")
        await pilot.pause()
        while not app.screen.query("#headline"):  # play out the rest of the game
            await pilot.press(wrong_key(app), "enter")
            await pilot.pause()
        missed = [str(card.render()) for card in app.screen.query(".missed")]
        assert len(missed) == 3
        markup = next(text for text in missed if "Rami Malek" in text)
        assert MARKUP_QUESTION in markup  # in the list of missed questions, as written
        assert "you chose " in markup


async def test_problems_in_the_bank_are_shown_and_the_valid_questions_play(
    quiz_app: AppFactory,
) -> None:
    app = quiz_app(bank=[BANK, BROKEN], count=3)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        text = screen_text(app)
        assert "Problems in the question bank" in text
        assert "broken.yaml" in text
        assert "the 8 valid questions will play" in text
        problems = app.loaded.problems  # type: ignore[union-attr]
        assert problems and f"{len(problems)} problem" in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Bank: 8 questions" in screen_text(app)


async def test_a_game_from_the_command_line_waits_for_the_notice(quiz_app: AppFactory) -> None:
    app = quiz_app(bank=[BANK, BROKEN], count=3, mode="challenge", start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, ProblemsScreen)  # the clock has not started
        await pilot.click("#ok")
        await ready(pilot)
        assert question_screen(app).session.settings.mode == "challenge"


async def test_a_small_terminal_is_told_plainly_and_resizing_recovers(
    quiz_app: AppFactory,
) -> None:
    app = quiz_app(count=3, start=True)
    async with app.run_test(size=(59, 20)) as pilot:
        await ready(pilot)
        text = screen_text(app)
        assert "The terminal is too small" in text
        assert "It is 59×20; article-quiz needs at least 60×20." in text
        assert "Question 1 of 3" not in text

        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        text = screen_text(app)
        assert "too small" not in text
        assert "Question 1 of 3" in text

        await pilot.press("escape")  # a dialog gives way to the notice too
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.resize_terminal(60, 19)
        await pilot.pause()
        assert app.screen.query_one(TooSmall).display
        assert "It is 60×19" in screen_text(app)
        assert "Leave this game?" not in screen_text(app)
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert "Leave this game?" in screen_text(app)


def test_start_up_loads_only_textual_and_the_bank(tmp_path: Path) -> None:
    """Up to the first question: no Faker, no score database, no other screens."""
    code = """
import asyncio, sys
from pathlib import Path
from quiz.ui.app import make_app
from quiz.ui.screens.question import QuestionScreen
from quiz.game.session import Settings
app = make_app([Path(sys.argv[1])], Path(sys.argv[2]), Path(sys.argv[3]),
               settings=Settings(count=3), start=True, seed=7, steady=True)
seen = []
mount = QuestionScreen.on_mount
def on_mount(screen):  # what is loaded when the first question is drawn
    seen.extend(sys.modules)
    mount(screen)
QuestionScreen.on_mount = on_mount
async def main():
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
asyncio.run(main())
heavy = ("faker", "sqlite3", "quiz.game.scores", "quiz.ui.screens.home", "quiz.ui.screens.results",
         "quiz.ui.screens.high_scores", "quiz.authoring.generate", "quiz.authoring.facts")
print(len(seen), ",".join(sorted(name for name in heavy if name in seen)))
"""
    out = subprocess.run(
        [sys.executable, "-c", code, str(BANK), str(ROOT / "seeds"), str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=60,
    )
    count, _, loaded = out.stdout.strip().partition(" ")
    assert int(count) > 0 and loaded == ""


async def test_the_challenge_clock_stops_while_the_game_cannot_be_seen(
    quiz_app: AppFactory, clock: FakeClock
) -> None:
    app = quiz_app(mode="challenge", count=3, time_limit=20, start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = question_screen(app)
        clock.advance(5)
        await pilot.resize_terminal(50, 16)
        await pilot.pause()
        clock.advance(60)  # a minute behind the too-small notice
        screen.tick()
        assert screen.session.result is None
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        screen.tick()
        await pilot.pause()
        assert "15s left" in screen_text(app)
        clock.advance(15)
        screen.tick()
        await pilot.pause()
        assert screen.session.result is not None and screen.session.result.timed_out


async def test_start_up_hands_over_once_the_first_question_is_drawn(
    clock: FakeClock, data_dir: Path
) -> None:
    """``quiz play`` resumes the garbage collector from ``on_first_frame``: called once, with the
    game on screen."""
    shown: list[object] = []
    app = make_app(
        [BANK],
        SEEDS,
        data_dir,
        settings=Settings(count=3),
        start=True,
        seed=SEED,
        clock=clock,
        steady=True,
        on_first_frame=lambda: shown.append(app.screen),
    )
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press(wrong_key(app), "enter")
        await pilot.pause()
        assert len(shown) == 1 and isinstance(shown[0], QuestionScreen)


def test_the_collector_runs_again_after_start_up() -> None:
    gc.disable()
    try:
        resume_collector()
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


async def test_a_game_starts_on_app_tcss_alone(quiz_app: AppFactory) -> None:
    """The other screens' styles are read when the first of them is made, not before."""
    screens_tcss = str(ROOT / "quiz" / "ui" / "screens.tcss")
    app = quiz_app(count=3, start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert not app.stylesheet.has_source(screens_tcss)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.stylesheet.has_source(screens_tcss)
