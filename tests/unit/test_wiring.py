"""One wiring: every core table comes from exactly one producing asset, declared beside it,
and the load step takes its inputs from those declarations alone."""
from __future__ import annotations

import polars as pl

from pipelines import pool, resolution, steps
from pipelines.defs.load import CORE_KEYS, INPUTS, SOURCE, core_tables
from pipelines.defs.metadata import PRODUCERS
from pipelines.tables import TABLES


def test_every_record_table_has_one_producer_and_rules_come_from_the_code():
    produced = [t for tables in PRODUCERS.values() for t in tables]
    assert sorted(produced) == sorted(set(produced))  # no table made twice
    assert set(produced) | {"rules"} == set(TABLES) == set(CORE_KEYS)
    assert "rules" not in SOURCE


def test_the_load_step_reads_exactly_the_producers():
    assert {tuple(i.key.path) for i in INPUTS.values()} == set(PRODUCERS)
    graph_inputs = {tuple(k.path) for k in core_tables.keys_by_input_name.values()}
    assert graph_inputs == set(PRODUCERS)
    for table, key in CORE_KEYS.items():
        deps = {tuple(d.asset_key.path) for d in core_tables.specs_by_key[key].deps}
        assert deps == ({SOURCE[table]} if table in SOURCE else set()), table


def test_frame_digest_follows_content_and_order():
    a = pl.DataFrame({"doc_id": ["x", "y"], "n": [1, 2], "tags": [["p"], None]})
    assert steps.frame_digest(a) == steps.frame_digest(a.clone())
    assert steps.frame_digest(a) != steps.frame_digest(a.reverse())
    assert steps.frame_digest(a) != steps.frame_digest(a.with_columns(pl.col("n") + 1))
    assert steps.frame_digest(a.head(0)) != steps.frame_digest(a.head(0).rename({"n": "m"}))


def test_memo_computes_once_per_key(tmp_path):
    calls = []

    def compute():
        calls.append(1)
        return {"t": pl.DataFrame({"v": [len(calls)]})}

    first, reused = steps.memo_frames(tmp_path, "m", "k1", compute)
    again, reused_again = steps.memo_frames(tmp_path, "m", "k1", compute)
    other, reused_other = steps.memo_frames(tmp_path, "m", "k2", compute)
    assert (reused, reused_again, reused_other) == (False, True, False)
    assert again["t"].equals(first["t"]) and other["t"]["v"].to_list() == [2] and len(calls) == 2


def test_resolution_is_reused_only_for_the_same_mentions(tmp_path):
    from pipelines.records import EntityMention, EntityRole
    from pipelines.tables import to_frame

    docs = [("a.txt", "Harriet Okonjo, the port director, said the berth would open. Okonjo added more."),
            ("b.txt", "Port director Harriet Okonjo spoke in Mombasa on Tuesday.")]
    found = [steps.mention_rows(steps_doc(d, body), steps_sentences(d, body)) for d, body in docs]
    mentions = to_frame([m for f in found for m in f["mentions"]], EntityMention)
    roles = to_frame([r for f in found for r in f["roles"]], EntityRole)
    first, reused = resolution.resolve_cached(tmp_path, mentions, roles, "v1")
    again, reused_again = resolution.resolve_cached(tmp_path, mentions, roles, "v1")
    fewer, reused_fewer = resolution.resolve_cached(tmp_path, mentions.filter(pl.col("doc_id") == "a.txt"),
                                               roles.filter(pl.col("doc_id") == "a.txt"), "v1")
    assert (reused, reused_again, reused_fewer) == (False, True, False)
    assert all(again[t].equals(first[t]) for t in first)
    fresh = resolution.resolve_frames(mentions, roles)
    assert all(first[t].equals(fresh[t]) for t in fresh) and first["entities"].height > 0
    assert set(fewer["entity_mentions"]["doc_id"]) <= {"a.txt"}


def _resolver_inputs(docs):
    from pipelines.records import EntityMention, EntityRole
    from pipelines.tables import to_frame

    found = [steps.mention_rows(steps_doc(d, body), steps_sentences(d, body)) for d, body in docs]
    return (to_frame([m for f in found for m in f["mentions"]], EntityMention),
            to_frame([r for f in found for r in f["roles"]], EntityRole))


def test_resolution_is_reused_when_an_edit_only_moves_names(tmp_path):
    """Text added before the names (no name added or changed) moves every offset: the last
    decisions are applied to the new rows, and the output is exactly a fresh resolution's."""
    docs = [("a.txt", "Ingrid Valdstad, the mayor of Tromso, opened the bridge. Valdstad thanked Nordbygg AS."),
            ("b.txt", "Mayor Ingrid Valdstad met the Nordbygg board in Oslo on Monday.")]
    moved = [docs[0], ("b.txt", "It was a cold and windy morning. " + docs[1][1])]
    mentions, roles = _resolver_inputs(docs)
    mentions2, roles2 = _resolver_inputs(moved)
    assert not mentions2["char_start"].equals(mentions["char_start"])  # the offsets did move
    first, reused = resolution.resolve_cached(tmp_path, mentions, roles, "v1")
    again, reused_again = resolution.resolve_cached(tmp_path, mentions2, roles2, "v1")
    assert (reused, reused_again) == (False, True)
    fresh = resolution.resolve_frames(mentions2, roles2)
    assert all(again[t].equals(fresh[t]) for t in fresh) and fresh["entity_mentions"].height > 0
    assert not again["entity_mentions"].equals(first["entity_mentions"])  # the new offsets, not the old rows
    renamed = [docs[0], ("b.txt", docs[1][1].replace("Oslo", "Bergen"))]
    _, reused_renamed = resolution.resolve_cached(tmp_path, *_resolver_inputs(renamed), "v1")
    assert not reused_renamed  # a name changed: the whole corpus is resolved again


def test_resolution_on_a_worker_gives_the_frames_of_resolution_here():
    docs = [("a.txt", "Ingrid Valdstad, the mayor of Tromso, opened the bridge. Valdstad thanked Nordbygg AS."),
            ("b.txt", "Mayor Ingrid Valdstad met the Nordbygg board in Oslo on Monday.")]
    mentions, roles = _resolver_inputs(docs)
    here, _ = resolution.resolve_cached(None, mentions, roles, "v1", workers=2)   # no pool up: here
    pool.executor(2)                    # as after extracting on two workers
    apart, _ = resolution.resolve_cached(None, mentions, roles, "v1", workers=2)
    assert here.keys() == apart.keys() and all(here[t].equals(apart[t]) for t in here)
    assert here["entities"].height > 0


def test_the_resolver_reads_no_offset_and_no_mention_id():
    """What :data:`resolution.RESOLVER_READS` promises: the same names at other offsets, under other
    ids, are resolved alike."""
    docs = [("a.txt", "Chef Tomasz Wierzba of Karczma Group said Wierzba would expand. The Karczma Group agreed."),
            ("b.txt", "Tomasz Wierzba spoke in Krakow. Wierzba, the chef, smiled.")]
    mentions, roles = _resolver_inputs(docs)
    shifted = mentions.with_columns(pl.col("char_start") + 7, pl.col("char_end") + 7, pl.col("mention_id") + "-x")
    shifted_roles = roles.with_columns(pl.col("char_start") + 7, pl.col("char_end") + 7)
    decided = resolution.resolution_frames(mentions, roles)
    again = resolution.resolution_frames(shifted, shifted_roles)
    assert all(again[t].equals(decided[t]) for t in decided) and decided["entities"].height > 1
    assert set(resolution.RESOLVER_READS["mentions"]).isdisjoint({"char_start", "char_end", "mention_id"})


def steps_doc(doc_id: str, body: str):
    from tests.unit.test_steps import doc

    return doc(doc_id, body)


def steps_sentences(doc_id: str, body: str):
    from pipelines.text.sentences import split_sentences

    return split_sentences(doc_id, body)
