"""Covers a screen when the terminal is smaller than the game needs, and says so plainly."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

MIN_WIDTH = 60
MIN_HEIGHT = 20
# Below the full layout's size (and down to the minimum) the screens drop margins and the intro.
FULL_WIDTH = 80
FULL_HEIGHT = 24


def is_too_small(width: int, height: int) -> bool:
    return width < MIN_WIDTH or height < MIN_HEIGHT


def is_compact(width: int, height: int) -> bool:
    return width < FULL_WIDTH or height < FULL_HEIGHT


class TooSmall(Static):
    def render(self) -> Content:
        width, height = self.app.size
        in_game = getattr(self.app, "in_game", lambda: False)()
        return Content.assemble(
            ("The terminal is too small\n\n", "bold"),
            f"It is {width}×{height}; article-quiz needs at least {MIN_WIDTH}×{MIN_HEIGHT}.\n",
            "Make the window bigger (or the font smaller) to go on.",
            "\nThe game waits: a timed question's clock is paused." if in_game else "",
        )
