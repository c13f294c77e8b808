"""Exact and near-duplicate documents.

``find_duplicates`` walks the documents in canonical order; the first copy of a text is the
original. Exact duplicates have the same body after whitespace normalisation. Near
duplicates are found with MinHash LSH (datasketch) over word 5-shingles and confirmed with
an exact Jaccard similarity of the shingle sets (>= ``NEAR_THRESHOLD``). A near duplicate
always points at an original (a document that is not itself a duplicate): when its best
match is itself a near duplicate, it points at that one's original, so successive edits of
one story form one group. An exact duplicate points at the first document with the same
text.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from typing import Literal

import numpy as np
from datasketch import MinHash, MinHashLSH

DuplicateKind = Literal["exact", "near"]

NEAR_THRESHOLD = 0.85   # exact Jaccard of shingle sets needed to call two bodies near-duplicates
LSH_THRESHOLD = 0.7     # looser LSH band threshold, so candidates just above NEAR_THRESHOLD are not missed
SHINGLE = 5             # words per shingle
NUM_PERM = 128
MIN_SHINGLES = 8        # shorter bodies are only compared exactly
_SEED = 1

_WORD = re.compile(r"\w+")


def _shingles(body: str) -> np.ndarray:
    """Sorted unique 32-bit hashes of the body's lower-cased word shingles."""
    words = _WORD.findall(body.casefold())
    if len(words) < SHINGLE:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    return np.unique(np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams)))


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if not len(a) and not len(b):
        return 1.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def find_duplicates(items: Sequence[tuple[str, str]]) -> dict[str, tuple[str, DuplicateKind]]:
    """``{duplicate_doc_id: (original_doc_id, "exact" | "near")}`` for ``(doc_id, body)`` items.

    Earlier items are originals. Documents that are not duplicates are absent.
    """
    result: dict[str, tuple[str, DuplicateKind]] = {}
    first_by_text: dict[str, str] = {}
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    shingles: dict[str, np.ndarray] = {}
    template = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=int)
    position: dict[str, int] = {}

    for pos, (doc_id, body) in enumerate(items):
        position.setdefault(doc_id, pos)
        key = " ".join(body.split())
        original = first_by_text.get(key)
        if original is not None:
            result[doc_id] = (original, "exact")
            continue
        first_by_text[key] = doc_id
        sh = _shingles(body)
        if len(sh) < MIN_SHINGLES:
            continue
        mh = template.copy()
        mh.update_batch(sh)
        best: tuple[float, int, str] | None = None
        for cand in lsh.query(mh):
            score = _jaccard(sh, shingles[cand])
            if score >= NEAR_THRESHOLD and (best is None or (score, -position[cand]) > best[:2]):
                best = (score, -position[cand], cand)
        if best is not None:
            match = best[2]
            root = result[match][0] if match in result else match
            result[doc_id] = (root, "near")
        if doc_id in shingles:  # a repeated id is not compared with itself
            continue
        shingles[doc_id] = sh
        lsh.insert(doc_id, mh)
    return result


__all__ = ["NEAR_THRESHOLD", "find_duplicates"]
