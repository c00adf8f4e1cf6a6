"""Grammar checks of a draft against its own sentence (quiz.authoring.grammar), on invented
sentences."""

from __future__ import annotations

import pytest

from quiz.authoring.grammar import keep_capitals, one_tense, passive_kept
from quiz.authoring.validators import Candidate


def draft(question: str, sentence: str) -> Candidate:
    return Candidate(question, "x", "count", "count", sentence, 0, 0, sentence, sentence)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("How much did Ada Roe fine by the league?", "Roe was fined £20,000 by the league."),
        (
            "By how many courts did Roe and Lisle convict of fraud?",
            "Roe and Lisle were tried together and convicted of fraud by two courts.",
        ),
        (
            "How much did Ada Roe fine by the league?",
            "Roe was banned for four games and fined £20,000 by the league on Monday.",
        ),
        ("In what year was Dan Lisle died?", "Her husband, Dan Lisle, died in 2008."),
    ],
)
def test_a_passive_made_active_or_an_intransitive_made_passive_is_rejected(
    question: str, sentence: str
) -> None:
    assert passive_kept(draft(question, sentence)) is not None


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("Who fined Ada Roe £20,000?", "Roe was fined £20,000 by the league."),
        ("In what year did Roe return there?", "Roe was posted to Iraq and returned in 2009."),
        ("How much was Ada Roe fined by the league?", "Roe was fined £20,000 by the league."),
        ("In what year did Dan Lisle die?", "Her husband, Dan Lisle, died in 2008."),
        ("Where was Ada Roe born after her father died?", "Ada Roe was born in Lanark."),
    ],
)
def test_a_question_that_keeps_its_sentences_voice_passes(question: str, sentence: str) -> None:
    assert passive_kept(draft(question, sentence)) is None


def test_after_did_the_verb_is_bare() -> None:
    sentence = 'The horror film "Lanark" made $163,000 in four theaters.'
    assert one_tense(draft('How much did the horror film "Lanark" made?', sentence))
    assert one_tense(draft('How much did the horror film "Lanark" make?', sentence)) is None
    who = "Which director who made the film did the jury praise?"
    assert one_tense(draft(who, "The jury praised Ada Roe, who made the film.")) is None
    won = "How many goals did Ada Roe score in the final she won?"
    assert one_tense(draft(won, "Ada Roe scored twice in the final she won.")) is None


def test_a_name_keeps_its_capital_and_a_sentences_first_word_loses_it() -> None:
    article = (
        "Police raided the home of Dan Lisle in Lanark. The police said little. Missouri "
        "native Ada Roe toiled for years. Most said no. Roe will be at the Lanark Auto Show "
        "next week."
    )
    raid = "Police raided the home of Dan Lisle in Lanark."
    assert keep_capitals("In which town did Police raid the home of Dan Lisle?", raid, article) == (
        "In which town did police raid the home of Dan Lisle?"
    )
    toiled = "Missouri native Ada Roe toiled for years."
    assert keep_capitals("For how long did missouri native Ada Roe toil?", toiled, article) == (
        "For how long did Missouri native Ada Roe toil?"
    )
    assert keep_capitals("How much have most lost?", "Most said no.", article) == (
        "How much have most lost?"  # a capital only a sentence's start gave it is no name
    )
    show = "Roe will be at the Lanark Auto Show next week."
    asked = "At which show would Roe be?"
    assert keep_capitals(asked, show, article) == asked  # not the sentence's "Auto Show next"


def test_a_name_of_two_words_opening_its_sentence_keeps_its_capital() -> None:
    signed = "Northfield Rovers have signed striker Ada Roe from Lanark City for £3 million."
    asked = "From which side have northfield Rovers signed striker Ada Roe?"
    assert keep_capitals(asked, signed, signed) == (
        "From which side have Northfield Rovers signed striker Ada Roe?"
    )
    opened = "The Lanark Show opened on Monday."  # a small word opening the sentence is no name
    assert keep_capitals("When did the Lanark Show open?", opened, opened) == (
        "When did the Lanark Show open?"
    )


def test_a_common_noun_opening_its_sentence_loses_its_capital_even_beside_a_name_of_it() -> None:
    raided = "Police raided the home of Dan Lisle in Lanark on Tuesday."
    article = f"{raided} He was held, according to Lanark Police Department records."
    asked = "In which town did Police raid the home of Dan Lisle?"
    assert keep_capitals(asked, raided, article) == (
        "In which town did police raid the home of Dan Lisle?"
    )
    named = "Police Scotland raided the home of Dan Lisle in Lanark on Tuesday."
    assert keep_capitals("Who raided the home of Police Scotland?", named, named) == (
        "Who raided the home of Police Scotland?"
    )
