"""Small helpers shared by the extractors."""
from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable, Sequence

from pipelines.records import Sentence


def alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (equally long words cannot both match)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def stable_id(*parts: object) -> str:
    """A short, stable id from the given parts (16 hex chars of SHA-1)."""
    joined = "\x1f".join(map(str, parts))
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    """The sentence containing ``offset`` (or the last one starting before it)."""
    if not sentences:
        return None
    starts = [s.char_start for s in sentences]
    i = bisect.bisect_right(starts, offset) - 1
    return sentences[max(i, 0)]
