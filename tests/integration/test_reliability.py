"""A hostile folder, concurrent runs, bad settings, killed builds: nothing is lost, nothing mixes.

Each test names the defect it pins (issue 'Reliability').
"""
from __future__ import annotations

import gzip
import hashlib
import os
import random
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest

from pipelines.steps import fingerprint_folder
from pipelines.cli import materialize_all
from pipelines.settings import REPO_ROOT, Settings
from pipelines.warehouse import BuildLocked, Warehouse
from tests.helpers import FIXTURES

SEEDS = REPO_ROOT / "seeds"
CALM = "Weather Report\n\nIt rained for most of the week, and the rivers rose a little.\n"


def settings_for(seeds: Path, warehouse: Path, max_file_bytes: int = 20 * 1024 * 1024) -> Settings:
    return Settings(seeds_dir=seeds, warehouse_path=warehouse, max_file_bytes=max_file_bytes)


def per_document_counts(path: Path, doc_ids) -> dict:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: dict(con.execute(f"select doc_id, count(*) from core.{t} where doc_id in ? group by 1",
                                    [list(doc_ids)]).fetchall())
                for t in ("facts", "quotes", "entity_mentions", "sentences", "entity_roles")}
    finally:
        con.close()


def query(path: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def hostile_folder(root: Path, max_file_bytes: int) -> dict[str, str | None]:
    """The seeds plus every kind of bad input; returns {source_path: expected reason, or None for a document}."""
    folder = root / "hostile"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns(".*"))
    expected: dict[str, str | None] = {p.name: None for p in folder.iterdir()}

    def put(name: str, data: bytes, reason: str | None) -> None:
        (folder / name).write_bytes(data)
        expected[name] = reason

    put("empty.txt", b"   \n\n", "empty")
    put("zero.txt", b"", "empty")
    put("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary")
    put("program.txt", b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 4, "binary")
    put("archive.txt", gzip.compress(b"some text " * 100), "binary")
    put("random.txt", random.Random(7).randbytes(4096), "binary")
    put("latin1.txt", CALM.replace("rose", "rose £2").encode("latin-1"), None)
    put("cp1252.txt", CALM.replace("rose", "rose \u2013 \u201cslowly\u201d").encode("cp1252"), None)
    put("utf16_bom.txt", CALM.encode("utf-16"), None)
    put("utf16_nobom.txt", CALM.encode("utf-16-le"), None)
    put("utf8_bom.txt", b"\xef\xbb\xbf" + CALM.encode(), None)
    put("nuls.txt", CALM.replace("week,", "week,\x00").encode(), None)
    put("cr_only.txt", CALM.replace("\n", "\r").encode(), None)
    put("one_line.txt", b"Long Line\n\n" + b"the tide came in and went out again " * (5_000_000 // 36), None)
    with open(folder / "oversized.txt", "wb") as fh:  # sparse: big on paper, nothing written
        fh.truncate(max_file_bytes + 1)
    expected["oversized.txt"] = "too_large"
    nested = folder.joinpath(*[f"level{i:02d}" for i in range(50)])
    nested.mkdir(parents=True)
    (nested / "deep.txt").write_text(CALM)
    expected[nested.relative_to(folder).as_posix() + "/deep.txt"] = None
    (root / "outside.txt").write_text(CALM)
    (folder / "link_out.txt").symlink_to(root / "outside.txt")
    expected["link_out.txt"] = "outside_root"
    (folder / "loop_a.txt").symlink_to(folder / "loop_b.txt")
    (folder / "loop_b.txt").symlink_to(folder / "loop_a.txt")
    expected.update({"loop_a.txt": "broken_link", "loop_b.txt": "broken_link"})
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    expected["dangling.txt"] = "broken_link"
    os.mkfifo(folder / "pipe.txt")
    expected["pipe.txt"] = "unsupported"
    (folder / "zero_link.txt").symlink_to("/dev/zero")
    expected["zero_link.txt"] = "outside_root"
    odd = os.fsencode(folder) + b"/odd 'quoted'; name\nwith \xff\xfe bytes.txt"
    with open(odd, "wb") as fh:
        fh.write(CALM.encode())
    expected["odd 'quoted'; name\nwith \\xff\\xfe bytes.txt"] = None
    return expected


@pytest.fixture(scope="module")
def clean_seed_counts(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("clean")
    settings = settings_for(SEEDS, tmp / "clean.duckdb")
    assert materialize_all(settings).success
    ids = [r[0] for r in query(settings.warehouse_path, "select doc_id from core.documents")]
    return per_document_counts(settings.warehouse_path, ids)


def test_a_hostile_folder_builds_and_every_bad_file_has_a_reason(tmp_path, clean_seed_counts):
    """Defects 3 (symlink loop, undecodable name fail the run), 4 (FIFO), 8 (NULs lose an article)."""
    limit = 8 * 1024 * 1024
    expected = hostile_folder(tmp_path, limit)
    settings = settings_for(tmp_path / "hostile", tmp_path / "wh.duckdb", max_file_bytes=limit)
    result = materialize_all(settings)
    assert result.success
    documents = {r[0] for r in query(settings.warehouse_path, "select source_path from core.documents")}
    rejected = dict(query(settings.warehouse_path, "select source_path, reason from core.rejected_files"))
    assert documents == {name for name, reason in expected.items() if reason is None}
    assert rejected == {name: reason for name, reason in expected.items() if reason is not None}
    assert all(query(settings.warehouse_path, "select bool_and(detail <> '') from core.rejected_files")[0])
    seeds = [p.name for p in SEEDS.glob("*.txt")]
    assert per_document_counts(settings.warehouse_path, seeds) == clean_seed_counts
    nul_rule = query(settings.warehouse_path, "select rule from core.removed_spans where doc_id = 'nuls.txt'")
    assert ("decode.nul_bytes",) in nul_rule


def test_the_fingerprint_returns_on_a_fifo_and_a_link_to_dev_zero(tmp_path):
    """Defect 4: the sensor's fingerprint opened every path and hung on a FIFO or /dev/zero."""
    (tmp_path / "story.txt").write_text(CALM)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "inside_fifo.txt").symlink_to(tmp_path / "pipe.txt")
    out: dict = {}
    worker = threading.Thread(target=lambda: out.update(fingerprint_folder(tmp_path)), daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "fingerprint_folder blocked"
    assert out["story.txt"][2] == hashlib.sha256(CALM.encode()).hexdigest()
    assert out["pipe.txt"][2].startswith("unsupported") and out["zero.txt"][2].startswith("outside_root")


def run_cli(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"} | env
    return subprocess.run([sys.executable, "-m", "pipelines", "run"], env=full, cwd=cwd,
                          capture_output=True, text=True, timeout=600)


def start_cli(env: dict[str, str], cwd: Path) -> subprocess.Popen:
    full = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"} | env
    return subprocess.Popen([sys.executable, "-m", "pipelines", "run"], env=full, cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def doc_ids(path: Path) -> set[str]:
    return {r[0] for r in query(path, "select doc_id from core.documents")}


_RUN_AND_SAY_IF_DAGSTER_LOADED = ("import sys; from pipelines.cli import run; code = run(); "
                                  "print('dagster loaded:', 'dagster' in sys.modules); sys.exit(code)")


def test_a_run_with_nothing_changed_leaves_the_warehouse_as_it_is_and_any_change_builds(tmp_path):
    """`make run` twice: the second finds no file, setting or code changed and stops before loading
    Dagster; an edited seed, a warehouse replaced by another build, or FORCE=1 builds again."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("010_harbour_accord.txt", "011_fisheries_dispute.txt"):
        shutil.copy(FIXTURES / name, seeds / name)
    target = tmp_path / "w.duckdb"
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"} | {
        "SEEDS_DIR": str(seeds), "WAREHOUSE_PATH": str(target), "NEWSFACTS_PROGRESS": "off"}

    def run(**extra) -> str:
        done = subprocess.run([sys.executable, "-c", _RUN_AND_SAY_IF_DAGSTER_LOADED], env=env | extra, cwd=REPO_ROOT,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-2000:]
        return done.stdout

    assert "building" in run()
    before = (target.read_bytes(), target.stat().st_mtime_ns)
    out = run()
    assert "is up to date" in out and "dagster loaded: False" in out and "documents 2 " in out
    assert (target.read_bytes(), target.stat().st_mtime_ns) == before
    (seeds / "011_fisheries_dispute.txt").write_text(
        (seeds / "011_fisheries_dispute.txt").read_text() + "\nThe talks resume on Monday.\n")
    assert "building" in run() and "is up to date" in run()
    os.utime(target, ns=(before[1], before[1]))           # the file another build published
    assert "building" in run()
    assert "building" in run(FORCE="1")


def test_concurrent_runs_each_publish_exactly_their_own_documents(tmp_path):
    """Defect 1: two runs shared Dagster's IO storage, so one published the other's articles."""
    seeds_ids = {p.name for p in SEEDS.glob("*.txt")}
    fixture_ids = {p.name for p in FIXTURES.glob("*.txt")}
    a, b, shared = tmp_path / "a.duckdb", tmp_path / "b.duckdb", tmp_path / "same.duckdb"
    runs = [start_cli({"SEEDS_DIR": str(SEEDS), "WAREHOUSE_PATH": str(a)}, REPO_ROOT),
            start_cli({"SEEDS_DIR": str(FIXTURES), "WAREHOUSE_PATH": str(b)}, REPO_ROOT),
            start_cli({"SEEDS_DIR": str(SEEDS), "WAREHOUSE_PATH": str(shared)}, REPO_ROOT),
            start_cli({"SEEDS_DIR": str(FIXTURES), "WAREHOUSE_PATH": str(shared)}, REPO_ROOT)]
    outputs = [r.communicate(timeout=900) for r in runs]
    assert [r.returncode for r in runs] == [0, 0, 0, 0], [err[-2000:] for _, err in outputs]
    assert doc_ids(a) == seeds_ids and doc_ids(b) == fixture_ids
    assert doc_ids(shared) in (seeds_ids, fixture_ids)  # whichever went last, never a mix
    # each run's own summary (printed under the lock) counts exactly its own documents
    assert f"documents {len(seeds_ids)} " in outputs[2][0] and f"documents {len(fixture_ids)} " in outputs[3][0]


def test_a_missing_seeds_dir_exits_2_and_leaves_the_warehouse_byte_identical(tmp_path):
    """Defect 2: a wrong SEEDS_DIR published an empty warehouse over a good one."""
    target = tmp_path / "w.duckdb"
    assert run_cli({"SEEDS_DIR": str(FIXTURES), "WAREHOUSE_PATH": str(target)}, REPO_ROOT).returncode == 0
    before = target.read_bytes()
    for bad in (tmp_path / "typo", FIXTURES / "010_harbour_accord.txt"):
        done = run_cli({"SEEDS_DIR": str(bad), "WAREHOUSE_PATH": str(target)}, REPO_ROOT)
        assert done.returncode == 2 and done.stderr.strip().count("\n") == 0 and "SEEDS_DIR=" in done.stderr
        assert target.read_bytes() == before
    # the same through Dagster (a sensor or schedule run): the first step fails, nothing is published
    assert not materialize_all(settings_for(tmp_path / "typo", target)).success
    assert target.read_bytes() == before


def test_zero_documents_never_replace_a_warehouse_unless_the_folder_is_really_empty(tmp_path):
    """Defect 2: a folder of only unreadable files must not wipe the published warehouse."""
    target = tmp_path / "w.duckdb"
    assert materialize_all(settings_for(FIXTURES, target)).success
    before = target.read_bytes()
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "noise.bin").write_bytes(bytes(range(256)) * 8)
    assert not materialize_all(settings_for(junk, target)).success
    assert target.read_bytes() == before
    (junk / "noise.bin").unlink()
    assert materialize_all(settings_for(junk, target)).success  # really empty: published, with a warning
    assert doc_ids(target) == set()


def test_a_second_build_of_one_target_waits_or_stops_and_a_killed_build_leaves_nothing_behind(tmp_path):
    """Defects 1 and 6: one build at a time per target; a killed build's files do not wedge the next."""
    warehouse = Warehouse(tmp_path / "w.duckdb", tmp_path / ".w.build")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from pipelines.warehouse import Warehouse\n"
         f"w = Warehouse(Path({str(tmp_path / 'w.duckdb')!r}), Path({str(tmp_path / '.w.build')!r}))\n"
         "with w.build_session():\n"
         "    w.build_path.write_bytes(b'half-written' * 1000)\n"
         "    print('held', flush=True)\n"
         "    time.sleep(120)\n"],
        cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(BuildLocked, match=f"pid {holder.pid}"):
            with warehouse.build_session(wait_seconds=0.5, log=lambda _: None):
                pass
    finally:
        holder.kill()
        holder.wait()
    stale_copy = tmp_path / f".w.duckdb.{holder.pid}.tmp"
    stale_copy.write_bytes(b"x" * 1000)
    said: list[str] = []
    with warehouse.build_session(wait_seconds=5, log=said.append):
        assert not warehouse.build_path.exists() and not stale_copy.exists()
    assert len(said) == 2
