"""DASK_SCHEDULER: the per-document work runs on a Dask cluster and gives the rows a local run gives.

The cluster is a LocalCluster of two worker processes on this machine, the same protocol
(tcp) a real cluster speaks."""
from __future__ import annotations

import logging
import shutil

import duckdb
import pytest

from pipelines import steps
from pipelines.cli import materialize_all
from pipelines.records import Fact, RemovedSpan
from pipelines.settings import Settings
from tests.helpers import FIXTURES
from tests.unit.test_steps import doc, shout_rows

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed (pip install -e '.[dask]')")

TABLES = ("documents", "sentences", "entities", "entity_mentions", "entity_roles", "facts", "quotes")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, protocol="tcp",
                                  dashboard_address=None, silence_logs=logging.ERROR) as found:
        yield found
    from pipelines.cluster import close_clients

    close_clients()


def rows(path) -> dict[str, list]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM core.{t}").fetchall() for t in TABLES}
    finally:
        con.close()


def test_a_build_on_the_cluster_publishes_the_rows_of_a_local_build(cluster, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(FIXTURES, seeds)
    local = Settings(seeds_dir=seeds, warehouse_path=tmp_path / "local.duckdb", max_file_bytes=1 << 20, workers=1)
    remote = local.model_copy(update={"warehouse_path": tmp_path / "dask.duckdb",
                                      "dask_scheduler": cluster.scheduler_address})
    assert materialize_all(local).success
    result = materialize_all(remote)
    assert result.success
    facts = [e for e in result.get_asset_materialization_events() if e.asset_key.path == ["extract", "facts"]]
    assert facts[0].materialization.metadata["documents_extracted"].value > 0  # extracted there, not from a cache
    assert rows(remote.warehouse_path) == rows(local.warehouse_path)
    assert rows(local.warehouse_path)["facts"]


def test_a_document_that_fails_on_the_cluster_is_reported_and_the_rest_kept_in_order(cluster):
    docs = [doc(f"d{i:02d}", f"body {i}") for i in range(30)]
    task = steps.StageTask(shout_rows, {}, {"d07": "raise"})
    stats = steps.CacheStats()
    frames = steps.cached_per_document(None, "s", {"spans": RemovedSpan}, docs, task, version="v", stats=stats,
                                       scheduler=cluster.scheduler_address)
    local = steps.cached_per_document(None, "s", {"spans": RemovedSpan}, docs, task, version="v")
    assert frames["spans"].equals(local["spans"])
    assert frames["spans"]["doc_id"].to_list() == [d.doc_id for d in docs if d.doc_id != "d07"]
    assert stats.failed == {"d07": "error: ValueError: boom"}


def test_facts_from_the_cluster_match_facts_made_here(cluster):
    parsed = steps.parse_documents(steps.scan_folder(FIXTURES, 1 << 20))
    docs = steps.documents_to_extract(parsed.documents)
    task = steps.StageTask(steps.fact_rows, steps.group_sentences(parsed.sentences))
    there = steps.cached_per_document(None, "facts", {"facts": Fact}, docs, task, version="v",
                                      scheduler=cluster.scheduler_address)
    here = steps.cached_per_document(None, "facts", {"facts": Fact}, docs, task, version="v")
    assert there["facts"].height > 0 and there["facts"].equals(here["facts"])
