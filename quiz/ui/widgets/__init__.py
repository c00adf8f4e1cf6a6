"""The game's own widgets: answers, scoreboard, countdown, citation card, size notice."""

from quiz.ui.widgets.answer_list import AnswerList, AnswerOption
from quiz.ui.widgets.article_list import ArticleList
from quiz.ui.widgets.citation_card import CitationCard
from quiz.ui.widgets.countdown import Countdown
from quiz.ui.widgets.scoreboard import Scoreboard
from quiz.ui.widgets.too_small import TooSmall

__all__ = [
    "AnswerList",
    "AnswerOption",
    "ArticleList",
    "CitationCard",
    "Countdown",
    "Scoreboard",
    "TooSmall",
]
