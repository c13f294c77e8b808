"""Where the pipeline reads and writes, from the environment, validated once."""
from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field, field_validator

REPO_ROOT = Path(__file__).resolve().parents[1]


class Settings(BaseModel):
    """Paths and limits; every command honours SEEDS_DIR and WAREHOUSE_PATH."""

    seeds_dir: Path = Field(description="Folder of article files to ingest (SEEDS_DIR).")
    warehouse_path: Path = Field(description="The published DuckDB file analysts read (WAREHOUSE_PATH).")
    max_file_bytes: int = Field(gt=0, description="Files larger than this are rejected unread (MAX_FILE_BYTES).")

    @field_validator("seeds_dir", "warehouse_path")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @property
    def build_dir(self) -> Path:
        """Private folder beside the published file: the build database and the extraction cache."""
        return self.warehouse_path.parent / f".{self.warehouse_path.stem}.build"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        return cls(
            seeds_dir=Path(env.get("SEEDS_DIR") or REPO_ROOT / "seeds"),
            warehouse_path=Path(env.get("WAREHOUSE_PATH") or REPO_ROOT / "warehouse" / "warehouse.duckdb"),
            max_file_bytes=int(env.get("MAX_FILE_BYTES") or 20 * 1024 * 1024),
        )
