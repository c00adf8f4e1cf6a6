"""Progress: points and accuracy over the last games, how well each article and tag goes, and
the questions missed most, from the score history (``quiz stats`` prints the same)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Label, ProgressBar, Sparkline, Static

from quiz.game.scores import Tally, tally_by
from quiz.model import Question
from quiz.ui.formatting import plural, points
from quiz.ui.screens.base import QuizScreen

ROWS = 4  # per table: the most answered articles and tags
MISSED = 3
GAMES = 60  # the charts' span: the last games


class TallyRow(Horizontal):
    """A name, a bar of the share answered right, and the count: "Title ████░░ 67% 8/12"."""

    DEFAULT_CLASSES = "tally-row"

    def __init__(self, name: str, tally: Tally) -> None:
        super().__init__()
        self._label = name
        self._tally = tally

    def compose(self) -> ComposeResult:
        yield Label(Content(self._label), classes="tally-name")
        yield ProgressBar(total=self._tally.answered, show_eta=False)
        yield Label(f"{self._tally.correct}/{self._tally.answered}", classes="tally-count")

    def on_mount(self) -> None:
        self.query_one(ProgressBar).update(progress=self._tally.correct)


class ProgressScreen(QuizScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "back", "Back", key_display="Esc"),
    ]

    def compose_body(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="progress-body"):
            yield from self._charts()
        yield Footer()

    def _charts(self) -> ComposeResult:
        loaded = self.quiz.loaded
        assert loaded is not None
        store = self.quiz.store
        games = store.progress(GAMES)
        if not games:
            yield Static(
                "No games played yet: play one from home, and your progress shows here.",
                id="progress-totals",
                markup=False,
            )
            return
        articles = store.by_article()
        answered = sum(t.answered for t in articles)
        right = sum(t.correct for t in articles)
        earned = sum(t.points for t in articles)
        share = f"{right / answered:.0%}" if answered else "-"
        yield Static(
            f"{plural(len(games), 'game')}, {plural(answered, 'answer')}, {right} right "
            f"({share}), {points(earned)} points",
            id="progress-totals",
            markup=False,
        )
        with Horizontal(classes="progress-chart"):
            yield Label("Points per game")
            yield Sparkline([float(g.score) for g in games], id="points-chart")
        with Horizontal(classes="progress-chart"):
            yield Label("Right per game")
            yield Sparkline([100 * g.accuracy for g in games], id="accuracy-chart")
        questions = loaded.bank.by_id()
        tags = tally_by(store.by_question(), {q.id: q.tags for q in questions.values()})
        with Horizontal(classes="progress-columns"):
            with Vertical():
                yield Static("By article", classes="progress-heading")
                for tally in articles[:ROWS]:
                    article = loaded.library.get(tally.key)
                    yield TallyRow(article.title if article else tally.key, tally)
            with Vertical():
                yield Static("By tag", classes="progress-heading")
                for tally in tags[:ROWS]:
                    yield TallyRow(tally.key, tally)
                if not tags:
                    yield Static("No tagged question played yet.", markup=False)
        yield Static("Missed most", classes="progress-heading")
        yield from _missed_rows(store.most_missed(MISSED), questions)

    def on_mount(self) -> None:
        self.sub_title = "Progress"

    def action_back(self) -> None:
        self.dismiss()


def _missed_rows(missed: Sequence[Tally], questions: dict[str, Question]) -> list[Static]:
    if not missed:
        return [Static("Nothing missed yet.", markup=False)]
    rows = []
    for tally in missed:
        question = questions.get(tally.key)
        text = question.question if question is not None else tally.key
        rows.append(
            Static(
                Content.assemble(
                    (f"✗ {tally.missed} of {tally.answered}  ", "bold $text-error"), text
                ),
                classes="missed-row",
            )
        )
    return rows
