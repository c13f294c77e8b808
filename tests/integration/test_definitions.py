"""The Dagster code location loads, and its asset graph is what we expect."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import dagster as dg

from pipelines.definitions import defs
from pipelines.sql_models import load_models

REPO = Path(__file__).resolve().parents[2]


def test_definitions_load_with_the_whole_graph():
    graph = defs.resolve_asset_graph()
    keys = {k.to_user_string() for k in graph.get_all_asset_keys()}
    expected = {"ingest/raw_files", "ingest/documents", "extract/mentions", "extract/entities", "extract/facts",
                "extract/quotes", "warehouse/report", "warehouse/published"}
    expected |= {f"core/{t}" for t in ("documents", "sentences", "facts", "quotes", "entities", "entity_mentions",
                                       "entity_roles", "rejected_files", "removed_spans", "rules")}
    expected |= {f"marts/{m.name}" for m in load_models()}
    assert keys == expected


def test_sql_models_depend_on_the_tables_they_read_and_carry_their_version():
    graph = defs.resolve_asset_graph()
    for model in load_models():
        node = graph.get(dg.AssetKey(["marts", model.name]))
        assert {tuple(k.path) for k in node.parent_keys} == set(model.upstream)
        assert node.code_version == model.content_hash


def test_dagster_validates_the_code_location():
    cli = Path(sys.executable).with_name("dagster")
    out = subprocess.run([str(cli), "definitions", "validate"], cwd=REPO, capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stdout + out.stderr


def test_every_table_asset_shows_described_columns_before_any_run():
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        if key.path[0] not in ("core", "marts") and key.path[-1] not in ("documents", "facts", "quotes", "mentions", "entities"):
            continue
        schema = graph.get(key).metadata.get("dagster/column_schema")
        assert schema is not None, key
        assert [c.name for c in schema.columns if not c.description] == [], key
