"""Versioned SQL models: every ``sql/models/<family>_v<N>.sql`` file is one model.

A model file holds one SELECT. Its version hash follows the SQL's normalised form
(formatting and comments do not count); its upstream tables come from the tables the SQL
reads. The newest version of a family is also published under the family's plain name.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import sqlglot
from sqlglot import exp

from pipelines.settings import REPO_ROOT

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


def normalise(sql: str) -> str:
    """One canonical spelling of the statement: reformatting or comments change nothing."""
    return sqlglot.parse_one(sql, read="duckdb").sql(dialect="duckdb", normalize=True, comments=False)


def upstream_tables(sql: str) -> tuple[tuple[str, str], ...]:
    tree = sqlglot.parse_one(sql, read="duckdb")
    ctes = {cte.alias_or_name for cte in tree.find_all(exp.CTE)}
    found = set()
    for table in tree.find_all(exp.Table):
        if not table.db and table.name in ctes:
            continue
        if not table.db:
            raise ModelError(f"table {table.name!r} must be schema-qualified (core.x or marts.x)")
        found.add((table.db, table.name))
    return tuple(sorted(found))


def _description(sql: str) -> str:
    lines = []
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        lines.append(line[2:].strip())
    return " ".join(lines).strip()


def load_models(folder: Path = MODELS_DIR) -> list[SqlModel]:
    drafts = []
    for path in sorted(folder.glob("*.sql")):
        match = _NAME.fullmatch(path.stem)
        if not match:
            raise ModelError(f"{path.name}: model files are named <family>_v<N>.sql")
        sql = path.read_text(encoding="utf-8").strip().rstrip(";")
        try:
            normalised = normalise(sql)
            upstream = upstream_tables(sql)
        except sqlglot.errors.ParseError as exc:
            raise ModelError(f"{path.name}: {exc}") from exc
        drafts.append((match["family"], int(match["version"]), path, sql, normalised, upstream))
    latest: dict[str, int] = {}
    for family, version, *_ in drafts:
        latest[family] = max(version, latest.get(family, 0))
    return [
        SqlModel(name=path.stem, family=family, version=version, path=path, sql=sql,
                 content_hash=hashlib.sha256(normalised.encode()).hexdigest()[:12], upstream=upstream,
                 is_latest=latest[family] == version, description=_description(sql))
        for family, version, path, sql, normalised, upstream in drafts
    ]
