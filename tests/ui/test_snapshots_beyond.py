"""Pictures at 80x24 of the review and progress screens (pytest-textual-snapshot), on fixture
drafts and a score history played here with fixed seeds, a fake clock and a fixed "now". Update
with ``pytest tests/ui/test_snapshots_beyond.py --snapshot-update`` and look before committing."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from quiz.authoring import engine
from quiz.bank.loader import load_bank
from quiz.corpus.articles import read_library
from quiz.game.scores import ScoreStore
from quiz.game.session import Mode, Session, Settings, question_set_key
from tests.ui.conftest import BANK, NOW, SEEDS, SIZE, FakeClock, ready
from tests.ui.test_drafts_screen import DRAFTS, review_app

Snap = Any  # the snap_compare fixture


def drafts_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "generated"
    shutil.copytree(DRAFTS, folder)
    return folder


def test_review_screen(snap_compare: Snap, tmp_path: Path, data_dir: Path) -> None:
    app = review_app(drafts_copy(tmp_path), data_dir, open_screen="drafts")
    assert snap_compare(app, terminal_size=SIZE, run_before=ready)


def test_review_screen_with_a_problem(snap_compare: Snap, tmp_path: Path, data_dir: Path) -> None:
    folder = drafts_copy(tmp_path)
    path = folder / "002_bfeeb16b50e5a49f.yaml"
    path.write_text(path.read_text().replace("answer: eight", "answer: nine", 1))
    app = review_app(folder, data_dir, open_screen="drafts")
    app.drafts_filter = "002_bfeeb16b50e5a49f"
    assert snap_compare(app, terminal_size=SIZE, run_before=ready)


def play_history(data_dir: Path) -> None:
    """Six games on the fixture bank, better and better, each seeded, finished a day apart."""
    library = read_library(SEEDS)
    questions = load_bank([BANK], library).questions
    store = ScoreStore.open(data_dir)
    for day, wrong_every in enumerate((2, 2, 3, 3, 5, 9)):
        clock = FakeClock()
        settings = Settings(mode=Mode.CHALLENGE, count=5, seed=day)
        session = Session(
            questions,
            settings,
            clock=clock,
            library=library,
            options_for=engine.options_for(library, day),
            order_options=engine.order_options,
        )
        for n in range(session.total):
            assert session.current is not None
            session.start_question()
            clock.advance(2 + n)
            right = session.options().index(session.current.answer)
            session.answer(right if (n + day) % wrong_every else (right + 1) % 4)
            session.next()
        when = NOW - dt.timedelta(days=6 - day)
        store.save_game(session.summary(), "Ada", question_set_key(settings), day, when)


def test_progress_screen(snap_compare: Snap, tmp_path: Path, data_dir: Path) -> None:
    play_history(data_dir)
    app = review_app(tmp_path / "none", data_dir, open_screen="progress")
    assert snap_compare(app, terminal_size=SIZE, run_before=ready)
