"""Exact and near-duplicate documents.

``find_duplicates`` walks the documents in canonical order; the first copy of a text is the
original. Exact duplicates have the same body after whitespace normalisation. Near
duplicates are found with MinHash LSH over word 5-shingles (``NUM_PERM`` multiply-shift
permutations of each shingle's hash, in ``BANDS`` bands of ``ROWS`` rows: the band layout
datasketch chooses for a 0.7 threshold) and confirmed with an exact Jaccard similarity of
the shingle sets (>= ``NEAR_THRESHOLD``). A near duplicate always points at an original (a
document that is not itself a duplicate): when its best match is itself a near duplicate,
it points at that one's original, so successive edits of one story form one group. An exact
duplicate points at the first document with the same text.

What one body costs (its shingles' signature) depends on nothing else, so a caller may keep
:func:`signature` results by body hash (``signatures``) and pay, on a rebuild, only for new
bodies; shingle sets are rebuilt only for the few candidate pairs LSH proposes.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import MutableMapping, Sequence
from typing import Literal

import numpy as np

DuplicateKind = Literal["exact", "near"]

NEAR_THRESHOLD = 0.85   # exact Jaccard of shingle sets needed to call two bodies near-duplicates
SHINGLE = 5             # words per shingle
NUM_PERM = 126          # permutations: BANDS x ROWS
BANDS, ROWS = 14, 9     # LSH bands: a pair with Jaccard 0.85 shares a band with probability > 0.99
MIN_SHINGLES = 8        # shorter bodies are only compared exactly
_SEED = 1

_WORD = re.compile(r"\w+")
_rng = np.random.RandomState(_SEED)
_A = (_rng.randint(0, 1 << 62, NUM_PERM, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)  # odd: a bijection mod 2^64
_B = _rng.randint(0, 1 << 62, NUM_PERM, dtype=np.uint64)


#: Odd 64-bit multiplier of the rolling hash that combines a shingle's word hashes.
_ROLL = np.uint64(0x9E3779B97F4A7C15)


def _shingles(body: str) -> np.ndarray:
    """Sorted unique 32-bit hashes of the body's lower-cased word shingles: each word's CRC-32,
    combined over ``SHINGLE`` words by a rolling multiply-add in numpy (no string per shingle)."""
    words = _WORD.findall(body.casefold())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    n = max(len(words) - SHINGLE + 1, 1)
    rolled = hashes[:n].copy()
    with np.errstate(over="ignore"):  # the rolling hash wraps around 2^64 on purpose
        for i in range(1, min(SHINGLE, len(words))):
            rolled = rolled * _ROLL + hashes[i:i + n]
    return np.unique(rolled >> np.uint64(32))


def signature(body: str) -> bytes | None:
    """The body's MinHash signature (``NUM_PERM`` 32-bit minima, as bytes), or None when the body
    has too few shingles to be compared other than exactly."""
    sh = _shingles(body)
    if len(sh) < MIN_SHINGLES:
        return None
    with np.errstate(over="ignore"):  # multiply-shift hashing wraps around 2^64 on purpose
        permuted = np.multiply.outer(_A, sh)
        permuted += _B[:, None]
    # the minimum before the shift: the shift keeps order, and one pass over the rows is cheaper
    return (permuted.min(axis=1) >> np.uint64(32)).astype(np.uint32).tobytes()


def _jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if not len(a) and not len(b):
        return 1.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def body_key(body: str) -> str:
    """What :func:`signature` results are kept by: the body's SHA-256."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def find_duplicates(items: Sequence[tuple[str, str]],
                    signatures: MutableMapping[str, bytes | None] | None = None) -> dict[str, tuple[str, DuplicateKind]]:
    """``{duplicate_doc_id: (original_doc_id, "exact" | "near")}`` for ``(doc_id, body)`` items.

    Earlier items are originals. Documents that are not duplicates are absent. ``signatures``
    ({:func:`body_key`: :func:`signature`}) is read and filled in: bodies found there are not hashed again.
    """
    signatures = {} if signatures is None else signatures
    result: dict[str, tuple[str, DuplicateKind]] = {}
    first_by_text: dict[str, str] = {}
    bands: list[dict[bytes, list[str]]] = [{} for _ in range(BANDS)]
    indexed: dict[str, str] = {}  # doc_id -> the body its id was indexed with (its first copy)
    shingles: dict[str, np.ndarray] = {}  # of indexed documents, built when a candidate pair needs them
    position: dict[str, int] = {}

    for pos, (doc_id, body) in enumerate(items):
        position.setdefault(doc_id, pos)
        key = " ".join(body.split())
        original = first_by_text.get(key)
        if original is not None:
            result[doc_id] = (original, "exact")
            continue
        first_by_text[key] = doc_id
        hashed = body_key(body)
        if hashed not in signatures:
            signatures[hashed] = signature(body)
        sig = signatures[hashed]
        if sig is None:
            continue
        keys = [sig[b * ROWS * 4:(b + 1) * ROWS * 4] for b in range(BANDS)]
        candidates = {cand for band, k in zip(bands, keys) for cand in band.get(k, ())}
        best: tuple[float, int, str] | None = None
        mine = _shingles(body) if candidates else None
        for cand in candidates:
            if cand not in shingles:
                shingles[cand] = _shingles(indexed[cand])
            score = _jaccard(mine, shingles[cand])
            if score >= NEAR_THRESHOLD and (best is None or (score, -position[cand]) > best[:2]):
                best = (score, -position[cand], cand)
        if best is not None:
            match = best[2]
            root = result[match][0] if match in result else match
            result[doc_id] = (root, "near")
        if doc_id in indexed:  # a repeated id is not compared with itself
            continue
        indexed[doc_id] = body
        if mine is not None:   # kept for the later documents it is a candidate of
            shingles[doc_id] = mine
        for band, k in zip(bands, keys):
            band.setdefault(k, []).append(doc_id)
    return result


__all__ = ["NEAR_THRESHOLD", "body_key", "find_duplicates", "signature"]
