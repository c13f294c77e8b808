"""Extracted frames -> tables in schema ``core`` of the build file; then publish."""

import os
import shutil

import dagster as dg
import duckdb
import polars as pl

from pipelines.defs.metadata import PRODUCERS, frame_metadata, record_schema
from pipelines.defs.resources import PipelineResource
from pipelines.sql_models import load_models
from pipelines.progress import Progress
from pipelines.records import ExtractionRule
from pipelines.settings import report_path
from pipelines.tables import TABLES, to_frame
from pipelines import pool
from pipelines.steps import extractor_version, memo_frames
from pipelines.warehouse import load_tables

from pipelines.defs import extract, ingest

_PRODUCER_MODULES = (ingest, extract)  # importing them registers the tables their assets produce (PRODUCERS)

CORE_KEYS = {table: dg.AssetKey(["core", table]) for table in TABLES}
#: table -> the asset whose output holds it; "rules" comes from the code itself (no upstream asset)
SOURCE = {table: key for key, tables in PRODUCERS.items() for table in tables}
INPUTS = {"__".join(key): dg.AssetIn(key=list(key)) for key in PRODUCERS}


def rules_frames(cache_dir) -> dict[str, pl.DataFrame]:
    """core.rules from the extractors' registries; kept per extractor version, so a build with
    nothing to extract does not import the extractors to list their rules."""
    def compute() -> dict[str, pl.DataFrame]:
        from pipelines.text.rules import all_rules

        return {"rules": to_frame([ExtractionRule(**vars(rule)) for rule in all_rules()], ExtractionRule)}

    frames, _ = memo_frames(cache_dir, "rules", extractor_version(), compute)
    return dict(frames)


@dg.multi_asset(
    specs=[dg.AssetSpec(key, group_name="core", description=(TABLES[t].__doc__ or "").strip().splitlines()[0],
                        deps=[list(SOURCE[t])] if t in SOURCE else [], kinds={"duckdb"},
                        metadata={"dagster/column_schema": record_schema(TABLES[t])}) for t, key in CORE_KEYS.items()],
    ins=INPUTS,
)
def core_tables(context: dg.AssetExecutionContext, pipeline: PipelineResource, **outputs: dict[str, pl.DataFrame]):
    """Load every record table into schema core of the private build file, with column comments.

    A table whose rows and columns are those already in the build file is not written again."""
    pool.close()                        # every document is extracted by now: free the workers' memory
    warehouse = pipeline.warehouse()
    frames = rules_frames(warehouse.cache_dir)
    for name, output in outputs.items():
        frames.update({t: output[t] for t in PRODUCERS[tuple(name.split("__"))]})
    rows = sum(frames[table].height for table in TABLES)
    with Progress("load", rows, unit="rows", log=context.log.info) as progress, warehouse.connect() as con:
        written = load_tables(con, warehouse.cache_dir, frames, progress)
    for table, key in CORE_KEYS.items():
        metadata = frame_metadata(frames[table], descriptions=TABLES[table], rewritten=table in written)
        metadata["dagster/column_schema"] = record_schema(TABLES[table])
        yield dg.MaterializeResult(asset_key=key, metadata=metadata)


def published_documents(path) -> int:
    """How many documents the published warehouse holds (0 when there is none or it cannot be read)."""
    if not path.exists():
        return 0
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return 0
    try:
        return con.execute("SELECT count(*) FROM core.documents").fetchall()[0][0]
    except duckdb.Error:
        return 0
    finally:
        con.close()


MODEL_KEYS = [dg.AssetKey(["marts", m.name]) for m in load_models()]


REPORT_KEY = dg.AssetKey(["warehouse", "report"])


def publish_report(built, published):
    """Swap the build's report in beside the published warehouse (copy, then atomic rename)."""
    target = report_path(published)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    shutil.copyfile(built, tmp)
    os.replace(tmp, target)
    return target


@dg.asset(key=["warehouse", "published"], group_name="publish",
          deps=[*CORE_KEYS.values(), *MODEL_KEYS, REPORT_KEY], kinds={"duckdb"})
def published_warehouse(context: dg.AssetExecutionContext, pipeline: PipelineResource) -> dg.MaterializeResult:
    """The finished build file, swapped in atomically at WAREHOUSE_PATH for analysts to read, and its report beside it."""
    warehouse = pipeline.warehouse()
    with warehouse.connect(read_only=True) as con:
        counts = {t: con.execute(f"SELECT count(*) FROM core.{t}").fetchall()[0][0] for t in TABLES}
    if counts["documents"] == 0 and (published := published_documents(warehouse.published)):
        if counts["rejected_files"]:
            raise dg.Failure(
                f"not published: {pipeline.seeds_dir} gave 0 documents ({counts['rejected_files']} files rejected, "
                f"see core.rejected_files of the build) and would replace a warehouse of {published} documents")
        context.log.warning(f"{pipeline.seeds_dir} is empty: publishing an EMPTY warehouse over one that held "
                            f"{published} documents")
    with Progress("publish", warehouse.build_path.stat().st_size, unit="B", log=context.log.info) as progress:
        path = warehouse.publish(progress)
    built_report = warehouse.build_dir / "report.html"
    report = publish_report(built_report, path) if built_report.exists() else None
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(path)),
        **({"report": dg.MetadataValue.path(str(report)),
            "report_url": dg.MetadataValue.url(report.as_uri())} if report else {}),
        "size_bytes": path.stat().st_size,
        **{f"rows/{t}": n for t, n in counts.items()},
    })
