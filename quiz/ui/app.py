"""The game's App: shows the first screen as soon as the bank is in, pushes the screens, and
builds every Session.

``make_app`` is the one factory shared by ``quiz play`` and the tests. Everything that would make
a game unrepeatable is passed in: the clock (tests pass a fake one and move it), the seed, the
distractor engine (``options_for``) and whether the UI may animate or blink.

Only what the first screen needs is imported at start-up; the other screens load when first
shown, and the score database opens when first used (never before the first question is drawn).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.theme import Theme

from quiz import paths
from quiz.game.session import Mode, OptionsFor, Session, Settings, Summary
from quiz.text import printable
from quiz.ui.screens.base import QuizModal, QuizScreen
from quiz.ui.screens.loading import LoadingScreen
from quiz.ui.source import Loaded, LoadNow, Source, default_places, load
from quiz.ui.widgets.too_small import is_compact, is_too_small

if TYPE_CHECKING:
    from quiz.game.scores import ScoreStore
    from quiz.model import Article

Clock = Callable[[], float]
TERMINAL_CHECK = 1.0  # seconds between checks that the terminal is still there
TERMINAL_LOST = 129  # the exit code of a program ended by a hang-up (128 + SIGHUP)
Now = Callable[[], dt.datetime]


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


class GameClock:
    """The games' clock: ``clock`` minus the time the game was hidden (a terminal too small to
    show it), so a challenge never times out behind the notice."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._hidden_since: float | None = None
        self._hidden_for = 0.0

    def __call__(self) -> float:
        now = self._hidden_since if self._hidden_since is not None else self._clock()
        return now - self._hidden_for

    def pause(self) -> None:
        if self._hidden_since is None:
            self._hidden_since = self._clock()

    def resume(self) -> None:
        if self._hidden_since is not None:
            self._hidden_for += self._clock() - self._hidden_since
            self._hidden_since = None


class QuizApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "article-quiz"
    SUB_TITLE = "every answer cites its source"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Keys", key_display="?"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True),
    ]

    class BankLoaded(Message):
        def __init__(self, loaded: Loaded) -> None:
            super().__init__()
            self.loaded = loaded

    def __init__(
        self,
        source: Source,
        *,
        settings: Settings,
        data_dir: Path | None = None,
        start: bool = False,
        seed: int | None = None,
        clock: Clock = time.monotonic,
        now: Now = local_now,
        options_for: OptionsFor | None = None,
        steady: bool = False,
        on_first_frame: Callable[[], None] | None = None,
        drafts_dir: Path | None = None,
        open_screen: str | None = None,
    ) -> None:
        super().__init__()
        self.drafts_dir = drafts_dir or paths.default_bank_dir() / "generated"
        self._open_screen = open_screen  # "drafts" or "progress": opened over home at start
        self.drafts_filter: str | None = None  # the article whose drafts it opens on
        self._source = source
        self.settings = settings  # the defaults the home screen starts from
        self._data_dir = data_dir
        self._start = start
        self._seed = seed
        self.clock = GameClock(clock)
        self.now = now  # when a saved game finished (tests fix it)
        self._options_for = options_for
        self.steady = steady
        self._on_first_frame = on_first_frame
        self.loaded: Loaded | None = None
        self._store: ScoreStore | None = None
        if steady:
            self.animation_level = "none"
        # The theme last chosen (Ctrl+P), read before the first frame so it never flashes.
        theme = read_preferences(self.preferences_path()).get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme

    def preferences_path(self) -> Path:
        return paths.data_dir(self._data_dir) / PREFERENCES

    def _remember_theme(self, theme: Theme) -> None:
        """Keep the chosen theme for the next start (quietly: a theme is not worth a warning)."""
        where = self.preferences_path()
        preferences = read_preferences(where)
        if preferences.get("theme") == theme.name:
            return
        preferences["theme"] = theme.name
        with contextlib.suppress(OSError):
            paths.write_atomic(where, json.dumps(preferences, indent=2) + "\n", durable=False)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The command palette (Ctrl+P) offers the game itself, not only Textual's commands."""
        if self.loaded is not None and not self.in_game():
            for mode, title, help_ in (
                (Mode.PRACTICE, "New practice game", "untimed, 100 points a right answer"),
                (Mode.CHALLENGE, "New timed challenge", "the clock runs; speed pays"),
                (Mode.REVIEW, "Review mistakes", "the questions missed before come first"),
            ):
                yield SystemCommand(title, help_, partial(self.play_from_palette, mode))
        yield SystemCommand(
            "High scores", "the best games of each mode and question set", self.show_high_scores
        )
        yield SystemCommand("Keys", "every screen's keys", self.action_help)
        yield from super().get_system_commands(screen)

    def play_from_palette(self, mode: Mode) -> None:
        """A game of ``mode`` with the home screen's choices (or the defaults, off home)."""
        from quiz.ui.screens.home import HomeScreen

        screen = self.screen
        if isinstance(screen, HomeScreen):
            screen.action_play(str(mode))
        else:
            self.start_game(self.game_settings(mode))

    # --- start-up --------------------------------------------------------------------------

    def get_default_screen(self) -> LoadingScreen:
        return LoadingScreen(waiting=not self._source.done())

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._fit(self.size.width, self.size.height)
        if not self.is_headless and not self.is_web:  # a browser tab talks over a pipe
            self.set_interval(TERMINAL_CHECK, self._watch_terminal, name="terminal-watch")
        if self._source.done():
            # Once the app runs, not now: a screen pushed while Textual is still mounting the
            # app is drawn inside its start-up batch, thrown away, and drawn again a tick later.
            self.call_later(self._begin, self._source.result())
        else:
            self._wait_for_bank()  # a large bank: the loading screen shows meanwhile

    def _watch_terminal(self) -> None:
        """Leave when the terminal has gone (a closed window, a dropped ssh link, a killed tmux)
        without a SIGHUP reaching us: Textual's input thread would otherwise spin on the dead
        terminal at full CPU for ever. An unfinished game is not saved, as after Ctrl+C."""
        stream = sys.__stdin__
        try:
            alive = stream is not None and os.isatty(stream.fileno())
        except (OSError, ValueError):
            alive = False
        if not alive:
            self.exit(return_code=TERMINAL_LOST)

    @work(thread=True, exit_on_error=True)
    def _wait_for_bank(self) -> None:
        self.post_message(self.BankLoaded(self._source.result()))

    def on_quiz_app_bank_loaded(self, message: BankLoaded) -> None:
        self._begin(message.loaded)

    def _begin(self, loaded: Loaded) -> None:
        """The first real screen: a game (``quiz play --mode``) or home, then any problems."""
        self.loaded = loaded
        if self._on_first_frame is not None:
            self.call_after_refresh(self._on_first_frame)
        problems = loaded.problems
        if not problems:
            self._first_screen()
            return
        from quiz.ui.screens.problems import ProblemsScreen

        notice = ProblemsScreen(problems, len(loaded.bank.questions))
        if self._start:  # the notice first, so a challenge's clock does not run behind it
            self.push_screen(notice, callback=lambda _: self._first_screen())
        else:
            self._first_screen()
            self.push_screen(notice)

    def _first_screen(self) -> None:
        if not (self._start and self.start_game(self.game_settings(self.settings.mode))):
            self.go_home()
            if self._open_screen == "drafts":
                self.show_drafts(self.drafts_filter)
            elif self._open_screen == "progress":
                self.show_progress()
        self.call_after_refresh(self._open_store_now)

    def _open_store_now(self) -> None:
        self.store  # noqa: B018 -- after the first frame, so any warning shows early

    # --- games -----------------------------------------------------------------------------

    @property
    def store(self) -> ScoreStore:
        """The score database, opened on first use (its warning, if any, is shown once)."""
        if self._store is None:
            from quiz.game.scores import ScoreStore

            self._store = ScoreStore.open(paths.data_dir(self._data_dir))
            if self._store.warning:
                warning = printable(self._store.warning, keep="")
                self.notify(warning, severity="warning", markup=False, timeout=10)
        return self._store

    def game_settings(self, mode: Mode, **changes: object) -> Settings:
        """The defaults with this mode, these changes and the game's seed."""
        seed = self._seed if self._seed is not None else random.randrange(2**31)
        return dataclasses.replace(self.settings, mode=mode, seed=seed, **changes)  # type: ignore[arg-type]

    def new_session(self, settings: Settings) -> Session:
        """The one place a Session is built, so the clock and distractor engine reach every game."""
        from quiz.authoring import engine  # the wrong-answer engine itself loads when first asked

        assert self.loaded is not None
        review_boxes = self.store.review_boxes() if settings.mode is Mode.REVIEW else None
        return Session(
            self.loaded.bank.questions,
            settings,
            clock=self.clock,
            library=self.loaded.library,
            options_for=self._options_for or engine.options_for(self.loaded.library, settings.seed),
            order_options=engine.order_options,
            review_boxes=review_boxes,
        )

    def start_game(self, settings: Settings) -> bool:
        """Push a game of ``settings``; False (and a notice) when no question matches."""
        from quiz.ui.screens.question import QuestionScreen

        session = self.new_session(settings)
        if session.total == 0:
            self.notify(
                self.nothing_to_play(settings), title="Nothing to play", severity="error",
                markup=False, timeout=10,
            )  # fmt: skip
            return False
        if settings.mode is Mode.REVIEW and not _has_review(session, self.store.review_boxes()):
            # Review puts what was missed first: with nothing missed it would silently be an
            # ordinary game.
            self.notify(
                "You have not missed a question yet (nor answered one only once or twice): play"
                " a practice or a challenge first, and review will bring back what you miss.",
                title="Nothing to review",
                severity="warning",
                markup=False,
                timeout=10,
            )
            return False
        self.push_screen(QuestionScreen(session))
        return True

    def nothing_to_play(self, settings: Settings) -> str:
        """Why no question matches, with what there is to choose from."""
        assert self.loaded is not None
        questions = self.loaded.bank.questions
        library = self.loaded.library
        asked: list[str] = []
        if settings.articles:
            asked.append(f"the article {' or '.join(settings.articles)}")
        if settings.tags:
            asked.append(f"the tag {' or '.join(settings.tags)}")
        if settings.difficulty:
            asked.append(f"difficulty {settings.difficulty}")
        articles = sorted({q.source.article for q in questions})
        unknown = [a for a in settings.articles if a not in articles]
        tags = sorted({tag for q in questions for tag in q.tags})
        lines = [
            f"No question matches {', '.join(asked) or 'these choices'}."
            if not unknown
            else f"No question cites {' or '.join(unknown)}."
        ]
        if settings.articles or not settings.tags:
            titles = [f"{a} ({_title(library.get(a), a)})" for a in articles]
            lines.append("Articles: " + ("; ".join(titles) or "none"))
        if settings.tags or not settings.articles:
            lines.append("Tags: " + (", ".join(tags) or "none"))
        return printable("\n".join(lines))  # ids, titles and tags come from files

    def finish_game(self, session: Session, chosen: Mapping[str, str]) -> None:
        from quiz.ui.screens.results import ResultsScreen

        summary = session.summary()
        self._record_review(summary)
        self.switch_screen(ResultsScreen(summary, session.settings, chosen))

    @work(thread=True, group="store")
    def _record_review(self, summary: Summary) -> None:
        self.store.update_review(summary.results)

    def play_again(self, settings: Settings) -> None:
        """From the results: the same choices, a new seed (unless one was fixed)."""
        from quiz.ui.screens.question import QuestionScreen

        again = self.game_settings(settings.mode, **_choices(settings))
        self.switch_screen(QuestionScreen(self.new_session(again)))

    def go_home(self) -> None:
        """Back to the home screen, whatever is on top of it (a game started from the command
        line has no home screen beneath it yet)."""
        from quiz.ui.screens.home import HomeScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        if not isinstance(self.screen, HomeScreen):
            self.push_screen(HomeScreen())

    def show_high_scores(self, mode: Mode = Mode.CHALLENGE, highlight: int | None = None) -> None:
        from quiz.ui.screens.high_scores import HighScoresScreen

        self.push_screen(HighScoresScreen(mode, highlight))

    def show_drafts(self, article: str | None = None) -> None:
        from quiz.ui.screens.drafts import DraftsScreen

        self.push_screen(DraftsScreen(self.drafts_dir, article))

    def show_progress(self) -> None:
        from quiz.ui.screens.progress import ProgressScreen

        self.push_screen(ProgressScreen())

    def load_stylesheet(self, name: str) -> None:
        """Add the stylesheet ``name`` (beside app.tcss) to the app's styles, once.

        Added alone it costs one parse of itself, where a screen's own ``CSS_PATH`` would have
        Textual parse every stylesheet of the app again. Textual keeps it on a theme change.
        """
        path = str(Path(__file__).with_name(name))
        if not self.stylesheet.has_source(path):
            self.stylesheet.read(path)

    # --- keys anywhere -----------------------------------------------------------------------

    def action_help(self) -> None:
        from quiz.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def in_game(self) -> bool:
        from quiz.ui.screens.question import QuestionScreen

        return any(isinstance(screen, QuestionScreen) for screen in self.screen_stack)

    async def action_quit(self) -> None:
        """Quit at once, except in an unfinished game: that asks first."""
        from quiz.ui.screens.confirm import ConfirmScreen

        if not self.in_game():
            self.exit(0)
            return
        if isinstance(self.screen, ConfirmScreen):
            return

        def quit_if(confirmed: bool | None) -> None:
            if confirmed:
                self.exit(0)

        self.push_screen(
            ConfirmScreen(
                "Quit article-quiz?",
                "This game is not finished and will not be saved.",
                yes="Quit",
                no="Keep playing",
            ),
            callback=quit_if,
        )

    # --- size ------------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width, event.size.height)

    def _fit(self, width: int, height: int) -> None:
        too_small = is_too_small(width, height)
        self.set_class(too_small, "-too-small")
        self.set_class(is_compact(width, height), "-compact")
        if too_small:
            for screen in self.screen_stack:
                if isinstance(screen, QuizScreen | QuizModal):
                    screen.show_too_small()
            self.clock.pause()
        else:
            self.clock.resume()


PREFERENCES = "preferences.json"


def read_preferences(where: Path) -> dict[str, object]:
    """The player's preferences (the theme); empty when the file is missing or unreadable."""
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _has_review(session: Session, boxes: Mapping[str, int]) -> bool:
    """Whether a review game has anything to review: review order puts the missed and shaky
    questions first, so the first question tells."""
    from quiz.game.session import LEARNT_AFTER

    box = boxes.get(session.questions[0].id) if session.questions else None
    return box is not None and box < LEARNT_AFTER


def _title(article: Article | None, article_id: str) -> str:
    return article.title if article is not None else article_id


def _choices(settings: Settings) -> dict[str, object]:
    fields = ("count", "articles", "tags", "difficulty", "time_limit")
    return {name: getattr(settings, name) for name in fields}


def make_app(
    bank_paths: Sequence[Path] = (),
    articles_dir: Path | None = None,
    data_dir: Path | None = None,
    *,
    settings: Settings | None = None,
    start: bool = False,
    seed: int | None = None,
    clock: Clock = time.monotonic,
    now: Now = local_now,
    options_for: OptionsFor | None = None,
    steady: bool = False,
    source: Source | None = None,
    on_first_frame: Callable[[], None] | None = None,
    drafts_dir: Path | None = None,
    open_screen: str | None = None,
) -> QuizApp:
    """The game over ``bank_paths`` (default: the shipped bank) and ``articles_dir``.

    ``start`` goes straight into a game of ``settings.mode``. ``seed`` fixes every game's seed
    (None: a new one each game). ``steady`` turns off animation and blinking, for screenshots.
    ``source`` replaces the loading (``quiz play`` passes one already loading in a thread).
    ``on_first_frame`` is called once the first real screen (a game, home or the problems notice)
    has been drawn. ``drafts_dir`` is where the review screen finds drafts (default:
    questions/generated/); ``open_screen`` ("drafts" or "progress") opens that screen over home.
    """
    if source is None:
        source = LoadNow(lambda: load(*default_places(bank_paths, articles_dir)))
    return QuizApp(
        source,
        settings=settings or Settings(),
        data_dir=data_dir,
        start=start,
        seed=seed,
        clock=clock,
        now=now,
        options_for=options_for,
        steady=steady,
        on_first_frame=on_first_frame,
        drafts_dir=drafts_dir,
        open_screen=open_screen,
    )
