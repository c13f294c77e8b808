"""Extraction quality on our own dev set, scored by the shared scorer; skips where it is absent.

The floors sit a little under what the extractors reach today, so a change that makes
extraction worse fails here; raise them as quality rises.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import SCORER, below_floor, documents_are_perfect, build_and_score

DEVSET = Path(__file__).resolve().parents[1] / "fixtures" / "devset"

FLOORS = {
    "facts.f1": 0.98, "facts.recall": 0.98, "facts.approx_flag_accuracy": 0.9,
    "quotes.f1": 0.94, "quotes.end_to_end": 0.9,
    "entities.f1": 0.94, "entities.canonical_name_rate": 0.9, "entities.type_accuracy": 0.93,
}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    if not SCORER.exists():
        pytest.skip("needs ../shared/eval/score.py")
    return build_and_score(DEVSET / "articles", DEVSET / "gold.json", tmp_path_factory.mktemp("devset"))


def test_documents_are_clean(report):
    assert documents_are_perfect(report), report["documents"]


def test_extraction_stays_above_its_floors(report):
    assert below_floor(report, FLOORS) == {}


def test_no_number_that_is_not_a_fact_becomes_one(report):
    assert report["facts"]["traps_hit"] == []


def test_entities_are_neither_merged_nor_split_beyond_today(report):
    assert report["entities"]["merge_errors"] == []
    assert len(report["entities"]["split_errors"]) <= 1, report["entities"]["split_errors"]
