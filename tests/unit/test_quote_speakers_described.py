"""Speaker classes on open text (issue #12, third round): a quote run broken by a line of page
junk, doubled single marks, a teller relaying what another agreed to, stance verbs with a
quoted object, definite descriptions referring back to a named entity, groups belonging to a
named body.

Every sentence is written for these tests (invented people, bodies and places); mentions are
built by hand as in ``test_quotes``.
"""
from __future__ import annotations

from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.marks import find_parts
from pipelines.text.quotes.offices import introduced_with_role
from tests.unit.test_quote_speakers_open import by_text
from tests.unit.test_quotes import mentions, quotes


# --------------------------------------------------------------------------- page junk in a run

def test_a_quote_run_survives_a_junk_line_that_broke_the_attribution():
    body = ("''We were told nothing at all,'' Halvard Mossberg told the\n\nValley Courier\n\n"
            ". ''We want answers. Nobody has called us.''")
    qs = by_text(quotes(body, ("Halvard Mossberg", "PERSON"), ("Valley Courier", "ORG")))
    assert qs["We were told nothing at all"].speaker == "Halvard Mossberg"
    q = qs["We want answers. Nobody has called us."]
    assert (q.kind, q.speaker, q.rule) == ("direct", "Halvard Mossberg", "quote.carry.previous")


def test_a_short_line_after_a_finished_sentence_still_breaks_the_run():
    # the attribution sentence ended before the short line: the line is a heading, not junk
    body = ("''We were told nothing at all,'' Halvard Mossberg told the Valley Courier.\n\nFerry Times\n\n"
            ". ''We want answers.''")
    qs = by_text(quotes(body, ("Halvard Mossberg", "PERSON"), ("Valley Courier", "ORG"), ("Ferry Times", "ORG")))
    assert qs["We want answers."].speaker is None


def test_doubled_single_marks_open_a_stand_alone_quote():
    body = "Coach Edda Lindqvist was calm. ''We will be back next season,'' she said."
    q = by_text(quotes(body, ("Edda Lindqvist", "PERSON")))["We will be back next season"]
    assert (q.kind, q.speaker) == ("direct", "Edda Lindqvist")


# --------------------------------------------------------------------------- a teller relaying an act

def test_a_teller_speaks_a_quote_inside_what_another_agreed_to_do():
    body = ('Trade Minister Oskar Velden told parliament that Norland had agreed to lift the ban after '
            '"long and difficult talks" with the inspectors.')
    q = quotes(body, ("Oskar Velden", "PERSON"), ("Norland", "GPE"))[0]
    assert (q.speaker, q.cue) == ("Oskar Velden", "told")


def test_a_later_verb_of_speech_inside_the_report_still_speaks():
    # trap: the later verb says words ("had said"), so its subject speaks, not the one who denied it
    body = 'Mr Arkwright denied that Mr Pellow had said the plans "stink".'
    q = quotes(body, ("Arkwright", "PERSON", "Tom Arkwright"), ("Pellow", "PERSON", "Ian Pellow"))[0]
    assert q.speaker == "Ian Pellow"


def test_an_only_verb_taking_an_infinitive_keeps_its_subject():
    body = 'Councillor Rhoda Fenn agreed to "look again" at the parking plan.'
    q = quotes(body, ("Rhoda Fenn", "PERSON"))[0]
    assert q.speaker == "Rhoda Fenn"


# --------------------------------------------------------------------------- stance verbs, "the band"

def test_thanked_with_a_quoted_object_is_the_subjects():
    body = 'Accepting the prize, Mira Solberg thanked her listeners "for staying with us through the lean years".'
    q = quotes(body, ("Mira Solberg", "PERSON"))[0]
    assert (q.kind, q.speaker, q.cue) == ("partial", "Mira Solberg", "thanked")


def test_thanks_as_a_noun_is_no_stance_verb():
    # trap: "thanks to" is a noun phrase; nobody here says the words
    body = 'The harbour reopened thanks to "a small miracle of engineering" in the dry dock.'
    q = quotes(body)[0]
    assert q.speaker is None


def test_the_band_refers_back_to_the_band_introduced_without_an_article():
    body = ('Norwegian band Pale Tide won three awards on Sunday. Its singer Ola Brekke collected the first. '
            'The band - whose debut topped the charts - thanked "every single person who came to a gig", '
            'adding: "We owe you everything."')
    qs = by_text(quotes(body, ("Pale Tide", "ORG"), ("Ola Brekke", "PERSON")))
    assert qs["every single person who came to a gig"].speaker == "Pale Tide"
    assert qs["We owe you everything."].speaker == "Pale Tide"


def test_the_band_is_not_a_group_introduced_as_something_else():
    # trap: the only organisation was introduced as a label, not a band
    body = ('Record label Greyfold Music signed two acts on Sunday. '
            'The band thanked "every single person who came to a gig".')
    q = quotes(body, ("Greyfold Music", "ORG"))[0]
    assert q.speaker is None


# --------------------------------------------------------------------------- described speakers

def test_two_roles_joined_by_and_describe_one_person_met_before():
    body = ('Lady Ashcombe withdrew her amendment after the second reading. "We will return to this," she told peers. '
            'During the debate, the Liberal peer and former diplomat said: "The rules belong to another century."')
    qs = by_text(quotes(body, ("Lady Ashcombe", "PERSON")))
    q = qs["The rules belong to another century."]
    assert (q.speaker, q.speaker_surface) == ("Lady Ashcombe", "the Liberal peer and former diplomat")


def test_two_people_joined_by_and_are_no_single_description():
    # trap: "the minister and Lady Ashcombe" names two people; the phrase after "and" is a name
    body = ('Lady Ashcombe met the minister on Monday. '
            'Afterwards the minister and Lady Ashcombe said: "We agreed on nothing."')
    q = by_text(quotes(body, ("Lady Ashcombe", "PERSON")))["We agreed on nothing."]
    assert q.speaker_surface != "the minister and Lady Ashcombe"


def test_a_religious_title_introduces_the_role_a_description_refers_to():
    body = ('Archbishop Tomas Ilunga called for the prisoners to be freed. '
            'The Congolese archbishop said the detentions were "cruel".')
    q = quotes(body, ("Tomas Ilunga", "PERSON"))[0]
    assert q.speaker == "Tomas Ilunga"


# --------------------------------------------------------------------------- groups of a named body

def test_judges_named_by_their_awards_speak_for_them():
    body = ('The Brenmoor Book Awards judges met on Monday to choose from five novels. '
            '"A joyful, furious book that nobody will forget," wrote the judges.')
    q = quotes(body, ("Brenmoor Book Awards", "ORG"))[0]
    assert (q.speaker, q.rule) == ("Brenmoor Book Awards", "quote.speaker.group")


def test_organisers_named_by_their_festival_speak_for_it():
    body = ('Harrowfield Festival organisers cancelled the Sunday shows. '
            '"Safety has to come first," said the organisers.')
    q = quotes(body, ("Harrowfield Festival", "ORG"))[0]
    assert q.speaker == "Harrowfield Festival"


def test_judges_no_body_names_in_the_paragraph_name_nobody():
    # trap: the awards were named in another paragraph, and a person's name before "judges" is no body
    body = ('The Brenmoor Book Awards were announced in May.\n\n'
            'Novelist Ana Ruiz judges the prize with two critics. '
            '"A joyful, furious book," wrote the judges.')
    q = quotes(body, ("Brenmoor Book Awards", "ORG"), ("Ana Ruiz", "PERSON"))[0]
    assert q.speaker is None


# --------------------------------------------------------------------------- short quotes a speaker governs

def test_a_final_inverted_attribution_with_an_apposition_speaks_a_short_quote():
    body = 'The merger is a "natural next step" for both firms, said Ines Barros, Velmora\'s chief executive.'
    q = quotes(body, ("Ines Barros", "PERSON"), ("Velmora", "ORG"))[0]
    assert (q.kind, q.speaker, q.rule) == ("partial", "Ines Barros", "quote.sentence.final_said")


def test_a_final_inverted_attribution_to_an_unnamed_spokesman_is_partial():
    body = 'Flooding was a problem the council "had to tackle" this winter, said a spokesman.'
    q = quotes(body)[0]
    assert (q.kind, q.rule) == ("partial", "quote.sentence.final_said")


def test_an_organisation_finding_speaks_a_short_quote():
    body = 'The Tarn Audit Office found the grant scheme was "badly flawed" from the start.'
    q = quotes(body, ("Tarn Audit Office", "ORG"))[0]
    assert (q.speaker, q.rule) == ("Tarn Audit Office", "quote.sentence.finding")


def test_a_person_finding_a_thing_is_no_finding():
    # trap: only an organisation's finding speaks; a person found an object
    body = 'Walker Ian Moss found the dog in a "remote" lay-by near the moor.'
    q = quotes(body, ("Ian Moss", "PERSON"))[0]
    assert q.speaker is None


def test_the_newspaper_is_only_an_outlet_named_as_one():
    # trap: the firm opening the sentence before is no newspaper
    body = ('Velmora Foods cut 300 jobs on Monday. '
            'The newspaper said the cuts were "only the beginning".')
    q = quotes(body, ("Velmora Foods", "ORG"))[0]
    assert q.speaker is None


def test_the_newspaper_introduced_as_one_speaks():
    body = ('The Harbour Gazette newspaper obtained the memo on Monday. '
            'The newspaper said the cuts were "only the beginning".')
    q = quotes(body, ("Harbour Gazette", "ORG"))[0]
    assert q.speaker == "Harbour Gazette"


def test_an_organisation_owning_something_is_not_the_outlet_named_again():
    # trap: "the Tarn Exchange's board" in the sentence before "the newspaper" is no introduction of it
    body = ('Despite courting the Tarn Exchange\'s board, the newspaper suggested the bidder may walk away. '
            'The newspaper also claimed he was "increasingly frustrated".')
    q = quotes(body, ("Tarn Exchange", "ORG"))[-1]
    assert q.speaker is None


# --------------------------------------------------------------------------- subjects after "what"

def test_the_subject_of_a_free_relative_after_a_preposition_speaks():
    body = ('Adria, the largest port on the coast, closed for a day after what its operator, '
            'Pelagos Port Terminals, called "a deliberate attack" on its software.')
    q = quotes(body, ("Adria", "ORG"), ("Pelagos Port Terminals", "ORG"))[0]
    assert q.speaker == "Pelagos Port Terminals"


def test_what_inside_a_relative_clause_keeps_the_antecedent():
    # trap: "who knows what it means" is a relative clause on Nora Quill, who speaks
    body = 'Nora Quill, who knows what it means to lose a harbour, called the closure "a disaster".'
    q = quotes(body, ("Nora Quill", "PERSON"))[0]
    assert q.speaker == "Nora Quill"


# --------------------------------------------------------------------------- subjects before a quote

def test_a_coordinated_verb_after_an_earlier_quote_takes_the_sentence_subject():
    body = ('Ports spokeswoman Dana Veil conceded there were "rough edges" but said '
            '"these are smaller than the unions claim".')
    qs = by_text(quotes(body, ("Dana Veil", "PERSON")))
    assert qs["these are smaller than the unions claim"].speaker == "Dana Veil"


def test_a_coordinated_verb_with_its_own_subject_keeps_it():
    # trap: "and Omar Finch said" names its own subject after the first quote
    body = ('Dana Veil conceded there were "rough edges" and Omar Finch said "the unions are right".')
    qs = by_text(quotes(body, ("Dana Veil", "PERSON"), ("Omar Finch", "PERSON")))
    assert qs["the unions are right"].speaker == "Omar Finch"


def test_an_apposition_of_role_and_lower_case_complement_without_its_comma():
    body = ('But Ilse Brandt, director of the mobile networks division at the firm says that: '
            '"Demand will catch up."')
    q = quotes(body, ("Ilse Brandt", "PERSON"))[0]
    assert q.speaker == "Ilse Brandt"


def test_a_document_with_its_sender_in_apposition_speaks_for_the_sender():
    body = ('Mr Okafor was held for two years. The letter, from the Interior Ministry, says: '
            '"You may now apply to return."')
    q = quotes(body, ("Okafor", "PERSON", "Ben Okafor"), ("Interior Ministry", "ORG"))[0]
    assert (q.speaker, q.rule) == ("Interior Ministry", "quote.speaker.document")


def test_a_document_of_a_place_is_about_it():
    # trap: "of" a place says what the report is about, not who wrote it
    body = 'The report of Kessel, published on Monday, says: "Roads are failing."'
    q = quotes(body, ("Kessel", "GPE"))[0]
    assert q.speaker is None


def test_the_spokesman_is_the_one_introduced_for_a_person_just_before():
    body = ('A spokesman for Rhona Tate said the candidate\'s views were "far apart" from hers. '
            '"He wants to leave the union," the spokesman said.')
    qs = by_text(quotes(body, ("Rhona Tate", "PERSON")))
    assert qs["He wants to leave the union"].speaker == "Rhona Tate"


def test_the_spokesman_is_not_a_spokeswoman_introduced_before():
    # trap: the noun differs, so "the spokesman" is no reference to her
    body = ('A spokeswoman for Rhona Tate said the views were "far apart". '
            '"He wants to leave the union," the spokesman said.')
    qs = by_text(quotes(body, ("Rhona Tate", "PERSON")))
    assert qs["He wants to leave the union"].speaker != "Rhona Tate"


# --------------------------------------------------------------------------- a description with a relative clause

def test_he_after_a_description_with_a_relative_naming_another_is_the_described():
    body = ('Tomas Brede scored twice for Kell Rovers on Saturday.\n\n'
            'The 19-year-old winger, whose uncle Anders Brede coaches the side, said he had not slept. '
            '"I watched their keeper all night," he said.')
    qs = by_text(quotes(body, ("Tomas Brede", "PERSON"), ("Anders Brede", "PERSON"), ("Kell Rovers", "ORG")))
    assert qs["I watched their keeper all night"].speaker == "Tomas Brede"


def test_he_after_a_named_subject_with_a_relative_is_that_subject():
    # trap: the subject is named, so the described-person reading does not apply
    body = ('Tomas Brede scored twice on Saturday.\n\n'
            'Anders Brede, whose nephew plays on the wing, said he had not slept. '
            '"I watched their keeper all night," he said.')
    qs = by_text(quotes(body, ("Tomas Brede", "PERSON"), ("Anders Brede", "PERSON")))
    assert qs["I watched their keeper all night"].speaker == "Anders Brede"


# --------------------------------------------------------------------------- who put a document out

def test_researchers_speak_for_the_study_author_not_for_a_critic_of_the_paper():
    body = ('The study, by the Marram Sea Institute, tracked 400 reefs.\n\n'
            'Professor Ivo Kask, who was not involved, said the paper was "careful". '
            'The researchers wrote that growth was "modestly lower" in the warm pools.')
    qs = by_text(quotes(body, ("Marram Sea Institute", "ORG"), ("Ivo Kask", "PERSON")))
    assert qs["modestly lower"].speaker == "Marram Sea Institute"


def test_a_statement_put_out_by_saying_in_it_keeps_its_author():
    # trap: "said in a statement" does put the statement out
    body = ('Tarn Water said in a statement that the leak was fixed. '
            '"No homes were affected," the statement said.')
    q = by_text(quotes(body, ("Tarn Water", "ORG")))["No homes were affected"]
    assert q.speaker == "Tarn Water"


# --------------------------------------------------------------------------- "the company" after a firm inside a clause

def test_the_company_is_a_firm_that_was_the_subject_of_a_clause():
    body = ('Residents marched on Tuesday. The councillor said that Harlow Coaches had "a duty to the town". '
            'The company later said the decision was "final".')
    q = by_text(quotes(body, ("Harlow Coaches", "ORG")))["final"]
    assert (q.speaker, q.rule) == ("Harlow Coaches", "quote.speaker.org_noun")


def test_the_company_is_not_a_firm_only_named_as_an_object():
    # trap: the firm is only the object of "against"; nothing makes it the company that speaks
    body = ('Residents marched against Harlow Coaches on Tuesday. '
            'The company later said the decision was "final".')
    q = by_text(quotes(body, ("Harlow Coaches", "ORG")))["final"]
    assert q.speaker is None


def test_the_partnership_itself_is_the_partnership_named_before():
    body = ('The Kessel Harbour Partnership drew up the plan in 2022. '
            'The partnership itself wrote that the design "halves the dredging".')
    q = quotes(body, ("Kessel Harbour Partnership", "ORG"))[0]
    assert (q.speaker, q.speaker_surface) == ("Kessel Harbour Partnership", "The partnership")


def test_a_partnership_between_people_is_no_organisation_named_before():
    # trap: no organisation's name holds "partnership" or was introduced as one
    body = ('Ana Ruiz and Ivo Kask began working together in 2022. '
            'The partnership itself wrote that the design "halves the dredging".')
    q = quotes(body, ("Ana Ruiz", "PERSON"), ("Ivo Kask", "PERSON"))[0]
    assert q.speaker is None


# --------------------------------------------------------------------------- an argument is something said

def test_a_possessed_argument_names_who_argued_it():
    body = ('The High Court upheld the fine on Marrow Water, rejecting the company\'s argument that '
            'the penalty was "grossly unfair".')
    q = quotes(body, ("High Court", "ORG"), ("Marrow Water", "ORG"))[0]
    assert (q.speaker, q.cue) == ("Marrow Water", "argument")


def test_an_argument_nobody_owns_names_nobody_by_itself():
    # trap: without a possessor the noun names no speaker; the court's own verb decides
    body = ('The High Court upheld the fine on Marrow Water, rejecting the argument that '
            'the penalty was "grossly unfair".')
    q = quotes(body, ("High Court", "ORG"), ("Marrow Water", "ORG"))[0]
    assert q.speaker != "Marrow Water"


# --------------------------------------------------------------------------- "had added" is an act

def test_had_added_inside_a_report_is_an_act_and_the_teller_speaks():
    body = 'Sen. Ada Morrow said the committee had added "loophole after loophole" to the bill.'
    q = quotes(body, ("Ada Morrow", "PERSON"))[0]
    assert (q.speaker, q.cue) == ("Ada Morrow", "said")


def test_added_as_a_verb_of_speech_still_introduces_words():
    # trap: a plain "added" after a quote's speaker introduces what she said
    body = 'Sen. Ada Morrow was blunt. She added: "This bill is dead."'
    q = quotes(body, ("Ada Morrow", "PERSON"))[0]
    assert (q.speaker, q.cue) == ("Ada Morrow", "added")


def test_an_agency_set_out_by_which_is_the_agency_that_speaks():
    body = ('At the heart of the row is the Office of Rural Networks, which ran the grants. '
            'The agency said it had "already tightened oversight".')
    q = quotes(body, ("Office of Rural Networks", "ORG"))[0]
    assert q.speaker == "Office of Rural Networks"


# --------------------------------------------------------------------------- "to call"

def test_to_call_inside_a_report_speaks_for_its_own_subject():
    body = 'She noted that Premier Ivo Dane had been careful to call Norland "our oldest friend" twice.'
    q = quotes(body, ("Ivo Dane", "PERSON"), ("Norland", "GPE"))[0]
    assert (q.speaker, q.cue) == ("Ivo Dane", "call")


def test_a_phone_call_is_no_verb_of_calling():
    # trap: "call" after a noun is a noun; nobody calls anything here
    body = 'Ivo Dane made a phone call "to the wrong number" on Monday.'
    q = quotes(body, ("Ivo Dane", "PERSON"))[0]
    assert q.cue != "call"


def test_the_union_is_a_workers_compound_named_before_not_a_political_union():
    body = ('Trade ministers of the Andean Union met in May.\n\n'
            'The United Mineworkers praised the move. '
            'The union said in a statement that "mining has been given a fighting chance."')
    q = quotes(body, ("Andean Union", "ORG"), ("United Mineworkers", "ORG"))[0]
    assert q.speaker == "United Mineworkers"


# --------------------------------------------------------------------------- a lede's role named next

def test_the_role_a_lede_describes_is_the_person_the_next_sentence_names():
    body = ('The chief executive of Tarn Water apologised to MPs on Wednesday.\n\n'
            'Sir Ian Hale was questioned for two hours. Labour MP Ana Roe asked Sir Ian: "Did you think of quitting?"\n\n'
            '"I did think about it," the chief executive said.')
    qs = by_text(quotes(body, ("Tarn Water", "ORG"), ("Ian Hale", "PERSON", "Sir Ian Hale"),
                        ("Ian", "PERSON", "Sir Ian Hale"), ("Ana Roe", "PERSON")))
    assert qs["I did think about it"].speaker == "Sir Ian Hale"


def test_a_person_named_with_another_role_after_the_lede_is_not_its_holder():
    # trap: the next sentence opens with somebody introduced as an MP, not the chief executive
    body = ('The chief executive of Tarn Water apologised to MPs on Wednesday.\n\n'
            'Labour MP Ana Roe questioned him for two hours.\n\n'
            '"I did think about it," the chief executive said.')
    _, parts = find_parts(body)
    ctx = QuoteContext(body, parts, mentions(body, ("Tarn Water", "ORG"), ("Ana Roe", "PERSON")))
    assert introduced_with_role(ctx, body.index("the chief executive said"), ["chief", "executive"]) is None


def test_a_quote_saying_something_of_anothers_argument_is_the_tellers():
    # trap for the speech noun: the quote is a predicate about GM's argument, said by the teller
    body = 'Ivo Dane is confident, saying in an interview that Velmora\'s argument "has no legs".'
    q = quotes(body, ("Ivo Dane", "PERSON"), ("Velmora", "ORG"))[0]
    assert q.speaker == "Ivo Dane"


def test_a_lede_about_what_the_holder_said_names_no_holder():
    # trap: "The first minister's statement" is about his words; the next sentence opens with a critic
    body = ('The first minister\'s statement on drink has diverted attention, it has been claimed.\n\n'
            'Ian Lawford, head of a charity, said the comment was "ill-advised".')
    _, parts = find_parts(body)
    ctx = QuoteContext(body, parts, mentions(body, ("Ian Lawford", "PERSON")))
    assert introduced_with_role(ctx, len(body), ["first", "minister"]) is None


# --------------------------------------------------------------------------- a final attribution past a later quote

def test_a_final_attribution_past_a_later_quoted_term_speaks_the_first_quote():
    body = ('Mayor Ina Holt should "stand firm" and not apologise for her "Quayside" remark, '
            'councillor Ravi Brook has insisted.')
    qs = by_text(quotes(body, ("Ina Holt", "PERSON"), ("Ravi Brook", "PERSON")))
    assert (qs["stand firm"].speaker, qs["stand firm"].rule) == ("Ravi Brook", "quote.sentence.final_said")


def test_no_final_attribution_past_a_later_quote_names_nobody():
    # trap: the sentence ends without an attribution; the later quote gives none either
    body = 'The plan is "dead in the water" and the "new deal" is no better.'
    qs = by_text(quotes(body))
    assert qs["dead in the water"].speaker is None


# --------------------------------------------------------------------------- lower-case compounds in a report

def test_a_lower_case_compound_modifier_in_a_named_report_is_the_speakers_word():
    body = 'Former aide Lena Marsh says a "touchy-feely" image does not suit the new leader.'
    q = quotes(body, ("Lena Marsh", "PERSON"))[0]
    assert (q.kind, q.speaker) == ("partial", "Lena Marsh")


def test_a_compound_modifier_nobody_reports_stays_a_term():
    # trap: no reporting verb; the hyphenated modifier names a kind of thing
    body = 'The brewer launched a "low-sugar" drink in May.'
    q = quotes(body)[0]
    assert q.kind == "term"


def test_a_capitalised_modifier_in_a_report_stays_a_name():
    # trap: 'the "one-Europe" principle' is a name even inside what somebody said
    body = 'Lena Marsh said the "one-Europe" principle was settled.'
    q = quotes(body, ("Lena Marsh", "PERSON"))[0]
    assert q.kind == "term"


# --------------------------------------------------------------------------- a lede's unnamed firm named next

def test_a_firm_a_lede_introduces_by_its_kind_is_the_one_opening_the_next_paragraph():
    body = ('Bets halted on quiz show\n\n'
            'A bookmaker has stopped taking bets on a quiz show after claiming "inside information" had leaked.\n\n'
            'Harlow Odds made the move after six callers tried to bet on the final.')
    q = quotes(body, ("Harlow Odds", "ORG"))[0]
    assert q.speaker == "Harlow Odds"


def test_a_firm_of_that_kind_later_in_the_article_is_no_lede():
    # trap: the indefinite firm is not in the first sentence, so nothing names it
    body = ('Bets halted on quiz show\n\n'
            'Quiz fans were angry on Monday.\n\n'
            'A bookmaker has stopped taking bets after claiming "inside information" had leaked.\n\n'
            'Harlow Odds made the move after six callers tried to bet on the final.')
    q = quotes(body, ("Harlow Odds", "ORG"))[0]
    assert q.speaker is None


# --------------------------------------------------------------------------- what is said of someone's words

def test_a_quote_after_someones_words_and_a_copula_describes_them_and_is_not_theirs():
    # 'his remarks were "..."': the words of whoever describes the remarks, not of their owner
    body = "Deputy leader Ines Varga said she thought Lord Pellam's remarks were \"entirely fair\"."
    q = by_text(quotes(body, ("Ines Varga", "PERSON"), ("Lord Pellam", "PERSON")))["entirely fair"]
    assert q.speaker == "Ines Varga"
    body = "The ferry operator defended Tomas Greve, saying his remarks were \"light-hearted jibes\"."
    q = by_text(quotes(body, ("Tomas Greve", "PERSON")))["light-hearted jibes"]
    assert q.speaker is None            # a group that is no entity: nobody, not the person defended


def test_a_possessors_words_after_their_noun_stay_theirs():
    body = "Lord Pellam's call for \"a fresh start\" was welcomed by the council."
    assert by_text(quotes(body, ("Lord Pellam", "PERSON")))["a fresh start"].speaker == "Lord Pellam"
    body = "Lord Pellam's view is that \"the harbour plan is dead\"."
    assert by_text(quotes(body, ("Lord Pellam", "PERSON")))["the harbour plan is dead"].speaker == "Lord Pellam"


def test_a_clause_opened_by_an_owned_common_noun_speaks_for_itself():
    # "The show's producers defended X, saying ...": the producers, not X
    body = "The show's producers defended Tomas Greve on Monday, saying it was \"gentle teasing\"."
    assert by_text(quotes(body, ("Tomas Greve", "PERSON")))["gentle teasing"].speaker is None
    body = "The club's owner Tomas Greve sacked the coach on Monday, saying he had \"lost the squad\"."
    assert by_text(quotes(body, ("Tomas Greve", "PERSON")))["lost the squad"].speaker == "Tomas Greve"
