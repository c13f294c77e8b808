"""`make bench` measures each build's own peak memory, not the bench's."""
from __future__ import annotations

import sys

from pipelines import bench


def test_a_build_started_by_a_large_bench_reports_its_own_peak_memory():
    held = bytearray(400 << 20)             # the bench holding a parsed corpus
    held[::4096] = b"\x01" * len(held[::4096])
    small = bench._launch([sys.executable, "-c", "pass"], {})
    grown = bench._launch([sys.executable, "-c", "x = bytearray(200 << 20); x[::4096] = b'1' * len(x[::4096])"], {})
    assert small["rc"] == grown["rc"] == 0
    assert small["rss_mb"] < 100            # a forked child would report the 400 MB its parent held
    assert 200 <= grown["rss_mb"] < 300
