"""Linking facts about the same thing: neighbours joined by a connective, and a share that matches a ratio."""
from __future__ import annotations

from decimal import Decimal

from pipelines.text.facts.patterns import GROUP_CHANGE_GAP, GROUP_TAIL
from pipelines.text.facts.quantity import Quantity

_AMOUNTS = ("money", "count", "proportion", "measure", "ratio")


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def group_roots(body: str, facts: list[Quantity]) -> list[int]:
    """Union of neighbouring facts in a sentence that describe one thing; returns each fact's group root.

    Two facts in a row in one sentence share a group when the text between them ends with a
    connective ("worth", "valued at", "accounting for", "totalling", "equivalent to", "or",
    an opening parenthesis; at most 100 characters, no digit and no ';'), when it is just "to" or
    "from" between a change and an amount ("rose 2% to $11.1bn from $10.9bn"), or when a
    proportion and a ratio in the sentence agree (74% and 20 of 27).
    """
    groups = _UnionFind(len(facts))
    for i in range(len(facts) - 1):
        if _same_thing(body, facts[i], facts[i + 1]):
            groups.union(i, i + 1)
    for p, r in _matching_shares(facts):
        groups.union(p, r)
    return [groups.find(i) for i in range(len(facts))]


def _same_thing(body: str, a: Quantity, b: Quantity) -> bool:
    if a.sent != b.sent or a.kind not in _AMOUNTS or b.kind not in _AMOUNTS:
        return False
    gap = body[a.end:b.start]
    tail = GROUP_TAIL.search(gap) if len(gap) <= 100 and ";" not in gap and not any(
        c.isdigit() for c in gap) else None
    if tail and not (tail.group().lstrip(" ,").startswith("or") and (a.kind, a.unit) == (b.kind, b.unit)):
        return True                     # ("£30m, £40m or £50m" are alternatives, not one figure)
    return bool(GROUP_CHANGE_GAP.fullmatch(gap)) and (a.kind == "proportion" or b.kind == "money" and a.kind == "money")


def _matching_shares(facts: list[Quantity]):
    """Pairs (proportion, ratio) of one sentence that give the same share (74% and 20 of 27)."""
    by_sent: dict[int, list[int]] = {}
    for i, f in enumerate(facts):
        if f.kind in ("proportion", "ratio"):
            by_sent.setdefault(f.sent, []).append(i)
    for idx in by_sent.values():
        props = [i for i in idx if facts[i].kind == "proportion"]
        ratios = [i for i in idx if facts[i].kind == "ratio" and facts[i].total]
        for p in props:
            for r in ratios:
                if abs(facts[r].value / facts[r].total - facts[p].value) <= Decimal("0.006"):  # type: ignore[operator]
                    yield p, r
