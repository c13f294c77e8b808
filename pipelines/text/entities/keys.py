"""How names are compared, within a document and across documents."""
from __future__ import annotations

from functools import lru_cache

from pipelines.text.lexicon.gazetteer import fold
from pipelines.text.lexicon.names import GENERATIONAL_SUFFIXES

#: Generational suffixes as name keys ("jr", "iii").
SUFFIX_KEYS = frozenset(s.lower() for s in GENERATIONAL_SUFFIXES)


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Comparison key of a name: ASCII-folded, lower case, hyphens and dots as spaces."""
    text = fold(text).lower().replace("-", " ").replace(".", " ").replace("'", "")
    return " ".join(text.split())


@lru_cache(maxsize=1 << 15)
def name_tokens(name: str) -> tuple[str, ...]:
    """The keys of a person name's words, without a generational suffix ("Jr", "III")."""
    toks = [name_key(w) for w in name.split() if name_key(w)]
    while len(toks) > 1 and toks[-1] in SUFFIX_KEYS:
        toks.pop()
    return tuple(toks)
