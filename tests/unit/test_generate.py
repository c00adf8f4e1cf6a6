"""``quiz generate``: natural questions, truth safeguards, and never losing an author's work."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from quiz import text as vocabulary
from quiz import yamlsafe
from quiz.authoring import drafts as draftfile
from quiz.authoring import generate as gen
from quiz.authoring import options
from quiz.authoring import questions as qs
from quiz.authoring.cloze import is_cloze
from quiz.authoring.generate import main
from quiz.bank.citations import contains_answer
from quiz.bank.loader import load_bank
from quiz.cli import main as cli_main
from quiz.corpus.articles import parse_article, read_library
from quiz.text import normalise
from tests.hostile.conftest import run_quiz

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
BRIDGE = "bridge_opening"
FIXTURE_NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A private copy of the other-subject articles, free to add broken files to."""
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES, folder)
    return folder


def run(*args: str | Path) -> int:
    return main([str(arg) for arg in args])


def drafts(path: Path) -> list[dict[str, object]]:
    node, problems = yamlsafe.load(path.read_text(encoding="utf-8"), str(path))
    assert not problems
    assert isinstance(node, yamlsafe.Sequence)
    return [draftfile._plain(item) for item in node.items]


@pytest.fixture(scope="module")
def seed_drafts(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    out = tmp_path_factory.mktemp("seed-drafts")
    assert main(["--articles", str(SEEDS), "-o", str(out), "--quiet"]) == 0
    return [entry for path in sorted(out.glob("*.yaml")) for entry in drafts(path)]


@pytest.fixture(scope="module")
def fixture_drafts(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    out = tmp_path_factory.mktemp("fixture-drafts")
    assert main(["--articles", str(FIXTURES), "-o", str(out), "--quiet"]) == 0
    return [entry for path in sorted(out.glob("*.yaml")) for entry in drafts(path)]


# --- the drafts themselves -------------------------------------------------------------------


def test_every_draft_carries_what_the_bank_needs(seed_drafts: list[dict[str, object]]) -> None:
    # no invented speakers, no question past the lead but of the story's work (PAST_LEAD)
    assert len(seed_drafts) >= 22
    for entry in seed_drafts:
        assert entry["origin"] == "generated"
        assert re.fullmatch(r"gen-[a-z0-9-]+-[0-9a-f]{8}", str(entry["id"]))
        source = entry["source"]
        assert isinstance(source, dict) and set(source) == {"article", "quote"}
        assert entry["kind"] and entry["difficulty"] in ("easy", "medium", "hard")
        assert isinstance(entry["distractors"], list) and len(entry["distractors"]) == 3


def test_question_never_contains_its_answer_or_an_option(
    seed_drafts: list[dict[str, object]], fixture_drafts: list[dict[str, object]]
) -> None:
    for entry in seed_drafts + fixture_drafts:
        question = str(entry["question"])
        options = [str(entry["answer"]), *map(str, entry["distractors"])]  # type: ignore[call-overload]
        assert not [option for option in options if contains_answer(question, option)], entry
        if is_cloze(question):  # the article's sentence, quoted, with its one gap
            assert question.endswith("\u201d") and question.count("_____") == 1, question
        else:
            assert question.endswith("?") and "___" not in question


def test_questions_read_naturally_on_other_subjects(
    fixture_drafts: list[dict[str, object]],
) -> None:
    asked = {str(entry["question"]): str(entry["answer"]) for entry in fixture_drafts}
    # "the cable-stayed bridge" is named: the article names one bridge (issue 11, out of context)
    assert asked["What is the main span of the Harbour Bridge?"] == "410 metres"
    assert asked["How many lanes of traffic does the Harbour Bridge carry?"] == "four"
    assert asked["How much did the Harbour Bridge cost?"] == "£186 million"
    # "tolls" of what, where? A question with no name says not what it is about: rejected
    assert "Until what date would tolls not be charged?" not in asked
    # "Alvarez, who joined Betis from Boca Juniors in 2021, could make his debut ...": the year
    # of a clause beside the news is background (validators.worth_asking)
    assert "2021" not in asked.values()
    # a figure asked by a question past the lead is left out (salience.PAST_LEAD): the table
    # position, and (a cost of the rule) what analysts had expected, in the earnings story's
    # fifth sentence
    assert "In what position are Rovers in the table?" not in asked
    assert "How many books does the Central Library hold?" not in asked  # "more than 250,000"
    # past the lead (its fifth sentence): left out, the rule's cost on a short story
    manager = "Which Rovers manager said the club had tracked Mateo Alvarez for more than a year?"
    assert manager not in asked
    assert asked["Over which river is the Harbour Bridge?"] == "River Tyne"
    assert asked["How much quarterly revenue did Arden Semiconductor report?"] == "$4.2 billion"
    assert "How much revenue had analysts at Morgan Finch expected?" not in asked
    # "the company" with no name before it says not which: rejected (issue 11)
    assert "In what year was the company founded?" not in asked
    # a sentence that stands alone is asked whole
    floods = (
        "What figure fills the gap? \u201cMore than 150,000 homes in Cornwall and Devon lost "
        "power overnight, and _____ flood warnings were in force across southern England.\u201d"
    )
    assert asked[floods] == "21"


def test_where_questions_ask_only_where_a_place_or_building_is(
    fixture_drafts: list[dict[str, object]],
) -> None:
    asked = [str(entry["question"]) for entry in fixture_drafts]
    assert "In which region is an amateur astronomer?" not in asked
    assert not [q for q in asked if not is_cloze(q) and re.search(r"\bis \d|\b000\b", q)]


def test_seed_questions_include_the_issues_examples(seed_drafts: list[dict[str, object]]) -> None:
    asked = {str(entry["question"]): entry for entry in seed_drafts}
    # The Defender's specification, past the lead of a story about a film: graded trivia by
    # both graders of the seeds, and left out (salience.PAST_LEAD)
    assert "What is the ground clearance of the New Defender?" not in asked
    opening = "Who said, of No Time to Die, \u201cWe needed an unstoppable"
    speakers = [q for q in asked if q.startswith(opening)]
    assert len(speakers) == 1
    assert asked[speakers[0]]["answer"] == "Morrison"
    assert asked[speakers[0]]["explanation"] == "Lee Morrison, the stunt co-ordinator."


def test_conflicting_facts_name_their_source(seed_drafts: list[dict[str, object]]) -> None:
    release = [e for e in seed_drafts if e["answer"] == "April 8, 2020"]
    assert len(release) == 1
    assert str(release[0]["question"]).startswith("According to the November 2019 report, ")


def test_contested_names_garbles_and_giveaways_are_not_asked(
    seed_drafts: list[dict[str, object]],
) -> None:
    answers = {str(entry["answer"]) for entry in seed_drafts}
    assert not answers & {"Kairi Fukunaga", "Cary Joji Fukunaga", "Nikola Dove", "No Time To Die"}
    quotes = " ".join(str(entry["source"]["quote"]) for entry in seed_drafts)  # type: ignore[index]
    for garbled in ("In the Specter", "Lee Seydoux", "Titanic villain", "Naomi Harris"):
        assert garbled not in quotes


def test_a_role_two_people_share_is_not_asked(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "council.txt").write_text(
        " date 2024-05-01 The new tram reached the depot in Leeds on 2 May, said engineer "
        "Alice Moreau.\n\nThe old tram carried 400 passengers a day, said engineer Tom Baker.\n",
        encoding="utf-8",
    )
    assert run("--articles", folder, "-o", tmp_path / "out", "--quiet") == 0
    questions = [str(e["question"]) for e in drafts(tmp_path / "out" / "council.yaml")]
    assert not [q for q in questions if "engineer named" in q]


# --- the review's systematic findings, one example sentence each -----------------------------

FILM = (
    " date 2019-11-13 The new Defender will be featured in a chase sequence in the upcoming James "
    "Bond movie No Time To Die, and Land Rover has released a look at how they made it.\n\n"
    "No Time To Die will be the 25th Bond film.\n\n"
)


def _drafted(tmp_path: Path, body: str, name: str = "story") -> list[dict[str, object]]:
    folder = tmp_path / "lib"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(body, encoding="utf-8")
    out = tmp_path / "out"
    assert run("--articles", folder, "-o", out, "--quiet") == 0
    path = out / f"{name}.yaml"
    return drafts(path) if path.exists() else []


def _asked(entries: list[dict[str, object]]) -> dict[str, str]:
    return {str(e["question"]): str(e["answer"]) for e in entries}


def _wh(body: str, answer: str) -> str | None:
    """The question (not the gap-fill) an article's fact with ``answer`` reads as, or None."""
    article = parse_article("story", body)
    found = gen.extract(article)
    fact = next(f for f in found.facts if f.answer == answer)
    return qs.question_text(fact, qs.Context(article, found, article.sentences[fact.sentence].text))


def test_no_question_names_the_report_unless_the_fact_is_disputed(
    seed_drafts: list[dict[str, object]], fixture_drafts: list[dict[str, object]]
) -> None:
    """Finding 1: "Who is the stunt driver named in the November 2019 report?" is no question;
    "According to the <Month YYYY> report" is kept for facts another article states otherwise."""
    for entry in seed_drafts + fixture_drafts:
        question = str(entry["question"])
        assert "named in" not in question and "at the time of" not in question, question
        assert not re.search(r"\bIn the \w+ \d{4} report\b", question), question
    sourced = {
        str(e["answer"]) for e in seed_drafts if str(e["question"]).startswith("According to the")
    }
    assert sourced == {"April 8, 2020", "April 2", "April 2020", "30 September"}


def test_a_role_is_asked_on_the_work_the_article_is_about(tmp_path: Path) -> None:
    body = FILM + (
        "In the video, we see stunt coordinator Lee Morrison blasting through fields.\n\n"
        "Effects supervisor Dana Whitlock, stunt driver Ravi Menon and producer Alma Tiernan "
        "also appear in the video.\n"
    )  # a person is offered beside the story's other people: it names three more
    asked = _asked(_drafted(tmp_path, body))
    assert asked.get("Who was the stunt coordinator on No Time To Die?") == "Lee Morrison"


def test_an_actor_is_asked_by_the_part_and_the_film(seed_drafts) -> None:
    asked = _asked(seed_drafts)
    assert asked["Which actor plays the villain Safin in No Time To Die?"] == "Rami Malek"


def test_the_movie_and_the_premiere_become_the_films_own(seed_drafts) -> None:
    """Finding 2: "the movie", "the premiere", "the exhibition" say which."""
    asked = _asked(seed_drafts)
    assert (
        asked[
            "In which country were the Defenders used for No Time To Die the first to roll off the "
            "production line?"
        ]
        == "Slovakia"
    )
    assert asked["At which venue would the No Time to Die premiere take place?"] == (
        "Royal Albert Hall"
    )
    assert asked["Until what date would the No Time to Die exhibition run?"] == "October 15"
    for question in asked:
        assert not re.search(r"\bthe (?:movie|film|premiere|exhibition)\b", question), question


def test_relative_times_are_anchored_and_stale_words_dropped(tmp_path: Path) -> None:
    """Finding 3: "next week", "new", "will" in an article dated 13 November 2019."""
    body = FILM + (
        "Land Rover says that one of the Defenders used in the movie will be on display at the "
        "Los Angeles Auto Show next week.\n"
    )
    asked = _asked(_drafted(tmp_path, body))
    show = (
        "According to Land Rover, at which show would one of the Defenders used in "
        "No Time To Die be on display in November 2019?"
    )
    assert asked.get(show) == "Los Angeles Auto Show"


def test_anchor_relative_times() -> None:
    day = dt.date(2019, 11, 13)
    assert qs.anchor_relative("on display next week", day) == "on display in November 2019"
    assert qs.anchor_relative("use the crossing by next year", day) == "use the crossing by 2020"
    assert qs.anchor_relative("opened last month", day) == "opened in October 2019"
    assert qs.anchor_relative("next week", None) == "next week"


def test_a_year_says_which_outing_so_last_goes(seed_drafts) -> None:
    asked = _asked(seed_drafts)
    used = (
        "During the production of Daniel Craig’s outing as Bond in 2015, "
        "how many Aston Martins were used?"
    )
    assert asked[used] == "ten"


def test_questions_from_one_sentence_never_print_each_others_answers(
    seed_drafts: list[dict[str, object]], fixture_drafts: list[dict[str, object]]
) -> None:
    """Finding 4: the Octopussy sentence (year, company, film, vehicle), Safin and Malek, the
    premiere's date, venue and city."""
    for entries in (seed_drafts, fixture_drafts):
        by_quote: dict[tuple[str, str], list[dict[str, object]]] = {}
        for entry in entries:
            source = entry["source"]
            assert isinstance(source, dict)
            sentence = str(source["quote"])[:40]
            by_quote.setdefault((str(source["article"]), sentence), []).append(entry)
        for siblings in by_quote.values():
            for one_entry in siblings:
                for other in siblings:
                    if other is not one_entry:
                        assert not contains_answer(str(one_entry["question"]), str(other["answer"]))
    answers = {str(e["answer"]) for e in seed_drafts}
    assert "Rami Malek" in answers and "Safin" not in answers


def test_settle_siblings_rephrases_or_drops() -> None:
    venue = {
        "id": "a",
        "kind": "place",
        "answer": "Royal Albert Hall",
        "question": "At which venue will the premiere take place on 28 September?",
    }
    day = {
        "id": "b",
        "kind": "date",
        "answer": "28 September",
        "question": "On what date will the premiere take place at the Royal Albert Hall?",
    }
    villain = {
        "id": "c",
        "kind": "character",
        "answer": "Safin",
        "question": "What is the name of the villain played by Rami Malek?",
    }
    actor = {
        "id": "d",
        "kind": "person",
        "answer": "Rami Malek",
        "question": "Which actor plays the villain Safin?",
    }
    kept, dropped = gen.settle_siblings(
        [day, venue, villain, actor], {"a": 1, "b": 1, "c": 2, "d": 2}
    )
    assert dropped == 1
    assert [e["question"] for e in kept] == [
        "On what date will the premiere take place?",
        "At which venue will the premiere take place?",
        "Which actor plays the villain Safin?",
    ]


def test_who_said_prints_whole_clauses_with_context(seed_drafts) -> None:
    """Finding 5: no quote cut mid-clause; a short one only with who the speaker is."""
    said = [str(e["question"]) for e in seed_drafts if " said" in str(e["question"])]
    assert said
    for question in said:
        assert "…”" not in question and "No Time to Die" in question, question
    assert qs.spoken_clauses("I'd do this every day if I could!") is None
    long = (
        "We needed an unstoppable vehicle to help us battle against the elements, steep descents "
        "and river crossings, so we chose the new Defender, which we then drove for months across "
        "the wettest fields in the country"
    )
    cut = qs.spoken_clauses(long)
    assert cut is not None and cut.endswith(" …") and not cut.endswith(", …")
    assert len(cut.split()) <= qs.QUOTE_MAX_WORDS + 1


def test_quotes_leave_out_contested_and_garbled_names(seed_drafts) -> None:
    """Finding 6: the quote is the clause holding the fact, verbatim, without "Kairi Fukunaga"
    or "Nikola Dove" the question does not use."""
    library = read_library(SEEDS)
    by_answer = {str(e["answer"]): e for e in seed_drafts}
    producer = by_answer["Michael G. Wilson"]["source"]
    assert isinstance(producer, dict)
    assert "Nikola Dove" not in str(producer["quote"])
    assert "Michael G. Wilson" in str(producer["quote"])
    ordinal = by_answer["25th"]
    assert "Fukunaga" not in str(ordinal["source"]["quote"])  # type: ignore[index]
    assert not str(ordinal["question"]).startswith("According to")
    for entry in seed_drafts:
        source = entry["source"]
        assert isinstance(source, dict)
        text = library.articles[str(source["article"])].text
        assert str(source["quote"]) in text
        for name in ("Kairi", "Nikola Dove", "Lee Seydoux"):
            assert name not in str(source["quote"]) and name not in str(entry["distractors"])


def test_general_knowledge_is_not_asked(seed_drafts) -> None:
    """Finding 7: "Who wrote Goldfinger?" tests no article."""
    assert "Ian Fleming" not in {str(e["answer"]) for e in seed_drafts}


def test_no_draft_answers_with_a_one_sided_bound(
    seed_drafts: list[dict[str, object]], fixture_drafts: list[dict[str, object]]
) -> None:
    """Finding 8 ("over 16 months" is true when the answer is "over 18 months") and the blind
    gradings (the weakest of four bounds is the answer): no bound is asked."""
    answers = [str(e["answer"]) for e in seed_drafts + fixture_drafts]
    assert answers
    assert not [a for a in answers if options._BOUND.match(a)]


def test_the_main_work_is_the_title_named_most_often() -> None:
    article = parse_article(
        "a", "Photos from No Time to Die show ten DB5s. No Time to Die opens soon. Octopussy too."
    )
    titles = {"No Time To Die": "movie", "Octopussy": "movie"}
    assert qs.main_work(article, titles, normalise(article.text)) == ("No Time to Die", "movie")
    other = parse_article("b", "Octopussy came out in 1983.")
    assert qs.main_work(other, titles, normalise(other.text)) == ("", "")


# --- phrasing helpers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("began", ("did", "begin")),
        ("partnered", ("did", "partner")),
        ("spotted", ("did", "spot")),
        ("carried", ("did", "carry")),
        ("created", ("did", "create")),
        ("scored", ("did", "score")),
        ("carries", ("does", "carry")),
        ("show", ("do", "show")),
        ("photos", None),
        ("news", None),
    ],
)
def test_base_form(verb: str, forms: tuple[str, str] | None) -> None:
    assert qs.base_form(verb) == forms


def test_wh_question_inverts_the_auxiliary() -> None:
    text = "The exhibition will run till October 15."
    start = text.index("till")
    clause = qs.split_clause(text, (start, start + len("till October 15")), text)
    assert clause is not None
    assert qs.wh_question("Until what date", clause) == "Until what date will the exhibition run?"


def test_wh_question_keeps_an_opening_adverbial() -> None:
    text = "During the production in 2015, ten Aston Martins were used."
    start = text.index("ten")
    clause = qs.split_clause(text, (start, start + len("ten Aston Martins")), text)
    assert clause is not None
    assert qs.wh_question("How many Aston Martins", clause) == (
        "During the production in 2015, how many Aston Martins were used?"
    )


# --- stable ids -------------------------------------------------------------------------


def test_ids_are_stable_across_runs_and_edits_elsewhere_in_the_article(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    body = "The Harbour Bridge has a main span of 410 metres and four lanes of traffic."
    (folder / "span.txt").write_text(body + "\n", encoding="utf-8")
    assert run("--articles", folder, "-o", tmp_path / "a", "--quiet") == 0
    assert run("--articles", folder, "-o", tmp_path / "b", "--quiet") == 0
    first = (tmp_path / "a" / "span.yaml").read_text(encoding="utf-8")
    assert first == (tmp_path / "b" / "span.yaml").read_text(encoding="utf-8")
    (folder / "span.txt").write_text(
        "The bridge opened on Monday after four years of work.\n\n" + body + "\n", encoding="utf-8"
    )
    assert run("--articles", folder, "-o", tmp_path / "c", "--quiet") == 0
    ids_before = {e["id"] for e in drafts(tmp_path / "a" / "span.yaml")}
    ids_after = {e["id"] for e in drafts(tmp_path / "c" / "span.yaml")}
    assert ids_before and ids_before <= ids_after


# --- never lose an author's work ---------------------------------------------------------


def _generate(articles: Path, out: Path, *extra: str) -> int:
    return run("--articles", articles, "-o", out, "--quiet", *extra)


def test_rerun_keeps_edited_and_reviewed_drafts_and_refreshes_the_rest(
    articles: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert _generate(articles, out) == 0
    path = out / f"{BRIDGE}.yaml"
    original = drafts(path)
    edited_id, reviewed_id, removed_id = (str(e["id"]) for e in original[:3])
    text = path.read_text(encoding="utf-8")
    # A person rewrites one question, marks another reviewed, and deletes a third.
    text = re.sub(
        r"(- id: " + re.escape(edited_id) + r".*\n  question: ).*",
        r"\1How long is the main span of the new bridge?",
        text,
    )
    text = re.sub(r"(- id: " + re.escape(reviewed_id) + r".*\n)", r"\1  reviewed: true\n", text)
    start = text.index(f"- id: {removed_id}")
    end = text.index("\n- id:", start) + 1
    text = text[:start] + text[end:]
    # And a stale draft, untouched since generated, whose fact is gone from the article.
    stale = dict(original[3], id="gen-stale-draft-00000000")
    text += "\n" + draftfile.entry_text(stale, yamlsafe.fingerprint(stale)) + "\n"
    path.write_text(text, encoding="utf-8")

    assert _generate(articles, out) == 0
    after = {str(e["id"]): e for e in drafts(path)}
    assert after[edited_id]["question"] == "How long is the main span of the new bridge?"
    assert after[reviewed_id]["reviewed"] == "true"
    assert removed_id in after  # an untouched draft deleted by hand comes back unless rejected
    assert "gen-stale-draft-00000000" not in after
    assert set(after) >= {str(e["id"]) for e in original}


def test_rejected_ids_never_come_back(articles: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert _generate(articles, out) == 0
    first = str(drafts(out / f"{BRIDGE}.yaml")[0]["id"])
    (out / "rejected.txt").write_text(f"{first}  # asks the obvious\n", encoding="utf-8")
    assert run("--articles", articles, "-o", out) == 0
    assert first not in {e["id"] for e in drafts(out / f"{BRIDGE}.yaml")}
    assert "rejected by a reviewer" in capsys.readouterr().out


def test_refuses_to_overwrite_a_file_it_did_not_write(
    articles: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    foreign = out / f"{BRIDGE}.yaml"
    foreign.write_text("# hand-written\n- id: mine\n", encoding="utf-8")
    assert _generate(articles, out) == 1
    assert foreign.read_text(encoding="utf-8") == "# hand-written\n- id: mine\n"
    assert "--force" in capsys.readouterr().err
    assert (out / "football_transfer.yaml").exists()  # the other articles are still drafted
    assert _generate(articles, out, "--force") == 0
    assert foreign.read_text(encoding="utf-8").startswith(draftfile.HEADER)


def test_writes_are_atomic(articles: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    assert _generate(articles, out) == 0
    path = out / f"{BRIDGE}.yaml"
    before = path.read_bytes()

    def crash(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        gen.write_atomic(path, "half a file")
    assert path.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == [f"{name}.yaml" for name in FIXTURE_NAMES]


def test_yaml_round_trips_every_scalar_as_text(tmp_path: Path) -> None:
    article = read_library(FIXTURES).articles[BRIDGE]
    entry = {
        "id": "gen-yaml-check-00000000",
        "question": "Was it? Yes: no",
        "answer": "no",
        "distractors": [
            "010",
            "yes",
            "1983",
            "2019-11-13",
            "null",
            "1e3",
            "on",
            "~",
            "1_000",
            "12:30",
            ".5",
        ],
        "source": {"article": BRIDGE, "quote": "It: 'quoted' \"twice\""},
        "origin": "generated",
    }
    path = tmp_path / "round.yaml"
    text = draftfile.emit([(entry, yamlsafe.fingerprint(entry))], article)
    path.write_text(text, encoding="utf-8")
    assert drafts(path) == [entry]
    existing = draftfile.read_existing(path)
    assert existing is not None and existing.ours
    assert existing.entries[0][1] == yamlsafe.fingerprint(entry)


# --- each text normalised once ---------------------------------------------------------------


def test_a_run_normalises_each_article_text_once(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every draft used to normalise its whole article again (16 times an article on the
    seeds): the library keeps each text's matching form, so a run computes it once."""
    texts = {article.text for article in read_library(articles).articles.values()}
    calls: Counter[tuple[str, str]] = Counter()

    def counting(name: str, original: Callable[[str], object]) -> Callable[[str], object]:
        def counted(text: str) -> object:
            if text in texts:
                calls[name, text] += 1
            return original(text)

        return counted

    for name in ("normalise", "normalise_with_map"):
        original = getattr(vocabulary, name)
        for module in list(sys.modules.values()):
            if module.__name__.startswith("quiz") and getattr(module, name, None) is original:
                monkeypatch.setattr(module, name, counting(name, original))
    out = tmp_path / "out"
    assert _generate(articles, out) == 0
    assert sum(len(drafts(path)) for path in out.glob("*.yaml")) > len(texts)  # a real run
    assert calls, "no article text was normalised: the count is not counting"
    assert max(calls.values()) == 1, calls.most_common(1)


# --- bad input ------------------------------------------------------------------------------


def test_empty_binary_and_non_utf8_articles_are_reported_and_skipped(
    articles: Path, tmp_path: Path, capsys
) -> None:
    (articles / "empty.txt").write_bytes(b"  \n")
    (articles / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (articles / "latin1.txt").write_bytes("Caf\u00e9 au lait co\u00fbte 3 euros.".encode("latin-1"))
    out = tmp_path / "out"
    code = run("--articles", articles, "-o", out, articles)
    captured = capsys.readouterr()
    assert code == 0
    assert "empty.txt:1:1: article is empty; skipped" in captured.err
    assert "binary.txt:1:1: article is binary, not text; skipped" in captured.err
    assert "latin1.txt" in captured.err and "not UTF-8" in captured.err
    assert f"{len(FIXTURE_NAMES)} articles:" in captured.out
    assert sorted(p.stem for p in out.glob("*.yaml")) == FIXTURE_NAMES


def test_an_article_outside_the_library_is_drafted_too(tmp_path: Path) -> None:
    loose = tmp_path / "loose.txt"
    loose.write_text(
        " date 2024-02-01 The Riverside Museum reopened on 3 March after a refurbishment that cost "
        "£4 million.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert run("--articles", FIXTURES, "-o", out, "--quiet", loose) == 0
    assert [e["answer"] for e in drafts(out / "loose.yaml")]


# --- progress and summary -----------------------------------------------------------------


def test_progress_bar_and_summary(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(gen.PROGRESS_FROM + 2):
        (folder / f"a{index:02d}.txt").write_text(
            f" date 2024-01-{index + 1:02d} The new ferry carried {100 + index} passengers on "
            f"its first day, said captain Ann Lee{index:02d}.\n",
            encoding="utf-8",
        )
    assert run("--articles", folder, "-o", tmp_path / "out") == 0
    captured = capsys.readouterr()
    total = gen.PROGRESS_FROM + 2
    assert f"] {total}/{total}\n" in captured.err
    assert captured.out.startswith(f"{total} articles: ")
    assert "facts found" in captured.out and "questions written" in captured.out
    assert "skipped" in captured.out
    assert run("--articles", folder, "-o", tmp_path / "out", "--quiet") == 0
    quiet = capsys.readouterr()
    assert quiet.out == "" and quiet.err == ""


def test_generated_bank_loads_and_proves(articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _generate(articles, out) == 0
    library = read_library(articles)
    bank = load_bank([out], library)
    assert bank.problems == []
    # 17 since drafts that name nothing ("In what year did construction begin?") are rejected,
    # and so are a speaker with too few people in the story to offer beside them, a one-sided
    # bound ("more than 250,000 books") and a side detail (the apprentices beside an MP); 16
    # since the year of a clause beside the news ("Alvarez, who joined Betis in 2021, ..."); 13
    # since a question past the lead (a table position, an age, a forecast, a manager's words)
    assert len(bank.questions) >= 12
    assert {q.origin for q in bank.questions} == {"generated"}


# --- facts the articles state differently ------------------------------------------------


def _library(tmp_path: Path, texts: dict[str, str]) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_an_articles_questions_do_not_change_with_the_other_articles(tmp_path: Path) -> None:
    """Batch independence (issue 11): another article stating a fact differently does not
    reword this article's question; conflicts between articles are catalogued beside them
    (articles.yaml), and those still name their source (see the seeds' release date)."""
    texts = {
        "early": " date 2019-11-13 The New Defender has a ground clearance of 291mm.\n",
        "later": " date 2020-05-02 The New Defender has a ground clearance of 295mm.\n",
    }
    (tmp_path / "together").mkdir()
    (tmp_path / "alone").mkdir()
    together = _library(tmp_path / "together", texts)
    alone = _library(tmp_path / "alone", {"early": texts["early"]})
    assert run("--articles", together, "-o", tmp_path / "out", "--quiet") == 0
    assert run("--articles", alone, "-o", tmp_path / "out-alone", "--quiet") == 0
    beside = drafts(tmp_path / "out" / "early.yaml")
    single = drafts(tmp_path / "out-alone" / "early.yaml")
    assert [e["question"] for e in beside] == [
        "What is the ground clearance of the New Defender?"
    ]
    assert [(e["id"], e["question"], e["answer"]) for e in beside] == [
        (e["id"], e["question"], e["answer"]) for e in single
    ]


def test_a_fact_an_article_states_two_ways_is_skipped(tmp_path: Path, capsys) -> None:
    folder = _library(
        tmp_path,
        {
            "torn": " date 2019-11-13 The New Defender has a ground clearance of 291mm.\n\n"
            "Tests showed the New Defender has a ground clearance of 295mm.\n"
        },
    )
    assert run("--articles", folder, "-o", tmp_path / "out") == 0
    assert "the article states this fact two ways" in capsys.readouterr().out
    assert not (tmp_path / "out" / "torn.yaml").exists()


def test_the_subject_of_the_whole_article_is_not_asked(seed_drafts) -> None:
    titles = {"No Time To Die", "No Time to Die", "Land Rover Defender"}
    assert not {str(entry["answer"]) for entry in seed_drafts} & titles


def test_an_own_file_broken_by_hand_is_left_alone_without_force(
    articles: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out"
    assert _generate(articles, out) == 0
    path = out / f"{BRIDGE}.yaml"
    broken = path.read_text(encoding="utf-8") + "- id: [unclosed\n"
    path.write_text(broken, encoding="utf-8")
    assert _generate(articles, out) == 1
    assert path.read_text(encoding="utf-8") == broken
    assert "cannot merge" in capsys.readouterr().err


def test_the_seed_decides_the_wrong_answers_and_replays_them(tmp_path: Path) -> None:
    def options(seed: int, name: str) -> dict[str, object]:
        out = tmp_path / name
        assert run("--articles", FIXTURES, "-o", out, "--quiet", "--seed", seed) == 0
        return {
            str(e["id"]): e["distractors"] for p in sorted(out.glob("*.yaml")) for e in drafts(p)
        }

    first, again, other = options(1, "one"), options(1, "again"), options(2, "two")
    assert first == again
    shared = set(first) & set(other)  # the same questions (a seed may leave one without
    assert len(shared) >= len(first) - 2  # enough believable wrong answers)...
    assert any(first[qid] != other[qid] for qid in shared)  # ...with other wrong answers


def test_merge_keeps_every_piece_of_human_work_even_with_repeated_or_missing_ids() -> None:
    edited = [
        ({"id": "gen-a", "question": "First variant?"}, None),
        ({"id": "gen-a", "question": "A copy made into a second variant?"}, None),
        ({"question": "Written without an id?"}, None),
        ({"question": "Another without an id?"}, None),
        ({"id": "gen-b", "question": "Reviewed", "reviewed": True}, "stale-mark"),
    ]
    fresh = [{"id": "gen-a", "question": "Fresh a?"}, {"id": "gen-c", "question": "Fresh c?"}]
    out, kept = draftfile.merge(fresh, draftfile.Existing(True, edited))
    assert kept == 5
    questions = [entry["question"] for entry, _ in out]
    assert questions[:5] == [entry["question"] for entry, _ in edited]  # in their old order
    assert questions[5:] == ["Fresh c?"]  # gen-a's fresh draft gives way to the person's


# --- where drafts go, and what a rerun keeps ---------------------------------------------------


def test_generate_says_where_it_wrote_and_how_check_finds_an_outside_article(
    tmp_path: Path, capsys
) -> None:
    loose = tmp_path / "news" / "loose.txt"
    loose.parent.mkdir()
    loose.write_text(
        " date 2024-02-01 The Riverside Museum reopened on 3 March after a refurbishment that cost "
        "£4 million, said its director, Ann Lee.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert run("--articles", FIXTURES, "-o", out, loose) == 0
    said = capsys.readouterr().out
    assert f"Drafts written to {out}/ (1 files)." in said
    hint = f"`quiz check {out} --articles {loose.parent.resolve()}`"
    assert f"read from {loose.parent.resolve()}, not from the articles folder {FIXTURES}" in said
    assert hint in said
    # The folder is registered (an empty catalogue, said so), so the hint is true: check
    # finds the article there, and proves the drafts clean.
    assert f"Registered {loose.parent.resolve()} as an articles folder" in said
    assert "articles: {}" in (loose.parent / "articles.yaml").read_text(encoding="utf-8")
    assert cli_main(["check", str(out), "--articles", str(loose.parent)]) == 0
    # A folder that has its catalogue is never touched.
    before = (FIXTURES / "articles.yaml").read_bytes()
    assert run("--articles", FIXTURES, "-o", out, "--quiet", loose) == 0
    assert (FIXTURES / "articles.yaml").read_bytes() == before


@pytest.mark.parametrize("where", ["a file", "below a file"])
def test_an_output_that_cannot_be_a_folder_is_said_and_nothing_is_written(
    tmp_path: Path, capsys, where: str
) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("mine\n", encoding="utf-8")
    out = blocker if where == "a file" else blocker / "drafts"
    assert run("--articles", FIXTURES, "-o", out, FIXTURES / f"{BRIDGE}.txt") == 1
    err = capsys.readouterr().err
    assert f"cannot write drafts to {out}" in err and "nothing written" in err
    assert "Traceback" not in err
    assert blocker.read_text(encoding="utf-8") == "mine\n"


def test_a_write_that_fails_midway_is_a_problem_not_a_traceback(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(path: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(gen, "write_atomic", full_disk)
    assert run("--articles", FIXTURES, "-o", tmp_path / "out", FIXTURES / f"{BRIDGE}.txt") == 1
    err = capsys.readouterr().err
    assert "cannot write (No space left on device); left as it was" in err


def test_a_rerun_keeps_comments_modes_and_a_persons_own_layout(tmp_path: Path) -> None:
    out = tmp_path / "out"
    article = FIXTURES / f"{BRIDGE}.txt"
    assert run("--articles", FIXTURES, "-o", out, "--quiet", article) == 0
    path = out / f"{BRIDGE}.yaml"
    text = path.read_text(encoding="utf-8")
    entries = text.split("\n\n")
    assert len(entries) >= 3  # the header and at least two drafts
    # A note above the first draft, a person's own touch to the second (a comment inside it
    # and a layout of their own, its values unchanged), and a last word at the end of the file.
    first, second = entries[1], entries[2]
    edited = second.replace("\n  question: ", "\n  # why I changed it\n  question: ", 1)
    edited = edited.replace("\n  answer: ", "\n  answer:   ", 1)  # a layout yaml.dump would undo
    changed = text.replace(first, "# checked against the council's notice\n" + first, 1)
    changed = changed.replace(second, edited, 1) + "# last word\n"
    path.write_text(changed, encoding="utf-8")
    path.chmod(0o444)
    assert run("--articles", FIXTURES, "-o", out, "--quiet", article) == 0
    again = path.read_text(encoding="utf-8")
    assert "# checked against the council's notice\n" + first in again
    assert edited in again  # the touched draft exactly as its person left it
    assert again.endswith("# last word\n")
    assert path.stat().st_mode & 0o777 == 0o444
    # and a third run changes nothing more
    assert run("--articles", FIXTURES, "-o", out, "--quiet", article) == 0
    assert path.read_text(encoding="utf-8") == again


def test_a_fifo_among_the_articles_is_reported_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / f"{BRIDGE}.txt").write_bytes((FIXTURES / f"{BRIDGE}.txt").read_bytes())
    (folder / "articles.yaml").write_text("articles: {}\n", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    # In a process of its own with a timeout: a FIFO read would block for ever.
    done = run_quiz("generate", "--articles", str(folder), "-o", str(tmp_path / "out"), "--quiet")
    assert "pipe.txt" in done.stderr and "skipped" in done.stderr
    assert done.returncode == 0 and (tmp_path / "out" / f"{BRIDGE}.yaml").is_file()


def test_a_role_held_today_is_not_asked_out_of_its_news(tmp_path: Path) -> None:
    """ "Who is the Harbour United manager?" asks general knowledge that goes out of date (an
    editor drops it); a striker (one of many) and a former captain (not the role today) are not
    asked as roles either. The club's manager is still asked where her sentence says what she
    did: "Which Harbour United manager said ...?"."""
    body = (
        "Harbour United manager Jane Fielding said the club would appeal against the ban on "
        "Saturday.\n\nHarbour United striker Tom Okafor scored twice in the second half against "
        "Millbrook Rovers.\n\nFormer Millbrook Rovers captain Peter Lindqvist watched the match "
        "from the stand with his family.\n"
    )
    asked = _asked(_drafted(tmp_path, body))
    assert not [q for q in asked if re.match(r"Who (?:is|was) the [^,?]+\?$", q)], asked
    assert not [q for q in asked if "striker?" in q or "captain?" in q]
    long_name = "Greater Northern Harbour United Supporters Trust chairman Ana Rocha spoke today."
    assert not [q for q in _asked(_drafted(tmp_path, long_name, "trust")) if "chairman" in q]


def test_a_name_opening_the_sentence_keeps_its_capital_and_a_common_word_is_lowered() -> None:
    """ "Strother" is a name (the article writes "Brian Strother"); "Investigators" is not (the
    article writes "investigators" too); "Egypt" is a country."""
    article = "Brian Strother joined in 2010. Strother deployed to Iraq. The investigators left."
    assert qs._lower_first("Strother deployed to Iraq.", article).startswith("Strother")
    article += " Investigators found a letter."
    assert qs._lower_first("Investigators found a letter.", article).startswith("investigators")
    egypt = "Egypt carried out airstrikes."
    assert qs._lower_first(egypt, egypt).startswith("Egypt")


def test_a_time_phrase_and_an_age_before_the_verb_are_not_the_subject() -> None:
    text = "Last month, some 3,000 women marched in Ankara."
    start = text.index("in Ankara")
    clause = qs.split_clause(text, (start, start + len("in Ankara")), text)
    assert clause is not None
    assert qs.wh_question("In which city", clause) == (
        "Last month, in which city did some 3,000 women march?"
    )
    text = "Okafor, 19, was raised in Leeds."
    start = text.index("in Leeds")
    article = "Striker Tom Okafor signed on Friday. " + text
    clause = qs.split_clause(text, (start, start + len("in Leeds")), article)
    assert clause is not None and qs.wh_question("In which city", clause) == (
        "In which city was Okafor raised?"
    )


def test_a_duration_after_for_or_after_is_asked_with_its_unit(tmp_path: Path) -> None:
    """ "for 14 months" -> "For how many months ...?" (the answer keeps figure and unit); a
    time ago or a span after "in" is not asked that way."""
    body = (
        "The Harbour United squad trained for 14 months before the final, said striker "
        "Tom Okafor.\n\nThe stadium in Millbrook opened two years ago after 3 weeks of work, "
        "said the mayor Ana Rocha.\n\nThe team played 11 games in 5 days.\n"
    )
    # Drafted, a figure whose sentence stands alone is its gap-filled sentence; the question
    # it gets when its sentence does not is asked of the fact directly.
    question = "For how many months did the Harbour United squad train before the final?"
    assert _wh(body, "14 months") == question
    assert _wh(body, "3 weeks") is None and _wh(body, "5 days") is None
    asked = _asked(_drafted(tmp_path, body))
    assert not [q for q in asked if "how many years" in q or "how many weeks" in q]
    text = "Michael Reyes has said that the couple had been dating for 14 months."
    start = text.index("for 14 months")
    clause = qs.split_clause(text, (start, start + len("for 14 months")), text)
    assert clause is not None and clause.lead == "According to Michael Reyes"


def test_a_role_that_says_not_whose_is_not_asked_as_which(tmp_path: Path) -> None:
    """ "Which Presidential spokesman denied ...?" says not whose spokesman: the capital is the
    sentence's, not an organisation's."""
    body = (
        "Presidential spokesman Ivan Sokolov denied the rumours of ill health on Thursday in "
        "Moscow.\n\nThe rumours began in March, said the analyst Olga Petrova.\n"
    )
    asked = _asked(_drafted(tmp_path, body))
    assert not [q for q in asked if q.startswith("Which")], asked


def test_a_role_with_its_owner_is_not_asked_on_the_work() -> None:
    """ "Who was a show's executive producer on Top Gear?": the role already says whose."""
    from quiz.authoring.facts import extract

    text = "The show's executive producer Andy Wilman left Top Gear in 2015."
    article = parse_article("tv", text)
    ctx = qs.Context(article, extract(article), text, "", "Top Gear", "show")
    assert qs._role_question("show's executive producer", ctx) is None
    assert qs._role_question("executive producer", ctx) == (
        "Who was an executive producer on Top Gear?"
    )


def test_in_recent_months_keeps_recent() -> None:
    """ "recent" goes as a stale word, but "in recent months" without it says another thing."""
    article = parse_article("a", "The mayor has been in the news in recent months.")
    ctx = qs.Context(article, gen.extract(article), article.text)
    asked = qs.polish("Has the mayor been in the news in recent months?", ctx)
    assert "in recent months" in asked
    assert "recent" not in qs.polish("Where was the recent bridge built?", ctx)


def test_a_speaker_is_asked_only_beside_people_the_article_names(tmp_path: Path) -> None:
    """Invented names beside a real speaker give the answer away: with too few people in the
    story, no "Who said" draft; with enough, every wrong answer is one of them."""
    folder = tmp_path / "articles"
    folder.mkdir()
    quote = (
        '"We have never seen a harvest this poor in forty years of farming here," said Maria '
        "Delgado, the farming minister."
    )
    (folder / "alone.txt").write_text(
        f" date 2024-05-02 Farmers in the valley lost half their crop to the drought. {quote}\n",
        encoding="utf-8",
    )
    (folder / "crowd.txt").write_text(
        " date 2024-05-02 Farmers in the valley lost half their crop to the drought. "
        f"{quote} Her neighbour Tomas Ruiz agreed. The mayor, Elena Castillo, asked for help, "
        "and the minister, Jorge Navarro, promised aid.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert run("--articles", folder, "-o", out, "--quiet") == 0

    def speakers(name: str) -> list[dict[str, object]]:
        path = out / f"{name}.yaml"
        found = drafts(path) if path.exists() else []
        return [e for e in found if str(e["question"]).startswith("Who said")]

    assert speakers("alone") == []
    crowd = speakers("crowd")
    story = (folder / "crowd.txt").read_text(encoding="utf-8")
    assert crowd and all(
        str(option) in story for e in crowd for option in e["distractors"]  # type: ignore[union-attr]
    )


def test_a_person_named_by_surname_alone_is_named_in_full() -> None:
    article = parse_article(
        "x",
        " date 2024-01-02 Officer Darren Wilson stopped the car. Later Wilson resigned. The film "
        "No Time to Die opened. Ann Lee and Mary Lee spoke; the mayor, Jim Knowles, said so.\n",
    )
    full = qs.with_full_names
    assert full("In what month did Wilson resign?", article) == (
        "In what month did Darren Wilson resign?"
    )
    assert full("Who said “Wilson was right”?", article) == "Who said “Wilson was right”?"
    assert full("When did No Time to Die open?", article) == "When did No Time to Die open?"
    assert full("Which town did Lee visit?", article) is None  # Ann or Mary?
    assert full("Which town did Jim Knowles lead?", article) == "Which town did Jim Knowles lead?"


def test_a_speaker_is_never_offered_beside_a_reporter_or_the_one_the_quote_is_about(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "crowd.txt").write_text(
        " date 2024-05-02 Farmers in the valley lost half their crop to the drought. "
        '"We have never seen a harvest this poor, and Tomas Ruiz knows it better than anyone," '
        "said Maria Delgado, the farming minister. Her neighbour Tomas Ruiz agreed. The "
        "mayor, Elena Castillo, asked for help, the minister, Jorge Navarro, promised aid, and "
        "the farmer Ana Torres and the vet Luis Romero said so too.\n\n"
        "CNN's Peter Walsh contributed to this report.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert run("--articles", folder, "-o", out, "--quiet") == 0
    found = [e for e in drafts(out / "crowd.yaml") if str(e["question"]).startswith("Who said")]
    assert found
    offered = {str(option) for e in found for option in e["distractors"]}  # type: ignore[union-attr]
    assert not offered & {"Tomas Ruiz", "Ruiz", "Peter Walsh", "Walsh"}


def test_a_private_persons_or_a_reporters_words_are_not_asked_whose(tmp_path: Path) -> None:
    """A resident's or a journalist's quote makes no "Who said": whose words they are is no
    news. A minister's does."""
    body = (
        "Resident Ada Roe has lived in the Lanark valley for 40 years. \"The Lanark bridge has "
        'changed how every family in the valley gets to work," Roe said.\n\n'
        'Transport minister Dan Lisle opened it. "We will open the Lanark bridge to lorries in '
        'the spring of 2027," Lisle said.\n\n'
        "Engineers Ravi Menon and Alma Tiernan and council leader Morag Dunbar watched.\n"
    )
    asked = _asked(_drafted(tmp_path, body))
    speakers = {a for q, a in asked.items() if q.startswith("Who said")}
    assert "Ada Roe" not in speakers and "Roe" not in speakers, asked
    assert speakers & {"Dan Lisle", "Lisle"}, asked


def test_a_speakers_options_are_the_storys_other_speakers_first(tmp_path: Path) -> None:
    """Who speaks in a story is likelier to have said a quote than whom it only names: the
    story's other speakers come first even when they are fewer than three."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "crowd.txt").write_text(
        " date 2024-05-02 Farmers in the valley lost half their crop to the drought. "
        '"We have never seen a harvest this poor in forty years of farming here," said Mario '
        'Delgado, the regional agriculture minister. "The rain came far too late for the wheat '
        'of the valley," said Tomas Ruiz, the mayor of Lanark. "We need help from the government '
        'before the winter," said Luis Romero, a senator. Governor Pedro Castillo, minister '
        "Jorge Navarro, senator Carlos Vidal, mayor Diego Ortega and governor Pablo Serrano "
        "visited the valley on Friday.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert run("--articles", folder, "-o", out, "--quiet") == 0
    found = {
        str(e["answer"]): {str(o) for o in e["distractors"]}  # type: ignore[union-attr]
        for e in drafts(out / "crowd.yaml")
        if str(e["question"]).startswith("Who said")
    }
    assert found
    talkers = {"Mario Delgado", "Tomas Ruiz", "Luis Romero"}
    for answer, offered in found.items():
        assert talkers - {answer} <= offered, (answer, offered)


def test_a_one_sided_bound_is_not_asked_and_an_approximation_is(tmp_path: Path) -> None:
    """Beside other bounds, "more than 300" is the weakest claim and so the answer; an
    approximate figure ("about 300") is no bound."""
    story = (
        " date 2024-05-02 A tornado that tore through the Lanark valley on Tuesday destroyed "
        "{} homes, the regional government of Lanark said on Wednesday.\n"
    )
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    about = _drafted(tmp_path / "a", story.format("about 300"))
    bound = _drafted(tmp_path / "b", story.format("more than 300"))
    assert about and all(str(e["answer"]) == "about 300" for e in about), about
    assert bound == []


def test_a_place_is_asked_by_what_it_is_called() -> None:
    """Houston is no town and California no "region": a state, a province, a city. A place
    the data does not know is a city, as its wrong answers (the data's cities) are, unless its
    article calls it a town."""
    assert qs._place_noun("California", "region") == "state"
    assert qs._place_noun("Ontario", "region") == "province"
    assert qs._place_noun("Houston", "area") == "city"
    assert qs._place_noun("Lanarkville", "area") == "city"
    told = "Police in the town of Lanarkville said the road was closed."
    assert qs._place_noun("Lanarkville", "area", told) == "town"
    assert qs._place_noun("Lanarkville", "area", "Lanarkville, a small town, voted.") == "town"


def test_a_question_does_not_end_on_the_determiner_of_its_answer(tmp_path: Path) -> None:
    article = parse_article("a", "The clinic will hold a reception for all 12 patients in March.")
    ctx = qs.Context(article, gen.extract(article), article.text)
    asked = qs.polish("How many patients will the clinic hold a reception for all?", ctx)
    assert asked == "How many patients will the clinic hold a reception for?"


def test_a_weekday_that_places_nothing_out_of_its_week_is_left_out() -> None:
    article = parse_article("a", "On Friday, the council said the ferry would carry 300 cars.")
    ctx = qs.Context(article, gen.extract(article), article.text)
    assert qs.polish("On Friday, how many cars would the ferry carry?", ctx) == (
        "How many cars would the ferry carry?"
    )
    assert qs.polish("How many cars did the council say on Friday the ferry would carry?", ctx) == (
        "How many cars did the council say the ferry would carry?"
    )


def test_a_title_that_ended_its_sentence_keeps_no_full_stop_before_the_question_mark() -> None:
    article = parse_article("a", 'Ada Roe won an award in 1973 for her part in "Lanark."')
    ctx = qs.Context(article, gen.extract(article), article.text)
    assert qs.polish('In what year did Ada Roe win an award for her part in "Lanark."?', ctx) == (
        'In what year did Ada Roe win an award for her part in "Lanark"?'
    )
    assert qs.polish('Who said "Lanark is home"?', ctx) == 'Who said "Lanark is home"?'


FLOOD = """\
 date 2026-03-02
Floods swept through the Ardle valley on Sunday, closing 40 roads and cutting power to 12,000 \
homes.

Rescue teams from Lanark worked through the night, officials said.

The river rose by two metres in six hours, the highest level since records began.

Mayor Ines Vogel said the town hall would open as a shelter for families.

Chancellor {name} flew over the valley by helicopter on Monday.

Farmers counted their losses as the water began to fall.

Engineer Paul Brandt said three bridges had been damaged beyond repair.

"We will rebuild every bridge in the Ardle valley before the winter comes, and no family will \
be left alone," said {name}.

Volunteer Lena Marsh handed out blankets and hot meals at the shelter.
"""


@pytest.mark.parametrize(("name", "asked"), [("Olaf Scholz", True), ("Ada Roewer", False)])
def test_past_the_lead_a_well_known_persons_words_are_asked_and_a_minor_speakers_are_not(
    tmp_path: Path, name: str, asked: bool
) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "flood.txt").write_text(FLOOD.format(name=name), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--articles", str(folder), "-o", str(out), "--quiet"]) == 0
    entries = drafts(out / "flood.yaml")
    quotes = [e for e in entries if str(e["question"]).startswith("Who said")]
    assert bool(quotes) is asked, [e["question"] for e in entries]


@pytest.mark.parametrize(
    ("body", "answer", "question"),
    [
        (
            "Harbour Nights presenter Tom Okafor was suspended for allegedly hitting a producer, "
            "the broadcaster said. The Harbour Nights team said it was shocked.",
            "Tom Okafor",
            "Which Harbour Nights presenter was suspended for allegedly hitting a producer?",
        ),
        (
            "Former Rovers striker Ana Rocha signed for Millbrook City on Friday. The Rovers "
            "fans were surprised.",
            "Ana Rocha",
            "Which former Rovers striker signed for Millbrook City?",
        ),
    ],
)
def test_a_role_written_after_whose_it_is_asks_which_of_them(
    body: str, answer: str, question: str
) -> None:
    """ "Top Gear presenter Jeremy Clarkson was suspended ...": the name before the role says
    whose role it is, so "Which Top Gear presenter ...?" has one answer."""
    assert _wh(body, answer) == question


@pytest.mark.parametrize(
    "body",
    [
        # at the sentence's start a capital proves nothing: "Senior" is no name
        "Senior presenter Tom Okafor was suspended for allegedly hitting a producer on Monday.",
        # two presenters of the story: "Which Harbour Nights presenter" is either
        "Harbour Nights presenter Tom Okafor was suspended for allegedly hitting a producer. "
        "The Harbour Nights host, presenter Ben Hart, said nothing.",
        # "The" and a possessive are no names of an organisation
        "The Harbour Nights presenter Tom Okafor was suspended for hitting a producer. Fans of "
        "the Harbour Nights show were upset.",
    ],
)
def test_a_role_with_no_name_before_it_or_shared_is_not_asked_as_which(body: str) -> None:
    asked = _wh(body, "Tom Okafor")
    assert asked is None or not asked.startswith("Which"), asked


def test_who_said_is_asked_of_a_politician_or_a_well_known_person_not_of_anyone(
    tmp_path: Path,
) -> None:
    """ "Who said “Tamerlan Tsarnaev got out of the driver's side door ...”?" of a police
    officer, "... play in the NCAA tournament" of a coach: out of its story nothing tells whose
    words they are (every grade of such a draft, five gradings, was a drop). A minister's
    words are news (and a well-known person's, as
    :func:`test_past_the_lead_a_well_known_persons_words_are_asked_and_a_minor_speakers_are_not`
    checks)."""
    body = (
        " date 2024-05-02 Coach Ben Hart of Lanark College led his team to the Westland Cup "
        'final. "When you go to college, your number one goal is to play in the Westland Cup '
        'final," said Hart. Sports minister Dan Lisle watched the final in Lanark. "The Harbour '
        'Fund will pay for a new stadium for Lanark College before the next Westland Cup," Lisle '
        "said. Mayor Ana Rocha, governor Tom Okafor and senator Ida Moss attended the final with "
        "Hart's family.\n"
    )
    asked = _asked(_drafted(tmp_path, body))
    speakers = {a for q, a in asked.items() if q.startswith("Who said")}
    assert not speakers & {"Ben Hart", "Hart"}, asked
    assert speakers & {"Dan Lisle", "Lisle"}, asked


def test_a_flight_number_is_asked_with_its_airline() -> None:
    """ "From which city did Flight 9525 take off?" says not whose flight: the airline its
    article writes before the number goes before it; two airlines, or none, leave it."""
    story = parse_article(
        "crash",
        "Harbour Air Flight 42 crashed in the Lanark hills. Flight 42 took off from Dunmore "
        "just after 10 a.m. with 144 passengers. Relatives of those on Harbour Air Flight 42 "
        "gathered in Dunmore.",
    )
    assert qs.with_full_names("From which city did Flight 42 take off?", story) == (
        "From which city did Harbour Air Flight 42 take off?"
    )
    assert qs.with_full_names("Which airline flew Harbour Air Flight 42?", story) == (
        "Which airline flew Harbour Air Flight 42?"
    )
    two = parse_article("two", "Sky Lanark Flight 42 and Air Dunmore Flight 42 both left late.")
    assert qs.with_full_names("From which city did Flight 42 take off?", two) == (
        "From which city did Flight 42 take off?"
    )
