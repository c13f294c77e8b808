"""What `make run`, `make bench` and friends do."""
from __future__ import annotations

import gc
import os
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

if TYPE_CHECKING:
    import dagster as dg

from pipelines import progress
from pipelines.settings import REPO_ROOT, Settings, SettingsError
from pipelines.warehouse import BuildLocked, Warehouse

SHARED_BBC = REPO_ROOT.parent / "shared" / "corpora" / "bbc"
#: a file digest of the scan (else it says why the file is not read)
_SHA256 = re.compile(r"[0-9a-f]{64}")


def materialize_all(settings: Settings, instance: dg.DagsterInstance | None = None,
                    started_by: str = "make run") -> dg.ExecuteInJobResult:
    """Every asset and check, as one run of the named job ``build_warehouse``."""
    # dagster loads here, not at import: `check`, `summary` and `sql` do without it
    from pipelines.defs.automation import STARTED_BY
    from pipelines.definitions import build_definitions

    # INFO: our own progress lines and every warning, without Dagster's per-step DEBUG events;
    # WARNING when the console shows progress itself (make run), so the lines are not doubled
    level = "INFO" if progress.console_mode() == "off" else "WARNING"
    quiet = {"loggers": {"console": {"config": {"log_level": level}}}}
    job = build_definitions(settings).resolve_job_def("build_warehouse")
    return _execute_without_capture(job, instance, quiet, {STARTED_BY: started_by})


def _execute_without_capture(job: dg.JobDefinition, instance: dg.DagsterInstance | None,
                             run_config: dict, tags: dict[str, str]) -> dg.ExecuteInProcessResult:
    """``job.execute_in_process`` without holding every step's output in memory to the end.

    ``execute_in_process`` keeps each output it hands to the IO manager (every frame of every
    step, and the scanned files' bytes) for ``output_for_node``, which nothing here reads:
    on a 16x corpus that held about a gigabyte through the SQL models. Its own core runs with
    capture off (Dagster is pinned to one version, so the internal call is stable); should
    that call ever not exist, the public one runs instead."""
    try:
        from dagster._core.definitions.job_base import InMemoryJob
        from dagster._core.execution.execute_in_process import core_execute_in_process, merge_run_tags
    except ImportError:                 # pragma: no cover - another Dagster version
        return job.execute_in_process(instance=instance, raise_on_error=False, run_config=run_config, tags=tags)
    ephemeral = job.as_ephemeral_job(resource_defs={}, input_values={})
    return core_execute_in_process(
        job=InMemoryJob(job_def=ephemeral), run_config=run_config, instance=instance,
        output_capturing_enabled=False, raise_on_error=False,
        run_tags=merge_run_tags(job_def=job, partition_key=None, tags=tags, asset_selection=None,
                                instance=instance, run_config=run_config),
        asset_selection=frozenset())


def _instance():
    """The instance `make run` records its run in: in memory unless NEWSFACTS_RUN_HISTORY=1.

    The SQLite run and event storage under DAGSTER_HOME costs about 2 s a build (its schema
    checks, and a write per event of every step); the warehouse does not need it. Runs that
    the sensor, the schedule or the UI start are recorded there as always."""
    import dagster as dg

    keep = os.environ.get("NEWSFACTS_RUN_HISTORY", "").strip() == "1" and os.environ.get("DAGSTER_HOME")
    return dg.DagsterInstance.get() if keep else dg.DagsterInstance.ephemeral()


def checked_settings() -> Settings | None:
    """The settings from the environment, or None after printing the one line that says what is wrong."""
    try:
        return Settings.from_env().check()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def check() -> int:
    """Exit 2 with one line when a setting cannot work (make ui runs this before dagster dev)."""
    return 0 if checked_settings() else 2


def run() -> int:
    settings = checked_settings()
    if settings is None:
        return 2
    from pipelines import uptodate

    try:
        # held through the summary too, so it describes what this run published
        warehouse = Warehouse(settings.warehouse_path, settings.build_dir)
        with warehouse.build_session():
            current, inputs = uptodate.check(settings)
            if current and os.environ.get("FORCE", "").strip().lower() in ("", "0", "false", "no", "off"):
                warehouse.unfinished_marker.unlink(missing_ok=True)     # nothing is built
                print(f"{settings.warehouse_path} is up to date: no seed file, setting or code changed since "
                      "it was built (FORCE=1 make run builds it again)")
                return summary(settings)
            print(f"building {settings.warehouse_path} from {settings.seeds_dir}")
            _warm_pool(settings, warehouse, inputs)
            code, failed = _build(settings)
            if code == 0 and not failed:   # a failed document is retried by the next run: no stamp
                uptodate.record(settings, inputs)
            return code
    except BuildLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _warm_pool(settings: Settings, warehouse: Warehouse, inputs: dict) -> None:
    """Start the worker pool before Dagster loads when the build will parse a file: a worker
    loads the extractors on another core meanwhile (:func:`pipelines.pool.warm`)."""
    if settings.workers <= 1 or settings.dask_scheduler:
        return
    from pipelines import pool, steps
    from pipelines.parsing import files_to_parse

    cache = steps.parse_cache_path(warehouse.cache_dir, steps.extractor_version())
    digests = {name: digest if _SHA256.fullmatch(digest) else None for name, (_, digest) in inputs["files"].items()}
    if files_to_parse(cache.parent, cache.name, digests):
        pool.warm(settings.workers)


def _freeze_loaded() -> None:
    """Load the definitions, then move every object alive (Dagster's and our modules) out of
    the garbage collector's sight (~140,000, a tenth of a second a full collection walks): a
    collection (Python's own, and :func:`pipelines.steps.release_memory` after a step that grew the heap)
    then walks only what the build made.
    Only for the one build of a ``make run`` process, and undone after it."""
    import pipelines.definitions  # noqa: F401  (everything the build imports before its first step)

    gc.freeze()


def _build(settings: Settings) -> tuple[int, int]:
    """Exit code, and how many documents an extractor failed on (logged; retried next run)."""
    started = time.perf_counter()
    with _instance() as instance, progress.console():
        _freeze_loaded()
        try:
            result = materialize_all(settings, instance)
        finally:
            gc.unfreeze()   # collectable again at exit: nanobind (duckdb) reports objects left alive as leaks
        stages = stage_report(instance, result)
    elapsed = time.perf_counter() - started
    if not result.success:
        for event in result.all_events:
            if event.is_failure:
                print(event.message, file=sys.stderr)
        print("build failed", file=sys.stderr)
        return 1, 0
    failed_checks = [e.asset_check_evaluation_data for e in result.all_events
                     if e.event_type_value == "ASSET_CHECK_EVALUATION" and not e.asset_check_evaluation_data.passed]
    for check in failed_checks:
        print(f"check failed: {check.asset_key.to_user_string()} {check.check_name}", file=sys.stderr)
    print(f"built in {elapsed:.1f}s")
    print_stages(stages)
    summary(settings)
    return (1 if failed_checks else 0), documents_failed(result)


def documents_failed(result: dg.ExecuteInJobResult) -> int:
    """Documents the extract steps failed on in this run (their ``documents_failed`` metadata)."""
    total = 0
    for event in result.all_events:
        if event.is_step_materialization:
            found = event.step_materialization_data.materialization.metadata.get("documents_failed")
            total += int(getattr(found, "value", 0) or 0)
    return total


# ---------------------------------------------------------------- how long each stage took
STAGE_OF_STEP = {"ingest__raw_files": "scan", "ingest__documents": "parse", "extract__mentions": "mentions",
                 "extract__entities": "entities", "extract__facts": "facts", "extract__quotes": "quotes",
                 "core_tables": "load", "sql_models": "models", "core_checks": "checks",
                 "warehouse__report": "report", "warehouse__published": "publish"}


def _stage(step_key: str) -> str:
    return STAGE_OF_STEP.get(step_key) or ("models" if step_key.startswith("marts__") else "checks")


def stage_report(instance: dg.DagsterInstance, result: dg.ExecuteInJobResult) -> list[tuple[str, float, str]]:
    """(stage, seconds, what it did) in the order the stages started, from the run's step stats."""
    work: dict[str, dict[str, object]] = {}
    for event in result.all_events:
        if event.is_step_materialization:
            meta = event.step_materialization_data.materialization.metadata
            values = {k: v.value for k, v in meta.items() if hasattr(v, "value")}
            step = work.setdefault(event.step_key, {"rows": 0, "assets": 0})
            step["rows"] += values.pop("dagster/row_count", 0) or 0
            step["assets"] += 1
            step.update(values)
    first: dict[str, float] = {}  # stage -> when its first step started
    seconds: dict[str, float] = {}  # stage -> its steps' time, added up
    steps: dict[str, int] = {}
    for stat in instance.get_run_step_stats(result.run_id):
        if stat.start_time is None or stat.end_time is None:
            continue
        stage = _stage(stat.step_key)
        first[stage] = min(first.get(stage, stat.start_time), stat.start_time)
        seconds[stage] = seconds.get(stage, 0.0) + stat.end_time - stat.start_time
        steps[stage] = steps.get(stage, 0) + 1
    step_of = {stage: step for step, stage in STAGE_OF_STEP.items()}
    return [(stage, seconds[stage], _work(stage, work.get(step_of.get(stage, ""), {}), steps[stage]))
            for stage in sorted(first, key=first.get)]


def _work(stage: str, meta: dict[str, object], steps: int) -> str:
    if "documents_processed" in meta:
        return (f"{meta['documents_processed']:,} docs ({meta['documents_extracted']:,} extracted, "
                f"{meta['documents_reused']:,} from cache, {meta['documents_failed']:,} failed), "
                f"{meta['documents_per_second']:,.0f} docs/s")
    if "files_processed" in meta:
        return f"{meta['files_processed']:,} files, {meta['files_per_second']:,.0f} files/s"
    if stage == "entities" and meta.get("rows"):
        return f"{meta['rows']:,} entities from {meta.get('mentions', 0):,} mentions"
    if stage == "publish" and "size_bytes" in meta:
        return f"{meta['size_bytes'] / 1e6:,.1f} MB"
    if stage == "models":
        return f"{meta.get('assets', 0)} models"
    if stage == "checks":
        from pipelines.defs.checks import RULES

        return f"{len(RULES)} checks"
    return f"{meta['rows']:,} rows" if meta.get("rows") else ""


def print_stages(stages: list[tuple[str, float, str]]) -> None:
    print("stages:")
    for stage, seconds, work in stages:
        print(f"  {stage:<9}{seconds:>7.1f}s  {work}".rstrip())


def summary(settings: Settings | None = None) -> int:
    settings = settings or checked_settings()
    if settings is None:
        return 2
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
        # two facts of each kind, those tied to another fact ('24 contracts worth $44 million') first
        samples = con.execute("""
            select kind, display, approx, surface, doc_id from (
                select *, row_number() over (partition by kind order by group_id is null, doc_id, char_start) as n
                from core.facts where kind in ('count', 'money', 'proportion', 'ratio', 'duration', 'date'))
            where n <= 2 order by kind, n""").fetchall()
        for kind, display, approx, surface, doc_id in samples:
            hedge = f"({approx})" if approx else ""
            print(f"  {kind:<10} {display:<24} {hedge:<16} \"{surface}\"  [{doc_id}]")
        print(f"published: {settings.warehouse_path}")
    finally:
        con.close()
    return 0


# ---------------------------------------------------------------- bench
def bench(folders: list[str]) -> int:
    """pipelines.bench over the given folders (default: SEEDS_DIR, and the shared BBC corpus when present)."""
    from pipelines.bench import bench as run_bench

    targets = [Path(f) for f in folders] or [Settings.from_env().seeds_dir, *([SHARED_BBC] if SHARED_BBC.is_dir() else [])]
    # BENCH_SCALE: the scaled corpora to build, "4" by default; "4,16" adds the 16x one
    factors = [int(f) for f in (os.environ.get("BENCH_SCALE") or "4").replace(",", " ").split()]
    return run_bench(targets, factors)
