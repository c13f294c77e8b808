"""Text -> paragraphs: blank-line blocks, each line of a block a paragraph unless the block is hard-wrapped prose."""
from __future__ import annotations

import re

from pipelines.text.clean.shapes import TERMINAL

_HSPACE = re.compile(r"[^\S\n]+")
_BULLET = re.compile(r"^(?:[-*•·–—▪►]|\d{1,2}[.)])\s")


def _wrapped(lines: list[str]) -> bool:
    """A block of hard-wrapped prose (lines cut at a fixed width)?"""
    n = len(lines)
    if n < 2 or sum(1 for x in lines if _BULLET.match(x)) >= 2:
        return False
    longest = max(len(x) for x in lines)
    if not 50 <= longest <= 110:
        return False
    if n == 2:
        a, b = lines
        return len(a) >= 0.75 * longest and not TERMINAL.search(a[-8:]) and not a.endswith(":") and b[:1].islower()
    long_lines = [x for x in lines if len(x) >= 0.75 * longest]
    if len(long_lines) < 0.6 * n:
        return False
    open_ended = sum(1 for x in long_lines if not TERMINAL.search(x[-8:]))
    return open_ended >= 0.5 * len(long_lines)


def _join_wrapped(lines: list[str]) -> list[str]:
    longest = max(len(x) for x in lines)
    out: list[str] = []
    cur = ""
    for line in lines:
        if cur.endswith("-") and line[:1].islower() and cur[-2:-1].isalpha():
            cur += line
        else:
            cur = f"{cur} {line}" if cur else line
        if len(line) < 0.75 * longest:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of ``text``: one line each, inner whitespace collapsed to single spaces."""
    paragraphs: list[str] = []
    for block in re.split(r"\n[^\S\n]*\n", text):
        lines = [_HSPACE.sub(" ", x).strip() for x in block.split("\n")]
        lines = [x for x in lines if x]
        if not lines:
            continue
        paragraphs.extend(_join_wrapped(lines) if _wrapped(lines) else lines)
    return paragraphs
