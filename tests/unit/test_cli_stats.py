"""`quiz stats`: progress from games really played and saved, as a table and as JSON."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from quiz.cli import main
from quiz.corpus.articles import Library
from quiz.game.scores import ScoreStore
from quiz.game.session import Mode, Session, Settings, Summary, question_set_key
from quiz.model import Question
from tests.conftest import FakeClock

ROOT = Path(__file__).resolve().parents[2]
BANK = ROOT / "tests" / "ui" / "fixtures" / "bank"
SEEDS = ROOT / "seeds"
WHEN = dt.datetime(2026, 11, 20, 18, 0, tzinfo=dt.UTC)


def play(questions: list[Question], library: Library, seed: int, wrong: set[int]) -> Summary:
    settings = Settings(mode=Mode.PRACTICE, count=4, seed=seed)
    session = Session(questions, settings, clock=FakeClock(), library=library)
    for n in range(session.total):
        assert session.current is not None
        right = session.options().index(session.current.answer)
        session.answer((right + 1) % len(session.options()) if n in wrong else right)
        session.next()
    return session.summary()


@pytest.fixture
def history(tmp_path: Path, library: Library) -> tuple[Path, list[Summary]]:
    from quiz.bank.loader import load_bank

    questions = load_bank([BANK], library).questions
    store = ScoreStore.open(tmp_path)
    summaries = [play(questions, library, seed, wrong) for seed, wrong in ((1, {0, 1}), (2, {3}))]
    for day, summary in enumerate(summaries):
        settings = Settings(count=4, seed=day + 1)
        store.save_game(summary, "Ada", question_set_key(settings), day, WHEN + dt.timedelta(day))
    return tmp_path, summaries


def stats(data: Path, *extra: str) -> list[str]:
    return ["stats", "--data-dir", str(data), "--articles", str(SEEDS), str(BANK), *extra]


def test_json_has_totals_games_articles_tags_and_the_most_missed(
    history: tuple[Path, list[Summary]], capsys: pytest.CaptureFixture[str]
) -> None:
    data, summaries = history
    assert main(stats(data, "--format", "json")) == 0
    report = json.loads(capsys.readouterr().out)
    results = [r for s in summaries for r in s.results]
    assert report["totals"] == {
        "games": 2,
        "answered": len(results),
        "correct": sum(r.correct for r in results),
        "accuracy": sum(r.correct for r in results) / len(results),
        "points": sum(s.score for s in summaries),
    }
    assert [g["score"] for g in report["games"]] == [s.score for s in summaries]
    assert [g["accuracy"] for g in report["games"]] == [0.5, 0.75]
    articles = {a["key"]: a for a in report["articles"]}
    for article_id in {r.citation.article_id for r in results}:
        mine = [r for r in results if r.citation.article_id == article_id]
        assert articles[article_id]["answered"] == len(mine)
        assert articles[article_id]["correct"] == sum(r.correct for r in mine)
        assert articles[article_id]["title"]  # the catalogue's title
    tags = {t["key"]: t["answered"] for t in report["tags"]}
    for tag in {t for r in results for t in r.question.tags}:
        assert tags[tag] == sum(tag in r.question.tags for r in results)
    missed = {r.question.id: r.question.question for r in results if not r.correct}
    assert {m["key"]: m["question"] for m in report["most_missed"]} == missed


def test_the_text_report_draws_bars_and_lists_the_missed(
    history: tuple[Path, list[Summary]], capsys: pytest.CaptureFixture[str]
) -> None:
    data, summaries = history
    assert main(stats(data)) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 games, 8 answers, 5 right (62%)")
    assert "points per game" in out and "By article" in out and "By tag" in out
    assert "█" in out
    for summary in summaries:
        for result in summary.results:
            if not result.correct:
                assert result.question.question in out


def test_no_games_yet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(stats(tmp_path)) == 0
    assert "No games played yet" in capsys.readouterr().out
    assert main(stats(tmp_path, "--format", "json")) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["games"] == 0
