"""The DuckDB CLI installed with the project reads the published file, also while a new build publishes."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.cli import materialize_all
from pipelines.settings import Settings

CLI = Path(sys.executable).with_name("duckdb")


@pytest.mark.skipif(not CLI.exists(), reason="duckdb CLI (duckdb-cli package) not installed in this environment")
def test_cli_reads_while_another_build_publishes(built, tmp_path):
    settings, _ = built
    out = subprocess.run([str(CLI), "-readonly", str(settings.warehouse_path), "-csv", "-noheader",
                          "-c", "select count(*) from core.facts"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    before = int(out.stdout.strip())
    assert before > 0

    # a reader holds the published file open while a rebuild with fewer articles publishes over it
    reader = subprocess.Popen([str(CLI), "-readonly", str(settings.warehouse_path), "-csv", "-noheader"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reader.stdin.write("select count(*) from core.facts;\n")
    reader.stdin.flush()
    assert int(reader.stdout.readline().strip()) == before

    fewer = tmp_path / "fewer"
    fewer.mkdir()
    shutil.copy(settings.seeds_dir / "011_fisheries_dispute.txt", fewer)
    rebuilt = Settings(seeds_dir=fewer, warehouse_path=settings.warehouse_path, max_file_bytes=settings.max_file_bytes)
    assert materialize_all(rebuilt).success, "publishing must not wait for or fail on the open reader"

    reader.stdin.write("select count(*) from core.facts;\n")
    reader.stdin.flush()
    assert int(reader.stdout.readline().strip()) == before, "the open reader keeps its snapshot"
    reader.stdin.close()
    reader.wait(timeout=30)

    after = subprocess.run([str(CLI), "-readonly", str(settings.warehouse_path), "-csv", "-noheader",
                            "-c", "select count(*) from core.facts"], capture_output=True, text=True, timeout=60)
    assert 0 < int(after.stdout.strip()) < before, "the next reader sees the new build"
    # restore the shared build for other tests
    assert materialize_all(settings).success
