"""article-quiz: a terminal trivia game whose every question cites its news article."""

__version__ = "0.1.0"
