"""Well-known people as wrong answers: of the answer's field, country and sex, never an
invented name beside a famous one, and never for someone the data cannot place. The stories are
invented for these tests; the people offered come from ``quiz/data/public_wellknown.tsv``."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.authoring import distractors, wellknown
from quiz.corpus.articles import Library, parse_article
from quiz.model import Citation, Question

SEEDS = range(6)

STORIES = {
    "talks": (
        "PARIS -- French Foreign Minister Laurent Fabius met the envoy on Monday to discuss the "
        "talks. The envoy said the meeting had gone well. Fabius said more work was needed."
    ),
    "match": (
        "French striker Jules Mardot collapsed during the second half of the Premier League match "
        "on Sunday. The striker was treated on the pitch. The club said Mardot was awake. The "
        "Premier League said the match would be replayed, and the FIFA doctor praised the staff."
    ),
    "final": (
        "Tennis analyst Ines Carvalho said the Wimbledon final would test the champion. "
        "Carvalho, who played on the WTA tour for a decade, said the grass suited her. "
        "The WTA said she would be back at Wimbledon next year. The tennis world waits."
    ),
    "premiere": (
        "The 2001 film Velvet Hours, a comedy about two rival models, returns to cinemas on "
        "Friday. Its star said the film had aged well. Fans queued around the block."
    ),
    "coach": (
        "\"We never stopped believing,\" said manager Dan Ruddle after the Premier League game. "
        "Ruddle's team won by two goals. The Premier League said the ground was full, and "
        "soccer fans cheered. His players celebrated with the Premier League trophy."
    ),
    "kremlin": (
        " date 2015-03-20\nMOSCOW -- Russian President Sergei Varin appeared in photos released "
        "by the Kremlin on Monday. Varin, the Kremlin said, had a cold. Russia's state media "
        "showed the president at a meeting in Moscow."
    ),
    "gig": (
        "Singer-songwriter Tom Arliss played his first concert in a decade on Friday. Arliss, "
        "whose album topped the charts, sang for two hours. The band and the song list drew "
        "praise, and the concert sold out."
    ),
    "council": (
        "Mayor Ruth Oddly opened the new bridge on Friday. Oddly said the town had waited ten "
        "years. Residents cheered as the ribbon was cut."
    ),
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    library = Library(root=Path(tmp_path_factory.mktemp("news")))
    for name, text in STORIES.items():
        library.articles[name] = parse_article(name, text)
    return library


def options(
    library: Library, story: str, question: str, answer: str, kind: str = "person"
) -> list[list[str]]:
    quote = next(s.text for s in library.articles[story].sentences if answer in s.text)
    asked = Question(
        id=f"q-{story}",
        question=question,
        answer=answer,
        distractors=(),
        source=Citation(story, quote),
        kind=kind,
    )
    found = [distractors.generate(asked, library, seed) for seed in SEEDS]
    assert found == [distractors.generate(asked, library, seed) for seed in SEEDS]
    return found


def test_the_data_is_well_formed() -> None:
    people = wellknown._data().people
    assert len(people) > 500
    families = {"politician", "athlete", "coach", "performer", "executive", "writer", "artist",
                "expert"}  # fmt: skip
    for person in people:
        assert person.family in families, person
        assert person.sex in ("m", "f"), person
        assert person.field and person.country, person
    assert len({p.name for p in people}) == len(people)


def test_a_famous_minister_gets_other_politicians_of_his_country(library: Library) -> None:
    """Laurent Fabius among three names no one has heard of gives him away; among other French
    politicians he does not. Never one of another country. The story's title dates it to his
    term (2012-2016): the foreign ministers nearest it, none who took the office later."""
    seen = set()
    for found in options(library, "talks", "Which French foreign minister met the envoy?",
                         "Laurent Fabius"):  # fmt: skip
        assert len(found) == 3, found
        for option in found:
            person = wellknown.known(option)
            assert person is not None, f"{option} is invented"
            assert person.family == "politician" and person.country == "France", person
            assert person.field == "foreign minister" and person.took_office() <= 2016, person
            assert person.in_office_near(2016, 16), person
        seen |= set(found)
    assert "Bernard Kouchner" in seen  # in office 2007-2010, the nearest before Fabius


def test_an_unknown_striker_gets_footballers_by_his_role(library: Library) -> None:
    for found in options(library, "match", "Which French striker collapsed during the match?",
                         "Jules Mardot"):  # fmt: skip
        assert len(found) == 3, found
        for option in found:
            person = wellknown.known(option)
            assert person is not None and person.field == "football", option
            assert person.sex == "m", person
            assert person.style in ("", "forward"), person  # a striker, not a goalkeeper


def test_a_pundit_of_a_tennis_story_gets_tennis_people_of_her_sex(library: Library) -> None:
    """"Tennis analyst" names no sport of its own role family (an expert): the story's
    words (Wimbledon, the WTA) tell the field, and the pronouns her sex."""
    assert wellknown.story_field(library.articles["final"]) == "tennis"
    for found in options(library, "final", "Which analyst spoke of a test for the champion?",
                         "Ines Carvalho"):  # fmt: skip
        for option in found:
            person = wellknown.known(option)
            assert person is not None and person.field == "tennis", option
            assert person.sex == "f", person


def test_a_mayor_or_a_private_person_gets_no_famous_names(library: Library) -> None:
    """A town's mayor among national leaders, or a resident among film stars, would stand out:
    the data offers no one without a national office or a field."""
    for found in options(library, "council", "Which mayor opened the new bridge?", "Ruth Oddly"):
        assert not any(wellknown.known(option) for option in found), found
    assert wellknown.peers("politician", "mayor", "United States", "") == []
    assert wellknown.peers("private", "", "United States", "") == []


def test_the_role_tells_the_field() -> None:
    assert wellknown.field_of_role("Which French foreign minister ...?") == "foreign minister"
    assert wellknown.field_of_role("the veteran goalkeeper") == "football"
    assert wellknown.field_of_role("Which singer-songwriter hit a jogger?") == "music"
    assert wellknown.field_of_role("Who said it?") == ""


def test_a_quotes_speaker_is_never_a_famous_name_from_outside_the_story(
    library: Library,
) -> None:
    """A reader knows whoever said it is someone of the story: a famous coach from the data
    beside the story's own people would be no candidate at all."""
    for found in options(library, "coach", 'Who said "We never stopped believing"?',
                         "Dan Ruddle"):  # fmt: skip
        assert not any(wellknown.known(option) for option in found), found


def test_a_film_of_a_stated_year_gets_other_films_of_that_year(library: Library) -> None:
    """"Which 2001 film ...?" had no wrong answers when its story named no other film."""
    for found in options(library, "premiere", "Which 2001 film returns to cinemas on Friday?",
                         "Velvet Hours", kind="title"):  # fmt: skip
        assert len(found) == 3, found
        for option in found:
            work = wellknown.known_work(option, "film")
            assert work is not None and work.year == 2001, option


def test_the_works_data_is_well_formed() -> None:
    works = wellknown._data().works
    assert len(works) > 800
    assert {w.kind for w in works} == {"film", "programme", "book", "album"}
    assert all(1900 < w.year < 2030 and w.genre for w in works)


def test_no_one_dead_by_the_storys_date_and_no_one_of_another_style(library: Library) -> None:
    """Yeltsin, dead since 2007, was offered for a Russian president in a 2015 story; a rapper
    for a singer-songwriter."""
    seen = 0
    for found in options(library, "kremlin", "Which Russian president appeared in photos?",
                         "Sergei Varin"):  # fmt: skip
        for option in found:
            person = wellknown.known(option)
            if person is None:
                continue  # an invented name: the data has one living president besides
            assert person.country == "Russia" and person.field == "head of state", option
            assert not 0 < person.died <= 2015 and person.since <= 2015, person
            seen += 1
    assert seen
    for found in options(library, "gig", "Which singer-songwriter played his first concert?",
                         "Tom Arliss"):  # fmt: skip
        assert found
        for option in found:
            person = wellknown.known(option)
            assert person is not None and person.field == "music", option
            assert person.style != "hip hop" and not person.died, person


def test_a_story_is_dated_by_the_offices_it_titles_its_politicians_with() -> None:
    """An undated story that writes "Secretary of State John Kerry" and "French Foreign
    Minister Laurent Fabius" is of the years both held those offices; a "former" or "Vice"
    title, or a term over before the latest year the story reports, tells nothing."""
    both = parse_article(
        "talks",
        "U.S. Secretary of State John Kerry met French Foreign Minister Laurent Fabius in "
        "Paris. Former Secretary of State Colin Powell and Vice President Joe Biden spoke.",
    )
    assert wellknown.office_years(both) == (2013, 2016)
    untitled = parse_article("talks", "John Kerry and Laurent Fabius met in Paris.")
    assert wellknown.office_years(untitled) is None
    mentor = parse_article("mentor", "Putin's mentor, President Boris Yeltsin, chose him.")
    assert wellknown.office_years(mentor) == (1991, 1999)
    assert wellknown.office_years(mentor, since=2015) is None


def test_an_undated_storys_politicians_are_offered_peers_of_its_office_holders_time(
    tmp_path: Path,
) -> None:
    """The story gives no year, but "Secretary of State John Kerry" dates it 2013-2017: the
    prime minister it names gets the prime ministers of that time, never one who took the
    office after it (Boris Johnson, Liz Truss, Keir Starmer)."""
    library = Library(root=tmp_path)
    text = (
        "Prime Minister David Cameron met Secretary of State John Kerry in London on Monday "
        "to discuss the talks, a spokesman said."
    )
    library.articles["talks"] = parse_article("talks", text)
    asked = Question(
        id="q-pm",
        question="Which British prime minister met John Kerry in London?",
        answer="David Cameron",
        distractors=(),
        source=Citation("talks", "Prime Minister David Cameron met Secretary of State John Kerry"),
        kind="person",
    )
    later = {"Boris Johnson", "Liz Truss", "Keir Starmer", "Rishi Sunak"}
    for seed in range(6):
        options = distractors.generate(asked, library, seed, faker=False)
        assert len(options) == 3 and not later & set(options), options
