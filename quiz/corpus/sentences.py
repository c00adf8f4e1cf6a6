"""Split an article's text into sentences with character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article; ``start``/``end`` are offsets into ``Article.text``."""

    text: str
    start: int
    end: int


_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)]*\s+")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "vs", "jr", "sr", "co", "inc", "ltd", "mt"}


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences with character offsets; a paragraph break always ends a sentence."""
    sentences: list[Sentence] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        base = paragraph.start()
        body = paragraph.group()
        start = 0
        for match in _BOUNDARY.finditer(body):
            following = body[match.end() : match.end() + 2]
            if not following or not re.match(r"[\"'\u201c\u2018(]?[A-Z0-9£$*]", following):
                continue
            word = re.search(r"(\w+)\W*$", body[start : match.start() + 1])
            if word and (
                word.group(1).lower() in _ABBREVIATIONS
                or (len(word.group(1)) == 1 and word.group(1).isupper())
            ):
                continue
            end = match.start() + len(match.group().rstrip())
            _add(sentences, body, base, start, end)
            start = match.end()
        _add(sentences, body, base, start, len(body))
    return tuple(sentences)


def _add(sentences: list[Sentence], body: str, base: int, start: int, end: int) -> None:
    chunk = body[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = base + start + lead
    sentences.append(Sentence(stripped, begin, begin + len(stripped)))
