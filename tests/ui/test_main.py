"""``quiz play``'s options become the game's settings; bad ones are refused before Textual loads."""

from __future__ import annotations

import argparse

import pytest

from quiz.cli import build_parser
from quiz.game.session import Mode, Settings
from quiz.ui.main import play, settings_from


def parsed(*args: str) -> argparse.Namespace:
    return build_parser().parse_args(["play", *args])


def test_the_command_line_becomes_the_settings() -> None:
    settings = settings_from(
        parsed(
            "--mode", "challenge", "--count", "5", "--article", "a", "--article", "b",
            "--article", "a", "--seed", "3", "--difficulty", "hard", "--tag", "x",
            "--time-limit", "12.5",
        )
    )  # fmt: skip
    assert settings == Settings(
        mode=Mode.CHALLENGE,
        count=5,
        seed=3,
        time_limit=12.5,
        articles=("a", "b"),
        tags=("x",),
        difficulty="hard",
    )


def test_defaults_are_a_practice_game_of_ten() -> None:
    assert settings_from(parsed()) == Settings(mode=Mode.PRACTICE, count=10)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--count", "0"), "count must be at least 1"),
        (("--time-limit", "-1"), "time limit must be above 0"),
        (("--time-limit", "inf"), "time limit must be above 0"),
    ],
)
def test_bad_settings_are_refused_plainly(
    args: tuple[str, ...], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert play(parsed(*args)) == 2
    assert message in capsys.readouterr().err
