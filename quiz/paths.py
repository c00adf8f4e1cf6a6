"""Where the bank, the articles and the score database live, decided in one place."""

from __future__ import annotations

import errno
import os
import stat
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
    rebuilt when lost, need not wait for that. The file keeps the mode it had (a new one gets the
    usual 0666 less the umask, not mkstemp's 0600). Raises OSError, leaving no temporary file
    behind and the old file as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:  # a new file
        mode = 0o666 & ~_umask()
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(handle, mode)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it: put it straight back
    os.umask(mask)
    return mask


def output_folder_problem(folder: Path) -> str | None:
    """Why files cannot be written into ``folder`` (to be created if missing), or None.

    Asked before any work is done, so that a command says what is wrong and loses nothing,
    rather than failing with a traceback at its first write.
    """
    existing = folder
    while not existing.exists() and not existing.is_symlink():
        if existing.parent == existing:
            break
        existing = existing.parent
    if existing.is_symlink() and not existing.exists():
        return f"{existing} is a symbolic link to nothing"
    if not existing.is_dir():
        where = "" if existing == folder else " is in the way: it"
        return f"{existing}{where} is a file, not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"{existing} is not writable"
    try:  # a read-only mount passes os.access; only a write tells
        handle, probe = tempfile.mkstemp(prefix=".write-test.", dir=existing)
    except OSError as error:
        return f"cannot write in {existing}: {error.strerror or error}"
    os.close(handle)
    os.unlink(probe)
    return None


# Larger than any real file of its kind by far, small enough to read without harm.
MAX_ARTICLE_BYTES = 8 * 1024 * 1024
MAX_CATALOGUE_BYTES = 16 * 1024 * 1024
MAX_BANK_FILE_BYTES = 64 * 1024 * 1024  # 2.5 times a file of 100,000 questions


def read_regular(path: Path, limit: int, within: Path | None = None) -> bytes | str:
    """The bytes of the regular file at ``path``, or (a string) why it was not read.

    Never blocks and never reads without end: a FIFO, a device, a socket or a folder is refused
    without reading it, as is a file over ``limit`` bytes; a symbolic link that leads nowhere or
    round in a loop is named as such, and with ``within`` one that leads outside that folder is
    refused (an articles folder cannot make the game read /etc/passwd). As cheap as a plain read
    of a regular file: the open itself refuses to follow a link, and its fstat tells the rest.
    """
    try:
        # O_NONBLOCK: opening a FIFO (or a terminal) returns at once, to be refused below.
        handle = os.open(path, _READ_FLAGS | os.O_NOFOLLOW)
    except OSError as error:
        if error.errno not in (errno.ELOOP, errno.EMLINK):  # ELOOP: it is a symbolic link
            return f"cannot be read: {error.strerror or error}"
        followed = _follow(path, within)
        if isinstance(followed, str):
            return followed
        try:
            handle = os.open(followed, _READ_FLAGS | os.O_NOFOLLOW)
        except OSError as error:
            return f"cannot be read: {error.strerror or error}"
    info = os.fstat(handle)
    kind = _kind(info.st_mode)
    if kind is not None or info.st_size > limit:
        os.close(handle)
        if kind is not None:
            return f"is {kind}, not a regular file; not read"
        return f"is {info.st_size:,} bytes, over the limit of {limit:,}; not read"
    with os.fdopen(handle, "rb") as file:
        try:
            data = file.read(info.st_size + 1)
            if len(data) > info.st_size:  # it grew, or its size was not known: read on
                data += file.read(limit + 1 - len(data))
        except OSError as error:
            return f"cannot be read: {error.strerror or error}"
    if len(data) > limit:
        return f"is over the limit of {limit:,} bytes; not read"
    return data


_READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def _follow(link: Path, within: Path | None) -> Path | str:
    """Where a symbolic link leads, or why it leads nowhere a file may be read from."""
    try:
        target = link.resolve(strict=True)
    except FileNotFoundError:
        return f"is a symbolic link to {os.readlink(link)}, which does not exist"
    except (RuntimeError, OSError) as error:  # RuntimeError: a loop, before Python 3.13
        if isinstance(error, RuntimeError) or error.errno == errno.ELOOP:
            return "is a symbolic link that loops back on itself"
        return f"cannot be read: {error.strerror or error}"
    if within is not None and not target.is_relative_to(within.resolve()):
        return f"is a symbolic link to {target}, outside {within}; not read"
    return target


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"
