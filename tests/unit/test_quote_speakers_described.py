"""Speaker classes on open text (issue #12, third round): a quote run broken by a line of page
junk, doubled single marks, a teller relaying what another agreed to, stance verbs with a
quoted object, definite descriptions referring back to a named entity, groups belonging to a
named body.

Every sentence is written for these tests (invented people, bodies and places); mentions are
built by hand as in ``test_quotes``.
"""
from __future__ import annotations

from tests.unit.test_quotes import quotes


def by_text(qs):
    return {q.text: q for q in qs}


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
