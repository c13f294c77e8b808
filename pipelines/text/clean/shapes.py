"""What a paragraph looks like: prose, a headline, a link; and the key paragraphs are compared by."""
from __future__ import annotations

import re
import string

from pipelines.text.lexicon import speech

TERMINAL = re.compile(r"[.!?…](?:[\"'”’»)\]]+)?$")
PERIOD_END = re.compile(r"(?:[.…]|\.\.\.)(?:[\"'”’»)\]]+)?$")
ELLIPSIS = re.compile(r"(?:\.\.\.|…)$")
# reporting verbs (lexicon.speech): a line that reads like reported speech is never page junk
REPORTED_SPEECH = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in speech.REPORTED_SPEECH_MARKERS)})\b", re.I)
LETTER = re.compile(r"[^\W\d_]")

_NORM_TABLE = str.maketrans("", "", string.punctuation + string.whitespace + "“”‘’„‚«»‹›—–‐‑…·•\u00a0\u2009\u202f¡¿")
_LINK_SMALL_WORDS = {"and", "&", "of", "the", "in", "to", "for", "a", "on", "with", "at", "by", "-", "–", "|"}


def norm(s: str) -> str:
    """Comparison key: case-folded letters and digits only."""
    return s.casefold().translate(_NORM_TABLE)


def words(s: str) -> int:
    return s.count(" ") + 1


def is_content(s: str) -> bool:
    """A paragraph that reads as article prose rather than a heading or a label."""
    n = words(s)
    if n >= 26:
        return True
    if PERIOD_END.search(s[-8:]):
        return n > 15 or not ELLIPSIS.search(s[-4:])
    return n >= 15 and bool(TERMINAL.search(s[-8:]))


def headline_like(s: str, max_words: int = 25) -> bool:
    n = words(s)
    return (
        n <= max_words
        and len(s) <= 220
        and (not PERIOD_END.search(s[-8:]) or (n <= 15 and bool(ELLIPSIS.search(s[-4:]))))
        and not s.endswith((",", ";", ":"))
        and bool(LETTER.search(s))
    )


def link_like(s: str, max_words: int) -> bool:
    """A short Title Case label with no sentence punctuation: a menu item or a name."""
    if words(s) > max_words or len(s) > 40 or TERMINAL.search(s[-8:]) or s.endswith((",", ";", ":", '"', "”")):
        return False
    if not (s[:1].isupper() or s[:1].isdigit()) or "," in s:
        return False
    if any(w.isdigit() for w in s.split()):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _LINK_SMALL_WORDS for w in s.split())
