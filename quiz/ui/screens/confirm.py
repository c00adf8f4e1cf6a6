"""A yes/no question over the current screen; "no" is the default, so Enter never loses a game."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Button, Static

from quiz.ui.screens.base import QuizModal


class ConfirmScreen(QuizModal[bool]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", show=False),
        Binding("n,escape", "answer(False)", "No", show=False),
    ]

    def __init__(self, title: str, message: str, *, yes: str, no: str) -> None:
        super().__init__()
        self._title = title
        self._message = message
        self._yes = yes
        self._no = no

    def compose_body(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static(Content.styled(self._title, "bold"), classes="dialog-title")
            yield Static(Content(self._message), classes="dialog-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button(Content(f"{self._yes} (y)"), variant="error", id="yes")
                yield Button(Content(f"{self._no} (n)"), variant="primary", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
