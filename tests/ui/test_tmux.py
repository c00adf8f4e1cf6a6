"""The real ``quiz`` command in a real terminal (tmux at 80x24): start a challenge, answer it,
see the score change, quit. Skipped only where tmux is missing (``.ci/run`` installs it)."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from quiz.bank.loader import load_bank
from quiz.corpus.articles import read_library
from tests.ui.conftest import BANK, DEFENDER, ROOT, SEEDS

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

OPTION = re.compile(r"^\s+(?:[✓✗]\s+)?([1-4])\s{2,}(\S.*?)\s*$")


class Tmux:
    """One private tmux server (its own socket), so the test never touches anyone's sessions.

    The socket lives in a folder of its own, removed by ``close``: tmux leaves its socket file
    behind when its server is killed, and ``-L`` would leave one per run in the shared
    ``/tmp/tmux-UID``.
    """

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="quiz-test-"))  # short: sockets have a limit
        self.socket = str(self.folder / "tmux")

    def run(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-S", self.socket, *args], capture_output=True, text=True, check=True
        )
        return result.stdout

    def send(self, *keys: str) -> None:
        self.run("send-keys", "-t", "game", *keys)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "game")

    def wait_for(self, check: Callable[[str], bool], what: str, seconds: float = 20.0) -> str:
        deadline = time.monotonic() + seconds
        while True:
            screen = self.screen()
            if check(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"never saw {what}; the screen was:\n{screen}")
            time.sleep(0.05)

    def close(self) -> None:
        subprocess.run(["tmux", "-S", self.socket, "kill-server"], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def option_keys(screen: str) -> dict[str, str]:
    """Option text -> its key, as drawn."""
    return {m.group(2): m.group(1) for line in screen.splitlines() if (m := OPTION.match(line))}


def question_text(screen: str) -> str:
    """The question: the lines between the countdown and the first option, joined."""
    lines = screen.splitlines()
    first_option = next(i for i, line in enumerate(lines) if OPTION.match(line))
    return " ".join(" ".join(lines[2:first_option]).split())


def score(screen: str) -> int:
    found = re.search(r"Score ([\d,]+)", screen)
    assert found, screen
    return int(found.group(1).replace(",", ""))


def test_a_challenge_in_the_real_command(tmp_path: Path) -> None:
    answers = {
        " ".join(q.question.split()): q.answer
        for q in load_bank([BANK], read_library(SEEDS)).questions
    }
    quiz = Path(sys.executable).with_name("quiz")
    command = " ".join(
        [
            f"ARTICLE_QUIZ_DATA_DIR={shlex.quote(str(tmp_path / 'data'))}",
            f"ARTICLE_QUIZ_CACHE_DIR={shlex.quote(str(tmp_path / 'cache'))}",
            "TERM=xterm-256color",
            shlex.quote(str(quiz)),
            "play",
            shlex.quote(str(BANK)),
            f"--mode challenge --count 3 --article {DEFENDER} --seed 1",
            "; echo QUIZ-EXIT=$?; sleep 60",
        ]
    )
    tmux = Tmux()
    try:
        tmux.run(
            "new-session", "-d", "-s", "game", "-x", "80", "-y", "24", "-c", str(ROOT), command
        )
        screen = tmux.wait_for(
            lambda s: "Question 1 of 3" in s and len(option_keys(s)) == 4,
            "the first question with its options",
        )
        assert "Timed challenge" in screen and "s left" in screen
        assert score(screen) == 0

        asked = question_text(screen)
        answer = next(answer for question, answer in answers.items() if question == asked)
        tmux.send(option_keys(screen)[answer])  # as a player who read the article would

        # (tmux may capture a frame half drawn: wait for the score line to be redrawn too)
        screen = tmux.wait_for(lambda s: "Correct!" in s and score(s) > 0, "the score change")
        assert "Why" in screen and "← your answer, correct" in screen
        assert 500 <= score(screen) <= 1000  # a right answer within 20 seconds pays 500 to 1,000

        tmux.send("Enter")
        tmux.wait_for(lambda s: "Question 2 of 3" in s, "the next question")
        tmux.send("C-q")
        tmux.wait_for(lambda s: "Quit article-quiz?" in s, "the quit dialog")
        tmux.send("y")
        tmux.wait_for(lambda s: "QUIZ-EXIT=0" in s, "the command to exit cleanly")
    finally:
        tmux.close()


def test_the_private_tmux_server_leaves_no_socket_behind() -> None:
    tmux = Tmux()
    try:
        tmux.run("new-session", "-d", "-s", "game", "-x", "80", "-y", "24", "sleep 30")
        socket = Path(tmux.run("display-message", "-p", "-t", "game", "#{socket_path}").strip())
        assert socket.exists()
    finally:
        tmux.close()
    assert not socket.exists()
