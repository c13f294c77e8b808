"""``extract_quotes``: the phases of :mod:`pipelines.text.quotes`, in order, and the rows they give."""
from __future__ import annotations

import bisect
from dataclasses import replace
from collections.abc import Sequence

from pipelines.records import EntityMention, Quote, QuoteKind, Sentence
from pipelines.text.common import stable_id
from pipelines.text.quotes.capitals import capital_speaker
from pipelines.text.quotes.carry import carry_fragments, carry_over, share_chains
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.kinds import classify_parts, share_sentence_cue, unattributed_rule
from pipelines.text.quotes.marks import QuotePart, find_parts
from pipelines.text.quotes.speakers import Attribution, speaker_rule

def extract_quotes(
    doc_id: str,
    body: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[EntityMention],
) -> list[Quote]:
    """Quotes of ``body`` with kind, speaker and the rule that found them (see module doc)."""
    if not body:
        return []
    blocks, parts = find_parts(body)
    if not parts:
        return []
    ctx = QuoteContext(body, parts, mentions)
    kinds, attrs = classify_parts(ctx, blocks, parts)
    share_sentence_cue(ctx, blocks, parts, kinds, attrs)
    share_chains(parts, kinds, attrs)
    carry_over(ctx, blocks, parts, kinds, attrs)
    carry_fragments(ctx, blocks, parts, kinds, attrs)
    return _rows(doc_id, body, sentences, parts, kinds, attrs)


def _rows(doc_id: str, body: str, sentences: Sequence[Sentence], parts: list[QuotePart],
          kinds: list[QuoteKind], attrs: list[Attribution | None]) -> list[Quote]:
    sent_starts = [s.char_start for s in sentences]
    out: list[Quote] = []
    for p, a, k in zip(parts, attrs, kinds):
        si = bisect.bisect_right(sent_starts, p.start) - 1 if sent_starts else 0
        if a is None:
            a = Attribution(None, None, None, None, unattributed_rule(k, body, p))
        else:
            a = replace(a, rule=speaker_rule(a))
            a = capital_speaker(a, body)
        out.append(Quote(
            quote_id=stable_id(doc_id, p.start, p.end),
            doc_id=doc_id,
            text=body[p.start:p.end],
            kind=k,
            speaker=a.speaker,
            speaker_entity_id=None,
            speaker_surface=a.surface,
            cue=a.cue,
            addressee=a.addressee,
            char_start=p.start,
            char_end=p.end,
            sentence_idx=max(si, 0),
            rule=a.rule,
        ))
    return out
