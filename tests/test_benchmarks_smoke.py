"""Every benchmark runs at a tiny size, so none can rot unnoticed.

The figures themselves are not asserted (a tiny run measures noise); that each benchmark runs to
the end and prints its rows with numbers in them is.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

NUMBER = r"\d+(?:\.\d+)?"

EXPECTED_ROWS = {
    "startup": ["start-up to first question"],
    "check": ["quiz check vs import yaml"],
    "scale": [
        "load+prove 20 vs CSafeLoader",
        "load+prove 200 vs CSafeLoader",
        "load+prove+lint 200 vs CSafeLoader",
        "growth 200 / 20",
        "warm start 200 vs cold",
        "peak RSS 200 vs YAML size",
    ],
    "generate": ["generate 5 articles", "generate 10 articles", "generation per article 10 / 5"],
    # on the shipped seeds: a test needs nothing outside the repository
    "distractors": [
        "distractors wrong-type share",
        "distractors near share",
        "distractors true share",
        "distractors deterministic",
    ],
}


@pytest.mark.parametrize("benchmark", sorted(EXPECTED_ROWS))
def test_benchmark_runs_at_a_tiny_size(benchmark: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--smoke", "--only", benchmark],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    for name in EXPECTED_ROWS[benchmark]:
        row = next((line for line in lines if line.startswith(name)), None)
        assert row is not None, f"no row {name!r} in:\n{result.stdout}"
        # median, min and max follow the name, each a number
        figures = row[len(name) :].split()[:3]
        assert all(re.fullmatch(NUMBER, cell) for cell in figures), row
    if benchmark == "check":  # the import rule is measured, not only timed
        assert "exit 0; loads no Textual/Faker" in result.stdout, result.stdout

