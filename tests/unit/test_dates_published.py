"""What a date fact dates (its event), the noun a hyphenated duration qualifies, and a
document's publication day read from HTML metadata, front matter or the text's top lines."""
from __future__ import annotations

import datetime as dt

import pytest

from pipelines.text.decode import decode_file
from pipelines.text.facts import extract_facts
from pipelines.text.published import from_text, parse_date, published_date
from pipelines.text.sentences import split_sentences


def facts_of(body: str):
    return extract_facts("d", body, split_sentences("d", body))


@pytest.mark.parametrize("body, surface, event", [
    ("Fishermen blame the 2009 expansion of the Puerto Lindo harbour in Panama for the losses.", "2009",
     "expansion of the Puerto Lindo harbour in Panama for the losses"),
    ("The feud between the two Mongolian herding clans dates back to 1998.", "1998",
     "The feud between the two Mongolian herding clans"),
    ("It was the first title for the Oulu club since 2003, fans said.", "2003", "It was the first title for the Oulu club"),
    ("On March 3, the Andean council approved the water plan.", "March 3", "the Andean council approved the water plan"),
    ("On Feb. 9, the day the strike began, Accra's buses stopped running.", "Feb. 9", "Accra's buses stopped running"),
])
def test_a_date_carries_the_event_it_dates(body, surface, event):
    (fact,) = [f for f in facts_of(body) if f.kind == "date"]
    assert (fact.surface, fact.object) == (surface, event)


def test_a_bare_year_in_passing_dates_nothing():
    (fact,) = [f for f in facts_of("Exports from Chile rose sharply in 2015, officials said.") if f.kind == "date"]
    assert fact.object is None


def test_a_date_without_a_year_has_no_value_and_a_partial_iso_form():
    (fact,) = [f for f in facts_of("The Basel museum reopens on Oct. 12 after repairs.") if f.kind == "date"]
    assert (fact.value, fact.normalized) == (None, "--10-12")


@pytest.mark.parametrize("body, noun", [
    ("The minister began a three-day tour of Namibia on Monday.", "tour of Namibia"),
    ("The 12-year civil war left the region in ruins.", "civil war"),
])
def test_a_hyphenated_duration_names_its_noun(body, noun):
    (fact,) = [f for f in facts_of(body) if f.kind == "duration"]
    assert fact.object == noun


def test_a_duration_stated_of_a_subject_names_the_subject():
    (fact,) = [f for f in facts_of("The talks in Oslo lasted three days.") if f.kind == "duration"]
    assert fact.object == "The talks in Oslo"


@pytest.mark.parametrize("text, day", [
    ("2025-11-03T08:15:00Z", dt.date(2025, 11, 3)),
    ("Nov. 3, 2025", dt.date(2025, 11, 3)),
    ("3rd November 2025", dt.date(2025, 11, 3)),
    ("November 3", None),
    ("2025-02-30", None),
])
def test_parse_date_needs_a_real_full_date(text, day):
    assert parse_date(text) == day


def test_html_metadata_gives_the_publication_day():
    html = ("<html><head><title>Bridge Opens</title><meta property=\"article:published_time\" "
            "content=\"2025-06-14T09:00:00+00:00\"></head><body><article><h1>Bridge Opens</h1><p>The new bridge over the "
            "Danube at Ruse opened to traffic on Saturday, the transport ministry said in a statement.</p>"
            "</article></body></html>")
    d = decode_file(html.encode(), "bridge.html", max_bytes=1 << 20)
    assert (d.published, d.published_source) == (dt.date(2025, 6, 14), "html_meta")


def test_front_matter_date_gives_the_publication_day():
    md = "---\ntitle: Harvest Report\ndate: 2024-10-02\n---\n\nFarmers in Punjab harvested a record rice crop this week.\n"
    d = decode_file(md.encode(), "harvest.md", max_bytes=1 << 20)
    assert (d.published, d.published_source) == (dt.date(2024, 10, 2), "front_matter")


@pytest.mark.parametrize("text, expected", [
    ("Harvest Report\nPublished 2 October 2024, 10:04 GMT\nFarmers in Punjab harvested...", (dt.date(2024, 10, 2), "stamp")),
    ("Harvest Report\nBy Asha Rao | Oct. 2, 2024\nFarmers in Punjab harvested...", (dt.date(2024, 10, 2), "byline")),
    ("LAHORE, Oct. 2, 2024 (Reuters) - Farmers in Punjab harvested a record crop.", (dt.date(2024, 10, 2), "dateline")),
    ("Harvest Report\nFarmers in Punjab harvested a record crop, up from 2023.", (None, None)),
])
def test_the_top_lines_give_the_publication_day(text, expected):
    assert from_text(text) == expected


def test_nothing_said_means_no_publication_day():
    assert published_date("Farmers in Punjab harvested a record rice crop this week.") == (None, None)


def test_a_leading_date_keeps_a_clause_that_is_not_an_apposition():
    (fact,) = [f for f in facts_of("On May 2, the army shelled the port of Hodeidah, killing four.") if f.kind == "date"]
    assert fact.object == "the army shelled the port of Hodeidah"
