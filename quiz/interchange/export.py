"""The exported quiz: the questions a game with these settings plays, in its order, each with the
options that game offers, built through the same Session and engine seams the game uses."""

from __future__ import annotations

from collections.abc import Sequence

from quiz.authoring import engine
from quiz.corpus.articles import Library
from quiz.game.session import Session, Settings
from quiz.interchange.record import Item
from quiz.model import Question


def exported_items(
    questions: Sequence[Question], library: Library, settings: Settings
) -> list[Item]:
    """Play the game without a player: ask each question's options, let its time run out, go on.

    Walking a real Session (rather than copying its rules) is what makes the export the same
    quiz: selection, repeats left out, uncited questions skipped, options and their order.
    """
    session = Session(
        questions,
        settings,
        clock=lambda: 0.0,
        library=library,
        options_for=engine.options_for(library, settings.seed),
        order_options=engine.order_options,
    )
    items: list[Item] = []
    while not session.finished:
        question = session.current
        assert question is not None
        article = library.get(question.source.article)
        items.append(
            Item(
                question=question,
                options=tuple(session.options()),
                title=article.title if article is not None else question.source.article,
                date=article.date if article is not None else None,
            )
        )
        session.timeout()
        session.next()
    return items
