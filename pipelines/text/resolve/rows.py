"""The entity rows, and the mentions and roles pointing at them.

Canonical name: the gazetteer name for places and demonyms; otherwise the fullest form seen
(most name tokens), the most frequent among those. Aliases are the surfaces, except a given
name alone where the document does not call the person by it (see ``pipelines.text.resolve``).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from pydantic import TypeAdapter

from pipelines.records import Entity, EntityMention, EntityRole
from pipelines.text.common import stable_id
from pipelines.text.entities.keys import name_key, name_tokens
from pipelines.text.lexicon.organisations import ORG_SHORT_FORMS
from pipelines.text.resolve.keys import WEAK_ORG_RULES, Key, Keyed, org_key_written

_MENTIONS = TypeAdapter(list[EntityMention])
_SHORT_FORM_TARGETS = frozenset(ORG_SHORT_FORMS.values())


def entity_rows(keyed: Keyed, short: dict[str, set[str]]) -> tuple[list[Entity], dict[Key, str]]:
    """The entities, in id order, and the id of each key."""
    forms: dict[Key, Counter[str]] = defaultdict(Counter)
    aliases: dict[Key, set[str]] = defaultdict(set)
    docs: dict[Key, set[str]] = defaultdict(set)
    counts: Counter[Key] = Counter()
    one_word = _one_word_forms(keyed)
    for i, (m, k) in enumerate(zip(keyed.mentions, keyed.keys)):
        if k is None:
            continue
        forms[k][keyed.form_of.get(i, m.local_name)] += 1
        docs[k].add(m.doc_id)
        counts[k] += 1
        if not _given_name_not_used(keyed, short, one_word, m, k):
            aliases[k].add(m.surface)
    ids = {k: stable_id(k[0], k[1]) for k in counts}
    entities = []
    for k in sorted(counts, key=lambda k: ids[k]):
        name = keyed.fixed_name.get(k) or _display(_full_forms(k, forms[k]))
        entities.append(Entity(
            entity_id=ids[k], name=name, type=k[0], country_code=keyed.country.get(k),  # type: ignore[arg-type]
            aliases=sorted(aliases[k]), mention_count=counts[k], doc_count=len(docs[k]),
        ))
    return entities, ids


def _one_word_forms(keyed: Keyed) -> dict[tuple[str, Key], Counter[str]]:
    """One-word forms of a person per document, counted."""
    one_word: dict[tuple[str, Key], Counter[str]] = defaultdict(Counter)
    for m, k in zip(keyed.mentions, keyed.keys):
        if k is not None and k[0] == "PERSON" and len(name_tokens(m.surface)) == 1:
            one_word[(m.doc_id, k)][name_key(m.surface)] += 1
    return one_word


def _given_name_not_used(keyed: Keyed, short: dict[str, set[str]], one_word: dict[tuple[str, Key], Counter[str]],
                         m: EntityMention, k: Key) -> bool:
    """A given name alone is an alias only where the document calls the person by it (it is
    the document's most used one-word form): "Tony" once in a text that calls Tony Blair
    "Blair" is no alias."""
    if not (k[0] == "PERSON" and (m.doc_id, k) in one_word and len(name_tokens(m.surface)) == 1):
        return False
    word = name_key(m.surface)
    used = one_word[(m.doc_id, k)]
    full = keyed.person_full.get(k[1][5:])
    return bool(full and word == full[0] and word not in short.get(k[1][5:], (word,))
                and (used[word] < 2 or used[word] < max(used.values())))


def _full_forms(k: Key, forms: Counter[str]) -> Counter[str]:
    """The forms written in full when the key is the full name of a common short form ("Liberal
    Democrats" over "Lib Dems"; the full name itself when only "the Fed" is seen); all forms
    otherwise."""
    if k[0] != "ORG" or k[1][5:] not in _SHORT_FORM_TARGETS:
        return forms
    full = Counter({f: n for f, n in forms.items() if org_key_written(f) == k[1][5:]})
    return full or Counter({k[1][5:].title(): 1})  # only the short form seen: the full name it stands for


def _display(forms: Counter[str]) -> str:
    """The fullest form (most name tokens, a dotted acronym one token: "U.S." as "US"), the most
    frequent among those."""
    return max(forms.items(), key=lambda kv: (len(name_key(kv[0].replace(".", "")).split()), kv[1], kv[0]))[0]


def mention_outcomes(keyed: Keyed, ids: dict[Key, str]) -> tuple[list[str | None], list[str], list[bool]]:
    """Per input mention, in order: its ``entity_id`` (None: unresolved), its type (the corpus may
    change it) and whether it is kept (a dropped bare name is no mention). Plain columns, so a
    caller holding the mentions as a frame never builds a record per mention."""
    entity_ids: list[str | None] = []
    types: list[str] = []
    kept: list[bool] = []
    for i, (m, k) in enumerate(zip(keyed.mentions, keyed.keys)):
        kept.append(i not in keyed.dropped)
        entity_ids.append(ids[k] if k is not None else None)
        if k is not None and k[0] != m.type:
            types.append(k[0])
        elif k is None and m.type == "ORG" and m.rule in WEAK_ORG_RULES:
            types.append("PERSON")
        else:
            types.append(m.type)
    return entity_ids, types, kept


def role_entity_ids(keyed: Keyed, ids: dict[Key, str], roles: Sequence[EntityRole]) -> list[str | None]:
    """Per role, in order: the ``entity_id`` of the person its document names by its local name."""
    person_of: dict[tuple[str, str], str] = {}
    for i, (m, k) in enumerate(zip(keyed.mentions, keyed.keys)):
        if k is not None and k[0] == "PERSON" and i not in keyed.dropped:
            person_of.setdefault((m.doc_id, m.local_name), ids[k])
    return [person_of.get((r.doc_id, r.local_name)) for r in roles]


def mention_and_role_rows(keyed: Keyed, ids: dict[Key, str],
                          roles: Sequence[EntityRole]) -> tuple[list[EntityMention], list[EntityRole]]:
    """The mentions with ``entity_id`` (and a type the corpus changed), the roles with their
    person's ``entity_id``: :func:`mention_outcomes` and :func:`role_entity_ids` as records."""
    rows: list[dict] = []
    for m, entity_id, etype, keep in zip(keyed.mentions, *mention_outcomes(keyed, ids)):
        if keep:
            rows.append({**m.__dict__, "entity_id": entity_id, "type": etype})  # validated below, in one call
    out_roles = [r.model_copy(update={"entity_id": e}) for r, e in zip(roles, role_entity_ids(keyed, ids, roles))]
    return _MENTIONS.validate_python(rows), out_roles
