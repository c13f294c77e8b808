"""The worker processes of a build: one pool for the life of the process, started early.

Spawned, not forked (Dagster runs threads). A build that has something to extract starts the
pool before it loads Dagster (:func:`warm`): a worker loads the cleaner, the extractors, their
word lists and gazetteers on another core meanwhile, so a build with only a document or two to
parse or extract hands them to a worker that has nothing left to load. Nothing here
imports dagster.
"""
from __future__ import annotations

import hashlib
import multiprocessing
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")

_POOL: tuple[int, ProcessPoolExecutor] | None = None
_WARMING: list[Future] = []     # the warm-up, while the pool is up
#: longest a handful of documents waits for the warm-up (it takes a few seconds)
WARM_UP_WAIT_SECONDS = 60

#: what a worker reads once to load everything a first document would (a person, an
#: organisation, a place, a date, money, a share and a quote)
WARM_UP_TEXT = ('Exports\n\nAda Obi, the chief executive of Acme Corp, said in Lagos on Monday, 4 March 2024: '
                '"Sales rose 5% to $4.2 million, about a third of the total."\n')


def executor(workers: int) -> ProcessPoolExecutor:
    """The pool of ``workers`` processes (started on first use; its start-up, imports and word
    lists are paid once, not per stage)."""
    global _POOL
    if _POOL is None or _POOL[0] != workers:
        if _POOL is not None:
            _POOL[1].shutdown(cancel_futures=True)
        _WARMING.clear()
        _POOL = (workers, ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")))
    return _POOL[1]


def is_up(workers: int) -> bool:
    """Whether a pool of ``workers`` (more than one) processes is running in this process."""
    return workers > 1 and _POOL is not None and _POOL[0] == workers


def warm(workers: int) -> None:
    """Start the pool now, without waiting: one worker loads what a first document loads (the
    others start when work comes: this process needs a core meanwhile)."""
    if workers > 1:
        _WARMING[:] = [executor(workers).submit(load_extractors)]


def has_warm_worker(workers: int) -> bool:
    """Whether a pool is up to take a handful of documents: once its warm-up is done (waited for
    here, so the handful goes to the worker that loaded everything instead of starting another)."""
    if not is_up(workers):
        return False
    for warming in _WARMING:
        try:                            # a failed warm-up only leaves the first document to load it
            warming.exception(timeout=WARM_UP_WAIT_SECONDS)
        except TimeoutError:
            pass
    return True


def load_extractors() -> None:
    """Parse :data:`WARM_UP_TEXT` and run every extractor over it, as a first document would."""
    from pipelines import steps
    from pipelines.parsing import file_frames
    from pipelines.records import Document, Sentence
    from pipelines.tables import from_frame

    data = WARM_UP_TEXT.encode()
    frames = file_frames([steps.SourceFile("warm-up.txt", len(data), hashlib.sha256(data).hexdigest(), data)])
    doc = from_frame(frames["documents"], Document)[0]
    sentences = from_frame(frames["sentences"], Sentence)
    mentions = steps.mention_rows(doc, sentences)["mentions"]
    steps.fact_rows(doc, sentences)
    steps.quote_rows(doc, sentences, mentions)


def on_a_worker(workers: int, fn: Callable[..., T], *args: object) -> T:
    """``fn(*args)`` on a worker process when this build's pool is up (it extracted documents
    on it), else here: starting a pool costs more than a small step saves. A corpus-wide step
    that holds every row at once as Python objects (resolution, speakers) then peaks in a
    worker, whose memory goes back to the system when the pool closes, while the main process,
    which runs the SQL models later, stays at what it held before (Python and glibc hand little
    of a heap back once it has grown)."""
    if not is_up(workers):
        return fn(*args)
    return executor(workers).submit(fn, *args).result()


def close() -> None:
    """Stop the worker processes: the steps after extraction (load, checks, models, report) use
    none, and each worker holds its word lists and gazetteer (about 160 MB) until it exits."""
    global _POOL
    if _POOL is not None:
        _POOL[1].shutdown()
        _POOL = None
    _WARMING.clear()
