"""Gap-fill drafts: a figure or a date is asked as its own sentence with a gap when the
sentence stands alone (before any wh-question of the same fact), and never more than a few an
article."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from quiz.authoring.cloze import BLANK, cloze_question, is_cloze, leading_clause, without_days
from quiz.authoring.facts import facts_of_sentences
from quiz.cli import main
from quiz.corpus.articles import read_library

FERRY = """\
 date 2026-03-02
Harbour officials in Lanark said on Monday that the new ferry, the Clyde Star, would enter \
service in May.

Engineers from Ardmore Shipyards said the Clyde Star carries 420 passengers on each crossing.

Built over three years at a cost of £48 million, the ferry replaces a vessel launched in 1987 by \
Clyde Marine Services.

Council leader Morag Dunbar said the Lanark route had lost money for a decade.

It will carry 300 cars, she said, and the crossing will take 25 minutes in all weathers.

Fares on the route will rise by 12% in June, according to Clyde Marine Services.
"""


def _drafts(tmp_path: Path) -> list[dict[str, object]]:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "ferry.txt").write_text(FERRY, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["generate", "--articles", str(folder), "-o", str(out), "--quiet"]) == 0
    assert main(["check", "--articles", str(folder), str(out)]) == 0  # every citation holds
    entries = yaml.safe_load((out / "ferry.yaml").read_text(encoding="utf-8"))
    assert isinstance(entries, list)
    return entries


def test_a_fact_no_question_reads_well_for_is_asked_as_its_sentence_with_a_gap(
    tmp_path: Path,
) -> None:
    entries = _drafts(tmp_path)
    gaps = [e for e in entries if is_cloze(str(e["question"]))]
    assert gaps, [e["question"] for e in entries]
    library = read_library(tmp_path / "lib")
    sentences = [s.text for s in library.articles["ferry"].sentences]
    for entry in gaps:
        question, answer = str(entry["question"]), str(entry["answer"])
        gapped = question.split("\u201c", 1)[1].rstrip("\u201d")
        assert gapped.count(BLANK) == 1
        assert gapped.replace(BLANK, answer) in sentences  # the article's sentence, verbatim
        assert answer not in gapped
    # "It will carry 300 cars, she said": a sentence leaning on another is never printed
    assert not any("300 cars" in str(e["question"]) for e in entries)


def test_a_figure_is_asked_as_its_sentence_first_and_as_a_question_when_that_leans_back(
    tmp_path: Path,
) -> None:
    """Blind gradings kept most gap-fills and few questions asking a figure or a date: a
    figure whose sentence stands alone is that sentence with a gap; one whose sentence leans on
    the article ("Fares on the route") is asked as a question."""
    entries = _drafts(tmp_path)
    passengers = [e for e in entries if e["answer"] == "420"]
    assert len(passengers) == 1 and is_cloze(str(passengers[0]["question"]))
    fares = [e for e in entries if e["answer"] == "12%"]
    assert len(fares) == 1 and not is_cloze(str(fares[0]["question"]))


def test_only_kinds_a_gap_asks_well_are_gap_filled() -> None:
    sentence = "The Lanark route opened in 2015 and Council leader Morag Dunbar, 52, runs it."
    facts = {f.answer: f for f in facts_of_sentences([sentence])}
    assert cloze_question(facts["2015"], sentence) == (
        "What year fills the gap? \u201cThe Lanark route opened in _____ and Council leader "
        "Morag Dunbar, 52, runs it.\u201d"
    )
    assert cloze_question(facts["Morag Dunbar"], sentence) is None  # a person: a minor name
    assert cloze_question(facts["52"], sentence) is None  # an age in a gap says not whose


LONG = (
    "In 2019, the Lanark council paid £2.4 million for a new pier at the ferry terminal beside "
    "the old harbour wall, and then had to find another £600,000 when engineers found the "
    "foundations of the original Victorian pier had rotted through in three places."
)


def test_a_sentence_too_long_to_print_is_asked_by_its_leading_clause() -> None:
    answer_end = LONG.index("£2.4 million") + len("£2.4 million")
    assert leading_clause(LONG, answer_end) == (
        "In 2019, the Lanark council paid £2.4 million for a new pier at the ferry terminal "
        "beside the old harbour wall"
    )
    short = "In 2019, the Lanark council paid £2.4 million for a pier, and it opened in May."
    assert leading_clause(short, short.index(" for")) is None  # printed whole


@pytest.mark.parametrize(
    "sentence",
    [
        # a fronted phrase: the main clause ("the budget takes ...") lies past the cut
        "A mere six months after the ferry act was signed into law by the governor of the "
        "state in a ceremony at the harbour, and only three months after the first passes were "
        "sent out, the budget takes the money away from the ferry fund for good.",
        # a quotation opened and not closed before the cut
        "The harbour master said the ferry carried 420 passengers on \u201cthe best day we "
        "have ever had at this harbour in living memory, and the worst for the cafe\u201d as "
        "queues of cars stretched back beyond the station car park for a mile.",
    ],
)
def test_a_leading_clause_that_cannot_stand_alone_is_not_asked(sentence: str) -> None:
    assert leading_clause(sentence, sentence.index(" ") + 1) is None


FINE = (
    "In 2019, Morag Dunbar got a £90 fine for parking her brother's van, which had no permit "
    "for the harbour car park, and then had to pay another £60 when she missed a court hearing "
    "in Lanark because a storm had closed the ferry for two days."
)


def test_a_long_sentences_gap_fill_cites_its_clause_verbatim(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "pier.txt").write_text(f" date 2026-03-02\n{FINE}\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["generate", "--articles", str(folder), "-o", str(out), "--quiet"]) == 0
    assert main(["check", "--articles", str(folder), str(out)]) == 0  # the cut quote holds
    entries = yaml.safe_load((out / "pier.yaml").read_text(encoding="utf-8"))
    fine = [e for e in entries if e["answer"] == "£90"]
    assert len(fine) == 1 and is_cloze(str(fine[0]["question"]))
    assert fine[0]["source"]["quote"] == FINE.split(", and then")[0]
    assert str(fine[0]["question"]).endswith("for the harbour car park.\u201d")


CRANES = """\
 date 2026-03-02
Harbour officials in Lanark said on Monday that the new ferry, the Clyde Star, would enter \
service in May.

During the building of the Clyde Star at Ardmore Shipyards in 2024, ten cranes were used \u2013 \
and seven of them were damaged by storms.

Council leader Mary Dunbar said the Lanark route had lost money for a decade.
"""


def test_a_gap_fill_that_prints_a_siblings_answer_gives_way_to_its_question(
    tmp_path: Path,
) -> None:
    """The gap-fill of "ten" would print "seven", asked by its own draft: the figure is asked
    by its question instead, and both figures of the sentence are drafted."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "cranes.txt").write_text(CRANES, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["generate", "--articles", str(folder), "-o", str(out), "--quiet"]) == 0
    assert main(["check", "--articles", str(folder), str(out)]) == 0
    entries = yaml.safe_load((out / "cranes.yaml").read_text(encoding="utf-8"))
    by_answer = {e["answer"]: str(e["question"]) for e in entries}
    assert {"ten", "seven"} <= set(by_answer), by_answer
    assert not is_cloze(by_answer["ten"]) and "seven" not in by_answer["ten"]
    assert "ten" not in by_answer["seven"].split()


@pytest.mark.parametrize(
    ("sentence", "printed"),
    [
        ("A fire at a mill in Lanark on Saturday killed five workers, the police said.",
         "A fire at a mill in Lanark killed five workers, the police said."),
        ("Some 4,000 homes are without power, Lanark Electric reported Sunday.",
         "Some 4,000 homes are without power, Lanark Electric reported."),
        ("On Monday, the council said 12 libraries would close.",
         "The council said 12 libraries would close."),
        ("Officials said, on Monday, that 420 people had sailed.",
         "Officials said that 420 people had sailed."),
        ("Three crew crossed the border last month into Ardle, a Lanark paper reported.",
         "Three crew crossed the border into Ardle, a Lanark paper reported."),
        ("All 11 crew aboard a ferry that sank off Lanark two days ago are believed dead.",
         "All 11 crew aboard a ferry that sank off Lanark are believed dead."),
        ("Lanark media have reported five thefts this year of boats from the harbour.",
         "Lanark media have reported five thefts of boats from the harbour."),
        ("Now, 47 councillors have written to the Ardle ferry company.",
         "47 councillors have written to the Ardle ferry company."),
        # a day inside a name, or a day's own thing, stays
        ("Voters on Super Tuesday chose 12 delegates in Lanark.",
         "Voters on Super Tuesday chose 12 delegates in Lanark."),
        ("Monday's storm closed 12 schools across Lanark.",
         "Monday's storm closed 12 schools across Lanark."),
    ],
)  # fmt: skip
def test_an_undated_storys_days_are_left_out_of_its_printed_sentence(
    sentence: str, printed: str
) -> None:
    before, after = without_days(sentence, "")
    assert before + after == printed


def test_a_gap_fill_of_an_undated_story_prints_no_day_and_cites_its_sentence_whole(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    fire = (
        "A fire at a woollen mill in the Scottish town of Lanark on Saturday killed five "
        "workers, Strathclyde Police said."
    )
    spaced = "A second fire at Ardle Mills destroyed 12 looms, Strathclyde Police  said."
    (folder / "fire.txt").write_text(f"{fire}\n\n{spaced}\n", encoding="utf-8")  # no date line
    out = tmp_path / "out"
    assert main(["generate", "--articles", str(folder), "-o", str(out), "--quiet"]) == 0
    assert main(["check", "--articles", str(folder), str(out)]) == 0
    entries = yaml.safe_load((out / "fire.yaml").read_text(encoding="utf-8"))
    five = [e for e in entries if e["answer"] == "five"]
    assert len(five) == 1 and is_cloze(str(five[0]["question"]))
    assert "Saturday" not in str(five[0]["question"])
    assert five[0]["source"]["quote"] == fire  # the citation keeps the article's words
    (tmp_path / "dated").mkdir()
    spaced = [e for e in entries if e["answer"] == "12"]
    assert spaced and "Police  said" not in str(spaced[0]["question"])
    assert "Police said" in str(spaced[0]["question"])  # typesetting printed single-spaced
    dated = _drafts(tmp_path / "dated")  # a dated story's sentence is printed verbatim
    assert any("on Monday" in str(e["question"]) for e in dated if is_cloze(str(e["question"])))
