"""Approximation words: what a writer puts before a number that is not exact."""
from __future__ import annotations

#: Hedges written before a number ("more than 500", "nearly 50%"), multi-word ones first.
HEDGES: tuple[str, ...] = (
    "just under", "just over", "just below", "just above", "well over", "well under",
    "well above", "well below", "more than", "less than", "fewer than", "at least", "at most",
    "up to", "close to", "closer to", "nearer to", "upwards of", "as many as", "as much as", "as few as", "as little as",
    "no more than", "no fewer than", "no less than", "not more than", "in excess of",
    "an estimated", "estimated", "approximately", "approx.", "roughly", "nearly", "almost",
    "about", "around", "some", "over", "under", "below", "above", "circa",
)
#: Every word of a hedge.
HEDGE_WORDS = frozenset(w for h in HEDGES for w in h.split())
