"""Organisations named in the singular and the plural or with "Party" ("Tory", "Tories",
"Tory Party"; "Democrat", "Democrats") are one organisation -- general morphology, no table of
parties; acronyms ("AAA", "AAAS") and "Times"/"News" are not plurals."""
from __future__ import annotations

from collections import Counter, defaultdict

from pipelines.text.lexicon.organisations import NOT_PLURALS
from pipelines.text.resolve.keys import ACRONYM, Keyed


def merge_org_variants(keyed: Keyed) -> None:
    """Re-key organisations whose names differ only by a plural or a final "Party" onto the
    variant written most often. Acronyms ("AAA", "AAAS") are left alone."""
    count: Counter[str] = Counter()
    acronyms: set[str] = set()
    for m, k in zip(keyed.mentions, keyed.keys):
        if k is not None and k[0] == "ORG" and k[1].startswith("name:"):
            count[k[1]] += 1
            if ACRONYM.match(m.surface):
                acronyms.add(k[1])
    groups: dict[str, list[str]] = defaultdict(list)
    for key in count:
        if key in acronyms:
            continue
        words = key[5:].split()
        if len(words) > 1 and words[-1] == "party":
            words = words[:-1]
        if words:
            words[-1] = _singular(words[-1])
            groups[" ".join(words)].append(key)
    target: dict[str, str] = {}
    for variants in groups.values():
        if len(variants) > 1:
            best = max(variants, key=lambda v: (count[v], v))
            for v in variants:
                target[v] = best
    if target:
        for i, k in enumerate(keyed.keys):
            if k is not None and k[0] == "ORG" and k[1] in target:
                keyed.keys[i] = ("ORG", target[k[1]])


def _singular(word: str) -> str:
    """The singular of an English plural ("tories" -> "tory", "xboxes" -> "xbox"), else the word."""
    if word in NOT_PLURALS or len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes", "sses", "zes")):
        return word[:-2]
    return word[:-1]
