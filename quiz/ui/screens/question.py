"""One question at a time: ask, take an answer (or a timeout), reveal with the citation, go on.

The screen never grades: it passes the chosen index to the session and shows the result. In the
challenge a timer asks the session, several times a second, how long is left and whether the
time has run out; the session's clock is the app's, so tests drive it by hand.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Footer, Static

from quiz.game.session import AnswerResult, Session
from quiz.text import printable
from quiz.ui.formatting import duration, filter_label, mode_name, points
from quiz.ui.screens.base import QuizScreen
from quiz.ui.widgets import AnswerList, CitationCard, Countdown, Scoreboard

TICK = 0.1  # seconds between countdown updates


def outcome_content(result: AnswerResult, *, timed: bool) -> Content:
    """The verdict in words and a mark, so it never depends on colour alone."""
    if result.correct:
        earned = f"  +{points(result.points)} points"
        if result.bonus:
            earned += f" (with a {points(result.bonus)} streak bonus)"
        if timed:
            earned += f", answered in {duration(result.elapsed)}"
        return Content.assemble(("✓ Correct!", "bold"), earned)
    verdict = "✗ Time's up." if result.timed_out else "✗ Not this time."
    answer = printable(result.correct_text)
    return Content.assemble(
        (verdict, "bold"), "  The answer is “", (answer, "bold"), "”.  +0 points"
    )


class QuestionScreen(QuizScreen[None]):
    STYLESHEET = None  # app.tcss styles it: the first frame of a game parses nothing more
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "answer(0)", "Answer", key_display="1-4"),
        Binding("2", "answer(1)", "Answer", show=False),
        Binding("3", "answer(2)", "Answer", show=False),
        Binding("4", "answer(3)", "Answer", show=False),
        # Before the scroller's own arrows: while a question is open they move among the options.
        Binding("up", "move(-1)", "Choose", key_display="↑↓", priority=True),
        Binding("down", "move(1)", "Choose", show=False, priority=True),
        # Enter answers with the option the arrows are on, and once answered goes on.
        Binding("enter", "choose", "Answer", show=False),
        Binding("enter,space", "next", "Next", key_display="Enter"),
        Binding("escape,q", "leave", "Leave game", key_display="Esc"),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.chosen: dict[str, str] = {}  # question id -> the text of the option picked
        self._ticker: Timer | None = None
        self._asking = False

    def compose_body(self) -> ComposeResult:
        # Only what the first frame shows: the options, the verdict and the "Why" card below the
        # question are mounted with the first options (_first_options); only a timed game counts
        # down.
        settings = self.session.settings
        filters = filter_label(settings)  # a filtered game says so on every question
        title = f"{mode_name(settings.mode)} ({filters})" if filters else mode_name(settings.mode)
        yield Scoreboard(title, id="scoreboard")
        if self.session.settings.timed:
            yield Countdown(id="countdown")
        with VerticalScroll(id="question-body"):
            yield Static(id="question-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        # The question is drawn at once. Its options come from the distractor engine, whose first
        # call loads it (and sometimes Faker): that runs in a thread, so the first frame is not
        # held up, and the clock starts only once the options are on screen.
        self._show_text()
        self.call_after_refresh(self._prepare_first_options)

    @work(thread=True, exit_on_error=True, group="options")
    def _prepare_first_options(self) -> None:
        self.session.options()  # the session keeps them: asking again costs nothing
        self.app.call_from_thread(self._first_options)

    async def _first_options(self) -> None:
        if not self.is_attached:  # the player left before the options were ready
            return
        await self.query_one("#question-body", VerticalScroll).mount(
            AnswerList(id="answers"), Static(id="outcome", markup=False), CitationCard(id="why")
        )
        await self._show_options()
        if self.session.settings.timed:
            self._ticker = self.set_interval(TICK, self.tick)

    @property
    def asking(self) -> bool:
        """True once the current question's options are on screen (and its clock runs)."""
        return self._asking

    async def show_question(self) -> None:
        """The next question, once the last one's verdict and "Why" card are cleared away."""
        outcome = self.query_one("#outcome", Static)
        outcome.update("")
        outcome.set_classes("")
        self.query_one(CitationCard).hide()
        self._show_text()
        await self._show_options()

    def _show_text(self) -> None:
        self._asking = False
        question = self.session.current
        assert question is not None
        self.query_one("#question-text", Static).update(Content(printable(question.question)))
        limit = self.session.time_limit()
        if limit is not None:
            self.query_one(Countdown).restart(limit)
        self._refresh_scoreboard()
        self.query_one("#question-body", VerticalScroll).scroll_home(animate=False)

    async def _show_options(self) -> None:
        session = self.session
        await self.query_one(AnswerList).show(session.options())
        session.start_question()  # the countdown starts now that the question is on screen
        self._asking = True
        self.refresh_bindings()

    def _refresh_scoreboard(self) -> None:
        session = self.session
        self.query_one(Scoreboard).set_state(
            min(session.index + 1, session.total), session.total, session.score, session.streak
        )

    # --- time ------------------------------------------------------------------------------

    def tick(self) -> None:
        """Ask the session how long is left; it records the timeout when there is none."""
        session = self.session
        if not self._asking or session.finished or session.result is not None:
            return
        result = session.check_timeout()
        if result is not None:
            self.reveal(result)
            return
        left, limit = session.time_left(), session.time_limit()
        if left is not None and limit is not None:
            self.query_one(Countdown).set_time(left, limit)

    # --- answering -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("answer", "move"):
            return self._asking and self.session.result is None and not self.session.finished
        if action == "choose":
            open_ = self._asking and self.session.result is None and not self.session.finished
            return open_ and self.query_one(AnswerList).highlighted is not None
        if action == "next":
            return self.session.result is not None
        return True

    def action_answer(self, index: int) -> None:
        session = self.session
        if not self._asking or session.finished or session.result is not None:
            return
        if index >= len(session.options()):
            return
        self.reveal(session.answer(index))

    def action_move(self, step: int) -> None:
        self.query_one(AnswerList).move(step)
        self.refresh_bindings()  # Enter now answers

    def action_choose(self) -> None:
        highlighted = self.query_one(AnswerList).highlighted
        if highlighted is not None:
            self.action_answer(highlighted)

    @on(AnswerList.Chosen)
    def _chosen(self, event: AnswerList.Chosen) -> None:
        self.action_answer(event.index)

    def reveal(self, result: AnswerResult) -> None:
        if result.chosen is not None:
            self.chosen[result.question.id] = self.session.options()[result.chosen]
        self.query_one(AnswerList).reveal(result)
        left, limit = self.session.time_left(), self.session.time_limit()
        if left is not None and limit is not None:
            countdown = self.query_one(Countdown)
            countdown.set_time(0.0 if result.timed_out else left, limit)
            countdown.stop()
        outcome = self.query_one("#outcome", Static)
        outcome.update(outcome_content(result, timed=self.session.settings.timed))
        outcome.set_classes("-correct" if result.correct else "-wrong")
        self.query_one(CitationCard).show(result)
        self._refresh_scoreboard()
        self.refresh_bindings()

    async def action_next(self) -> None:
        session = self.session
        if session.result is None:
            return
        session.next()
        if session.finished:
            if self._ticker is not None:
                self._ticker.stop()
            self.quiz.finish_game(session, self.chosen)
            return
        await self.show_question()

    # --- leaving ---------------------------------------------------------------------------

    def action_leave(self) -> None:
        from quiz.ui.screens.confirm import ConfirmScreen

        def leave_if(confirmed: bool | None) -> None:
            if confirmed:
                if self._ticker is not None:
                    self._ticker.stop()
                self.quiz.go_home()

        self.app.push_screen(
            ConfirmScreen(
                "Leave this game?",
                "Your answers so far will not be saved.",
                yes="Leave game",
                no="Keep playing",
            ),
            callback=leave_if,
        )
