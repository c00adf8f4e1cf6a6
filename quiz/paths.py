"""Where the bank, the articles and the score database live, decided in one place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# The project root when running from a checkout (the package sits beside questions/ and seeds/).
PROJECT_ROOT = Path(__file__).resolve().parent.parent

DATA_DIR_ENV = "ARTICLE_QUIZ_DATA_DIR"


def default_bank_dir() -> Path:
    return PROJECT_ROOT / "questions"


def default_articles_dir() -> Path:
    return PROJECT_ROOT / "seeds"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The player's data directory: --data-dir, then $ARTICLE_QUIZ_DATA_DIR, then XDG rules."""
    if override:
        return Path(override)
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / "article-quiz"


CACHE_DIR_ENV = "ARTICLE_QUIZ_CACHE_DIR"


def cache_dir() -> Path:
    """Where the warm-start bank cache lives: $ARTICLE_QUIZ_CACHE_DIR, then XDG rules."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "article-quiz"


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
