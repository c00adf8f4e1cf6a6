"""Set-up as a new user meets it: what ``make play`` and ``make test`` install, where the game
keeps its files, and the dependency pins a replayable seed relies on."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from quiz import paths

ROOT = Path(__file__).resolve().parents[2]


def _dry_run(target: str, tmp_path: Path) -> list[str]:
    """The commands ``make TARGET`` would run on a fresh clone (a venv that does not exist)."""
    run = subprocess.run(
        ["make", "--no-print-directory", "-n", "-C", str(ROOT), target, f"VENV={tmp_path}/v"],
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in run.stdout.splitlines() if "pip install" in line]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_play_installs_only_what_playing_needs_and_shows_progress(tmp_path: Path) -> None:
    (install,) = _dry_run("play", tmp_path)
    assert install.endswith("-e .") and "[test]" not in install
    assert "--quiet" not in install and "-q" not in install.split()
    (install,) = _dry_run("test", tmp_path)
    assert install.endswith("-e '.[test]'") and "--quiet" not in install


def _requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = {}
    for requirement in project["dependencies"]:
        name = requirement.split(">")[0].split("<")[0].split("=")[0].strip().lower()
        found[name] = requirement
    return found


def test_faker_is_pinned_to_a_range_so_a_seed_replays_the_same_wrong_answers() -> None:
    faker = _requirements()["faker"]
    assert ">=" in faker and "<" in faker.replace("<=", "")


def test_the_data_and_cache_folders_follow_the_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, str]] = []

    def user_dir(kind: str) -> object:
        def where(appname: str, appauthor: object = None) -> str:
            asked.append((kind, appname))
            return f"/platform/{kind}/{appname}"

        return where

    monkeypatch.setattr(paths.platformdirs, "user_data_dir", user_dir("data"))
    monkeypatch.setattr(paths.platformdirs, "user_cache_dir", user_dir("cache"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(paths.CACHE_DIR_ENV, raising=False)
    assert paths.data_dir() == Path("/platform/data/article-quiz")
    assert paths.cache_dir() == Path("/platform/cache/article-quiz")
    assert asked == [("data", "article-quiz"), ("cache", "article-quiz")]
    assert "platformdirs" in _requirements()
    # The game's own overrides still come first.
    monkeypatch.setenv(paths.DATA_DIR_ENV, "/from/env")
    assert paths.data_dir() == Path("/from/env")
    assert paths.data_dir("/from/flag") == Path("/from/flag")
    monkeypatch.setenv(paths.CACHE_DIR_ENV, "/cache/env")
    assert paths.cache_dir() == Path("/cache/env")


def test_the_shipped_folders_are_found_in_the_package_when_it_carries_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A checkout has none in the package: the top-level folders are the shipped ones.
    assert paths.default_bank_dir() == ROOT / "questions"
    assert paths.default_articles_dir() == ROOT / "seeds"
    package = tmp_path / "quiz"
    for name in ("questions", "seeds"):
        (package / "_shipped" / name).mkdir(parents=True)
    monkeypatch.setattr(paths.resources, "files", lambda name: package)
    assert paths.default_bank_dir() == package / "_shipped" / "questions"
    assert paths.default_articles_dir() == package / "_shipped" / "seeds"
