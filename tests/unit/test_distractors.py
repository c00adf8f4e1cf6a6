"""Distractors: the same kind, unit and form as the answer, never true, fixed by the seed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.authoring import distractors, wellknown
from quiz.authoring.gazetteer import article_groups, gazetteer
from quiz.authoring.kinds import number_word, ordinal_suffix, parse_amount, parse_date
from quiz.bank.loader import load_bank
from quiz.corpus.articles import Library, parse_article
from quiz.model import Citation, Question
from quiz.text import canonical
from tests.conftest import ROOT

# Modest example counts: the whole file runs in a few seconds.
PROPERTY = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SEEDS = range(12)
DATED = "dated"  # the synthetic article below, dated 1 June 2010


def key(text: str) -> str:
    return "".join(canonical(text).split())


def make(
    answer: str,
    quote: str | None = None,
    *,
    question: str = "Which is it?",
    kind: str | None = None,
    article: str = DATED,
    wrong: Sequence[str] = (),
    qid: str | None = None,
) -> Question:
    return Question(
        id=qid or f"q-{answer}",
        question=question,
        answer=answer,
        distractors=tuple(wrong),
        source=Citation(article, quote if quote is not None else f"It was {answer} in the end."),
        kind=kind,
    )


@pytest.fixture(scope="module")
def dated() -> Library:
    """A one-article library dated 2010, for the rule that no year is after the article."""
    library = Library(root=Path("."))
    library.articles[DATED] = parse_article(DATED, " date 2010-06-01 A short story.")
    return library


@pytest.fixture(scope="module")
def shipped(library: Library) -> dict[str, Question]:
    """The shipped bank's questions, by id, with their hand-written distractors removed."""
    bank = load_bank(sorted((ROOT / "questions").glob("*.yaml")), library)
    return {q.id: dataclasses.replace(q, distractors=()) for q in bank.questions}


def sound(question: Question, library: Library | None, seed: int) -> list[str]:
    """The generated options, after checking what holds for every kind."""
    options = distractors.generate(question, library, seed)
    assert len(options) == 3, options
    keys = [key(option) for option in options]
    assert len(set(keys)) == 3, f"duplicates in {options}"
    assert key(question.answer) not in keys, f"the answer among {options}"
    for option in options:
        assert distractors._CATCH_ALL.fullmatch(option) is None
    assert distractors.generate(question, library, seed) == options, "not deterministic"
    written = dataclasses.replace(question, distractors=tuple(options))
    assert distractors.lint(written, library) == [], "the lint objects to what was generated"
    return options


def same_form(answer: str, option: str) -> None:
    mine, theirs = parse_amount(answer), parse_amount(option)
    assert mine is not None and theirs is not None, option
    if option == mine._one():  # one of a unit is singular: "1 metre" beside "2 metres"
        return
    assert (theirs.prefix, theirs.suffix, theirs.words, theirs.ordinal, theirs.decimals) == (
        mine.prefix,
        mine.suffix,
        mine.words,
        mine.ordinal,
        mine.decimals,
    ), f"{option!r} is not written like {answer!r}"
    assert theirs.value > 0


def varies(make_options, seeds: range = SEEDS) -> None:  # type: ignore[no-untyped-def]
    assert len({tuple(make_options(seed)) for seed in seeds}) > 1, "every seed gives the same"


# --- properties over answers of every kind ------------------------------------------------


@PROPERTY
@given(
    value=st.integers(min_value=1, max_value=20_000),
    unit=st.sampled_from(["mm", " mm", "-inch", " kg", "bhp", " mph", " metres", " degrees", "%"]),
    seed=st.integers(min_value=0, max_value=10**6),
)
def test_a_number_with_a_unit_gets_the_same_unit_and_spacing(
    value: int, unit: str, seed: int
) -> None:
    answer = f"{value}{unit}"
    options = sound(make(answer), None, seed)
    for option in options:
        same_form(answer, option)
        amount = parse_amount(option)
        assert amount is not None
        if unit == "%" and value <= 100:
            assert amount.value <= 100
    ordered = distractors.options(make(answer), None, seed)
    values = [parse_amount(o).value for o in ordered]  # type: ignore[union-attr]
    assert values == sorted(values), "numbers are shown in numeric order"


@PROPERTY
@given(
    value=st.integers(min_value=1, max_value=900),
    form=st.sampled_from(["£{} million", "${}", "€{}bn", "£{},000"]),
    seed=st.integers(min_value=0, max_value=10**6),
)
def test_money_gets_the_same_currency_and_scale(value: int, form: str, seed: int) -> None:
    answer = form.format(value)
    for option in sound(make(answer, kind="money"), None, seed):
        same_form(answer, option)


@PROPERTY
@given(year=st.integers(min_value=1900, max_value=2010), seed=st.integers(0, 10**6))
def test_a_year_is_never_after_the_articles_date(dated: Library, year: int, seed: int) -> None:
    question = make(str(year), f"It began in {year}.")
    assert distractors.kind_of(question) == "year"
    for option in sound(question, dated, seed):
        assert option.isdigit() and len(option) == 4
        assert int(option) <= 2010, f"{option} is after the article's date"


@PROPERTY
@given(
    value=st.integers(min_value=2, max_value=60),
    words=st.booleans(),
    prefix=st.sampled_from(["", "about ", "nearly "]),
    seed=st.integers(0, 10**6),
)
def test_a_count_keeps_words_or_digits_and_its_qualifier(
    value: int, words: bool, prefix: str, seed: int
) -> None:
    number = number_word(value) if words else str(value)
    answer = f"{prefix}{number}"
    question = make(answer, f"There were {answer} cars.", question="How many cars were there?")
    for option in sound(question, None, seed):
        same_form(answer, option)


@PROPERTY
@given(
    whole=st.integers(min_value=5, max_value=60),
    share=st.floats(min_value=0, max_value=1),
    words=st.booleans(),
    seed=st.integers(0, 10**6),
)
def test_a_part_counted_out_of_a_whole_stays_below_the_whole(
    whole: int, share: float, words: bool, seed: int
) -> None:
    part = max(1, min(whole - 1, round(whole * share)))
    say = number_word if words else str
    answer = str(say(part))
    quote = f"The photos show {say(whole)} cars, {answer} of which were built for the film."
    for option in sound(make(answer, quote, question="How many were built?"), None, seed):
        amount = parse_amount(option)
        assert amount is not None and 0 < amount.value < whole, option


@PROPERTY
@given(value=st.integers(min_value=1, max_value=99), seed=st.integers(0, 10**6))
def test_an_ordinal_gets_ordinals(value: int, seed: int) -> None:
    answer = f"{value}{ordinal_suffix(value)}"
    for option in sound(make(answer, f"the {answer} Bond film"), None, seed):
        same_form(answer, option)
        amount = parse_amount(option)
        assert amount is not None
        assert option.endswith(ordinal_suffix(amount.units))


@PROPERTY
@given(
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
    layout=st.sampled_from(["{m} {d}, {y}", "{d} {m}", "{m} {d}", "{m}", "{m} {y}"]),
    seed=st.integers(0, 10**6),
)
def test_a_date_keeps_its_layout_and_never_offers_a_date_in_its_sentence(
    day: dt.date, layout: str, seed: int
) -> None:
    month = day.strftime("%B")
    answer = layout.format(m=month, d=day.day, y=day.year)
    quote = f"It opens on {answer}, a week after the preview on 1 March."
    question = make(answer, quote, question="When does it open?", kind="date")
    form = parse_date(answer)
    assert form is not None
    for option in sound(question, None, seed):
        theirs = parse_date(option)
        assert theirs is not None and theirs.layout == form.layout, option
        assert (theirs.month, theirs.day) != (3, 1), "the preview's date is true of something"
    ordered = distractors.options(question, None, seed)
    assert [parse_date(o).key for o in ordered] == sorted(parse_date(o).key for o in ordered)  # type: ignore[union-attr]


@PROPERTY
@given(angle=st.integers(min_value=1, max_value=89), seed=st.integers(0, 10**6))
def test_an_angle_stays_a_plausible_angle(angle: int, seed: int) -> None:
    answer = f"{angle} degrees"
    quote = f"It has an approach angle of {answer}."
    for option in sound(make(answer, quote, question="What is its approach angle?"), None, seed):
        same_form(answer, option)
        assert 0 < parse_amount(option).value <= 90  # type: ignore[union-attr]


@PROPERTY
@given(
    head=st.sampled_from(["Leica M", "Series ", "Mark ", "DB", "Model "]),
    value=st.integers(min_value=1, max_value=12),
    seed=st.integers(0, 10**6),
)
def test_free_text_varies_only_its_number_and_is_refused_without_one(
    head: str, value: int, seed: int
) -> None:
    answer = f"{head}{value}"
    question = make(answer, f"Bond uses a {answer} camera.", kind="text")
    for option in sound(question, None, seed):
        same_form(answer, option)
    words = make("near-silent shutter", "which had a near-silent shutter", kind="text")
    assert not distractors.can_generate(words, None)
    assert distractors.generate(words, None, seed) == []


# The seed folder's own groups (seeds/distractors.yaml): real names the engine must offer in the
# answer's form, never as a variant of it.
GROUPS = {group.name: group for group in article_groups(ROOT / "seeds")}
NAMED = [(name, group.kind) for name, group in GROUPS.items()]


@PROPERTY
@given(data=st.data(), seed=st.integers(0, 10**6))
def test_names_come_in_the_answers_form_and_never_as_a_variant_of_it(
    library: Library, data: st.DataObject, seed: int
) -> None:
    group, kind = data.draw(st.sampled_from(NAMED))
    answer = data.draw(st.sampled_from(GROUPS[group].members))
    question = make(answer, f"It was {answer}.", kind=kind, qid=f"{group}-{answer}")
    if not distractors.can_generate(question, library):
        return  # e.g. a one-word Bond novel: too few alike to choose from
    options = sound(question, library, seed)
    for option in options:
        size = len(option.split()) - len(answer.split())
        if kind == "person":  # Harry Saltzman beside Albert R. Broccoli: initials aside
            size -= sum(distractors._initials(option)) - sum(distractors._initials(answer))
        slack = distractors._SIZE_SLACK.get(kind, 0)
        if kind == "person" and wellknown.known(option):  # a well-known name is surely one
            slack = 1
        assert abs(size) <= slack, f"{option!r} vs {answer!r}"
        assert any(ch.isdigit() for ch in option) == any(ch.isdigit() for ch in answer)
        if kind in ("vehicle", "text"):  # V8 Volante is another car than V8 Vantage
            mine, theirs = answer.lower(), option.lower()
            assert not distractors._inside(mine, theirs) and not distractors._inside(theirs, mine)
        else:
            assert not distractors._variant(option, answer, person=kind in ("person", "character"))


@PROPERTY
@given(
    first=st.sampled_from(["Jess", "Lee", "Michael", "Greg", "Chris", "Anna", "Tom"]),
    middle=st.sampled_from(["", "G. ", "Joji "]),
    last=st.sampled_from(["Hawkins", "Morrison", "Williams", "Corbould", "Smith-Jones"]),
    seed=st.integers(0, 10**6),
)
def test_a_person_gets_names_of_the_same_shape(
    library: Library, first: str, middle: str, last: str, seed: int
) -> None:
    answer = f"{first} {middle}{last}"
    question = make(answer, f"stunt driver {answer}", kind="person")
    options = sound(question, library, seed)
    for option in options:
        names = [w for w in option.split() if not distractors._initials(w)[0]]
        assert len(names) == len(answer.split()) - (middle == "G. ")
        assert not distractors._variant(option, answer, person=True)
        for initial in (w for w in option.split() if distractors._initials(w)[0]):
            assert initial[0] in distractors._NATURAL_INITIALS, f"{option}: a made-up initial"
    with_initial = [o for o in options if any(distractors._initials(o))]
    if middle == "G. ":  # the answer is never the only name with a middle initial
        assert with_initial, options
    else:  # ... nor is a distractor
        assert not with_initial, options


def test_different_seeds_give_different_options(library: Library) -> None:
    for question in [
        make("291mm", "ground clearance of 291mm"),
        make("April 8, 2020", "released on April 8, 2020"),
        make("Matera", "the stone town of Matera, southern Italy", kind="place"),
        make("Jess Hawkins", "stunt driver Jess Hawkins", kind="person"),
    ]:
        varies(lambda seed, q=question: distractors.generate(q, library, seed))


def test_the_answers_place_on_the_ladder_is_random() -> None:
    question = make("291mm", "ground clearance of 291mm")
    places = {distractors.options(question, None, seed).index("291mm") for seed in range(40)}
    assert places == {0, 1, 2, 3}


# --- the cases the issue names ------------------------------------------------------------


def test_291mm_gets_millimetres_with_no_space_and_no_sibling_values(
    shipped: dict[str, Question], library: Library
) -> None:
    question = shipped["defender-ground-clearance"]
    for seed in SEEDS:
        for option in sound(question, library, seed):
            assert option.endswith("mm") and option[:-2].isdigit(), option
            assert option not in ("38mm", "28mm", "40mm", "900mm")


def test_money_in_millions(shipped: dict[str, Question], library: Library) -> None:
    for seed in SEEDS:
        for option in sound(shipped["db5s-spectre-motors-value"], library, seed):
            assert option.startswith("£") and option.endswith(" million")
            assert option[1:-8].isdigit()


def test_25th_gets_ordinals(shipped: dict[str, Question], library: Library) -> None:
    for seed in SEEDS:
        for option in sound(shipped["defender-bond-film-number"], library, seed):
            assert option[:-2].isdigit() and option[-2:] in ("st", "nd", "rd", "th")


def test_eight_of_ten_stays_below_ten_and_ten_never_offers_eight(
    shipped: dict[str, Question], library: Library
) -> None:
    words = {number_word(n): n for n in range(100)}
    for seed in SEEDS:
        eight = sound(shipped["db5s-built-for-film"], library, seed)
        assert all(words[o] < 10 for o in eight), eight
        ten = sound(shipped["db5s-in-photos"], library, seed)
        assert "eight" not in ten and all(o in words for o in ten)


def test_the_approach_angle_never_offers_the_breakover_or_departure_angle(
    shipped: dict[str, Question], library: Library
) -> None:
    question = shipped["defender-approach-angle"]
    for seed in range(60):
        options = sound(question, library, seed)
        assert not {"28", "40"} & set(options), options
        assert all(0 < int(o) <= 90 for o in options)


def test_a_year_is_never_after_the_article(shipped: dict[str, Question], library: Library) -> None:
    for seed in range(30):
        for qid, year in [("defender-partnership-year", 2019), ("db5s-previous-film-year", 2021)]:
            assert all(int(o) <= year for o in sound(shipped[qid], library, seed))


def test_the_director_is_never_offered_spelt_another_way(
    shipped: dict[str, Question], library: Library
) -> None:
    question = shipped["defender-director-2019"]
    for seed in SEEDS:
        for option in sound(question, library, seed):
            assert "fukunaga" not in option.lower() and "kairi" not in option.lower()
            assert len(option.split()) == 3  # a three-word name among three-word names
    assert distractors._variant("Kairi Fukunaga", "Cary Joji Fukunaga", person=True)


def test_a_character_is_never_offered_real_people(
    shipped: dict[str, Question], library: Library
) -> None:
    love = set(GROUPS["bond-love-interest"].members)
    villains = set(GROUPS["bond-villain"].members)
    for seed in SEEDS:
        assert set(sound(shipped["db5s-madeleine-swann"], library, seed)) <= love
        assert set(sound(shipped["defender-malek-villain"], library, seed)) <= villains


@pytest.mark.parametrize(
    ("qid", "group", "ending"),
    [
        ("db5s-premiere-venue", "london-venue", ""),
        ("db5s-bond-street", "london-street", ""),
        ("db5s-matera", "town-italy", ""),
        ("defender-nitra", "town-slovakia", ""),
        ("db5s-favourite-camera", "camera-maker", ""),
        ("defender-valhalla", "aston-martin", ""),
        ("defender-chase-film", "bond-film", ""),
        ("db5s-leica-m3-novel", "bond-novel", ""),
    ],
)
def test_places_titles_brands_and_models_are_real_names_of_their_group(
    shipped: dict[str, Question], library: Library, qid: str, group: str, ending: str
) -> None:
    """What only the seed articles need comes from the data beside them, not from code."""
    members = {m.lower() for m in GROUPS[group].members}
    for seed in SEEDS:
        for option in sound(shipped[qid], library, seed):
            assert option.removesuffix(ending).lower() in members, option


def test_a_country_gets_countries_and_a_show_the_same_show_in_cities_of_its_country(
    shipped: dict[str, Question], library: Library
) -> None:
    """General data: countries of the world, cities with their countries (quiz/data/)."""
    geo = gazetteer()
    for seed in SEEDS:
        for option in sound(shipped["defender-production-country"], library, seed):
            assert [p.fine for p in geo.lookup(option)][:1] == ["country"], option
        for option in sound(shipped["defender-la-auto-show"], library, seed):
            head = option.removesuffix(" Auto Show")
            assert head != option and any(
                p.fine == "city" and p.country == "United States" for p in geo.lookup(head)
            ), option


def test_a_title_is_written_in_the_answers_capitalisation(
    shipped: dict[str, Question], library: Library
) -> None:
    for seed in SEEDS:
        for option in sound(shipped["defender-chase-film"], library, seed):
            small = [w for w in option.split()[1:] if w.lower() in ("to", "and", "of", "a", "with")]
            assert all(w[0].isupper() for w in small), option  # as in "No Time To Die"


def test_people_come_from_the_same_role_first(
    shipped: dict[str, Question], library: Library
) -> None:
    villains = set(GROUPS["bond-villain-actor"].members)
    actors = villains | set(GROUPS["bond-star"].members)
    for seed in SEEDS:
        assert set(sound(shipped["defender-safin-actor"], library, seed)) <= villains
        # stunt crew among stunt crew: never a famous actor or author
        crew = sound(shipped["defender-stunt-driver"], library, seed)
        assert not set(crew) & (actors | {"Ian Fleming"}), crew


def test_free_text_cannot_be_generated_and_says_why(
    shipped: dict[str, Question], library: Library
) -> None:
    question = shipped["defender-river-crossings"]
    assert not distractors.can_generate(question, library)
    assert distractors.cannot_generate(question, library) == (
        "free text cannot be imitated convincingly"
    )
    # ... but with its distractors written it needs nothing generated
    written = dataclasses.replace(question, distractors=("sand dunes", "snow drifts", "rock pools"))
    assert distractors.can_generate(written, library)


def test_hand_written_distractors_come_first_as_written(library: Library) -> None:
    question = make("291mm", "ground clearance of 291mm", wrong=["250mm"])
    options = distractors.generate(question, library, seed=3)
    assert options[0] == "250mm" and len(options) == 3
    assert "250mm" not in options[1:]


def test_other_options_are_shuffled_by_the_seed() -> None:
    options = ["a", "b", "c", "d"]
    orders = {
        tuple(distractors.order_options(options, "person", distractors.rng_for(s, "q")))
        for s in range(20)
    }
    assert len(orders) > 1
    again = distractors.order_options(options, "person", distractors.rng_for(5, "q"))
    assert again == distractors.order_options(options, "person", distractors.rng_for(5, "q"))


# --- the lint of hand-written distractors --------------------------------------------------


def lint(question: Question, library: Library) -> list[str]:
    return [message for _, message in distractors.lint(question, library)]


def test_lint_catches_a_different_unit(library: Library) -> None:
    question = make(
        "291mm", "ground clearance of 291mm", article="001_aec933e9345f55ff", wrong=["30cm"]
    )
    assert lint(question, library) == [
        "distractor '30cm' has unit cm, but the answer '291mm' has unit mm"
    ]


def test_lint_catches_a_different_kind(library: Library) -> None:
    question = make(
        "1983",
        "which began in 1983 when a Range Rover Convertible appeared in Octopussy",
        article="001_aec933e9345f55ff",
        wrong=["1981", "Octopussy"],
    )
    assert lint(question, library) == [
        "distractor 'Octopussy' is a title, but the answer '1983' is a year"
    ]  # the articles call it a movie: "the 1983 Bond movie Octopussy"


def test_lint_catches_a_value_the_article_gives_for_the_same_fact(library: Library) -> None:
    question = make(
        "38",
        "approach, breakover and departure angles of 38, 28 and 40 degrees respectively",
        article="001_aec933e9345f55ff",
        wrong=["33", "28", "40"],
    )
    assert lint(question, library) == [
        "distractor '28' is true: the cited sentence gives 28 for another fact",
        "distractor '40' is true: the cited sentence gives 40 for another fact",
    ]


def test_lint_catches_either_side_of_a_conflict(library: Library) -> None:
    question = make(
        "Cary Joji Fukunaga",
        "Directed by Cary Joji Fukunaga",
        question="According to the November 2019 report, who directed No Time To Die?",
        article="000_dddf75139d7994c9",
        wrong=["Kairi Fukunaga"],
    )
    assert lint(question, library) == [
        "distractor 'Kairi Fukunaga' is one side of a conflict between the articles over the "
        "name of the director of No Time To Die"
    ]
    release = make(
        "30 September",
        "will be released in cinemas on 30 September.",
        question="According to the September 2021 report, when is the film released?",
        article="002_bfeeb16b50e5a49f",
        wrong=["8 April", "2 October"],
    )
    assert lint(release, library) == [
        "distractor '8 April' is one side of a conflict between the articles over the release "
        "date of No Time To Die"
    ]


def test_lint_catches_a_catch_all(library: Library) -> None:
    question = make(
        "Nitra", "in Nitra, Slovakia", article="001_aec933e9345f55ff", wrong=["All of the above"]
    )
    assert lint(question, library) == [
        "distractor 'All of the above' is a catch-all; every option must be a place of its own"
    ]


def test_the_shipped_bank_passes_the_lint(library: Library) -> None:
    bank = load_bank(sorted((ROOT / "questions").glob("*.yaml")), library)
    assert bank.problems == []
    assert all(distractors.lint(q, library) == [] for q in bank.questions)


# --- Faker only when a name is needed ------------------------------------------------------

_PLAY = """
import dataclasses, sys
from pathlib import Path
from quiz.authoring import distractors, wellknown
from quiz.authoring.gazetteer import article_groups, gazetteer
from quiz.corpus.articles import read_library
from quiz.bank.loader import load_bank
from quiz.game.session import Session, Settings
library = read_library(Path("seeds"))
bank = load_bank([Path("questions")], library)
numeric = [
    dataclasses.replace(q, distractors=())
    for q in bank.questions
    if distractors.is_numeric_kind(distractors.kind_of(q))
]
assert len(numeric) > 20
from quiz.authoring import engine
session = Session(
    numeric, Settings(count=None, seed=7), clock=lambda: 0.0, library=library,
    options_for=engine.options_for(library, 7), order_options=engine.order_options,
)
while not session.finished:
    assert len(session.options()) == 4
    session.answer(0)
    session.next()
played = "faker" in sys.modules
person = next(q for q in bank.questions if q.id == "defender-stunt-driver")  # needs Faker
person = dataclasses.replace(person, distractors=())
assert distractors.can_generate(person, library)  # decided without Faker...
decided = "faker" in sys.modules
distractors.generate(person, library, 7)  # ... which only generating a name loads
print(played, decided, "faker" in sys.modules)
"""


def test_playing_numbers_and_dates_and_deciding_never_import_faker() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PLAY], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    # Faker stays out while numbers and dates are played and while can_generate decides that a
    # name can be made; generating the name does load it (so this test can tell).
    assert result.stdout.split() == ["False", "False", "True"]


# --- the documentation cannot rot ----------------------------------------------------------


def test_the_committed_distractors_doc_matches_the_code(library: Library) -> None:
    committed = (ROOT / "docs" / "distractors.md").read_text(encoding="utf-8")
    generated = committed.partition(distractors.DOC_END)[0] + distractors.DOC_END + "\n"
    assert generated == distractors.doc(ROOT / "questions", library), (
        "docs/distractors.md is stale: regenerate it with "
        "`.venv/bin/python -m quiz.authoring.distractors --update docs/distractors.md`"
    )


def test_names_that_differ_only_in_a_number_are_shown_in_numeric_order() -> None:
    rng = distractors.rng_for(1, "q")
    assert distractors.order_options(["Leica M6", "Leica M2", "Leica M3"], "text", rng) == [
        "Leica M2",
        "Leica M3",
        "Leica M6",
    ]
    assert distractors.order_options(["130", "90", "110"], "vehicle", rng) == ["90", "110", "130"]


def test_generated_numbers_complete_a_ladder_through_the_hand_written_ones(
    shipped: dict[str, Question], library: Library
) -> None:
    words = {number_word(n): n for n in range(100)}
    question = dataclasses.replace(shipped["db5s-in-photos"], distractors=("six",))
    for seed in SEEDS:
        values = sorted(words[o] for o in distractors.options(question, library, seed))
        steps = {b - a for a, b in itertools.pairwise(values)}
        assert 6 in values and 10 in values and 8 not in values, values
        assert len(steps) == 1, f"{values} is not evenly spaced"


# --- the review's faults: each fixed, each kept fixed ---------------------------------------

BOUNDS = {  # qualifier -> whether the truth lies above the number
    "more than ": True,
    "over ": True,
    "at least ": True,
    "fewer than ": False,
    "under ": False,
    "up to ": False,
}


def bounded(option: str) -> tuple[str, int]:
    for qualifier in sorted(BOUNDS, key=len, reverse=True):
        if option.startswith(qualifier):
            amount = parse_amount(option.removeprefix(qualifier))
            assert amount is not None, option
            return qualifier, amount.units
    raise AssertionError(f"{option!r} has no bound")


@PROPERTY
@given(
    value=st.integers(min_value=10, max_value=5000),
    qualifier=st.sampled_from(sorted(BOUNDS)),
    unit=st.sampled_from(["", " Kiwis", " months"]),
    seed=st.integers(0, 10**6),
)
def test_a_bounded_answer_is_offered_only_bounds_it_rules_out(
    value: int, qualifier: str, unit: str, seed: int
) -> None:
    answer = f"{qualifier}{value}{unit}"
    question = make(answer, f"It took {answer} in the end.", question="How many?", kind="count")
    above = BOUNDS[qualifier]
    options = distractors.generate(question, None, seed)
    assert len(options) == 3 or not above, options  # "under 10" has little room below
    for option in options:
        own = unit if option.endswith(unit) else unit.removesuffix("s")  # "1 month", singular
        assert option.endswith(own) and (own == unit or option.split()[-2] == "1"), option
        form, units = bounded(option.removesuffix(own) if own else option)
        assert form == qualifier, f"{option} changes the qualifier of {answer}"
        # on the side that reads false, past a clear gap and within reason
        gap = units - value if above else value - units
        assert gap >= max(2, value / 10), option
        assert units <= 2.5 * value, f"{option} is absurdly far from {answer}"


def test_more_than_70_and_over_18_months_are_never_offered_a_true_statement(
    shipped: dict[str, Question], library: Library
) -> None:
    for seed in range(40):
        options = distractors.options(shipped["defender-nz-kiwis"], library, seed)
        assert options[0] == "more than 70", options  # the weakest claim: no choice avoids it
        for option in options[1:]:
            form, units = bounded(option)
            assert form == "more than " and 80 <= units <= 140, options
        # "by over how many months?": the sentence's "over" bounds a bare answer too
        for option in sound(shipped["db5s-delay-months"], library, seed):
            assert int(option.split()[0]) >= 18 + 2, option


def test_lint_flags_a_bound_the_answer_implies_or_does_not_rule_out(library: Library) -> None:
    def kiwis(*wrong: str) -> Question:
        return make(
            "more than 70",
            "with more than 70 Kiwis making a first instalment payment to secure one",
            article="001_aec933e9345f55ff",
            kind="count",
            wrong=wrong,
        )

    assert lint(
        kiwis("more than 60", "fewer than 50", "fewer than 80", "more than 100"), library
    ) == [
        "distractor 'more than 60' is true: more than 70 is also more than 60",
        "distractor 'fewer than 80' could be true: the answer 'more than 70' does not rule it out",
    ]
    months = make(
        "18 months",
        "but was pushed back by over 18 months due to the pandemic.",
        question="By over how many months was the release pushed back?",
        article="002_bfeeb16b50e5a49f",
        wrong=["16 months", "24 months", "30 months"],
    )
    assert lint(months, library) == [
        "distractor '16 months' is true: the answer is over 18 months, so also over 16 months"
    ]


def test_a_producer_gets_real_producers_never_barbara_broccoli_nor_invented_initials(
    shipped: dict[str, Question], library: Library
) -> None:
    producers = set(GROUPS["bond-producer"].members)
    assert "Barbara Broccoli" not in producers  # she is a 007 producer too: that would be true
    for seed in SEEDS:
        options = sound(shipped["db5s-producer-wilson"], library, seed)
        assert set(options) <= producers, options
        assert any(distractors._initials(o) != (False, False) for o in options)


@PROPERTY
@given(seed=st.integers(0, 10**6))
def test_faker_invents_no_odd_middle_initials(seed: int) -> None:
    question = make("Tom R. Baker", "said engineer Tom R. Baker", kind="person")
    options = sound(question, None, seed)
    initialled = [o for o in options if any(distractors._initials(o))]
    assert initialled, "the answer would be the only name with a middle initial"
    for option in initialled:
        assert option.split()[1][0] in distractors._NATURAL_INITIALS, option
    assert len(initialled) < 3, "a made-up initial on every invented name"


def test_a_place_comes_from_the_region_the_question_names(
    shipped: dict[str, Question], library: Library
) -> None:
    south = set(GROUPS["town-italy"].members)  # the folder's data: towns of southern Italy
    slovak = set(GROUPS["town-slovakia"].members)
    for seed in range(30):
        for option in sound(shipped["db5s-matera"], library, seed):
            assert option in south, option  # never Siena (Tuscany)
        for option in sound(shipped["defender-nitra"], library, seed):
            assert option in slovak, option
    question = dataclasses.replace(shipped["db5s-matera"], distractors=("Lecce", "Italy", "Milan"))
    assert lint(question, library) == [
        "distractor 'Italy' is a country, but the answer 'Matera' is a city"
    ]


def test_no_one_the_article_casts_in_another_part(
    shipped: dict[str, Question], library: Library
) -> None:
    for seed in range(30):
        assert "Daniel Craig" not in sound(shipped["defender-safin-actor"], library, seed)
        assert "Rami Malek" not in sound(shipped["defender-final-craig"], library, seed)


def test_a_vehicle_is_varied_within_its_make(library: Library) -> None:
    question = make(
        "Series III",
        "Land Rover first partnered with Eon Productions for the 1983 Bond movie Octopussy",
        question="Which Land Rover appeared in the 1983 Bond movie Octopussy?",
        article="000_dddf75139d7994c9",
        kind="vehicle",
    )
    models = set(GROUPS["land-rover"].members)
    for seed in SEEDS:
        options = sound(question, library, seed)
        assert set(options) <= models
        assert not {"Defender X", "Defender 110", "Discovery Sport"} & set(options)  # after 1983


def test_the_folder_data_says_when_a_model_came_out_and_which_names_are_one(
    library: Library,
) -> None:
    convertible = make(
        "Range Rover convertible",
        "the 1983 Bond movie Octopussy, in which a Range Rover convertible appeared.",
        question="Which vehicle appeared in the 1983 Bond movie Octopussy?",
        article="000_dddf75139d7994c9",
        kind="vehicle",
        wrong=["Range Rover Classic", "Defender X", "Series III"],
    )
    assert lint(convertible, library) == [
        "distractor 'Range Rover Classic' is arguably the answer 'Range Rover convertible' (the "
        "same vehicle)",
        "distractor 'Defender X' first came out in 2020, after 1983",
    ]


def test_a_date_is_never_the_articles_own_date(
    shipped: dict[str, Question], library: Library
) -> None:
    premiere = shipped["db5s-premiere-date"]  # the article is dated 16 September 2021
    for seed in range(60):
        assert "16 September" not in sound(premiere, library, seed)
    written = dataclasses.replace(premiere, distractors=("16 September", "21 September"))
    assert lint(written, library) == [
        "distractor '16 September' is the article's own date, not a date it reports"
    ]


def test_a_question_can_generate_for_always_gets_three(
    shipped: dict[str, Question], library: Library
) -> None:
    bank = load_bank(sorted((ROOT / "questions").glob("*.yaml")), library, lint=False)
    for question in bank.questions:
        for kept in range(3):
            partial = dataclasses.replace(question, distractors=question.distractors[:kept])
            if not distractors.can_generate(partial, library):
                continue
            for seed in range(8):
                assert len(distractors.generate(partial, library, seed)) == 3, (question.id, seed)


# --- robustness: shapes Faker cannot imitate, threads, absurd numbers --------------------------


@pytest.mark.parametrize(
    ("answer", "kind"), [("50 Cent", None), ("X Æ A-12", "person"), ("Prince 2000", "person")]
)
def test_a_name_faker_cannot_imitate_needs_hand_written_distractors(
    answer: str, kind: str | None
) -> None:
    question = make(answer, question="Who was it?", kind=kind)
    assert distractors.kind_of(question) == "person"
    reason = distractors.cannot_generate(question, None)
    assert reason is not None and answer in reason


@pytest.mark.parametrize("answer", ["John Smith", "Michael G. Wilson", "Sarah Taylor-Jones"])
def test_a_plain_person_needs_none_and_always_gets_three(answer: str) -> None:
    question = make(answer, question="Who was it?", kind="person")
    assert distractors.cannot_generate(question, None) is None
    for seed in SEEDS:
        assert len(distractors.generate(question, None, seed)) == 3, (answer, seed)


def test_names_are_the_same_for_a_seed_whichever_threads_draw_them() -> None:
    from concurrent.futures import ThreadPoolExecutor

    question = make("John Smith", question="Who was it?", kind="person")
    seeds = list(range(16))
    expected = {seed: distractors.generate(question, None, seed) for seed in seeds}
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often, so that a race shows
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            for _ in range(6):
                work = seeds * 2
                results = pool.map(lambda s: (s, distractors.generate(question, None, s)), work)
                for seed, result in results:
                    assert result == expected[seed], seed
    finally:
        sys.setswitchinterval(interval)


@pytest.mark.parametrize(
    ("answer", "wrong"),
    [("1" + "0" * 400, ()), ("1" + "0" * 400 + "mm", ("5mm",)), ("1." + "0" * 400, ())],
)
def test_an_absurdly_large_number_needs_hand_written_distractors_and_crashes_nothing(
    answer: str, wrong: tuple[str, ...]
) -> None:
    question = make(answer, question="How many were there?", wrong=wrong)
    reason = distractors.cannot_generate(question, None)
    assert isinstance(reason, str) and reason
    assert isinstance(distractors.lint(question, None), list)
    assert len(distractors.generate(question, None, 1)) < 3
    distractors.options(question, None, 1)


@pytest.mark.parametrize("wrong", ["1" + "0" * 400, "1000000000012", "999999999999"])
def test_a_huge_hand_written_number_neither_crashes_nor_hangs(wrong: str) -> None:
    # The ladder through hand-written numbers once tried every divisor of their distance.
    question = make("12", question="How many were there?", wrong=(wrong,))
    distractors.cannot_generate(question, None)
    distractors.lint(question, None)
    assert len(distractors.generate(question, None, 1)) == 3


@PROPERTY
@given(year=st.integers(min_value=1950, max_value=2012), seed=st.integers(0, 10**6))
def test_an_undated_article_bounds_years_by_the_latest_year_it_names(
    year: int, seed: int
) -> None:
    library = Library(root=Path("."))
    text = f"The bridge opened in {year}. It was repaired in 1949 and again in 2012."
    library.articles["undated"] = parse_article("undated", text)
    question = make(str(year), f"The bridge opened in {year}.", article="undated")
    for option in sound(question, library, seed):
        assert int(option) <= 2012, f"{option} is after 2012, the latest year it reports"


def test_the_lint_does_not_hold_a_written_year_to_an_undated_articles_latest() -> None:
    library = Library(root=Path("."))
    library.articles["undated"] = parse_article("undated", "The bridge opened in 1983.")
    question = make("1983", "The bridge opened in 1983.", article="undated", wrong=["1995"])
    assert distractors.lint(question, library) == []
