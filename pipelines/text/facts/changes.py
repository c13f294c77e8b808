"""Whether an amount is a change and which way it goes, read from the words around it; changes
stated by a verb of multiplying with no number (``net profit more than doubled``).

``shares fell 0.41 percent`` and ``up 9% on last year`` are changes, not shares of anything;
``pulled the energy sector 1.2 percent lower`` and ``a 5% rise`` are too. The subject of the
change (``shares``, ``the energy sector``) is what the change measures: see
:func:`change_object`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from pipelines.text.common import alt
from pipelines.text.facts import rules
from pipelines.text.facts.phrases import object_at
from pipelines.text.facts.quantity import Quantity, hedge_before, prev_word, replace
from pipelines.text.facts.subjects import only_premodifiers, subject_before

from pipelines.text.lexicon.changes import (
    DOWN_AFTER, DOWN_BEFORE, DOWN_NOUNS, DOWN_TRANSITIVE, DOWN_VERBS, LEVEL_LABEL_ADJECTIVES, LEVEL_VERBS, MULTIPLE_MATCH_NOUNS,
    MULTIPLE_NOT_AFTER, MULTIPLE_VERBS, UP_AFTER, UP_BEFORE, UP_NOUNS, UP_TRANSITIVE, UP_VERBS,
)
from pipelines.text.lexicon.english import DETERMINERS, POSSESSIVE_DETERMINERS
from pipelines.text.lexicon.units import QUANTITY_PREMODIFIERS
from pipelines.text.lexicon.hedges import HEDGE_WORDS

#: Words between a verb of change and its amount ("rose by a further 2%", "fell just over 3%").
_BETWEEN = HEDGE_WORDS | frozenset("by a an further additional another extra some just only still its their between".split())
#: Hedge words between "to", "from" or "at" and a level: "slid to just 20m euros", "rose to almost 5%".
_HEDGED = (HEDGE_WORDS | frozenset(("just", "only"))) - frozenset(("to", "from", "at", "by"))
_TOKEN = re.compile(r"[\w'’.-]+|[,;:()\"“”]")
_CLAUSE_END = frozenset(",;:()\"“”")
_WORD_AFTER = re.compile(r"[ ]([a-z]+)")


@dataclass(frozen=True, slots=True)
class Change:
    direction: str | None           # "up", "down" or None when the text does not say
    verb_start: int                 # where the word of change starts (the subject ends before it)
    obj: str | None = None          # the phrase between a transitive verb and the amount
    intransitive: bool = False      # read from "rose", "fell", "up", "down" right before the amount


def _tokens_before(body: str, pos: int, width: int = 90) -> list[re.Match[str]]:
    lo = max(0, pos - width)
    return list(_TOKEN.finditer(body, lo, pos))


def word_after(body: str, end: int) -> str:
    """The lower-case word right after ``end`` and a space ("" when none): "rise" in "a 5% rise"."""
    m = _WORD_AFTER.match(body, end, end + 16)
    return m.group(1) if m else ""


def change_before(body: str, start: int, end: int, percent: bool = False) -> Change | None:
    """The change an amount at ``start:end`` states, from the words before and right after it;
    ``percent``: the amount is a percentage, which a transitive verb changes ('lifted rates 0.25%')."""
    toks = _tokens_before(body, start)
    after_word = word_after(body, end)
    later = UP_AFTER if after_word in UP_AFTER else DOWN_AFTER if after_word in DOWN_AFTER else None
    if percent and after_word in _COMPARATIVES and _THAN.match(body, end + 1 + len(after_word)):
        after_word = _COMPARATIVES[after_word]  # "earn 19% less than men", "spent 26% more than a year ago": a change
    link = next((t.group().lower() for t in reversed(toks) if t.group().lower() not in _HEDGED), "")
    if link in ("from", "to", "at"):
        return _after_only(start, after_word, later)     # "rose from 4% to (just) 5%": levels, not changes
    for back, t in enumerate(reversed(toks)):
        low = t.group().lower()
        if low in _CLAUSE_END or back > 5:
            break
        if low in UP_VERBS or low in UP_BEFORE or low in DOWN_VERBS or low in DOWN_BEFORE:
            up = low in UP_VERBS or low in UP_BEFORE
            return Change("up" if up else "down", t.start(), intransitive=True)
        if low == "edged" and later is not None:
            return Change("up" if later is UP_AFTER else "down", t.start())
        if low in UP_TRANSITIVE or low in DOWN_TRANSITIVE:
            if back and (later is None and toks[-1].group().lower() != "by" and not percent):
                return None             # "cut 500 jobs"
            obj = body[t.end():toks[-1].end()].strip() if back else None
            if obj and (obj.lower().endswith(" by") or obj.lower() == "by"):
                obj = obj[:-2].strip()  # "cut X by 5%"; "was cut by 5%": no object after the passive
            up = low in UP_TRANSITIVE if later is None else later is UP_AFTER
            return Change("up" if up else "down", t.start(), obj or None)
        if low == "of" and back == 0 and len(toks) > 1:
            noun = toks[-2].group().lower()
            if noun in UP_NOUNS or noun in DOWN_NOUNS:       # "an increase of 5%"
                return Change("up" if noun in UP_NOUNS else "down", toks[-2].start())
            return None
        if low not in _BETWEEN and not low.endswith("ly"):
            return _transitive(body, toks, back, later, percent) or _after_only(start, after_word, later)
    return _after_only(start, after_word, later)


#: "by" right before an amount a transitive verb changes something by: "cut costs by (a further) $5bn".
_BY_BEFORE = re.compile(r"[ ]by[ ](?:(?:another|a[ ]further|an[ ]extra|an[ ]additional)[ ])?$")


def by_before(body: str, start: int) -> bool:
    """'by' (maybe 'by a further') right before ``start``."""
    return bool(_BY_BEFORE.search(body, max(0, start - 24), start))


def changed_by(body: str, start: int) -> str | None:
    """What a verb of change with an object changes by the amount at ``start``: 'reduce costs by $5bn a year'
    -> 'costs', 'cut sentences by a third' -> 'sentences'; None after an intransitive one ('rose by a third')."""
    if not by_before(body, start):
        return None
    ch = change_before(body, start, start)
    return ch.obj if ch is not None and not ch.intransitive else None


#: Words that start no object of a verb: a preposition after an intransitive verb ("rose from a revised 0.6%"), a particle.
_NOT_AN_OBJECT = frozenset("from to at by in on of for with back away off".split())
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _has_figure(obj: str) -> bool:
    """A figure in a would-be object, but not a year ("grew between 4% and"; not "its 2004 dividend")."""
    return any(c.isdigit() for c in _YEAR.sub("", obj))


def _transitive(body: str, toks: list[re.Match[str]], back: int, later, percent: bool) -> Change | None:
    """'cut rates by 25 basis points', 'pulled the energy sector 1.2 percent lower'."""
    by = back >= 1 and toks[len(toks) - back].group().lower() == "by"     # "cut X by (an extra) $5bn"
    if not (by or later is not None or percent):
        return None
    for k in range(back, min(len(toks), back + 6)):
        t = toks[len(toks) - 1 - k]
        low = t.group().lower()
        if low in _CLAUSE_END:
            return None
        if low in UP_TRANSITIVE or low in DOWN_TRANSITIVE or low in UP_VERBS or low in DOWN_VERBS:
            end = toks[len(toks) - back - 1].end() if by else toks[-1].end()
            obj = body[t.end():end].strip() or None
            if obj and (_has_figure(obj) or obj.split(" ", 1)[0].lower() in _NOT_AN_OBJECT or only_premodifiers(obj.split(" "))):
                obj = None              # "grew between 4% and": another amount; "rose from a revised", "rose a
                # seasonally adjusted (0.5%)": no object
            up = (low in UP_TRANSITIVE or low in UP_VERBS) if later is None else later is UP_AFTER
            return Change("up" if up else "down", t.start(), obj)
    return None


#: "more" and "less" after a percentage state a change only before "than" ("5% more of the shares" is a share);
#: the comparative of the same direction that :func:`_after_only` reads as one.
_COMPARATIVES = {"more": "higher", "less": "lower"}
_THAN = re.compile(r"[ ]than[ ]")


def _after_only(start: int, after_word: str, later) -> Change | None:
    if later is not None and after_word not in ("up", "down", "more", "less"):
        return Change("up" if later is UP_AFTER else "down", start)   # "a 5% rise", "1.2 percent lower"
    return None


#: Words between "at" or "to" and a level that belong to the level's own phrase ("at a record 41,286").
_LEVEL_PREMODIFIERS = QUANTITY_PREMODIFIERS | LEVEL_LABEL_ADJECTIVES


def level_before(body: str, start: int) -> int | None:
    """Where the verb starts when an amount is a stated level ('closed at 7,412', 'fell to 5%')."""
    toks = _tokens_before(body, start, 60)
    if len(toks) > 3 and toks[-1].group().lower() in _LEVEL_PREMODIFIERS and toks[-2].group().lower() in ("a", "an"):
        del toks[-2:]                   # "closed at a record 41,286", "rose to an all-time 5,000"; not "to a 53-37 win"
    if len(toks) < 2 or toks[-1].group().lower() not in ("at", "to", "from"):
        return None
    for t in reversed(toks[-6:-1]):
        low = t.group().lower()
        if low in _CLAUSE_END:
            return None
        if low in LEVEL_VERBS or low in UP_VERBS or low in DOWN_VERBS:
            return t.start()
    return None


#: The gap between a change and the same change restated in percent: "fell 120 points, or 0.5%".
_RESTATED_GAP = re.compile(r",?[ ]or[ ](?:about[ ]|around[ ]|nearly[ ]|almost[ ]|some[ ])?")


def restated_changes(body: str, qs: list[Quantity]) -> list[Quantity]:
    """A percentage right after a change and 'or' is the same change in percent ('the index fell 120 points,
    or 0.5%'): a change with that change's direction and object (rule change.percent)."""
    out = list(qs)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if not (a.kind == "change" and a.direction and b.kind == "proportion" and b.rule == rules.PROPORTION_PERCENT
                and a.sent == b.sent and _RESTATED_GAP.fullmatch(body, a.end, b.start)):
            continue
        f = Decimal(-100 if a.direction == "down" else 100)
        out[i] = replace(b, kind="change", unit="percent", rule=rules.CHANGE_PERCENT, value=b.value * f,
                         factor=b.factor * f, direction=a.direction, obj=a.obj, obj_rule=a.obj_rule)
    return out


_MULTIPLE = re.compile(rf"\b(?:{alt(MULTIPLE_VERBS)})\b(?:[ ](?P<next>[a-z]+))?")


def multiples(body: str) -> list[Quantity]:
    """'net profit more than doubled', 'the firm halved its deficit': a change in percent with no
    number written (+100%, -50%); not 'doubled as a venue', 'doubled over', 'a doubled dose'."""
    out = []
    for m in _MULTIPLE.finditer(body):
        s, e = m.start(), m.end(0) - (len(m.group("next")) + 1 if m.group("next") else 0)
        prev, _ = prev_word(body, s)
        if m.group("next") in MULTIPLE_NOT_AFTER or prev.lower() in DETERMINERS:
            continue
        pct = MULTIPLE_VERBS[body[s:e]]
        hedge, hstart = hedge_before(body, s)
        moved = object_at(body, e + 1) if m.group("next") in POSSESSIVE_DETERMINERS | {"the"} else None
        if moved and moved.rsplit(" ", 1)[-1].lower() in MULTIPLE_MATCH_NOUNS:
            continue                    # "doubled their lead": a goal
        obj = moved or subject_before(body, hstart, verb=False)
        out.append(Quantity("change", hstart, e, Decimal(pct), rules.CHANGE_MULTIPLE, raw=Decimal(pct), unit="percent",
                            approx=hedge, form="words", direction="up" if pct > 0 else "down", obj=obj,
                            obj_rule=(rules.OBJECT_CHANGED if moved else rules.OBJECT_SUBJECT) if obj else None))
    return out
