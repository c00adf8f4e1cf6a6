"""Synthetic corpora for the benchmarks: articles and banks of any size, deterministic."""

from __future__ import annotations

import random
import re
from pathlib import Path

_SUBJECTS = ["The bridge", "The council", "The new tram", "The museum", "The club", "The ship"]
_VERBS = ["cost", "measured", "carried", "reached", "weighed", "spanned"]
_UNITS = ["metres", "tonnes", "mm", "km", "kg", "passengers"]
_NAMES = ["Alice Moreau", "Tom Baker", "Priya Shah", "Jonas Berg", "Li Wei", "Maria Costa"]
_ROLES = ["engineer", "mayor", "curator", "captain", "architect", "spokesperson"]
_FACT = re.compile(r"\b(cost|measured|carried|reached|weighed|spanned) (\d+) (\w+)")
_PLACES = ["Leeds", "Porto", "Gdansk", "Turin", "Lyon", "Bergen"]


def article_text(index: int) -> str:
    """An article of a dozen sentences, each with a fact a question can cite."""
    rng = random.Random(index)
    lines = [f" date 20{10 + index % 15:02d}-0{1 + index % 9}-1{index % 9}"]
    sentences = []
    for n in range(12):
        subject = rng.choice(_SUBJECTS)
        value = rng.randint(2, 9000)
        sentences.append(
            f"{subject} {rng.choice(_VERBS)} {value} {rng.choice(_UNITS)} in "
            f"{rng.choice(_PLACES)}, said {rng.choice(_ROLES)} {rng.choice(_NAMES)} "
            f"(fact {index}-{n})."
        )
    return lines[0] + " " + " ".join(sentences[:6]) + "\n\n" + " ".join(sentences[6:]) + "\n"


def write_articles(root: Path, count: int) -> list[str]:
    root.mkdir(parents=True, exist_ok=True)
    ids = []
    for index in range(count):
        article_id = f"a{index:05d}"
        (root / f"{article_id}.txt").write_text(article_text(index), encoding="utf-8")
        ids.append(article_id)
    return ids


def write_bank(root: Path, articles: list[str], questions: int, per_file: int = 500) -> int:
    """Write ``questions`` questions citing ``articles``; returns the bytes written."""
    root.mkdir(parents=True, exist_ok=True)
    texts = {}
    written = 0
    for start in range(0, questions, per_file):
        chunk = []
        for number in range(start, min(start + per_file, questions)):
            article_id = articles[number % len(articles)]
            index = int(article_id[1:])
            text = texts.get(article_id) or texts.setdefault(article_id, article_text(index))
            rng = random.Random(number)
            verb, value, unit = rng.choice(_FACT.findall(text))
            quote = f"{verb} {value} {unit}"
            # Wrong answers never a number the article states (quiz check's lint would object).
            stated = {int(n) for n in re.findall(r"\d+", text)}
            wrong = [v for v in range(int(value) + 7, int(value) + 400, 7) if v not in stated][:3]
            # Shaped like the shipped bank's questions (about 480 bytes each in YAML).
            chunk.append(
                f"- id: synthetic-{article_id}-{number:06d}\n"
                f"  question: According to the article, how much did it {verb} in the report "
                f"numbered {number}?\n"
                f'  answer: "{value}"\n'
                f'  distractors: ["{wrong[0]}", "{wrong[1]}", "{wrong[2]}"]\n'
                f"  source:\n"
                f"    article: {article_id}\n"
                f'    quote: "{quote}"\n'
                f"  tags: [synthetic, {unit}]\n"
                f"  difficulty: medium\n"
                f"  kind: number\n"
                f"  explanation: The article gives the figure in its own words; "
                f"this question number {number} checks it.\n"
                f"  reviewed: true\n\n"
            )
        path = root / f"bank{start // per_file:04d}.yaml"
        body = "".join(chunk)
        path.write_text(body, encoding="utf-8")
        written += len(body.encode())
    return written
