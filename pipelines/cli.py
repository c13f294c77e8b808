"""What `make run`, `make bench` and friends do."""
from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import dagster as dg

from pipelines import build
from pipelines.settings import REPO_ROOT, Settings
from pipelines.text.clean import clean_text
from pipelines.text.decode import Rejection, decode_file
from pipelines.text.dedupe import find_duplicates
from pipelines.text.entities import extract_mentions
from pipelines.text.facts import extract_facts
from pipelines.text.quotes import extract_quotes
from pipelines.text.resolve import resolve_entities
from pipelines.text.sentences import split_sentences

SHARED_BBC = REPO_ROOT.parent / "shared" / "corpora" / "bbc"


def materialize_all(settings: Settings, instance: dg.DagsterInstance | None = None,
                    started_by: str = "make run") -> dg.ExecuteInJobResult:
    """Every asset and check, as one run of the named job ``build_warehouse``."""
    from pipelines.defs.automation import STARTED_BY
    from pipelines.definitions import build_definitions

    # INFO: our own progress lines and every warning, without Dagster's per-step DEBUG events
    quiet = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}
    job = build_definitions(settings).resolve_job_def("build_warehouse")
    return job.execute_in_process(instance=instance, raise_on_error=False, run_config=quiet,
                                  tags={STARTED_BY: started_by})


def _instance() -> dg.DagsterInstance:
    return dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()


def run() -> int:
    settings = Settings.from_env()
    print(f"building {settings.warehouse_path} from {settings.seeds_dir}")
    started = time.perf_counter()
    with _instance() as instance:
        result = materialize_all(settings, instance)
    elapsed = time.perf_counter() - started
    if not result.success:
        for event in result.all_events:
            if event.is_failure:
                print(event.message, file=sys.stderr)
        print("build failed", file=sys.stderr)
        return 1
    failed_checks = [e.asset_check_evaluation_data for e in result.all_events
                     if e.event_type_value == "ASSET_CHECK_EVALUATION" and not e.asset_check_evaluation_data.passed]
    for check in failed_checks:
        print(f"check failed: {check.asset_key.to_user_string()} {check.check_name}", file=sys.stderr)
    print(f"built in {elapsed:.1f}s")
    summary(settings)
    return 1 if failed_checks else 0


def summary(settings: Settings | None = None) -> int:
    settings = settings or Settings.from_env()
    if not settings.warehouse_path.exists():
        print(f"no warehouse at {settings.warehouse_path}: run `make run` first")
        return 1
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        q = lambda sql: con.execute(sql).fetchall()[0][0]  # noqa: E731
        print(f"documents {q('select count(*) from core.documents')} "
              f"(duplicates {q('select count(*) from core.documents where duplicate_of is not null')}, "
              f"rejected files {q('select count(*) from core.rejected_files')})  "
              f"entities {q('select count(*) from core.entities')}  "
              f"facts {q('select count(*) from core.facts')}  quotes {q('select count(*) from core.quotes')}")
        if q("select count(*) from core.documents") == 0:
            print(f"  no articles in {settings.seeds_dir}: put article files there, or point SEEDS_DIR at a folder of them")
        samples = con.execute("""
            select kind, display, approx, surface, doc_id from (
                select *, row_number() over (partition by kind order by doc_id, char_start) as n
                from core.facts where kind in ('count', 'money', 'proportion', 'ratio', 'duration', 'date'))
            where n = 1 order by kind""").fetchall()
        for kind, display, approx, surface, doc_id in samples:
            hedge = f"({approx})" if approx else ""
            print(f"  {kind:<10} {display:<24} {hedge:<16} \"{surface}\"  [{doc_id}]")
        print(f"published: {settings.warehouse_path}")
    finally:
        con.close()
    return 0


# ---------------------------------------------------------------- bench
def _timed(label: str, mb: float, fn: Callable[[], object], rows: list) -> object:
    started = time.perf_counter()
    out = fn()
    seconds = time.perf_counter() - started
    rows.append((label, seconds, mb / seconds if seconds else float("inf")))
    return out


def _or_none(fn: Callable, *args: object) -> object:
    try:
        return fn(*args, max_bytes=1 << 62)
    except Rejection:
        return None


def bench_folder(folder: Path) -> list[tuple[str, float, float]]:
    """Seconds and MB/s of each stage (single process, cold cache), then of the whole run."""
    rows: list[tuple[str, float, float]] = []
    files = build.scan_folder(folder, 20 * 1024 * 1024)
    mb = sum(f.size_bytes for f in files) / 1e6
    readable = [f for f in files if f.data is not None]
    decoded = _timed("decode", mb, lambda: [_or_none(decode_file, f.data, f.source_path) for f in readable], rows)
    texts = [d.text for d in decoded if d is not None]
    text_mb = sum(len(t.encode()) for t in texts) / 1e6
    cleaned = _timed("clean", text_mb, lambda: [clean_text(t) for t in texts], rows)
    bodies = [c.body for c in cleaned]
    _timed("sentences", text_mb, lambda: [split_sentences("d", b) for b in bodies], rows)
    _timed("dedupe", text_mb, lambda: find_duplicates([(str(i), b) for i, b in enumerate(bodies)]), rows)
    parsed = _timed("documents (all of the above, as run)", mb, lambda: build.parse_documents(files), rows)
    docs = build.documents_to_extract(parsed.documents)
    sentences = build.group_sentences(parsed.sentences)
    body_mb = sum(len(d.body.encode()) for d in docs) / 1e6
    if docs:  # gazetteers and word lists load on first use: a one-time cost, timed apart
        first = docs[0]
        _timed("one-time load (gazetteers, word lists)", 0.0, lambda: extract_quotes(
            first.doc_id, first.body, sentences[first.doc_id],
            extract_mentions(first.doc_id, first.body, sentences[first.doc_id])[0])
            + extract_facts(first.doc_id, first.body, sentences[first.doc_id]), rows)
    found = _timed("entities (mentions)", body_mb, lambda: [
        extract_mentions(d.doc_id, d.body, sentences[d.doc_id]) for d in docs], rows)
    mentions = [m for ms, _ in found for m in ms]
    roles = [r for _, rs in found for r in rs]
    _timed("entities (resolve)", body_mb, lambda: resolve_entities(mentions, roles), rows)
    _timed("facts", body_mb, lambda: [extract_facts(d.doc_id, d.body, sentences[d.doc_id]) for d in docs], rows)
    by_doc: dict[str, list] = {}
    for m in mentions:
        by_doc.setdefault(m.doc_id, []).append(m)
    _timed("quotes", body_mb, lambda: [
        extract_quotes(d.doc_id, d.body, sentences[d.doc_id], by_doc.get(d.doc_id, [])) for d in docs], rows)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(seeds_dir=folder, warehouse_path=Path(tmp) / "bench.duckdb", max_file_bytes=20 * 1024 * 1024)
        result = _timed("whole run (dagster, cold cache)", mb, lambda: materialize_all(settings), rows)
        if not result.success:
            raise RuntimeError("whole run failed")
        _timed("whole run (dagster, warm cache)", mb, lambda: materialize_all(settings), rows)
    print(f"\n{folder}  ({len(files)} files, {mb:.2f} MB raw, {len(docs)} documents extracted)")
    print(f"  {'stage':<40}{'seconds':>9}{'MB/s':>9}")
    for label, seconds, rate in rows:
        print(f"  {label:<40}{seconds:>9.2f}{rate if rate else float('nan'):>9.2f}")
    return rows


def bench(folders: list[str]) -> int:
    targets = [Path(f) for f in folders] or [Settings.from_env().seeds_dir, *([SHARED_BBC] if SHARED_BBC.is_dir() else [])]
    for folder in targets:
        if not build.walk_folder(folder):
            print(f"\n{folder}: no files, skipped")
            continue
        bench_folder(folder)
    return 0
