"""Time read before any number: calendar dates and time horizons, so their digits never become counts."""
from __future__ import annotations

import re
from decimal import Decimal

from pipelines.text.facts import rules
from pipelines.text.facts.patterns import DATE_RE, HORIZON_RE
from pipelines.text.facts.quantity import Quantity
from pipelines.text.facts.traps import Overlaps
from pipelines.text.lexicon.calendar import MONTH_NUMBERS
from pipelines.text.lexicon.units import TIME_UNITS


def horizons(body: str, is_blocked: Overlaps) -> list[Quantity]:
    """Durations a time horizon implies: "over the next decade" is 1 decade (rule duration.horizon)."""
    out = []
    for m in HORIZON_RE.finditer(body):
        if is_blocked(m.start("span"), m.end("span")):
            continue
        unit, mult = TIME_UNITS[m.group("u").lower()]
        out.append(Quantity("duration", m.start("span"), m.end("span"), Decimal(mult), rules.DURATION_HORIZON,
                            factor=Decimal(mult), unit=unit, form="art"))
    return out


def dates(body: str) -> list[Quantity]:
    """Calendar dates: ``Jan. 7``, ``7 January 2005``, ``January 4 to 7``, ``March 2005``, ``the 1990s``, ``mid-2005``."""
    return [_date(m) for m in DATE_RE.finditer(body)]


def _date(m: re.Match[str]) -> Quantity:
    g = m.groupdict()
    if g["dec"]:
        text = g["dec"]
        year = int(text[:4]) if text[0] != "'" else 1900 + int(text[1:3])
        return Quantity("date", m.start(), m.end(), Decimal(year), rules.DATE_DECADE, normalized=f"{year}s")
    if g["y4"]:
        year = int(g["y4"])
        return Quantity("date", m.start(), m.end(), Decimal(year), rules.DATE_PREFIXED_YEAR, normalized=str(year),
                        approx=g["pre"].lower())
    if g["m3"]:
        year, month = int(g["y3"]), MONTH_NUMBERS[g["m3"].lower()]
        return Quantity("date", m.start(), m.end(), Decimal(year), rules.DATE_MONTH_YEAR,
                        normalized=f"{year:04d}-{month:02d}")
    mon, d, d2, y, rule = ((g["m1"], g["d1"], g["d1b"], g["y1"], rules.DATE_MONTH_DAY) if g["m1"]
                           else (g["m2"], g["d2"], g["d2b"], g["y2"], rules.DATE_DAY_MONTH))
    month = MONTH_NUMBERS[mon.lower()]
    day = int(re.sub(r"\D", "", d))
    day2 = int(re.sub(r"\D", "", d2)) if d2 else None
    if day2 is not None and day2 <= day:
        day2 = None
    prefix = y if y else "-"
    norm = f"{prefix}-{month:02d}-{day:02d}"
    if day2:
        norm += f"/{prefix}-{month:02d}-{day2:02d}"
    return Quantity("date", m.start(), m.end(), Decimal(int(y) if y else 0), rule, normalized=norm)
