"""The score store: what it records, and that it survives crashes, corruption and contention."""

from __future__ import annotations

import datetime as dt
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import quiz.game.scores as scores
from quiz.game.scores import DB_NAME, SCHEMA_VERSION, ScoreStore
from quiz.game.session import Mode, Session, Settings, Summary
from quiz.model import Question

MakeQuestion = Callable[..., Question]
ROOT = Path(__file__).resolve().parents[2]
WHEN = dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.UTC)


def play(
    questions: list[Question], plan: str, mode: Mode = Mode.PRACTICE, seed: int = 0
) -> Summary:
    """A finished game: ``plan`` has one letter per question, r(ight), w(rong) or t(imeout)."""
    clock = [0.0]
    session = Session(
        questions, Settings(mode=mode, count=len(plan), seed=seed), clock=lambda: clock[0]
    )
    for step in plan:
        assert session.current is not None
        clock[0] += 2.0
        options = session.options()
        correct = options.index(session.current.answer)
        if step == "r":
            session.answer(correct)
        elif step == "w":
            session.answer((correct + 1) % len(options))
        else:
            session.timeout()
        session.next()
    return session.summary()


@pytest.fixture
def questions(make_question: MakeQuestion) -> list[Question]:
    return [make_question(f"q{i}", article=f"art{i % 2}") for i in range(6)]


@pytest.fixture
def store(tmp_path: Path) -> ScoreStore:
    opened = ScoreStore.open(tmp_path / "data")
    assert opened.saving and opened.warning is None
    return opened


def count_games(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM games").fetchone()[0]


# --- what is recorded ---------------------------------------------------------------------


def test_a_saved_game_comes_back_with_every_answer(
    store: ScoreStore, questions: list[Question]
) -> None:
    summary = play(questions, "rwrt", mode=Mode.CHALLENGE, seed=3)
    game_id = store.save_game(summary, "Ada", "count=4", 3, WHEN)
    assert game_id is not None
    [game] = store.recent_games(with_answers=True)
    assert game.id == game_id
    assert (game.player, game.mode, game.question_set, game.seed) == (
        "Ada",
        "challenge",
        "count=4",
        3,
    )
    assert (game.score, game.correct, game.total, game.planned) == (summary.score, 2, 4, 4)
    assert game.best_streak == summary.best_streak
    assert game.elapsed == summary.elapsed
    assert game.finished_at == WHEN
    assert game.accuracy == 0.5
    recorded = [
        (
            a.position,
            a.question_id,
            a.article_id,
            a.chosen,
            a.correct,
            a.points,
            a.elapsed,
            a.timed_out,
        )
        for a in game.answers
    ]
    expected = [
        (
            i,
            r.question.id,
            r.citation.article_id,
            r.chosen,
            r.correct,
            r.points,
            r.elapsed,
            r.timed_out,
        )
        for i, r in enumerate(summary.results)
    ]
    assert recorded == expected
    assert game.answers[3].chosen is None and game.answers[3].timed_out
    assert store.game(game_id) == game
    assert store.game(game_id + 1) is None


def test_recent_games_are_newest_first_and_limited(
    store: ScoreStore, questions: list[Question]
) -> None:
    for number in range(5):
        store.save_game(play(questions, "r"), f"p{number}", "s", number, WHEN)
    recent = store.recent_games(limit=3)
    assert [game.player for game in recent] == ["p4", "p3", "p2"]
    assert all(game.answers == () for game in recent)  # answers only when asked for


def test_high_scores_per_mode_and_question_set(
    store: ScoreStore, questions: list[Question]
) -> None:
    def save(plan: str, mode: Mode, question_set: str, player: str) -> None:
        store.save_game(play(questions, plan, mode=mode), player, question_set, 0, WHEN)

    save("rrr", Mode.PRACTICE, "A", "three")  # 300
    save("r", Mode.PRACTICE, "A", "one")  # 100
    save("rr", Mode.PRACTICE, "A", "two")  # 200
    save("rrr", Mode.PRACTICE, "A", "three again")  # 300, later: ranks after "three"
    save("rr", Mode.PRACTICE, "B", "other set")
    save("r", Mode.CHALLENGE, "A", "challenger")  # 1000 at 2 s of 20: 950

    top = store.high_scores(mode=Mode.PRACTICE, limit=2)
    assert [(h.question_set, h.rank, h.player, h.score) for h in top] == [
        ("A", 1, "three", 300),
        ("A", 2, "three again", 300),
        ("B", 1, "other set", 200),
    ]
    every = store.high_scores()
    assert (every[0].mode, every[0].question_set, every[0].player) == (
        "challenge",
        "A",
        "challenger",
    )
    assert len(every) == 6
    assert [h.player for h in store.high_scores("practice", 10, question_set="B")] == ["other set"]
    assert store.high_scores(mode="review") == []
    assert top[0].as_dict()["finished_at"] == WHEN.isoformat()


def test_records_are_json_ready(store: ScoreStore, questions: list[Question]) -> None:
    import json

    store.save_game(play(questions, "rw"), "Ada", "s", 1, WHEN)
    [game] = store.recent_games(with_answers=True)
    data = json.loads(json.dumps(game.as_dict()))
    assert data["player"] == "Ada" and data["accuracy"] == 0.5 and len(data["answers"]) == 2
    json.dumps([h.as_dict() for h in store.high_scores()])


def test_the_last_player_is_remembered(store: ScoreStore, questions: list[Question]) -> None:
    assert store.last_player() is None
    store.save_game(play(questions, "r"), "Ada", "s", 0, WHEN)
    assert store.last_player() == "Ada"
    store.remember_player("Grace")
    assert store.last_player() == "Grace"


def test_review_boxes_move_up_when_right_and_back_to_zero_when_missed(
    store: ScoreStore, questions: list[Question]
) -> None:
    assert store.review_boxes() == {}
    first = play(questions, "rrwt")
    store.update_review(first.results)
    played = [r.question.id for r in first.results]
    assert store.review_boxes() == {played[0]: 1, played[1]: 1, played[2]: 0, played[3]: 0}
    store.update_review(first.results[:1])
    store.update_review(first.results[:1])
    assert store.review_boxes()[played[0]] == 3
    wrong_now = play(questions, "w" * 6, seed=0)
    store.update_review(wrong_now.results)
    assert set(store.review_boxes().values()) == {0}


def test_the_schema_is_versioned_and_kept_across_opens(
    tmp_path: Path, questions: list[Question]
) -> None:
    first = ScoreStore.open(tmp_path)
    first.save_game(play(questions, "r"), "Ada", "s", 0, WHEN)
    with sqlite3.connect(tmp_path / DB_NAME) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 1
    again = ScoreStore.open(tmp_path)
    assert again.warning is None
    assert [game.player for game in again.recent_games()] == ["Ada"]


def test_a_database_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    store = ScoreStore.open(tmp_path)
    assert not store.saving
    assert store.warning is not None and "newer" in store.warning
    assert path.read_bytes() == before


# --- a corrupt file -----------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_moved_aside(
    tmp_path: Path, questions: list[Question]
) -> None:
    path = tmp_path / DB_NAME
    garbage = b"this is not a database, it is a shopping list\n" * 200
    path.write_bytes(garbage)
    (tmp_path / (DB_NAME + "-wal")).write_bytes(b"stale journal")
    store = ScoreStore.open(tmp_path)
    assert store.saving
    assert store.warning is not None
    assert store.warning.startswith("the score database was corrupt; moved it to ")
    [moved] = tmp_path.glob(DB_NAME + ".corrupt-*[0-9]")
    assert str(moved) in store.warning
    assert moved.read_bytes() == garbage
    assert (tmp_path / (moved.name + "-wal")).read_bytes() == b"stale journal"
    assert store.save_game(play(questions, "r"), "Ada", "s", 0, WHEN) is not None
    assert [game.player for game in store.recent_games()] == ["Ada"]
    assert ScoreStore.open(tmp_path).warning is None  # fixed for good


def test_a_damaged_database_is_moved_aside(tmp_path: Path, questions: list[Question]) -> None:
    store = ScoreStore.open(tmp_path)
    for number in range(40):
        store.save_game(play(questions, "rrrrrr"), f"player {number}", "s", number, WHEN)
    path = tmp_path / DB_NAME
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[page : len(data)] = b"\xa5" * (len(data) - page)  # keep the header, wreck every page
    path.write_bytes(bytes(data))
    recovered = ScoreStore.open(tmp_path)
    assert recovered.warning is not None and "corrupt" in recovered.warning
    assert recovered.saving and recovered.recent_games() == []
    assert len(list(tmp_path.glob(DB_NAME + ".corrupt-*[0-9]"))) == 1


# --- a store that cannot be written -----------------------------------------------------------


def assert_plays_without_saving(store: ScoreStore, questions: list[Question]) -> None:
    assert not store.saving
    assert store.warning is not None and store.warning.startswith("scores will not be saved: ")
    summary = play(questions, "rw")
    assert store.save_game(summary, "Ada", "s", 0, WHEN) is None
    store.update_review(summary.results)
    store.remember_player("Ada")
    assert store.high_scores() == []
    assert store.recent_games() == []
    assert store.game(1) is None
    assert store.last_player() is None
    assert store.review_boxes() == {}


def test_a_data_dir_under_a_regular_file_still_plays(
    tmp_path: Path, questions: list[Question]
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where a directory should be")
    store = ScoreStore.open(blocker / "article-quiz")
    assert str(blocker / "article-quiz") in (store.warning or "")
    assert_plays_without_saving(store, questions)


def test_a_database_path_that_is_a_directory_still_plays(
    tmp_path: Path, questions: list[Question]
) -> None:
    (tmp_path / DB_NAME).mkdir()
    assert_plays_without_saving(ScoreStore.open(tmp_path), questions)


def test_permission_denied_still_plays(
    tmp_path: Path, questions: list[Question], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refuse)
    store = ScoreStore.open(tmp_path / "locked")
    assert store.warning is not None and "Permission denied" in store.warning
    assert_plays_without_saving(store, questions)


def test_a_read_only_database_still_plays(
    tmp_path: Path, questions: list[Question], monkeypatch: pytest.MonkeyPatch
) -> None:
    ScoreStore.open(tmp_path)  # the file exists, but this process may only read it
    real_connect = sqlite3.connect

    def read_only(path: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        return real_connect(f"file:{path}?mode=ro", *args, uri=True, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(scores.sqlite3, "connect", read_only)
    store = ScoreStore.open(tmp_path)
    assert store.saving  # already migrated: opening needs no write
    assert store.save_game(play(questions, "r"), "Ada", "s", 0, WHEN) is None
    assert store.warning is not None and store.warning.startswith("the game was not saved: ")
    assert store.recent_games() == []


def test_a_failure_later_in_the_game_is_a_warning_not_a_crash(
    store: ScoreStore, questions: list[Question], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(scores.sqlite3, "connect", broken)
    assert store.save_game(play(questions, "r"), "Ada", "s", 0, WHEN) is None
    assert store.warning == "the game was not saved: disk I/O error"
    assert store.high_scores() == []
    assert store.warning == "could not read scores: disk I/O error"


# --- crashes --------------------------------------------------------------------------------


def test_ctrl_c_during_a_save_leaves_no_half_game(
    store: ScoreStore, questions: list[Question], monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_game(play(questions, "r"), "before", "s", 0, WHEN)
    real = scores._write_answers

    def interrupted(*args: object) -> None:
        real(*args)  # type: ignore[arg-type]
        raise KeyboardInterrupt

    monkeypatch.setattr(scores, "_write_answers", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.save_game(play(questions, "rr"), "interrupted", "s", 0, WHEN)
    monkeypatch.undo()
    assert store.save_game(play(questions, "r"), "after", "s", 0, WHEN) is not None
    assert [game.player for game in store.recent_games()] == ["after", "before"]
    with sqlite3.connect(store.path) as conn:  # type: ignore[arg-type]
        assert conn.execute("SELECT count(*) FROM answers").fetchone()[0] == 2


CHILD = """
import datetime as dt, sys, time
from pathlib import Path
import quiz.game.scores as scores
from quiz.model import Citation, Question
from quiz.game.session import Session, Settings

def summary(size):
    questions = [
        Question(f"q{i}", "?", "right", ("a", "b", "c"), Citation("art", "right"))
        for i in range(size)
    ]
    session = Session(questions, Settings(count=None), clock=lambda: 0.0)
    while not session.finished:
        session.answer(session.options().index("right"))
        session.next()
    return session.summary()

store = scores.ScoreStore.open(Path(sys.argv[1]))
when = dt.datetime(2024, 1, 1)
def save(player):
    game_id = store.save_game(summary(5), player, "set", 0, when)
    print("SAVED", game_id, store.warning, flush=True)
"""

HOLD = """
for number in range(3):
    save(f"early {number}")
real = scores._write_answers
def hold(conn, game_id, results):
    real(conn, game_id, results)
    print("HOLDING", game_id, flush=True)
    time.sleep(60)
scores._write_answers = hold
save("in flight")
"""

LOOP = """
number = 0
while True:
    save(f"loop {number}")
    number += 1
"""

RACE = """
print("READY", flush=True)
go = Path(sys.argv[1]) / "go"
while not go.exists():
    time.sleep(0.001)
for number in range(15):
    save(f"{sys.argv[2]} {number}")
print("DONE", flush=True)
"""


class Child:
    """A Python child running ``CHILD + script``; its lines arrive on a queue so waits time out.

    (Reading a pipe after ``select`` would hang whenever two lines arrive in one chunk.)
    """

    def __init__(self, script: str, data_dir: Path, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD + script, str(data_dir), *args],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            cwd=ROOT,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.pump = threading.Thread(target=self._pump, daemon=True)
        self.pump.start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())
        self.lines.put(None)

    def read_line(self, timeout: float = 10.0) -> str:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("the child said nothing in time") from None
        assert line is not None, f"the child ended early with {self.process.wait()}"
        return line

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        assert self.process.wait(timeout=10) == -signal.SIGKILL
        self.close()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self.pump.join(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()


def assert_every_game_is_whole(path: Path) -> list[str]:
    """The file opens cleanly and each game has exactly its answers; the players, oldest first."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = conn.execute(
            "SELECT g.player, g.total, count(a.position) FROM games g"
            " LEFT JOIN answers a ON a.game_id = g.id GROUP BY g.id ORDER BY g.id"
        ).fetchall()
    assert all(total == answers for _, total, answers in rows), rows
    return [player for player, _, _ in rows]


def test_sigkill_while_a_save_holds_its_transaction_keeps_every_earlier_game(
    tmp_path: Path, questions: list[Question]
) -> None:
    child = Child(HOLD, tmp_path)
    try:
        saved = [child.read_line() for _ in range(3)]
        assert all(line.startswith("SAVED ") and line.endswith(" None") for line in saved)
        assert child.read_line().startswith("HOLDING")
        child.kill()
    finally:
        child.close()
    store = ScoreStore.open(tmp_path)
    assert store.warning is None and store.saving
    assert assert_every_game_is_whole(tmp_path / DB_NAME) == ["early 0", "early 1", "early 2"]
    assert store.save_game(play(questions, "r"), "after", "set", 0, WHEN) is not None  # unlocked


def test_sigkill_at_a_random_moment_of_a_save_loop_loses_nothing_committed(
    tmp_path: Path,
) -> None:
    child = Child(LOOP, tmp_path)
    try:
        reported = [child.read_line() for _ in range(8)]
        child.kill()
    finally:
        child.close()
    assert ScoreStore.open(tmp_path).warning is None
    players = assert_every_game_is_whole(tmp_path / DB_NAME)
    assert len(players) >= 8  # every game reported saved, and maybe some it had no time to report
    assert players == [f"loop {number}" for number in range(len(players))]
    assert all(line.split()[1].isdigit() for line in reported)


# --- contention ------------------------------------------------------------------------------


def test_two_processes_finishing_at_once_both_land(tmp_path: Path) -> None:
    ScoreStore.open(tmp_path)
    children = [Child(RACE, tmp_path, name) for name in ("left", "right")]
    try:
        assert [child.read_line() for child in children] == ["READY", "READY"]
        (tmp_path / "go").touch()
        for child in children:
            lines = [child.read_line() for _ in range(16)]
            assert lines[-1] == "DONE"
            assert all(line.endswith(" None") for line in lines[:-1]), lines  # no warnings
            assert child.process.wait(timeout=10) == 0
    finally:
        for child in children:
            child.close()
    players = assert_every_game_is_whole(tmp_path / DB_NAME)
    assert sorted(players) == sorted(f"{side} {n}" for side in ("left", "right") for n in range(15))


def test_two_threads_finishing_at_once_both_land(tmp_path: Path, questions: list[Question]) -> None:
    ScoreStore.open(tmp_path)
    barrier = threading.Barrier(2)
    summary = play(questions, "rrw")
    failures: list[str | None] = []

    def finish(name: str) -> None:
        store = ScoreStore.open(tmp_path)
        barrier.wait()
        for number in range(20):
            if store.save_game(summary, f"{name} {number}", "s", 0, WHEN) is None:
                failures.append(store.warning)

    threads = [threading.Thread(target=finish, args=(name,)) for name in ("left", "right")]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert failures == []
    assert count_games(tmp_path / DB_NAME) == 40
    assert time.monotonic() - started < 10


def test_a_locked_database_is_retried(
    store: ScoreStore, questions: list[Question], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scores, "BUSY_TIMEOUT", 0.01)
    assert store.path is not None
    blocker = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN IMMEDIATE")
    releaser = threading.Timer(0.03, blocker.execute, args=("COMMIT",))
    releaser.start()
    try:
        game_id = store.save_game(play(questions, "r"), "patient", "s", 0, WHEN)
    finally:
        releaser.join()
        blocker.close()
    assert game_id is not None, store.warning
    assert [game.player for game in store.recent_games()] == ["patient"]


# --- progress: what the stats are drawn from ------------------------------------------------


def test_progress_is_the_last_games_oldest_first(
    store: ScoreStore, questions: list[Question]
) -> None:
    plans = ["rrrr", "wwww", "rrww", "rwww"]
    for day, plan in enumerate(plans):
        store.save_game(play(questions, plan), "Ada", "s", day, WHEN + dt.timedelta(days=day))
    points = store.progress(limit=3)
    assert [p.accuracy for p in points] == [0.0, 0.5, 0.25]
    assert [p.finished_at for p in points] == [WHEN + dt.timedelta(days=d) for d in (1, 2, 3)]
    assert points[0].as_dict()["accuracy"] == 0.0
    assert points[0].as_dict()["finished_at"] == (WHEN + dt.timedelta(days=1)).isoformat()


def test_tallies_count_every_answer_per_article_and_per_question(
    store: ScoreStore, questions: list[Question]
) -> None:
    summaries = [play(questions, plan, seed=seed) for seed, plan in enumerate(["rwt", "rrw"])]
    for summary in summaries:
        store.save_game(summary, "Ada", "s", 0, WHEN)
    results = [r for s in summaries for r in s.results]

    def expected(key: Callable[..., str]) -> dict[str, tuple[int, int, int]]:
        out: dict[str, tuple[int, int, int]] = {}
        for r in results:
            a, c, p = out.get(key(r), (0, 0, 0))
            out[key(r)] = (a + 1, c + int(r.correct), p + r.points)
        return out

    by_article = {t.key: (t.answered, t.correct, t.points) for t in store.by_article()}
    assert by_article == expected(lambda r: r.citation.article_id)
    by_question = {t.key: (t.answered, t.correct, t.points) for t in store.by_question()}
    assert by_question == expected(lambda r: r.question.id)
    answered = [t.answered for t in store.by_question()]
    assert answered == sorted(answered, reverse=True)


def test_the_most_missed_come_first(store: ScoreStore, make_question: MakeQuestion) -> None:
    often, once, never = (make_question(q) for q in ("often", "once", "never"))
    store.save_game(play([often], "w"), "Ada", "s", 0, WHEN)
    store.save_game(play([often], "t"), "Ada", "s", 0, WHEN)  # a timeout is a miss too
    store.save_game(play([often], "r"), "Ada", "s", 0, WHEN)
    store.save_game(play([once], "w"), "Ada", "s", 0, WHEN)
    store.save_game(play([never], "r"), "Ada", "s", 0, WHEN)
    missed = store.most_missed()
    assert [(t.key, t.answered, t.missed) for t in missed] == [("often", 3, 2), ("once", 1, 1)]
    assert missed[0].as_dict()["missed"] == 2
    assert store.most_missed(limit=1) == missed[:1]


def test_tallies_add_up_under_each_tag() -> None:
    questions = [
        scores.Tally("a", 4, 3, 300),
        scores.Tally("b", 2, 0, 0),
        scores.Tally("gone", 5, 5, 500),  # no longer in the bank: no tags known
    ]
    tags = {"a": ["people", "film", "people"], "b": ["film"]}
    rows = scores.tally_by(questions, tags)
    assert rows == [scores.Tally("film", 6, 3, 300), scores.Tally("people", 4, 3, 300)]
    assert rows[0].accuracy == 0.5


def test_a_store_that_saves_nothing_has_no_progress() -> None:
    store = ScoreStore.disabled("test")
    assert store.progress() == [] and store.by_article() == [] and store.most_missed() == []
