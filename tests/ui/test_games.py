"""Whole games played through the UI with Pilot: keys in, screens and the score database out.

Every app runs on the fixture bank with a fixed seed, at 80x24, on a fake clock that only moves
when a test says so; the score database lives in the test's own folder.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from quiz.game.scores import DB_NAME, ScoreStore
from quiz.ui.screens.confirm import ConfirmScreen
from quiz.ui.screens.high_scores import HighScoresScreen
from quiz.ui.screens.home import HomeScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.widgets import AnswerOption, Countdown
from tests.ui.conftest import (
    NOW,
    SEED,
    SIZE,
    AppFactory,
    FakeClock,
    question_screen,
    ready,
    right_key,
    screen_text,
    settle,
    wrong_key,
)


def results_screen(pilot: Pilot[Any]) -> ResultsScreen:
    screen = pilot.app.screen
    assert isinstance(screen, ResultsScreen), f"expected the results, got {screen!r}"
    return screen


async def answer(pilot: Pilot[Any], correct: bool) -> None:
    await pilot.press(right_key(pilot.app) if correct else wrong_key(pilot.app))
    await pilot.pause()


async def next_question(pilot: Pilot[Any]) -> None:
    await pilot.press("enter")
    await pilot.pause()


async def until(pilot: Pilot[Any], condition: Any, seconds: float = 5.0) -> None:
    """Wait (in real time, briefly) for the app's own timers to act."""
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("the app never got there")


async def test_practice_game_from_home_to_results(quiz_app: AppFactory) -> None:
    app = quiz_app(count=3)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert "Bank: 7 questions from 3 articles in 3 files." in screen_text(app)

        await pilot.press("p")
        await ready(pilot)
        screen = question_screen(app)
        assert screen.session.settings.mode == "practice"
        assert screen.session.settings.seed == SEED
        assert "Question 1 of 3" in screen_text(app)
        assert "Why" not in screen_text(app)

        await answer(pilot, correct=True)
        text = screen_text(app)
        assert "✓ Correct!  +100 points" in text
        assert "your answer, correct" in text
        assert "─ Why ─" in text  # the card, with the article's title and date
        assert "(13 November 2019)" in text or "2019)" in text
        assert "Score 100  ·  Streak 1" in text

        await next_question(pilot)
        assert "Question 2 of 3" in screen_text(app)
        wrong = int(wrong_key(app)) - 1
        await answer(pilot, correct=False)
        options = {option.index: option for option in app.screen.query(AnswerOption)}
        assert options[wrong].mark == "✗" and options[wrong].has_class("-wrong")
        right = question_screen(app).session.result
        assert right is not None and options[right.correct_index].mark == "✓"
        text = screen_text(app)
        assert "✗ Not this time." in text and "+0 points" in text
        assert "Score 100  ·  Streak 0" in text

        await next_question(pilot)
        await answer(pilot, correct=True)
        await next_question(pilot)

        results = results_screen(pilot)
        summary = results.summary
        assert (summary.score, summary.correct, summary.total) == (200, 2, 3)
        text = screen_text(app)
        assert "200 points" in text
        assert "Right 2 of 3 (67%)" in text
        assert "By article" in text
        assert "Missed: 1 question" in text
        assert summary.missed[0].citation.article_title in text

        await pilot.press("escape")  # home, unsaved
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_challenge_with_a_timeout_on_a_fake_clock(
    quiz_app: AppFactory, clock: FakeClock
) -> None:
    app = quiz_app(mode="challenge", count=3, time_limit=20, start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = question_screen(app)
        countdown = screen.query_one(Countdown)
        assert "20s left" in screen_text(app)

        clock.advance(4)
        await answer(pilot, correct=True)  # 4 of 20 seconds: 1000 * (1 - 0.2 / 2)
        assert screen.session.score == 900
        assert "+900 points, answered in 4.0s" in screen_text(app)
        assert "Score 900  ·  Streak 1" in screen_text(app)

        await next_question(pilot)
        clock.advance(16)
        await until(pilot, lambda: countdown.has_class("-urgent"))
        assert "4s left!" in screen_text(app)  # urgent in words, not only in colour

        clock.advance(5)  # the countdown's own timer notices the time is up
        await until(pilot, lambda: screen.session.result is not None)
        await pilot.pause()
        result = screen.session.result
        assert result is not None and result.timed_out and result.points == 0
        text = screen_text(app)
        assert "✗ Time's up." in text and "time's up" in text
        assert "← correct answer" in text
        assert "Score 900  ·  Streak 0" in text
        await pilot.press(right_key(app))  # too late: the question is already over
        assert screen.session.score == 900

        await next_question(pilot)
        clock.advance(1)
        await answer(pilot, correct=False)
        await next_question(pilot)

        summary = results_screen(pilot).summary
        assert summary.score == 900
        assert [r.timed_out for r in summary.results] == [False, True, False]
        assert "time ran out" in screen_text(app)


async def test_review_plays_the_missed_question_first(quiz_app: AppFactory, data_dir: Path) -> None:
    practice = quiz_app(count=3, start=True)
    async with practice.run_test(size=SIZE) as pilot:
        await ready(pilot)
        missed = question_screen(practice).session.current
        assert missed is not None
        await answer(pilot, correct=False)
        for _ in range(2):
            await next_question(pilot)
            await answer(pilot, correct=True)
        await next_question(pilot)
        results_screen(pilot)
        await settle(pilot)  # the review boxes are written in a worker
    assert ScoreStore.open(data_dir).review_boxes()[missed.id] == 0

    review = quiz_app(count=3)
    async with review.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert "1 missed question first" in screen_text(review)
        await pilot.press("r")
        await ready(pilot)
        session = question_screen(review).session
        assert session.settings.mode == "review"
        assert session.current is not None and session.current.id == missed.id
        for _ in range(3):
            await answer(pilot, correct=True)
            await next_question(pilot)
        summary = results_screen(pilot).summary
        assert (summary.mode, summary.score, summary.correct) == ("review", 300, 3)
        await settle(pilot)
    assert ScoreStore.open(data_dir).review_boxes()[missed.id] == 1


async def test_quitting_mid_game_asks_first(quiz_app: AppFactory, data_dir: Path) -> None:
    app = quiz_app(count=3, start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        first = question_screen(app).session.current

        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Quit article-quiz?" in screen_text(app)
        await pilot.press("n")  # keep playing: the same question, still open
        await pilot.pause()
        assert question_screen(app).session.current is first
        assert question_screen(app).session.result is None

        await pilot.press("escape")  # leave the game, back home
        await pilot.pause()
        assert "Leave this game?" in screen_text(app)
        await pilot.press("enter")  # Enter is "Keep playing": it never loses a game
        await pilot.pause()
        question_screen(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)

        await pilot.press("c")  # a challenge this time, then quit from inside it
        await ready(pilot)
        question_screen(app)
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0
    assert not ScoreStore.open(data_dir).recent_games()


async def test_saving_a_high_score(quiz_app: AppFactory, data_dir: Path) -> None:
    app = quiz_app(count=3, start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for _ in range(3):
            await answer(pilot, correct=True)
            await next_question(pilot)
        results = results_screen(pilot)
        name = results.query_one("#name", Input)
        assert name.has_focus and name.value == ""
        await pilot.press("enter")  # no name yet: nothing saved, and it says why
        await pilot.pause()
        assert "Type a name first" in screen_text(app)
        await pilot.press(*"Ada [b]")
        await pilot.press("enter")
        await settle(pilot)
        assert results.game_id is not None
        assert "Saved for Ada [b], #1 for this question set." in screen_text(app)

        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, HighScoresScreen)
        assert "▶1  Ada [b]" in screen_text(app)

    with sqlite3.connect(data_dir / DB_NAME) as conn:
        rows = conn.execute(
            "SELECT player, mode, question_set, seed, score, correct, total, planned,"
            " best_streak, finished_at FROM games"
        ).fetchall()
        answers = conn.execute("SELECT COUNT(*), SUM(correct) FROM answers").fetchone()
    assert rows == [("Ada [b]", "practice", "count=3", SEED, 300, 3, 3, 3, 3, NOW.isoformat())]
    assert answers == (3, 3)

    again = quiz_app(count=3, start=True)  # the name is remembered for the next game
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for _ in range(3):
            await answer(pilot, correct=False)
            await next_question(pilot)
        assert results_screen(pilot).query_one("#name", Input).value == "Ada [b]"


async def test_clicking_an_option_answers_it(quiz_app: AppFactory) -> None:
    app = quiz_app(count=3, start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        index = int(right_key(app))
        await pilot.click(f"#option-{index}")
        await pilot.pause()
        result = question_screen(app).session.result
        assert result is not None and result.correct
        await pilot.click("#option-1")  # clicks after the reveal change nothing
        await pilot.pause()
        assert question_screen(app).session.score == 100


async def test_help_lists_the_keys(quiz_app: AppFactory) -> None:
    app = quiz_app(count=3)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert "1 2 3 4" in screen_text(app) and "Ctrl+Q" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_quick_start_waits_for_a_bank_loading_in_a_thread(quiz_app: AppFactory) -> None:
    """``quiz play`` hands over a bank still loading: the loading screen, then the game."""
    from quiz.ui.app import make_app
    from quiz.ui.source import LoadInBackground, load
    from tests.ui.conftest import BANK, SEEDS

    release = asyncio.Event()
    loop = asyncio.get_running_loop()

    def slow_load():
        asyncio.run_coroutine_threadsafe(release.wait(), loop).result(timeout=10)
        return load([BANK], SEEDS, None)

    source = LoadInBackground(slow_load)
    app = make_app(source=source, start=True, seed=SEED, steady=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Loading the questions" in screen_text(app)
        release.set()
        await until(pilot, lambda: app.loaded is not None)
        await pilot.pause()
        question_screen(app)
