"""The one Definitions object: `dagster dev` and `dagster definitions validate` load this."""
from __future__ import annotations

import dagster as dg

from pipelines.defs import automation, checks, extract, ingest, load, models
from pipelines.defs.resources import PipelineResource, io_manager
from pipelines.settings import Settings

ASSETS = [
    ingest.raw_files, ingest.documents,
    extract.mentions, extract.entities, extract.facts, extract.quotes,
    load.core_tables, *models.MODEL_ASSETS, load.published_warehouse,
]
CHECKS = checks.CHECKS


def resources(settings: Settings | None = None) -> dict[str, object]:
    settings = settings or Settings.from_env()
    return {"pipeline": PipelineResource.from_settings(settings), "io_manager": io_manager(settings)}


defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=CHECKS,
    jobs=[automation.build_warehouse],
    sensors=[automation.seeds_sensor],
    schedules=[automation.daily_rebuild],
    resources=resources(),
    # light steps that share one DuckDB build file: run them in one process, in order
    executor=dg.in_process_executor,
)
