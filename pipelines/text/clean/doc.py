"""The document being cleaned (paragraphs, which are still alive, what was removed) and the result."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cleaned:
    """Result of :func:`clean_text`."""

    title: str | None
    publisher: str | None
    body: str
    removed: list[tuple[str, str]]


class Doc:
    """Paragraphs under cleaning; each pass drops some and may note publisher candidates."""

    def __init__(self, paragraphs: list[str]):
        self.paras = paragraphs
        self.alive = [True] * len(paragraphs)
        self.removed: list[tuple[int, str, str]] = []  # (paragraph index, rule, text)
        self.rule_of: dict[int, str] = {}
        self.publishers: list[tuple[int, int, str]] = []  # (priority, index, name)

    def drop(self, i: int, rule: str) -> None:
        if self.alive[i]:
            self.alive[i] = False
            self.rule_of[i] = rule
            self.removed.append((i, rule, self.paras[i]))

    def live(self) -> list[int]:
        return [i for i, a in enumerate(self.alive) if a]
