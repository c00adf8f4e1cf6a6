"""Prove each citation against its article, and find where an answer sits in its quote.

A quote must occur in the cited article once both are normalised (case, whitespace, curly quotes,
dashes). An answer must occur in its quote under a looser, *canonical* form in which number words
are digits ("ten" is "10") and a unit stands a space from its number ("291mm" is "291 mm").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from quiz.corpus.articles import Library
from quiz.model import Article, Question
from quiz.text import canonical, canonical_with_map, find_answer, normalise
from quiz.text import (
    contains_answer as contains_answer,  # re-exported: the generator imports it from here
)


def answer_span(quote: str, answer: str) -> tuple[int, int] | None:
    """Where ``answer`` sits in ``quote`` as written (for highlighting), or None."""
    norm, origin = canonical_with_map(quote)
    target = canonical(answer)
    start = find_answer(norm, target)
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


def closest_passage(article: Article, quote: str) -> tuple[str, list[str]]:
    """The article sentence that shares the most of the quote's rare words and numbers, and
    those words (rarest first); ``("", [])`` when none shares enough to be worth suggesting.

    A misquote usually keeps what matters ("maximum wading depth of 900mm") and rewords the
    rest, so the sentence to suggest is the one holding those words, not the one most alike
    letter by letter (a short bullet line "alike" in its common words). A word is rare when few
    of the article's sentences hold it; a number counts double.
    """
    wanted = set(_words(quote))
    if not wanted:
        return "", []
    sentences = [(sentence.text, set(_words(sentence.text))) for sentence in article.sentences]
    holding = {word: sum(word in words for _, words in sentences) for word in wanted}
    weight = {
        word: math.log((len(sentences) + 1) / (count + 0.5)) * (2 if word.isdigit() else 1)
        for word, count in holding.items()
    }
    total = sum(weight.values())
    best, best_score, shared = "", 0.0, set[str]()
    for text, words in sentences:
        common = wanted & words
        score = sum(weight[word] for word in common)
        if score > best_score:
            best, best_score, shared = text, score, common
    if total <= 0 or best_score < SUGGEST_AT * total:
        return "", []
    return best, sorted(shared, key=lambda word: (holding[word], -weight[word], -len(word), word))


SUGGEST_AT = 0.3  # the share of the quote's weight a sentence must hold to be suggested
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    """The words and numbers of ``text`` in their canonical form ("ten" is "10", "900mm" two)."""
    return _WORD.findall(canonical(text))


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
        passage, shared = closest_passage(article, question.source.quote)
        words = ", ".join(f"'{word}'" for word in shared[:4])
        hint = f'; did you mean the sentence with {words}: "{_clip(passage)}"' if passage else ""
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
