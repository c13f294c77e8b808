"""The resources every asset uses: where to read and write, and the run's private intermediate data."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg

from pipelines.settings import Settings
from pipelines.warehouse import Warehouse


class PipelineResource(dg.ConfigurableResource):
    """SEEDS_DIR, WAREHOUSE_PATH and the scan limits as the run sees them.

    Inside a run it holds the warehouse's build lock from the first step to the last, so two
    runs on one target take turns (``make run`` beside a sensor run) and never mix data.
    """

    seeds_dir: str
    warehouse_path: str
    max_file_bytes: int
    max_files: int
    workers: int
    dask_scheduler: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> PipelineResource:
        return cls(seeds_dir=str(settings.seeds_dir), warehouse_path=str(settings.warehouse_path),
                   max_file_bytes=settings.max_file_bytes, max_files=settings.max_files, workers=settings.workers,
                   dask_scheduler=settings.dask_scheduler)

    def settings(self) -> Settings:
        return Settings(seeds_dir=Path(self.seeds_dir), warehouse_path=Path(self.warehouse_path),
                        max_file_bytes=self.max_file_bytes, max_files=self.max_files, workers=self.workers,
                        dask_scheduler=self.dask_scheduler)

    def warehouse(self) -> Warehouse:
        s = self.settings()
        return Warehouse(s.warehouse_path, s.build_dir)

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator[PipelineResource]:
        if context.run is None:  # a sensor tick or a test building the resource: no build
            yield self
            return
        log = context.log.info if context.log else print
        with self.warehouse().build_session(log=log):
            yield self


def io_manager(settings: Settings) -> dg.FilesystemIOManager:
    """Assets hand their outputs over inside the target's own build folder, under its lock:
    runs on different targets never share intermediate data, runs on one target take turns."""
    return dg.FilesystemIOManager(base_dir=str(settings.build_dir / "steps"))
