"""The story's timeline bounds a year's wrong answers: after the year a "the next year" counts
from, and never when the people asked of were children (invented stories)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from quiz.authoring import distractors, timeline
from quiz.corpus.articles import Library, parse_article
from quiz.model import Citation, Question

SEEDS = range(30)


def library_of(text: str) -> Library:
    library = Library(root=Path("."))
    library.articles["story"] = parse_article("story", text)
    return library


def ask(answer: str, quote: str, question: str) -> Question:
    return Question(
        id=f"t-{answer}-{quote[:24]}",
        question=question,
        answer=answer,
        distractors=(),
        source=Citation("story", quote),
    )


def offered(question: Question, library: Library, seed: int) -> list[int]:
    found = distractors.generate(question, library, seed)
    assert len(found) == 3, found
    assert distractors.generate(question, library, seed) == found, "not deterministic"
    written = dataclasses.replace(question, distractors=tuple(found))
    assert distractors.lint(written, library) == [], found
    return [int(option) for option in found]


CUP = (
    "The Rovers were founded in 1987 in a pub in the docks. "
    "They reached the 2009 final, losing to United on penalties. "
    "Although their captain left after the defeat, the Rovers returned to the final the next "
    "year, and won the cup in 2016. The club now plays in the second division."
)
CUP_QUOTE = (
    "Although their captain left after the defeat, the Rovers returned to the final the next "
    "year, and won the cup in 2016."
)


def test_a_year_told_after_the_next_year_is_offered_no_year_before_the_one_it_counts_from() -> None:
    library = library_of(CUP)
    question = ask("2016", CUP_QUOTE, "What year fills the gap?")
    for seed in SEEDS:
        options = offered(question, library, seed)
        assert all(year > 2009 for year in options), f"{options}: before the 2009 final"
    article = library.articles["story"]
    at = CUP_QUOTE.index("2016")
    assert timeline.counted_from(article, CUP_QUOTE, at, 2016) == 2009


def test_no_counted_from_year_without_words_that_count_on() -> None:
    text = CUP.replace("the next year", "later")
    article = library_of(text).articles["story"]
    quote = CUP_QUOTE.replace("the next year", "later")
    assert timeline.counted_from(article, quote, quote.index("2016"), 2016) is None


def test_when_the_timeline_leaves_no_room_before_the_stories_latest_year_a_little_after_it() -> (
    None
):
    """The 2013 answer is the latest year an undated story tells, and "the next year" counts
    from 2010: 2011 and 2012 are all that is left before it, so a year or two after it."""
    text = (
        "The Bulldogs reached the 2010 final and lost by two points. "
        "They returned to the final the next year, and to the third round in 2013."
    )
    library = library_of(text)
    quote = "They returned to the final the next year, and to the third round in 2013."
    question = ask("2013", quote, "What year fills the gap?")
    for seed in SEEDS:
        options = offered(question, library, seed)
        assert all(2010 < year <= 2015 for year in options), options


STAR = (
    " date 2015-04-02\n"
    "Dana Keel, the star of the stage musical Velvet, has entered a clinic in Arizona. "
    "The 68-year-old has struggled with her health for years, her publicist said. "
    "Keel won an Oscar in 1975 for her role in the film Harbour Lights. "
    "Keel's mother, the singer Rosa Keel, toured Europe with her in the 1980s. "
    "Her publicist, Tom Ryder, said the family asked for privacy. Keel thanked her fans."
)


def test_the_68_year_old_is_the_person_the_story_names_most() -> None:
    article = library_of(STAR).articles["story"]
    assert timeline.birth_years(article) == {"keel": 2015 - 68 - 1}
    assert timeline.adult_floor(article, "When did Dana Keel win an Oscar?", 1975) == 1962


def test_a_year_of_a_grown_persons_event_is_never_one_she_was_a_child_in() -> None:
    library = library_of(STAR)
    question = ask(
        "1975",
        "Keel won an Oscar in 1975 for her role in the film Harbour Lights.",
        "In what year did Dana Keel win an Oscar for her role in Harbour Lights?",
    )
    for seed in SEEDS:
        options = offered(question, library, seed)
        assert all(year >= 2015 - 68 - 1 + timeline.ADULT for year in options), options


def test_a_named_age_and_an_aged_name_count_alike() -> None:
    text = (
        " date 2020-01-10\n"
        "Mayor Ann Holt, 54, opened the bridge. The 71-year-old engineer Bill Marsh designed it."
    )
    article = library_of(text).articles["story"]
    assert timeline.birth_years(article) == {"holt": 1965, "marsh": 1948}


def test_no_floor_against_the_answer_a_child_stars_award_or_a_birth() -> None:
    article = library_of(STAR).articles["story"]
    assert timeline.adult_floor(article, "When was Keel born?", 1947) is None
    assert timeline.adult_floor(article, "When did Keel first sing?", 1955) is None


def test_no_age_without_a_year_for_the_story_nor_for_two_ages_of_one_name() -> None:
    undated = "Keel, 68, won an Oscar. Keel's film is a classic."
    assert timeline.birth_years(library_of(undated).articles["story"]) == {}
    twice = " date 2015-01-01\nKeel, 68, won. Later Keel, 41, her daughter, sang."
    assert timeline.birth_years(library_of(twice).articles["story"]) == {}
