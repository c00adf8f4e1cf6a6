"""The warm-start cache: the same bank as a cold load, invalidated by any change, never trusted
when corrupt, and plain JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from quiz.bank.cache import FORMAT, load_bank_cached
from quiz.bank.loader import load_bank
from quiz.corpus.articles import read_library
from tests.conftest import ROOT, SEEDS


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A copy of the shipped bank and articles, free to change, and an empty cache folder."""
    bank, articles = tmp_path / "questions", tmp_path / "seeds"
    shutil.copytree(ROOT / "questions", bank)
    shutil.copytree(SEEDS, articles)
    return bank, articles, tmp_path / "cache"


def _load(bank: Path, articles: Path, cache: Path):
    return load_bank_cached([bank], read_library(articles), cache)


def test_a_warm_load_gives_exactly_the_cold_bank(world) -> None:
    bank, articles, cache = world
    cold = load_bank([bank], read_library(articles))
    first = _load(bank, articles, cache)  # a miss: loads and writes the cache
    (written,) = cache.glob("*.json")
    warm = _load(bank, articles, cache)
    assert first.questions == cold.questions
    assert warm.questions == cold.questions  # every field, in order
    assert warm.problems == cold.problems and warm.files == cold.files
    assert json.loads(written.read_text())["format"] == FORMAT


def test_problems_are_cached_too(world) -> None:
    bank, articles, cache = world
    shutil.copy(ROOT / "tests/fixtures/broken/wrong_types.yaml", bank / "broken.yaml")
    cold = _load(bank, articles, cache)
    warm = _load(bank, articles, cache)
    assert len(warm.problems) == 5 and warm.problems == cold.problems


def test_editing_a_question_file_is_a_miss(world) -> None:
    bank, articles, cache = world
    _load(bank, articles, cache)
    target = bank / "defender.yaml"
    target.write_text(target.read_text().replace('answer: "Rami Malek"', 'answer: "Riz Ahmed"'))
    reloaded = _load(bank, articles, cache)
    assert any("answer 'Riz Ahmed' is not supported" in p.message for p in reloaded.problems)


def test_editing_an_article_is_a_miss(world) -> None:
    bank, articles, cache = world
    assert _load(bank, articles, cache).problems == []
    article = articles / "001_aec933e9345f55ff.txt"
    article.write_text(article.read_text().replace("291mm", "290mm"))
    problems = _load(bank, articles, cache).problems
    # every question citing the edited sentence (hand-written and generated alike) now fails
    assert problems
    assert {p.message.split(";")[0] for p in problems} == {
        "quote not found in article '001_aec933e9345f55ff'"
    }


@pytest.mark.parametrize(
    "garbage",
    [b"", b"{not json", b'{"format": 1, "key": "x"}', b"[1, 2, 3]", b"\x80\x04\x95 pickle"],
)
def test_a_corrupt_or_stale_cache_is_ignored_and_rebuilt(world, garbage: bytes) -> None:
    bank, articles, cache = world
    expected = _load(bank, articles, cache).questions
    (written,) = cache.glob("*.json")
    written.write_bytes(garbage)
    assert _load(bank, articles, cache).questions == expected
    assert json.loads(written.read_text())["format"] == FORMAT  # rebuilt


def test_a_cache_whose_key_matches_but_whose_rows_are_wrong_is_ignored(world) -> None:
    bank, articles, cache = world
    expected = _load(bank, articles, cache).questions
    (written,) = cache.glob("*.json")
    data = json.loads(written.read_text())
    data["questions"][0] = ["too", "short"]
    written.write_text(json.dumps(data))
    assert _load(bank, articles, cache).questions == expected


def test_an_unwritable_cache_folder_still_loads(world, tmp_path: Path) -> None:
    bank, articles, _ = world
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder's parent should be")
    loaded = _load(bank, articles, blocker / "cache")
    assert len(loaded.questions) == len(load_bank([bank], read_library(articles)).questions)


def test_a_cache_row_pointing_past_its_tables_is_ignored(world) -> None:
    bank, articles, cache = world
    expected = _load(bank, articles, cache).questions
    (written,) = cache.glob("*.json")
    data = json.loads(written.read_text())
    data["questions"][0][4] = len(data["articles"]) + 5  # an article index with no article
    written.write_text(json.dumps(data))
    assert _load(bank, articles, cache).questions == expected


def test_repeated_values_are_stored_once_and_shared_when_read(world) -> None:
    bank, articles, cache = world
    _load(bank, articles, cache)
    (written,) = cache.glob("*.json")
    data = json.loads(written.read_text())
    assert len(data["articles"]) == len(set(data["articles"])) <= 3
    warm = _load(bank, articles, cache).questions
    by_article: dict[str, object] = {}
    for question in warm:  # one object per distinct article id, path and tag set
        assert by_article.setdefault(question.source.article, question.source.article) is (
            question.source.article
        )
    assert len({id(q.path) for q in warm}) == len({q.path for q in warm})
