"""Shared fixtures: the shipped articles, read once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.articles import Library, read_library

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def library() -> Library:
    return read_library(SEEDS)
