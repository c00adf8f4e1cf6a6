"""The bank format: text kept as written, defaults, layouts, and the check command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quiz import paths
from quiz.authoring.engine import ENGINE_CHECKS
from quiz.bank.loader import load_bank
from quiz.cli import main
from quiz.corpus.articles import Library
from tests.conftest import ROOT, SEEDS

VALID = """\
- id: {id}
  question: Which film is this?
  answer: {answer}
  distractors: [{distractors}]
  source: {{article: 001_aec933e9345f55ff, quote: "{quote}"}}
"""


def _valid(qid: str, answer: object, quote: str, distractors: str = '"A", "B", "C"') -> str:
    return VALID.format(id=qid, answer=answer, quote=quote, distractors=distractors)


def _write(tmp_path: Path, text: str, name: str = "q.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("no", "no"),
        ("010", "010"),
        ("1983", "1983"),
        ("yes", "yes"),
        ("1e3", "1e3"),
        ("'0x1F'", "0x1F"),
        ("2019-11-13", "2019-11-13"),
        ("~x", "~x"),
        ("1_000", "1_000"),
    ],
)
def test_every_scalar_is_the_text_its_author_wrote(tmp_path: Path, written: str, expected: str):
    path = _write(tmp_path, _valid("q1", answer=written, quote="x"))
    bank = load_bank([path])  # no library: format only
    assert bank.problems == []
    assert bank.questions[0].answer == expected
    assert isinstance(bank.questions[0].answer, str)


def test_a_year_answer_stays_text_and_is_proven(tmp_path: Path, library: Library) -> None:
    path = _write(
        tmp_path,
        _valid(
            "year",
            answer=1983,
            quote="which began in 1983 when a Range Rover",
            distractors='"1977", "1981", "1985"',
        ),
    )
    bank = load_bank([path], library)
    assert bank.problems == []
    assert bank.questions[0].answer == "1983"


def test_defaults_give_shared_source_tags_and_difficulty(tmp_path: Path, library: Library):
    path = _write(
        tmp_path,
        """\
defaults:
  source: {article: 001_aec933e9345f55ff}
  tags: [defender]
  difficulty: hard
questions:
  - id: clearance
    question: What ground clearance does the new Defender have?
    answer: 291 mm
    distractors: [266 mm, 316 mm, 341 mm]
    source: {quote: "ground clearance of 291mm"}
    tags: [specs, defender]
  - id: wading
    question: What is the maximum wading depth?
    answer: 900mm
    distractors: [700mm, 800mm, "1000mm"]
    source: {quote: "a maximum wading depth of 900mm"}
    difficulty: easy
""",
    )
    bank = load_bank([path], library)
    assert bank.problems == []
    first, second = bank.questions
    assert first.source.article == "001_aec933e9345f55ff"
    assert first.tags == ("defender", "specs")
    assert first.difficulty == "hard"
    assert second.difficulty == "easy"
    assert second.distractors == ("700mm", "800mm", "1000mm")


def test_folders_are_searched_recursively_in_a_stable_order(tmp_path: Path) -> None:
    _write(tmp_path, _valid("b", answer="x", quote="x"), "b.yaml")
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", _valid("a", answer="x", quote="x"), "a.yml")
    _write(tmp_path, "not yaml", "notes.txt")
    bank = load_bank([tmp_path])
    assert [q.id for q in bank.questions] == ["b", "a"]
    assert len(bank.files) == 2


def test_a_missing_path_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    bank = load_bank([tmp_path / "nope.yaml"])
    assert [p.message for p in bank.problems] == ["no such file or folder"]


def test_answer_matches_number_words_and_unit_spacing(tmp_path: Path, library: Library):
    text = "".join(
        _valid(qid, answer=answer, quote=quote, distractors=wrong).replace(
            "001_aec933e9345f55ff", art
        )
        for qid, answer, quote, art, wrong in [
            ("ten", "10", "show ten Aston Martin DB5s", "002_bfeeb16b50e5a49f", ""),
            ("eight", "eight", "ten Aston Martin DB5s, eight of which", "002_bfeeb16b50e5a49f", ""),
            ("spaced", "291 mm", "ground clearance of 291mm", "001_aec933e9345f55ff", ""),
            ("curly", "007's", "with 007’s record", "002_bfeeb16b50e5a49f", "Q's, M's, 008's"),
        ]
    )
    bank = load_bank([_write(tmp_path, text)], library)
    assert bank.problems == []
    assert len(bank.questions) == 4


def test_an_answer_inside_a_longer_number_is_not_support(tmp_path: Path, library: Library):
    text = _valid("q", answer="5", quote="Craig, 53, has said").replace(
        "001_aec933e9345f55ff", "002_bfeeb16b50e5a49f"
    )
    bank = load_bank([_write(tmp_path, text)], library)
    assert len(bank.problems) == 1
    assert "answer '5' is not supported by its quote" in bank.problems[0].message


def test_check_exits_zero_on_the_shipped_bank(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1].endswith("3 articles: no problems")


def test_check_reports_every_problem_and_exits_one(capsys: pytest.CaptureFixture[str]) -> None:
    broken = ROOT / "tests" / "fixtures" / "broken"
    assert main(["check", str(broken / "wrong_types.yaml")]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 6
    assert lines[-1] == "1 question in 1 file, 3 articles: 5 errors"
    assert all(":" in line for line in lines[:-1])


def test_check_json_gives_the_same_problems(capsys: pytest.CaptureFixture[str]) -> None:
    broken = ROOT / "tests" / "fixtures" / "broken" / "wrong_types.yaml"
    assert main(["check", str(broken), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["questions"] == 1 and report["articles"] == 3
    assert [p["line"] for p in report["problems"]] == [12, 15, 18, 24, 30]
    assert report["problems"][0]["message"] == "field 'tags' must be a list of text, not a mapping"


def test_check_takes_another_articles_folder(tmp_path: Path, capsys) -> None:
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "articles.yaml").write_text("articles: {}\n")
    (tmp_path / "arts" / "bridge.txt").write_text(" date 2024-05-01 The bridge is 300 metres long.")
    bank = _write(
        tmp_path,
        _valid("b", answer="300 metres", quote="is 300 metres long", distractors="").replace(
            "001_aec933e9345f55ff", "bridge"
        ),
    )
    assert main(["check", str(bank), "--articles", str(tmp_path / "arts")]) == 0
    assert capsys.readouterr().out.strip().endswith("1 article: no problems")


def test_check_command_line_runs_as_a_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quiz.cli", "check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stdout


def test_the_documented_example_is_a_valid_bank(tmp_path: Path, library: Library) -> None:
    doc = (ROOT / "docs" / "question-format.md").read_text(encoding="utf-8")
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    bank = load_bank([_write(tmp_path, example)], library)
    assert bank.problems == []
    assert [q.answer for q in bank.questions] == ["291mm", "1983"]
    assert bank.questions[0].time_limit == 15.0


def test_a_question_may_give_all_some_or_none_of_its_distractors(
    tmp_path: Path, library: Library
) -> None:
    path = _write(
        tmp_path,
        """\
defaults:
  source: {article: 001_aec933e9345f55ff}
questions:
  - id: all
    question: What ground clearance does the new Defender have?
    answer: 291mm
    distractors: [266mm, 316mm, 341mm]
    source: {quote: "ground clearance of 291mm"}
  - id: some
    question: In which year did the partnership begin?
    answer: "1983"
    distractors: ["1981"]
    source: {quote: "which began in 1983 when a Range Rover Convertible appeared"}
  - id: none
    question: In which Slovak city were the first new Defenders built?
    answer: Nitra
    source: {quote: "new production facility in Nitra, Slovakia"}
""",
    )
    bank = load_bank([path], library)
    assert bank.problems == []
    assert [len(q.distractors) for q in bank.questions] == [3, 1, 0]


def test_free_text_without_enough_distractors_is_a_located_error(
    tmp_path: Path, library: Library
) -> None:
    path = _write(
        tmp_path,
        """\
- id: handbrake
  question: What could be seen in one interior shot?
  answer: physical handbrake
  distractors: [ejector seat]
  source: {article: 000_dddf75139d7994c9, quote: "we can see a physical handbrake"}
- id: bare
  question: What could be seen in one interior shot?
  answer: physical handbrake
  source: {article: 000_dddf75139d7994c9, quote: "we can see a physical handbrake"}
""",
    )
    for with_articles in (library, None):  # a format-only load knows free text cannot be made
        bank = load_bank([path], with_articles, checks=ENGINE_CHECKS)
        assert [str(p).removeprefix(str(path)) for p in bank.problems] == [
            ":4:16: needs 2 more hand-written distractors (it has 1): "
            "free text cannot be imitated convincingly",
            ":6:3: needs 3 more hand-written distractors (it has 0): "
            "free text cannot be imitated convincingly",
        ]
        assert bank.questions == []


def test_a_bad_distractor_is_reported_at_its_own_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(
        tmp_path,
        """\
- id: approach
  question: What is the new Defender's approach angle, in degrees?
  answer: "38"
  distractors:
    - "33"
    - "28"
  source:
    article: 001_aec933e9345f55ff
    quote: "approach, breakover and departure angles of 38, 28 and 40 degrees respectively"
""",
    )
    assert main(["check", str(path)]) == 0  # a warning: the question plays
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == (
        f"{path}:6:7: warning: distractor '28' is a value the cited sentence gives for another "
        "fact: a close wrong answer, if it is not also true of what is asked"
    )
    assert main(["check", "--strict", str(path)]) == 1


def test_check_gives_the_same_lint_from_the_cache_as_without_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    broken = str(ROOT / "tests" / "fixtures" / "broken" / "bad_distractors.yaml")
    runs = []
    for argv in (["check", broken], ["check", broken], ["check", "--no-cache", broken]):
        assert main(argv) == 1
        runs.append(capsys.readouterr().out)
    assert runs[0] == runs[1] == runs[2]
    assert "is one side of a conflict" in runs[0]
    assert list(paths.cache_dir().glob("bank-*.json")), "the first run wrote the cache"
    shipped = []
    for argv in (["check"], ["check"], ["check", "--no-cache"]):
        assert main(argv) == 0
        shipped.append(capsys.readouterr().out)
    assert shipped[0] == shipped[1] == shipped[2]


BAD_DISTRACTORS = ROOT / "tests" / "fixtures" / "broken" / "bad_distractors.yaml"


def test_check_and_the_game_agree_on_what_plays(library: Library, tmp_path: Path) -> None:
    from quiz.ui.source import load

    linted = load_bank([BAD_DISTRACTORS], library, checks=ENGINE_CHECKS)
    game = load([BAD_DISTRACTORS], SEEDS, tmp_path / "cache").bank
    assert {q.id for q in game.questions} == {q.id for q in linted.questions}
    # An error (a distractor equal to the answer, or true) keeps its question out of both...
    assert "side-of-a-conflict" not in {q.id for q in game.questions}
    # ...a warning (a distractor that gives itself away) is reported, and the question plays.
    assert {"wrong-unit", "true-for-a-sibling-fact"} <= {q.id for q in game.questions}
    assert sum(p.is_error for p in linted.problems) == 2 and len(linted.problems) == 11
    assert game.problems == linted.problems


def test_lint_and_no_lint_keep_their_own_cache(tmp_path: Path, library: Library) -> None:
    from quiz.bank.cache import load_bank_cached

    cache = tmp_path / "cache"
    for _ in range(2):  # the second round is answered from the cache, each from its own file
        linted = load_bank_cached([BAD_DISTRACTORS], library, cache, checks=ENGINE_CHECKS)
        assert len(linted.problems) == 11
        unlinted = load_bank_cached(
            [BAD_DISTRACTORS], library, cache, lint=False, checks=ENGINE_CHECKS
        )
        assert unlinted.problems == []
    assert len(list(cache.glob("bank-*.json"))) == 2


def test_a_bank_with_every_distractor_written_loads_without_the_distractor_engine(
    tmp_path: Path,
) -> None:
    bank_file = _write(
        tmp_path, _valid("q", "291mm", "ground clearance of 291mm", '"266mm", "316mm", "341mm"')
    )
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from quiz.corpus.articles import read_library\nfrom quiz.bank.loader import load_bank\n"
        f"lib = read_library(Path({str(ROOT / 'seeds')!r}))\n"
        f"bank = load_bank([Path({str(bank_file)!r})], lib, lint=False)"
        "\nassert bank.questions and not bank.problems, bank.problems\n"
        "assert all(len(q.distractors) >= 3 for q in bank.questions)\n"
        "print(sorted(m for m in sys.modules\n"
        "             if m in ('quiz.authoring.distractors', 'quiz.authoring.kinds')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_verbatim_quote_is_proven_without_normalising_its_article(tmp_path: Path) -> None:
    from quiz.corpus.articles import read_library as read

    library = read(ROOT / "seeds")
    verbatim = _write(
        tmp_path, _valid("v", '"291mm"', "ground clearance of 291mm", '"1", "2", "3"')
    )
    assert load_bank([verbatim], library, lint=False).problems == []
    assert library._plain == {}  # the article's matching form was never needed
    # A quote typed with other quotes, dashes or spacing is still found, the slow way.
    loose = _write(
        tmp_path, _valid("l", '"291mm"', "ground   clearance of 291mm", '"1", "2", "3"'), "l.yaml"
    )
    assert load_bank([loose], library, lint=False).problems == []
    assert "001_aec933e9345f55ff" in library._plain
