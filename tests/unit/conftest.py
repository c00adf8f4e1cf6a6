"""Shared fixtures for the domain tests: a clock the test moves by hand, and a question maker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quiz.model import Citation, Question
from tests.conftest import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _question(
    qid: str,
    *,
    answer: str | None = None,  # "right <id>": each its own, so none gives another away
    distractors: tuple[str, ...] = ("wrong one", "wrong two", "wrong three"),
    article: str = "art",
    quote: str | None = None,
    tags: tuple[str, ...] = (),
    difficulty: str = "medium",
    time_limit: float | None = None,
) -> Question:
    answer = answer if answer is not None else f"right {qid}"
    return Question(
        id=qid,
        question=f"Question {qid}?",
        answer=answer,
        distractors=distractors,
        # each its own fact: questions citing one passage for one answer are one question
        source=Citation(article, quote if quote is not None else f"{qid}: it was {answer}."),
        tags=tags,
        difficulty=difficulty,
        time_limit=time_limit,
    )


@pytest.fixture
def make_question() -> Callable[..., Question]:
    return _question
