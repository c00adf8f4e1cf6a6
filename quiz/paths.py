"""Where the bank, the articles and the score database live, decided in one place."""

from __future__ import annotations

import os
import tempfile
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "article-quiz"

# The project root when running from a checkout (the package sits beside questions/ and seeds/).
PROJECT_ROOT = Path(__file__).resolve().parent.parent

DATA_DIR_ENV = "ARTICLE_QUIZ_DATA_DIR"
CACHE_DIR_ENV = "ARTICLE_QUIZ_CACHE_DIR"


def shipped(name: str) -> Path:
    """The shipped folder ``name`` ("questions" or "seeds"): inside the installed package, where
    a wheel puts it (quiz/_shipped/), else at the top of the checkout."""
    packaged = resources.files("quiz") / "_shipped" / name
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return PROJECT_ROOT / name


def default_bank_dir() -> Path:
    return shipped("questions")


def default_articles_dir() -> Path:
    return shipped("seeds")


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The player's data directory: --data-dir, then $ARTICLE_QUIZ_DATA_DIR, then the platform's
    rule (on Linux $XDG_DATA_HOME/article-quiz, else ~/.local/share/article-quiz)."""
    if override:
        return Path(override)
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Where the warm-start caches live: $ARTICLE_QUIZ_CACHE_DIR, then the platform's rule."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def write_atomic(path: Path, text: str, *, durable: bool = True) -> None:
    """Write beside the target and rename over it: a reader sees the old file or the new one.

    ``durable`` also flushes the bytes to disk before the rename (an author's drafts); a cache,
    rebuilt when lost, need not wait for that. Raises OSError, leaving no temporary file behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
