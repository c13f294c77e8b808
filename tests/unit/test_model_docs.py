"""Every column of every SQL model is documented, and the docs name only columns that exist."""
import duckdb
import pytest

from pipelines.defs.marts import build_model
from pipelines.sql_models import MODELS_DIR, ModelError, build_order, load_models, model_schemas
from pipelines.tables import TABLES, create_table_sql


def test_every_model_column_has_a_description():
    undocumented = {name: [c for c, _, text in cols if not text] for name, cols in model_schemas().items()}
    assert {k: v for k, v in undocumented.items() if v} == {}, "add them to sql/models/<model>.yml"


def test_yaml_docs_name_only_columns_the_view_has():
    schemas = model_schemas()
    for model in load_models():
        stale = set(model.column_text) - {c for c, _, _ in schemas[model.name]}
        assert not stale, f"{model.path.with_suffix('.yml').name} documents columns {model.name} does not have: {stale}"


def test_pass_through_columns_keep_the_core_description():
    cols = {c: text for c, _, text in model_schemas()["fact_sheet_v2"]}
    assert cols["display"] == TABLES["facts"].model_fields["display"].description
    assert cols["doc_id"] == TABLES["facts"].model_fields["doc_id"].description  # facts is read first
    assert "rounded" in cols["value"]


def test_a_yaml_file_must_map_columns_to_text(tmp_path):
    (tmp_path / "m_v1.sql").write_text("-- m\nselect doc_id from core.facts")
    (tmp_path / "m_v1.yml").write_text("columns:\n  doc_id:\n")
    with pytest.raises(ModelError):
        load_models(tmp_path)


def core_db():
    con = duckdb.connect()
    con.execute("CREATE SCHEMA core; CREATE SCHEMA marts")
    for table, record in TABLES.items():
        for statement in create_table_sql("core", table, record):
            con.execute(statement)
    return con


def test_built_views_carry_comments_on_every_column_and_the_alias():
    con = core_db()
    for model in build_order(load_models(MODELS_DIR)):
        build_model(con, model)
    missing = con.execute("SELECT table_name, column_name FROM duckdb_columns() "
                          "WHERE schema_name = 'marts' AND comment IS NULL").fetchall()
    assert missing == []
    (alias,) = con.execute("SELECT comment FROM duckdb_views() WHERE schema_name = 'marts' "
                           "AND view_name = 'fact_sheet'").fetchone()
    assert alias.startswith("Latest version of fact_sheet: fact_sheet_v2")


def test_mentioned_with_ranks_by_shared_sentences_not_by_name():
    con = core_db()
    texts = ["Ann met Zed.", "Ann met Zed again.", "Ann saw Bob.", "Cal came.", "Cal left.", "Dan came."]
    body = " ".join(texts)
    con.execute("INSERT INTO core.documents VALUES ('d', 'd', 'x', 'utf-8', 'text', 1, NULL, NULL, ?, ?, NULL, NULL, NULL, NULL)",
                [body, len(body)])
    start = 0
    for i, text in enumerate(texts):
        con.execute("INSERT INTO core.sentences VALUES ('d', ?, 0, ?, ?, ?)", [i, start, start + len(text), text])
        start += len(text) + 1
    names = {"Ann": "a", "Bob": "b", "Cal": "c", "Dan": "d", "Zed": "z"}
    for name, eid in names.items():
        con.execute("INSERT INTO core.entities VALUES (?, ?, 'PERSON', NULL, [?], 1, 1)", [eid, name, name])
    for name, eid in names.items():
        for pos in [i for i in range(len(body)) if body.startswith(name, i)]:
            con.execute("INSERT INTO core.entity_mentions VALUES (?, 'd', ?, ?, ?, ?, 'PERSON', ?, 'r')",
                        [f"{eid}{pos}", eid, name, pos, pos + 3, name])
    (model,) = [m for m in load_models() if m.name == "entity_profile_v2"]
    build_model(con, model)
    rows = dict(con.execute("SELECT name, mentioned_with FROM marts.entity_profile_v2").fetchall())
    # Zed shares two sentences with Ann, Bob one (v1 ranked them by shared documents, then by name: Bob first);
    # Cal never shares a sentence with anyone
    assert rows["Ann"] == ["Zed", "Bob"]
    assert rows["Bob"] == ["Ann"]
    assert rows["Cal"] is None
