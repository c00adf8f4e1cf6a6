"""Every scoring rule, with exact numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.game.scoring import points_for, speed_points, streak_bonus


@pytest.mark.parametrize(
    ("elapsed", "limit", "points"),
    [
        (0.0, 20.0, 1000),
        (0.49, 20.0, 1000),  # full points under half a second
        (0.6, 20.0, 985),  # round(1000 * (1 - 0.03 / 2)) = round(985.0)
        (1.0, 20.0, 975),
        (5.0, 20.0, 875),
        (10.0, 20.0, 750),
        (13.0, 20.0, 675),
        (20.0, 20.0, 500),  # the last instant still pays half
        (25.0, 20.0, 500),  # late answers are the session's timeout; never below half here
        (2.5, 10.0, 875),
        (3.0, 7.0, 786),  # round(1000 * (1 - 3/14)) = round(785.71...)
    ],
)
def test_speed_points_follow_the_formula(elapsed: float, limit: float, points: int) -> None:
    assert speed_points(elapsed, limit) == points


def test_half_a_second_is_no_longer_full_points() -> None:
    assert speed_points(0.5, 20.0) == round(1000 * (1 - (0.5 / 20.0) / 2))
    assert speed_points(0.5, 20.0) < 1000


def test_a_clock_stepping_backwards_pays_no_more_than_full_points() -> None:
    assert speed_points(-3.0, 20.0) == 1000


def test_speed_points_need_a_positive_limit() -> None:
    with pytest.raises(ValueError, match="positive"):
        speed_points(1.0, 0.0)


@given(
    st.floats(min_value=0.0, max_value=100.0),
    st.floats(min_value=0.0, max_value=100.0),
    st.floats(min_value=0.5, max_value=120.0),
)
def test_speed_points_stay_between_half_and_full_and_never_reward_slowness(
    first: float, second: float, limit: float
) -> None:
    early, late = sorted((first, second))
    assert 500 <= speed_points(late, limit) <= speed_points(early, limit) <= 1000


@pytest.mark.parametrize(
    ("streak", "bonus"),
    [(0, 0), (1, 0), (2, 100), (3, 200), (4, 300), (5, 400), (6, 500), (7, 500), (40, 500)],
)
def test_streak_bonus_grows_by_100_and_caps_at_500(streak: int, bonus: int) -> None:
    assert streak_bonus(streak) == bonus


def test_streak_bonus_can_be_switched_off() -> None:
    assert streak_bonus(6, enabled=False) == 0


def test_wrong_answers_score_nothing_in_any_mode() -> None:
    assert points_for(correct=False, timed=False) == (0, 0)
    assert points_for(correct=False, timed=True, elapsed=0.1, time_limit=20.0, streak=0) == (0, 0)


def test_untimed_modes_pay_100_and_no_bonus_however_long_the_streak() -> None:
    assert points_for(correct=True, timed=False, elapsed=99.0, streak=9) == (100, 0)


def test_challenge_pays_speed_plus_streak_bonus() -> None:
    assert points_for(correct=True, timed=True, elapsed=5.0, time_limit=20.0, streak=3) == (
        875,
        200,
    )


def test_challenge_without_speed_scoring_pays_1000_whenever_in_time() -> None:
    points = points_for(
        correct=True, timed=True, elapsed=19.0, time_limit=20.0, streak=2, speed_scoring=False
    )
    assert points == (1000, 100)


def test_challenge_without_streak_bonus_pays_speed_only() -> None:
    points = points_for(
        correct=True,
        timed=True,
        elapsed=10.0,
        time_limit=20.0,
        streak=8,
        streak_bonus_enabled=False,
    )
    assert points == (750, 0)


def test_speed_scoring_needs_a_time_limit() -> None:
    with pytest.raises(ValueError, match="time limit"):
        points_for(correct=True, timed=True, elapsed=1.0, time_limit=None)
