"""Pictures of every screen at 80x24 (pytest-textual-snapshot), on the fixture bank with a fixed
seed, a fake clock and a fixed "now". Update them with ``pytest tests/ui --snapshot-update`` and
look at the report before committing."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual.pilot import Pilot

from tests.ui.conftest import (
    BANK,
    BROKEN,
    SIZE,
    AppFactory,
    FakeClock,
    question_screen,
    ready,
    right_key,
    settle,
    wrong_key,
)

Snap = Any  # the snap_compare fixture


async def answer_all(pilot: Pilot[Any], *correct: bool) -> None:
    await ready(pilot)
    for right in correct:
        await pilot.press(right_key(pilot.app) if right else wrong_key(pilot.app))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()


class TestHome:
    def test_home(self, snap_compare: Snap, quiz_app: AppFactory) -> None:
        assert snap_compare(quiz_app(count=5), terminal_size=SIZE, run_before=ready)

    def test_help(self, snap_compare: Snap, quiz_app: AppFactory) -> None:
        async def keys(pilot: Pilot[Any]) -> None:
            await ready(pilot)
            await pilot.press("question_mark")

        assert snap_compare(quiz_app(count=5), terminal_size=SIZE, run_before=keys)

    def test_problems_notice(self, snap_compare: Snap, quiz_app: AppFactory) -> None:
        app = quiz_app(bank=[BANK, BROKEN], count=5)
        assert snap_compare(app, terminal_size=SIZE, run_before=ready)

    def test_too_small(self, snap_compare: Snap, quiz_app: AppFactory) -> None:
        assert snap_compare(quiz_app(count=5), terminal_size=(56, 18), run_before=ready)


class TestCompact:
    """The smallest terminal the game plays in: 60x20."""

    def test_home(self, snap_compare: Snap, quiz_app: AppFactory) -> None:
        assert snap_compare(quiz_app(count=5), terminal_size=(60, 20), run_before=ready)

    def test_after_a_wrong_answer(self, snap_compare: Snap, quiz_app: AppFactory) -> None:
        async def wrong(pilot: Pilot[Any]) -> None:
            await ready(pilot)
            await pilot.press(wrong_key(pilot.app))

        app = quiz_app(mode="challenge", count=3, start=True)
        assert snap_compare(app, terminal_size=(60, 20), run_before=wrong)


class TestPractice:
    def test_question(self, snap_compare: Snap, quiz_app: AppFactory) -> None:
        async def highlight(pilot: Pilot[Any]) -> None:
            await ready(pilot)
            await pilot.press("down", "down")  # the arrows' highlight on the second option

        app = quiz_app(count=3, start=True)
        assert snap_compare(app, terminal_size=SIZE, run_before=highlight)

    def test_after_a_wrong_answer(self, snap_compare: Snap, quiz_app: AppFactory) -> None:
        async def wrong(pilot: Pilot[Any]) -> None:
            await ready(pilot)
            await pilot.press(wrong_key(pilot.app))

        app = quiz_app(count=3, start=True)
        assert snap_compare(app, terminal_size=SIZE, run_before=wrong)

    def test_confirm_quit(self, snap_compare: Snap, quiz_app: AppFactory) -> None:
        async def quit_(pilot: Pilot[Any]) -> None:
            await ready(pilot)
            await pilot.press("ctrl+q")

        app = quiz_app(count=3, start=True)
        assert snap_compare(app, terminal_size=SIZE, run_before=quit_)

    def test_results(self, snap_compare: Snap, quiz_app: AppFactory) -> None:
        async def play(pilot: Pilot[Any]) -> None:
            await answer_all(pilot, True, False, True)

        app = quiz_app(count=3, start=True)
        assert snap_compare(app, terminal_size=SIZE, run_before=play)


def _after(clock: FakeClock, seconds: float) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Run before a snapshot: the first question up, then ``seconds`` on its countdown."""

    async def wait(pilot: Pilot[Any]) -> None:
        await ready(pilot)
        clock.advance(seconds)
        question_screen(pilot.app).tick()

    return wait


class TestChallenge:
    def test_question(self, snap_compare: Snap, quiz_app: AppFactory, clock: FakeClock) -> None:
        app = quiz_app(mode="challenge", count=3, start=True)
        assert snap_compare(app, terminal_size=SIZE, run_before=_after(clock, 7.2))

    def test_urgent(self, snap_compare: Snap, quiz_app: AppFactory, clock: FakeClock) -> None:
        app = quiz_app(mode="challenge", count=3, start=True)
        assert snap_compare(app, terminal_size=SIZE, run_before=_after(clock, 16.5))

    def test_after_a_right_answer(
        self, snap_compare: Snap, quiz_app: AppFactory, clock: FakeClock
    ) -> None:
        async def right(pilot: Pilot[Any]) -> None:
            await answer_all(pilot, True)  # a streak, for the bonus on the next one
            clock.advance(3)
            await pilot.press(right_key(pilot.app))

        app = quiz_app(mode="challenge", count=3, start=True)
        assert snap_compare(app, terminal_size=SIZE, run_before=right)

    def test_timeout(self, snap_compare: Snap, quiz_app: AppFactory, clock: FakeClock) -> None:
        app = quiz_app(mode="challenge", count=3, start=True)
        assert snap_compare(app, terminal_size=SIZE, run_before=_after(clock, 21))

    def test_high_scores(self, snap_compare: Snap, quiz_app: AppFactory, clock: FakeClock) -> None:
        async def save(pilot: Pilot[Any]) -> None:
            await ready(pilot)
            for seconds in (2, 5, 9):
                clock.advance(seconds)
                await pilot.press(right_key(pilot.app))
                await pilot.pause()
                await pilot.press("enter")
                await pilot.pause()
            await pilot.press(*"Ada", "enter")
            await settle(pilot)
            await pilot.press("s")

        app = quiz_app(mode="challenge", count=3, start=True)
        assert snap_compare(app, terminal_size=SIZE, run_before=save)
