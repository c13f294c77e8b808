"""``resolve_entities``: the phases of resolution across the corpus, in order."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.records import Entity, EntityMention, EntityRole
from pipelines.text.resolve.bare_names import resolve_bare_names
from pipelines.text.resolve.keys import Key, Keyed, key_mentions
from pipelines.text.resolve.organisations import merge_org_variants
from pipelines.text.resolve.people import (
    join_shorter_names,
    names_of_organisations,
    organisation_documents,
    products_to_organisations,
    short_words,
)
from pipelines.text.resolve.rows import entity_rows, mention_and_role_rows, mention_outcomes, role_entity_ids


def resolve_entities(
    mentions: Sequence[EntityMention], roles: Sequence[EntityRole]
) -> tuple[list[Entity], list[EntityMention], list[EntityRole]]:
    """Entities across all documents, and the mentions and roles with ``entity_id`` set."""
    keyed, entities, ids = _resolve(mentions, roles)
    out_mentions, out_roles = mention_and_role_rows(keyed, ids, roles)
    return entities, out_mentions, out_roles


@dataclass(frozen=True)
class Outcomes:
    """What resolution decided, as columns aligned with its input: per mention its ``entity_id``,
    type and whether it is kept; per role its ``entity_id``."""

    entities: list[Entity]
    entity_ids: list[str | None]
    types: list[str]
    kept: list[bool]
    role_entity_ids: list[str | None]


def resolve_outcomes(mentions: Sequence[EntityMention], roles: Sequence[EntityRole]) -> Outcomes:
    """:func:`resolve_entities` without a record per mention: for callers holding frames."""
    keyed, entities, ids = _resolve(mentions, roles)
    return Outcomes(entities, *mention_outcomes(keyed, ids), role_entity_ids(keyed, ids, roles))


def _resolve(mentions: Sequence[EntityMention],
             roles: Sequence[EntityRole]) -> tuple[Keyed, list[Entity], dict[Key, str]]:
    keyed = key_mentions(mentions)
    join_shorter_names(keyed)
    names_of_organisations(keyed)
    # organisations named by a strong rule, before product names become organisations
    strong_org_names = {k[1] for k in keyed.keys if k is not None and k[0] == "ORG"}
    org_docs = organisation_documents(keyed)
    brand_words = products_to_organisations(keyed)
    short = short_words(keyed)  # the word each person is called by alone ("Blair", "Moon")
    resolve_bare_names(keyed, roles, short, strong_org_names, org_docs, brand_words)
    merge_org_variants(keyed)
    entities, ids = entity_rows(keyed, short)
    return keyed, entities, ids
