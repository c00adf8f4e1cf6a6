"""Wrong answers on news the engine was never tuned on: where they come from, whether a type
check passes them, whether any is true or the answer again, and whether a seed replays them.

    python -m benchmarks.distractor_quality                 # ../shared/corpus/cnn, when there
    python -m benchmarks.distractor_quality --corpus DIR --sample 60 --sample-file out.md
    python -m benchmarks.distractor_quality --smoke         # the shipped seeds and bank

Two sets of questions, every one with its wrong answers left to the engine: those the current
generator drafts from the corpus (``quiz generate`` into a temporary folder, its own wrong
answers dropped), and the hand-written ones of ``benchmarks/distractor_questions.yaml``, each
citing the first sentence of its article that holds the answer. The figures are automatic; a
grade of whether options are plausible needs a reader, so ``--sample`` writes a sample chosen
by a fixed seed before anyone reads it.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import io
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from fractions import Fraction
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "cnn"
HAND = Path(__file__).with_name("distractor_questions.yaml")
DATA = ROOT / "quiz" / "data"
SEED = 1
SAMPLE_SEED = 4242  # chosen after tuning on other samples, before this one was read

# QUIZ_ENGINE_ROOT measures another checkout's engine (the baseline) with this benchmark.
sys.path.insert(0, os.environ.get("QUIZ_ENGINE_ROOT", str(ROOT)))

try:
    from quiz.authoring import distractors
    from quiz.authoring.generate import main as generate_main
    from quiz.authoring.kinds import Amount, parse_amount, parse_date
    from quiz.bank.loader import load_bank
    from quiz.corpus.articles import Library, read_library
    from quiz.text import canonical
except ImportError:  # a checkout from before the wings (the baseline)
    from quiz.articles import Library, read_library  # type: ignore[no-redef]
    from quiz.citations import canonical  # type: ignore[no-redef]
    from quiz.generate import main as generate_main  # type: ignore[no-redef]
    from quiz.kinds import Amount, parse_amount, parse_date  # type: ignore[no-redef]

    from quiz import distractors  # type: ignore[no-redef]
    from quiz.bank import load_bank  # type: ignore[no-redef]
from quiz.model import Citation, Question  # noqa: E402

NUMERIC = {"number", "money", "year", "count", "ordinal", "date"}


# --- the questions ------------------------------------------------------------------------------


def drafted(corpus: Path, work: Path) -> list[Question]:
    """What the current generator drafts from the corpus, with its wrong answers dropped."""
    out = work / "drafts"
    with contextlib.redirect_stderr(io.StringIO()):
        generate_main(["--articles", str(corpus), "-o", str(out), "--force", "--quiet"])
    library = read_library(corpus)
    bank = load_bank(sorted(out.glob("*.yaml")), library)
    return [dataclasses.replace(q, distractors=()) for q in bank.questions]


def hand_written(library: Library, path: Path = HAND) -> list[Question]:
    """The benchmark's own questions, each citing the first sentence that holds its answer."""
    entries = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or []
    questions = []
    for index, entry in enumerate(entries):
        article = library.get(entry["article"])
        if article is None:
            continue
        near = entry.get("near", "")
        quote = next(
            (
                s.text
                for s in article.sentences
                if entry["answer"] in s.text and near in s.text
            ),
            None,
        )
        if quote is None:
            print(f"hand-written {index}: '{entry['answer']}' not in {article.id}", file=sys.stderr)
            continue
        questions.append(
            Question(
                id=f"hand-{index:03d}-{article.id}",
                question=entry["question"],
                answer=entry["answer"],
                distractors=(),
                source=Citation(article.id, quote),
                kind=entry.get("kind") or None,
            )
        )
    return questions


# --- an independent type check ------------------------------------------------------------------
# Not the engine's own typing: gazetteers read straight from the data files, and the shapes a
# reader would call wrong at a glance (a company or a place among people, a cut name, a country
# among cities, a unit or qualifier changed).


def _column(name: str, column: int = 0) -> set[str]:
    path = DATA / name
    if not path.exists():
        return set()
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cells = line.split("\t")
            found.add(cells[column].lower())
            if name == "countries.tsv" and column == 0 and len(cells) > 3:
                found |= {alias.lower() for alias in cells[3].split(";") if alias}
    return found


COUNTRIES = _column("countries.tsv")
CONTINENTS = _column("countries.tsv", 2)
CITIES = _column("cities.tsv")
REGIONS = _column("regions.tsv")
ORG_WORDS = set(
    "Inc Corp Corporation Company Co Ltd PLC Group Council Party Club FC United City University "
    "College School Police Department Ministry Agency Bureau Institute Institutes Association "
    "Federation Union League Studios Productions Pictures Records News Times Post Network Bank "
    "Airlines Airways Motors Foundation Committee Commission Court Army Navy Church Ericsson "
    "Museum Hospital Center Centre Brothers Media Entertainment Service Services".split()
)


def _place_type(text: str) -> str:
    key = text.lower().removeprefix("the ")
    if key in CONTINENTS:
        return "continent"
    if key in COUNTRIES:
        return "country"
    if key in REGIONS:
        return "region"
    if key in CITIES:
        return "city"
    return ""


def _looks_person(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(ch.isdigit() for ch in text)
        and not (set(words) & ORG_WORDS)
        and not _place_type(text)
    )


def wrong_type(question: Question, option: str, kind: str, texts: Iterable[str]) -> str:
    """Why ``option`` is visibly not of the answer's type and form, or ``""``."""
    answer = question.answer
    if kind == "date":
        mine, theirs = parse_date(answer), parse_date(option)
        if mine is None:
            return ""
        if theirs is None:
            return "not a date"
        if (mine.day is None, mine.year is None) != (theirs.day is None, theirs.year is None):
            return "date written otherwise"
        return ""
    if kind in NUMERIC:
        mine_a, theirs_a = parse_amount(answer), parse_amount(option)
        if mine_a is None:
            return ""
        if theirs_a is None:
            return "not a number"
        def unit(amount: Amount) -> str:  # a currency sign and the words after the number
            sign = "".join(ch for ch in amount.prefix if not (ch.isalpha() or ch.isspace()))
            return sign + amount.suffix.strip().lower()

        if unit(mine_a) != unit(theirs_a):
            return "another unit"
        return ""
    if cut(option, texts) and not _has(DATA_TEXT, option):
        return "cut name"
    place = _place_type(answer)
    theirs = _place_type(option)
    if place and theirs != place and not (place == "city" and theirs == ""):
        return f"{theirs or 'no known place'} among {place} answers"
    if place == "city" and theirs in ("country", "continent", "region"):
        return f"{theirs} among city answers"
    if kind == "person":
        if not _looks_person(option):
            return "not a person's name"
        def names(text: str) -> int:  # initials aside
            return sum(1 for w in text.split() if not re.fullmatch(r"[A-Z]\.", w))

        # The level a name is written at: a surname alone, or a full name (Mary Joe Fernandez
        # and Chris Evert are both full names).
        if (names(option) == 1) != (names(answer) == 1) or abs(names(option) - names(answer)) > 1:
            return "name written otherwise"
    if kind == "organisation" and theirs:
        return "a place among organisations"
    return ""


def cut(option: str, texts: Iterable[str]) -> bool:
    """A name cut mid-word: the texts have it only as the start of a longer word ("Mark Mc")."""
    pattern = re.compile(rf"(?<!\w){re.escape(option)}(\w?)")
    seen_whole = seen_cut = False
    for text in texts:
        for match in pattern.finditer(text):
            if match.group(1):
                seen_cut = True
            else:
                seen_whole = True
        if seen_whole:
            return False
    return seen_cut


# --- where an option came from ------------------------------------------------------------------


def _caps(text: str) -> set[str]:
    return set(re.findall(r"\b[A-Z][a-z]{2,}\b", text))


def neighbours(library: Library, count: int = 5) -> dict[str, set[str]]:
    """Each article's nearest articles by shared capitalised words (the benchmark's own
    measure of "the same subject", not the engine's)."""
    words = {aid: _caps(article.text) for aid, article in library.articles.items()}
    df = Counter(w for ws in words.values() for w in ws)
    rare = {aid: {w for w in ws if df[w] <= max(3, len(words) // 20)} for aid, ws in words.items()}
    near: dict[str, set[str]] = {}
    for aid, mine in rare.items():
        scored = sorted(
            ((len(mine & theirs) / (len(mine | theirs) or 1), other)
             for other, theirs in rare.items() if other != aid),
            reverse=True,
        )  # fmt: skip
        near[aid] = {other for score, other in scored[:count] if score > 0}
    return near


def _has(text: str, option: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(option)}(?!\w)", text) is not None


def origin(
    question: Question, option: str, kind: str, library: Library, near: dict[str, set[str]],
    data_text: str,
) -> str:  # fmt: skip
    if kind in NUMERIC:
        return "ladder"
    own = question.source.article
    article = library.get(own)
    if article is not None and _has(article.text, option):
        return "same article"
    if any(_has(library.articles[a].text, option) for a in near.get(own, ())):
        return "same-subject article"
    if _has(data_text, option):
        return "data"
    if any(_has(a.text, option) for a in library.articles.values()):
        return "unrelated article"
    return "invented (Faker or built)"


def _data_text() -> str:
    parts = []
    for path in [*sorted(DATA.glob("*")), *sorted((ROOT / "seeds").glob("*.yaml"))]:
        if path.is_file():
            parts.append(path.read_text(encoding="utf-8"))
    for path in sorted((ROOT / "quiz").rglob("distractors.py")):
        parts.append(path.read_text(encoding="utf-8"))  # the curated lists, when in code
    return "\n".join(parts)


DATA_TEXT = _data_text()


# --- the run ------------------------------------------------------------------------------------


def options_for(questions: list[Question], library: Library, seed: int) -> dict[str, list[str]]:
    out = {}
    for question in questions:
        try:
            out[question.id] = distractors.generate(question, library, seed)
        except Exception as error:  # a crash is a figure too
            out[question.id] = [f"<error {type(error).__name__}>"]
    return out


def _value(text: str, kind: str) -> Fraction | int | None:
    if kind == "date":
        form = parse_date(text)
        if form is None or form.day is None:
            return None
        return (form.year or 2000) * 372 + form.month * 31 + form.day
    amount = parse_amount(text)
    return amount.value if amount is not None else None


def measure(
    name: str, questions: list[Question], library: Library, opts: dict[str, list[str]],
    near: dict[str, set[str]], data_text: str,
) -> dict[str, object]:  # fmt: skip
    sources: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    equal = in_sentence = linted = short = total = 0
    tight = numeric = extreme = 0
    texts = [a.text for a in library.articles.values()]
    for question in questions:
        kind = distractors.kind_of(question)
        mine = opts[question.id]
        if len(mine) < 3:
            short += 1
        written = dataclasses.replace(question, distractors=tuple(mine))
        linted += len(distractors.lint(written, library))
        for option in mine:
            total += 1
            sources[origin(question, option, kind, library, near, data_text)] += 1
            why = wrong_type(question, option, kind, texts)
            if why:
                wrong[why] += 1
            if canonical(option) == canonical(question.answer):
                equal += 1
            elif _has(question.source.quote, option):
                in_sentence += 1
        if kind in NUMERIC and kind != "year" and len(mine) == 3:
            values = [_value(t, kind) for t in [question.answer, *mine]]
            if all(v is not None for v in values):
                numeric += 1
                answer = values[0]
                assert answer is not None
                gaps = [abs(v - answer) for v in values[1:] if v is not None]
                # "about 20" against 21 (5%), "October 15" against 16 or 17 (under 3 days)
                close = min(gaps) <= abs(answer) * 0.05 if kind != "date" else min(gaps) < 3
                if close and (kind == "date" or abs(answer) >= 10):
                    tight += 1
                ordered = sorted(v for v in values if v is not None)
                if answer in (ordered[0], ordered[-1]):
                    extreme += 1
    return {
        "set": name,
        "questions": len(questions),
        "options": total,
        "short (fewer than 3)": short,
        "sources": dict(sources.most_common()),
        "wrong type": sum(wrong.values()),
        "wrong type why": dict(wrong.most_common()),
        "equal to answer": equal,
        "named in cited sentence": in_sentence,
        "lint flags": linted,
        "numeric questions": numeric,
        "numeric too tight (a gap <= 5% of a value >= 10, < 3 days)": tight,
        "answer at an extreme": extreme,
    }


def headline(figures: dict[str, object], same: bool) -> dict[str, float]:
    """The few figures ``python -m benchmarks --only distractors`` tabulates."""
    options = max(1, int(str(figures["options"])))
    sources = figures["sources"]
    wrong = int(str(figures["wrong type"]))
    assert isinstance(sources, dict)
    near = sum(sources.get(k, 0) for k in ("same article", "same-subject article"))
    names = options - sources.get("ladder", 0)
    def count(name: str) -> int:
        return int(str(figures[name]))

    return {
        "wrong_type": wrong / options,
        "near": near / max(1, names),
        "short": count("short (fewer than 3)") / max(1, count("questions")),
        "true": (count("equal to answer") + count("named in cited sentence")) / options,
        "deterministic": 1.0 if same else 0.0,
    }


def digest(opts: dict[str, list[str]]) -> str:
    return hashlib.sha256(json.dumps(opts, sort_keys=True).encode()).hexdigest()[:16]


def sample(
    drafts: list[Question],
    hand: list[Question],
    opts: dict[str, list[str]],
    size: int,
    seed: int = SAMPLE_SEED,
) -> str:
    """A markdown table of ``size`` questions chosen by a fixed seed before anyone reads them:
    two thirds from the drafts, a third from the hand-written questions."""
    rng = random.Random(seed)
    from_hand = min(len(hand), size // 3)
    chosen = rng.sample(sorted(drafts, key=lambda q: q.id), min(len(drafts), size - from_hand))
    chosen += rng.sample(sorted(hand, key=lambda q: q.id), from_hand)
    lines = ["| # | question | answer | wrong answers | grade |", "| --- | --- | --- | --- | --- |"]
    for number, question in enumerate(chosen, 1):
        asked = question.question.replace("|", "\\|")
        wrong = "; ".join(opts[question.id]).replace("|", "\\|")
        kind = distractors.kind_of(question)
        lines.append(
            f"| {number} | `{question.id}` ({kind}): {asked} | {question.answer} | {wrong} | |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.distractor_quality")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--smoke", action="store_true", help="the shipped seeds, no corpus")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--sample-file", type=Path)
    parser.add_argument("--sample-seed", type=int, default=SAMPLE_SEED)
    parser.add_argument("--digest-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="one line of headline figures")
    args = parser.parse_args(argv)
    corpus = ROOT / "seeds" if args.smoke else args.corpus
    if not corpus.is_dir():
        print(f"no corpus at {corpus}: nothing measured")
        return 0
    library = read_library(corpus)
    with tempfile.TemporaryDirectory(prefix="quiz-distractors-") as tmp:
        drafts = drafted(corpus, Path(tmp))
    hand = [] if args.smoke else hand_written(library)
    everything = drafts + hand
    opts = options_for(everything, library, SEED)
    if args.digest_only:
        print(digest(opts))
        return 0
    again = subprocess.run(
        [sys.executable, "-m", "benchmarks.distractor_quality", "--digest-only",
         *(["--smoke"] if args.smoke else ["--corpus", str(corpus)])],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()[-1]  # fmt: skip
    near = neighbours(library)
    data_text = DATA_TEXT
    same = digest(opts) == again
    if args.json:
        figures = measure("all", everything, library, opts, near, data_text)
        print(json.dumps(headline(figures, same)))
        return 0
    print(f"corpus {corpus} ({len(library.articles)} articles), seed {SEED}")
    for name, questions in (("generated drafts", drafts), ("hand-written", hand)):
        if not questions:
            continue
        figures = measure(name, questions, library, opts, near, data_text)
        print(json.dumps(figures, indent=1))
    print(f"determinism: two runs in fresh interpreters {'identical' if same else 'DIFFER'}")
    kinds = Counter(distractors.kind_of(q) for q in everything)
    print("kinds:", dict(kinds.most_common()))
    if args.sample:
        text = sample(drafts, hand, opts, args.sample, args.sample_seed)
        if args.sample_file:
            args.sample_file.write_text(text, encoding="utf-8")
        else:
            print(text)
    medians = [len(v) for v in opts.values()]
    print(f"options per question: median {statistics.median(medians) if medians else 0}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
