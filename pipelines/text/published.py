"""When a document was published, from what the file itself says; None when nothing does.

Sources, most trusted first: the page's HTML metadata (``article:published_time``, JSON-LD,
read by trafilatura), Markdown front matter (``date:``), and the text's own lines near the top:
a publication stamp ("Published 7 January 2026"), a byline with a date ("By Ann Lee | Jan. 7,
2026") or a dateline ("SEOUL, Jan. 7, 2026 (Reuters) -"). A date without a year is not a
publication date.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pipelines.text.lexicon.calendar import MONTH_NUMBERS

PublishedSource = Literal["html_meta", "front_matter", "stamp", "byline", "dateline"]

_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)")
_MDY = re.compile(rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_DMY = re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})\.?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_FRONT_MATTER = re.compile(r"\A\ufeff?---\n(.*?)\n(?:---|\.\.\.)\n", re.S)
_FM_DATE = re.compile(r"^(?:date|published|published_at|pubdate|publishdate)\s*:\s*[\"']?(?P<v>[^\"'\n]+)", re.M | re.I)
_STAMP = re.compile(r"^\W*(?:published|posted|first published|updated|last updated|date)\b", re.I)
_BYLINE = re.compile(r"^\W*by\s+[A-Z]", re.I)
# "SEOUL, Jan. 7, 2026 (Reuters) -", "LONDON (AP) Jan 7 2026 -": capitals, a date, a dash
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{1,40}(?:,|\s\()")
_HEAD_LINES = 12


def parse_date(text: str) -> dt.date | None:
    """The first full calendar date written in ``text`` (ISO, "Jan. 7, 2026", "7 January 2026")."""
    best: tuple[int, dt.date] | None = None
    for pattern in (_ISO, _MDY, _DMY):
        m = pattern.search(text)
        if not m:
            continue
        g = m.groupdict()
        month = int(g["m"]) if "m" in g else MONTH_NUMBERS[g["mon"].lower()]
        try:
            day = dt.date(int(g["y"]), month, int(g["d"]))
        except ValueError:
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), day)
    return best[1] if best else None


def from_front_matter(text: str) -> dt.date | None:
    """``date:`` in Markdown front matter."""
    fm = _FRONT_MATTER.match(text)
    if not fm:
        return None
    m = _FM_DATE.search(fm.group(1))
    return parse_date(m.group("v")) if m else None


def from_text(text: str) -> tuple[dt.date | None, PublishedSource | None]:
    """A stamp, byline or dateline among the first lines of the text."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:_HEAD_LINES]
    for line in lines:
        kind: PublishedSource | None = None
        if _STAMP.match(line) and len(line) < 120:
            kind = "stamp"
        elif _BYLINE.match(line) and len(line) < 160:
            kind = "byline"
        elif _DATELINE.match(line):
            kind = "dateline"
            line = line[:80]
        elif len(line) < 60 and parse_date(line) and len(re.findall(r"[A-Za-z]{3,}", line)) <= 4:
            kind = "stamp"              # a bare date line above the article
        if kind is None:
            continue
        day = parse_date(line)
        if day is not None:
            return day, kind
    return None, None


def published_date(raw_text: str, html_date: str | None = None) -> tuple[dt.date | None, PublishedSource | None]:
    """(publication day, where it came from) of a decoded file; (None, None) when nothing says."""
    if html_date:
        day = parse_date(html_date)
        if day is not None:
            return day, "html_meta"
    day = from_front_matter(raw_text)
    if day is not None:
        return day, "front_matter"
    return from_text(raw_text)


__all__ = ["PublishedSource", "from_front_matter", "from_text", "parse_date", "published_date"]
