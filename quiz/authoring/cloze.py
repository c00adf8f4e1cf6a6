"""Gap-fill questions: the article's own sentence with the answer taken out.

Most sentences of real news defeat a rule-based question writer (the answer sits in a
subordinate clause, the subject is a long phrase, the verb is a participle). The sentence itself
is always grammatical, so when no wh-question reads well, a fact whose sentence stands alone can
still be asked as the sentence with a gap: "What figure fills the gap? “A tornado hit Ardle in
2013, killing _____ people.”" It is written only when the sentence says what it is about out of
its article; :func:`quiz.authoring.validators.cloze_rejection` judges that.
"""

from __future__ import annotations

import re

from quiz.authoring.facts import Fact

BLANK = "_____"
# What a gap of each kind is called in the question. Figures and dates only: five blind
# gradings found a place's gap given away by the rest of its sentence ("Kansai prefecture, in
# _____" is Japan; 1 of 26 kept) and a person's gap a minor name (4 of 27 kept).
_WHAT = {
    "count": "What figure",
    "number": "What figure",
    "money": "What sum",
    "year": "What year",
    "date": "What date",
}
# Relations a gap asks well: not an age ("Simpson, _____, is ..."), a compound or a figure
# that qualifies another ("rose by 12%" is asked as "By how much").
_RELATIONS = frozenset("count amount date month in-year".split())
LEADS = tuple(f"{what} fills the gap?" for what in dict.fromkeys(_WHAT.values()))


def is_cloze(question: str) -> bool:
    """Whether a drafted question is a gap-fill one."""
    return question.startswith(LEADS)


def cloze_question(fact: Fact, sentence: str) -> str | None:
    """The gap-fill question for ``fact`` in ``sentence``, or None when its kind or relation
    is not asked this way; whether the sentence stands alone is the validators' to say."""
    what = _WHAT.get(fact.kind)
    if what is None or fact.relation not in _RELATIONS:
        return None
    if sentence[fact.start : fact.end] != fact.answer:
        return None
    gapped = f"{sentence[: fact.start]}{BLANK}{sentence[fact.end :]}".strip()
    return f"{what} fills the gap? \u201c{gapped}\u201d"


# Where a long sentence's leading clause ends: a coordinated clause, a dash's aside, a
# semicolon ("All 11 service members aboard ... are believed dead, and the operation has ...").
_CLAUSE_END = re.compile(r",\s+(?:and|but|while|as)\s+|;\s+|\s+(?:--|\u2014)\s+")
# A printed gap-fill sentence holds this many words at most (the validators' bound).
LONGEST = 36
# A subordinator early in the clause opens a fronted phrase ("A mere six months after the act
# was signed into law, ... the budget attempts ..."): the main clause comes after its comma.
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|whenever|since|because|although|though|unless|until|once|"
    r"whereas|if|while)\b",
    re.IGNORECASE,
)
FRONTED_WITHIN = 6


def _is_fragment(clause: str) -> bool:
    """Whether a cut clause cannot stand alone: a quotation or bracket opened and not closed,
    or only a fronted subordinate phrase (a subordinator among its first words and no comma
    after it, so its main clause was beyond the cut)."""
    if clause.count("\u201c") != clause.count("\u201d") or clause.count('"') % 2:
        return True
    if clause.count("(") != clause.count(")"):
        return True
    found = _SUBORDINATE.search(clause)
    if found is None or len(re.findall(r"\w+", clause[: found.start()])) > FRONTED_WITHIN:
        return False
    return "," not in clause[found.end() :]


def leading_clause(sentence: str, answer_end: int) -> str | None:
    """For a sentence too long to print whole, its leading clause when that holds the answer
    and reads as a sentence of its own: the words up to the first clause break after the
    answer (verbatim, without the break). None for a short sentence, when no such clause is
    short enough, or when the clause is a fronted phrase whose main clause lies past the cut."""
    if len(re.findall(r"\w+", sentence)) <= LONGEST:
        return None
    for found in _CLAUSE_END.finditer(sentence, answer_end):
        clause = sentence[: found.start()].rstrip(" ,")
        if len(re.findall(r"\w+", clause)) > LONGEST or _is_fragment(clause):
            return None
        return clause
    return None


# Days and near times a story names by the day it was written ("on Saturday", "reported
# Sunday", "last month", "this year", "two days ago", an opening "Now,"). Of a story that
# gives no date they tell a player nothing: a gap-fill prints its sentence without them (its
# citation keeps them), as the graders' edits of such drafts did ("delete 'on Thursday'"). A
# day inside a name stays ("Super Tuesday").
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_FEW = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_DAY = (
    rf"(?:(?:(?:on|late|early|last|this|next)\s+)?{_WEEKDAY}"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:last|this|earlier this|later this)\s+(?:week|month|year)"
    rf"|{_FEW}\s+(?:days?|weeks?)\s+ago)"
)
_END = r"(?=[\s,.;:]|$)(?![\u2019']s)"
# ", on Monday," is an aside (both commas go); " on Monday" and ", on Monday." lose the day.
_DAY_ASIDE = re.compile(rf",\s+{_DAY},(?=\s)")
_DAY_INSIDE = re.compile(rf"(,?\s+)({_DAY}){_END}")
_DAY_OPENING = re.compile(rf"^(?:(?:(?:On|Late|Early|Last|This)\s+)?{_WEEKDAY}|Now|Today),\s+")


def without_days(before: str, after: str) -> tuple[str, str]:
    """A sentence's text before and after its answer without the days and near times of an
    undated story; a day after a capitalised word is part of a name ("Super Tuesday", "Good
    Friday") and stays."""

    def drop(text: str) -> str:
        text = _DAY_ASIDE.sub("", text)

        def one(match: re.Match[str]) -> str:
            ahead = text[: match.start()].split()
            bare = match.group(2)[:1].isupper()  # no "on", "late", "last" before the day
            if bare and ahead and ahead[-1][:1].isupper() and "," not in match.group(1):
                return match.group()  # "Super Tuesday", "Black Friday": a name
            return ""

        return _DAY_INSIDE.sub(one, text)

    opened = _DAY_OPENING.match(before)
    if opened:
        rest = before[opened.end() :]
        before = rest[:1].upper() + rest[1:]
    return drop(before), drop(after)
