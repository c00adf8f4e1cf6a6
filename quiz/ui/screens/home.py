"""Home: pick a mode, how many questions, which articles and how hard; see the bank; quit."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import (
    Button,
    Footer,
    Header,
    Label,
    RadioButton,
    RadioSet,
    Select,
    SelectionList,
    Static,
)
from textual.widgets.selection_list import Selection

from quiz.game.session import Mode, Settings, select_questions
from quiz.text import printable
from quiz.ui.formatting import filter_label, plural
from quiz.ui.screens.base import QuizScreen
from quiz.ui.widgets import ArticleList

COUNTS: tuple[int | None, ...] = (5, 10, 20, None)  # None: every question that matches
DIFFICULTIES: tuple[str | None, ...] = (None, "easy", "medium", "hard")


class Choice(RadioButton):
    """A radio button whose dot shows only when chosen, so the choice is not told by colour."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return "●" if self.value else " "


def count_label(count: int | None) -> str:
    return "All" if count is None else str(count)


class HomeScreen(QuizScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "play('practice')", "Practice"),
        Binding("c", "play('challenge')", "Challenge"),
        Binding("r", "play('review')", "Review"),
        Binding("s", "high_scores", "High scores"),
        Binding("q", "app.quit", "Quit"),
        # Listed on the keys card (?): the footer has no room left for them at 80 columns.
        Binding("g", "progress", "Progress", show=False),
        Binding("d", "drafts", "Review drafts", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        counts = {count for count in COUNTS if count is not None}
        if self.quiz.settings.count is not None:  # a --count the buttons lack joins them
            counts.add(self.quiz.settings.count)
        self._counts: tuple[int | None, ...] = (*sorted(counts), None)

    def compose_body(self) -> ComposeResult:
        defaults = self.quiz.settings
        yield Header()
        with Vertical(id="home"):
            yield Static(
                "Questions from news articles: every answer shows the sentence that proves it.",
                id="intro",
                markup=False,
            )
            with Horizontal(id="modes"):
                for mode, label in (
                    (Mode.PRACTICE, "Practice"),
                    (Mode.CHALLENGE, "Timed challenge"),
                    (Mode.REVIEW, "Review mistakes"),
                ):
                    with Vertical(classes="mode"):
                        yield Button(
                            Content(label),
                            id=str(mode),
                            variant="primary" if mode is Mode.PRACTICE else "default",
                        )
                        yield Static(id=f"{mode}-hint", classes="mode-hint", markup=False)
            with Horizontal(classes="setting"):
                yield Label("Questions", classes="setting-label")
                with RadioSet(id="count"):
                    for count in self._counts:
                        yield Choice(count_label(count), value=count == defaults.count)
            with Horizontal(classes="setting"):
                yield Label("Difficulty", classes="setting-label")
                with RadioSet(id="difficulty"):
                    for difficulty in DIFFICULTIES:
                        label = (difficulty or "any").capitalize()
                        yield Choice(label, value=difficulty == defaults.difficulty)
            with Horizontal(classes="setting", id="tag-row"):
                yield Label("Tags", classes="setting-label")
                yield Select(
                    self._tag_choices(),
                    value=",".join(defaults.tags),
                    allow_blank=False,
                    compact=True,
                    id="tags",
                )
            yield ArticleList(*self._article_choices(), id="articles")
            yield Static(id="bank-info", markup=False)
        yield Footer()

    def _tag_choices(self) -> list[tuple[str, str]]:
        """"Any tag", then every tag of the bank with its questions; tags given together on
        the command line (``--tag a --tag b``: either will do) are one more choice."""
        loaded = self.quiz.loaded
        assert loaded is not None
        per_tag = Counter(tag for question in loaded.bank.questions for tag in question.tags)
        choices = [("Any tag", "")]
        choices += [
            (f"{printable(tag, keep='')} ({count})", tag) for tag, count in sorted(per_tag.items())
        ]
        given = self.quiz.settings.tags
        if len(given) > 1 or (given and given[0] not in per_tag):
            choices.append((printable(" or ".join(given), keep=""), ",".join(given)))
        return choices

    def _article_ids(self) -> list[str]:
        loaded = self.quiz.loaded
        assert loaded is not None
        return sorted({question.source.article for question in loaded.bank.questions})

    def _article_choices(self) -> list[Selection[str]]:
        wanted = set(self.quiz.settings.articles)
        choices: list[Selection[str]] = []
        for article_id in self._article_ids():
            ticked = not wanted or article_id in wanted
            choices.append(Selection(self._article_prompt(article_id, None), article_id, ticked))
        return choices

    def _article_prompt(self, article_id: str, settings: Settings | None) -> Content:
        """The article's title after how many of its questions the other choices (tags,
        difficulty) leave: the count first, so a long title is what gets cut at 80 columns."""
        loaded = self.quiz.loaded
        assert loaded is not None
        article = loaded.library.get(article_id)
        title = printable(article.title if article is not None else article_id, keep="")
        wanted_tags = set(settings.tags) if settings is not None else set()
        difficulty = settings.difficulty if settings is not None else None
        count = sum(
            1
            for q in loaded.bank.questions
            if q.source.article == article_id
            and (not wanted_tags or not wanted_tags.isdisjoint(q.tags))
            and (difficulty is None or q.difficulty == difficulty)
        )
        return Content.assemble((f"{count:>4}  ", "bold"), title)

    def on_mount(self) -> None:
        articles = self.query_one("#articles", SelectionList)
        articles.border_title = "Articles: questions, title (Space ticks)"
        self.query_one("#practice", Button).focus()
        self.refresh_choices()

    def on_screen_resume(self) -> None:
        self.refresh_choices()  # back from a game: the review count may have changed

    # --- the choices -----------------------------------------------------------------------

    def chosen_settings(self, mode: Mode) -> Settings:
        count_set = self.query_one("#count", RadioSet)
        difficulty_set = self.query_one("#difficulty", RadioSet)
        count_index = count_set.pressed_index
        difficulty_index = difficulty_set.pressed_index
        articles = self.query_one("#articles", SelectionList)
        selected = tuple(sorted(articles.selected))
        everything = len(selected) == articles.option_count
        tags = str(self.query_one("#tags", Select).value or "")
        return self.quiz.game_settings(
            mode,
            count=self._counts[count_index] if count_index >= 0 else self.quiz.settings.count,
            difficulty=DIFFICULTIES[difficulty_index] if difficulty_index >= 0 else None,
            articles=() if everything else selected,
            tags=tuple(tags.split(",")) if tags else (),
        )

    @on(RadioSet.Changed)
    @on(SelectionList.SelectedChanged)
    @on(Select.Changed)
    def refresh_choices(self) -> None:
        loaded = self.quiz.loaded
        assert loaded is not None
        settings = self.chosen_settings(Mode.PRACTICE)
        articles = self.query_one("#articles", SelectionList)
        for index, article_id in enumerate(self._article_ids()):
            prompt = self._article_prompt(article_id, settings)
            articles.replace_option_prompt_at_index(index, prompt)
        info = (
            f"Bank: {plural(len(loaded.bank.questions), 'question')} from "
            f"{plural(len(loaded.library.articles), 'article')} in "
            f"{plural(len(loaded.bank.files), 'file')}."
        )
        if not loaded.bank.questions:
            game = "  Add questions to the bank to play (`quiz check` helps)."
        elif not articles.selected:
            game = "  Tick at least one article to play."
        else:
            chosen = select_questions(loaded.bank.questions, settings, library=loaded.library)
            playable = len(chosen)
            if playable == 0:
                game = "  No question matches these choices."
            else:
                filters = filter_label(settings)
                chosen_by = f" ({filters})" if filters else ""
                game = f"  This game: {plural(playable, 'question')}{chosen_by}."
        self.query_one("#bank-info", Static).update(info + game)
        self._refresh_hints(settings)

    def _refresh_hints(self, settings: Settings) -> None:
        loaded = self.quiz.loaded
        assert loaded is not None
        boxes = self.quiz.store.review_boxes()
        missed = sum(1 for question in loaded.bank.questions if boxes.get(question.id) == 0)
        self.query_one("#practice-hint", Static).update("untimed · 100 each")
        self.query_one("#challenge-hint", Static).update(
            f"{settings.time_limit:g}s each · speed pays"
        )
        self.query_one("#review-hint", Static).update(
            f"{plural(missed, 'missed question')} first" if missed else "nothing missed yet"
        )

    # --- actions ---------------------------------------------------------------------------

    @on(Button.Pressed, "#modes Button")
    def _mode_pressed(self, event: Button.Pressed) -> None:
        assert event.button.id is not None
        self.action_play(event.button.id)

    def action_play(self, mode: str) -> None:
        if not self.query_one("#articles", SelectionList).selected:
            self.notify("Tick at least one article first.", severity="warning", markup=False)
            return
        self.quiz.start_game(self.chosen_settings(Mode(mode)))

    def action_high_scores(self) -> None:
        self.quiz.show_high_scores()

    def action_progress(self) -> None:
        self.quiz.show_progress()

    def action_drafts(self) -> None:
        self.quiz.show_drafts()
