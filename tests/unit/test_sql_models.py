import pytest

from pipelines.sql_models import MODELS_DIR, ModelError, load_models, normalise, upstream_tables


def write(folder, name, sql):
    (folder / name).write_text(sql)


def test_reformatting_and_comments_do_not_change_the_version(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    write(a, "m_v1.sql", "select doc_id, count(*) as n from core.facts group by doc_id")
    write(b, "m_v1.sql", "-- counts\nSELECT doc_id,\n       COUNT(*) AS n\n  FROM core.facts\n GROUP BY doc_id;\n")
    assert load_models(a)[0].content_hash == load_models(b)[0].content_hash


def test_a_real_change_changes_the_version(tmp_path):
    write(tmp_path, "m_v1.sql", "select doc_id from core.facts")
    before = load_models(tmp_path)[0].content_hash
    write(tmp_path, "m_v1.sql", "select doc_id, kind from core.facts")
    assert load_models(tmp_path)[0].content_hash != before


def test_upstream_tables_skip_ctes_and_see_joins():
    sql = "with f as (select * from core.facts) select * from f join core.documents d using (doc_id) join marts.x using (doc_id)"
    assert upstream_tables(sql) == (("core", "documents"), ("core", "facts"), ("marts", "x"))


def test_unqualified_tables_are_refused():
    with pytest.raises(ModelError):
        upstream_tables("select * from facts")


def test_latest_version_of_each_family(tmp_path):
    for name in ("sheet_v1.sql", "sheet_v2.sql", "other_v1.sql"):
        write(tmp_path, name, "select 1 as x from core.facts")
    latest = {m.name: m.is_latest for m in load_models(tmp_path)}
    assert latest == {"other_v1": True, "sheet_v1": False, "sheet_v2": True}


def test_badly_named_files_are_refused(tmp_path):
    write(tmp_path, "sheet.sql", "select 1")
    with pytest.raises(ModelError):
        load_models(tmp_path)


def test_the_shipped_models_parse():
    models = load_models(MODELS_DIR)
    assert {m.family for m in models} >= {"document_overview", "fact_sheet", "quotes_by_speaker", "entity_profile"}
    assert all(m.description for m in models), "each model file starts with a -- comment saying what it answers"
    assert normalise("select 1") == "SELECT 1"
