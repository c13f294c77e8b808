"""The one Definitions object: `dagster dev` and `dagster definitions validate` load this."""
from __future__ import annotations

import dagster as dg

from pipelines.defs import automation, checks, extract, ingest, load, marts, report
from pipelines.defs.resources import PipelineResource, io_manager
from pipelines.settings import Settings

ASSETS = [
    ingest.raw_files, ingest.documents,
    extract.mentions, extract.entities, extract.facts, extract.quotes,
    load.core_tables, *marts.MODEL_ASSETS, report.warehouse_report, load.published_warehouse,
]
CHECKS = checks.CHECKS


def resources(settings: Settings | None = None) -> dict[str, object]:
    settings = settings or Settings.from_env()
    return {"pipeline": PipelineResource.from_settings(settings), "io_manager": io_manager(settings)}


def build_definitions(settings: Settings | None = None) -> dg.Definitions:
    """The code location for ``settings`` (default: from the environment); `make run` uses it
    to run the same named job the sensor and the schedule start."""
    return dg.Definitions(
        assets=ASSETS,
        asset_checks=CHECKS,
        jobs=[automation.build_warehouse],
        sensors=[automation.seeds_sensor],
        schedules=[automation.daily_rebuild],
        resources=resources(settings),
        # light steps that share one DuckDB build file: run them in one process, in order
        executor=dg.in_process_executor,
    )


defs = build_definitions()
