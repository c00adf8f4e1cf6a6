"""Fixtures that make UI tests repeatable: a small fixed bank, a fake clock, a private data dir.

Every app is built with ``steady=True`` (no animation, no blinking cursor) and a fixed seed, and
no test ever touches the player's real data directory.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from textual.pilot import Pilot

from quiz import paths
from quiz.game.session import Settings
from quiz.ui.app import QuizApp, make_app
from quiz.ui.screens.home import HomeScreen
from quiz.ui.screens.question import QuestionScreen
from tests.conftest import FakeClock

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BANK = HERE / "fixtures" / "bank"
BROKEN = HERE / "fixtures" / "broken.yaml"
SEEDS = ROOT / "seeds"
SEED = 7
SIZE = (80, 24)
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)  # when every saved test game finished

DEFENDER = "000_dddf75139d7994c9"  # the fixture bank's article with three questions
NZ = "001_aec933e9345f55ff"
DB5S = "002_bfeeb16b50e5a49f"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even an app built without ``data_dir`` writes under the test's own folder."""
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env-data"))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


AppFactory = Callable[..., QuizApp]


@pytest.fixture
def quiz_app(clock: FakeClock, data_dir: Path) -> AppFactory:
    """``quiz_app(count=3, mode=..., start=True, bank=[...])``: the game on the fixture bank."""

    def build(
        *,
        bank: list[Path] | None = None,
        start: bool = False,
        seed: int | None = SEED,
        **settings: Any,
    ) -> QuizApp:
        return record_notices(
            make_app(
                bank or [BANK],
                SEEDS,
                data_dir,
                settings=Settings(**settings),
                start=start,
                seed=seed,
                clock=clock,
                now=lambda: NOW,
                steady=True,
            )
        )

    return build


class _Recorder:
    """``notify`` as the app has it, keeping each message shown."""

    def __init__(self, notify: Callable[..., None]) -> None:
        self.shown = notify
        self.seen: list[str] = []

    def __call__(self, message: str, *args: Any, **kwargs: Any) -> None:
        self.seen.append(str(message))
        self.shown(message, *args, **kwargs)


def record_notices(app: QuizApp) -> QuizApp:
    """Keep the message of every notice ``app`` shows (through its public ``notify``)."""
    app.notify = _Recorder(app.notify)  # type: ignore[method-assign]
    return app


def notices(app: QuizApp) -> list[str]:
    """The messages of the notices shown so far by an app built with ``record_notices``."""
    # Not isinstance: pytest may import this module twice (as conftest and tests.ui.conftest).
    seen = getattr(app.notify, "seen", None)
    assert isinstance(seen, list), "build the app with record_notices()"
    return list(seen)


async def ready(pilot: Pilot[Any], seconds: float = 10.0) -> None:
    """Wait until the first real screen is up and, in a game, its options are on screen (the
    first question's options are prepared in a thread)."""
    await pilot.pause()
    assert pilot.app.loaded is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        screen = pilot.app.screen
        if not isinstance(screen, QuestionScreen) or screen.asking:
            return
        await pilot.pause(0.01)
    raise AssertionError("the first question's options never came")


async def settle(pilot: Pilot[Any]) -> None:
    """Let workers (saving, review updates) finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def question_screen(app: QuizApp) -> QuestionScreen:
    screen = app.screen
    assert isinstance(screen, QuestionScreen), f"expected a question, got {screen!r}"
    return screen


def right_key(app: QuizApp) -> str:
    """The key of the right option on screen (the test peeks; the player cannot)."""
    session = question_screen(app).session
    assert session.current is not None
    return str(session.options().index(session.current.answer) + 1)


def wrong_key(app: QuizApp) -> str:
    return "1" if right_key(app) != "1" else "2"


def on_home(app: QuizApp) -> bool:
    return isinstance(app.screen, HomeScreen)


_RUN = re.compile(
    r'<text class="[^"]*" x="(?P<x>[\d.]+)" y="[\d.]+" textLength="[\d.]+" '
    r'clip-path="url\(#[\w-]+-line-(?P<line>\d+)\)">(?P<text>[^<]*)</text>'
)
_CELL = 12.2  # the width of one cell in Rich's SVG export


def screen_text(app: QuizApp) -> str:
    """What the terminal shows, as plain text (characters only, no colours).

    Read from ``App.export_screenshot()`` (public API): each run of text sits at its cell's x,
    and Rich writes every space as a no-break space.
    """
    rows: dict[int, list[str]] = {}
    for run in _RUN.finditer(app.export_screenshot()):
        row = rows.setdefault(int(run["line"]), [])
        column = round(float(run["x"]) / _CELL)
        used = cell_len("".join(row))
        row.append(" " * max(0, column - used) + html.unescape(run["text"]).replace("\xa0", " "))
    width, height = app.size
    return "\n".join("".join(rows.get(line, [])).ljust(width) for line in range(height))
