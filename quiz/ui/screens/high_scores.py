"""The high-score tables, one per mode; scores compare only within the same question set."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import DataTable, Footer, Header, Static, TabbedContent, TabPane

from quiz.game.scores import HighScore
from quiz.game.session import Mode
from quiz.text import printable
from quiz.ui.formatting import mode_name, points, question_set_label
from quiz.ui.screens.base import QuizScreen

COLUMNS = ("#", "Player", "Score", "Right", "When")


class HighScoresScreen(QuizScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        # The keys switch the tables (they start no game): one footer entry says so.
        Binding("p", "show('practice')", "Tables", key_display="p c r"),
        Binding("c", "show('challenge')", "Challenge table", show=False),
        Binding("r", "show('review')", "Review table", show=False),
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
                    if not rows:
                        yield Static(
                            f"No {mode_name(mode).lower()} games saved yet.",
                            classes="empty",
                            markup=False,
                        )
                        continue
                    with VerticalScroll(classes="scores"):
                        yield Static(
                            "Each question set is ranked on its own: the same number of "
                            "questions, articles, tags, difficulty and time.",
                            classes="scores-note",
                            markup=False,
                        )
                        sets: dict[str, list[HighScore]] = {}
                        for row in rows:
                            sets.setdefault(row.question_set, []).append(row)
                        for number, (question_set, ranked) in enumerate(sets.items()):
                            yield Static(
                                Content(question_set_label(question_set)),
                                classes="question-set",
                            )
                            yield self._table(mode, number, ranked)
        yield Footer()

    def _table(self, mode: Mode, number: int, rows: list[HighScore]) -> DataTable[Text]:
        table: DataTable[Text] = DataTable(
            id=f"table-{mode}-{number}", cursor_type="none", zebra_stripes=True
        )
        table.can_focus = False  # the tabs keep the focus, so the arrows switch modes
        table.add_columns(*COLUMNS)
        for row in rows:
            mine = row.game_id == self._highlight
            table.add_row(
                Text(f"{'▶' if mine else ' '}{row.rank}", justify="right"),
                Text(printable(row.player, keep=""), style="bold" if mine else ""),
                Text(points(row.score), justify="right"),
                Text(f"{row.correct}/{row.total}", justify="right"),
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
