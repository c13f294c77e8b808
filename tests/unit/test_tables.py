import duckdb
import polars as pl

from pipelines import records
from pipelines.tables import TABLES, create_table_sql, from_frame, polars_schema, to_frame
from pipelines.warehouse import write_table


def test_every_record_field_has_a_description():
    for model in TABLES.values():
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name} needs a description (it becomes the column comment)"


def test_optional_fields_are_nullable_and_required_ones_not():
    ddl = create_table_sql("core", "facts", records.Fact)[0]
    assert '"display" VARCHAR NOT NULL' in ddl
    assert '"value_high" DOUBLE,' in ddl
    assert '"kind" VARCHAR NOT NULL' in ddl
    assert '"date" DATE,' in ddl and polars_schema(records.Fact)["date"] == pl.Date()


def test_lists_map_to_duckdb_lists_and_polars_lists():
    assert '"aliases" VARCHAR[] NOT NULL' in create_table_sql("core", "entities", records.Entity)[0]
    assert polars_schema(records.Entity)["aliases"] == pl.List(pl.String)


def test_empty_frame_keeps_the_schema():
    frame = to_frame([], records.Quote)
    assert frame.height == 0 and frame.columns == list(records.Quote.model_fields)


def test_round_trip_through_duckdb_keeps_values_and_comments(tmp_path):
    ent = records.Entity(entity_id="e1", name="Ana O'Neill", type="PERSON", country_code=None,
                         aliases=["O'Neill", "Ana O'Neill"], mention_count=2, doc_count=1)
    frame = to_frame([ent], records.Entity)
    assert from_frame(frame, records.Entity) == [ent]
    con = duckdb.connect(str(tmp_path / "t.duckdb"))
    con.execute("create schema core")
    write_table(con, "core", "entities", records.Entity, frame)
    assert con.execute("select name, aliases from core.entities").fetchall() == [("Ana O'Neill", ["O'Neill", "Ana O'Neill"])]
    comment = con.execute(
        "select comment from duckdb_columns() where table_name = 'entities' and column_name = 'name'").fetchone()[0]
    assert comment == records.Entity.model_fields["name"].description
