"""The quote extractor's rule registry (pipelines.text.quotes.rules).

Every rule a Quote row carries must be declared there with a description and an example,
and each example must produce its rule.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.steps import group_sentences, parse_documents, scan_folder
from pipelines.settings import DEFAULT_MAX_FILE_BYTES
from pipelines.text.entities import extract_mentions
from pipelines.text.quotes import extract_quotes
from pipelines.text.quotes.rules import RULES
from pipelines.text.sentences import split_sentences
from tests.helpers import BBC, FIXTURES

DEVSET = Path(__file__).resolve().parents[1] / "fixtures" / "devset" / "articles"


def rules_produced(folder: Path, max_files: int = 200_000) -> set[str]:
    """Rules on the quotes of the documents in ``folder``, built the way the pipeline builds them."""
    parsed = parse_documents(scan_folder(folder, DEFAULT_MAX_FILE_BYTES, max_files))
    sentences = group_sentences(parsed.sentences)
    found: set[str] = set()
    for doc in parsed.documents:
        sents = sentences.get(doc.doc_id, [])
        mentions, _ = extract_mentions(doc.doc_id, doc.body, sents)
        found.update(q.rule for q in extract_quotes(doc.doc_id, doc.body, sents, mentions))
    return found


def test_every_registered_rule_is_described_with_an_example():
    assert len(RULES) >= 20
    for rule in RULES:
        assert rule.extractor == "quotes"
        assert rule.name.startswith("quote.")
        assert rule.description.strip() and rule.example.strip(), rule.name


@pytest.mark.parametrize("rule", list(RULES), ids=lambda r: r.name)
def test_each_example_produces_its_rule(rule):
    qs = extract_quotes("d", rule.example, split_sentences("d", rule.example), [])
    assert rule.name in {q.rule for q in qs}


def test_rules_on_fixtures_and_devset_are_registered():
    found = rules_produced(FIXTURES) | rules_produced(DEVSET)
    assert found, "the fixtures hold quotes"
    assert found <= RULES.names(), sorted(found - RULES.names())


@pytest.mark.slow
def test_rules_on_bbc_are_registered():
    if not BBC.is_dir():
        pytest.skip("shared BBC corpus not available")
    found = rules_produced(BBC, max_files=200)
    if not found:
        pytest.skip("shared BBC corpus has no quotes")
    assert found <= RULES.names(), sorted(found - RULES.names())
