"""Organisation and place shapes on open text: final trade words, broadcasters, names joined
over a possessive, sea features. Each class next to a trap that looks like it; every sentence
is written for the test (invented names)."""
from __future__ import annotations

import pytest

from tests.unit.test_entities import one, run
from tests.unit.test_entity_classes import resolve


# --- org.head_word: a final trade or outlet word after an unknown name --------------------------
@pytest.mark.parametrize("text, name", [
    ("The survey was carried out by Marrow Research last spring.", "Marrow Research"),
    ("Prices were set by Tenvik Forge for the whole region.", "Tenvik Forge"),
    ("The story was first carried by Ostrava Wire on Sunday.", "Ostrava Wire"),
    ("The rights were bought by Pellham Films in March.", "Pellham Films"),
    ("He told Brackley FM that the road would reopen.", "Brackley FM"),
    ("The interview was aired on Dunmore Radio at noon.", "Dunmore Radio"),
    ("The cyclists of Grupo Valderra won the stage.", "Grupo Valderra"),
    ("Profits at Holmvik Energi rose sharply.", "Holmvik Energi"),
])
def test_a_final_trade_or_outlet_word_makes_a_two_word_name_a_body(text, name):
    m = one(run(text)[0], name)
    assert m.type == "ORG" and m.rule == "org.head_word", (m.type, m.rule)


@pytest.mark.parametrize("text, name", [
    # traps: a role noun before the name is a person's, and a country before "TV" is the country
    ("The band brought in bass player Lenny Forge for the tour.", "Lenny Forge"),
    ("She hired guitarist Robbie Wire last year.", "Robbie Wire"),
])
def test_a_role_noun_before_a_name_ending_in_a_trade_word_keeps_the_person(text, name):
    assert one(run(text)[0], name).type == "PERSON"


def test_a_country_before_tv_stays_the_country():
    m = one(run("The show was a hit on Kenyan TV and in Ghana.")[0], "Kenyan")
    assert m.type == "NORP"


# --- org.channel: a station, its name and its frequency ----------------------------------------
def test_a_station_and_its_frequency_is_one_channel():
    m = one(run("The mayor told Radio Kessmoor 102 that schools would shut.")[0], "Radio Kessmoor 102")
    assert m.rule == "org.channel"


def test_a_year_after_a_station_name_is_no_frequency():
    mentions, _ = run("The mayor told Radio Kessmoor in 2019 that schools would shut.")
    assert one(mentions, "Radio Kessmoor").rule == "org.channel"


# --- org.possessive_name: a name joined over a plural possessive or "'s" -------------------------
@pytest.mark.parametrize("text, name", [
    ("The Growers' Action Forum said on Friday that prices were too low.", "Growers' Action Forum"),
    ("The row was led by the Renters' Voice group.", "Renters' Voice"),
    ("An inquiry was opened by the Data Standards Ombudsman's Office.", "Data Standards Ombudsman's Office"),
    ("She joined the Women's Institute in 1990.", "Women's Institute"),
])
def test_a_name_broken_by_a_possessive_is_one_body(text, name):
    m = one(run(text)[0], name)
    assert m.type == "ORG" and m.rule == "org.possessive_name", (m.type, m.rule)


@pytest.mark.parametrize("text, name", [
    # traps: a team's or a firm's possessive before a person or a product, a country's before a party
    ("With the return of the Hawks' Tom Reyna, the side looked strong.", "Tom Reyna"),
    ("The film was made by Silver Brands' Delta unit.", "Silver Brands"),
    ("Kessia's Labour Party won the vote.", "Labour Party"),
])
def test_a_possessive_before_another_name_keeps_two_names(text, name):
    assert one(run(text)[0], name).surface == name


# --- loc.feature: firths, and any feature word after "the" or a locative word ------------------
@pytest.mark.parametrize("text, name", [
    ("Storms closed the Dornvik Firth on Monday.", "Dornvik Firth"),
    ("Boats in Tolvar Sound were hit by the storm.", "Tolvar Sound"),
])
def test_a_feature_word_after_a_place_cue_is_a_place(text, name):
    m = one(run(text)[0], name)
    assert m.type == "LOC" and m.rule == "loc.feature"


def test_a_feature_word_in_a_persons_name_stays_the_person():
    # trap: a locative word, but the apposition says it is a person
    mentions, _ = run("They spoke to Ana Sound, an engineer, about the bridge.")
    assert all(m.type != "LOC" for m in mentions if m.surface == "Ana Sound")


# --- org.legal_form: a firm's legal form is part of its name and of its canonical name -----------
def test_a_legal_form_is_part_of_the_firm_and_names_it():
    text = ("Tolvik Research plc has 400 staff. Later, Tolvik Research said it would hire more. "
            "Brenmo AS also expanded, and Brenmo said it was pleased.")
    mentions, _ = run(text)
    assert one(mentions, "Tolvik Research plc").rule == "org.legal_form"
    assert one(mentions, "Brenmo AS").type == "ORG"
    ents, out = resolve({"a": text})
    names = {ents[m.entity_id].name for m in out if m.surface in ("Tolvik Research", "Tolvik Research plc")}
    assert names == {"Tolvik Research plc"}


def test_a_lower_case_word_after_a_firm_is_no_legal_form():
    # trap: "as" is a legal form only in capitals
    mentions, _ = run("Shares in Kessa Foods as well as in Tolo Mining rose.")
    assert one(mentions, "Kessa Foods").type == "ORG"


# --- org.institution_cased: a known institution with its later words in lower case --------------
def test_a_known_institution_in_lower_case_words_is_the_institution():
    text = "The vote in the African union went ahead, and the African Union said so later."
    mentions, _ = run(text)
    m = one(mentions, "African union")
    assert m.type == "ORG" and m.rule == "org.institution_cased"
    ents, out = resolve({"a": text})
    ids = {m.entity_id for m in out if m.surface.lower() == "african union"}
    assert len(ids) == 1 and ents[ids.pop()].name == "African Union"


@pytest.mark.parametrize("text", [
    # traps: an ordinary word opening a sentence, and a phrase written all in lower case
    "High court judges met in the capital on Friday.",
    "A Kessian high court judge ruled on the case.",
])
def test_a_generic_court_is_no_institution(text):
    assert all(m.rule != "org.institution_cased" for m in run(text)[0])


# --- an acronym opening a sentence stays in the name it opens ------------------------------------
def test_a_bodys_acronym_opening_a_sentence_opens_the_name():
    m = one(run("UN Energy said coastal towns must adapt.")[0], "UN Energy")
    assert m.type == "ORG"


def test_a_generic_acronym_opening_a_sentence_is_still_stripped():
    # trap: "CEO" is a title, not a body's acronym
    assert one(run("CEO Tom Rees left the firm in May.")[0], "Tom Rees").type == "PERSON"


def test_a_shouted_word_opening_a_line_is_stripped():
    # trap: a word in capitals that is an ordinary word ("VOTE") is no body's acronym
    assert one(run("VOTE Was Mara Kell right to leave the show?")[0], "Mara Kell").type == "PERSON"
