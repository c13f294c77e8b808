"""Reruns that happen by themselves: when files under SEEDS_DIR change, and daily.

Runs of ``build_warehouse`` say who started them in the tag ``newsfacts/started_by``:
``make run``, ``seeds_sensor`` or ``daily_rebuild``.
"""

import hashlib
import json

import dagster as dg

from pipelines.steps import fingerprint_folder
from pipelines.defs.resources import PipelineResource

STARTED_BY = "newsfacts/started_by"

build_warehouse = dg.define_asset_job(
    "build_warehouse", selection=dg.AssetSelection.all(),
    description="Everything: read SEEDS_DIR, extract, load core, build the SQL models, write the report, publish.",
)

SENSOR_DESCRIPTION = (
    "Starts build_warehouse when a file under SEEDS_DIR is added, changed or removed, judged by "
    "content hash: a touch without a change starts nothing. Checks every 30 seconds; the first "
    "tick builds only when nothing is published yet. Its cursor opens with a one-line summary "
    "of the folder it last saw."
)


def changes(before: dict[str, list], after: dict[str, list]) -> dict[str, list[str]]:
    """Files added, changed (by content hash) and removed between two fingerprints."""
    return {
        "added": sorted(set(after) - set(before)),
        "changed": sorted(p for p in set(after) & set(before) if after[p][2] != before[p][2]),
        "removed": sorted(set(before) - set(after)),
    }


def folder_summary(files: dict[str, list]) -> str:
    """One line a person can read at the head of the cursor: how many files, how many bytes,
    and a short hash of their contents."""
    digest = hashlib.sha256("".join(f"{p}\0{v[2]}\n" for p, v in sorted(files.items())).encode()).hexdigest()
    size = sum(max(v[0], 0) for v in files.values())
    return f"{len(files)} files, {size:,} bytes, contents sha256 {digest[:12]}"


def read_cursor(cursor: str | None) -> dict[str, list] | None:
    """The fingerprints a cursor holds (also a cursor written before it had a summary)."""
    if not cursor:
        return None
    data = json.loads(cursor)
    return data["files"] if "files" in data and "summary" in data else data


def write_cursor(files: dict[str, list]) -> str:
    # the summary first, so the sensor's page opens on a readable line, not on hashes
    return json.dumps({"summary": folder_summary(files), "files": dict(sorted(files.items()))})


@dg.sensor(job=build_warehouse, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING,
           description=SENSOR_DESCRIPTION)
def seeds_sensor(context: dg.SensorEvaluationContext, pipeline: PipelineResource) -> dg.SensorResult:
    """Starts a build when a file under SEEDS_DIR is added, changed or removed (see SENSOR_DESCRIPTION)."""
    settings = pipeline.settings()
    if not settings.seeds_dir.is_dir():  # an unmounted or mistyped folder is no reason to rebuild empty
        return dg.SensorResult(skip_reason=f"SEEDS_DIR={settings.seeds_dir} is not a folder", cursor=context.cursor)
    before = read_cursor(context.cursor)
    after = fingerprint_folder(settings.seeds_dir, before, max_bytes=settings.max_file_bytes, max_files=settings.max_files)
    cursor = write_cursor(after)
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
        run_requests=[dg.RunRequest(tags={STARTED_BY: "seeds_sensor", "trigger": "seeds_sensor",
                                          "seeds/changes": summary})],
        cursor=cursor,
    )


daily_rebuild = dg.ScheduleDefinition(
    name="daily_rebuild", job=build_warehouse, cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    tags={STARTED_BY: "daily_rebuild"},
    description="Rebuilds the whole warehouse every morning at 06:00 (the machine's time zone), so changes "
                "the sensor cannot see (a new extractor, a moved SEEDS_DIR) still land.",
)
