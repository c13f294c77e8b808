"""Speakers relayed through somebody or something else (issue #12, hand-read BBC classes):
a source before the speaker with no comma ("According to Ms Varga the minister said:"), a
participle given its own subject by "with", a description followed by the name it stands for,
a "they"/"it" standing for analysts or a study named with their organisation, and a study's
author given after the study's own complement. Each class sits next to a trap that looks like it.

Every sentence is written for these tests (invented people, firms and places); mentions are
built by hand as in ``test_quotes``.
"""
from __future__ import annotations

from tests.unit.test_quotes import one, quotes


# --------------------------------------------------------------------------- through a source

def test_according_to_a_source_then_the_office_holder_said_without_a_comma():
    body = ("Finance Minister Lena Holt met the bankers in March. The memoir, by reporter Ivo Varga, "
            "describes the dinner. According to Mr Varga the finance minister said: \"We cannot pay this.\"")
    q = one(body, ("Lena Holt", "PERSON"), ("Ivo Varga", "PERSON"), ("Varga", "PERSON", "Ivo Varga"))
    assert (q.speaker, q.rule, q.addressee) == ("Lena Holt", "quote.sentence.through_source", "Mr Varga")


def test_according_to_a_source_with_a_comma_is_still_the_source():
    body = "Lena Holt met the bankers in March. According to Mr Varga, \"the dinner went badly\"."
    q = one(body, ("Lena Holt", "PERSON"), ("Varga", "PERSON", "Ivo Varga"))
    assert q.speaker == "Ivo Varga"


def test_a_name_before_the_office_without_a_comma_does_not_hold_that_office():
    # "Mr Varga the finance minister" is no apposition: Varga never becomes "the finance minister"
    body = ("According to Mr Varga the finance minister said the talks had stalled. "
            "Later the finance minister said the plan was \"dead in the water\".")
    q = one(body, ("Varga", "PERSON", "Ivo Varga"))
    assert q.speaker != "Ivo Varga"


def test_a_deputy_is_not_the_office_holder():
    body = ("Prime Minister Rui Dias flew home on Sunday. At a dinner hosted by Deputy Prime Minister "
            "Ana Cole, the talks resumed. The prime minister said the deal was \"within reach\".")
    q = one(body, ("Rui Dias", "PERSON"), ("Ana Cole", "PERSON"))
    assert q.speaker == "Rui Dias"


def test_only_a_deputy_introduced_leaves_the_office_unnamed():
    body = ("At a dinner hosted by Deputy Prime Minister Ana Cole, the talks resumed. "
            "The prime minister said the deal was \"within reach\".")
    q = one(body, ("Ana Cole", "PERSON"))
    assert q.speaker != "Ana Cole"


# --------------------------------------------------------------------------- "with X claiming"

def test_with_gives_the_participle_its_own_subject():
    body = ("Okafor missed the cup tie on Saturday with Harbour boss Tom Reyes claiming it had been "
            "an \"exhausting and painful month\" for the player.")
    q = one(body, ("Okafor", "PERSON", "Emeka Okafor"), ("Harbour", "ORG"), ("Tom Reyes", "PERSON"))
    assert (q.speaker, q.rule) == ("Tom Reyes", "quote.sentence.with_subject")


def test_with_a_thing_leaves_the_sentence_subject_speaking():
    body = "Tom Reyes praised his side, with time running out, saying it had been \"a brutal season\"."
    q = one(body, ("Tom Reyes", "PERSON"))
    assert (q.speaker, q.rule) == ("Tom Reyes", "quote.sentence.name_said")


def test_with_a_subject_before_adding_and_a_colon():
    body = "The striker left the club in May, with chairman Joe Bright adding: \"We wish him well.\""
    q = one(body, ("Joe Bright", "PERSON"))
    assert q.speaker == "Joe Bright"


# --------------------------------------------------------------------------- description, then the name

def test_a_description_then_its_name_after_an_inverted_said():
    body = "\"Nobody asked us about the bypass,\" said one resident, Mary Okafor."
    q = one(body, ("Mary Okafor", "PERSON"))
    assert (q.speaker, q.rule) == ("Mary Okafor", "quote.after.said_name")


def test_a_description_then_a_possessive_names_nobody():
    body = "\"Nobody asked us about the bypass,\" said one resident, Mary Okafor's neighbour."
    q = one(body, ("Mary Okafor", "PERSON"))
    assert q.speaker is None


# --------------------------------------------------------------------------- they / it

def test_they_after_analysts_at_a_bank_is_the_bank():
    body = ("Analysts at Corrib Bank, who had warned of a second cut, said in a note that the outlook was poor. "
            "\"We see no sign that the slump has run its course,\" they wrote.")
    q = one(body, ("Corrib Bank", "ORG"))
    assert (q.speaker, q.rule) == ("Corrib Bank", "quote.after.pronoun_said")


def test_they_after_nurses_at_a_hospital_is_not_the_hospital():
    body = ("Nurses at Linden Hospital walked out on Monday. "
            "\"We cannot keep working like this,\" they said.")
    q = one(body, ("Linden Hospital", "ORG"))
    assert q.speaker is None


def test_it_after_a_review_by_an_institute_is_the_institute():
    body = ("The review, by the Corran Institute and published on Monday, covered forty ports. "
            "It said the checks were \"far too thin to catch anything\".")
    q = one(body, ("Corran Institute", "ORG"))
    assert q.speaker == "Corran Institute"


def test_it_after_a_review_nobody_wrote_names_nobody():
    body = "The review covered forty ports. It said the checks were \"far too thin to catch anything\"."
    q = one(body)
    assert q.speaker is None


# --------------------------------------------------------------------------- a study's author

def test_the_authors_of_a_study_from_a_centre_after_its_own_complement():
    body = ("A study of the 2019 floods, from the Riverbank Research Centre, found that most shops reopened. "
            "\"Our data show that most firms recover within a year,\" the authors concluded.")
    q = one(body)
    assert (q.speaker, q.rule) == ("Riverbank Research Centre", "quote.speaker.group")


def test_a_report_whose_agent_follows_a_comma():
    body = ("Her warning follows a report, by the Marlow Policy Unit, which found that supplies had fallen. "
            "The report said rural pharmacies were \"always last in the queue\".")
    q = one(body, ("Marlow Policy Unit", "ORG"))
    assert (q.speaker, q.rule) == ("Marlow Policy Unit", "quote.speaker.document")


def test_the_authors_of_a_study_of_a_place_are_not_that_place():
    body = ("A study of Dunmore, a fishing town, found that most shops reopened. "
            "\"Our data show that most firms recover within a year,\" the authors concluded.")
    qs = quotes(body, ("Dunmore", "GPE"))
    assert qs[-1].speaker is None


# --------------------------------------------------------------------------- asides and free relatives

def test_as_the_office_holder_put_it_names_the_speaker_of_a_short_quote():
    body = ("President Ines Moura signed the accord in Lisbon on Friday. "
            "The \"landmark\" accord, as the president put it, still needs a vote.")
    q = one(body, ("Ines Moura", "PERSON"))
    assert (q.speaker, q.rule, q.kind) == ("Ines Moura", "quote.sentence.as_said", "partial")


def test_as_it_is_known_leaves_a_term():
    body = "President Ines Moura signed the accord. The \"golden corridor\", as it is known, opens in May."
    q = one(body, ("Ines Moura", "PERSON"))
    assert (q.speaker, q.kind) == (None, "term")


def test_what_the_office_holder_described_as():
    body = ("Tomas Brandt, the transport minister, opened the line. "
            "What the minister described as a \"new beginning\" has cost twice the budget.")
    q = one(body, ("Tomas Brandt", "PERSON"))
    assert q.speaker == "Tomas Brandt"


def test_in_someone_s_view_names_the_one_whose_view_it_is():
    body = ("Tomas Brandt, the transport minister, opened the line. The scheme has, in Elsa Noor's view, "
            "been \"a very expensive tram to nowhere\".")
    q = one(body, ("Tomas Brandt", "PERSON"), ("Elsa Noor", "PERSON"))
    assert (q.speaker, q.rule) == ("Elsa Noor", "quote.sentence.possessive_cue")


def test_in_someone_s_garden_names_nobody():
    body = "The scheme has, in Elsa Noor's garden, left \"a very deep trench\"."
    q = one(body, ("Elsa Noor", "PERSON"))
    assert q.speaker is None


# --------------------------------------------------------------------------- carried from a parenthetical

def test_a_paragraph_of_quote_after_he_says_set_in_a_sentence():
    body = ("Arne Solberg, one of the councillors named in the leaflet, is puzzled. The \"traitor\" jibe, "
            "he says, is the latest sign of a campaign in trouble.\n\n"
            "\"I simply do not understand what they think they are doing.\"")
    qs = quotes(body, ("Arne Solberg", "PERSON"))
    assert (qs[-1].speaker, qs[-1].rule) == ("Arne Solberg", "quote.carry.reported")


def test_a_paragraph_of_quote_after_a_sentence_without_speech_is_not_carried():
    body = ("Arne Solberg, one of the councillors named in the leaflet, is puzzled. The \"traitor\" jibe "
            "is the latest sign of a campaign in trouble.\n\n"
            "\"Nobody understands what they think they are doing.\"")
    qs = quotes(body, ("Arne Solberg", "PERSON"))
    assert qs[-1].rule != "quote.carry.reported"


# --------------------------------------------------------------------------- offices and who holds them

def test_a_shadow_office_is_not_the_office():
    body = ("Opposition shadow chancellor Nils Berg predicted a rise in taxes. "
            "The chancellor insisted the plans were \"fully costed\".")
    q = one(body, ("Nils Berg", "PERSON"))
    assert q.speaker is None


def test_who_spoke_of_the_office_holder_does_not_hold_the_office():
    body = ("Nils Berg said the chancellor had ignored the deficit.\n\n"
            "Mr Berg said taxes would go up. The chancellor insisted the plans were \"fully costed\".")
    q = one(body, ("Nils Berg", "PERSON"), ("Berg", "PERSON", "Nils Berg"))
    assert q.speaker is None


def test_the_office_holder_introduced_opening_a_sentence_still_speaks():
    body = ("Chancellor Ruth Amsel presented the budget on Wednesday. "
            "The chancellor insisted the plans were \"fully costed\".")
    q = one(body, ("Ruth Amsel", "PERSON"))
    assert q.speaker == "Ruth Amsel"


def test_he_after_an_office_held_by_a_woman_is_not_her():
    body = ("Mrs Ruth Amsel, the chancellor, presented the budget. The chancellor said the plans were costed. "
            "\"Nothing here is borrowed,\" he said.")
    qs = quotes(body, ("Ruth Amsel", "PERSON"))
    assert qs[-1].speaker is None


# --------------------------------------------------------------------------- the statement after a fronted one

def test_the_statement_is_the_organisation_that_spoke_in_a_fronted_statement():
    body = ("Varden Optics cut its forecast on Monday.\n\n"
            "In a statement to the Bergen exchange, the company said sales would fall. "
            "\"Orders have stopped at the same time,\" the statement said.")
    q = one(body, ("Varden Optics", "ORG"), ("Bergen", "GPE"))
    assert (q.speaker, q.rule) == ("Varden Optics", "quote.speaker.document")


def test_the_statement_after_a_fronted_statement_by_nobody_named_names_nobody():
    body = ("Markets fell on Monday.\n\n"
            "In a statement to the Bergen exchange, the company said sales would fall. "
            "\"Orders have stopped at the same time,\" the statement said.")
    q = one(body, ("Bergen", "GPE"))
    assert q.speaker is None


# --------------------------------------------------------------------------- "said a spokesman for X"

def test_said_a_spokesman_for_an_organisation_after_the_quote():
    body = "\"The figures are alarming,\" said a senior official at the Exchequer Office."
    q = one(body, ("Exchequer Office", "ORG"))
    assert (q.speaker, q.speaker_surface) == ("Exchequer Office", "a senior official at the Exchequer Office")


def test_said_a_spokesman_in_a_city_names_nobody():
    body = "\"The figures are alarming,\" said a spokesman in Lyon."
    q = one(body, ("Lyon", "GPE"))
    assert q.speaker is None


def test_said_a_friend_of_a_person_is_not_that_person():
    body = "\"He is not well,\" said a friend of Mr Okoro."
    q = one(body, ("Okoro", "PERSON", "Daniel Okoro"))
    assert q.speaker is None


# --------------------------------------------------------------------------- a family speaking

def test_the_family_named_by_its_surname_is_the_family_not_the_person():
    body = ("Kofi Mensah, 41, died at the site in March.\n\n"
            "In a statement read by their solicitor, the Mensah family said: \"Kofi went to work and never came home.\" "
            "The statement added that no fine \"could ever be the measure of our loss\".")
    qs = quotes(body, ("Kofi Mensah", "PERSON"), ("Mensah", "PERSON", "Kofi Mensah"), ("Kofi", "PERSON", "Kofi Mensah"))
    assert [(q.speaker, q.rule) for q in qs] == [("Mensah family", "quote.speaker.family"),
                                                  ("Mensah family", "quote.speaker.document")]


def test_the_person_of_that_surname_still_speaks_as_himself():
    body = "Kofi Mensah, 41, left the site in March. \"I was lucky,\" Mr Mensah said."
    q = one(body, ("Kofi Mensah", "PERSON"), ("Mensah", "PERSON", "Kofi Mensah"))
    assert q.speaker == "Kofi Mensah"


# --------------------------------------------------------------------------- datelines

def test_a_dateline_s_place_and_outlet_never_speak():
    body = ("BERGEN (Nordic Markets Wire) - Varden Optics cut its forecast on Monday, blaming what it "
            "called \"a sudden and very late collapse\" in orders.")
    q = one(body, ("BERGEN", "GPE", "Bergen"), ("Nordic Markets Wire", "ORG"), ("Varden Optics", "ORG"))
    assert q.speaker == "Varden Optics"


def test_the_company_after_a_dateline_is_not_the_outlet():
    body = ("BERGEN (Nordic Markets Wire) - Shares in Varden Optics fell on Monday.\n\n"
            "\"Orders have stopped,\" the company said.")
    q = one(body, ("BERGEN", "GPE", "Bergen"), ("Nordic Markets Wire", "ORG"), ("Varden Optics", "ORG"))
    assert q.speaker != "Nordic Markets Wire"


# --------------------------------------------------------------------------- "a company spokeswoman"

def test_a_company_spokeswoman_is_the_company_the_article_named():
    body = "Brandt Logistics cut 200 jobs. A company spokeswoman said the cuts were \"painful but necessary\"."
    q = one(body, ("Brandt Logistics", "ORG"))
    assert (q.speaker, q.rule) == ("Brandt Logistics", "quote.speaker.mouthpiece")


def test_a_company_spokeswoman_with_no_company_named_is_nobody():
    body = "Markets fell. A company spokeswoman said the cuts were \"painful but necessary\"."
    q = one(body)
    assert q.speaker is None


# --------------------------------------------------------------------------- "on a promise to"

def test_who_campaigned_on_a_promise_is_the_one_who_promised():
    body = ("Marta Quispe, who campaigned last year on a promise to \"give every village clean water by 2030\", "
            "flew to Geneva on Monday.")
    q = one(body, ("Marta Quispe", "PERSON"))
    assert (q.speaker, q.rule) == ("Marta Quispe", "quote.sentence.speech_noun")


def test_a_book_about_a_promise_is_not_the_reader_s_promise():
    body = "Marta Quispe read a book about a promise to \"give every village clean water by 2030\" on the flight."
    q = one(body, ("Marta Quispe", "PERSON"))
    assert q.speaker is None


def test_a_clause_after_an_inverted_said_is_no_speaker():
    body = ("Marta Quispe, who campaigned last year on a promise to \"give every village clean water by 2030\", "
            "said the deal would double what farmers earn.")
    q = one(body, ("Marta Quispe", "PERSON"))
    assert q.speaker == "Marta Quispe"
    assert q.speaker_surface != "the deal would double what farmers earn"


# --------------------------------------------------------------------------- an unnamed passive agent

def test_an_unnamed_agent_of_a_passive_is_not_the_sentence_subject():
    body = ("Mr Hale also announced plans to merge 35 agencies into nine - described by one civil service "
            "union as a \"bonfire of the quangos\".")
    q = one(body, ("Hale", "PERSON", "Tom Hale"))
    assert (q.speaker, q.speaker_surface) == (None, "one civil service union")


def test_the_subject_who_described_it_himself_still_speaks():
    body = "Mr Hale announced plans that he described as a \"bonfire of the quangos\"."
    q = one(body, ("Hale", "PERSON", "Tom Hale"))
    assert q.speaker == "Tom Hale"


# --------------------------------------------------------------------------- a party's member described

def test_the_party_member_for_a_seat_is_the_person_named_before_not_the_party():
    body = ("Former minister Ruth Alder, whose mother sat in the chamber, said the plan was costly. "
            "But the Green MP for Lowmoor and Fenby admitted the rules \"cannot stand still\".")
    q = one(body, ("Ruth Alder", "PERSON"), ("Green", "ORG", "Green Party"), ("Lowmoor", "GPE"), ("Fenby", "GPE"))
    assert q.speaker == "Ruth Alder"


def test_trap_the_party_itself_still_speaks_for_itself():
    body = ("Ruth Alder said the plan was costly. The Green Party of Lowmoor said the rules "
            "\"cannot stand still\".")
    q = one(body, ("Ruth Alder", "PERSON"), ("Green Party", "ORG"), ("Lowmoor", "GPE"))
    assert q.speaker == "Green Party"


# --------------------------------------------------------------------------- more verbs of speaking

def test_an_inverted_verb_of_pleading_names_the_speaker_after_the_quote():
    body = ("Nurse Ama Boateng was asked: \"Why should we pay for this?\" \"Don't you care about the ward?\", "
            "implored campaigner Tomas Reyes. \"I care about the budget,\" replied Mr Hall.")
    qs = quotes(body, ("Ama Boateng", "PERSON"), ("Tomas Reyes", "PERSON"), ("Hall", "PERSON", "Piet Hall"))
    assert [q.speaker for q in qs][1:] == ["Tomas Reyes", "Piet Hall"]

