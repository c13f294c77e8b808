"""Decoded text -> headline, publisher and a clean body.

The text is split into paragraphs (``paragraphs``: blank-line blocks; single lines inside a
block are paragraphs too unless the block is hard-wrapped prose). Every paragraph that
cleaning drops is kept in ``Cleaned.removed`` with the name of the rule that dropped it;
``rules`` declares every rule once, with a description and an example.

Rules are general page-furniture patterns, never strings from one site (the phrases live in
``pipelines.text.lexicon.pagejunk``):

* ``junk``: whole-line junk vocabularies (a line made *only* of such phrases, in any
  combination, is junk), sentence patterns (calls to action, paywalls, credits, copyright,
  embeds...), link rows, bylines, timestamps and lines with no letters;
* ``blocks``: related lists, comment sections and forms, runs of link-like lines, glued list
  markers and "Read more" suffixes;
* ``meta``: the title, the publisher, author names beside removed meta lines, date lines above
  the article, the site describing itself;
* ``repeats``: the headline, a paragraph or a teaser printed again.

A line that reads like reported speech ("... said.") is never taken by a sentence
pattern, and real sentences are never taken by the whole-line vocabularies.
"""
from __future__ import annotations

from pipelines.text.clean.rules import RULES
from pipelines.text.common import lazy_exports

__all__ = ["Cleaned", "RULES", "clean_text", "split_paragraphs"]
__getattr__ = lazy_exports(__name__, {"Cleaned": "doc", "clean_text": "cleaner", "split_paragraphs": "paragraphs"})
