"""A figure whose sentence opens with only its label ('The figure, up from 4.1%, ...', 'This total was
$3bn') is about what the last figure of the sentence before is about: the label points back to it."""
from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.text.common import alt
from pipelines.text.facts import rules
from pipelines.text.facts.quantity import Quantity, replace
from pipelines.text.lexicon.english import FIGURE_LABEL_ADJECTIVES, FIGURE_LABELS

#: A sentence that opens with a figure's label and reaches its figure with no other noun phrase between:
#: "The figure, up from", "This latest total is", "That number rose to", "Now the figure is", "In 2003 the figure was".
_LABEL_OPENING = re.compile(
    r"[\"“‘']?(?:(?:Now|But|And|So|Yet|Today|However|Since[ ]then|In[ ]\d{4}),?[ ](?=[a-z]))?"
    rf"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)[ ](?:(?:{alt(FIGURE_LABEL_ADJECTIVES)})[ ])?(?:{alt(FIGURE_LABELS)})"
    r"(?:,[ ](?:up|down)[ ](?:from|on)[ ](?:about[ ]|around[ ]|a[ ]|the[ ])?"
    r"|[ ](?:(?:is|was|are|were|has|had|now|also|then|will|would|could|have)[ ]){0,2}"
    r"(?:(?:rose|fell|stood|was|is|reached|climbed|dropped|rising|falling|up|down|at|to|of|from|by|been|be|"
    r"jumped|increased|decreased|grew|slipped|hit)[ ]){0,2}"
    r"(?:(?:about|around|nearly|almost|just|some|over|under)[ ])?)$")
#: Kinds a percentage can be read as: a label over one of them may point back to any of them.
_PERCENT_KINDS = frozenset(("proportion", "level", "change"))
#: Kinds whose object is what they count or date: their label never points back.
_OWN_KINDS = frozenset(("count", "date", "duration", "age", "score", "ratio"))


def _alike(a: Quantity, b: Quantity) -> bool:
    """Two figures a label could name alike: both percentages, or amounts in one unit."""
    if a.kind in _PERCENT_KINDS and b.kind in _PERCENT_KINDS:
        return a.unit in (None, "percent") and b.unit in (None, "percent")
    return a.kind == b.kind and a.unit == b.unit


def label_antecedents(body: str, facts: list[Quantity], starts: Sequence[int]) -> list[Quantity]:
    """``facts`` (in body order), each object-less first figure of a sentence that opens with only its
    label given the object of the last figure of the sentence before (rule ``object.label_antecedent``)."""
    out = list(facts)
    last: Quantity | None = None        # the last figure before ``b`` that is not a date
    for i, b in enumerate(facts):
        a = last
        if (a is not None and b.obj is None and b.kind not in _OWN_KINDS and a.sent == b.sent - 1 and a.obj
                and _alike(a, b) and _LABEL_OPENING.fullmatch(body, starts[b.sent], b.start)):
            out[i] = replace(b, obj=a.obj, obj_rule=rules.OBJECT_LABEL_ANTECEDENT)
        last = out[i] if b.kind != "date" else last
    return out
