"""The cross-source marts on the five seed stories: the contradiction, the corroborations
and the one rewrite the seeds hold (they ship in seeds/; the test follows the shared eval
set and is skipped without ../shared)."""
from __future__ import annotations

import duckdb
import pytest

from pipelines.settings import REPO_ROOT, Settings
from tests.helpers import SHARED

SEEDS = REPO_ROOT / "seeds"


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    if not SHARED.exists():
        pytest.skip("needs ../shared")
    from pipelines.cli import materialize_all

    tmp = tmp_path_factory.mktemp("cross")
    settings = Settings(seeds_dir=SEEDS, warehouse_path=tmp / "seeds.duckdb", max_file_bytes=20 * 1024 * 1024)
    assert materialize_all(settings).success
    db = duckdb.connect(str(settings.warehouse_path), read_only=True)
    yield db
    db.close()


def seed(doc_id: str) -> str:
    return doc_id[:3]


def claim_docs(con, kind: str, where: str) -> list[tuple[list[str], str]]:
    rows = con.execute(f"select doc_ids, status from marts.claims where kind = ? and n_sources >= 2 and {where}",
                       [kind]).fetchall()
    return [([seed(d) for d in docs], status) for docs, status in rows]


def test_the_deployment_year_conflict_is_reported_with_both_sentences(con):
    rows = con.execute("select doc_a, value_a, sentence_a, doc_b, value_b, sentence_b, reason "
                       "from marts.claim_conflicts where reason = 'different_date'").fetchall()
    pairs = {(seed(a), va, seed(b), vb) for a, va, _, b, vb, _, _ in rows}
    assert {("000", 2017.0, "004", 2016.0), ("002", 2017.0, "004", 2016.0)} <= pairs
    for _, _, sa, _, _, sb, _ in rows:
        assert "2016" in sa + sb and "2017" in sa + sb


def test_corroborated_claims(con):
    assert claim_docs(con, "count", "value = 28500") == [(["000", "002"], "corroborated")]
    assert claim_docs(con, "duration", "value = 4 and unit = 'day'") == [(["001", "003", "004"], "corroborated")]
    assert claim_docs(con, "proportion", "abs(value - 1 / 3) < 0.001") == [(["000", "002"], "corroborated")]


def test_six_years_and_since_a_year_are_no_conflict(con):
    rows = con.execute("select sentence_a || sentence_b from marts.claim_conflicts").fetchall()
    assert not [r for (r,) in rows if "six years" in r or "since 2019" in r]


def test_at_most_one_other_conflicting_claim(con):
    (n,) = con.execute("select count(*) from marts.claims where status = 'conflict'").fetchone()
    assert n <= 2


def test_the_only_derivative_pair(con):
    rows = con.execute("select doc_a, doc_b from marts.document_relations where relation = 'derivative'").fetchall()
    assert [tuple(sorted((seed(a), seed(b)))) for a, b in rows] == [("000", "002")]


def test_no_date_fact_has_value_zero(con):
    assert con.execute("select count(*) from core.facts where kind = 'date' and value = 0").fetchone() == (0,)
    assert con.execute("select count(*) from core.facts where kind = 'date' and value is null "
                       "and not starts_with(normalized, '--')").fetchone() == (0,)


def test_the_trip_starts_on_one_timeline_day_in_both_stories(con):
    # No seed states its publication day, so 001's "on Sunday" has nothing of its own to count
    # from; 004 dates the start of the trip ("On Jan. 4, the same day Lee began his trip"), and the
    # timeline gives the same event (same event key, an entity in common) the same day.
    assert con.execute("select count(*) from core.documents where published_at is not null").fetchone() == (0,)
    rows = con.execute("select doc_id, date, resolution, event from marts.timeline "
                       "where relative is not null and date is not null").fetchall()
    start = {seed(d): (date, res) for d, date, res, event in rows if "trip" in event or "visit" in event}
    assert start["004"] == ("--01-04", "from_text_date")
    assert start["001"] == ("--01-04", "from_other_source")
    (jan4,) = con.execute("select date from marts.timeline where sentence like 'On Jan. 4,%' "
                          "and relative is null").fetchone()
    assert jan4 == start["001"][0]


def test_relative_dates_nothing_resolves_stay_relative(con):
    rows = con.execute("select relative, resolution from marts.timeline where date is null").fetchall()
    assert rows and all(rel is not None and res == "unresolved" for rel, res in rows)
    assert con.execute("select count(*) from core.facts where kind = 'date' and relative is not null "
                       "and (value = 0 or normalized like '0%')").fetchone() == (0,)
