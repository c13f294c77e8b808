"""`make sql`: the DuckDB CLI on the published warehouse, read-only, opened with a short banner.

The banner lists the tables and views with their row counts, three example queries, and the
one thing a reader must know about publishing: the session keeps the snapshot it opened; a
`make run` meanwhile publishes a new file that only a new session sees. The prompt carries
the snapshot's publish time, so an old session says how old it is.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import textwrap
from pathlib import Path

import duckdb

from pipelines.settings import Settings

CLI = Path(sys.executable).with_name("duckdb")

EXAMPLES = (
    ("every fact as it reads, with its hedge and sentence",
     "select kind, display, approx, object, doc_title from marts.fact_sheet limit 20;"),
    ("what several sources state, and where they contradict each other",
     "select kind, subject, value, n_sources, doc_ids, status from marts.claims where n_sources >= 2;"),
    ("who said what, and what a column means",
     "select speaker, n_quotes, quotes from marts.quotes_by_speaker;\n"
     "    select table_name, column_name, comment from duckdb_columns() where schema_name = 'marts';"),
)


def _tables(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """core tables and the latest marts views (not their _vN versions), with row counts."""
    names = con.execute("""
        select schema_name || '.' || table_name from duckdb_tables() where schema_name in ('core', 'marts')
        union all
        select schema_name || '.' || view_name from duckdb_views()
        where schema_name = 'marts' and not regexp_matches(view_name, '_v[0-9]+$')
        order by 1""").fetchall()
    return [(name, con.execute(f"select count(*) from {name}").fetchone()[0]) for (name,) in names]


def banner(path: Path) -> str:
    published = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M:%S")
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = _tables(con)
    finally:
        con.close()
    lines = [f"newsfacts warehouse {path}", f"published {published}", ""]
    for schema in ("core", "marts"):
        row = [f"{n.split('.', 1)[1]} ({rows:,})" for n, rows in tables if n.startswith(schema + ".")]
        lines += textwrap.wrap(", ".join(row), 96, initial_indent=f"  {schema:<6} ", subsequent_indent=" " * 9)
    lines += ["", "try:"]
    for why, sql in EXAMPLES:
        lines += [f"  -- {why}", f"    {sql}"]
    lines += ["", f"This session reads the snapshot published at {published}. A `make run` meanwhile",
              "publishes a new file: quit (.quit) and `make sql` again to see it.", ""]
    return "\n".join(lines)


def open_shell(settings: Settings | None = None) -> int:
    """Print the banner and replace this process with the read-only DuckDB CLI."""
    settings = settings or Settings.from_env()
    path = settings.warehouse_path
    if not path.exists():
        print(f"no warehouse at {path}: run `make run` first (it builds one from {settings.seeds_dir})",
              file=sys.stderr)
        return 1
    if not CLI.exists():
        print(f"no DuckDB CLI at {CLI}: run `make setup` (it installs duckdb-cli)", file=sys.stderr)
        return 1
    print(banner(path), file=sys.stderr, flush=True)
    stamp = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%H:%M")
    os.execv(CLI, [str(CLI), "-readonly", "-cmd", f".prompt 'newsfacts@{stamp} D '", str(path)])
    return 0  # not reached
