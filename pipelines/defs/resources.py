"""The one resource every asset uses: where to read articles and where the warehouse lives."""
from __future__ import annotations

from pathlib import Path

import dagster as dg

from pipelines.settings import Settings
from pipelines.warehouse import Warehouse


class PipelineResource(dg.ConfigurableResource):
    """SEEDS_DIR, WAREHOUSE_PATH and MAX_FILE_BYTES as the run sees them."""

    seeds_dir: str
    warehouse_path: str
    max_file_bytes: int

    @classmethod
    def from_settings(cls, settings: Settings) -> PipelineResource:
        return cls(seeds_dir=str(settings.seeds_dir), warehouse_path=str(settings.warehouse_path),
                   max_file_bytes=settings.max_file_bytes)

    def settings(self) -> Settings:
        return Settings(seeds_dir=Path(self.seeds_dir), warehouse_path=Path(self.warehouse_path),
                        max_file_bytes=self.max_file_bytes)

    def warehouse(self) -> Warehouse:
        s = self.settings()
        return Warehouse(s.warehouse_path, s.build_dir)
