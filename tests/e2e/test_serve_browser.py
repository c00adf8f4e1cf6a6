"""``quiz serve`` end to end: the game served on a free localhost port, played in the system's
headless Chromium with key presses sent over the DevTools protocol, and the saved game read back
from the score database. Every process the test starts is stopped at the end; every address it
uses is on 127.0.0.1.

``QUIZ_UPDATE_SCREENSHOTS=1`` also writes the screenshot the README shows (docs/serve.png).
"""

from __future__ import annotations

import asyncio
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest

from quiz.authoring import engine
from quiz.bank.loader import load_bank
from quiz.corpus.articles import read_library
from quiz.game.session import Mode, Session, Settings
from tests.conftest import FakeClock
from tests.e2e.cdp import Browser, find_chromium, stop_group

ROOT = Path(__file__).resolve().parents[2]
BANK = ROOT / "tests" / "ui" / "fixtures" / "bank"
SEEDS = ROOT / "seeds"
SEED = 7
DOCS_SHOT = ROOT / "docs" / "serve.png"

pytestmark = pytest.mark.skipif(
    find_chromium() is None and os.environ.get("CI") != "true",
    reason="no chromium here (.ci/run installs it; CI never skips this test)",
)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def wait_until_serving(url: str, server: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            assert server.poll() is None, "quiz serve exited early"
            try:
                async with session.get(url) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
    raise TimeoutError(f"{url} never answered")


def right_index() -> int:
    """The right option's place in the first question the served game asks (same seed, same
    bank, same engine: the game is the same game)."""
    library = read_library(SEEDS)
    bank = load_bank([BANK], library)
    settings = Settings(mode=Mode.PRACTICE, count=1, seed=SEED)
    session = Session(
        bank.questions,
        settings,
        clock=FakeClock(),
        library=library,
        options_for=engine.options_for(library, SEED),
        order_options=engine.order_options,
    )
    assert session.current is not None
    return session.options().index(session.current.answer)


async def test_one_question_in_a_browser(tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    data = tmp_path / "data"
    env = {**os.environ, "ARTICLE_QUIZ_CACHE_DIR": str(tmp_path / "cache")}
    command = [
        sys.executable, "-m", "quiz.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--mode", "practice", "--count", "1", "--seed", str(SEED),
        "--articles", str(SEEDS), "--data-dir", str(data), str(BANK),
    ]  # fmt: skip
    server = subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # the game each tab runs is stopped with it
    )
    browser: Browser | None = None
    try:
        await wait_until_serving(url, server, timeout=30)
        (tmp_path / "profile").mkdir()
        browser = await Browser.launch(tmp_path / "profile", 1000, 640)
        await browser.send("Page.enable")
        # A fixed page size: about 110x30 cells, above the game's 80x24 minimum.
        await browser.send(
            "Emulation.setDeviceMetricsOverride",
            width=1000, height=600, deviceScaleFactor=1, mobile=False,
        )  # fmt: skip
        await browser.send("Page.navigate", url=url)
        # The page hides its intro once the game's first bytes arrive.
        await browser.wait_for("document.body && document.body.classList.contains('-first-byte')")
        await browser.wait_for(
            "(() => { const t = document.querySelector('.xterm-helper-textarea');"
            " if (!t) return false; t.focus(); return document.activeElement === t; })()"
        )
        await asyncio.sleep(2)  # the first question's options are prepared in a thread
        key = right_index() + 1
        await browser.type_text(str(key))
        await asyncio.sleep(1.5)  # the verdict and the Why card are drawn
        shot = await browser.screenshot(tmp_path / "serve.png")
        assert shot.startswith(b"\x89PNG\r\n\x1a\n") and len(shot) > 10_000
        if os.environ.get("QUIZ_UPDATE_SCREENSHOTS") == "1":
            DOCS_SHOT.write_bytes(shot)
        await browser.press_enter()  # the results of a one-question game
        await asyncio.sleep(1.5)
        await browser.type_text("Web")
        await browser.press_enter()  # save the score under that name
        database = data / "scores.sqlite3"
        deadline = time.monotonic() + 20
        rows: list[tuple[object, ...]] = []
        while time.monotonic() < deadline and not rows:
            await asyncio.sleep(0.3)
            if database.exists():
                with sqlite3.connect(database) as conn:
                    rows = conn.execute(
                        "SELECT g.player, g.mode, g.total, g.correct, a.chosen, a.correct_index"
                        " FROM games g JOIN answers a ON a.game_id = g.id"
                    ).fetchall()
        assert rows == [("Web", "practice", 1, 1, key - 1, key - 1)]
    finally:
        if browser is not None:
            await browser.close()
        stop_group(server)
    assert server.poll() is not None
    assert browser is not None and browser.process.poll() is not None
