"""The report: built by an asset, published beside the warehouse, and its charts draw in Chromium."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from pipelines.settings import report_path

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str | None:
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)


def test_the_report_is_published_offline_and_linked_from_the_publish_step(built):
    settings, result = built
    page = report_path(settings.warehouse_path).read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", page), "no script loaded from anywhere: plotly.js is embedded"
    for title in ("Facts by kind and source", "Most mentioned entities", "Most quoted speakers",
                  "Where sources agree and disagree", "Timeline of dates"):
        assert title in page
    (event,) = [e for e in result.get_asset_materialization_events() if e.asset_key.path == ["warehouse", "published"]]
    assert event.materialization.metadata["report"].value == str(report_path(settings.warehouse_path))


@pytest.mark.skipif(chromium() is None, reason="chromium is not installed (.ci/run installs it: "
                                                 "apt-get update && apt-get install -y chromium)")
def test_the_report_charts_draw_in_headless_chromium(built, tmp_path):
    settings, _ = built
    page = report_path(settings.warehouse_path)
    out = subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
                          "--virtual-time-budget=15000", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    found = re.search(r'data-charts="(\d+)" data-charts-drawn="(\d+)"', out.stdout)
    assert found, "the page's load script ran"
    expected, drawn = int(found[1]), int(found[2])
    assert expected >= 4, "facts, entities, speakers and timeline have data in the fixtures"
    assert drawn == expected
    sections = dict(re.findall(r'<section id="([a-z_]+)">(.*?)</section>', out.stdout, re.S))
    marks = {"facts_by_kind": r'class="trace bars".*?<path d="M', "top_entities": r'class="trace bars".*?<path d="M',
             "top_speakers": r'class="trace bars".*?<path d="M', "timeline": r'class="trace scatter.*?class="point',
             "agreement": r'class="table"'}
    for key, mark in marks.items():
        if 'class="empty"' not in sections[key]:
            assert re.search(mark, sections[key], re.S), f"{key}: the chart's marks are in the page"
    assert 'class="empty"' not in sections["timeline"] + sections["facts_by_kind"]
