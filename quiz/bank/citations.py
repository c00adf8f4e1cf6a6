"""Prove each citation against its article, and find where an answer sits in its quote.

A quote must occur in the cited article once both are normalised (case, whitespace, curly quotes,
dashes). An answer must occur in its quote under a looser, *canonical* form in which number words
are digits ("ten" is "10") and a unit stands a space from its number ("291mm" is "291 mm").
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from quiz.corpus.articles import Library
from quiz.model import Article, Question
from quiz.text import canonical, canonical_with_map, normalise


def _find_word(haystack: str, needle: str) -> int:
    """Index of ``needle`` in ``haystack`` where it is not part of a longer word, else -1."""
    if not needle:
        return -1
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        before_ok = start == 0 or not (needle[0].isalnum() and haystack[start - 1].isalnum())
        after_ok = end == len(haystack) or not (needle[-1].isalnum() and haystack[end].isalnum())
        if before_ok and after_ok:
            return start
        start = haystack.find(needle, start + 1)
    return -1


def contains_answer(text: str, answer: str) -> bool:
    return _find_word(canonical(text), canonical(answer)) >= 0


def answer_span(quote: str, answer: str) -> tuple[int, int] | None:
    """Where ``answer`` sits in ``quote`` as written (for highlighting), or None."""
    norm, origin = canonical_with_map(quote)
    target = canonical(answer)
    start = _find_word(norm, target)
    if start < 0 or not origin:
        return None
    end = start + len(target) - 1
    return origin[start], _end_of(quote, origin[end])


def _end_of(text: str, offset: int) -> int:
    """One past the character at ``offset``, extended over the rest of a word it began."""
    end = offset + 1
    while end < len(text) and text[end].isalnum() and text[offset].isalnum():
        end += 1
    return end


def quote_span(library: Library, article_id: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` first occurs in the article's text, as offsets into that text."""
    norm_text, origin = library.normalised(article_id)
    norm_quote = normalise(quote)
    if not norm_quote:
        return None
    start = norm_text.find(norm_quote)
    if start < 0:
        return None
    end = start + len(norm_quote) - 1
    return origin[start], origin[end] + 1


@dataclass(frozen=True, slots=True)
class Failure:
    """A citation that does not hold: which field is at fault and why."""

    field: str  # "article", "quote", "answer" or "question"
    message: str


def closest_passage(article: Article, quote: str) -> tuple[str, float]:
    """The article sentence most like ``quote``, and how alike they are (0 to 1)."""
    target = normalise(quote)
    best, best_ratio = "", 0.0
    for sentence in article.sentences:
        candidate = normalise(sentence.text)
        matcher = difflib.SequenceMatcher(None, target, candidate, autojunk=False)
        if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = sentence.text, ratio
    return best, best_ratio


def prove(question: Question, library: Library) -> list[Failure]:
    """Every way in which the question's citation fails; empty when it holds."""
    article, why = library.resolve(question.source.article)
    if article is None:
        return [Failure("article", why or "unknown article")]
    failures: list[Failure] = []
    quote = normalise(question.source.quote)
    # Most quotes are copied verbatim: then the article need not be normalised at all.
    found = bool(quote) and (
        question.source.quote in article.text or quote in library.normalised_text(article.id)
    )
    if not found:
        passage, ratio = closest_passage(article, question.source.quote)
        hint = f'; closest sentence ({ratio:.0%} alike): "{_clip(passage)}"' if ratio > 0.4 else ""
        failures.append(Failure("quote", f"quote not found in article '{article.id}'{hint}"))
        return failures
    if not contains_answer(question.source.quote, question.answer):
        failures.append(
            Failure(
                "answer",
                f"answer '{question.answer}' is not supported by its quote: expected it (as "
                f'written, or with digits for number words) in "{_clip(question.source.quote)}"',
            )
        )
    if library.has_notes(article.id):
        span = quote_span(library, article.id, question.source.quote)
        if span is not None:
            failures.extend(_truth_failures(question, library, article, span))
    return failures


def _truth_failures(
    question: Question, library: Library, article: Article, span: tuple[int, int]
) -> list[Failure]:
    """A question may not rest on a garbled passage, nor on one side of a conflict unnamed."""
    failures: list[Failure] = []
    for entry in library.unreliable:
        if entry.article == article.id and _overlaps(library, entry.article, entry.quote, span):
            failures.append(
                Failure(
                    "quote",
                    f'quote relies on an unreliable passage ("{_clip(entry.quote)}"): '
                    f"{entry.reason}",
                )
            )
    for conflict in library.conflicts:
        mine = [c for c in conflict.claims if c.article == article.id]
        if not any(_overlaps(library, c.article, c.quote, span) for c in mine):
            continue
        if names_source(question.question, article):
            continue
        others = "; ".join(
            f'{c.article}: "{_clip(c.quote, 60)}"' for c in conflict.claims if c not in mine
        )
        failures.append(
            Failure(
                "question",
                f"cites one side of a conflict over the {conflict.fact} (also: {others}); "
                f'the question must name its source, e.g. "{source_phrase(article)}, ..."',
            )
        )
    return failures


def source_phrase(article: Article) -> str:
    """How a question names its article: by the month of its date, else by its title."""
    if article.date is not None:
        return f"According to the {article.date:%B %Y} report"
    return f"According to \u201c{article.title}\u201d"


def names_source(question_text: str, article: Article) -> bool:
    text = normalise(question_text)
    if article.date is not None and normalise(f"{article.date:%B %Y}") in text:
        return True
    return bool(article.title) and normalise(article.title) in text


def _overlaps(library: Library, article_id: str, quote: str, span: tuple[int, int]) -> bool:
    if article_id not in library.articles:
        return False
    norm_text, origin = library.normalised(article_id)
    target = normalise(quote)
    start = norm_text.find(target) if target else -1
    while start >= 0:
        begin, end = origin[start], origin[start + len(target) - 1] + 1
        if begin < span[1] and span[0] < end:
            return True
        start = norm_text.find(target, start + 1)
    return False


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
