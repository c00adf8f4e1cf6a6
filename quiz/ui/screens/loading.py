"""The first screen, shown for the moment the bank takes to load in its worker."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Header, Static

from quiz.ui.screens.base import QuizScreen


class LoadingScreen(QuizScreen[None]):
    def compose_body(self) -> ComposeResult:
        yield Header()
        yield Static("Loading the questions and their articles…", id="loading", markup=False)
