"""Every SQL model file becomes an asset that builds its view in schema ``marts``.

A model's rows are evaluated once per build into a table of schema ``marts_rows`` (named as
the model), and its view ``marts.<model>`` reads that table: analysts, the report and the
models that read it get stored rows instead of evaluating a chain of models again at every
query (``marts.fact_agreement`` evaluates three models). The rows change only when a build
rebuilds the model, which it does whenever its SQL or a table it reads changed, so they are
never stale in a published warehouse. The model's SQL is its file, named in
``marts.model_registry.path`` and in the table's comment."""

import hashlib
import json

import dagster as dg
import polars as pl

from pipelines import progress
from pipelines.defs.metadata import column_schema, frame_metadata
from pipelines.defs.resources import PipelineResource
from pipelines.warehouse import loaded_digests
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
#: Where the models' rows are stored; each view of schema marts reads its table here.
ROWS_SCHEMA = "marts_rows"


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
    """Evaluate the model into its rows table, (re)create its view (and its family alias when
    latest) over that table, document and record it; returns its row count. The models it reads
    are built before it (:func:`build_order`), so their views already read stored rows."""
    path = model.path.relative_to(model.path.parents[2]).as_posix()
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {ROWS_SCHEMA}")
    con.execute(f"CREATE OR REPLACE TABLE {ROWS_SCHEMA}.{model.name} AS {model.sql}")
    con.execute(f"COMMENT ON TABLE {ROWS_SCHEMA}.{model.name} IS "
                f"{_sql_literal(f'Rows of marts.{model.name} as evaluated by {path} when the warehouse was built.')}")
    con.execute(f"CREATE OR REPLACE VIEW marts.{model.name} AS SELECT * FROM {ROWS_SCHEMA}.{model.name}")
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
        [model.name, model.family, model.version, model.is_latest, model.content_hash, path,
         [f"{s}.{t}" for s, t in model.upstream]],
    )
    return con.execute(f"SELECT count(*) FROM {ROWS_SCHEMA}.{model.name}").fetchall()[0][0]


MODELS = load_models()
_SCHEMAS = model_schemas(MODELS)


def build_order(models: list[SqlModel]) -> list[SqlModel]:
    """Models in an order that builds every model after the models it reads."""
    names = {m.name for m in models} | {m.family for m in models}
    done: set[str] = set()
    ordered: list[SqlModel] = []
    pending = list(models)
    while pending:
        ready = [m for m in pending if all(t in done or t not in names for s, t in m.upstream if s == "marts")]
        if not ready:
            raise ValueError("SQL models read each other in a cycle: " + ", ".join(m.name for m in pending))
        for m in ready:
            ordered.append(m)
            pending.remove(m)
            done |= {m.name, *([m.family] if m.is_latest else [])}
    return ordered


def _spec(model: SqlModel, columns: list[tuple[str, str, str | None]]) -> dg.AssetSpec:
    return dg.AssetSpec(
        key=["marts", model.name],
        deps=[dg.AssetKey([schema, table]) for schema, table in model.upstream],
        code_version=model.content_hash,
        group_name="marts",
        description=model.description or None,
        kinds={"duckdb", "sql"},
        tags={"family": model.family},
        metadata={"dagster/column_schema": column_schema(columns)},
    )


def model_keys(models: list[SqlModel], loaded: dict[str, str]) -> dict[str, str | None]:
    """What each model's rows and view follow from: its SQL, column text and whether it is its
    family's latest, the core tables as loaded, and the keys of the models it reads (a family
    name read as its latest version), so a change to one model rebuilds every model after it."""
    if not loaded:
        return {m.name: None for m in models}
    latest = {m.family: m.name for m in models if m.is_latest}
    keys: dict[str, str | None] = {}
    for m in build_order(models):
        upstream = sorted(keys.get(latest.get(t, t)) or t for s, t in m.upstream if s == "marts")
        keys[m.name] = hashlib.sha256(json.dumps(
            [ROWS_SCHEMA, m.content_hash, m.sql, m.column_text, m.is_latest, loaded, upstream],
            sort_keys=True).encode()).hexdigest()
    return keys


def _build_one(con, model: SqlModel) -> dict:
    rows = build_model(con, model)
    preview = con.sql(f"SELECT * FROM {ROWS_SCHEMA}.{model.name} LIMIT 5").pl()
    built = con.execute("SELECT column_name, data_type, comment FROM duckdb_columns() WHERE schema_name = 'marts' "
                        "AND table_name = ? ORDER BY column_index", [model.name]).fetchall()
    cells = [[None if v is None else str(v) for v in row] for row in preview.iter_rows()]
    return {"rows": rows, "preview": cells, "preview_columns": preview.columns, "columns": built}


def _drop_removed(con, models: list[SqlModel]) -> None:
    """Views, stored rows and registry rows of models whose file is gone (a family alias whose
    family is gone too): a removed model leaves nothing behind to read."""
    names = {m.name for m in models} | {m.family for m in models}
    for (view,) in con.execute("SELECT view_name FROM duckdb_views() WHERE schema_name = 'marts'").fetchall():
        if view not in names:
            con.execute(f"DROP VIEW marts.{view}")
    for (table,) in con.execute(
            f"SELECT table_name FROM duckdb_tables() WHERE schema_name = '{ROWS_SCHEMA}'").fetchall():
        if table not in names:
            con.execute(f"DROP TABLE {ROWS_SCHEMA}.{table}")
    if con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'marts' "
                   "AND table_name = 'model_registry'").fetchall()[0][0]:
        con.execute("DELETE FROM marts.model_registry WHERE NOT list_contains(?, model)", [sorted(names)])


def _built(con) -> set[str]:
    """Models with both their view and their stored rows in this build file."""
    return {name for (name,) in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE schema_name = 'marts' INTERSECT "
        f"SELECT table_name FROM duckdb_tables() WHERE schema_name = '{ROWS_SCHEMA}'").fetchall()}


@dg.multi_asset(specs=[_spec(m, _SCHEMAS[m.name]) for m in MODELS], can_subset=True, name="sql_models")
def sql_models(context: dg.AssetExecutionContext, pipeline: PipelineResource):
    """Every SQL model's view, in one step: a model whose SQL and input tables are those of its
    last build keeps its view, and its row count and preview are read from that build."""
    warehouse = pipeline.warehouse()
    memo_path = warehouse.cache_dir / "models.memo.json"
    try:
        memo = json.loads(memo_path.read_text())
    except (OSError, ValueError):
        memo = {}
    loaded = loaded_digests(warehouse.cache_dir)
    selected = {tuple(k.path) for k in context.selected_asset_keys}
    todo = [m for m in build_order(MODELS) if ("marts", m.name) in selected]
    with progress.Progress("models", len(todo), unit="models", log=context.log.info) as bar, warehouse.connect() as con:
        _drop_removed(con, MODELS)
        built = _built(con)
        keys = model_keys(MODELS, loaded)
        for model in todo:
            bar.note(model.name)
            key = keys[model.name]
            found = memo.get(model.name)
            if key is None or not found or found.get("key") != key or model.name not in built:
                con.begin()     # one commit per model, not one per statement (they cost more than most models)
                found = {"key": key, **_build_one(con, model)}
                con.commit()
                memo[model.name] = found
            bar.advance()
            yield _result(model, found)
    memo_path.write_text(json.dumps(memo, default=str))


def _result(model: SqlModel, found: dict) -> dg.MaterializeResult:
    preview = pl.DataFrame(found["preview"], schema={c: pl.String for c in found["preview_columns"]}, orient="row")
    return dg.MaterializeResult(asset_key=dg.AssetKey(["marts", model.name]), metadata={
        **frame_metadata(preview),
        "dagster/column_schema": column_schema([tuple(c) for c in found["columns"]]),
        "dagster/row_count": found["rows"],
        "version": model.version,
        "content_hash": model.content_hash,
        "latest_alias": f"marts.{model.family}" if model.is_latest else "",
        "sql": dg.MetadataValue.md(f"```sql\n{model.sql}\n```"),
    })


MODEL_ASSETS = [sql_models]
