"""Reading one number in its context: one reader per kind, tried in a declared order.

Every number the grammar finds (:data:`pipelines.text.numbers.NUMBER_RE`) is an *anchor*.
Fractions, ``half`` and the article of ``a decade`` have readers of their own. For any other
number, a currency written before it makes it money; otherwise :data:`READERS` are tried in
order on what follows it (a percent, a currency name, a temperature, an age, a time unit, a
measure unit, a counted noun) and what precedes it (``aged``, ``magnitude``, ``Smith, 45,``).
A reader returns the quantity, :data:`DROP` when the number is no quantity at all, or None
to leave it to the next reader. A number no reader takes stays bare, waiting for a partner
(``20 of 27``, ``5 to 10%``; see :mod:`pipelines.text.facts.joins`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import cached_property

from pipelines.text.common import alt
from pipelines.text.facts import rules
from pipelines.text.facts.changes import Change, by_before, change_before, level_before, word_after
from pipelines.text.facts.objects import (
    changed_after, counted_unit, money_object, object_at, object_of, stake_object, subject_before,
)
from pipelines.text.facts.units import Unit, measure_unit
from pipelines.text.facts.patterns import (
    ART_UNIT, TABLE_SCALE_HEADER, CLOCK_FIGURE, CLOCK_OF_DAY_AFTER, COMPOUND_COUNT, CUR_LEFT, SCORE_PAIR, SPORT_WORDS, HALF_DUR, HALF_NP, HALF_PP, NEG_LEFT, OF, OF_A_POINT, OF_A_SCALE, PER, PERCENT_AFTER, PP_AFTER, RIGHT, TIMES_AFTER,
)
from pipelines.text.facts.quantity import Quantity, hedge_before, prev_word, replace
from pipelines.text.facts.traps import (
    FUNCTION_WORDS_BEFORE_NUMBERS, TRAP_WORDS, code_before_a_model, code_names_a_model, names_a_thing, reads_as_year,
)
from pipelines.text.lexicon.calendar import MONTH_NUMBERS, WEEKDAY_NAMES
from pipelines.text.lexicon.currencies import (
    CURRENCY_ADJECTIVES, CURRENCY_BASE_NAMES, CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_PREFIX_WORDS, CURRENCY_SYMBOLS,
    NEEDS_ADJECTIVE, SUBUNIT_NAMES,
)
from pipelines.text.lexicon.changes import CHANGE_NOUNS, DOWN_BEFORE, LEVEL_NOUNS, MONEY_AMOUNT_AFTER, UP_BEFORE
from pipelines.text.lexicon.english import PLURAL_SHARE_VERBS, SHARE_SUBJECT_VERBS
from pipelines.text.lexicon.units import (
    CLOCK_DURATION_LEFT, CLOCK_DURATION_OF, COUNT_STOP, GROUP_COUNTS, JUNK_UNITS, PERIOD_NOUNS, RACE_METRES, RACE_WORDS,
    SIZE_ADJECTIVES, TIME_UNITS,
)
from pipelines.text.numbers import match_value, parse_fraction, scale_of

#: Words before "pounds" that make it a weight ("lost 20 pounds").
WEIGHT_VERBS = frozenset("weigh weighs weighed weighing lost gained shed heavier lighter".split())
#: Determiners that make a small spelled-out count anaphoric ("the two leaders").
ANAPHORIC_DETERMINERS = frozenset(
    "the these those both all its their his her our my your whose each".split())
_AGE_WORDS = ("aged", "age", "ages")
#: Words before "half" that make it part of a name or a phrase ("the first half", "one and a half").
_NOT_HALF_OF = frozenset(("first", "second", "the", "a", "each", "other", "latter", "former", "in", "one", "and",
                          "third", "fourth", "opening", "closing", "final"))
#: Words before "a decade" that make it a duration even without a hedge ("for a year").
_DURATION_LEFT = frozenset(("for", "within", "after", "spent", "lasting", "lasted", "took", "taking", "nearly",
                            "almost"))

#: Words after "a year", "a week" that make it a time, not a denominator ("a year earlier").
_SINCE = re.compile(r"[ ](?:earlier|ago|before|later|previously)\b")
#: A stretch of time counted back from now names a point in time, not a duration ("a decade ago").
_AGO = re.compile(r"[ ]ago\b")

DROP = object()
"""What a reader returns when the number is no quantity at all."""


#: The right-context alternative a sub-group belongs to (:data:`~pipelines.text.facts.patterns.RIGHT`).
_GROUP_OF = {"cadj": "cw", "cname": "cw", "dunit": "dur", "munit": "meas", "msep": "meas"}


class Anchor:
    """One number with the context a reader needs: the text around it and the bare quantity."""

    def __init__(self, body: str, m: re.Match[str], form: str, prev: str, sep: str, bare: Quantity):
        self.body, self.m, self.form, self.prev, self.sep, self.bare = body, m, form, prev, sep, bare
        self.plow = prev.lower().rstrip(".:")
        self.scale_word = (m.group("scale") or "").strip()
        self.right = RIGHT.match(body, m.end())
        group = self.right.lastgroup if self.right else None
        self.group = _GROUP_OF.get(group, group)

    @property
    def value(self) -> Decimal:
        return self.bare.value

    @cached_property
    def counted(self) -> tuple[str, int] | None:
        """The counted noun phrase after the number and where it ends ('US troops')."""
        return counted_unit(self.body, self.m.end())

    def taken(self, kind: str, unit: str | None, rule: str, **changes) -> Quantity:
        """The bare quantity read as ``kind``, up to the end of the right context."""
        changes.setdefault("end", self.right.end())
        return replace(self.bare, kind=kind, unit=unit, rule=rule, **changes)


Reader = Callable[[Anchor], "Quantity | object | None"]

#: The right-context groups a reader reads (:attr:`Anchor.group`), for the readers that read only some.
_GROUPS_READ: dict[Reader, frozenset[str]] = {}


def _reads(*groups: str) -> Callable[[Reader], Reader]:
    """Declare that a reader reads only numbers followed by one of these right-context groups: it is
    never tried on another number (:data:`READERS_BY_GROUP`)."""
    def declare(reader: Reader) -> Reader:
        _GROUPS_READ[reader] = frozenset(groups)
        return reader
    return declare


def read_anchor(body: str, m: re.Match[str]) -> Quantity | None:
    """Read one anchor of :data:`~pipelines.text.numbers.NUMBER_RE` with its left and right context."""
    form = m.lastgroup or "digits"
    if form == "scale":
        form = "digits"
    if form in FORM_READERS:
        return FORM_READERS[form](body, m)
    value = match_value(m)
    if value is None or (form == "digits" and len(m.group("digits")) > 18):
        return None                     # a long run of digits is an identifier, not a quantity
    start, currency, currency_rule = _currency_before(body, m, form)
    written = body[start:m.start()].rstrip()
    if currency_rule == rules.MONEY_CODE and written in CURRENCY_CODES:
        if code_names_a_model(body, m, start + len(written)):
            return None                 # 'AMD64 chips': a model, not an amount
        if code_before_a_model(body, m):
            start, currency, currency_rule = m.start(), None, ""     # 'AMD 64-bit chips': read as any number
    hedge, hstart = hedge_before(body, start)
    prev, sep = prev_word(body, hstart)
    if names_a_thing(body, m, form, prev, sep, hedged=bool(hedge), currency=bool(currency)) and not (
            form == "digits" and PERCENT_AFTER.match(body, m.end()) and (
                prev[:1].islower() or prev.lower().rstrip(".:") not in TRAP_WORDS)) and not _in_score(body, m):
        return None                     # a name's number, unless a percent makes it a share ("the Greens 9%")
    scale = scale_of(m.group("scale")) if form == "digits" else _word_scale(m.group())
    bare = Quantity(None, hstart, m.end(), value, "", raw=value / scale, factor=Decimal(scale), scale=scale,
                    approx=hedge, form=form, prev=prev.lower().rstrip(".:"))
    if currency:
        rule = rules.MONEY_SYMBOL_SCALE if scale > 1 and currency_rule == rules.MONEY_SYMBOL else currency_rule
        q = replace(bare, kind="money", unit=currency, rule=rule)
        return amount_change(body, q) or per_unit(body, replace(q, obj=money_object(body, q.start, q.end)))
    anchor = Anchor(body, m, form, prev, sep, bare)
    for reader in READERS_BY_GROUP[anchor.group]:
        q = reader(anchor)
        if q is DROP:
            return None
        if q is not None:
            return q                    # type: ignore[return-value]
    return bare


def _word_scale(text: str) -> int:
    """The scale a spelled-out number ends with: 'seven thousand' -> 1000 (so 'six to seven thousand' is 6000-7000)."""
    words = text.lower().split()
    return scale_of(words[-1]) if len(words) > 1 and words[-1] in ("thousand", "million", "billion", "trillion") else 1


def _in_score(body: str, m: re.Match[str]) -> bool:
    """'beat Everton 2-0': a side of a sports result after a team's name, not a model number."""
    s, e = m.span()
    if not (SCORE_PAIR.match(body, s) or body[s - 1:s] in ("-", "–") and SCORE_PAIR.search(body, max(0, s - 4), e + 1)):
        return False
    return bool(SPORT_WORDS.search(body, max(0, s - 60), s) or SPORT_WORDS.search(body, e, e + 25))


def _currency_before(body: str, m: re.Match[str], form: str) -> tuple[int, str | None, str]:
    """Where the amount starts, its ISO code and rule when a currency sign or code is written before digits."""
    s = m.start()
    if form != "digits":
        return s, None, ""
    cm = CUR_LEFT.search(body, max(0, s - 5), s)
    if not cm:
        return s, None, ""
    if cm.group("sym"):
        return cm.start(), CURRENCY_SYMBOLS[cm.group("sym")], rules.MONEY_SYMBOL
    code = cm.group("code") or cm.group("glued")
    return cm.start(), CURRENCY_PREFIX_WORDS.get(code, code), rules.MONEY_CODE


# ---- proportions, changes and levels: percent, percentage points, basis points


def _signed(a: Anchor, kind_unit: str, rule: str) -> Quantity | None:
    """A change in ``kind_unit`` (percent, percentage point, basis point) when the words around say so."""
    b = a.bare
    sign = a.body[b.start - 1:b.start] if b.start else ""
    ch = change_before(a.body, b.start, a.right.end(), percent=True)
    if ch is None and sign not in ("-", "+", "−") or ch is not None and ch.direction is None:
        return None
    if ch is None:
        direction, start, obj = ("down" if sign != "+" else "up"), b.start - 1, None
        subject = subject_before(a.body, start)
    else:
        direction, start, obj = ch.direction, b.start, ch.obj
        subject = subject_before(a.body, ch.verb_start, verb=False) if ch.verb_start < b.start else None
        if obj and obj.rsplit(" ", 1)[-1].lower() in ("a", "an", "the"):
            obj = None                  # "offset a 1% rise in imports": the article opens the amount's own phrase
        if obj is None:                 # "a 6% rise in energy bills", also after another clause's verb
            obj = changed_after(a.body, b.start, a.right.end())     # ("fell 4% after it reported a 19% drop in profit")
    f = -1 if direction == "down" else 1
    return a.taken("change", kind_unit, rule, start=start, value=a.value * f, factor=b.factor * f,
                   direction=direction, obj=obj or subject,
                   obj_rule=rules.OBJECT_CHANGED if obj else rules.OBJECT_SUBJECT if subject else None)


@_reads("pct")
def _percent(a: Anchor) -> Quantity | None:
    b = a.bare
    share = object_of(a.body, a.right.end()) or stake_object(a.body, a.right.end())
    change = None if share else _signed(a, "percent", rules.CHANGE_PERCENT)
    if change is not None:
        return change
    verb = level_before(a.body, b.start)
    if not share and (verb is not None or _names_a_level(a)):
        subject = subject_before(a.body, verb if verb is not None else b.start)
        return a.taken("level", "percent", rules.LEVEL_PERCENT, obj=subject,
                       obj_rule=rules.OBJECT_SUBJECT if subject else None)
    if a.value / 100 > 1:
        return a.taken("measure", "percent", rules.MEASURE_PERCENT)
    return a.taken("proportion", "percent", rules.PROPORTION_PERCENT, value=a.value / 100,
                   factor=b.factor / 100, obj=share)


def _names_a_level(a: Anchor) -> bool:
    """'inflation of 3.2%', 'a yield of 4.5%', 'the unemployment rate, 5%': a rate that is no share."""
    left = a.body[max(0, a.bare.start - 40):a.bare.start].lower().split()
    left = [w.strip(",") for w in left[-4:]]
    return any(w in LEVEL_NOUNS for w in left) and (not left or left[-1] in ("of", "at", "to", "was", "is", "rate", "by"))


@_reads("pp")
def _percentage_points(a: Anchor) -> Quantity | object | None:
    change = _signed(a, "percentage point", rules.CHANGE_POINTS)
    if change is not None:
        return change
    return a.taken("change", "percentage point", rules.CHANGE_POINTS)


@_reads("bp")
def _basis_points(a: Anchor) -> Quantity | None:
    return _signed(a, "basis point", rules.CHANGE_BASIS_POINTS) or a.taken(
        "measure", "basis point", rules.MEASURE_BASIS_POINTS)


@_reads("times")
def _times(a: Anchor) -> Quantity | None:
    """'1.3 times', '5x', 'three times as many': a multiple."""
    if a.value <= 1 and a.form == "words":
        return None
    if (a.right.group().strip() == "times" and not TIMES_AFTER.match(a.body, a.right.end())
            and a.value == a.value.to_integral_value()):
        return None                     # "three times a week", "won three times"; "2.1 times earnings" is a multiple
    return a.taken("level", "times", rules.LEVEL_TIMES, obj=subject_before(a.body, a.bare.start),
                   obj_rule=rules.OBJECT_SUBJECT)


# ---- money: a currency name or code after the number


#: What follows a currency name that is part of a name: a possessive or another capitalised word.
_NAME_GOES_ON = re.compile(r"['’]s\b|[ ][A-Z][a-z]")


@_reads("cw")
def _currency_word(a: Anchor) -> Quantity | None:
    r, b = a.right, a.bare
    scaled = b.scale > 1 or a.form == "words" and a.value >= 1000
    code = currency_of_name(r.group("cadj"), r.group("cname"), a.value, scaled)
    if not code:
        return None
    name = r.group("cname").lower()
    if r.group("cname")[:1].isupper() and _NAME_GOES_ON.match(a.body, r.end()) and (
            name in SUBUNIT_NAMES or a.body.startswith(("'s", "’s"), r.end())):
        return None                     # "50 Cent's label", "Fifty Cent Tour": a name, not money
    if name == "pounds" and b.scale == 1 and (OF.match(a.body, r.end()) or a.plow in WEIGHT_VERBS):
        return a.taken("measure", "lb", rules.MEASURE_UNIT)     # "2,000 pounds of coffee" is a weight
    if name in SUBUNIT_NAMES:
        changes = dict(rule=rules.MONEY_SUBUNIT, factor=b.factor / 100, value=a.value / 100)
    else:
        changes = dict(rule=rules.MONEY_WORD)
    q = replace(b, kind="money", unit=code, end=r.end(), **changes)
    changed = amount_change(a.body, q) if name not in SUBUNIT_NAMES else None  # cents wait for their currency (siblings)
    return changed or per_unit(a.body, replace(q, obj=money_object(a.body, q.start, q.end)))


def currency_of_name(cadj: str | None, cname: str, value: Decimal, scaled: bool) -> str | None:
    """ISO code of a written currency name, or None when the name is not money here."""
    name = cname.lower()
    base = CURRENCY_BASE_NAMES.get(name, name)
    adj = " ".join(cadj.lower().split()) if cadj else None
    if adj and (adj, base) in CURRENCY_ADJECTIVES:
        return CURRENCY_ADJECTIVES[(adj, base)]
    if name in NEEDS_ADJECTIVE:
        return None
    if name == "won" and not (scaled or value >= 1000 or adj in ("korean", "south korean")):
        return None
    return CURRENCY_NAMES[name]


@_reads("csym", "code")
def _currency_code(a: Anchor) -> Quantity | None:
    if a.group == "csym":               # "1,200€": a symbol after the amount
        q = a.taken("money", CURRENCY_SYMBOLS[a.right.group().strip()], rules.MONEY_SYMBOL)
        return per_unit(a.body, replace(q, obj=money_object(a.body, q.start, q.end)))
    q = a.taken("money", a.right.group().strip(), rules.MONEY_CODE)
    return per_unit(a.body, replace(q, obj=money_object(a.body, q.start, q.end)))


def _abbreviated_scale(a: Anchor) -> object | None:
    """'5k run', 'Type 5b': abbreviated scales need a currency."""
    glued = a.m.group("scale") and not a.m.group("scale").startswith(" ")
    return DROP if glued and a.scale_word.lower() in ("k", "b", "cr") else None


# ---- temperature, age, duration, measure


@_reads("temp")
def _temperature(a: Anchor) -> Quantity | None:
    text = a.right.group().strip()
    unit = "F" if text.endswith(("F", "Fahrenheit")) else ("C" if text != "°" else "degrees")
    b = a.bare
    neg = NEG_LEFT.search(a.body, max(0, b.start - 6), b.start)
    signed = dict(value=-a.value, start=neg.start()) if neg else {}
    return a.taken("temperature", unit, rules.TEMPERATURE_DEGREES, **signed)


@_reads("age")
def _years_old(a: Anchor) -> Quantity | None:
    return a.taken("age", "year", rules.AGE_YEAR_OLD)


@_reads("dur")
def _duration(a: Anchor) -> Quantity | object | None:
    word = a.right.group("dunit").lower()
    unit, mult = TIME_UNITS[word]
    if a.form == "words" and a.value == 1 and word == "day" and a.right.group().startswith(" "):
        return DROP                     # "one day" is an idiom far more often than a duration
    if a.plow in _AGE_WORDS:
        return a.taken("age", "year", rules.AGE_AGED)
    if _AGO.match(a.body, a.right.end()):
        return DROP                     # "two years ago": when, not how long
    q = a.taken("duration", unit, rules.DURATION_UNIT, value=a.value * mult, factor=a.bare.factor * mult)
    rate = per_unit(a.body, q)
    return rate if rate.unit.rsplit(" per ", 1)[-1] in TIME_UNITS else q    # "150 minutes a week" is a rate


@_reads("meas")
def _measure(a: Anchor) -> Quantity | object | None:
    glued = not a.right.group("msep")
    token = a.right.group("munit")
    per = None
    if "/" in token and measure_unit(token) is None:
        token, per = token.split("/", 1)          # "16 kWh/100km"
    u = measure_unit("inch" if glued and token == "in" else token)    # "6.7in" is inches, "5 in" a preposition
    if u is None:
        return DROP if glued else None  # "5G", "747s": letters that are no unit
    if a.form == "words" and u.dimension is None:
        return None
    q = a.taken("measure", u.unit, rules.MEASURE_UNIT, dimension=u.dimension, si=u.si, si_factor=u.factor)
    if per:
        per = _denominator(per, measure_unit(per))         # "mmol/L": per litre
        return replace(q, kind="rate", unit=f"{u.unit} per {per}", rule=rules.RATE_PER, si=None, si_factor=None)
    return amount_change(a.body, q, measure=True) or per_unit(a.body, q)


def _measure_changes(body: str, q: Quantity, ch: Change) -> bool:
    """Whether a measure after the intransitive change ``ch`` is a change: 'blood pressure fell by
    6 mmHg', '..., up 13 ppb'. Without 'by', or an 'up' that opens a clause, it is an amount moved
    or reached ('jumped 30ft from a window', 'clocked up 36 teraflops')."""
    word = body[ch.verb_start:q.start].split(" ", 1)[0].lower()
    if word in UP_BEFORE or word in DOWN_BEFORE:
        return body[:ch.verb_start].rstrip().endswith(",")
    return " by " in body[ch.verb_start:q.start]


def amount_change(body: str, q: Quantity, measure: bool = False) -> Quantity | None:
    """'Gold rose $12 to $1,950', 'shares were down 30p', 'blood pressure fell by 6 mmHg', '21g
    heavier', '$100 cheaper': an amount of money or a ``measure`` right after an intransitive verb
    of change, or before a word of direction."""
    ch = change_before(body, q.start, q.end)
    after = ch is not None and ch.verb_start == q.start and ch.direction is not None and not (
        q.kind == "money" and word_after(body, q.end) in MONEY_AMOUNT_AFTER)      # "a $30m loss": an amount
    moved = ch is not None and not after and ch.direction is not None and not ch.intransitive and by_before(body, q.start) and (
        ch.obj is not None or bool(_PASSIVE_BEFORE.search(body, max(0, ch.verb_start - 24), ch.verb_start)))
    # "cut costs by $5bn", "spending could be cut by £1.6bn": a change of what the verb changes
    if ch is None or not (ch.intransitive or after or moved) or PER.match(body, q.end):
        return None
    if measure and not after and not _measure_changes(body, q, ch):
        return None
    f = -1 if ch.direction == "down" else 1
    noun = _CHANGE_NOUN_IN.match(body, q.end) if after else None
    changed = object_at(body, noun.end()) if noun else ch.obj if moved else None    # "a £6.4bn rise in mortgage lending"
    if changed and (changed.split(" ", 1)[0].lower() in MONTH_NUMBERS or changed.lower() in PERIOD_NOUNS):
        changed = None                  # "a £6.4bn rise in November": when, not what
    subject = None if changed else subject_before(body, ch.verb_start, verb=after)
    return replace(q, kind="change", rule=rules.CHANGE_AMOUNT, value=q.value * f, factor=q.factor * f,
                   direction=ch.direction, obj=changed or subject,
                   obj_rule=rules.OBJECT_CHANGED if changed else rules.OBJECT_SUBJECT if subject else None)


#: A passive auxiliary right before a transitive verb of change: "could be cut (by £1.6bn)".
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were)[ ](?:[a-z]+ly[ ])?$")
#: A noun of change after an amount, and "in": "a £6.4bn rise in mortgage lending".
_CHANGE_NOUN_IN = re.compile(rf"[ ](?:{alt(CHANGE_NOUNS)})[ ]in[ ]")


def _denominator(per: str, unit: Unit | None) -> str:
    """A rate's denominator as stored: a symbol or compound as its unit ("L" -> litre,
    "megawatt-hour" -> MWh), a lower-case word as written ("per inch", "per millilitre")."""
    return unit.unit if unit is not None and (not per.islower() or "-" in per) else per


def per_unit(body: str, q: Quantity) -> Quantity:
    """``q`` as a rate when a denominator follows it ('$71 per barrel', '12 miles per hour')."""
    m = PER.match(body, q.end)
    if not m:
        return q
    per = m.group("per") or m.group("per_a")
    if per.lower() in ("cent", "percent"):
        return q
    unit = measure_unit(per) if m.group("per") else None
    if unit is not None:
        per = _denominator(per, unit)   # "per kWh", "/MWh", "per megawatt-hour" (as MWh)
    elif per[:1].isupper() and not per.isupper():
        return q
    if m.group("per_a") and _SINCE.match(body, m.end()):
        return q                        # "from $1.8bn a year earlier": when, not per what
    return replace(q, kind="rate", unit=f"{q.unit} per {per}", end=m.end(), rule=rules.RATE_PER, si=None,
                   si_factor=None)


@_reads("pence")
def _pence(a: Anchor) -> Quantity | None:
    if a.form != "digits":
        return None
    q = a.taken("money", "GBP", rules.MONEY_SUBUNIT, factor=a.bare.factor / 100, value=a.value / 100)
    return amount_change(a.body, q) or per_unit(a.body, q)


@_reads("sfx", "pence")
def _unread_suffix(a: Anchor) -> object | None:
    """Ordinals (29th), model numbers (747s), units we do not read."""
    return DROP


def _aged(a: Anchor) -> Quantity | None:
    if a.plow in _AGE_WORDS and a.sep == " ":
        return replace(a.bare, kind="age", unit="year", rule=rules.AGE_AGED)
    return None


def _stated_age(a: Anchor) -> Quantity | None:
    """'their average age was 58', 'a median age of 41': an age after the word age and a verb or 'of'."""
    if a.form != "digits" or a.sep != " " or a.plow not in ("was", "is", "of", "were") or a.bare.scale != 1:
        return None
    before, _ = prev_word(a.body, a.bare.start - len(a.prev) - 1)
    if before.lower() == "age" and 0 < a.value <= 120:
        return replace(a.bare, kind="age", unit="year", rule=rules.AGE_STATED)
    return None


def _magnitude(a: Anchor) -> Quantity | None:
    if a.plow == "magnitude" and a.sep == " ":
        return replace(a.bare, kind="measure", unit="magnitude", rule=rules.MEASURE_UNIT)
    return None


def _age_after_name(a: Anchor) -> Quantity | None:
    """'Smith, 45, said': a small whole number between commas after a name."""
    prev, plow, value = a.prev, a.plow, a.value
    if (a.form == "digits" and a.sep == ", " and prev.isalpha() and prev[0].isupper()
            and plow not in FUNCTION_WORDS_BEFORE_NUMBERS and plow not in MONTH_NUMBERS
            and plow not in WEEKDAY_NAMES and a.bare.scale == 1 and 1 <= value <= 110
            and value == value.to_integral_value() and re.match(r", [a-z]", a.body[a.m.end():a.m.end() + 3])):
        return replace(a.bare, kind="age", unit="year", rule=rules.AGE_NAME_COMMA)
    return None


# ---- dates, race distances and counts


def _year(a: Anchor) -> Quantity | None:
    if reads_as_year(a.m, a.form, a.bare.scale, a.plow, bool(a.bare.approx), a.counted):
        return replace(a.bare, kind="date", rule=rules.DATE_YEAR, normalized=a.m.group("digits"), unit=None)
    return None


def _race_metres(a: Anchor) -> Quantity | object | None:
    """'the 400m', '60m hurdles': metres, not millions; any other 'm' needs a counted noun."""
    if a.scale_word != "m":
        return None
    raw, found = a.bare.raw, a.counted
    after = a.body[a.m.end():a.m.end() + 9].split(" ", 2)
    if a.m.group("scale") == "m" and len(after) > 1 and after[0] == "" and after[1].rstrip(".,;") in SIZE_ADJECTIVES:
        return replace(a.bare, kind="measure", unit="m", rule=rules.MEASURE_METRES_SIZE, value=raw,
                       factor=Decimal(1), scale=1, dimension="length", si="m", si_factor=1.0)   # "1.85m tall"
    if raw in RACE_METRES and (not found or found[0].split(" ", 1)[0].lower() in RACE_WORDS):
        return replace(a.bare, kind="measure", unit="m", rule=rules.MEASURE_METRES, value=raw,
                       factor=Decimal(1), scale=1)
    return None if found else DROP


def _level(a: Anchor) -> Quantity | None:
    """'the index closed at 7,412', 'fell to 7,300 points': a bare number stated as a level."""
    if a.form != "digits" or a.counted and a.counted[0].lower() != "points":
        return None
    if a.counted and change_before(a.body, a.bare.start, a.counted[1]) is not None:
        return None                     # "closed at 2.5 points higher": a change
    verb = level_before(a.body, a.bare.start)
    if verb is None:
        return None
    end = a.counted[1] if a.counted else a.bare.end
    subject = subject_before(a.body, verb, verb=False)
    return replace(a.bare, kind="level", unit="points" if a.counted else None, rule=rules.LEVEL_AT, end=end,
                   obj=subject, obj_rule=rules.OBJECT_SUBJECT if subject else None)


def _compound(a: Anchor) -> Quantity | None:
    """'a five-judge panel', 'the 27-nation bloc': a count written as a modifier of a noun."""
    m = COMPOUND_COUNT.match(a.body, a.m.end())
    if not m or a.bare.scale > 1 or a.value != a.value.to_integral_value() or a.value < 2:
        return None
    noun = m.group("noun")
    if noun.lower() in COUNT_STOP or noun.lower() in TIME_UNITS or measure_unit(noun) is not None:
        return None
    obj = m.group("head")
    return replace(a.bare, kind="count", unit=noun, end=m.end("noun"), rule=rules.COUNT_MODIFIER, obj=obj,
                   obj_rule=rules.OBJECT_MODIFIED if obj else None)


def _count(a: Anchor) -> Quantity | object | None:
    if not a.counted:
        return None
    unit, end = a.counted
    if unit.rsplit(" ", 1)[-1].lower() in JUNK_UNITS:
        return DROP
    if a.form == "words" and a.m.group()[0].isupper() and unit[0].isupper():
        return DROP                     # "Six Nations" at the start of a sentence
    if unit.lower() == "points":
        ch = change_before(a.body, a.bare.start, end)
        if ch is not None and ch.direction is not None:       # "the index fell 45 points", "2.5 points higher"
            f = -1 if ch.direction == "down" else 1
            subject = subject_before(a.body, ch.verb_start, verb=False) if ch.verb_start < a.bare.start else None
            return replace(a.bare, kind="change", unit=unit, end=end, rule=rules.CHANGE_AMOUNT, value=a.value * f,
                           factor=a.bare.factor * f, direction=ch.direction, obj=ch.obj or subject,
                           obj_rule=rules.OBJECT_CHANGED if ch.obj else rules.OBJECT_SUBJECT)
    whole = a.value == a.value.to_integral_value()
    if PER.match(a.body, end):          # "20 points per game", "5 deaths per 100,000 people"
        q = replace(a.bare, kind="count", unit=unit, end=end, rule=rules.COUNT_NOUN)
        rate = per_unit(a.body, q)
        if rate is not q:
            return rate
    return replace(a.bare, kind="count" if whole else "measure", unit=unit, end=end,
                   rule=rules.COUNT_NOUN if whole else rules.MEASURE_NOUN,   # "2.5 points": an amount
                   obj=object_of(a.body, end),
                   anaphoric=a.form == "words" and a.value <= 12 and a.plow in ANAPHORIC_DETERMINERS)


#: A group noun right before a bare number: "a crowd of 9,340", "the union's 45,000", "the union, whose 45,000".
_GROUP_BEFORE = re.compile(rf"\b(?P<noun>{alt(GROUP_COUNTS)})(?:[ ]of|['’]s|,[ ]whose)[ ]$", re.IGNORECASE)


def _group_count(a: Anchor) -> Quantity | None:
    """A bare number counted by the group noun before it (rule count.group): the crowd's people, the
    union's members; the group is the object."""
    if a.counted or a.bare.scale == 1 and a.value < 2:
        return None
    m = _GROUP_BEFORE.search(a.body, max(0, a.bare.start - 40), a.bare.start)
    if m is None:
        return None
    noun = m.group("noun")
    obj = (subject_before(a.body, m.end("noun"), verb=False) or noun).rsplit(" of ", 1)[-1]   # not "front of a crowd"
    return replace(a.bare, kind="count", unit=GROUP_COUNTS[noun.lower()], rule=rules.COUNT_GROUP, obj=obj,
                   obj_rule=rules.OBJECT_SUBJECT)


READERS: tuple[Reader, ...] = (
    _percent, _percentage_points, _basis_points, _times, _currency_word, _currency_code, _abbreviated_scale,
    _temperature, _years_old, _duration, _measure, _pence, _unread_suffix, _aged, _stated_age, _magnitude,
    _age_after_name, _year, _race_metres, _level, _compound, _count, _group_count,
)
"""The readers of a number in digits or words, in the order they are tried."""

READERS_BY_GROUP: dict[str | None, tuple[Reader, ...]] = {
    group: tuple(r for r in READERS if r not in _GROUPS_READ or group in _GROUPS_READ[r])
    for group in {_GROUP_OF.get(name, name) for name in RIGHT.groupindex} | {None}
}
"""For each right-context group (None: no right context), :data:`READERS` that read a number
followed by it, in order: a reader declared for other groups (:func:`_reads`) is skipped."""


# ---- rows of bare figures under a header that gives their currency and scale

_TABLE_SCALES = {"000s": 1000, "'000": 1000, "thousands": 1000}


def table_money(body: str, qs: list[Quantity]) -> list[Quantity]:
    """Bare figures in the rows under 'in EUR million' (short lines with a figure) as money in that currency and scale:
    the first figure of each row, with the row's label as its object (rules money.table, object.label)."""
    if "\n" not in body:
        return qs
    blocks = []
    for h in _short_line_headers(body):
        end = _rows_end(body, h.end())
        cur = h.group("cur")
        code = CURRENCY_SYMBOLS.get(cur, cur) if not cur.isalpha() else CURRENCY_PREFIX_WORDS.get(cur, cur)
        scale = _TABLE_SCALES.get(h.group("scale").lower()) or scale_of(h.group("scale"))
        blocks.append((h.end(), end, code, scale))
    if not blocks:
        return qs
    out, last_line = list(qs), -1
    for i, q in enumerate(out):
        block = next((b for b in blocks if b[0] < q.start < b[1]), None)
        line = body.rfind("\n", 0, q.start) + 1
        if block is None or line == last_line or q.kind == "date":
            continue                    # "2024: 1,200": the year labels the row
        last_line = line
        if q.kind is not None or q.form != "digits" or q.scale != 1 or q.approx:
            continue
        label = body[line:q.start].strip().rstrip(":").strip()
        out[i] = replace(q, kind="money", unit=block[2], rule=rules.MONEY_TABLE, value=q.value * block[3],
                         factor=q.factor * block[3], obj=label or None, obj_rule=rules.OBJECT_LABEL if label else None)
    return out


def _short_line_headers(body: str) -> list[re.Match[str]]:
    """Header lines ('in EUR million'), tried on short lines only (no scan of the prose)."""
    found, start, n = [], 0, len(body)
    while start < n:
        end = body.find("\n", start)
        end = n if end < 0 else end
        if 4 < end - start <= 90:
            h = TABLE_SCALE_HEADER.match(body, start, end)
            if h:
                found.append(h)
        start = end + 1
    return found


def _rows_end(body: str, pos: int) -> int:
    """Where the rows after a header end: at the first line that is no short line with a figure."""
    while pos < len(body):
        while body.startswith("\n", pos):
            pos += 1
        end = body.find("\n", pos)
        end = len(body) if end < 0 else end
        line = body[pos:end]
        if not line or len(line) > 80 or not any(c.isdigit() for c in line) or line.rstrip().endswith("."):
            return pos
        pos = end
    return pos


# ---- race and finishing times written like a clock


def clock_durations(body: str) -> list[Quantity]:
    """'won in 2:05:11', 'a course record of 2:04:10', a results line 'Jane Doe (USA) 2:21:09': a time taken,
    in seconds. A clock figure after 'at', with 'a.m.' or a time zone, or anywhere else stays a time of day."""
    out = []
    for m in _clock_figures(body):
        s, e = m.span()
        if CLOCK_OF_DAY_AFTER.match(body, e) or not _clock_is_taken(body, m):
            continue
        a, b, c, f = (int(m.group(g)) if m.group(g) else 0 for g in "abcf")
        seconds = Decimal(a * 3600 + b * 60 + c if m.group("c") else a * 60 + b)
        if m.group("f"):
            seconds += Decimal(f) / 10 ** len(m.group("f"))
        ends_line = e == len(body) or body[e] == "\n"
        label = _RESULT_LABEL.fullmatch(body, body.rfind("\n", 0, s) + 1, s) if ends_line else None
        obj = label.group("who") if label else None
        out.append(Quantity("duration", s, e, seconds, rules.DURATION_CLOCK, raw=seconds, unit="second", obj=obj,
                            obj_rule=rules.OBJECT_LABEL if obj else None))
    return out


#: A results line before its time: "3. Ana Ruiz (ESP) " -> who ran it.
_RESULT_LABEL = re.compile(r"(?:\d{1,3}[.)]?[ ]+)?(?P<who>[A-Z][^\n\d()]{1,60}?)[ ]*(?:\([A-Za-z .]{2,30}\))?[ ]+")


def _clock_figures(body: str) -> list[re.Match[str]]:
    """Clock figures, found from the colons with a digit before them (no scan of every character)."""
    found, i = [], body.find(":")
    while i > 0:
        if body[i - 1].isdigit() and body[i + 1:i + 3].isdigit():
            m = CLOCK_FIGURE.match(body, max(0, i - 3), i + 12) or CLOCK_FIGURE.match(body, max(0, i - 2), i + 12) \
                or CLOCK_FIGURE.match(body, i - 1, i + 12)
            if m and m.start("b") == i + 1 and (not found or m.start() >= found[-1].end()):
                found.append(m)
        i = body.find(":", i + 1)
    return found


def _clock_is_taken(body: str, m: re.Match[str]) -> bool:
    """A clock figure is a time taken after 'in', 'clocked', 'record of', or alone at the end of a results line."""
    prev, sep = prev_word(body, m.start())
    plow = prev.lower()
    if sep == " " and plow in CLOCK_DURATION_LEFT:
        return True
    if sep == " " and plow == "of":
        before, _ = prev_word(body, m.start() - len(prev) - 1)
        return before.lower() in CLOCK_DURATION_OF
    line_end = m.end() == len(body) or body[m.end()] == "\n"
    return bool(m.group("c") and line_end and sep == " " and (prev.endswith(")") or prev[:1].isupper()))


# ---- fractions, "half" and "a decade"


def _fraction(body: str, m: re.Match[str]) -> Quantity | None:
    s, e = m.span()
    text = m.group()
    value = parse_fraction(text)
    if value is None or OF_A_SCALE.match(body, e):
        return None
    hedge, hstart = hedge_before(body, s)
    pp = PP_AFTER.match(body, e) or OF_A_POINT.match(body, e)
    if pp:                              # "a quarter percentage point", "a quarter of a percentage point"
        return _point_change(body, hstart, pp.end(), value, hedge, "frac")
    has_of = OF.match(body, e) is not None
    prev, _ = prev_word(body, s)
    verb = word_after(body, e)
    if verb in PLURAL_SHARE_VERBS or hedge and verb in SHARE_SUBJECT_VERBS:
        return _share_subject(body, hstart, e, value, hedge, "frac")     # "a quarter say", "nearly a third said"
    if "-" not in text and not has_of and not (prev.lower() == "by" and "quarter" not in text.lower()):
        return None                     # "a third term", "a quarter earlier"
    return Quantity("proportion", hstart, e, value, rules.PROPORTION_FRACTION, raw=value, approx=hedge,
                    form="frac", obj=object_of(body, e))


def _share_subject(body: str, start: int, end: int, value: Decimal, hedge: str | None, form: str) -> Quantity:
    """A bare share that is its clause's subject ("half said", "a quarter say"): a proportion of a
    group named before it ("Among voters, half said": see :func:`~pipelines.text.facts.objects.with_object`)."""
    return Quantity("proportion", start, end, value, rules.PROPORTION_SUBJECT, raw=value, approx=hedge, form=form)


def _point_change(body: str, start: int, end: int, value: Decimal, hedge: str | None, form: str) -> Quantity:
    """A change of a fraction of a percentage point ('rose by a quarter of a percentage point')."""
    ch = change_before(body, start, end)
    f = -1 if ch is not None and ch.direction == "down" else 1
    return Quantity("change", start, end, value * f, rules.CHANGE_POINTS, raw=value, factor=Decimal(f),
                    unit="percentage point", approx=hedge, form=form, direction=ch.direction if ch else None)


def _half(body: str, m: re.Match[str]) -> Quantity | None:
    s, e = m.span()
    if body[s - 1:s] == "-" or (body[e:e + 1] == "-" and not HALF_DUR.match(body, e)):
        return None                     # "fly-half", "half-time"
    prev, _ = prev_word(body, s)
    if prev.lower() in _NOT_HALF_OF:
        return None
    hedge, hstart = hedge_before(body, s)
    half = Decimal("0.5")
    pp = HALF_PP.match(body, e)
    if pp:                              # "half a percentage point"
        return _point_change(body, hstart, pp.end(), half, hedge, "half")
    d = HALF_DUR.match(body, e)
    if d:
        unit, mult = TIME_UNITS.get(d.group("u"), (d.group("u"), 1))
        if unit == "season":
            return None
        return Quantity("duration", hstart, d.end(), half * mult, rules.DURATION_HALF, raw=half,
                        factor=Decimal(mult), unit=unit, approx=hedge, form="half")
    n = HALF_NP.match(body, e)
    if not n:
        if word_after(body, e) in SHARE_SUBJECT_VERBS:
            return _share_subject(body, hstart, e, half, hedge, "half")      # "Half said", "nearly half took"
        return None
    return Quantity("proportion", hstart, e, half, rules.PROPORTION_HALF, raw=half, approx=hedge,
                    form="half", obj=object_at(body, n.end()))


def _article(body: str, m: re.Match[str]) -> Quantity | None:
    s, e = m.span()
    u = ART_UNIT.match(body, e)
    if not u:
        return None
    unit, mult = TIME_UNITS[u.group("u")]
    hedge, hstart = hedge_before(body, s)
    prev, _ = prev_word(body, hstart)
    plow = prev.lower()
    if not (hedge or unit in ("decade", "century") or plow in _DURATION_LEFT) or _AGO.match(body, u.end()):
        return None                     # "a year ago", "a decade ago", "twice a year", "$5 a day"
    if plow in ("once", "twice", "times", "per", "of") or prev[:1].isdigit() or prev[:1] in "$£€":
        return None
    return Quantity("duration", hstart, u.end(), Decimal(mult), rules.DURATION_ARTICLE, factor=Decimal(mult),
                    unit=unit, approx=hedge, form="art")


FORM_READERS: dict[str, Callable[[str, re.Match[str]], Quantity | None]] = {
    "frac": _fraction, "half": _half, "art": _article,
}
"""Readers of the forms that are never bare numbers: fractions, ``half``, ``a decade``."""
