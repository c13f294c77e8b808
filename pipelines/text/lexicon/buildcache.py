"""A disk cache, keyed by content, for lexicon indexes that are slow to build (the gazetteer).

Every extracting process (each worker of the pool starts afresh) needs the same indexes; building
the gazetteer from the packages' data costs over a second each time, loading it from a pickle about
a fifth of that. The key hashes the lexicon's own source and the versions of the packages the data
comes from, so an edit to any word list or rule, or an upgrade, builds afresh. The folder is
``$XDG_CACHE_HOME/newsfacts`` (``~/.cache/newsfacts``). A cache that cannot be read is rebuilt, one
that cannot be written is skipped: the cache only ever saves time, it never changes a result.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_LEXICON = Path(__file__).parent


def cache_folder() -> Path:
    """Where the built indexes are kept."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsfacts"


@lru_cache(maxsize=None)
def content_key(packages: tuple[str, ...]) -> str:
    """A hash of every lexicon source file, the named packages' versions and the Python version."""
    digest = hashlib.sha256(f"{sys.version_info[:2]} pickle{pickle.HIGHEST_PROTOCOL}".encode())
    for path in sorted(_LEXICON.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for name in packages:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "absent"
        digest.update(f"{name}={version}".encode())
    return digest.hexdigest()[:20]


def cached_build(name: str, build: Callable[[], T], *, packages: Sequence[str]) -> T:
    """``build()``'s value, loaded from the cache when one was written for the same content key."""
    folder = cache_folder()
    path = folder / f"{name}-{content_key(tuple(packages))}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # absent, unreadable or written by something else: build it
        pass
    value = build()
    _store(folder, path, value, stale=f"{name}-*.pickle")
    return value


def _store(folder: Path, path: Path, value: object, *, stale: str) -> None:
    """Write ``value`` to ``path`` atomically (concurrent workers may race: the last rename wins,
    and every writer writes the same bytes), then drop the entries of older keys."""
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".tmp-", delete=False) as handle:
            tmp = handle.name
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        for old in folder.glob(stale):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only or full disk: the next process builds again
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
