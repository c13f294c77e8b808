"""The DuckDB side: a private build file, table loads with comments, atomic publish.

Readers only ever open the published file. The pipeline writes a private build file beside
it and publishes a finished copy with ``os.replace``, so a reader keeps the snapshot it
opened and the next reader sees the new one; nobody waits on a lock.

Builds of one WAREHOUSE_PATH take turns: :meth:`Warehouse.build_session` holds an exclusive
lock on the build folder for the whole run (the kernel drops it when the process dies), and
clears what a failed or killed build left behind before the new one starts.
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl
from pydantic import BaseModel

from pipelines.progress import Progress
from pipelines.tables import create_table_sql

# duckdb-cli on PyPI is 1.5.x; it reads files that 2.0 creates in this storage version
STORAGE_COMPATIBILITY = "v1.5.0"
#: what DuckDB may hold in memory while it builds (joins and sorts past it spill to the build
#: folder): the SQL models of a large corpus stay within it instead of growing with the corpus
BUILD_MEMORY_LIMIT = "1GB"
SCHEMAS = ("core", "marts")


#: how long a build waits for another build of the same WAREHOUSE_PATH before it gives up
LOCK_WAIT_SECONDS = 15 * 60
#: build locks this process holds (by lock file), so a nested request does not wait on itself
_HELD: set[str] = set()


class BuildLocked(RuntimeError):
    """Another build of the same WAREHOUSE_PATH is running."""


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
        """A connection to the build file; waits briefly for another writer to finish. DuckDB's
        memory is capped (BUILD_MEMORY_LIMIT), spilling to the build folder past it, and the
        Python heap freed by earlier steps is handed back first."""
        from pipelines.steps import release_memory

        release_memory()
        self.build_dir.mkdir(parents=True, exist_ok=True)
        for attempt in range(attempts):
            try:
                con = duckdb.connect(
                    str(self.build_path), read_only=read_only,
                    config={"storage_compatibility_version": STORAGE_COMPATIBILITY,
                            "memory_limit": BUILD_MEMORY_LIMIT, "temp_directory": str(self.build_dir / "spill")},
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

    @property
    def lock_path(self) -> Path:
        return self.build_dir / "build.lock"

    @property
    def unfinished_marker(self) -> Path:
        """Present from a build's start until it publishes: a build that died leaves it behind."""
        return self.build_dir / "unfinished"

    @contextmanager
    def build_session(self, *, wait_seconds: float = LOCK_WAIT_SECONDS,
                      log: Callable[[str], None] = print) -> Iterator[None]:
        """Hold this warehouse's build lock for a whole run; clear a failed build's leftovers first.

        A second run on the same target waits up to ``wait_seconds`` for the first, then
        raises :class:`BuildLocked` naming the process that holds it. Re-entrant within one
        process (``make run`` holds it around the in-process Dagster run, which asks again).
        """
        key = str(self.lock_path)
        if key in _HELD:
            yield
            return
        self.build_dir.mkdir(parents=True, exist_ok=True)
        fh = open(self.lock_path, "a+")
        try:
            deadline = time.monotonic() + wait_seconds
            said = False
            while True:
                try:
                    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    fh.seek(0)
                    holder = fh.read().strip() or "another process"
                    if time.monotonic() >= deadline:
                        raise BuildLocked(f"another build of {self.published} is running (pid {holder}); "
                                          "try again when it has finished") from None
                    if not said:
                        log(f"another build of {self.published} is running (pid {holder}); waiting for it")
                        said = True
                    time.sleep(0.2)
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
            self._clear_leftovers(log)
            self.unfinished_marker.write_text(str(os.getpid()))
            _HELD.add(key)
            yield
        finally:
            _HELD.discard(key)
            fh.close()  # closing the descriptor releases the lock

    def _clear_leftovers(self, log: Callable[[str], None]) -> None:
        """Under the lock: a build that did not publish may have left a grown or half-written
        build file and WAL (a full disk, a kill): start from a fresh one. Publish copies whose
        process is gone are removed too."""
        if self.unfinished_marker.exists():
            for path in (self.build_path, self.build_path.with_name(self.build_path.name + ".wal")):
                if path.exists():
                    log(f"removing {path.name} left by a build that did not finish")
                    path.unlink()
        pattern = re.compile(rf"^\.{re.escape(self.published.name)}\.(\d+)\.tmp$")
        if self.published.parent.is_dir():
            for path in self.published.parent.iterdir():
                m = pattern.match(path.name)
                if m and not _pid_alive(int(m.group(1))):
                    log(f"removing {path.name}, a publish copy left by a process that is gone")
                    path.unlink(missing_ok=True)

    def publish(self, progress: Progress | None = None) -> Path:
        """Copy the closed build file next to the published one, then swap it in atomically."""
        self.published.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.published.with_name(f".{self.published.name}.{os.getpid()}.tmp")
        try:
            if progress is None:
                shutil.copyfile(self.build_path, tmp)
            else:
                _copy(self.build_path, tmp, progress)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, self.published)
        finally:
            tmp.unlink(missing_ok=True)
        self.unfinished_marker.unlink(missing_ok=True)
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


def table_digests(frames: dict[str, pl.DataFrame]) -> dict[str, str]:
    """{table: hash of its DDL and rows} for the record tables among ``frames``."""
    from pipelines.steps import frame_digest
    from pipelines.tables import TABLES

    return {t: frame_digest(frames[t]) + hashlib.sha256("".join(create_table_sql("core", t, m)).encode()).hexdigest()[:8]
            for t, m in TABLES.items()}


def loaded_digests(cache_dir: Path) -> dict[str, str]:
    """What :func:`load_tables` last wrote into the build file ({} when unknown)."""
    try:
        return json.loads((cache_dir / "loaded.json").read_text())
    except (OSError, ValueError):
        return {}


def load_tables(con: duckdb.DuckDBPyConnection, cache_dir: Path, frames: dict[str, pl.DataFrame],
                progress: Progress | None = None) -> set[str]:
    """Write every record table into schema core; a table whose DDL and rows are those already
    in the build file (as recorded beside it) is left as it is. Returns the tables written."""
    from pipelines.tables import TABLES

    digests = table_digests(frames)
    before = loaded_digests(cache_dir)
    present = {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'core'").fetchall()}
    (cache_dir / "loaded.json").unlink(missing_ok=True)  # a load cut short leaves no claim behind
    written = set()
    for table, model in TABLES.items():
        if before.get(table) != digests[table] or table not in present:
            write_table(con, "core", table, model, frames[table])
            written.add(table)
        if progress is not None:
            progress.advance(frames[table].height)
    if written:
        con.execute("CHECKPOINT")
    cache_dir.mkdir(parents=True, exist_ok=True)
    (cache_dir / "loaded.json").write_text(json.dumps(digests))
    return written


def _copy(source: Path, target: Path, progress: Progress, block: int = 8 << 20) -> None:
    """shutil.copyfile, advancing ``progress`` by the bytes copied."""
    with open(source, "rb") as src, open(target, "wb") as dst:
        for chunk in iter(lambda: src.read(block), b""):
            dst.write(chunk)
            progress.advance(len(chunk))
