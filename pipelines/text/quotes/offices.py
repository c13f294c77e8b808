"""Who holds an office "the <role>" names: ``introduced_with_role`` (the person the article
introduced with that role: "Foreign Secretary Jack Straw", "Jack Straw, the foreign secretary,")
and ``speaks_of_role`` (a person who cannot be that office holder: one holding another office of
that name, "shadow chancellor X", or one who spoke of the office holder as somebody else).
"""
from __future__ import annotations

import bisect
import re

from pipelines.records import EntityMention
from pipelines.text.lexicon import speech
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.patterns import alt

#: "Jack Straw, the foreign secretary," / "Jack Straw who is the ...": never a bare "X the prime
#: minister said", where "the prime minister" is a new subject ("According to X the minister said").
_APPOSED_ROLE = re.compile(
    r"(?:,\s+(?:who\s+is\s+|who\s+was\s+)?|\s+who\s+(?:is|was)\s+)(?:the|a|an|its|his|her)\s+([^,.;:()\"“”]{1,60})")


def speaks_of_role(ctx: QuoteContext, m: EntityMention, role: str, start: int) -> bool:
    """Whether the person of ``m`` holds another office of that name ("shadow chancellor
    Oliver Letwin") or spoke of "the <role>" as somebody else before ``start`` ("Vince Cable
    said the chancellor had failed"): then they are not "the <role>"."""
    words = r"\s+".join(re.escape(w) for w in role.split())
    the_role = re.compile(rf"\bthe\s+{words}\b", re.IGNORECASE)
    other = re.compile(rf"\b(?:{alt(speech.OTHER_OFFICE_QUALIFIERS)})-?\s*{words}\s+(?:\w+\.?\s+)?$", re.IGNORECASE)
    for mm in ctx.persons:
        if mm.char_start >= start:
            break
        if mm.local_name != m.local_name:
            continue
        if other.search(ctx.body, max(0, mm.char_start - 60), mm.char_start):
            return True
        k = bisect.bisect_right(ctx.term_ends, mm.char_end)
        s_end = min(ctx.term_ends[k] if k < len(ctx.term_ends) else len(ctx.body), start)
        if the_role.search(ctx.masked, mm.char_end, s_end):
            return True
    return False


def introduced_with_role(ctx: QuoteContext, start: int, words: list[str]) -> EntityMention | None:
    """The last person before ``start`` introduced with the role ``words`` ("Foreign Secretary
    Jack Straw", "Jack Straw, the foreign secretary,")."""
    role_re = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.IGNORECASE)
    best = None
    for mm in ctx.persons:
        if mm.char_start >= start:
            break
        before = ctx.body[max(0, mm.char_start - 60):mm.char_start]
        after = ctx.body[mm.char_end:mm.char_end + 80]
        rb = role_re.search(before)
        qualifier = before[:rb.start()].split()[-1:] if rb is not None else []
        if qualifier and qualifier[0].lower().rstrip("-") in speech.OTHER_OFFICE_QUALIFIERS \
                and qualifier[0].lower().rstrip("-") not in (w.lower() for w in words):
            rb = None  # "Deputy Prime Minister John Prescott" holds no "prime minister" office
        if rb is not None and rb.end() >= len(before) - 6:
            best = mm  # "Foreign Secretary Jack Straw" / "foreign secretary Mr Straw"
            continue
        ra = _APPOSED_ROLE.match(after)
        if ra is not None and role_re.search(ra.group(1)):
            best = mm  # "Jack Straw, the foreign secretary,"
    return best
