"""`quiz check` as an author meets it: suggestions for a misquote, every problem at once,
severities, and read-only commands that create nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quiz.authoring.engine import graded
from quiz.bank.citations import closest_passage
from quiz.bank.loader import Finding
from quiz.cli import main
from quiz.corpus.articles import Library, read_library
from quiz.game.session import Session, Settings
from quiz.model import ERROR, WARNING, Citation, Question
from quiz.text import same_answer
from quiz.ui.source import load

NZ = "001_aec933e9345f55ff"


def test_a_misquote_is_matched_by_its_rare_words_and_numbers(library: Library) -> None:
    passage, shared = closest_passage(
        library.articles[NZ], "The New Defender has a maximum wading depth of 900mm."
    )
    assert "maximum wading depth of 900mm" in passage
    assert shared[:4] == ["900", "maximum", "wading", "depth"]


def test_a_short_common_line_is_not_suggested_over_the_sentence_with_the_facts(
    tmp_path: Path,
) -> None:
    (tmp_path / "ferry.txt").write_text(
        "The new ferry is here.\n\n"
        "* The new ferry is here and it is new.\n\n"
        "The harbour board said the ferry carries 412 passengers at a top speed of 31 knots.\n\n"
        "It replaces a ferry that was built in 1979.\n",
        encoding="utf-8",
    )
    article = read_library(tmp_path).articles["ferry"]
    passage, shared = closest_passage(article, "The new ferry can carry 412 passengers.")
    assert passage.startswith("The harbour board said")
    assert shared[0] == "412"
    # Nothing in common worth naming: no suggestion at all.
    assert closest_passage(article, "Completely unrelated words entirely.") == ("", [])


ARTICLES = Path(__file__).resolve().parents[2] / "seeds"


def _bank(
    tmp_path: Path,
    answer: str,
    distractors: str,
    quote: str,
    article: str,
    question: str = "How many Aston Martin DB5s were in the photos?",
) -> Path:
    path = tmp_path / "bank.yaml"
    path.write_text(
        f"- id: q\n  question: {question}\n"
        f"  answer: {answer}\n  distractors: [{distractors}]\n"
        f"  source: {{article: {article}, quote: \"{quote}\"}}\n",
        encoding="utf-8",
    )
    return path


def test_another_facts_number_is_a_warning_that_plays_and_is_never_called_true(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quote = "ten Aston Martin DB5s, eight of which were made specifically for the film"
    bank = _bank(tmp_path, "ten", "eight, nine, eleven", quote, "002_bfeeb16b50e5a49f")
    assert main(["check", "--no-cache", str(bank)]) == 0
    out = capsys.readouterr().out
    assert "warning: distractor 'eight' is a value the cited sentence gives for another fact" in out
    assert "is true" not in out
    assert out.splitlines()[-1] == "1 question in 1 file, 3 articles: 1 warning"
    assert main(["check", "--no-cache", "--strict", str(bank)]) == 1
    capsys.readouterr()
    assert main(["check", "--no-cache", "--format", "json", str(bank)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["errors"], report["warnings"]) == (0, 1)
    assert report["problems"][0]["severity"] == "warning"
    # The game plays it, and tells the player nothing: warnings are for authors.
    loaded = load([bank], ARTICLES, tmp_path / "cache")
    assert [q.id for q in loaded.bank.questions] == ["q"] and loaded.problems == []


def test_an_error_keeps_the_question_out_of_check_and_the_game(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = _bank(
        tmp_path,
        "Cary Joji Fukunaga",
        "Cary Fukunaga, Sam Mendes, Danny Boyle",
        "Directed by Cary Joji Fukunaga",
        "000_dddf75139d7994c9",
        "According to the November 2019 report, who directed No Time To Die?",
    )
    assert main(["check", "--no-cache", str(bank)]) == 1
    out = capsys.readouterr().out
    assert "distractor 'Cary Fukunaga' is the answer 'Cary Joji Fukunaga' spelt another way" in out
    assert "warning:" not in out and out.splitlines()[-1].endswith(": 1 error")
    loaded = load([bank], ARTICLES, tmp_path / "cache")
    assert loaded.bank.questions == [] and [p.severity for p in loaded.problems] == ["error"]


def test_every_engine_finding_is_graded_and_truth_is_an_error() -> None:
    said = "distractor 'x'"
    errors = (
        f"{said} is the answer 'ten' written another way",
        f"{said} is the answer 'Cary Joji Fukunaga' spelt another way",
        f"{said} is one side of a conflict between the articles over the date",
        f"{said} could be true: the answer 'over 70' does not rule it out",
        f"{said} is true: 10 is also x",
        f"{said} is true: the answer is over 70, so also over 60",
    )
    for message in errors:
        assert graded(0, message) == Finding(0, message, ERROR), message
    for message in (
        f"{said} has unit cm, but the answer '291mm' has unit mm",
        f"{said} cannot be right: the cited sentence counts it out of 10",
        f"{said} is a catch-all; every option must be a place of its own",
    ):
        assert graded(1, message) == Finding(1, message, WARNING), message
    for message in (
        f"{said} is true: the cited sentence gives x for another fact",
        f"{said} is true: the cited sentence names x as well",
    ):
        finding = graded(2, message)
        assert finding.severity == WARNING and "true:" not in finding.message
        assert finding.message.startswith(f"{said} is ") and "another fact" in finding.message


def test_ten_and_10_are_one_answer_to_the_bank_the_game_and_a_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quote = "ten Aston Martin DB5s, eight of which were made specifically for the film"
    bank = _bank(tmp_path, "ten", '"10", eleven, twelve', quote, "002_bfeeb16b50e5a49f")
    assert main(["check", "--no-cache", str(bank)]) == 1
    assert "distractor '10' repeats the answer 'ten'" in capsys.readouterr().out
    assert load([bank], ARTICLES, tmp_path / "cache").bank.questions == []
    # Wrong answers from elsewhere (the engine) meet the same rule in the session.
    question = Question(
        "q", "How many?", "ten", (), Citation("002_bfeeb16b50e5a49f", quote), kind="count"
    )
    session = Session(
        [question],
        Settings(),
        clock=lambda: 0.0,
        options_for=lambda q, rng: ["10", "Ten", "eleven", "twelve", "TWELVE"],
    )
    assert sorted(session.options()) == ["eleven", "ten", "twelve"]
    assert same_answer("ten", " 10") and same_answer("291mm", "291 MM")
