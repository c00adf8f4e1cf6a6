"""Wrong answers for names on any article: fine types, pools nearest first, never true.

The articles here are written for these tests (short, invented news); none is from the seeds
or the dev corpus.
"""

from __future__ import annotations

import ast
import dataclasses
import itertools
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.authoring import distractors, pools, speakers
from quiz.authoring.entities import harvest, type_name
from quiz.authoring.gazetteer import article_groups, gazetteer, vocabulary
from quiz.authoring.romanise import common_given_names, romanise
from quiz.corpus.articles import Library, parse_article
from quiz.model import Citation, Question
from quiz.text import normalise
from tests.conftest import ROOT

MATCH = (
    "Striker Tom Barker scored the winner for Rovers at Riverside Stadium on Saturday. "
    "Midfielder Dan Okafor also scored in the first half, and goalkeeper Sam Price made "
    "two saves. Coach Mark Ellis said the side had earned it. Senator Ann Hill watched from "
    "the stands. Acme Holdings said it would extend its sponsorship.\n"
    "The club now travel to Leeds and then to Cardiff."
)
REPLAY = (
    "Rovers striker Tom Barker was rested as Rovers drew at Highfield Stadium. Winger Luke "
    "Moss and defender Joe Hart started. Coach Mark Ellis praised defender Ravi Patel."
)
ELSEWHERE = (
    "Chancellor Greta Lind unveiled the budget in Berlin. Economist Paul Varga said it was "
    "cautious. Minister Ola Berg and Mayor Ken Dale disagreed."
)
WAR = "Warplanes from Myanmar bombed a village near the border, officials in Kunming said."
COUNCIL = "Leeds City Council approved the new tram line on Tuesday."

PROPERTY = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> Library:
    library = Library(root=tmp_path_factory.mktemp("news"))
    for name, text in {
        "match": MATCH,
        "replay": REPLAY,
        "elsewhere": ELSEWHERE,
        "war": WAR,
        "council": COUNCIL,
    }.items():
        library.articles[name] = parse_article(name, text)
    return library


def ask(
    answer: str, quote: str, question: str, kind: str, article: str = "match"
) -> Question:
    return Question(
        id=f"q-{answer}-{question}",
        question=question,
        answer=answer,
        distractors=(),
        source=Citation(article, quote),
        kind=kind,
    )


# --- fine types ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "fine"),
    [
        ("Pakistan", "place", "country"),
        ("Lahore", "place", "city"),
        ("California", "place", "region"),
        ("Europe", "place", "continent"),
        ("Riverside Stadium", "place", "venue"),
        ("Leeds City Council", "organisation", "council"),
        ("Labour Party", "organisation", "party"),
        ("Acme Holdings", "organisation", "company"),
        ("Glendale Police Department", "organisation", "police"),
    ],
)
def test_a_name_is_typed_by_the_data(name: str, kind: str, fine: str) -> None:
    typed = type_name(name)
    assert typed is not None and (typed.kind, typed.fine) == (kind, fine)


def test_people_are_typed_by_their_role_and_never_a_company_or_a_cut_name(news: Library) -> None:
    found = {e.text: e for e in harvest(news.articles["match"])}
    assert found["Tom Barker"].fine.family == "athlete"
    assert found["Ann Hill"].fine.family == "politician"
    assert found["Mark Ellis"].fine.family == "coach"  # not among the players
    assert found["Acme Holdings"].fine.kind == "organisation"
    assert found["Riverside Stadium"].fine.fine == "venue"
    assert found["Leeds"].fine.fine == "city"
    assert all(e.fine.kind != "person" or e.text in MATCH.split(". ")[0] or " " in e.text
               for e in found.values())  # fmt: skip


# --- pools, nearest first -----------------------------------------------------------------------


def test_a_person_gets_people_of_the_same_family_from_the_article_then_its_subject(
    news: Library,
) -> None:
    question = ask(
        "Sam Price", "goalkeeper Sam Price made two saves", "Who made two saves for Rovers?",
        "person",
    )  # fmt: skip  (a question naming the role gets no striker: tests/unit/test_person_options)
    athletes = {"Tom Barker", "Dan Okafor", "Luke Moss", "Joe Hart", "Ravi Patel"}
    for seed in range(10):
        options = distractors.generate(question, news, seed)
        assert len(options) == 3
        assert set(options) <= athletes, options  # never the senator, never Berlin's chancellor


def test_the_same_subject_is_found_by_shared_names(news: Library) -> None:
    near = pools.folder(news).neighbours
    assert near["match"][0] == "replay"
    assert "elsewhere" not in near["match"]


def test_a_name_the_article_says_the_same_of_is_never_offered(news: Library) -> None:
    """Okafor also scored: for "who scored the winner?" he would read as true."""
    question = ask(
        "Tom Barker", "Striker Tom Barker scored the winner", "Who scored the winner for Rovers?",
        "person",
    )  # fmt: skip
    for seed in range(20):
        assert "Dan Okafor" not in distractors.generate(question, news, seed)


def test_a_city_gets_cities_of_its_country_and_a_country_never_its_other_name(
    news: Library,
) -> None:
    city = ask("Leeds", "The club now travel to Leeds", "To which city do they travel?", "place")
    country = ask("China", WAR, "In which country did officials speak?", "place", "war")
    geo = gazetteer()
    for seed in range(10):
        for option in distractors.generate(city, news, seed):
            assert [p.country for p in geo.lookup(option) if p.fine == "city"][:1] == [
                "United Kingdom"
            ], option
        options = distractors.generate(country, news, seed)
        assert len(options) == 3 and not {"Burma", "Myanmar"} & set(options), options
        assert all(geo.lookup(o)[0].fine == "country" for o in options), options


def test_a_council_gets_councils_of_neighbouring_places_never_surnames(news: Library) -> None:
    question = ask(
        "Leeds City Council", COUNCIL, "Which council approved the tram line?", "organisation",
        "council",
    )  # fmt: skip
    cities = set(gazetteer().cities["United Kingdom"])
    for seed in range(5):
        options = distractors.generate(question, news, seed)
        assert len(options) == 3
        for option in options:
            assert option.endswith(" City Council") and option[: -len(" City Council")] in cities


def test_a_title_and_surname_answer_gets_the_same_form(news: Library) -> None:
    question = ask("Mr Barker", "said Mr Barker", "Who said it?", "person", "elsewhere")
    for option in distractors.generate(question, news, 3):
        assert option.startswith("Mr ") and len(option.split()) == 2, option


# --- numbers and dates spaced by their scale ---------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "least_gap"),
    [("about 20", 10), ("about 40", 10), ("£2.4 million", 0.3), ("655", 60), ("19", 2)],
)
def test_a_number_is_spaced_by_its_scale_and_precision(answer: str, least_gap: float) -> None:
    from quiz.authoring.kinds import parse_amount

    question = ask(answer, f"It came to {answer} in all.", "How much was it?", "count")
    mine = parse_amount(answer)
    assert mine is not None
    for seed in range(20):
        for option in distractors.generate(question, None, seed):
            theirs = parse_amount(option)
            assert theirs is not None and theirs.prefix == mine.prefix, option
            assert abs(theirs.value - mine.value) >= least_gap, (answer, option)


def test_a_date_is_spaced_by_days_that_teach_something() -> None:
    from quiz.authoring.kinds import parse_date

    question = ask("October 15", "It opens on October 15.", "When does it open?", "date")
    for seed in range(20):
        days = []
        for option in distractors.generate(question, None, seed):
            form = parse_date(option)
            assert form is not None and form.day is not None
            days.append(form.month * 31 + form.day)
        spots = sorted([10 * 31 + 15, *days])
        assert min(b - a for a, b in itertools.pairwise(spots)) >= 3, days


# --- properties ---------------------------------------------------------------------------------


@PROPERTY
@given(
    answer=st.sampled_from(["Tom Barker", "Leeds", "China", "Acme Holdings", "Ann Hill"]),
    seed=st.integers(0, 10**6),
)
def test_never_true_same_type_deterministic(news: Library, answer: str, seed: int) -> None:
    kind = {"Leeds": "place", "China": "place", "Acme Holdings": "organisation"}.get(
        answer, "person"
    )
    question = ask(answer, f"It was {answer}.", "Who or what was it?", kind)
    options = distractors.generate(question, news, seed)
    assert options == distractors.generate(question, news, seed)
    written = dataclasses.replace(question, distractors=tuple(options))
    assert distractors.lint(written, news) == [], options
    want = pools.typed(answer)
    for option in options:
        assert option != answer
        seen = pools.typed(option)
        if kind == "person":
            assert seen is None, option  # no company, no place among people
        elif want is not None and seen is not None:
            assert (seen.kind, seen.fine) == (want.kind, want.fine), option


# --- data, not code -----------------------------------------------------------------------------


def _string_literals(path: Path) -> set[str]:
    """Every string constant of a module, its docstrings aside."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docstrings
    }  # fmt: skip


# The wrong-answer engine's modules (the generator's own, facts.py and generate.py, are checked
# by their owner's issue).
ENGINE = ("distractors", "kinds", "pools", "entities", "gazetteer", "engine")


def test_no_list_of_names_from_the_seed_articles_is_in_the_code() -> None:
    members = {m for group in article_groups(ROOT / "seeds") for m in group.members}
    members = {m for m in members if len(m) > 4}
    for path in [ROOT / "quiz" / "authoring" / f"{name}.py" for name in ENGINE]:
        # Literal by literal: joined, two neighbours ("Mount", "Street") would spell a name
        # that no literal holds, and a set's order changes with the hash seed.
        literals = _string_literals(path)
        found = sorted(m for m in members if any(m in literal for literal in literals))
        assert not found, f"{path.relative_to(ROOT)} names {found[:5]}: put them in seeds/"


def test_the_data_is_read_only_when_a_name_needs_it() -> None:
    code = (
        "from quiz.authoring import distractors, gazetteer\n"
        "from quiz.model import Citation, Question\n"
        "q = Question('q', 'How many?', '12', (), Citation('a', 'It was 12.'), kind='count')\n"
        "distractors.generate(q, None, 1)\n"
        "assert gazetteer.gazetteer.cache_info().currsize == 0\n"
        "assert gazetteer.vocabulary.cache_info().currsize == 0\n"
        "p = Question('p', 'Where?', 'Lahore', (), Citation('a', 'in Lahore.'), kind='place')\n"
        "distractors.generate(p, None, 1)\n"
        "assert gazetteer.gazetteer.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_a_given_name_alone_gets_given_names(news: Library) -> None:
    """The article calls Tom Barker "Tom": the options are given names, not surnames."""
    question = ask("Tom", "Striker Tom Barker scored", "Who scored, as his coach says?", "person")
    given = {"Dan", "Sam", "Mark", "Ann", "Luke", "Joe", "Ravi"}
    for seed in range(5):
        options = distractors.generate(question, news, seed)
        assert len(options) == 3 and set(options) <= given | set(gazetteer_given()), options


def gazetteer_given() -> set[str]:
    from quiz.authoring.gazetteer import vocabulary

    return set(vocabulary().given)


def test_a_city_of_a_named_state_gets_cities_of_that_state_only() -> None:
    library = Library(root=Path("."))
    text = "The fair opened in Marlow Springs, a small California town, on Monday."
    library.articles["fair"] = parse_article("fair", text)
    question = ask(
        "Marlow Springs", text, "In which California town did the fair open?", "place", "fair"
    )
    for seed in range(8):
        options = distractors.generate(question, library, seed)
        assert len(options) == 3, options
        assert all(pools.city_area(o) == "California" for o in options), options


def test_a_known_city_gets_cities_of_its_own_state_first() -> None:
    library = Library(root=Path("."))
    text = "The hospital in Houston admitted the patient on Friday."
    library.articles["ward"] = parse_article("ward", text)
    question = ask("Houston", text, "In which city is the hospital?", "place", "ward")
    for seed in range(8):
        options = distractors.generate(question, library, seed)
        assert [pools.city_area(o) for o in options] == ["Texas"] * 3, options


def test_a_big_city_gets_big_cities_before_its_states_small_towns() -> None:
    """Atlanta beside Marietta, Macon and Valdosta gives itself away: a reader knows the small
    towns are no airline hub. Its state has no other big city, so other states' big ones."""
    library = Library(root=Path("."))
    text = "The Skyway flight left Atlanta shortly after 9 a.m. on Friday."
    library.articles["flight"] = parse_article("flight", text)
    asked = "From which city did the Skyway flight leave?"
    question = ask("Atlanta", text, asked, "place", "flight")
    small = {"Marietta", "Macon", "Valdosta", "Alpharetta"}
    for seed in range(8):
        options = distractors.generate(question, library, seed)
        assert len(options) == 3 and not small & set(options), options
        assert all(pools._big_city(o) for o in options), options


def test_a_country_gets_the_storys_own_countries_before_mere_neighbours() -> None:
    library = Library(root=Path("."))
    text = (
        "The season opens in Australia on Sunday. Teams then race in Malaysia, Bahrain and "
        "China before the tour reaches Spain."
    )
    library.articles["race"] = parse_article("race", text)
    question = ask(
        "Australia", "The season opens in Australia on Sunday.",
        "In which country does the season open?", "place", "race",
    )  # fmt: skip
    for seed in range(8):
        options = distractors.generate(question, library, seed)
        # its one neighbour, then the story's own countries, never Pacific islands
        assert set(options) <= {"New Zealand", "Malaysia", "Bahrain", "China", "Spain"}, options
        assert len(set(options) - {"New Zealand"}) >= 2, options


def test_a_town_the_data_does_not_know_gets_cities_of_the_articles_country() -> None:
    library = Library(root=Path("."))
    text = (
        "Flooding closed roads in Lyon and Marseille. In Bourg-Vert, a small town, the river "
        "burst its banks."
    )
    library.articles["flood"] = parse_article("flood", text)
    question = ask(
        "Bourg-Vert", "In Bourg-Vert, a small town, the river burst its banks.",
        "In which town did the river burst its banks?", "place", "flood",
    )  # fmt: skip
    geo = gazetteer()
    for seed in range(8):
        options = distractors.generate(question, library, seed)
        assert len(options) == 3, options
        assert all(
            any(p.country == "France" for p in geo.lookup(o) if p.fine == "city") for o in options
        ), options


CABINET = (
    "Chilean Defence Minister Karl Vosk met Prime Minister Anna Brenn in the capital. "
    "Chile's interior minister, Otto Lind, and Foreign Minister Hugo Kross joined them. "
    "Russian President Vladimir Petrov sent a message."
)
SPEECH = "Former president Harold Grant gave a speech in Ohio, and Senator Ruth Bell attended."


def test_a_person_of_a_named_country_gets_people_of_that_country() -> None:
    library = Library(root=Path("."))
    library.articles["cabinet"] = parse_article("cabinet", CABINET)
    library.articles["speech"] = parse_article("speech", SPEECH + " Chile was not named.")
    question = ask(
        "Karl Vosk", "Chilean Defence Minister Karl Vosk met Prime Minister Anna Brenn",
        "Who is Chile's defence minister?", "person", "cabinet",
    )  # fmt: skip
    fine = pools.answer_fine(question, "person", question.source.quote, library.articles["cabinet"])
    assert (fine.family, fine.where) == ("politician", "Chile")
    for seed in range(8):
        options = distractors.generate(question, library, seed)
        assert "Vladimir Petrov" not in options, options  # of another country
        assert not {"Harold Grant", "Ruth Bell"} & set(options), options  # another story's
        assert {"Otto Lind", "Hugo Kross"} <= set(options), options


def test_a_demonym_or_possessive_before_a_role_gives_the_persons_country() -> None:
    article = parse_article("cabinet", CABINET)
    where = {e.text: e.fine.where for e in harvest(article) if e.fine.kind == "person"}
    assert where["Karl Vosk"] == where["Otto Lind"] == "Chile"
    assert where["Vladimir Petrov"] == "Russia"


def test_a_state_named_like_a_country_is_no_country_in_a_story_of_that_states_nation() -> None:
    library = Library(root=Path("."))
    text = (
        "Health workers flew home from Armenia on Monday. They landed in Atlanta, Georgia, "
        "and went on to Omaha, Nebraska. Others stayed in Guinea, Mali and Sierra Leone."
    )
    library.articles["ebola"] = parse_article("ebola", text)
    question = ask(
        "Armenia", "Health workers flew home from Armenia on Monday.",
        "From which country did the workers fly?", "place", "ebola",
    )  # fmt: skip
    article = library.articles["ebola"]
    fine = pools.answer_fine(question, "place", question.source.quote, article)
    found = pools.candidates(question, fine, article, library, "", random.Random(1))
    from_story = {c.text for c in found if c.source == "article"}
    assert "Georgia" not in from_story and {"Guinea", "Mali"} <= from_story, from_story


def test_an_organisation_named_for_a_city_gets_cities_of_its_state_first() -> None:
    library = Library(root=Path("."))
    text = "The Pasadena Police Department released the video on Friday."
    library.articles["video"] = parse_article("video", text)
    question = ask(
        "Pasadena Police Department", text, "Which police department released the video?",
        "organisation", "video",
    )  # fmt: skip
    for seed in range(6):
        options = distractors.generate(question, library, seed)
        assert len(options) == 3, options
        cities = [o.removesuffix(" Police Department") for o in options]
        assert all(pools.city_area(c) == "California" for c in cities), options


def test_a_national_organisation_gets_its_countrys_never_a_foreign_one_of_the_story() -> None:
    """Russia 24 among France 24 and Channel 4 (other countries' channels with a number, to
    match its digits), or among the CNN of its own story, was no state broadcaster of Russia."""
    library = Library(root=Path("."))
    text = "The state broadcaster Russia 24 aired the video on Friday, CNN reported."
    library.articles["video"] = parse_article("video", text)
    question = ask(
        "Russia 24", text, "Which state broadcaster aired the video?", "organisation", "video"
    )
    countries = vocabulary().org_countries
    for seed in range(6):
        options = distractors.generate(question, library, seed)
        assert len(options) == 3, options
        assert all(countries.get(normalise(o)) == "Russia" for o in options), options
        written = dataclasses.replace(question, distractors=tuple(options))
        assert distractors.lint(written, library) == [], options  # no "Channel One" (a count)


def test_a_surname_answer_gets_surnames_of_full_names_never_a_lone_word() -> None:
    library = Library(root=Path("."))
    text = (
        "Coach Mark Ellis said Vision and Harbor were the new stands. Kim cheered. Striker "
        "Tom Barker and winger Luke Moss trained with defender Joe Hart. Ellis was pleased."
    )
    library.articles["club"] = parse_article("club", text)
    question = ask("Ellis", "Ellis was pleased.", "Who was pleased?", "person", "club")
    for seed in range(8):
        options = distractors.generate(question, library, seed)
        assert not {"Vision", "Harbor", "Kim"} & set(options), options


def test_an_invented_name_is_of_the_storys_country_or_none_is_invented() -> None:
    library = Library(root=Path("."))
    rome = "Lawyer Carlo Bruni spoke in Rome. Milan and Naples were quiet."
    moscow = "Spokesman Dmitry Volkov spoke in Moscow. St. Petersburg and Sochi were quiet."
    tel_aviv = "Spokesman Eitan Mizrahi spoke in Tel Aviv. Haifa and Jerusalem were quiet."
    for name, text in (("rome", rome), ("moscow", moscow), ("telaviv", tel_aviv)):
        library.articles[name] = parse_article(name, text)
    italian = ask(
        "Carlo Bruni", "Lawyer Carlo Bruni spoke in Rome.", "Who spoke?", "person", "rome"
    )
    russian = ask(
        "Dmitry Volkov", "Spokesman Dmitry Volkov spoke in Moscow.", "Who spoke?", "person",
        "moscow",
    )  # fmt: skip
    israeli = ask(
        "Eitan Mizrahi", "Spokesman Eitan Mizrahi spoke in Tel Aviv.", "Who spoke?", "person",
        "telaviv",
    )  # fmt: skip
    from faker import Faker

    italian_given = {
        name
        for provider in Faker("it_IT").get_providers()
        for name in getattr(provider, "first_names", ())
    }
    russian_given = set(common_given_names("ru_RU", "m"))
    for seed in range(4):
        options = distractors.generate(italian, library, seed)
        assert len(options) == 3 and all(o.split()[0] in italian_given for o in options), options
        # Faker's Russian names are Cyrillic: romanised, as the press writes them, never
        # another language's (German "Hagen", Hungarian "Janos") nor another script
        options = distractors.generate(russian, library, seed)
        assert len(options) == 3 and all(o.split()[0] in russian_given for o in options), options
        assert all(o.isascii() and o.replace(" ", "").isalpha() for o in options), options
        assert distractors.generate(israeli, library, seed) == []  # no English names for him
    assert not distractors.can_generate(israeli, library)


def test_names_of_another_script_are_written_as_the_press_writes_them() -> None:
    assert romanise("Дмитрий Сергеев", "ru_RU") == "Dmitry Sergeyev"
    assert romanise("Юлия Щукина", "ru_RU") == "Yulia Shchukina"
    assert romanise("Андрій Гнатюк", "uk_UA") == "Andriy Hnatyuk"
    assert romanise("Христо Стоянов", "bg_BG") == "Hristo Stoyanov"
    assert romanise("Γιώργος Παπαδόπουλος", "el_GR") == "Giorgos Papadopoulos"
    assert romanise("Ντόρα Μπακογιάννη", "el_GR") == "Dora Bakogianni"
    assert romanise("Smith", "ru_RU") == "Smith" and romanise("Дмитрий", "en_GB") == "Дмитрий"


def test_words_the_article_writes_in_lower_case_are_no_ones_name() -> None:
    library = Library(root=Path("."))
    text = (
        "The white house on the hill was sold. Janet Cole said she would move in. Later, "
        "White House said it had no comment. Mary Dunn said nothing."
    )
    library.articles["sale"] = parse_article("sale", text)
    assert "White House" in {e.text for e in harvest(library.articles["sale"])}
    question = ask("Janet Cole", "Janet Cole said she would move in.", "Who said it?", "person",
                   "sale")  # fmt: skip
    for seed in range(6):
        assert "White House" not in distractors.generate(question, library, seed)


def test_a_name_with_no_given_name_ending_in_a_common_word_is_no_ones() -> None:
    library = Library(root=Path("."))
    text = (
        "Tom Barker won. \"It was close,\" said Barker. Aid group Hadley Cross said it sent "
        "help, and Canadian-born Ib said little. Sam Price and Joe Hart were next. "
        "\"Hard race,\" Price said."
    )
    library.articles["race"] = parse_article("race", text)
    library.articles["bridge"] = parse_article("bridge", "They walked across the cross street.")
    question = ask("Barker", "said Barker", "Who said it was close?", "person", "race")
    for seed in range(6):
        options = distractors.generate(question, library, seed)
        assert not {"Cross", "Ib"} & set(options), options


def test_a_name_many_articles_share_makes_no_subject_a_rare_one_does() -> None:
    library = Library(root=Path("."))
    texts = {f"filler{n}": f"Reporter Ann Vale{n} wrote about weather." for n in range(36)}
    texts |= {
        "derail": "Officials at Facebook and Mayor Tom Reed met after the train derailed.",
        "tennis": "Facebook fans cheered as Kim Sollis beat Lara Venn in the final.",
        "quake": "Facebook users shared photos. Mayor Tom Reed toured the damage.",
        "other": "Facebook said nothing.",
    }
    for name, text in texts.items():
        library.articles[name] = parse_article(name, text)
    near = pools.folder(library).neighbours
    assert near["derail"] == ("quake",), near["derail"]  # Tom Reed: in two articles
    assert "tennis" not in near["derail"]  # Facebook alone: in four


def test_a_surname_keeps_its_particle_never_a_cut_half() -> None:
    library = Library(root=Path("."))
    text = (
        "Ruth Dixon said the tapes of Omar bin Haddad were old. Hugo van Berk and "
        "Carl Moss agreed. \"They are fakes,\" Dixon said."
    )
    library.articles["tapes"] = parse_article("tapes", text)
    question = ask("Dixon", "\"They are fakes,\" Dixon said.", "Who said they are fakes?",
                   "person", "tapes")  # fmt: skip
    for seed in range(6):
        options = distractors.generate(question, library, seed)
        assert not {"Haddad", "Berk"} & set(options), options


def test_a_persons_sex_is_read_from_the_pronouns_of_the_article() -> None:
    library = Library(root=Path("."))
    text = (
        "Actor Jessie Ralling has been cast as the lead. Ralling said he was thrilled, and "
        "his agent said Ralling would start filming when he returns from London."
    )
    library.articles["cast"] = parse_article("cast", text)
    question = ask("Jessie Ralling", "Actor Jessie Ralling has been cast as the lead.",
                   "Who has been cast as the lead?", "person", "cast")  # fmt: skip
    sexes = {"m", "f"}
    for seed in range(6):
        for option in distractors.generate(question, library, seed):
            assert distractors._sex_of(option) in ("m", ""), option
            sexes.discard(distractors._sex_of(option))
    assert sexes == {"f"}  # men's names were offered, never a woman's


def test_a_person_of_no_known_role_gets_no_one_from_another_story() -> None:
    library = Library(root=Path("."))
    library.articles["clinic"] = parse_article(
        "clinic", "Nadia Burr said patients bring printouts. Tom Reed agreed with her."
    )
    library.articles["vote"] = parse_article(
        "vote", "Tom Reed watched as Walter Mundt and Jim Carrow debated."
    )
    question = ask("Nadia Burr", "Nadia Burr said patients bring printouts.",
                   "Who said patients bring printouts?", "person", "clinic")  # fmt: skip
    assert pools.folder(library).neighbours["clinic"] == ("vote",)
    for seed in range(6):
        options = distractors.generate(question, library, seed)
        assert not {"Walter Mundt", "Jim Carrow"} & set(options), options


def test_a_state_written_after_a_town_is_its_state_even_when_named_like_a_country() -> None:
    library = Library(root=Path("."))
    text = "The chapel in Pine Knob, Georgia, was restored."
    library.articles["chapel"] = parse_article("chapel", text)
    question = ask("Pine Knob", text, "In which town is the chapel?", "place", "chapel")
    for seed in range(6):
        options = distractors.generate(question, library, seed)
        assert len(options) == 3 and all(pools.city_area(o) == "Georgia" for o in options), options


def test_a_reporter_in_the_credit_line_is_no_one_in_the_story() -> None:
    library = Library(root=Path("."))
    text = (
        "Anna Rolf was shot on Friday. Police said Tom Dade fled and Lisa Moor called them. "
        "Jane Roe contributed to this report."
    )
    library.articles["shot"] = parse_article("shot", text)
    assert {e.text: e.fine.family for e in harvest(library.articles["shot"])}["Jane Roe"] == "media"
    question = ask("Anna Rolf", "Anna Rolf was shot on Friday.", "Who was shot?", "person", "shot")
    for seed in range(6):
        assert "Jane Roe" not in distractors.generate(question, library, seed)


def test_a_columnists_sign_off_names_no_one_in_the_story() -> None:
    """"Share your thoughts with Kelly Wallace (@kellywallacetv) on Twitter": the columnist
    was offered as the teenager charged; a politician who said something on Twitter stays."""
    text = (
        "Dana Holt, 18, was charged on Friday. Senator Tom Dade said on Twitter that it was "
        "right. Share your thoughts with Ann Lister (@annlister) on Twitter."
    )
    assert speakers.never_people(text) >= {"lister"}
    assert "dade" not in speakers.never_people(text)
    library = Library(root=Path("."))
    library.articles["charged"] = parse_article("charged", text)
    question = ask("Dana Holt", "Dana Holt, 18, was charged on Friday.", "Who was charged?",
                   "person", "charged")  # fmt: skip
    for seed in range(6):
        assert "Ann Lister" not in distractors.generate(question, library, seed)


def test_invented_surnames_are_never_written_flattened() -> None:
    library = Library(root=Path("."))
    text = "Officer Dana Brook of Denver, Colorado, said Brook had seen it all in Denver."
    library.articles["denver"] = parse_article("denver", text)
    question = ask("Brook", "said Brook had seen it all", "Who had seen it all?", "person",
                   "denver")  # fmt: skip
    for seed in range(60):
        for option in distractors.generate(question, library, seed):
            assert not distractors._FLATTENED.search(option), option


def test_an_italian_surname_keeps_its_dalla() -> None:
    library = Library(root=Path("."))
    text = "Carlo Dalla Rosa and Nicola Bruni spoke in Rome. \"It is over,\" Bruni said."
    library.articles["court"] = parse_article("court", text)
    question = ask("Bruni", "\"It is over,\" Bruni said.", "Who said it is over?", "person",
                   "court")  # fmt: skip
    for seed in range(6):
        assert "Rosa" not in distractors.generate(question, library, seed)
