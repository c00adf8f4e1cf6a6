"""What crosses the border: a question as exported (with the game's options) and as imported.

An export carries, where its format allows, this project's *provenance*: the question's id, its
citation and the fields the format has no place for, as one JSON object. An import that finds it
brings the citation back; one that does not leaves the source empty for the author to fill.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from quiz.model import DIFFICULTIES, KINDS, Question

# The JSON key (and GIFT comment word) under which an export keeps its provenance.
PROVENANCE = "article-quiz"


@dataclass(frozen=True, slots=True)
class Item:
    """One exported question: the options exactly as the game of the export's seed shows them."""

    question: Question
    options: tuple[str, ...]
    title: str  # the cited article's title, and below its date, for the citation text
    date: dt.date | None

    @property
    def correct(self) -> int:
        return self.options.index(self.question.answer)

    @property
    def wrong(self) -> tuple[str, ...]:
        return tuple(option for option in self.options if option != self.question.answer)

    @property
    def label(self) -> str:
        return f"{self.title} ({self.date:%-d %B %Y})" if self.date else f"{self.title} (undated)"

    def citation_text(self) -> str:
        """The quote and its article, as a person reads it after answering."""
        quote = self.question.source.quote
        return f"\u201c{quote}\u201d \u2014 {self.label}"

    def provenance(self) -> dict[str, Any]:
        """Everything an import needs beyond the question, its answer and its options."""
        q = self.question
        record: dict[str, Any] = {
            "id": q.id,
            "article": q.source.article,
            "quote": q.source.quote,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "tags": list(q.tags),
            "difficulty": q.difficulty,
        }
        optional = {
            "kind": q.kind,
            "explanation": q.explanation,
            "time_limit": q.time_limit,
            "origin": q.origin,
            "reviewed": q.reviewed or None,
        }
        record.update({key: value for key, value in optional.items() if value is not None})
        return record


@dataclass(slots=True)
class Imported:
    """A question read from another tool's file, before it becomes YAML in the bank's format."""

    question: str
    answer: str
    distractors: list[str]
    line: int  # where the question starts in the file read
    id: str | None = None
    article: str = ""  # empty: uncited, for the author to fill
    quote: str = ""
    tags: list[str] = field(default_factory=list)
    difficulty: str | None = None
    kind: str | None = None
    explanation: str | None = None
    time_limit: float | None = None
    origin: str | None = None
    reviewed: bool = False

    def cite(self, record: Mapping[str, Any]) -> list[str]:
        """Take the provenance an export left; the messages say what in it was unusable."""
        problems: list[str] = []

        def text(key: str) -> str | None:
            value = record.get(key)
            if value is None:
                return None
            if isinstance(value, str):
                return value
            problems.append(f"provenance field '{key}' must be text")
            return None

        self.id = clean_line(text("id") or "") or self.id
        self.article = clean_line(text("article") or "")
        self.quote = clean(text("quote") or "")
        tags = record.get("tags", [])
        if isinstance(tags, list) and all(isinstance(tag, str) for tag in tags):
            self.tags = [clean_line(tag) for tag in tags if clean_line(tag)]
        else:
            problems.append("provenance field 'tags' must be a list of text")
        difficulty = text("difficulty")
        if difficulty is not None:
            if difficulty in DIFFICULTIES:
                self.difficulty = difficulty
            else:
                problems.append(f"provenance difficulty '{difficulty}' is not one we know")
        kind = text("kind")
        if kind is not None:
            if kind in KINDS:
                self.kind = kind
            else:
                problems.append(f"provenance kind '{kind}' is not one we know")
        explanation = text("explanation")  # the format's own feedback is only the citation
        self.explanation = clean(explanation) or None if explanation is not None else None
        origin = text("origin")
        if origin is not None:
            self.origin = clean_line(origin) or None
        limit = record.get("time_limit")
        if isinstance(limit, int | float) and not isinstance(limit, bool) and 0 < limit < 3600:
            self.time_limit = float(limit)
        elif limit is not None:
            problems.append("provenance time_limit must be a number of seconds above 0")
        self.reviewed = record.get("reviewed") is True
        return problems


def parse_provenance(text: str) -> tuple[dict[str, Any] | None, str | None]:
    """The provenance object in ``text`` (JSON), or why it could not be read."""
    try:
        value = json.loads(text)
    except ValueError as error:
        return None, f"provenance is not valid JSON ({error})"
    if not isinstance(value, dict):
        return None, "provenance must be a JSON object"
    return value, None


def dump_provenance(item: Item) -> str:
    """One line of JSON: it fits in a comment and survives any tool that keeps lines."""
    return json.dumps(item.provenance(), ensure_ascii=False, separators=(",", ":"))


_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\n\t"} | {"\x7f"}


def clean(text: str) -> str:
    """Text from another tool as data: no control characters, no format characters (bidi
    overrides and the like), line breaks kept, surrounding space trimmed."""
    kept = "".join(
        " " if c in _CONTROL else c
        for c in text.replace("\r\n", "\n").replace("\r", "\n")
        if unicodedata.category(c) != "Cf" or c in "\u200d"
    )
    return kept.strip()


def clean_line(text: str) -> str:
    """``clean``, on one line: every run of whitespace becomes a single space."""
    return " ".join(clean(text).split())


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-") or "file"


def html_to_text(markup: str) -> str:
    """Text of an HTML fragment from another tool (Anki, OpenTDB, GIFT's [html]): tags dropped,
    line breaks kept, entities decoded. Nothing in it is ever rendered."""
    from html.parser import HTMLParser

    parts: list[str] = []

    class _Text(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in ("br", "p", "div", "li"):
                parts.append("\n")

        def handle_data(self, data: str) -> None:
            parts.append(data)

    reader = _Text(convert_charrefs=True)
    reader.feed(markup)
    reader.close()
    return "\n".join(line.strip() for line in "".join(parts).split("\n")).strip()
