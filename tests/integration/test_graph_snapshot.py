"""A snapshot of the asset graph: every asset key with its upstream keys, every check, the
sensor and the schedule. A change to the graph shows up in review as a change to
tests/snapshots/asset_graph.json; regenerate it on purpose with

    UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/integration/test_graph_snapshot.py
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from pipelines.definitions import defs

SNAPSHOT = Path(__file__).resolve().parents[1] / "snapshots" / "asset_graph.json"


def graph_snapshot() -> dict:
    graph = defs.resolve_asset_graph()
    assets = {key.to_user_string(): sorted(k.to_user_string() for k in graph.get(key).parent_keys)
              for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string())}
    checks = sorted(
        f"{spec.asset_key.to_user_string()}:{spec.name}:{'blocking' if spec.blocking else 'warn'}"
        for check in defs.asset_checks or [] for spec in check.check_specs)
    sensors = {s.name: {"job": s.job_name, "default_status": s.default_status.value} for s in defs.sensors or []}
    schedules = {s.name: {"job": s.job_name, "cron": s.cron_schedule, "default_status": s.default_status.value}
                 for s in defs.schedules or []}
    return {"assets": assets, "checks": checks, "sensors": sensors, "schedules": schedules}


def test_the_asset_graph_matches_its_snapshot():
    current = graph_snapshot()
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n")
    assert current == json.loads(SNAPSHOT.read_text())
