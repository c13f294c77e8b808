"""Speaker classes on open text (issue #12): definite descriptions referring back to a person
or a mouthpiece named before ("the Bishop", "the agent", "the 29-year-old striker", "the
spokesperson" three sentences after "A Norland spokesperson"), and office holders told apart
from holders of other offices.

Every sentence is written for these tests (invented people, bodies and places); mentions are
built by hand as in ``test_quotes``.
"""
from __future__ import annotations

import re

from pipelines.text.quotes.offices import _named_after_role
from tests.unit.test_quotes import one, quotes


# --------------------------------------------------------------------------- offices

def test_a_holder_of_another_office_is_not_the_prime_minister():
    body = ("Tomas Ferreira said the party would win. Party chairman Ilse Varga accused the rival of lying.\n\n"
            "Speaking at a rally, the prime minister praised the \"remarkable\" result.")
    q = one(body, ("Tomas Ferreira", "PERSON"), ("Ilse Varga", "PERSON"))
    assert q.speaker == "Tomas Ferreira"


def test_the_chairman_is_still_the_one_introduced_as_chairman():
    body = ("Tomas Ferreira said the party would win. Party chairman Ilse Varga accused the rival of lying. "
            "\"We will fight on,\" the chairman said.")
    q = one(body, ("Tomas Ferreira", "PERSON"), ("Ilse Varga", "PERSON"))
    assert q.speaker == "Ilse Varga"


def test_a_secretary_of_state_is_the_minister():
    body = ("Education Secretary Ruth Amsel has suggested new rules for schools.\n\n"
            "Ms Amsel told the BBC progress had been made. The minister also said she had \"no regrets\".")
    q = one(body, ("Ruth Amsel", "PERSON"), ("Amsel", "PERSON", "Ruth Amsel"))
    assert q.speaker == "Ruth Amsel"


def test_a_secretary_of_state_is_not_the_prime_minister():
    body = ("Education Secretary Ruth Amsel has suggested new rules for schools.\n\n"
            "Ms Amsel told the BBC progress had been made. The prime minister also said there were \"no regrets\".")
    q = one(body, ("Ruth Amsel", "PERSON"), ("Amsel", "PERSON", "Ruth Amsel"))
    assert q.speaker is None


def test_a_role_opening_a_sentence_before_an_apposed_name_introduces_that_name():
    body = ("The chief executive of Tarn Foods, Mara Lind, announced 300 job cuts on Monday. Workers were angry. "
            "Union organiser Bo Smith called the cuts \"brutal\". \"We had no choice,\" the chief executive said.")
    q = quotes(body, ("Mara Lind", "PERSON"), ("Bo Smith", "PERSON"), ("Tarn Foods", "ORG"))[-1]
    assert q.speaker == "Mara Lind"


def test_a_role_as_an_object_before_a_name_introduces_nobody():
    role = re.compile(r"\bchief\s+executive\b", re.IGNORECASE)
    assert _named_after_role("Workers cheered. The chief executive of Tarn Foods, ", role)
    assert not _named_after_role("Workers cheered. Speaking to the chief executive, ", role)


# --------------------------------------------------------------------------- titles written capitalised

def test_a_title_written_capitalised_after_the_is_the_titled_person():
    body = ("The Bishop of Carrow, the Rt Rev Anselm Dunne, praised the film. "
            "Writing in the Carrow Echo, the Bishop said: \"It is a fine piece of work.\"")
    q = one(body, ("Anselm Dunne", "PERSON"), ("Carrow Echo", "ORG"))
    assert q.speaker == "Anselm Dunne"


def test_a_capitalised_role_that_is_no_title_is_a_name():
    body = "Magnus Berg writes for a weekly. \"The rates are wrong,\" the Economist said."
    q = one(body, ("Magnus Berg", "PERSON"), ("Economist", "ORG"))
    assert q.speaker == "Economist"


# --------------------------------------------------------------------------- descriptions of no role list

def test_an_age_and_any_noun_describe_the_person_named_before():
    body = ("The striker Jon Vale has a new deal. Vale scored twice on Saturday. "
            "The 29-year-old chart-topper told reporters he was \"delighted\".")
    q = one(body, ("Jon Vale", "PERSON"), ("Vale", "PERSON", "Jon Vale"))
    assert q.speaker == "Jon Vale"


def test_a_demonym_modifying_a_role_introduces_no_one_of_that_nation():
    body = ("Petra Holm says she has been banned for three months. Holm believes an injection given to her "
            "by a Norwegian doctor is to blame. \"I have acted correctly,\" the 31-year-old Norwegian said.")
    q = one(body, ("Petra Holm", "PERSON"), ("Holm", "PERSON", "Petra Holm"), ("Norwegian", "NORP"))
    assert q.speaker == "Petra Holm"


def test_a_demonym_introduced_alone_is_someone_unnamed():
    body = ("Petra Holm says she has been banned for three months. A Norwegian told the court she had lied. "
            "\"She has acted wrongly,\" the Norwegian said.")
    q = one(body, ("Petra Holm", "PERSON"), ("Norwegian", "NORP"))
    assert q.speaker is None


def test_a_noun_written_before_a_name_describes_that_person_later():
    body = "The deal was done by agent Pia Korhonen on Friday. \"It is a fair offer,\" the agent said."
    q = one(body, ("Pia Korhonen", "PERSON"))
    assert q.speaker == "Pia Korhonen"


def test_a_noun_never_written_before_a_name_describes_nobody():
    body = "Jon Vale has a new deal. \"It is a fair offer,\" the agent said."
    q = one(body, ("Jon Vale", "PERSON"))
    assert q.speaker is None


def test_a_possessive_lede_is_named_in_the_next_sentence():
    body = ("Jon Vale's agent has warned the club.\n\n"
            "Sami Ruud says he has received a better offer. \"We want an answer,\" the agent added.")
    q = one(body, ("Jon Vale", "PERSON"), ("Sami Ruud", "PERSON"))
    assert q.speaker == "Sami Ruud"


def test_the_person_a_lede_spoke_of_is_not_what_the_lede_describes():
    body = ("Jon Vale's lawyers questioned Ms Ruud's account.\n\n"
            "Ms Ruud began work in May. \"We want an answer,\" the defence said.")
    q = one(body, ("Jon Vale", "PERSON"), ("Ruud", "PERSON"))
    assert q.speaker is None


# --------------------------------------------------------------------------- "the spokesperson"

def test_the_spokesperson_is_the_one_introduced_three_sentences_before():
    body = ("Kari Ruud worked for Norland Airlines. A Norland spokesperson confirmed on Wednesday that Ms Ruud "
            "was no longer an employee. Norland has repeatedly declined to elaborate. A spokesperson reiterated "
            "this position on Wednesday. The spokesperson also confirmed that there were \"very clear rules\".")
    q = one(body, ("Kari Ruud", "PERSON"), ("Ruud", "PERSON", "Kari Ruud"), ("Norland Airlines", "ORG"),
            ("Norland", "ORG", "Norland Airlines"))
    assert q.speaker == "Norland Airlines"


def test_the_spokesman_is_the_office_holders_introduced_before():
    body = ("Prime Minister Lena Okafor faced questions over the e-mail. Later the prime minister's spokesman "
            "was asked about it. The spokesman said: \"She has nothing more to say.\"")
    q = one(body, ("Lena Okafor", "PERSON"))
    assert q.speaker == "Lena Okafor"


def test_the_spokesman_introduced_by_nobody_named_speaks_for_nobody():
    body = ("Lena Okafor faced questions over the e-mail. Critics were unimpressed. Later a spokesman "
            "was asked about it. The spokesman said: \"There is nothing more to say.\"")
    q = one(body, ("Lena Okafor", "PERSON"))
    assert q.speaker != "Lena Okafor"


# --------------------------------------------------------------------------- "they" after a plural body

def test_they_after_a_plural_body_holding_a_view_is_that_body():
    body = "The Greens want to scrap the tax. They say the tax is the most \"unfair\" in Britain."
    q = one(body, ("Greens", "ORG"), ("Britain", "GPE"))
    assert q.speaker == "Greens"


def test_they_after_a_body_modifying_a_noun_is_nobody():
    body = "The Greens leader wants to scrap the tax. They say the tax is the most \"unfair\" in Britain."
    q = one(body, ("Greens", "ORG"), ("Britain", "GPE"))
    assert q.speaker is None


# --------------------------------------------------------------------------- a clause of "with"

def test_a_clause_of_with_after_the_quote_is_no_speaker():
    body = "Tarnco said the outlook in Europe this year was \"stable\", with small growth forecast in other regions."
    q = one(body, ("Tarnco", "ORG"), ("Europe", "LOC"))
    assert (q.speaker, q.rule) == ("Tarnco", "quote.sentence.name_said")


def test_a_speaker_after_the_quote_still_speaks():
    body = "\"The outlook is stable,\" Tarnco chief Ida Berg said, with a smile."
    q = one(body, ("Tarnco", "ORG"), ("Ida Berg", "PERSON"))
    assert q.speaker == "Ida Berg"
