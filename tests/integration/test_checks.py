"""Each blocking check fails on a warehouse that breaks its rule, and a failing check stops
everything downstream: the marts that read the table are not rebuilt and nothing is published."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from pipelines import steps
from pipelines.cli import materialize_all
from pipelines.defs.checks import RULES
from pipelines.settings import Settings
from pipelines.sql_models import load_models
from pipelines.text.facts import extract_facts
from tests.helpers import FIXTURES

ONE = "rowid = (SELECT min(rowid) FROM core.{table})"
# check name -> the statement that breaks its rule on one row
BREAKS = {
    **{f"{table}_offsets_match_body": f"UPDATE core.{table} SET char_start = char_start + 1 WHERE {ONE.format(table=table)}"
       for table in ("facts", "quotes", "entity_mentions", "sentences", "entity_roles")},
    "mentions_point_at_entities": f"UPDATE core.entity_mentions SET entity_id = 'no-such-entity' WHERE {ONE.format(table='entity_mentions')}",
    "speakers_point_at_entities": "UPDATE core.quotes SET speaker = 'Somebody Else' WHERE rowid = "
                                  "(SELECT min(rowid) FROM core.quotes WHERE speaker_entity_id IS NOT NULL)",
    "rules_are_registered": f"UPDATE core.facts SET rule = 'no.such.rule' WHERE {ONE.format(table='facts')}",
    "documents_have_bodies": f"UPDATE core.documents SET body = '   ' WHERE {ONE.format(table='documents')}",
    "proportions_are_fractions": "UPDATE core.facts SET value_high = value - 1 WHERE rowid = "
                                 "(SELECT min(rowid) FROM core.facts WHERE value IS NOT NULL)",
}


def test_every_check_has_a_failing_fixture():
    assert set(BREAKS) == set(RULES)


@pytest.mark.parametrize("name", sorted(RULES))
def test_the_check_passes_on_a_good_build_and_fails_on_a_broken_one(name, built, tmp_path):
    settings, _ = built
    copy = tmp_path / "broken.duckdb"
    shutil.copyfile(settings.warehouse_path, copy)
    _, _, query = RULES[name]
    con = duckdb.connect(str(copy))
    try:
        assert con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0] == 0
        con.execute(BREAKS[name])
        assert con.execute(f"SELECT count(*) FROM ({query})").fetchone()[0] >= 1
    finally:
        con.close()


def shifted_facts(doc, sentences, _extra=None):
    """Facts whose offsets are one character off: what a buggy extractor would write."""
    return {"facts": [f.model_copy(update={"char_start": f.char_start + 1})
                      for f in extract_facts(doc.doc_id, doc.body, sentences)]}


def test_a_failing_check_stops_the_marts_and_the_publish(tmp_path, monkeypatch):
    settings = Settings(seeds_dir=FIXTURES, warehouse_path=tmp_path / "w.duckdb", max_file_bytes=1 << 20, workers=1)
    assert materialize_all(settings).success
    before = settings.warehouse_path.read_bytes()
    shutil.rmtree(settings.build_dir / "cache")
    monkeypatch.setattr(steps, "fact_rows", shifted_facts)
    result = materialize_all(settings)
    evaluations = {e.asset_check_evaluation_data.check_name: e.asset_check_evaluation_data.passed
                   for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}
    assert evaluations["facts_offsets_match_body"] is False
    built_keys = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert "core/facts" in built_keys
    reads_facts = {f"marts/{m.name}" for m in load_models() if ("core", "facts") in m.upstream}
    assert reads_facts and not reads_facts & built_keys and "warehouse/published" not in built_keys
    assert settings.warehouse_path.read_bytes() == before
