"""Reruns that happen by themselves: when files under SEEDS_DIR change, and daily."""

import json

import dagster as dg

from pipelines.build import fingerprint_folder
from pipelines.defs.resources import PipelineResource

build_warehouse = dg.define_asset_job(
    "build_warehouse", selection=dg.AssetSelection.all(),
    description="Everything: read SEEDS_DIR, extract, load core, build the SQL models, publish.",
)


def changes(before: dict[str, list], after: dict[str, list]) -> dict[str, list[str]]:
    """Files added, changed (by content hash) and removed between two fingerprints."""
    return {
        "added": sorted(set(after) - set(before)),
        "changed": sorted(p for p in set(after) & set(before) if after[p][2] != before[p][2]),
        "removed": sorted(set(before) - set(after)),
    }


@dg.sensor(job=build_warehouse, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
def seeds_sensor(context: dg.SensorEvaluationContext, pipeline: PipelineResource) -> dg.SensorResult:
    """Starts a build when a file under SEEDS_DIR is added, changed or removed (by content hash;
    a touch without change starts nothing). The first tick starts one only if nothing is published yet."""
    settings = pipeline.settings()
    if not settings.seeds_dir.is_dir():  # an unmounted or mistyped folder is no reason to rebuild empty
        return dg.SensorResult(skip_reason=f"SEEDS_DIR={settings.seeds_dir} is not a folder", cursor=context.cursor)
    before = json.loads(context.cursor) if context.cursor else None
    after = fingerprint_folder(settings.seeds_dir, before, max_bytes=settings.max_file_bytes, max_files=settings.max_files)
    cursor = json.dumps(after, sort_keys=True)
    if before is None:
        if settings.warehouse_path.exists():
            return dg.SensorResult(skip_reason="baseline recorded; warehouse already published", cursor=cursor)
        diff = {"added": sorted(after), "changed": [], "removed": []}
    else:
        diff = changes(before, after)
    if not any(diff.values()):
        return dg.SensorResult(skip_reason="no file added, changed or removed", cursor=cursor)
    summary = ", ".join(f"{len(v)} {k}" for k, v in diff.items() if v)
    context.log.info(f"seeds changed: {summary}")
    # no run_key: a folder may return to an earlier state (a file added, removed, added again),
    # and each of those changes needs its build; the cursor already prevents repeats
    return dg.SensorResult(
        run_requests=[dg.RunRequest(tags={"trigger": "seeds_sensor", "seeds/changes": summary})],
        cursor=cursor,
    )


daily_rebuild = dg.ScheduleDefinition(
    name="daily_rebuild", job=build_warehouse, cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Rebuild every morning, so changes made outside the sensor's view still land.",
)
