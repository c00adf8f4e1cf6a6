"""The notice of problems found in the bank at start: which files, how many, the first few."""

from __future__ import annotations

from collections import defaultdict
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Static

from quiz.model import Problem
from quiz.text import printable
from quiz.ui.formatting import plural
from quiz.ui.screens.base import QuizModal

PER_FILE = 3  # the first problems of each file are listed; `quiz check` lists them all


def problems_content(problems: list[Problem], playable: int) -> Content:
    """Each file with its count, then its first problems by line and column."""
    by_file: dict[str, list[Problem]] = defaultdict(list)
    for problem in problems:
        by_file[problem.path].append(problem)
    plays = (
        f"the {plural(playable, 'valid question')} will play."
        if playable
        else "no question can be played."
    )
    lines: list[Content] = [
        Content(f"{plural(len(problems), 'problem')} in {plural(len(by_file), 'file')}; {plays}")
    ]
    for path, found in sorted(by_file.items()):
        lines.append(Content(""))
        count = f"  {plural(len(found), 'problem')}"
        lines.append(Content.assemble((printable(path, keep=""), "bold"), count))
        for problem in found[:PER_FILE]:
            lines.append(
                Content.assemble(
                    (f"  {problem.line}:{problem.col}".ljust(9), "$text-muted"),
                    printable(problem.message, keep=""),
                )
            )
        if len(found) > PER_FILE:
            lines.append(Content.styled(f"  … and {len(found) - PER_FILE} more", "$text-muted"))
    lines.append(Content(""))
    lines.append(Content("`quiz check` lists every problem with its file, line and column."))
    return Content("\n").join(lines)


class ProblemsScreen(QuizModal[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,enter,space", "close", "Close")]

    def __init__(self, problems: list[Problem], playable: int) -> None:
        super().__init__()
        self._problems = problems
        self._playable = playable

    def compose_body(self) -> ComposeResult:
        with Vertical(id="problems", classes="dialog"):
            yield Static(
                Content.styled("Problems in the question bank", "bold"), classes="dialog-title"
            )
            with VerticalScroll(id="problems-list"):
                yield Static(problems_content(self._problems, self._playable))
            label = "Play the valid questions" if self._playable else "Close"
            yield Button(Content(label), variant="primary", id="ok")

    def on_mount(self) -> None:
        self.query_one("#ok", Button).focus()

    def on_button_pressed(self) -> None:
        self.dismiss()

    def action_close(self) -> None:
        self.dismiss()
