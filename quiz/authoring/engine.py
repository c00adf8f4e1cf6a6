"""The wrong-answer engine as the game and the bank see it: through their seams, loaded lazily.

``quiz/game`` and ``quiz/bank`` never import authoring; the UI and the CLI hand them these
adapters. Each imports the engine (and, if a name needs it, Faker) only when first used, so a
game whose questions carry all their wrong answers never loads it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from quiz.bank.loader import Finding
from quiz.corpus.articles import Library
from quiz.model import ERROR, WARNING, Question


class _EngineChecks:
    """``quiz.bank.loader.Checks`` answered by the distractor engine."""

    def cannot_generate(self, question: Question, library: Library | None) -> str | None:
        from quiz.authoring import distractors

        return distractors.cannot_generate(question, library)

    def lint(self, question: Question, library: Library) -> list[Finding]:
        from quiz.authoring import distractors

        return [graded(index, message) for index, message in distractors.lint(question, library)]


# Which of the engine's lint messages are errors: a wrong answer that is the answer written
# another way, or that is true for the question (a side of a conflict is true for one article).
# Every other finding (another unit, kind or form, a catch-all, a value out of bounds) gives a
# wrong answer away without making it right: a warning.
_ERRORS = re.compile(
    r"is the answer '.*' (?:written|spelt) another way"
    r"|is one side of a conflict"
    r"|could be true:"
    r"|is true: (?!the cited sentence (?:gives|names) )"
)
# A value the cited sentence states for another fact is not true of what is asked: it is a fair,
# tricky wrong answer ("8" of "ten DB5s, eight of which..." for the ten), and is called so.
_OTHER_FACT = re.compile(
    r"is true: the cited sentence (?:gives (?P<value>.+) for another fact|names (?P<name>.+) "
    r"as well)$"
)


def graded(index: int, message: str) -> Finding:
    """The engine's finding with its severity, and worded so that it never calls true what is
    only another fact's value."""
    other = _OTHER_FACT.search(message)
    if other is not None:
        what = "a value the cited sentence gives" if other["value"] else "named in the sentence"
        message = (
            f"{message[: other.start()]}is {what} for another fact: a close wrong answer, if it "
            "is not also true of what is asked"
        )
        return Finding(index, message, WARNING)
    return Finding(index, message, ERROR if _ERRORS.search(message) else WARNING)


ENGINE_CHECKS = _EngineChecks()


def options_for(library: Library, seed: int) -> Callable[[Question, random.Random], Sequence[str]]:
    """Hand-written wrong answers as written, the rest generated from the articles (seeded)."""

    def wrong_answers(question: Question, rng: random.Random) -> Sequence[str]:
        from quiz.authoring import distractors

        return distractors.generate(question, library, seed)

    return wrong_answers


def order_options(options: Sequence[str], question: Question, rng: random.Random) -> list[str]:
    """Numbers and dates ascending (the answer's place then tells nothing); the rest shuffled."""
    from quiz.authoring import distractors

    return distractors.order_options(options, distractors.kind_of(question), rng)
