"""Aiken, Moodle's plainest multiple-choice format, by the rules of its importer.

A question is its text on one line, then one option a line (an upper-case letter, ``.`` or
``)``, a space, the text), then ``ANSWER: X``; a blank line between questions. The format has no
comments and no feedback, so it carries no citation: an Aiken file imports uncited.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from quiz.interchange.record import Imported, Item, clean_line
from quiz.model import Problem

_OPTION = re.compile(r"^([A-Z])[).][ \t]")
LETTERS = string.ascii_uppercase


def unwritable(item: Item) -> str | None:
    """Why the format cannot hold this question faithfully, if it cannot."""
    text = clean_line(item.question.question)
    if _OPTION.match(text) or text.startswith("ANSWER:"):
        return "its text would read as an option or an ANSWER: line"
    if len(item.options) > len(LETTERS):
        return "more options than letters"
    if len(item.options) < 2:
        return "fewer than two options"
    return None


def write(items: Sequence[Item]) -> str:
    """The questions the format can hold (see ``unwritable``), in order."""
    blocks: list[str] = []
    for item in items:
        if unwritable(item):
            continue
        lines = [clean_line(item.question.question)]
        lines += [f"{LETTERS[i]}. {clean_line(o)}" for i, o in enumerate(item.options)]
        lines.append(f"ANSWER: {LETTERS[item.correct]}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def read(text: str, path: str) -> tuple[list[Imported], list[Problem]]:
    questions: list[Imported] = []
    problems: list[Problem] = []
    question: str | None = None
    start = 0
    options: list[str] = []

    def drop(why: str) -> None:
        problems.append(Problem(path, start, 1, why))

    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if len(line) < 2:  # Moodle skips such lines too
            continue
        option = _OPTION.match(line)
        if option:
            if question is None:
                problems.append(Problem(path, number, 1, "an option before any question text"))
                continue
            expected = LETTERS[len(options)] if len(options) < len(LETTERS) else "?"
            if option.group(1) != expected:
                problems.append(
                    Problem(path, number, 1, f"option {option.group(1)} where {expected} was due")
                )
            options.append(clean_line(line[2:]))
            continue
        if line.startswith("ANSWER:"):
            letter = line[len("ANSWER:") :].strip()[:1]
            if question is None or not options:
                problems.append(Problem(path, number, 1, "ANSWER: with no question and options"))
            elif letter not in LETTERS[: len(options)] or not letter:
                drop(f"ANSWER: '{letter}' is not one of the options A-{LETTERS[len(options) - 1]}")
            elif any(not o for o in options):
                drop("an option is empty")
            else:
                index = LETTERS.index(letter)
                wrong = [o for i, o in enumerate(options) if i != index]
                questions.append(Imported(question, options[index], wrong, line=start))
            question, options = None, []
            continue
        if question is not None and options:
            drop("no ANSWER: line after its options")
            question, options = None, []
        if question is None:
            question, start = clean_line(line), number
        else:  # a question text over several lines: one line, as Moodle's importer wants it
            question = f"{question} {clean_line(line)}"
    if question is not None:
        drop("no ANSWER: line after its options" if options else "a question with no options")
    return questions, problems
