"""Every SQL model file becomes an asset that builds its view in schema ``marts``."""

import dagster as dg

from pipelines import progress
from pipelines.defs.metadata import column_schema, frame_metadata
from pipelines.defs.resources import PipelineResource
from pipelines.sql_models import SqlModel, column_docs, core_column_text, load_models, model_schemas

REGISTRY_DDL = """
CREATE TABLE IF NOT EXISTS marts.model_registry (
    model VARCHAR PRIMARY KEY, family VARCHAR NOT NULL, version INTEGER NOT NULL,
    is_latest BOOLEAN NOT NULL, content_hash VARCHAR NOT NULL, path VARCHAR NOT NULL,
    upstream VARCHAR[] NOT NULL, built_at TIMESTAMP NOT NULL
)"""
REGISTRY_COMMENTS = {
    "model": "View name in schema marts (<family>_v<N>).",
    "family": "Model family; the plain-named view marts.<family> points at its latest version.",
    "version": "Major version: a breaking change ships as a new version beside the old one.",
    "is_latest": "Whether marts.<family> currently points at this version.",
    "content_hash": "Hash of the normalised SQL: the asset's code version.",
    "path": "SQL file the model is read from, relative to the repository.",
    "upstream": "Tables the model reads.",
    "built_at": "When the view was last (re)built.",
}


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _view_columns(con, view: str) -> list[tuple[str, str]]:
    return con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = 'marts' "
                       "AND table_name = ? ORDER BY column_index", [view]).fetchall()


def _comment_columns(con, view: str, columns: list[tuple[str, str, str | None]]) -> None:
    for name, _, text in columns:
        if text:
            con.execute(f'COMMENT ON COLUMN marts.{view}."{name}" IS {_sql_literal(text)}')


def document_view(con, model: SqlModel) -> list[tuple[str, str, str | None]]:
    """COMMENT ON the model's view, its family alias and every column; returns the columns."""
    known = core_column_text()
    for table in {t for s, t in model.upstream if s == "marts"}:
        known[f"marts.{table}"] = dict(con.execute(
            "SELECT column_name, comment FROM duckdb_columns() WHERE schema_name = 'marts' AND table_name = ? "
            "AND comment IS NOT NULL", [table]).fetchall())
    columns = column_docs(_view_columns(con, model.name), model, known)
    con.execute(f"COMMENT ON VIEW marts.{model.name} IS {_sql_literal(model.description)}")
    _comment_columns(con, model.name, columns)
    if model.is_latest:
        con.execute(f"COMMENT ON VIEW marts.{model.family} IS "
                    f"{_sql_literal(f'Latest version of {model.family}: {model.name}. {model.description}')}")
        _comment_columns(con, model.family, columns)
    return columns


def build_model(con, model: SqlModel) -> int:
    """(Re)create the model's view (and its family alias when latest), document and record it, count its rows."""
    con.execute(f"CREATE OR REPLACE VIEW marts.{model.name} AS {model.sql}")
    if model.is_latest:
        con.execute(f"CREATE OR REPLACE VIEW marts.{model.family} AS SELECT * FROM marts.{model.name}")
    document_view(con, model)
    con.execute(REGISTRY_DDL)
    con.execute("COMMENT ON TABLE marts.model_registry IS 'Every SQL model: its version, hash, file and the tables it reads.'")
    for column, text in REGISTRY_COMMENTS.items():
        con.execute(f"COMMENT ON COLUMN marts.model_registry.{column} IS {_sql_literal(text)}")
    con.execute("DELETE FROM marts.model_registry WHERE model = ?", [model.name])
    con.execute(
        "INSERT INTO marts.model_registry VALUES (?, ?, ?, ?, ?, ?, ?, now())",
        [model.name, model.family, model.version, model.is_latest, model.content_hash,
         model.path.relative_to(model.path.parents[2]).as_posix(), [f"{s}.{t}" for s, t in model.upstream]],
    )
    return con.execute(f"SELECT count(*) FROM marts.{model.name}").fetchall()[0][0]


def model_asset(model: SqlModel, columns: list[tuple[str, str, str | None]]) -> dg.AssetsDefinition:
    @dg.asset(
        key=["marts", model.name],
        deps=[dg.AssetKey([schema, table]) for schema, table in model.upstream],
        code_version=model.content_hash,
        group_name="marts",
        description=model.description or None,
        kinds={"duckdb", "sql"},
        tags={"family": model.family},
        metadata={"dagster/column_schema": column_schema(columns)},
    )
    def _model(pipeline: PipelineResource) -> dg.MaterializeResult:
        progress.shared("models", len(MODELS), unit="models").note(model.name)  # the first model opens the bar
        with pipeline.warehouse().connect() as con:
            rows = build_model(con, model)
            preview = con.sql(f"SELECT * FROM marts.{model.name} LIMIT 5").pl()
            built = con.execute("SELECT column_name, data_type, comment FROM duckdb_columns() WHERE schema_name = 'marts' "
                                "AND table_name = ? ORDER BY column_index", [model.name]).fetchall()
        progress.advance_shared("models", len(MODELS), unit="models")
        return dg.MaterializeResult(metadata={
            **frame_metadata(preview),
            "dagster/column_schema": column_schema(built),
            "dagster/row_count": rows,
            "version": model.version,
            "content_hash": model.content_hash,
            "latest_alias": f"marts.{model.family}" if model.is_latest else "",
            "sql": dg.MetadataValue.md(f"```sql\n{model.sql}\n```"),
        })

    _model.__name__ = model.name
    return _model


MODELS = load_models()
_SCHEMAS = model_schemas(MODELS)
MODEL_ASSETS = [model_asset(m, _SCHEMAS[m.name]) for m in MODELS]
