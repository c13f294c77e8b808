"""The lexicon's disk cache: a second process loads what the first built, a change of content
builds afresh, and a cache that cannot be read or written never changes a result."""
from __future__ import annotations

import pytest

from pipelines.text.lexicon import buildcache
from pipelines.text.lexicon.gazetteer import _build_gazetteer, gazetteer


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "newsfacts"


def counting_build(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_second_call_loads_what_the_first_built(cache_home):
    build, calls = counting_build({"Lyon": ("GPE", 513_000)})
    first = buildcache.cached_build("index", build, packages=("pycountry",))
    second = buildcache.cached_build("index", build, packages=("pycountry",))
    assert first == second == {"Lyon": ("GPE", 513_000)}
    assert len(calls) == 1
    assert [p.name for p in cache_home.iterdir()] == [f"index-{buildcache.content_key(('pycountry',))}.pickle"]


def test_another_content_key_builds_afresh_and_drops_the_old_entry(cache_home):
    build_a, calls_a = counting_build("built from pycountry")
    build_b, calls_b = counting_build("built from a package that is not installed")
    buildcache.cached_build("index", build_a, packages=("pycountry",))
    value = buildcache.cached_build("index", build_b, packages=("no-such-package-here",))
    assert value == "built from a package that is not installed"
    assert (len(calls_a), len(calls_b)) == (1, 1)
    assert len(list(cache_home.glob("index-*.pickle"))) == 1


def test_a_corrupt_entry_is_rebuilt(cache_home):
    build, calls = counting_build([1, 2, 3])
    buildcache.cached_build("index", build, packages=())
    (entry,) = cache_home.glob("index-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert buildcache.cached_build("index", build, packages=()) == [1, 2, 3]
    assert len(calls) == 2


def test_a_cache_folder_that_is_a_file_still_gives_the_value(cache_home):
    cache_home.parent.mkdir(parents=True, exist_ok=True)
    cache_home.write_text("a file where the folder should be")
    build, calls = counting_build("value")
    assert buildcache.cached_build("index", build, packages=()) == "value"
    assert len(calls) == 1


def test_the_cached_gazetteer_equals_a_fresh_build():
    assert gazetteer() == _build_gazetteer()
