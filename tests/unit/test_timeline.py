"""Relative dates: what the extractor reads in sentences we wrote, and the pure arithmetic
(pipelines/text/timeline.py) that places them."""
from __future__ import annotations

import datetime as dt

import pytest

from pipelines.text.facts import extract_facts
from pipelines.text.sentences import split_sentences
from pipelines.text.timeline import Relative, event_key, parse_spec, precision_of, resolve

SAT = dt.date(2025, 6, 14)      # a Saturday


@pytest.mark.parametrize(("rel", "anchor", "expected"), [
    (Relative("day", -1), SAT, "2025-06-13"),
    (Relative("day", 2), "2025-12-30", "2026-01-01"),
    (Relative("week", 0), SAT, "2025-W24"),
    (Relative("week", -1), "2026-01-02", "2025-W52"),
    (Relative("month", 1), SAT, "2025-07"),
    (Relative("month", -1), "2025-01-31", "2024-12"),
    (Relative("year", -1), SAT, "2024"),
    (Relative("year", 1), "2019-03", "2020"),
    (Relative("year", 1), "2019", "2020"),
    (Relative("weekday", -1, 0), SAT, "2025-06-09"),        # "on Monday" in a Saturday story: that week's
    (Relative("weekday", -1, 5), SAT, "2025-06-14"),        # "on Saturday": the day itself
    (Relative("weekday", 1, 5), SAT, "2025-06-21"),         # "will ... on Saturday": the next one
    (Relative("weekday", 1, 1), SAT, "2025-06-17"),
    (Relative("day", 0), "--01-04", "--01-04"),             # no year is made up
    (Relative("day", 1), "--12-31", "--01-01"),
    (Relative("month", 1), "--12-05", "--01"),
])
def test_resolve(rel, anchor, expected):
    assert resolve(rel, anchor) == expected


@pytest.mark.parametrize(("rel", "anchor"), [
    (Relative("day", 1), "--02-28"),        # Feb 29 or Mar 1: depends on a year nobody gave
    (Relative("weekday", -1, 6), "--01-04"),
    (Relative("week", 0), "--01-04"),
    (Relative("year", -1), "--01-04"),
    (Relative("day", 1), "2019"),
    (Relative("month", 1), "1990s"),
])
def test_resolve_refuses_what_the_anchor_cannot_tell(rel, anchor):
    assert resolve(rel, anchor) is None


def test_specs_read_back():
    for rel in (Relative("day", -1), Relative("month", 0), Relative("weekday", 1, 0), Relative("weekday", -1, 6)):
        assert parse_spec(rel.spec()) == rel
    assert Relative("weekday", -1, 6).spec() == "sunday on or before"
    with pytest.raises(ValueError):
        parse_spec("soon")
    assert [precision_of(x) for x in ("2025-06-14", "--06-14", "2025-W24", "2025-06", "2025", "1990s")] == [
        "day", "day", "week", "month", "year", None]


def test_event_keys_match_two_phrasings_of_one_event():
    assert event_key("the prime minister began her trip") == event_key("Ms Ardern embarked on a three-nation tour")
    assert event_key("the strike began") == "start strike"
    assert event_key("the summit ended in Lima") == "end meeting"
    assert event_key("the minister said") is None
    assert event_key(None) is None


def dates(body: str) -> list[tuple]:
    return [(f.surface, f.rule, f.relative, f.relative_to, f.normalized, f.value, f.object)
            for f in extract_facts("d", body, split_sentences("d", body)) if f.kind == "date"]


def test_days_named_from_the_day_of_writing():
    got = dates("The mayor of Lyon resigned yesterday. Voters in Porto will go to the polls on Sunday. "
                "Rents in Leeds rose last year.")
    assert got == [
        ("yesterday", "date.relative_day", "-1 day", "publication", None, None, "The mayor of Lyon resigned"),
        ("Sunday", "date.weekday", "sunday after", "publication", None, None, "Voters in Porto will go to the polls"),
        ("last year", "date.relative_period", "-1 year", "publication", None, None, "Rents in Leeds rose"),
    ]


def test_a_weekday_is_past_unless_the_tense_says_future():
    got = {f[0]: f[2] for f in dates("The ferry to Hobart sank on Tuesday. Divers are expected to resume the "
                                     "search on Thursday.")}
    assert got == {"Tuesday": "tuesday on or before", "Thursday": "thursday after"}
    said = dates("The coach announced on Friday that the squad would fly to Nairobi on Monday.")
    assert [(f[0], f[2]) for f in said] == [("Friday", "friday on or before"), ("Monday", "monday after")]


def test_days_counted_from_a_date_the_text_gave():
    got = dates("On 3 April 2025, the same day the Lagos talks opened, a storm hit the coast. "
                "The dam burst on 2 May 2024; two days later the valley was evacuated.")
    assert got[1] == ("the same day", "date.anaphoric", "+0 day", "text", "2025-04-03", 2025.0,
                      "the Lagos talks opened")
    assert got[3][:6] == ("later", "date.offset", "+2 day", "text", "2024-05-04", 2024.0)
    yearless = dates("On March 9, the miners returned. The following day, the pit reopened.")
    assert yearless[1][:6] == ("The following day", "date.anaphoric", "+1 day", "text", "--03-10", None)


def test_a_text_relative_date_with_nothing_to_count_from_stays_relative():
    got = dates("The factory in Brno will close the following year, its owners said.")
    assert got == [("the following year", "date.anaphoric", "+1 year", "text", None, None,
                    "The factory in Brno will close")]


@pytest.mark.parametrize("text", [
    "Black Friday sales rose 4% in Ohio.",
    "The Sunday Times reported the deal.",
    "He spoke on Monday, 5 January 2026.",
    "Shares have fallen over the next year.",
    "It was the day of the vote.",
    "Life in today's world moves fast.",
    "The market opens every Sunday in Tunis.",
])
def test_what_is_no_relative_date(text):
    assert [f for f in dates(text) if f[2] is not None] == []


def test_no_relative_date_has_value_zero_or_a_year_made_up():
    body = ("On Jan. 4, the same day the talks began, rebels shelled Goma. Yesterday the UN met. "
            "The week before, aid was cut.")
    for f in extract_facts("d", body, split_sentences("d", body)):
        assert f.value != 0
        if f.relative_to is not None:
            assert f.normalized is None or not f.normalized[:4].isdigit()
