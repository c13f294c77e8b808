"""An in-process materialisation of every asset into a temporary warehouse."""
from __future__ import annotations


import dagster as dg
import duckdb

from pipelines.cli import materialize_all, stage_report
from pipelines.sql_models import load_models
from pipelines.settings import Settings
from pipelines.tables import TABLES
from tests.helpers import EXPECTED_REJECTIONS, article_folder


def test_every_asset_and_check_succeeds(built):
    from pipelines.defs.automation import STARTED_BY

    _, result = built
    assert result.dagster_run.job_name == "build_warehouse"
    assert result.dagster_run.tags[STARTED_BY] == "make run"
    evaluations = [e.asset_check_evaluation_data for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    assert evaluations, "the checks ran"
    assert [(c.check_name, c.passed) for c in evaluations if not c.passed] == []


def test_core_tables_are_published_with_column_comments(wh):
    tables = {r[0] for r in wh.execute("select table_name from duckdb_tables() where schema_name = 'core'").fetchall()}
    assert tables == set(TABLES)
    missing = wh.execute("""select table_name, column_name from duckdb_columns()
                            where schema_name = 'core' and (comment is null or comment = '')""").fetchall()
    assert missing == []


def test_documents_are_clean_and_bad_files_recorded(wh):
    docs = dict(wh.execute("select source_path, body from core.documents").fetchall())
    assert "latin1 'odd'; name.txt" in docs and "\u00a3600m" in docs["latin1 'odd'; name.txt"]
    body = docs["010_harbour_accord.txt"]
    for junk in ("Share this article", ".webp", "Recommended Stories", "Leave a Reply", "Source: Reuters"):
        assert junk not in body
    assert body.count("Santiago and Lima agreed on Tuesday") == 1
    rejected = dict(wh.execute("select source_path, reason from core.rejected_files").fetchall())
    assert rejected == EXPECTED_REJECTIONS
    formats = dict(wh.execute("select source_path, format || '/' || encoding from core.documents").fetchall())
    assert formats["ferry.txt"] == "text/utf-16" and formats["rail.html"].startswith("html/")
    assert "300 passengers" in docs["ferry.txt"] and "Subscribe" not in docs["rail.html"]
    assert "40,000 passengers" in docs["rail.html"]
    dup = wh.execute("select duplicate_of, duplicate_kind from core.documents where source_path = '013_copy_of_harbour_accord.txt'").fetchone()
    assert dup == ("010_harbour_accord.txt", "exact")
    assert wh.execute("select title, publisher from core.documents where doc_id = '010_harbour_accord.txt'").fetchone() == (
        "Chile and Peru Sign Harbour Accord as Navies Plan Joint Patrols", "Reuters")


def fact(wh, doc, kind, value):
    return wh.execute("select unit, total, approx, object, group_id, rule from core.facts where doc_id = ? and kind = ? and value = ?",
                      [doc, kind, value]).fetchall()


def test_the_facts_the_product_is_known_for(wh):
    troops = fact(wh, "010_harbour_accord.txt", "count", 12400)
    assert troops and "soldiers" in troops[0][0] and troops[0][2] == "roughly"
    contracts = fact(wh, "010_harbour_accord.txt", "count", 17)
    money = fact(wh, "010_harbour_accord.txt", "money", 63_000_000)
    assert contracts and "contracts" in contracts[0][0]
    assert money and money[0][0] == "USD"
    assert contracts[0][4] is not None and contracts[0][4] == money[0][4], "count and money about the same contracts are linked"
    ratio = fact(wh, "011_fisheries_dispute.txt", "ratio", 9)
    assert ratio and ratio[0][1] == 14
    assert fact(wh, "latin1 'odd'; name.txt", "money", 600_000_000)[0][0] == "GBP"
    # no facts from the exact duplicate, no year taken as a count
    assert wh.execute("select count(*) from core.facts where doc_id like '013_%'").fetchone()[0] == 0
    assert wh.execute("select count(*) from core.facts where kind = 'count' and value = 2017").fetchone()[0] == 0


def test_quotes_have_resolved_speakers(wh):
    rows = wh.execute("select text, speaker, kind from core.quotes where doc_id = '010_harbour_accord.txt'").fetchall()
    speakers = {text[:20]: speaker for text, speaker, _ in rows}
    assert speakers.get("This accord turns a ") == "Marta Villanueva"
    assert speakers.get("We will share what o") == "Tomas Quispe"


def test_entities_are_canonical_across_documents(wh):
    rows = wh.execute("select name, type, doc_count from core.entities where name ilike '%villanueva%'").fetchall()
    assert [(n, t) for n, t, _ in rows] == [("Marta Villanueva", "PERSON")]
    assert rows[0][2] >= 3


def test_every_sql_model_builds_and_answers(wh):
    for model in load_models():
        wh.execute(f"select * from marts.{model.name}").fetchall()
        if model.is_latest:
            assert wh.execute(f"select count(*) from marts.{model.family}").fetchone() == \
                wh.execute(f"select count(*) from marts.{model.name}").fetchone()
    registry = wh.execute("select model, content_hash from marts.model_registry").fetchall()
    assert dict(registry) == {m.name: m.content_hash for m in load_models()}
    assert wh.execute("select count(*) from marts.fact_sheet where doc_title is not null").fetchone()[0] > 0


def test_rerun_reuses_unchanged_documents_and_drops_removed_ones(tmp_path):
    folder = article_folder(tmp_path)
    settings = Settings(seeds_dir=folder, warehouse_path=tmp_path / "wh.duckdb", max_file_bytes=30_000)
    assert materialize_all(settings).success
    (folder / "012_villanueva_profile.txt").unlink()
    result = materialize_all(settings)
    assert result.success
    for key in (["extract", "facts"], ["extract", "quotes"], ["extract", "mentions"]):
        (event,) = [e for e in result.get_asset_materialization_events() if e.asset_key.path == key]
        metadata = event.materialization.metadata
        assert metadata["documents_extracted"].value == 0 and metadata["documents_reused"].value > 0, key
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        for table in ("documents", "facts", "quotes", "entity_mentions", "sentences"):
            assert con.execute(f"select count(*) from core.{table} where doc_id = '012_villanueva_profile.txt'").fetchone()[0] == 0
    finally:
        con.close()


def test_an_empty_folder_builds_an_empty_warehouse(tmp_path):
    (tmp_path / "none").mkdir()
    settings = Settings(seeds_dir=tmp_path / "none", warehouse_path=tmp_path / "wh.duckdb", max_file_bytes=1000)
    assert materialize_all(settings).success
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    assert con.execute("select count(*) from core.documents").fetchone()[0] == 0
    con.close()


def test_long_steps_record_what_they_processed(built):
    """The rate and duration keys are present (their values are never asserted: times live in make bench)."""
    rate_keys = {"documents_per_second", "seconds"}
    _, result = built
    metadata = {tuple(e.asset_key.path): e.materialization.metadata for e in result.get_asset_materialization_events()}
    for key in (("extract", "mentions"), ("extract", "facts"), ("extract", "quotes")):
        meta = {k: v.value for k, v in metadata[key].items()}
        assert rate_keys <= set(meta), key
        assert meta["documents_processed"] == meta["documents_extracted"] + meta["documents_reused"] + meta["documents_failed"] > 0
    assert metadata[("ingest", "documents")]["files_processed"].value > 0


def test_long_steps_log_their_progress_to_the_run(tmp_path):
    from pipelines.definitions import resources
    from pipelines.defs import ingest

    settings = Settings(seeds_dir=article_folder(tmp_path), warehouse_path=tmp_path / "wh.duckdb", max_file_bytes=30_000)
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize([ingest.raw_files, ingest.documents], resources=resources(settings), instance=instance)
        messages = [entry.user_message for entry in instance.all_logs(result.run_id) if entry.dagster_event is None]
        stages = stage_report(instance, result)
    assert any(m.startswith("scan: ") for m in messages) and any(m.startswith("parse: ") for m in messages)
    assert [stage for stage, _, _ in stages] == ["scan", "parse"]  # the closing summary's per-stage times
    assert "files" in stages[1][2]


def test_every_column_is_documented_and_facts_read_right(wh):
    undocumented = wh.execute("""select table_name, column_name from duckdb_columns()
                                 where schema_name in ('core', 'marts') and comment is null""").fetchall()
    assert undocumented == []
    # a proportion is a fraction with no unit; only a change, level or measure is counted in 'percent' ("40% more than")
    assert wh.execute("""select count(*) from core.facts where unit = 'percent' and kind not in ('change', 'level', 'measure')
                         or (kind = 'date' and value = 0)""").fetchone()[0] == 0
    (ratio,) = wh.execute("select display from marts.fact_sheet where kind = 'ratio' and value = 9").fetchone()
    assert ratio.startswith("9 of 14 ")
    assert wh.execute("select count(*) from marts.fact_sheet where display is null").fetchone()[0] == 0
    kinds = {k for (k,) in wh.execute("select distinct kind from core.quotes q join marts.quotes_by_speaker s "
                                      "on s.quotes like '%' || q.text || '%'").fetchall()}
    assert "term" not in kinds


def _core_rows(path, table: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(f"select * from core.{table} order by all").fetchall()
    finally:
        con.close()


def test_an_edit_that_only_moves_names_reuses_resolution_and_matches_a_full_build(tmp_path):
    """One changed file whose names only moved (a sentence without names put first): resolution
    is not run again, and every resolved table is the one a fresh, full build gives."""
    import shutil

    from tests.helpers import FIXTURES

    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES, folder)
    settings = Settings(seeds_dir=folder, warehouse_path=tmp_path / "wh.duckdb", max_file_bytes=30_000)
    assert materialize_all(settings).success
    edited = folder / "011_fisheries_dispute.txt"
    title, rest = edited.read_text().split("\n", 1)
    edited.write_text(f"{title}\n\nIt was a cold and quiet morning on the water.{rest}")
    result = materialize_all(settings)
    assert result.success
    (event,) = [e for e in result.get_asset_materialization_events() if e.asset_key.path == ["extract", "entities"]]
    assert event.materialization.metadata["resolution_reused"].value is True
    fresh = Settings(seeds_dir=folder, warehouse_path=tmp_path / "fresh.duckdb", max_file_bytes=30_000)
    assert materialize_all(fresh).success
    for table in ("entities", "entity_mentions", "entity_roles", "quotes", "facts", "documents"):
        rows = _core_rows(settings.warehouse_path, table)
        assert rows == _core_rows(fresh.warehouse_path, table), table
    moved = [r for r in _core_rows(settings.warehouse_path, "entity_mentions") if r[1] == edited.name]
    assert moved, "the edited document still has its mentions, at their new offsets"
