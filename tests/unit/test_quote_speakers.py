"""Speaker classes of issue #12: organisations, described and titled people, passive agents,
sources, one cue for several quotes, metonymy, carry-over and transcripts.

Every sentence is written for these tests (invented people, firms and places); mentions are
built by hand as in ``test_quotes``.
"""
from __future__ import annotations

from pipelines.text.quotes.canonical import SpeakerIndex, canonical_speakers
from pipelines.records import EntityMention
from tests.unit.test_quotes import one, quotes


def by_text(qs):
    return {q.text: q for q in qs}


# --------------------------------------------------------------------------- organisations

def test_the_union_said_resolves_to_the_union_named_before():
    body = ("The Harbour Pilots' Union rejected the offer on Tuesday.\n\n"
            "\"This offer insults every pilot on the river,\" the union said.")
    q = one(body, ("Harbour Pilots' Union", "ORG"))
    assert (q.speaker, q.rule) == ("Harbour Pilots' Union", "quote.speaker.org_noun")


def test_the_company_said_resolves_to_the_firm_in_subject_position():
    body = ("Velmora Foods cut 300 jobs at its Tilbury plant, according to filings.\n\n"
            "\"We regret the impact on our staff,\" the company said in a statement.")
    q = one(body, ("Velmora Foods", "ORG"), ("Tilbury", "GPE"))
    assert q.speaker == "Velmora Foods"


def test_named_group_said_in_a_statement():
    body = "\"Demand has never been stronger,\" Ostrava Steel Group said in a statement."
    q = one(body, ("Ostrava Steel Group", "ORG"))
    assert (q.speaker, q.kind) == ("Ostrava Steel Group", "direct")


# --------------------------------------------------------------------------- described people

def test_name_after_a_description_with_commas():
    body = ("A spokeswoman for the ferry operator, Ines Varga, said: \"No sailing was ever at risk.\"")
    q = one(body, ("Ines Varga", "PERSON"))
    assert q.speaker == "Ines Varga"


def test_job_word_before_the_name_is_not_the_name():
    body = "\"The crowd was louder than any I have heard,\" radio host Tomas Brill said."
    q = one(body, ("Tomas Brill", "PERSON"))
    assert q.speaker == "Tomas Brill"


# --------------------------------------------------------------------------- passive agents

def test_passive_agent_after_the_quotes_speaks_them_all():
    body = "The envoy's visit was branded a \"provocation\" and a \"farce\" by Eritrea on Monday."
    qs = quotes(body, ("Eritrea", "GPE"))
    assert [(q.text, q.speaker, q.kind) for q in qs] == [
        ("provocation", "Eritrea", "partial"), ("farce", "Eritrea", "partial")]
    assert {q.rule for q in qs} == {"quote.sentence.passive_agent"}


# --------------------------------------------------------------------------- reported through a source

def test_speaker_reported_through_a_source_is_the_speaker():
    body = ("According to the Baltic Wire agency, Okonkwo said that both sides want \"a durable truce\" "
            "before the summer.")
    q = one(body, ("Baltic Wire", "ORG"), ("Okonkwo", "PERSON", "Ada Okonkwo"))
    assert (q.speaker, q.kind, q.rule) == ("Ada Okonkwo", "partial", "quote.sentence.through_source")
    assert q.addressee == "the Baltic Wire agency"


def test_source_clause_opening_a_later_paragraph():
    body = ("The talks resume on Monday.\n\nAccording to Radio Tarn, Vidal stated that the ministers will discuss "
            "\"joint patrols\" on the border.")
    q = one(body, ("Radio Tarn", "ORG"), ("Vidal", "PERSON", "Marc Vidal"))
    assert (q.speaker, q.addressee) == ("Marc Vidal", "Radio Tarn")


def test_according_to_a_source_alone_still_names_the_source():
    body = "According to Dr Mensah, the harvest is \"the worst in a generation\"."
    q = one(body, ("Mensah", "PERSON", "Kofi Mensah"))
    assert (q.speaker, q.rule) == ("Kofi Mensah", "quote.sentence.according_to")


# --------------------------------------------------------------------------- one cue, several quotes

def test_one_final_cue_gives_every_quote_in_the_sentence_its_speaker():
    body = ("The deal will give the port a \"decisive\" edge and bring \"a new era for the whole coast,\" "
            "Haddad added.")
    qs = by_text(quotes(body, ("Haddad", "PERSON", "Rami Haddad")))
    assert qs["decisive"].speaker == "Rami Haddad"
    assert qs["decisive"].kind == "partial"
    assert qs["decisive"].rule == "quote.sentence.shared_cue"
    assert qs["a new era for the whole coast"].speaker == "Rami Haddad"


def test_a_title_in_a_sentence_with_a_quote_stays_a_term():
    body = "She said the show \"Night Harbour\" was \"the best thing on air this year,\" Lindqvist added."
    qs = by_text(quotes(body, ("Lindqvist", "PERSON")))
    assert qs["Night Harbour"].kind == "term"
    assert qs["Night Harbour"].speaker is None


# --------------------------------------------------------------------------- partial vs term

def test_stance_verb_with_named_subject_makes_a_partial():
    body = "The Ferreira government, for its part, has stressed its wish to \"reset\" ties with Lisbon."
    q = one(body, ("Ferreira", "PERSON", "Ana Ferreira"), ("Lisbon", "GPE"))
    assert (q.speaker, q.kind) == ("Ana Ferreira", "partial")


def test_possessive_speech_noun_names_the_speaker():
    body = "Analysts read Moreau's call for \"a fresh start\" as a sign of a softer line."
    q = one(body, ("Moreau", "PERSON", "Claire Moreau"))
    assert (q.speaker, q.kind, q.rule) == ("Claire Moreau", "partial", "quote.sentence.possessive_cue")


def test_pronoun_it_after_an_administration_is_its_leader():
    body = ("The Okafor administration has promised to \"rebuild\" the rail network. "
            "It also claims that the new line's \"green credentials\" will attract investors.")
    qs = by_text(quotes(body, ("Okafor", "PERSON", "Bayo Okafor")))
    assert qs["rebuild"].speaker == "Bayo Okafor"
    assert qs["green credentials"].speaker == "Bayo Okafor"


def test_pronoun_it_reads_its_antecedent_past_a_paragraph_break():
    body = ("According to Ruiz, \"the vote was close.\"\n\n"
            "The Okafor government, for its part, has vowed to \"rebuild\" the network, which it calls vital. "
            "It also argues that the line's \"green credentials\" will attract investors.")
    qs = by_text(quotes(body, ("Ruiz", "PERSON"), ("Okafor", "PERSON", "Bayo Okafor")))
    assert qs["the vote was close."].speaker == "Ruiz"
    assert qs["green credentials"].speaker == "Bayo Okafor"


# --------------------------------------------------------------------------- metonymy

def test_office_of_a_person_speaks_for_the_person():
    body = "\"The minister has no plans to resign,\" Castillo's office said."
    q = one(body, ("Castillo", "PERSON", "Rosa Castillo"))
    assert (q.speaker, q.rule) == ("Rosa Castillo", "quote.speaker.metonymy")


def test_capital_city_speaks_as_its_place():
    body = "\"We will not be intimidated,\" Canberra said on Friday."
    q = one(body, ("Canberra", "GPE"))
    assert q.speaker == "Canberra"


# --------------------------------------------------------------------------- carry-over

def test_no_carry_over_past_a_newly_named_organisation_speaking():
    body = ("\"We expect a record season,\" Lund said.\n\n"
            "The Nordic Rail Authority said the timetable would change in May.\n\n"
            "\"Passengers will see fewer delays.\"")
    qs = by_text(quotes(body, ("Lund", "PERSON", "Erik Lund"), ("Nordic Rail Authority", "ORG")))
    assert qs["We expect a record season"].speaker == "Erik Lund"
    assert qs["Passengers will see fewer delays."].speaker == "Nordic Rail Authority"


def test_speech_transcript_belongs_to_the_speaker():
    body = ("Addressing the congress, Mbeki said:\n\n"
            "\"We came here with one purpose.\n\n"
            "\"We leave with a plan.\n\n"
            "\"And we will be judged on it.\"")
    qs = quotes(body, ("Mbeki", "PERSON", "Thandi Mbeki"))
    assert [q.speaker for q in qs] == ["Thandi Mbeki"] * 3


# --------------------------------------------------------------------------- canonical names

def _m(doc, surface, local, etype, entity_id, start):
    return EntityMention(mention_id=f"{doc}{start}", doc_id=doc, entity_id=entity_id, surface=surface,
                         char_start=start, char_end=start + len(surface), type=etype, local_name=local,
                         rule="test")


def test_canonical_speaker_is_the_entity_name():
    ments = [_m("a", "Baroness Hale", "Baroness Hale", "PERSON", "e1", 0),
             _m("a", "Hale", "Baroness Hale", "PERSON", "e1", 50)]
    names = {"e1": "Baroness Hale"}
    index = SpeakerIndex(ments, names)
    assert [index.lookup("a", s) for s in ["Baroness Hale", "Hale", "Nobody"]] == [
        ("Baroness Hale", "e1"), ("Baroness Hale", "e1"), ("Nobody", None)]


def test_canonical_speaker_by_surname_only_when_one_person_fits():
    ments = [_m("a", "Lord Pryce", "Pryce", "PERSON", "e1", 0),
             _m("a", "Dana Pryce", "Dana Pryce", "PERSON", "e2", 40),
             _m("a", "Mrs Okoro", "Okoro", "PERSON", "e3", 80),
             _m("a", "Ngozi Okoro", "Ngozi Okoro", "PERSON", "e3", 120)]
    names = {"e1": "Lord Pryce", "e2": "Dana Pryce", "e3": "Ngozi Okoro"}
    index = SpeakerIndex(ments, names)
    assert [index.lookup("a", s) for s in ["Pryce", "Mrs. Okoro", "Lord Pryce", "Dana"]] == [
        ("Lord Pryce", "e1"), ("Ngozi Okoro", "e3"), ("Lord Pryce", "e1"), ("Dana", None)]


# --------------------------------------------------------------------------- subjects and pronouns

def test_coordinated_verb_before_a_colon_shares_the_subject():
    body = "Ms Okafor thanked the volunteers for their work and said: \"Nobody here gave up.\""
    q = one(body, ("Okafor", "PERSON", "Amaka Okafor"))
    assert (q.speaker, q.kind) == ("Amaka Okafor", "direct")


def test_she_skips_a_name_inside_a_show_title():
    body = ("Mara Lind, producer of the radio show Mornings With Pete Carver, booked the band at once.\n\n"
            "\"They played as if they owned the festival,\" she said.")
    q = one(body, ("Mara Lind", "PERSON"), ("Pete Carver", "PERSON"))
    assert q.speaker == "Mara Lind"


def test_point_out_is_a_reporting_cue():
    body = ("The Andean Council said the levy would be phased in. It was keen to point out that no levy should "
            "harm \"the smallest exporters\".")
    q = one(body, ("Andean Council", "ORG"))
    assert (q.speaker, q.kind) == ("Andean Council", "partial")


def test_fragment_after_reported_speech_is_that_speakers_partial():
    body = ("Mr Ortega said the levy would hit farmers hardest. The rebate offered by the treasury was merely a "
            "\"paper bandage\" on a deep wound.")
    q = one(body, ("Ortega", "PERSON", "Luis Ortega"))
    assert (q.speaker, q.kind, q.rule) == ("Luis Ortega", "partial", "quote.carry.partial")


def test_fragment_after_a_quoted_sentence_continues_its_speaker():
    body = ("Ms Vale spoke in Leeds. Britain cannot afford \"a reckless spending spree\", she said. What it "
            "needs is fair taxation, not the \"total muddle\" of recent years.")
    qs = by_text(quotes(body, ("Vale", "PERSON", "Iris Vale"), ("Leeds", "GPE")))
    assert (qs["total muddle"].speaker, qs["total muddle"].rule) == ("Iris Vale", "quote.carry.partial")


def test_quoted_modifier_after_reported_speech_stays_a_term():
    body = "Norvik said it had patched its software. It listed eight \"critical\" flaws in all."
    q = one(body, ("Norvik", "ORG"))
    assert (q.kind, q.speaker) == ("term", None)


def test_canonical_speakers_swaps_names_on_quote_rows():
    rows = quotes("\"We will appeal,\" Lord Ashcombe said. \"The ruling is wrong,\" he said.",
                  ("Ashcombe", "PERSON"))
    ments = [_m("d", "Ashcombe", "Ashcombe", "PERSON", "e1", 24)]
    out = canonical_speakers(rows, ments, {"e1": "Lord Ashcombe"})
    assert [(q.speaker, q.speaker_entity_id) for q in out] == [("Lord Ashcombe", "e1")] * 2


def test_a_person_from_a_place_is_not_the_place():
    body = "\"I never expected to win,\" the Galway man said after the draw."
    q = one(body, ("Galway", "GPE"))
    assert q.speaker is None


def test_fragment_cited_from_a_document_does_not_carry_the_speaker_before():
    body = ("The Bar Council said the change would be \"a disaster\". The draft guidance said cuts must not lead "
            "to \"an unduly short term\" for any offender.")
    qs = by_text(quotes(body, ("Bar Council", "ORG")))
    assert qs["a disaster"].speaker == "Bar Council"
    assert qs["an unduly short term"].speaker is None
