"""find_duplicates: exact and MinHash near duplicates, canonical order."""
from __future__ import annotations

import hashlib
import random

import pytest

from pipelines.text.dedupe import find_duplicates
from tests.helpers import BBC


_WORDS = ("harbour ferry council vote budget pier road school teacher mayor river storm port strike fare "
          "train market price wage tax farm crop rain wind coast town city bridge tunnel station hospital "
          "nurse doctor court judge police report survey figure month year week plan cost fund bank loan").split()


def article(seed: int, n_words: int = 300) -> str:
    rng = random.Random(seed)
    sentences = []
    while sum(len(s.split()) for s in sentences) < n_words:
        sentences.append(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 20))).capitalize() + ".")
    return "\n\n".join(" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4))


def edit(text: str, n_changes: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    words = text.split(" ")
    for _ in range(n_changes):
        words[rng.randrange(len(words))] = "changed"
    return " ".join(words)


def test_exact_duplicates_after_whitespace_normalisation() -> None:
    a = article(1)
    items = [("a", a), ("b", article(2)), ("c", "  " + a.replace(" ", "   ").replace("\n\n", "\n") + "\n"), ("d", a)]
    assert find_duplicates(items) == {"c": ("a", "exact"), "d": ("a", "exact")}


def test_earlier_item_is_the_original() -> None:
    a = article(3)
    assert find_duplicates([("z", a), ("a", a)]) == {"a": ("z", "exact")}


def test_near_duplicate_small_edit() -> None:
    a = article(4)
    items = [("orig", a), ("other", article(5)), ("edited", edit(a, 3))]
    assert find_duplicates(items) == {"edited": ("orig", "near")}


def test_heavily_edited_text_is_not_a_duplicate() -> None:
    a = article(6)
    half = a[: len(a) // 2] + article(7)[len(a) // 2:]
    assert find_duplicates([("a", a), ("b", half), ("c", edit(a, 60))]) == {}


def test_near_duplicate_points_at_an_original() -> None:
    a = article(8)
    b = edit(a, 3, seed=1)
    c = edit(b, 3, seed=2)
    result = find_duplicates([("a", a), ("b", b), ("c", c)])
    assert result == {"b": ("a", "near"), "c": ("a", "near")}


def test_short_and_empty_bodies_only_compared_exactly() -> None:
    items = [("a", "Short note."), ("b", "Short note!"), ("c", ""), ("d", "")]
    assert find_duplicates(items) == {"d": ("c", "exact")}


def test_a_thousand_documents_find_exactly_the_edited_copies() -> None:
    docs = [(f"d{i}", article(100 + i, 150)) for i in range(1000)]
    docs += [(f"x{i}", edit(docs[i][1], 2, seed=i)) for i in range(0, 1000, 100)]
    result = find_duplicates(docs)
    assert result == {f"x{i}": (f"d{i}", "near") for i in range(0, 1000, 100)}


@pytest.mark.slow
@pytest.mark.skipif(not BBC.is_dir(), reason="shared BBC corpus not present")
def test_bbc_byte_identical_copies_found() -> None:
    files = sorted(p for p in BBC.rglob("*.txt") if p.name.lower() != "readme.txt")
    raw = [(str(p.relative_to(BBC)), p.read_bytes()) for p in files]
    items = [(name, data.decode("utf-8", errors="replace")) for name, data in raw]
    result = find_duplicates(items)
    digests: dict[str, str] = {}
    identical = set()
    for name, data in raw:
        h = hashlib.sha256(data).hexdigest()
        if h in digests:
            identical.add(name)
        else:
            digests[h] = name
    assert identical <= {d for d, (_, kind) in result.items() if kind == "exact"}
    assert len(result) < len(identical) + 30
