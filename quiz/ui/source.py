"""Where the game's questions come from: the bank and its articles, loaded once per run.

This module never imports Textual, so ``quiz play`` can start loading the bank in a thread
before Textual itself has been imported; the app then asks ``done()``/``result()``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from quiz.bank.loader import Bank
    from quiz.corpus.articles import Library
    from quiz.model import Problem


@dataclass(frozen=True, slots=True)
class Loaded:
    """What the game needs before its first screen: the questions and their articles."""

    bank: Bank
    library: Library

    @property
    def problems(self) -> list[Problem]:
        """What the player is told at start-up: the errors, each a question left out. (A
        warning is for authors: ``quiz check`` shows it; the question plays.)"""
        return [p for p in (*self.library.problems, *self.bank.problems) if p.is_error]


def load(bank_paths: Sequence[Path], articles_dir: Path, cache_dir: Path | None) -> Loaded:
    """Read the articles and the bank (from the warm-start cache when nothing has changed)."""
    from quiz.authoring.engine import ENGINE_CHECKS
    from quiz.bank.cache import load_bank_cached
    from quiz.corpus.articles import read_library

    library = read_library(articles_dir, cache_dir)
    # Linted as quiz check lints, so the two agree on what plays: an error keeps a question out.
    # The cache is the same one check writes, so an unchanged bank starts warm.
    bank = load_bank_cached(list(bank_paths), library, cache_dir, checks=ENGINE_CHECKS)
    return Loaded(bank, library)


def default_places(
    bank_paths: Sequence[Path], articles_dir: Path | None
) -> tuple[list[Path], Path, Path]:
    """The bank, the articles and the cache folder, with the shipped ones as defaults."""
    from quiz import paths

    return (
        list(bank_paths) or [paths.default_bank_dir()],
        articles_dir or paths.default_articles_dir(),
        paths.cache_dir(),
    )


class Source(Protocol):
    def done(self) -> bool: ...

    def result(self) -> Loaded: ...


class LoadNow:
    """Loads when first asked (the tests' source: no threads, nothing to wait for)."""

    def __init__(self, work: Callable[[], Loaded]) -> None:
        self._work = work
        self._loaded: Loaded | None = None

    def done(self) -> bool:
        return True

    def result(self) -> Loaded:
        if self._loaded is None:
            self._loaded = self._work()
        return self._loaded


class LoadInBackground:
    """Loads in a thread started at once, so the bank loads while Textual is imported."""

    def __init__(self, work: Callable[[], Loaded]) -> None:
        self._work = work
        self._loaded: Loaded | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="load-bank", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._loaded = self._work()
        except BaseException as error:  # handed to whoever asks for the result
            self._error = error

    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self) -> Loaded:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._loaded is not None
        return self._loaded
