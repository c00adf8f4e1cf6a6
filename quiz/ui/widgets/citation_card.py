"""The "Why" card: the cited sentence with the answer highlighted, and the article it came from."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from quiz.game.session import AnswerResult

HIGHLIGHT = "bold underline $text-success on $success-muted"


def quote_content(quote: str, span: tuple[int, int] | None) -> Content:
    """The quote as text (never markup), in quotation marks, with the answer picked out."""
    body = Content(quote)
    if span is not None:
        start, end = span
        body = body.stylize(HIGHLIGHT, start, end)
    return Content.assemble("“", body, "”")


class CitationCard(Static):
    """Shown after each answer; hidden while the question is open."""

    DEFAULT_CLASSES = "citation-card"

    def on_mount(self) -> None:
        self.border_title = "Why"

    def show(self, result: AnswerResult) -> None:
        citation = result.citation
        lines = [
            quote_content(citation.quote, citation.answer_span),
            Content.styled(f"— {citation.label}", "$text-muted"),
        ]
        if result.question.explanation:
            lines.append(Content.styled(result.question.explanation, "italic"))
        self.update(Content("\n").join(lines))
        self.add_class("-shown")

    def hide(self) -> None:
        self.remove_class("-shown")
