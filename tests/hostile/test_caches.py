"""Hostile caches: the bank cache and the catalogue cache are believed whole or not at all.

Each attack keeps the right key (so only validation can catch it), and each test checks both
that the result is the bank as loaded afresh and that the bad cache was replaced by a good one.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quiz.bank.cache import load_bank_cached
from quiz.bank.loader import Bank, load_bank
from quiz.corpus.articles import read_library
from tests.hostile.conftest import World


def _bank(world: World, cache: Path) -> Bank:
    return load_bank_cached([world.bank], read_library(world.articles), cache, lint=False)


def _cache_file(cache: Path) -> Path:
    (found,) = cache.glob("bank-*.json")
    return found


def _edit(change: Callable[[dict[str, Any]], None]) -> Callable[[str], str]:
    def edit(text: str) -> str:
        data = json.loads(text)
        change(data)
        return json.dumps(data)

    return edit


def _row(index: int, value: object) -> Callable[[str], str]:
    def change(data: dict[str, Any]) -> None:
        data["questions"][0][index] = value

    return _edit(change)


# Each keeps the key and the format: only checking every value can tell.
ATTACKS: dict[str, Callable[[str], str]] = {
    "nested 100,000 deep": lambda text: text[:-1] + ',"x":' + "[" * 100_000 + "]" * 100_000 + "}",
    "an answer that is a number": _row(2, 300),
    "a question that is null": _row(1, None),
    "distractors that are text": _row(3, "abc"),
    "a distractor that is a number": _row(3, ["a", 1, "b"]),
    "a negative table index": _row(4, -1),
    "an index past its table": _row(13, 99),
    "a line that is text": _row(14, "7"),
    "reviewed that is a number": _row(12, 1),
    "an escape in a question": _row(1, "How long\u001b[2J?"),
    "an 8-bit CSI in an answer": _row(2, "300\u009b2J"),
    "a short row": _edit(lambda data: data["questions"][0].pop()),
    "an unknown difficulty": _edit(lambda data: data.__setitem__("difficulties", ["brutal"])),
    "tags that are a mapping": _edit(lambda data: data.__setitem__("tags", {"a": 1})),
    "a problem with line 0": _edit(
        lambda data: data.__setitem__("problems", [["q.yaml", 0, 1, "x"]])
    ),
    "questions that are a mapping": _edit(lambda data: data.__setitem__("questions", {})),
    "a top level that is a list": lambda text: "[" + text + "]",
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_a_bad_bank_cache_is_ignored_and_rebuilt(
    world: World, tmp_path: Path, attack: str
) -> None:
    cache = tmp_path / "cache"
    fresh = load_bank([world.bank], read_library(world.articles), lint=False)
    _bank(world, cache)
    written = _cache_file(cache)
    good = written.read_text(encoding="utf-8")
    written.write_text(ATTACKS[attack](good), encoding="utf-8")
    again = _bank(world, cache)
    assert again.questions == fresh.questions and again.problems == fresh.problems
    assert all(type(q.answer) is str for q in again.questions)
    assert written.read_text(encoding="utf-8") == good  # replaced, not kept


def test_a_cache_far_larger_than_its_bank_is_not_read(world: World, tmp_path: Path) -> None:
    """Valid JSON padded with spaces: it was believed on every run and never rewritten."""
    cache = tmp_path / "cache"
    _bank(world, cache)
    written = _cache_file(cache)
    good = written.read_text(encoding="utf-8")
    written.write_text(good + " " * (3 * 1024 * 1024), encoding="utf-8")
    again = _bank(world, cache)
    assert [q.id for q in again.questions] == ["length"]
    assert written.read_text(encoding="utf-8") == good


def test_a_cache_that_is_a_fifo_never_hangs(world: World, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _bank(world, cache)
    written = _cache_file(cache)
    written.unlink()
    os.mkfifo(written)
    found: list[Bank] = []
    loader = threading.Thread(target=lambda: found.append(_bank(world, cache)), daemon=True)
    loader.start()
    loader.join(timeout=20)
    assert not loader.is_alive(), "reading a FIFO for a cache hung"
    assert [q.id for q in found[0].questions] == ["length"]


def test_an_intact_cache_is_still_used(world: World, tmp_path: Path) -> None:
    """The validation refuses bad caches only: a good one is read, not rebuilt."""
    cache = tmp_path / "cache"
    _bank(world, cache)
    written = _cache_file(cache)
    before = written.stat().st_mtime_ns
    (world.bank / "q.yaml").chmod(0o644)
    assert [q.id for q in _bank(world, cache).questions] == ["length"]
    assert written.stat().st_mtime_ns == before


# --- the catalogue cache -------------------------------------------------------------------------


def _catalogue_file(cache: Path) -> Path:
    (found,) = cache.glob("catalogue-*.json")
    return found


CATALOGUE_ATTACKS: dict[str, Callable[[str], str]] = {
    "nested 100,000 deep": lambda text: text[:-1] + ',"x":' + "[" * 100_000 + "]" * 100_000 + "}",
    "a title that is a number": _edit(lambda data: data["titles"].__setitem__("bridge", 3)),
    "an escape in a title": _edit(lambda data: data["titles"].__setitem__("bridge", "B\u001b]0;x")),
    "a claim that is text": _edit(lambda data: data["conflicts"][0].__setitem__(1, "abc")),
    "conflicts dropped": _edit(lambda data: data.__setitem__("conflicts", {})),
    "a short claim": _edit(lambda data: data["conflicts"][0][1][0].pop()),
    "padded far past its catalogue": lambda text: text + " " * (1024 * 1024),
}


@pytest.mark.parametrize("attack", sorted(CATALOGUE_ATTACKS))
def test_a_bad_catalogue_cache_is_ignored_and_rebuilt(
    world: World, tmp_path: Path, attack: str
) -> None:
    cache = tmp_path / "cache"
    fresh = read_library(world.articles)
    read_library(world.articles, cache)
    written = _catalogue_file(cache)
    good = written.read_text(encoding="utf-8")
    written.write_text(CATALOGUE_ATTACKS[attack](good), encoding="utf-8")
    again = read_library(world.articles, cache)
    assert again.conflicts == fresh.conflicts and again.problems == fresh.problems
    assert {k: a.title for k, a in again.articles.items()} == {
        k: a.title for k, a in fresh.articles.items()
    }
    assert written.read_text(encoding="utf-8") == good
