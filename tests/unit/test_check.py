"""`quiz check` as an author meets it: suggestions for a misquote, every problem at once,
severities, and read-only commands that create nothing."""

from __future__ import annotations

from pathlib import Path

from quiz.bank.citations import closest_passage
from quiz.corpus.articles import Library, read_library

NZ = "001_aec933e9345f55ff"


def test_a_misquote_is_matched_by_its_rare_words_and_numbers(library: Library) -> None:
    passage, shared = closest_passage(
        library.articles[NZ], "The New Defender has a maximum wading depth of 900mm."
    )
    assert "maximum wading depth of 900mm" in passage
    assert shared[:4] == ["900", "maximum", "wading", "depth"]


def test_a_short_common_line_is_not_suggested_over_the_sentence_with_the_facts(
    tmp_path: Path,
) -> None:
    (tmp_path / "ferry.txt").write_text(
        "The new ferry is here.\n\n"
        "* The new ferry is here and it is new.\n\n"
        "The harbour board said the ferry carries 412 passengers at a top speed of 31 knots.\n\n"
        "It replaces a ferry that was built in 1979.\n",
        encoding="utf-8",
    )
    article = read_library(tmp_path).articles["ferry"]
    passage, shared = closest_passage(article, "The new ferry can carry 412 passengers.")
    assert passage.startswith("The harbour board said")
    assert shared[0] == "412"
    # Nothing in common worth naming: no suggestion at all.
    assert closest_passage(article, "Completely unrelated words entirely.") == ("", [])
