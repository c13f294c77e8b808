"""The DuckDB side: a private build file, table loads with comments, atomic publish.

Readers only ever open the published file. The pipeline writes a private build file beside
it and publishes a finished copy with ``os.replace``, so a reader keeps the snapshot it
opened and the next reader sees the new one; nobody waits on a lock.
"""
from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl
from pydantic import BaseModel

from pipelines.progress import Progress
from pipelines.tables import create_table_sql

# duckdb-cli on PyPI is 1.5.x; it reads files that 2.0 creates in this storage version
STORAGE_COMPATIBILITY = "v1.5.0"
SCHEMAS = ("core", "marts")


class Warehouse:
    """The build file (private, written by the pipeline) and the published file (read by analysts)."""

    def __init__(self, published: Path, build_dir: Path):
        self.published = Path(published)
        self.build_dir = Path(build_dir)

    @property
    def build_path(self) -> Path:
        return self.build_dir / "warehouse.duckdb"

    @property
    def cache_dir(self) -> Path:
        return self.build_dir / "cache"

    @contextmanager
    def connect(self, *, read_only: bool = False, attempts: int = 20) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the build file; waits briefly for another writer to finish."""
        self.build_dir.mkdir(parents=True, exist_ok=True)
        for attempt in range(attempts):
            try:
                con = duckdb.connect(
                    str(self.build_path), read_only=read_only,
                    config={"storage_compatibility_version": STORAGE_COMPATIBILITY},
                )
                break
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or attempt == attempts - 1:
                    raise
                time.sleep(0.25 * (attempt + 1))
        try:
            for schema in SCHEMAS:
                if not read_only:
                    con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
            yield con
        finally:
            con.close()

    def publish(self, progress: Progress | None = None) -> Path:
        """Copy the closed build file next to the published one, then swap it in atomically."""
        self.published.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.published.with_name(f".{self.published.name}.{os.getpid()}.tmp")
        if progress is None:
            shutil.copyfile(self.build_path, tmp)
        else:
            _copy(self.build_path, tmp, progress)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.published)
        return self.published


def write_table(con: duckdb.DuckDBPyConnection, schema: str, table: str, model: type[BaseModel], frame: pl.DataFrame) -> int:
    """Replace ``schema.table`` with the rows of ``frame``; columns and comments come from ``model``."""
    for statement in create_table_sql(schema, table, model):
        con.execute(statement)
    cols = ", ".join(f'"{c}"' for c in model.model_fields)
    con.register("_incoming", frame.select(list(model.model_fields)))
    try:
        con.execute(f"INSERT INTO {schema}.{table} ({cols}) SELECT {cols} FROM _incoming")
    finally:
        con.unregister("_incoming")
    return frame.height


def _copy(source: Path, target: Path, progress: Progress, block: int = 8 << 20) -> None:
    """shutil.copyfile, advancing ``progress`` by the bytes copied."""
    with open(source, "rb") as src, open(target, "wb") as dst:
        for chunk in iter(lambda: src.read(block), b""):
            dst.write(chunk)
            progress.advance(len(chunk))
