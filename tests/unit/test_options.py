"""The wrong answers a draft offers (quiz.authoring.options) and the forms the engine writes:
a quote's speaker is offered only beside people of the story who could have said it; a draft
never offers an invented name; a share stays a share; one of a unit is singular."""

from __future__ import annotations

from quiz.authoring import distractors
from quiz.authoring.kinds import parse_amount
from quiz.authoring.speakers import unlikely_speakers
from quiz.model import Citation, Question
from quiz.text import normalise

STORY = """\
Harbour master Ewan Reid said the new ferry would sail in May.

"We have waited a long time for this," said council leader Morag Dunbar.

The ferry replaces the Clyde Star, whose skipper, Alan Moffat, died in 2019. Crew member Tom
Ruddock's funeral was held in March.

Engineers at the Lanark Yard said Mr Reid had asked for a bigger deck. Reid wants more cars.

Reid told the White House delegation that the White House had offered nothing.

"He pushed for this from the start," said engineer Iona Baird.

The crossing was shown on The Hour with Rhona Vance last week.

CNN's Ruth Okafor and Dan Lisle contributed to this report.
"""


def test_reporters_the_dead_things_and_whom_the_quote_is_about_say_nothing() -> None:
    silent = unlikely_speakers(STORY, "He pushed for this from the start", "Iona Baird")
    for name in ("Okafor", "Lisle", "Moffat", "Ruddock", "House", "Vance", "Reid"):
        assert normalise(name) in silent, name
    for name in ("Dunbar", "Baird"):
        assert normalise(name) not in silent, name


def test_a_quote_about_no_one_keeps_the_storys_main_person_as_a_speaker() -> None:
    silent = unlikely_speakers(STORY, "We have waited a long time for this", "Morag Dunbar")
    assert normalise("Reid") not in silent


def _question(answer: str, quote: str, kind: str = "person", qid: str = "q") -> Question:
    return Question(
        id=qid,
        question="Who opened the Lanark ferry terminal?",
        answer=answer,
        distractors=(),
        source=Citation("story", quote),
        kind=kind,
    )


def test_a_draft_never_gets_an_invented_name_but_the_game_may() -> None:
    question = _question("Morag Dunbar", "Council leader Morag Dunbar opened the terminal.")
    assert distractors.generate(question, None, 7, faker=False) == []  # no real names: none
    invented = distractors.generate(question, None, 7)
    assert len(invented) == 3 and "Morag Dunbar" not in invented


def test_a_share_stays_at_most_a_whole_and_one_of_a_unit_is_singular() -> None:
    share = _question("more than 50%", "The club lost more than 50% of its members.", "number")
    options = distractors.generate(share, None, 1)
    assert len(options) == 3, options
    for option in options:
        assert float(option.split()[-1].rstrip("%")) <= 100, option
    assert parse_amount("about two years").render(1) == "about one year"  # type: ignore[union-attr]
    assert parse_amount("2 years").render(1) == "1 year"  # type: ignore[union-attr]
    assert parse_amount("Two people").render(1) == "One person"  # type: ignore[union-attr]
    assert parse_amount("3 years").render(2) == "2 years"  # type: ignore[union-attr]
    assert parse_amount("1st place").render(1) == "1st place"  # type: ignore[union-attr]


def test_a_place_is_never_a_person_to_offer() -> None:
    from quiz.authoring.options import person_name, surname_like

    assert not person_name("Beaver Creek") and not surname_like("Creek")
    assert person_name("Ada Creekmore") and surname_like("Creekmore")


def test_an_accented_name_is_a_name() -> None:
    """Édouard Philippe and Gérald Darmanin are names beside Lionel Jospin (they were refused,
    and a French minister's question drew too few wrong answers); "USA Today" is none."""
    from quiz.authoring.options import person_name, surname_like

    for name in ("Édouard Philippe", "Gérald Darmanin", "Zoë Ball", "Łukasz Fabiański"):
        assert person_name(name), name
    assert surname_like("Müller") and not person_name("USA Today")


def test_a_year_keeps_its_side_of_the_other_years_its_sentence_names() -> None:
    quote = "In 1990, the centre began counting the chapters, which peaked at 221 in 2010."
    question = Question(id="peak", question="In what year did the chapters peak?", answer="2010",
                        distractors=(), source=Citation("a", quote), kind="year")  # fmt: skip
    for seed in range(6):
        options = distractors.generate(question, None, seed)
        assert len(options) == 3 and all(int(o) > 1990 for o in options), options


def test_who_speaks_in_a_story_is_found() -> None:
    from quiz.authoring.speakers import speakers_in

    speaking = speakers_in(STORY)
    assert {"dunbar", "baird"} <= speaking
    assert "moffat" not in speaking and "okafor" not in speaking


def test_an_outlets_people_are_found_in_every_form() -> None:
    from quiz.authoring.entities import outlet_reporters

    text = (
        "The BBC's Ana Roe reported. Reuters' Dan Lisle added detail. In Paris, CNN's Ruth "
        "Okafor spoke. The UK's Metropolitan Police and NASA's Ada Lamb said nothing more."
    )
    assert outlet_reporters(text) == ["Ana Roe", "Dan Lisle", "Ruth Okafor"]


def test_talks_with_a_leader_make_no_programme_host() -> None:
    text = "Talks with Vladimir Putin went on. Vladimir Putin said the talks went well today."
    assert normalise("Putin") not in unlikely_speakers(text, "We went well", "Ada Roe")


def test_a_common_surname_that_ends_a_place_is_still_a_person() -> None:
    from quiz.authoring.options import person_name, surname_like

    assert person_name("Kenny Park") and surname_like("Woods")


def test_the_victim_of_a_fatal_shooting_says_nothing() -> None:
    text = "It followed the fatal shooting of an unarmed teen, Ada Roe, 19, in Lanark last summer."
    assert normalise("Roe") in unlikely_speakers(text, "We want answers", "Dan Lisle")


def test_a_total_is_never_offered_below_a_rank_its_sentence_puts_in_it() -> None:
    quote = "Out of 142 countries, Lanark ranks 125th on the happiness index."
    asked = "Out of how many countries does Lanark rank 125th?"
    question = Question(id="total", question=asked, answer="142", distractors=(),
                        source=Citation("a", quote), kind="count")  # fmt: skip
    for seed in range(6):
        options = distractors.generate(question, None, seed)
        assert len(options) == 3 and all(int(o) > 125 for o in options), options
