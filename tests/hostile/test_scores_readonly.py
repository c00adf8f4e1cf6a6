"""A data folder that cannot be written (read-only, or a full disk) still shows the games saved
in it: the store opens the database read-only, warns that nothing will be saved, and saves
nothing. Where the tests run as root (who may write anywhere), the reading is done as nobody."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.game.scores import ScoreStore
from quiz.game.session import Mode, Session, Settings, question_set_key
from quiz.model import Citation, Question
from tests.conftest import FakeClock
from tests.hostile.conftest import as_reader


def _save(store: ScoreStore, player: str) -> None:
    question = Question("q", "How long?", "300", ("1", "2", "3"), Citation("a", "300"))
    settings = Settings(mode=Mode.PRACTICE, count=1, seed=3)
    session = Session([question], settings, clock=FakeClock())
    session.answer(session.options().index("300"))
    session.next()
    key = question_set_key(settings)
    assert store.save_game(session.summary(), player, key, 3, dt.datetime(2026, 11, 23)) is not None


@pytest.fixture
def read_only_data() -> Iterator[Path]:
    """A data folder with two saved games, then made read-only (and readable by anyone)."""
    folder = Path(tempfile.mkdtemp(prefix="quiz-ro-"))
    data = folder / "data"
    store = ScoreStore.open(data)
    _save(store, "Ada")
    _save(store, "Brian")
    for path in data.iterdir():
        path.chmod(0o444)
    data.chmod(0o555)
    folder.chmod(0o755)
    try:
        yield data
    finally:
        data.chmod(0o755)
        shutil.rmtree(folder)


def _quiz(*argv: str) -> tuple[int, str, str]:
    def run() -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = main(list(argv))
        return status, out.getvalue(), err.getvalue()

    status, out, err = as_reader(run)
    return status, out, err


def test_a_read_only_data_dir_still_shows_the_high_scores(read_only_data: Path) -> None:
    status, out, err = _quiz("scores", "--data-dir", str(read_only_data))
    assert status == 0, err
    assert "No high scores yet" not in out
    assert "Ada" in out and "Brian" in out
    assert "Traceback" not in err  # a command that only reads has nothing to warn of


def test_a_read_only_data_dir_still_shows_the_history(read_only_data: Path) -> None:
    status, out, err = _quiz("history", "--data-dir", str(read_only_data), "--format", "json")
    assert status == 0, err
    assert [game["player"] for game in json.loads(out)] == ["Brian", "Ada"]


def test_a_read_only_store_saves_nothing_and_says_so(read_only_data: Path) -> None:
    def run() -> list[object]:
        store = ScoreStore.open(read_only_data)
        seen: list[object] = [store.saving, store.read_only, len(store.high_scores())]
        store.remember_player("Eve")
        return [*seen, store.last_player()]

    assert as_reader(run) == [False, True, 2, "Brian"]


def test_a_blocked_journal_still_shows_the_high_scores(tmp_path: Path) -> None:
    """Where SQLite cannot create its write-ahead log (here a folder stands in its way, as a full
    disk would refuse the file), the saved games are still read."""
    data = tmp_path / "data"
    store = ScoreStore.open(data)
    _save(store, "Ada")
    (data / "scores.sqlite3-wal").mkdir()
    (data / "scores.sqlite3-shm").mkdir()
    again = ScoreStore.open(data)
    assert again.warning and not again.saving
    assert [row.player for row in again.high_scores()] == ["Ada"]


def test_a_corrupt_database_is_moved_aside_and_a_fresh_one_started(tmp_path: Path) -> None:
    """Already held: garbage where the database was costs the old scores' file nothing."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "scores.sqlite3").write_bytes(b"\x1b[2J not a database " * 100)
    store = ScoreStore.open(data)
    assert store.saving and store.warning and "moved it to" in store.warning
    (aside,) = data.glob("scores.sqlite3.corrupt-*")
    assert aside.read_bytes().startswith(b"\x1b[2J not a database")
    _save(store, "Ada")
    assert [row.player for row in store.high_scores()] == ["Ada"]
