"""Time read before any number: calendar dates and time horizons, so their digits never become counts."""
from __future__ import annotations

import re
from decimal import Decimal

from pipelines.text.facts import rules
from pipelines.text.facts.patterns import DATE_RE, HORIZON_RE
from pipelines.text.facts.quantity import Quantity
from pipelines.text.facts.traps import Overlaps
from pipelines.text.lexicon.calendar import MONTH_NUMBERS
from pipelines.text.lexicon.english import CLAUSE_STARTERS, DETERMINERS, STOPWORDS
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


# ---------------------------------------------------------------- what a date dates
# Words that end the phrase an event is read from: a clause break or a new clause.
_EVENT_STOP = re.compile(r"[,.;:!?()\[\]\"“”]|\s[-–—]\s|\s(?:" + "|".join(sorted(CLAUSE_STARTERS)) + r")\b")
# "the 2016 deployment of X", "its 2019 launch": a year used as an adjective before a lower-case noun
_DETERMINER_ALT = "|".join(sorted(DETERMINERS))
_YEAR_ADJECTIVE_LEFT = re.compile(rf"(?:\b(?:{_DETERMINER_ALT})|['’]s)\s$", re.I)
_LOWER_WORD = re.compile(r"\s(?=[a-z])")
# "X dates back to 2017", "X dating from 2017", "X goes back to 2017": the subject is the event
_DATES_BACK_LEFT = re.compile(r"\b(?:dates?|dating|dated|goes|going|went|traces?|tracing|traced)\s+(?:back\s+)?(?:to|from)\s+$",
                              re.I)
_SINCE_LEFT = re.compile(r"\b(?:since|from|in|by|until|till)\s+(?:the\s+)?$", re.I)
_ON_LEFT = re.compile(r"(?:^|\n)\s*(?:On|In|By|Since|From)\s+$")
# an apposition right after a leading date ("On Jan. 4, the same day X began, ...") names the day, not the event
_APPOSITION = re.compile(rf"\s*(?:{_DETERMINER_ALT})\s+(?:\w+\s+)?(?:{'|'.join(sorted(TIME_UNITS, key=len, reverse=True))})\b"
                         r"[^,]{0,80},\s*", re.I)
_MAX_EVENT = 120


def _clean_event(text: str) -> str | None:
    text = " ".join(text.split()).strip(" ,;:-–—")
    text = re.sub(r"^(?:and|but|as|which|that|then|also)\s+", "", text, flags=re.I)
    if len(text) < 3 or not re.search(r"[A-Za-z]{3}", text):
        return None
    return text[:_MAX_EVENT].rstrip()


def _phrase_after(body: str, pos: int, end: int) -> str:
    stop = _EVENT_STOP.search(body, pos, end)
    return body[pos:stop.start() if stop else end]


def _clause_before(body: str, start: int, pos: int) -> str:
    seg = body[start:pos]
    cut = max(seg.rfind(","), seg.rfind(";"), seg.rfind(":"), seg.rfind("("), seg.rfind("—"))
    return seg[cut + 1:] if cut >= 0 else seg


def date_event(body: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    """What the date at ``body[start:end]`` dates, read from its sentence; None when it says nothing.

    ``the 2016 deployment of X`` -> "deployment of X"; ``X dates back to 2017`` -> X;
    ``the first visit since 2019`` -> "the first visit"; ``On Jan. 4, X happened`` -> "X happened".
    """
    left = body[max(sent_start, start - 40):start]
    if _YEAR_ADJECTIVE_LEFT.search(left) and _LOWER_WORD.match(body, end):
        return _clean_event(_phrase_after(body, end + 1, sent_end))
    back = _DATES_BACK_LEFT.search(left)
    if back:
        return _clean_event(_clause_before(body, sent_start, start - len(left) + back.start()))
    lead = _ON_LEFT.search(body[max(0, sent_start - 1):start]) if start - sent_start < 12 else None
    if lead and body.startswith(",", end):
        pos = end + 1
        appos = _APPOSITION.match(body, pos, sent_end)
        if appos:
            pos = appos.end()
        return _clean_event(_phrase_after(body, pos, sent_end))
    since = _SINCE_LEFT.search(left)
    if since and since.group(0).lower().startswith("since"):
        return _clean_event(_clause_before(body, sent_start, start - len(left) + since.start()))
    return None


# "a four-day visit", "its 35-year colonial rule": a hyphenated duration used as an adjective
_ADJECTIVE_DURATION = re.compile(r"-(?:[a-z]+)$")
_NOUN_PHRASE = re.compile(r"\s((?:[a-z][\w’'-]*\s){0,2}[a-z][\w’'-]*)")
_DETERMINER = re.compile(rf"\s(?:{_DETERMINER_ALT})\b")


def adjectival_object(body: str, end: int) -> str | None:
    """The noun a hyphenated duration qualifies: ``four-day visit`` -> "visit"; ``35-year colonial rule`` -> "colonial rule"."""
    if not _ADJECTIVE_DURATION.search(body[max(0, end - 12):end]):
        return None
    m = _NOUN_PHRASE.match(body, end)
    if not m:
        return None
    words: list[str] = []
    tokens = m.group(1).split()
    for i, w in enumerate(tokens):
        if w in STOPWORDS:
            break
        if words and _DETERMINER.match(body, m.start(1) + len(" ".join(tokens[:i + 1]))):
            break                       # "war left the region": a word before a determiner is a verb
        words.append(w)
    return " ".join(words) or None
