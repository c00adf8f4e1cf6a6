"""Reading articles: ids, date lines, sentences with offsets, normalised matching."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.corpus.articles import Library, read_library
from quiz.corpus.sentences import split_sentences
from quiz.text import normalise, normalise_with_map
from tests.conftest import FIXTURES, SEEDS


def test_the_seed_articles_match_the_originals_byte_for_byte() -> None:
    """The originals' SHA-256 sums are committed beside the tests: nothing outside the repository
    is needed to tell that a seed article was edited."""
    sums = (FIXTURES / "seeds.sha256").read_text(encoding="utf-8").splitlines()
    expected = dict(reversed(line.split("  ", 1)) for line in sums if line.strip())
    assert sorted(expected) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for name, digest in expected.items():
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest, name


def test_ids_titles_and_dates(library: Library) -> None:
    assert sorted(library.articles) == [
        "000_dddf75139d7994c9",
        "001_aec933e9345f55ff",
        "002_bfeeb16b50e5a49f",
    ]
    assert library.articles["000_dddf75139d7994c9"].date == dt.date(2019, 11, 13)
    assert library.articles["001_aec933e9345f55ff"].date is None
    assert library.articles["002_bfeeb16b50e5a49f"].date == dt.date(2021, 9, 16)
    assert library.articles["001_aec933e9345f55ff"].title.startswith("007 puts")
    assert library.problems == []


def test_the_date_line_is_not_part_of_the_text(library: Library) -> None:
    text = library.articles["000_dddf75139d7994c9"].text
    assert text.startswith("When Land Rover revealed")
    assert "date 2019" not in text


def test_sentences_carry_offsets_into_the_text(library: Library) -> None:
    for article in library.articles.values():
        for sentence in article.sentences:
            assert article.text[sentence.start : sentence.end] == sentence.text


def test_sentence_splitting_keeps_initials_and_quotes_together() -> None:
    text = (
        'Producer Michael G. Wilson was there. She exclaims "I\'d do this every day if I could!" '
        "as she drives.\nA headline\nIt ends."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Producer Michael G. Wilson was there.",
        'She exclaims "I\'d do this every day if I could!" as she drives.',
        "A headline",
        "It ends.",
    ]


def test_a_title_written_short_before_a_name_ends_no_sentence() -> None:
    """ "Gov. Mary Fallin toured ...": the point ends the title; so for a senator, a colonel."""
    text = (
        "Storms hit the town. Gov. Mary Fallin toured the damage. Sen. Tom Cole and Lt. Col. "
        "Ann Lee met her. It rained."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Storms hit the town.",
        "Gov. Mary Fallin toured the damage.",
        "Sen. Tom Cole and Lt. Col. Ann Lee met her.",
        "It rained.",
    ]


def test_a_wire_dateline_is_left_out_of_the_first_sentence() -> None:
    """The place and outlet a wire story opens with are layout: its first sentence starts
    after them (offsets still into the text), while a bracketed acronym of prose stays."""
    text = (
        "Harbourton, Eastland (WNS)Twelve ferry workers walked out on Monday. They returned.\n"
        "GREYPORT (Wire) -- The council voted 7-2.\n"
        "NORTHBY -- Tolls rose by 5%.\n"
        "The Ferry Workers Union (FWU) said it would appeal.\n"
        "The Ferry Workers Union (FWU) Secretary spoke."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Twelve ferry workers walked out on Monday.",
        "They returned.",
        "The council voted 7-2.",
        "Tolls rose by 5%.",
        "The Ferry Workers Union (FWU) said it would appeal.",
        "The Ferry Workers Union (FWU) Secretary spoke.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_normalising_folds_quotes_dashes_spaces_and_case_only_for_matching() -> None:
    assert normalise("007’s  “Record”\u00a0– now") == '007\'s "record"-now'
    assert normalise("a - b") == normalise("a—b") == "a-b"
    norm, origin = normalise_with_map("Ab\u00a0\u00a0C")
    assert norm == "ab c" and origin == [0, 1, 2, 4]


def test_empty_binary_and_non_utf8_articles_are_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "articles.yaml").write_text("articles: {}\n")
    (tmp_path / "good.txt").write_text("A fine article.")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "latin.txt").write_bytes(b"Caf\xe9 society.")
    library = read_library(tmp_path)
    assert list(library.articles) == ["good"]
    messages = sorted(p.message for p in library.problems)
    assert messages == [
        "article is binary, not text",
        "article is empty",
        "file is not UTF-8 text (byte 0xe9 cannot be decoded)",
    ]


def test_article_ids_never_reach_outside_the_folder(library: Library) -> None:
    """Each guard says why: a path is not an id, whatever the folder happens to hold."""
    reasons = {
        "../seeds/000_dddf75139d7994c9": "must be a file name",
        "/etc/passwd": "must be a file name",
        ".hidden": "must be a file name",
        "a\\b": "must be a file name",
        "": "is empty",
        "caf\u00e9 article": "has characters an article file name cannot",
    }
    for bad, reason in reasons.items():
        article, why = library.resolve(bad)
        assert article is None and why is not None and reason in why, (bad, why)
    # Even an id that is in the folder's table is refused when it is shaped like a path.
    sneaky = Library(root=library.root, articles={"../x": next(iter(library.articles.values()))})
    article, why = sneaky.resolve("../x")
    assert article is None and why is not None and "must be a file name" in why


def test_catalogue_records_conflicts_and_unreliable_passages(library: Library) -> None:
    facts = {conflict.fact for conflict in library.conflicts}
    assert "release date of No Time To Die" in facts
    assert "name of the director of No Time To Die" in facts
    assert any("Seydoux" in entry.quote for entry in library.unreliable)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB1 -.\u00a0\u2009\u2013\u2014\u2019\u201cİΣ…\n\t"))))
def test_the_fast_normaliser_and_the_mapped_one_agree(text: str) -> None:
    norm, origin = normalise_with_map(text)
    assert norm == normalise(text)
    assert len(origin) == len(norm)
    assert origin == sorted(origin) and all(0 <= i < len(text) for i in origin)


def _catalogue_view(library: Library) -> tuple[object, ...]:
    return (
        {k: (a.title, a.date) for k, a in library.articles.items()},
        library.conflicts,
        library.unreliable,
        [str(p) for p in library.problems],
        library.signature,
    )


def test_the_cached_catalogue_reads_the_same_library(tmp_path: Path, library: Library) -> None:
    cache = tmp_path / "cache"
    first = read_library(SEEDS, cache)
    assert len(list(cache.glob("catalogue-*.json"))) == 1
    second = read_library(SEEDS, cache)  # from the cache this time
    assert _catalogue_view(first) == _catalogue_view(second) == _catalogue_view(library)
    assert second.conflicts and second.unreliable


def test_a_cached_catalogue_is_read_without_the_yaml_parser(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom pathlib import Path\nfrom quiz.corpus.articles import read_library\n"
        f"lib = read_library(Path({str(SEEDS)!r}), Path(sys.argv[1]))\n"
        "print(len(lib.conflicts), 'yaml' in sys.modules)\n"
    )
    run = [sys.executable, "-c", code, str(tmp_path)]
    cold = subprocess.run(run, capture_output=True, text=True, check=True).stdout.split()
    warm = subprocess.run(run, capture_output=True, text=True, check=True).stdout.split()
    assert cold[1] == "True" and warm == [cold[0], "False"]


def test_a_changed_or_corrupt_catalogue_cache_is_never_believed(tmp_path: Path) -> None:
    articles, cache = tmp_path / "articles", tmp_path / "cache"
    articles.mkdir()
    (articles / "a.txt").write_text("One sentence here.")
    catalogue = articles / "articles.yaml"
    catalogue.write_text("articles:\n  a: {title: First title}\n")
    assert read_library(articles, cache).articles["a"].title == "First title"
    catalogue.write_text("articles:\n  a: {title: Second title}\n")
    assert read_library(articles, cache).articles["a"].title == "Second title"
    for written in cache.glob("catalogue-*.json"):
        written.write_text('{"titles": 3}')
    assert read_library(articles, cache).articles["a"].title == "Second title"
    catalogue.write_text("articles:\n  a: {title: [unclosed\n")  # a problem is cached too
    problems = [str(p) for p in read_library(articles, cache).problems]
    assert problems and problems == [str(p) for p in read_library(articles, cache).problems]


def test_two_folders_with_one_broken_catalogue_each_name_their_own(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "x.txt").write_text("One sentence here.")
        (folder / "articles.yaml").write_text("articles:\n  x: {title: [unclosed\n")
    for name in ("a", "b", "a", "b"):  # the second round from the cache
        problems = read_library(tmp_path / name, cache).problems
        assert problems and {p.path for p in problems} == {str(tmp_path / name / "articles.yaml")}


def test_a_half_readable_catalogue_cache_adds_nothing_twice(tmp_path: Path) -> None:
    folder, cache = tmp_path / "articles", tmp_path / "cache"
    folder.mkdir()
    (folder / "x.txt").write_text("One sentence here.")
    (folder / "articles.yaml").write_text("articles:\n  x: {title: [unclosed\n")
    expected = [str(p) for p in read_library(folder, cache).problems]
    (written,) = cache.glob("catalogue-*.json")
    record = json.loads(written.read_text())
    record["problems"].append(["only", "three", "fields"])  # fails halfway through
    written.write_text(json.dumps(record))
    assert [str(p) for p in read_library(folder, cache).problems] == expected


def test_a_time_of_day_does_not_end_its_sentence_before_the_day_or_zone_it_goes_with() -> None:
    text = (
        "The ferry left just after 10 a.m. Tuesday from Lanark with 144 passengers. "
        "It docked at 4 p.m. ET in Ardle. It sailed at 9 a.m. The crew then rested."
    )
    assert [s.text for s in split_sentences(text)] == [
        "The ferry left just after 10 a.m. Tuesday from Lanark with 144 passengers.",
        "It docked at 4 p.m. ET in Ardle.",
        "It sailed at 9 a.m.",
        "The crew then rested.",
    ]
