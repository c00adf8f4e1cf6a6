"""What every screen shares: the too-small notice, and typed access to the app."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from textual.app import ComposeResult
from textual.screen import ModalScreen, Screen

from quiz.ui.widgets.too_small import TooSmall

if TYPE_CHECKING:
    from quiz.ui.app import QuizApp

ResultType = TypeVar("ResultType")


class QuizScreen(Screen[ResultType]):
    """A screen whose content hides behind a plain notice when the terminal is too small."""

    def compose(self) -> ComposeResult:
        yield TooSmall()
        yield from self.compose_body()

    def compose_body(self) -> ComposeResult:
        yield from ()

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)


class QuizModal(ModalScreen[ResultType]):
    """A dialog that, like the full screens, gives way to the too-small notice."""

    def compose(self) -> ComposeResult:
        yield TooSmall()
        yield from self.compose_body()

    def compose_body(self) -> ComposeResult:
        yield from ()

    @property
    def quiz(self) -> QuizApp:
        return cast("QuizApp", self.app)
