"""Progress, score and streak along the top of the question screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from quiz.ui.formatting import points


class Scoreboard(Horizontal):
    def compose(self) -> ComposeResult:
        yield Static(id="progress", markup=False)
        yield Static(id="score", markup=False)

    def set_state(self, number: int, total: int, score: int, streak: int) -> None:
        self.query_one("#progress", Static).update(f"Question {number} of {total}")
        self.query_one("#score", Static).update(f"Score {points(score)}   Streak {streak}")
