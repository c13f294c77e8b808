"""Scanned files -> the document tables, as frames.

A file is parsed once per path and bytes (SHA-256) and code version: its rows are kept as
Parquet beside the build, and a rebuild reads back those of unchanged files without making a
record of them. New files are parsed in batches, on the process pool when there are many;
each batch comes back as frames (Arrow data), not records, and the rows are in file order
whatever the worker count. Duplicates are found over every document, each body's MinHash
signature kept by body hash, and not at all when no body changed.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from pipelines import pool
from pipelines.progress import Progress
from pipelines.records import Document, RejectedFile, RemovedSpan, Sentence
from pipelines.steps import CacheStats, SourceFile, memo_frames, parse_file
from pipelines.tables import to_frame

MODELS = {"documents": Document, "sentences": Sentence, "removed_spans": RemovedSpan, "rejected_files": RejectedFile}
#: the column of each table that names its file
FILE_COLUMN = {"documents": "doc_id", "sentences": "doc_id", "removed_spans": "doc_id", "rejected_files": "source_path"}
#: files per batch sent to a worker, and the fewest new files worth a pool
BATCH_FILES = 48
POOL_FILES = 96


#: The frame of each parsed batch that holds its bodies' MinHash signatures (not a table).
SIGNATURES = "signatures"
_SIGNATURE_SCHEMA = {"key": pl.String, "signature": pl.Binary}
_DUPLICATE_SCHEMA = {"doc_id": pl.String, "duplicate_of": pl.String, "duplicate_kind": pl.String}


def file_frames(files: Sequence[SourceFile]) -> dict[str, pl.DataFrame]:
    """:func:`pipelines.steps.parse_file` on each file, the rows as frames (documents' duplicate
    columns unset), and each body's MinHash signature (:data:`SIGNATURES`): made here, on the
    worker that parsed it, so duplicate finding does not hash every new body in one process."""
    from pipelines.text.dedupe import body_key, signature

    docs, sentences, removed, rejected = [], [], [], []
    for f in files:
        outcome = parse_file(f)
        if outcome.rejected is not None:
            rejected.append(outcome.rejected)
            continue
        docs.append(Document(**outcome.draft, duplicate_of=None, duplicate_kind=None))
        sentences.extend(outcome.sentences)
        removed.extend(outcome.removed)
    rows = {"documents": docs, "sentences": sentences, "removed_spans": removed, "rejected_files": rejected}
    signed = {body_key(d.body): signature(d.body) for d in docs}
    return {**{t: to_frame(rows[t], m) for t, m in MODELS.items()},
            SIGNATURES: pl.DataFrame({"key": list(signed), "signature": list(signed.values())}, schema=_SIGNATURE_SCHEMA)}


def _parse_new(files: list[SourceFile], workers: int, progress: Progress | None) -> list[dict[str, pl.DataFrame]]:
    if workers <= 1 or (len(files) < POOL_FILES and not pool.has_warm_worker(workers)):  # a warm pool takes even one
        out = []
        for start in range(0, len(files), BATCH_FILES):
            batch = files[start:start + BATCH_FILES]
            out.append(file_frames(batch))
            if progress is not None:
                progress.advance(len(batch))
        return out
    batches = [files[i:i + BATCH_FILES] for i in range(0, len(files), BATCH_FILES)]
    out = []
    for batch, frames in zip(batches, pool.executor(workers).map(file_frames, batches)):
        out.append(frames)
        if progress is not None:
            progress.advance(len(batch))
    return out


def _read_cache(cache_dir: Path | None, prefix: str) -> tuple[dict[str, str], dict[str, pl.DataFrame] | None]:
    if cache_dir is None or not (cache_dir / f"{prefix}.json").exists():
        return {}, None
    try:
        known = json.loads((cache_dir / f"{prefix}.json").read_text())
        return known, {t: pl.read_parquet(cache_dir / f"{prefix}.{t}.parquet") for t in MODELS}
    except (OSError, ValueError, pl.exceptions.PolarsError):  # a damaged cache is only a slower run
        return {}, None


def files_to_parse(cache_dir: Path, prefix: str, digests: dict[str, str | None]) -> int:
    """How many files of ``digests`` ({path: SHA-256, or None when the scan does not read it})
    the parse cache under ``prefix`` does not hold: what a build will parse."""
    try:
        known = json.loads((cache_dir / f"{prefix}.json").read_text())
    except (OSError, ValueError):
        known = {}
    return sum(1 for path, sha in digests.items() if sha and known.get(path) != sha)


def _write_cache(cache_dir: Path, prefix: str, wanted: dict[str, str], frames: dict[str, pl.DataFrame]) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    stage = prefix.split("-")[0]
    for old in cache_dir.glob(f"{stage}-*"):
        if not old.name.startswith(prefix + "."):
            old.unlink(missing_ok=True)
    (cache_dir / f"{prefix}.json").unlink(missing_ok=True)  # no claim while the tables are rewritten
    for table, frame in frames.items():
        frame.write_parquet(cache_dir / f"{prefix}.{table}.parquet")
    (cache_dir / f"{prefix}.json").write_text(json.dumps(wanted))


def parse_frames(files: Sequence[SourceFile], progress: Progress | None = None, *, cache_dir: Path | None = None,
                 prefix: str = "parse", stats: CacheStats | None = None, workers: int = 1) -> dict[str, pl.DataFrame]:
    """documents, sentences, removed_spans and rejected_files of ``files``, in file order.

    With ``cache_dir``, a file whose path and bytes were parsed before under ``prefix`` (which
    carries the code version) is not parsed again; the cache is rewritten with exactly the
    current files. Duplicates are found over every document (see :func:`duplicate_frame`).
    """
    stats = stats if stats is not None else CacheStats()
    if progress is not None and progress.total is None:
        progress.start(len(files))
    known, cached = _read_cache(cache_dir, prefix)
    wanted = {f.source_path: f.sha256 for f in files if f.sha256}
    reuse = {path for path, sha in wanted.items() if known.get(path) == sha}
    todo = [f for f in files if f.source_path not in reuse]
    if progress is not None:
        progress.advance(len(files) - len(todo))
    stats.reused += len(reuse)
    stats.extracted += len(todo)
    parts = _parse_new(todo, workers, progress)
    kept = [] if cached is None else [{t: f.filter(pl.col(FILE_COLUMN[t]).is_in(list(reuse))) for t, f in cached.items()}]
    order = {f.source_path: i for i, f in enumerate(files)}
    frames = {}
    for table, model in MODELS.items():
        frame = pl.concat([p[table] for p in kept + parts] or [to_frame([], model)], how="vertical")
        pos = pl.col(FILE_COLUMN[table]).replace_strict(order, default=-1, return_dtype=pl.Int64)
        frames[table] = frame.with_row_index("_row").sort(pos, "_row", maintain_order=True).drop("_row")
    if cache_dir is not None and (todo or set(known) != set(wanted)):
        readable = {t: f.filter(pl.col(FILE_COLUMN[t]).is_in(list(wanted))) for t, f in frames.items()}
        _write_cache(cache_dir, prefix, wanted, readable)
    if progress is not None:
        progress.note("finding duplicates")
    fresh = {key: sig for p in parts for key, sig in p[SIGNATURES].iter_rows()}
    dups = duplicate_frame(frames["documents"], cache_dir, prefix, fresh)
    docs = frames["documents"].drop("duplicate_of", "duplicate_kind").join(dups, on="doc_id", how="left", maintain_order="left")
    frames["documents"] = docs.select(list(Document.model_fields))
    return frames


def duplicate_frame(documents: pl.DataFrame, cache_dir: Path | None, prefix: str,
                    fresh: dict[str, bytes | None] | None = None) -> pl.DataFrame:
    """(doc_id, duplicate_of, duplicate_kind) of every duplicate among ``documents``, in order:
    :func:`pipelines.text.dedupe.find_duplicates` again only when a body (or the code) changed,
    then hashing only bodies not seen before (nor in ``fresh``: signatures the parse just made,
    by :func:`pipelines.text.dedupe.body_key`)."""
    if not documents.height:             # no document, no duplicate: the dedupe code need not load
        return pl.DataFrame(schema=_DUPLICATE_SCHEMA)
    from pipelines.text.dedupe import body_key

    items = list(zip(documents["doc_id"], documents["body"]))
    keys = [body_key(body) for _, body in items]
    digest = hashlib.sha256(prefix.encode())
    for (doc_id, _), key in zip(items, keys):
        digest.update(f"{doc_id}\0{key}\n".encode())

    def compute() -> dict[str, pl.DataFrame]:
        from pipelines.text.dedupe import find_duplicates

        path = cache_dir / f"{prefix}.signatures.parquet" if cache_dir is not None else None
        signatures: dict[str, bytes | None] = {}
        if path is not None and path.exists():
            try:
                signatures = dict(pl.read_parquet(path).iter_rows())
            except (OSError, pl.exceptions.PolarsError):
                signatures = {}
        signatures.update(fresh or {})
        found = find_duplicates(items, signatures)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            unique = set(keys)
            pl.DataFrame({"key": list(unique), "signature": [signatures.get(k) for k in unique]},
                         schema=_SIGNATURE_SCHEMA).sort("key").write_parquet(path)
        return {"duplicates": pl.DataFrame([(d, o, k) for d, (o, k) in found.items()], orient="row",
                                           schema=_DUPLICATE_SCHEMA)}

    frames, _ = memo_frames(cache_dir, "duplicates", digest.hexdigest(), compute)
    return frames["duplicates"]
