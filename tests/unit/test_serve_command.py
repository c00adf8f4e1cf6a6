"""`quiz serve` without a browser: what each tab runs, a bad option refused before serving, and
textual-serve kept out of `quiz check` and of a game in the terminal."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from quiz.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_each_tab_runs_this_interpreters_quiz_play_with_the_options() -> None:
    from quiz.ui.serve import play_command

    command = shlex.split(play_command(["--mode", "challenge", "a b.yaml"]))
    assert command == [sys.executable, "-m", "quiz.cli", "play", "--mode", "challenge", "a b.yaml"]


def test_a_bad_play_option_fails_before_anything_is_served(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["serve", "--port", "0", "--mode", "sprint"])
    assert stop.value.code == 2
    assert "invalid choice: 'sprint'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "code",
    [
        "import io, contextlib\nfrom quiz.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): main(['check'])",
        "import quiz.ui.app, quiz.ui.main, quiz.ui.screens.home, quiz.ui.screens.drafts",
    ],
    ids=["quiz check", "the game"],
)
def test_textual_serve_loads_only_for_quiz_serve(code: str) -> None:
    probe = (
        code + "\nimport sys\nprint(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'textual_serve', 'aiohttp'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"
