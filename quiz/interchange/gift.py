"""GIFT, Moodle's question format: written as Moodle's own exporter writes it, read by its rules.

Writing follows Moodle's ``qformat_gift``: ``\\ # = ~ { } :`` are escaped with a backslash, a line
break is ``\\n``, each question is ``::title::[plain]text{`` then one option a line (``=`` the
right one, ``~`` the wrong ones, in the game's order), ``####`` general feedback (the citation) and
``}``, with a blank line between questions. The provenance is a ``// article-quiz: {...}`` comment
line just above the question, which Moodle ignores and ``read`` brings back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quiz.interchange.record import (
    PROVENANCE,
    Imported,
    Item,
    clean,
    clean_line,
    dump_provenance,
    html_to_text,
    parse_provenance,
)
from quiz.model import Problem

_RESERVED = {"\\": "\\\\", "#": "\\#", "=": "\\=", "~": "\\~", "{": "\\{", "}": "\\}", ":": "\\:"}
FORMATS = ("moodle", "html", "plain", "markdown")


def escape(text: str) -> str:
    """Moodle's ``repchar``: the reserved characters escaped, line breaks as ``\\n``."""
    out = "".join(_RESERVED.get(c, c) for c in text.replace("\r\n", "\n").replace("\r", ""))
    return out.replace("\n", "\\n")


def _text(text: str) -> str:
    """Escaped, and marked plain where a leading ``[word]`` would be read as a format or a
    leading ``%n%`` as an answer's weight (GIFT has no escape for either)."""
    return ("[plain]" if text.startswith(("[", "%")) else "") + escape(text)


def write(items: Sequence[Item], header: str = "") -> str:
    lines = [f"// {line}" if line else "//" for line in header.splitlines()]
    if lines:
        lines.append("")
    for item in items:
        q = item.question
        lines.append(f"// {PROVENANCE}: {dump_provenance(item)}")
        lines.append(f"::{escape(q.id)}::[plain]{escape(q.question)}{{")
        for option in item.options:
            mark = "=" if option == q.answer else "~"
            lines.append(f"\t{mark}{_text(option)}")
        feedback = item.citation_text()
        if q.explanation:
            feedback += f"\n{q.explanation}"
        lines.append(f"\t####{_text(feedback)}")
        lines.append("}")
        lines.append("")
    return "\n".join(lines)


# --- reading ---------------------------------------------------------------------------------

# Each escape and what it stands for (Moodle's escapedchar_pre/post); any other backslash stays.
_ESCAPES = {":": ":", "#": "#", "=": "=", "{": "{", "}": "}", "~": "~", "n": "\n", "\\": "\\"}
_OPEN, _CLOSE, _RIGHT, _WRONG, _HASH, _COLON = (chr(0xE000 + i) for i in range(6))
_SPECIAL = {"{": _OPEN, "}": _CLOSE, "=": _RIGHT, "~": _WRONG, "#": _HASH, ":": _COLON}
_BACK = {v: k for k, v in _SPECIAL.items()}
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")


def _mark(text: str) -> str:
    """Unescaped special characters become private-use marks; escaped ones become themselves.
    (Private-use code points in the input are dropped first, so none can pose as a mark.)"""
    text = "".join(c for c in text if not 0xE000 <= ord(c) <= 0xE005)
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPES:
            out.append(_ESCAPES[text[i + 1]])
            i += 2
            continue
        out.append(_SPECIAL.get(c, c))
        i += 1
    return "".join(out)


def _plain(marked: str) -> str:
    """Marked text back to what it says, its ``[format]`` taken off (HTML made text)."""
    text = "".join(_BACK.get(c, c) for c in marked).strip()
    match = re.match(r"^\[(\w+)\]", text)
    if match and match.group(1) in FORMATS:
        text = text[match.end() :]
        if match.group(1) == "html":
            text = html_to_text(text)
    return clean(text)


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """The file's questions: runs of non-blank lines, each with its first line's number."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def read(text: str, path: str) -> tuple[list[Imported], list[Problem]]:
    questions: list[Imported] = []
    problems: list[Problem] = []
    for start, lines in _blocks(text):
        record = None
        body: list[str] = []
        for offset, line in enumerate(lines):
            stripped = line.strip()
            if stripped.startswith(f"// {PROVENANCE}:"):
                record, why = parse_provenance(stripped.split(":", 1)[1])
                if why:
                    problems.append(Problem(path, start + offset, 1, why))
            elif not stripped.startswith("//"):
                body.append(line)
        source = "\n".join(body).strip()
        if not source or source.startswith("$CATEGORY:"):
            continue
        at = start + next(i for i, ln in enumerate(lines) if not ln.strip().startswith("//"))
        parsed, why = _question(source)
        if parsed is None:
            problems.append(Problem(path, at, 1, why or "not a question"))
            continue
        parsed.line = at
        if record is not None:
            problems.extend(Problem(path, at, 1, message) for message in parsed.cite(record))
        questions.append(parsed)
    return questions, problems


def _question(source: str) -> tuple[Imported | None, str | None]:
    marked = _mark(source)
    if marked.startswith(_COLON * 2):  # ::title:: (Moodle drops a lone :: too)
        end = marked.find(_COLON * 2, 2)
        marked = marked[end + 2 :].strip() if end >= 0 else marked[2:]
    opened = marked.find(_OPEN)
    closed = marked.find(_CLOSE)
    if opened < 0 and closed < 0:
        return None, "a description (no answers in { }), not a question"
    if opened < 0 or closed < opened:
        return None, "unbalanced braces: an answer section needs { and } (escape a literal one)"
    answers = marked[opened + 1 : closed].strip()
    tail = marked[closed + 1 :].strip()
    head = marked[:opened].strip()
    question = _plain(head + (" _____ " + tail if tail else ""))
    feedback = ""
    split = answers.rfind(_HASH * 4)
    if split >= 0:
        feedback = _plain(answers[split + 4 :])
        answers = answers[:split].strip()
    if not question:
        return None, "the question has no text"
    if not answers:
        return None, "an essay question (empty { }): there is no answer to ask for"
    if answers.startswith(_HASH):
        return None, "a numerical question ({#...}): only questions with options are imported"
    plain_answers = _plain(answers)
    if _WRONG not in answers and "->" in plain_answers:
        return None, "a matching question: only questions with options are imported"
    if _WRONG not in answers and _RIGHT not in answers:
        truth = plain_answers.split("#")[0].strip()
        if truth in ("T", "TRUE", "F", "FALSE"):
            right = "True" if truth.startswith("T") else "False"
            wrong = "False" if right == "True" else "True"
            return _imported(question, right, [wrong], feedback), None
        return None, "answers must start with = (right) or ~ (wrong)"
    right_answers: list[str] = []
    wrong_answers: list[str] = []
    for entry in re.split(f"(?=[{_RIGHT}{_WRONG}])", answers):
        entry = entry.strip()
        if not entry:
            continue
        sign, body = entry[0], entry[1:]
        if sign not in (_RIGHT, _WRONG):
            return None, f"text before the first answer: '{_plain(entry)}'"
        body = body.split(_HASH, 1)[0]  # the answer's own feedback is not kept
        # As Moodle reads it: a weight first (before any [format]), then the text.
        weight = _WEIGHT.match("".join(_BACK.get(c, c) for c in body).strip())
        if weight:
            body = body.strip()[weight.end() :]
        text = clean_line(_plain(body))
        if not text:
            return None, "an answer is empty"
        full = sign == _RIGHT or (weight is not None and float(weight.group(1)) >= 100)
        (right_answers if full else wrong_answers).append(text)
    if right_answers and _WRONG not in answers:
        # A short-answer question: its first accepted answer; the others are its spellings.
        return _imported(question, right_answers[0], [], feedback), None
    if len(right_answers) != 1:
        return None, (
            "no right answer (mark one with =)"
            if not right_answers
            else f"{len(right_answers)} right answers; a question here has exactly one"
        )
    return _imported(question, right_answers[0], wrong_answers, feedback), None


def _imported(question: str, answer: str, wrong: list[str], feedback: str) -> Imported:
    return Imported(
        question=clean_line(question),
        answer=answer,
        distractors=wrong,
        line=0,
        explanation=feedback or None,
    )
