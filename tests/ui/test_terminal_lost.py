"""A game whose terminal disappears (a closed window, a dropped ssh link, a killed tmux server)
without a hang-up signal reaching it leaves at once, instead of spinning on the dead terminal.

The real ``quiz play`` runs on a pseudo-terminal that shields it from SIGHUP; the test closes the
terminal's other end and expects the process gone within a few seconds, having used little CPU.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

from tests.ui.conftest import BANK, ROOT, SEEDS

QUIZ = str(Path(sys.executable).with_name("quiz"))


def _read_until(fd: int, marker: bytes, seconds: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + seconds
    while marker not in seen:
        if time.monotonic() > deadline:
            raise AssertionError(f"{marker!r} never appeared: {seen[-300:]!r}")
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return seen


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_the_game_leaves_when_its_terminal_is_gone(tmp_path: Path) -> None:
    master, slave = pty.openpty()
    pid = os.fork()
    if pid == 0:  # the game: its own session, the pty as its terminal, deaf to SIGHUP
        try:
            os.setsid()
            for fd in (0, 1, 2):
                os.dup2(slave, fd)
            os.close(master)
            os.close(slave)
            signal.signal(signal.SIGHUP, signal.SIG_IGN)
            os.chdir(ROOT)
            env = {
                **os.environ,
                "TERM": "xterm-256color",
                "ARTICLE_QUIZ_DATA_DIR": str(tmp_path / "data"),
                "ARTICLE_QUIZ_CACHE_DIR": str(tmp_path / "cache"),
            }
            argv = [QUIZ, "play", str(BANK), "--articles", str(SEEDS), "--mode", "practice"]
            os.execve(QUIZ, argv, env)
        finally:
            os._exit(127)
    os.close(slave)
    try:
        _read_until(master, b"Question 1 of", 30)
        os.close(master)  # the terminal goes away
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            time.sleep(0.1)
        else:
            used = _cpu_seconds(pid)
            raise AssertionError(f"still running 10 s after its terminal went ({used:.1f} s CPU)")
        assert os.WIFEXITED(status), status
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
