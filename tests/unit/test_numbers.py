"""The number grammar: written forms, values, and what must never be a number."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipelines.text.numbers import (
    NUMBER_RE, digit_starts, find_numbers, iter_number_matches, parse_fraction, parse_number, parse_words,
)


@pytest.mark.parametrize("text, value", [
    ("7", 7),
    ("28,500", 28500),
    ("1.13", Decimal("1.13")),
    ("1,234,567.5", Decimal("1234567.5")),
    ("1.13bn", 1_130_000_000),
    ("600m", 600_000_000),
    ("3.5 trillion", 3_500_000_000_000),
    ("5 million", 5_000_000),
    ("40k", 40_000),
    ("500 crore", 5_000_000_000),
    ("2 lakh", 200_000),
    ("twenty-four", 24),
    ("Ninety Nine", 99),
    ("one hundred and five", 105),
    ("a hundred", 100),
    ("a dozen", 12),
    ("two dozen", 24),
    ("half a dozen", 6),
    ("a million", 1_000_000),
    ("half a million", 500_000),
    ("two million", 2_000_000),
    ("a hundred thousand", 100_000),
    ("five thousand two hundred", 5200),
    ("seventeen", 17),
])
def test_values(text, value):
    assert parse_number(text) == Decimal(value)


def test_scaled_values_are_exact():
    assert float(parse_number("1.13bn")) == 1.13e9
    assert float(parse_number("4.59 billion")) == 4_590_000_000


@pytest.mark.parametrize("text, value", [
    ("one-third", Decimal(1) / 3), ("a third", Decimal(1) / 3), ("two-thirds", Decimal(2) / 3),
    ("a quarter", Decimal("0.25")), ("three-quarters", Decimal("0.75")), ("three quarters", Decimal("0.75")),
    ("one-fifth", Decimal("0.2")), ("half", Decimal("0.5")),
])
def test_fractions(text, value):
    assert parse_fraction(text) == value


@pytest.mark.parametrize("text", ["dozens", "hundreds", "thousands", "tens of thousands", "a", "an", "several"])
def test_vague_quantities_are_not_numbers(text):
    assert parse_words(text) is None or not find_numbers(text)
    assert find_numbers(f"There were {text} of them.") == []


@pytest.mark.parametrize("text", [
    "G20", "A380", "5G", "F-35", "COVID-19", "MiG-29", "2.1.3", "10:30", "24/7", "9/11", "29th", "2nd", "first",
])
def test_codes_versions_times_and_ordinals_are_not_numbers(text):
    sentence = f"see {text} now"
    assert [sentence[n.start:n.end] for n in find_numbers(sentence)] == []


def test_spans_and_forms():
    text = "About 28,500 troops, twenty-four tanks, a dozen jets, one-third of ships and $1.13bn."
    got = [(text[n.start:n.end], n.form) for n in find_numbers(text)]
    assert got == [("28,500", "digits"), ("twenty-four", "words"), ("a dozen", "words"),
                   ("one-third", "frac"), ("1.13bn", "digits")]


def test_two_stage_scan_matches_plain_finditer():
    text = ("Nearly a decade ago, two-thirds of 1,200 voters and a third of 45 firms spent $3.5bn; "
            "half of them had seventy-five staff, one in five had a dozen, and ten said so. "
            "A second vote, an hour later, gave 12 of 30 seats and 7.5% of 2004's total.")
    assert [m.span() for m in iter_number_matches(text)] == [m.span() for m in NUMBER_RE.finditer(text)]


def test_two_stage_scan_keeps_offsets_when_lower_case_changes_length():
    text = "İzmir sent TWENTY-FOUR ships and 5m tonnes."   # "İ".lower() is two characters
    assert [m.group() for m in iter_number_matches(text)] == ["TWENTY-FOUR", "5m"]


def test_digit_starts_give_the_first_digit_of_each_run():
    text = "Lagos had 4,310 buses; route B52 and x_9 ran at 07:45, 3.5km apart."
    starts = digit_starts(text)
    assert [text[i:i + 2] for i in starts] == ["4,", "31", "52", "07", "45", "3.", "5k"]
    assert [m.span() for m in iter_number_matches(text, starts)] == [m.span() for m in NUMBER_RE.finditer(text)]


def test_digit_starts_when_lower_case_changes_length():
    text = "İstanbul ferry No 12 carried 3,100 people and bus A7 forty."
    starts = digit_starts(text)
    assert [text[i] for i in starts] == ["1", "3", "1", "7"]
    assert [m.span() for m in iter_number_matches(text, starts)] == [m.span() for m in NUMBER_RE.finditer(text)]


@pytest.mark.parametrize("text", [
    "the lari and laris, a rupee or rupees, kwacha kwachas; the dinar and a dinars note",
    "LARIS, Rupees, kWACHA and dinar-based lar rupe",
])
def test_prefix_tree_matches_what_the_plain_alternation_matches(text):
    import re

    from pipelines.text.common import alt, prefix_tree
    words = ["lari", "laris", "rupee", "rupees", "kwacha", "dinar", "dinars", "lar"]
    for tail in ("", r"\b", "s?"):
        plain = re.compile(rf"(?i:{alt(words)}){tail}")
        tree = re.compile(rf"(?i:{prefix_tree(words)}){tail}")
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert prefix_tree(["lar", "lari", "laris"]) == "lar(?:i(?:s)?)?"
