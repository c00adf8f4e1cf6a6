"""CSV for spreadsheets: a header row, then one question a row with its options in the game's
order (``A``-``D``), the right letter and answer, and every field of its citation."""

from __future__ import annotations

import contextlib
import csv
import io
import string
from collections.abc import Sequence

from quiz.interchange.record import Imported, Item, clean_line
from quiz.model import OPTIONS_PER_QUESTION, Problem

LETTERS = string.ascii_uppercase[:OPTIONS_PER_QUESTION]
COLUMNS = (
    "id",
    "question",
    *LETTERS,
    "correct",
    "answer",
    "article",
    "title",
    "date",
    "quote",
    "tags",
    "difficulty",
    "kind",
    "explanation",
    "time_limit",
    "origin",
    "reviewed",
)


def write(items: Sequence[Item]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for item in items:
        record = item.provenance()
        options = [*item.options, *[""] * (len(LETTERS) - len(item.options))][: len(LETTERS)]
        cells = {
            **{key: "" if value is None else str(value) for key, value in record.items()},
            **dict(zip(LETTERS, options, strict=True)),
            "question": item.question.question,
            "correct": LETTERS[item.correct] if item.correct < len(LETTERS) else "",
            "answer": item.question.answer,
            "tags": "; ".join(item.question.tags),
            "time_limit": f"{item.question.time_limit:g}" if item.question.time_limit else "",
            "reviewed": "true" if item.question.reviewed else "",
        }
        writer.writerow([cells.get(column, "") for column in COLUMNS])
    return out.getvalue()


def read(text: str, path: str) -> tuple[list[Imported], list[Problem]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("question", "answer") if c not in (reader.fieldnames or [])]
    if missing:
        return [], [Problem(path, 1, 1, f"the header row lacks {', '.join(missing)}")]
    questions: list[Imported] = []
    problems: list[Problem] = []
    line = reader.line_num + 1
    for row in reader:
        cell = {key: (value or "") for key, value in row.items() if key is not None}
        question, answer = clean_line(cell["question"]), clean_line(cell["answer"])
        options = [clean_line(cell.get(letter, "")) for letter in LETTERS]
        options = [option for option in options if option]
        if not question or not answer:
            problems.append(Problem(path, line, 1, "a row needs a question and an answer"))
        elif options and answer not in options:
            problems.append(Problem(path, line, 1, f"the answer '{answer}' is not an option"))
        else:
            imported = Imported(question, answer, [o for o in options if o != answer], line)
            record: dict[str, object] = {k: v for k, v in cell.items() if v and k != "tags"}
            record["tags"] = [t.strip() for t in cell.get("tags", "").split(";") if t.strip()]
            if cell.get("time_limit"):
                with contextlib.suppress(ValueError):  # else cite reports it is no number
                    record["time_limit"] = float(cell["time_limit"])
            record["reviewed"] = cell.get("reviewed", "").lower() == "true"
            problems.extend(Problem(path, line, 1, m) for m in imported.cite(record))
            questions.append(imported)
        line = reader.line_num + 1
    return questions, problems
