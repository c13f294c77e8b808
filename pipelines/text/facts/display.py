"""How a fact reads to a person: stored values in, the columns an analyst reads out.

Facts are stored normalised (a proportion is a fraction, money is whole currency units, a
date is its year); that is right for arithmetic and wrong for reading: ``0.5`` with unit
``percent`` reads as half a percent. :func:`readable` turns the extractor's internal form
into the stored one (no ``percent`` unit, no year 0 for a date without one) and
:func:`display` writes the short text an analyst reads: ``50%``, ``20 of 27 cases``,
``$44 million``, ``2017``, ``Jan 4``.
"""
from __future__ import annotations

import datetime as dt
import re

from pipelines.text.facts import rules
from pipelines.text.lexicon.calendar import MONTH_SHORT_NAMES as MONTHS

# currencies written with a symbol; every other ISO code is written before the amount
CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
PLURALS = {"century": "centuries"}
_ISO_DAY = re.compile(r"(?P<y>\d{4}|-)-(?P<m>\d{2})-(?P<d>\d{2})")
_ISO_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})")
_YEAR = re.compile(r"\d{4}")
_YEAR_OR_DECADE = re.compile(r"\d{4}s?")
DASH = "\u2013"


def readable(kind: str, rule: str, value: float, value_high: float | None, unit: str | None,
             normalized: str | None) -> tuple[float | None, float | None, str | None]:
    """(value, value_high, unit) as stored: proportions and percentages are fractions with no
    unit (``74%`` is 0.74, ``150%`` is 1.5); a date without a year has no value."""
    if kind == "proportion":
        return value, value_high, None
    if kind == "measure" and unit == "percent":
        return value / 100, None if value_high is None else value_high / 100, None
    if kind == "date" and value == 0 and normalized and normalized.startswith("-"):
        return None, value_high, unit
    return value, value_high, unit


def calendar_date(kind: str, normalized: str | None) -> dt.date | None:
    """The calendar day of a date fact when the text gives day, month and year (the first
    day of a range); None otherwise."""
    if kind != "date" or not normalized:
        return None
    m = _ISO_DAY.match(normalized)
    if not m or m["y"] == "-":
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def number(x: float) -> str:
    """1,234 for whole numbers; at most two decimals otherwise (2.5, 0.33)."""
    if float(x).is_integer():
        return f"{int(x):,}"
    text = f"{x:,.2f}".rstrip("0").rstrip(".")
    return text if text not in ("0", "-0") else f"{x:.2g}"


def _span(low: float, high: float | None, fmt=number) -> str:
    return fmt(low) if high is None else f"{fmt(low)}{DASH}{fmt(high)}"


def _percent(fraction: float) -> str:
    pct = round(fraction * 100, 1)
    return number(pct)


def _money(value: float, code: str | None) -> str:
    amount = number(value)
    for size, word in SCALES:
        if abs(value) >= size:
            amount = f"{number(round(value / size, 2))} {word}"
            break
    sign = CURRENCY_SIGNS.get(code or "")
    if sign:
        return f"-{sign}{amount[1:]}" if amount.startswith("-") else f"{sign}{amount}"
    return f"{code} {amount}" if code else amount


def _plural(unit: str, value: float, high: float | None) -> str:
    if (high is None and value == 1) or not unit:
        return unit
    return PLURALS.get(unit, unit if unit.endswith("s") else unit + "s")


def _date_part(text: str) -> str | None:
    m = _ISO_DAY.fullmatch(text)
    if m:
        day = f"{MONTHS[int(m['m']) - 1]} {int(m['d'])}"
        return day if m["y"] == "-" else f"{day}, {m['y']}"
    m = _ISO_MONTH.fullmatch(text)
    if m:
        return f"{MONTHS[int(m['m']) - 1]} {m['y']}"
    return text if _YEAR_OR_DECADE.fullmatch(text) else None


def _date(normalized: str | None, value: float | None, value_high: float | None) -> str | None:
    if not normalized:
        return None if value is None else _span(value, value_high, lambda y: str(int(y)))
    parts = normalized.split("/")
    shown = [_date_part(p) for p in parts]
    if None in shown:
        return None
    if len(shown) == 2:
        a, b = _ISO_DAY.fullmatch(parts[0]), _ISO_DAY.fullmatch(parts[1])
        if a and b and a["y"] == b["y"] and a["m"] == b["m"]:   # Jan 4–7 (, 2005)
            year = "" if a["y"] == "-" else f", {a['y']}"
            return f"{MONTHS[int(a['m']) - 1]} {int(a['d'])}{DASH}{int(b['d'])}{year}"
        if _YEAR.fullmatch(parts[1]) and not _YEAR.fullmatch(parts[0]):
            return f"{shown[0]}{DASH}{parts[1]}"
        return f"{shown[0]}{DASH}{shown[1]}"
    return shown[0]


def display(kind: str, rule: str, value: float | None, value_high: float | None, total: float | None,
            unit: str | None, normalized: str | None, surface: str) -> str:
    """The fact as a person writes it, from the stored values (hedges stay in ``approx``)."""
    if kind == "date":
        return _date(normalized, value, value_high) or surface
    if value is None:
        return surface
    if kind == "proportion":
        if rule == rules.PROPORTION_POINTS:
            return f"{_span(value * 100, None if value_high is None else value_high * 100)} percentage points"
        return f"{_span(value, value_high, _percent)}%"
    if kind == "money":
        high = "" if value_high is None else f"{DASH}{_money(value_high, unit)}"
        return _money(value, unit) + high
    if kind == "ratio":
        link = "in" if rule == rules.RATIO_IN else "of"
        tail = f" {unit}" if unit else ""
        return f"{number(value)} {link} {number(total)}{tail}" if total is not None else f"{number(value)}{tail}"
    if kind == "measure" and unit is None:
        return f"{_span(value, value_high, _percent)}%"
    if kind == "score" and normalized:
        return normalized
    if kind in ("change", "level", "measure") and unit in ("percent", "percentage point", "basis point"):
        sign = "+" if kind == "change" and value > 0 else ""
        tail = "%" if unit == "percent" else f" {_plural(unit, value, value_high)}"
        return f"{sign}{_span(value, value_high)}{tail}"
    if kind == "temperature":
        return f"{_span(value, value_high)}°{unit or ''}"
    if kind == "age":
        return f"{_span(value, value_high)} years old"
    if kind == "duration":
        return f"{_span(value, value_high)} {_plural(unit or '', value, value_high)}".strip()
    tail = f" {unit}" if unit else ""
    return f"{_span(value, value_high)}{tail}"
