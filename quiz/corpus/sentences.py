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
# Words written short whose point ends no sentence, among them titles before a name ("Gov.
# Mary Fallin toured ...", "Sen. Tom Cotton", "Lt. Col. Ann Lee").
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "jr", "sr", "co", "inc", "ltd", "mt",
    "gov", "sen", "rep", "gen", "col", "lt", "capt", "sgt", "maj", "adm", "cmdr", "cpl", "pvt",
    "prof", "rev", "supt", "insp", "det", "atty", "hon", "pres",
}  # fmt: skip
# A wire story's dateline opening its first line: the place it was filed from and the outlet
# ("Tunis, Tunisia (CNN)Thousands marched", "LONDON (Reuters) - Shares fell", "PARIS -- The
# mayor"). It is layout, not the sentence: the sentence starts after it. A bracketed acronym in
# prose ("The World Health Organization (WHO) said") is none: a dateline is a place's few words
# with no verb, closed by the outlet's bracket (then a dash, or the text glued to it) or by a
# dash after a place in capitals, at the very start of a paragraph.
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*(?:,? [A-Z][\w.'\u2019-]*){0,5}"
    r" ?\([A-Z][A-Za-z]{1,10}(?:[ /][A-Z][A-Za-z]{1,10})?\)(?:\s*(?:--|[-\u2013\u2014])\s*)?"
    r"|[A-Z]{3,}(?:,? [A-Z][A-Za-z.]*){0,4}\s+(?:--|[-\u2013\u2014])\s+)"
    r"(?=[\"\u201c\u2018]?[A-Z0-9])"
)


# A time of day, and what goes on the same sentence after it: a day, a month, a time zone.
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.m\.$", re.IGNORECASE)
_CLOCK_FOLLOWS = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|[ECMP][SD]?T|GMT|BST|"
    r"UTC|CET|ET|PT)\b"
)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences with character offsets; a paragraph break always ends a sentence, and a
    dateline opening a paragraph is left out of its first sentence."""
    sentences: list[Sentence] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        base = paragraph.start()
        body = paragraph.group()
        dateline = _DATELINE.match(body)
        start = dateline.end() if dateline else 0
        for match in _BOUNDARY.finditer(body):
            following = body[match.end() : match.end() + 2]
            if not following or not re.match(r"[\"'\u201c\u2018(]?[A-Z0-9£$*]", following):
                continue
            if _CLOCK.search(body[start : match.start() + 1]) and _CLOCK_FOLLOWS.match(
                body[match.end() :]
            ):
                continue  # "took off just after 10 a.m. Tuesday from Barcelona": one sentence
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
