"""The challenge's countdown: a bar and the seconds left, urgent (in words too) near the end."""

from __future__ import annotations

import math

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

URGENT_SECONDS = 5.0


class Countdown(Widget):
    """Draws whatever ``left`` and ``limit`` say; the question screen's timer sets them."""

    left: reactive[float] = reactive(0.0)
    limit: reactive[float] = reactive(1.0)
    stopped: reactive[bool] = reactive(False)

    def set_time(self, left: float, limit: float) -> None:
        self.limit = limit
        self.left = left
        self.set_class(not self.stopped and left <= URGENT_SECONDS, "-urgent")

    def stop(self) -> None:
        self.stopped = True
        self.remove_class("-urgent")

    def restart(self, limit: float) -> None:
        self.stopped = False
        self.set_time(limit, limit)

    def render(self) -> Content:
        seconds = math.ceil(self.left)
        if self.left <= 0:
            label = "  time's up"
        elif not self.stopped and self.left <= URGENT_SECONDS:
            label = f" {seconds:>2}s left!"
        else:
            label = f" {seconds:>2}s left "
        width = max(0, self.size.width - len(label) - 1)
        fraction = 0.0 if self.limit <= 0 else max(0.0, min(1.0, self.left / self.limit))
        filled = round(width * fraction)
        return Content.assemble(
            "█" * filled,  # in the widget's colour, which the CSS turns urgent
            ("░" * (width - filled), "dim"),
            " ",
            (label, "bold"),
        )
