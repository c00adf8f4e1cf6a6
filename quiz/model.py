"""The game's vocabulary: plain frozen dataclasses shared by every layer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from quiz.corpus.sentences import Sentence, split_sentences
from quiz.text import printable

DIFFICULTIES = ("easy", "medium", "hard")

# Every kind of answer the distractor engine knows how to imitate.
KINDS = (
    "number",  # number with a unit: 291mm, 20-inch, 38 degrees
    "money",  # £24 million
    "year",  # 1983
    "count",  # ten, eight, more than 70
    "ordinal",  # 25th
    "date",  # April 8, 2020; 28 September
    "person",
    "character",  # a fictional character (never mixed with real people)
    "place",
    "organisation",
    "title",  # film, novel
    "vehicle",
    "text",
)

# How many options a question shows: the answer and three wrong ones.
OPTIONS_PER_QUESTION = 4


ERROR = "error"  # keeps what it is about out of the game and fails ``quiz check``
WARNING = "warning"  # reported; the question plays, and ``quiz check`` fails only with --strict
SEVERITIES = (ERROR, WARNING)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in the bank or an article, located for an editor to jump to."""

    path: str
    line: int  # 1-based
    col: int  # 1-based
    message: str
    severity: str = ERROR

    def __str__(self) -> str:
        """The ``file:line:col: message`` line, safe for a terminal: a control character from a
        file (in its name or quoted in the message) is shown, never sent."""
        label = "warning: " if self.severity == WARNING else ""
        return printable(f"{self.path}:{self.line}:{self.col}: {label}{self.message}", keep="")

    @property
    def is_error(self) -> bool:
        return self.severity != WARNING

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "message": self.message,
            "severity": self.severity,
        }


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    date: dt.date | None
    text: str

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Split on first use: proving a citation needs only the text, so a large corpus loads
        without splitting every article."""
        return split_sentences(self.text)

    @property
    def label(self) -> str:
        """How a citation names the article: its title and, when known, its date."""
        if self.date is None:
            return f"{self.title} (undated)"
        return f"{self.title} ({self.date:%-d %B %Y})"


@dataclass(frozen=True, slots=True)
class Citation:
    article: str
    quote: str


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    question: str
    answer: str
    distractors: tuple[str, ...]
    source: Citation
    tags: tuple[str, ...] = ()
    difficulty: str = "medium"
    explanation: str | None = None
    kind: str | None = None
    time_limit: float | None = None
    origin: str | None = None
    reviewed: bool = False
    # Where the question was written, for messages that point back to it. (Where each of its
    # fields was written is known only while the bank loads: a large bank need not carry it.)
    path: str = ""
    line: int = 0
    col: int = 0
