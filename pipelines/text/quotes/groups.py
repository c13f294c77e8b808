"""Who a plural group speaks for: "the researchers wrote", "campaigners said", "the parents said".

``group_org_span`` returns the span of the organisation the article introduced the group with,
the latest of: the group at, from or of it ("Researchers at the Marram Institute"), the group
named by it in the quote's paragraph ("the Brenmoor Book Awards judges"), a group of
them named in an apposition ("A group of parents, the Friends of Elm Library,"), an
organisation introduced as a group of a kind ("Keep Dunmore Green, a residents' group,"), and
for researchers, scientists and authors the author of the last study or report the article
spoke of ("The study, run by the Tarn Sleep Consortium"). None when the article gave none:
"critics said" names nobody.
"""
from __future__ import annotations

import re

from pipelines.text.lexicon import speech
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.patterns import alt
from pipelines.text.quotes.sources import last_author

#: "the researchers", "campaigners", "local residents".
GROUP_PHRASE = re.compile(
    rf"(?:(?:the|these|those|some|many|local|fellow)\s+)?(?:[a-z][\w'’\-]*\s+)?(?P<noun>{alt(speech.GROUP_SPEAKER_NOUNS)})",
    re.IGNORECASE,
)
_LOOKBACK = 1500
_KIND_APPOSITION = re.compile(
    rf",\s+(?:a|an|the)\s+(?:(?!\bof\b)[^,;:_]){{0,40}}?\b(?:{alt(speech.GROUP_KIND_NOUNS)})\b", re.IGNORECASE
)
_WRITTEN_NAME = re.compile(r"[A-Z][\w'’&\-]*(?:\s+(?:[A-Z][\w'’&\-]*|of|for|and|the)(?=\s+[A-Z]|\s*[,.;:]))*")
#: A capitalised name ending right before a group noun, after its article ("the Brenmoor Book Awards").
_NAME_BEFORE = re.compile(r"(?:\b(?i:the)\s+)?(?P<name>(?!(?:The|A|An)\s)[A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*){0,5})$")
_RESEARCHERS = frozenset({"researchers", "scientists", "academics", "authors"})


def group_org_span(ctx: QuoteContext, seg: str, start: int) -> tuple[int, int] | None:
    """The span naming the organisation the group ``seg`` (at ``start``) speaks for, or None."""
    m = GROUP_PHRASE.fullmatch(seg)
    if m is None:
        return None
    noun = m.group("noun").lower()
    lo = max(0, start - _LOOKBACK)
    found: list[tuple[int, int]] = []
    member = re.compile(rf"\b{re.escape(noun)}\s+(?:at|from|of|with|for)\s+(?:the\s+)?", re.IGNORECASE)
    named = re.compile(rf"\bgroup\s+of\s+(?:[a-z]+\s+)?{re.escape(noun)},?\s+(?:the\s+)?", re.IGNORECASE)
    for pattern in (member, named):
        for w in pattern.finditer(ctx.masked, lo, start):
            span = _org_at(ctx, w.end(), written=True)
            if span is not None:
                found.append(span)
    owned = _owner_before(ctx, noun, max(lo, ctx.masked.rfind("\n", 0, start) + 1), start)
    if owned is not None:
        found.append(owned)
    for mm in ctx.mentions:
        # (a name typed as a person is a group when the article says it is one)
        if lo <= mm.char_start and mm.char_end <= start and mm.type in ("ORG", "PERSON") and ctx.outside_quotes(mm) \
                and _KIND_APPOSITION.match(ctx.masked, mm.char_end):
            found.append((mm.char_start, mm.char_end))
    if noun in _RESEARCHERS:
        span = last_author(ctx, next(f for f in speech.DOCUMENT_FAMILIES if "study" in f), start)
        if span is not None:
            found.append(span)
    return max(found) if found else None


def _owner_before(ctx: QuoteContext, noun: str, lo: int, start: int) -> tuple[int, int] | None:
    """The organisation the group is named by in the paragraph before ``start``, written right
    before the noun ("the Brenmoor Book Awards judges", "Harrowfield Festival organisers"): the
    last such organisation mention (a person's name there is not one: "Ana Ruiz's judges")."""
    best = None
    for w in re.compile(rf"\s+{re.escape(noun)}\b", re.IGNORECASE).finditer(ctx.masked, lo, start):
        ments = [mm for mm in ctx.overlapping(max(lo, w.start() - 80), w.start()) if mm.char_end == w.start()]
        if ments:
            if ments[-1].type == "ORG":
                best = (ments[-1].char_start, ments[-1].char_end)
            continue
        name = _NAME_BEFORE.search(ctx.masked, max(lo, w.start() - 80), w.start())
        if name is not None and len(name.group("name").split()) >= 2:
            best = (name.start("name"), name.end("name"))  # a name of two words or more no mention covers
    return best


def _org_at(ctx: QuoteContext, at: int, written: bool) -> tuple[int, int] | None:
    """An organisation mention starting at ``at``; with ``written``, a name no mention covers too."""
    for mm in ctx.overlapping(at, at + 80):
        if mm.char_start == at:
            return (mm.char_start, mm.char_end) if mm.type == "ORG" else None
    if written:
        w = _WRITTEN_NAME.match(ctx.masked, at)
        return (w.start(), w.end()) if w is not None else None
    return None
