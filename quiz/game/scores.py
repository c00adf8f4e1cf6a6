"""The SQLite store of finished games, high scores, the last player's name and review boxes.

A score store must never cost the player a game, so every failure becomes a ``warning`` the UI
can show instead of an exception: a directory or disk that cannot be written gives a store that
saves nothing but still shows the games already saved (read-only); a corrupt file is moved aside
and a fresh one started. Each game is written in one transaction (a crash or Ctrl-C leaves the
game out, never half in), two games finishing at once wait for each other (WAL, a busy timeout
and a retry), and ``PRAGMA user_version`` numbers the schema so a later version can migrate it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

from quiz import paths
from quiz.game.session import AnswerResult, Summary, next_box

DB_NAME = "scores.sqlite3"
BUSY_TIMEOUT = 5.0  # seconds a writer waits for another game's save to finish
_ATTEMPTS = 3  # and then tries again this many times in all, if the wait was not enough
_SIDECARS = ("-wal", "-shm", "-journal")  # a stale one must never be replayed into a fresh file

_SQLITE_HEADER = b"SQLite format 3\x00"
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_CORRUPT, _SQLITE_NOTADB = 5, 6, 11, 26

# One entry per schema version: the statements that take version N to N + 1. Append, never edit.
_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE games (
            id INTEGER PRIMARY KEY,
            player TEXT NOT NULL,
            mode TEXT NOT NULL,
            question_set TEXT NOT NULL,
            seed INTEGER NOT NULL,
            score INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            total INTEGER NOT NULL,
            planned INTEGER NOT NULL,
            elapsed REAL NOT NULL,
            best_streak INTEGER NOT NULL,
            finished_at TEXT NOT NULL
        )""",
        "CREATE INDEX games_by_score ON games (mode, question_set, score DESC)",
        """CREATE TABLE answers (
            game_id INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question_id TEXT NOT NULL,
            article_id TEXT NOT NULL,
            chosen INTEGER,
            correct_index INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            points INTEGER NOT NULL,
            elapsed REAL NOT NULL,
            timed_out INTEGER NOT NULL,
            PRIMARY KEY (game_id, position)
        )""",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE review (
            question_id TEXT PRIMARY KEY,
            box INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        )""",
    ),
)
SCHEMA_VERSION = len(_MIGRATIONS)

T = TypeVar("T")
Row = tuple[Any, ...]  # a row as sqlite3 returns it


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    position: int
    question_id: str
    article_id: str
    chosen: int | None  # None: timed out
    correct_index: int
    correct: bool
    points: int
    elapsed: float
    timed_out: bool


@dataclass(frozen=True, slots=True)
class GameRecord:
    id: int
    player: str
    mode: str
    question_set: str
    seed: int
    score: int
    correct: int
    total: int
    planned: int
    elapsed: float
    best_streak: int
    finished_at: dt.datetime
    answers: tuple[AnswerRecord, ...] = ()

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, object]:
        """Plain JSON-ready values, for ``quiz history --format json``."""
        data = asdict(self)
        data["finished_at"] = self.finished_at.isoformat()
        data["accuracy"] = self.accuracy
        data["answers"] = [asdict(answer) for answer in self.answers]
        return data


@dataclass(frozen=True, slots=True)
class HighScore:
    rank: int  # 1-based within its mode and question set
    game_id: int
    player: str
    mode: str
    question_set: str
    score: int
    correct: int
    total: int
    finished_at: dt.datetime

    def as_dict(self) -> dict[str, object]:
        """Plain JSON-ready values, for ``quiz scores --format json``."""
        data = asdict(self)
        data["finished_at"] = self.finished_at.isoformat()
        return data


@dataclass(frozen=True, slots=True)
class GamePoint:
    """One finished game, as a point of the progress charts."""

    game_id: int
    mode: str
    score: int
    correct: int
    total: int
    finished_at: dt.datetime

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["finished_at"] = self.finished_at.isoformat()
        data["accuracy"] = self.accuracy
        return data


@dataclass(frozen=True, slots=True)
class Tally:
    """Answers given for one key (an article, a tag or a question): how many, how many right,
    the points they earned."""

    key: str
    answered: int
    correct: int
    points: int

    @property
    def missed(self) -> int:
        return self.answered - self.correct

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["missed"] = self.missed
        data["accuracy"] = self.accuracy
        return data


def tally_by(questions: Iterable[Tally], keys_of: Mapping[str, Sequence[str]]) -> list[Tally]:
    """Per-question tallies added up under each key a question has (its tags, say), most
    answered first. Questions the mapping does not know (gone from the bank) are left out:
    the history stores no tags."""
    sums: dict[str, list[int]] = {}
    for tally in questions:
        for key in dict.fromkeys(keys_of.get(tally.key, ())):
            total = sums.setdefault(key, [0, 0, 0])
            total[0] += tally.answered
            total[1] += tally.correct
            total[2] += tally.points
    rows = [Tally(key, *values) for key, values in sums.items()]
    return sorted(rows, key=lambda t: (-t.answered, t.key))


class _NewerSchema(Exception):
    """The file was written by a later version: leave it alone rather than guess."""


class ScoreStore:
    """Scores in ``path``; with ``path`` None, a store that saves nothing and never raises.

    Each call opens its own short connection, so a store can be used from a worker thread and
    never holds the database locked between games.
    """

    def __init__(
        self, path: Path | None, warning: str | None = None, *, read_only: bool = False
    ) -> None:
        self.path = path
        self.warning = warning
        self.read_only = read_only  # the saved games can be read, but nothing is saved

    @property
    def saving(self) -> bool:
        return self.path is not None and not self.read_only

    @classmethod
    def disabled(cls, reason: str) -> ScoreStore:
        return cls(None, f"scores will not be saved: {reason}")

    @classmethod
    def open_to_read(cls, data_dir: Path | None = None) -> ScoreStore:
        """The store for a command that only reads (``quiz scores``, ``quiz history``): it
        creates nothing, neither the folder nor the database, and changes nothing in it; where
        there is no database there are simply no games yet."""
        directory = Path(data_dir) if data_dir is not None else paths.data_dir()
        path = directory / DB_NAME
        return cls(path, read_only=True) if path.is_file() else cls(None)

    @classmethod
    def open(cls, data_dir: Path | None = None) -> ScoreStore:
        """The store in ``data_dir`` (default ``paths.data_dir()``), whatever shape it is in."""
        directory = Path(data_dir) if data_dir is not None else paths.data_dir()
        path = directory / DB_NAME
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return cls.disabled(f"cannot create {directory}: {_reason(error)}")
        warning = None
        try:
            _prepare(path)
        except _NewerSchema as error:
            return cls.disabled(f"{path} was written by a newer article-quiz ({error})")
        except sqlite3.DatabaseError as error:
            if not _is_corrupt(error):
                return cls._read_only(path, f"cannot open {path}: {_reason(error)}")
            try:
                moved = _move_aside(path)
                _prepare(path)
            except (sqlite3.Error, OSError, _NewerSchema) as again:
                reason = _reason(again)
                return cls.disabled(f"{path} is corrupt and could not be replaced: {reason}")
            warning = f"the score database was corrupt; moved it to {moved} and started a fresh one"
        except OSError as error:
            return cls._read_only(path, f"cannot open {path}: {_reason(error)}")
        return cls(path, warning)

    @classmethod
    def _read_only(cls, path: Path, reason: str) -> ScoreStore:
        """A store that shows the games saved in ``path`` though it cannot save (a read-only or
        full disk), or, if even reading fails, one that does nothing."""
        try:
            with closing(_connect_read_only(path)) as conn:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version == 0 or version > SCHEMA_VERSION:
                    return cls.disabled(reason)  # nothing saved yet, or written by a newer one
                conn.execute("SELECT count(*) FROM games").fetchone()
        except (sqlite3.Error, OSError):
            return cls.disabled(reason)
        warning = f"scores will not be saved: {reason} (showing the games saved)"
        return cls(path, warning, read_only=True)

    # --- writing ---------------------------------------------------------------------------

    def save_game(
        self,
        summary: Summary,
        player: str,
        question_set: str,
        seed: int,
        finished_at: dt.datetime,
    ) -> int | None:
        """Record a game and every answer in one transaction; its id, or None if not saved."""

        def write(conn: sqlite3.Connection) -> int:
            cursor = conn.execute(
                "INSERT INTO games (player, mode, question_set, seed, score, correct, total,"
                " planned, elapsed, best_streak, finished_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    player,
                    str(summary.mode),
                    question_set,
                    seed,
                    summary.score,
                    summary.correct,
                    summary.total,
                    summary.planned,
                    summary.elapsed,
                    summary.best_streak,
                    finished_at.isoformat(),
                ),
            )
            game_id = cursor.lastrowid
            assert game_id is not None
            _write_answers(conn, game_id, summary.results)
            _set_meta(conn, "last_player", player)
            return game_id

        return self._write(write, "the game was not saved")

    def remember_player(self, player: str) -> None:
        """Keep the name for the next game's prompt, even if this game is never finished."""
        self._write(lambda conn: _set_meta(conn, "last_player", player), "name not remembered")

    def update_review(self, results: Iterable[AnswerResult]) -> None:
        """Move each answered question between Leitner boxes (call it after any finished game)."""
        outcomes = [(result.question.id, result.correct) for result in results]
        now = dt.datetime.now(dt.UTC).isoformat()

        def write(conn: sqlite3.Connection) -> None:
            for question_id, correct in outcomes:
                row = conn.execute(
                    "SELECT box FROM review WHERE question_id = ?", (question_id,)
                ).fetchone()
                conn.execute(
                    "INSERT INTO review (question_id, box, updated_at) VALUES (?, ?, ?)"
                    " ON CONFLICT (question_id) DO UPDATE"
                    " SET box = excluded.box, updated_at = excluded.updated_at",
                    (question_id, next_box(row[0] if row else None, correct), now),
                )

        self._write(write, "review progress was not saved")

    def _write(self, action: Callable[[sqlite3.Connection], T], failed: str) -> T | None:
        path = self.path
        if path is None or self.read_only:
            return None
        try:
            return _with_retry(lambda: _in_transaction(path, action))
        except (sqlite3.Error, OSError, OverflowError) as error:
            self.warning = f"{failed}: {_reason(error)}"
            return None

    # --- reading ---------------------------------------------------------------------------

    def high_scores(
        self, mode: str | None = None, limit: int = 10, question_set: str | None = None
    ) -> list[HighScore]:
        """The best ``limit`` games of each mode and question set (ties: the earlier game first)."""
        rows = self._read(
            "SELECT * FROM ("
            " SELECT ROW_NUMBER() OVER (PARTITION BY mode, question_set"
            "  ORDER BY score DESC, id ASC) AS rank,"
            " id, player, mode, question_set, score, correct, total, finished_at FROM games"
            " WHERE (:mode IS NULL OR mode = :mode) AND (:qs IS NULL OR question_set = :qs)"
            ") WHERE rank <= :limit ORDER BY mode, question_set, rank",
            {"mode": None if mode is None else str(mode), "qs": question_set, "limit": limit},
        )
        return [
            HighScore(rank, game_id, player, mode, question_set, score, correct, total, _when(when))
            for rank, game_id, player, mode, question_set, score, correct, total, when in rows
        ]

    def recent_games(self, limit: int = 20, *, with_answers: bool = False) -> list[GameRecord]:
        """The latest ``limit`` games, newest first; with their answers if asked."""
        rows = self._read(f"{_GAME_COLUMNS} ORDER BY id DESC LIMIT ?", (limit,))
        games = [_game(row) for row in rows]
        if with_answers:
            games = [self._with_answers(game) for game in games]
        return games

    def game(self, game_id: int) -> GameRecord | None:
        rows = self._read(f"{_GAME_COLUMNS} WHERE id = ?", (game_id,))
        return self._with_answers(_game(rows[0])) if rows else None

    def last_player(self) -> str | None:
        rows = self._read("SELECT value FROM meta WHERE key = 'last_player'", ())
        return rows[0][0] if rows else None

    def review_boxes(self) -> dict[str, int]:
        """Question id -> correct answers in a row (0: missed last time), for review mode."""
        return dict(self._read("SELECT question_id, box FROM review", ()))

    # --- progress ---------------------------------------------------------------------------

    def progress(self, limit: int = 60) -> list[GamePoint]:
        """The last ``limit`` games, oldest first: points and accuracy over time."""
        rows = self._read(
            "SELECT * FROM (SELECT id, mode, score, correct, total, finished_at FROM games"
            " ORDER BY id DESC LIMIT ?) ORDER BY id",
            (limit,),
        )
        return [
            GamePoint(game_id, mode, score, correct, total, dt.datetime.fromisoformat(finished))
            for game_id, mode, score, correct, total, finished in rows
        ]

    def by_article(self) -> list[Tally]:
        """Every answer ever given, per article, most answered first."""
        return self._tallies("article_id")

    def by_question(self) -> list[Tally]:
        """Every answer ever given, per question, most answered first."""
        return self._tallies("question_id")

    def most_missed(self, limit: int = 10) -> list[Tally]:
        """The questions missed most often (a timeout is a miss); ties: the lower accuracy,
        then the id."""
        missed = [t for t in self.by_question() if t.missed]
        missed.sort(key=lambda t: (-t.missed, t.accuracy, t.key))
        return missed[:limit]

    def _tallies(self, column: str) -> list[Tally]:
        assert column in ("article_id", "question_id")
        rows = self._read(
            f"SELECT {column}, COUNT(*), SUM(correct), SUM(points) FROM answers"
            f" GROUP BY {column} ORDER BY COUNT(*) DESC, {column}",
            (),
        )
        return [Tally(key, answered, int(right), int(pts)) for key, answered, right, pts in rows]

    def _with_answers(self, game: GameRecord) -> GameRecord:
        rows = self._read(
            "SELECT position, question_id, article_id, chosen, correct_index, correct, points,"
            " elapsed, timed_out FROM answers WHERE game_id = ? ORDER BY position",
            (game.id,),
        )
        answers = tuple(
            AnswerRecord(p, q, a, ch, ci, bool(c), pts, e, bool(t))
            for p, q, a, ch, ci, c, pts, e, t in rows
        )
        return dataclasses.replace(game, answers=answers)

    def _read(self, sql: str, parameters: Sequence[object] | dict[str, object]) -> list[Row]:
        if self.path is None:
            return []
        try:
            connect = _connect_for_reading if self.read_only else _connect
            with closing(connect(self.path)) as conn:
                return list(conn.execute(sql, parameters))
        except sqlite3.Error as error:
            self.warning = f"could not read scores: {_reason(error)}"
            return []


_GAME_COLUMNS = (
    "SELECT id, player, mode, question_set, seed, score, correct, total, planned, elapsed,"
    " best_streak, finished_at FROM games"
)


def _game(row: Row) -> GameRecord:
    (game_id, player, mode, question_set, seed, score, correct, total, planned, elapsed,
     best_streak, when) = row  # fmt: skip
    return GameRecord(
        game_id, player, mode, question_set, seed, score, correct, total, planned, elapsed,
        best_streak, _when(when),
    )  # fmt: skip


def _when(stored: str) -> dt.datetime:
    return dt.datetime.fromisoformat(stored)


def _write_answers(conn: sqlite3.Connection, game_id: int, results: Iterable[AnswerResult]) -> None:
    conn.executemany(
        "INSERT INTO answers (game_id, position, question_id, article_id, chosen, correct_index,"
        " correct, points, elapsed, timed_out) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                game_id,
                position,
                result.question.id,
                result.citation.article_id,
                result.chosen,
                result.correct_index,
                result.correct,
                result.points,
                result.elapsed,
                result.timed_out,
            )
            for position, result in enumerate(results)
        ],
    )


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


# --- connections, transactions, recovery ------------------------------------------------------


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    # isolation_level=None: transactions are begun and ended here, explicitly, never implicitly.
    if read_only:
        # Never creates the file (mode=rw, not rwc); the store only reads through it. Not
        # mode=ro: a read-only connection to a WAL database leaves its -wal and -shm files
        # behind, where the last ordinary connection to close removes them.
        where = f"{path.absolute().as_uri()}?mode=rw"
        conn = sqlite3.connect(where, timeout=BUSY_TIMEOUT, isolation_level=None, uri=True)
    else:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _connect_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that reads and creates nothing: the ordinary one (which leaves no -wal or
    -shm files behind), else, where the folder or file cannot be written, a read-only one."""
    conn = _connect(path, read_only=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        return _connect_read_only(path)
    return conn


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Open for reading only: ``mode=ro``, or where even that needs a write (a WAL database's
    shared-memory file in a read-only folder) ``immutable``, which reads the file as it stands."""
    uri = path.absolute().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        return sqlite3.connect(f"{uri}?immutable=1", uri=True)
    return conn


def _in_transaction(path: Path, action: Callable[[sqlite3.Connection], T]) -> T:
    """Run ``action`` as one transaction: all of it lands, or (on any error, Ctrl-C) none."""
    with closing(_connect(path)) as conn, _transaction(conn):
        return action(conn)


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    # IMMEDIATE takes the write lock up front, so the busy timeout applies; a deferred
    # transaction that later tries to write can fail at once with SQLITE_BUSY instead of waiting.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _with_retry(attempt: Callable[[], T]) -> T:
    for remaining in range(_ATTEMPTS - 1, -1, -1):
        try:
            return attempt()
        except sqlite3.OperationalError as error:
            if remaining == 0 or not _is_busy(error):
                raise
            time.sleep(0.05)
    raise AssertionError("unreachable")  # pragma: no cover


def _prepare(path: Path) -> None:
    """Check the file, switch it to WAL and bring its schema up to date."""
    if not _has_sqlite_header(path):
        # Caught before SQLite opens it: SQLite would delete the journals beside a file it
        # cannot read, and they belong with the file that is moved aside.
        raise sqlite3.DatabaseError("file is not a database")
    with closing(_connect(path)) as conn:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            detail = "; ".join(str(row[0]) for row in rows[:3])
            raise sqlite3.DatabaseError(f"database disk image is malformed: {detail}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise _NewerSchema(f"schema version {version}, this one knows {SCHEMA_VERSION}")
        # WAL lets a reader (the high-score screen) run while another game saves; a file system
        # that cannot do WAL keeps the rollback journal, which is just as safe, only less parallel.
        # Busy means another game is switching it right now, which is just as good.
        try:
            conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as error:
            if not _is_busy(error):
                raise
        _migrate(conn)


def _has_sqlite_header(path: Path) -> bool:
    """False only for a non-empty file that is certainly not SQLite (missing or empty is fine)."""
    if not path.is_file():
        return True  # missing: SQLite creates it; not a file: let SQLite say why it cannot open
    with path.open("rb") as file:
        head = file.read(len(_SQLITE_HEADER))
    return not head or head == _SQLITE_HEADER


def _migrate(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return

    def step() -> None:
        with _transaction(conn):
            version = conn.execute("PRAGMA user_version").fetchone()[0]  # another may have won
            if version > SCHEMA_VERSION:
                raise _NewerSchema(f"schema version {version}, this one knows {SCHEMA_VERSION}")
            for statements in _MIGRATIONS[version:]:
                for statement in statements:
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    _with_retry(step)


def _move_aside(path: Path) -> Path:
    """Rename the corrupt file (and its journals) out of the way; where it went."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    os.replace(path, target)
    for suffix in _SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.replace(sidecar, target.with_name(target.name + suffix))
    return target


def _is_corrupt(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    message = str(error).lower()
    return "not a database" in message or "malformed" in message


def _is_busy(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in (_SQLITE_BUSY, _SQLITE_LOCKED)
    return "locked" in str(error).lower()


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
