"""The high-score tables, one per mode; scores compare only within the same question set."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Footer, Header, Static, TabbedContent, TabPane

from quiz.game.scores import HighScore
from quiz.game.session import Mode
from quiz.ui.formatting import mode_name, points, question_set_label
from quiz.ui.screens.base import QuizScreen

COLUMNS = ("#", "Player", "Score", "Right", "Question set", "When")


class HighScoresScreen(QuizScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "show('practice')", "Practice"),
        Binding("c", "show('challenge')", "Challenge"),
        Binding("r", "show('review')", "Review"),
        Binding("escape,q", "close", "Back", key_display="Esc"),
    ]

    def __init__(self, mode: Mode = Mode.CHALLENGE, highlight: int | None = None) -> None:
        super().__init__()
        self._mode = mode
        self._highlight = highlight

    def compose_body(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial=f"tab-{self._mode}", id="tables"):
            for mode in Mode:
                with TabPane(mode_name(mode), id=f"tab-{mode}"):
                    rows = self.quiz.store.high_scores(mode)
                    if rows:
                        yield self._table(mode, rows)
                    else:
                        yield Static(
                            f"No {mode_name(mode).lower()} games saved yet.",
                            classes="empty",
                            markup=False,
                        )
        yield Footer()

    def _table(self, mode: Mode, rows: list[HighScore]) -> DataTable[Text]:
        table: DataTable[Text] = DataTable(
            id=f"table-{mode}", cursor_type="none", zebra_stripes=True
        )
        table.can_focus = False  # the tabs keep the focus, so the arrows switch modes
        table.add_columns(*COLUMNS)
        for row in rows:
            mine = row.game_id == self._highlight
            table.add_row(
                Text(f"{'▶' if mine else ' '}{row.rank}", justify="right"),
                Text(row.player, style="bold" if mine else ""),
                Text(points(row.score), justify="right"),
                Text(f"{row.correct}/{row.total}", justify="right"),
                Text(question_set_label(row.question_set)),
                Text(f"{row.finished_at:%Y-%m-%d %H:%M}"),
                key=str(row.game_id),
            )
        return table

    def on_mount(self) -> None:
        self.sub_title = "High scores"

    def action_show(self, mode: str) -> None:
        self.query_one(TabbedContent).active = f"tab-{mode}"

    def action_close(self) -> None:
        self.dismiss()
