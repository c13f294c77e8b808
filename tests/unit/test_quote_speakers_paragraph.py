"""Speaker classes on open text (issue #12): a stand-alone quote right after a sentence of its
own paragraph whose subject is a person ("Councillor Ana Lopez, who chairs the panel, was
scathing. "..."") is that person's (``quote.carry.paragraph_subject``), first person or not, and
wins over the previous quote's speaker unless the quotation speaks of the person.

Every sentence is written for these tests (invented people, bodies and places); mentions are
built by hand as in ``test_quotes``.
"""
from __future__ import annotations

from tests.unit.test_quote_speakers import by_text
from tests.unit.test_quotes import one, quotes


def test_a_role_led_subject_with_a_relative_clause_gives_the_next_quote():
    body = ("The board met on Friday.\n\n"
            "Opposition councillor Deepa Raman, whose ward includes the depot, was scathing. "
            "\"This is a decision taken by people who have never set foot in the place.\"")
    q = one(body, ("Deepa Raman", "PERSON"))
    assert (q.speaker, q.rule) == ("Deepa Raman", "quote.carry.paragraph_subject")


def test_a_name_with_a_relative_clause_gives_the_next_quote():
    body = ("The pool closes in May.\n\n"
            "Petra Lund, who founded the rowing club in 1994, is unsentimental about the building. "
            "\"It was always cold and the roof leaked.\"")
    assert one(body, ("Petra Lund", "PERSON")).speaker == "Petra Lund"


def test_role_words_opening_with_a_participle_after_a_fronted_place():
    body = ("The mill shut last year.\n\n"
            "Outside the gates, retired welder Owen Marsh stood with his arms folded. "
            "\"They have been running this place down for ten years.\"")
    assert one(body, ("Owen Marsh", "PERSON")).speaker == "Owen Marsh"


def test_the_person_brought_in_right_before_wins_over_the_previous_speaker():
    body = ("\"There are options nobody has costed,\" said deputy leader Hana Sato.\n\n"
            "Finance chief Leon Brandt, who retires in June, struck a more cautious note. "
            "\"The reserves will not last beyond next spring.\"")
    qs = by_text(quotes(body, ("Hana Sato", "PERSON"), ("Leon Brandt", "PERSON")))
    assert qs["The reserves will not last beyond next spring."].speaker == "Leon Brandt"


def test_a_quotation_that_speaks_of_the_subject_keeps_the_previous_speaker():
    body = ("\"We will pick the best side we can,\" coach Ivo Brenner said. "
            "And winger Tom Okafor looks certain to get the call if he recovers. "
            "\"I learned from last year. Tom Okafor is an outstanding player and deserves his place.\"")
    qs = quotes(body, ("Ivo Brenner", "PERSON"), ("Tom Okafor", "PERSON"))
    assert qs[-1].speaker == "Ivo Brenner"


def test_a_passive_subject_is_not_the_speaker_of_the_next_quote():
    body = ("Night shift worker Lena Ortiz, who had worked at the plant for a decade, was taken to hospital. "
            "\"The alarm had been switched off for weeks.\"")
    assert one(body, ("Lena Ortiz", "PERSON")).speaker is None


def test_a_title_cited_after_authors_is_nobody_s_words():
    body = "Please cite the paper by Mara Quill and Ben Ash. \"Sparse Methods for Ranking Short Texts\", Proc. 2009."
    qs = quotes(body, ("Mara Quill", "PERSON"), ("Ben Ash", "PERSON"))
    assert all(q.speaker is None for q in qs)


def test_a_quote_opening_the_next_paragraph_is_not_carried_without_the_first_person():
    body = ("Union steward Raya Moss toured the site on Monday.\n\n"
            "\"The scaffolding was never inspected.\"")
    assert one(body, ("Raya Moss", "PERSON")).speaker is None


def test_a_state_of_mind_is_no_passive():
    body = ("Ray Dunn, the member for Eastholm and a former minister, was unmoved by the complaints. "
            "\"Rebels always say that.\"\n\n"
            "Winger Sam Oduya was delighted with the result. \"The whole squad worked for this one.\"")
    qs = by_text(quotes(body, ("Ray Dunn", "PERSON"), ("Sam Oduya", "PERSON")))
    assert qs["Rebels always say that."].speaker == "Ray Dunn"
    assert qs["The whole squad worked for this one."].speaker == "Sam Oduya"


def test_a_sentence_after_the_quote_says_whose_words_they_were():
    body = ("\"I thought we were patient and we did not panic,\" head coach Mia Roth said.\n\n"
            "\"We let them back in far too easily.\" The verdict came from goalkeeper Jon Eze, who saved a penalty.")
    qs = by_text(quotes(body, ("Mia Roth", "PERSON"), ("Jon Eze", "PERSON")))
    assert (qs["We let them back in far too easily."].speaker,
            qs["We let them back in far too easily."].rule) == ("Jon Eze", "quote.after.source_sentence")


def test_a_sentence_after_the_quote_about_where_a_thing_came_from_names_no_speaker():
    body = ("\"The money will run out by June,\" treasurer Ola Berg said.\n\n"
            "\"It is not enough.\" The funding came from Ola Berg's own budget.")
    qs = by_text(quotes(body, ("Ola Berg", "PERSON")))
    assert qs["It is not enough."].rule != "quote.after.source_sentence"
