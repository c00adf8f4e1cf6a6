"""Who in a story could have said a quote, read from its text alone: the people it has speak,
and those no reader would take for a speaker (its reporters, the dead, a thing's name, a
programme's host). Both the draft's options and the engine's read it, for any question."""

from __future__ import annotations

import functools
import re
from collections import Counter

from quiz.authoring.entities import outlet_reporters
from quiz.text import normalise

# Who said nothing in the story: its reporters, the dead, and a name that is a thing's ("the
# White House", "the Indiana Hoosiers").
_CREDIT = re.compile(
    r"(?:[^.\n]|(?<=\b[A-Z])\.)*\b(?:contributed(?: reporting)?(?: to)?(?: this)? (?:report|story)"
    r"|contributed reporting|reported (?:and wrote )?from|reported and wrote|wrote from"
    r"|wrote (?:this|the) (?:story|report|article)|wrote this"
    # a columnist's sign-off: "Share your thoughts with Kelly Wallace (@kellywallacetv) on
    # Twitter", "Follow Ann Lee on Twitter"
    r"|[Ss]hare your (?:thoughts|views|stories|comments)"
    r"|Follow [^.\n]{1,60}\bon (?:Twitter|Facebook|Instagram))\b[^.\n]*"
)
_NAME_RUN = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w'\u2019-]+)+")
_DEATH_BEFORE = r"(?:late|slain|murdered|killed|dead|deceased|victim)\s+(?:[\w-]+\s+){0,2}?"
_DEATH_AFTER = (
    r"(?:['\u2019]s)?,?\s+(?:who\s+)?(?:(?:was|were|had been)\s+)?(?:[\w-]+\s+){0,1}?"
    r"(?:died|killed|murdered|slain|death|funeral|body|killing|murder)\b"
)
_THIRD_PERSON = re.compile(r"\b(?:he|him|his|she|her)\b", re.IGNORECASE)


def unlikely_speakers(text: str, quote: str, speaker: str) -> frozenset[str]:
    """Surnames (normalised) of the story's people no reader would take for a quote's speaker:
    its reporters (in its credits, or an outlet's: "BBC's ..."), the dead ("the late ...", "...
    died", "the murder of ..."), names the article mostly writes after "the" (a building or
    a team) or as a programme's host, and, when the quote speaks of "he" or "she", the person
    named most often: whom it is about."""
    silent, counts = silent_in(text)
    if _THIRD_PERSON.search(quote) and counts:
        subject, times = min(counts, key=lambda item: (-item[1], item[0]))
        if subject not in normalise(speaker).split() and times >= 3:
            return silent | {subject}
    return silent


_NAME = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*"
# Each read on its own, so that "The murder of Tessa Grant" finds Tessa Grant, not "The".
_DEAD = (
    re.compile(rf"\b{_DEATH_BEFORE}({_NAME})"),
    re.compile(rf"({_NAME}){_DEATH_AFTER}"),
    re.compile(
        r"\b(?:death|murder|killing|funeral|body|slaying|fatal\s+shooting)\s+of\s+"
        rf"(?:[a-z][\w-]*,?\s+){{0,5}}?({_NAME})"
    ),
)
_NOT_NAMES = frozenset("the a an his her their its our this that these those".split())


_SPEECH = r"(?:said|says|told|tells|added|adds|asked|explained|wrote|writes|tweeted)"
_SPEAKER_AFTER = re.compile(rf"\b{_SPEECH}\s+(?:[a-z][\w-]*\s+){{0,4}}?({_NAME})")
_SPEAKER_BEFORE = re.compile(rf"({_NAME})(?:,[^,.\u201c\u201d]{{1,80}},)?\s+{_SPEECH}\b")


@functools.lru_cache(maxsize=64)
def speakers_in(text: str) -> frozenset[str]:
    """Surnames (normalised) of the people a story has speak: "said Ada Roe", "Roe told"."""
    found = {
        normalise(match.group(1).split()[-1])
        for pattern in (_SPEAKER_AFTER, _SPEAKER_BEFORE)
        for match in pattern.finditer(text)
    }
    return frozenset(found)


def silent_in(text: str) -> tuple[frozenset[str], tuple[tuple[str, int], ...]]:
    """What :func:`unlikely_speakers` finds of an article whatever the quote (who is never a
    person of its news, and the dead), and how often each surname is named; read once an
    article."""
    never, dead, counts = _read(text)
    return never | dead, counts


def never_people(text: str) -> frozenset[str]:
    """Surnames (normalised) of names in a story that are never a person of its news: its
    reporters and credits, a programme's host, a name mostly written after "the"."""
    return _read(text)[0]


def dead_in(text: str) -> frozenset[str]:
    """Surnames (normalised) of the people a story says are dead ("the late ...", "... was
    killed", "the murder of ...")."""
    return _read(text)[1]


@functools.lru_cache(maxsize=64)
def _read(text: str) -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, int], ...]]:
    found: set[str] = set()
    for credit in _CREDIT.finditer(text):
        found |= {normalise(n.split()[-1]) for n in _NAME_RUN.findall(credit.group())}
    for name in outlet_reporters(text):
        found.add(normalise(name.split()[-1]))
    dead: set[str] = set()
    for pattern in _DEAD:
        for match in pattern.finditer(text):
            name = re.sub(r"['\u2019]s$", "", match.group(1))  # Brown's death
            if name.lower() not in _NOT_NAMES:
                dead.add(normalise(name.split()[-1]))
    mentions: Counter[str] = Counter()
    after_the: Counter[str] = Counter()
    for match in _NAME_RUN.finditer(text):
        last = normalise(match.group().split()[-1])
        before = text[max(0, match.start() - 30) : match.start()]
        mentions[last] += 1
        after_the[last] += before[-4:].lower() == "the "
        if re.search(r"\bThe [A-Z][a-z]+ with $", before):
            found.add(last)  # "The Hour with Rhona Vance": a programme's host, not "Talks with"
    found |= {name for name, times in mentions.items() if 2 * after_the[name] >= times}
    counts: Counter[str] = Counter()
    for word in re.findall(r"[A-Z][\w'\u2019-]+", text):
        key = normalise(word)
        if key in mentions:
            counts[key] += 1
    return frozenset(found), frozenset(dead), tuple(sorted(counts.items()))
