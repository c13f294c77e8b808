"""A quantity being read, and what the text right before a number says about it."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter

from pipelines.text.facts.patterns import HEDGE_LEFT
from pipelines.text.lexicon.hedges import HEDGES

#: What a sentence can end with: a word after one of these starts a sentence.
SENTENCE_END = (".", "!", "?", ":", '"', "”", "’")


@dataclass(slots=True)
class Quantity:
    """A quantity being read: kind None means a bare number still waiting for a partner.

    Never changed once made (:func:`replace` makes a changed copy). Not declared frozen: a frozen
    dataclass sets each of these fields through ``object.__setattr__``, which makes building one,
    the fact stage's commonest step, three times slower."""

    kind: str | None
    start: int
    end: int
    value: Decimal
    rule: str
    raw: Decimal = Decimal(1)       # the number as written, before scale and unit factors
    factor: Decimal = Decimal(1)    # value = raw * factor
    scale: int = 1                  # scale written with the number (m, bn, million)
    unit: str | None = None
    value_high: Decimal | None = None
    total: Decimal | None = None
    obj: str | None = None
    approx: str | None = None
    normalized: str | None = None
    form: str = "digits"
    prev: str = ""
    anaphoric: bool = False
    sent: int = 0
    value_b: Decimal | None = None      # the other side of a score
    direction: str | None = None        # "up" or "down" for a change
    dimension: str | None = None        # what a measure's unit measures (pint)
    si: str | None = None               # the SI unit of that dimension
    si_factor: float | None = None      # one `unit` in `si`
    obj_rule: str | None = None


_values = attrgetter(*Quantity.__slots__)
_INDEX = {name: i for i, name in enumerate(Quantity.__slots__)}


def replace(q: Quantity, **changes: object) -> Quantity:
    """``dataclasses.replace`` for a Quantity, without its per-call walk over the fields: a
    quantity is re-made several times on its way to a fact, so this is the fact stage's
    commonest call (about three times as fast)."""
    values = list(_values(q))
    for name, value in changes.items():
        values[_INDEX[name]] = value
    return Quantity(*values)


def prev_word(body: str, pos: int) -> tuple[str, str]:
    """The word before ``pos`` and its separator (``' '`` or ``', '``); ``''`` when none."""
    if pos < 2 or body[pos - 1] != " ":
        return "", ""
    k, sep = pos - 1, " "
    if body[k - 1] == ",":
        k, sep = k - 1, ", "
    seg = body[max(0, k - 30):k]
    if not seg or seg[-1].isspace():
        return "", sep
    word = seg.rsplit(None, 1)[-1].lstrip("(\"'“‘[")
    return word, sep


def is_name(word: str) -> bool:
    """A capitalised or camel-case token that is not a possessive: 'Boeing', 'iPhone', 'A320'."""
    if not word or word.endswith(("'s", "’s", "s'")) or not any(c.isalpha() for c in word):
        return False
    return word[0].isupper() or any(c.isupper() or c.isdigit() for c in word[1:])


#: What the word right before a hedged number ends with: the last word of a hedge ("than", "nearly").
_HEDGE_ENDS = tuple({hedge.split()[-1] for hedge in HEDGES})


def hedge_before(body: str, pos: int) -> tuple[str | None, int]:
    """The hedge written right before ``pos`` ('more than') and where it starts."""
    if body[pos - 1:pos] != " ":
        return None, pos
    words = body[max(0, pos - 16):pos].split()
    if not words or not words[-1].lower().endswith(_HEDGE_ENDS):
        return None, pos                # most numbers: no hedge's last word before them
    m = HEDGE_LEFT.search(body, max(0, pos - 16), pos)
    if not m:
        return None, pos
    return " ".join(m.group("h").lower().split()), m.start()
