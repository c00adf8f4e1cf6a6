"""The keys, for `?`: every screen's keys on one card."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from quiz.ui.screens.base import QuizModal

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Home",
        (
            ("p / c / r", "practice, timed challenge, review mistakes"),
            ("Tab, arrows", "how many, how hard, which articles (Space ticks)"),
            ("s", "high scores"),
            ("g / d", "your progress, review generated drafts"),
            ("q", "quit"),
        ),
    ),
    (
        "Question",
        (
            ("1 2 3 4", "answer (or click an option)"),
            ("↑ ↓ Enter", "pick an option with the arrows, Enter answers"),
            ("Enter / Space", "next question, after the answer"),
            ("Esc / q", "leave the game (asks first)"),
        ),
    ),
    (
        "Results",
        (
            ("Enter", "save the score under the name typed"),
            ("↑ ↓ PgUp PgDn", "scroll the missed questions"),
            ("n / s / Esc", "play again, high scores, home"),
        ),
    ),
    (
        "Anywhere",
        (
            ("?", "these keys"),
            ("Ctrl+P", "command palette: new games, high scores, theme"),
            ("Ctrl+Q", "quit"),
        ),
    ),
)


def keys_content() -> Content:
    lines: list[Content] = []
    for section, keys in KEYS:
        lines.append(Content.styled(section, "bold $text-accent"))
        for key, meaning in keys:
            lines.append(Content.assemble("  ", (f"{key:<16}", "bold"), meaning))
    return Content("\n").join(lines)


class HelpScreen(QuizModal[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q,enter,space", "close", "Close")
    ]

    def compose_body(self) -> ComposeResult:
        with Vertical(id="help", classes="dialog"):
            yield Static(
                Content.assemble(("Keys", "bold"), ("   Esc or ? closes this card", "$text-muted")),
                classes="dialog-title",
            )
            yield VerticalScroll(Static(keys_content()), id="help-keys")

    def action_close(self) -> None:
        self.dismiss()
