"""What `quiz generate` makes of news it was never tuned on: the automatic figures of issue 11.

    python -m benchmarks.generation_quality                 # ../shared/corpus/cnn, when there
    python -m benchmarks.generation_quality --corpus DIR    # any folder of *.txt articles
    python -m benchmarks.generation_quality --large 2000    # also time a run of 2,000 articles

It drives the command line (``quiz generate``, ``quiz check --format json``) in fresh
interpreters, so it measures what a user runs, whatever module the generator lives in. It prints:
drafts per article (median, share with none, share with 4 or more), `quiz check` problems on the
drafts, cut names (a person's answer that is not whole name words of its quote, or a first name
alone), determinism (two runs byte-identical), batch independence (each article alone against the
whole run: the same questions), time per article at 50 and at every article (and --large), and
recall against ``highlights.json`` when the folder has one (the share of the highlights' figures
and capitalised names that some draft of the same article answers).

The corpus is read where it lies and copied only into a temporary folder; nothing of it enters
the project. With no corpus the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "cnn"
PYTHON = sys.executable

TIMED = """
import io, json, sys, time, contextlib
from quiz.cli import main
started = time.perf_counter()
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["generate", *sys.argv[1:]])
print(json.dumps({"seconds": time.perf_counter() - started, "code": code}))
"""

# Each article alone, in one interpreter: its own folder is its whole library.
ALONE = """
import io, json, sys, contextlib
from pathlib import Path
from quiz.cli import main
work = Path(sys.argv[1])
for folder in sorted((work / "alone").iterdir()):
    with contextlib.redirect_stdout(io.StringIO()):
        main(["generate", "--articles", str(folder), "-o", str(work / "alone-out" / folder.name),
              "--force", "--quiet"])
print(json.dumps({"done": True}))
"""

NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady Rev".split())
FILM_TEMPLATE = re.compile(r"Who (?:was|is) (?:a|an|the) [\w -]+ on |Who said, of ")
FIGURE = re.compile(r"\d[\d,.]*")
STOP_CAPS = frozenset(
    "A An The This That These Those He She It They We I You His Her Its Their Our But And Or "
    "In On At For From By With To Of After Before As If When While Who What Where Why How "
    "New Now Some One Two Three Many Most CNN".split()
)


def run_generate(articles: Path, out: Path, *extra: str) -> float:
    result = subprocess.run(
        [PYTHON, "-c", TIMED, "--articles", str(articles), "-o", str(out), "--force", "--quiet",
         *extra],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    return float(json.loads(result.stdout.strip().splitlines()[-1])["seconds"])


def read_drafts(out: Path) -> dict[str, list[dict[str, Any]]]:
    drafts: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(out.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        questions = data.get("questions", []) if isinstance(data, dict) else data
        drafts[path.stem] = list(questions or [])
    return drafts


def check_problems(out: Path, articles: Path) -> list[str]:
    result = subprocess.run(
        [PYTHON, "-c", "import sys; from quiz.cli import main; sys.exit(main(sys.argv[1:]))",
         "check", str(out), "--articles", str(articles), "--format", "json", "--no-cache"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        data = json.loads(result.stdout)
    except json.JSONDecodeError:
        return [f"quiz check printed no JSON: {result.stderr[-300:]}"]
    return [f"{p.get('path')}:{p.get('line')}: {p.get('message')}" for p in data["problems"]]


def cut_name(answer: str, quote: str, article_text: str) -> str | None:
    """Why a person's answer is a cut name, or None: it must be whole name words of its quote,
    not a first name whose surname the article gives, never ending on a title or an initial."""
    words = answer.split()
    if not words:
        return "empty"
    if not re.search(rf"(?<![\w'’-]){re.escape(answer)}(?![\w'’-])", quote):
        return "not whole words of its quote"
    if words[-1].rstrip(".") in HONORIFICS or re.fullmatch(r"[A-Z]\.?", words[-1]):
        return "ends on a title or an initial"
    if not all(NAME_WORD.fullmatch(w) or w.lower() in {"de", "van", "von", "al", "bin", "da"}
               for w in words):  # fmt: skip
        return "holds a word that is not a name"
    if len(words) == 1 and answer in article_text:
        first_of_longer = re.search(
            rf"(?<![\w'’.-]){re.escape(answer)}\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*", article_text
        )
        as_surname = re.search(rf"[A-Z][a-z][\w'’-]*\s+{re.escape(answer)}(?![\w'’-])",
                               article_text)  # fmt: skip
        if first_of_longer and not as_surname:
            return "a first name alone"
    return None


def highlight_targets(lines: list[str]) -> list[str]:
    """The figures and capitalised names an editor's bullet points hold."""
    targets: list[str] = []
    for line in lines:
        targets.extend(m.group().rstrip(".,") for m in FIGURE.finditer(line))
        tokens = re.findall(r"[\w'’-]+|[^\w\s]", line)
        run: list[str] = []
        for index, token in enumerate([*tokens, "."]):
            if NAME_WORD.fullmatch(token) and token not in STOP_CAPS and not token.isdigit():
                run.append(token)
                continue
            if run and not (len(run) == 1 and index - 1 == 0):
                targets.append(" ".join(run))
            run = []
    seen: list[str] = []
    for target in targets:
        if target and target not in seen:
            seen.append(target)
    return seen


def matches(target: str, answers: list[str]) -> bool:
    t = target.lower().replace(",", "")
    for answer in answers:
        a = answer.lower().replace(",", "")
        if re.search(rf"(?<![\w.]){re.escape(t)}(?![\w])", a) or (
            len(a) >= 4 and re.search(rf"(?<![\w]){re.escape(a)}(?![\w])", t)
        ):
            return True
    return False


def question_key(entry: dict[str, Any]) -> tuple[str, str, str, str]:
    source = entry.get("source") or {}
    return (str(entry.get("id")), str(entry.get("question")), str(entry.get("answer")),
            str(source.get("quote")))  # fmt: skip


def measure(corpus: Path, large: int, skip_alone: bool) -> dict[str, Any]:
    files = sorted(corpus.glob("*.txt"))
    texts = {path.stem: path.read_text(encoding="utf-8") for path in files}
    highlights_path = corpus / "highlights.json"
    highlights = json.loads(highlights_path.read_text()) if highlights_path.exists() else {}
    figures: dict[str, Any] = {"articles": len(files)}
    with tempfile.TemporaryDirectory(prefix="quiz-genq-") as tmp:
        work = Path(tmp)
        full = work / "all"
        full.mkdir()
        (full / "articles.yaml").write_text("articles: {}\n")  # a folder needs its catalogue
        for path in files:
            shutil.copy(path, full / path.name)
        small = work / "fifty"
        small.mkdir()
        (small / "articles.yaml").write_text("articles: {}\n")
        for path in files[:50]:
            shutil.copy(path, small / path.name)
        seconds_all = run_generate(full, work / "out1")
        seconds_again = run_generate(full, work / "out2")
        # the best of three: the machine is shared, and the floor is what the code costs
        seconds_50 = min(run_generate(small, work / f"out50-{n}") for n in range(3))
        figures["seconds per article at 50"] = seconds_50 / min(50, len(files))
        figures[f"seconds per article at {len(files)}"] = min(seconds_all, seconds_again) / len(
            files
        )
        figures[f"time per article {len(files)} / 50"] = (
            figures[f"seconds per article at {len(files)}"] / figures["seconds per article at 50"]
        )
        if large:
            big = work / "big"
            big.mkdir()
            (big / "articles.yaml").write_text("articles: {}\n")
            for n in range(large):
                path = files[n % len(files)]
                # the same texts under other names, each a distinct article
                text = texts[path.stem]
                (big / f"x{n // len(files):03d}_{path.name}").write_text(
                    text if n < len(files) else f"{text}\n", encoding="utf-8"
                )
            figures[f"seconds per article at {large}"] = run_generate(big, work / "outbig") / large
            figures[f"time per article {large} / 50"] = (
                figures[f"seconds per article at {large}"] / figures["seconds per article at 50"]
            )
        out1, out2 = work / "out1", work / "out2"
        names1 = sorted(p.name for p in out1.iterdir())
        names2 = sorted(p.name for p in out2.iterdir())
        differing = [n for n in set(names1) | set(names2)
                     if not (out1 / n).exists() or not (out2 / n).exists()
                     or (out1 / n).read_bytes() != (out2 / n).read_bytes()]  # fmt: skip
        figures["files differing between two runs"] = len(differing)
        drafts = read_drafts(out1)
        counts = [len(drafts.get(path.stem, [])) for path in files]
        figures["drafts"] = sum(counts)
        figures["drafts per article (median)"] = statistics.median(counts) if counts else 0
        figures["share with 0 drafts"] = sum(c == 0 for c in counts) / max(len(counts), 1)
        figures["share with >=4 drafts"] = sum(c >= 4 for c in counts) / max(len(counts), 1)
        words = [len(texts[p.stem].split()) for p in files]
        typical = [c for c, w in zip(counts, words, strict=True) if 300 <= w <= 500]
        figures["articles of 300-500 words"] = len(typical)
        figures["drafts per 300-500-word article (median)"] = (
            statistics.median(typical) if typical else 0
        )
        problems = check_problems(out1, full)
        figures["quiz check problems"] = len(problems)
        figures["quiz check problem samples"] = problems[:5]
        cuts: list[str] = []
        kinds: Counter[str] = Counter()
        templates = 0
        for article_id, entries in drafts.items():
            for entry in entries:
                kinds[str(entry.get("kind"))] += 1
                question = str(entry.get("question", ""))
                if FILM_TEMPLATE.match(question):
                    templates += 1
                if entry.get("kind") != "person":
                    continue
                why = cut_name(str(entry.get("answer", "")),
                               str((entry.get("source") or {}).get("quote", "")),
                               texts.get(article_id, ""))  # fmt: skip
                if why:
                    cuts.append(f"{article_id}: {entry.get('answer')!r} ({why})")
        figures["cut names"] = len(cuts)
        figures["cut name samples"] = cuts[:8]
        figures["drafts by kind"] = dict(sorted(kinds.items()))
        figures["'Who was a ROLE on' / 'Who said, of' drafts"] = templates
        if highlights:
            total = hit = 0
            for path in files:
                targets = highlight_targets(highlights.get(path.stem, []))
                answers = [str(e.get("answer", "")) for e in drafts.get(path.stem, [])]
                total += len(targets)
                hit += sum(matches(t, answers) for t in targets)
            figures["highlight figures and names"] = total
            figures["recall against highlights"] = hit / total if total else 0.0
        if not skip_alone:
            alone = work / "alone"
            for path in files:
                folder = alone / path.stem
                folder.mkdir(parents=True)
                (folder / "articles.yaml").write_text("articles: {}\n")
                shutil.copy(path, folder / path.name)
            subprocess.run([PYTHON, "-c", ALONE, str(work)], cwd=ROOT, check=True,
                           capture_output=True)  # fmt: skip
            changed = []
            for path in files:
                one = read_drafts(work / "alone-out" / path.stem).get(path.stem, [])
                mine = {question_key(e) for e in one}
                theirs = {question_key(e) for e in drafts.get(path.stem, [])}
                if mine != theirs:
                    changed.append(path.stem)
            figures["articles whose questions change alone vs in the run"] = len(changed)
            figures["batch-dependent samples"] = changed[:8]
    return figures


def sample(
    drafts_dir: Path,
    seed: int,
    size: int,
    articles: int,
    exclude: Path | None = None,
    per_article: int | None = None,
) -> None:
    """Print a blind sample: drafts chosen by ``seed`` from ``articles`` articles (leaving out
    the articles of an earlier sample, ``exclude``, so that a second review reads none twice),
    at most ``per_article`` from one article, so that no long article fills the sample."""
    drafts = read_drafts(drafts_dir)
    rng = random.Random(seed)
    seen = set()
    if exclude is not None:
        seen = {json.loads(line)["article"] for line in exclude.read_text().splitlines() if line}
    ids = sorted(k for k, v in drafts.items() if v and k not in seen)
    chosen_articles = rng.sample(ids, min(articles, len(ids)))
    pool = [(a, e) for a in chosen_articles for e in drafts[a]]
    rng.shuffle(pool)
    taken: Counter[str] = Counter()
    picked = []
    for article_id, entry in pool:
        if per_article is not None and taken[article_id] >= per_article:
            continue
        taken[article_id] += 1
        picked.append((article_id, entry))
    picked = picked[:size]
    picked.sort(key=lambda item: (item[0], str(item[1].get("id"))))
    for article_id, entry in picked:
        print(json.dumps({"article": article_id, "question": entry.get("question"),
                          "answer": entry.get("answer"), "distractors": entry.get("distractors"),
                          "quote": (entry.get("source") or {}).get("quote")},
                         ensure_ascii=False))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generation_quality",
                                     description=__doc__)  # fmt: skip
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--large", type=int, default=0, help="also time a run of N articles")
    parser.add_argument("--no-alone", action="store_true", help="skip batch independence")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--sample", type=Path, default=None, metavar="DRAFTS",
                        help="print a blind sample of the drafts in DRAFTS instead")  # fmt: skip
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--size", type=int, default=90)
    parser.add_argument("--sample-articles", type=int, default=40)
    parser.add_argument("--per-article", type=int, default=None,
                        help="at most this many drafts of one article in the sample")  # fmt: skip
    parser.add_argument("--exclude", type=Path, default=None, metavar="SAMPLE",
                        help="leave out the articles of an earlier sample")  # fmt: skip
    args = parser.parse_args(argv)
    if not args.corpus.is_dir() or not any(args.corpus.glob("*.txt")):
        print(f"no corpus at {args.corpus}: nothing measured")
        return 0
    if args.sample is not None:
        sample(args.sample, args.seed, args.size, args.sample_articles, args.exclude,
               args.per_article)  # fmt: skip
        return 0
    started = time.perf_counter()
    figures = measure(args.corpus, args.large, args.no_alone)
    figures["benchmark seconds"] = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
        return 0
    print(f"corpus: {args.corpus} ({figures['articles']} articles)")
    for name, value in figures.items():
        if isinstance(value, float):
            value = f"{value:.3f}"
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
