"""The options of one question, keyed 1-4, picked with the arrows and Enter, or clicked; it reports
a choice and never grades."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from quiz.game.session import AnswerResult
from quiz.text import printable


class AnswerOption(Static):
    """One option: its key, its text (never markup) and, once revealed, a ✓ or ✗ and a note."""

    def __init__(self, index: int, text: str) -> None:
        super().__init__(id=f"option-{index + 1}", classes="answer-option")
        self.index = index
        self.text = text
        self.mark = " "
        self.note = ""
        self.update(self._content())

    def _content(self) -> Content:
        parts: list[str | tuple[str, str]] = [
            (f"{self.mark} ", "bold"),
            (f" {self.index + 1} ", "bold reverse"),
            "  ",
            printable(self.text),  # text from a file: shown, never sent to the terminal
        ]
        if self.note:
            parts.append((f"  ← {self.note}", "italic"))
        return Content.assemble(*parts)

    def reveal(self, mark: str, note: str, *classes: str) -> None:
        self.mark = mark
        self.note = note
        self.remove_class("-highlighted")
        self.add_class(*classes)
        self.update(self._content())

    def set_mark(self, mark: str) -> None:
        """The arrow's pointer (›), so the highlight is not told by colour alone."""
        self.mark = mark
        self.update(self._content())

    def on_click(self) -> None:
        self.post_message(AnswerList.Chosen(self.index))


class AnswerList(Vertical):
    """The options in order; ``reveal`` marks the chosen and the right one, not by colour alone."""

    class Chosen(Message):
        """The player picked option ``index`` (0-based) by key or by click."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, options: list[str] | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.options = list(options or [])
        self.revealed = False
        self.highlighted: int | None = None  # the option the arrow keys are on; Enter picks it

    def move(self, step: int) -> None:
        """Move the highlight (the arrow keys): from nothing, down starts at the first option
        and up at the last."""
        if self.revealed or not self.options:
            return
        if self.highlighted is None:
            self.highlighted = 0 if step > 0 else len(self.options) - 1
        else:
            self.highlighted = (self.highlighted + step) % len(self.options)
        for option in self.query(AnswerOption):
            option.set_class(option.index == self.highlighted, "-highlighted")
            option.set_mark("›" if option.index == self.highlighted else " ")

    def compose(self) -> ComposeResult:
        for index, text in enumerate(self.options):
            yield AnswerOption(index, text)

    async def show(self, options: list[str]) -> None:
        self.options = list(options)
        self.revealed = False
        self.highlighted = None
        self.remove_class("-revealed")
        await self.recompose()

    def on_answer_list_chosen(self, event: Chosen) -> None:
        if self.revealed:
            event.stop()  # a click after the reveal means nothing

    def reveal(self, result: AnswerResult) -> None:
        self.revealed = True
        self.add_class("-revealed")
        for option in self.query(AnswerOption):
            if option.index == result.correct_index:
                note = "your answer, correct" if result.correct else "correct answer"
                option.reveal("✓", note, "-correct")
            elif option.index == result.chosen:
                option.reveal("✗", "your answer", "-wrong")
            else:
                option.reveal(" ", "", "-other")
