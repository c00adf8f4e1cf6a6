"""Shared fixtures: the shipped articles, read once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.corpus.articles import Library, read_library

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def library() -> Library:
    return read_library(SEEDS)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the player's real scores or cache."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ARTICLE_QUIZ_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("ARTICLE_QUIZ_CACHE_DIR", str(base / "cache"))


class FakeClock:
    """A clock that only moves when told, so timed scoring is exact and tests never sleep."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
