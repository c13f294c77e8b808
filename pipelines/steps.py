"""The pipeline's steps as plain functions: folder -> records.

The Dagster assets in ``pipelines.defs`` are thin wrappers around these, and the benchmark
times them one by one. Nothing here imports dagster.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import signal
import stat
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipelines import pool, records
from pipelines.progress import Progress, track
from pipelines.records import Document, EntityMention, Quote, RejectedFile, RemovedSpan, Sentence
from pipelines.settings import DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILES
from pipelines.tables import from_frame, to_frame

# the cleaner, the extractors (and dedupe's MinHash, which brings in scipy) load on first use:
# a build with nothing new to parse or extract never imports them

TEXT_LIBRARY = Path(__file__).parent / "text"


def extractor_version() -> str:
    """Hash of the extraction code: cached per-document results are reused only while it holds."""
    digest = hashlib.sha256()
    for path in sorted([*TEXT_LIBRARY.rglob("*.py"), Path(records.__file__)]):
        digest.update(path.relative_to(TEXT_LIBRARY.parent).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def memo_version() -> str:
    """The extraction code and this module (which wires resolution and speakers): what memoised
    corpus-wide steps are keyed by besides their inputs."""
    return extractor_version() + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]


# ---------------------------------------------------------------- scan
@dataclass(frozen=True)
class SourceFile:
    """A file found under the seeds folder: its bytes, or why they were not read."""

    source_path: str
    size_bytes: int
    sha256: str | None
    data: bytes | None = field(repr=False, default=None)
    rejection: tuple[str, str] | None = None


#: file systems that only look like files (kernel state, devices): a scan never walks into them
PSEUDO_FILE_SYSTEMS = frozenset({
    "proc", "sysfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "securityfs", "debugfs", "tracefs", "pstore",
    "bpf", "configfs", "fusectl", "mqueue", "hugetlbfs", "binfmt_misc", "autofs", "efivarfs", "rpc_pipefs", "nsfs",
})


def _pseudo_mounts() -> frozenset[str]:
    """Mount points of pseudo file systems, from /proc/self/mounts where there is one."""
    try:
        lines = Path("/proc/self/mounts").read_text().splitlines()
    except OSError:
        return frozenset()
    points = set()
    for line in lines:
        fields = line.split()
        if len(fields) >= 3 and fields[2] in PSEUDO_FILE_SYSTEMS:
            points.add(fields[1].encode().decode("unicode_escape"))  # '\040' is a space
    return frozenset(points)


def readable_name(rel: str) -> str:
    """A file name as text that prints and stores: bytes that are not UTF-8 shown as \\xNN escapes."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def walk_folder(root: Path, max_files: int = DEFAULT_MAX_FILES, problems: list[RejectedFile] | None = None) -> list[Path]:
    """Files under ``root`` in path order; hidden files and folders (dot-names) are skipped.

    Pseudo file systems (/proc, /sys, /dev ...) are not entered. At most ``max_files`` are
    listed; folders that cannot be listed and a reached limit are appended to ``problems``.
    """
    paths: list[Path] = []
    if not root.is_dir():
        return paths
    pseudo = _pseudo_mounts()

    def unlistable(exc: OSError) -> None:
        if problems is not None and exc.filename:
            rel = os.path.relpath(exc.filename, root)
            problems.append(RejectedFile(source_path=readable_name(rel) + "/", size_bytes=0, sha256=None, reason="unreadable",
                                         detail=f"folder cannot be listed: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=unlistable):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and os.path.join(dirpath, d) not in pseudo)
        for name in sorted(n for n in filenames if not n.startswith(".")):
            if len(paths) >= max_files:
                if problems is not None:
                    problems.append(RejectedFile(
                        source_path=readable_name(os.path.relpath(os.path.join(dirpath, name), root)), size_bytes=0,
                        sha256=None, reason="scan_limit",
                        detail=f"the scan stops at {max_files} files (MAX_FILES): this file and the rest were not read"))
                return sorted(paths, key=lambda p: p.relative_to(root).as_posix())
            paths.append(Path(dirpath) / name)
    return sorted(paths, key=lambda p: p.relative_to(root).as_posix())


def scan_folder(root: Path, max_bytes: int, max_files: int = DEFAULT_MAX_FILES,
                progress: Progress | None = None) -> list[SourceFile]:
    """Every file under ``root``, read, or with the reason it was not.

    Only regular files are read; oversized files are not read; symlinks leading outside
    ``root`` are not followed. A fault on one file (a link loop, a file removed mid-scan, a
    permission error, a name that is not UTF-8) becomes that file's rejection.
    """
    root = root.resolve()
    problems: list[RejectedFile] = []
    files = [_read_source(root, path, max_bytes) for path in track(walk_folder(root, max_files, problems), progress)]
    return files + [SourceFile(p.source_path, 0, None, rejection=(p.reason, p.detail)) for p in problems]


def _special_kind(mode: int) -> str:
    for test, what in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder")):
        if test(mode):
            return what
    return "not a regular file"


def _regular_target(root: Path, path: Path) -> tuple[os.stat_result | None, tuple[str, str] | None]:
    """The stat of the regular file ``path`` stands for (following a link inside ``root``), or why
    there is none. Never opens the file, so a FIFO or a device cannot block the caller."""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except RuntimeError:  # Python 3.11 raises this, not OSError, for a loop
            return None, ("broken_link", "symlink loop")
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return None, ("broken_link", "symlink loop")
            return None, ("broken_link", f"symlink to a missing file ({os.readlink(path)})")
        if not target.is_relative_to(root):
            return None, ("outside_root", f"symlink to {readable_name(str(target))} leaves the seeds folder; not followed")
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        return info, ("unsupported", f"{_special_kind(info.st_mode)}, not a regular file; not opened")
    return info, None


def fingerprint_folder(root: Path, previous: dict[str, list] | None = None, *, max_bytes: int = DEFAULT_MAX_FILE_BYTES,
                       max_files: int = DEFAULT_MAX_FILES, problems: list[RejectedFile] | None = None) -> dict[str, list]:
    """{relative path: [size, mtime_ns, sha256 or why not]} for every file the scan would list.

    It lists what :func:`scan_folder` lists and opens only what it would read (regular files
    within the size limit), so a FIFO, a device or a link to one cannot make it hang. A file
    whose size and mtime match ``previous`` keeps its hash unread, so polling a large folder
    costs a stat per file; a touched file is re-hashed and keeps its hash if its bytes did
    not change. Folders that cannot be listed and a reached limit go to ``problems``, as in the scan.
    """
    root = root.resolve()
    previous = previous or {}
    out: dict[str, list] = {}
    for path in walk_folder(root, max_files, problems):
        rel = readable_name(path.relative_to(root).as_posix())
        try:
            info, rejection = _regular_target(root, path)
            if rejection:
                out[rel] = [info.st_size if info else -1, info.st_mtime_ns if info else -1, ":".join(rejection)]
                continue
            old = previous.get(rel)
            if old and old[0] == info.st_size and old[1] == info.st_mtime_ns:
                out[rel] = old
                continue
            if info.st_size > max_bytes:
                out[rel] = [info.st_size, info.st_mtime_ns, "too_large"]
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
    rel = readable_name(path.relative_to(root).as_posix())
    try:
        info, rejection = _regular_target(root, path)
        if rejection:
            return SourceFile(rel, info.st_size if info and rejection[0] != "unsupported" else 0, None, rejection=rejection)
        if info.st_size > max_bytes:
            return SourceFile(rel, info.st_size, None, rejection=("too_large", f"{info.st_size} bytes exceeds the limit of {max_bytes} (MAX_FILE_BYTES)"))
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may grow while it is read
        if len(data) > max_bytes:
            return SourceFile(rel, len(data), None, rejection=("too_large", f"grew past the limit of {max_bytes} bytes (MAX_FILE_BYTES) while read"))
    except FileNotFoundError:
        return SourceFile(rel, 0, None, rejection=("vanished", "removed while the folder was being read"))
    except OSError as exc:
        return SourceFile(rel, 0, None, rejection=("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}"))
    except Exception as exc:  # whatever else one file can do, the scan goes on
        return SourceFile(rel, 0, None, rejection=("error", f"{type(exc).__name__}: {exc}"))
    return SourceFile(rel, len(data), hashlib.sha256(data).hexdigest(), data=data)


# ---------------------------------------------------------------- documents
@dataclass
class Parsed:
    documents: list[Document]
    sentences: list[Sentence]
    removed: list[RemovedSpan]
    rejected: list[RejectedFile]


@dataclass
class FileParse:
    """What one file became: a document draft with its sentences and removed junk, or a rejection."""

    draft: dict | None
    sentences: list[Sentence]
    removed: list[RemovedSpan]
    rejected: RejectedFile | None = None


def parse_file(f: SourceFile) -> FileParse:
    """Decode, clean and split one file; a rejection (or a bug met on it) is recorded, never raised."""
    def reject(reason: str, detail: str) -> FileParse:
        return FileParse(None, [], [], RejectedFile(source_path=f.source_path, size_bytes=f.size_bytes,
                                                    sha256=f.sha256, reason=reason, detail=detail))

    if f.rejection or f.data is None:
        return reject(*(f.rejection or ("unreadable", "no data")))
    from pipelines.text.clean import clean_text
    from pipelines.text.clean.rules import NUL_BYTES
    from pipelines.text.decode import Rejection, decode_file

    try:
        decoded = decode_file(f.data, f.source_path, max_bytes=len(f.data) + 1)
        cleaned = clean_text(decoded.text)
        if not cleaned.body.strip():
            raise Rejection("no_text", "no article text left after cleaning")
    except Rejection as rej:
        return reject(rej.reason, rej.detail)
    except Exception as exc:  # a bug met on one file must not fail the run: record it
        return reject("error", f"{type(exc).__name__}: {exc}")
    doc_id = f.source_path
    draft = dict(doc_id=doc_id, source_path=f.source_path, sha256=f.sha256, encoding=decoded.encoding,
                 format=decoded.format, size_bytes=f.size_bytes, title=cleaned.title,
                 publisher=cleaned.publisher, body=cleaned.body, n_chars=len(cleaned.body),
                 published_at=decoded.published, published_at_source=decoded.published_source)
    removed = [RemovedSpan(doc_id=doc_id, rule=NUL_BYTES,
                           text=f"{decoded.stray_nuls} NUL bytes dropped from the raw text")] if decoded.stray_nuls else []
    removed += [RemovedSpan(doc_id=doc_id, rule=rule, text=text) for rule, text in cleaned.removed]
    from pipelines.text.sentences import split_sentences

    return FileParse(draft, split_sentences(doc_id, cleaned.body), removed)


def parse_cache_path(cache_dir: Path, version: str) -> Path:
    return cache_dir / f"parse-{version}"


def parse_documents(files: Sequence[SourceFile], progress: Progress | None = None, *,
                    cache_path: Path | None = None, stats: CacheStats | None = None, workers: int = 1) -> Parsed:
    """Decode, clean and split every readable file; flag duplicates; record every rejection: the
    rows of :func:`pipelines.parsing.parse_frames` as records (the assets keep the frames).

    With ``cache_path`` (:func:`parse_cache_path`), a file whose path and bytes were parsed
    before by the same code is not parsed again. Duplicates are always those of every document.
    """
    from pipelines.parsing import parse_frames

    frames = parse_frames(files, progress, cache_dir=cache_path.parent if cache_path else None,
                          prefix=cache_path.name if cache_path else "parse", stats=stats, workers=workers)
    return Parsed(from_frame(frames["documents"], Document), from_frame(frames["sentences"], Sentence),
                  from_frame(frames["removed_spans"], RemovedSpan), from_frame(frames["rejected_files"], RejectedFile))


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


def body_hashes(documents: pl.DataFrame) -> dict[str, str]:
    """{doc_id: body hash} of the documents worth extracting (exact duplicates add nothing), in order."""
    keep = documents.filter(pl.col("duplicate_kind").is_null() | (pl.col("duplicate_kind") != "exact"))
    return {doc_id: hashlib.sha256(body.encode("utf-8")).hexdigest()
            for doc_id, body in zip(keep["doc_id"], keep["body"])}


#: a backstop, not a speed target: no extractor should come near it on any one document
DOCUMENT_BUDGET_SECONDS = 120.0


class DocumentTimeout(Exception):
    """One document's extraction ran past its time budget."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` inside the block once ``seconds`` have passed.

    Uses SIGALRM, so it bounds work only on the main thread (where ``make run`` and Dagster's
    in-process executor extract); elsewhere the block runs unbounded.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise DocumentTimeout(f"extraction took longer than {seconds:g}s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class CacheStats:
    reused: int = 0
    extracted: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # doc_id -> 'timeout: ...' or 'error: ...'


def cached_per_document(
    cache_dir: Path | None,
    stage: str,
    models: dict[str, type[records.Record]],
    documents: Sequence[Document],
    extract: Callable[[Document], dict[str, Sequence[records.Record]]],
    **options: object,
) -> dict[str, pl.DataFrame]:
    """Per-table rows for every document, extracting only documents not seen before.

    ``extract`` maps one document to rows per table (keys of ``models``); a
    :class:`StageTask` runs on ``workers`` processes (or on the Dask cluster at ``scheduler``),
    any other callable in this one. A document is reused when its doc_id and body hash match
    the cache written by the same extractor ``version``. The cache is rewritten with exactly
    the current documents, so rows of removed files leave it. ``options`` are those of
    :func:`cached_stage` (version, stats, progress, workers, scheduler).
    """
    by_id = {d.doc_id: d for d in documents}
    return cached_stage(cache_dir, stage, models, {d.doc_id: body_hash(d) for d in documents},
                        lambda todo: ([by_id[i] for i in todo], extract), **options)


def cached_stage(
    cache_dir: Path | None,
    stage: str,
    models: dict[str, type[records.Record]],
    wanted: dict[str, str],
    prepare: Callable[[list[str]], tuple[list[Document], Callable[[Document], dict[str, Sequence[records.Record]]]]],
    *,
    version: str,
    stats: CacheStats | None = None,
    progress: Progress | None = None,
    workers: int = 1,
    scheduler: str | None = None,
) -> dict[str, pl.DataFrame]:
    """:func:`cached_per_document` given {doc_id: body hash} of every document: ``prepare`` is
    asked for the records and the task of only the documents that must be extracted, so a
    rerun over unchanged documents builds no record at all."""
    stats = stats if stats is not None else CacheStats()
    wanted = dict(wanted)
    prefix = f"{stage}-{version}"
    known: dict[str, str] = {}
    empty = {t: to_frame([], m) for t, m in models.items()}
    cached = empty
    if cache_dir is not None and (cache_dir / f"{prefix}.json").exists():
        try:
            known = json.loads((cache_dir / f"{prefix}.json").read_text())
            cached = {t: pl.read_parquet(cache_dir / f"{prefix}.{t}.parquet") for t in models}
        except (OSError, ValueError, pl.exceptions.PolarsError):
            known, cached = {}, empty
    reuse = [doc_id for doc_id, h in wanted.items() if known.get(doc_id) == h]
    todo_ids = [doc_id for doc_id, h in wanted.items() if known.get(doc_id) != h]
    if progress is not None:
        if progress.total is None:
            progress.start(len(wanted))
        progress.advance(len(reuse))
    fresh: dict[str, list[pl.DataFrame]] = {t: [] for t in models}
    if todo_ids:
        todo, extract = prepare(todo_ids)
        for frames, failures in extract_batches(extract, todo, models, workers=workers, progress=progress,
                                                scheduler=scheduler):
            stats.failed.update(failures)
            for table, frame in frames.items():
                fresh[table].append(frame)
    for doc_id in stats.failed:
        wanted.pop(doc_id, None)  # not cached, so the next run tries it again
    stats.reused += len(reuse)
    stats.extracted += len(wanted) - len(reuse)
    keep = list(reuse)
    frames = {t: pl.concat([cached[t].filter(pl.col("doc_id").is_in(keep)), *fresh[t]], how="vertical")
              for t in models}
    order = {doc_id: i for i, doc_id in enumerate(wanted)}  # the documents' order, whatever was cached
    frames = {t: f.with_row_index("_row").sort(pl.col("doc_id").replace_strict(order, default=-1, return_dtype=pl.Int64),
                                                  "_row", maintain_order=True).drop("_row") for t, f in frames.items()}
    if cache_dir is not None and (todo_ids or set(known) != set(wanted)):
        cache_dir.mkdir(parents=True, exist_ok=True)
        for old in cache_dir.glob(f"{stage}-*"):
            if not old.name.startswith(prefix + "."):
                old.unlink(missing_ok=True)
        for t, frame in frames.items():
            frame.write_parquet(cache_dir / f"{prefix}.{t}.parquet")
        (cache_dir / f"{prefix}.json").write_text(json.dumps(wanted))
    return frames


# ---------------------------------------------------------------- memo: pay only for what changed
def frame_digest(*frames: pl.DataFrame) -> str:
    """A content hash of frames (schema, rows, order): equal frames give equal digests."""
    digest = hashlib.sha256(pl.__version__.encode())
    for frame in frames:
        digest.update(repr(list(frame.schema.items())).encode())
        digest.update(str(frame.height).encode())
        if frame.height and frame.width:
            for seed in (0, 1):  # two 64-bit hashes per row
                digest.update(frame.hash_rows(seed=seed).to_numpy().tobytes())
    return digest.hexdigest()[:16]


def memo_frames(cache_dir: Path | None, name: str, key: str,
                compute: Callable[[], dict[str, pl.DataFrame]]) -> tuple[dict[str, pl.DataFrame], bool]:
    """``compute()`` once per ``key``: its frames are kept as Parquet under ``cache_dir`` and read
    back while the key holds (a new key replaces them). Returns (frames, whether reused)."""
    if cache_dir is None:
        return compute(), False
    index = cache_dir / f"{name}.memo.json"
    try:
        saved = json.loads(index.read_text())
        if saved.get("key") == key:
            return {t: pl.read_parquet(cache_dir / f"{name}.{t}.memo.parquet") for t in saved["tables"]}, True
    except (OSError, ValueError, KeyError, pl.exceptions.PolarsError):
        pass
    frames = compute()
    cache_dir.mkdir(parents=True, exist_ok=True)
    index.unlink(missing_ok=True)
    for table, frame in frames.items():
        frame.write_parquet(cache_dir / f"{name}.{table}.memo.parquet")
    index.write_text(json.dumps({"key": key, "tables": list(frames)}))
    return frames, False


#: heap growth since the last release below which :func:`release_memory` does nothing: a full
#: collection walks every live object (~0.1 s with Dagster loaded), and would hand back little
RELEASE_GROWTH_BYTES = 64 * 1024 * 1024
_released_at = [0]  # resident bytes after the last release


def resident_bytes() -> int:
    """This process's resident memory now (0 where /proc is not there)."""
    try:
        return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def release_memory() -> None:
    """Collect garbage and hand the freed heap back to the OS (glibc keeps it otherwise), so the
    steps after a big one start from what is held, not from its peak. Skipped while the process
    grew less than :data:`RELEASE_GROWTH_BYTES` since the last release (a step that did little)."""
    import ctypes
    import gc

    now = resident_bytes()
    if now and now < _released_at[0] + RELEASE_GROWTH_BYTES:
        return
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to hand back this way
        pass
    _released_at[0] = resident_bytes()


#: quotes given speakers at a time: a speaker is looked up among its own document's mentions
#: only, so the quotes go in slices and just those documents' mentions become records
SPEAKER_CHUNK_QUOTES = 5_000


def speaker_frames(quotes: pl.DataFrame, resolved: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """:func:`attach_speakers` on frames. It looks a speaker up among the mentions of its
    document (a surname or acronym may name a fuller entity there), so only the person and
    organisation mentions of documents with a speaker are turned into records (in order), a
    slice of quotes at a time (the same rows as all at once: no lookup crosses documents)."""
    if not quotes.height:                # nothing to attach: the quote extractor need not load
        return quotes
    names = dict(zip(resolved["entities"]["entity_id"], resolved["entities"]["name"]))
    mentions = resolved["entity_mentions"].filter(pl.col("type").is_in(["PERSON", "ORG", "GPE"]))
    out = []
    for chunk in (quotes.iter_slices(SPEAKER_CHUNK_QUOTES) if quotes.height else [quotes]):
        speakers = chunk.select("doc_id", "speaker").drop_nulls().select("doc_id").unique()
        candidates = mentions.join(speakers, on="doc_id", how="semi", maintain_order="left")
        out.append(to_frame(attach_speakers(from_frame(chunk, Quote), from_frame(candidates, EntityMention), names), Quote))
    return pl.concat(out, how="vertical")


def speakers_cached(cache_dir: Path | None, quotes: pl.DataFrame, resolved: Mapping[str, pl.DataFrame],
                    version: str, workers: int = 1) -> pl.DataFrame:
    key = f"{version}-{frame_digest(quotes, resolved['entities'], resolved['entity_mentions'])}"
    frames, _ = memo_frames(cache_dir, "speakers", key,
                            lambda: {"quotes": pool.on_a_worker(workers, speaker_frames, quotes, dict(resolved))})
    return frames["quotes"]


# ---------------------------------------------------------------- per-document work, on every core
def mention_rows(doc: Document, sentences: list[Sentence], _extra: object = None) -> dict[str, list]:
    from pipelines.text.entities import extract_mentions

    found, roles = extract_mentions(doc.doc_id, doc.body, sentences)
    return {"mentions": found, "roles": roles}


def fact_rows(doc: Document, sentences: list[Sentence], _extra: object = None) -> dict[str, list]:
    from pipelines.text.facts import extract_facts

    return {"facts": extract_facts(doc.doc_id, doc.body, sentences)}


def quote_rows(doc: Document, sentences: list[Sentence], mentions: object = None) -> dict[str, list]:
    from pipelines.text.quotes import extract_quotes

    return {"quotes": extract_quotes(doc.doc_id, doc.body, sentences, mentions or [])}


@dataclass(frozen=True)
class StageTask:
    """One stage's per-document extraction in a form worker processes can run: a top-level
    function of (document, its sentences, its extra input) and those inputs by doc_id."""

    fn: Callable[[Document, list[Sentence], object], dict[str, list]]
    sentences: Mapping[str, list[Sentence]]
    extra: Mapping[str, object] = field(default_factory=dict)

    def __call__(self, doc: Document) -> dict[str, list]:
        return self.fn(doc, self.sentences.get(doc.doc_id, []), self.extra.get(doc.doc_id))

    def subset(self, doc_ids: Sequence[str]) -> StageTask:
        """The same task with only these documents' inputs (what one batch ships to a worker)."""
        return StageTask(self.fn, {d: self.sentences.get(d, []) for d in doc_ids},
                         {d: self.extra[d] for d in doc_ids if d in self.extra})


@dataclass(frozen=True)
class FrameTask:
    """A :class:`StageTask` whose inputs are frames: what a batch ships to a worker (or a Dask
    node) is Arrow data, and records are made there, one batch at a time, so no process holds
    the whole corpus as records. ``extra`` rows (mentions, for quotes) become ``extra_model``
    records, grouped by document."""

    fn: Callable[[Document, list[Sentence], object], dict[str, list]]
    sentences: pl.DataFrame
    extra: pl.DataFrame | None = None
    extra_model: type[records.Record] | None = None

    def subset(self, doc_ids: Sequence[str]) -> FrameTask:
        keep = pl.col("doc_id").is_in(list(doc_ids))
        return FrameTask(self.fn, self.sentences.filter(keep),
                         None if self.extra is None else self.extra.filter(keep), self.extra_model)

    def records(self) -> StageTask:
        extra: dict[str, list] = {}
        if self.extra is not None:
            for row in from_frame(self.extra, self.extra_model):
                extra.setdefault(row.doc_id, []).append(row)
        return StageTask(self.fn, group_sentences(from_frame(self.sentences, Sentence)), extra)


Outcome = tuple[str, dict[str, list] | None, str | None]  # doc_id, rows by table or None, error or None


def _extract_one(extract: Callable[[Document], dict[str, list]], doc: Document) -> Outcome:
    try:
        with time_budget(DOCUMENT_BUDGET_SECONDS):
            return doc.doc_id, extract(doc), None
    except DocumentTimeout as exc:
        return doc.doc_id, None, f"timeout: {exc}"
    except Exception as exc:  # one document's bug must not fail the run: report it, retry next run
        return doc.doc_id, None, f"error: {type(exc).__name__}: {exc}"


def _extract_batch(task: StageTask, docs: list[Document]) -> list[Outcome]:
    return [_extract_one(task, doc) for doc in docs]


def extract_documents(extract: Callable[[Document], dict[str, list]], documents: Sequence[Document], *,
                      workers: int = 1, progress: Progress | None = None) -> Iterator[Outcome]:
    """(doc_id, rows, error) for each document, in the documents' order whatever ``workers`` is.

    A :class:`StageTask` with ``workers`` > 1 runs in batches on a process pool; anything else
    (or a handful of documents) runs here, one document after another.
    """
    if workers <= 1 or not isinstance(extract, StageTask) or len(documents) < 2 * workers:
        for doc in documents:
            yield _extract_one(extract, doc)
            if progress is not None:
                progress.advance()
        return
    size = max(1, min(32, len(documents) // (workers * 8)))
    batches = [list(documents[i:i + size]) for i in range(0, len(documents), size)]
    tasks = [extract.subset([d.doc_id for d in batch]) for batch in batches]
    for batch, outcomes in zip(batches, pool.executor(workers).map(_extract_batch, tasks, batches)):
        yield from outcomes
        if progress is not None:
            progress.advance(len(batch))


def _extract_frames(task: StageTask | FrameTask, models: dict[str, type[records.Record]],
                    docs: list[Document] | pl.DataFrame) -> tuple[dict[str, pl.DataFrame], dict[str, str]]:
    """One batch, its rows turned into frames where they were made (a worker, or a Dask node):
    what travels back is Arrow data, not records. A :class:`FrameTask` batch arrives as frames
    and becomes records here. Returns (frames by table, failures)."""
    if isinstance(task, FrameTask):
        task, docs = task.records(), from_frame(docs, Document)
    return _as_frames(_extract_batch(task, docs), models)


def batch_size(documents: int, workers: int) -> int:
    """Documents per batch: a few batches per worker (so a slow one does not hold the rest up),
    at most 64 (so a batch's rows stay small)."""
    return max(1, min(64, documents // (max(workers, 2) * 4)))


def _in_order(executor: ProcessPoolExecutor, fn: Callable, tasks: Sequence, models: object, batches: Sequence,
              window: int) -> Iterator:
    """``fn(task, models, batch)`` on the pool, results in order, at most ``window`` batches in
    flight: inputs are pickled as they are needed, not all at once."""
    pending: list = []
    for task, batch in zip(tasks, batches):
        pending.append(executor.submit(fn, task, models, batch))
        if len(pending) >= window:
            yield pending.pop(0).result()
    for future in pending:
        yield future.result()


def _frame_batches(task: FrameTask, documents: pl.DataFrame, models: dict[str, type[records.Record]], *,
                   workers: int, progress: Progress | None,
                   scheduler: str | None) -> Iterator[tuple[dict[str, pl.DataFrame], dict[str, str]]]:
    size = batch_size(documents.height, workers)
    batches = [documents.slice(i, size) for i in range(0, documents.height, size)]
    tasks = (task.subset(b["doc_id"].to_list()) for b in batches)
    if scheduler:
        from pipelines.cluster import map_batches

        results = map_batches(scheduler, _extract_frames, list(tasks), models, batches)
    elif workers > 1 and (documents.height >= 2 * workers or pool.has_warm_worker(workers)):  # a warm pool takes even one
        results = _in_order(pool.executor(workers), _extract_frames, tasks, models, batches, window=4 * workers)
    else:
        results = (_extract_frames(t, models, b) for t, b in zip(tasks, batches))
    for batch, result in zip(batches, results):
        yield result
        if progress is not None:
            progress.advance(batch.height)


def _as_frames(outcomes: Sequence[Outcome], models: dict[str, type[records.Record]]) -> tuple[dict[str, pl.DataFrame], dict[str, str]]:
    rows: dict[str, list] = {t: [] for t in models}
    failures: dict[str, str] = {}
    for doc_id, by_table, error in outcomes:
        if error is not None:
            failures[doc_id] = error
            continue
        for table, found in by_table.items():
            rows[table].extend(found)
    return {t: to_frame(rows[t], m) for t, m in models.items()}, failures


def extract_batches(extract: Callable[[Document], dict[str, list]], documents: Sequence[Document],
                    models: dict[str, type[records.Record]], *, workers: int = 1, progress: Progress | None = None,
                    scheduler: str | None = None) -> Iterator[tuple[dict[str, pl.DataFrame], dict[str, str]]]:
    """(frames by table, failures) batch after batch, in the documents' order.

    A :class:`StageTask` runs on the Dask cluster at ``scheduler`` when one is given, else on
    ``workers`` processes; anything else (or a handful of documents) runs here. A
    :class:`FrameTask` takes ``documents`` as a frame and runs batch by batch.
    """
    if isinstance(extract, FrameTask):
        yield from _frame_batches(extract, documents, models, workers=workers, progress=progress, scheduler=scheduler)
        return
    parallel = isinstance(extract, StageTask) and len(documents) >= 2 * max(workers, 1)
    if not parallel or (workers <= 1 and not scheduler):
        yield _as_frames(list(extract_documents(extract, documents, progress=progress)), models)
        return
    size = max(1, min(32, len(documents) // (max(workers, 2) * 8)))
    batches = [list(documents[i:i + size]) for i in range(0, len(documents), size)]
    tasks = [extract.subset([d.doc_id for d in batch]) for batch in batches]
    if scheduler:
        from pipelines.cluster import map_batches

        results = map_batches(scheduler, _extract_frames, tasks, models, batches)
    else:
        results = pool.executor(workers).map(_extract_frames, tasks, [models] * len(batches), batches)
    for batch, result in zip(batches, results):
        yield result
        if progress is not None:
            progress.advance(len(batch))


# ---------------------------------------------------------------- speakers
def attach_speakers(quotes: Sequence[Quote], mentions: Sequence[EntityMention], names: dict[str, str]) -> list[Quote]:
    """Swap each quote's document-local speaker name for the resolved entity's canonical name
    (``pipelines.text.quotes.canonical``): ``mentions`` are resolved (entity_id set);
    ``names`` maps entity_id -> canonical name."""
    from pipelines.text.quotes.canonical import canonical_speakers

    return canonical_speakers(quotes, mentions, names)


__all__ = [
    "CacheStats", "Parsed", "SourceFile", "attach_speakers", "cached_per_document", "documents_to_extract",
    "extractor_version", "fingerprint_folder", "from_frame", "group_sentences", "parse_documents", "scan_folder",
]
