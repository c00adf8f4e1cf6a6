"""OpenTDB-style JSON: ``response_code`` and ``results``, as the Open Trivia Database serves it.

Texts are HTML-encoded, as that API's default encoding gives them (a reader of OpenTDB files
expects entities); ``read`` decodes them as text, never markup. Each result's ``category`` is
the cited article's title; the provenance, with the options in the game's order, is in an extra
``article-quiz`` field.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from quiz.interchange.record import PROVENANCE, Imported, Item, clean, clean_line, html_to_text
from quiz.model import DIFFICULTIES, Problem


def _encode(text: str) -> str:
    return html.escape(text, quote=True).replace("&#x27;", "&#039;")


def write(items: Sequence[Item]) -> str:
    results = []
    for item in items:
        q = item.question
        record = item.provenance()
        record["options"] = list(item.options)
        results.append(
            {
                "type": "boolean" if set(item.options) == {"True", "False"} else "multiple",
                "difficulty": q.difficulty,
                "category": _encode(item.title),
                "question": _encode(q.question),
                "correct_answer": _encode(q.answer),
                "incorrect_answers": [_encode(option) for option in item.wrong],
                PROVENANCE: record,
            }
        )
    return json.dumps({"response_code": 0, "results": results}, indent=2, ensure_ascii=False) + "\n"


def _decode(value: object) -> str | None:
    return clean(html_to_text(value)) if isinstance(value, str) else None


def read(text: str, path: str) -> tuple[list[Imported], list[Problem]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return [], [Problem(path, error.lineno, error.colno, f"not JSON: {error.msg}")]
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, list):
        return [], [Problem(path, 1, 1, "an OpenTDB file is an object with a 'results' list")]
    lines = _result_lines(text, len(results))
    questions: list[Imported] = []
    problems: list[Problem] = []
    for index, result in enumerate(results):
        line = lines[index]
        if not isinstance(result, dict):
            problems.append(Problem(path, line, 1, f"result {index + 1} is not an object"))
            continue
        question = _decode(result.get("question"))
        answer = _decode(result.get("correct_answer"))
        wrong_raw = result.get("incorrect_answers", [])
        wrong = [_decode(w) for w in wrong_raw] if isinstance(wrong_raw, list) else [None]
        missing = [
            name
            for name, value in (("question", question), ("correct_answer", answer))
            if not value
        ]
        if missing or any(w is None or not w for w in wrong):
            what = ", ".join(missing) or "incorrect_answers (a list of text)"
            problems.append(Problem(path, line, 1, f"result {index + 1}: missing or bad {what}"))
            continue
        assert question is not None and answer is not None
        imported = Imported(
            clean_line(question), clean_line(answer), [clean_line(str(w)) for w in wrong], line
        )
        difficulty = result.get("difficulty")
        if difficulty in DIFFICULTIES:
            imported.difficulty = str(difficulty)
        category = _decode(result.get("category"))
        if category:
            imported.tags = [clean_line(category)]
        record = result.get(PROVENANCE)
        if isinstance(record, dict):
            problems.extend(Problem(path, line, 1, m) for m in imported.cite(record))
            order = record.get("options")
            if isinstance(order, list) and sorted(map(str, order)) == sorted(
                [imported.answer, *imported.distractors]
            ):
                imported.distractors = [str(o) for o in order if o != imported.answer]
        elif record is not None:
            problems.append(Problem(path, line, 1, f"'{PROVENANCE}' must be an object"))
        questions.append(imported)
    return questions, problems


def _result_lines(text: str, count: int) -> list[int]:
    """The line of each result, for messages: found by decoding the list one value at a time."""
    decoder = json.JSONDecoder()
    start = text.find('"results"')
    position = text.find("[", start) + 1 if start >= 0 else -1
    lines: list[int] = []
    while position > 0 and len(lines) < count:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        lines.append(text.count("\n", 0, position) + 1)
        try:
            _, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError:
            break
    return lines + [1] * (count - len(lines))
