"""What a new player meets first (issue 13): the keys, the filters, review with nothing to
review, the high-score tables, the remembered theme, the command palette and small terminals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from quiz.game.scores import ScoreStore
from quiz.game.session import Mode, Session, Settings, question_set_key
from quiz.ui.app import PREFERENCES
from quiz.ui.screens.high_scores import HighScoresScreen
from quiz.ui.screens.home import HomeScreen
from quiz.ui.screens.results import ResultsScreen
from quiz.ui.source import load
from quiz.ui.widgets import AnswerList
from tests.ui.conftest import (
    BANK,
    NOW,
    SEEDS,
    SIZE,
    AppFactory,
    notices,
    question_screen,
    ready,
    right_key,
    screen_text,
    settle,
)


def _notices(app: Any) -> list[str]:
    return notices(app)


async def test_the_arrows_and_enter_answer(quiz_app: AppFactory) -> None:
    app = quiz_app(count=3, start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = question_screen(app)
        right = int(right_key(app)) - 1
        await pilot.press("enter")  # nothing highlighted yet: Enter does nothing
        await pilot.pause()
        assert screen.session.result is None
        for _ in range(right + 1):  # down from nothing lands on the first option
            await pilot.press("down")
        await pilot.pause()
        assert screen.query_one(AnswerList).highlighted == right
        assert "›" in screen_text(app)  # the highlight is a mark, not a colour alone
        await pilot.press("enter")
        await pilot.pause()
        result = screen.session.result
        assert result is not None and result.chosen == right and result.correct
        await pilot.press("enter")  # answered: Enter goes on
        await pilot.pause()
        assert screen.session.index == 1 and screen.query_one(AnswerList).highlighted is None
        await pilot.press("up")  # up from nothing lands on the last option
        await pilot.pause()
        options = screen.session.options()
        assert screen.query_one(AnswerList).highlighted == len(options) - 1


async def test_a_filtered_game_says_so_and_results_count_what_was_played(
    quiz_app: AppFactory,
) -> None:
    app = quiz_app(count=10, tags=("specs",), start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        session = question_screen(app).session
        assert session.total < 10
        assert "Practice (tag specs)" in screen_text(app)
        while not session.finished:
            await pilot.press(right_key(app))
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        planned = f"{session.total} question{'s' if session.total != 1 else ''}"
        assert f"Practice, {planned} · tags specs" in text and "10 questions" not in text
        await pilot.press(*"Ada", "enter")
        await settle(pilot)
        (row,) = app.store.high_scores(Mode.PRACTICE)
        assert row.question_set == f"count={session.total};tags=specs"


async def test_home_has_a_tag_picker_and_counts_what_the_filters_leave(
    quiz_app: AppFactory,
) -> None:
    app = quiz_app(count=5, tags=("specs",))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        text = screen_text(app)
        assert "Tags" in text and "specs (2)" in text
        # The game the choices make says what it is chosen by.
        assert "This game: 1 question (tag specs)." in " ".join(text.split())
        assert home.chosen_settings(Mode.PRACTICE).tags == ("specs",)
        counts = [line.split("▐X▌")[1].split()[0] for line in text.splitlines() if "▐X▌" in line]
        assert counts == ["0", "2", "0"]  # per article: the questions tagged specs


async def test_nothing_to_play_names_the_articles_and_tags_there_are(
    quiz_app: AppFactory,
) -> None:
    app = quiz_app(count=5, articles=("nope",), start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, HomeScreen)
        (notice,) = _notices(app)
        assert "No question cites nope." in notice
        assert "000_dddf75139d7994c9 (Land Rover Defender joins" in notice
    app = quiz_app(count=5, tags=("audit",), start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        (notice,) = _notices(app)
        assert "No question matches the tag audit." in notice
        assert "Tags: bond-films, defender, specs" in notice


async def test_review_with_nothing_missed_says_so_and_plays_nothing(
    quiz_app: AppFactory,
) -> None:
    app = quiz_app(count=5, mode="review", start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert isinstance(app.screen, HomeScreen)  # no ordinary game in review's clothes
        (notice,) = _notices(app)
        assert "You have not missed a question yet" in notice
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and len(_notices(app)) == 2


def _save(data_dir: Path, *games: tuple[str, int, int]) -> None:
    """Challenge games saved as the results screen saves them: (player, count, right)."""
    store = ScoreStore.open(data_dir)
    loaded = load([BANK], SEEDS, None)
    for seed, (player, count, right) in enumerate(games):
        settings = Settings(mode=Mode.CHALLENGE, count=count, seed=seed)
        session = Session(loaded.bank.questions, settings, clock=lambda: 0.0)
        while not session.finished:
            answer = session.options().index(session.current.answer)  # type: ignore[union-attr]
            session.answer(answer if session.index < right else (answer + 1) % 4)
            session.next()
        store.save_game(session.summary(), player, question_set_key(settings), seed, NOW)


async def test_high_scores_are_ranked_per_question_set_and_say_so(
    quiz_app: AppFactory, data_dir: Path
) -> None:
    _save(data_dir, ("Ada", 3, 3), ("Brian", 5, 5), ("Cy", 3, 1))
    app = quiz_app(count=5)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, HighScoresScreen)
        lines = screen_text(app).splitlines()
        assert any("Each question set is ranked on its own" in line for line in lines)
        three = next(i for i, line in enumerate(lines) if "3 questions · 20s each" in line)
        five = next(i for i, line in enumerate(lines) if "5 questions · 20s each" in line)
        ranks = {line.split()[1]: (i, line.split()[0]) for i, line in enumerate(lines)
                 if line.split()[1:2] in (["Ada"], ["Brian"], ["Cy"])}  # fmt: skip
        assert three < ranks["Ada"][0] < ranks["Cy"][0] < five < ranks["Brian"][0]
        assert [ranks[p][1] for p in ("Ada", "Cy", "Brian")] == ["1", "2", "1"]
        footer = lines[-1]
        assert "p c r Tables" in footer and "Practice" not in footer


async def test_the_theme_is_remembered(quiz_app: AppFactory, data_dir: Path) -> None:
    app = quiz_app(count=5)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.theme = "nord"
        await pilot.pause()
    assert (data_dir / PREFERENCES).is_file()
    again = quiz_app(count=5)
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert again.theme == "nord"
    (data_dir / PREFERENCES).write_text("{not json", encoding="utf-8")
    broken = quiz_app(count=5)
    async with broken.run_test(size=SIZE) as pilot:  # a broken file is no theme, no crash
        await ready(pilot)
        assert broken.theme != "nord"


async def test_the_command_palette_offers_the_game(quiz_app: AppFactory) -> None:
    app = quiz_app(count=3)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        commands = {command.title: command for command in app.get_system_commands(app.screen)}
        wanted = {"New practice game", "New timed challenge", "Review mistakes", "High scores"}
        assert wanted <= set(commands)
        assert "Theme" in " ".join(commands)  # Textual's own stay
        commands["New timed challenge"].callback()
        await ready(pilot)
        assert question_screen(app).session.settings.mode is Mode.CHALLENGE
        in_game = {command.title for command in app.get_system_commands(app.screen)}
        assert "New practice game" not in in_game  # no new game on top of one


async def _play_through(pilot: Pilot[Any]) -> None:
    app = pilot.app
    session = question_screen(app).session
    while not session.finished:
        await pilot.press(right_key(app))
        await pilot.pause()
        text = screen_text(app)
        assert "Why" in text and "too small" not in text
        await pilot.press("enter")
        await pilot.pause()


async def test_a_whole_game_plays_at_60x20(quiz_app: AppFactory) -> None:
    app = quiz_app(count=3)
    async with app.run_test(size=(60, 20)) as pilot:
        await ready(pilot)
        text = screen_text(app)
        assert "too small" not in text and "Practice" in text and "Articles" in text
        await pilot.press("c")
        await ready(pilot)
        assert "left" in screen_text(app)  # the countdown
        await _play_through(pilot)
        assert isinstance(app.screen, ResultsScreen)
        assert "points" in screen_text(app) and "Save score" in screen_text(app)
