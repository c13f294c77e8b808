"""Quote detection, kinds and speakers (pipelines.text.quotes).

All texts are written for these tests; entity mentions are built by hand so the tests do not
depend on the entity recogniser.
"""
from __future__ import annotations

import random
import re

import pytest

from pipelines.records import EntityMention, Quote
from pipelines.text.common import stable_id
from pipelines.text.quotes import extract_quotes
from pipelines.text.sentences import split_sentences
from tests.helpers import BBC



def mentions(body: str, *specs: tuple[str, str] | tuple[str, str, str]) -> list[EntityMention]:
    """Every whole-word occurrence of each (surface, type[, local_name])."""
    out = []
    for spec in specs:
        surface, etype = spec[0], spec[1]
        local = spec[2] if len(spec) > 2 else surface
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", body):
            out.append(EntityMention(
                mention_id=f"m{m.start()}", doc_id="d", entity_id=None, surface=surface,
                char_start=m.start(), char_end=m.end(), type=etype, local_name=local, rule="test",
            ))
    return out


def quotes(body: str, *specs) -> list[Quote]:
    qs = extract_quotes("d", body, split_sentences("d", body), mentions(body, *specs))
    for q in qs:  # invariants every quote must hold
        assert body[q.char_start:q.char_end] == q.text
        assert q.text == q.text.strip() and q.text
        assert q.quote_id == stable_id("d", q.char_start, q.char_end)
        assert q.speaker_entity_id is None
    return qs


def one(body: str, *specs) -> Quote:
    qs = quotes(body, *specs)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


# --------------------------------------------------------------------------- attribution after

def test_name_told_outlet_after_curly_quote():
    body = "Talks stalled again. “We cannot accept these terms,” Hong told The Daily Ledger."
    q = one(body, ("Hong", "PERSON", "Taehwa Hong"), ("The Daily Ledger", "ORG"))
    assert (q.text, q.kind) == ("We cannot accept these terms", "direct")
    assert (q.speaker, q.speaker_surface, q.cue, q.addressee) == ("Taehwa Hong", "Hong", "told", "The Daily Ledger")
    assert q.rule == "quote.after.name_said"
    assert q.sentence_idx == 1


def test_inverted_said_name_with_title_and_apposition():
    body = '"Demand is cooling fast," said Mr Okafor, chief economist at Delta Bank.'
    q = one(body, ("Okafor", "PERSON", "Chidi Okafor"), ("Delta Bank", "ORG"))
    assert (q.speaker, q.speaker_surface, q.cue, q.rule) == ("Chidi Okafor", "Mr Okafor", "said", "quote.after.said_name")


def test_descriptor_before_name_after_quote():
    body = '"Costs are rising," the group\'s finance director Lena Marsh said on Tuesday.'
    q = one(body, ("Lena Marsh", "PERSON"))
    assert (q.speaker, q.speaker_surface, q.cue) == ("Lena Marsh", "Lena Marsh", "said")


def test_apposition_between_name_and_verb():
    body = '"We will appeal," Ortiz, the club\'s lawyer, said.'
    q = one(body, ("Ortiz", "PERSON", "Rosa Ortiz"))
    assert (q.speaker, q.speaker_surface) == ("Rosa Ortiz", "Ortiz")


def test_pronoun_resolves_to_latest_person_outside_quotes():
    body = ("Nadia Petrova met Kofi Mensah on Monday. Petrova spoke first. "
            "“We agree on most things, even with Mensah,” she said.")
    q = one(body, ("Nadia Petrova", "PERSON"), ("Kofi Mensah", "PERSON"), ("Petrova", "PERSON", "Nadia Petrova"),
            ("Mensah", "PERSON", "Kofi Mensah"))
    assert (q.speaker, q.speaker_surface, q.rule) == ("Nadia Petrova", "she", "quote.after.pronoun_said")


def test_pronoun_prefers_speaking_subject_over_object():
    body = ("Its chairman, Ivo Brandt, said he was glad to see the back of Mr Falk. "
            '"He was never one of us," he said.')
    q = one(body, ("Ivo Brandt", "PERSON"), ("Falk", "PERSON", "Otto Falk"))
    assert q.speaker == "Ivo Brandt"


def test_question_mark_then_lowercase_attribution():
    body = '"Why would we sell now?" she asked. "Because prices are low," replied Omar Haddad.'
    qs = quotes(body, ("Omar Haddad", "PERSON"))
    assert [q.cue for q in qs] == ["asked", "replied"]
    assert qs[1].speaker == "Omar Haddad"


def test_according_to_after():
    body = 'The plan is "unworkable and expensive", according to Priya Nair.'
    q = one(body, ("Priya Nair", "PERSON"))
    assert (q.kind, q.speaker, q.cue) == ("partial", "Priya Nair", "according to")


# --------------------------------------------------------------------------- attribution before

@pytest.mark.parametrize("body, cue, rule", [
    ("According to Yang, “the reform is long overdue.”", "according to", "quote.before.according_to"),
    ("Yang stated that “the reform is long overdue.”", "stated", "quote.before.name_said"),
    ("Yang said: “The reform is long overdue.”", "said", "quote.before.name_said"),
    ("Yang, a professor at Hill College, said “the reform is long overdue.”", "said", "quote.before.name_said"),
    ("Yang told the committee: “The reform is long overdue.”", "told", "quote.before.name_said"),
])
def test_speaker_before_the_quote(body, cue, rule):
    q = one(body, ("Yang", "PERSON", "Li Yang"), ("Hill College", "ORG"))
    assert (q.kind, q.speaker, q.cue, q.rule) == ("direct", "Li Yang", cue, rule)


def test_addressee_before_colon():
    q = one("Hong told the finance committee: “We need more time.”", ("Hong", "PERSON", "Taehwa Hong"))
    assert q.addressee == "the finance committee"


def test_participle_cue_takes_sentence_subject():
    body = 'Garcia praised the volunteers, adding: "They kept the town running."'
    q = one(body, ("Garcia", "PERSON", "Elena Garcia"))
    assert (q.speaker, q.cue, q.rule) == ("Elena Garcia", "adding", "quote.before.participle")


def test_colon_lead_in_with_name_only():
    q = one('- Harbour FC coach Dan Ryle: "We defended well."', ("Dan Ryle", "PERSON"), ("Harbour FC", "ORG"))
    assert (q.speaker, q.rule) == ("Dan Ryle", "quote.before.colon")


def test_sentence_initial_inverted_said():
    q = one('Said assistant coach Ben Iles: "We were ready."', ("Ben Iles", "PERSON"))
    assert (q.speaker, q.rule) == ("Ben Iles", "quote.before.said_name")


# --------------------------------------------------------------------------- organisations and nouns

def test_org_speaker_maps_to_gpe_modifier():
    body = "“The launch violates every resolution,” Freedonia's foreign ministry said."
    q = one(body, ("Freedonia", "GPE"))
    assert (q.speaker, q.speaker_surface) == ("Freedonia", "Freedonia's foreign ministry")


def test_org_speaker_head_mention():
    q = one('"Sales were strong," Norland Steel said in a statement.', ("Norland Steel", "ORG"))
    assert (q.speaker, q.speaker_surface, q.cue) == ("Norland Steel", "Norland Steel", "said")


@pytest.mark.parametrize("noun", ["the ministry", "officials", "a spokesman"])
def test_common_noun_speaker_has_no_name(noun):
    q = one(f"“We regret the decision,” {noun} said in a statement.")
    assert (q.speaker, q.speaker_surface, q.cue) == (None, noun, "said")


def test_sentence_initial_plural_noun_is_not_a_name():
    q = one('Analysts said: "The outlook is weak."')
    assert (q.speaker, q.speaker_surface) == (None, "Analysts")


def test_name_without_mention_is_returned_as_written_without_title():
    qs = quotes('"We are done," said Hong. "Not yet," Dr Jane Wu told The Courier.')
    assert [(q.speaker, q.speaker_surface) for q in qs] == [("Hong", "Hong"), ("Jane Wu", "Dr Jane Wu")]
    assert qs[1].addressee == "The Courier"


def test_mention_in_complement_is_not_the_speaker():
    body = '"It was a fair result," a friend of Pauline Ashe said.'
    q = one(body, ("Pauline Ashe", "PERSON"))
    assert q.speaker is None and q.speaker_surface == "a friend of Pauline Ashe"


# --------------------------------------------------------------------------- marks

def test_closing_glyph_may_open_a_quote():
    body = "”In practice we will not move,” Park said."
    q = one(body, ("Park", "PERSON", "Lena Park"))
    assert (q.text, q.speaker) == ("In practice we will not move", "Lena Park")


def test_curly_open_straight_close():
    q = one('Talks ended. “The gap is too wide" the minister told reporters.')
    assert (q.text, q.speaker_surface, q.addressee) == ("The gap is too wide", "the minister", "reporters")


def test_quote_glued_to_previous_word():
    body = "The plan will be reviewed further.“In practice nothing changes,” Park said."
    q = one(body, ("Park", "PERSON", "Lena Park"))
    assert q.text == "In practice nothing changes" and q.kind == "direct" and q.speaker == "Lena Park"


def test_nested_mixed_marks_stay_inside_the_outer_quote():
    body = "“We reject the ’strategic flexibility' of the pact,” said Olsen."
    q = one(body, ("Olsen", "PERSON", "Per Olsen"))
    assert q.text == "We reject the ’strategic flexibility' of the pact"


def test_apostrophes_are_not_quote_marks():
    body = "Korea’s exports don’t match the ’90s boom, and rock ’n’ roll fans' clubs aren't worried."
    assert quotes(body) == []


def test_single_curly_quotes_british_style():
    body = "‘We will fight on,’ said Ms Kaur. Critics called the plan ‘a farce’."
    qs = quotes(body, ("Kaur", "PERSON", "Priya Kaur"))
    assert [(q.text, q.kind) for q in qs] == [("We will fight on", "direct"), ("a farce", "partial")]
    assert qs[0].speaker == "Priya Kaur"


def test_straight_single_scare_quote_is_a_term():
    q = one("The software 'learns' which pictures each visitor likes.")
    assert (q.text, q.kind) == ("learns", "term")


def test_doubled_apostrophes_used_as_double_quotes():
    q = one("''We want answers,'' Reyes told the paper.", ("Reyes", "PERSON", "Ana Reyes"))
    assert (q.text, q.speaker) == ("We want answers", "Ana Reyes")


def test_trailing_comma_inside_marks_is_not_part_of_the_text():
    q = one('"First, we wait," he said.')
    assert q.text == "First, we wait"


# --------------------------------------------------------------------------- multi-sentence, multi-paragraph

def test_quote_over_several_sentences():
    body = '"We lost. We deserved to lose. Next week is different," said Coach Amara Diallo.'
    q = one(body, ("Amara Diallo", "PERSON"))
    assert q.text == "We lost. We deserved to lose. Next week is different"


def test_quote_spanning_paragraphs_gives_one_quote_per_paragraph_same_speaker():
    body = ("“We will rebuild the town. It will take years.\n\n"
            "“But we will not give up,” said Mayor Ana Ruiz.\n\n"
            "The council meets on Friday.")
    qs = quotes(body, ("Ana Ruiz", "PERSON"))
    assert [q.text for q in qs] == ["We will rebuild the town. It will take years.", "But we will not give up"]
    assert [q.speaker for q in qs] == ["Ana Ruiz", "Ana Ruiz"]
    assert [q.rule for q in qs] == ["quote.continued", "quote.after.said_name"]


def test_continuation_inside_one_paragraph():
    # paragraphs joined by a scraper: an opening mark after a sentence end while a quote is open
    body = ('"I had a long talk with the board. They understood. "We move on now," said Ines Duarte. '
            "The vote is next week.")
    qs = quotes(body, ("Ines Duarte", "PERSON"))
    assert [q.text for q in qs] == ["I had a long talk with the board. They understood.", "We move on now"]
    assert {q.speaker for q in qs} == {"Ines Duarte"}


def test_paragraph_carry_over_to_the_previous_speaker():
    body = ('"Prices will rise," said Tom Reed, an economist at Fable Bank.\n\n'
            '"Households should prepare for a hard winter."')
    qs = quotes(body, ("Tom Reed", "PERSON"), ("Fable Bank", "ORG"))
    assert qs[1].speaker == "Tom Reed" and qs[1].rule == "quote.carry.previous" and qs[1].kind == "direct"


def test_no_carry_over_when_another_person_was_introduced():
    body = ('"Prices will rise," said Tom Reed.\n\n'
            "Markets fell sharply. Ann Cole, a fund manager, was calmer.\n\n"
            '"There is no reason to panic."')
    qs = quotes(body, ("Tom Reed", "PERSON"), ("Ann Cole", "PERSON"))
    assert qs[1].speaker is None


def test_carry_from_reported_speech_right_before():
    body = 'Mr Osei said the factory would stay open. "We owe it to the workers."'
    q = one(body, ("Osei", "PERSON", "Kwame Osei"))
    assert (q.speaker, q.rule) == ("Kwame Osei", "quote.carry.reported")


# --------------------------------------------------------------------------- odd counts and robustness

def test_unclosed_quote_is_capped_at_paragraph_end():
    body = '"This will not stand, said one resident.\n\nThe city council meets on Friday to discuss it.'
    q = one(body)
    assert q.text == "This will not stand, said one resident."
    assert "\n" not in q.text


def test_unclosed_mid_sentence_quote_is_capped_at_sentence_end():
    body = 'He called it "a disgrace and walked out. The meeting ended at noon. Nobody else spoke.'
    q = one(body)
    assert q.text == "a disgrace and walked out."


def test_stray_closing_mark_is_ignored():
    qs = quotes('The screen measures 15" across. "It sells well," said Lu Bo.', ("Lu Bo", "PERSON"))
    assert [q.text for q in qs] == ["It sells well"]


@pytest.mark.parametrize("seed", range(20))
def test_random_marks_never_crash_or_run_away(seed):
    rnd = random.Random(seed)
    pieces = ["said", "he", "Smith", "the", "’s", "'", '"', "“", "”", "‘", "’", ".", ",", ":", "\n\n", "\n", "We", "won"]
    body = " ".join(rnd.choice(pieces) for _ in range(120))
    blocks = [m.span() for m in re.finditer(r"[^\n]+", body)]
    for q in quotes(body):
        assert any(s <= q.char_start and q.char_end <= e for s, e in blocks)


@pytest.mark.parametrize("body", ["", " ", '"', "“”", "''", "\n\n“\n\n”", "’", "‘’‘’", '"a"b"c"'])
def test_degenerate_inputs(body):
    quotes(body)


# --------------------------------------------------------------------------- kinds

def test_partial_quotes_in_reported_speech():
    body = "Lee called the decision “deeply regrettable” and labelled the rival a “hypocrite”."
    qs = quotes(body, ("Lee", "PERSON", "Min Lee"))
    assert [(q.text, q.kind, q.speaker) for q in qs] == [
        ("deeply regrettable", "partial", "Min Lee"), ("hypocrite", "partial", "Min Lee")]


def test_partial_with_sentence_final_attribution():
    body = 'The outlook remains "very favourable" for the next two years, Norland Steel said.'
    q = one(body, ("Norland Steel", "ORG"))
    assert (q.kind, q.speaker, q.rule) == ("partial", "Norland Steel", "quote.sentence.final_said")


def test_long_embedded_fragment_is_partial():
    body = 'The court found the firm had shown "a reckless disregard for the safety of its own staff".'
    q = one(body)
    assert q.kind == "partial" and q.speaker is None


@pytest.mark.parametrize("body, text, rule", [
    ("Beijing insists on the “one-China” principle.", "one-China", "quote.term.short"),
    ("Her novel “The Quiet Harbour” sold well.", "The Quiet Harbour", "quote.term.short"),
    ("The so-called “silent majority” stayed at home.", "silent majority", "quote.term.naming"),
    ("The keeper, known as “The Wall”, retired.", "The Wall", "quote.term.naming"),
])
def test_terms(body, text, rule):
    q = one(body, ("Beijing", "GPE"))
    assert (q.text, q.kind, q.speaker, q.cue, q.rule) == (text, "term", None, None, rule)


def test_short_sentence_initial_term():
    q = one('"Evil twins" pose as real wireless hotspots.')
    assert q.kind == "term"


def test_direct_requires_clause_not_fragment_after_said():
    qs = quotes('Sato said "no". Sato said: "No."', ("Sato", "PERSON", "Ken Sato"))
    assert [q.kind for q in qs] == ["partial", "direct"]


# --------------------------------------------------------------------------- real text

@pytest.mark.slow
def test_bbc_corpus_robustness():
    if not BBC.is_dir():
        pytest.skip("shared BBC corpus not available")
    files = sorted(BBC.glob("*/*.txt"))
    if not files:
        pytest.skip("shared BBC corpus is empty")
    files = files[::4]
    docs = []
    for path in files:
        raw = path.read_bytes().decode("utf-8", errors="replace")
        body = raw.split("\n", 1)[1].strip("\n") if "\n" in raw else ""
        docs.append((path.stem, body, split_sentences(path.stem, body)))
    total = 0
    for doc_id, body, sents in docs:
        qs = extract_quotes(doc_id, body, sents, [])
        total += len(qs)
        for q in qs:
            assert body[q.char_start:q.char_end] == q.text
            assert "\n" not in q.text
            assert 0 <= q.sentence_idx < max(len(sents), 1)
    assert total > len(docs)  # news is full of quotes


def test_noun_phrase_after_bare_verb_is_partial():
    body = 'Vidal promised "the most open campaign the party has ever run".'
    q = one(body, ("Vidal", "PERSON", "Rosa Vidal"))
    assert (q.kind, q.speaker, q.cue) == ("partial", "Rosa Vidal", "promised")


def test_passive_agent_names_the_speaker():
    body = 'The new phone was described by Ito as "a pocket studio for everyone".'
    q = one(body, ("Ito", "PERSON", "Kenji Ito"))
    assert (q.kind, q.speaker, q.cue) == ("partial", "Kenji Ito", "described")


def test_parenthetical_inverted_attribution():
    body = 'The aim, says Norland Steel, is a "greener and leaner" business.'
    q = one(body, ("Norland Steel", "ORG"))
    assert (q.kind, q.speaker) == ("partial", "Norland Steel")


def test_possessive_before_a_noun_that_looks_like_a_verb():
    body = 'Mr Lamb said the talks had failed. Sir Edward\'s hopes faded fast. "It is over for now."'
    qs = quotes(body, ("Lamb", "PERSON", "Peter Lamb"), ("Edward", "PERSON", "Edward Hale"))
    assert qs[0].speaker is None  # "hopes" is a noun here, and Edward was introduced after Lamb


def test_later_named_clause_beats_first_verb_for_partial():
    body = 'The members stressed the split was friendly, although Bourne admitted he was "devastated" by it.'
    q = one(body, ("Bourne", "PERSON", "James Bourne"))
    assert (q.speaker, q.cue) == ("James Bourne", "admitted")


def test_agent_of_a_statement_is_the_speaker():
    body = 'A statement released by North Korea said: "The drills are a grave provocation."'
    q = one(body, ("North Korea", "GPE"))
    assert (q.kind, q.speaker, q.cue) == ("direct", "North Korea", "said")


def test_pronoun_skips_a_person_of_the_other_gender_by_honorific():
    body = 'Ms Ortega met Mr Blake on Monday. "We agreed on nothing," she said.'
    q = one(body, ("Ortega", "PERSON", "Lucia Ortega"), ("Blake", "PERSON", "Tom Blake"))
    assert q.speaker == "Lucia Ortega"


# --------------------------------------------------------------------------- quoted verbs and evaluations

def test_quoted_speech_verb_right_after_its_subject_is_partial():
    body = 'A spokesman for Norland Steel "totally refuted" the claims.'
    q = one(body, ("Norland Steel", "ORG"))
    assert (q.kind, q.speaker, q.cue, q.rule) == ("partial", "Norland Steel", "refuted", "quote.sentence.quoted_verb")


def test_quoted_verb_that_is_no_speech_stays_a_term():
    q = one('Ruiz sought the "rapid response" grant.', ("Ruiz", "PERSON", "Ana Ruiz"))
    assert (q.kind, q.speaker) == ("term", None)


@pytest.mark.parametrize("body, speaker, cue", [
    ("Okafor called the move “deeply regrettable”.", "Chidi Okafor", "called"),
    ('Freedonia described the sanctions as "a serious mistake".', "Freedonia", "described"),
    ('Okafor dismissed the report as "nonsense".', "Chidi Okafor", "dismissed"),
    ('Okafor warned of "grave consequences".', "Chidi Okafor", "warned"),
    ('Freedonia denounced the drills as "reckless provocation".', "Freedonia", "denounced"),
    ('Okafor hailed the deal as "a turning point".', "Chidi Okafor", "hailed"),
    ('Okafor vowed to "fight on to the end".', "Chidi Okafor", "vowed"),
    ('Okafor, who called the deal "a farce", resigned.', "Chidi Okafor", "called"),
    ('A statement from Freedonia labelled the talks a "charade".', "Freedonia", "labelled"),
])
def test_complement_of_an_evaluative_verb_is_partial(body, speaker, cue):
    q = one(body, ("Okafor", "PERSON", "Chidi Okafor"), ("Freedonia", "GPE"))
    assert (q.kind, q.speaker, q.cue) == ("partial", speaker, cue)


def test_media_before_a_past_tense_verb_is_still_its_subject():
    q = one('The state media branded the envoy a "traitor".')
    assert (q.kind, q.speaker, q.speaker_surface, q.cue) == ("partial", None, "The state media", "branded")


def test_an_official_said_is_a_subject_not_a_noun_phrase():
    q = one('An official said the plan was "unworkable".')
    assert (q.kind, q.speaker_surface, q.cue) == ("partial", "An official", "said")


@pytest.mark.parametrize("body, text, kind", [
    ('Okafor said the "open door" policy had failed.', "open door", "term"),
    ('Okafor defended the government\'s "wedge" strategy.', "wedge", "term"),
    ('Okafor said the film "Dark Water" was a flop.', "Dark Water", "term"),
    ('Okafor promised a "firm but fair" policy on migration.', "firm but fair", "partial"),
    ('Okafor attacked the "grossly unfair" tax.', "grossly unfair", "partial"),
])
def test_naming_quotes_are_terms_evaluations_are_partial(body, text, kind):
    q = one(body, ("Okafor", "PERSON", "Chidi Okafor"))
    assert (q.text, q.kind) == (text, kind)
    assert q.speaker == (None if kind == "term" else "Chidi Okafor")


def test_phrase_cited_from_a_document_is_a_term():
    body = ("Section 5 of the members' code obliges them to declare interests "
            '"where the interest would prejudice their ability to take part in a fair manner".')
    q = one(body)
    assert (q.kind, q.speaker) == ("term", None)


# --------------------------------------------------------------------------- pronouns: gender, possessives, groups

def test_she_prefers_the_person_the_document_refers_to_as_female():
    body = ('Anna Berg, 45, runs the club with her brother. Tom Hale joined the board in May. '
            '"We made progress," she said.')
    q = one(body, ("Anna Berg", "PERSON"), ("Tom Hale", "PERSON"))
    assert (q.speaker, q.speaker_surface) == ("Anna Berg", "she")


def test_an_attribution_pronoun_is_not_gender_evidence():
    # "she said" right after Tom Hale must not make Hale female for the later "he said"
    body = ('Tom Hale joined the club in May. "We made progress," she said. '
            'Hale spoke later. "It went well," he said.')
    qs = quotes(body, ("Tom Hale", "PERSON"), ("Hale", "PERSON", "Tom Hale"))
    assert qs[1].speaker == "Tom Hale"


def test_gendered_role_word_before_a_name():
    body = 'The club chairwoman, Kim Lo, met coach Tom Hale on Friday. "We agreed on a plan," she said.'
    q = one(body, ("Kim Lo", "PERSON"), ("Tom Hale", "PERSON"))
    assert q.speaker == "Kim Lo"


def test_possessive_mention_does_not_beat_the_subject():
    body = 'Tom Hale watched Lee Park\'s performances closely. "The boy has real talent," he said.'
    q = one(body, ("Tom Hale", "PERSON"), ("Lee Park", "PERSON"))
    assert q.speaker == "Tom Hale"


def test_person_in_the_pronouns_own_fronted_phrase_is_not_its_referent():
    body = 'Tom Hale left the court early. Commenting on Mr Park\'s appeal, he said: "It is a closed matter."'
    q = one(body, ("Tom Hale", "PERSON"), ("Park", "PERSON", "Lee Park"))
    assert q.speaker == "Tom Hale"


def test_person_named_inside_the_quote_is_not_its_speaker():
    body = ('Paul Ruiz spoke after the game. Sean Long, his team-mate, missed it with a knee injury. '
            '"Long is just tired and needs a rest," he said.')
    q = one(body, ("Paul Ruiz", "PERSON"), ("Sean Long", "PERSON"))
    assert q.speaker == "Paul Ruiz"


def test_object_gives_way_to_the_subject_of_the_sentence_before():
    body = ('Gordon Vale opened the debate on Monday. He said the cuts proposed by Oliver Reeve were reckless. '
            'Turning to schools, he said: "We will build more."')
    q = one(body, ("Gordon Vale", "PERSON"), ("Oliver Reeve", "PERSON"))
    assert q.speaker == "Gordon Vale"


@pytest.mark.parametrize("body, speaker", [
    ('Norland Steel cut 300 jobs on Monday. "We had no choice," they said.', "Norland Steel"),
    ('Norland Steel cut 300 jobs on Monday. "We had no choice," it said.', "Norland Steel"),
    ('The workers at Norland Steel were angry. "We had no choice," they said.', None),
    ('Tom Hale met union leaders. "We had no choice," they said.', None),
    ('The Freedonia team lost again. "We will recover," it said.', None),
])
def test_they_and_it_resolve_to_an_organisation_subject_only(body, speaker):
    q = one(body, ("Norland Steel", "ORG"), ("Freedonia", "GPE"), ("Tom Hale", "PERSON"))
    assert q.speaker == speaker


# --------------------------------------------------------------------------- descriptors, sources, lead-ins

def test_definite_role_description_resolves_to_the_person_with_that_title():
    body = ('Chancellor Gordon Vale visited Leeds on Monday with Tom Hale. '
            'The chancellor said growth would be "strong and steady".')
    q = one(body, ("Gordon Vale", "PERSON"), ("Tom Hale", "PERSON"))
    assert (q.speaker, q.speaker_surface) == ("Gordon Vale", "The chancellor")


def test_age_description_resolves_to_the_subject_just_before():
    body = 'Ana Ruiz beat Lena Park in the final in Paris. "I am so happy," said the 22-year-old.'
    q = one(body, ("Ana Ruiz", "PERSON"), ("Lena Park", "PERSON"))
    assert q.speaker == "Ana Ruiz"


def test_office_is_not_guessed_from_proximity():
    q = one('The board met with Tom Hale on Monday. "We will act," the prime minister said.', ("Tom Hale", "PERSON"))
    assert (q.speaker, q.speaker_surface) == (None, "the prime minister")


def test_quoted_as_saying_names_the_speaker_and_the_outlet():
    body = '"Costs will fall," the Ledger quoted Norland chief executive Lena Marsh as saying.'
    q = one(body, ("Lena Marsh", "PERSON"))
    assert (q.speaker, q.addressee) == ("Lena Marsh", "the Ledger")


def test_list_item_lead_in_without_colon():
    q = one('- Harbour FC boss Dan Ryle "We defended well."', ("Dan Ryle", "PERSON"), ("Harbour FC", "ORG"))
    assert (q.kind, q.speaker, q.rule) == ("direct", "Dan Ryle", "quote.before.colon")


def test_fronted_phrase_before_the_pronoun_subject():
    body = 'Tom Hale left the court. At first he said only: "No comment."'
    q = one(body, ("Tom Hale", "PERSON"))
    assert (q.speaker, q.speaker_surface) == ("Tom Hale", "he")


def test_dash_apposition_between_name_and_verb():
    body = 'Lord Hale - a senior judge - said the rules were "plainly unfair".'
    q = one(body, ("Hale", "PERSON", "Edwin Hale"))
    assert q.speaker == "Edwin Hale"


# --------------------------------------------------------------------------- before/after attribution checks

def test_full_name_introduced_earlier_then_surname_told_outlet():
    body = ("Taehwa Hong teaches at Hill College in Seoul.\n\n"
            "“The gap between the allies is wide,” Hong told The Daily Ledger.")
    q = one(body, ("Taehwa Hong", "PERSON"), ("Hong", "PERSON", "Taehwa Hong"), ("The Daily Ledger", "ORG"))
    assert (q.speaker, q.speaker_surface, q.cue, q.addressee) == ("Taehwa Hong", "Hong", "told", "The Daily Ledger")


def test_according_to_with_an_apposition():
    body = "According to Yang, a researcher at Hill College, “the reform is long overdue.”"
    q = one(body, ("Yang", "PERSON", "Li Yang"), ("Hill College", "ORG"))
    assert (q.kind, q.speaker, q.cue, q.rule) == ("direct", "Li Yang", "according to", "quote.before.according_to")


def test_according_to_governing_a_clause_with_a_partial_quote():
    q = one('According to Yang, the reform is "long overdue".', ("Yang", "PERSON", "Li Yang"))
    assert (q.kind, q.speaker, q.rule) == ("partial", "Li Yang", "quote.sentence.according_to")


def test_reported_speech_just_before_beats_the_previous_speaker():
    body = 'Tom Reed said: "Prices will rise." Ann Cole said the outlook was brighter. "We see growth next year."'
    qs = quotes(body, ("Tom Reed", "PERSON"), ("Ann Cole", "PERSON"))
    assert (qs[1].speaker, qs[1].rule) == ("Ann Cole", "quote.carry.reported")


def test_unclosed_quote_in_a_long_paragraph_stops_at_its_sentence_end():
    body = ('"We will not stop until the job is done. ' + "The council met for hours on Monday and argued " * 8
            + "about the budget.\n\nThe vote is next week.")
    q = one(body)
    assert q.text == "We will not stop until the job is done."


def test_coordinated_verb_shares_the_subject_of_the_first():
    body = 'Kaplan has defended his display at the match and admitted he was "very disappointed".'
    q = one(body, ("Kaplan", "PERSON", "Jon Kaplan"))
    assert (q.kind, q.speaker, q.cue) == ("partial", "Jon Kaplan", "admitted")


def test_sentence_initial_common_word_is_not_a_speaker_name():
    body = 'Results of the survey showed that most people believed the rule was "unfair and outdated".'
    q = one(body)
    assert q.speaker is None


def test_participle_attribution_skips_a_fronted_place():
    body = "In Lisbon, Portuguese Prime Minister Ana Costa welcomed the deal, calling it “a fair bargain for both sides.”"
    q = one(body, ("Lisbon", "GPE"), ("Portuguese", "NORP"), ("Ana Costa", "PERSON"))
    assert (q.speaker, q.cue) == ("Ana Costa", "calling")
