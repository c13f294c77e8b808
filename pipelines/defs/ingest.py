"""Raw files -> documents (with sentences, removed junk and rejected files)."""

import dagster as dg
import polars as pl

from pipelines import steps, records
from pipelines.defs.metadata import frame_metadata, produces, progress_metadata, record_schema
from pipelines.defs.resources import PipelineResource
from pipelines.settings import SettingsError
from pipelines.progress import Progress


RAW_FILE_TEXT = {
    "source_path": "Path of the file relative to SEEDS_DIR.",
    "size_bytes": "Size of the file in bytes.",
    "sha256": "SHA-256 of the file's bytes; NULL when it was not read.",
    "unread_because": "Why the file was not read (too_large, outside_root, unreadable); NULL when read.",
}


@dg.asset(key=["ingest", "raw_files"], group_name="ingest")
def raw_files(context: dg.AssetExecutionContext, pipeline: PipelineResource) -> list[steps.SourceFile]:
    """Every file under SEEDS_DIR with its size and SHA-256 (oversized and outside-links unread)."""
    try:
        settings = pipeline.settings().check()
    except SettingsError as exc:  # a folder that is not there must not publish an empty warehouse
        raise dg.Failure(description=str(exc)) from None
    with Progress("scan", unit="files", log=context.log.info) as progress:
        files = steps.scan_folder(settings.seeds_dir, settings.max_file_bytes, settings.max_files, progress)
    listing = pl.DataFrame(
        [{"source_path": f.source_path, "size_bytes": f.size_bytes, "sha256": f.sha256,
          "unread_because": f.rejection[0] if f.rejection else None} for f in files],
        schema={"source_path": pl.String, "size_bytes": pl.Int64, "sha256": pl.String, "unread_because": pl.String},
    )
    context.add_output_metadata(frame_metadata(listing, descriptions=RAW_FILE_TEXT, seeds_dir=str(settings.seeds_dir),
                                               total_bytes=sum(f.size_bytes for f in files),
                                               **progress_metadata(progress, "files")))
    return files


@dg.asset(key=["ingest", "documents"], group_name="ingest", ins={"files": dg.AssetIn(key=["ingest", "raw_files"])},
          metadata={"dagster/column_schema": record_schema(records.Document),
                    **produces(["ingest", "documents"], "documents", "sentences", "removed_spans", "rejected_files")})
def documents(context: dg.AssetExecutionContext, pipeline: PipelineResource,
              files: list[steps.SourceFile]) -> dict[str, pl.DataFrame]:
    """Decoded, cleaned, de-duplicated documents; their sentences; what cleaning removed; rejected files.

    A file whose path and bytes were parsed before by the same code is taken from the cache."""
    from pipelines.parsing import parse_frames

    stats = steps.CacheStats()
    cache = steps.parse_cache_path(pipeline.warehouse().cache_dir, steps.extractor_version())
    with Progress("parse", unit="files", log=context.log.info) as progress:
        frames = parse_frames(files, progress, cache_dir=cache.parent, prefix=cache.name, stats=stats,
                              workers=pipeline.workers)
    docs = frames["documents"]
    context.add_output_metadata(frame_metadata(
        docs, ["doc_id", "title", "publisher", "n_chars", "duplicate_of"], records.Document,
        sentences=frames["sentences"].height,
        removed_spans=frames["removed_spans"].height,
        rejected_files=frames["rejected_files"].height,
        duplicates=docs.filter(pl.col("duplicate_of").is_not_null()).height,
        files_parsed=stats.extracted, files_reused=stats.reused,
        **progress_metadata(progress, "files"),
    ))
    return frames
