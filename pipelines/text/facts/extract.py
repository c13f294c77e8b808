"""The fact extractor's phases, from a body and its sentences to Fact rows."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from pipelines.records import Fact, Sentence
from pipelines.text.common import alt, stable_id
from pipelines.text.facts import rules
from pipelines.text.facts.changes import multiples, restated_changes
from pipelines.text.facts.dates import (
    adjectival_object, dates, event_of, horizon_matches, horizons, relative_dates, with_relatives,
)
from pipelines.text.facts.display import calendar_date, display, readable
from pipelines.text.facts.groups import group_roots
from pipelines.text.facts.joins import join_neighbours
from pipelines.text.facts.labels import label_antecedents
from pipelines.text.facts.objects import OBJECT_STOP, with_object
from pipelines.text.facts.patterns import LINK_BEFORE, LINK_GAP
from pipelines.text.facts.quantity import Quantity, replace
from pipelines.text.facts.readers import clock_durations, read_anchor, table_money
from pipelines.text.facts.siblings import exchange_rates, sentence_units
from pipelines.text.facts.traps import Overlaps, blocked_spans, overlap_index
from pipelines.text.lexicon.changes import (
    DOWN_AFTER, DOWN_TRANSITIVE, DOWN_VERBS, LEVEL_VERBS, UP_AFTER, UP_TRANSITIVE, UP_VERBS,
)
from pipelines.text.numbers import digit_starts, iter_number_matches


def extract_facts(doc_id: str, body: str, sentences: Sequence[Sentence]) -> list[Fact]:
    """Quantitative facts of one document body, in body order (see :mod:`pipelines.text.facts`)."""
    if not body or not sentences:
        return []
    starts = [s.char_start for s in sentences]
    digits = digit_starts(body)
    blocked = blocked_spans(body, digits)
    is_blocked = overlap_index(blocked)
    spans = horizon_matches(body)
    times = [d for d in dates(body) + relative_dates(body, spans) if not is_blocked(d.start, d.end)] + horizons(
        spans, is_blocked) + clock_durations(body) + multiples(body)
    is_taken = overlap_index(sorted(blocked + [(d.start, d.end) for d in times]))
    times = [replace(d, sent=_sentence_at(starts, d.start)) for d in times]
    qs = table_money(body, sorted(_anchors(body, digits, is_taken, starts) + times, key=lambda q: q.start))
    read = restated_changes(body, _kept(sentence_units(body, join_neighbours(body, qs))))
    facts = exchange_rates(label_antecedents(body, _shared_objects(body, [
        with_object(body, q, sentences[q.sent].char_start) for q in _one_per_span(read, sentences)]), starts))
    rows = with_relatives(body, sentences, _rows(doc_id, body, sentences, facts, group_roots(body, facts)))
    return [Fact.model_validate(row) for row in rows]


def _sentence_at(starts: list[int], pos: int) -> int:
    return max(bisect.bisect_right(starts, pos) - 1, 0)


def _anchors(body: str, digits: list[int], is_taken: Overlaps, starts: list[int]) -> list[Quantity]:
    """Every number outside blocked spans and dates, read; a number inside an earlier one's span is skipped."""
    qs: list[Quantity] = []
    last_end = -1
    for m in iter_number_matches(body, digits):
        s, e = m.span()
        if s < last_end or is_taken(s, e):
            continue
        q = read_anchor(body, m)
        if q is None:
            continue
        qs.append(replace(q, sent=_sentence_at(starts, s)))
        last_end = q.end
    return qs


def _kept(qs: list[Quantity]) -> list[Quantity]:
    """Drop bare numbers, anaphoric counts ('the two leaders') and counts of one ('one must')."""
    return [q for q in qs if q.kind is not None and not (
        q.kind == "count" and (q.anaphoric or (q.value == 1 and q.scale == 1)))]


def _one_per_span(qs: list[Quantity], sentences: Sequence[Sentence]) -> list[Quantity]:
    """One fact per span (a later anchor may sit inside an earlier fact's unit), never across sentences."""
    facts: list[Quantity] = []
    for q in qs:
        if facts and q.start < facts[-1].end:
            continue
        sent = sentences[q.sent]
        if q.start < sent.char_start or q.end > sent.char_end:
            continue
        facts.append(q)
    return facts


_SHARES_OBJECT = frozenset(("money", "change", "level", "rate", "proportion"))
#: The words between two figures about one thing: "rose 12% to $1.2bn", "to 5.1%, up from 4.9%".
#: A coordinate clause with a subject of its own: "... with 21% and Peru came second with 18%".
_NEW_SUBJECT = re.compile(r"\b(?:and|but|while|whereas)[ ](?:the[ ])?[A-Z]")
#: The gap before the time a figure is spread over: "£2bn over five years", "up 40% in two years".
_SPAN_GAP = re.compile(r"[ ](?:over|in|within|across)[ ](?:the[ ](?:next|past|last|coming|following)[ ])?")
#: The gap between the set scores of one match: "6-4 6-2", "6-7 (7-2) 6-4".
_SET_GAP = re.compile(r"[ ]?[()]?[ ]?")
#: Kinds stated of a clause's subject, which a second verb after "and" keeps ("weighs 201g and is 8.9mm thick").
_SAME_SUBJECT = _SHARES_OBJECT | {"measure", "temperature"}
#: A change compared with another time right after its figure: "(14.27m tonnes of crops,) 24% higher than in 2003".
_COMPARED_AFTER = re.compile(rf"[ ](?:{alt(UP_AFTER | DOWN_AFTER)})[ ]than\b")
_AND_VERB = re.compile(r"(?:[ ][a-z]+)?[ ](?:and|but)[ ](?:is|are|was|were|has|have|had|will|can|[a-z]+s|[a-z]+ed)\b[a-z ]{0,30}")
#: The gap before an amount converted into another currency: "$144m (£75m)", "68m euros ($89m; £47m)".
_CONVERSION_GAP = re.compile(r"[ ]?\([ ]?|[ ]?[;:/,][ ]?")
#: Words in a gap that start a new statement about something else ("..., but profits fell to").
_NEW_CLAUSE = (UP_VERBS | DOWN_VERBS | UP_TRANSITIVE | DOWN_TRANSITIVE | LEVEL_VERBS
               | frozenset("but while whereas and which who said says its their his her".split()))


#: A verb right after a share with no noun of its own: "48% said", "30% were".
_VERB_AFTER = re.compile(rf"[ ](?:{'|'.join(sorted(w for w in OBJECT_STOP if w.isalpha()))})\b")


#: A second verb with no subject of its own after the first figure's object: ", but imported ", " and sold ".
_SECOND_VERB = re.compile(r",?[ ](?:and|but)[ ](?:then[ ]|also[ ])?[a-z]{3,}(?:ed|ent|ought|old|ew|ade|ook)[ ]$")
#: What sits between an amount and its object: "£5bn of goods", "£5bn worth of goods".
_OBJECT_LINK = re.compile(r"[ ](?:worth[ ])?of[ ]")


def _coordinated(body: str, a: Quantity, gap: str) -> bool:
    """'exported £16.9bn of goods, but imported £21.5bn': a second past verb right after the first figure's
    object, with no subject or object of its own, takes the same object; not 'and profits fell 5%'."""
    if a.obj_rule not in (rules.OBJECT_MONEY, rules.OBJECT_OF) or a.kind != "money":
        return False
    link = _OBJECT_LINK.match(gap)
    if not link or not gap.startswith(a.obj, link.end()):
        return False
    return bool(_SECOND_VERB.fullmatch(gap, link.end() + len(a.obj)))


def _money_change(q: Quantity) -> bool:
    """A change written as an amount of money ('rose by £7bn'): its unit an ISO code."""
    return q.kind == "change" and q.rule == rules.CHANGE_AMOUNT and bool(q.unit) and len(q.unit) == 3 and q.unit.isupper()


def _converted(a: Quantity, b: Quantity) -> Quantity:
    """``b``, the same amount as ``a`` in another currency (or its alternative): its object, and its change when
    ``a`` is one."""
    if a.kind != "change":
        return replace(b, obj=a.obj, obj_rule=rules.OBJECT_SHARED)
    f = -1 if a.direction == "down" else 1
    return replace(b, kind="change", rule=rules.CHANGE_AMOUNT, value=b.value * f, factor=b.factor * f,
                   direction=a.direction, obj=a.obj, obj_rule=rules.OBJECT_SHARED)


#: A link right after a conversion in brackets: "rose to $5bn (£2.7bn) from (£4bn)", "(£2.7bn), up from".
_AFTER_CONVERSION = re.compile(r"\),?[ ](?:up[ ]|down[ ])?(?:from|to|against|compared[ ]with)[ ]")


def _shared_objects(body: str, facts: list[Quantity]) -> list[Quantity]:
    """A figure right after another in its sentence, with no object of its own, is about the same thing:
    'net profit rose 12% to $1.2bn', 'revenue of $5bn, up 9%', 'rose to 5.1% from 4.9%' (rule object.shared).
    A figure linked to the one before by 'to', 'from' or 'or' alone takes its object over the phrase
    read before it ('raised its rate by half a point to 5.25%')."""
    out = list(facts)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.kind == "date" and b.kind != "date" and i >= 2 and out[i - 2].kind != "date":
            a = out[i - 2]              # "profits fell 9% last year to £6.2bn": past the date between them
        if (a.obj and a.kind == b.kind == "proportion" and b.obj is None and b.sent == a.sent + 1
                and a.obj_rule == rules.OBJECT_OF and _VERB_AFTER.match(body, b.end)
                and body[a.end:b.start].count("%") == 0):
            out[i] = replace(b, obj=a.obj, obj_rule=rules.OBJECT_SHARED)   # "62% of voters ... . 48% said"
            continue
        gap = body[a.end:b.start]
        if (b.kind == "change" and b.obj is None and a.kind in ("measure", "count") and (a.obj or a.unit)
                and a.sent == b.sent and "," in gap and len(gap) <= 60 and _COMPARED_AFTER.match(body, b.end)
                and not _NEW_SUBJECT.search(gap)):
            out[i] = replace(b, obj=a.obj or a.unit, obj_rule=rules.OBJECT_SHARED)   # "3m containers, 12% fewer than"
            continue
        if not (a.obj and a.sent == b.sent):
            continue
        if (a.kind == b.kind == "proportion" and b.obj is None and len(gap) <= 90 and ";" not in gap
                and not _NEW_SUBJECT.search(gap)):
            out[i] = replace(b, obj=a.obj, obj_rule=rules.OBJECT_SHARED)   # "44% of voters ..., against 34% who"
            continue
        if (b.kind == "duration" and a.kind in _SHARES_OBJECT and b.obj is None and _SPAN_GAP.fullmatch(gap)):
            out[i] = replace(b, obj=a.obj, obj_rule=rules.OBJECT_SHARED)   # "£2bn on roads over five years"
            continue
        if a.kind == b.kind == "score" and b.obj is None and _SET_GAP.fullmatch(gap):
            out[i] = replace(b, obj=a.obj, obj_rule=rules.OBJECT_SHARED)   # "beat X 6-4 6-2": one match
            continue
        if a.kind in _SAME_SUBJECT and b.kind in _SAME_SUBJECT and b.obj is None and _AND_VERB.fullmatch(gap):
            out[i] = replace(b, obj=a.obj, obj_rule=rules.OBJECT_SHARED)   # "weighs 201g and is 8.9mm thick"
            continue
        if not (b.kind in _SHARES_OBJECT and a.kind in _SHARES_OBJECT):
            continue
        if ((a.kind == b.kind == "money" or _money_change(a) and b.kind == "money") and _CONVERSION_GAP.fullmatch(gap)
                and b.obj_rule in (None, rules.OBJECT_SUBJECT) and ("(" in gap or body[b.end:b.end + 2].startswith((")", " )")))):
            out[i] = _converted(a, b)   # "$144m (£75m)": the same amount; "cut costs by $5bn (£2.7bn)": the same change
            continue
        if b.obj is None and _coordinated(body, a, gap):
            out[i] = replace(b, obj=a.obj, obj_rule=rules.OBJECT_COORDINATED)   # "exported £5bn of goods but imported £7bn"
            continue
        if b.obj is None and _AFTER_CONVERSION.fullmatch(gap):
            out[i] = replace(b, obj=a.obj, obj_rule=rules.OBJECT_SHARED)   # "to $5bn (£2.7bn) from $4bn"
            continue
        if any(c in gap for c in ";:()"):
            continue
        linked = LINK_BEFORE.search(gap) and len(gap) <= 60 and not any(
            w.strip(",").lower() in _NEW_CLAUSE for w in gap.split())
        if b.obj is None and (len(gap) <= 24 or linked) or (
                LINK_GAP.fullmatch(gap) and b.obj_rule in (None, rules.OBJECT_SUBJECT)):
            alternative = _money_change(a) and b.kind == "money" and gap == " or "     # "raise taxes by £10bn or £11bn"
            out[i] = _converted(a, b) if alternative else replace(b, obj=a.obj, obj_rule=rules.OBJECT_SHARED)
    return out


def _num(x: Decimal | None) -> float | None:
    return None if x is None else float(x)


def _object(body: str, q: Quantity, sent: Sentence) -> tuple[str | None, str | None]:
    """The object and its rule: the reader's, else what a date dates or the noun a hyphenated
    duration qualifies."""
    if q.obj:
        return q.obj, q.obj_rule
    if q.kind == "ratio" and q.unit:
        return q.unit, rules.OBJECT_RATIO   # "20 of the 27 cases": a share of the cases
    found = None
    if q.kind == "date":
        found, rule = event_of(body, q.start, q.end, q.rule, sent.char_start, sent.char_end), rules.OBJECT_DATE_EVENT
    elif q.kind == "duration":
        found, rule = adjectival_object(body, q.end), rules.OBJECT_DURATION_NOUN
    return (found, rule) if found else (None, None)


def _rows(doc_id: str, body: str, sentences: Sequence[Sentence], facts: list[Quantity],
          roots: list[int]) -> list[dict[str, Any]]:
    """The fields of each fact's row (made into a Fact once :func:`with_relatives` has added to dates)."""
    sizes = Counter(roots)
    out: list[dict[str, Any]] = []
    for q, root in zip(facts, roots):
        sent = sentences[q.sent]
        group_id = stable_id(doc_id, "group", facts[root].start) if sizes[root] > 1 else None
        value, high, unit = readable(q.kind, q.rule, float(q.value), _num(q.value_high), q.unit, q.normalized)
        surface = body[q.start:q.end]
        obj, obj_rule = _object(body, q, sent)
        out.append(dict(
            fact_id=stable_id(doc_id, q.start, q.end, q.kind), doc_id=doc_id, kind=q.kind,
            value=value, value_high=high, total=_num(q.total), unit=unit,
            object=obj, approx=q.approx, normalized=q.normalized,
            display=display(q.kind, q.rule, value, high, _num(q.total), unit, q.normalized, surface),
            date=calendar_date(q.kind, q.normalized), surface=surface,
            char_start=q.start, char_end=q.end, sentence_idx=sent.sentence_idx, sentence=sent.text,
            group_id=group_id, rule=q.rule, value_b=_num(q.value_b), direction=q.direction,
            unit_canonical=q.si if q.si_factor is not None else None,
            value_canonical=None if q.si_factor is None else value * q.si_factor,
            dimension=q.dimension, object_rule=obj_rule))
    return out
