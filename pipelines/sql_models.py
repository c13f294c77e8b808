"""Versioned SQL models: every ``sql/models/<family>_v<N>.sql`` file is one model.

A model file holds one SELECT. Its version hash follows the SQL's normalised form
(formatting and comments do not count); its upstream tables come from the tables the SQL
reads. The newest version of a family is also published under the family's plain name.

Each column is documented: ``<model>.yml`` beside the SQL file gives the text of the columns
the model computes or renames; a column passed through under its own name keeps the
description of the table it comes from (the first table the SQL reads that has it: the
record field's description for ``core`` tables). :func:`column_docs` resolves both, and
the same text becomes ``COMMENT ON COLUMN`` and the asset's column schema in the UI.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipelines.diskcache import cached, content_key
from pipelines.settings import REPO_ROOT

# sqlglot and yaml load only when a model file is new or changed: what the models parse to is
# kept in the disk cache, keyed by the bytes of every model file and of the code that reads them
MODELS_DIR = REPO_ROOT / "sql" / "models"
_NAME = re.compile(r"(?P<family>[a-z][a-z0-9_]*)_v(?P<version>[0-9]+)")


class ModelError(ValueError):
    """A model file that cannot become a versioned model."""


@dataclass(frozen=True)
class SqlModel:
    name: str                               # fact_sheet_v1: also the view's name in schema marts
    family: str                             # fact_sheet: the plain-named view of the latest version
    version: int
    path: Path
    sql: str
    content_hash: str                       # of the normalised SQL: the asset's code version
    upstream: tuple[tuple[str, str], ...]   # (schema, table) the SQL reads
    is_latest: bool
    description: str
    column_text: dict[str, str]             # from <model>.yml: columns the model computes or renames
    reads: tuple[tuple[str, str], ...] = ()  # (schema, table) in the order the SQL first reads them


def normalise(sql: str) -> str:
    """One canonical spelling of the statement: reformatting or comments change nothing."""
    import sqlglot

    return sqlglot.parse_one(sql, read="duckdb").sql(dialect="duckdb", normalize=True, comments=False)


def tables_read(sql: str) -> tuple[tuple[str, str], ...]:
    """(schema, table) the SQL reads, in the order they first appear."""
    import sqlglot
    from sqlglot import exp

    tree = sqlglot.parse_one(sql, read="duckdb")
    ctes = {cte.alias_or_name for cte in tree.find_all(exp.CTE)}
    found: dict[tuple[str, str], None] = {}
    for table in tree.find_all(exp.Table):
        if not table.db and table.name in ctes:
            continue
        if not table.db:
            raise ModelError(f"table {table.name!r} must be schema-qualified (core.x or marts.x)")
        found.setdefault((table.db, table.name), None)
    return tuple(found)


def upstream_tables(sql: str) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(tables_read(sql)))


def _column_text(path: Path) -> dict[str, str]:
    """``columns:`` of the model's YAML file (name -> description); {} when there is none."""
    if not path.exists():
        return {}
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    columns = data.get("columns") or {}
    if not isinstance(columns, dict) or not all(isinstance(v, str) and v.strip() for v in columns.values()):
        raise ModelError(f"{path.name}: 'columns' maps each column name to its description")
    return {str(k): " ".join(v.split()) for k, v in columns.items()}


def _description(sql: str) -> str:
    lines = []
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        lines.append(line[2:].strip())
    return " ".join(lines).strip()


_LOADED: dict[tuple, list[SqlModel]] = {}


def load_models(folder: Path = MODELS_DIR) -> list[SqlModel]:
    """Every model in ``folder``; parsed once per process while its files stay as they are."""
    files = sorted([*folder.glob("*.sql"), *folder.glob("*.yml")])
    key = (str(folder), tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in files))
    if key not in _LOADED:
        _LOADED.clear()
        _LOADED[key] = _disk_cached("models", folder, files, lambda: _load_models(folder))
    return list(_LOADED[key])


def _disk_cached(what: str, folder: Path, files: list[Path], compute):
    """``compute()``, or what it gave before for these exact model files and this code (see
    :mod:`pipelines.diskcache`)."""
    from pipelines import records, tables

    family = f"sql-{what}-{hashlib.sha256(str(folder).encode()).hexdigest()[:8]}"
    key = content_key([*files, Path(__file__), Path(records.__file__), Path(tables.__file__)],
                      extra=f"{what}\0{folder}\0{duckdb.__version__}")
    return cached(family, key, compute)


def _sqlglot_errors():
    from sqlglot import errors

    return errors


def _load_models(folder: Path) -> list[SqlModel]:
    drafts = []
    for path in sorted(folder.glob("*.sql")):
        match = _NAME.fullmatch(path.stem)
        if not match:
            raise ModelError(f"{path.name}: model files are named <family>_v<N>.sql")
        sql = path.read_text(encoding="utf-8").strip().rstrip(";")
        try:
            normalised = normalise(sql)
            reads = tables_read(sql)
        except _sqlglot_errors().ParseError as exc:
            raise ModelError(f"{path.name}: {exc}") from exc
        drafts.append((match["family"], int(match["version"]), path, sql, normalised, reads))
    docs = {path.stem: _column_text(path.with_suffix(".yml")) for _, _, path, *_ in drafts}
    latest: dict[str, int] = {}
    for family, version, *_ in drafts:
        latest[family] = max(version, latest.get(family, 0))
    return [
        SqlModel(name=path.stem, family=family, version=version, path=path, sql=sql,
                 content_hash=hashlib.sha256(normalised.encode()).hexdigest()[:12], upstream=tuple(sorted(reads)),
                 is_latest=latest[family] == version, description=_description(sql),
                 column_text=docs[path.stem], reads=reads)
        for family, version, path, sql, normalised, reads in drafts
    ]


def build_order(models: list[SqlModel]) -> list[SqlModel]:
    """The models with every one after the models it reads (a model may read ``marts.<model>``)."""
    by_name = {m.name: m for m in models}
    done: dict[str, SqlModel] = {}

    def visit(model: SqlModel, path: tuple[str, ...]) -> None:
        if model.name in done:
            return
        if model.name in path:
            raise ModelError(f"models read each other in a cycle: {' -> '.join(path + (model.name,))}")
        for schema, table in model.upstream:
            if schema == "marts" and table in by_name:
                visit(by_name[table], path + (model.name,))
        done[model.name] = model

    for model in models:
        visit(model, ())
    return list(done.values())


def inherited_text(model: SqlModel, known: dict[str, dict[str, str]]) -> dict[str, str]:
    """Descriptions a pass-through column keeps: the first table the model reads that has it.
    ``known`` maps "schema.table" to its column descriptions."""
    out: dict[str, str] = {}
    for schema, table in reversed(model.reads or tables_read(model.sql)):
        out.update(known.get(f"{schema}.{table}", {}))
    return out


def core_column_text() -> dict[str, dict[str, str]]:
    from pipelines.tables import TABLES

    return {f"core.{t}": {n: f.description or "" for n, f in m.model_fields.items()} for t, m in TABLES.items()}


def column_docs(columns: list[tuple[str, str]], model: SqlModel,
                known: dict[str, dict[str, str]]) -> list[tuple[str, str, str | None]]:
    """(name, type, description) of each view column: the YAML text, else the inherited one."""
    inherited = inherited_text(model, known)
    return [(name, dtype, model.column_text.get(name) or inherited.get(name) or None) for name, dtype in columns]


def model_schemas(models: list[SqlModel] | None = None) -> dict[str, list[tuple[str, str, str | None]]]:
    """Every model's columns with their types and descriptions, found by building the views
    over empty core tables in memory: the column schema the UI shows before any run."""
    models = load_models() if models is None else models
    if all(m.path.parent == MODELS_DIR for m in models):
        files = sorted([*MODELS_DIR.glob("*.sql"), *MODELS_DIR.glob("*.yml")])
        if sorted(m.name for m in models) == sorted(p.stem for p in files if p.suffix == ".sql"):
            return _disk_cached("schemas", MODELS_DIR, files, lambda: _model_schemas(models))
    return _model_schemas(models)


def _model_schemas(models: list[SqlModel]) -> dict[str, list[tuple[str, str, str | None]]]:
    from pipelines.tables import TABLES, create_table_sql

    known = core_column_text()
    out: dict[str, list[tuple[str, str, str | None]]] = {}
    con = duckdb.connect()
    try:
        con.execute("CREATE SCHEMA core; CREATE SCHEMA marts")
        for table, record in TABLES.items():
            con.execute(create_table_sql("core", table, record)[0])
        pending = list(models)
        while pending:                  # a model may read another model: build readers after what they read
            progress = False
            for model in list(pending):
                try:
                    con.execute(f"CREATE VIEW marts.{model.name} AS {model.sql}")
                except duckdb.CatalogException:
                    continue
                cols = con.execute("SELECT column_name, data_type FROM duckdb_columns() "
                                   "WHERE schema_name = 'marts' AND table_name = ? ORDER BY column_index",
                                   [model.name]).fetchall()
                out[model.name] = column_docs(cols, model, known)
                known[f"marts.{model.name}"] = {n: d for n, _, d in out[model.name] if d}
                pending.remove(model)
                progress = True
            if not progress:
                names = ", ".join(m.name for m in pending)
                raise ModelError(f"models that read a missing table: {names}")
    finally:
        con.close()
    return out
