"""Plain-text wording shared by the screens: numbers, durations, mode names, question sets."""

from __future__ import annotations

from quiz.game.session import Mode, Settings
from quiz.text import printable

MODE_NAMES = {
    Mode.PRACTICE: "Practice",
    Mode.CHALLENGE: "Timed challenge",
    Mode.REVIEW: "Review mistakes",
}


def mode_name(mode: Mode | str) -> str:
    return MODE_NAMES.get(Mode(mode), str(mode))


def points(value: int) -> str:
    return f"{value:,}"


def plural(count: int, noun: str, many: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else (many or noun + 's')}"


def duration(seconds: float) -> str:
    """``42.3s`` under a minute, ``3m 05s`` above (a game is never hours long)."""
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}m {rest:02d}s"


def percent(fraction: float) -> str:
    return f"{fraction:.0%}"


def question_set_label(key: str) -> str:
    """A question set key as a person reads it: ``count=10;articles=a,b;time=20`` becomes
    ``10 questions · 2 articles · 20s each``."""
    words: list[str] = []
    for part in key.split(";"):
        name, _, value = part.partition("=")
        if name == "count":
            words.append("all questions" if value == "all" else plural(int(value), "question"))
        elif name == "articles":
            words.append(plural(len(value.split(",")), "article"))
        elif name == "tags":
            words.append("tags " + value.replace(",", ", "))
        elif name == "difficulty":
            words.append(value)
        elif name == "time":
            words.append(f"{value}s each")
        elif name == "no-speed":
            words.append("no speed points")
        elif name == "no-streak":
            words.append("no streak bonus")
        elif part:
            words.append(part)
    return " · ".join(words)


def filter_label(settings: Settings) -> str:
    """The filters a game was chosen by, shortly ("tag audit · hard"); empty when none."""
    words: list[str] = []
    if settings.articles:
        words.append(plural(len(settings.articles), "article"))
    if settings.tags:
        tags = printable(" or ".join(settings.tags), keep="")  # as the bank's files spell them
        words.append(f"{'tag' if len(settings.tags) == 1 else 'tags'} {tags}")
    if settings.difficulty:
        words.append(settings.difficulty)
    return " · ".join(words)
