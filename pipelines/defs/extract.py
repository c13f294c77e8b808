"""Documents -> entity mentions, entities, facts and quotes.

Per-document extraction is cached by body hash and extractor version, so a rerun extracts
only new or changed documents (and builds records for those only); resolution across
documents and the speakers' names rerun only when a mention, a quote or the code changed.
"""

import dagster as dg
import polars as pl

from pipelines import resolution, steps
from pipelines.defs.metadata import frame_metadata, produces, progress_metadata, record_schema
from pipelines.defs.resources import PipelineResource
from pipelines.progress import Progress
from pipelines.records import Entity, EntityMention, EntityRole, Fact, Quote

DOCUMENTS = dg.AssetIn(key=["ingest", "documents"])


def _progress(context, stage: str) -> Progress:
    """The stage's reporter, opened first thing so the time spent reading inputs shows too."""
    return Progress(stage, unit="docs", log=context.log.info)


def _records(parsed: dict[str, pl.DataFrame], extra: pl.DataFrame | None = None, extra_model=None):
    """``prepare`` for :func:`steps.cached_stage`: the frames of only the documents to extract;
    they become records batch by batch, where the batch runs (:class:`steps.FrameTask`)."""
    def prepare(fn):
        def build(todo: list[str]):
            keep = pl.col("doc_id").is_in(list(todo))
            return parsed["documents"].filter(keep), steps.FrameTask(
                fn, parsed["sentences"].filter(keep), None if extra is None else extra.filter(keep), extra_model)
        return build
    return prepare


def _run_stage(context, pipeline: PipelineResource, stage: str, models: dict, parsed: dict[str, pl.DataFrame],
               prepare, progress: Progress) -> tuple[dict[str, pl.DataFrame], dict]:
    stats = steps.CacheStats()
    frames = steps.cached_stage(pipeline.warehouse().cache_dir, stage, models, steps.body_hashes(parsed["documents"]),
                                prepare, version=steps.extractor_version(), stats=stats, progress=progress,
                                workers=pipeline.workers, scheduler=pipeline.dask_scheduler)
    steps.release_memory()
    context.log.info(f"{stage}: {stats.extracted} documents extracted, {stats.reused} reused from cache")
    for doc_id, error in stats.failed.items():
        context.log.warning(f"{stage}: extraction failed on {doc_id}: {error}")
    failures = "\n".join(f"- `{doc_id}`: {error}" for doc_id, error in sorted(stats.failed.items()))
    return frames, {"documents_extracted": stats.extracted, "documents_reused": stats.reused,
                    "documents_failed": len(stats.failed), "failures": dg.MetadataValue.md(failures or "none"),
                    **progress_metadata(progress, "documents")}


def _columns(record) -> dict:
    return {"dagster/column_schema": record_schema(record)}


@dg.asset(key=["extract", "mentions"], group_name="extract", ins={"parsed": DOCUMENTS}, metadata=_columns(EntityMention))
def mentions(context: dg.AssetExecutionContext, pipeline: PipelineResource,
             parsed: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """People, organisations and places named in each document, with roles, before resolution."""
    with _progress(context, "mentions") as progress:
        # looked up at run time, so a test can swap a step function in
        frames, stats = _run_stage(context, pipeline, "mentions", {"mentions": EntityMention, "roles": EntityRole},
                                   parsed, _records(parsed)(steps.mention_rows), progress)
    context.add_output_metadata(frame_metadata(frames["mentions"], ["doc_id", "surface", "type", "local_name", "rule"],
                                               EntityMention, roles=frames["roles"].height, **stats))
    return frames


@dg.asset(key=["extract", "entities"], group_name="extract", ins={"local": dg.AssetIn(key=["extract", "mentions"])},
          metadata={**_columns(Entity), **produces(["extract", "entities"], "entities", "entity_mentions", "entity_roles")})
def entities(context: dg.AssetExecutionContext, pipeline: PipelineResource,
             local: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """One canonical entity per real thing across documents; mentions and roles point at it."""
    with Progress("entities", local["mentions"].height, unit="mentions", log=context.log.info) as progress:
        progress.note("resolving")  # one call over every mention: the bar's clock moves, its count jumps at the end
        frames, reused = resolution.resolve_cached(pipeline.warehouse().cache_dir, local["mentions"], local["roles"],
                                                   steps.memo_version(), pipeline.workers)
        progress.advance(local["mentions"].height)
    left_out = frames.pop("ambiguous")["mentions_left_out"][0]
    context.add_output_metadata(frame_metadata(
        frames["entities"].sort("mention_count", descending=True), ["name", "type", "mention_count", "doc_count"], Entity,
        mentions=frames["entity_mentions"].height, ambiguous_mentions_left_out=int(left_out),
        roles=frames["entity_roles"].height, resolution_reused=reused))
    return frames


@dg.asset(key=["extract", "facts"], group_name="extract", ins={"parsed": DOCUMENTS},
          metadata={**_columns(Fact), **produces(["extract", "facts"], "facts")})
def facts(context: dg.AssetExecutionContext, pipeline: PipelineResource,
          parsed: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Quantitative facts: counts, money, proportions, ratios, durations, dates and measures."""
    with _progress(context, "facts") as progress:
        frames, stats = _run_stage(context, pipeline, "facts", {"facts": Fact}, parsed,
                                   _records(parsed)(steps.fact_rows), progress)
    context.add_output_metadata(frame_metadata(frames["facts"], ["doc_id", "kind", "display", "approx", "object", "sentence"],
                                               Fact, **stats))
    return frames


@dg.asset(key=["extract", "quotes"], group_name="extract",
          ins={"parsed": DOCUMENTS, "local": dg.AssetIn(key=["extract", "mentions"]),
               "resolved": dg.AssetIn(key=["extract", "entities"])},
          metadata={**_columns(Quote), **produces(["extract", "quotes"], "quotes")})
def quotes(context: dg.AssetExecutionContext, pipeline: PipelineResource, parsed: dict[str, pl.DataFrame],
           local: dict[str, pl.DataFrame], resolved: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Quotations with their speakers, resolved to canonical entity names."""
    with _progress(context, "quotes") as progress:
        frames, stats = _run_stage(context, pipeline, "quotes", {"quotes": Quote}, parsed,
                                   _records(parsed, local["mentions"], EntityMention)(steps.quote_rows), progress)
        progress.note("attaching speakers")
        frame = steps.speakers_cached(pipeline.warehouse().cache_dir, frames["quotes"], resolved, steps.memo_version(),
                                      pipeline.workers)
    context.add_output_metadata(frame_metadata(frame, ["doc_id", "speaker", "kind", "cue", "text"], Quote, **stats))
    return {"quotes": frame}
