"""Kinds of answer and the written form of numbers and dates (what a distractor must copy)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.authoring.kinds import (
    MONTHS,
    dates_in,
    infer_kind,
    number_word,
    ordinal_suffix,
    ordinal_word,
    parse_amount,
    parse_date,
    roundness,
)

FAST = settings(max_examples=60, deadline=None)


@pytest.mark.parametrize(
    ("text", "prefix", "units", "decimals", "suffix", "gap"),
    [
        ("291mm", "", 291, 0, "mm", ""),
        ("291 mm", "", 291, 0, " mm", " "),
        ("20-inch", "", 20, 0, "-inch", "-"),
        ("£24 million", "£", 24, 0, " million", " "),
        ("more than 70", "more than ", 70, 0, "", ""),
        ("1,100mm", "", 1100, 0, "mm", ""),
        ("2.5 litres", "", 25, 1, " litres", " "),
    ],
)
def test_an_amount_keeps_its_written_form(
    text: str, prefix: str, units: int, decimals: int, suffix: str, gap: str
) -> None:
    amount = parse_amount(text)
    assert amount is not None
    assert (amount.prefix, amount.units, amount.decimals, amount.suffix) == (
        prefix,
        units,
        decimals,
        suffix,
    )
    assert amount.gap == gap
    assert amount.render(amount.units) == text


def test_number_words_and_ordinals_keep_their_form() -> None:
    ten = parse_amount("ten")
    assert ten is not None and ten.words and ten.units == 10
    assert ten.render(12) == "twelve"
    capital = parse_amount("Eight")
    assert capital is not None and capital.render(9) == "Nine"
    ordinal = parse_amount("25th")
    assert ordinal is not None and ordinal.ordinal
    assert [ordinal.render(n) for n in (21, 22, 23, 24)] == ["21st", "22nd", "23rd", "24th"]
    fifth = parse_amount("fifth")
    assert fifth is not None and fifth.ordinal and fifth.render(12) == "twelfth"


def test_two_numbers_are_not_one_amount() -> None:
    assert parse_amount("38, 28 and 40") is None
    assert parse_amount("no number") is None


@FAST
@given(st.integers(min_value=0, max_value=99))
def test_number_words_read_back_as_their_value(value: int) -> None:
    word = number_word(value)
    assert word is not None
    amount = parse_amount(word)
    assert amount is not None and amount.units == value and amount.words
    if value:
        ordinal = parse_amount(ordinal_word(value) or "")
        assert ordinal is not None and ordinal.units == value and ordinal.ordinal


@FAST
@given(
    st.integers(min_value=1, max_value=99_999),
    st.sampled_from(["", "£", "$", "more than ", "about "]),
    st.sampled_from(["", "mm", " mm", "-inch", " million", " degrees", "%"]),
)
def test_rendering_a_parsed_amount_gives_back_its_text(value: int, prefix: str, unit: str) -> None:
    text = f"{prefix}{value}{unit}"
    amount = parse_amount(text)
    assert amount is not None
    assert amount.render(amount.units) == text


def test_roundness_is_the_largest_power_of_ten_dividing_the_value() -> None:
    assert [roundness(n) for n in (291, 900, 1000, 70, 0)] == [1, 100, 1000, 10, 1]


def test_ordinal_suffixes_follow_english() -> None:
    assert [ordinal_suffix(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 111)] == [
        "st",
        "nd",
        "rd",
        "th",
        "th",
        "th",
        "th",
        "st",
        "nd",
        "th",
    ]


@pytest.mark.parametrize(
    ("text", "month", "day", "year"),
    [
        ("April 8, 2020", 4, 8, 2020),
        ("28 September", 9, 28, None),
        ("October 15", 10, 15, None),
        ("May", 5, None, None),
        ("April 2020", 4, None, 2020),
        ("15th of October 2021", 10, 15, 2021),
    ],
)
def test_dates_keep_their_layout(text: str, month: int, day: int | None, year: int | None) -> None:
    form = parse_date(text)
    assert form is not None
    assert (form.month, form.day, form.year) == (month, day, year)
    assert form.render(month, day, year) == text


@FAST
@given(
    st.dates(),
    st.sampled_from(
        ["{m} {d}, {y}", "{d} {m} {y}", "{d} {m}", "{m} {d}", "{m} {y}", "{d}th of {m} {y}"]
    ),
)
def test_any_date_reads_back_in_its_own_layout(date, layout: str) -> None:  # type: ignore[no-untyped-def]
    if date.year < 1000 or ("th of" in layout and date.day in (1, 2, 3, 21, 22, 23, 31)):
        return
    text = layout.format(m=MONTHS[date.month - 1], d=date.day, y=date.year)
    form = parse_date(text)
    assert form is not None
    assert form.render(form.month, form.day, form.year) == text
    assert form.month == date.month


def test_dates_in_a_sentence_are_found() -> None:
    days, months = dates_in(
        "The premiere will take place on 28 September and released on 30 September; "
        "it was due in April 2020."
    )
    assert days == {(9, 28), (9, 30)}
    assert months == {9, 4}


@pytest.mark.parametrize(
    ("answer", "quote", "question", "kind"),
    [
        ("291mm", "ground clearance of 291mm", "", "number"),
        ("20-inch", "20-inch dark finish wheels", "", "number"),
        ("38", "angles of 38, 28 and 40 degrees respectively", "", "number"),
        ("£24 million", "motors worth £24 million", "", "money"),
        ("1983", "which began in 1983 when", "", "year"),
        ("ten", "show ten Aston Martin DB5s", "", "count"),
        ("more than 70", "with more than 70 Kiwis", "", "count"),
        ("53", "Craig, 53, has said", "How old is Craig?", "count"),
        ("25th", "the 25th Bond film", "", "ordinal"),
        ("April 8, 2020", "released in the US on April 8, 2020", "", "date"),
        ("28 September", "take place on 28 September", "", "date"),
        ("May", "until May next year", "", "date"),
        ("Jess Hawkins", "stunt driver Jess Hawkins", "", "person"),
        ("Safin", "the villain Safin (played by Rami Malek)", "", "character"),
        ("Matera", "the stone town of Matera, southern Italy", "", "place"),
        ("Bond Street", "just steps off Bond Street", "", "place"),
        ("Eon Productions", "partnered with Eon Productions for", "", "organisation"),
        ("No Time To Die", "the upcoming James Bond movie No Time To Die", "", "title"),
        ("Octopussy", "appeared in Octopussy", "In which 1983 Bond film?", "title"),
        ("Valhalla", "the new Valhalla supercar", "", "vehicle"),
        ("Series III", "a Series III Land Rover", "", "vehicle"),
        ("river crossings", "steep descents and river crossings", "", "text"),
        ("Mateo Alvarez", "have signed striker Mateo Alvarez from", "", "person"),
        ("River Tyne", "The new Harbour Bridge over the River Tyne opened", "", "place"),
    ],
)
def test_the_kind_is_inferred_from_the_answer_and_its_sentence(
    answer: str, quote: str, question: str, kind: str
) -> None:
    assert infer_kind(answer, quote, question) == kind
