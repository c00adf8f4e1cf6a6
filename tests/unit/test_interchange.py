"""Interchange: every format is written, read back and compared; the export is the game's quiz;
GIFT and Aiken exports are read by parsers other than ours; imports bring provenance back, leave
a question without it uncited (never played), report bad input where it is, and never overwrite
a question a person edited."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.authoring import engine
from quiz.authoring.engine import ENGINE_CHECKS
from quiz.bank.loader import UNCITED, Bank, load_bank
from quiz.cli import main
from quiz.corpus.articles import Library
from quiz.game.session import Session, Settings, select_questions
from quiz.interchange import aiken, anki, csvfile, gift, opentdb
from quiz.interchange.export import exported_items
from quiz.interchange.record import Imported, Item
from quiz.model import Citation, Problem, Question
from tests.conftest import ROOT, FakeClock

SEED = 3
FORMATS = ("gift", "aiken", "anki", "opentdb", "csv")
SUFFIX = {"gift": "gift", "aiken": "txt", "anki": "txt", "opentdb": "json", "csv": "csv"}
Reader = Callable[[str, str], tuple[list[Imported], list[Problem]]]
READ: dict[str, Reader] = {
    "gift": gift.read,
    "aiken": aiken.read,
    "anki": anki.read,
    "opentdb": opentdb.read,
    "csv": csvfile.read,
}
WRITE: dict[str, Callable[[list[Item]], str]] = {
    "gift": gift.write,
    "aiken": aiken.write,
    "anki": anki.write,
    "opentdb": opentdb.write,
    "csv": csvfile.write,
}


@pytest.fixture(scope="module")
def shipped(library: Library) -> Bank:
    return load_bank([ROOT / "questions"], library, lint=False, checks=ENGINE_CHECKS)


@pytest.fixture(scope="module")
def items(shipped: Bank, library: Library) -> list[Item]:
    return exported_items(shipped.questions, library, Settings(count=None, seed=SEED))


def _game(questions: list[Question], library: Library, settings: Settings) -> list[tuple[str, ...]]:
    """A game played as the UI builds it (quiz.ui.app.new_session): each question's options."""
    session = Session(
        questions,
        settings,
        clock=FakeClock(),
        library=library,
        options_for=engine.options_for(library, settings.seed),
        order_options=engine.order_options,
    )
    shown = []
    while not session.finished:
        assert session.current is not None
        shown.append((session.current.id, *session.options()))
        session.answer(0)
        session.next()
    return shown


# --- the export is the game's quiz -----------------------------------------------------------


@pytest.mark.parametrize(
    "settings",
    [
        Settings(count=None, seed=SEED),
        Settings(count=None, seed=11),
        Settings(count=5, seed=7, tags=("cars",)),
        Settings(count=None, seed=1, articles=("002_bfeeb16b50e5a49f",)),
    ],
    ids=["all-seed3", "all-seed11", "five-cars", "one-article"],
)
def test_the_exported_quiz_is_the_quiz_a_game_with_that_seed_offers(
    shipped: Bank, library: Library, settings: Settings
) -> None:
    exported = exported_items(shipped.questions, library, settings)
    assert exported  # the filters leave a quiz
    assert [(i.question.id, *i.options) for i in exported] == _game(
        shipped.questions, library, settings
    )
    assert all(len(item.options) == 4 and item.question.answer in item.options for item in exported)


def test_the_csv_command_writes_the_game_of_its_seed(
    shipped: Bank, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "csv", "--seed", "11", "--count", "6"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    game = _game(shipped.questions, library, Settings(count=6, seed=11))
    assert [(r["id"], r["A"], r["B"], r["C"], r["D"]) for r in rows] == game
    assert all(r[r["correct"]] == r["answer"] for r in rows)


def test_another_seed_gives_another_quiz(shipped: Bank, library: Library) -> None:
    one = exported_items(shipped.questions, library, Settings(count=None, seed=1))
    two = exported_items(shipped.questions, library, Settings(count=None, seed=2))
    assert [i.options for i in one] != [i.options for i in two]
    again = exported_items(shipped.questions, library, Settings(count=None, seed=1))
    assert [gift.write(one)] == [gift.write(again)]  # byte-identical for one seed


# --- write, read back, compare: every format -------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_reads_back_what_it_wrote(fmt: str, items: list[Item]) -> None:
    text = WRITE[fmt](items)
    read, problems = READ[fmt](text, f"quiz.{SUFFIX[fmt]}")
    assert problems == []
    assert len(read) == len(items)
    for item, back in zip(items, read, strict=True):
        q = item.question
        assert (back.question, back.answer) == (q.question, q.answer)
        assert back.distractors == list(item.wrong)  # the game's wrong options, in its order
        if fmt == "aiken":  # no comments, no feedback: the citation cannot travel
            assert (back.article, back.quote, back.id) == ("", "", None)
            continue
        assert back.id == q.id
        assert Citation(back.article, back.quote) == q.source
        assert tuple(back.tags) == q.tags
        assert (back.difficulty, back.kind, back.explanation) == (
            q.difficulty,
            q.kind,
            q.explanation,
        )
        assert (back.time_limit, back.origin, back.reviewed) == (q.time_limit, q.origin, q.reviewed)


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "aiken"])
def test_export_then_import_gives_the_same_questions_and_they_check_clean(
    fmt: str, tmp_path: Path, items: list[Item], library: Library
) -> None:
    exported = tmp_path / f"quiz.{SUFFIX[fmt]}"
    assert main(["export", "--format", fmt, "--seed", str(SEED), "-o", str(exported)]) == 0
    assert main(["import", str(exported), "--format", fmt, "-o", str(tmp_path / "bank")]) == 0
    bank = load_bank([tmp_path / "bank"], library, checks=ENGINE_CHECKS)  # as quiz check loads
    assert bank.problems == []
    assert main(["check", str(tmp_path / "bank")]) == 0
    fields = ("id", "question", "answer", "source", "tags", "difficulty", "explanation", "kind")
    fields += ("time_limit", "origin", "reviewed")
    assert [tuple(getattr(q, f) for f in fields) for q in bank.questions] == [
        tuple(getattr(i.question, f) for f in fields) for i in items
    ]
    assert [q.distractors for q in bank.questions] == [i.wrong for i in items]


def test_an_aiken_import_comes_back_uncited_and_is_never_played(
    tmp_path: Path, items: list[Item], library: Library
) -> None:
    exported = tmp_path / "quiz.txt"
    exported.write_text(aiken.write(items), encoding="utf-8")
    assert main(["import", str(exported), "--format", "aiken", "-o", str(tmp_path / "bank")]) == 0
    bank = load_bank([tmp_path / "bank"], library, checks=ENGINE_CHECKS)
    assert [(q.question, q.answer, q.distractors) for q in bank.questions] == [
        (i.question.question, i.question.answer, i.wrong) for i in items
    ]
    assert all(q.source == UNCITED for q in bank.questions)
    assert len(bank.problems) == len(items)
    assert all(p.message.startswith("uncited:") for p in bank.problems)
    assert select_questions(bank.questions, Settings(count=None)) == []


# --- parsers other than ours ------------------------------------------------------------------


def test_an_independent_gift_parser_reads_the_shipped_bank_export(
    items: list[Item], tmp_path: Path
) -> None:
    from pygiftparser import parser as pygift  # an independent GIFT parser (PyPI: pygiftparser)

    path = tmp_path / "quiz.gift"
    path.write_text(gift.write(items, header="the shipped bank, seed 3"), encoding="utf-8")
    with path.open(encoding="utf-8") as handle:
        parsed = pygift.parseFile(handle)
    assert len(parsed) == len(items)
    for item, question in zip(items, parsed, strict=True):
        assert question.valid
        assert question.markup == "plain"
        assert pygift.transformSpecials(question.title) == item.question.id
        assert pygift.transformSpecials(question.text) == item.question.question
        answers = question.answers.answers
        assert [pygift.transformSpecials(a.answer) for a in answers] == list(item.options)
        assert [a.fraction for a in answers] == [
            100 if option == item.question.answer else 0 for option in item.options
        ]
        assert item.question.source.quote in pygift.transformSpecials(question.generalFeedback)


_MOODLE_WEIGHT = re.compile(r"^%\-*([0-9]{1,2})\.?([0-9]*)%")  # qformat_gift's answer weight


def _weight(answer: str) -> float:
    match = _MOODLE_WEIGHT.match(answer)
    return float(answer[1 : answer.find("%", 1)]) if match else 0.0


def _unweighted(answer: str) -> str:
    return answer[answer.find("%", 1) + 1 :] if _MOODLE_WEIGHT.match(answer) else answer


def _moodle_gift(block: str) -> dict[str, object]:
    """Moodle's qformat_gift::readquestion for a multiple-choice question, step by step:
    comment lines blanked, escapes to placeholders, ::name::, the first { and }, general
    feedback after the last ####, = turned into ~=, split on ~, placeholders back."""
    holders = {"\\:": "&&058;", "\\#": "&&035;", "\\=": "&&061;", "\\{": "&&123;"}
    holders |= {"\\}": "&&125;", "\\~": "&&126;", "\\n": "&&010"}
    back = {"&&058;": ":", "&&035;": "#", "&&061;": "=", "&&123;": "{", "&&125;": "}"}
    back |= {"&&126;": "~", "&&010": "\n"}

    def post(text: str) -> str:
        for holder, char in back.items():
            text = text.replace(holder, char)
        return text

    def with_format(text: str) -> str:
        if text.startswith("[") and text[1 : text.find("]")] in gift.FORMATS:
            text = text[text.find("]") + 1 :]
        return post(text).strip()

    lines = [" " if line.strip().startswith("//") else line for line in block.split("\n")]
    text = "\n".join(lines).strip().replace("\\\\", "&&092;")
    for escaped, holder in holders.items():
        text = text.replace(escaped, holder)
    text = text.replace("&&092;", "\\")
    assert text.startswith("::")
    name, _, text = text[2:].partition("::")
    start, finish = text.find("{"), text.find("}")
    assert 0 <= start < finish and text.endswith("}")
    answers = text[start + 1 : finish].strip()
    feedback = answers[answers.rfind("####") + 4 :] if "####" in answers else ""
    answers = answers[: answers.rfind("####")].strip() if "####" in answers else answers
    assert "~" in answers  # Moodle: only multiple choice holds a tilde
    options = [a.strip() for a in answers.replace("=", "~=").split("~") if a.strip()]
    return {
        "name": post(name),
        "text": with_format(text[:start].strip()),
        "feedback": with_format(feedback),
        "options": [with_format(_unweighted(o.lstrip("=")).split("#", 1)[0]) for o in options],
        "right": [o.startswith("=") or _weight(o) == 100 for o in options],
    }


def test_moodles_gift_rules_read_the_export_exactly(items: list[Item]) -> None:
    blocks = [b for b in gift.write(items).split("\n\n") if b.strip()]
    assert len(blocks) == len(items)
    for item, block in zip(items, blocks, strict=True):
        read = _moodle_gift(block)
        assert read["name"] == item.question.id
        assert read["text"] == item.question.question
        assert read["options"] == list(item.options)
        assert read["right"] == [o == item.question.answer for o in item.options]
        assert item.citation_text() in str(read["feedback"])


NASTY = "a~b=c#d{e}f:g\\h \\n [html]<b>x</b> :: // #### %50%"


def _nasty_item(question: str = "What is " + NASTY + "?") -> Item:
    q = Question(
        id="nasty::id",
        question=question,
        answer="{=} " + NASTY,
        distractors=(),
        source=Citation("art", "quote with ~ = # { } : \\ and\na line break"),
        explanation="Context: #1 = {best}",
    )
    options = ("~wrong~", q.answer, "[html]=also wrong", "%50% # not a weight, not feedback")
    return Item(q, options, "A title: with a colon", None)


def test_every_reserved_character_survives_moodle_pygiftparser_and_our_reader() -> None:
    from pygiftparser import parser as pygift

    item = _nasty_item()
    text = gift.write([item])
    block = next(b for b in text.split("\n\n") if b.strip())
    read = _moodle_gift(block)
    assert read["text"] == item.question.question and read["name"] == item.question.id
    assert read["options"] == list(item.options)
    assert read["right"] == [False, True, False, False]
    # pygiftparser unescapes ~ = # { } : but not an escaped backslash (Moodle does, above)
    plain = _nasty_item(question="What is " + NASTY.replace("\\", "/") + "?")
    parsed = pygift.parseFile(io.StringIO(gift.write([plain])))
    assert len(parsed) == 1 and parsed[0].valid
    assert pygift.transformSpecials(parsed[0].text) == plain.question.question
    ours, problems = gift.read(text, "nasty.gift")
    assert problems == []
    assert (ours[0].question, ours[0].answer) == (item.question.question, item.question.answer)
    assert ours[0].distractors == list(item.wrong)
    assert ours[0].quote == item.question.source.quote


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r")))
def test_moodles_unescaping_undoes_our_escaping(text: str) -> None:
    block = f"::t::{gift.escape(text)}{{=a ~b}}"
    assert _moodle_gift(block)["text"] == text.strip()


def _moodle_aiken(text: str) -> list[dict[str, object]]:
    """Moodle's qformat_aiken::readquestions: a line under 2 characters is skipped, `X. ` or
    `X) ` is an option, `ANSWER:` closes the question, any other line is its text."""
    questions: list[dict[str, object]] = []
    current: dict[str, object] = {"options": []}
    for raw in text.split("\n"):
        line = raw.strip()
        if len(line) < 2:
            continue
        if re.match(r"^[A-Z][).][ \t]", line):
            current["options"].append(line[2:].strip())  # type: ignore[attr-defined]
        elif line.startswith("ANSWER:"):
            current["right"] = ord(line.split(":", 1)[1].strip()[:1]) - ord("A")
            questions.append(current)
            current = {"options": []}
        else:
            assert "text" not in current, f"two lines of question text: {line!r}"
            current["text"] = line
    assert current == {"options": []}, "a question without its ANSWER: line"
    return questions


def test_moodles_aiken_rules_read_the_export_exactly(items: list[Item]) -> None:
    read = _moodle_aiken(aiken.write(items))
    assert [(q["text"], q["options"], q["right"]) for q in read] == [
        (i.question.question, list(i.options), i.correct) for i in items
    ]


def test_aiken_leaves_out_what_it_cannot_hold_and_says_so(items: list[Item]) -> None:
    bad = _nasty_item(question="B) reads as an option")
    text = aiken.write([items[0], bad, items[1]])
    assert aiken.unwritable(bad) is not None
    assert [q["text"] for q in _moodle_aiken(text)] == [
        items[0].question.question,
        items[1].question.question,
    ]


# --- what each format looks like --------------------------------------------------------------


def test_anki_text_has_the_documented_headers_and_one_note_a_row(items: list[Item]) -> None:
    text = anki.write(items)
    headers = [line for line in text.splitlines() if line.startswith("#")]
    assert headers == [
        "#separator:tab",
        "#html:false",
        "#notetype:Basic",
        "#deck:article-quiz",
        "#columns:GUID\tFront\tBack\tTags\tProvenance",
        "#guid column:1",
        "#tags column:4",
    ]
    rows = list(csv.reader(io.StringIO(text.split("#tags column:4\n", 1)[1]), delimiter="\t"))
    assert len(rows) == len(items)
    for item, row in zip(items, rows, strict=True):
        guid, front, back, tags, _ = row
        assert guid == item.question.id and tags.split() == list(item.question.tags)
        assert front.startswith(item.question.question + "\n\nA. ")
        assert back.startswith(item.question.answer + "\n\n")
        assert item.question.source.quote in back and item.label in back


def test_opentdb_json_is_html_encoded_as_the_api_serves_it_and_decoded_as_text() -> None:
    item = _nasty_item()
    data = json.loads(opentdb.write([item]))
    assert data["response_code"] == 0
    result = data["results"][0]
    assert set(result) >= {"type", "difficulty", "category", "question", "correct_answer"}
    assert "<b>" not in result["question"] and "&lt;b&gt;" in result["question"]
    assert result["article-quiz"]["quote"] == item.question.source.quote
    back, problems = opentdb.read(json.dumps(data), "q.json")
    assert problems == [] and back[0].question == item.question.question
    assert back[0].answer == item.question.answer


def test_csv_has_a_header_row_and_one_question_a_line(items: list[Item]) -> None:
    rows = list(csv.reader(io.StringIO(csvfile.write(items))))
    assert tuple(rows[0]) == csvfile.COLUMNS
    assert [row[0] for row in rows[1:]] == [item.question.id for item in items]


# --- other tools' files: no provenance, bad input, reruns ----------------------------------------

FOREIGN_GIFT = """\
// A Moodle export: no provenance.
$CATEGORY: $course$/Bond

::Q1:: Who plays Safin in No Time To Die? {
  =Rami Malek
  ~Daniel Craig
  ~Ralph Fiennes
  ~Ben Whishaw
  ####Malek won an Oscar for Bohemian Rhapsody.
}

::Q2:: Which year {~1981 =1983 ~1985 ~1987} saw Octopussy?

::Q3:: An unbalanced question { =yes ~no

// article-quiz: {not json
::Q4:: Which car maker made the DB5? {=Aston Martin ~Jaguar ~Lotus ~Bentley}

::Q5:: How many DB5s? {#10}

::Q6:: No right answer here {~a ~b ~c}
"""


def test_a_foreign_gift_file_imports_uncited_and_reports_each_bad_question_where_it_is(
    tmp_path: Path, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "moodle.gift"
    source.write_text(FOREIGN_GIFT, encoding="utf-8")
    out = tmp_path / "imported"
    assert main(["import", str(source), "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{source}:14: unbalanced braces: an answer section needs {{ and }} (escape a literal one)",
        f"{source}:16: provenance is not valid JSON (Expecting property name enclosed in double "
        "quotes: line 1 column 3 (char 2))",
        f"{source}:19: a numerical question ({{#...}}): only questions with options are imported",
        f"{source}:21: no right answer (mark one with =)",
    ]
    bank = load_bank([out], library, checks=ENGINE_CHECKS)
    assert [(q.question, q.answer) for q in bank.questions] == [
        ("Who plays Safin in No Time To Die?", "Rami Malek"),
        ("Which year _____ saw Octopussy?", "1983"),
        ("Which car maker made the DB5?", "Aston Martin"),
    ]
    assert bank.questions[0].explanation == "Malek won an Oscar for Bohemian Rhapsody."
    assert all(q.source == UNCITED for q in bank.questions)
    written = (out / "moodle.yaml").read_text(encoding="utf-8")
    assert written.count("    article: ''\n    quote: ''\n") == 3  # an empty source to fill
    lines = written.splitlines()
    assert [str(p) for p in bank.problems] == [
        f"{bank.files[0]}:{n}:3: uncited: fill in source.article and a verbatim source.quote "
        "(the game never plays an uncited question)"
        for n, line in enumerate(lines, 1)
        if line == "  source:"
    ]


def test_the_game_never_plays_an_uncited_question(
    make_question: Callable[..., Question], clock: FakeClock
) -> None:
    cited = [make_question(f"c{i}") for i in range(3)]
    uncited = [
        Question(id=f"u{i}", question="?", answer=f"a{i}", distractors=(), source=UNCITED)
        for i in range(3)
    ]
    for seed in range(5):
        session = Session([*uncited, *cited], Settings(count=None, seed=seed), clock=clock)
        assert {q.id for q in session.questions} == {"c0", "c1", "c2"}


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [
        (
            "aiken",
            "Good one?\nA. yes\nB. no\nANSWER: A\n\nNo answer line?\nA. x\nB. y\n\n"
            "Bad letter?\nA. x\nB. y\nANSWER: E\n\nAlso good?\nA) p\nB) q\nANSWER: B\n",
            [
                "6: no ANSWER: line after its options",
                "10: ANSWER: 'E' is not one of the options A-B",
            ],
        ),
        (
            "opentdb",
            '{"response_code": 0, "results": [\n {"question": "Q1?", "correct_answer": "a",'
            ' "incorrect_answers": ["b", "c"]},\n {"question": "", "correct_answer": "a"},\n'
            ' {"question": "Q3?", "correct_answer": "x", "incorrect_answers": ["y"]}\n]}\n',
            ["3: result 2: missing or bad question"],
        ),
        (
            "anki",
            "#separator:tab\n#html:true\nFront one\tBack <b>one</b>\nlonely front\n"
            "Front &amp; two\tBack two<br>with more\n",
            ["4: a note needs a front (question) and a back"],
        ),
        (
            "csv",
            "question,answer,A,B\nQ1?,a,a,b\n,a,a,b\nQ3?,z,x,y\nQ4?,y,x,y\n",
            ["3: a row needs a question and an answer", "4: the answer 'z' is not an option"],
        ),
    ],
)
def test_bad_input_is_reported_at_its_line_and_the_rest_imports(
    fmt: str, text: str, expected: list[str], tmp_path: Path
) -> None:
    read, problems = READ[fmt](text, "in")
    assert [f"{p.line}: {p.message}" for p in problems] == expected
    assert len(read) == 2
    assert all(q.question and q.answer and q.article == "" for q in read)


def test_anki_notes_from_anki_are_read_as_text_not_markup() -> None:
    read, _ = anki.read("#separator:tab\n#html:true\nFront &amp; <i>two</i>\tBack<br>more\n", "a")
    assert (read[0].question, read[0].answer, read[0].explanation) == (
        "Front & two",
        "Back",
        "more",
    )


def test_a_rerun_never_overwrites_a_question_a_person_edited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "moodle.gift"
    source.write_text(FOREIGN_GIFT, encoding="utf-8")
    out = tmp_path / "imported"
    main(["import", str(source), "-o", str(out)])
    target = out / "moodle.yaml"
    first = target.read_text(encoding="utf-8")
    # A person cites the first question and rewords the third.
    edited = first.replace(
        "    article: ''\n    quote: ''\n",
        "    article: 000_dddf75139d7994c9\n    quote: the villain Safin (played by Rami Malek)\n",
        1,
    ).replace("Which car maker made the DB5?", "Which maker built the DB5?")
    target.write_text(edited, encoding="utf-8")
    # The source changes too: the second question's options, and a question added.
    source.write_text(
        FOREIGN_GIFT.replace("~1985", "~1979") + "\n::Q7:: New? {=yes ~no ~maybe ~never}\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    main(["import", str(source), "-o", str(out)])
    assert "2 you edited kept as they were" in capsys.readouterr().out
    again = target.read_text(encoding="utf-8")
    assert "quote: the villain Safin (played by Rami Malek)" in again
    assert "Which maker built the DB5?" in again
    assert "Which car maker made the DB5?" not in again  # the edited one is kept, not doubled
    assert "1979" in again and "1985" not in again  # the unedited one follows its source
    assert "New?" in again
    main(["import", str(source), "-o", str(out)])
    assert target.read_text(encoding="utf-8") == again  # a rerun on the same input: no change


def test_a_file_import_did_not_write_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "moodle.gift"
    source.write_text(FOREIGN_GIFT, encoding="utf-8")
    (tmp_path / "out").mkdir()
    mine = tmp_path / "out" / "moodle.yaml"
    mine.write_text("- id: mine\n", encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "out")]) == 1
    assert "left alone" in capsys.readouterr().err
    assert mine.read_text(encoding="utf-8") == "- id: mine\n"


def test_control_characters_from_another_tool_never_reach_the_bank(tmp_path: Path) -> None:
    source = tmp_path / "x.txt"
    source.write_text("Bell\x07 and \u202eevil?\nA. one\x1b[31m\nB. two\nANSWER: A\n", "utf-8")
    assert main(["import", str(source), "--format", "aiken", "-o", str(tmp_path / "o")]) == 0
    bank = load_bank([tmp_path / "o"])
    question = bank.questions[0]
    assert question.question == "Bell and evil?" and question.answer == "one [31m"


def test_import_tells_the_format_from_the_file(tmp_path: Path, items: list[Item]) -> None:
    from quiz.interchange.commands import guess_format

    for fmt in FORMATS:
        text = WRITE[fmt](items[:2])
        assert guess_format(tmp_path / "no-suffix", text) == fmt


def test_a_file_with_no_question_writes_no_bank_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "broken.json"
    source.write_text('{"response_code": 0, "results": [\n  {"question": "no answer"}\n]}\n')
    assert main(["import", str(source), "-o", str(tmp_path / "out")]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{source}:2: result 1: missing or bad correct_answer",
        f"{source}: no questions to import; nothing written",
    ]
    assert not (tmp_path / "out").exists()


def test_an_uncited_question_replayed_from_the_warm_cache_is_still_never_played(
    tmp_path: Path, library: Library
) -> None:
    from quiz.bank.cache import load_bank_cached

    source = tmp_path / "moodle.gift"
    source.write_text(FOREIGN_GIFT, encoding="utf-8")
    main(["import", str(source), "-o", str(tmp_path / "bank")])
    where = [tmp_path / "bank"]
    cold = load_bank_cached(where, library, tmp_path / "cache", lint=False, checks=ENGINE_CHECKS)
    warm = load_bank_cached(where, library, tmp_path / "cache", lint=False, checks=ENGINE_CHECKS)
    assert warm.questions == cold.questions and warm.problems == cold.problems
    assert len(warm.questions) == 3 and all(p.message.startswith("uncited") for p in warm.problems)
    assert select_questions(warm.questions, Settings(count=None), library=library) == []
