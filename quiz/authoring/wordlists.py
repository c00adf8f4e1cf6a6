"""Curated vocabularies the authoring code reads from ``quiz/data/`` (one entry a line, ``#``
comments): data, not code, so a list grows without touching logic, and read once, on first use."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``quiz/data/<name>.txt`` in file order, blank lines and comments left out."""
    text = resources.files("quiz").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """The entries of ``quiz/data/<name>.txt`` as a set, for membership tests."""
    return frozenset(entries(name))


@cache
def irregular_verbs() -> dict[str, str]:
    """Past form -> base form, from ``quiz/data/irregular_verbs.txt`` ("began begin")."""
    pairs = (entry.split() for entry in entries("irregular_verbs"))
    return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}
