"""The document being read, and the units its stages hand each other.

``EntityDoc`` holds the body, where sentences start, the headings, what reading the document
learns as it goes (capitalised words, person evidence, full names, first words of
organisation names) and the per-span caches of the cue tests. A ``Token`` is a capitalised
word, a name particle or a connector; a ``Candidate`` is a mention before it becomes a row.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipelines.records import Sentence
from pipelines.text.lexicon.english import TITLE_CASE_SMALL_WORDS
from pipelines.text.lexicon.gazetteer import Place

#: Characters after which a word opens a sentence, a quote or a bracket.
_OPENERS = frozenset("\"“‘'([:;—–-•*")
_TERMINAL = frozenset(".!?\"”’'):")
#: A byline ("By Ann Foo", "From Ann Foo-Bar at the club"): a person's name, not a heading.
_BYLINE = re.compile(r"(?:By|From) [A-Z][a-z]+(?:-[A-Z]?[a-z]+)? [A-Z][\w'’]+(?:-[A-Z][\w'’]+)?(?:$| (?:at|in|and)\b|,)")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str = "cap"          # cap | part | conn
    initial: bool = False      # first word of a sentence, quote or bracket
    lead: bool = False         # right after a dropped sentence-initial function word ("But X")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    type: str
    rule: str
    name: str
    place: Place | None = None
    title_start: int = -1
    title_end: int = -1
    local: str = ""
    single: bool = False
    weak: bool = False             # ORG by default only: a doc-known person name wins


@dataclass(slots=True)
class EntityDoc:
    body: str
    sent_starts: list[int]
    sent_start_set: set[int]
    headings: list[tuple[int, int]]
    mid_caps: set[str] = field(default_factory=set)
    cap_counts: dict[str, int] = field(default_factory=dict)
    person_evidence: set[str] = field(default_factory=set)
    full_names: dict[str, list[tuple[int, str, tuple[str, ...]]]] = field(default_factory=dict)
    org_firsts: set[str] = field(default_factory=set)  # first words of organisation names
    party_firsts: set[str] = field(default_factory=set)  # first words of "... Party" names
    cue_cache: dict[tuple[int, int], bool] = field(default_factory=dict)
    org_cache: dict[tuple[int, bool], bool] = field(default_factory=dict)
    verb_cache: dict[int, str | None] = field(default_factory=dict)
    lower_words: dict[str, bool] = field(default_factory=dict)
    place_context: dict[str, str | None] = field(default_factory=dict)
    team_sport: bool | None = None  # a report of a team sport (``cues.team_sport``)


def read_document(body: str, sentences: Sequence[Sentence]) -> EntityDoc:
    sent_starts = [s.char_start for s in sentences]
    return EntityDoc(body, sent_starts, set(sent_starts), _headings(sentences))


def _headings(sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Sentences written in title case without final punctuation (subheadings); not bylines
    and lines of results split by semicolons."""
    out = []
    for s in sentences:
        text = s.text
        if text[-1:] in _TERMINAL or len(text) > 120 or ";" in text or _BYLINE.match(text):
            continue  # (a list of results "1 Ann Foo 9.84; 2 ...", a byline: no headings)
        words = [w for w in text.split() if w[:1].isalpha()]
        if len(words) < 3:
            continue
        caps = sum(1 for w in words if w[0].isupper() or w.lower() in TITLE_CASE_SMALL_WORDS)
        if caps >= 0.8 * len(words):
            out.append((s.char_start, s.char_end))
    return out


def is_heading(doc: EntityDoc, pos: int) -> bool:
    if not doc.headings:
        return False
    i = bisect.bisect_right(doc.headings, (pos, 1 << 60)) - 1
    return i >= 0 and doc.headings[i][0] <= pos < doc.headings[i][1]


def is_initial(doc: EntityDoc, start: int) -> bool:
    """Does the word at ``start`` open a sentence, a line, a quote or a bracket?"""
    if start in doc.sent_start_set:
        return True
    j = start - 1
    body = doc.body
    while j >= 0 and body[j] == " ":
        j -= 1
    return j < 0 or body[j] in _OPENERS or body[j] == "\n"


def written_lower(doc: EntityDoc, low: str) -> bool:
    """Is the lower-case word ``low`` written somewhere in the document in lower case?"""
    cache = doc.lower_words
    hit = cache.get(low)
    if hit is None:
        hit = cache[low] = low in doc.body and re.search(
            r"(?<![\w'’\-])" + re.escape(low) + r"(?![a-z'’\-])", doc.body) is not None
    return hit


def surface(doc: EntityDoc, toks: Sequence[Token]) -> str:
    return doc.body[toks[0].start:toks[-1].end]
