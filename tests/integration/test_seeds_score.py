"""Extraction quality on the five seed articles, scored by the shared scorer.

The seeds ship in seeds/, so this runs wherever ../shared/eval is present (as in CI). The
floors sit at or just under what the extractors reach today: a change that makes extraction
worse fails here. Raise them as quality rises.
"""
from __future__ import annotations

import pytest

from pipelines.settings import REPO_ROOT
from tests.helpers import SCORER, below_floor, documents_are_perfect, SHARED, build_and_score

SEEDS = REPO_ROOT / "seeds"
GOLD = SHARED / "eval" / "gold" / "seeds.json"

FLOORS = {
    "facts.f1": 0.97, "facts.recall": 1.0, "facts.approx_flag_accuracy": 1.0,
    "quotes.f1": 1.0, "quotes.end_to_end": 0.96,
    "entities.f1": 0.97, "entities.canonical_name_rate": 0.98, "entities.type_accuracy": 1.0,
}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    if not SCORER.exists():
        pytest.skip("needs ../shared/eval/score.py")
    return build_and_score(SEEDS, GOLD, tmp_path_factory.mktemp("seeds"))


def test_the_five_seeds_ship_with_the_repository():
    assert len([p for p in SEEDS.glob("*.txt")]) == 5


def test_documents_are_perfect(report):
    assert documents_are_perfect(report), report["documents"]


def test_the_named_facts_are_found(report):
    named = report["facts"]["named_facts"]
    assert named and all(named.values()), named


def test_extraction_stays_above_its_floors(report):
    assert below_floor(report, FLOORS) == {}


def test_no_trap_becomes_a_fact(report):
    assert report["facts"]["traps_hit"] == []


def test_no_two_entities_are_merged(report):
    assert report["entities"]["merge_errors"] == []


def test_no_entity_is_split(report):
    assert report["entities"]["split_errors"] == []
