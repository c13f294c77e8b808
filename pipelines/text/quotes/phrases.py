"""A speaker phrase trimmed to the words that name the speaker (``trim_phrase``).

Spaces, commas, a stray full stop, a time or an emphatic reflexive after it ("the EOC last
year", "the partnership itself"), leading connectives
("But"), a free relative ("What the minister ..."), a fronted adverbial before "the X" or a
pronoun ("At first he") go; ``speakers.resolve_np`` reads what is left.
"""
from __future__ import annotations

import re

from pipelines.text.lexicon.calendar import WEEKDAY_NAMES
from pipelines.text.quotes.patterns import LEADING_JUNK

_ABBREV_END = re.compile(r"\b(?:[A-Z]|Jr|Sr|Inc|Ltd|Co|Corp|St)\.$")
_TRAILING_PRONOUN = re.compile(r"(?:^|[\s,])(?P<p>[Hh]e|[Ss]he|[Ii]t|[Tt]hey)$")
#: A fronted adverbial written without its comma before a subject opening with "the/its/their".
#: "What the minister described as": a free relative, whose subject is the speaker.
_FREE_RELATIVE = re.compile(r"(?i:what)\s+(?=(?:the|a|an|his|her|its|their)\s|[A-Z])")
_FRONTED_BEFORE_NP = re.compile(
    r"(?:In|At|On|After|During|Earlier|Later)\s+(?:[\w'’\-]+\s+){1,6}?(?=(?:the|its|their)\s+[a-z][\w\-]*$)"
)


#: A time after a noun phrase, which it does not name ("the EOC last year", "Smith on Monday").
_TRAILING_TIME = re.compile(
    r"\s+(?:(?:last|this|next|earlier this|late last|early last)\s+(?:year|week|month|night|spring|summer|autumn|"
    rf"winter|weekend)|yesterday|today|on\s+(?:{'|'.join(sorted(d.capitalize() for d in WEEKDAY_NAMES))}))$")


#: An emphatic reflexive after a noun phrase ("the partnership itself", "the minister herself").
_TRAILING_SELF = re.compile(r"\s+(?:itself|himself|herself|themselves)$")


def trim_phrase(body: str, start: int, end: int) -> tuple[int, int] | None:
    """The phrase without spaces, commas, a stray full stop, leading connectives ("But") or
    a fronted adverbial before a pronoun ("At first he"); None when nothing is left."""
    seg = body[start:end]
    start += len(seg) - len(seg.lstrip(" ,"))
    seg = body[start:end].rstrip(" ,-–—")
    if seg.endswith(".") and not _ABBREV_END.search(seg):
        seg = seg[:-1].rstrip()  # '... said Bill Ford."' with a stray mark after the full stop
    end = start + len(seg)
    when = _TRAILING_TIME.search(seg) or _TRAILING_SELF.search(seg)
    if when is not None and when.start() > 0:
        seg = seg[:when.start()]  # "the EOC last year", "the ministry on Monday": the body
        end = start + len(seg)
    m = LEADING_JUNK.match(seg)
    if m and m.end() < len(seg):
        start += m.end()
        seg = body[start:end]
    if not seg:
        return None
    free = _FREE_RELATIVE.match(seg)
    if free is not None and free.end() < len(seg):
        start += free.end()
        seg = body[start:end]
    fronted = _FRONTED_BEFORE_NP.match(seg)
    if fronted is not None:
        return start + fronted.end(), end  # "In a briefing the federation": the federation
    tail = _TRAILING_PRONOUN.search(seg)
    if tail is not None and tail.start() > 0:
        # "At first he", "On Monday she", "In a statement, it": the pronoun is the subject
        start += tail.start("p")
    return start, end
