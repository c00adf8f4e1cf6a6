"""A small world to attack: two short articles that disagree on a date, their catalogue, and a
bank of two questions (one safe, one that must name its source). Everything is written here, in
a temporary folder, so each test may break it as it likes."""

from __future__ import annotations

import io
import json
import os
import re
import resource
import subprocess
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from quiz.cli import main
from tests.conftest import ROOT

BRIDGE = (
    " date 2024-05-01\n"
    "The Harbour Bridge opened on 3 May 2024 after four years of work.\n"
    "It is 300 metres long, said the engineer Alice Moreau.\n"
)
TRAM = (
    " date 2024-06-02\n"
    "The city's new tram line was finished in June.\n"
    "The Harbour Bridge opened on 10 May 2024, a week late, the council said.\n"
)
CATALOGUE = """\
articles:
  bridge: {title: The Harbour Bridge opens, date: 2024-05-01}
  tram: {title: The tram line is finished, date: 2024-06-02}
conflicts:
  - fact: opening date of the Harbour Bridge
    claims:
      - article: bridge
        quote: The Harbour Bridge opened on 3 May 2024
      - article: tram
        quote: The Harbour Bridge opened on 10 May 2024
"""
SAFE = """\
- id: length
  question: How long is the Harbour Bridge?
  answer: 300 metres
  distractors: [250 metres, 350 metres, 420 metres]
  source: {article: bridge, quote: It is 300 metres long}
"""
# Asserts one side of the conflict without naming its source: quiz check must refuse it.
ONE_SIDED = """\
- id: opening
  question: On what date did the Harbour Bridge open?
  answer: 3 May 2024
  distractors: [4 May 2024, 5 May 2024, 7 May 2024]
  source: {article: bridge, quote: The Harbour Bridge opened on 3 May 2024}
"""
# Every control character a terminal acts on (C0, DEL, C1) but tab and newline.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass
class World:
    root: Path

    @property
    def articles(self) -> Path:
        return self.root / "arts"

    @property
    def bank(self) -> Path:
        return self.root / "bank"

    @property
    def catalogue(self) -> Path:
        return self.articles / "articles.yaml"

    def write_bank(self, text: str, name: str = "q.yaml") -> Path:
        path = self.bank / name
        path.write_text(text, encoding="utf-8")
        return path

    def check_apart(self, *extra: str) -> subprocess.CompletedProcess[str]:
        """``quiz check`` on the bank in a process of its own (see ``run_quiz``)."""
        return run_quiz("check", str(self.bank), "--articles", str(self.articles), *extra)

    def check(self, *extra: str) -> tuple[int, str, str]:
        """``quiz check`` on the bank: exit status, stdout, stderr."""
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = main(["check", str(self.bank), "--articles", str(self.articles), *extra])
        return status, out.getvalue(), err.getvalue()


def run_quiz(*argv: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """The real command in a process of its own, under a memory limit and a timeout: an attack
    that once hung or swallowed memory then fails its test instead of taking the suite along."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    return subprocess.run(
        [sys.executable, "-m", "quiz.cli", *argv],
        capture_output=True, text=True, timeout=timeout, cwd=ROOT, preexec_fn=limit,
    )  # fmt: skip


MEMORY_LIMIT = 1024 * 1024 * 1024


@pytest.fixture
def world(tmp_path: Path) -> World:
    found = World(tmp_path)
    found.articles.mkdir()
    found.bank.mkdir()
    (found.articles / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (found.articles / "tram.txt").write_text(TRAM, encoding="utf-8")
    found.catalogue.write_text(CATALOGUE, encoding="utf-8")
    found.write_bank(SAFE)
    return found


NOBODY = 65534


def as_reader(action: Callable[[], Any]) -> Any:
    """``action()`` by a user who cannot write the folder: ourselves when the folder's mode is
    enough, else (as root) a forked child that has become nobody. Its result comes back as JSON.

    Forked, not started afresh: the interpreter may sit where nobody can read it, and everything
    the action needs is already imported.
    """
    if os.geteuid() != 0:
        return json.loads(json.dumps(action()))
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        status = 1
        try:
            os.close(read)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            os.write(write, json.dumps(action()).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert status == 0, "the reader failed"
    return json.loads(data)
