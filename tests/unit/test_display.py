"""Facts read as a person writes them: display text, no percent unit, no year 0."""
import datetime as dt

import pytest

from pipelines.text.facts.display import display, number
from pipelines.text.facts import extract_facts
from pipelines.text.sentences import split_sentences


def facts(text):
    return extract_facts("d", text, split_sentences("d", text))


def only(text):
    (f,) = facts(text)
    return f


@pytest.mark.parametrize("text, shown", [
    ("Nearly 50% of firms agreed.", "50%"),
    ("Some 74 percent of leaks involved chips.", "74%"),
    ("About one-third of firms left.", "33.3%"),
    ("Support fell 3 percentage points.", "-3 percentage points"),
    ("Exports jumped 150% in a year.", "+150%"),
    ("Exports were 150% of the target.", "150%"),
    ("It settled 20 of the 27 total cases.", "20 of 27 cases"),
    ("One in five adults smoke.", "1 in 5 adults"),
    ("They paid $44 million for it.", "$44 million"),
    ("The fund raised \u00a3600m in March.", "\u00a3600 million"),
    ("Roughly 28,500 US troops are based there.", "28,500 US troops"),
    ("The work takes two to three years.", "2\u20133 years"),
    ("It lasted nearly a decade.", "1 decade"),
    ("It was founded in 2017.", "2017"),
    ("Talks resume on Jan. 7.", "Jan 7"),
    ("It opened on 7 March 2005.", "Mar 7, 2005"),
    ("The summit runs January 4 to 7.", "Jan 4\u20137"),
    ("It closed in June 2011.", "Jun 2011"),
    ("Music of the 1990s returned.", "1990s"),
    ("It hit 35C in Lima.", "35\u00b0C"),
])
def test_display(text, shown):
    assert only(text).display == shown


def test_no_percent_unit_and_no_year_zero():
    found = facts("Nearly 50% agreed and 150% more came on Jan. 4, when rates rose 3 percentage points.")
    assert [f.unit for f in found if f.kind in ("proportion", "measure")] == [None, None]
    (day,) = [f for f in found if f.kind == "date"]
    assert (day.value, day.normalized, day.date) == (None, "--01-04", None)


def test_full_dates_carry_a_calendar_date():
    f = only("It opened on March 7, 2005.")
    assert (f.value, f.date) == (2005, dt.date(2005, 3, 7))
    assert only("It was founded in 2017.").date is None


def test_numbers_read_plainly():
    assert [number(x) for x in (44000000, 2.5, 1 / 3, 0.004)] == ["44,000,000", "2.5", "0.33", "0.004"]
    assert display("money", "money.code", 5_250_000_000, None, None, "KRW", None, "") == "KRW 5.25 billion"
    assert display("date", "date.month_day", None, None, None, None, None, "Jan. 4") == "Jan. 4"
