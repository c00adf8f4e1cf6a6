"""The screen beneath all others: it says "loading" while a large bank loads in its thread, and is
left empty (nothing to compose, nothing to draw) when the bank is already in."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from quiz.ui.screens.base import QuizScreen


class LoadingScreen(QuizScreen[None]):
    STYLESHEET = None  # app.tcss styles it: the first frame of a game parses nothing more

    def __init__(self, *, waiting: bool) -> None:
        super().__init__()
        self._waiting = waiting

    def compose_body(self) -> ComposeResult:
        if self._waiting:
            from textual.widgets import Header  # only a slow load shows it: not on the fast path

            yield Header()
            yield Static("Loading the questions and their articles…", id="loading", markup=False)
