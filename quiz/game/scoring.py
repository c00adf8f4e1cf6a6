"""The scoring rules as pure functions, so every number the game shows can be tested exactly.

Practice and review pay a flat ``PRACTICE_POINTS`` per correct answer. Challenge pays for speed:
a correct answer after ``t`` of ``T`` seconds scores ``round(1000 * (1 - (t / T) / 2))`` (so
between 1000 and 500), and full points when answered within ``FULL_POINTS_WITHIN`` seconds. On
top of that, each correct answer in a row beyond the first adds ``STREAK_STEP``, capped at
``STREAK_CAP``. A wrong answer or a timeout scores nothing and breaks the streak.
"""

from __future__ import annotations

PRACTICE_POINTS = 100
MAX_POINTS = 1000
FULL_POINTS_WITHIN = 0.5  # seconds: faster than anyone can read, so no reason to rank it
STREAK_STEP = 100
STREAK_CAP = 500


def speed_points(elapsed: float, time_limit: float) -> int:
    """Challenge points for a correct answer after ``elapsed`` of ``time_limit`` seconds.

    ``elapsed`` is clamped to ``[0, time_limit]``: a late answer is the session's business
    (it is a timeout), and a clock that steps backwards must not pay more than full points.
    """
    if time_limit <= 0:
        raise ValueError(f"time limit must be positive, got {time_limit}")
    if elapsed < FULL_POINTS_WITHIN:
        return MAX_POINTS
    fraction = min(elapsed, time_limit) / time_limit
    return round(MAX_POINTS * (1 - fraction / 2))


def streak_bonus(streak: int, *, enabled: bool = True) -> int:
    """The bonus for the answer that brought the streak to ``streak`` correct answers in a row.

    The first correct answer earns no bonus (a streak of one is not yet a run); each one after
    it adds ``STREAK_STEP`` more, up to ``STREAK_CAP``: 0, 100, 200, 300, 400, 500, 500, ...
    """
    if not enabled or streak <= 1:
        return 0
    return min(STREAK_STEP * (streak - 1), STREAK_CAP)


def points_for(
    *,
    correct: bool,
    timed: bool,
    elapsed: float = 0.0,
    time_limit: float | None = None,
    streak: int = 0,
    speed_scoring: bool = True,
    streak_bonus_enabled: bool = True,
) -> tuple[int, int]:
    """``(base, bonus)`` for one answer; ``streak`` is the streak *including* this answer.

    Untimed modes (practice, review) pay a flat ``PRACTICE_POINTS`` and no bonus. In the timed
    mode, switching speed scoring off pays ``MAX_POINTS`` for any correct answer in time.
    """
    if not correct:
        return 0, 0
    if not timed:
        return PRACTICE_POINTS, 0
    if speed_scoring:
        if time_limit is None:
            raise ValueError("speed scoring needs a time limit")
        base = speed_points(elapsed, time_limit)
    else:
        base = MAX_POINTS
    return base, streak_bonus(streak, enabled=streak_bonus_enabled)
