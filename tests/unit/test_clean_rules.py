"""Every rule a removed span carries is declared once in the clean registry, with a description and an example."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pipelines import steps
from pipelines.text.clean import RULES
from pipelines.text.clean.rules import REGISTRY
from tests.helpers import BBC, FIXTURES

DEVSET = FIXTURES.parent / "devset" / "articles"


def removed_span_rules(paths: list[Path]) -> set[str]:
    """The rules of the rows ``core.removed_spans`` would get from these files."""
    files = [steps.SourceFile(str(p), p.stat().st_size, hashlib.sha256(p.read_bytes()).hexdigest(), data=p.read_bytes())
             for p in paths]
    return {span.rule for span in steps.parse_documents(files).removed}


def test_every_registered_rule_is_described_with_an_example() -> None:
    assert len(REGISTRY) == len(RULES) and set(RULES) == REGISTRY.names()
    for rule in REGISTRY:
        assert rule.extractor == "clean"
        assert rule.description.strip() and "\n" not in rule.description, rule.name
        assert rule.example.strip(), rule.name


@pytest.mark.parametrize("folder", [FIXTURES, DEVSET], ids=["fixtures", "devset"])
def test_removed_spans_of_fixture_articles_carry_registered_rules(folder: Path) -> None:
    paths = sorted(p for p in folder.rglob("*") if p.is_file())
    assert paths, folder
    rules = removed_span_rules(paths)
    assert rules and rules <= REGISTRY.names(), rules - REGISTRY.names()


def test_the_nul_bytes_rule_is_registered(tmp_path: Path) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Harbour vote\n\nResidents voted on Sunday\x00 to expand the terminal, the council said.\n")
    assert removed_span_rules([path]) == {"decode.nul_bytes"} <= REGISTRY.names()


@pytest.mark.slow
@pytest.mark.skipif(not BBC.is_dir(), reason="shared BBC corpus not present")
def test_removed_spans_of_bbc_articles_carry_registered_rules() -> None:
    paths = sorted(p for p in BBC.rglob("*") if p.is_file())[:200]
    assert removed_span_rules(paths) <= REGISTRY.names()
