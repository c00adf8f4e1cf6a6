"""The README's screen capture is what the game does: the same seed gives the same question,
options and Why card (the capture itself is made with tmux; this replays it without one)."""

from __future__ import annotations

import re

from quiz.authoring import engine
from quiz.game.session import Mode, Session, Settings
from quiz.ui.source import load
from tests.conftest import ROOT, SEEDS

OPTION = re.compile(r"^\s+[✓✗]?\s+(\d)\s{3}(.+?)(?:\s+←.*)?$")


def _first_capture() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    screens = readme[readme.index("<!-- screens:start -->") :]
    block = screens[screens.index("```text\n") + len("```text\n") :]
    return block[: block.index("```")].splitlines()


def test_the_readme_seed_11_capture_reproduces(clock) -> None:
    lines = _first_capture()
    assert "Question 2 of 5" in lines[0]
    options = [m.groups() for line in lines if (m := OPTION.match(line))]
    first_option = next(i for i, line in enumerate(lines) if OPTION.match(line))
    asked = " ".join(" ".join(lines[2:first_option]).split())
    card = " ".join(
        line.strip().strip("│").strip() for line in lines if line.strip().startswith("│")
    )

    loaded = load([ROOT / "questions"], SEEDS, None)
    settings = Settings(mode=Mode.CHALLENGE, count=5, seed=11)
    session = Session(
        loaded.bank.questions,
        settings,
        clock=clock,
        library=loaded.library,
        options_for=engine.options_for(loaded.library, settings.seed),
        order_options=engine.order_options,
    )
    session.answer(0)  # question 1, answered "1" in the capture
    session.next()
    assert session.current is not None
    assert session.current.question == asked
    assert [(str(i + 1), text) for i, text in enumerate(session.options())] == options
    result = session.answer(0)  # "1", as in the capture
    shown = " ".join(f"“{result.citation.passage}” — {result.citation.label}".split())
    assert shown in " ".join(card.split())
