"""``quiz export``, ``quiz import`` and ``quiz schema``: what the command line runs."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from quiz import paths
from quiz.interchange import aiken, anki, csvfile, gift, opentdb
from quiz.interchange.record import Imported, Item
from quiz.model import Problem

WRITERS: dict[str, Callable[[Sequence[Item]], str]] = {
    "gift": gift.write,
    "aiken": aiken.write,
    "anki": anki.write,
    "opentdb": opentdb.write,
    "csv": csvfile.write,
}
READERS: dict[str, Callable[[str, str], tuple[list[Imported], list[Problem]]]] = {
    "gift": gift.read,
    "aiken": aiken.read,
    "anki": anki.read,
    "opentdb": opentdb.read,
    "csv": csvfile.read,
}
SUFFIXES = {".gift": "gift", ".json": "opentdb", ".csv": "csv", ".aiken": "aiken", ".tsv": "anki"}


def export(
    fmt: str,
    output: Path | None,
    *,
    bank_paths: Sequence[Path] = (),
    articles_dir: Path | None = None,
    seed: int = 0,
    count: int | None = None,
    articles: Sequence[str] = (),
    tags: Sequence[str] = (),
    difficulty: str | None = None,
) -> int:
    from quiz.authoring.engine import ENGINE_CHECKS
    from quiz.bank.cache import load_bank_cached
    from quiz.corpus.articles import read_library
    from quiz.game.session import Settings
    from quiz.interchange.export import exported_items

    try:
        settings = Settings(
            count=count,
            seed=seed,
            articles=tuple(articles),
            tags=tuple(tags),
            difficulty=difficulty,
        )
    except ValueError as error:
        print(f"quiz export: {error}", file=sys.stderr)
        return 2
    library = read_library(articles_dir or paths.default_articles_dir(), paths.cache_dir())
    # Loaded as the game loads it, so that the export holds the questions a game would play.
    bank = load_bank_cached(
        list(bank_paths) or [paths.default_bank_dir()],
        library,
        paths.cache_dir(),
        lint=False,
        checks=ENGINE_CHECKS,
    )
    items = exported_items(bank.questions, library, settings)
    if fmt == "aiken":
        for item in items:
            why = aiken.unwritable(item)
            if why:
                q = item.question
                print(f"{q.path}:{q.line}: left out of the Aiken file: {why}", file=sys.stderr)
    text = WRITERS[fmt](items)
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            paths.write_atomic(output, text)
        except OSError as error:
            print(f"quiz export: cannot write {output}: {error.strerror}", file=sys.stderr)
            return 1
        print(
            f"{_n(len(items), 'question')} (seed {seed}) written to {output} as {fmt}",
            file=sys.stderr,
        )
    if bank.problems:
        print(
            f"quiz export: the bank has {_n(len(bank.problems), 'problem')}; those questions "
            "are left out (quiz check lists them)",
            file=sys.stderr,
        )
    return 0


def guess_format(path: Path, text: str) -> str | None:
    """The format a file is in, by its name and then by its first lines."""
    if path.suffix.lower() in SUFFIXES:
        return SUFFIXES[path.suffix.lower()]
    head = text.lstrip("\ufeff")[:4000]
    if head.startswith("#separator:") or head.startswith("#html:"):
        return "anki"
    if head.lstrip().startswith("{"):
        return "opentdb"
    first = head.split("\n", 1)[0].lower()
    if {"question", "answer"} <= {cell.strip() for cell in first.split(",")}:
        return "csv"
    if "{" in head and "}" in head:
        return "gift"
    if "ANSWER:" in head:
        return "aiken"
    return None


def import_file(source: Path, fmt: str | None, out_dir: Path | None, *, force: bool = False) -> int:
    from quiz.interchange.bankfile import NotOurs, write_file

    try:
        data = source.read_bytes()
    except OSError as error:
        print(f"{source}:1: cannot read: {error.strerror}", file=sys.stderr)
        return 1
    shown = str(source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        print(f"{shown}:{line}: not UTF-8 text", file=sys.stderr)
        return 1
    fmt = fmt or guess_format(source, text)
    if fmt is None:
        print(f"{shown}:1: cannot tell the format; give --format", file=sys.stderr)
        return 2
    questions, problems = READERS[fmt](text, shown)
    for problem in problems:
        print(f"{problem.path}:{problem.line}: {problem.message}", file=sys.stderr)
    target_dir = out_dir or paths.default_bank_dir() / "imported"
    try:
        written = write_file(questions, source, fmt, target_dir, force=force)
    except NotOurs as error:
        print(str(error), file=sys.stderr)
        return 1
    except OSError as error:
        print(f"quiz import: cannot write to {target_dir}: {error.strerror}", file=sys.stderr)
        return 1
    if not written.written and not written.kept:
        print(f"{shown}: no questions to import; nothing written", file=sys.stderr)
        return 1
    kept = f", {written.kept} you edited kept as they were" if written.kept else ""
    uncited = f"; {written.uncited} uncited (fill in their source)" if written.uncited else ""
    print(
        f"{written.written} questions from {shown} ({fmt}) written to {written.path}{kept}{uncited}"
    )
    return 1 if problems else 0


def print_schema() -> int:
    from quiz.interchange.schema import schema_text

    sys.stdout.write(schema_text())
    return 0


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
