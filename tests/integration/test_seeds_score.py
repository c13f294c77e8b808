"""Acceptance on the seed articles with the shared scorer; skips where seeds or scorer are absent."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipelines.cli import materialize_all
from pipelines.settings import REPO_ROOT, Settings
from tests.conftest import SHARED

SEEDS = REPO_ROOT / "seeds"
SCORER = SHARED / "eval" / "score.py"
GOLD = SHARED / "eval" / "gold" / "seeds.json"


@pytest.mark.skipif(not SCORER.exists() or not any(p for p in SEEDS.glob("*") if not p.name.startswith(".")),
                    reason="needs the seed articles in seeds/ and ../shared/eval")
def test_scorer_finds_the_named_facts(tmp_path):
    settings = Settings(seeds_dir=SEEDS, warehouse_path=tmp_path / "wh.duckdb", max_file_bytes=20 * 1024 * 1024)
    assert materialize_all(settings).success
    report = tmp_path / "report.json"
    subprocess.run([sys.executable, str(SCORER), "--db", str(settings.warehouse_path), "--gold", str(GOLD),
                    "--json", str(report)], check=True, capture_output=True, timeout=120)
    named = json.loads(report.read_text())["facts"]["named_facts"]
    assert all(named.values()), named
