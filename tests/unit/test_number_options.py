"""Wrong answers of numbers, amounts and years that respect what the answer's sentence says.

Each test is a fault blind graders found in generated options, on a short invented sentence:
a changed qualifier, a ladder through the other end of a range, an absurd overshoot, odd values
beside a round answer, a year after the story.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from pathlib import Path

import pytest

from quiz.authoring import distractors, timeline
from quiz.authoring.kinds import parse_amount, parse_date
from quiz.corpus.articles import Library, parse_article
from quiz.model import Citation, Question

SEEDS = range(30)


def ask(answer: str, quote: str, *, question: str = "How many?") -> Question:
    return Question(
        id=f"n-{answer}-{quote[:20]}",
        question=question,
        answer=answer,
        distractors=(),
        source=Citation("story", quote),
    )


def library_of(text: str) -> Library:
    library = Library(root=Path("."))
    library.articles["story"] = parse_article("story", text)
    return library


def offered(question: Question, library: Library | None = None, seed: int = 1) -> list[str]:
    """Three wrong answers that the lint accepts, the same on a second call."""
    found = distractors.generate(question, library, seed)
    assert len(found) == 3, found
    assert distractors.generate(question, library, seed) == found, "not deterministic"
    written = dataclasses.replace(question, distractors=tuple(found))
    assert distractors.lint(written, library) == [], found
    return found


def value(option: str) -> float:
    amount = parse_amount(option)
    assert amount is not None, option
    return float(amount.value)


@pytest.mark.parametrize(
    ("answer", "above"),
    [
        ("more than 3,000", True),
        ("at least 78", True),
        ("over 18 months", True),
        ("More than 10,000", True),
        ("up to 35 years", False),
        ("under 400", False),
        ("fewer than 60", False),
    ],
)
def test_a_bounded_answer_keeps_its_qualifier_on_the_false_side(answer: str, above: bool) -> None:
    amount = parse_amount(answer)
    assert amount is not None
    question = ask(answer, f"The inquiry found {answer} in all.")
    for seed in SEEDS:
        for option in offered(question, seed=seed):
            mine = parse_amount(option)
            assert mine is not None and mine.prefix == amount.prefix, f"{option} for {answer}"
            assert (mine.value > amount.value) == above, f"{option} is true of {answer}"


@pytest.mark.parametrize("answer", ["more than 45", "more than 2,500 years", "over 10 years"])
def test_a_lower_bound_does_not_overshoot(answer: str) -> None:
    # "more than 105" inches of snow beside a record "more than 45" reads as absurd.
    bound = value(answer)
    question = ask(answer, f"With {answer} in all, the town set a record.")
    for seed in SEEDS:
        for option in offered(question, seed=seed):
            assert value(option) <= 2.5 * bound, f"{option} for {answer}"


def test_the_other_end_of_a_range_bounds_the_wrong_answers() -> None:
    upper = ask("13", "Pollsters expect the party to win between 12 and 13 seats.")
    lower = ask("12", "Pollsters expect the party to win between 12 and 13 seats.")
    for seed in SEEDS:
        assert all(value(o) > 12 for o in offered(upper, seed=seed)), "between 12 and 9?"
        assert all(value(o) < 13 for o in offered(lower, seed=seed)), "between 15 and 13?"


def test_a_range_the_answer_is_contrasted_with_bounds_it() -> None:
    quote = "Elsewhere parking fines ranged from $5 to $100, but the city's own fine was $102."
    for seed in SEEDS:
        assert all(value(o) > 100 for o in offered(ask("$102", quote), seed=seed))


def test_a_comparison_in_the_sentence_bounds_the_wrong_answers() -> None:
    above = ask("45", "The toll reached 45, up from 40 a week earlier.")
    below = ask("$30", "Tickets cost $30, cheaper than the $36 charged last year.")
    for seed in SEEDS:
        assert all(value(o) > 40 for o in offered(above, seed=seed))
        assert all(value(o) < 36 for o in offered(below, seed=seed))


def test_numbers_merely_listed_beside_the_answer_bound_nothing() -> None:
    # "3 killed and 12 injured" relates no two numbers: 12's ladder may go below 3.
    assert distractors._sides("The crash killed 3 people and injured 12 others.", "12") == ((), ())
    assert distractors._sides("Prices rose 5% to $100.", "5%") == ((), ())


def test_a_whole_stays_above_the_part_the_sentence_counts_of_it() -> None:
    question = ask("nine", "The photos show nine cars, eight of which were built for the film.")
    for seed in SEEDS:
        assert all(value(o) > 8 for o in offered(question, seed=seed))


@pytest.mark.parametrize("answer", ["48 hours", "24 hours", "36 months", "60 minutes"])
def test_a_round_answer_gets_round_neighbours(answer: str) -> None:
    # 48 hours beside 33, 38 and 43 hours: the only round value is the answer. Its neighbours
    # share a step that divides it (24, 36, 60 or 42, 54, 60).
    question = ask(answer, f"The result will be known within {answer}.")
    for seed in SEEDS:
        values = [int(value(option)) for option in offered(question, seed=seed)]
        assert math.gcd(int(value(answer)), *values) >= 3, f"{values} beside {answer}"


def test_a_share_other_than_the_answer_is_never_the_whole() -> None:
    question = ask("80%", "A survey found 80% of users had looked up health advice online.")
    for seed in SEEDS:
        assert all(value(o) < 100 for o in offered(question, seed=seed))


def test_about_twenty_is_not_offered_twenty_one() -> None:
    question = ask("about 20", "The storm damaged about 20 homes.")
    for seed in SEEDS:
        assert all(abs(value(o) - 20) >= 5 for o in offered(question, seed=seed))


STORY = (
    "The striker arrived on a free transfer in 2012. He scored twice in 2014 and again in 2015.\n"
    "The club will move to a new stadium by 2020."
)


def test_a_past_facts_year_is_never_after_the_story() -> None:
    library = library_of(STORY)
    question = ask("2012", "The striker arrived on a free transfer in 2012.", question="When?")
    assert timeline.latest_past_year(library.articles["story"]) == 2015  # no plan counts
    for seed in SEEDS:
        assert all(int(o) <= 2015 for o in offered(question, library, seed)), "after the story"


def test_a_plans_year_may_be_after_the_story() -> None:
    library = library_of(STORY)
    question = ask("2020", "The club will move to a new stadium by 2020.", question="By when?")
    found = {o for seed in SEEDS for o in offered(question, library, seed)}
    assert any(int(o) > 2020 for o in found), found


def test_a_past_facts_date_is_never_after_the_story() -> None:
    library = library_of(STORY + "\nThe manager was sacked in December 2015.")
    question = ask("December 2015", "The manager was sacked in December 2015.", question="When?")
    for seed in SEEDS:
        for option in offered(question, library, seed):
            assert option.endswith("2015") or option.endswith("2014"), option


def test_the_lint_still_flags_a_hand_written_bound_the_answer_implies() -> None:
    question = dataclasses.replace(
        ask("more than 3,000", "Thieves have victimised more than 3,000 people."),
        distractors=("more than 2,000", "more than 5,000", "more than 7,000"),
    )
    assert [index for index, _ in distractors.lint(question, None)] == [0]


def test_a_date_stays_on_its_side_of_the_sentences_other_dates() -> None:
    quote = "The film opens in the US on April 8, a few days after its global release on April 2."
    earlier = ask("April 2", quote, question="When is the global release?")
    later = ask("April 8", quote, question="When does it open in the US?")
    span = ask("September 2012", "A stint in Afghanistan followed, from January to September 2012.")

    def day(option: str) -> tuple[int, int]:
        form = parse_date(option)
        assert form is not None and form.day is not None, option
        return form.month, form.day

    for seed in SEEDS:
        assert all(day(o) < (4, 8) for o in offered(earlier, seed=seed)), "after April 8?"
        assert all(day(o) > (4, 2) for o in offered(later, seed=seed)), "before April 2?"
        for option in offered(span, seed=seed):
            form = parse_date(option)
            assert form is not None and (form.year or 0, form.month) > (2012, 1), option


def test_a_cause_or_a_past_until_is_no_plan() -> None:
    text = "The final was delayed due to the storm in 2016. Until 2017 he coached the side."
    assert timeline.latest_past_year(library_of(text).articles["story"]) == 2017
    assert timeline.latest_past_year(library_of(STORY).articles["story"]) == 2015


def test_another_sentences_bound_on_the_same_count_holds() -> None:
    """ "107 local schools" of a story whose lead says "more than 100 schools" is offered no
    87; a bound the answer breaks counts something else ("fewer than 50 schools" elsewhere)."""
    text = (
        "More than 100 schools in Lanark now bear the name of a pupil killed in the attack. "
        "The provincial government said 107 local schools had been renamed by March. Fewer "
        "than 50 schools in the valley had been renamed a year earlier."
    )
    question = ask("107", "The provincial government said 107 local schools had been renamed")
    for seed in SEEDS:
        found = offered(question, library_of(text), seed)
        assert all(value(option) > 100 for option in found), found


def test_a_count_of_countries_stays_within_the_worlds_and_a_hemmed_ladder_keeps_its_width() -> None:
    """ "Out of 142 countries, Lanark ranks 125th": no option above the world's countries (217
    was offered), none below the rank, and the rungs still teach something (not 141, 143)."""
    sentence = "Out of 142 countries, Lanark ranks 125th on the index of gender equality."
    question = ask("142", sentence)
    for seed in SEEDS:
        found = [value(option) for option in offered(question, library_of(sentence), seed)]
        assert all(125 <= v <= 195 for v in found), found
        ladder = sorted([142.0, *found])
        assert all(b - a >= 5 for a, b in itertools.pairwise(ladder)), found


def test_a_figure_the_article_states_of_the_same_unit_is_never_offered() -> None:
    """"Team A's final drew 25 million viewers" beside "the league's final drew 15 million":
    15 million reads as the article's own figure (a grader called it true), so it is no option;
    another number of another unit (15 minutes) still may be."""
    quote = "The city's final attracted 25 million viewers, according to a ratings firm."
    text = (
        f"{quote} That was far more than the 15 million who watched the league final. "
        "The match was stopped for 30 minutes."
    )
    library = library_of(text)
    gapped = quote.replace("25", "_____")
    question = ask("25", quote, question=f"What figure fills the gap? {gapped}")
    seen = set()
    for seed in SEEDS:
        found = offered(question, library, seed)
        assert "15" not in found, found
        seen.update(found)
    assert "30" in seen  # 30 million is no figure of the article: "30 minutes" is another unit


def test_a_decimal_answer_gets_no_whole_value_written_with_a_nought() -> None:
    """10.5 million among "9.0" and "12.0" million: no one writes a round value so, and a
    9 among 10.5s would stand out: every option keeps a last decimal digit."""
    question = ask("10.5 million", "Of the 10.5 million refugees registered, few are resettled.")
    for seed in SEEDS:
        for option in offered(question, seed=seed):
            assert not option.split()[0].endswith(".0"), option
            assert "." in option, option


def test_the_next_year_of_a_past_story_is_no_plan() -> None:
    """"returned to the final the next year, and to the third round in 2013" tells of the past:
    a story that reports 2015 as past is offered no 2016 or 2019 (a grader found both)."""
    quote = "The team reached the final the next year, and the third round in 2013."
    text = f"The coach left in 2010. {quote} He retired in 2015."
    question = ask("2013", quote, question="In what year did the team reach the third round?")
    for seed in SEEDS:
        for option in offered(question, library_of(text), seed):
            assert int(option) <= 2015, option


def test_a_count_before_a_plural_noun_is_never_offered_as_one() -> None:
    quote = "Bombers attacked a church in Lanark, setting off two blasts that killed 14 people."
    library = library_of(quote)
    for seed in SEEDS:
        options = offered(ask("two", quote, question="How many blasts?"), library, seed)
        assert "one" not in options and "1" not in options, options
    part = "Two of the blasts hit the Lanark church, officials said."
    library = library_of(part)
    found = {o for seed in SEEDS for o in offered(ask("Two", part), library, seed)}
    assert "One" in found  # "One of the blasts" reads well


def test_a_small_approximate_figure_is_stepped_by_fives_not_tens() -> None:
    quote = "The mayor of Lanark appeared in public for the first time in about 10 days."
    library = library_of(quote)
    for seed in SEEDS:
        options = offered(ask("about 10 days", quote), library, seed)
        assert all(value(o) <= 25 for o in options), options  # never "about 40 days"


def test_a_running_tally_is_offered_smaller_tallies() -> None:
    """ "Ada Korvin has won 19 grand slam titles": by the time the question is played she may
    have won 21, never again 17; a tally too small to leave three below is offered either
    side."""
    quote = "Ada Korvin has won 19 grand slam singles titles in her career."
    question = ask("19", quote, question="How many grand slam singles titles has Ada Korvin won?")
    for seed in SEEDS:
        assert all(value(o) < 19 for o in offered(question, library_of(quote), seed))
    small = "Ada Korvin has won three grand slam singles titles in her career."
    options = offered(ask("three", small), library_of(small))
    assert len(options) == 3
    past = "Ada Korvin won 19 grand slam singles titles in her career."
    finished = ask("19", past)
    seen = {value(o) > 19 for seed in SEEDS for o in offered(finished, library_of(past), seed)}
    assert True in seen  # a finished count is offered larger values too


def test_a_date_after_an_event_is_offered_later_dates() -> None:
    """ "elected in March 2013 after the bishop stepped down": an earlier date may be before
    he stepped down, and contradict the sentence; a later one never does. So for a year."""
    quote = "Ada Korvin, who was elected in March 2013 after the bishop stepped down, spoke."
    question = ask("March 2013", quote, question="When was Ada Korvin elected?")
    for seed in SEEDS:
        for option in offered(question, library_of(quote), seed):
            form = parse_date(option)
            assert form is not None and (form.year or 0, form.month) > (2013, 3), option
    year = "Ada Korvin was elected in 2013 after the bishop stepped down, the diocese said in 2021."
    asked = ask("2013", year, question="In what year was Ada Korvin elected?")
    for seed in SEEDS:
        assert all(int(o) > 2013 for o in offered(asked, library_of(year), seed))
