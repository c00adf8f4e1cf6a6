"""The "Why" card: the whole cited sentence, the quote and the answer picked out in it, and the
article it came from."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from quiz.game.session import AnswerResult, CitationView
from quiz.text import printable

HIGHLIGHT = "bold underline $text-success on $success-muted"
QUOTED = "bold"  # the words the question cites, within their whole sentence


def quote_content(citation: CitationView) -> Content:
    """The cited sentence as text (never markup, never a control character: each is shown by a
    stand-in of the same length, so the spans still hold), in quotation marks: the quote the
    question rests on in bold, the answer highlighted within it."""
    body = Content(printable(citation.passage))
    if citation.quote_span is not None and citation.quote_span != (0, len(citation.passage)):
        body = body.stylize(QUOTED, *citation.quote_span)
    if citation.answer_span is not None:
        body = body.stylize(HIGHLIGHT, *citation.answer_span)
    return Content.assemble("“", body, "”")


class CitationCard(Static):
    """Shown after each answer; hidden while the question is open."""

    DEFAULT_CLASSES = "citation-card"

    def on_mount(self) -> None:
        self.border_title = "Why"

    def show(self, result: AnswerResult) -> None:
        citation = result.citation
        lines = [
            quote_content(citation),
            Content.styled(printable(f"— {citation.label}"), "$text-muted"),
        ]
        if result.question.explanation:
            lines.append(Content.styled(printable(result.question.explanation), "italic"))
        if result.question.origin == "generated" and not result.question.reviewed:
            lines.append(
                Content.styled(
                    "Unreviewed draft: written by `quiz generate`, not yet checked by a person.",
                    "$text-warning",
                )
            )
        self.update(Content("\n").join(lines))
        self.add_class("-shown")

    def hide(self) -> None:
        self.remove_class("-shown")
