"""Tables follow from the records: DuckDB DDL, column comments and Polars schemas.

The pydantic models in ``pipelines.records`` are the single definition; nothing here lists
a column by hand.
"""
from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Iterable, Sequence

import polars as pl
from pydantic import BaseModel

from pipelines import records

# table name -> record model, in load order
TABLES: dict[str, type[records.Record]] = {
    "documents": records.Document,
    "sentences": records.Sentence,
    "removed_spans": records.RemovedSpan,
    "rejected_files": records.RejectedFile,
    "entities": records.Entity,
    "entity_mentions": records.EntityMention,
    "entity_roles": records.EntityRole,
    "facts": records.Fact,
    "quotes": records.Quote,
    "rules": records.ExtractionRule,
}

_SCALARS: dict[type, tuple[str, pl.DataType]] = {
    str: ("VARCHAR", pl.String()),
    int: ("BIGINT", pl.Int64()),
    float: ("DOUBLE", pl.Float64()),
    bool: ("BOOLEAN", pl.Boolean()),
    dt.date: ("DATE", pl.Date()),
}


def _column_type(annotation: object) -> tuple[str, pl.DataType, bool]:
    """(DuckDB type, Polars dtype, nullable) of a field annotation."""
    nullable = False
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(annotation))
        if len(args) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        annotation, origin = args[0], typing.get_origin(args[0])
    if origin is typing.Literal:
        annotation = type(typing.get_args(annotation)[0])
    elif origin is list:
        (item,) = typing.get_args(annotation)
        sql, dtype, _ = _column_type(item)
        return f"{sql}[]", pl.List(dtype), nullable
    if annotation not in _SCALARS:
        raise TypeError(f"unsupported field type {annotation!r}")
    sql, dtype = _SCALARS[annotation]
    return sql, dtype, nullable


def polars_schema(model: type[BaseModel]) -> dict[str, pl.DataType]:
    return {name: _column_type(f.annotation)[1] for name, f in model.model_fields.items()}


#: rows converted at a time: the dicts between records and a frame never exist for a whole table
CHUNK_ROWS = 20_000


def to_frame(rows: Iterable[BaseModel], model: type[BaseModel]) -> pl.DataFrame:
    """Records as a Polars frame with the model's exact schema (also when empty)."""
    schema = polars_schema(model)
    rows = rows if isinstance(rows, list) else list(rows)
    if len(rows) <= CHUNK_ROWS:
        return pl.DataFrame([r.model_dump() for r in rows], schema=schema)
    return pl.concat([pl.DataFrame([r.model_dump() for r in rows[i:i + CHUNK_ROWS]], schema=schema)
                      for i in range(0, len(rows), CHUNK_ROWS)], how="vertical", rechunk=True)


def from_frame(frame: pl.DataFrame, model: type[BaseModel]) -> list:
    """Frame rows back to records (validated: with pydantic's core this beats model_construct)."""
    return [model.model_validate(row) for chunk in frame.iter_slices(CHUNK_ROWS) for row in chunk.to_dicts()]


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_table_sql(schema: str, table: str, model: type[BaseModel]) -> list[str]:
    """CREATE TABLE plus COMMENT ON statements for one record model."""
    cols = []
    comments = [f"COMMENT ON TABLE {schema}.{table} IS {_sql_literal(' '.join((model.__doc__ or '').split()))}"]
    for name, field in model.model_fields.items():
        sql_type, _, nullable = _column_type(field.annotation)
        cols.append(f'"{name}" {sql_type}{"" if nullable else " NOT NULL"}')
        if field.description:
            comments.append(f'COMMENT ON COLUMN {schema}.{table}."{name}" IS {_sql_literal(field.description)}')
    return [f"CREATE OR REPLACE TABLE {schema}.{table} ({', '.join(cols)})", *comments]


def columns(model: type[BaseModel]) -> Sequence[str]:
    return list(model.model_fields)
