"""What `make run` compares before it stops early: the stamp of the last clean build."""
from __future__ import annotations

import json
import os

from pipelines import uptodate
from pipelines.settings import Settings, report_path


def _published(tmp_path, max_files: int = 100) -> Settings:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    target = tmp_path / "w.duckdb"
    for path in (target, report_path(target)):
        path.write_bytes(b"built")
    settings = Settings(seeds_dir=seeds, warehouse_path=target, max_file_bytes=1 << 20, max_files=max_files)
    settings.build_dir.mkdir(exist_ok=True)
    return settings


def _stamped(settings: Settings) -> None:
    current, inputs = uptodate.check(settings)
    assert not current
    uptodate.record(settings, inputs)
    assert uptodate.check(settings)[0]


def test_a_stamp_holds_until_a_file_its_bytes_or_its_readability_change(tmp_path):
    settings = _published(tmp_path)
    story = settings.seeds_dir / "a.txt"
    story.write_text("Ministers met on Monday.")
    _stamped(settings)
    stat = story.stat()
    story.write_text("Ministers met on Sunday.")       # same size, mtime put back: the bytes are read again
    os.utime(story, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert not uptodate.check(settings)[0]
    _stamped(settings)
    (settings.seeds_dir / "b.txt").write_text("More.")
    assert not uptodate.check(settings)[0]


def test_the_published_report_and_the_scan_limit_are_part_of_the_stamp(tmp_path):
    settings = _published(tmp_path, max_files=1)
    (settings.seeds_dir / "b.txt").write_text("One.")
    (settings.seeds_dir / "c.txt").write_text("Two.")
    _stamped(settings)
    (settings.seeds_dir / "a.txt").write_text("Zero.")      # the file past the limit is another one now
    assert not uptodate.check(settings)[0]
    _stamped(settings)
    report_path(settings.warehouse_path).unlink()
    assert not uptodate.check(settings)[0]


def test_a_stamp_that_is_not_ours_counts_as_none(tmp_path):
    settings = _published(tmp_path)
    _stamped(settings)
    stamp = settings.build_dir / uptodate.STAMP_NAME
    for text in ("{", "[]", json.dumps({"files": "x", "published": None}), json.dumps({"files": {"a": [1]}})):
        stamp.write_text(text)
        assert uptodate.check(settings)[0] is False
