"""The review screen driven by keys (Pilot): accept, reject, edit with a fake $EDITOR, skip,
filter and back, with the files on disk checked after each; and the game's "unreviewed draft"
note on the Why card."""

from __future__ import annotations

import json
import shutil
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from quiz.authoring.drafts import read_rejected
from quiz.bank.loader import load_bank
from quiz.corpus.articles import read_library
from quiz.game.session import Settings
from quiz.ui.app import QuizApp, make_app
from quiz.ui.screens.drafts import DraftsScreen
from quiz.ui.screens.progress import ProgressScreen
from tests.ui.conftest import (
    BANK,
    DB5S,
    DEFENDER,
    NOW,
    SEED,
    SEEDS,
    SIZE,
    FakeClock,
    notices,
    on_home,
    ready,
    record_notices,
    right_key,
    screen_text,
)

DRAFTS = Path(__file__).resolve().parent / "fixtures" / "drafts"
FIRST = "gen-000-dddf7513-person-stunt-driver-4960df47"
SECOND = "gen-000-dddf7513-person-villain-2fea899f"


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    folder = tmp_path / "generated"
    shutil.copytree(DRAFTS, folder)
    return folder


def review_app(drafts: Path, data_dir: Path, bank: list[Path] | None = None, **kw: Any) -> QuizApp:
    app = make_app(
        bank or [BANK],
        SEEDS,
        data_dir,
        settings=Settings(),
        seed=SEED,
        clock=FakeClock(),
        now=lambda: NOW,
        steady=True,
        drafts_dir=drafts,
        **kw,
    )
    return record_notices(app)


def screen(app: QuizApp) -> DraftsScreen:
    assert isinstance(app.screen, DraftsScreen), f"expected the review screen, got {app.screen}"
    return app.screen


def entry_lines(path: Path, draft_id: str) -> list[str]:
    """The lines of one draft in its file, from its id to the next draft."""
    lines = path.read_text().split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(f"- id: {draft_id}"))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("- ")), len(lines))
    return lines[start:end]


async def test_accept_writes_reviewed_true_and_moves_on(drafts: Path, data_dir: Path) -> None:
    path = drafts / f"{DEFENDER}.yaml"
    before = path.read_text()
    app = review_app(drafts, data_dir, open_screen="drafts")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert screen(app).current is not None and screen(app).current.id == FIRST
        assert "Draft 1 of 5" in screen_text(app)
        await pilot.press("a")
        await pilot.pause()
        assert "  reviewed: true" in entry_lines(path, FIRST)
        assert screen(app).current is not None and screen(app).current.id == SECOND
        assert "Draft 2 of 5  ·  1 accepted, 0 rejected" in screen_text(app)
    after = path.read_text()
    assert (
        after.replace("  origin: generated\n  reviewed: true\n", "  origin: generated\n", 1)
        == before
    )
    reviewed = {q.id: q.reviewed for q in load_bank([path], read_library(SEEDS)).questions}
    assert reviewed[FIRST] and not reviewed[SECOND]


async def test_reject_lists_the_id_and_takes_the_draft_out(drafts: Path, data_dir: Path) -> None:
    path = drafts / f"{DEFENDER}.yaml"
    app = review_app(drafts, data_dir, bank=[BANK, drafts], open_screen="drafts")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.loaded is not None and FIRST in app.loaded.bank.by_id()
        await pilot.press("x")
        await pilot.pause()
        assert FIRST in read_rejected(drafts)
        assert FIRST not in path.read_text()
        assert FIRST not in app.loaded.bank.by_id()  # the next game will not ask it
        assert SECOND in app.loaded.bank.by_id()
        assert "0 accepted, 1 rejected" in screen_text(app)
    ids = [q.id for q in load_bank([path], read_library(SEEDS)).questions]
    assert FIRST not in ids and SECOND in ids


FAKE_EDITOR = """\
import json, pathlib, sys
line, name = sys.argv[1], sys.argv[2]
pathlib.Path({log!r}).write_text(json.dumps(sys.argv[1:]))
path = pathlib.Path(name)
path.write_text(path.read_text().replace("answer: Jess Hawkins", "answer: Jess Hawkings", 1))
"""


@pytest.fixture
def fake_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$EDITOR: a script that records how it was called and misspells the first answer."""
    log = tmp_path / "editor-args.json"
    script = tmp_path / "fake-editor"
    script.write_text(f"#!{sys.executable}\n" + FAKE_EDITOR.format(log=str(log)))
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", str(script))
    return log


async def test_edit_opens_the_editor_at_the_draft_then_rechecks_it(
    drafts: Path, data_dir: Path, fake_editor: Path
) -> None:
    path = drafts / f"{DEFENDER}.yaml"
    app = review_app(drafts, data_dir, open_screen="drafts")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        line = screen(app).current.line  # type: ignore[union-attr]
        await pilot.press("e")
        await pilot.pause()
        assert json.loads(fake_editor.read_text()) == [f"+{line}", str(path)]
        assert "answer: Jess Hawkings" in path.read_text()  # the person's edit, on disk
        draft = screen(app).current
        assert draft is not None and draft.answer == "Jess Hawkings" and draft.edited
        assert draft.problems, "the re-check finds the answer is not in the quote"
        text = screen_text(app)
        assert "✓ Jess Hawkings" in text and "problem" in text
        await pilot.press("x")  # rejecting the edited draft keeps the edit in rejected.txt
        await pilot.pause()
    listed = (drafts / "rejected.txt").read_text()
    assert f"{FIRST}  # rejected in quiz review" in listed
    assert "#     answer: Jess Hawkings" in listed


async def test_a_draft_edited_meanwhile_is_not_overwritten(drafts: Path, data_dir: Path) -> None:
    path = drafts / f"{DEFENDER}.yaml"
    app = review_app(drafts, data_dir, open_screen="drafts")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        edited = path.read_text().replace("- Caroline Cross", "- Carol Cross")
        path.write_text(edited)  # someone else's editor saves while the draft is on screen
        await pilot.press("a")
        await pilot.pause()
        assert path.read_text() == edited
        assert screen(app).current.id == FIRST  # type: ignore[union-attr]
        assert "0 accepted" in screen_text(app)
        assert "✗ Carol Cross" in screen_text(app)  # shown as it now is, to decide again
        await pilot.press("a")
        await pilot.pause()
        assert "1 accepted" in screen_text(app)
    assert path.read_text().count("reviewed: true") == 2  # the header's mention, and this one
    assert "- Carol Cross" in path.read_text()


async def test_skip_filter_and_back(drafts: Path, data_dir: Path) -> None:
    app = review_app(drafts, data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert on_home(app)
        await pilot.press("d")  # from home
        await pilot.pause()
        assert "Draft 1 of 5" in screen_text(app)
        await pilot.press("s")
        await pilot.pause()
        assert "Draft 2 of 5" in screen_text(app)
        await pilot.press("left")
        assert "Draft 1 of 5" in screen_text(app)
        await pilot.press("f")  # the first article's drafts only
        await pilot.pause()
        assert {d.article for d in screen(app).shown} == {DEFENDER}
        assert "Draft 1 of 3" in screen_text(app)
        await pilot.press("f")
        await pilot.pause()
        assert {d.article for d in screen(app).shown} == {DB5S}
        assert "Draft 1 of 2" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert on_home(app)
        await pilot.press("g")  # progress, from home too
        await pilot.pause()
        assert isinstance(app.screen, ProgressScreen)
        assert "No games played yet" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert on_home(app)
    assert not (drafts / "rejected.txt").exists()  # looking writes nothing


async def test_the_why_card_of_an_unreviewed_draft_says_so(drafts: Path, data_dir: Path) -> None:
    app = review_app(drafts, data_dir, bank=[drafts], start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press(right_key(app))
        await pilot.pause()
        assert "Unreviewed draft" in screen_text(app)


async def test_a_reviewed_question_has_no_such_note(data_dir: Path, tmp_path: Path) -> None:
    app = review_app(tmp_path / "none", data_dir, bank=[BANK], start=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press(right_key(app))
        await pilot.pause()
        assert "Why" in screen_text(app) and "Unreviewed draft" not in screen_text(app)


async def test_a_drafts_file_that_cannot_be_read_is_reported(drafts: Path, data_dir: Path) -> None:
    (drafts / "broken.yaml").write_text("- id: [unclosed\n")
    app = review_app(drafts, data_dir, open_screen="drafts")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.pause()
        assert "Draft 1 of 5" in screen_text(app)  # the other files' drafts still come
        shown = notices(app)
        assert any("broken.yaml:1:7: YAML syntax error" in m for m in shown), shown  # located


async def test_after_a_reject_the_editor_opens_at_the_next_drafts_new_line(
    drafts: Path, data_dir: Path, fake_editor: Path
) -> None:
    path = drafts / f"{DEFENDER}.yaml"
    app = review_app(drafts, data_dir, open_screen="drafts")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        first_line = screen(app).current.line  # type: ignore[union-attr]
        await pilot.press("x")  # the lines below the rejected draft move up
        await pilot.pause()
        assert screen(app).current.id == SECOND  # type: ignore[union-attr]
        await pilot.press("e")
        await pilot.pause()
    assert json.loads(fake_editor.read_text()) == [f"+{first_line}", str(path)]
    lines = path.read_text().split("\n")
    assert lines[first_line - 1].startswith(f"- id: {SECOND}")
