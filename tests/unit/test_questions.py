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
