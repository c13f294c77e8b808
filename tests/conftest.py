"""Shared fixtures: a folder of articles (our own fixtures plus bad files) built into a real warehouse."""
from __future__ import annotations


import duckdb
import pytest

from pipelines.settings import Settings
from tests.helpers import article_folder


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Materialise every asset once over the fixture folder; yields (settings, result)."""
    from pipelines.cli import materialize_all

    tmp = tmp_path_factory.mktemp("built")
    settings = Settings(seeds_dir=article_folder(tmp), warehouse_path=tmp / "wh" / "warehouse.duckdb", max_file_bytes=30_000)
    result = materialize_all(settings)
    assert result.success
    return settings, result


@pytest.fixture
def wh(built):
    settings, _ = built
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    yield con
    con.close()
