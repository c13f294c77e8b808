"""Documents -> entity mentions, entities, facts and quotes.

Per-document extraction is cached by body hash and extractor version, so a rerun extracts
only new or changed documents; resolution across documents always runs on the full set.
"""

import dagster as dg
import polars as pl

from pipelines import steps
from pipelines.defs.metadata import frame_metadata, progress_metadata, record_schema
from pipelines.defs.resources import PipelineResource
from pipelines.progress import Progress
from pipelines.records import Document, Entity, EntityMention, EntityRole, Fact, Quote, Sentence
from pipelines.tables import from_frame, to_frame
from pipelines.text.resolve import resolve_entities

DOCUMENTS = dg.AssetIn(key=["ingest", "documents"])


def _inputs(parsed: dict[str, pl.DataFrame], progress: Progress) -> tuple[list[Document], dict[str, list[Sentence]]]:
    progress.note("reading documents")
    docs = steps.documents_to_extract(from_frame(parsed["documents"], Document))
    return docs, steps.group_sentences(from_frame(parsed["sentences"], Sentence))


def _progress(context, stage: str) -> Progress:
    """The stage's reporter, opened first thing so the time spent reading inputs shows too."""
    return Progress(stage, unit="docs", log=context.log.info)


def _run_stage(context, pipeline: PipelineResource, stage: str, models: dict, docs, extract,
               progress: Progress) -> dict[str, pl.DataFrame]:
    stats = steps.CacheStats()
    progress.note("")
    frames = steps.cached_per_document(pipeline.warehouse().cache_dir, stage, models, docs, extract,
                                       version=steps.extractor_version(), stats=stats, progress=progress,
                                       workers=pipeline.workers)
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
        docs, sentences = _inputs(parsed, progress)
        frames, stats = _run_stage(context, pipeline, "mentions", {"mentions": EntityMention, "roles": EntityRole},
                                   docs, steps.StageTask(steps.mention_rows, sentences), progress)
    context.add_output_metadata(frame_metadata(frames["mentions"], ["doc_id", "surface", "type", "local_name", "rule"],
                                               EntityMention, roles=frames["roles"].height, **stats))
    return frames


@dg.asset(key=["extract", "entities"], group_name="extract", ins={"local": dg.AssetIn(key=["extract", "mentions"])},
          metadata=_columns(Entity))
def entities(context: dg.AssetExecutionContext, local: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """One canonical entity per real thing across documents; mentions and roles point at it."""
    with Progress("entities", local["mentions"].height, unit="mentions", log=context.log.info) as progress:
        progress.note("resolving")  # one call over every mention: the bar's clock moves, its count jumps at the end
        ents, ments, roles = resolve_entities(from_frame(local["mentions"], EntityMention),
                                              from_frame(local["roles"], EntityRole))
        progress.advance(local["mentions"].height)
    # a bare name several people share stays unresolved: it names no entity, so it is no mention of one
    resolved = [m for m in ments if m.entity_id is not None]
    frames = {
        "entities": to_frame(ents, Entity),
        "entity_mentions": to_frame(resolved, EntityMention),
        "entity_roles": to_frame(roles, EntityRole),
    }
    context.add_output_metadata(frame_metadata(
        frames["entities"].sort("mention_count", descending=True), ["name", "type", "mention_count", "doc_count"], Entity,
        mentions=len(resolved), ambiguous_mentions_left_out=len(ments) - len(resolved), roles=len(roles)))
    return frames


@dg.asset(key=["extract", "facts"], group_name="extract", ins={"parsed": DOCUMENTS}, metadata=_columns(Fact))
def facts(context: dg.AssetExecutionContext, pipeline: PipelineResource, parsed: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Quantitative facts: counts, money, proportions, ratios, durations, dates and measures."""
    with _progress(context, "facts") as progress:
        docs, sentences = _inputs(parsed, progress)
        frames, stats = _run_stage(
            context, pipeline, "facts", {"facts": Fact}, docs,
            steps.StageTask(steps.fact_rows, sentences), progress)
    frame = frames["facts"]
    context.add_output_metadata(frame_metadata(frame, ["doc_id", "kind", "display", "approx", "object", "sentence"], Fact, **stats))
    return frame


@dg.asset(key=["extract", "quotes"], group_name="extract",
          ins={"parsed": DOCUMENTS, "local": dg.AssetIn(key=["extract", "mentions"]),
               "resolved": dg.AssetIn(key=["extract", "entities"])}, metadata=_columns(Quote))
def quotes(context: dg.AssetExecutionContext, pipeline: PipelineResource, parsed: dict[str, pl.DataFrame],
           local: dict[str, pl.DataFrame], resolved: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Quotations with their speakers, resolved to canonical entity names."""
    with _progress(context, "quotes") as progress:
        docs, sentences = _inputs(parsed, progress)
        by_doc: dict[str, list[EntityMention]] = {}
        for m in from_frame(local["mentions"], EntityMention):
            by_doc.setdefault(m.doc_id, []).append(m)
        frames, stats = _run_stage(
            context, pipeline, "quotes", {"quotes": Quote}, docs,
            steps.StageTask(steps.quote_rows, sentences, by_doc), progress)
        progress.note("attaching speakers")
        names = dict(zip(resolved["entities"]["entity_id"], resolved["entities"]["name"]))
        attributed = steps.attach_speakers(from_frame(frames["quotes"], Quote),
                                           from_frame(resolved["entity_mentions"], EntityMention), names)
        frame = to_frame(attributed, Quote)
    context.add_output_metadata(frame_metadata(frame, ["doc_id", "speaker", "kind", "cue", "text"], Quote, **stats))
    return frame
