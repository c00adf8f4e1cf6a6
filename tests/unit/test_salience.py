"""Centrality of a draft's fact to its story (quiz.authoring.salience) and its use in ranking:
the news beats a side detail, a main actor's quote beats a passer-by's, on invented articles."""

from __future__ import annotations

from typing import Any

from quiz.authoring.generate import best_drafts
from quiz.authoring.salience import salience, terms
from quiz.corpus.articles import parse_article
from quiz.model import Article

FLOOD = parse_article(
    "flood",
    "Flood water forced 300 families from their homes in Marlow on Sunday, the council said.\n\n"
    "The river Tame burst its banks in Marlow after three days of rain, and the council opened "
    "two shelters for the families.\n\n"
    "A bronze statue of a swan, about six feet tall, stands by the old bridge.\n\n"
    '"I have never seen anything like it," said Bob Hart, who walks his dog by the bridge.\n\n'
    "Council leader Ann Lowe said the flood was the worst in Marlow for fifty years.\n\n"
    "Lowe said the families would stay in the council's shelters until the river falls.\n\n"
    "The council said 120 homes in Marlow were flooded and the river Tame is still rising.\n\n"
    '"We will help every family in Marlow to go home," said Lowe.\n\n'
    "More rain is expected, and the council warned families near the river to be ready.\n",
)


HOMES_GAP = (
    "What figure fills the gap? \u201cThe council said _____ homes in Marlow were flooded and the "
    "river Tame is still rising.\u201d"
)


def _index(article: Article, words: str) -> int:
    return next(i for i, s in enumerate(article.sentences) if words in s.text)


def _entry(article: Article, key: str, question: str, answer: str, kind: str) -> dict[str, Any]:
    quote = article.sentences[_index(article, answer.split()[-1])].text
    return {
        "id": key,
        "question": question,
        "answer": answer,
        "kind": kind,
        "source": {"article": article.id, "quote": quote},
    }


def _sentences(article: Article, entries: list[dict[str, Any]]) -> dict[str, int]:
    return {str(e["id"]): _index(article, str(e["source"]["quote"])) for e in entries}


def test_the_flooded_homes_rank_above_the_statues_height() -> None:
    statue = _entry(FLOOD, "statue", "How tall is the bronze statue of a swan by the old bridge?",
                    "about six feet", "number")  # fmt: skip
    homes = _entry(FLOOD, "homes", HOMES_GAP, "120", "count")
    entries = [statue, homes]
    sentence_of = _sentences(FLOOD, entries)
    assert sentence_of["statue"] < sentence_of["homes"]  # the detail comes first, in the lead
    kept, ranked_out, side = best_drafts(entries, sentence_of, (1, 1), FLOOD)
    assert [e["id"] for e in kept] == ["homes"]
    # With room for both, the statue's height is still left out: a side detail, not ranked out.
    kept, ranked_out, side = best_drafts(entries, sentence_of, (5, 1), FLOOD)
    assert [e["id"] for e in kept] == ["homes"] and (ranked_out, side) == (0, 1)


def test_the_council_leaders_quote_ranks_above_a_passer_bys() -> None:
    hart = _entry(FLOOD, "hart", "Who said “I have never seen anything like it”?", "Bob Hart",
                  "person")  # fmt: skip
    lowe = _entry(FLOOD, "lowe", "Who said “We will help every family in Marlow to go home”?",
                  "Lowe", "person")  # fmt: skip
    lowe["source"]["quote"] = FLOOD.sentences[_index(FLOOD, "We will help")].text
    entries = [hart, lowe]
    sentence_of = _sentences(FLOOD, entries)
    assert sentence_of["hart"] < sentence_of["lowe"]
    kept, _, _ = best_drafts(entries, sentence_of, (5, 1), FLOOD)
    assert "hart" not in [e["id"] for e in kept]  # (and Lowe's words are past the lead)
    weigh = salience(FLOOD)
    passer_by = weigh.of_draft(sentence_of["hart"], "person", "Bob Hart", str(hart["question"]))
    actor = weigh.of_draft(sentence_of["lowe"], "person", "Lowe", str(lowe["question"]))
    assert actor.score > passer_by.score
    assert passer_by.mark == "a speaker named once: a passer-by"


def test_a_measure_that_is_the_news_is_kept() -> None:
    """The bar is the article's own: a size in the lead of a story about it is its news."""
    article = parse_article(
        "sinkhole",
        "A sinkhole about 40 feet wide opened in the high street of Marlow on Monday.\n\n"
        "The sinkhole swallowed two parked cars, and the street was closed.\n\n"
        "Engineers said the sinkhole in Marlow was caused by a burst water main.\n\n"
        "The council said the street would stay closed for a week.\n\n"
        "Shops in the high street stayed open.\n",
    )
    entry = _entry(article, "wide", "How wide is the sinkhole that opened in Marlow?",
                   "about 40 feet", "number")  # fmt: skip
    weigh = salience(article)
    weight = weigh.of_draft(0, "number", "about 40 feet", str(entry["question"]))
    assert weight.mark is not None  # a measure ...
    assert weigh.side_detail(weight) is None  # ... but the lead's, and the story's
    kept, _, side = best_drafts([entry], {"wide": 0}, (5, 1), article)
    assert kept == [entry] and side == 0


def test_the_lead_and_the_storys_words_make_a_sentence_central() -> None:
    weigh = salience(FLOOD)
    lead = weigh.sentences[0]
    statue = weigh.sentences[_index(FLOOD, "statue")]
    homes = weigh.sentences[_index(FLOOD, "120 homes")]
    assert lead > statue and homes > statue
    assert statue < weigh.median


def test_a_name_of_several_words_is_one_term() -> None:
    found = terms("The New Defender is in No Time to Die, said the Bank of England.")
    assert {"new defender", "no time to die", "bank of england", "defender"} <= found
    assert "the" not in found and "said" not in found


def test_a_figure_asked_by_a_question_past_the_lead_is_left_out_unless_of_the_storys_work() -> None:
    """Past the lead, a question rewritten round a figure loses what it counts ("How much did
    Frank Garcia end up losing?"); as its own sentence with a gap, or in the lead, it stays."""
    asked = _entry(FLOOD, "asked", "How many homes in Marlow were flooded?", "120", "count")
    gapped = _entry(FLOOD, "gapped", HOMES_GAP, "120", "count")
    lead = _entry(FLOOD, "lead", "How many families did flood water force from their homes?",
                  "300", "count")  # fmt: skip
    entries = [asked, gapped, lead]
    sentence_of = _sentences(FLOOD, entries)
    assert sentence_of["asked"] >= salience(FLOOD).lead > sentence_of["lead"]
    kept, _, side = best_drafts(entries, sentence_of, (5, 1), FLOOD)
    assert [e["id"] for e in kept] == ["gapped", "lead"] and side == 1
    # the same question of the film the story is about is its news
    kept, _, side = best_drafts([asked], sentence_of, (5, 1), FLOOD, work="Marlow")
    assert [e["id"] for e in kept] == ["asked"] and side == 0


def test_a_place_or_a_quote_past_the_lead_is_left_out_unless_of_the_storys_work() -> None:
    """Past the lead a place question loses its story as a figure's does, and a quote is a
    minor speaker's or a generic one; of the story's work, either is its news."""
    where = _entry(FLOOD, "where", "In which town are the council's shelters?", "Marlow", "place")
    where["source"]["quote"] = FLOOD.sentences[_index(FLOOD, "shelters until")].text
    quote = "Who said \u201cWe will help every family in Marlow to go home\u201d?"
    said = _entry(FLOOD, "said", quote, "Lowe", "person")
    said["source"]["quote"] = FLOOD.sentences[_index(FLOOD, "We will help")].text
    entries = [where, said]
    sentence_of = _sentences(FLOOD, entries)
    assert min(sentence_of.values()) >= salience(FLOOD).lead
    kept, _, side = best_drafts(entries, sentence_of, (5, 1), FLOOD)
    assert kept == [] and side == 2
    kept, _, side = best_drafts([said], sentence_of, (5, 1), FLOOD, work="Marlow")
    assert [e["id"] for e in kept] == ["said"] and side == 0
