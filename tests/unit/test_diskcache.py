"""The disk cache: a second process loads what the first computed, a new key computes afresh,
and an entry that cannot be read or written never changes a result."""
from __future__ import annotations

import pytest

from pipelines import diskcache
from pipelines.text.lexicon.gazetteer import _build_gazetteer, gazetteer


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(diskcache, "CACHE_DIR", tmp_path / "cache")
    return tmp_path / "cache"


def counting(value):
    calls = []

    def compute():
        calls.append(1)
        return value

    return compute, calls


def test_a_second_call_loads_what_the_first_computed(folder):
    compute, calls = counting({"Lyon": ("GPE", 513_000)})
    assert diskcache.cached("index", "k1", compute) == {"Lyon": ("GPE", 513_000)}
    assert diskcache.cached("index", "k1", compute) == {"Lyon": ("GPE", 513_000)}
    assert len(calls) == 1
    assert [p.name for p in folder.iterdir()] == ["index-k1.pkl"]


def test_a_new_key_computes_afresh_and_drops_the_family_s_older_entries(folder):
    diskcache.cached("other", "k1", lambda: "kept")
    diskcache.cached("index", "k1", lambda: "old")
    assert diskcache.cached("index", "k2", lambda: "new") == "new"
    assert sorted(p.name for p in folder.iterdir()) == ["index-k2.pkl", "other-k1.pkl"]


def test_a_corrupt_entry_is_computed_again(folder):
    compute, calls = counting([1, 2, 3])
    diskcache.cached("index", "k", compute)
    (folder / "index-k.pkl").write_bytes(b"not a pickle")
    assert diskcache.cached("index", "k", compute) == [1, 2, 3]
    assert len(calls) == 2


def test_a_cache_folder_that_cannot_be_made_still_gives_the_value(folder):
    folder.write_text("a file where the folder should be")
    compute, calls = counting("value")
    assert diskcache.cached("index", "k", compute) == "value"
    assert diskcache.cached("index", "k", compute) == "value"
    assert len(calls) == 2


def test_the_key_follows_file_bytes_and_package_versions(tmp_path):
    a = tmp_path / "rules.py"
    a.write_text("RULE = 1")
    first = diskcache.content_key([a], packages=("pycountry",))
    assert diskcache.content_key([a], packages=("pycountry",)) == first
    assert diskcache.content_key([a], packages=("no-such-package-here",)) != first
    a.write_text("RULE = 2")
    assert diskcache.content_key([a], packages=("pycountry",)) != first


def test_the_cached_gazetteer_equals_a_fresh_build():
    assert gazetteer() == _build_gazetteer()
