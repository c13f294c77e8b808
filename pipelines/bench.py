"""`make bench`: one run that prints, side by side, what each stage costs and how the whole
build scales.

- each stage's seconds and MB/s over a corpus, single process (the faster of two runs: noise on
  a shared machine only ever adds time);
- our fact extractor against quantulum3 (the ``bench`` extra; skipped, saying so, when it is
  not installed) and a bare regex pass for numbers, on the same texts, as ratios;
- extraction on 1 process and on every core;
- whole builds (``python -m pipelines run`` in a child process that a small launcher starts, so
  each is timed with its imports and its peak memory is its own, not the bench's): cold, warm
  (nothing changed), one file changed;
- the corpus and a scaled copy of it (``BENCH_SCALE``, default 4, made with
  ../shared/tools/scale_corpus.py when present): time ratio and peak RSS.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl

from pipelines import pool, resolution, steps
from pipelines.settings import REPO_ROOT

SCALE_TOOL = REPO_ROOT.parent / "shared" / "tools" / "scale_corpus.py"
NUMBER_RUN = re.compile(r"\d[\d,.]*")
#: quantulum3 reads ~0.03 MB/s: the peer comparison runs on this many documents
PEER_DOCS = 40


#: How many times a stage runs; the fastest run is the one printed.
RUNS = 2


def _timed(label: str, mb: float, fn: Callable[[], object], rows: list, runs: int = RUNS) -> object:
    seconds = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        out = fn()
        seconds = min(seconds, time.perf_counter() - started)
    rows.append((label, seconds, mb / seconds if seconds else float("inf")))
    return out


def _print_rows(title: str, rows: list[tuple[str, float, float]]) -> None:
    print(f"\n{title}")
    print(f"  {'stage':<44}{'seconds':>9}{'MB/s':>9}")
    for label, seconds, rate in rows:
        print(f"  {label:<44}{seconds:>9.2f}{rate:>9.2f}")


def stages(folder: Path) -> tuple[list, list, dict]:
    """Per-stage rows over ``folder``, and what later benches reuse (documents, sentences)."""
    from pipelines.text.clean import clean_text
    from pipelines.text.decode import Rejection, decode_file
    from pipelines.text.dedupe import find_duplicates
    from pipelines.text.sentences import split_sentences

    def decode(f):
        try:
            return decode_file(f.data, f.source_path, max_bytes=1 << 62)
        except Rejection:
            return None

    rows: list = []
    files = steps.scan_folder(folder, 20 * 1024 * 1024)
    mb = sum(f.size_bytes for f in files) / 1e6
    decoded = _timed("decode", mb, lambda: [decode(f) for f in files if f.data is not None], rows)
    texts = [d.text for d in decoded if d is not None]
    text_mb = sum(len(t.encode()) for t in texts) / 1e6
    bodies = [c.body for c in _timed("clean", text_mb, lambda: [clean_text(t) for t in texts], rows)]
    _timed("sentences", text_mb, lambda: [split_sentences("d", b) for b in bodies], rows)
    _timed("dedupe", text_mb, lambda: find_duplicates([(str(i), b) for i, b in enumerate(bodies)]), rows)
    parsed = _timed("parse (all of the above, as run)", mb, lambda: steps.parse_documents(files), rows)
    docs = steps.documents_to_extract(parsed.documents)
    sentences = steps.group_sentences(parsed.sentences)
    body_mb = sum(len(d.body.encode()) for d in docs) / 1e6
    if docs:  # gazetteers and word lists load on first use: a one-time cost, timed apart
        _timed("one-time load (gazetteers, word lists)", 0.0, pool.load_extractors, rows, runs=1)
    found = _timed("mentions", body_mb, lambda: [steps.mention_rows(d, sentences[d.doc_id]) for d in docs], rows)
    mentions = [m for f in found for m in f["mentions"]]
    roles = [r for f in found for r in f["roles"]]
    from pipelines.tables import to_frame
    from pipelines.records import EntityMention, EntityRole

    local = (to_frame(mentions, EntityMention), to_frame(roles, EntityRole))
    _timed("entities (resolve)", body_mb, lambda: resolution.resolve_frames(*local), rows)
    _timed("facts", body_mb, lambda: [steps.fact_rows(d, sentences[d.doc_id]) for d in docs], rows)
    by_doc: dict[str, list] = {}
    for m in mentions:
        by_doc.setdefault(m.doc_id, []).append(m)
    _timed("quotes", body_mb, lambda: [steps.quote_rows(d, sentences[d.doc_id], by_doc.get(d.doc_id)) for d in docs], rows)
    workers = _workers(files, docs, sentences, mentions, body_mb, mb)
    return rows, workers, {"docs": docs, "sentences": sentences, "mb": mb, "files": len(files)}


def _workers(files, docs, sentences, mentions, body_mb: float, mb: float) -> list:
    """Parsing, and the three per-document stages as the assets run them (frames in, frames out,
    :class:`steps.FrameTask`), on 1 process and on every core, alternated twice so a busy
    machine weighs on both alike; the faster of each is kept."""
    from pipelines.parsing import parse_frames
    from pipelines.records import Document, EntityMention, EntityRole, Fact, Quote, Sentence
    from pipelines.tables import to_frame

    frames = {"documents": to_frame(docs, Document), "sentences": to_frame([s for d in docs for s in sentences[d.doc_id]], Sentence)}
    found = to_frame(mentions, EntityMention)

    def stage(fn, models, extra=None, extra_model=None):
        def prepare(todo):
            keep = pl.col("doc_id").is_in(todo)
            return frames["documents"].filter(keep), steps.FrameTask(
                fn, frames["sentences"].filter(keep), None if extra is None else extra.filter(keep), extra_model)
        return prepare, models

    stages_ = [stage(steps.mention_rows, {"mentions": EntityMention, "roles": EntityRole}),
               stage(steps.fact_rows, {"facts": Fact}), stage(steps.quote_rows, {"quotes": Quote}, found, EntityMention)]
    wanted = {d.doc_id: d.doc_id for d in docs}
    cores = os.cpu_count() or 1
    counts = sorted({1, cores})
    if cores > 1:  # spawn the pool and load the word lists in its workers: a one-time cost
        few = dict(list(wanted.items())[: 4 * cores])
        steps.cached_stage(None, "warm", stages_[0][1], few, stages_[0][0], version="b", workers=cores)
    best: dict[tuple[str, int], float] = {}
    for _ in range(2):
        for n in counts:
            started = time.perf_counter()
            parse_frames(files, workers=n)
            best[("parse", n)] = min(best.get(("parse", n), float("inf")), time.perf_counter() - started)
            started = time.perf_counter()
            for prepare, models in stages_:
                steps.cached_stage(None, "b", models, wanted, prepare, version="b", workers=n)
            best[("extraction", n)] = min(best.get(("extraction", n), float("inf")), time.perf_counter() - started)
    return [(f"{what}, {n} worker{'s' if n > 1 else ''}", best[(what, n)], (mb if what == "parse" else body_mb) / best[(what, n)])
            for what in ("parse", "extraction") for n in counts]


def peers(docs, sentences) -> list[tuple[str, float, float]]:
    """Our facts, quantulum3 and a bare regex pass on the same documents."""
    sample = docs[:PEER_DOCS]
    mb = sum(len(d.body.encode()) for d in sample) / 1e6
    rows: list = []
    _timed("facts (ours)", mb, lambda: [steps.fact_rows(d, sentences[d.doc_id]) for d in sample], rows)
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
            parser.parse("warm up: 3 km")
        _timed("quantulum3", mb, lambda: [parser.parse(d.body) for d in sample], rows, runs=1)
    except ImportError:
        print("  (quantulum3 not installed: pip install -e '.[bench]' to compare with it)")
    _timed("bare regex pass (numbers)", mb, lambda: [NUMBER_RUN.findall(d.body) for d in sample], rows)
    return rows


#: The process that starts each timed build and reports its time, peak RSS and CPU. A build
#: started by the bench itself would count the bench's memory (the parsed corpus it holds) as its
#: own peak: Linux keeps a process's high-water mark across fork and exec. This one is a bare
#: Python that holds nothing, so each build's peak is the build's.
_LAUNCHER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    job = json.loads(line)
    started = time.perf_counter()
    proc = subprocess.Popen(job["argv"], env=job["env"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    print(json.dumps({"seconds": time.perf_counter() - started, "rc": os.waitstatus_to_exitcode(status),
                      "rss_mb": usage.ru_maxrss / 1024, "cpu": usage.ru_utime + usage.ru_stime,
                      "err": err[-2000:]}), flush=True)
"""
_launcher: subprocess.Popen | None = None


def _launch(argv: list[str], env: dict[str, str]) -> dict:
    global _launcher
    if _launcher is None or _launcher.poll() is not None:
        _launcher = subprocess.Popen([sys.executable, "-c", _LAUNCHER], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
    _launcher.stdin.write(json.dumps({"argv": argv, "env": env}) + "\n")
    _launcher.stdin.flush()
    return json.loads(_launcher.stdout.readline())


def build(seeds: Path, warehouse: Path, env: dict | None = None) -> tuple[float, float, float]:
    """``python -m pipelines run`` in a child process: (seconds, peak RSS in MB of the largest
    process, CPU seconds of it and its workers: what a busy machine does not inflate much)."""
    child_env = {**os.environ, "SEEDS_DIR": str(seeds), "WAREHOUSE_PATH": str(warehouse),
                 "NEWSFACTS_PROGRESS": "off", **(env or {})}
    got = _launch([sys.executable, "-m", "pipelines", "run"], child_env)
    if got["rc"] != 0:
        raise RuntimeError(f"build of {seeds} failed ({got['rc']}): {got['err']}")
    return got["seconds"], got["rss_mb"], got["cpu"]


def end_to_end(folder: Path, tmp: Path) -> list[tuple[str, float, float, float]]:
    """Cold, warm (as `make run` does it, and forced through every step), one-file-changed and
    empty-folder builds of a copy of ``folder``."""
    seeds = tmp / "e2e"
    shutil.copytree(folder, seeds)
    target = tmp / "e2e.duckdb"
    rows = [("cold", *build(seeds, target)), ("warm (nothing changed: up to date)", *build(seeds, target)),
            ("warm, every step run (FORCE=1)", *build(seeds, target, {"FORCE": "1"}))]
    files = [p for p in steps.walk_folder(seeds)]
    if files:
        files[len(files) // 2].write_text(files[len(files) // 2].read_text(errors="replace") + "\nA new closing line.\n")
    rows.append(("one file changed", *build(seeds, target)))
    empty = tmp / "empty"
    empty.mkdir()
    rows.append(("empty folder", *build(empty, tmp / "empty.duckdb")))
    return rows


def scaled(folder: Path, tmp: Path, factors: list[int]) -> list[tuple[str, float, float, float]] | None:
    """Cold builds of ``folder`` and of each ``factor``-times corpus made from it."""
    factors = [f for f in factors if f >= 2]
    if not factors or not SCALE_TOOL.exists():
        return None
    rows = [("1x cold", *build(folder, tmp / "x1.duckdb"))]
    for factor in factors:
        big = tmp / f"x{factor}"
        subprocess.run([sys.executable, str(SCALE_TOOL), str(folder), str(big), str(factor)], check=True,
                       stdout=subprocess.DEVNULL)
        rows.append((f"{factor}x cold", *build(big, tmp / f"x{factor}.duckdb")))
        shutil.rmtree(big)
    return rows


def bench_folder(folder: Path, factors: list[int]) -> None:
    load = os.getloadavg()[0]
    rows, workers, got = stages(folder)
    _print_rows(f"{folder}  ({got['files']} files, {got['mb']:.2f} MB raw, {len(got['docs'])} documents extracted; "
                f"load average {load:.2f})", rows)
    peer = peers(got["docs"], got["sentences"])
    regex = next(s for label, s, _ in peer if label.startswith("bare regex"))
    print(f"\n  fact extraction against peers, first {min(PEER_DOCS, len(got['docs']))} documents")
    print(f"  {'extractor':<44}{'seconds':>9}{'MB/s':>9}{'x regex':>10}")
    for label, seconds, rate in peer:
        print(f"  {label:<44}{seconds:>9.3f}{rate:>9.2f}{seconds / regex if regex else float('nan'):>10.0f}")
    ours = next(s for label, s, _ in peer if label == "facts (ours)")
    for label, seconds, _ in peer:
        if label == "quantulum3":
            print(f"  ours is {seconds / ours:.1f}x faster than quantulum3, {ours / regex:.0f}x slower than the regex pass")
    print(f"\n  {'parse; extraction (mentions, facts, quotes)':<44}{'seconds':>9}{'MB/s':>9}{'speed-up':>10}")
    for label, seconds, rate in workers:
        one = next(s for lab, s, _ in workers if lab.split(",")[0] == label.split(",")[0])
        print(f"  {label:<44}{seconds:>9.2f}{rate:>9.2f}{one / seconds:>9.2f}x")
    with tempfile.TemporaryDirectory() as tmp:
        e2e = end_to_end(folder, Path(tmp))
        print(f"\n  {'whole build (python -m pipelines run)':<44}{'seconds':>9}{'peak MB':>9}{'/ cold':>10}"
              f"{'CPU s':>9}{'/ cold':>9}")
        for label, seconds, rss, cpu in e2e:
            print(f"  {label:<44}{seconds:>9.2f}{rss:>9.0f}{seconds / e2e[0][1]:>10.2f}{cpu:>9.2f}{cpu / e2e[0][3]:>9.2f}")
        scale = scaled(folder, Path(tmp), factors)
        if scale:
            print(f"\n  {'corpus size (cold builds)':<44}{'seconds':>9}{'peak MB':>9}{'/ 1x':>10}{'CPU s':>9}{'/ 1x':>9}")
            for label, seconds, rss, cpu in scale:
                print(f"  {label:<44}{seconds:>9.2f}{rss:>9.0f}{seconds / scale[0][1]:>10.2f}{cpu:>9.2f}"
                      f"{cpu / scale[0][3]:>9.2f}")
    print(f"  load average now {os.getloadavg()[0]:.2f}")


def bench(folders: list[Path], factors: list[int]) -> int:
    for folder in folders:
        if not steps.walk_folder(folder):
            print(f"\n{folder}: no files, skipped")
            continue
        bench_folder(folder, factors if folder.name == "bbc" or len(folders) == 1 else [])
    return 0
