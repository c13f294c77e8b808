"""Every rule an entity mention or role carries is declared in pipelines.text.entities.rules."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipelines import steps
from pipelines.settings import DEFAULT_MAX_FILE_BYTES
from pipelines.text.entities import extract_mentions
from pipelines.text.entities.rules import RULES
from pipelines.text.resolve import resolve_entities
from tests.helpers import BBC, FIXTURES

DEVSET = Path(__file__).parents[1] / "fixtures" / "devset" / "articles"


def rules_seen(files: list[steps.SourceFile]) -> set[str]:
    """The rules on every mention, resolved mention and role extracted from ``files``."""
    parsed = steps.parse_documents(files)
    sentences = steps.group_sentences(parsed.sentences)
    mentions, roles = [], []
    for doc in steps.documents_to_extract(parsed.documents):
        found, found_roles = extract_mentions(doc.doc_id, doc.body, sentences.get(doc.doc_id, []))
        mentions += found
        roles += found_roles
    _, resolved, resolved_roles = resolve_entities(mentions, roles)
    return {row.rule for row in [*mentions, *roles, *resolved, *resolved_roles]}


def test_every_registered_rule_is_described_with_an_example():
    assert len(RULES) > 0
    for rule in RULES:
        assert rule.extractor == "entities"
        assert rule.name.split(".")[0] in ("gpe", "loc", "norp", "org", "person", "role"), rule.name
        assert rule.description.strip() and rule.example.strip(), rule.name


@pytest.mark.parametrize("folder", [FIXTURES, DEVSET], ids=["fixtures", "devset"])
def test_rules_on_our_articles_are_registered(folder):
    seen = rules_seen(steps.scan_folder(folder, DEFAULT_MAX_FILE_BYTES))
    assert seen, "no mentions extracted"
    assert seen <= RULES.names(), sorted(seen - RULES.names())


@pytest.mark.slow
def test_rules_on_the_bbc_corpus_are_registered():
    if not BBC.is_dir():
        pytest.skip("shared BBC corpus not available")
    seen = rules_seen(steps.scan_folder(BBC, DEFAULT_MAX_FILE_BYTES)[:200])
    assert seen <= RULES.names(), sorted(seen - RULES.names())
