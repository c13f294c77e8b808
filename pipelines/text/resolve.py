"""Cross-document resolution: one canonical entity per real thing.

Keys, by type (``entity_id = stable_id(type, key)``):

* **GPE / LOC** -- the gazetteer entry of the mention's local name ("US", "U.S.", "America" and
  "United States" all give ``country:US``); names outside the gazetteer ("Taiwan Strait") key
  on their normalised text. "Korea" alone stays its own entity (``country:KOREA``) unless the
  document named only South Korea, in which case ``entities`` already set its local name to
  "South Korea".
* **NORP** -- the demonym entry ("South Koreans" -> ``norp:south korean``, country KR).
* **ORG** -- normalised name without article and legal suffix ("Acme Corp" = "Acme"); an
  acronym takes the long form its document spelled out, or the one long form the corpus gives
  it when its own document did not.
* **PERSON** -- the normalised full name (case, hyphens, spaces and accents ignored, so
  "Moon Jae-in" = "Moon Jae In"). A short form was already given its document's full name by
  ``entities``; a name with fewer tokens joins the only longer name sharing its first and last
  tokens ("George Bush" -> "George W. Bush"). A bare one-word name that no full name in its
  document explains joins the one full name in the corpus with that first or last token; when
  several people share it, it is ambiguous and left unresolved (``entity_id`` None); when none
  does, it is its own entity.

Canonical name: the gazetteer name for places and demonyms; otherwise the fullest form seen
(most name tokens), the most frequent among those.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from pipelines.records import Entity, EntityMention, EntityRole
from pipelines.text.common import stable_id
from pipelines.text.entities import name_key
from pipelines.text.entity_words import ORG_LEGAL_SUFFIXES, ROLE_NOUNS
from pipelines.text.gazetteer import lookup_demonym, lookup_place, lookup_place_lower

__all__ = ["resolve_entities", "org_key"]

_WEAK_ORG_RULES = frozenset({"org.bare_name", "org.capitalised_word"})
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]{1,7}$")


def org_key(name: str) -> str:
    """Comparison key of an organisation: no article, possessive or legal suffix."""
    key = name_key(name.replace("&", " and "))
    words = key.split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and words[-1] in ORG_LEGAL_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _person_tokens(local: str) -> tuple[str, ...]:
    toks = tuple(name_key(w) for w in local.split() if name_key(w))
    while len(toks) > 1 and toks[-1] in ("jr", "sr", "ii", "iii", "iv"):
        toks = toks[:-1]
    return toks


def _display(forms: Counter[str]) -> str:
    """The fullest form (most name tokens), the most frequent among those."""
    return max(forms.items(), key=lambda kv: (len(name_key(kv[0]).split()), kv[1], kv[0]))[0]


def resolve_entities(
    mentions: Sequence[EntityMention], roles: Sequence[EntityRole]
) -> tuple[list[Entity], list[EntityMention], list[EntityRole]]:
    """Entities across all documents, and the mentions and roles with ``entity_id`` set."""
    keys: list[tuple[str, str] | None] = [None] * len(mentions)
    country: dict[tuple[str, str], str | None] = {}
    fixed_name: dict[tuple[str, str], str] = {}

    # acronyms spelled out somewhere: acronym -> set of long-form keys
    acr_long: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type == "ORG" and _ACRONYM.match(m.surface) and m.local_name != m.surface:
            acr_long[m.surface].add(org_key(m.local_name))

    person_full: dict[str, tuple[str, ...]] = {}      # key -> tokens, for names of 2+ tokens
    form_of: dict[int, str] = {}                      # display form when not the local name
    bare: list[int] = []                              # mentions to resolve against the corpus
    for i, m in enumerate(mentions):
        if m.type in ("GPE", "LOC"):
            place = lookup_place(m.local_name) or lookup_place_lower(m.local_name)
            if place is None and m.local_name != m.surface:
                place = lookup_place(m.surface)
            if place is not None and place.type in ("GPE", "LOC"):
                k = (place.type, place.key)
                fixed_name[k] = place.name
                country[k] = place.country_code if place.kind in ("country", "nation") else None
            else:
                k = (m.type, "name:" + org_key(m.local_name))
            keys[i] = k
        elif m.type == "NORP":
            place = lookup_demonym(m.local_name) or lookup_demonym(m.surface)
            if place is not None:
                k = ("NORP", place.key)
                fixed_name[k] = place.name
                country[k] = place.country_code
            else:
                k = ("NORP", "name:" + name_key(m.local_name))
            keys[i] = k
        elif m.type == "ORG":
            local = m.local_name
            if m.rule in _WEAK_ORG_RULES and len(local.split()) == 1:
                bare.append(i)
                continue
            if _ACRONYM.match(local) and len(acr_long.get(local, ())) == 1:
                k = ("ORG", "name:" + next(iter(acr_long[local])))
            else:
                k = ("ORG", "name:" + org_key(local))
            keys[i] = k
        else:  # PERSON
            toks = _person_tokens(m.local_name)
            if len(toks) >= 2:
                key = " ".join(toks)
                person_full[key] = toks
                keys[i] = ("PERSON", "name:" + key)
            else:
                bare.append(i)

    # shorter full names join the only longer name with the same first and last tokens
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, toks in person_full.items():
        by_ends[(toks[0], toks[-1])].append(key)
    person_alias: dict[str, str] = {}
    for key, toks in person_full.items():
        longer = [k for k in by_ends[(toks[0], toks[-1])] if len(person_full[k]) > len(toks)]
        if len(longer) == 1:
            person_alias[key] = longer[0]
    for i, k in enumerate(keys):
        if k is not None and k[0] == "PERSON":
            target = person_alias.get(k[1][5:])
            if target:
                keys[i] = ("PERSON", "name:" + target)

    # "Google Adsense" is no person when "Google" alone is an organisation and only the first
    # word is ever used alone: such names become organisations
    strong_org_names = {k[1] for k in keys if k is not None and k[0] == "ORG"}
    org_docs: dict[str, set[str]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if m.type == "ORG":
            org_docs["name:" + org_key(m.local_name)].add(m.doc_id)
    singles: dict[str, set[str]] = defaultdict(set)
    protected: set[str] = set()  # words used alone after a person title somewhere ("Mr Xi")
    for m, k in zip(mentions, keys):
        if m.type == "PERSON" and len(m.surface.split()) == 1:
            if m.rule == "person.title":
                protected.add(name_key(m.surface))
            if k is not None:
                singles[k[1]].add(name_key(m.surface))
    not_people: set[str] = set()
    for key, toks in person_full.items():
        target = person_alias.get(key, key)
        used = singles.get("name:" + target, set())
        first_org = org_docs.get("name:" + toks[0], set())
        if toks[-1] in used or toks[0] in protected or not first_org:
            continue
        if toks[0] in used or len(first_org) >= 2:
            not_people.add(target)
    if not_people:
        for i, (m, k) in enumerate(zip(mentions, keys)):
            if k is None or k[0] != "PERSON" or k[1][5:] not in not_people:
                continue
            if len(_person_tokens(m.surface)) == 1:
                keys[i] = ("ORG", "name:" + org_key(m.surface))
                form_of[i] = m.surface
            else:
                keys[i] = ("ORG", "name:" + org_key(m.local_name))
        for key in not_people:
            person_full.pop(key, None)
        person_full = {k: v for k, v in person_full.items() if person_alias.get(k, k) not in not_people}

    # bare one-word names: the one full name in the corpus with that first or last token
    family: dict[str, set[str]] = defaultdict(set)
    for key, toks in person_full.items():
        target = person_alias.get(key, key)
        family[toks[0]].add(target)
        family[toks[-1]].add(target)
        if len(toks) >= 3:
            family[" ".join(toks[-2:])].add(target)
        if " " in toks[-1] and len(toks[-1].split()[0]) > 3:  # "Kilroy" for "Kilroy-Silk"
            family[toks[-1].split()[0]].add(target)
    # role words ("president", "chancellor") per (doc, local name) and per full name
    role_words: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in roles:
        role_words[(r.doc_id, r.local_name)].update(
            w for w in re.findall(r"[a-z\-]+", r.role.lower()) if w in ROLE_NOUNS)
    role_words_of: dict[str, set[str]] = defaultdict(set)
    for m, k in zip(mentions, keys):
        if k is not None and k[0] == "PERSON":
            role_words_of[k[1][5:]] |= role_words.get((m.doc_id, m.local_name), set())
    for i in bare:
        m = mentions[i]
        tok = name_key(m.local_name)
        people = family.get(tok, set())
        if m.type == "ORG":
            if "name:" + org_key(m.local_name) in strong_org_names or not people:
                keys[i] = ("ORG", "name:" + org_key(m.local_name))
            elif len(people) == 1:
                keys[i] = ("PERSON", "name:" + next(iter(people)))
                form_of[i] = m.surface
            # several people share the word: an unresolved person mention
            continue
        if len(people) > 1:
            # several people share the word: the one whose roles match this mention's title
            words = role_words.get((m.doc_id, m.local_name), set())
            if words:
                fits = {p for p in people if role_words_of.get(p, set()) & words}
                if len(fits) == 1:
                    people = fits
        if len(people) == 1:
            keys[i] = ("PERSON", "name:" + next(iter(people)))
        elif not people and "name:" + org_key(m.local_name) in org_docs:
            keys[i] = ("ORG", "name:" + org_key(m.local_name))  # "Yukos said": the firm
            form_of[i] = m.surface
        elif not people:
            keys[i] = ("PERSON", "name:" + tok)

    # entities
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    counts: Counter[tuple[str, str]] = Counter()
    for i, (m, k) in enumerate(zip(mentions, keys)):
        if k is None:
            continue
        forms[k][form_of.get(i, m.local_name)] += 1
        aliases[k].add(m.surface)
        docs[k].add(m.doc_id)
        counts[k] += 1
    ids = {k: stable_id(k[0], k[1]) for k in counts}
    entities = []
    for k in sorted(counts, key=lambda k: ids[k]):
        name = fixed_name.get(k) or _display(forms[k])
        entities.append(Entity(
            entity_id=ids[k], name=name, type=k[0], country_code=country.get(k),  # type: ignore[arg-type]
            aliases=sorted(aliases[k]), mention_count=counts[k], doc_count=len(docs[k]),
        ))

    out_mentions = []
    person_of: dict[tuple[str, str], str] = {}
    for m, k in zip(mentions, keys):
        update: dict[str, object] = {"entity_id": ids[k] if k is not None else None}
        if k is not None and k[0] != m.type:
            update["type"] = k[0]
        elif k is None and m.type == "ORG" and m.rule in _WEAK_ORG_RULES:
            update["type"] = "PERSON"
        out = m.model_copy(update=update)
        out_mentions.append(out)
        if k is not None and k[0] == "PERSON":
            person_of.setdefault((m.doc_id, m.local_name), ids[k])
    out_roles = [
        r.model_copy(update={"entity_id": person_of.get((r.doc_id, r.local_name))}) for r in roles
    ]
    return entities, out_mentions, out_roles

