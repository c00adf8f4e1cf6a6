"""The end of a game: the score and how it was made, what to read up on, and saving the score."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Footer, Header, Input, Label, Static

from quiz.game.session import AnswerResult, Settings, Summary, question_set_key
from quiz.text import printable
from quiz.ui.formatting import duration, mode_name, percent, plural, points, question_set_label
from quiz.ui.screens.base import QuizScreen
from quiz.ui.widgets.citation_card import quote_content

NAME_LENGTH = 24


def headline_content(summary: Summary, settings: Settings) -> Content:
    return Content.assemble(
        (f"{points(summary.score)} points", "bold $text-accent"),
        ("  ·  ", "$text-muted"),
        printable(
            f"{mode_name(summary.mode)}, "
            f"{question_set_label(question_set_key(settings, summary.planned))}"
        ),
    )


def stats_content(summary: Summary) -> Content:
    return Content.assemble(
        ("Right ", "$text-muted"),
        (f"{summary.correct} of {summary.total}", "bold"),
        f" ({percent(summary.accuracy)})",
        ("   Time ", "$text-muted"),
        (duration(summary.elapsed), "bold"),
        ("   Best streak ", "$text-muted"),
        (str(summary.best_streak), "bold"),
    )


def per_article_content(summary: Summary) -> Content:
    lines = []
    for article in summary.per_article:
        mark = "✓" if article.correct == article.total else " "
        lines.append(
            Content.assemble(
                (f"{mark} {article.correct}/{article.total}  ", "bold"),
                printable(article.title),
            )
        )
    return Content("\n").join(lines)


def missed_content(result: AnswerResult, chosen: str | None) -> Content:
    """One missed question: what was asked, the answer, what was picked, and where to read."""
    if result.timed_out:
        gave = "   time ran out"
    elif chosen is not None:
        gave = f"   you chose {printable(chosen)}"
    else:
        gave = ""
    quote = quote_content(result.citation)
    return Content("\n").join(
        [
            Content.assemble(
                ("✗ ", "bold $text-error"), (printable(result.question.question), "bold")
            ),
            Content.assemble(
                "Answer: ", (printable(result.correct_text), "bold"), (gave, "$text-muted")
            ),
            quote,
            Content.styled(printable(f"— {result.citation.label}"), "$text-muted"),
        ]
    )


class ResultsScreen(QuizScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "again", "Play again"),
        Binding("s", "high_scores", "High scores"),
        Binding("escape", "home", "Home", key_display="Esc"),
        Binding("up", "scroll('up')", "Scroll up", show=False),
        Binding("down", "scroll('down')", "Scroll down", show=False),
        Binding("pageup", "scroll('page_up')", "Page up", show=False),
        Binding("pagedown", "scroll('page_down')", "Page down", show=False),
    ]

    def __init__(
        self, summary: Summary, settings: Settings, chosen: Mapping[str, str] | None = None
    ) -> None:
        super().__init__()
        self.summary = summary
        self.settings = settings
        self.chosen = dict(chosen or {})  # question id -> the text of the option picked
        self.game_id: int | None = None

    def compose_body(self) -> ComposeResult:
        summary = self.summary
        yield Header()
        with VerticalScroll(id="results-body"):
            yield Static(headline_content(summary, self.settings), id="headline")
            yield Static(stats_content(summary), id="stats")
            yield Static("By article", classes="section", markup=False)
            yield Static(per_article_content(summary), id="per-article")
            if summary.missed:
                yield Static(
                    f"Missed: {plural(len(summary.missed), 'question')}, and where to read up",
                    classes="section",
                    markup=False,
                )
                for result in summary.missed:
                    yield Static(
                        missed_content(result, self.chosen.get(result.question.id)),
                        classes="missed",
                    )
            else:
                yield Static("Nothing missed: a perfect game.", classes="section", markup=False)
        with Horizontal(id="save-row"):
            yield Label("Your name", id="name-label")
            yield Input(
                placeholder="type a name to save the score",
                max_length=NAME_LENGTH,
                compact=True,
                id="name",
            )
            yield Button(Content("Save score"), id="save", variant="primary", compact=True)
        yield Static(id="save-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"{mode_name(self.summary.mode)}: results"
        name = self.query_one("#name", Input)
        name.cursor_blink = not self.quiz.steady
        store = self.quiz.store
        if not store.saving:
            name.disabled = True
            self.query_one("#save", Button).disabled = True
            self._status(store.warning or "Scores cannot be saved.")
            return
        name.value = printable(store.last_player() or "", keep="")
        name.focus()
        self._status("Type your name and press Enter to save the score (Esc: home, unsaved).")

    def _status(self, text: str) -> None:
        self.query_one("#save-status", Static).update(printable(text, keep=""))

    # --- saving ----------------------------------------------------------------------------

    @on(Input.Submitted, "#name")
    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        if self.game_id is not None:
            return
        player = printable(self.query_one("#name", Input).value, keep="").strip()
        if not player:
            self._status("Type a name first: it goes in the high-score table.")
            self.query_one("#name", Input).focus()
            return
        self.query_one("#name", Input).disabled = True
        self.query_one("#save", Button).disabled = True
        self._status("Saving…")
        self._save(player)

    @work(thread=True, group="save")
    def _save(self, player: str) -> None:
        store = self.quiz.store
        key = question_set_key(self.settings, self.summary.planned)
        game_id = store.save_game(self.summary, player, key, self.settings.seed, self.quiz.now())
        rank = None
        if game_id is not None:
            table = store.high_scores(self.summary.mode, limit=1000, question_set=key)
            rank = next((row.rank for row in table if row.game_id == game_id), None)
        self.app.call_from_thread(self._saved, player, game_id, rank)

    def _saved(self, player: str, game_id: int | None, rank: int | None) -> None:
        if game_id is None:
            self.query_one("#name", Input).disabled = False
            self.query_one("#save", Button).disabled = False
            self._status(self.quiz.store.warning or "The score was not saved.")
            return
        self.game_id = game_id
        where = f", #{rank} for this question set" if rank else ""
        self._status(f"Saved for {player}{where}.")
        self.set_focus(None)  # off the disabled name box, so n and s work at once

    def action_scroll(self, where: str) -> None:
        """The results scroll from the keyboard while the name box keeps the focus."""
        body = self.query_one("#results-body", VerticalScroll)
        getattr(body, f"scroll_{where}")(animate=False)

    # --- leaving ---------------------------------------------------------------------------

    def action_again(self) -> None:
        self.quiz.play_again(self.settings)

    def action_high_scores(self) -> None:
        self.quiz.show_high_scores(self.summary.mode, self.game_id)

    def action_home(self) -> None:
        self.quiz.go_home()
