"""`make sql`: says what to do when nothing is published, else opens the CLI with a banner."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CLI = Path(sys.executable).with_name("duckdb")


def shell(warehouse: Path, stdin: str = "", command=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "WAREHOUSE_PATH": str(warehouse)}
    return subprocess.run(command or [sys.executable, "-m", "pipelines", "sql"], cwd=REPO, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")
def test_make_sql_without_a_warehouse_says_to_run_make_run(tmp_path):
    out = shell(tmp_path / "none.duckdb", command=["make", "--no-print-directory", "sql"])
    assert out.returncode != 0
    assert "run `make run` first" in out.stderr
    assert "does not exist" not in out.stderr


@pytest.mark.skipif(not CLI.exists(), reason="duckdb CLI (duckdb-cli package) not installed in this environment")
def test_sql_opens_the_published_warehouse_with_a_banner(built):
    settings, _ = built
    out = shell(settings.warehouse_path, "select count(*) as n from marts.fact_sheet;\n")
    assert out.returncode == 0, out.stderr
    assert "core   documents (" in out.stderr and "marts  claim_conflicts (" in out.stderr
    assert "document_overview" in out.stderr
    assert out.stderr.count("select ") >= 3, "three example queries"
    assert "snapshot" in out.stderr and "make sql" in out.stderr
    assert "fact_sheet_v1" not in out.stderr, "versions stay out of the table list"
    assert "│" in out.stdout and " n " in out.stdout
