"""Names of another script written in Latin letters, as the English-language press writes them.

Faker's Russian, Ukrainian, Bulgarian and Greek names are in their own script; a story of
Moscow or Athens read in English names its people "Dmitry Sokolov", "Giorgos Papadopoulos". The
tables are data (``quiz/data/romanisation.tsv``): a locale's letters and letter groups, with the
few changes at a word's start, end or after a vowel the press schemes make.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from importlib import resources

_VOWELS = set("аеёиоуыэюяіїєaeiou")


@dataclass
class _Table:
    letters: dict[str, str] = field(default_factory=dict)
    start: dict[str, str] = field(default_factory=dict)
    end: dict[str, str] = field(default_factory=dict)
    after_vowel: dict[str, str] = field(default_factory=dict)
    longest: int = 1


@functools.cache
def _tables() -> dict[str, _Table]:
    text = resources.files("quiz").joinpath("data", "romanisation.tsv").read_text(encoding="utf-8")
    tables: dict[str, _Table] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        locale, letters, latin = [*line.split("\t"), ""][:3]
        table = tables.setdefault(locale, _Table())
        where, _, key = letters.rpartition(" ")
        places = {"START": table.start, "END": table.end, "AFTERVOWEL": table.after_vowel}
        places.get(where, table.letters)[key] = latin
        table.longest = max(table.longest, len(key))
    return tables


@functools.cache
def common_given_names(locale: str, sex: str) -> tuple[str, ...]:
    """Today's common given names of a romanised locale (``sex`` "m" or "f"), in Latin letters
    (``quiz/data/given_names_romanised.tsv``); empty for another locale."""
    text = (
        resources.files("quiz")
        .joinpath("data", "given_names_romanised.tsv")
        .read_text(encoding="utf-8")
    )
    for line in text.splitlines():
        cells = line.split("\t")
        if not line.startswith("#") and len(cells) == 3 and cells[:2] == [locale, sex]:
            return tuple(name.strip() for name in cells[2].split(";") if name.strip())
    return ()


@functools.cache
def given_name_sex(name: str) -> str:
    """"m" or "f" when ``name`` is one of the common given names of a romanised locale given to
    one sex only (Dmitry, Yelena), else ""."""
    sexes = {
        sex
        for locale in romanised_locales()
        for sex in ("m", "f")
        if name in common_given_names(locale, sex)
    }
    return sexes.pop() if len(sexes) == 1 else ""


def romanised_locales() -> frozenset[str]:
    """The Faker locales whose names this module writes in Latin letters."""
    return frozenset(_tables())


def romanise(text: str, locale: str) -> str:
    """``text`` in Latin letters by ``locale``'s table, word by word, capitals kept; text of
    another locale, or already Latin, comes back as it is."""
    table = _tables().get(locale)
    if table is None:
        return text
    return " ".join(_word(word, table) for word in text.split(" "))


def _word(word: str, table: _Table) -> str:
    lower = word.lower()
    out: list[str] = []
    at = 0
    while at < len(lower):
        for size in range(min(table.longest, len(lower) - at), 0, -1):
            piece = lower[at : at + size]
            latin = None
            if at == 0 and piece in table.start:
                latin = table.start[piece]
            elif at + size == len(lower) and piece in table.end:
                latin = table.end[piece]
            elif at > 0 and lower[at - 1] in _VOWELS and piece in table.after_vowel:
                latin = table.after_vowel[piece]
            elif piece in table.letters:
                latin = table.letters[piece]
            if latin is not None:
                if word[at].isupper():
                    latin = latin[:1].upper() + latin[1:]
                out.append(latin)
                at += size
                break
        else:
            out.append(word[at])
            at += 1
    latin_word = "".join(out)
    return unicodedata.normalize("NFC", latin_word)
