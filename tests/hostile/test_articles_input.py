"""Hostile articles folders: special files, links out of the folder, huge files, control
characters, and a damaged catalogue. None hangs or crashes check or the game; every catalogue
problem is located, so the conflict check can never be turned off silently."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from quiz.corpus.articles import read_library
from quiz.paths import MAX_ARTICLE_BYTES
from quiz.ui.source import load
from tests.hostile.conftest import ONE_SIDED, RAW_CONTROL, World


def test_a_fifo_named_like_an_article_never_hangs_check(world: World) -> None:
    os.mkfifo(world.articles / "x.txt")
    run = world.check_apart()
    assert run.returncode == 1
    assert "arts/x.txt:1:1: article is a FIFO (named pipe), not a regular file; not read" in (
        run.stdout
    )


def test_a_fifo_named_like_an_article_never_hangs_the_game_loading(
    world: World, tmp_path: Path
) -> None:
    os.mkfifo(world.articles / "x.txt")
    os.mkfifo(world.catalogue.with_name("other.txt"))
    result: list[object] = []
    loader = threading.Thread(
        target=lambda: result.append(load([world.bank], world.articles, tmp_path / "cache")),
        daemon=True,
    )
    loader.start()
    loader.join(timeout=20)
    assert not loader.is_alive(), "loading the game hung on a FIFO"
    (loaded,) = result
    assert [q.id for q in loaded.bank.questions] == ["length"]  # type: ignore[attr-defined]
    assert len(loaded.problems) == 2  # type: ignore[attr-defined]


def test_a_symlink_to_a_device_is_not_read(world: World) -> None:
    (world.articles / "zero.txt").symlink_to("/dev/zero")  # once read until memory ran out
    run = world.check_apart()
    assert run.returncode == 1
    assert "arts/zero.txt:1:1: article is a symbolic link to /dev/zero, outside" in run.stdout


def test_a_symlink_out_of_the_folder_is_not_read(world: World, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n")
    (world.articles / "passwd.txt").symlink_to(secret)
    library = read_library(world.articles)
    assert "passwd" not in library.articles
    assert [p.message.split(",")[0] for p in library.problems] == [
        f"article is a symbolic link to {secret}"
    ]


def test_a_symlink_inside_the_folder_is_read(world: World) -> None:
    (world.articles / "bridge-again.txt").symlink_to("bridge.txt")
    library = read_library(world.articles)
    assert library.problems == [] and "bridge-again" in library.articles


def test_an_article_over_the_size_limit_is_not_read(world: World) -> None:
    with (world.articles / "huge.txt").open("wb") as huge:
        huge.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: costs no disk
    library = read_library(world.articles)
    assert "huge" not in library.articles
    assert library.problems[0].message.startswith("article is 8,388,609 bytes, over the limit")


def test_a_folder_named_like_an_article_is_reported(world: World) -> None:
    (world.articles / "folder.txt").mkdir()
    (problem,) = read_library(world.articles).problems
    assert problem.message == "article is a folder, not a regular file; not read"


def test_control_characters_in_an_article_are_located_and_replaced(world: World) -> None:
    (world.articles / "evil.txt").write_text("A calm first line.\nThen \x1b]0;owned\x07 it.\r\n")
    library = read_library(world.articles)
    (problem,) = library.problems
    assert (problem.line, problem.col) == (2, 6)
    assert problem.message == (
        "article holds the control character U+001B (ESC) (2 in all); it is read as U+FFFD"
    )
    text = library.articles["evil"].text
    assert not RAW_CONTROL.search(text.replace("\r\n", "\n"))
    assert "\ufffd]0;owned\ufffd" in text


def test_an_article_file_name_that_cannot_be_an_id_is_reported(world: World) -> None:
    (world.articles / "\x1b[2J.txt").write_text("A story.\n")
    status, out, _ = world.check("--no-cache")
    assert status == 1 and "␛[2J.txt:1:1: file name cannot be an article id" in out
    assert not RAW_CONTROL.search(out)


# --- the catalogue -----------------------------------------------------------------------------

# Each damages the catalogue in one way; with it, the one-sided question passed with exit 0.
DAMAGE = {
    "missing": (None, "1:1: no catalogue in"),
    "empty": ("", "1:1: catalogue is empty"),
    "comments only": ("# nothing here\n", "1:1: catalogue is empty"),
    "a list": ("- bridge\n", "1:1: the catalogue must be a mapping, not a list"),
    "conflicts a mapping": ("conflicts: {a: b}\n", "1:12: 'conflicts' must be a list"),
    "articles a list": ("articles: [1, 2]\n", "1:11: 'articles' must be a mapping, not a list"),
    "misspelt key": (
        "conflict:\n  - fact: x\n",
        "1:1: unknown catalogue key 'conflict' (valid: articles, conflicts, unreliable)",
    ),
    "a claim without a quote": (
        "conflicts:\n  - fact: x\n    claims:\n      - {article: bridge}\n"
        "      - {article: tram, quote: a week late}\n",
        "4:9: a claim is missing 'quote'",
    ),
    "a conflict with one claim": (
        "conflicts:\n  - fact: x\n    claims:\n      - {article: bridge, quote: four years}\n",
        "2:5: a conflict needs 'claims': at least two",
    ),
    "a claim citing a missing article": (
        "conflicts:\n  - fact: x\n    claims:\n      - {article: gone, quote: four years}\n"
        "      - {article: tram, quote: a week late}\n",
        "4:19: names article 'gone', which is not in",
    ),
    "an unreliable passage no longer found": (
        "unreliable:\n  - {article: tram, quote: six weeks late, reason: garbled}\n",
        "2:28: quote no longer matches article 'tram'",
    ),
    "an escape in a title": (
        'articles:\n  bridge: {title: "Bridge\\e]0;owned\\a"}\n',
        "2:19: text holds the control character U+001B (ESC)",
    ),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_catalogue_is_a_located_error(world: World, damage: str) -> None:
    text, expected = DAMAGE[damage]
    if text is None:
        world.catalogue.unlink()
    else:
        world.catalogue.write_text(text, encoding="utf-8")
    world.write_bank(ONE_SIDED, "one.yaml")
    for cached in ("--no-cache", None):  # and the same again, replayed from the caches
        status, out, _ = world.check(*([cached] if cached else []))
        assert status == 1
        assert f"arts/articles.yaml:{expected}" in out
        assert not RAW_CONTROL.search(out)


def test_a_claim_quote_that_no_longer_matches_is_reported(world: World) -> None:
    world.catalogue.write_text(
        world.catalogue.read_text().replace("opened on 3 May 2024", "opened on 3rd May 2024")
    )
    world.write_bank(ONE_SIDED, "one.yaml")
    status, out, _ = world.check("--no-cache")
    assert status == 1
    assert "arts/articles.yaml:8:16: quote no longer matches article 'bridge'" in out


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_catalogue_that_is_not_a_file_is_a_located_error(world: World, kind: str) -> None:
    world.catalogue.unlink()
    if kind == "folder":
        world.catalogue.mkdir()
    else:
        os.mkfifo(world.catalogue)
    status, out, _ = world.check("--no-cache")
    assert status == 1 and "arts/articles.yaml:1:1: catalogue is a" in out


def test_the_intact_catalogue_refuses_the_one_sided_question(world: World) -> None:
    """The attacks above only broke the catalogue: with it whole, the check holds."""
    world.write_bank(ONE_SIDED, "one.yaml")
    status, out, _ = world.check("--no-cache")
    assert status == 1 and "bank/one.yaml:2:13: cites one side of a conflict" in out
    assert "articles.yaml" not in out


def test_one_article_file_is_read_like_a_library_article(tmp_path: Path) -> None:
    """For ``quiz generate``'s articles outside the library: the same guards."""
    from quiz.corpus.articles import read_article_file

    os.mkfifo(tmp_path / "pipe.txt")
    assert read_article_file(tmp_path / "pipe.txt")[1][0].message.startswith("article is a FIFO")
    (tmp_path / "evil.txt").write_text("Calm.\nA \x1b[2J storm.\n")
    article, problems = read_article_file(tmp_path / "evil.txt")
    assert article is not None and "\x1b" not in article.text
    assert [(p.line, p.col) for p in problems] == [(2, 3)]
