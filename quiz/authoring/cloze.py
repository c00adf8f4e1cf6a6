"""Gap-fill questions: the article's own sentence with the answer taken out.

Most sentences of real news defeat a rule-based question writer (the answer sits in a
subordinate clause, the subject is a long phrase, the verb is a participle). The sentence itself
is always grammatical, so when no wh-question reads well, a fact whose sentence stands alone can
still be asked as the sentence with a gap: "What figure fills the gap? “A tornado hit Ardle in
2013, killing _____ people.”" It is written only when the sentence says what it is about out of
its article; :func:`quiz.authoring.validators.cloze_rejection` judges that.
"""

from __future__ import annotations

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
