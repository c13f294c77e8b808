"""Per-document work on a Dask cluster (``distributed``), when ``DASK_SCHEDULER`` names one.

The extract assets hand batches of documents to :func:`map_batches`; each batch runs on a
worker of the cluster and comes back as Polars frames (Arrow data), in the order submitted,
so the rows are the same as a local run's. Workers need this project installed (the same
code and version): ``pip install -e '.[dask]'`` on every node. ``distributed`` is imported
only here and only when a scheduler is set.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

_CLIENTS: dict[str, object] = {}


def client(address: str):
    """One client per scheduler address for the life of this process."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - said plainly when the extra is missing
        raise RuntimeError("DASK_SCHEDULER is set but `distributed` is not installed: pip install -e '.[dask]'") from exc
    found = _CLIENTS.get(address)
    if found is None or getattr(found, "status", "closed") in ("closed", "closing"):
        found = Client(address, set_as_default=False)
        _CLIENTS[address] = found
    return found


def map_batches(address: str, fn: Callable, tasks: Sequence, models: object, batches: Sequence) -> Iterator:
    """``fn(task, models, batch)`` for each batch on the cluster at ``address``, results in order.

    Every batch is submitted at once (the scheduler spreads them over the workers); results
    are gathered one by one, in submission order, so the caller streams them.
    """
    dask = client(address)
    futures = [dask.submit(fn, task, models, batch, pure=False) for task, batch in zip(tasks, batches)]
    try:
        for future in futures:
            yield future.result()
    finally:
        for future in futures:
            future.release()


def close_clients() -> None:
    for dask in _CLIENTS.values():
        dask.close()
    _CLIENTS.clear()
