"""The progress reporter: how often it speaks, where, and that it is silent unless asked.

A fake clock drives time, so these tests count lines; none asserts a time or a rate.
"""
from __future__ import annotations

import io

import pytest

from pipelines import steps, progress
from pipelines.progress import ENV, Progress, track


class Clock:
    def __init__(self, step: float = 0.0):
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def run(items: int, seconds_each: float, **kwargs) -> tuple[list[str], list[str]]:
    """Advance a plain reporter over ``items`` items; returns (stream lines, log lines)."""
    stream, logged = io.StringIO(), []
    clock = Clock()
    with Progress("parse", items, unit="files", mode="plain", stream=stream, log=logged.append,
                  clock=clock, **kwargs) as p:
        for _ in range(items):
            clock.now += seconds_each
            p.advance()
    return stream.getvalue().splitlines(), logged


@pytest.fixture(autouse=True)
def no_console_setting(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)


def test_a_slow_stage_prints_about_one_line_per_tenth_and_a_closing_line():
    lines, logged = run(1000, seconds_each=1.0)  # 1000 s of work
    assert 5 <= len(lines) <= 11
    assert lines[-1].startswith("parse: 1,000/1,000 files (100%)")
    assert logged == lines  # the log callable hears the same lines


def test_a_fast_stage_prints_only_its_closing_line():
    lines, _ = run(100_000, seconds_each=0.00001)  # one second for all
    assert len(lines) == 1 and "100,000/100,000" in lines[0]


def test_lines_never_come_more_often_than_the_tenths_however_slow():
    lines, _ = run(20, seconds_each=30.0)  # every item alone outlasts the interval
    assert len(lines) <= 11


def test_work_that_moves_no_item_gets_a_heartbeat_from_the_ticker():
    stream, clock = io.StringIO(), Clock()
    with Progress("models", 5, unit="models", mode="plain", stream=stream, clock=clock, heartbeat=60.0) as p:
        p.advance(4)
        p.note("fact_agreement_v1")
        for _ in range(300):  # five minutes on the last model, the ticker calling once a second
            clock.now += 1.0
            p.tick()
        p.advance()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 6 and "(fact_agreement_v1)" in lines[0]  # a heartbeat a minute, then the closing line
    assert lines[-1].startswith("models: 5/5 models (100%)")


def test_unknown_total_falls_back_to_the_interval():
    stream, clock = io.StringIO(), Clock()
    with Progress("scan", unit="files", mode="plain", stream=stream, clock=clock) as p:
        for _ in range(100):
            clock.now += 1.0
            p.advance()
    lines = stream.getvalue().splitlines()
    assert 2 <= len(lines) <= 11 and lines[-1].startswith("scan: 100 files")


def test_off_prints_nothing_but_still_tells_the_log(capsys):
    stream, logged = io.StringIO(), []
    clock = Clock()
    with Progress("facts", 50, unit="docs", stream=stream, log=logged.append, clock=clock) as p:  # mode from env: off
        for _ in range(50):
            clock.now += 5.0
            p.advance()
    assert p.mode == "off" and stream.getvalue() == ""
    assert capsys.readouterr() == ("", "")
    assert 1 <= len(logged) <= 11


def test_off_without_a_log_is_silent(capsys):
    with Progress("load", 3, unit="rows") as p:
        p.advance(3)
    assert capsys.readouterr() == ("", "")


def test_bytes_are_shown_in_megabytes():
    stream = io.StringIO()
    with Progress("publish", 5_000_000, unit="B", mode="plain", stream=stream) as p:
        p.advance(5_000_000)
    assert stream.getvalue().startswith("publish: 5.0/5.0 MB (100%)")


def test_a_bar_is_drawn_on_its_stream_and_left_as_the_summary():
    stream = io.StringIO()
    with Progress("mentions", 3, unit="docs", mode="bar", stream=stream) as p:
        for _ in range(3):
            p.advance()
    assert "3/3" in stream.getvalue()


def test_console_mode_comes_from_the_environment(monkeypatch):
    assert progress.console_mode() == "off"
    monkeypatch.setenv(ENV, "auto")
    assert progress.console_mode(io.StringIO()) == "plain"  # not a terminal
    monkeypatch.setenv(ENV, "bar")
    assert progress.console_mode(io.StringIO()) == "bar"
    monkeypatch.setenv(ENV, "nonsense")
    assert progress.console_mode() == "off"


def test_console_settles_the_mode_for_the_block_and_restores_it():
    with progress.console("plain") as mode:
        assert mode == "plain" and progress.console_mode() == "plain"
    assert progress.console_mode() == "off"


def test_track_sets_the_total_and_counts_every_item():
    p = Progress("scan", unit="files", mode="off")
    assert list(track(["a", "b", "c"], p)) == ["a", "b", "c"]
    assert (p.total, p.done) == (3, 3)
    assert list(track([1, 2], None)) == [1, 2]


def test_a_shared_stage_closes_when_its_steps_are_done(monkeypatch):
    monkeypatch.setenv(ENV, "plain")
    stream = io.StringIO()
    monkeypatch.setattr(progress, "_console", stream)
    for _ in range(4):
        progress.shared("models", 4, unit="models")
        progress.advance_shared("models", 4, unit="models")
    assert stream.getvalue().splitlines() == [line for line in stream.getvalue().splitlines() if line.startswith("models: ")]
    assert stream.getvalue().splitlines()[-1].startswith("models: 4/4 models (100%)")
    progress.close_shared()


def test_a_shared_stage_keeps_nothing_when_off():
    p = progress.shared("models", 2)
    assert p.mode == "off" and progress._shared == {}


def test_the_pipeline_loops_report_every_item(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("A Title\n\nSome article text that says 40 people came.\n")
    scan = Progress("scan", mode="off")
    files = steps.scan_folder(tmp_path, 1000, progress=scan)
    parse = Progress("parse", mode="off")
    parsed = steps.parse_documents(files, parse)
    assert (scan.done, scan.total, parse.done, parse.total) == (2, 2, 2, 2)
    extract = Progress("facts", mode="off")
    steps.cached_per_document(None, "facts", {}, parsed.documents, lambda d: {}, version="v", progress=extract)
    assert (extract.done, extract.total) == (2, 2)
