"""Reviewing drafts (quiz.authoring.review): what waits for review, and that accepting and
rejecting change exactly one draft, atomically, and hold under ``quiz generate``'s merge."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quiz.authoring import review
from quiz.authoring.drafts import emit, read_existing, read_rejected
from quiz.authoring.generate import generate
from quiz.bank.loader import load_bank
from quiz.corpus.articles import Library, read_library
from quiz.yamlsafe import fingerprint

ARTICLE = """\
 date 2024-03-05
The new Harbour Bridge in Portwell opens next month.

The bridge, designed by engineer Maria Castell, is 420 metres long and cost £38 million to \
build. Construction began in 2019 and employed more than 300 workers. Mayor Tom Reyes said the \
crossing would cut the journey to the city centre by 25 minutes. The council expects 12,000 \
vehicles to use it every day. The Portwell ferry service closed in 2021.
"""


def entry(ident: str, question: str, answer: str, wrong: list[str], quote: str) -> dict[str, Any]:
    return {
        "id": ident,
        "question": question,
        "answer": answer,
        "distractors": wrong,
        "source": {"article": "harbour", "quote": quote},
        "tags": ["count"],
        "difficulty": "medium",
        "kind": "count",
        "origin": "generated",
    }


WORKERS = entry(
    "gen-harbour-workers",
    "How many workers did construction employ?",
    "more than 300",
    ["more than 500", "more than 700", "more than 900"],
    "Construction began in 2019 and employed more than 300 workers.",
)
VEHICLES = entry(
    "gen-harbour-vehicles",
    "How many vehicles does the council expect to use it every day?",
    "12,000",
    ["8,000", "16,000", "20,000"],
    "The council expects 12,000 vehicles to use it every day.",
)
MINUTES = entry(
    "gen-harbour-minutes",
    "By how much would the crossing cut the journey to the city centre?",
    "25 minutes",
    ["20 minutes", "30 minutes", "35 minutes"],
    "the crossing would cut the journey to the city centre by 25 minutes",
)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


@pytest.fixture
def harbour(articles: Path) -> Library:
    return read_library(articles)


@pytest.fixture
def drafts(tmp_path: Path, harbour: Library) -> Path:
    """A drafts file as ``quiz generate`` writes it: header, marks, a blank line between."""
    folder = tmp_path / "generated"
    folder.mkdir()
    article = harbour.get("harbour")
    assert article is not None
    entries = [(e, fingerprint(e)) for e in (WORKERS, VEHICLES, MINUTES)]
    (folder / "harbour.yaml").write_text(emit(entries, article), encoding="utf-8")
    return folder


def test_the_queue_is_every_unreviewed_draft_in_file_order(drafts: Path, harbour: Library) -> None:
    found, problems = review.load_drafts(drafts, harbour)
    assert problems == []
    assert [d.id for d in found] == [WORKERS["id"], VEHICLES["id"], MINUTES["id"]]
    first = found[0]
    assert (first.question, first.answer, first.distractors) == (
        WORKERS["question"],
        "more than 300",
        ("more than 500", "more than 700", "more than 900"),
    )
    assert not first.edited and not first.reviewed and first.problems == ()
    lines = (drafts / "harbour.yaml").read_text().split("\n")
    assert lines[first.line - 1].startswith(f"- id: {WORKERS['id']}  # draft ")


def test_a_filter_keeps_one_articles_drafts(drafts: Path, harbour: Library) -> None:
    assert review.load_drafts(drafts, harbour, article="elsewhere")[0] == []
    assert len(review.load_drafts(drafts, harbour, article="harbour")[0]) == 3


def test_accept_adds_one_line_and_changes_nothing_else(drafts: Path, harbour: Library) -> None:
    path = drafts / "harbour.yaml"
    before = path.read_text().split("\n")
    found, _ = review.load_drafts(drafts, harbour)
    assert review.accept(found[1]) is None
    after = path.read_text().split("\n")
    added = [line for line in after if line not in before or after.count(line) > before.count(line)]
    assert added == ["  reviewed: true"]
    assert [line for line in after if line != "  reviewed: true"] == before
    loaded = load_bank([path], harbour).by_id()
    assert loaded[VEHICLES["id"]].reviewed and not loaded[WORKERS["id"]].reviewed
    assert [d.id for d in review.load_drafts(drafts, harbour)[0]] == [
        WORKERS["id"],
        MINUTES["id"],
    ]
    assert len(review.load_drafts(drafts, harbour, include_reviewed=True)[0]) == 3


def test_accept_sets_an_existing_reviewed_false_in_place(drafts: Path, harbour: Library) -> None:
    path = drafts / "harbour.yaml"
    text = path.read_text().replace(
        "  origin: generated\n\n- id: gen-harbour-vehicles",
        "  origin: generated\n  reviewed: no  # not yet\n\n- id: gen-harbour-vehicles",
    )
    path.write_text(text)
    found, _ = review.load_drafts(drafts, harbour)
    assert review.accept(found[0]) is None
    assert path.read_text() == text.replace("reviewed: no  # not yet", "reviewed: true  # not yet")


def test_accept_refuses_a_draft_changed_since_it_was_shown(drafts: Path, harbour: Library) -> None:
    path = drafts / "harbour.yaml"
    found, _ = review.load_drafts(drafts, harbour)
    edited = path.read_text().replace("more than 900", "more than 1,000")
    path.write_text(edited)
    problem = review.accept(found[0])
    assert problem is not None and "changed on disk" in problem.message
    assert path.read_text() == edited  # the person's edit stands, unmarked


def test_accepted_drafts_survive_a_rerun_of_generate(
    tmp_path: Path, articles: Path, harbour: Library
) -> None:
    out = tmp_path / "out"
    generate([articles], articles, out)
    found, problems = review.load_drafts(out, harbour)
    assert problems == [] and len(found) >= 2, "the generator drafts from this article"
    accepted, rejected = found[0], found[1]
    assert review.accept(accepted) is None
    assert review.reject(rejected) is None
    assert rejected.id in read_rejected(out)

    generate([articles], articles, out)  # a rerun: merge by id
    existing = read_existing(out / "harbour.yaml")
    assert existing is not None
    ids = [str(e["id"]) for e, _ in existing.entries]
    assert accepted.id in ids and rejected.id not in ids
    kept = next(e for e, _ in existing.entries if e["id"] == accepted.id)
    assert kept["reviewed"] == "true"
    left = [d.id for d in review.load_drafts(out, harbour)[0]]
    assert accepted.id not in left and rejected.id not in left


def test_reject_takes_out_its_lines_and_lists_the_id(drafts: Path, harbour: Library) -> None:
    path = drafts / "harbour.yaml"
    found, _ = review.load_drafts(drafts, harbour)
    assert review.reject(found[1]) is None
    text = path.read_text()
    assert "gen-harbour-vehicles" not in text and "\n\n\n" not in text
    assert [q.id for q in load_bank([path], harbour).questions] == [WORKERS["id"], MINUTES["id"]]
    listed = (drafts / "rejected.txt").read_text()
    assert listed.startswith("# Drafts a reviewer rejected")
    assert f"{VEHICLES['id']}  # rejected in quiz review: {VEHICLES['question']}\n" in listed
    assert "edited by hand" not in listed  # the generator's own text: nothing to keep
    assert set(read_rejected(drafts)) == {VEHICLES["id"]}


def test_rejecting_an_edited_draft_keeps_the_edit_as_comments(
    drafts: Path, harbour: Library
) -> None:
    path = drafts / "harbour.yaml"
    path.write_text(path.read_text().replace("more than 900", "more than 2,000"))
    found, _ = review.load_drafts(drafts, harbour)
    assert found[0].edited and not found[1].edited
    assert review.reject(found[0]) is None
    listed = (drafts / "rejected.txt").read_text()
    assert "#     - more than 2,000" in listed
    assert set(read_rejected(drafts)) == {WORKERS["id"]}  # the comments are no ids


def test_rejecting_every_draft_leaves_an_empty_list(drafts: Path, harbour: Library) -> None:
    for _ in range(3):
        found, _ = review.load_drafts(drafts, harbour)
        assert review.reject(found[0]) is None
    path = drafts / "harbour.yaml"
    bank = load_bank([path], harbour)
    assert bank.questions == [] and bank.problems == []
    assert path.read_text().startswith("# Drafted by `quiz generate`")
    assert len(read_rejected(drafts)) == 3


def test_an_existing_rejected_list_is_appended_to(drafts: Path, harbour: Library) -> None:
    listing = drafts / "rejected.txt"
    listing.write_text("# mine\nsome-old-id  # a reason")  # no final newline
    found, _ = review.load_drafts(drafts, harbour)
    assert review.reject(found[2]) is None
    assert listing.read_text().startswith("# mine\nsome-old-id  # a reason\ngen-harbour-minutes")
    assert set(read_rejected(drafts)) == {"some-old-id", MINUTES["id"]}


def test_a_rejected_id_left_in_a_file_is_not_asked_again(drafts: Path, harbour: Library) -> None:
    (drafts / "rejected.txt").write_text(f"{WORKERS['id']}  # by hand\n")
    assert [d.id for d in review.load_drafts(drafts, harbour)[0]] == [
        VEHICLES["id"],
        MINUTES["id"],
    ]


def test_problems_are_shown_on_the_draft_they_belong_to(drafts: Path, harbour: Library) -> None:
    path = drafts / "harbour.yaml"
    path.write_text(path.read_text().replace("use it every day.", "use it every night."))
    found, _ = review.load_drafts(drafts, harbour)
    by_id = {d.id: d for d in found}
    assert by_id[WORKERS["id"]].problems == ()
    problems = by_id[VEHICLES["id"]].problems
    assert problems and all(p.path.endswith("harbour.yaml") for p in problems)
    assert any("quote" in p.message for p in problems)


def test_a_draft_with_problems_is_not_accepted(drafts: Path, harbour: Library) -> None:
    path = drafts / "harbour.yaml"
    path.write_text(path.read_text().replace("answer: 12,000", "answer: 13,000"))
    before = path.read_text()
    broken = next(d for d in review.load_drafts(drafts, harbour)[0] if d.id == VEHICLES["id"])
    problem = review.accept(broken)
    assert problem is not None and problem.message.startswith("fix its problems first")
    assert path.read_text() == before
    assert review.reject(broken) is None  # rejecting it is fine


def test_reload_after_an_edit_rechecks_the_draft(drafts: Path, harbour: Library) -> None:
    path = drafts / "harbour.yaml"
    found, _ = review.load_drafts(drafts, harbour)
    path.write_text(path.read_text().replace("answer: 12,000", "answer: 13,000"))
    again = review.reload(found[1], harbour)
    assert again is not None and again.answer == "13,000" and again.edited
    assert any("answer" in p.message for p in again.problems)


def test_the_sentence_holds_the_answer_highlighted(drafts: Path, harbour: Library) -> None:
    found, _ = review.load_drafts(drafts, harbour)
    minutes = found[2]  # quotes a clause: the whole sentence is shown
    shown = review.card(minutes, harbour)
    assert shown.passage.startswith("Mayor Tom Reyes said the crossing")
    span = shown.answer_span
    assert span is not None and shown.passage[span[0] : span[1]] == "25 minutes"


def test_the_editor_opens_at_the_drafts_line() -> None:
    path = Path("questions/generated/x.yaml")
    command = review.editor_command(path, 12, {"EDITOR": "nano -w"})
    assert command == ["nano", "-w", "+12", str(path)]
    assert review.editor_command(path, 3, {"VISUAL": "vim", "EDITOR": "nano"})[0] == "vim"
    assert review.editor_command(path, 3, {})[0] == "vi"


def test_a_file_in_flow_style_is_refused_not_rewritten(drafts: Path, harbour: Library) -> None:
    path = drafts / "harbour.yaml"
    found, _ = review.load_drafts(drafts, harbour)
    flow = "- {id: gen-harbour-workers, question: 'x?', answer: y}\n"
    path.write_text(flow)
    assert review.accept(found[0]) is not None
    assert path.read_text() == flow
