"""Extraction quality on our visible dev sets (speakerdev 1-4, entitydev, quantdev 1-2).

Each set was written by someone who did not read the extractors; they are for tuning, so
their errors are read freely (`make speakerdev`, `make entitydev`, `make quantdev`). The
floors sit a little under what the extractors reach today: a change that makes one class
worse fails here. Raise them as quality rises.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import SCORER, below_floor, build_and_score

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLDSETS = FIXTURES / "goldsets"

SPEAKER_FLOORS = {
    "speakerdev": {"quotes.f1": 0.99, "quotes.end_to_end": 0.96},
    "speakerdev2": {"quotes.f1": 0.99, "quotes.end_to_end": 0.955},
    "speakerdev3": {"quotes.f1": 0.99, "quotes.end_to_end": 0.935},
    "speakerdev4": {"quotes.f1": 0.99, "quotes.end_to_end": 0.94},
}
ENTITY_FLOORS = {"spans.f1": 0.945, "typed.f1": 0.93}
QUANTITY_FLOORS = {
    "quantdev": {"value.f1": 0.96, "value_unit.f1": 0.935, "value_object.f1": 0.67},
    "quantdev2": {"value.f1": 0.94, "value_unit.f1": 0.915, "value_object.f1": 0.81},
}
QUANTITY_TRAP_HITS_AT_MOST = 0


def scored(name: str, tmp_path_factory, scorer: Path = SCORER) -> dict:
    if not SCORER.exists():
        pytest.skip("needs ../shared/eval/score.py")
    folder = FIXTURES / name
    return build_and_score(folder / "articles", folder / "gold.json", tmp_path_factory.mktemp(name), scorer)


@pytest.mark.parametrize("name", sorted(SPEAKER_FLOORS))
def test_quotes_and_speakers_stay_above_their_floors(name, tmp_path_factory):
    assert below_floor(scored(name, tmp_path_factory), SPEAKER_FLOORS[name]) == {}


def test_entity_spans_stay_above_their_floors(tmp_path_factory):
    report = scored("entitydev", tmp_path_factory, GOLDSETS / "entities" / "score_spans.py")
    assert below_floor(report, ENTITY_FLOORS) == {}


@pytest.mark.parametrize("name", sorted(QUANTITY_FLOORS))
def test_quantities_stay_above_their_floors(name, tmp_path_factory):
    report = scored(name, tmp_path_factory, GOLDSETS / "quantities" / "score.py")
    assert below_floor(report, QUANTITY_FLOORS[name]) == {}
    assert len(report["trap_hits"]) <= QUANTITY_TRAP_HITS_AT_MOST, report["trap_hits"]
