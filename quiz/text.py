"""The one vocabulary: how text is normalised for matching, what "the same answer" is, and how
number words and months read. Every wing calls this module; none keeps a copy of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_FOLD = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    "\u2026": "...",
}


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """The matching form of ``text`` and, for each of its characters, the offset it came from.

    Case is folded, curly quotes become straight, every dash a hyphen with no space around it,
    and each run of whitespace (non-breaking spaces included) one space. Only for matching:
    what is displayed is always the original text.
    """
    out: list[str] = []
    origin: list[int] = []
    pending_space = -1
    for match in _PIECES.finditer(text):
        start = match.start()
        piece = match.group()
        if piece[0].isspace():
            if out:
                pending_space = start
            continue
        folded = piece.translate(_TRANSLATE).lower()
        if pending_space >= 0:
            if folded[0] != "-" and out[-1][-1] != "-":  # no space around a dash
                out.append(" ")
                origin.append(pending_space)
            pending_space = -1
        if len(folded) == len(piece) and folded.isascii():  # one for one: the common case
            out.append(folded)
            origin.extend(range(start, start + len(piece)))
            continue
        for index, char in enumerate(piece, start):
            lowered = _FOLD.get(char, char).lower()
            out.append(lowered)
            origin.extend([index] * len(lowered))
    return "".join(out), origin


_PIECES = re.compile(r"\s+|\S+")
_TRANSLATE = str.maketrans(_FOLD)


def normalise(text: str) -> str:
    """``normalise_with_map(text)[0]``, computed in C-speed string operations."""
    folded = text.translate(_TRANSLATE)
    # Lowered per character, as the mapped form is: only a capital sigma lowers differently
    # in a whole string (to a final sigma at a word's end), so only then pay for the slow way.
    folded = "".join(map(str.lower, folded)) if "\u03a3" in folded else folded.lower()
    spaced = " ".join(folded.split())  # str.split() breaks on exactly what ``\s`` matches
    if "-" not in spaced:
        return spaced
    return spaced.replace(" - ", "-").replace(" -", "-").replace("- ", "-")


# --- canonical answers ----------------------------------------------------------------------

NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        (
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
        ).split()
    )
} | {
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
}
UNITS = (
    "mm|cm|km|m|kg|g|lb|lbs|in|inch|inches|ft|feet|mph|kph|km/h|bhp|hp|ps|kw|nm|"
    "degrees|degree|deg|per cent|percent|%|mpg|l|litres|liters|seconds|secs|s|miles|metres|meters"
)
_NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b")
_UNIT_GAP = re.compile(r"(?<=\d)[ -]?(?=(?:" + UNITS + r")(?![a-z]))")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")


def _substitute(
    text: str, origin: list[int], pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]
) -> tuple[str, list[int]]:
    """``pattern.sub`` that keeps, for every output character, the offset it came from."""
    out: list[str] = []
    mapped: list[int] = []
    last = 0
    for match in pattern.finditer(text):
        out.append(text[last : match.start()])
        mapped.extend(origin[last : match.start()])
        replacement = replace(match)
        out.append(replacement)
        anchor = origin[match.start()] if match.start() < len(origin) else origin[-1]
        mapped.extend([anchor] * len(replacement))
        last = match.end()
    out.append(text[last:])
    mapped.extend(origin[last:])
    return "".join(out), mapped


def canonical_with_map(text: str) -> tuple[str, list[int]]:
    """The answer-matching form of ``text`` with a map back to offsets in ``text``."""
    norm, origin = normalise_with_map(text)
    norm, origin = _substitute(norm, origin, _NUMBER_WORD, lambda m: NUMBER_WORDS[m.group()])
    norm, origin = _substitute(norm, origin, _THOUSANDS, lambda m: "")
    norm, origin = _substitute(norm, origin, _UNIT_GAP, lambda m: " ")
    return norm, origin


def canonical(text: str) -> str:
    """``canonical_with_map(text)[0]`` without the bookkeeping of offsets."""
    norm = _NUMBER_WORD.sub(lambda m: NUMBER_WORDS[m.group()], normalise(text))
    return _UNIT_GAP.sub(" ", _THOUSANDS.sub("", norm))


def answer_key(text: str) -> str:
    """The form in which two answers or options are "the same": canonical, spacing ignored.

    "ten" and "10", "291mm" and "291 mm", "Nitra" and "NITRA" share one key.
    """
    return "".join(canonical(text).split())


def same_answer(first: str, second: str) -> bool:
    return answer_key(first) == answer_key(second)


def find_answer(haystack: str, needle: str) -> int:
    """Index of ``needle`` in ``haystack`` (both canonical) where it is not part of a longer
    word, else -1: "10" is in "10 cars", not in "100 cars"."""
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
    """Whether ``text`` states ``answer`` (in their canonical forms, as whole words)."""
    return find_answer(canonical(text), canonical(answer)) >= 0


# --- months ----------------------------------------------------------------------------------

MONTHS = (
    "January February March April May June July August September October November December"
).split()


# --- control characters ----------------------------------------------------------------------

# A control character (Unicode category Cc: C0, DEL, C1) moves a terminal's cursor, clears its
# screen, sets its title or its clipboard. Text from files may hold none but newline and tab; and
# whatever is shown stands each one in by a visible character of the same length, so offsets into
# the text (an answer's highlight in its quote) still hold.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all of them but tab and newline
_C0_NAMES = (
    "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI "
    "DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US"
).split()
# C0 as its Unicode control picture (ESC is ␛), DEL as ␡, C1 (no pictures exist) as U+FFFD.
_PICTURES = {
    **{code: chr(0x2400 + code) for code in range(0x20)},
    0x7F: "\u2421",
    **dict.fromkeys(range(0x80, 0xA0), "\ufffd"),
}


def describe_control(char: str) -> str:
    """A control character as a message names it: ``U+001B (ESC)``."""
    code = ord(char)
    name = _C0_NAMES[code] if code < 0x20 else "DEL" if code == 0x7F else "C1 control"
    return f"U+{code:04X} ({name})"


def printable(text: str, keep: str = "\n\t") -> str:
    """``text`` with every control character but those in ``keep`` shown as a visible stand-in.

    For every output boundary (problem lines, tables, the game's screens): cheap when there is
    nothing to replace, which is always, for text that came through ``quiz check``.
    """
    if not CONTROL.search(text) and not any(char in text for char in "\n\t" if char not in keep):
        return text
    table = {code: picture for code, picture in _PICTURES.items() if chr(code) not in keep}
    return text.translate(table)
