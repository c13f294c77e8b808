"""Entity resolution on frames: the mentions go to the resolver as slotted rows holding only
what it reads, its decisions come back as columns joined onto the mention frame, and they are
memoised by what the resolver reads (so an edit that only moves names reuses them)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import polars as pl

from pipelines.records import Entity, EntityMention, EntityRole
from pipelines.pool import on_a_worker
from pipelines.steps import frame_digest, memo_frames, release_memory
from pipelines.tables import from_frame, to_frame


#: what the resolver reads of a mention and of a role: no offset and no mention id (tests hold it to that)
RESOLVER_READS = {"mentions": ("doc_id", "entity_id", "surface", "type", "local_name", "rule"),
                  "roles": ("doc_id", "entity_id", "local_name", "role", "rule")}


def resolve_cached(cache_dir: Path | None, mentions: pl.DataFrame, roles: pl.DataFrame,
                   version: str, workers: int = 1) -> tuple[dict[str, pl.DataFrame], bool]:
    """:func:`resolve_frames`, run again only when what the resolver reads, or its code, changed.

    The key is the code version (which covers the resolver) and the content hash of the columns
    of :data:`RESOLVER_READS` of every mention and role, in order. Resolution never reads an
    offset, so an edit that only moves names (text added or removed around them, no name
    added, removed or changed) reuses the last decisions, applied to the new rows
    (:func:`apply_resolution`): exactly a full run's output. Any other change resolves the
    whole corpus again. With ``workers`` > 1 it resolves on a worker process (:func:`on_a_worker`)."""
    key = f"{version}-{frame_digest(mentions.select(RESOLVER_READS['mentions']), roles.select(RESOLVER_READS['roles']))}"
    decided, reused = memo_frames(cache_dir, "resolve", key,
                                  lambda: on_a_worker(workers, resolution_frames, mentions, roles))
    return apply_resolution(mentions, roles, decided), reused


class MentionRow:
    """An entity mention as the resolver reads it: the fields of :class:`EntityMention`, already
    validated (they come from a frame of that schema), in slots, with repeated strings shared.
    About a third of a record's memory, for the one step that holds every mention at once."""

    __slots__ = tuple(EntityMention.model_fields)

    def __init__(self, values: Sequence[object], names: Sequence[str] = __slots__):
        for name, value in zip(names, values):
            object.__setattr__(self, name, value)

    @property
    def __dict__(self) -> dict[str, object]:  # what the resolver copies a mention's fields from
        return {name: getattr(self, name) for name in self.__slots__ if hasattr(self, name)}


def mention_rows_of(frame: pl.DataFrame, columns: Sequence[str] | None = None) -> list[MentionRow]:
    """The frame's mentions as :class:`MentionRow`, in order (chunk by chunk); with ``columns``,
    only those fields are set (reading another one raises AttributeError, never a wrong value)."""
    import sys

    shared = {"doc_id", "type", "local_name", "rule", "entity_id"}
    columns = list(columns or EntityMention.model_fields)
    out: list[MentionRow] = []
    for chunk in frame.select(columns).iter_slices(20_000):
        cols = [[sys.intern(v) if c in shared and v is not None else v for v in chunk[c].to_list()] for c in columns]
        out.extend(MentionRow(values, columns) for values in zip(*cols))
    return out


def resolve_frames(mentions: pl.DataFrame, roles: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Entities across documents; mentions and roles pointing at them. A bare name several
    people share stays unresolved: it names no entity, so it is no mention of one and is left out;
    so is a bare-name candidate the corpus does not name (dropped by resolve). ``mentions_left_out``
    counts both."""
    return apply_resolution(mentions, roles, resolution_frames(mentions, roles))


#: what :func:`resolution_frames` decides per mention row and per role row
OUTCOME_SCHEMA = {"mention_outcomes": {"entity_id": pl.String, "type": pl.String, "kept": pl.Boolean},
                  "role_outcomes": {"entity_id": pl.String}}


def resolution_frames(mentions: pl.DataFrame, roles: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """What resolution decides, as frames: the entities; per mention row (in order) its
    ``entity_id``, type and whether it is kept; per role row its ``entity_id``. No record per
    mention is made on the way out (only the slotted rows the resolver reads)."""
    if not mentions.height and not roles.height:   # nothing to resolve: the resolver need not load
        return {"entities": to_frame([], Entity),
                "mention_outcomes": pl.DataFrame(schema=OUTCOME_SCHEMA["mention_outcomes"]),
                "role_outcomes": pl.DataFrame(schema=OUTCOME_SCHEMA["role_outcomes"])}
    from pipelines.text.resolve import resolve_outcomes

    # only what the resolver reads: the offsets and ids (a third of a mention's memory) stay in the frame
    got = resolve_outcomes(mention_rows_of(mentions, RESOLVER_READS["mentions"]), from_frame(roles, EntityRole))
    out = {"entities": to_frame(got.entities, Entity),
           "mention_outcomes": pl.DataFrame({"entity_id": got.entity_ids, "type": got.types, "kept": got.kept},
                                            schema=OUTCOME_SCHEMA["mention_outcomes"]),
           "role_outcomes": pl.DataFrame({"entity_id": got.role_entity_ids}, schema=OUTCOME_SCHEMA["role_outcomes"])}
    del got
    release_memory()
    return out


def apply_resolution(mentions: pl.DataFrame, roles: pl.DataFrame,
                     resolution: Mapping[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """The resolved tables from the mention and role rows and what :func:`resolution_frames`
    decided for rows with the same names in the same order (offsets and ids are taken from
    ``mentions`` and ``roles``)."""
    decided = resolution["mention_outcomes"]
    resolved = (mentions.with_columns(decided["entity_id"], decided["type"])
                .filter(decided["kept"] & decided["entity_id"].is_not_null()))
    return {"entities": resolution["entities"], "entity_mentions": resolved,
            "entity_roles": roles.with_columns(resolution["role_outcomes"]["entity_id"]),
            "ambiguous": pl.DataFrame({"mentions_left_out": [mentions.height - resolved.height]})}
