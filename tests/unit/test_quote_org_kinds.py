"""Organisations speaking by their kind ("the regulator", "the group", "a spokesman for the
operator"), transcripts whose speaker line introduces the quoted paragraphs, and canonical
names found from a shorter or capitalised form.

Every sentence is written for these tests (invented people, bodies and places); mentions are
built by hand as in ``test_quotes``.
"""
from __future__ import annotations

from pipelines.text.quotes.canonical import SpeakerIndex
from tests.unit.test_quote_speakers import _m, by_text
from tests.unit.test_quotes import one, quotes


# --------------------------------------------------------------------------- the <kind> said

def test_kind_introduced_in_an_apposition_after_the_noun():
    body = ("Mira Soltan, who argued the case for the watchdog, the Tarn Water Authority, spoke outside court. "
            "\"Nobody should pay for this,\" the watchdog said.")
    q = one(body, ("Mira Soltan", "PERSON"), ("Tarn Water Authority", "ORG"))
    assert (q.speaker, q.rule) == ("Tarn Water Authority", "quote.speaker.org_noun")


def test_kind_introduced_before_a_name_no_mention_covers():
    body = ("Lindqvist Mills won the tender. The campaign group Clean Rivers Now welcomed the ruling. "
            "\"This is a good day,\" the group said.")
    q = one(body, ("Lindqvist Mills", "ORG"))
    assert q.speaker == "Clean Rivers Now"


def test_kind_given_in_an_apposition_after_the_name():
    body = ("Hollin Estates is building six towers. Renters United, a tenants' group with 900 members, "
            "goes further. \"It is a town for strangers,\" the group says.")
    q = one(body, ("Hollin Estates", "ORG"), ("Renters United", "ORG"))
    assert q.speaker == "Renters United"


def test_an_earlier_the_noun_right_after_the_name_gives_the_kind():
    body = ("The lender Parvo has been fined by the Coastal Banking Board after the regulator found it had ignored "
            "complaints.\n\nThe bank's approach was called \"careless\" by the regulator.")
    q = one(body, ("Parvo", "ORG"), ("Coastal Banking Board", "ORG"))
    assert q.speaker == "Coastal Banking Board"


def test_a_written_name_with_the_noun_before_its_complement():
    body = ("The findings appear in the Journal of Applied Tide Science. In an editorial, the journal called "
            "the work \"careful and overdue\".")
    q = one(body)
    assert q.speaker == "Journal of Applied Tide Science"


def test_a_noun_for_any_organisation_takes_the_one_opening_a_sentence():
    body = ("Brenwick Rail said fares would rise in May. A spokesman for the operator said: \"We have no choice.\"")
    q = one(body, ("Brenwick Rail", "ORG"))
    assert (q.speaker, q.rule) == ("Brenwick Rail", "quote.speaker.mouthpiece")


def test_the_company_is_not_a_court_or_a_union():
    body = ("The Court of Appeal upheld the fine imposed on Brenwick Rail. "
            "A spokesman for the company said: \"We will study the ruling.\"")
    q = one(body, ("Court of Appeal", "ORG"), ("Brenwick Rail", "ORG"))
    assert q.speaker is None


def test_passive_welcomed_by_an_organisation_named_by_kind():
    body = ("The Ferry Crews' Union balloted its members. The deal was welcomed as \"a real step\" by the union, "
            "which called off the strike.")
    q = one(body, ("Ferry Crews' Union", "ORG"))
    assert (q.speaker, q.kind) == ("Ferry Crews' Union", "partial")


# --------------------------------------------------------------------------- transcripts

def test_speaker_line_introduces_the_quoted_paragraphs_after_it():
    body = ("This is the speech Governor Ilse Marten gave in Dorvik.\n\nGOVERNOR MARTEN:\n\n"
            "\"Thank you all for coming tonight.\n\n\"We rebuilt the harbour in two years.\"\n\n(Applause.)\n\n"
            "\"Thank you, and good night.\"\n\nEND OF TRANSCRIPT")
    qs = by_text(quotes(body, ("Ilse Marten", "PERSON")))
    first = qs["Thank you all for coming tonight."]
    assert (first.speaker_surface, first.rule) == ("GOVERNOR MARTEN", "quote.before.speaker_line")
    assert {q.speaker for q in qs.values()} == {"MARTEN"}


def test_a_line_that_is_a_sentence_is_no_speaker_line():
    body = "The council met on Monday.\n\nThe plans were these:\n\n\"Build the bridge by May.\""
    q = one(body)
    assert q.speaker is None


# --------------------------------------------------------------------------- canonical names

def test_a_short_organisation_name_gives_way_to_the_one_longer_name_it_opens():
    ms = [_m("d", "Hollin Park Rowing Club", "Hollin Park Rowing Club", "ORG", "e1", 0),
          _m("d", "Hollin Park", "Hollin Park", "ORG", "e2", 90)]
    index = SpeakerIndex(ms, {"e1": "Hollin Park Rowing Club", "e2": "Hollin Park"})
    assert index.lookup("d", "Hollin Park") == ("Hollin Park Rowing Club", "e1")


def test_a_family_name_in_capitals_finds_the_person():
    ms = [_m("d", "Ilse Marten", "Ilse Marten", "PERSON", "e1", 0), _m("d", "MARTEN", "MARTEN", "PERSON", "e2", 90)]
    index = SpeakerIndex(ms, {"e1": "Ilse Marten", "e2": "MARTEN"})
    assert index.lookup("d", "MARTEN") == ("Ilse Marten", "e1")


# --------------------------------------------------------------------------- passives and pronouns

def test_the_subject_of_a_passive_without_agent_is_not_the_speaker():
    body = ("Dorset Police said officers found a man with stab wounds. He was taken to hospital, where his "
            "condition is described as \"critical but stable\".")
    q = one(body, ("Dorset Police", "ORG"))
    assert (q.speaker, q.rule) == ("Dorset Police", "quote.carry.partial")


def test_a_pronoun_after_a_fronted_adverbial_chains_to_its_antecedent():
    body = ("A year ago Ana Kovac could barely walk. On Saturday she won the Harbour Cup after beating the top "
            "seed, Lena Park, in three sets. \"I nearly gave up,\" she told reporters.")
    q = one(body, ("Ana Kovac", "PERSON"), ("Lena Park", "PERSON"))
    assert q.speaker == "Ana Kovac"


def test_a_possessive_in_a_sentence_another_he_attributes_is_not_the_he():
    body = ("Dr Omar Reyes, a chemist at Lund, said the result was plausible. He warned against easy answers. "
            "Okafor's group had not tested older mice, he pointed out. \"Age changes everything,\" he said.")
    q = one(body, ("Omar Reyes", "PERSON"), ("Lund", "GPE"), ("Okafor", "PERSON", "Ada Okafor"))
    assert q.speaker == "Omar Reyes"


def test_she_is_the_subject_of_the_sentence_before_though_her_gender_is_unmarked():
    body = ("Mia Holt, a baker, called it a luxury. \"It will not work,\" she said. Dr Noor Adeyemi, who led the "
            "study, says small firms found it hardest. The gains were \"real but uneven\", she says.")
    qs = by_text(quotes(body, ("Mia Holt", "PERSON"), ("Noor Adeyemi", "PERSON")))
    assert qs["real but uneven"].speaker == "Noor Adeyemi"
    assert qs["It will not work"].speaker == "Mia Holt"


# --------------------------------------------------------------------------- carry-over

def test_a_first_person_quote_continues_the_person_the_sentence_before_is_about():
    body = ("Ana Kovac spent three months in a cast. She then moved to crutches in May. "
            "\"Walking again felt like my first real win.\"")
    q = one(body, ("Ana Kovac", "PERSON"))
    assert (q.speaker, q.rule) == ("Ana Kovac", "quote.carry.subject")


def test_a_quote_about_someone_else_is_not_carried_to_the_subject():
    body = "Ana Kovac was arrested in Split on Monday. \"The suspect is dangerous and should not be approached.\""
    q = one(body, ("Ana Kovac", "PERSON"), ("Split", "GPE"))
    assert q.speaker is None


def test_carry_over_passes_a_person_named_only_as_an_object():
    body = ("\"My back was broken in two places,\" Ana Kovac said. Physio sessions with Tom Hale in Leeds have "
            "helped. \"I can walk to the shops again.\"")
    qs = by_text(quotes(body, ("Ana Kovac", "PERSON"), ("Tom Hale", "PERSON"), ("Leeds", "GPE")))
    assert qs["I can walk to the shops again."].speaker == "Ana Kovac"


def test_carry_over_stops_at_a_person_introduced_as_a_subject():
    body = ("\"My back was broken in two places,\" Ana Kovac said. Tom Hale, her physio, is more cautious. "
            "\"It will take a year.\"")
    qs = by_text(quotes(body, ("Ana Kovac", "PERSON"), ("Tom Hale", "PERSON")))
    assert qs["It will take a year."].speaker != "Ana Kovac"


def test_an_apposition_missing_its_closing_comma_still_finds_the_person():
    body = ('However, Ana Ruiz, a fund manager at Delta Capital said buying the stake "is a clear step '
            'towards a takeover".')
    q = one(body, ("Ana Ruiz", "PERSON"), ("Delta Capital", "ORG"))
    assert q.speaker == "Ana Ruiz"


def test_a_full_name_after_a_club_and_a_role_is_the_speaker_though_no_mention_covers_it():
    body = 'Tarn Rovers director of rugby Ian Hale said: "Phil will be out for six weeks."'
    q = one(body, ("Tarn Rovers", "ORG"))
    assert q.speaker == "Ian Hale"


def test_a_dash_apposition_with_hyphenated_words_is_passed_over():
    body = ('But Harlow Bank - which has a 22% share of the buy-to-let market - said that the sector '
            '"continues to grow fast".')
    q = one(body, ("Harlow Bank", "ORG"))
    assert q.speaker == "Harlow Bank"


def test_a_place_after_a_role_and_a_preposition_is_no_speaker_name():
    body = 'But the Tory MP for Dunmore and West Haddon admitted the plan "cannot be frozen".'
    q = one(body, ("Tory", "NORP"), ("Dunmore", "GPE"))
    assert q.speaker != "West Haddon"
