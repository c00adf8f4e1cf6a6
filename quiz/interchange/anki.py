"""Anki's text import: a tab-separated file whose ``#`` header lines tell Anki how to read it.

Written with ``#separator:tab``, ``#html:false``, the note type (Basic), the deck, the column
names and which columns hold each note's GUID (the question id, so a re-import updates the note)
and its tags. The front is the question and its options; the back the answer, the quote and
its article. A last column, ``Provenance``, which Anki's Basic note type leaves unmapped, holds
this project's provenance. Fields are quoted as CSV quotes them (Anki reads them so).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from quiz.interchange.record import (
    Imported,
    Item,
    clean,
    clean_line,
    dump_provenance,
    html_to_text,
    parse_provenance,
)
from quiz.model import Problem

COLUMNS = ("GUID", "Front", "Back", "Tags", "Provenance")
_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":"}
_OPTION = re.compile(r"^([A-Z])\. (.*)$")


def write(items: Sequence[Item], deck: str = "article-quiz") -> str:
    out = io.StringIO()
    out.write("#separator:tab\n#html:false\n#notetype:Basic\n")
    out.write(f"#deck:{clean_line(deck)}\n")
    out.write("#columns:" + "\t".join(COLUMNS) + "\n")
    out.write("#guid column:1\n#tags column:4\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    for item in items:
        q = item.question
        options = "\n".join(f"{chr(65 + i)}. {o}" for i, o in enumerate(item.options))
        back = f"{q.answer}\n\n{item.citation_text()}"
        if q.explanation:
            back += f"\n\n{q.explanation}"
        tags = " ".join(tag.replace(" ", "_") for tag in q.tags)
        writer.writerow([q.id, f"{q.question}\n\n{options}", back, tags, dump_provenance(item)])
    return out.getvalue()


def read(text: str, path: str) -> tuple[list[Imported], list[Problem]]:
    """Anki text: our own export (provenance and options come back) or any Basic-style notes
    (front the question, the back's first line the answer, its rest the explanation)."""
    problems: list[Problem] = []
    lines = text.splitlines(keepends=True)
    separator, html = "\t", True
    names: list[str] = []
    guid_col = tags_col = None
    first = 0
    for number, line in enumerate(lines):
        if not line.startswith("#"):
            break
        first = number + 1
        key, _, value = line[1:].strip().partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "separator":
            separator = _SEPARATORS.get(value.lower(), value[:1] or "\t")
        elif key == "html":
            html = value.lower() == "true"
        elif key == "columns":
            names = [name.strip() for name in value.split(separator)]
        elif key == "guid column" and value.isdigit():
            guid_col = int(value) - 1
        elif key == "tags column" and value.isdigit():
            tags_col = int(value) - 1
    if names:
        guid_col = names.index("GUID") if guid_col is None and "GUID" in names else guid_col
        tags_col = names.index("Tags") if tags_col is None and "Tags" in names else tags_col
    prov_col = names.index("Provenance") if "Provenance" in names else None
    # The note's fields: the columns named Front and Back, else the first two left over.
    free = [i for i in range(len(names) + 2) if i not in (guid_col, tags_col, prov_col)]
    front_col = names.index("Front") if "Front" in names else free[0]
    back_col = names.index("Back") if "Back" in names else free[1]

    body = "".join(lines[first:])
    reader = csv.reader(io.StringIO(body), delimiter=separator)
    questions: list[Imported] = []
    while True:
        at = first + reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(Problem(path, at, 1, f"not a note: {error}"))
            break
        if not any(cell.strip() for cell in row):
            continue

        def cell(index: int | None, row: list[str] = row) -> str:
            if index is None or index >= len(row):
                return ""
            value = row[index]
            return clean(html_to_text(value) if html else value)

        front, back = cell(front_col), cell(back_col)
        if not front or not back:
            problems.append(Problem(path, at, 1, "a note needs a front (question) and a back"))
            continue
        question, options = _front(front)
        answer, _, rest = back.partition("\n")
        answer = clean_line(answer)
        wrong = [o for o in options if o != answer]
        if options and answer not in options:
            problems.append(Problem(path, at, 1, f"the answer '{answer}' is not an option"))
            continue
        imported = Imported(question, answer, wrong, line=at, explanation=rest.strip() or None)
        imported.tags = [clean_line(t) for t in cell(tags_col).split() if clean_line(t)]
        guid = clean_line(cell(guid_col))
        imported.id = guid or None
        record_text = cell(prov_col)
        if record_text:
            record, why = parse_provenance(record_text)
            if record is None:
                problems.append(Problem(path, at, 1, why or "bad provenance"))
            else:
                problems.extend(Problem(path, at, 1, m) for m in imported.cite(record))
        questions.append(imported)
    return questions, problems


def _front(front: str) -> tuple[str, list[str]]:
    """The question, and the options when its last paragraph lists them as ``A. ...`` lines."""
    head, _, last = front.rpartition("\n\n")
    matches = [_OPTION.match(line) for line in last.splitlines()]
    if head and matches and all(matches):
        return clean_line(head), [clean_line(m.group(2)) for m in matches if m]
    return clean_line(front), []
