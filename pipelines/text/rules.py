"""Named extraction rules: every rule a row can carry, with what it means and an example.

Each extractor keeps one :class:`RuleRegistry`; call sites use the names it returns, so a
rule is declared once, next to nothing else, and a test can check that every rule on a
row is registered. The registries later become a table analysts read (``core.rules``).
"""
from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass

#: the extractors whose packages declare a registry (imported by :func:`all_rules`)
EXTRACTOR_PACKAGES = ("clean", "entities", "facts", "quotes")


@dataclass(frozen=True)
class Rule:
    """One named rule: ``name`` as rows carry it, a one-line ``description`` and an ``example``."""

    extractor: str
    name: str
    description: str
    example: str


class RuleRegistry:
    """The rules of one extractor, in declaration order."""

    _all: list[RuleRegistry] = []

    def __init__(self, extractor: str):
        self.extractor = extractor
        self._rules: dict[str, Rule] = {}
        RuleRegistry._all.append(self)

    def add(self, name: str, description: str, example: str) -> str:
        """Declare a rule; returns its name for the call site to use."""
        if name in self._rules:
            raise ValueError(f"rule {name!r} declared twice in {self.extractor}")
        self._rules[name] = Rule(self.extractor, name, description, example)
        return name

    def __contains__(self, name: object) -> bool:
        return name in self._rules

    def __getitem__(self, name: str) -> Rule:
        return self._rules[name]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules.values())

    def __len__(self) -> int:
        return len(self._rules)

    def names(self) -> frozenset[str]:
        return frozenset(self._rules)


def all_rules() -> list[Rule]:
    """Every rule of every extractor, by extractor and name (what ``core.rules`` holds)."""
    for package in EXTRACTOR_PACKAGES:
        importlib.import_module(f"pipelines.text.{package}.rules")
    return sorted((rule for registry in RuleRegistry._all for rule in registry), key=lambda r: (r.extractor, r.name))
