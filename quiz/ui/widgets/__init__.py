"""The game's own widgets: answers, scoreboard, countdown, citation card, size notice.

Each loads on first use (as Textual's own ``textual.widgets`` does), so the first question never
waits for widgets only other screens use (the home screen's article list pulls in SelectionList).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.ui.widgets.answer_list import AnswerList, AnswerOption
    from quiz.ui.widgets.article_list import ArticleList
    from quiz.ui.widgets.citation_card import CitationCard
    from quiz.ui.widgets.countdown import Countdown
    from quiz.ui.widgets.scoreboard import Scoreboard
    from quiz.ui.widgets.too_small import TooSmall

_MODULES = {
    "AnswerList": "answer_list",
    "AnswerOption": "answer_list",
    "ArticleList": "article_list",
    "CitationCard": "citation_card",
    "Countdown": "countdown",
    "Scoreboard": "scoreboard",
    "TooSmall": "too_small",
}

__all__ = [
    "AnswerList",
    "AnswerOption",
    "ArticleList",
    "CitationCard",
    "Countdown",
    "Scoreboard",
    "TooSmall",
]


def __getattr__(name: str) -> object:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    return getattr(import_module(f"{__name__}.{module}"), name)
