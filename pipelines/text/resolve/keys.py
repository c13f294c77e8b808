"""The first key of every mention: the gazetteer entry of a place or demonym, the normalised
name of an organisation or of a person's full name. Bare one-word names (a person's, or a
weak organisation default) are left for the corpus to decide (``bare_names``)."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from pipelines.records import EntityMention
from pipelines.text.entities.keys import SUFFIX_KEYS, name_key, name_tokens
from pipelines.text.entities.rules import ORG_BARE_NAME, ORG_CAPITALISED_WORD, ORG_OWNER
from pipelines.text.lexicon.gazetteer import lookup_demonym, lookup_place, lookup_place_lower
from pipelines.text.lexicon.organisations import ORG_LEGAL_SUFFIXES, ORG_SHORT_FORMS

#: An entity key: (type, identity), e.g. ("GPE", "country:KR"), ("PERSON", "name:lee jae myung").
Key = tuple[str, str]

#: Organisation rules that are only defaults for a bare capitalised word: a person of the
#: corpus with that name wins, and unresolved they are people.
WEAK_ORG_RULES = frozenset({ORG_BARE_NAME, ORG_OWNER, ORG_CAPITALISED_WORD})
ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]{1,7}$")
#: A dotted acronym inside a name ("U.S." in "U.S. Army Europe"), keyed as its letters ("US").
_DOTTED_ACRONYM = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,})")


@dataclass
class Keyed:
    """The mentions of the corpus and the key each has so far (None: undecided, or unresolved)."""

    mentions: Sequence[EntityMention]
    keys: list[Key | None]
    country: dict[Key, str | None] = field(default_factory=dict)
    fixed_name: dict[Key, str] = field(default_factory=dict)   # gazetteer names of places
    person_full: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key -> tokens, 2+ tokens
    person_sfx: dict[str, str] = field(default_factory=dict)   # key -> generational suffix (" jr")
    person_alias: dict[str, str] = field(default_factory=dict)  # shorter full name -> longer one
    form_of: dict[int, str] = field(default_factory=dict)      # display form when not the local name
    bare: list[int] = field(default_factory=list)              # mentions to resolve against the corpus
    dropped: set[int] = field(default_factory=set)             # candidates the corpus does not name


def org_key(name: str) -> str:
    """Comparison key of an organisation: no article, possessive or legal suffix; a dotted
    acronym written as its letters ("U.S. Army Europe" = "US Army Europe"); a common short
    form as the full name ("Fed" = "Federal Reserve", ``ORG_SHORT_FORMS``)."""
    key = org_key_written(name)
    return ORG_SHORT_FORMS.get(key, key)


def org_key_written(name: str) -> str:
    """:func:`org_key` of the name as written, a short form left as it is."""
    if "." in name:
        name = _DOTTED_ACRONYM.sub(lambda m: m.group(1).replace(".", "") + " ", name)
    key = name_key(name.replace("&", " and "))
    words = key.split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and words[-1] in ORG_LEGAL_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=1 << 15)
def person_suffix(local: str) -> str:
    """" jr" for "Carlos Mendes Jr.", "" without a generational suffix: father and son (or
    "II" and "III") are different people, so the suffix stays in the person key."""
    words = local.split()
    last = name_key(words[-1]) if len(words) > 2 else ""
    return " " + last if last in SUFFIX_KEYS else ""


def key_mentions(mentions: Sequence[EntityMention]) -> Keyed:
    out = Keyed(mentions, [None] * len(mentions))
    acr_long = _acronym_long_forms(mentions)
    for i, m in enumerate(mentions):
        if m.type in ("GPE", "LOC"):
            out.keys[i] = _place_key(out, m)
        elif m.type == "NORP":
            out.keys[i] = _demonym_key(out, m)
        elif m.type == "ORG":
            local = m.local_name
            if m.rule in WEAK_ORG_RULES and len(local.split()) == 1:
                out.bare.append(i)
            elif ACRONYM.match(local) and len(acr_long.get(local, ())) == 1:
                out.keys[i] = ("ORG", "name:" + next(iter(acr_long[local])))
            else:
                out.keys[i] = ("ORG", "name:" + org_key(local))
        else:  # PERSON
            toks = name_tokens(m.local_name)
            if len(toks) >= 2:
                sfx = person_suffix(m.local_name)
                key = " ".join(toks) + sfx
                out.person_sfx[key] = sfx
                out.person_full[key] = toks
                out.keys[i] = ("PERSON", "name:" + key)
            else:
                out.bare.append(i)
    return out


def _acronym_long_forms(mentions: Sequence[EntityMention]) -> dict[str, set[str]]:
    """Acronyms spelled out somewhere: acronym -> the keys of its long forms."""
    acr_long: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type == "ORG" and ACRONYM.match(m.surface) and m.local_name != m.surface:
            acr_long[m.surface].add(org_key(m.local_name))
    return acr_long


def _place_key(out: Keyed, m: EntityMention) -> Key:
    place = lookup_place(m.local_name) or lookup_place_lower(m.local_name)
    if place is None and m.local_name != m.surface:
        place = lookup_place(m.surface)
    if place is not None and place.type in ("GPE", "LOC"):
        k = (place.type, place.key)
        out.fixed_name[k] = place.name
        out.country[k] = place.country_code if place.kind in ("country", "nation") else None
        return k
    return (m.type, "name:" + org_key(m.local_name))


def _demonym_key(out: Keyed, m: EntityMention) -> Key:
    place = lookup_demonym(m.local_name) or lookup_demonym(m.surface)
    if place is not None:
        k = ("NORP", place.key)
        out.fixed_name[k] = place.name
        out.country[k] = place.country_code
        return k
    return ("NORP", "name:" + name_key(m.local_name))
