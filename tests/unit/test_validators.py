"""Each validator of quiz.authoring.validators, on named sentences: the draft it rejects (the
failure it exists for) and a near neighbour it lets through."""

from __future__ import annotations

import dataclasses
import re

import pytest

from quiz.authoring import validators as v
from quiz.authoring.validators import Candidate


def cand(
    question: str,
    answer: str,
    sentence: str,
    *,
    kind: str = "person",
    relation: str = "speaker",
    article: str | None = None,
    at: int | None = None,
) -> Candidate:
    start = sentence.index(answer) if at is None else at
    return Candidate(
        question=question,
        answer=answer,
        kind=kind,
        relation=relation,
        sentence=sentence,
        start=start,
        end=start + len(answer),
        quote=sentence,
        article_text=article if article is not None else sentence,
    )


# --- the answer is a whole span -----------------------------------------------------------------

HOLDER = "And Attorney General Eric Holder noted, \u201cThis was not someone trying to help.\u201d"
OUNCES = "ShipSnowYo sold snow packed into empty 16.9-ounce water bottles for $19.99."
VIEWERS = "The tournament reached 102 million viewers last year."


def test_an_answer_cut_mid_word_is_rejected() -> None:
    cut = cand("Who said \u201cThis was not someone trying to help\u201d?", "Attorn", HOLDER)
    assert v.answer_is_whole_span(cut) == "the answer is cut from a longer word or figure"
    whole = cand("Who said \u201cThis was not someone trying to help\u201d?", "Eric Holder", HOLDER)
    assert v.answer_is_whole_span(whole) is None


def test_a_figure_cut_from_its_unit_or_magnitude_is_rejected() -> None:
    ounces = cand("How big were the bottles?", "16.9", OUNCES, kind="count", relation="count")
    assert v.answer_is_whole_span(ounces) is not None
    price = cand("How much was the snow?", "19.99", OUNCES, kind="money", relation="money")
    assert v.answer_is_whole_span(price) is not None  # "$" left behind
    viewers = cand("How many viewers did the tournament reach?", "102", VIEWERS, kind="count")
    assert v.answer_is_whole_span(viewers) == "the figure is asked without its magnitude"
    millions = cand("How many million viewers did the tournament reach?", "102", VIEWERS,
                    kind="count")  # fmt: skip
    assert v.answer_is_whole_span(millions) is None


# --- names ------------------------------------------------------------------------------------

PETROVA = "\u201cDemand will fall,\u201d said Anna Petrova, an analyst at a brokerage."
DR = "\u201cWe found eggs of the worm,\u201d said Dr Jo A. Mitchell of the university."
WEBSITE = "\u201cWe will not ship snow!\u201d says Waring's website, ShipSnowYo.com."


def test_a_name_must_be_whole_name_words() -> None:
    question = "Who said \u201cDemand will fall\u201d?"
    assert v.name_is_whole(cand(question, "Anna Petrova", PETROVA)) is None
    assert v.name_is_whole(cand(question, "Anna", PETROVA)) == "the name runs on in the sentence"
    initial = cand(question, "Dr Jo A", DR)
    assert v.name_is_whole(initial) == "the name ends on a title or an initial"
    owner = cand("Who said \u201cWe will not ship snow!\u201d?", "Waring", WEBSITE)
    assert v.name_is_whole(owner) == "the name is a possessive (it is theirs, not them)"


def test_an_organisation_is_never_a_person_or_a_vehicle() -> None:
    sentence = "Blaylock attended Henry Ford Community College before enlisting."
    college = cand("Which vehicle did Blaylock attend?", "Ford Community College", sentence,
                   kind="vehicle", relation="model")  # fmt: skip
    assert v.name_is_whole(college) == "an organisation asked as a vehicle"
    winner = "The costume was designed by three-time Oscar-winner Colleen Atwood."
    title = cand("Who designed the costume?", "Oscar-winner Colleen Atwood", winner)
    assert v.name_is_whole(title) == "the answer is not a name"


def test_a_first_name_alone_is_rejected() -> None:
    article = "Richard Stone, 40, was freed on Monday. \u201cI am glad,\u201d said Richard."
    said = "\u201cI am glad,\u201d said Richard."
    alone = cand("Who said \u201cI am glad\u201d?", "Richard", said, article=article)
    assert v.not_first_name_alone(alone) == "a first name alone"
    surname = "Kim Khan, a lawyer, spoke first. \u201cI am glad,\u201d said Khan."
    said = "\u201cI am glad,\u201d said Khan."
    by_surname = cand("Who said \u201cI am glad\u201d?", "Khan", said, article=surname)
    assert v.not_first_name_alone(by_surname) is None


# --- the question is complete ---------------------------------------------------------------------

SUBSCRIBERS = "The company lost 200,000 subscribers in the fourth quarter, but profits rose."


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("How many subscribers did but its lose in the fourth quarter?",
         "a clause spliced into the question"),
        ("How many children is The Thibodaux resident survived by his wife and?",
         "the question stops before its object"),
        ("How many Filipinos do the include?", "a clause spliced into the question"),
        ("Of how many suspects was Dadayev one recently charged?",
         "a phrase fronted out of its clause"),
        ("In what year was Durst's first wife?",
         "a copula with no participle: nothing happened in the question"),
        ("In what year is Tropical Cyclone Pam the strongest storm?",
         "a year asked of the present tense"),
        ("From which city did Laura Smith-Spark report?",
         "asks how the article was made (its byline), not its news"),
        ("How many people -- the police said -- were hurt?",
         "a fragment of the article's layout in the question"),
        ("Which agency and other agencies that respond to disasters?",
         "a phrase fronted out of its clause"),
    ],
)  # fmt: skip
def test_garbled_questions_are_rejected(question: str, reason: str) -> None:
    draft = cand(question, "200,000", SUBSCRIBERS, kind="count", relation="count")
    assert v.question_is_complete(draft) == reason


def test_a_whole_question_passes() -> None:
    sentence = "Daniel Craig's last outing as Bond was in 2015."
    for question in ("How many subscribers did the streaming service lose in the fourth quarter?",
                     "In what year was Daniel Craig's last outing as Bond?",
                     "Which actor plays the villain Safin in No Time To Die?"):  # fmt: skip
        assert v.question_is_complete(cand(question, "2015", sentence, kind="year")) is None


def test_a_verb_cut_to_a_wrong_stem_or_a_lowered_name_is_rejected() -> None:
    article = "Beck ruled the Grammys with three wins, Mary Fallin said. Officials piled in."
    rul = cand("With how many wins did Beck rul the Grammys?", "three", article, kind="count")
    assert v.words_are_the_articles(rul) == "a word the article never uses ('rul')"
    rule = cand("With how many wins did Beck rule the Grammys?", "three", article, kind="count")
    assert v.words_are_the_articles(rule) is None
    lowered = cand("How many wins did mary Fallin count?", "three", article, kind="count")
    assert v.words_are_the_articles(lowered) == "a name written in lower case ('mary')"
    dribbl = "A Valparaiso graduate dribbled a basketball in the NBA in 1956."
    cut = cand("In what year did a Valparaiso graduate dribbl a basketball in the NBA?", "1956",
               dribbl, kind="year")  # fmt: skip
    assert v.words_are_the_articles(cut) == "a verb cut to a wrong stem ('dribbl')"


def test_a_participle_after_do_support_is_two_tenses() -> None:
    sentence = "By May, most of the rescue teams had withdrawn from the valley."
    bad = cand("By what month did most of the rescue teams have withdrawn from the valley?", "May",
               sentence, kind="date", relation="month")  # fmt: skip
    assert v.question_is_complete(bad) == "two tenses in one question"
    good = cand("By what month had most of the rescue teams withdrawn from the valley?", "May",
                sentence, kind="date", relation="month")  # fmt: skip
    assert v.question_is_complete(good) is None


def test_a_count_of_an_action_fronted_before_its_verb_is_rejected() -> None:
    sentence = "The baker faced four counts of stealing and selling flour in Leeds."
    bad = cand("How many counts of stealing did the baker face and selling flour in Leeds?",
               "four", sentence, kind="count", relation="count")  # fmt: skip
    assert v.question_is_complete(bad) == "a phrase fronted out of its clause"
    good = cand("How many counts did the baker in Leeds face?", "four", sentence, kind="count",
                relation="count")  # fmt: skip
    assert v.question_is_complete(good) is None


# --- the subject is resolved ------------------------------------------------------------------

BUDGET = "Osborne said the Budget would be delivered in 2015 as planned."


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("In what year will it be delivered?", "a pronoun without its antecedent ('it')"),
        ("In what year will 's Budget be delivered?", "a possessive without its owner"),
        ("In what year did the group deliver the Budget?",
         "'the group' without saying which"),
        ("In what year did the 25-year-old deliver the Budget?",
         "'the 25-year-old' without saying which"),
        ("In what year did these workers deliver the Budget?",
         "a pronoun without its antecedent ('these')"),
    ],
)  # fmt: skip
def test_unresolved_subjects_are_rejected(question: str, reason: str) -> None:
    draft = cand(question, "2015", BUDGET, kind="year", relation="in-year")
    assert v.subject_is_resolved(draft) == reason


def test_resolved_subjects_pass() -> None:
    for question in ("In what year would Osborne's Budget be delivered?",
                     "In what year was the University of Leeds founded?",
                     "Which Rovers manager said the club had tracked Alvarez?",
                     "How many goals did Alvarez score this season?",
                     "On what date did Margaret Lyle spot the comet in her back garden?",
                     "In what year did the US deliver the Budget?"):  # fmt: skip
        assert v.subject_is_resolved(cand(question, "2015", BUDGET, kind="year")) is None


# --- the answer is unique ---------------------------------------------------------------------

COUNTRIES = "Suspects had been arrested in Italy, Poland, Slovakia and France."


def test_one_item_of_a_list_is_rejected() -> None:
    question = "In which country had suspects been arrested?"
    for country in ("Italy", "Poland", "France"):
        draft = cand(question, country, COUNTRIES, kind="place", relation="country")
        assert v.answer_is_unique(draft) == "one item of a list", country
    town = "The plant in Nitra, Slovakia, opened in 2018."
    assert v.answer_is_unique(cand("In which town is the plant?", "Nitra", town,
                                   kind="place", relation="city")) is None  # fmt: skip


def test_one_of_alternatives_or_a_range_is_rejected() -> None:
    sentence = "Two or three people were hurt, and 10-12 cars were damaged."
    two = cand("How many people were hurt?", "Two", sentence, kind="count", relation="count")
    assert v.answer_is_unique(two) == "one of alternatives"
    ten = cand("How many cars were damaged?", "10", sentence, kind="count", relation="count")
    assert v.answer_is_unique(ten) == "one end of a range"


# --- no giveaway ------------------------------------------------------------------------------


def test_a_question_that_gives_its_answer_away_is_rejected() -> None:
    sentence = "Revenue rose from 40 to 55 million, a gain of 15 million, Anna Petrova said."
    gain = cand("By how much did revenue rise from 40 to 55 million?", "15", sentence,
                kind="count", relation="count")  # fmt: skip
    assert v.no_giveaway(gain) == "the figure is the sum or difference of two in the question"
    named = cand("Which Petrova said revenue rose?", "Anna Petrova", sentence)
    assert v.no_giveaway(named) == "the question holds a word of its answer ('Petrova')"
    gallery = "A photograph is on show at the Leica Gallery in London."
    asked_by_kind = cand("At which gallery is the photograph on show?", "Leica Gallery", gallery,
                         kind="place", relation="venue")  # fmt: skip
    assert v.no_giveaway(asked_by_kind) is None


def test_the_quote_must_hold_the_answer_and_all_validators_run() -> None:
    draft = cand("Who said \u201cDemand will fall\u201d?", "Anna Petrova", PETROVA)
    assert v.rejection(draft) == "the quote names nothing: it could be anyone's"
    named_quote = "Who said \u201cDemand for Lanark steel will fall\u201d?"
    named = Candidate(**{**draft.__dict__, "question": named_quote})
    assert v.rejection(named) is None
    elsewhere = Candidate(**{**named.__dict__, "quote": "Demand will fall."})
    assert v.quote_holds_answer(elsewhere) == "the cited passage does not hold the answer"
    assert v.rejection(elsewhere) == "the cited passage does not hold the answer"
    assert len(v.VALIDATORS) == len(set(v.VALIDATORS)) >= 9


def test_a_question_that_names_nothing_is_rejected() -> None:
    sentence = "Around 4,500 visitors came through the doors on the first day."
    nameless = cand("How many visitors came through the doors on the first day?", "4,500",
                    sentence, kind="count", relation="count")  # fmt: skip
    assert v.question_names_its_subject(nameless) == (
        "says not what it is about (no name in the question)"
    )
    named = cand("How many visitors came through the doors of the Central Library?", "4,500",
                 sentence, kind="count", relation="count")  # fmt: skip
    assert v.question_names_its_subject(named) is None
    quoted = cand("Who said \u201cI checked the images three times\u201d?", "Around", sentence)
    assert v.question_names_its_subject(quoted) is None


def test_the_one_thing_of_its_kind_the_article_names_is_named() -> None:
    from quiz.authoring.questions import name_definites

    article = "The new Harbour Bridge opened on Monday. The cable-stayed bridge cost £186 million."
    assert name_definites("How much did the cable-stayed bridge cost?", article) == (
        "How much did the Harbour Bridge cost?"
    )
    two = article + " The Tyne Bridge stays open."
    assert name_definites("How much did the bridge cost?", two) == "How much did the bridge cost?"


def test_quotes_must_be_whole_and_closed() -> None:
    sentence = "The rate \u201cexceeds the rate of travelers,\u201d Rasmussen said."
    fragment = cand("Who said \u201cexceeds the rate of travelers\u201d?", "Rasmussen", sentence)
    assert v.question_is_complete(fragment) == "the quote is a fragment, not what was said in whole"
    cut = cand("Which commentator described it as \u201can incestuous collection of louche?",
               "Rasmussen", sentence)  # fmt: skip
    assert v.question_is_complete(cut) == "a quote cut inside the question"


def test_places_given_away_and_people_named_by_nationality_are_rejected() -> None:
    sentence = "Indonesia is sending a team to Turkey to work with Turkish security officials."
    turkey = cand("To which country is Indonesia sending a team to work with Turkish officials?",
                  "Turkey", sentence, kind="place", relation="country")  # fmt: skip
    assert v.no_giveaway(turkey) == "the question names the place's people or things"
    russian = cand("In what year was the Russian caught carving graffiti?", "2014",
                   "The Russian was caught carving graffiti in 2014.", kind="year")  # fmt: skip
    assert v.subject_is_resolved(russian) == "'the Russian' names no one"
    president = cand("In which country did the Russian President travel in 2014?", "2014",
                     "The Russian President travelled in 2014.", kind="year")  # fmt: skip
    assert v.subject_is_resolved(president) is None


def test_a_club_is_not_a_person_and_a_fraternity_is_not_its_university() -> None:
    sentence = "German champions Bayern Munich cemented its place in the last eight."
    club = cand("Which German champion cemented its place in the last eight?", "Bayern Munich",
                sentence, relation="role")  # fmt: skip
    assert v.name_is_whole(club) == "a place's name asked as a person"
    frat = "A Pennsylvania State University fraternity has been suspended."
    wrong_kind = cand("Which university fraternity has been suspended?",
                      "Pennsylvania State University", frat, kind="organisation",
                      relation="org")  # fmt: skip
    assert v.no_giveaway(wrong_kind) == "asks a kind the answer is not"


def test_a_title_is_no_part_of_a_name_and_a_first_name_at_a_sentence_start_is_a_name() -> None:
    sentence = "\u201cThe trooper saw it was a prop,\u201d Trooper Guy Gill told reporters."
    question = "Who said \u201cThe trooper saw it was a prop\u201d?"
    titled = cand(question, "Trooper Guy Gill", sentence)
    assert v.name_is_whole(titled) == "the name keeps its title"
    article = "Steve Vasturia chipped in 13 points. Kentucky won."
    lowered = cand("How many points did steve Vasturia chip in for Kentucky?", "13", article,
                   kind="count")  # fmt: skip
    assert v.words_are_the_articles(lowered) == "a name written in lower case ('steve')"
    spliced = cand("How many students did Winkelmann confirm the and two teachers were on?", "16",
                   "Winkelmann confirmed the 16 students and two teachers were on the plane.",
                   kind="count")  # fmt: skip
    assert v.question_is_complete(spliced) == "a clause spliced into the question"


def test_a_generic_definite_is_never_renamed_to_another_thing_of_its_kind() -> None:
    from quiz.authoring.questions import name_definites

    article = "The Justice Department found bias. Wilson resigned from the department in November."
    question = "In what month did Wilson resign from the department?"
    assert name_definites(question, article) == question  # it was the police department


def test_a_quoted_phrase_is_no_name_that_resolves_the_case() -> None:
    sentence = "About 40 detectives \"worked around the clock\" on the case, Park said."
    draft = cand('How many detectives "worked around the clock" on the case?', "40", sentence,
                 kind="count", relation="count")  # fmt: skip
    assert v.subject_is_resolved(draft) == "'the case' without saying which"


def test_a_name_the_article_writes_with_the_place_gives_it_away() -> None:
    article = (
        "Portuguese Prime Minister Ana Rocha spoke in Lisbon. "
        "Rocha still has broad support in Portugal, a poll found."
    )
    sentence = "Rocha still has broad support in Portugal, a poll found."
    tied = cand("In which country does Rocha still have broad support?", "Portugal", sentence,
                kind="place", relation="country", article=article)  # fmt: skip
    assert v.no_giveaway(tied) == "the question names what the article ties to the place ('Rocha')"
    alone = "Rocha spoke in Lisbon. Rocha still has broad support in Portugal, a poll found."
    untied = cand("In which country does Rocha still have broad support?", "Portugal", sentence,
                  kind="place", relation="country", article=alone)  # fmt: skip
    assert v.no_giveaway(untied) is None  # the fact's own "in Portugal" is what is asked


def test_an_acronym_before_a_generic_definite_does_not_say_which() -> None:
    sentence = "Scientists await DNA results to trace the mummy to its village in Peru."
    question = "In which country do scientists await DNA results to trace the mummy to its village?"
    bad = cand(question, "Peru", sentence, kind="place", relation="country")
    assert v.subject_is_resolved(bad) == "'the mummy' without saying which"


def test_who_reports_a_fact_does_not_say_which_couple_it_is_about() -> None:
    sentence = "Michael Reyes has said the couple had been dating for seven months."
    question = "According to Michael Reyes, for how many months had the couple been dating?"
    bad = cand(question, "seven months", sentence, kind="number", relation="amount")
    assert v.subject_is_resolved(bad) == "'the couple' without saying which"


def test_a_city_or_region_of_the_asked_country_gives_it_away() -> None:
    sentence = "Chelsea were in France to play Paris Saint-Germain in the first leg."
    bad = cand("In which country were Chelsea to play Paris Saint-Germain in the first leg?",
               "France", sentence, kind="place", relation="country")  # fmt: skip
    assert v.no_giveaway(bad) == "the question names a city or region of the place ('Paris')"
    good = cand("In which country were Chelsea to play in the first leg?", "France", sentence,
                kind="place", relation="country")  # fmt: skip
    assert v.no_giveaway(good) is None


def test_a_price_fronted_with_its_noun_is_rejected() -> None:
    sentence = "The $9 million removal of the old pier is needed for the harbour project."
    bad = cand("How much removal of the old pier is needed for the harbour project?",
               "$9 million", sentence, kind="money", relation="amount")  # fmt: skip
    assert v.question_is_complete(bad) == "a phrase fronted out of its clause"
    good = cand("How much will the removal of the old pier cost?", "$9 million", sentence,
                kind="money", relation="amount")  # fmt: skip
    assert v.question_is_complete(good) is None


def test_a_place_that_belongs_to_a_noun_is_not_asked_of_the_clause() -> None:
    sentence = "The minister has been in the spotlight since the invasion of Freedonia began."
    bad = cand("In which country has the minister been in the spotlight since the invasion began?",
               "Freedonia", sentence, kind="place", relation="country")  # fmt: skip
    assert v.place_is_the_clauses(bad) == "the place belongs to a noun, not to the clause"
    sentence = "The minister spent two weeks in Freedonia in May."
    good = cand("In which country did the minister spend two weeks in May?", "Freedonia",
                sentence, kind="place", relation="country")  # fmt: skip
    assert v.place_is_the_clauses(good) is None


# --- questions the article's news answers, true after its day -------------------------------------


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("How many people have the Lanark floods killed so far?", "article's day"),
        ("For now, in what month is the Rowe memoir scheduled for release?", "article's day"),
        ("In what year did the last major flood hit Carlisle?", "article's day"),
        ("How many goals has Ada Roe scored for Lanark Rovers this season?", "article's day"),
    ],
)
def test_a_question_true_only_on_its_articles_day_is_rejected(question: str, reason: str) -> None:
    c = cand(question, "two", "The two were named.", kind="count", relation="count")
    found = v.not_time_bound(c)
    assert found is not None and reason in found


def test_a_question_with_a_past_year_and_no_moment_passes_the_time_check() -> None:
    c = cand("In what year did the Carlisle flood happen?", "2005", "The flood hit in 2005.",
             kind="year", relation="in-year")  # fmt: skip
    assert v.not_time_bound(c) is None


@pytest.mark.parametrize(
    ("question", "kind", "reason"),
    [
        ("Who is the Rovers manager?", "person", "general knowledge"),
        ("Who was the Fen Band founder?", "person", "general knowledge"),
        ("In which town is the Ashworth Museum?", "place", "background"),
        ("In which country is Pellan Gallery?", "place", "background"),
        ("In which city did a tram derail near the University of Leeds campus?", "place",
         "institution"),
        ("In which country is Norden Hospital one of two centres with isolation wards?", "place",
         "institution"),
    ],
)
def test_general_knowledge_and_institutions_that_tell_where_are_rejected(
    question: str, kind: str, reason: str
) -> None:
    c = cand(question, "Leeds", "Leeds is here.", kind=kind, relation="city")
    found = v.asks_the_news(c)
    assert found is not None and reason in found


def test_a_place_asked_of_an_event_passes() -> None:
    # "In which town is Cecil Ward the police chief?" passed here until the strict graders
    # dropped it (test_where_someone_holds_a_post_is_background)
    for question in ("In which town was Mara Keel born?", "In which city did Flight 12 land?",
                     "In which town did police chief Cecil Ward open the bridge?"):  # fmt: skip
        assert v.asks_the_news(cand(question, "Leeds", "Leeds.", kind="place")) is None


def test_a_byline_contribution_is_not_news() -> None:
    c = cand("From which city did CNN's Ana Roe contribute?", "Seoul", "Seoul.", kind="place")
    assert v.question_is_complete(c) == "asks how the article was made (its byline), not its news"


def test_a_preposition_left_without_its_object_is_rejected() -> None:
    c = cand("How much did Ferland's fine range from to $102?", "$77", "$77.", kind="money",
             relation="amount")  # fmt: skip
    assert v.question_is_complete(c) == "a preposition lost its object"
    ok = cand("On what date did Seif's team move in on a compound?", "May 2", "May 2.",
              kind="date", relation="date")  # fmt: skip
    assert v.question_is_complete(ok) is None


# --- gap-fill questions: the sentence must stand alone -------------------------------------------

TORNADO = "A tornado hit Ardle in Oklahoma in 2013, killing 24 people and injuring hundreds more."


def gap(sentence: str, answer: str, kind: str = "count", relation: str = "count") -> Candidate:
    start = sentence.index(answer)
    gapped = f"{sentence[:start]}_____{sentence[start + len(answer):]}"
    return cand(f"What figure fills the gap? \u201c{gapped}\u201d", answer, sentence, kind=kind,
                relation=relation)  # fmt: skip


def test_a_name_only_in_who_reported_it_says_not_what_a_gap_fill_is_about() -> None:
    """ "Some 60,000 children are in need of assistance, UNICEF reported." names no place:
    UNICEF told it, the children are nowhere; with the place named, it stands."""
    for sentence in (
        "Some 60,000 children are in need of assistance, UNICEF reported.",
        "According to Oxfam, some 60,000 children are in need of assistance.",
        "Some 60,000 children are in need of assistance, according to the Red Cross.",
    ):
        assert v.cloze_rejection(gap(sentence, "60,000")) == (
            "says not what it is about (a name only in who reported it)"
        ), sentence
    named = "Some 60,000 children in Vanuatu are in need of assistance, UNICEF reported."
    assert v.cloze_rejection(gap(named, "60,000")) is None


def test_a_sentence_that_stands_alone_makes_a_gap_fill() -> None:
    assert v.cloze_rejection(gap(TORNADO, "24")) is None
    dashes = "A tornado hit Ardle -- in Oklahoma -- in 2013, killing 24 people (and a dog)."
    assert v.cloze_rejection(gap(dashes, "24")) is None  # a dash or a bracket is prose
    assert v.cloze_rejection(gap(TORNADO, "2013", "year", "in-year")) is None


@pytest.mark.parametrize(
    ("sentence", "answer", "reason"),
    [
        ("It hit Ardle in Oklahoma in 2013, killing 24 people and injuring hundreds.", "24",
         "pronoun"),
        ("The storm hit Ardle in Oklahoma in 2013, killing 24 people and injuring many.", "24",
         "points back"),
        ("The gale ripped through Ardle in 2013, killing 24 people and injuring many.", "24",
         "without saying which"),
        ("But a tornado hit Ardle in Oklahoma in 2013, killing 24 people and hurting many.", "24",
         "continues another"),
        ("A tornado also hit Ardle in Oklahoma in 2013, killing 24 people and hurting many.",
         "24", "leans on another"),
        ("Ardle, Oklahoma (CNN)A tornado hit Ardle in 2013, killing 24 people and many more.",
         "24", "layout"),
        ("A tornado hit Ardle, killing 24 people, said Lt.", "24", "short"),
        ("A tornado hit Ardle in Oklahoma, killing 24 people and injuring 12 people, said Capt.",
         "24", "abbreviation"),
        ("Monday at the Ardle Chapel of Rest in Oklahoma City, with 24 mourners and their kin.",
         "24", "no verb"),
        ("A tornado hit Ardle in Oklahoma killing 24 people , and injuring hundreds more.", "24",
         "garbled"),
        ("A tornado that killed 24 people hit Ardle, \u201ca nightmare\u201d, Ada Lamb said.", "24",
         "quotation"),
        ("Deaths: 24 (in Ardle) Injured: hundreds Tornado: EF5 Date: May 20, 2013 in Oklahoma.",
         "24", "layout"),
        ("A tornado hit Ardle in Oklahoma in 2013, killing 12 people and injuring 12 people.",
         "12", "holds its answer"),
    ],
)
def test_a_sentence_that_leans_on_its_article_makes_no_gap_fill(
    sentence: str, answer: str, reason: str
) -> None:
    found = v.cloze_rejection(gap(sentence, answer))
    assert found is not None and reason in found, found


def test_a_gap_inside_a_longer_name_is_rejected() -> None:
    sentence = "The Duchess of Cornwall opened the new Lanark Bridge in Scotland on Friday."
    found = v.cloze_rejection(gap(sentence, "Cornwall", "place", "region"))
    assert found == "the gap is part of a longer name"


def test_a_gap_fill_figure_the_rest_of_its_sentence_adds_up_to_is_rejected() -> None:
    sentence = "Of the 36 people on the Lanark coach, 24 were hurt and 12 walked away unharmed."
    assert v.cloze_rejection(gap(sentence, "24")) == (
        "the figure is the sum or difference of two in the question"
    )


def test_a_quote_that_names_nothing_or_points_back_identifies_no_speaker() -> None:
    def who(quote: str) -> Candidate:
        return cand(f"Who said \u201c{quote}\u201d?", "Ada Roe", "Ada Roe said so.")

    assert v.quote_says_what_about(who("The grief of the families is immeasurable")) == (
        "the quote names nothing: it could be anyone's"
    )
    assert v.quote_says_what_about(who("He pushed for the Lanark bridge from the start")) == (
        "the quote points back into its article ('He')"
    )
    assert v.quote_says_what_about(who("We have waited 20 years for the Lanark bridge")) is None
    # a country says which country, not whose words: any of its politicians could say it
    for generic in ("Around the world, America's influence depends on its commitments",
                    "Every French family deserves a safe home"):  # fmt: skip
        assert v.quote_says_what_about(who(generic)) == (
            "the quote names nothing: it could be anyone's"
        ), generic
    assert v.quote_says_what_about(who("America's influence depends on the Lanark deal")) is None


def test_a_spokespersons_name_and_an_unplaced_day_are_not_asked() -> None:
    sentence = "The hospital was evacuated at noon, said spokeswoman Ana Lisle."
    spoken = cand("Which spokeswoman said the hospital was evacuated?", "Ana Lisle", sentence,
                  relation="role")  # fmt: skip
    assert v.worth_asking(spoken) == "a spokesperson's name: not the story's news"
    day = cand("On what date did the Lanark bridge open?", "March 24",
               "The Lanark bridge opened on March 24.", kind="date", relation="date")  # fmt: skip
    assert v.worth_asking(day) == "a day with no year, from a story that gives no date"
    assert v.worth_asking(dataclasses.replace(day, dated=True)) is None  # dated: it says when
    opened = "The bridge opened on March 24, 2015."
    with_year = cand("On what date did the Lanark bridge open?", "March 24, 2015", opened,
                     kind="date", relation="date")  # fmt: skip
    assert v.worth_asking(with_year) is None


def test_a_surname_two_people_share_answers_nothing() -> None:
    article = "Serena Williams beat Ana Roe. Venus Williams watched. Williams said she was tired."
    shared = cand("Who said she was tired?", "Williams", "Williams said she was tired.",
                  article=article)  # fmt: skip
    assert v.surname_names_one(shared) == "a surname two people of the story share ('Williams')"
    alone = cand("Who said she was tired?", "Roe", "Roe said she was tired.", article=article)
    assert v.surname_names_one(alone) is None


def test_a_gap_fill_never_prints_a_thing_the_article_named_before() -> None:
    sentence = "Police said the fraternity had been suspended for 12 months by Lanark University."
    found = v.cloze_rejection(gap(sentence, "12 months", "number", "amount"))
    assert found == "'the fraternity' points back to what the article named before"


def test_an_end_of_a_range_written_with_between_is_not_asked() -> None:
    sentence = "Exit polls gave the Lanark party between 12 and 13 seats in the council."
    for answer in ("12", "13"):
        c = cand("How many seats?", answer, sentence, kind="count", relation="count")
        assert v.answer_is_unique(c) == "one end of a range"


def test_a_gap_fill_naming_someone_by_a_surname_introduced_before_is_rejected() -> None:
    sentence = "A tornado seen by Dunbar hit Ardle in Oklahoma in 2013, killing 24 people."
    article = f"Lanark council leader Ada Dunbar opened the bridge. {sentence}"
    c = dataclasses.replace(gap(sentence, "24"), article_text=article)
    assert v.cloze_rejection(c) == "a surname the article introduced before ('Dunbar')"
    whole = sentence.replace("by Dunbar", "by Ada Dunbar")
    named = dataclasses.replace(gap(whole, "24"), article_text=f"{article} {whole}")
    assert v.cloze_rejection(named) is None


def test_any_outlets_dateline_or_reporter_is_layout_not_news() -> None:
    for sentence, reason in (
        ("Tunis (AP) A tornado hit Ardle in Oklahoma in 2013, killing 24 people and many more.",
         "layout"),
        ("The Guardian's Ada Lamb said a tornado hit Ardle in 2013, killing 24 people there.",
         "reporter"),
    ):  # fmt: skip
        found = v.cloze_rejection(gap(sentence, "24"))
        assert found is not None and reason in found, (sentence, found)
    prose = "The World Health Organization (WHO) said the Ardle outbreak had killed 24 people."
    assert v.cloze_rejection(gap(prose, "24")) is None  # a bracketed acronym is prose
    police = "Police in the UK's West Midlands said a tornado hit Ardle in 2013, killing 24 people."
    assert v.cloze_rejection(gap(police, "24")) is None  # a country's, not an outlet's
    byline = cand("From which city did NBC's Ada Lamb send the story?", "Leeds", "Leeds.",
                  kind="place")  # fmt: skip
    assert v.question_is_complete(byline) == (
        "asks how the article was made (its byline), not its news"
    )


def test_the_new_rules_let_their_near_neighbours_through() -> None:
    funds = cand("How much did Lanark council contribute to the new bridge?", "£2 million",
                 "Lanark council will contribute £2 million to the new bridge.", kind="money",
                 relation="amount")  # fmt: skip
    assert v.question_is_complete(funds) is None  # a contribution is news; a byline is not
    first = cand("Who was the first woman to climb Ben Ardle?", "Ada Roe", "Ada Roe climbed it.")
    assert v.asks_the_news(first) is None
    club = "Former Williams player Ada Roe said Serena Williams was tired. Williams said so too."
    one = cand("Who said she was tired?", "Williams", "Williams said so too.", article=club)
    assert v.surname_names_one(one) is None  # "Former" is no given name


def test_an_end_of_a_long_range_is_not_asked() -> None:
    sentence = "The Lanark bridge will cost between $12 million and $13 million, officials said."
    c = cand("How much?", "$13 million", sentence, kind="money", relation="amount")
    assert v.answer_is_unique(c) == "one end of a range"


def test_a_capitalised_given_name_the_data_lacks_still_shares_a_surname() -> None:
    article = "Loistine Hoskin lost her car. Kimberly Hoskin, her niece, helped. Hoskin said so."
    shared = cand("Who said so?", "Hoskin", "Hoskin said so.", article=article)
    assert v.surname_names_one(shared) == "a surname two people of the story share ('Hoskin')"


# --- the question leans on no other sentence of its article ---------------------------------------

# An invented story: a man named in full once, then by surname; a wreck named, then "the wreckage".
HARBOUR = (
    "Divers raised the wreck of the steamer Lorna Belle from Kessock harbour on Monday. "
    "Tobias Quenell, a retired pilot, found the wreck in 2019. "
    "Quenell said the hull was in good shape. "
    "Four of the boilers are amid the wreckage 40 feet down on the floor of Kessock harbour. "
    "Quenell moved to Kessock in 1998 and returned there in 2009."
)


def at(sentence: str, question: str, answer: str, kind: str = "count") -> Candidate:
    return dataclasses.replace(
        cand(question, answer, sentence, kind=kind, relation=kind, article=HARBOUR)
    )


def test_a_pro_form_in_the_question_points_to_another_sentence() -> None:
    returned = "Quenell moved to Kessock in 1998 and returned there in 2009."
    there = at(returned, "In what year did Tobias Quenell return there?", "2009", "year")
    assert v.no_pro_form(there) == "a word that points to another sentence ('there')"
    near = at(HARBOUR, "How many boilers were raised in one nearby town?", "Four")
    assert v.no_pro_form(near) == "a word that points to another sentence ('nearby')"
    later = at(HARBOUR, "How much did Kessock spend five years later?", "Four")
    assert v.no_pro_form(later) == "a word that points to another sentence ('years later')"
    base = at(HARBOUR, "By how much was Kessock revenue up on a year earlier?", "Four")
    assert v.no_pro_form(base) is None  # a comparison's base, not another sentence's time
    other = at(HARBOUR, "How many points is Ada Roe another ahead of Lanark?", "Four")
    assert v.no_pro_form(other) == "a word that points to another sentence ('another')"
    # existential "there", "then" before a title and "nearby" before a name point nowhere
    assert v.no_pro_form(at(HARBOUR, "How many boilers are there in the Lorna Belle?",
                            "Four")) is None  # fmt: skip
    assert v.no_pro_form(at(HARBOUR, "Who was then Kessock mayor?", "Four")) is None
    assert v.no_pro_form(at(HARBOUR, "How many boats sank near nearby Kessock?", "Four")) is None


def test_a_person_named_by_surname_alone_names_no_one() -> None:
    returned = "Quenell moved to Kessock in 1998 and returned there in 2009."
    bare = at(returned, "In what year did Quenell move to Kessock?", "1998", "year")
    assert v.person_named_in_full(bare) == "a person named by surname alone ('Quenell')"
    owned = at(returned, "In what year did Quenell's boat sink?", "1998", "year")
    assert v.person_named_in_full(owned) == "a person named by surname alone ('Quenell')"
    full = at(returned, "In what year did Tobias Quenell move to Kessock?", "1998", "year")
    assert v.person_named_in_full(full) is None
    # a place, a thing after "a", a name that is no one's surname in the story are no one
    assert v.person_named_in_full(at(returned, "In what year did divers reach Kessock?",
                                     "1998", "year")) is None  # fmt: skip
    story = "Nora Hale bought a Defender in 2019. Hale said the Defender was her first car."
    thing = cand("In what year did Nora Hale buy a Defender?", "2019", story, kind="year",
                 relation="year", article=story)  # fmt: skip
    assert v.person_named_in_full(thing) is None


def test_a_surname_in_a_gap_fill_sentence_is_the_persons_second_mention() -> None:
    sentence = "If convicted, Quenell could be sentenced to 15 years in prison."
    article = "Tobias Quenell, a retired pilot, was charged on Monday. " + sentence
    printed = dataclasses.replace(gap(sentence, "15 years"), article_text=article)
    assert v.cloze_rejection(printed) == "a surname the article introduced before ('Quenell')"
    # "Mr. Quenell" and "said Quenell" make him a person even with no full name given
    titled = "Mr. Quenell was charged on Monday. " + sentence
    assert v.cloze_rejection(dataclasses.replace(printed, article_text=titled)) == (
        "the sentence leans on another ('Quenell')"
    )
    # "Pope Lino" is named so on purpose: his name alone says who he is
    pope = "Lino was elected in March 2013 after Pope Pius stepped down in Rome that spring."
    styled = dataclasses.replace(gap(pope, "March 2013", "date", "in-date"),
                                 article_text="Pope Lino spoke. Lino said so. " + pope)  # fmt: skip
    assert v.cloze_rejection(styled) is None


def test_a_definite_phrase_for_what_an_earlier_sentence_named_does_not_stand_alone() -> None:
    wreckage = (
        "Four of the boilers are amid the wreckage 40 feet down on the floor of Kessock harbour."
    )
    printed = dataclasses.replace(gap(wreckage, "40 feet"), article_text=HARBOUR)
    assert v.cloze_rejection(printed) == (
        "'the wreckage' stands for what an earlier sentence named"
    )
    # the same sentence as an article's first says nothing of an earlier one
    assert v.cloze_rejection(dataclasses.replace(printed, article_text=wreckage)) is None
    attack = "A gunman attacked the Ashworth Museum in Lanark, and two suspects were held."
    story = attack + " Police said the attack lasted an hour."
    asked = cand("How many suspects did Inspector Ada Roe name in the attack?", "two", attack,
                 kind="count", relation="count", article=story)  # fmt: skip
    asked = dataclasses.replace(asked, sentence="Police said the attack lasted an hour.")
    assert v.definite_is_named(asked) == "'the attack' stands for what an earlier sentence named"
    registered = "Of the 10 million refugees registered with UNHCR, less than 1% are resettled."
    waiting = "Refugees wait. " + registered
    printed = dataclasses.replace(gap(registered, "10"), article_text=waiting)
    assert v.cloze_rejection(printed) is None  # named by what follows the head
    # named where it stands, one of a kind, or named by the one-word name before it
    for question in (
        "How many suspects did Inspector Ada Roe name in the attack on the Ashworth Museum?",
        "How many suspects did Inspector Ada Roe name in the Lanark attack?",
        "How many suspects did police name around the world?",
        "Which Lanark inspector said the attack lasted an hour?",
    ):
        assert v.definite_is_named(dataclasses.replace(asked, question=question)) is None


def test_a_description_for_a_person_named_before_names_no_one() -> None:
    story = "Darius Penn played 14 seasons. The five-time Pro Bowl player retired in 2012."
    asked = cand("In what year did the five-time Pro Bowl player retire?", "2012",
                 "The five-time Pro Bowl player retired in 2012.", kind="year",
                 relation="year", article=story)  # fmt: skip
    assert v.definite_is_named(asked) == (
        "'the five-time Pro Bowl player' stands for what an earlier sentence named"
    )
    named = dataclasses.replace(asked, question="In what year did Darius Penn, the five-time "
                                "Pro Bowl player, retire?")  # fmt: skip
    assert v.definite_is_named(named) is None


def test_one_of_a_clubs_players_named_before_is_no_one_but_its_leader_is() -> None:
    """ "the Lanark Rovers striker" is one of several strikers: after "Tom Hale scored twice"
    it stands for him; "the Lanark Rovers manager" is one person, and says who."""
    story = "Tom Hale scored twice for Wales. The Lanark Rovers striker dominated in Haifa."
    asked = cand("In which city did the Lanark Rovers striker dominate the game?", "Haifa",
                 "The Lanark Rovers striker dominated in Haifa.", kind="place",
                 relation="city", article=story)  # fmt: skip
    assert v.definite_is_named(asked) == (
        "'the Lanark Rovers striker' stands for what an earlier sentence named"
    )
    manager = dataclasses.replace(
        asked, question="In which city did the Lanark Rovers manager dominate the game?"
    )
    assert v.definite_is_named(manager) is None
    alone = dataclasses.replace(asked, article_text=asked.sentence)  # no one named before
    assert v.definite_is_named(alone) is None


def test_a_quote_leaning_on_its_article_identifies_no_speaker() -> None:
    def who(quote: str) -> Candidate:
        return cand(f"Who said \u201c{quote}\u201d?", "Ada Roe", "Ada Roe said so.")

    leaning = {
        "What Lanark needs is an effort to move beyond it and build the bridge": "beyond it",
        "It doesn't have to be the Lanark council that pays": "It",
        "But the cost of the Lanark bridge is a worry": "But",
        "The Lanark bridge is also a worry": "also",
        "The Lanark bridge is a start \u2026": "\u2026",
    }
    for quote, word in leaning.items():
        assert v.quote_says_what_about(who(quote)) == (
            f"the quote points back into its article ({word!r})"
        )
    for quote in (
        "It is hard to say what the Lanark bridge will cost",  # "it" of "It is hard to ..."
        "There's been so much rain in Lanark that it's just not safe",
    ):
        assert v.quote_says_what_about(who(quote)) is None


def test_a_gap_fill_sentence_that_opens_on_one_or_leans_on_the_day_does_not_stand_alone() -> None:
    one = "One is from Ardle, a Lanark suburb 13 miles south of the Kessock bridge."
    assert v.cloze_rejection(gap(one, "13 miles")) == "the sentence continues another ('One')"
    past = "In the past 18 months, the Lanark council has fined 32 drivers for speeding on it."
    assert v.cloze_rejection(gap(past, "18 months")) == (
        "true only on the article's day ('the past')"
    )
    aboard = "All 11 service members aboard are believed dead, a Lanark official said Thursday."
    assert v.cloze_rejection(gap(aboard, "11")) == "the sentence leans on another ('aboard')"
    # "aboard" with its object, and "One of the world's" say what they are about
    named = "All 11 service members aboard the Lanark ferry are believed dead, officials said."
    assert v.cloze_rejection(gap(named, "11")) is None


def test_a_definite_phrase_with_a_gap_a_day_or_an_age_still_points_back() -> None:
    story = (
        "A tram hit a bus in Lanark on Monday. Rescuers reached the tram within minutes. "
        "A reporter who arrived in the capital Monday saw 100 people taking refuge in church. "
        "Of the 21 injured people, 10 were taken to Lanark General Hospital, officials said."
    )
    capital = "A reporter who arrived in the capital Monday saw 100 people taking refuge in church."
    before = "Lanark is the capital. " + story
    printed = dataclasses.replace(gap(capital, "100"), article_text=before)
    assert v.cloze_rejection(printed) == "'the capital' stands for what an earlier sentence named"
    injured = "Of the 21 injured people, 10 were taken to Lanark General Hospital, officials said."
    printed = dataclasses.replace(gap(injured, "21"), article_text=story)
    assert v.cloze_rejection(printed) == (
        "'the _____ injured people' stands for what an earlier sentence named"
    )
    aged = "Having finished seventh on Saturday, the 30-year-old won by 0.2 seconds in Lanark."
    printed = dataclasses.replace(gap(aged, "0.2 seconds"), article_text="Ada Roe skis. " + aged)
    assert v.cloze_rejection(printed) == (
        "'the 30-year-old' stands for what an earlier sentence named"
    )
    ceo = "As a girl in Lanark, the future CEO of a $4.6 billion media company was small but quick."
    printed = dataclasses.replace(gap(ceo, "$4.6 billion", "money"), article_text=ceo)
    assert v.cloze_rejection(printed) == (
        "'the future CEO' stands for what an earlier sentence named"
    )


def test_what_is_said_only_of_a_person_makes_a_word_a_surname() -> None:
    story = (
        "Seif's wife was with him at the Kessock ceremony. Seif and his small team moved in on a "
        "compound in 2012. Ardle lies 13 miles south of Kessock."
    )
    asked = cand("In what year did Seif move in on a compound?", "2012", story, kind="year",
                 relation="year", article=story)  # fmt: skip
    assert v.person_named_in_full(asked) == "a person named by surname alone ('Seif')"
    place = dataclasses.replace(asked, question="In what year did Ardle open a compound?")
    assert v.person_named_in_full(place) is None
    # a possessive before the surname is no part of the name: "Lanark's Minogue" is no one
    owned = "Kylie Minogue said she would sing. Minogue's family is from Lanark."
    possessive = cand("How much is Lanark's Minogue worth?", "Kylie", owned, article=owned)
    assert v.person_named_in_full(possessive) == "a person named by surname alone ('Minogue')"


def test_a_surname_alone_is_named_in_full_as_the_article_first_names_them() -> None:
    from quiz.authoring.context import with_surnames_in_full

    story = (
        "Tairod Nathan Webster Pugh, a former mechanic, was charged on Monday. Mr. Pugh moved to "
        "Lanark in 1998. Pugh and Ada Roe met there. Roe said so."
    )
    assert with_surnames_in_full("In what year did Pugh move to Lanark?", story) == (
        "In what year did Tairod Nathan Webster Pugh move to Lanark?"
    )
    assert with_surnames_in_full("Where did Pugh and Roe meet?", story) == (
        "Where did Tairod Nathan Webster Pugh and Ada Roe meet?"
    )
    # a quotation is the article's words; a surname two people bear is left for a validator
    quoted = "Who said \u201cPugh moved to Lanark\u201d?"
    assert with_surnames_in_full(quoted, story) == quoted
    shared = story + " Ian Roe, her brother, said nothing."
    assert with_surnames_in_full("Where did Roe meet Tairod Pugh?", shared) == (
        "Where did Roe meet Tairod Pugh?"
    )


def test_an_end_of_a_range_of_sums_is_not_asked() -> None:
    sentence = "Parking fines in Lanark ranged from $5 to $100 last year, the council said."
    low = cand("What was the smallest fine?", "$5", sentence, kind="money", relation="amount")
    high = cand("What was the largest fine?", "$100", sentence, kind="money", relation="amount")
    assert v.answer_is_unique(low) == "one end of a range"
    assert v.answer_is_unique(high) == "one end of a range"


def test_a_gap_fill_counting_a_group_named_before_is_rejected() -> None:
    marines = "The seven Marines were with a special operations regiment out of Camp Lejeune."
    assert "named before" in str(v.sentence_stands_alone(gap(marines, "seven")))
    refugees = "Of the 10 million refugees registered with UNHCR, less than 1% are resettled."
    assert "named before" not in str(v.sentence_stands_alone(gap(refugees, "10")))


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("The fraternity was founded March 9, 1856, at the University of Lanark.", "March 9, 1856"),
        ("Ardle Air started in 2002 and was taken over by Clyde Airways in 2009.", "2002"),
        ("The A320, which entered service in 1988, is considered very reliable.", "1988"),
    ],
)
def test_when_an_institution_began_is_not_the_news(sentence: str, answer: str) -> None:
    kind = "date" if " " in answer else "year"
    asked = cand("When?", answer, sentence, kind=kind, relation="in-year")
    assert v.worth_asking(asked) == "when an institution began: its history, not the story's news"
    bought = cand("When?", "2009", "Clyde Airways bought Ardle Air in 2009.", kind="year")
    assert v.worth_asking(bought) is None


@pytest.mark.parametrize(
    "question",
    [
        "In which country did Ada Roe have similar fainting spells?",
        "How many players did Rovers have score in double figures on the night?",
        "In which city did Ada Roe speak after hearing the news?",
    ],
)
def test_a_question_leaning_on_its_article_is_rejected(question: str) -> None:
    asked = cand(question, "x", f"{question} x", kind="place", relation="in")
    assert v.no_pro_form(asked) is not None


def test_similar_to_a_named_thing_or_the_night_of_a_named_day_points_nowhere_else() -> None:
    for question in ("Which illness was similar to flu?", "Who spoke on the night of the vote?"):
        assert v.no_pro_form(cand(question, "x", f"{question} x", kind="place")) is None


def test_an_answer_in_brackets_is_a_conversion_not_a_question() -> None:
    sentence = "Britain would provide 5 million pounds ($7.4 million) to help the task force."
    converted = cand("How much would Britain provide 5 million pounds ( ) to help?", "$7.4 million",
                     sentence, kind="money", relation="amount")  # fmt: skip
    assert v.not_in_brackets(converted) == "a conversion or an aside in brackets"
    pounds = cand("How much would Britain provide to help the task force?", "5 million pounds",
                  sentence, kind="money", relation="amount")  # fmt: skip
    assert v.not_in_brackets(pounds) is None


# --- trivia a figure's own words show ------------------------------------------------------------


def test_a_figure_hedged_after_it_is_an_idiom_or_a_bound_not_a_measure() -> None:
    """"top of the table, for 24 hours at least" (until the rival plays): thirteen blind grades
    of it, thirteen drops. "50 or more" is a bound the bare 50 misstates."""
    for sentence, answer, kind in (
        ("Arlow Rovers went top of the league, for 24 hours at least, with a 4-1 win.",
         "24 hours", "number"),
        ("The council said 50 or more homes in Arlow were flooded on Monday.", "50", "count"),
        ("The bridge in Arlow will cost $3 million or so, the mayor said.", "$3 million", "money"),
    ):  # fmt: skip
        hedged = cand("What figure fills the gap?", answer, sentence, kind=kind, relation="count")
        assert v.worth_asking(hedged) == (
            "a figure hedged after it ('for 24 hours at least'): an idiom or a bound"
        ), sentence
    sentence = "At least 24 people in Arlow were hurt in the blast on Monday."
    plain = cand("How many?", "24", sentence, kind="count", relation="count")
    assert v.worth_asking(plain) is None


def test_two_or_three_things_are_a_detail_but_two_or_three_people_or_events_are_news() -> None:
    for sentence, answer in (
        ("The three photos showed the mayor greeting the judges in Arlow.", "three"),
        ("Commissioner Ada Roe said there are two issues facing police chiefs.", "two"),
        ("In two key moments, the council of Arlow forgot its own rules.", "two"),
        ("Rebels raided 3 TV channels and a newspaper in Arlow on Monday.", "3"),
    ):
        small = cand("How many?", answer, sentence, kind="count", relation="count")
        assert v.worth_asking(small) == "two or three things: a detail, not the story's news"
    for sentence, answer in (
        ("A shooting at a bar in Arlow killed three people, police said.", "three"),
        ("A video shows three British schoolgirls crossing the border at Arlow.", "three"),
        ("The gunman shot two police officers outside the Arlow station.", "two"),
        ("Two Malians and two tourists were hurt in the Arlow blast.", "two"),
        ("The rebels carried out two attacks on the Arlow garrison.", "two"),
        ("The photos showed the mayor greeting 30 judges in Arlow.", "30"),
    ):
        counted = cand("How many?", answer, sentence, kind="count", relation="count")
        assert v.worth_asking(counted) is None, sentence


def test_a_players_points_in_one_game_are_a_box_score_but_an_index_or_a_table_is_not() -> None:
    for sentence in (
        "Ada Roe led the Arlow Owls with 25 points while Jo Lake added 22.",
        "Ada Roe, a junior guard, chipped in 25 points.",
        "Ada Roe was the Owls' top scorer with 25 points.",
    ):
        tally = cand("How many points?", "25", sentence, kind="count", relation="count")
        assert v.worth_asking(tally) == (
            "a player's tally in one game: a box score, not the story's news"
        )
    for sentence in (
        "The Arlow index fell 25 points on Monday after the bank failed.",
        "A win took the Owls' lead at the top of the table to 25 points.",
    ):
        moved = cand("How many points?", "25", sentence, kind="count", relation="count")
        assert v.worth_asking(moved) is None, sentence


def test_a_figure_counted_in_dozens_is_never_asked_by_its_multiplier() -> None:
    sentence = "Health officials said two dozen people were injured across the state of Arlow."
    dozens = cand("How many dozen people were injured?", "two", sentence, kind="count",
                  relation="count")  # fmt: skip
    assert v.answer_is_whole_span(dozens) == "a figure counted in dozens"
    hurt = "Health officials said 24 people were injured across the state of Arlow."
    assert v.answer_is_whole_span(cand("How many?", "24", hurt, kind="count")) is None


def test_a_gap_beside_its_conversion_in_brackets_is_given_away() -> None:
    sentence = "The UK Foreign Office will give 5 million pounds ($7.4 million) to the Arlow fund."
    given = gap(sentence, "5 million pounds", "money", "amount")
    assert v.cloze_rejection(given) == "a conversion printed beside the gap gives it away"
    aside = "The UK Foreign Office will give 5 million pounds (the most yet) to the Arlow fund."
    assert v.cloze_rejection(gap(aside, "5 million pounds", "money", "amount")) is None


def _year_in(sentence: str) -> Candidate:
    found = re.search(r"\b(?:19|20)\d\d\b", sentence)
    assert found is not None
    return cand("In what year?", found.group(), sentence, kind="year", relation="in-year")


def test_a_year_of_a_clause_beside_the_news_is_background() -> None:
    side = "a year of a clause beside the news (which, when, after ...): background"
    for sentence in (
        "When the band toured the U.K. in 2014, its venues were revealed online.",
        "Ada Roe joined Arlow after being released by Leeds in 2012.",
        "The league, which released its own guidelines in 2013, urged fans to report abuse.",
        "Two teams (both in 2001) were disbanded along the way.",
    ):
        assert v.worth_asking(_year_in(sentence)) == side, sentence
    for sentence in (
        "The last major attack on the town took place in 2013, when bombers struck a church.",
        "Arlow has a long partnership with the studio, which began in 1983 when a car appeared.",
        "After all, the last Arlow graduate in the league played in 1956.",
    ):
        assert v.worth_asking(_year_in(sentence)) is None, sentence


def test_a_gap_fill_sentence_that_counts_from_its_own_day_is_time_bound() -> None:
    for sentence, answer, kind, relation in (
        ("A massive tornado hit Ardle nearly two years ago, killing 24 people.", "24", "count",
         "count"),
        ("In the most recent elections in 2013, the Ardle party won 12 seats in parliament.",
         "2013", "year", "in-year"),
        ("The last time an Ardle graduate played in the league was in 1956, Ada Roe said.",
         "1956", "year", "in-year"),
    ):  # fmt: skip
        found = v.cloze_rejection(gap(sentence, answer, kind, relation))
        assert found is not None and found.startswith("true only on the article's day"), found
    # "the last major attack ... took place in 2013": later attacks may follow (five of six
    # graders edited or dropped it); a position in a period, or where figures are from, stands
    attack = "The last major attack on the Ardle church took place in 2013, police said."
    assert v.cloze_rejection(gap(attack, "2013", "year", "in-year")) == (
        "true only on the article's day ('The last major')"
    )
    for sentence, answer in (
        ("On the last day of the Ardle festival in 2013, 24 people were hurt in a crash.", "24"),
        ("Only 6% of crashes in Ardle involve foreign drivers, according to the latest figures "
         "from Lanark's transport ministry.", "6%"),
        ("Ardle reached the last eight of the Lanark cup in 2013 with 24 goals in six games.",
         "24"),
    ):  # fmt: skip
        assert v.cloze_rejection(gap(sentence, answer)) is None, sentence


def test_a_gap_fill_naming_a_month_with_no_year_of_an_undated_story_is_rejected() -> None:
    """ "An Ardle video released in January shows a boy shooting _____ men": which January?
    With its year, or in a story that says when it was written, it stands."""
    video = "A video released by Ardle rebels in January shows a boy shooting two Lanark men."
    assert v.cloze_rejection(gap(video, "two")) == (
        "a month with no year, from a story that gives no date ('in January')"
    )
    dated = dataclasses.replace(gap(video, "two"), dated=True)
    assert v.sentence_stands_alone(dated) is None
    year = video.replace("in January", "in January 2015")
    assert v.sentence_stands_alone(gap(year, "two")) is None
    may = "Ardle rebels may release a video showing two Lanark men, Ada Roe said on radio."
    assert v.sentence_stands_alone(gap(may, "two")) is None  # "may" is no month


def test_a_surname_after_the_sentences_opener_is_one_the_article_introduced() -> None:
    """ "Although Hayward turned pro after the loss, ..." names Gordon Hayward of an earlier
    sentence by his surname: the opener glued to it hid it."""
    sentence = "Although Korvin turned pro after the final, Ardle reached the final in 2013."
    article = f"Ada Korvin led Ardle to the 2012 final. {sentence}"
    c = dataclasses.replace(gap(sentence, "2013", "year", "in-year"), article_text=article)
    assert v.cloze_rejection(c) == "a surname the article introduced before ('Korvin')"


def test_a_surname_that_is_also_a_given_name_is_a_surname_once_written_alone() -> None:
    sentence = "Terry was banned for four matches and fined 220,000 pounds by the Ardle league."
    article = "Fans accused Ardle captain John Terry of abuse at the match. " + sentence
    printed = dataclasses.replace(gap(sentence, "220,000 pounds", "money", "amount"),
                                  article_text=article)  # fmt: skip
    found = v.cloze_rejection(printed)
    assert found is not None and "Terry" in found, found
    # "John Terry" written in full, and never "Terry" alone: a given name, nobody's surname yet
    whole = "John Terry was banned for four matches and fined 220,000 pounds by the Ardle league."
    assert v.cloze_rejection(gap(whole, "220,000 pounds", "money", "amount")) is None


def test_a_gap_fill_sentence_opening_on_a_link_to_the_one_before_does_not_stand_alone() -> None:
    for sentence, answer, kind, relation, lead in (
        ("For example, parking fines in Ardle ranged up to $100, but one fine was $102.", "$102",
         "money", "amount", "For example"),
        ("After all, the Ardle council has closed 12 libraries since the election.", "12",
         "count", "count", "After all"),
        ("A stint in Ardle followed, from January to September 2012.", "September 2012",
         "date", "date", "followed"),
    ):  # fmt: skip
        printed = gap(sentence, answer, kind, relation)
        assert v.cloze_rejection(printed) == f"the sentence continues another ({lead!r})"
    # "followed by" names what followed
    ended = "A march through the centre of Ardle followed by a rally drew 3,000 people on Sunday."
    assert v.cloze_rejection(gap(ended, "3,000")) is None


def test_a_common_noun_in_lower_case_is_no_lowered_name_and_a_passive_does_no_second_verb() -> None:
    raided = "Police raided the home of Dan Lisle in Lanark on Tuesday."
    article = f"{raided} He was held, according to Lanark Police Department records."
    asked = cand("In which town did police raid the home of Dan Lisle?", "Lanark", raided,
                 kind="place", relation="city", article=article)  # fmt: skip
    assert v.words_are_the_articles(asked) is None
    lowered = cand("In which town did police raid the home of dan Lisle?", "Lanark", raided,
                   kind="place", relation="city", article=article)  # fmt: skip
    assert v.words_are_the_articles(lowered) == "a name written in lower case ('dan')"
    film = "Lanark Nights, directed by Ada Roe, offers a portrait of the town."
    spliced = cand("By whom is Lanark Nights directed and offers a portrait of the town?",
                   "Ada Roe", film, kind="person", relation="by-agent")  # fmt: skip
    assert v.question_is_complete(spliced) == "a clause spliced into the question"
    plain = cand("By whom is Lanark Nights directed?", "Ada Roe", film, kind="person",
                 relation="by-agent")  # fmt: skip
    assert v.question_is_complete(plain) is None


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        # the pronoun's antecedent is named before it in the same sentence
        ("Police in Lanark say they have arrested a man accused of stealing 14 bicycles.", "14"),
        ("The Ardle plane had been flying at 38,000 feet when, minutes later, it descended.",
         "38,000 feet"),
        ("Average smartphone users in Lanark check their phone 150 times a day, a study found.",
         "150"),
        ("Council leader Mary Dunbar said she would open 12 new libraries across Lanark.", "12"),
    ],
)  # fmt: skip
def test_a_printed_sentence_may_name_its_pronouns_antecedent_before_them(
    sentence: str, answer: str
) -> None:
    kind = "number" if " " in answer else "count"
    assert v.sentence_stands_alone(gap(sentence, answer, kind, "count")) is None


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("He told councillors in Lanark that 12 new libraries would open across Ardle.", "12"),
        ("Six minutes later, it was recorded at 24,000 feet above the Lanark coast.", "24,000"),
        ("An average year in Lanark would produce 80 twisters in March, he said.", "80"),
        ("Since scoring her first hit in 1987, she has released 11 albums in Lanark.", "11"),
        ("We have opened 12 new libraries across Lanark since Ardle Council was elected.", "12"),
        ("At the time of writing, 4,000 people had signed a petition for his return.", "4,000"),
    ],
)
def test_a_pronoun_with_no_antecedent_before_it_in_its_sentence_is_still_refused(
    sentence: str, answer: str
) -> None:
    assert "pronoun" in str(v.sentence_stands_alone(gap(sentence, answer)))


def test_past_the_lead_a_pronoun_named_in_its_own_sentence_still_refuses_the_gap_fill() -> None:
    sentence = "Police in Lanark say they have arrested a man accused of stealing 14 bicycles."
    assert v.sentence_stands_alone(gap(sentence, "14")) is None  # in the lead
    past = dataclasses.replace(gap(sentence, "14"), in_lead=False)
    assert "pronoun" in str(v.sentence_stands_alone(past))


def test_a_demonym_qualifying_a_place_it_names_is_no_unnamed_person() -> None:
    town = "How many workers did a fire at a mill in the Scottish town of Lanark kill?"
    assert v.subject_is_resolved(cand(town, "five", "five")) is None
    person = "How many workers did the Russian say a fire at a mill in Lanark killed?"
    assert "names no one" in str(v.subject_is_resolved(cand(person, "five", "five")))


def test_a_shooting_percentage_is_a_box_score() -> None:
    def reason(answer: str, sentence: str) -> str | None:
        return v.worth_asking(cand("q?", answer, sentence, kind="number", relation="amount"))

    sentence = "Lanark shot 40 percent from the field, while Ardle managed 43 percent at home."
    assert "box score" in str(reason("40 percent", sentence))
    assert "box score" in str(reason("43 percent", sentence))
    survey = "Lanark found 40 percent of its voters had moved, while Ardle found 43 percent."
    assert reason("40 percent", survey) is None


def test_a_year_a_generation_before_the_story_is_its_history() -> None:
    story = (
        "The remains of King Malcolm were found under a Lanark car park in 2012. "
        "Malcolm died in battle at Ardle on August 22, 1485. He was reburied in 2015."
    )
    old = "Malcolm died in battle at Ardle on August 22, 1485."
    found = v.worth_asking(
        cand("q?", "August 22, 1485", old, kind="date", relation="date", article=story)
    )
    assert "history" in str(found)
    recent = "The remains of King Malcolm were found under a Lanark car park in 2012."
    kept = cand("q?", "2012", recent, kind="year", relation="in-year", article=story)
    assert v.worth_asking(kept) is None  # three years before the story: its news


@pytest.mark.parametrize(
    ("sentence", "answer", "alone"),
    [
        ("Lanark police have detained 16 men who were planning to cross the border into Ardle.",
         "16", True),
        ("A bomb in the capital of northern Lanark's Ardle province killed 12 people, police said.",
         "12", True),
        ("Ardle police said the man with a knife had injured 12 people at Lanark station.",
         "12", False),
        ("Ardle police said the border had been closed to 400 lorries from Lanark.",
         "400", False),
    ],
)  # fmt: skip
def test_a_noun_named_by_the_name_after_it_stands_alone(
    sentence: str, answer: str, alone: bool
) -> None:
    reason = v.sentence_stands_alone(gap(sentence, answer))
    assert (reason is None) is alone, reason


def test_a_present_perfect_of_an_undated_story_is_time_bound() -> None:
    sentence = "Ada Roe has been in jail in Lanark since her arrest."
    undated = cand("In which town has Ada Roe been in jail?", "Lanark", sentence, kind="place",
                   relation="in")  # fmt: skip
    assert "article's day" in str(v.not_time_bound(undated))
    assert v.not_time_bound(dataclasses.replace(undated, dated=True)) is None  # its date says
    past = dataclasses.replace(undated, question="In which town was Ada Roe jailed?")
    assert v.not_time_bound(past) is None


def test_a_definite_noun_the_sentence_named_before_stands_alone() -> None:
    named = (
        "A bomb in the capital of northern Lanark's Ardle province killed 12 people, the "
        "province's governor said."
    )
    assert v.sentence_stands_alone(gap(named, "12")) is None
    unnamed = "A bomb killed 12 people in Ardle, the province's governor said."
    assert "points back" in str(v.sentence_stands_alone(gap(unnamed, "12")))


def test_a_count_of_blasts_counts_events() -> None:
    sentence = "Bombers attacked a church in Lanark, setting off two blasts that killed 14 people."
    assert v.worth_asking(gap(sentence, "two")) is None
    detail = "Bombers attacked a church in Lanark, breaking two windows that faced the square."
    assert "detail" in str(v.worth_asking(gap(detail, "two")))


def test_a_question_ending_on_and_stops_before_its_object_only_when_the_answer_was_coordinated(
) -> None:
    school = "The Lanark school is home to about 1,100 students and staff."
    cut = cand("How many students is the Lanark school home to and staff?", "about 1,100", school,
               kind="count", relation="count")  # fmt: skip
    assert "stops before its object" in str(v.question_is_complete(cut))
    colours = "The Lanark Army in Ardle is using a dress to send a message about black and blue."
    whole = cand("In which town is the Lanark Army using a dress to send a message about black "
                 "and blue?", "Ardle", colours, kind="place", relation="city")  # fmt: skip
    assert v.question_is_complete(whole) is None


def test_a_date_printed_in_figures_in_its_own_sentence_is_a_giveaway() -> None:
    sentence = "Lanark's Pi Day is special this year, as the March 14 party runs on to 3.1415."
    pi = gap(sentence, "March 14", "date", "date")
    assert "in figures" in str(v.no_giveaway(dataclasses.replace(pi, question=pi.question)))
    other = "Lanark's fair is special this year, as the March 14 party runs on to 10 p.m."
    assert v.no_giveaway(gap(other, "March 14", "date", "date")) is None


def test_a_running_tally_of_an_undated_story_is_time_bound() -> None:
    sentence = "Ada Roe has won 19 Lanark singles titles, including six Ardle Opens."
    undated = gap(sentence, "19")
    assert "running tally" in str(v.worth_asking(undated))
    assert v.worth_asking(dataclasses.replace(undated, dated=True)) is None  # its date says
    past = "Ada Roe won 19 Lanark singles titles, including six Ardle Opens, before 2010."
    assert v.worth_asking(gap(past, "19")) is None


def test_a_question_cut_before_a_relative_clause_stops_before_its_object() -> None:
    """ "... after a week in?" of "after a week in which canceled engagements led to ...": the
    question was cut where the relative clause began."""
    sentence = ("Ada Korvin appeared in photos released by the palace on Friday after a week in "
                "which canceled engagements led to speculation.")  # fmt: skip
    asked = cand("Which Lanarkian president appeared in photos released by the palace after a "
                 "week in?", "Ada Korvin", sentence, relation="title")  # fmt: skip
    assert v.question_is_complete(asked) == "the question stops before its object"
    whole = dataclasses.replace(asked, question="Which Lanarkian president appeared in photos "
                                "released by the palace?")  # fmt: skip
    assert v.question_is_complete(whole) is None


def test_a_titles_words_written_lower_case_in_a_question_are_no_lowered_name() -> None:
    """The article writes "Foreign Minister Ada Korvin"; "Which Lanarkian foreign minister
    ...?" writes the title lower case, as a question does, and names no one lower case."""
    story = "Lanarkian Foreign Minister Ada Korvin denied the report in Port Vane."
    asked = cand("Which Lanarkian foreign minister denied the report in Port Vane?",
                 "Ada Korvin", story, relation="title")  # fmt: skip
    assert v.words_are_the_articles(asked) is None
    lowered = dataclasses.replace(asked, question="Which minister denied the report in port Vane?")
    assert v.words_are_the_articles(lowered) == "a name written in lower case ('port')"


def test_a_gap_dated_by_another_event_gives_itself_away() -> None:
    """ "came out in _____ -- less than three weeks after the founder's death": the death's
    date gives the gap; a date the sentence ties to nothing else stands."""
    tied = ("When Ada Korvin's biography came out in October 2011 -- less than three weeks "
            "after her death -- it sold a million copies in Lanark.")  # fmt: skip
    assert v.cloze_rejection(gap(tied, "October 2011", "date", "date")) == (
        "the sentence dates the gap by another event"
    )
    two = "Ada Korvin died in 1990, two years after the crash that ended her career in Lanark."
    assert v.not_dated_by_another_event(gap(two, "1990", "year", "in-year")) is not None
    alone = "Ada Korvin's biography came out in October 2011 and sold a million copies in Lanark."
    assert v.not_dated_by_another_event(gap(alone, "October 2011", "date", "date")) is None


def test_a_rankings_size_and_an_audiences_are_no_news() -> None:
    """ "Out of _____ countries, Lanark ranks 125th": the index's size, not Lanark's place;
    "Ada Korvin told _____ members of the council that ...": whom she told, not what."""
    ranked = "Out of 142 countries, Lanark ranks 125th on the forum's 2014 gender gap index."
    assert v.worth_asking(gap(ranked, "142")) == "the size of a ranking, not the rank"
    told = "Ada Korvin told two members of Lanark's human rights council that she was scared."
    assert v.worth_asking(gap(told, "two")) == "how many were told: the audience, not the news"
    counted = "Out of 142 countries surveyed by the forum in 2014, 40 cut their gender gap."
    assert v.worth_asking(gap(counted, "142")) is None  # no rank: a count like any other


def _in(article: str, sentence: str, answer: str, kind: str = "count") -> Candidate:
    return dataclasses.replace(gap(sentence, answer, kind, kind), article_text=article)


def test_a_figure_the_article_also_gives_by_its_parts_is_rejected() -> None:
    """ "All 11 crew aboard" and, later, "seven Marines and four Guard members": every other
    figure is ruled out by the story; so is a list whose total comes first ("seven children,
    four boys and three girls") and a list opened by "a" ("a man, four women and ...")."""
    asked = "All 11 service members aboard the Lanark ferry are believed dead."
    parts = "The search found the bodies of seven Marines and four Guard members aboard."
    assert v.figure_not_fixed_elsewhere(_in(f"{asked} {parts}", asked, "11")) == (
        "the article gives the parts the figure adds up to"
    )
    group = "Police in Lanark detained 16 Korvinian citizens on Monday."
    listed = "The group comprises a man, four women, three girls and eight boys, police said."
    assert v.cloze_rejection(_in(f"{group} {listed}", group, "16")) == (
        "the article gives the parts the figure adds up to"
    )
    total_first = "I have seven children, four boys and three girls, Ada Korvin said."
    family = "Ada Korvin raised seven children in Lanark."
    assert v.figure_not_fixed_elsewhere(_in(f"{family} {total_first}", family, "seven"))
    aged = "He stabbed three women aged 59, 76 and 84, as well as two men aged 62 and 82."
    five = "A man in Lanark admitted stabbing five neighbours."
    assert v.figure_not_fixed_elsewhere(_in(f"{five} {aged}", five, "five")) is not None
    # parts that add up to another figure, or counts that are no list, fix nothing
    other = "The search found seven Marines in the water. Four Guard members swam ashore."
    assert v.figure_not_fixed_elsewhere(_in(f"{asked} {other}", asked, "11")) is None
    ages = "The victims were aged 5 and 6, police said."
    assert v.figure_not_fixed_elsewhere(_in(f"{asked} {ages}", asked, "11")) is None
    car = "They took a car and ten bikes."  # "a car" beside one count is no list of counts
    assert v.figure_not_fixed_elsewhere(_in(f"{asked} {car}", asked, "11")) is None


def test_a_sum_the_article_gives_as_a_total_less_a_part_is_rejected() -> None:
    asked = "In 2007, Ada Korvin got a $124 ticket for driving an uninsured car in Lanark."
    total = "She paid $224 in all. That included a $100 fine for missing her court date."
    assert v.figure_not_fixed_elsewhere(_in(f"{asked} {total}", asked, "$124", "money")) == (
        "the article gives the sum as a total less its other part, or its parts"
    )
    paid = "She paid $224 in all, Ada Korvin said."
    parts = "It was a $124 ticket and a $100 fine."
    assert v.figure_not_fixed_elsewhere(_in(f"{paid} {parts}", paid, "$224", "money"))
    euros = "She paid €224 in all, including a €100 fine for missing her court date."
    assert v.figure_not_fixed_elsewhere(_in(f"{asked} {euros}", asked, "$124", "money")) is None


def test_a_share_the_article_also_gives_as_a_percentage_is_rejected() -> None:
    asked = "One out of every four people locked up in the world is held in Lanark's prisons."
    percent = "Lanark has 5% of the world's people but nearly 25% of its prisoners."
    assert v.figure_not_fixed_elsewhere(_in(f"{asked} {percent}", asked, "four")) == (
        "the article gives the same share as a percentage"
    )
    unrelated = "Lanark has 5% of the world's people but 60% of its prisons are full."
    assert v.figure_not_fixed_elsewhere(_in(f"{asked} {unrelated}", asked, "four")) is None


def test_a_count_of_people_the_article_names_one_by_one_is_rejected() -> None:
    asked = "A video shows three Lanark schoolgirls boarding a bus to the border."
    named = "Classmates Amira Korvin, 15, Kadiza Holt, 16, and Shamima Begum, 15, left home."
    assert v.figure_not_fixed_elsewhere(_in(f"{asked} {named}", asked, "three")) == (
        "the article names each one counted"
    )
    teams = "Fans of the Green Bay Packers, Minnesota Vikings and New Orleans Saints came."
    assert v.figure_not_fixed_elsewhere(_in(f"{asked} {teams}", asked, "three")) is None
    two = "Classmates Amira Korvin, 15, and Shamima Begum, 15, left home."
    assert v.figure_not_fixed_elsewhere(_in(f"{asked} {two}", asked, "three")) is None


def test_where_someone_holds_a_post_is_background() -> None:
    """ "In which city is Ada Korvin the police chief?" asks a post she holds (and may no
    longer), not what the story tells; where she opened the bridge is its news."""
    sentence = "Ada Korvin is the police chief in Lanark, a town rocked by the riots of 2012."
    post = cand("In which town is Ada Korvin the police chief?", "Lanark", sentence,
                kind="place", relation="in")  # fmt: skip
    assert v.asks_the_news(post) == "where someone holds a post: background, not news"
    opened = "Police chief Ada Korvin opened the new bridge in Lanark on Monday."
    news = cand("In which town did police chief Ada Korvin open the new bridge?", "Lanark",
                opened, kind="place", relation="in")  # fmt: skip
    assert v.asks_the_news(news) is None


CRASH = (
    "A Harbour Air jet crashed in the Lanark hills on Tuesday, killing everyone on board. "
    "Harbour Air said the plane had been checked on Monday. Investigators from Millbrook "
    "reached the site by noon, and Harbour Air flew relatives to Millbrook. "
    "A cabin crew of six and 144 passengers were among those on board Flight 42 when it "
    "left Dunmore. Millbrook police said the search would go on."
)


def test_a_gap_fill_names_one_of_what_its_story_is_most_about() -> None:
    """ "Flight 9525 took off with 144 passengers" out of its article says not whose flight:
    a gap-fill's sentence names one of its story's most-named things (Harbour Air, Millbrook)."""
    assert {"Harbour Air", "Millbrook"} <= set(v.story_anchors(CRASH))
    bare = (
        "A cabin crew of six and 144 passengers were among those on board Flight 42 when it "
        "left Dunmore."
    )
    loose = cand(
        f"What figure fills the gap? \u201c{bare.replace('144', '_____')}\u201d", "144", bare,
        kind="count", relation="count", article=CRASH,
    )  # fmt: skip
    assert v.names_the_story(loose) == "the sentence names none of what its story is most about"
    named = "Harbour Air said 144 passengers and a cabin crew of six were on board the jet."
    story = f"{CRASH} {named}"
    anchored = cand(
        f"What figure fills the gap? \u201c{named.replace('144', '_____')}\u201d", "144", named,
        kind="count", relation="count", article=story,
    )  # fmt: skip
    assert v.names_the_story(anchored) is None


def test_a_storys_source_months_and_nations_are_not_what_it_is_about() -> None:
    text = (
        "Police in Lanark told CNN on Monday that the French visitors left in March. A CNN "
        "crew saw French police in Lanark in March, and CNN spoke to them on Monday in "
        "Lanark. The French consul was in Paris in March, CNN said on Monday."
    )
    anchors = v.story_anchors(text)
    assert "Lanark" in anchors
    assert not {"CNN", "March", "Monday", "French"} & set(anchors), anchors


@pytest.mark.parametrize(
    "sentence",
    [
        "With majorities in both chambers of Congress, it is time for Republicans to begin "
        "rolling back 6 years of failed policies in Lanark.",
        "The Lanark council should spend 6 million pounds on the bridge before the winter.",
        "To keep the Lanark bridge open, we must find 6 million pounds by the end of May.",
    ],
)
def test_an_opinion_is_not_asked_as_a_fact(sentence: str) -> None:
    assert (v.states_a_fact(gap(sentence, "6")) or "").startswith("an opinion, not a fact")
    assert v.cloze_rejection(gap(sentence, "6")) is not None


def test_an_op_eds_exhortation_is_no_gap_fill() -> None:
    sentence = (
        "With majorities in both chambers of Congress, it is time for Republicans to begin "
        "rolling back 6 years of failed policies in Lanark."
    )
    assert v.cloze_rejection(gap(sentence, "6")) == "an opinion, not a fact ('it is time')"


def test_a_speakers_opinion_inside_quotes_is_theirs_and_a_rule_is_a_fact() -> None:
    quoted = 'Lanark council spent 6 million pounds, and "we must do more," its leader said.'
    assert v.states_a_fact(gap(quoted, "6")) is None
    rule = "The Lanark ship must be moved 6 miles before the harbour is deepened in May."
    assert v.states_a_fact(gap(rule, "6")) is None


def test_a_date_of_a_relative_clause_beside_the_news_is_background() -> None:
    """ "Pope Ivo, who was elected in March 2013 after ..., said ...": when he was elected is
    the clause's aside; a date the sentence's own news gives stays."""
    aside = (
        "Pope Ivo, who was elected in March 2013 after Pope Leo stepped down, said his papacy "
        "in Lanark would be brief."
    )
    found = v.worth_asking(cand("?", "March 2013", aside, kind="date", relation="month"))
    assert found == "a date of a clause beside the news (who, which ...): background"
    news = "Pope Ivo, who leads the synod, will visit Lanark on March 9, 2026, its bishop said."
    assert v.worth_asking(cand("?", "March 9, 2026", news, kind="date", relation="date")) is None
