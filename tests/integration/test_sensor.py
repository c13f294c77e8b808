"""The seeds sensor: add, change, remove -> a run request; touch only -> none."""
from __future__ import annotations

import os

import dagster as dg
import pytest

from pipelines.defs.automation import daily_rebuild, seeds_sensor
from pipelines.defs.resources import PipelineResource
from pipelines.settings import Settings


@pytest.fixture
def folder(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Alpha\n\nOne article.")
    return seeds


def tick(seeds, cursor, published=None):
    resource = PipelineResource.from_settings(
        Settings(seeds_dir=seeds, warehouse_path=published or seeds.parent / "wh.duckdb", max_file_bytes=1000))
    with dg.instance_for_test() as instance:
        with dg.build_sensor_context(cursor=cursor, instance=instance, resources={"pipeline": resource}) as context:
            result = seeds_sensor(context)
    return result.run_requests or [], result.cursor


def test_first_tick_builds_when_nothing_is_published(folder):
    runs, cursor = tick(folder, None)
    assert len(runs) == 1 and cursor


def test_first_tick_only_records_a_baseline_when_published(folder, tmp_path):
    (tmp_path / "wh.duckdb").write_bytes(b"")
    runs, cursor = tick(folder, None, tmp_path / "wh.duckdb")
    assert runs == [] and cursor


def test_add_change_remove_request_runs_and_touch_does_not(folder):
    _, cursor = tick(folder, None)
    (folder / "b.txt").write_text("Beta\n\nAnother.")
    runs, cursor = tick(folder, cursor)
    assert len(runs) == 1 and "1 added" in runs[0].tags["seeds/changes"]

    stat = (folder / "b.txt").stat()
    os.utime(folder / "b.txt", ns=(stat.st_atime_ns + 5 * 10**9, stat.st_mtime_ns + 5 * 10**9))
    runs, cursor = tick(folder, cursor)
    assert runs == []

    (folder / "b.txt").write_text("Beta\n\nChanged.")
    runs, cursor = tick(folder, cursor)
    assert len(runs) == 1 and "1 changed" in runs[0].tags["seeds/changes"]

    (folder / "a.txt").unlink()
    runs, cursor = tick(folder, cursor)
    assert len(runs) == 1 and "1 removed" in runs[0].tags["seeds/changes"]

    runs, _ = tick(folder, cursor)
    assert runs == []


def test_sensor_and_schedule_start_running():
    assert seeds_sensor.default_status == dg.DefaultSensorStatus.RUNNING
    assert daily_rebuild.default_status == dg.DefaultScheduleStatus.RUNNING


def test_a_folder_returning_to_an_earlier_state_still_rebuilds(folder):
    _, cursor = tick(folder, None)
    for _ in range(2):
        (folder / "b.txt").write_text("Beta\n\nAnother.")
        runs, cursor = tick(folder, cursor)
        assert len(runs) == 1 and runs[0].run_key is None
        (folder / "b.txt").unlink()
        runs, cursor = tick(folder, cursor)
        assert len(runs) == 1


def test_a_folder_that_is_not_there_starts_nothing_and_keeps_the_cursor(folder):
    _, cursor = tick(folder, None)
    (folder / "a.txt").unlink()
    folder.rmdir()  # an unmounted or mistyped folder: no rebuild that would publish nothing
    requests, after = tick(folder, cursor)
    assert requests == [] and after == cursor


def test_the_cursor_opens_with_a_summary_and_reads_old_cursors(folder):
    import json

    _, cursor = tick(folder, None)
    assert cursor.startswith('{"summary": "1 files, ')
    flat = json.dumps(json.loads(cursor)["files"])          # a cursor from before the summary
    runs, _ = tick(folder, flat)
    assert runs == []


def test_runs_say_who_started_them(folder):
    from pipelines.defs.automation import STARTED_BY

    runs, _ = tick(folder, None)
    assert runs[0].tags[STARTED_BY] == "seeds_sensor"
    assert daily_rebuild.tags[STARTED_BY] == "daily_rebuild"
    assert seeds_sensor.description and daily_rebuild.description
