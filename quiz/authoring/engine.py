"""The wrong-answer engine as the game and the bank see it: through their seams, loaded lazily.

``quiz/game`` and ``quiz/bank`` never import authoring; the UI and the CLI hand them these
adapters. Each imports the engine (and, if a name needs it, Faker) only when first used, so a
game whose questions carry all their wrong answers never loads it.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from quiz.corpus.articles import Library
from quiz.model import Question


class _EngineChecks:
    """``quiz.bank.loader.Checks`` answered by the distractor engine."""

    def cannot_generate(self, question: Question, library: Library | None) -> str | None:
        from quiz.authoring import distractors

        return distractors.cannot_generate(question, library)

    def lint(self, question: Question, library: Library) -> list[tuple[int, str]]:
        from quiz.authoring import distractors

        return list(distractors.lint(question, library))


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
