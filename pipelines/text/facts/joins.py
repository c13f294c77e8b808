"""Joining neighbouring numbers in one sentence: ratios, ranges and sports scores.

``20 of the 27 total cases`` and ``one in five adults`` are ratios; ``two to three years``,
``$5m-$6m``, ``between 5 and 10%`` and ``2004-05`` are ranges; ``won 3-1`` is a score.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from pipelines.text.facts import rules
from pipelines.text.facts.patterns import (
    CHANGE_RE, DATE_RANGE_GAP, RANGE_GAP, RATIO_IN_GAP, RATIO_OF_GAP, SPORT_WORDS,
)
from pipelines.text.facts.quantity import Quantity, replace
from pipelines.text.lexicon.changes import CHANGE_WORDS
from pipelines.text.lexicon.units import COMPOUND_TIME

DROP = object()
"""What a join returns when neither number is a fact ("5-6" with no unit)."""
_RANGE_KINDS = ("count", "money", "proportion", "duration", "measure", "age", "temperature", "rate", "level", "change")

Join = Callable[[str, Quantity, Quantity, str], "Quantity | object | None"]


_PART_GAPS = frozenset((" ", " and ", ", ", ", and "))


def _compound_duration(body: str, a: Quantity, b: Quantity, gap: str) -> Quantity | None:
    """'21 hours and 40 minutes', '2hr 17min 3sec': one duration in its smallest unit."""
    if not (a.kind == b.kind == "duration" and b.rule == rules.DURATION_UNIT and gap in _PART_GAPS
            and a.rule in (rules.DURATION_UNIT, rules.DURATION_COMPOUND) and not b.approx):
        return None
    per = COMPOUND_TIME.get((a.unit or "", b.unit or ""))
    if per is None or a.value != a.value.to_integral_value() or not 0 < b.value < per:
        return None                     # "one hour 90 minutes", "five days, two weeks": no parts of one span
    return replace(a, end=b.end, value=a.value * per + b.value, unit=b.unit, rule=rules.DURATION_COMPOUND,
                   raw=a.value * per + b.value, factor=Decimal(1), scale=1)


def _ratio(body: str, a: Quantity, b: Quantity, gap: str) -> Quantity | None:
    if a.kind is not None or b.kind not in (None, "count", "duration") or b.approx:
        return None
    if RATIO_OF_GAP.fullmatch(gap):
        if a.form == "words" and a.value == 1:
            return None                 # "one of the 27": a member, not a share
        rule = rules.RATIO_OF
    elif RATIO_IN_GAP.fullmatch(gap) and a.value <= 10 and b.kind != "duration":
        rule = rules.RATIO_IN           # "one in five adults"
    else:
        return None
    if a.value != a.value.to_integral_value() or b.value <= a.value or b.value != b.value.to_integral_value():
        return None
    if b.kind is None and body[b.end:b.end + 1] in ("-", "–", "/"):
        return None                     # "500 of its 777-200LR planes": a model, not a total
    unit = b.unit
    if b.kind == "duration":
        unit = body[b.start:b.end].split(" ", 1)[-1] if " " in body[b.start:b.end] else unit
        total = b.raw * b.scale
    else:
        total = b.value
    return Quantity("ratio", a.start, b.end, a.value, rule, unit=unit, total=total, approx=a.approx, obj=b.obj,
                    form=a.form, sent=a.sent)


def _year_range(body: str, a: Quantity, b: Quantity, gap: str) -> Quantity | None:
    """'2004-05', 'between 2004 and 2006'."""
    if b.kind is None and b.form == "digits" and b.scale == 1 and len(body[b.start:b.end]) == 2:
        high = a.value // 100 * 100 + b.value
    elif b.kind == "date" and b.rule == rules.DATE_YEAR:
        high = b.value
    else:
        return None
    if high <= a.value or (gap.strip() == "and" and a.prev != "between"):
        return None
    return Quantity("date", a.start, b.end, a.value, rules.DATE_RANGE, value_high=high,
                    normalized=f"{a.normalized}/{int(high)}", sent=a.sent)


def _is_change(body: str, a: Quantity, b: Quantity, word: str | None) -> bool:
    """'rose from 5 to 10%', 'lifted rates 0.25% to 5.5%': a change and a new level, not a range."""
    changed = a.prev in CHANGE_WORDS and (a.prev != "from" or bool(CHANGE_RE.search(body, max(0, a.start - 45),
                                                                                       a.start - 5)))
    if word in ("to", None) and changed and a.kind is None and b.kind in ("proportion", "money"):
        return True                     # "rose from 5 to 10%", not "run from 256GB to 1TB"
    if word == "to" and changed and a.kind is not None:
        return True
    return word == "to" and b.kind in ("proportion", "money") and bool(
        CHANGE_RE.search(body, max(0, a.start - 40), a.start))


def _range(body: str, a: Quantity, b: Quantity, gap: str) -> Quantity | object | None:
    if b.approx:
        return None
    if a.kind == "date" and a.rule == rules.DATE_YEAR and DATE_RANGE_GAP.fullmatch(gap):
        return _year_range(body, a, b, gap)
    g = RANGE_GAP.fullmatch(gap)
    if not g:
        return None
    word = g.group("w")
    if word == "and" and a.prev != "between":
        return None
    if word == "or" and b.kind not in ("count", "duration"):
        return None
    if _is_change(body, a, b, word) or word == "to" and (a.kind == "change" or b.kind == "level"):
        return None
    if a.kind is None and b.kind in _RANGE_KINDS:
        if a.value == 0 and b.dimension == "speed" and word is None:
            return DROP                 # "0-62mph in 3.4 seconds": the name of a sprint, not a range of speeds
        if b.rule == rules.MEASURE_METRES or b.kind == "change" and a.prev in CHANGE_WORDS:
            return None
        low = a.value * (b.factor / b.scale) if a.scale > 1 else a.raw * b.factor
        kind, high, unit = b.kind, b.value, b.unit
    elif a.kind == "money" and b.kind is None and b.scale > 1 and a.scale == 1:
        low, high, kind, unit = a.value * b.scale, b.value, "money", a.unit
    elif a.kind == "age" and b.kind is None and a.rule == rules.AGE_AGED:
        low, high, kind, unit = a.value, b.value, "age", a.unit
    elif a.kind is not None and a.kind == b.kind and a.unit == b.unit and a.kind not in ("date", "ratio"):
        low, high, kind, unit = a.value, b.value, a.kind, a.unit
    elif a.kind == "money" and b.kind == "rate" and (b.unit or "").startswith(f"{a.unit} per "):
        low, high, kind, unit = a.value, b.value, "rate", b.unit       # "$6bn-$8bn a year"
    elif _same_dimension(a, b):
        return _scaled_range(a, b)      # "256GB to 1TB": the high end in the low end's unit
    else:
        return None
    first = a if a.kind is not None and a.obj else b if b.obj else a
    if kind == "change" and low > high < 0:
        low, high = high, low           # "down 2-3%": -3 to -2
    if not low < high:
        return None
    if kind == "count" and (low != low.to_integral_value() or high != high.to_integral_value()):
        kind = "measure"                # "between 2.5 and 4 points"
    return Quantity(kind, a.start, b.end, low, rules.RANGE_RULES.get(kind, b.rule), value_high=high, unit=unit,
                    approx=a.approx, obj=first.obj, obj_rule=first.obj_rule, form=a.form, sent=a.sent, scale=b.scale, factor=b.factor,
                    direction=b.direction, dimension=b.dimension, si=b.si, si_factor=b.si_factor)


def _same_dimension(a: Quantity, b: Quantity) -> bool:
    return (a.kind == b.kind == "measure" and a.dimension is not None and a.dimension == b.dimension
            and bool(a.si_factor) and bool(b.si_factor) and a.unit != b.unit)


def _scaled_range(a: Quantity, b: Quantity) -> Quantity | None:
    """Two measures of one dimension in different units, as one range in the first one's unit."""
    high = (b.value * Decimal(repr(b.si_factor)) / Decimal(repr(a.si_factor))).normalize()
    if not a.value < high:
        return None
    return replace(a, end=b.end, value_high=high, rule=rules.MEASURE_SCALED_RANGE, approx=a.approx or b.approx,
                   obj=a.obj or b.obj, obj_rule=a.obj_rule if a.obj else b.obj_rule)


def _score(body: str, a: Quantity, b: Quantity, gap: str) -> Quantity | object | None:
    if gap not in ("-", "–") or a.kind is not None or b.kind not in (None, "count") or a.form != "digits" \
            or b.form != "digits":
        return None
    if a.scale > 1 or b.scale > 1 or a.value > 200 or b.value > 200:
        return DROP
    window_l = max(0, a.start - 60)
    if SPORT_WORDS.search(body, window_l, a.start) or SPORT_WORDS.search(body, b.end, min(len(body), b.end + 25)):
        end = b.start + len(body[b.start:b.end].split(" ", 1)[0])     # the score without a noun after it
        return Quantity("score", a.start, end, a.value, rules.SCORE_RESULT, value_b=b.value,
                        normalized=f"{int(a.value)}-{int(b.value)}", sent=a.sent)
    return DROP                         # two numbers with a hyphen and no unit: not a range of counts


JOINS: tuple[Join, ...] = (_compound_duration, _ratio, _range, _score)
"""The ways two neighbours become one fact, in the order they are tried."""


def _age_list(a: Quantity, b: Quantity, gap: str) -> Quantity | None:
    """'ages 19 and 22': a bare number after an age is an age too."""
    if a.kind == "age" and b.kind is None and gap in (" and ", ", ", " or ") and b.form == "digits" \
            and b.scale == 1 and 0 < b.value <= 120:
        return replace(b, kind="age", unit="year", rule=a.rule)
    return None


def join_neighbours(body: str, qs: list[Quantity]) -> list[Quantity]:
    """Quantities in body order, each pair of neighbours in one sentence joined when :data:`JOINS` allow."""
    qs = list(qs)
    out: list[Quantity] = []
    i, n = 0, len(qs)
    while i < n:
        a = qs[i]
        b = qs[i + 1] if i + 1 < n and qs[i + 1].sent == a.sent else None
        gap = body[a.end:b.start] if b is not None else ""
        if b is None or len(gap) > 20:
            out.append(a)
            i += 1
            continue
        joined = next((j for j in (join(body, a, b, gap) for join in JOINS) if j is not None), None)
        if joined is None:
            qs[i + 1] = _age_list(a, b, gap) or b
            out.append(a)
            i += 1
            continue
        if isinstance(joined, Quantity) and joined.rule == rules.DURATION_COMPOUND:
            qs[i + 1] = joined          # "2hr 17min" may take a third part ("3sec")
            i += 1
            continue
        if joined is not DROP:
            out.append(joined)          # type: ignore[arg-type]
        i += 2
    return out
