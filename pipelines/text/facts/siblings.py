"""What a figure takes from another figure or the subject of its sentence: the currency of its
cents, the denominator of a rate it is compared with, and whether an amount is a currency's price.

``Petrol rose 4.1 cents to €1.61`` is euro cents; ``a dividend of €0.64 per share, up from
€0.58`` and ``$2,310 a tonne, compared with $2,190 a year earlier`` state two rates; in
``sterling was steady at $1.2710`` the amount is an exchange rate, the level of a currency.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import groupby

from pipelines.text.facts import rules
from pipelines.text.facts.patterns import LINK_BEFORE
from pipelines.text.facts.quantity import Quantity, replace
from pipelines.text.lexicon.currencies import CENT_CURRENCIES, CURRENCY_NAMES
from pipelines.text.lexicon.english import DETERMINERS

#: How far apart in size two amounts of one rate may be (a factor either way).
_SIZE = Decimal("1.5")
_CENT_CODE = CURRENCY_NAMES["cents"]


def _currency(q: Quantity) -> str | None:
    """The currency of a money, change or rate figure ("EUR per litre" -> "EUR"), else None."""
    if q.kind not in ("money", "change", "rate") or not q.unit:
        return None
    code = q.unit.split(" per ", 1)[0]
    return code if len(code) == 3 and code.isupper() else None


def _is_cents(body: str, q: Quantity) -> bool:
    return q.rule == rules.MONEY_SUBUNIT and q.unit == _CENT_CODE and "cent" in body[q.start:q.end].lower()


def _cents_currency(body: str, q: Quantity, sentence: list[Quantity]) -> Quantity:
    """Cents in the currency of the nearest other amount of the sentence that is counted in cents."""
    others = [(abs(o.start - q.start), code) for o in sentence if o is not q
              and (code := _currency(o)) in CENT_CURRENCIES and not _is_cents(body, o)]
    if not others:
        return q
    code = min(others)[1]
    return q if code == q.unit else replace(q, unit=code, rule=rules.MONEY_SUBUNIT_SENTENCE)


def _compared_rate(body: str, q: Quantity, before: list[Quantity]) -> Quantity:
    """A money amount right after a comparison word takes the denominator of the nearest rate
    before it in the sentence in its currency, when the two are of a size."""
    if q.kind != "money" or not LINK_BEFORE.search(body, max(0, q.start - 20), q.start):
        return q
    for r in reversed(before):
        if r.kind == "rate" and _currency(r) == q.unit and " per " in (r.unit or ""):
            if r.value > 0 and 1 / _SIZE <= q.value / r.value <= _SIZE:
                return replace(q, kind="rate", unit=r.unit, rule=rules.RATE_SHARED, si=None, si_factor=None)
            return q
    return q


#: How far apart in size a bare number and the count it is compared with may be (a factor either way).
_COUNT_SIZE = Decimal(3)


def _compared_count(body: str, q: Quantity, before: list[Quantity]) -> Quantity:
    """A bare number right after a comparison word counts what the nearest count before it in the
    sentence counts, when the two are of a size ("412 people had a stroke, against 517 in the
    placebo group"; "climbed to 1,200 units, from 960 a year earlier")."""
    if q.kind is not None or not LINK_BEFORE.search(body, max(0, q.start - 20), q.start):
        return q
    for c in reversed(before):
        if c.kind == "count" and c.unit:
            if c.value > 0 and 1 / _COUNT_SIZE <= q.value / c.value <= _COUNT_SIZE:
                return replace(q, kind="count", unit=c.unit, rule=rules.COUNT_SHARED)
            return q
    return q


def sentence_units(body: str, qs: list[Quantity]) -> list[Quantity]:
    """``qs`` (in body order) with cents in their sentence's currency, compared amounts as rates and
    compared bare numbers as counts of the same thing."""
    out: list[Quantity] = []
    for _, group in groupby(qs, key=lambda q: q.sent):
        sentence = list(group)
        done: list[Quantity] = []
        for q in sentence:
            if _is_cents(body, q):
                q = _cents_currency(body, q, sentence)
            done.append(_compared_count(body, _compared_rate(body, q, done), done))
        out.extend(done)
    return out


def exchange_rates(qs: list[Quantity]) -> list[Quantity]:
    """Money whose subject is another currency ("sterling was steady at $1.2710", "the dollar rose
    to 152.40 yen") is that currency's exchange rate: a level in the currency it is priced in."""
    out = []
    for q in qs:
        words = (q.obj or "").split()
        name = " ".join(words[1:] if words and words[0].lower() in DETERMINERS else words).lower()
        code = CURRENCY_NAMES.get(name)
        if q.kind == "money" and q.obj_rule in (rules.OBJECT_SUBJECT, rules.OBJECT_SHARED) and code and code != q.unit:
            q = replace(q, kind="level", rule=rules.LEVEL_EXCHANGE_RATE)
        out.append(q)
    return out
