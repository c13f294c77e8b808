"""Every rule a fact row carries is declared in the facts rule registry, with a description and an example."""
from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from pipelines.steps import group_sentences, parse_documents, scan_folder
from pipelines.records import FactKind
from pipelines.text.facts import RULES, extract_facts
from tests.helpers import BBC, FIXTURES

DEVSET = Path(__file__).parents[1] / "fixtures" / "devset" / "articles"


def _rules_over(folder: Path, max_files: int | None = None) -> set[str]:
    files = scan_folder(folder, 20 << 20)
    if max_files is not None:
        files = sorted((f for f in files if f.data is not None), key=lambda f: f.source_path)[:max_files]
    parsed = parse_documents(files)
    sentences = group_sentences(parsed.sentences)
    return {f.rule for d in parsed.documents for f in extract_facts(d.doc_id, d.body, sentences.get(d.doc_id, []))}


def test_every_registered_rule_is_described():
    assert len(RULES) >= 40
    for rule in RULES:
        assert rule.extractor == "facts"
        assert rule.description.strip() and rule.example.strip(), rule.name
        assert rule.name.split(".", 1)[0] in set(get_args(FactKind)) | {"object"}, rule.name


@pytest.mark.parametrize("folder", [FIXTURES, DEVSET], ids=["fixtures", "devset"])
def test_rules_on_fixture_facts_are_registered(folder: Path):
    produced = _rules_over(folder)
    assert produced
    assert produced <= RULES.names(), sorted(produced - RULES.names())


def test_rules_on_bbc_facts_are_registered():
    if not BBC.is_dir():
        pytest.skip("the BBC corpus (../shared/corpora/bbc) is not here")
    produced = _rules_over(BBC, max_files=200)
    assert produced <= RULES.names(), sorted(produced - RULES.names())
