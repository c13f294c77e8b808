"""How the word lists are written: words separated by white space, or phrases by commas."""
from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text``."""
    return frozenset(text.split())


def phrases(text: str) -> frozenset[str]:
    """The comma-separated phrases of ``text``, stripped."""
    return frozenset(p.strip() for p in text.split(",") if p.strip())
