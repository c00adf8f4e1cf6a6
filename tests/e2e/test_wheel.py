"""The package as a user installs it: the built wheel carries the bank and the articles, and an
installed copy (outside the checkout) checks them and loads them for a game.

The wheel is built without build isolation (hatchling comes with the test extras) and installed
with ``pip --target`` into a temporary folder that comes first on the path, so the test needs
no network and takes a few seconds, yet runs the real build and the real installed code.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tracked(folder: str) -> list[str]:
    return sorted(
        str(path.relative_to(ROOT / folder))
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    )


def test_an_installed_wheel_checks_and_loads_the_shipped_bank(tmp_path: Path) -> None:
    built = tmp_path / "dist"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(built), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = built.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("questions", "seeds"):
        expected = {f"quiz/_shipped/{folder}/{name}" for name in _tracked(folder)}
        assert expected and expected <= names, sorted(expected - names)

    site = tmp_path / "site"
    subprocess.run(
        [*pip, "install", "--no-deps", "--no-compile", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "empty"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "ARTICLE_QUIZ_CACHE_DIR": str(tmp_path / "c")}
    script = (
        "import sys, quiz\n"
        "from quiz.cli import main\n"
        "from quiz.ui.source import default_places, load\n"
        "print(quiz.__file__)\n"
        "loaded = load(*default_places([], None))\n"
        "print(len(loaded.bank.questions), 'to play', len(loaded.problems), 'problems')\n"
        "sys.exit(main(['check', '--no-cache']))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr
    where, playable, summary = run.stdout.splitlines()[-3:]
    assert Path(where).is_relative_to(site)  # the installed copy, not the checkout
    assert playable.split()[1:] == ["to", "play", "0", "problems"] and int(playable.split()[0]) > 0
    assert summary.endswith(", 3 articles: no problems"), run.stdout
    assert summary.startswith(f"{playable.split()[0]} questions")
