"""Where the pipeline reads and writes, from the environment, checked before any work.

Every setting problem is one line naming the variable and what is wrong
(:class:`SettingsError`); ``python -m pipelines`` prints it and exits 2 before touching
anything.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pydantic import BaseModel, Field, field_validator

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_FILES = 200_000


def report_path(warehouse_path: Path) -> Path:
    """Where the published report lives: ``report.html`` beside the published warehouse."""
    return Path(warehouse_path).with_name("report.html")


class SettingsError(ValueError):
    """A setting that cannot work; the message is one line naming the variable."""


class Settings(BaseModel):
    """Paths and limits; every command honours SEEDS_DIR and WAREHOUSE_PATH."""

    seeds_dir: Path = Field(description="Folder of article files to ingest (SEEDS_DIR).")
    warehouse_path: Path = Field(description="The published DuckDB file analysts read (WAREHOUSE_PATH).")
    max_file_bytes: int = Field(gt=0, description="Files larger than this are rejected unread (MAX_FILE_BYTES).")
    max_files: int = Field(default=DEFAULT_MAX_FILES, gt=0,
                           description="A scan reads at most this many files; the rest are recorded as skipped (MAX_FILES).")
    workers: int = Field(default_factory=lambda: os.cpu_count() or 1, gt=0,
                         description="Processes that extract documents side by side (WORKERS; default: the core count).")
    dask_scheduler: str | None = Field(default=None, description=(
        "Address of a Dask scheduler (DASK_SCHEDULER, e.g. tcp://host:8786): per-document extraction runs on "
        "that cluster instead of local processes."))

    @field_validator("seeds_dir", "warehouse_path")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        try:
            return value.expanduser().resolve()
        except (OSError, RuntimeError):  # a symlink loop: keep the path as given, check() names it
            return Path(os.path.abspath(value.expanduser()))

    @property
    def build_dir(self) -> Path:
        """Private folder beside the published file: the build database, the extraction cache, the run lock."""
        return self.warehouse_path.parent / f".{self.warehouse_path.stem}.build"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        """Read the environment; numbers must be whole positive numbers (SettingsError otherwise)."""
        env = os.environ if env is None else env
        return cls(
            seeds_dir=Path(env.get("SEEDS_DIR") or REPO_ROOT / "seeds"),
            warehouse_path=Path(env.get("WAREHOUSE_PATH") or REPO_ROOT / "warehouse" / "warehouse.duckdb"),
            max_file_bytes=_positive_int(env, "MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES),
            max_files=_positive_int(env, "MAX_FILES", DEFAULT_MAX_FILES),
            workers=_positive_int(env, "WORKERS", os.cpu_count() or 1),
            dask_scheduler=_scheduler(env),
        )

    def check(self) -> Settings:
        """Fail with one line when a path cannot work, before anything is read or written."""
        seeds = self.seeds_dir
        if not seeds.exists():
            raise SettingsError(f"SEEDS_DIR={seeds}: no such folder")
        if not seeds.is_dir():
            raise SettingsError(f"SEEDS_DIR={seeds}: is a file, not a folder of articles")
        if not os.access(seeds, os.R_OK | os.X_OK):
            raise SettingsError(f"SEEDS_DIR={seeds}: folder cannot be read (permissions)")
        target = self.warehouse_path
        if target.is_dir():
            raise SettingsError(f"WAREHOUSE_PATH={target}: is a folder; give a file path such as {target / 'warehouse.duckdb'}")
        if target.exists() and not os.access(target, os.W_OK):
            raise SettingsError(f"WAREHOUSE_PATH={target}: file is not writable")
        folder = next((p for p in target.parents if p.exists()), None)
        if folder is None or not folder.is_dir():
            raise SettingsError(f"WAREHOUSE_PATH={target}: {folder} is not a folder")
        try:  # a real probe: permissions, read-only mounts and pseudo file systems all say no here
            fd, probe = tempfile.mkstemp(dir=folder, prefix=".newsfacts-probe-")
            os.close(fd)
            os.unlink(probe)
        except OSError as exc:
            raise SettingsError(f"WAREHOUSE_PATH={target}: folder {folder} is not writable ({exc.strerror})") from None
        return self


def _positive_int(env, name: str, default: int) -> int:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        raise SettingsError(f"{name}={raw!r}: not a whole number") from None
    if value <= 0:
        raise SettingsError(f"{name}={raw!r}: must be greater than 0")
    return value


def _scheduler(env) -> str | None:
    raw = (env.get("DASK_SCHEDULER") or "").strip()
    if not raw:
        return None
    if "://" not in raw:
        raise SettingsError(f"DASK_SCHEDULER={raw!r}: give the scheduler's address, such as tcp://host:8786")
    return raw
