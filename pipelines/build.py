"""The pipeline's steps as plain functions: folder -> records.

The Dagster assets in ``pipelines.defs`` are thin wrappers around these, and the benchmark
times them one by one. Nothing here imports dagster.
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipelines import records
from pipelines.progress import Progress, track
from pipelines.records import Document, EntityMention, Quote, RejectedFile, RemovedSpan, Sentence
from pipelines.tables import from_frame, to_frame
from pipelines.text.clean import clean_text
from pipelines.text.decode import Rejection, decode_file
from pipelines.text.dedupe import find_duplicates
from pipelines.text.sentences import split_sentences

TEXT_LIBRARY = Path(__file__).parent / "text"


def extractor_version() -> str:
    """Hash of the extraction code: cached per-document results are reused only while it holds."""
    digest = hashlib.sha256()
    for path in sorted([*TEXT_LIBRARY.glob("*.py"), Path(records.__file__)]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# ---------------------------------------------------------------- scan
@dataclass(frozen=True)
class SourceFile:
    """A file found under the seeds folder: its bytes, or why they were not read."""

    source_path: str
    size_bytes: int
    sha256: str | None
    data: bytes | None = field(repr=False, default=None)
    rejection: tuple[str, str] | None = None


def walk_folder(root: Path) -> list[Path]:
    """Files under ``root`` in path order; hidden files and folders (dot-names) are skipped."""
    paths: list[Path] = []
    if not root.is_dir():
        return paths
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        paths.extend(Path(dirpath) / n for n in filenames if not n.startswith("."))
    return sorted(paths, key=lambda p: p.relative_to(root).as_posix())


def scan_folder(root: Path, max_bytes: int, progress: Progress | None = None) -> list[SourceFile]:
    """Every file under ``root``, read, or with the reason it was not.

    Oversized files are not read; symlinks leading outside ``root`` are not followed.
    """
    root = root.resolve()
    return [_read_source(root, path, max_bytes) for path in track(walk_folder(root), progress)]


def fingerprint_folder(root: Path, previous: dict[str, list] | None = None) -> dict[str, list]:
    """{relative path: [size, mtime_ns, sha256]} for every file under ``root``.

    A file whose size and mtime match ``previous`` keeps its hash unread, so polling a large
    folder costs a stat per file; a touched file is re-hashed and keeps its hash if its
    bytes did not change.
    """
    root = root.resolve()
    previous = previous or {}
    out: dict[str, list] = {}
    for path in walk_folder(root):
        rel = path.relative_to(root).as_posix()
        try:
            info = path.stat()
            old = previous.get(rel)
            if old and old[0] == info.st_size and old[1] == info.st_mtime_ns:
                out[rel] = old
                continue
            digest = hashlib.sha256()
            with open(path, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(block)
            out[rel] = [info.st_size, info.st_mtime_ns, digest.hexdigest()]
        except OSError as exc:
            out[rel] = [-1, -1, f"unreadable: {type(exc).__name__}"]
    return out


def _read_source(root: Path, path: Path, max_bytes: int) -> SourceFile:
    rel = path.relative_to(root).as_posix()
    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(root):
                return SourceFile(rel, 0, None, rejection=("outside_root", f"symlink to {target} leaves the seeds folder; not followed"))
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return SourceFile(rel, 0, None, rejection=("unsupported", "not a regular file"))
        if info.st_size > max_bytes:
            return SourceFile(rel, info.st_size, None, rejection=("too_large", f"{info.st_size} bytes exceeds the limit of {max_bytes} (MAX_FILE_BYTES)"))
        data = path.read_bytes()
    except OSError as exc:
        return SourceFile(rel, 0, None, rejection=("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}"))
    return SourceFile(rel, len(data), hashlib.sha256(data).hexdigest(), data=data)


# ---------------------------------------------------------------- documents
@dataclass
class Parsed:
    documents: list[Document]
    sentences: list[Sentence]
    removed: list[RemovedSpan]
    rejected: list[RejectedFile]


def parse_documents(files: Sequence[SourceFile], progress: Progress | None = None) -> Parsed:
    """Decode, clean and split every readable file; flag duplicates; record every rejection."""
    out = Parsed([], [], [], [])
    drafts: list[dict] = []
    split: list[list[Sentence]] = []  # each draft's sentences, split while its file is at hand
    for f in track(files, progress):
        if f.rejection or f.data is None:
            reason, detail = f.rejection or ("unreadable", "no data")
            out.rejected.append(RejectedFile(source_path=f.source_path, size_bytes=f.size_bytes, sha256=f.sha256, reason=reason, detail=detail))
            continue
        try:
            decoded = decode_file(f.data, f.source_path, max_bytes=len(f.data) + 1)
            cleaned = clean_text(decoded.text)
            if not cleaned.body.strip():
                raise Rejection("no_text", "no article text left after cleaning")
        except Rejection as rej:
            out.rejected.append(RejectedFile(source_path=f.source_path, size_bytes=f.size_bytes, sha256=f.sha256, reason=rej.reason, detail=rej.detail))
            continue
        except Exception as exc:  # a bug met on one file must not fail the run: record it
            out.rejected.append(RejectedFile(source_path=f.source_path, size_bytes=f.size_bytes, sha256=f.sha256,
                                             reason="error", detail=f"{type(exc).__name__}: {exc}"))
            continue
        doc_id = f.source_path
        drafts.append(dict(doc_id=doc_id, source_path=f.source_path, sha256=f.sha256, encoding=decoded.encoding,
                           format=decoded.format, size_bytes=f.size_bytes, title=cleaned.title,
                           publisher=cleaned.publisher, body=cleaned.body, n_chars=len(cleaned.body)))
        split.append(split_sentences(doc_id, cleaned.body))
        out.removed.extend(RemovedSpan(doc_id=doc_id, rule=rule, text=text) for rule, text in cleaned.removed)
    if progress is not None:
        progress.note("finding duplicates")
    duplicates = find_duplicates([(d["doc_id"], d["body"]) for d in drafts])
    for d, sentences in zip(drafts, split):
        original, kind = duplicates.get(d["doc_id"], (None, None))
        out.documents.append(Document(**d, duplicate_of=original, duplicate_kind=kind))
        out.sentences.extend(sentences)
    return out


def documents_to_extract(documents: Sequence[Document]) -> list[Document]:
    """Exact duplicates add nothing: their facts would only inflate counts across sources."""
    return [d for d in documents if d.duplicate_kind != "exact"]


def group_sentences(sentences: Sequence[Sentence]) -> dict[str, list[Sentence]]:
    grouped: dict[str, list[Sentence]] = defaultdict(list)
    for s in sentences:
        grouped[s.doc_id].append(s)
    return grouped


# ---------------------------------------------------------------- per-document cache
def body_hash(doc: Document) -> str:
    return hashlib.sha256(doc.body.encode("utf-8")).hexdigest()


@dataclass
class CacheStats:
    reused: int = 0
    extracted: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # doc_id -> error, for documents whose extraction raised


def cached_per_document(
    cache_dir: Path | None,
    stage: str,
    models: dict[str, type[records.Record]],
    documents: Sequence[Document],
    extract: Callable[[Document], dict[str, Sequence[records.Record]]],
    *,
    version: str,
    stats: CacheStats | None = None,
    progress: Progress | None = None,
) -> dict[str, pl.DataFrame]:
    """Per-table rows for every document, extracting only documents not seen before.

    ``extract`` maps one document to rows per table (keys of ``models``). A document is
    reused when its doc_id and body hash match the cache written by the same extractor
    version. The cache is rewritten with exactly the current documents, so rows of removed
    files leave it.
    """
    stats = stats if stats is not None else CacheStats()
    wanted = {d.doc_id: body_hash(d) for d in documents}
    prefix = f"{stage}-{version}"
    known: dict[str, str] = {}
    cached = {t: to_frame([], m) for t, m in models.items()}
    if cache_dir is not None and (cache_dir / f"{prefix}.json").exists():
        try:
            known = json.loads((cache_dir / f"{prefix}.json").read_text())
            cached = {t: pl.read_parquet(cache_dir / f"{prefix}.{t}.parquet") for t in models}
        except (OSError, ValueError, pl.exceptions.PolarsError):
            known, cached = {}, {t: to_frame([], m) for t, m in models.items()}
    reuse = [doc_id for doc_id, h in wanted.items() if known.get(doc_id) == h]
    fresh: dict[str, list[records.Record]] = {t: [] for t in models}
    for doc in track(documents, progress):
        if known.get(doc.doc_id) != wanted[doc.doc_id]:
            try:
                rows_by_table = extract(doc)
            except Exception as exc:  # one document's bug must not fail the run: report it, retry next run
                stats.failed[doc.doc_id] = f"{type(exc).__name__}: {exc}"
                continue
            for table, rows in rows_by_table.items():
                fresh[table].extend(rows)
    for doc_id in stats.failed:
        wanted.pop(doc_id, None)  # not cached, so the next run tries it again
    stats.reused += len(reuse)
    stats.extracted += len(wanted) - len(reuse)
    frames = {
        t: pl.concat([cached[t].filter(pl.col("doc_id").is_in(reuse)), to_frame(fresh[t], m)], how="vertical")
        for t, m in models.items()
    }
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        for old in cache_dir.glob(f"{stage}-*"):
            if not old.name.startswith(prefix + "."):
                old.unlink(missing_ok=True)
        for t, frame in frames.items():
            frame.write_parquet(cache_dir / f"{prefix}.{t}.parquet")
        (cache_dir / f"{prefix}.json").write_text(json.dumps(wanted))
    return frames


# ---------------------------------------------------------------- speakers
def attach_speakers(quotes: Sequence[Quote], mentions: Sequence[EntityMention], names: dict[str, str]) -> list[Quote]:
    """Swap each quote's document-local speaker name for the resolved entity's canonical name.

    ``mentions`` are resolved (entity_id set); ``names`` maps entity_id -> canonical name.
    """
    local: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.entity_id is not None:
            local.setdefault((m.doc_id, m.local_name), m.entity_id)
    out = []
    for q in quotes:
        entity_id = local.get((q.doc_id, q.speaker)) if q.speaker else None
        if entity_id is None:
            out.append(q)
        else:
            out.append(q.model_copy(update={"speaker": names[entity_id], "speaker_entity_id": entity_id}))
    return out


__all__ = [
    "CacheStats", "Parsed", "SourceFile", "attach_speakers", "cached_per_document", "documents_to_extract",
    "extractor_version", "fingerprint_folder", "from_frame", "group_sentences", "parse_documents", "scan_folder",
]
