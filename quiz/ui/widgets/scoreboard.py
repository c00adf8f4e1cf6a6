"""The question screen's top line: the mode and progress on the left, score and streak on the right.

One widget drawing both ends of the line, not a row of two: it is on the first frame of every game,
where each widget less is a little less to mount, style and lay out.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from quiz.ui.formatting import points


class Scoreboard(Widget):
    def __init__(self, mode: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode = mode
        self.progress = Content()
        self.score = Content()

    def set_state(self, number: int, total: int, score: int, streak: int) -> None:
        self.progress = Content.assemble((self.mode, "bold"), f"  ·  Question {number} of {total}")
        self.score = Content.styled(
            f"Score {points(score)}  ·  Streak {streak}", "bold $text-accent"
        )
        self.refresh()

    def render(self) -> Content:
        width = self.size.width
        score = self.score.truncate(width)
        room = width - score.cell_length
        progress = self.progress.truncate(max(0, room - 1), ellipsis=True)
        return Content.assemble(progress, " " * (room - progress.cell_length), score)
