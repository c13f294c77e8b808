"""Date arithmetic for relative dates, pure: "yesterday", "on Sunday", "last year", "two days later".

A relative date is stored as a *spec* (``Fact.relative``), a short string this module writes and
reads back:

- ``"-1 day"``, ``"+2 day"``, ``"+0 week"``, ``"+1 month"``, ``"-1 year"``: so many days, weeks,
  months or years from the anchor (the week, month or year holding the anchor, moved);
- ``"sunday on or before"``: the most recent such weekday on or before the anchor; ``"monday
  after"``: the first one after it (the sentence's tense says future).

What it counts from is ``Fact.relative_to``: ``publication`` (the document's published_at:
"yesterday", "on Monday", "next month") or ``text`` (a date the text gave before: "the same
day", "the following year", "two days later").

Dates are ISO forms, as precise as known: ``2026-01-04`` (day), ``--01-04`` (day, no year),
``2026-W02`` (ISO week), ``2026-01`` (month), ``--01`` (month, no year), ``2026`` (year).
:func:`resolve` never invents a year: from a date without one, only day and month steps that
give the same answer in leap and common years resolve.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from pipelines.text.lexicon.calendar import WEEKDAY_NUMBERS
from pipelines.text.lexicon.events import EVENT_NOUNS, EVENT_PHASE_VERBS

Unit = Literal["day", "week", "month", "year", "weekday"]
_WEEKDAYS = tuple(WEEKDAY_NUMBERS)


@dataclass(frozen=True)
class Relative:
    """A date counted from an anchor: ``offset`` units (``unit`` day/week/month/year), or, for a
    weekday (``weekday`` Monday 0), ``offset`` -1 for on or before the anchor and +1 for after it."""

    unit: Unit
    offset: int
    weekday: int | None = None

    def spec(self) -> str:
        if self.unit == "weekday":
            assert self.weekday is not None
            return f"{_WEEKDAYS[self.weekday]} {'after' if self.offset > 0 else 'on or before'}"
        return f"{self.offset:+d} {self.unit}"

    @property
    def precision(self) -> str:
        return "day" if self.unit == "weekday" else self.unit


_SPEC = re.compile(r"(?P<off>[+-]\d+) (?P<unit>day|week|month|year)|(?P<wd>[a-z]+) (?P<dir>after|on or before)")


def parse_spec(spec: str) -> Relative:
    """The :class:`Relative` a spec string names (the inverse of :meth:`Relative.spec`)."""
    m = _SPEC.fullmatch(spec)
    if not m:
        raise ValueError(f"not a relative date spec: {spec!r}")
    if m["wd"]:
        return Relative("weekday", 1 if m["dir"] == "after" else -1, WEEKDAY_NUMBERS[m["wd"]])
    return Relative(m["unit"], int(m["off"]))  # type: ignore[arg-type]


_ISO_DAY = re.compile(r"(?P<y>\d{4}|-)-(?P<m>\d\d)-(?P<d>\d\d)")
_ISO_MONTH = re.compile(r"(?P<y>\d{4}|-)-(?P<m>\d\d)")
_ISO_YEAR = re.compile(r"(?P<y>\d{4})")


def precision_of(iso: str) -> str | None:
    """day, week, month or year of an ISO form this module reads (the first part of a range); None otherwise."""
    iso = iso.split("/")[0]
    for name, pattern in (("day", _ISO_DAY), ("week", re.compile(r"\d{4}-W\d\d")), ("month", _ISO_MONTH),
                          ("year", _ISO_YEAR)):
        if pattern.fullmatch(iso):
            return name
    return None


def resolve(rel: Relative, anchor: str | dt.date) -> str | None:
    """The ISO date ``rel`` names counted from ``anchor`` (a day, or an ISO form as precise as
    known, the first part of a range counting); None when the anchor is not precise enough."""
    if isinstance(anchor, dt.date):
        anchor = anchor.isoformat()
    anchor = anchor.split("/")[0]
    day = _ISO_DAY.fullmatch(anchor)
    if day:
        if day["y"] != "-":
            return _from_day(rel, dt.date(int(day["y"]), int(day["m"]), int(day["d"])))
        return _from_yearless_day(rel, int(day["m"]), int(day["d"]))
    month = _ISO_MONTH.fullmatch(anchor)
    if month and rel.unit in ("month", "year"):
        if rel.unit == "year":
            return None if month["y"] == "-" else str(int(month["y"]) + rel.offset)
        if month["y"] == "-":
            return f"--{(int(month['m']) - 1 + rel.offset) % 12 + 1:02d}"
        return _month(int(month["y"]), int(month["m"]), rel.offset)
    year = _ISO_YEAR.fullmatch(anchor)
    if year and rel.unit == "year":
        return str(int(year["y"]) + rel.offset)
    return None


def _month(year: int, month: int, offset: int) -> str:
    n = year * 12 + month - 1 + offset
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def _from_day(rel: Relative, day: dt.date) -> str:
    if rel.unit == "day":
        return (day + dt.timedelta(days=rel.offset)).isoformat()
    if rel.unit == "week":
        y, w, _ = (day + dt.timedelta(weeks=rel.offset)).isocalendar()
        return f"{y:04d}-W{w:02d}"
    if rel.unit == "month":
        return _month(day.year, day.month, rel.offset)
    if rel.unit == "year":
        return str(day.year + rel.offset)
    assert rel.weekday is not None
    if rel.offset > 0:
        return (day + dt.timedelta(days=(rel.weekday - day.weekday() + 6) % 7 + 1)).isoformat()
    return (day - dt.timedelta(days=(day.weekday() - rel.weekday) % 7)).isoformat()


def _from_yearless_day(rel: Relative, month: int, day: int) -> str | None:
    """A day or month step from a day without a year: only when leap and common years agree."""
    if rel.unit == "month":
        return f"--{(month - 1 + rel.offset) % 12 + 1:02d}"
    if rel.unit != "day":
        return None
    found = set()
    for year in (2001, 2004):          # a common year and a leap year
        try:
            d = dt.date(year, month, day) + dt.timedelta(days=rel.offset)
        except ValueError:
            return None
        found.add(d.strftime("--%m-%d"))
    return found.pop() if len(found) == 1 else None


# ---------------------------------------------------------------- the kind of event a date dates
_WORD = re.compile(r"[a-z]+")


def event_key(event: str | None) -> str | None:
    """What kind of event a phrase names, as "<phase> <noun>" ("Lee began his trip" -> "start visit",
    "the president embarked on a four-day tour" -> "start visit"); None unless it names both."""
    if not event:
        return None
    tokens = _WORD.findall(event.lower())
    for i, w in enumerate(tokens):
        phase = next((p for p, verbs in EVENT_PHASE_VERBS.items() if w in verbs), None)
        if phase is None:
            continue
        near = tokens[i + 1:i + 8] + tokens[max(0, i - 3):i][::-1]     # its object, else its subject
        noun = next((EVENT_NOUNS[t] for t in near if t in EVENT_NOUNS), None)
        if noun:
            return f"{phase} {noun}"
    return None


__all__ = ["Relative", "event_key", "parse_spec", "precision_of", "resolve"]
