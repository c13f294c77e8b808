"""Speakers found through what owns or governs the quote (issue #12, speakerdev4 and hand-read
BBC classes): a firm called by its trade in the sentence naming it, a place that only modifies
the complement of an unnamed official, a written thing with no known author standing for "it".
Each class sits next to a trap that looks like it.

Every sentence is written for these tests (invented people, firms and places); mentions are
built by hand as in ``test_quotes``.
"""
from __future__ import annotations

from pipelines.text.entities import extract_mentions
from pipelines.text.quotes import extract_quotes
from pipelines.text.sentences import split_sentences
from tests.unit.test_quotes import one, quotes


# --------------------------------------------------------------------------- a firm by its trade

def test_the_company_is_the_firm_the_sentence_called_by_its_trade():
    body = ("Shares in Vantrell Optics slid on Tuesday after the Danish toymaker cut its outlook. "
            "The company later said the cuts were \"temporary and small\".")
    q = one(body, ("Vantrell Optics", "ORG"))
    assert (q.speaker, q.rule) == ("Vantrell Optics", "quote.speaker.org_noun")


def test_the_statement_of_the_company_named_by_its_trade():
    body = ("Shares in Vantrell Optics slid on Tuesday after the Danish chipmaker cut its outlook.\n\n"
            "In a statement to the Copenhagen exchange, the company said sales would fall. "
            "\"Orders have stopped,\" the statement said.")
    q = one(body, ("Vantrell Optics", "ORG"), ("Copenhagen", "GPE"))
    assert (q.speaker, q.rule) == ("Vantrell Optics", "quote.speaker.document")


def test_a_firm_not_called_by_its_kind_is_not_the_company():
    # the firm is only the object of a sentence that never calls it a firm: nobody to give
    body = ("Shares in Vantrell Optics slid on Tuesday as investors fled. "
            "The company later said the cuts were \"temporary and small\".")
    q = one(body, ("Vantrell Optics", "ORG"))
    assert q.speaker is None


# --------------------------------------------------------------------------- an unnamed official

def test_an_official_at_a_site_the_place_names_is_nobody():
    body = ("Workers at the Brisvik plant walked out on Friday. A union official at the Brisvik site, "
            "who asked not to be named, said: \"Nobody here trusts the board any more.\"")
    q = one(body, ("Brisvik", "GPE"), ("Brisvik", "GPE"))
    assert q.speaker is None


def test_an_official_at_the_body_itself_speaks_for_it():
    body = ("Workers at the Brisvik plant walked out on Friday. An official at Tarnmoor Council, "
            "who asked not to be named, said: \"Nobody here trusts the board any more.\"")
    q = one(body, ("Brisvik", "GPE"), ("Tarnmoor Council", "ORG"))
    assert q.speaker == "Tarnmoor Council"


# --------------------------------------------------------------------------- "it": a written thing

def test_it_for_a_petition_with_no_author_is_nobody_not_the_last_speaker():
    body = ("One woman, who gave her name only as Moira, said she would \"drive if I have to\".\n\n"
            "A petition started by parents has more than 900 names. It calls the closure \"a betrayal of the valley\".")
    qs = quotes(body, ("Moira", "PERSON"))
    assert [q.speaker for q in qs] == ["Moira", None]


def test_it_for_a_petition_by_a_named_group_is_that_group():
    body = ("Moira Tull said she would \"drive if I have to\".\n\n"
            "A petition by the Glenrock Parents' Association has more than 900 names. "
            "It calls the closure \"a betrayal of the valley\".")
    qs = quotes(body, ("Moira Tull", "PERSON"), ("Glenrock Parents' Association", "ORG"))
    assert [q.speaker for q in qs] == ["Moira Tull", "Glenrock Parents' Association"]


# --------------------------------------------------------------------------- a participle's subject

def test_a_participle_after_a_group_noun_phrase_is_not_the_person_it_is_about():
    body = ("Parish councillors are trying to stop comedian Rollo Basset performing in Kerrow, saying "
            "they do not want his \"coarse and spiteful jokes\" in the village hall.")
    q = one(body, ("Rollo Basset", "PERSON"), ("Kerrow", "GPE"))
    assert q.speaker is None and q.speaker_surface == "Parish councillors"


def test_a_participle_after_a_group_in_a_place_is_not_the_place():
    body = ("Parents in Kerrow have written to the school, saying the new timetable is \"simply unworkable\".")
    q = one(body, ("Kerrow", "GPE"))
    assert q.speaker is None


def test_a_participle_after_officials_at_a_body_is_the_body():
    body = ("Officials at the Kerrow Water Board have refused the permit, saying the plan is \"simply unworkable\".")
    q = one(body, ("Kerrow Water Board", "ORG"))
    assert q.speaker == "Kerrow Water Board"


def test_a_participle_after_a_named_subject_is_that_subject():
    body = ("The Kerrow Water Board attacked comedian Rollo Basset on Monday, saying his jokes were "
            "\"coarse and spiteful\".")
    q = one(body, ("Kerrow Water Board", "ORG"), ("Rollo Basset", "PERSON"))
    assert q.speaker == "Kerrow Water Board"


def test_a_participle_in_a_clause_opened_by_a_pronoun_keeps_the_named_person():
    body = ("This echoed the views of comedian Rollo Basset, who stirred a row for saying he never "
            "watched them, calling the shows \"pompous\".")
    q = one(body, ("Rollo Basset", "PERSON"))
    assert q.speaker == "Rollo Basset"


# --------------------------------------------------------------------------- the verb dropped

def test_a_name_alone_after_the_quote_is_its_speaker():
    body = ("Rates may hold next month, traders said. \"Hiring picked up, but wages are flat,\" "
            "Tarnbridge Capital's Okonjo. \"I think the bank will wait.\"")
    qs = quotes(body, ("Tarnbridge Capital", "ORG"), ("Okonjo", "PERSON", "Ada Okonjo"))
    assert [(q.speaker, q.rule) for q in qs] == [("Ada Okonjo", "quote.after.name_only"),
                                                  ("Ada Okonjo", "quote.carry.previous")]


def test_a_firm_and_role_before_the_name_alone():
    body = "\"Hiring picked up, but wages are flat,\" Tarnbridge Capital analyst Ada Okonjo."
    q = one(body, ("Tarnbridge Capital", "ORG"), ("Ada Okonjo", "PERSON"))
    assert (q.speaker, q.rule) == ("Ada Okonjo", "quote.after.name_only")


def test_an_organisation_alone_after_the_quote_is_not_taken():
    body = "Rates may hold, traders said. \"Hiring picked up, but wages are flat,\" Tarnbridge Capital."
    q = one(body, ("Tarnbridge Capital", "ORG"))
    assert q.rule != "quote.after.name_only"


def test_a_quote_ending_its_sentence_before_a_name_is_not_attributed_to_it():
    body = "\"Hiring picked up, but wages are flat.\" Ada Okonjo. The bank meets on Monday."
    q = one(body, ("Ada Okonjo", "PERSON"))
    assert q.rule != "quote.after.name_only"


# --------------------------------------------------------------------------- a document's author

def test_in_his_e_mail_he_is_its_writer_not_a_man_it_mentions():
    body = ("Mr Rowan's e-mail, which was meant for a colleague, urged them to ask Piet Dunne, the "
            "agency's boss, to step in. In it, he said: \"Just spoke to piet. He will sort it.\"")
    q = one(body, ("Rowan", "PERSON", "Carl Rowan"), ("Piet Dunne", "PERSON"))
    assert q.speaker == "Carl Rowan"


def test_in_the_morning_is_no_document_and_he_is_the_man_named_last():
    body = ("Mr Rowan's e-mail named Piet Dunne as the agency's new chief. Dunne spoke to staff on "
            "Monday. In the morning, he said: \"We start again from scratch.\"")
    q = one(body, ("Rowan", "PERSON", "Carl Rowan"), ("Piet Dunne", "PERSON"), ("Dunne", "PERSON", "Piet Dunne"))
    assert q.speaker == "Piet Dunne"


def test_the_document_sets_out_the_views_the_article_gave_as_his():
    body = ("Tom Baird, 61, was due to stand in Kerrow. But he was dropped after his reported views "
            "were sent to a newspaper. Party official Ann Lee said nobody had known of his views. "
            "The document reportedly said: \"We want the old borders back.\"")
    q = one(body, ("Tom Baird", "PERSON"), ("Kerrow", "GPE"), ("Ann Lee", "PERSON"))
    assert (q.speaker, q.rule) == ("Tom Baird", "quote.speaker.document")


def test_a_document_by_a_named_author_beats_views_mentioned_before():
    body = ("Tom Baird was dropped after his reported views were sent to a newspaper. A report by "
            "the Kerrow Standards Board looked into it. The report said: \"The party acted too late.\"")
    q = one(body, ("Tom Baird", "PERSON"), ("Kerrow Standards Board", "ORG"))
    assert q.speaker == "Kerrow Standards Board"


# --------------------------------------------------------------------------- a study's finding

def test_it_found_after_a_study_by_a_named_body_is_that_body():
    body = ("The survey, by the Kerrow Soil Trust and published on Monday, covered 300 farms. "
            "It found that yields in the wettest fields had \"barely moved in a decade\".")
    q = one(body, ("Kerrow Soil Trust", "ORG"))
    assert (q.speaker, q.rule) == ("Kerrow Soil Trust", "quote.sentence.finding")


def test_the_study_found_after_its_author_was_given():
    body = ("A study by the Kerrow Soil Trust covered 300 farms. The study found yields had "
            "\"barely moved\" in the wettest fields.")
    q = one(body, ("Kerrow Soil Trust", "ORG"))
    assert q.speaker == "Kerrow Soil Trust"


def test_police_finding_a_car_do_not_speak():
    body = "Kerrow Police found the van \"burnt out and abandoned\" near the quarry."
    q = one(body, ("Kerrow Police", "ORG"))
    assert q.rule != "quote.sentence.finding"


def test_a_study_nobody_wrote_finds_nobody():
    body = ("Farmers met in Kerrow on Monday. The study found yields had \"barely moved\" in the wettest fields.")
    q = one(body, ("Kerrow", "GPE"))
    assert q.speaker is None


# --------------------------------------------------------------------------- "she" after a titled name

def test_she_after_a_name_led_by_its_title_of_a_body_is_that_name():
    body = ("Kerrow's mayor, Fiona Dale, has promised \"a fresh start\" for the town, and she spoke of "
            "a rare chance.\n\nChair of the Kerrow Harbour Trust Morven Ashby said the critics were wrong. "
            "\"Doing nothing is also a decision,\" she said.")
    qs = quotes(body, ("Kerrow", "GPE"), ("Fiona Dale", "PERSON"), ("Kerrow Harbour Trust", "ORG"),
                ("Morven Ashby", "PERSON"))
    assert qs[-1].speaker == "Morven Ashby"


def test_she_after_a_name_inside_a_clause_prefers_the_woman_named_before():
    body = ("Kerrow's mayor, Fiona Dale, has promised \"a fresh start\" for the town, and she spoke of "
            "a rare chance.\n\nCritics of the plan met Morven Ashby, who chairs the trust, on Monday. "
            "\"Doing nothing is also a decision,\" she said.")
    qs = quotes(body, ("Kerrow", "GPE"), ("Fiona Dale", "PERSON"), ("Morven Ashby", "PERSON"))
    assert qs[-1].speaker == "Fiona Dale"


def test_he_said_in_a_parenthesis_is_the_barrister_named_with_letters_after_his_name():
    body = ("Mr Justice Hale said the firm had ignored three warnings.\n\n"
            "Maren Tullis KC, for Dunmore, told the court the firm had sacked two managers. The firm was, "
            "she said, \"deeply ashamed\".")
    sents = split_sentences("d", body)
    ments, _ = extract_mentions("d", body, sents)
    qs = extract_quotes("d", body, sents, ments)
    assert [q.speaker for q in qs] == ["Maren Tullis"]


# --------------------------------------------------------------------------- a time after the agent

def test_a_time_after_the_agent_is_not_part_of_its_name():
    body = ("Research conducted by the Kerrow Pay Board last year revealed that most staff believe the gap is "
            "down to \"natural differences\" between the sexes.")
    q = one(body, ("Kerrow Pay Board", "ORG"))
    assert q.speaker == "Kerrow Pay Board"


def test_a_name_ending_in_a_weekday_word_keeps_it():
    body = "Kerrow Wednesday said on Monday the sale was \"a betrayal of the club\"."
    q = one(body, ("Kerrow Wednesday", "ORG"))
    assert q.speaker == "Kerrow Wednesday"


def test_one_analyst_quoted_by_an_agency_is_nobody_not_the_agency():
    body = "\"A takeover looks unlikely,\" said one analyst quoted by the Kerrow Press Agency."
    q = one(body, ("Kerrow Press Agency", "ORG"))
    assert q.speaker is None


# --------------------------------------------------------------------------- a body's role holder

def test_a_firms_role_with_a_complement_then_the_person_is_the_person():
    body = ("Orvane's head of research Peter Kalder said that it withdrew the drug \"based on the "
            "information that was available to us at the time\".")
    q = one(body, ("Orvane", "ORG"), ("Peter Kalder", "PERSON"))
    assert q.speaker == "Peter Kalder"


def test_a_firms_statement_about_a_person_is_the_firms():
    body = "Orvane's statement on Peter Kalder said the drug was \"withdrawn with care\"."
    q = one(body, ("Orvane", "ORG"), ("Peter Kalder", "PERSON"))
    assert q.speaker != "Peter Kalder"
