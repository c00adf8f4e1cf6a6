"""Measured figures for article-quiz, each a ratio against a reference run beside it.

    python -m benchmarks              # the full run recorded in the README (several minutes)
    python -m benchmarks --smoke      # every benchmark at a tiny size, to prove none has rotted

Every measurement runs in a fresh interpreter, alternating with its reference, and the table
gives the median ratio of at least five runs with its min and max, beside the target.
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import synth

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
ANSI = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]")


@dataclass
class Row:
    name: str
    target: str
    ratios: list[float]
    detail: str
    passed: bool | None

    def cells(self) -> list[str]:
        median = statistics.median(self.ratios)
        verdict = {True: "ok", False: "MISSED", None: "-"}[self.passed]
        return [
            self.name,
            f"{median:.2f}",
            f"{min(self.ratios):.2f}",
            f"{max(self.ratios):.2f}",
            self.target,
            verdict,
            self.detail,
        ]


def run_python(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object of figures."""
    result = subprocess.run(
        [PYTHON, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def wall(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, cwd=ROOT, env={**os.environ, **(env or {})}, check=True, capture_output=True
    )
    return time.perf_counter() - started


# --- 1. start-up in a real terminal -----------------------------------------------------------

MINIMAL_APP = """
from textual.app import App
from textual.widgets import Label
class One(App):
    def compose(self):
        yield Label("READY-MARKER")
One().run()
"""


def time_to_text(command: list[str], marker: bytes, env: dict[str, str]) -> float:
    """Seconds from launching ``command`` in a pty (80x24) until ``marker`` is on the screen."""
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the program
        os.chdir(ROOT)
        os.execvpe(command[0], command, {**os.environ, **env})
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    try:
        while time.perf_counter() - started < 30:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
                if marker in ANSI.sub(b"", seen).replace(b"\r", b"").replace(b"\n", b""):
                    return time.perf_counter() - started
        raise RuntimeError(f"{marker!r} never appeared; last output: {seen[-400:]!r}")
    finally:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)


def first_question_marker(data_dir: Path) -> bytes:
    """The opening words of the question ``quiz play`` will draw first with these settings."""
    code = (
        "import json\n"
        "from quiz.corpus.articles import read_library\n"
        "from quiz.bank.loader import load_bank\n"
        "from quiz.paths import default_articles_dir, default_bank_dir\n"
        "from quiz.game.session import Mode, Settings, select_questions\n"
        "lib = read_library(default_articles_dir())\n"
        "bank = load_bank([default_bank_dir()], lib)\n"
        "q = select_questions(bank.questions, Settings(mode=Mode.PRACTICE, count=3, seed=7))[0]\n"
        "print(json.dumps({'text': q.question}))\n"
    )
    result = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, cwd=ROOT)
    text = json.loads(result.stdout)["text"]
    return " ".join(text.split()[:3]).encode()


def bench_startup(runs: int, work: Path) -> Row:
    quiz = str(Path(PYTHON).with_name("quiz"))
    data = work / "data"
    # Bytecode is written as an installed program's would be (some shells forbid it, which
    # would make every run recompile what it imports, ours and the reference's alike).
    env = {"TERM": "xterm-256color", "ARTICLE_QUIZ_DATA_DIR": str(data), "COLUMNS": "80",
           "LINES": "24", "ARTICLE_QUIZ_CACHE_DIR": str(work / "cache"),
           "PYTHONDONTWRITEBYTECODE": ""}  # fmt: skip
    marker = first_question_marker(data)
    command = [quiz, "play", "--mode", "practice", "--count", "3", "--seed", "7"]
    reference = [PYTHON, "-c", MINIMAL_APP]
    time_to_text(command, marker, env)  # warm the disk cache and the bank cache alike
    ratios, ours, theirs = [], [], []
    for _ in range(runs):
        theirs.append(time_to_text(reference, b"READY-MARKER", env))
        ours.append(time_to_text(command, marker, env))
        ratios.append(ours[-1] / theirs[-1])
    detail = (
        f"quiz play {statistics.median(ours) * 1000:.0f} ms vs one-label app "
        f"{statistics.median(theirs) * 1000:.0f} ms"
    )
    return Row("start-up to first question", "<= 1.25", ratios, detail,
               statistics.median(ratios) <= 1.25)  # fmt: skip


# --- 2. the command line ------------------------------------------------------------------------

CHECK_IMPORTS = """
import io, json, sys, contextlib, time
started = time.perf_counter()
from quiz.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["check"])
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"textual", "rich", "faker"})
print(json.dumps({"code": code, "loaded": loaded}))
"""


def bench_check(runs: int) -> Row:
    imports = run_python(CHECK_IMPORTS)
    quiz = str(Path(PYTHON).with_name("quiz"))
    ratios = []
    for _ in range(runs):
        reference = wall([PYTHON, "-c", "import yaml"])
        ratios.append(wall([quiz, "check"]) / reference)
    clean = imports["code"] == 0 and not imports["loaded"]
    detail = f"exit {imports['code']}; loads {', '.join(imports['loaded']) or 'no Textual/Faker'}"
    return Row("quiz check vs import yaml", "<= 3", ratios, detail,
               clean and statistics.median(ratios) <= 3)  # fmt: skip


# --- 3, 4, 6. the bank at scale -----------------------------------------------------------------

LOAD_BANK = """
import json, resource, sys, time
from pathlib import Path
from quiz.corpus.articles import read_library
from quiz.bank.cache import load_bank_cached
import yaml  # imported lazily by the loader; the floor, too, is timed after importing it
started = time.perf_counter()  # like the floor, timed from after the imports
library = read_library(Path(sys.argv[1]))
cache = Path(sys.argv[3]) if sys.argv[3] != "-" else None
# as the game loads (no lint), or as quiz check does (lint=1)
bank = load_bank_cached([Path(sys.argv[2])], library, cache, lint=sys.argv[4] == "1")
elapsed = time.perf_counter() - started
assert not bank.problems, bank.problems[:3]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": elapsed, "questions": len(bank.questions), "rss": rss}))
"""

FLOOR = """
import gc, json, sys, time
from pathlib import Path
import yaml
started = time.perf_counter()
gc.disable()
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    with open(path, encoding="utf-8") as f:
        yaml.load(f, Loader=yaml.CSafeLoader)
print(json.dumps({"seconds": time.perf_counter() - started}))
"""


def make_corpus(work: Path, articles: int, sizes: list[int]) -> dict[int, tuple[Path, int]]:
    ids = synth.write_articles(work / "articles", articles)
    banks = {}
    for size in sizes:
        bank = work / f"bank-{size}"
        banks[size] = (bank, synth.write_bank(bank, ids, size))
    return banks


def bench_scale(runs: int, work: Path, banks: dict[int, tuple[Path, int]]) -> list[Row]:
    articles = str(work / "articles")
    rows = []
    cold_seconds: dict[int, float] = {}
    for size, (bank, _) in banks.items():
        ratios, ours = [], []
        for _ in range(runs):
            floor = run_python(FLOOR, str(bank))["seconds"]
            ours.append(run_python(LOAD_BANK, articles, str(bank), "-", "0")["seconds"])
            ratios.append(ours[-1] / floor)
        cold_seconds[size] = statistics.median(ours)
        rate = size / cold_seconds[size]
        rows.append(Row(f"load+prove {size:,} vs CSafeLoader", "<= 1.3", ratios,
                        f"{cold_seconds[size]:.2f} s, {rate:,.0f} questions/s",
                        statistics.median(ratios) <= 1.3))  # fmt: skip
    # quiz check also lints every hand-written distractor: measured, with no target of its own
    middle, (bank, _) = sorted(banks.items())[len(banks) // 2]
    ratios, ours = [], []
    for _ in range(runs):
        floor = run_python(FLOOR, str(bank))["seconds"]
        ours.append(run_python(LOAD_BANK, articles, str(bank), "-", "1")["seconds"])
        ratios.append(ours[-1] / floor)
    rows.append(Row(f"load+prove+lint {middle:,} vs CSafeLoader", "-", ratios,
                    f"{statistics.median(ours):.2f} s, as quiz check loads", None))  # fmt: skip
    sizes = sorted(banks)
    if len(sizes) >= 2:
        small, large = sizes[-2], sizes[-1]
        growth = cold_seconds[large] / cold_seconds[small]
        allowed = 1.1 * large / small
        rows.append(Row(f"growth {large:,} / {small:,}", f"<= {allowed:g}", [growth],
                        f"{large // small}x the questions", growth <= allowed))  # fmt: skip
    largest, (bank, size_bytes) = max(banks.items())
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    ratios, warm_runs = [], []
    for _ in range(runs):
        shutil.rmtree(cache, ignore_errors=True)
        cold = run_python(LOAD_BANK, articles, str(bank), str(cache), "0")["seconds"]
        warm_runs.append(run_python(LOAD_BANK, articles, str(bank), str(cache), "0")["seconds"])
        ratios.append(warm_runs[-1] / cold)
    rows.append(Row(f"warm start {largest:,} vs cold", "<= 0.05", ratios,
                    f"{statistics.median(warm_runs):.2f} s from the cache",
                    statistics.median(ratios) <= 0.05))  # fmt: skip
    ratios = []
    for _ in range(runs):
        rss = run_python(LOAD_BANK, articles, str(bank), "-", "0")["rss"]
        ratios.append(rss / size_bytes)
    rows.append(Row(f"peak RSS {largest:,} vs YAML size", "<= 4", ratios,
                    f"{statistics.median(ratios) * size_bytes / 2**20:.0f} MiB for "
                    f"{size_bytes / 2**20:.1f} MiB of YAML",
                    statistics.median(ratios) <= 4))  # fmt: skip
    return rows


# --- 5. generation --------------------------------------------------------------------------------

GENERATE = """
import json, sys, time
from pathlib import Path
from quiz.authoring.generate import main
started = time.perf_counter()
code = main(["--articles", sys.argv[1], "-o", sys.argv[2], "--force", "--quiet"])
print(json.dumps({"seconds": time.perf_counter() - started, "code": code}))
"""


def bench_generation(runs: int, work: Path, counts: list[int]) -> list[Row]:
    folders = {}
    for count in counts:
        folder = work / f"gen-articles-{count}"
        synth.write_articles(folder, count)
        folders[count] = folder
    seconds: dict[int, float] = {}
    rows = []
    for count in counts:
        times = []
        for run in range(runs):
            out = work / f"gen-out-{count}-{run}"
            times.append(run_python(GENERATE, str(folders[count]), str(out))["seconds"])
        seconds[count] = statistics.median(times)
        rates = [count / t for t in times]
        rows.append(Row(f"generate {count:,} articles", "-", rates,
                        f"articles/s (median {seconds[count]:.2f} s)", None))  # fmt: skip
    small, large = min(counts), max(counts)
    growth = (seconds[large] / large) / (seconds[small] / small)
    rows.append(Row(f"generation per article {large:,} / {small:,}", "<= 1.1", [growth],
                    "time per article, large run over small", growth <= 1.1))  # fmt: skip
    return rows


# --- 7. wrong answers on unseen news (benchmarks/distractor_quality.py) -----------------------


def bench_distractors(smoke: bool) -> list[Row]:
    """Shares over the dev corpus (the shipped seeds with --smoke); no ratio, no target but 0."""
    code = [PYTHON, "-m", "benchmarks.distractor_quality", "--json"]
    result = subprocess.run(
        code + (["--smoke"] if smoke else []), capture_output=True, text=True, cwd=ROOT, check=True
    )
    last = result.stdout.strip().splitlines()[-1]
    if not last.startswith("{"):
        return [Row("distractors: no corpus", "-", [0.0], last, None)]
    got = json.loads(last)
    near = "names from the article or its subject"
    return [
        Row("distractors wrong-type share", "-", [got["wrong_type"]], "type check", None),
        Row("distractors near share", "-", [got["near"]], near, None),
        Row("distractors true share", "0", [got["true"]], "the answer or in its sentence",
            got["true"] == 0),
        Row("distractors deterministic", "1", [got["deterministic"]], "two interpreters",
            got["deterministic"] == 1),
    ]


# --- the table ----------------------------------------------------------------------------------


def print_table(rows: list[Row], out: Callable[[str], None] = print) -> None:
    header = ["benchmark", "median", "min", "max", "target", "", "detail"]
    table = [header] + [row.cells() for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for index, line in enumerate(table):
        out("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        if index == 0:
            out("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one run each")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", default="startup,check,scale,generate")
    args = parser.parse_args(argv)
    runs = 1 if args.smoke else max(args.runs, 5)
    sizes = [20, 200] if args.smoke else [1_000, 10_000, 100_000]
    articles = 20 if args.smoke else 1_000
    gen_counts = [5, 10] if args.smoke else [100, 1_000]
    wanted = set(args.only.split(","))
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="quiz-bench-") as tmp:
        work = Path(tmp)
        if "startup" in wanted:
            rows.append(bench_startup(runs, work))
        if "check" in wanted:
            rows.append(bench_check(runs))
        if "scale" in wanted:
            rows.extend(bench_scale(runs, work, make_corpus(work, articles, sizes)))
        if "generate" in wanted:
            rows.extend(bench_generation(runs, work, gen_counts))
        if "distractors" in wanted:  # not in the default run: it reads ../shared/corpus
            rows.extend(bench_distractors(args.smoke))
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {runs} run(s) each")
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
