"""What an asset shows in the UI: row count, column schema with descriptions, a preview table.

The preview is table metadata, which the UI draws inline on the asset's page (Markdown over
1,000 characters sits behind a click), and its cells keep whole sentences.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import dagster as dg
import polars as pl
from pydantic import BaseModel

# longest cell text kept whole; longer text is cut at the last sentence end (or word) before it
CELL_CHARS = 400

from pipelines.progress import Progress


def _cell(value: object) -> str | int | float | bool | None:
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple):
        value = ", ".join("" if v is None else str(v) for v in value)
    text = " ".join(str(value).split())
    if len(text) <= CELL_CHARS:
        return text
    cut = text[:CELL_CHARS]
    end = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    return (cut[: end + 1] if end > CELL_CHARS // 2 else cut[: cut.rfind(" ")]) + " …"


def record_text(model: type[BaseModel]) -> dict[str, str]:
    """Column descriptions of a record model (its pydantic field descriptions)."""
    return {name: field.description or "" for name, field in model.model_fields.items()}


def column_schema(columns: Iterable[tuple[str, str, str | None]]) -> dg.TableSchema:
    """(name, type, description) -> the schema the UI shows under Columns."""
    return dg.TableSchema(columns=[dg.TableColumn(name, dtype, description=text or None) for name, dtype, text in columns])


def record_schema(model: type[BaseModel]) -> dg.TableSchema:
    """A record model's columns with their DuckDB types and field descriptions."""
    from pipelines.tables import create_table_sql

    ddl = create_table_sql("core", "t", model)[0]
    body = ddl[ddl.index("(") + 1: ddl.rindex(")")]
    types = {}
    for col in body.split(", "):
        name, _, rest = col.partition(" ")
        types[name.strip('"')] = rest.replace(" NOT NULL", "")
    text = record_text(model)
    return column_schema((name, types[name], text[name]) for name in model.model_fields)


def preview_table(frame: pl.DataFrame, columns: Sequence[str] | None = None, rows: int = 5) -> dg.TableMetadataValue:
    cols = [c for c in (columns or frame.columns) if c in frame.columns]
    records = [dg.TableRecord({c: _cell(v) for c, v in zip(cols, row)}) for row in frame.select(cols).head(rows).iter_rows()]
    schema = dg.TableSchema(columns=[dg.TableColumn(c, str(frame.schema[c])) for c in cols])
    return dg.MetadataValue.table(records=records, schema=schema)


def frame_metadata(frame: pl.DataFrame, columns: Sequence[str] | None = None,
                   descriptions: Mapping[str, str] | type[BaseModel] | None = None, **extra: object) -> dict:
    """Row count, column schema (with descriptions when given) and a preview of ``frame``."""
    if isinstance(descriptions, type):
        descriptions = record_text(descriptions)
    text = descriptions or {}
    schema = column_schema((name, str(dtype), text.get(name)) for name, dtype in frame.schema.items())
    return {
        "dagster/row_count": frame.height,
        "dagster/column_schema": schema,
        "preview": preview_table(frame, columns),
        **extra,
    }


def progress_metadata(progress: Progress, noun: str) -> dict:
    """How much a step processed and how fast: `<noun>_processed`, `<noun>_per_second`, `seconds`."""
    return {f"{noun}_processed": progress.done, f"{noun}_per_second": round(progress.rate, 1),
            "seconds": round(progress.seconds, 2)}


#: asset key -> the core tables its output holds (a dict of frames keyed by table name); the
#: core_tables asset takes its inputs from here, so a new table is its record, its producer
#: naming it with :func:`produces`, and nothing else
PRODUCERS: dict[tuple[str, ...], tuple[str, ...]] = {}


def produces(key: Sequence[str], *tables: str) -> dict:
    """Declare that the asset at ``key`` outputs these core tables; returns metadata saying so."""
    PRODUCERS[tuple(key)] = tables
    return {"core_tables": ", ".join(tables)}
