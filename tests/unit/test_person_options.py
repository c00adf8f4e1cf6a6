"""The engine's wrong answers for a person: only people a reader of the story could take for
the answer. The story is invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.authoring import distractors, speakers, wellknown
from quiz.authoring.entities import harvest
from quiz.corpus.articles import Library, parse_article
from quiz.model import Citation, Question

TRIAL = (
    "Omar Vance will stand trial in March. The murder of Tomas Grant in 2019 shocked the "
    "town. Ivan Moss watched from the gallery. The late Pavel Crane had known both men. Leo "
    "Hart and Marek Doyle waited outside the court.\n"
    "Kit Lyle and Sam Ode contributed to this report."
)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    library = Library(root=Path(tmp_path_factory.mktemp("news")))
    library.articles["trial"] = parse_article("trial", TRIAL)
    return library


def person_question(question: str, answer: str, quote: str, article: str = "trial") -> Question:
    return Question(
        id=f"q-{answer}",
        question=question,
        answer=answer,
        distractors=(),
        source=Citation(article, quote),
        kind="person",
    )


def offered(
    library: Library, question: str, answer: str, quote: str, article: str = "trial"
) -> set[str]:
    asked = person_question(question, answer, quote, article)
    found: set[str] = set()
    for seed in range(8):
        found |= set(distractors.generate(asked, library, seed, faker=False))
    return found


def stories(root: Path, **texts: str) -> Library:
    """A library of invented stories, by id."""
    library = Library(root=root)
    for name, text in texts.items():
        library.articles[name] = parse_article(name, text)
    return library


def test_the_story_reads_who_is_dead_and_who_wrote_it() -> None:
    assert speakers.dead_in(TRIAL) == {"grant", "crane"}  # not "the" of "The murder of"
    assert {"lyle", "ode"} <= speakers.never_people(TRIAL)


def test_a_reporter_or_the_dead_is_never_offered_for_a_living_act(library: Library) -> None:
    found = offered(library, "Who will stand trial in March?", "Omar Vance", "Omar Vance")
    assert "Ivan Moss" in found  # the story's living people are offered
    assert not {"Kit Lyle", "Sam Ode", "Tomas Grant", "Pavel Crane"} & found


def test_for_a_death_the_storys_dead_are_offered_and_its_living_are_not(
    library: Library,
) -> None:
    found = offered(library, "Whose murder in 2019 shocked the town?", "Tomas Grant", "The murder")
    assert found == {"Pavel Crane"}


SUMMIT = (
    "Foreign Minister Anton Bauer met his counterparts in Vienna on Monday. President Karl "
    "Weiss opened the summit. Foreign Minister Jonas Falk said talks would go on. Felix Roth, "
    "a banker, said markets were calm. Lukas Brandt said the city was ready."
)


def test_a_question_that_names_the_role_gets_no_one_the_story_gives_another(
    tmp_path: Path,
) -> None:
    library = Library(root=tmp_path)
    library.articles["summit"] = parse_article("summit", SUMMIT)
    asked = person_question(
        "Which foreign minister met his counterparts in Vienna on Monday?",
        "Anton Bauer",
        "Foreign Minister Anton Bauer met his counterparts",
        "summit",
    )
    found = {o for seed in range(8) for o in distractors.generate(asked, library, seed)}
    assert "Jonas Falk" in found  # another foreign minister of the story
    assert not {"Karl Weiss", "Felix Roth"} & found  # a president, a banker


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("CNN meteorologist Judson Roe said storms were coming.", {"roe"}),
        ("BBC chief political correspondent Ada Lamb wrote that it was over.", {"lamb"}),
        ("CNN's Catherine E. Vale and Ralph Ott wrote the story in Atlanta.", {"vale", "ott"}),
        ("Jason Kemp reported and wrote from Atlanta.", {"kemp"}),
    ],
)
def test_an_outlets_own_people_are_never_people_of_its_news(text: str, names: set[str]) -> None:
    assert names <= speakers.never_people(f"Ivan Moss said it was over. {text}")


def test_an_outlet_spoken_to_is_no_credit() -> None:
    assert "smith" not in speakers.never_people("CNN spoke to John Smith about the storm.")


def test_a_peoples_group_is_no_person() -> None:
    text = "The Pakistani Taliban claimed the attack. Omar Vance said the town was calm."
    people = {e.text for e in harvest(parse_article("t", text)) if e.fine.kind == "person"}
    assert "Pakistani Taliban" not in people
    assert "Omar Vance" in people


def test_a_quotes_speaker_gets_the_storys_people_of_any_role_never_an_invented_name(
    tmp_path: Path,
) -> None:
    text = (
        'Analyst Omar Vance said on Monday: "The harbour will never pay for itself." Mayor '
        "Ivan Moss opened the harbour. Councillor Leo Hart and engineer Marek Doyle watched."
    )
    library = Library(root=tmp_path)
    library.articles["harbour"] = parse_article("harbour", text)
    asked = person_question(
        "Who said \u201cThe harbour will never pay for itself\u201d?",
        "Omar Vance",
        "The harbour will never pay for itself.",
        "harbour",
    )
    for seed in range(6):
        found = distractors.generate(asked, library, seed)
        assert set(found) <= {"Ivan Moss", "Leo Hart", "Marek Doyle"}, found
        assert len(found) == 3


def test_a_quotes_speaker_gets_no_one_of_another_story(tmp_path: Path) -> None:
    """Another story of the same subject (they share an officer) is near, but a reader knows
    whom the story names, and the speaker is one of them: its officer is never offered."""
    text = (
        "Officer Omar Vance testified on Monday. Officer Leo Hart arrived later. "
        '"He began shooting at my cruiser," Vance said.'
    )
    other = "Officer Leo Hart was praised on Tuesday. Officer Frank Delgado was praised too."
    library = Library(root=tmp_path)
    library.articles["trial-day"] = parse_article("trial-day", text)
    library.articles["praise"] = parse_article("praise", other)
    asked = person_question(
        "Who said \u201cHe began shooting at my cruiser\u201d?",
        "Vance",
        '"He began shooting at my cruiser," Vance said.',
        "trial-day",
    )
    for seed in range(6):
        assert distractors.generate(asked, library, seed) == ["Hart"]


def _invented_for_clerk(
    invented: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> set[str]:
    """The options for a pier story's clerk when Faker invents ``invented``, over and over."""
    library = Library(root=tmp_path)
    story = "Council clerk Mara Quill signed the order on Monday. The order closes the pier."
    library.articles["pier"] = parse_article("pier", story)
    names = iter(invented * 200)
    monkeypatch.setattr(distractors, "_fake_person", lambda fake, answer, sex: next(names))
    asked = person_question("Who signed the order on Monday?", "Mara Quill", "Mara Quill", "pier")
    return set(distractors.generate(asked, library, 3))


def test_an_invented_name_is_never_a_famous_persons(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Faker's common first and last names sometimes make a famous person's (an Olympic
    swimmer's for a murdered student): a name of the well-known people's data is no invention
    and is never offered as one."""
    invented = ["Dara Torres", "Katie Ledecky", "Lena Shore", "Ruth Allen", "Jane Pike"]
    assert _invented_for_clerk(invented, tmp_path, monkeypatch) == {
        "Lena Shore", "Ruth Allen", "Jane Pike"
    }  # fmt: skip


def test_a_surnames_apposition_gives_the_full_name_its_role() -> None:
    text = (
        "Mara Quill was charged on Monday. Lena Shore wrote a guide for parents.\n"
        "Shore, a journalist, lawyer and television legal analyst, says parents should act."
    )
    people = {e.text: e.fine.family for e in harvest(parse_article("guide", text))}
    assert people.get("Lena Shore") == "media"  # "Shore, a journalist": Lena Shore's role
    assert people.get("Mara Quill") == ""


def test_invented_names_share_no_given_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    invented = ["Mara Stone", "Lena Shore", "Lena Marsh", "Ruth Allen", "Jane Pike"]
    assert _invented_for_clerk(invented, tmp_path, monkeypatch) == {
        "Lena Shore", "Ruth Allen", "Jane Pike"
    }  # fmt: skip


def _singer_options(tmp_path: Path, text: str) -> list[list[str]]:
    """The options, seeds 0 to 5, of "Which singer-songwriter hit a jogger ...?" of ``text``,
    whose answer is Ned Marlow and whose first sentence, up to its attribution, is cited."""
    library = Library(root=tmp_path)
    library.articles["crash"] = parse_article("crash", text)
    asked = person_question(
        "Which singer-songwriter hit a jogger with his car?", "Ned Marlow",
        text.split(" a spokesman")[0].rstrip(","), "crash",
    )  # fmt: skip
    return [distractors.generate(asked, library, seed, faker=False) for seed in range(6)]


@pytest.mark.parametrize("age", [73, 24])
def test_well_known_peers_are_of_the_answers_generation(tmp_path: Path, age: int) -> None:
    """A singer-songwriter of 73 in a 2015 story became known about the 1960s: Bob Dylan's
    peers, not Harry Styles's; one of 24, this century's. The story gives the age, the data
    each peer's year of fame."""
    from quiz.authoring import wellknown

    text = (
        f"Singer-songwriter Ned Marlow, {age}, hit a jogger with his car in California in "
        "2015, a spokesman said. The jogger was taken to hospital."
    )
    known = 2015 - age - 1 + 25
    for options in _singer_options(tmp_path, text):
        figures = [wellknown.known(o) for o in options]
        assert figures and all(f is not None for f in figures), options
        assert all(abs(f.since - known) <= 15 for f in figures if f is not None), options


def test_well_known_peers_of_an_unplaced_person_are_of_the_storys_country(tmp_path: Path) -> None:
    """A singer-songwriter the data does not know, in a story set in California: American
    singers first (Bob Dylan, not Burna Boy)."""
    from quiz.authoring import wellknown

    text = (
        "Singer-songwriter Ned Marlow hit a jogger with his car in Santa Ynez, California, a "
        "spokesman said. The jogger was taken to a hospital in Los Angeles, California."
    )
    for options in _singer_options(tmp_path, text):
        countries = [getattr(wellknown.known(o), "country", None) for o in options]
        assert countries == ["United States"] * 3, (options, countries)


def test_a_politicians_peers_held_the_office_in_the_storys_time(tmp_path: Path) -> None:
    """A prime minister of a 2014 story gets the prime ministers of its decade (Gordon Brown,
    Tony Blair) before one who took the office after it (Theresa May in 2016, who may be the
    answer when the question is played): the data's terms of office, not its years of fame."""
    from quiz.authoring import wellknown

    library = stories(
        tmp_path,
        tram=" date 2014-06-02 Prime Minister David Cameron opened a new tram line in Leeds on "
        "Monday, the city council said.",
    )
    asked = person_question(
        "Which British prime minister opened a new tram line in Leeds?", "David Cameron",
        "Prime Minister David Cameron opened a new tram line in Leeds on Monday", "tram",
    )  # fmt: skip
    for seed in range(6):
        options = distractors.generate(asked, library, seed, faker=False)
        assert {"Gordon Brown", "Tony Blair"} <= set(options), options
        third = wellknown.known(next(o for o in options if o not in ("Gordon Brown", "Tony Blair")))
        assert third is not None and third.field == "head of government", options
    assert wellknown.known("Theresa May").took_office() == 2016  # type: ignore[union-attr]
    assert wellknown.known("Gordon Brown").in_office_near(2014, 8)  # type: ignore[union-attr]
    assert not wellknown.known("Tony Blair").in_office_near(2016, 8)  # type: ignore[union-attr]


def test_a_named_office_gets_no_politician_the_data_knows_in_another(tmp_path: Path) -> None:
    """ "Which French foreign minister ...?" is never offered François Hollande, a president in
    the data, though another story of the same subject names him (without the accent the data
    writes him with) and the role check of its sentence misses him."""
    library = stories(
        tmp_path,
        attack="A shooting at a bar in Bamako, Mali, killed five people on Saturday. French "
        "Foreign Minister Laurent Fabius said the victim from his country was 31 years old. The "
        "gunmen fled the bar in Bamako, Mali police said.",
        visit="Police in Paris, France, said fans attacked a man on the metro in Paris before "
        "the match. The club said it was disgusted, whilst French President Francois Hollande "
        "personally spoke to the man in Paris, France. Fans of the club in Bamako, Mali, were "
        "shocked.",
    )
    quote = "French Foreign Minister Laurent Fabius said the victim from his country"
    question = "Which French foreign minister said the victim from his country was 31 years old?"
    found = offered(library, question, "Laurent Fabius", quote, "attack")
    assert found and "Francois Hollande" not in found, found


def test_a_round_ups_players_of_other_matches_are_never_offered(tmp_path: Path) -> None:
    """In a round-up, whoever the story ties to another match ("a brace from Mira Holt gave
    Hull a 2-0 win") is ruled out of who scored against Derby; a player of the asked match
    ("Leeds's Tom Reed hit the post against Derby") is not."""
    library = stories(
        tmp_path,
        roundup="Leeds beat Derby 1-0 on Saturday. A header from striker Ada Korvin won it for "
        "Leeds against Derby. Striker Tom Reed hit the post for Leeds against Derby late on. "
        "In other games, a brace from striker Mira Holt gave Hull a 2-0 win over Stoke. Striker "
        "Dan Lisle opened the scoring for Wigan in a 1-1 draw with Burnley.",
    )
    found = offered(
        library, "Who scored the header that beat Derby?", "Ada Korvin",
        "A header from striker Ada Korvin won it for Leeds against Derby", "roundup",
    )  # fmt: skip
    assert "Tom Reed" in found, found
    assert not {"Mira Holt", "Dan Lisle"} & found, found


def test_the_people_named_beside_an_untyped_answer_are_its_peers(tmp_path: Path) -> None:
    """ "The show, fronted by Ada Roe, Tom Lisle and Ben Hart": asked "Which presenter led
    the crew?", the story gives Roe no role, so its other untitled people named beside her are
    her likeliest peers, before famous presenters of the data; someone it names elsewhere
    with no role is not."""
    library = stories(
        tmp_path,
        show="The motoring show, fronted by Ada Roe, Tom Lisle and Ben Hart, filmed a special in "
        "Lanark. Ada Roe led the crew across the Lanark hills in a vintage car. Locals said "
        "Carl Moss had warned the crew about the roads.",
    )
    for seed in range(6):
        asked = person_question(
            "Which presenter led the crew across the Lanark hills?", "Ada Roe",
            "Ada Roe led the crew across the Lanark hills in a vintage car.", "show",
        )  # fmt: skip
        options = distractors.generate(asked, library, seed, faker=False)
        assert {"Tom Lisle", "Ben Hart"} <= set(options), options
        assert "Carl Moss" not in options, options


def test_a_named_office_gets_no_data_holder_of_a_kindred_office(tmp_path: Path) -> None:
    """ "Which Russian president ...?" of a 2015 story: the data knows one other living
    president, and its prime ministers are of a kindred office, but none of them ever was
    president: they are never offered for it (its other president is)."""
    library = stories(
        tmp_path,
        kremlin=" date 2015-03-16 Russian President Vladimir Putin appeared in public on Monday "
        "after ten days out of sight. The Kremlin released photos of the meeting in St. "
        "Petersburg. State television showed the talks.",
    )
    quote = "Russian President Vladimir Putin appeared in public on Monday"
    question = "Which Russian president appeared in public after ten days out of sight?"
    found = offered(library, question, "Vladimir Putin", quote, "kremlin")
    assert "Dmitry Medvedev" in found, found
    fields = {n: wellknown.known(n) for n in found}
    assert not [n for n, f in fields.items() if f is not None and f.field != "head of state"], found


def test_a_role_the_question_asks_by_rules_out_the_storys_people_of_another(
    tmp_path: Path,
) -> None:
    """ "Which presenter ...?" of an answer the story gives no role: a person it calls a
    musician is no presenter, even named in a pair ("former Blur musician Kit Vane and Ida
    Moss"); a presenter beside the answer stays."""
    library = stories(
        tmp_path,
        show="The motoring show, fronted by Ada Roe and Tom Lisle, filmed a special in Lanark. "
        "Ada Roe led the crew across the Lanark hills in a vintage car. Guests of the show "
        "included former Blur musician Kit Vane and Ida Moss, who both live near Lanark.",
    )
    found = offered(
        library, "Which presenter led the crew across the Lanark hills?", "Ada Roe",
        "Ada Roe led the crew across the Lanark hills in a vintage car.", "show",
    )  # fmt: skip
    assert "Kit Vane" not in found, found
    assert "Tom Lisle" in found, found


def test_a_singular_role_before_a_pair_of_names_is_the_first_ones() -> None:
    article = parse_article(
        "t", "Guests included former Blur musician Kit Vane and Ida Moss, who live in Lanark."
    )
    people = {e.text: e for e in harvest(article) if e.fine.kind == "person"}
    assert people["Kit Vane"].role == "musician"
    assert people["Ida Moss"].role == "" and people["Ida Moss"].fine.family != "performer"


def test_a_co_host_is_a_presenters_peer(tmp_path: Path) -> None:
    """ "Top Gear presenter Ada Roe ... her co-host Tom Lisle tweeted": a co-host presents
    too, so he is offered for "Which presenter ...?"; a musician is not."""
    library = stories(
        tmp_path,
        show="Harbour Nights presenter Ada Roe was suspended on Monday after a row in Lanark. "
        '"Save Roe," her co-host Tom Lisle tweeted. The show guests, musician Kit Vane and '
        "pilot Ida Moss, said nothing. Harbour Nights fans in Lanark were upset.",
    )
    found = offered(
        library, "Which Harbour Nights presenter was suspended after a row in Lanark?", "Ada Roe",
        "Harbour Nights presenter Ada Roe was suspended on Monday after a row in Lanark.", "show",
    )  # fmt: skip
    assert "Tom Lisle" in found, found
    assert "Kit Vane" not in found, found
