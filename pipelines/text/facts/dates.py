"""Time read before any number: calendar dates and time horizons, so their digits never become counts."""
from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from pipelines.records import Sentence
from pipelines.text.facts import rules
from pipelines.text.facts.display import calendar_date
from pipelines.text.common import alt as _alt, prefix_tree
from pipelines.text.facts.patterns import DATES, HORIZONS, KeyedPattern
from pipelines.text.facts.quantity import Quantity
from pipelines.text.facts.traps import Overlaps
from pipelines.text.lexicon.calendar import (
    ANAPHORIC_PERIOD_OFFSETS, BEFORE_AFTER, DEICTIC_PERIOD_OFFSETS, FUTURE_MARKERS, LATER_EARLIER, MONTH_NUMBERS, NOT_ANAPHORIC_NEXT,
    PERIOD_LEVEL_NOUNS, PRESENT_DAY_NOUNS, RELATIVE_DAYS, WEEKDAY_LEFT_WORDS, WEEKDAY_MODIFIERS, WEEKDAY_NUMBERS)
from pipelines.text.lexicon.english import CLAUSE_STARTERS, DETERMINERS, STOPWORDS
from pipelines.text.lexicon.units import TIME_UNITS
from pipelines.text.numbers import ONES
from pipelines.text.timeline import Relative, event_key, precision_of, resolve


# "in the following year", "during the previous month": a point in time (a relative date), no horizon
_POINT_NOT_HORIZON = re.compile(r"(?:in|during)\s+the\s+(?:following|previous)\s", re.I)


def horizon_matches(body: str) -> list[re.Match[str]]:
    """The time horizons of a body ("over the next decade"), without points in time ("in the following year")."""
    return [m for m in HORIZONS.finditer(body) if not _POINT_NOT_HORIZON.match(m.group(0))]


def horizons(found: list[re.Match[str]], is_blocked: Overlaps) -> list[Quantity]:
    """Durations the time horizons ``found`` (:func:`horizon_matches`) imply: "over the next decade" is 1
    decade (rule duration.horizon)."""
    out = []
    for m in found:
        if is_blocked(m.start("span"), m.end("span")):
            continue
        unit, mult = TIME_UNITS[m.group("u").lower()]
        out.append(Quantity("duration", m.start("span"), m.end("span"), Decimal(mult), rules.DURATION_HORIZON,
                            factor=Decimal(mult), unit=unit, form="art"))
    return out


def dates(body: str) -> list[Quantity]:
    """Calendar dates: ``Jan. 7``, ``7 January 2005``, ``January 4 to 7``, ``March 2005``, ``the 1990s``, ``mid-2005``."""
    return [_date(m) for m in DATES.finditer(body)]


_NOT_DIGIT = re.compile(r"\D")


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
    day = int(_NOT_DIGIT.sub("", d))
    day2 = int(_NOT_DIGIT.sub("", d2)) if d2 else None
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


_LEADING_LINK = re.compile(r"^(?:and|but|as|which|that|then|also)\s+", re.I)
_THREE_LETTERS = re.compile(r"[A-Za-z]{3}")


def _clean_event(text: str) -> str | None:
    text = " ".join(text.split()).strip(" ,;:-–—*•")
    text = _LEADING_LINK.sub("", text)
    if len(text) < 3 or not _THREE_LETTERS.search(text):
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


# "the same day Lee began his trip": a relative day naming the event right after it
_CLAUSE_AFTER = re.compile(r"\s+(?=[A-Z][a-z]|[a-z]+\s)")
_ON_BEFORE = re.compile(r"(?:\b(?:on|in|during|by|until|from|at|since)\s+)?$", re.I)
_CLAUSE_CUT = re.compile(r"[,;:(—]|\b(?:" + "|".join(sorted(CLAUSE_STARTERS - {"is", "was", "are", "were", "has", "had",
                                                                              "have", "will", "would", "and"}))
                         + r")\s", re.I)


def relative_event(body: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    """What a relative date (``on Sunday``, ``yesterday``, ``the same day``) dates: what follows it
    when it leads its sentence or an apposition ("the same day X began"), else the clause before it
    ("Lee embarked on a visit to China on Sunday" -> "Lee embarked on a visit to China")."""
    found = date_event(body, start, end, sent_start, sent_end)
    if found:
        return found
    lead = start - sent_start < 12 and body.startswith(",", end)
    if body[start:end].lower() in LATER_EARLIER:     # "two days later(,) the town was evacuated"
        return _clean_event(_phrase_after(body, end + (1 if body.startswith(",", end) else 0), sent_end))
    if lead or (_CLAUSE_AFTER.match(body, end, sent_end) and body[start:end].lower().startswith(("the ", "that "))):
        return _clean_event(_phrase_after(body, end + 1, sent_end))
    on = _ON_BEFORE.search(body, max(sent_start, start - 8), start)
    head = on.start() if on else start
    clause = body[sent_start:head]
    cuts = list(_CLAUSE_CUT.finditer(clause))
    return _clean_event(clause[cuts[-1].end():] if cuts else clause)


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


# ---------------------------------------------------------------- relative dates
_MONTHS = prefix_tree(m.capitalize() for m in MONTH_NUMBERS)
_WD = "|".join(w.capitalize() for w in WEEKDAY_NUMBERS)
_DEICTIC = prefix_tree(DEICTIC_PERIOD_OFFSETS)
_ANAPHORIC = prefix_tree(ANAPHORIC_PERIOD_OFFSETS)
_COUNT_WORDS = prefix_tree(ONES)
_RELATIVE_RE = re.compile(
    rf"\b(?P<rday>(?i:{prefix_tree(RELATIVE_DAYS)}))\b(?!['’]s\s+(?:[A-Z]|{prefix_tree(PRESENT_DAY_NOUNS)}))"
    rf"|(?<![Tt]he\s)(?<![Ee]very\s)(?<![Ee]ach\s)(?P<wd>(?:(?i:{prefix_tree(WEEKDAY_MODIFIERS)})\s+)?(?:{_WD}))\b(?!,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTHS})\b|\s+[A-Z])"
    rf"|(?<![Tt]he\s)\b(?P<per>(?i:{_DEICTIC})\s+(?P<pu>week|month|year))\b(?!['’]s?\s+(?:[a-z]+\s+)?(?:{prefix_tree(PERIOD_LEVEL_NOUNS)}))"
    rf"|\b(?P<ana>(?i:the|that)\s+(?:(?P<aw>{_ANAPHORIC})\s+)?(?P<au>day|week|month|year)(?P<ab>\s+(?:{prefix_tree(BEFORE_AFTER)}))?)\b"
    rf"(?!\s+(?:{prefix_tree(NOT_ANAPHORIC_NEXT)})\b|['’]s)"
    rf"|\b(?P<n>\d{{1,3}}|(?i:{_COUNT_WORDS}|a|an))\s+(?P<ou>(?i:days?|weeks?|months?|years?))\s+(?P<od>(?i:{prefix_tree(LATER_EARLIER)}))\b"
)
# A weekday after one of these words is not a date: "Black Friday", "Super Tuesday", "Good Friday"
_NOT_A_DAY_LEFT = re.compile(r"\b[A-Z][a-z]+\s+$")


#: Every relative date holds one of these words: a period noun or a relative day without one
#: ("tomorrow"); weekdays hold "day".
_PERIOD_NOUNS = ("day", "week", "month", "year")
#: How far before that word a relative date can start ("that following day", "earlier this year"),
#: with room for extra spaces.
_RELATIVES = KeyedPattern(_RELATIVE_RE, set(_PERIOD_NOUNS) | {
    w for w in (*RELATIVE_DAYS, *WEEKDAY_NUMBERS) if not any(p in w for p in _PERIOD_NOUNS)}, 40, fold=True)


def relative_dates(body: str, found: list[re.Match[str]]) -> list[Quantity]:
    """Dates named relative to the day of writing or to a date the text gave: ``yesterday``,
    ``on Sunday``, ``last year``, ``the same day``, ``two days later`` (value and ISO form are
    filled in by :func:`with_relatives`), outside the time horizons ``found`` (:func:`horizon_matches`)."""
    out = []
    horizon = [(m.start("span"), m.end("span")) for m in found]
    for m in _RELATIVES.finditer(body):
        start, end = m.span()
        if any(s < end and start < e for s, e in horizon):
            continue
        if m["wd"]:
            left = _NOT_A_DAY_LEFT.search(body, max(0, start - 20), start)
            if left and left.group(0).split()[0] not in WEEKDAY_LEFT_WORDS:
                continue
            rule = rules.DATE_WEEKDAY
        elif m["rday"]:
            rule = rules.DATE_RELATIVE_DAY
        elif m["per"]:
            rule = rules.DATE_RELATIVE_PERIOD
        elif m["ana"]:
            if not m["aw"] and not m["ab"] and m["ana"].lower().startswith("the"):
                continue                # "the day" alone names no date
            rule = rules.DATE_ANAPHORIC
        else:
            start = m.start("od")       # the number of days stays a duration; "later" is the date
            rule = rules.DATE_OFFSET
        out.append(Quantity("date", start, end, Decimal(0), rule))
    return out


#: The count and period before "later" or "earlier": "two days later".
_COUNTED_PERIOD_LEFT = re.compile(r"(\S+)\s+(day|week|month|year)s?\s+$")
#: The two words before "later" or "earlier", written with it.
_TWO_WORDS_LEFT = re.compile(r"\S+\s+\S+\s+$")
_YEAR_OF_ISO = re.compile(r"\d{4}")


def relative_spec(body: str, start: int, end: int, rule: str, sent_start: int) -> tuple[Relative, str] | None:
    """(what a relative date counts, what from: 'publication' or 'text') of the date at ``body[start:end]``."""
    text = " ".join(body[start:end].lower().split())
    if rule == rules.DATE_RELATIVE_DAY:
        return Relative("day", RELATIVE_DAYS[text]), "publication"
    if rule == rules.DATE_WEEKDAY:
        *mod, day = text.split()
        left = body[sent_start:start].lower()
        future = mod == ["next"] or (mod != ["last"] and _says_future(left))
        return Relative("weekday", 1 if future else -1, WEEKDAY_NUMBERS[day]), "publication"
    if rule == rules.DATE_RELATIVE_PERIOD:
        *words_, unit = text.split()
        return Relative(unit, DEICTIC_PERIOD_OFFSETS[" ".join(words_)]), "publication"  # type: ignore[arg-type]
    if rule == rules.DATE_ANAPHORIC:
        words_ = text.split()[1:]
        if words_[-1] in BEFORE_AFTER:             # "the day before", "the year after"
            return Relative(words_[0], BEFORE_AFTER[words_[-1]]), "text"  # type: ignore[arg-type]
        offset = ANAPHORIC_PERIOD_OFFSETS[words_[0]] if len(words_) > 1 else 0
        return Relative(words_[-1], offset), "text"  # type: ignore[arg-type]
    if rule == rules.DATE_OFFSET:
        m = _COUNTED_PERIOD_LEFT.search(body[max(0, start - 30):start].lower())
        if not m:
            return None
        n = int(m[1]) if m[1].isdigit() else ONES.get(m[1], 1)
        unit, n = ("day", n * 7) if m[2] == "week" else (m[2], n)
        return Relative(unit, n * LATER_EARLIER[text]), "text"  # type: ignore[arg-type]
    return None


_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:said|says|told|announced|added)\b")
_FUTURE_MARKER = re.compile(rf"(?<![\w'])(?:{_alt(FUTURE_MARKERS)})\b")


def _says_future(left: str) -> bool:
    """Whether the words before a weekday in its sentence put it in the future ("will meet on Monday")."""
    clause = _CLAUSE_BREAK.split(left)[-1] if left else ""
    return _FUTURE_MARKER.search(clause) is not None


RELATIVE_RULES = frozenset((rules.DATE_RELATIVE_DAY, rules.DATE_WEEKDAY, rules.DATE_RELATIVE_PERIOD, rules.DATE_ANAPHORIC,
                            rules.DATE_OFFSET))


def event_of(body: str, start: int, end: int, rule: str, sent_start: int, sent_end: int) -> str | None:
    """What the date fact at ``body[start:end]`` dates (see :func:`date_event`, :func:`relative_event`)."""
    if rule in RELATIVE_RULES:
        return relative_event(body, start, end, sent_start, sent_end)
    return date_event(body, start, end, sent_start, sent_end)


def with_relatives(body: str, sentences: Sequence[Sentence], rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Date rows (the fields of a Fact, before it is made) with what kind of event they date
    (``event_key``); relative ones with what they count (``relative``), what from (``relative_to``)
    and, when counted from a date the text gave in the same or the paragraph before, that date's
    fact (``anchor_fact_id``) and the date it gives. A relative date that counts nothing is dropped."""
    paragraph = {s.sentence_idx: s.paragraph_idx for s in sentences}
    starts = {s.sentence_idx: s.char_start for s in sentences}
    out: list[dict[str, Any]] = []
    for f in rows:
        if f["kind"] != "date":
            out.append(f)
            continue
        f["event_key"] = event_key(f["object"])
        if f["rule"] in RELATIVE_RULES:
            found = relative_spec(body, f["char_start"], f["char_end"], f["rule"], starts[f["sentence_idx"]])
            if found is None:
                continue
            rel, relative_to = found
            f.update(relative=rel.spec(), relative_to=relative_to, value=None, normalized=None, date=None,
                     display=_as_written(body, f))
            anchor = _anchor(out, f, paragraph) if relative_to == "text" else None
            iso = resolve(rel, anchor["normalized"]) if anchor and anchor["normalized"] else None
            if iso:
                year = _YEAR_OF_ISO.match(iso)
                f.update(normalized=iso, anchor_fact_id=anchor["fact_id"],  # type: ignore[index]
                         value=float(year.group(0)) if year else None, date=calendar_date("date", iso))
        out.append(f)
    return out


def _anchor(before: list[dict[str, Any]], f: dict[str, Any], paragraph: dict[int, int]) -> dict[str, Any] | None:
    """The date a text-relative date counts from: the last dated date before it, in its paragraph or the one before."""
    here = paragraph.get(f["sentence_idx"], 0)
    for g in reversed(before):
        if g["kind"] != "date" or g["char_start"] >= f["char_start"] or g["normalized"] is None:
            continue
        if here - paragraph.get(g["sentence_idx"], 0) > 1:
            return None
        if precision_of(g["normalized"]):
            return g
    return None


def _as_written(body: str, f: dict[str, Any]) -> str:
    if f["rule"] == rules.DATE_OFFSET:            # "two days later": the number and unit before "later"
        m = _TWO_WORDS_LEFT.search(body[max(0, f["char_start"] - 30):f["char_start"]])
        return " ".join(((m.group(0) if m else "") + f["surface"]).split())
    return " ".join(f["surface"].split())
