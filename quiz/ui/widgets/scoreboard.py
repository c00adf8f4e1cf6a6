"""The question screen's top line: the mode, progress, score and streak."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static

from quiz.ui.formatting import points


class Scoreboard(Horizontal):
    def __init__(self, mode: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode = mode

    def compose(self) -> ComposeResult:
        yield Static(id="progress")
        yield Static(id="score")

    def set_state(self, number: int, total: int, score: int, streak: int) -> None:
        self.query_one("#progress", Static).update(
            Content.assemble((self.mode, "bold"), f"  ·  Question {number} of {total}")
        )
        self.query_one("#score", Static).update(
            Content(f"Score {points(score)}  ·  Streak {streak}")
        )
