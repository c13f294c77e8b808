"""Speaker classes on open text (issue #12, second round): a participle after an earlier quote,
a told-clause with a place or time, an unclosed "of ..." apposition, a person behind role
words carried to a first-person quote, reported speech two sentences back.

Every sentence is written for these tests (invented people, bodies and places); mentions are
built by hand as in ``test_quotes``.
"""
from __future__ import annotations

from tests.unit.test_quotes import one, quotes


def by_text(qs):
    return {q.text: q for q in qs}


def test_participle_after_an_earlier_quote_takes_the_sentence_subject():
    body = 'Senator Ruth Okoye called the bill "a gift to polluters", adding: "We will fight it in committee."'
    qs = by_text(quotes(body, ("Ruth Okoye", "PERSON")))
    assert qs["We will fight it in committee."].speaker == "Ruth Okoye"
    assert qs["We will fight it in committee."].rule == "quote.before.participle"


def test_participle_after_a_quote_with_nobody_named_stays_unattributed():
    body = 'The levy was called a "tax on bread" by critics, adding: "Prices will rise."'
    qs = by_text(quotes(body))
    assert qs["Prices will rise."].speaker is None


def test_a_connective_before_the_pronoun_of_a_participle():
    body = ('Coach Ivan Petrov was calm. "We lost, but we learned," he said. But he is not worried, '
            'insisting: "The title race is long."')
    qs = by_text(quotes(body, ("Ivan Petrov", "PERSON")))
    assert qs["The title race is long."].speaker == "Ivan Petrov"


def test_told_an_outlet_with_a_place_or_time_before_the_colon():
    body = 'Liana Brook told a local radio station on her way to the airport: "They gave me no notice."'
    q = one(body, ("Liana Brook", "PERSON"))
    assert q.speaker == "Liana Brook"


def test_told_with_a_place_keeps_the_outlet_as_addressee():
    body = 'Liana Brook told Harbour FM at the station in Kessel: "They gave me no notice."'
    q = one(body, ("Liana Brook", "PERSON"), ("Harbour FM", "ORG"), ("Kessel", "GPE"))
    assert (q.speaker, q.cue) == ("Liana Brook", "told")
    assert q.addressee and q.addressee.startswith("Harbour FM")


def test_an_of_apposition_without_its_closing_comma():
    body = ('Dr Pavel Hruby, of the Institute for Water Studies at the University of Brno in Moravia said: '
            '"The river is dying."')
    q = one(body, ("Pavel Hruby", "PERSON"), ("Institute for Water Studies", "ORG"),
            ("University of Brno", "ORG"), ("Moravia", "GPE"))
    assert q.speaker == "Pavel Hruby"


def test_a_first_person_quote_carries_the_person_behind_role_words():
    body = ("Tenants' league coach Maja Rolf wants the players to train more on grass. "
            "\"I think it will help them to learn.\"")
    q = one(body, ("Maja Rolf", "PERSON"))
    assert (q.speaker, q.rule) == ("Maja Rolf", "quote.carry.subject")


def test_a_person_as_an_object_behind_role_words_is_not_carried():
    body = ("The board sacked head coach Maja Rolf on Monday. "
            "\"I think it will help them to learn.\"")
    q = one(body, ("Maja Rolf", "PERSON"))
    assert q.speaker is None


def test_reported_speech_two_sentences_back_when_the_one_between_names_nobody():
    body = ("Omar Haddad, from the Levant Trust, told the Courier there are two problems with the scheme. "
            "The first is the cost of the sensors.\n\n"
            "\"The real answer is to share the data between the councils.\"")
    q = one(body, ("Omar Haddad", "PERSON"), ("Levant Trust", "ORG"), ("Courier", "ORG"))
    assert (q.speaker, q.rule) == ("Omar Haddad", "quote.carry.reported")


def test_reported_speech_two_sentences_back_is_not_carried_past_another_name():
    body = ("Omar Haddad, from the Levant Trust, told the Courier there are two problems with the scheme. "
            "Councillor Ines Moreau has a different view.\n\n"
            "\"The real answer is to share the data between the councils.\"")
    q = one(body, ("Omar Haddad", "PERSON"), ("Levant Trust", "ORG"), ("Courier", "ORG"),
            ("Ines Moreau", "PERSON"))
    assert q.speaker != "Omar Haddad"
