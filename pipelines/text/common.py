"""Small helpers shared by the extractors."""
from __future__ import annotations

import bisect
import hashlib
import importlib
import re
import sys
from collections.abc import Callable, Iterable, Sequence

from pipelines.records import Sentence


#: A wire dateline opening a paragraph: a place in capitals, maybe a date or a state after a comma,
#: maybe the agency or paper filing it in brackets (group ``source``), then a dash: "KAMPALA, May 14
#: (Continental Wire Service) - ", "NAIROBI (Savanna Post) — ", "SANTIAGO - ".
DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’\- ]{1,40}(?:,[^()\n\-–—]{0,40})?(?:\s*\((?P<source>[^()\n]{1,60})\))?"
    r"\s*(?:[—–]{1,2}\s?|-{1,2}\s)"
)


def lazy_exports(package: str, exports: dict[str, str]) -> Callable[[str], object]:
    """A package's ``__getattr__`` that imports each public name from its module on first use
    (``{"extract_facts": "extract"}``): importing a package's ``rules`` (what ``core.rules``
    lists) or its word lists then loads none of the extractor."""
    def __getattr__(name: str) -> object:
        if name not in exports:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{exports[name]}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__


def alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (equally long words cannot both match)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def prefix_tree(words: Iterable[str]) -> str:
    """A regex that matches what :func:`alt` of ``words`` matches, longest word first, written as a
    tree of shared prefixes ("dollar(?:s)?"): the regex engine reads each character once instead of
    trying the words one by one (an alternation of 150 currency codes costs 150 tries at every place
    it is tried). Under ``(?i:...)`` the words must be in one case (two siblings may then never
    match the same character)."""
    tree: dict[str, dict] = {}
    for word in set(words):
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}                   # a word ends here

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body    # greedy: the longer word is tried first
    return emit(tree)


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
