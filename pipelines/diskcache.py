"""One disk cache for derived values that are slow to compute and cheap to load: the SQL models'
parse and column schemas, and the gazetteer that every extracting process needs (each worker of the
pool starts afresh). Entries are pickles in ``CACHE_DIR`` (the repo's git-ignored ``.cache/``),
named by a family and a key that hashes everything the value comes from, so an edit or an
upgrade computes afresh and drops the family's older entries. An entry that cannot be read is
computed again and one that cannot be written is skipped: the cache only ever saves time, it
never changes a result.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from pipelines.settings import REPO_ROOT

T = TypeVar("T")

CACHE_DIR = REPO_ROOT / ".cache"


def content_key(files: Iterable[Path], *, packages: Iterable[str] = (), extra: str = "") -> str:
    """A hash of ``extra``, each file's name and bytes, and the installed versions of ``packages``."""
    digest = hashlib.sha256(extra.encode())
    for path in files:
        digest.update(b"\0" + path.name.encode() + b"\0" + path.read_bytes())
    for name in packages:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"\0{name}={version}".encode())
    return digest.hexdigest()[:16]


def cached(family: str, key: str, compute: Callable[[], T], *, folder: Path | None = None) -> T:
    """``compute()``, or what it gave before for the same family and key."""
    folder = CACHE_DIR if folder is None else folder
    path = folder / f"{family}-{key}.pkl"
    try:
        return pickle.loads(path.read_bytes())
    except Exception:  # absent, unreadable or not ours: compute it
        pass
    value = compute()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)  # concurrent writers write the same bytes; the last rename wins
        for old in folder.glob(f"{family}-*.pkl"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:  # a read-only or full disk: the next process computes again
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return value
