"""Wrong answers for places and organisations that fit the article: of the answer's region,
state or sort, never a place the story gives another role, and some where the engine knew no
candidates before (a county, a football ground, a police force, a dairy cooperative).

The articles here are short invented news written for these tests; none is from the seeds or
the dev corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.authoring import distractors, pools
from quiz.authoring.gazetteer import gazetteer, vocabulary
from quiz.corpus.articles import Library, parse_article
from quiz.model import Citation, Question
from quiz.text import normalise

SEEDS = range(6)


def ask(text: str, answer: str, question: str, kind: str, quote: str | None = None) -> tuple[
    Question, Library
]:
    """A question on a one-article library holding ``text``."""
    library = Library(root=Path("."))
    library.articles["story"] = parse_article("story", text)
    cited = quote if quote is not None else text.split(". ")[0].rstrip(".") + "."
    return (
        Question(
            id=f"q-{answer}",
            question=question,
            answer=answer,
            distractors=(),
            source=Citation("story", cited),
            kind=kind,
        ),
        library,
    )


def options_by_seed(question: Question, library: Library) -> list[list[str]]:
    found = [distractors.generate(question, library, seed) for seed in SEEDS]
    for options in found:
        assert len(options) == 3, options
    return found


# --- places of the answer's region ------------------------------------------------------------


def test_a_river_of_a_story_set_in_one_state_gets_that_states_rivers() -> None:
    """A car in Utah's Spanish Fork River: the Bear or the Sevier, never the Potomac."""
    question, library = ask(
        "A car crashed into the Spanish Fork River near a Utah town on Friday. Rescuers in "
        "Utah pulled a child from the water.",
        "Spanish Fork River", "Into which river did the car crash?", "place",
    )  # fmt: skip
    utah = {f"{river} River" for river in gazetteer().river_areas["Utah"]}
    for options in options_by_seed(question, library):
        assert set(options) <= utah, options


def test_a_city_in_a_story_of_its_state_gets_that_states_cities() -> None:
    """An Atlanta prison in a story of Georgia's courts: Savannah or Macon, never Indianapolis."""
    question, library = ask(
        "Kelly Dane is held at Pine Ridge Prison for Women in Atlanta. The state of Georgia "
        "set her execution for Monday, and lawyers asked the parole board to reconsider.",
        "Atlanta", "In which city is Pine Ridge Prison for Women?", "place",
    )  # fmt: skip
    for options in options_by_seed(question, library):
        assert all(pools.city_area(o) == "Georgia" for o in options), options


def test_a_town_written_with_a_state_named_like_a_city_gets_towns_of_that_state() -> None:
    """"Millbrook Falls, New York": New York is the state there, whatever else it names."""
    question, library = ask(
        "The drummer had been on tour with the band in Millbrook Falls, New York, last week.",
        "Millbrook Falls", "In which town had the drummer been on tour?", "place",
    )  # fmt: skip
    for options in options_by_seed(question, library):
        assert all(pools.city_area(o) == "New York" for o in options), options


def test_a_town_the_data_does_not_know_gets_towns_of_its_articles_one_province() -> None:
    """A north-eastern town retaken from militants, in a story naming Borno state: Borno's
    towns, never Lagos or Abuja, the capitals far away."""
    question, library = ask(
        "Nigeria's army said it had retaken the northeastern town of Mafaro from militants. "
        "The town lies in Borno state, near the border with Cameroon.",
        "Mafaro", "Which town has Nigeria's army retaken?", "place",
    )  # fmt: skip
    for options in options_by_seed(question, library):
        assert all(pools.city_area(o) == "Borno" for o in options), options


def test_a_country_gets_its_neighbours_before_its_wider_region() -> None:
    """Syria's refugees: Iraq, Lebanon, Turkey..., never Kuwait or Bahrain."""
    question, library = ask(
        "Farah fled the civil war in Syria with her husband in the middle of the night.",
        "Syria", "Which country did Farah flee?", "place",
    )  # fmt: skip
    bordering = set(gazetteer().neighbours["Syria"])
    for options in options_by_seed(question, library):
        assert set(options) <= bordering, options


def test_an_island_country_gets_its_neighbours_across_the_sea_not_a_landlocked_one() -> None:
    question, library = ask(
        "A ferry sank off the coast of Japan on Monday, the coast guard said.",
        "Japan", "Off which country's coast did the ferry sink?", "place",
    )  # fmt: skip
    for options in options_by_seed(question, library):
        assert "Mongolia" not in options and set(options) <= set(gazetteer().neighbours["Japan"])


def test_a_neighbour_shared_with_the_sentences_other_country_comes_first() -> None:
    """Where Myanmar's warplanes strayed: the countries both China and Myanmar border, then
    Myanmar's other neighbours (never North Korea or Mongolia)."""
    question, library = ask(
        "Myanmar warplanes fighting rebels dropped a bomb on a field in China, state media said.",
        "China", "In which country did Myanmar warplanes drop a bomb?", "place",
    )  # fmt: skip
    geo = gazetteer()
    shared = set(geo.neighbours["China"]) & set(geo.neighbours["Myanmar"])
    for options in options_by_seed(question, library):
        assert set(options) & shared, options
        assert set(options) <= set(geo.neighbours["Myanmar"]), options


def test_a_war_is_no_game() -> None:
    """"The fight against Al Qaeda" makes no team of a country: its neighbours come before the
    story's countries far away."""
    question, library = ask(
        "U.S. forces were stationed in Yemen to help in the fight against Al Qaeda. Officials "
        "in Morocco, Algeria and Sudan were told.",
        "Yemen", "In which country were U.S. forces stationed to fight against Al Qaeda?",
        "place",
    )  # fmt: skip
    for options in options_by_seed(question, library):
        assert not {"Morocco", "Algeria", "Sudan"} & set(options), options


def test_no_two_cities_of_a_leading_word_the_answer_lacks() -> None:
    """Los Angeles among San Francisco, San Jose and San Diego is the odd one out."""
    question, library = ask(
        "Sharper has been in jail in Los Angeles since last year, his lawyer said in California.",
        "Los Angeles", "In which city has Sharper been in jail?", "place",
    )  # fmt: skip
    for options in options_by_seed(question, library):
        leads = [o.split()[0] for o in options if len(o.split()) > 1]
        assert len(leads) == len(set(leads)), options


def test_a_country_as_a_team_gets_the_storys_other_teams() -> None:
    """Israel in a European qualifying group: the group's teams, never Kuwait or Oman."""
    question, library = ask(
        "Wales beat Israel 3-0 in Haifa on Saturday. Elsewhere, Italy beat Bulgaria, Latvia drew "
        "with Kazakhstan and Iceland won in the Czech Republic.",
        "Israel", "Which country did Wales beat 3-0?", "place",
    )  # fmt: skip
    teams = {"Italy", "Bulgaria", "Latvia", "Kazakhstan", "Iceland", "Czech Republic"}
    for options in options_by_seed(question, library):
        assert set(options) <= teams, options


def test_a_journeys_other_end_is_no_wrong_answer_for_its_start() -> None:
    """The flight circled Chicago before landing there: Chicago is not where it came from."""
    question, library = ask(
        "Skyway Flight 22 departed from Denver shortly after 9 a.m. The plane circled Chicago "
        "in fog before landing at O'Hare two hours later. Passengers from Boston waited.",
        "Denver", "From which city did Skyway Flight 22 depart?", "place",
    )  # fmt: skip
    for options in options_by_seed(question, library):
        assert "Chicago" not in options, options


# --- names of a kind: counties, venues ---------------------------------------------------------


def test_a_county_gets_counties_of_its_state() -> None:
    question, library = ask(
        "Erich Dane was indicted in Clark County on Monday. Nevada prosecutors said he would "
        "be tried as an adult.",
        "Clark County", "In which county was Dane indicted?", "place",
    )  # fmt: skip
    nevada = set(gazetteer().counties["Nevada"])
    for options in options_by_seed(question, library):
        assert all(o.endswith(" County") and o.removesuffix(" County") in nevada for o in options)


def test_a_county_is_never_invented_from_a_city_of_its_state() -> None:
    """Jackson County, Missouri, beside Kansas City: no "Kansas City County"."""
    question, library = ask(
        "Jackson County ranked first among the courts of Missouri, officials in Kansas City "
        "said on Monday.",
        "Jackson County", "Which county ranked first among the courts?", "place",
    )  # fmt: skip
    missouri = set(gazetteer().counties["Missouri"])
    for options in options_by_seed(question, library):
        assert all(o.removesuffix(" County") in missouri for o in options), options


def test_a_stadium_the_data_does_not_know_gets_none_of_another_country() -> None:
    """An English stadium the data does not know: no American stadium, though both end in
    'Stadium' (better too few wrong answers than a foreign one)."""
    question, library = ask(
        "Rovers play at the Northfield Stadium in Leeds, England, on Saturday.",
        "Northfield Stadium", "At which stadium do Rovers play?", "place",
    )  # fmt: skip
    foreign = {v.name for v in gazetteer().venues.values() if v.country != "United Kingdom"}
    for seed in SEEDS:
        assert not set(distractors.generate(question, library, seed)) & foreign


def test_a_football_ground_gets_football_grounds_whatever_their_names_end_in() -> None:
    question, library = ask(
        "Striker Ben Cole collapsed at White Hart Lane during the match on Sunday.",
        "White Hart Lane", "At which ground did Cole collapse?", "place",
    )  # fmt: skip
    venues = gazetteer().venues
    for options in options_by_seed(question, library):
        for option in options:
            venue = venues[normalise(option)]
            assert venue.sort == "football ground" and venue.country == "United Kingdom", option


def test_a_museum_the_data_does_not_know_gets_museums_of_its_country_first() -> None:
    question, library = ask(
        "The statue went on show at the Varga Museum in the Netherlands last year.",
        "Varga Museum", "At which museum did the statue go on show?", "place",
    )  # fmt: skip
    dutch = {
        v.name for v in gazetteer().venues.values()
        if v.country == "Netherlands" and v.name.endswith(" Museum")
    }  # fmt: skip
    for options in options_by_seed(question, library):
        assert set(options) <= dutch, options


def test_a_town_named_like_a_park_gets_no_ball_park() -> None:
    """"Harlow Park, New Jersey" is a town: the data's ball parks are no wrong answers for it."""
    question, library = ask(
        "Pugh was arrested in Harlow Park, New Jersey, on January 16.",
        "Harlow Park", "In which park was Pugh arrested?", "place",
    )  # fmt: skip
    ball_parks = {v.name for v in gazetteer().venues.values() if v.sort == "baseball park"}
    for seed in SEEDS:
        assert not set(distractors.generate(question, library, seed)) & ball_parks


def test_a_river_its_sentence_places_nowhere_is_in_its_articles_country() -> None:
    question, library = ask(
        "The car landed on its roof in the Cedar Fork River. Police in Utah said a fisherman "
        "saw it on Saturday.",
        "Cedar Fork River", "Into which river did the car crash?", "place",
    )  # fmt: skip
    american = {f"{river} River" for river in gazetteer().rivers["United States"]}
    for options in options_by_seed(question, library):
        assert set(options) <= american, options


# --- organisations of the answer's country and sector -------------------------------------------


def _known(country: str, kind: str) -> set[str]:
    vocab = vocabulary()
    return {
        name for name in vocab.org_names.get(kind, ())
        if vocab.org_countries.get(normalise(name)) == country
    }  # fmt: skip


def test_a_police_force_gets_police_forces_of_its_country() -> None:
    question, library = ask(
        "The Metropolitan Police summoned five fans on Friday, the force said in London.",
        "Metropolitan Police", "Which police force summoned the fans?", "organisation",
    )  # fmt: skip
    british = _known("United Kingdom", "police")
    for options in options_by_seed(question, library):
        assert set(options) <= british, options


def test_a_university_gets_universities_of_its_country() -> None:
    """Penn State: other American universities, never Oxford."""
    question, library = ask(
        "A fraternity at Pennsylvania State University was suspended on Tuesday.",
        "Pennsylvania State University", "Which university's fraternity was suspended?",
        "organisation",
    )  # fmt: skip
    american = _known("United States", "university")
    for options in options_by_seed(question, library):
        assert set(options) <= american, options


@pytest.mark.parametrize(
    ("answer", "asked", "sector"),
    [
        ("Fonterra", "Which dairy cooperative received the letters?", "dairy cooperative"),
        ("Lactalis", "Which dairy company received the letters?", "dairy"),  # no cooperative
        ("Russia 24", "Which state broadcaster aired the video?", "state broadcaster"),
        ("National Institutes of Health", "Which health agency will admit the nurse?", "health"),
        ("Valentino", "At which fashion house's show did the models appear?", "fashion"),
        ("One Direction", "Which band is the singer leaving?", "boy band"),  # no girl group
    ],
)
def test_an_organisation_gets_others_of_its_sector(answer: str, asked: str, sector: str) -> None:
    question, library = ask(
        f"Officials said {answer} would respond on Monday. The letters arrived last week.",
        answer, asked, "organisation",
    )  # fmt: skip
    in_sector = set(vocabulary().sectors[sector])
    for options in options_by_seed(question, library):
        assert set(options) <= in_sector, options


def test_a_newspaper_gets_real_titles_of_its_country_never_a_fragment() -> None:
    question, library = ask(
        "The Manchester Evening News reported that the boy arrived dressed as the character.",
        "Manchester Evening News", "Which newspaper reported the story?", "organisation",
    )  # fmt: skip
    british = _known("United Kingdom", "newspaper")
    for options in options_by_seed(question, library):
        assert set(options) <= british and "Morning News" not in options, options


def test_same_seed_same_options() -> None:
    question, library = ask(
        "Erich Dane was indicted in Clark County on Monday. Nevada prosecutors said so.",
        "Clark County", "In which county was Dane indicted?", "place",
    )  # fmt: skip
    first = distractors.generate(question, library, 7)
    assert first == distractors.generate(question, library, 7)


# --- the data ------------------------------------------------------------------------------------


def test_the_place_data_names_only_countries_and_states_it_knows() -> None:
    geo = gazetteer()
    countries = {c.name for c in geo.countries}
    for country, bordering in geo.neighbours.items():
        assert country in countries and set(bordering) <= countries, country
    assert all(v.country in countries for v in geo.venues.values())
    states = set(geo.regions["United States"]) | {
        place.area for c in geo.cities["United States"] for place in geo.lookup(c) if place.area
    }  # New York and Washington, states written as cities' areas
    assert set(geo.counties) <= states
    assert set(vocabulary().org_countries.values()) <= countries


def test_a_folder_group_of_venues_is_never_offered_for_a_city(tmp_path: Path) -> None:
    """A group listed for a premiere's venue applies to the question of its city too (both
    ask of the premiere), but theatres are no cities."""
    (tmp_path / "distractors.yaml").write_text(
        "groups:\n  halls:\n    kind: place\n    fine: venue\n    about: [premiere]\n"
        "    asks: [premiere]\n    members: [Coliseum, Barbican, Roundhouse, Old Vic]\n",
        encoding="utf-8",
    )
    library = Library(root=tmp_path)
    text = "The premiere will take place at the Grand Hall in Leeds on Friday."
    library.articles["story"] = parse_article("story", text)
    question = Question(
        id="q-leeds", question="In which city will the premiere take place?", answer="Leeds",
        distractors=(), source=Citation("story", text), kind="place",
    )  # fmt: skip
    halls = {"Coliseum", "Barbican", "Roundhouse", "Old Vic"}
    for options in options_by_seed(question, library):
        assert not set(options) & halls, options


def test_a_school_named_for_a_town_the_data_does_not_know_gets_schools_of_its_countrys_towns(
) -> None:
    question, library = ask(
        "Ada Roe arrived at Ardle High School in Manchester dressed as a film character. "
        "Teachers in Manchester sent her home, and parents in England complained.",
        "Ardle High School", "Which school did Ada Roe attend?", "organisation",
    )  # fmt: skip
    british = set(gazetteer().cities["United Kingdom"])
    for options in options_by_seed(question, library):
        assert all(o.endswith(" High School") for o in options), options
        assert {o.removesuffix(" High School") for o in options} <= british, options


def test_no_minor_country_beside_a_populous_answer() -> None:
    """A reader of an attack in India does not weigh Bhutan, nor of Ebola in Sierra Leone Cape
    Verde: a country with a twenty-fifth of the answer's people, or a microstate beside a
    country of millions, comes after every other of the region."""
    for text, answer, minor in (
        ("Gunmen killed 160 people in attacks on hotels and a station in India in 2008.",
         "India", {"Bhutan", "Maldives", "Nepal", "Sri Lanka"}),
        ("A health care worker volunteering in Sierra Leone in 2014 caught Ebola there.",
         "Sierra Leone", {"Cape Verde", "Gambia", "Guinea-Bissau"}),
    ):  # fmt: skip
        question, library = ask(text, answer, "In which country did it happen?", "place")
        for options in options_by_seed(question, library):
            assert len(options) == 3 and not minor & set(options), options


def test_a_minor_neighbour_is_kept_beside_a_small_answer() -> None:
    """Size is told only against the answer's: beside Bhutan its neighbour Nepal is no tell."""
    assert not pools._minor_beside(28.5, 0.77)
    assert pools._minor_beside(0.77, 1310) and pools._minor_beside(0.5, 7.2)
    assert not pools._minor_beside(0.0, 1310)  # the data does not say: nothing told


def test_a_renamed_country_is_not_offered_by_a_name_newer_than_the_story() -> None:
    """Eswatini was Swaziland until 2018: a story of 2015, or one that gives no year, is not
    offered the later name; one of 2020 may be."""
    for year, allowed in ((2015, False), (None, False), (2020, True)):
        dated = f" in {year}" if year else ""
        text = f"The Salvation Army ran a campaign in South Africa{dated}, its officers said."
        question, library = ask(text, "South Africa", "Where was the campaign run?", "place")
        seen = {o for options in options_by_seed(question, library) for o in options}
        assert ("Eswatini" in seen) <= allowed, (year, seen)


def test_a_city_the_story_names_for_the_same_deed_is_never_offered() -> None:
    """"Suicide bombers struck a church in Multan" two years before: Multan is as true of "in
    which city did suicide bombers strike a church?" as the answer, though it comes from the
    data's cities of Pakistan and not from the story's list of places."""
    question, library = ask(
        "Two suicide bombers struck a church in the Pakistani city of Lahore on Sunday, police "
        "said. The last such attack took place in 2013, when suicide bombers struck a church in "
        "Multan. Officials in Pakistan said schools would close.",
        "Lahore", "In which city did suicide bombers strike a church on Sunday?", "place",
    )  # fmt: skip
    places = gazetteer().places.values()
    pakistani = {p.name for found in places for p in found if p.country == "Pakistan"}
    for options in options_by_seed(question, library):
        assert "Multan" not in options, options
        assert set(options) <= pakistani, options



def test_the_noun_a_question_asks_by_tells_nothing_of_a_relation() -> None:
    """"Which country" asks a country: a sentence that says "the country" of Guinea says nothing
    of where the nurse worked, while one that says "the nurse worked" of it does."""
    question, library = ask(
        "A volunteer nurse caught the virus while working at a clinic in Liberia, officials "
        "said. Health workers said the country of Guinea had reported no new cases. Another "
        "nurse worked in Mali.",
        "Liberia", "In which country did the volunteer nurse work?", "place",
    )  # fmt: skip
    story = library.get("story")
    for name, told in (("Guinea", False), ("Mali", True)):
        candidate = pools.Candidate(name, "data")
        assert pools.same_relation(question, candidate, library, story) is told, name
        candidate = pools.Candidate(name, "article", "story")
        assert pools.same_relation(question, candidate, library) is told, name
