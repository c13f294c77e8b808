"""Quotations and who said them.

``extract_quotes`` finds quoted text in a cleaned body, classifies it and attributes it, in
phases, one module each:

* ``marks``: quote marks and their roles, paired into parts. Straight and curly double
  quotes, ``„ « »``, and single quotes when they clearly quote; an apostrophe inside a word
  (``Korea’s``) or an elision (``’90s``, ``rock 'n' roll``) is never a quote mark. A quote
  never crosses a line break unless the news continuation convention applies (a quote left
  open at the end of a paragraph continues when the next paragraph opens with a quote mark;
  likewise inside one paragraph after a sentence end); each paragraph's part is its own
  Quote. A quote left open with no continuation takes the rest of its paragraph only when it
  opened a sentence and that rest is at most 400 characters; otherwise it stops at its first
  sentence end. A quote inside another is part of the outer text. The text of a quote
  excludes the marks, surrounding spaces and a trailing comma before the closing mark.
* ``context``: the document as attribution sees it (quotes masked, mentions, sentences).
* ``kinds``: ``direct``, ``partial`` or ``term``, decided with the attribution that
  ``attribution`` reads around the quote (``subjects`` finds subject spans, ``speakers`` and
  ``pronouns`` say who a phrase or pronoun names).
* ``carry``: chains of parts share a speaker; a stand-alone quote carries over the previous
  speaker or the reported speech just before it.

Every row names the rule that produced it (``rules``); the word lists are in
``pipelines.text.lexicon.speech``.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from collections.abc import Sequence

from pipelines.records import EntityMention, Quote, QuoteKind, Sentence
from pipelines.text.common import stable_id
from pipelines.text.quotes.carry import carry_fragments, carry_over, share_chains
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.kinds import classify_parts, share_sentence_cue, unattributed_rule
from pipelines.text.quotes.marks import QuotePart, find_parts
from pipelines.text.quotes.speakers import Attribution, speaker_rule

__all__ = ["extract_quotes"]


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
