"""Repeats: the headline printed again, a paragraph printed twice, a teaser of a later paragraph."""
from __future__ import annotations

import re

from pipelines.text.clean import rules as R
from pipelines.text.clean.doc import Doc
from pipelines.text.clean.shapes import norm, words

_ELLIPSIS_END = re.compile(r"\s*(?:\.\.\.|…)\s*(?:[\[(]?(?:more|read more)[\])]?)?\s*$", re.I)
_MAX_CONTAINMENT_PARAS = 400


def cut_doubled_headline(doc: Doc, first_content: int) -> None:
    """The headline printed twice on one line (the first live line above the prose)."""
    header = [i for i in doc.live() if i < first_content]
    if not header:
        return
    p0 = doc.paras[header[0]]
    half = len(p0) // 2
    for a, b in ((p0[:half], p0[half:]), (p0[: (len(p0) - 1) // 2], p0[(len(p0) + 1) // 2:])):
        if a and a == b and words(a) >= 2:
            doc.paras[header[0]] = a
            doc.removed.append((header[0], R.REPEAT_HEADLINE, b))
            break


def _strip_ellipsis(p: str) -> str:
    head, tail = p[:-40], p[-40:]
    return head + _ELLIPSIS_END.sub("", tail)


def drop_repeats(doc: Doc, title: str | None) -> None:
    """Repeated headline and paragraphs, then teasers (maybe cut short with an ellipsis) of a longer paragraph."""
    paras = doc.paras
    title_norm = norm(title) if title else None
    seen: set[str] = set()
    norms: dict[int, str] = {}
    for i in doc.live():
        key = norm(paras[i])
        if not key:
            continue
        if title_norm and (key == title_norm or key == title_norm * 2):
            doc.drop(i, R.REPEAT_HEADLINE)
            continue
        if key in seen and len(key) >= 20:
            doc.drop(i, R.REPEAT_PARAGRAPH)
            continue
        seen.add(key)
        norms[i] = key
    _drop_teasers(doc, norms)


def _drop_teasers(doc: Doc, norms: dict[int, str]) -> None:
    """A paragraph that begins, or is contained in, a longer live paragraph is its teaser or standfirst."""
    paras = doc.paras
    items = [(i, norm(_strip_ellipsis(paras[i])) if paras[i][-3:].rstrip()[-1:] in (".", "…", "]", ")") else key)
             for i, key in norms.items() if doc.alive[i]]
    by_prefix: dict[str, list[int]] = {}
    for i, key in norms.items():
        by_prefix.setdefault(key[:40], []).append(i)
    contained = len(items) <= _MAX_CONTAINMENT_PARAS
    for i, short in items:
        if len(short) < 40:
            continue
        hit = any(j != i and doc.alive[j] and len(norms[j]) > len(short) and norms[j].startswith(short)
                  for j in by_prefix.get(short[:40], ()))
        if not hit and contained and len(short) >= 60:
            hit = any(j != i and doc.alive[j] and len(norms[j]) > len(short) and short in norms[j] for j, _ in items)
        if hit:
            doc.drop(i, R.REPEAT_TEASER)
