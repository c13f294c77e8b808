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
from pipelines.text.common import lazy_exports

__all__ = ["extract_quotes"]
__getattr__ = lazy_exports(__name__, {"extract_quotes": "extract"})
