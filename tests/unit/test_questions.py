"""The wording of drafted questions: how a clause is turned into a question, on invented
sentences."""

from __future__ import annotations

from pathlib import Path

import yaml

from quiz.authoring.questions import _finish
from quiz.cli import main


def test_a_question_ending_on_a_time_of_day_keeps_its_point() -> None:
    assert _finish("From which town did the ferry leave just after 10 a.m.") == (
        "From which town did the ferry leave just after 10 a.m.?"
    )
    assert _finish("From which town did the ferry leave.") == "From which town did the ferry leave?"


def test_a_place_that_qualifies_the_subject_is_asked_of_its_clause(tmp_path: Path) -> None:
    """ "Supporters of Lanark Rovers in Spain have been banned ...": the place sits in the
    subject, before its verb; the question takes it out of the subject and asks it."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "ban.txt").write_text(
        "Supporters of Lanark Rovers in Spain have been banned from every stadium after a riot "
        "at a cup final.\n\nThe Rovers chairman, Ian Gray, said 600 fans had travelled to the "
        "final.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["generate", "--articles", str(folder), "-o", str(out), "--quiet"]) == 0
    entries = yaml.safe_load((out / "ban.yaml").read_text(encoding="utf-8"))
    asked = {e["answer"]: e["question"] for e in entries}
    assert asked["Spain"] == (
        "In which country have supporters of Lanark Rovers been banned from every stadium after "
        "a riot at a cup final?"
    )


def _asked(tmp_path: Path, text: str) -> dict[str, str]:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "story.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["generate", "--articles", str(folder), "-o", str(out), "--quiet"]) == 0
    entries = yaml.safe_load((out / "story.yaml").read_text(encoding="utf-8")) or []
    return {e["answer"]: e["question"] for e in entries}


def test_a_town_named_by_what_it_is_is_asked_by_that(tmp_path: Path) -> None:
    """ "in the northern city of Haifa": the preposition, "the" and the description go into
    the wh-phrase ("In which northern city"), none of it left behind in the clause."""
    asked = _asked(
        tmp_path,
        "Lanark Rovers beat Israel's champions 3-0 in the northern city of Haifa in a cup "
        "match on Saturday, taking them to the top of their group.\n\nThe club's fans "
        "celebrated late into the night.\n",
    )
    assert asked["Haifa"] == (
        "In which northern city did Lanark Rovers beat Israel's champions 3-0 in a cup match?"
    )


def test_a_noun_phrase_ending_on_of_the_is_no_subject() -> None:
    """ "The discovery of the remains of Richard III ...": "remains" is read as a verb only if
    "the discovery of the" could be a subject, and a phrase never ends on "the" or "of"."""
    from quiz.authoring.questions import _good_subject

    assert not _good_subject("the discovery of the")
    assert not _good_subject("a tour of")
    assert _good_subject("the discovery")


def test_a_title_before_the_name_that_opens_the_lead_is_asked_by_that_title(
    tmp_path: Path,
) -> None:
    """ "French Prime Minister Paul Korvin opened ...": the title, its role words lower case
    and its name as written, asks for her; an opening "But" or "When" is no part of it."""
    asked = _asked(
        tmp_path,
        "French Prime Minister Paul Korvin opened the new Harbour Bridge in Port Vane on "
        "Tuesday, calling it the biggest project in the country's history.\n\nThe bridge "
        "carries four lanes of traffic.\n",
    )
    assert asked["Paul Korvin"] == (
        "Which French prime minister opened the Harbour Bridge in Port Vane?"
    )


def test_a_title_that_names_no_country_or_body_is_not_asked() -> None:
    """ "Which foreign secretary ...?" says not of which country; "When Vice President ..."
    opens a clause, not a title."""
    from quiz.authoring.facts import facts_of_sentences

    for sentence in (
        "Foreign Secretary Ian Gray expressed hope that the council would adopt a resolution.",
        "When Vice President Joe Brand visited Lanark, crowds gathered in the square.",
    ):
        assert not [f for f in facts_of_sentences([sentence]) if f.relation == "title"]
    titled = facts_of_sentences(["Lanarkian Defense Minister Ada Korvin denied the report."])
    assert [(f.answer, f.what) for f in titled if f.relation == "title"] == [
        ("Ada Korvin", "Lanarkian defense minister")
    ]


def test_a_definite_subject_that_loses_its_place_loses_its_the(tmp_path: Path) -> None:
    """ "The bomb attacks in Spain left more than 160 people dead ...": asked of Spain, "the
    bomb attacks" would say not which; "In which country did bomb attacks leave ...?"."""
    asked = _asked(
        tmp_path,
        "The bomb attacks in Spain left more than 160 people dead in November 2008, police "
        "said.\n\nThe city of Lanark held a vigil for the victims.\n",
    )
    assert asked["Spain"] == (
        "In which country did bomb attacks leave more than 160 people dead in November 2008?"
    )
