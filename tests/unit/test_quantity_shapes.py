"""Quantities written in parts, as clock figures, as two-unit ranges or under a table header, each next to a
trap that looks like it (sentences written for these tests)."""
from __future__ import annotations

import pytest

from pipelines.text.facts import rules
from tests.unit.test_facts import facts


def measures(text: str) -> list[tuple[str, str, float, float | None, str | None, str]]:
    return [(f.surface, f.kind, f.value, f.value_high, f.unit, f.rule) for f in facts(text) if f.kind != "date"]


# ------------------------------------------------------------------ durations in parts

@pytest.mark.parametrize("text, surface, value, unit", [
    ("The tablet lasted 14 hours and 25 minutes on one charge.", "14 hours and 25 minutes", 865, "minute"),
    ("Li Na won the Seoul race in 2hr 24min 9sec on her debut.", "2hr 24min 9sec", 8649, "second"),
    ("The envoy spent three years and four months in custody.", "three years and four months", 40, "month"),
    ("The crossing took 1 day, 6 hours in heavy seas.", "1 day, 6 hours", 30, "hour"),
])
def test_a_duration_written_in_parts_is_one_duration(text, surface, value, unit):
    assert measures(text) == [(surface, "duration", value, None, unit, rules.DURATION_COMPOUND)]


@pytest.mark.parametrize("text", [
    "The clinic is open 24 hours, 7 days a week.",           # a larger unit after a smaller one
    "The delay grew from one hour to 90 minutes.",           # no parts: a second span
    "Talks lasted 3 hours and 75 minutes of extra time.",    # 75 minutes is no part of an hour
])
def test_two_durations_that_are_no_parts_stay_two(text):
    assert all(rule != rules.DURATION_COMPOUND for *_, rule in measures(text))


# ------------------------------------------------------------------ race times written like a clock

@pytest.mark.parametrize("text, surface, value", [
    ("Ana Ruiz won the Porto marathon in 2:21:09 on Sunday.", "2:21:09", 8469),
    ("He went through halfway in 63:40 and faded.", "63:40", 3820),
    ("The course record of 2:04:10 still stands.", "2:04:10", 7450),
    ("The sprinter clocked 9:58.4 in the mile.", "9:58.4", 598.4),
])
def test_a_race_time_is_a_duration_in_seconds(text, surface, value):
    assert measures(text) == [(surface, "duration", pytest.approx(value), None, "second", rules.DURATION_CLOCK)]


def test_a_results_line_ends_with_a_race_time():
    text = "Results\n\n1. Ana Ruiz (ESP) 2:21:09\n\n2. Mary Otieno (KEN) 2:22:45\n"
    assert [(f.surface, f.value, f.object) for f in facts(text)] == [
        ("2:21:09", 8469, "Ana Ruiz"), ("2:22:45", 8565, "Mary Otieno")]


@pytest.mark.parametrize("text", [
    "The summit opens at 10:30 on Monday.",
    "Trains leave at 9:15 a.m. and 14:00 GMT.",
    "Doors open 19:30 for the concert.",
    "Polls close in 10:30 p.m. local time.",
    "The ferry sails from 6:45 until 22:10.",
])
def test_a_clock_time_of_day_stays_out(text):
    assert all(f.kind != "duration" for f in facts(text)), measures(text)


# ------------------------------------------------------------------ ranges with a unit on both sides

@pytest.mark.parametrize("text, value, high, unit, rule", [
    ("Storage options run from 128GB to 2TB.", 128, 2000, "GB", rules.MEASURE_SCALED_RANGE),
    ("Stages range from 800 m to 3 km.", 800, 3000, "m", rules.MEASURE_SCALED_RANGE),
    ("Analysts see sales of $3bn-$5bn a year.", 3e9, 5e9, "USD per year", rules.RANGE_RULES["rate"]),
    ("Fast charging takes the cell from 20 to 90 per cent in half an hour.", 0.2, 0.9, None,
     rules.RANGE_RULES["proportion"]),
])
def test_a_range_with_a_unit_on_both_sides_is_one_quantity(text, value, high, unit, rule):
    f = next(f for f in facts(text) if f.value_high is not None)
    assert (f.value, f.value_high, f.unit, f.rule) == (pytest.approx(value), pytest.approx(high), unit, rule)


@pytest.mark.parametrize("text", [
    "The coupe does 0-60mph in 3.9 seconds.",               # the name of a sprint
    "The yield rose from 2.5% to 3.1%.",                    # a change and a level, not a range
])
def test_a_range_that_is_not_one_stays_out(text):
    assert all(f.value_high is None for f in facts(text)), measures(text)


# ------------------------------------------------------------------ money rows under a scale header

def test_rows_under_a_currency_and_scale_header_are_money():
    text = ("Sales by region\n\nin USD million, change on the year\n\nEurope: 1,200 (+4%)\n\nAsia: 845 (-3%)\n\n"
            "The group hired 40 staff in Chile, it said.")
    money = [(f.surface, f.value, f.unit, f.object, f.rule) for f in facts(text) if f.kind == "money"]
    assert money == [("1,200", 1.2e9, "USD", "Europe", rules.MONEY_TABLE), ("845", 8.45e8, "USD", "Asia", rules.MONEY_TABLE)]
    assert ("40 staff", "count") in [(f.surface, f.kind) for f in facts(text)]     # prose after the rows is prose


def test_a_year_labelling_a_row_stays_a_year():
    text = "Net sales (EUR m)\n\n2024: 1,310\n\n2023: 1,254\n"
    assert [(f.kind, f.value) for f in facts(text)] == [
        ("date", 2024), ("money", 1.31e9), ("date", 2023), ("money", 1.254e9)]


def test_bare_figures_without_a_header_stay_bare():
    assert [f.kind for f in facts("Europe: 1,200\n\nAsia: 845\n")] == []


# ------------------------------------------------------------------ other shapes

@pytest.mark.parametrize("text, surface, kind, value, unit", [
    ("The plant assembled 1,12,450 units last year.", "1,12,450 units", "count", 112450, "units"),
    ("The shop sold 40 units in a day.", "40 units", "count", 40, "units"),
    ("Their median age was 58, the study said.", "58", "age", 58, "year"),
    ("The centre-back is 1.92m tall.", "1.92m", "measure", 1.92, "m"),
    ("The wreck lies in water 40m deep.", "40m", "measure", 40, "m"),
    ("The new chip is 1.8 times quicker than the old one.", "1.8 times", "level", 1.8, "times"),
    ("The Greens had 11 per cent and the Civic Party 9 per cent.", "9 per cent", "proportion", 0.09, None),
])
def test_other_shapes(text, surface, kind, value, unit):
    assert (surface, kind, pytest.approx(value), unit) in [(f.surface, f.kind, f.value, f.unit) for f in facts(text)]


@pytest.mark.parametrize("text", [
    "The club raised 40m last year.",                       # "m" with no size adjective: no metres
    "He was born in the age of steam, in 1880.",            # no age
    "Windows 10 percent of the time.",                       # a product name before a percent
])
def test_other_shapes_traps(text):
    assert all(f.kind not in ("measure", "age", "proportion") for f in facts(text)), measures(text)


# ------------------------------------------------------------------ a change restated in percent

def test_a_percentage_after_a_change_and_or_is_the_same_change():
    found = [(f.surface, f.kind, f.value, f.direction, f.object) for f in facts("The Kospi fell 31 points, or 1.2%, on Friday.")]
    assert ("1.2%", "change", -1.2, "down", "The Kospi") in found


def test_a_share_after_a_change_and_and_stays_a_share():
    found = [(f.surface, f.kind) for f in facts("The index fell 45 points and 30% of traders sold.")]
    assert ("30%", "proportion") in found
