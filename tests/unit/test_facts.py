"""The fact extractors, one at a time, on named example sentences; then whole articles.

Each example is a sentence a news article could print, with the facts a quiz author would take
from it: kind, relation, answer as written and what the value measures or names.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from quiz.authoring.facts import Fact, extract, facts_of_sentences, parse_number, screen_sentences
from quiz.corpus.articles import parse_article, read_library

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"


def facts(*sentences: str, date: dt.date | None = dt.date(2019, 11, 13)) -> list[Fact]:
    return facts_of_sentences(sentences, date)


def found(*sentences: str) -> set[tuple[str, str, str]]:
    """(kind, relation, answer) of every fact in the sentences."""
    return {(fact.kind, fact.relation, fact.answer) for fact in facts(*sentences)}


def one(kind: str, *sentences: str) -> Fact:
    matching = [fact for fact in facts(*sentences) if fact.kind == kind]
    assert len(matching) == 1, matching
    return matching[0]


# --- numbers with units -------------------------------------------------------------------------

GROUND_CLEARANCE = "The New Defender has ground clearance of 291mm and a wading depth of 900mm."
RESPECTIVELY = (
    "It has approach, breakover and departure angles of 38, 28 and 40 degrees respectively."
)
BRIDGE_SPAN = "The cable-stayed bridge has a main span of 410 metres and four lanes of traffic."


def test_number_with_unit_keeps_what_it_measures() -> None:
    numbers = [fact for fact in facts(GROUND_CLEARANCE) if fact.kind == "number"]
    assert [(f.answer, f.what, f.detail) for f in numbers] == [
        ("291mm", "ground clearance", "mm"),
        ("900mm", "wading depth", "mm"),
    ]


def test_respectively_gives_one_fact_per_item() -> None:
    angles = [fact for fact in facts(RESPECTIVELY) if fact.relation == "respectively"]
    assert [(f.answer, f.what, f.detail) for f in angles] == [
        ("38", "approach angle", "degrees"),
        ("28", "breakover angle", "degrees"),
        ("40", "departure angle", "degrees"),
    ]


def test_metres_and_a_count_in_one_sentence() -> None:
    assert {("number", "attribute", "410 metres"), ("count", "count", "four")} <= found(BRIDGE_SPAN)


# --- years, dates, relative dates ------------------------------------------------------------

CONSTRUCTION = "Construction began in 2019 and was led by engineering firm Arup."
PREMIERE = "The premiere will take place on 28 September at the Royal Albert Hall in London."
RELEASE = "No Time To Die will be released in the US on April 8, 2020, ahead of its premiere."
AUTO_SHOW = "One of the Defenders will be on display at the Los Angeles Auto Show next week."


def test_year_after_in() -> None:
    year = one("year", CONSTRUCTION)
    assert (year.relation, year.answer, year.value) == ("in-year", "2019", 2019)


def test_day_month_date_anchored_to_the_articles_year() -> None:
    date = one("date", PREMIERE)
    assert date.answer == "28 September"
    assert date.value == dt.date(2019, 9, 28)


def test_month_day_year_date() -> None:
    date = one("date", RELEASE)
    assert (date.answer, date.value) == ("April 8, 2020", dt.date(2020, 4, 8))


def test_relative_date_is_dropped_not_guessed() -> None:
    assert [fact for fact in facts(AUTO_SHOW) if fact.kind in ("date", "year")] == []


# --- counts and ordinals --------------------------------------------------------------------

DB5S = "The photos show ten Aston Martin DB5s, eight of which were made specifically for the film."
BOND_25 = "No Time To Die will be the 25th Bond film and the final one with Daniel Craig."
TABLE = "Rovers are 11th in the table, six points above the relegation zone."


def test_count_keeps_what_it_counts_and_of_which() -> None:
    counts = [fact for fact in facts(DB5S) if fact.kind == "count"]
    assert [(f.relation, f.answer, f.what) for f in counts] == [
        ("count", "ten", "Aston Martin DB5s"),
        ("count-of", "eight", "Aston Martin DB5s"),
    ]
    assert counts[1].detail == "ten"  # eight of the ten


def test_ordinal_with_its_noun() -> None:
    ordinal = one("ordinal", BOND_25)
    assert (ordinal.answer, ordinal.what, ordinal.value) == ("25th", "Bond film", 25)


def test_league_position() -> None:
    assert ("ordinal", "position", "11th") in found(TABLE)


def test_number_words_and_digits_parse() -> None:
    assert parse_number("ten") == 10
    assert parse_number("twenty-five") == 25
    assert parse_number("2,400") == 2400
    assert parse_number("Defender") is None


# --- money ----------------------------------------------------------------------------------

SPECTRE = "A movie record of motors worth £24 million was ruined."
FEE = "Rovers signed the striker for a club-record fee of £32 million."


def test_money_is_not_also_a_number() -> None:
    assert found(SPECTRE) == {("money", "amount", "£24 million")}


def test_money_with_what_it_pays_for() -> None:
    money = one("money", FEE)
    assert (money.relation, money.answer, money.what) == (
        "attribute",
        "£32 million",
        "club-record fee",
    )


# --- people, roles, quotes ------------------------------------------------------------------

STUNT_DRIVER = "In the video, we see stunt driver Jess Hawkins blasting through fields."
DIRECTOR = "Directed by Cary Joji Fukunaga, the film is the last with Daniel Craig."
MORRISON = (
    "Stunt coordinator Lee Morrison planned the chase across the fields.",
    '"We needed an unstoppable vehicle to battle the elements," said Morrison.',
)
LYLE = (
    "Retired teacher Margaret Lyle spotted the comet on 22 February.",
    "Lyle, 67, said she was delighted with the find.",
)


def test_person_with_role() -> None:
    person = one("person", STUNT_DRIVER)
    assert (person.relation, person.answer, person.what) == ("role", "Jess Hawkins", "stunt driver")


def test_directed_by() -> None:
    person = [fact for fact in facts(DIRECTOR) if fact.relation == "by-agent"]
    assert [(f.answer, f.what) for f in person] == [("Cary Joji Fukunaga", "directed")]


def test_quote_speaker_surname_resolves_to_full_name() -> None:
    speaker = [fact for fact in facts(*MORRISON) if fact.relation == "speaker"]
    assert len(speaker) == 1
    assert speaker[0].answer == "Morrison"
    assert speaker[0].full == "Lee Morrison"
    assert speaker[0].detail.startswith("We needed an unstoppable vehicle")
    assert speaker[0].subject == "stunt coordinator"


def test_a_quote_without_a_known_person_has_no_speaker() -> None:
    lone = '"We needed an unstoppable vehicle to battle the elements," said Morrison.'
    assert [fact for fact in facts(lone) if fact.relation == "speaker"] == []


def test_age_after_a_surname() -> None:
    age = [fact for fact in facts(*LYLE) if fact.relation == "age"]
    assert [(f.answer, f.subject) for f in age] == [("67", "Margaret Lyle")]


# --- places, titles, vehicles, organisations ---------------------------------------------

MATERA = (
    "The cars were photographed against the backdrop of the stone town of Matera, southern Italy."
)
SLOVAKIA = "The Defenders were the first to roll off the production line in Slovakia."
OCTOPUSSY = (
    "Land Rover first partnered with Eon Productions for the 1983 Bond movie Octopussy, in which "
    "a Range Rover convertible appeared."
)
GOLDFINGER = "In Ian Fleming's 1959 novel Goldfinger, Bond uses a Leica M3."


def test_town_with_its_region() -> None:
    place = one("place", MATERA)
    assert (place.relation, place.answer, place.detail) == ("town-of", "Matera", "southern Italy")


def test_country_at_the_end_of_a_sentence() -> None:
    place = one("place", SLOVAKIA)
    assert (place.relation, place.answer) == ("country", "Slovakia")


def test_venue_takes_its_city_along_and_the_city_is_a_fact_too() -> None:
    venue = [fact for fact in facts(PREMIERE) if fact.kind == "place"]
    assert [(f.relation, f.answer, f.detail) for f in venue] == [
        ("venue", "Royal Albert Hall", "London"),
        ("city", "London", ""),
    ]


def test_a_district_after_a_venue_is_not_asked_as_a_city() -> None:
    sentence = "The photograph is part of an exhibition at the Leica Gallery in Mayfair, London."
    assert not [f for f in facts(sentence) if f.relation == "city"]


def test_a_makers_model_someone_uses() -> None:
    sentence = "In Ian Fleming’s 1959 novel Goldfinger, Bond uses a Leica M3 to take photos."
    model = [f for f in facts(sentence) if f.relation == "uses-model"]
    assert [(f.kind, f.answer, f.what) for f in model] == [("text", "Leica M3", "Leica")]


def test_film_title_year_vehicle_and_production_company() -> None:
    assert {
        ("year", "year-of-work", "1983"),
        ("title", "work", "Octopussy"),
        ("vehicle", "vehicle", "Range Rover convertible"),
        ("organisation", "org", "Eon Productions"),
    } <= found(OCTOPUSSY)


def test_novel_with_author_and_year() -> None:
    by_relation = {fact.relation: fact for fact in facts(GOLDFINGER)}
    assert by_relation["author"].answer == "Ian Fleming"
    assert by_relation["work-of"].answer == "Goldfinger"
    assert by_relation["work-of"].detail == "1959"
    assert by_relation["year-of-work"].answer == "1959"


def test_organisation_named_by_what_it_is() -> None:
    assert ("organisation", "org", "International Astronomical Union") in found(
        "The International Astronomical Union confirmed the discovery of the comet."
    )
    assert ("organisation", "org", "Department for Transport") in found(
        "It cost £186 million, most of it paid by the Department for Transport."
    )


# --- sentences not fit to ask about --------------------------------------------------------


def test_doubled_garbled_and_caption_sentences_are_screened_out() -> None:
    text = (
        "Land Rover\n\n"
        "In the Specter, a record of motors worth £24 million was ruined.\n\n"
        "In the Specter, a record of motors worth £24 million was ruined.\n\n"
        "Enemies shoot at them. are – before Bond takes the accelerator to the floor.\n\n"
        "* New Land Rover Defender revealed - and it's coming here\n\n"
        "The exhibition will run till October 15 in the gallery."
    )
    article = parse_article("screened", text)
    prose, skipped = screen_sentences(article)
    reasons = [(article.sentences[index].text[:12], reason) for index, reason in skipped]
    assert reasons == [
        ("Land Rover", "a headline or caption, not a sentence"),
        ("In the Spect", "the sentence occurs twice"),
        ("In the Spect", "the sentence occurs twice"),
        ("Enemies shoo", "the sentence looks garbled"),
        ("* New Land R", "a list item, not the story"),
    ]
    assert [article.sentences[index].text for index in prose] == [
        "The exhibition will run till October 15 in the gallery."
    ]
    assert [fact.answer for fact in extract(article).facts] == ["October 15"]


# --- whole articles on other subjects: the facts a reader would take from each --------------

EXPECTED = {
    "bridge_opening": {
        ("number", "410 metres"),
        ("count", "four"),
        ("money", "£186 million"),
        ("year", "2019"),
        ("person", "Priya Raman"),
        ("person", "Raman"),  # the speaker of the quote, resolved to Priya Raman
        ("organisation", "Arup"),
        ("organisation", "Department for Transport"),
        ("count", "About 2,400"),
        ("count", "six"),
        ("person", "Daniel Osei"),
        ("date", "1 September"),
        ("money", "£1.80"),
    },
    "football_transfer": {
        ("person", "Mateo Alvarez"),
        ("money", "£32 million"),
        ("count", "14"),
        ("count", "21"),
        ("person", "Helen Whitcombe"),
        ("year", "2021"),
        ("money", "£19 million"),
        ("ordinal", "11th"),
        ("person", "Sam Otieno"),
        ("person", "Luca Ferri"),
        ("person", "Tom Hale"),
    },
    "library_reopening": {
        ("place", "Bristol"),
        ("money", "£12.5 million"),
        ("person", "Ruth Okafor"),
        ("count", "Around 4,500"),
        ("count", "more than 250,000"),
        ("count", "60"),
    },
    "science_comet": {
        ("date", "22 February"),
        ("person", "Margaret Lyle"),
        ("count", "67"),
        ("person", "Amir Haddad"),
        ("number", "roughly 5 kilometres"),
        ("organisation", "International Astronomical Union"),
    },
    "tech_results": {
        ("money", "$4.2 billion"),
        ("year", "1998"),
        ("count", "about 12,000"),
        ("count", "nine"),
        ("place", "Austin"),
        ("person", "Nadia Brennan"),
        ("money", "$3.9 billion"),
        ("money", "€2.5 billion"),
        ("place", "Dresden"),
        ("person", "Brennan"),
    },
    "storm_warning": {
        ("number", "104mph"),
        ("count", "More than 150,000"),
        ("count", "21"),
        ("count", "953"),
        ("place", "Launceston"),
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_other_subject_articles_give_the_expected_facts(name: str) -> None:
    library = read_library(FIXTURES)
    result = extract(library.articles[name])
    got = {(fact.kind, fact.answer) for fact in result.facts}
    assert EXPECTED[name] <= got, sorted(EXPECTED[name] - got)


def test_speaker_in_the_bridge_article_is_the_chief_engineer() -> None:
    result = extract(read_library(FIXTURES).articles["bridge_opening"])
    speakers = [fact for fact in result.facts if fact.relation == "speaker"]
    assert {(f.answer, f.full) for f in speakers} == {("Raman", "Priya Raman")}


def test_seed_articles_skip_the_doubled_and_garbled_sentences() -> None:
    library = read_library(SEEDS)
    result = extract(library.articles["002_bfeeb16b50e5a49f"])
    skipped = {reason for _, reason in result.skipped}
    assert {"the sentence occurs twice", "the sentence looks garbled"} <= skipped
    assert not any("24 million" in fact.answer for fact in result.facts)


def test_extraction_is_deterministic() -> None:
    library = read_library(SEEDS)
    article = library.articles["001_aec933e9345f55ff"]
    assert extract(article).facts == extract(article).facts


# --- speakers as the sentence writes them (issue 11) -----------------------------------------


def _speakers(*sentences: str) -> list[tuple[str, str]]:
    return [(f.answer, f.full) for f in facts_of_sentences(sentences) if f.relation == "speaker"]


def test_a_speaker_after_said_is_answered_by_the_whole_name() -> None:
    said = (
        "\u201cDemand for steel will fall sharply this year,\u201d said Anna Petrova, an analyst "
        "at a brokerage."
    )
    assert _speakers(said) == [("Anna Petrova", "Anna Petrova")]


def test_a_title_before_the_name_is_never_half_of_the_answer() -> None:
    noted = (
        "And Attorney General Eric Holder noted, \u201cThis was not someone trying to bring "
        "healing to the city at all.\u201d"
    )
    answers = [answer for answer, _ in _speakers(noted)]
    assert all(answer in ("Eric Holder", "Holder") for answer in answers), answers


def test_mr_khan_resolves_to_the_full_name_at_first_mention() -> None:
    first = "Imran Khan, a lawyer for the families, spoke to reporters on Monday."
    later = "\u201cWe will appeal against this ruling as soon as we can,\u201d Mr Khan said."
    assert _speakers(first, later) == [("Khan", "Imran Khan")]


def test_a_possessive_is_not_a_speaker() -> None:
    site = (
        "Kyle Waring sells snow. \u201cWe will not ship snow to any states in the northeast!\u201d "
        "says Waring's website."
    )
    assert _speakers(site) == []


def test_a_count_noun_runs_on_to_its_head() -> None:
    """ "19 grand slam singles tennis titles" counts titles, not singles; "three players this
    summer" stops at its noun."""
    facts = facts_of_sentences(["The champion has won 19 grand slam singles tennis titles so far."])
    counts = [f for f in facts if f.kind == "count"]
    assert [(f.answer, f.what) for f in counts] == [("19", "grand slam singles tennis titles")]
    facts = facts_of_sentences(["The club signed three players this summer."])
    assert [f.what for f in facts if f.kind == "count"] == ["players"]
