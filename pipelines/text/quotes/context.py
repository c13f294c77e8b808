"""The document as quote attribution sees it: masked text, mentions, sentence lookups.

``QuoteContext`` is built once per document from its quoted parts and entity mentions:
``masked`` is the body with every quote replaced by ``_`` (same length, so offsets hold),
sentence ends are read outside quotes, and people named inside a quote are left out of
``persons``. Its methods answer where sentences start and where a mention stands in its
sentence (subject, object, possessive); the resolvers in ``pronouns`` and ``speakers`` and
the patterns in ``attribution`` build on them.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipelines.records import EntityMention
from pipelines.text.common import DATELINE
from pipelines.text.quotes.marks import QuotePart
from pipelines.text.quotes.people import as_people
from pipelines.text.quotes.patterns import (
    ANY_CUE, ANY_CUE_RE, CLAUSE_WORDS, CUE, CUE_AFTER, HONORIFICS, LEADING_JUNK, POSSESSIVE_AFTER, PREP_OR_VERB,
    ROLE_LINK, TERMINATOR, honorific_start,
)

_CLAUSE_IN_HEAD = re.compile(rf"\b(?:[a-z]{{3,}}ed|{CLAUSE_WORDS}|over|into|than|as)\b")
#: A participle opening the role words before a name is an adjective of them ("retired welder
#: Ana Ruiz", "the newly elected mayor"), not a verb of a clause.
_ROLE_PARTICIPLE = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+(?=[a-z])")
_CAP_WORD = re.compile(r"\b[A-Z][\w\-]*[\w](?=['’]s\b|\b)")
_VERB_AFTER = re.compile(
    r",?\s+(?:[a-z]{3,}ed|said|says|told|tells|thinks|believes|admits|insists|wants|knows)\b"
)
_CONJ_IN_HEAD = re.compile(r"\s(?:but|while|whereas|although|though)\s")
_CUE_SOON = re.compile(rf"(?:\s+[a-z]+){{0,2}}?\s+(?!\w+ing\b)(?:{ANY_CUE})\b")
#: An inverted attribution right after a quote: '"..." predicted Ted Cohen'.
_CUE_TAIL = re.compile(rf"(?:^|_)\s*,?\s*(?:{CUE})\s+$")
_OBJECT_BEFORE = re.compile(
    r"\b(?:(?i:to|with|on|by|of|for|at|about|against|from|behind|beside|alongside|than|over|like|under)|"
    r"[a-z]{3,}ed)\s+(?:[\w'’\-]+\s+){0,3}$"
)  # a capitalised preposition too: the show "Later With Jools Holland"
_PREP_BEFORE = re.compile(r"\b(?:to|with|on|by|of|for|at|about|against|from|behind|beside|alongside|than)\s+$")
_HONORIFIC_ONLY = re.compile(rf"(?:{HONORIFICS})\.?")


class QuoteContext:
    """Per-document lookups for attribution."""

    def __init__(self, body: str, parts: list[QuotePart], mentions: Sequence[EntityMention]):
        self.body = body
        datelines = [d.span() for d in DATELINE.finditer(body, 0, 600)]
        self.mentions = sorted((m for m in as_people(body, mentions)
                                if not any(a <= m.char_start < b for a, b in datelines)),
                               key=lambda m: (m.char_start, -m.char_end))  # a dateline's place and outlet never speak
        self.m_starts = [m.char_start for m in self.mentions]
        spans = [p.span for p in parts]
        self.masked = _mask(body, spans)
        q_starts = [s for s, _ in spans]
        self.persons = [
            m for m in self.mentions
            if m.type == "PERSON" and not _inside(q_starts, spans, m.char_start)
        ]
        self.p_starts = [m.char_start for m in self.persons]
        self.persons_by_name: dict[str, list[int]] = {}  # local name -> indices into ``persons``
        for n, m in enumerate(self.persons):
            self.persons_by_name.setdefault(m.local_name, []).append(n)
        self.term_ends = sorted(set(_sentence_ends(body, self.masked, parts)) | {b for _, b in datelines})
        self.quote_span = (0, 0)  # the quote being attributed
        self.genders: dict[str, str | None] = {}  # filled by ``pronouns.gender``
        self._subject_cache: dict[tuple[int, int], bool] = {}
        self._quote_words: set[str] = set()
        self._quote_words_for = (0, 0)

    # ------------------------------------------------------------------ lookups

    def sentence_start(self, lo: int, hi: int) -> int:
        """End of the last sentence terminator (outside quotes) in [lo, hi], else ``lo``."""
        k = bisect.bisect_right(self.term_ends, hi) - 1
        if k >= 0 and self.term_ends[k] > lo:
            return self.term_ends[k]
        return lo

    def terminators(self, lo: int, hi: int) -> list[int]:
        return self.term_ends[bisect.bisect_right(self.term_ends, lo):bisect.bisect_right(self.term_ends, hi)]

    def overlapping(self, start: int, end: int) -> list[EntityMention]:
        k = bisect.bisect_left(self.m_starts, end)
        out = []
        for m in self.mentions[max(0, k - 40):k]:
            if m.char_end > start and m.char_start < end:
                out.append(m)
        return out

    def last_person_before(self, pos: int) -> EntityMention | None:
        k = bisect.bisect_left(self.p_starts, pos) - 1
        while k >= 0:
            m = self.persons[k]
            if m.char_end <= pos:
                return m
            k -= 1
        return None

    def outside_quotes(self, m: EntityMention) -> bool:
        """Whether ``m`` is written outside every quote (a name inside one says nothing of who speaks)."""
        return self.masked[m.char_start:m.char_start + 1] != "_"

    def persons_between(self, a: int, b: int) -> list[EntityMention]:
        i = bisect.bisect_left(self.p_starts, a)
        j = bisect.bisect_left(self.p_starts, b)
        return self.persons[i:j]

    def named_in_quote(self, m: EntityMention) -> bool:
        """Whether the quote being attributed names ``m`` by the last word of its name."""
        if self._quote_words_for != self.quote_span:
            a, b = self.quote_span
            self._quote_words = set(_CAP_WORD.findall(self.body, a, b)) if b > a else set()
            self._quote_words_for = self.quote_span
        return any(len(w) > 3 and w in self._quote_words for w in m.local_name.split())

    # ------------------------------------------------------------------ a mention in its sentence

    def subject_at(self, sent_lo: int, p0: EntityMention) -> bool:
        """Whether ``p0`` is the subject of the sentence starting at ``sent_lo``: near its start,
        or right after a fronted adverbial ("To a packed audience in Leeds, Mr Brown said")."""
        head = self.masked[sent_lo:p0.char_start]
        if "," in head and len(head) <= 160:
            head = head[head.rfind(",") + 1:]
        elif len(head) > 60:
            return False
        return not PREP_OR_VERB.search(head)

    def bound_in_clause(self, m: EntityMention) -> bool:
        """A person in the pronoun's own sentence that the pronoun cannot be: a possessive or
        a prepositional object ("Commenting on Mr Makarov's case, he said", "standing next
        to Mr Blair he added")."""
        if POSSESSIVE_AFTER.match(self.body[m.char_end:m.char_end + 3]):
            return True
        name_at = honorific_start(self.body, m.char_start, 0)
        return bool(_PREP_BEFORE.search(self.body, max(0, m.char_start - 20), name_at))

    def opens_sentence_at(self, m: EntityMention) -> bool:
        """Whether ``m`` reads as the subject of its sentence: at its start, after a fronted
        adverbial ending in a comma, behind a short run of role words ("Liberal Democrat chief
        executive Lord Rennard"), or right after a reporting verb ('..." predicted Ted Cohen')."""
        key = (m.char_start, m.char_end)
        hit = self._subject_cache.get(key)
        if hit is None:
            hit = self._subject_cache[key] = self._opens_sentence_at(m)
        return hit

    def _opens_sentence_at(self, m: EntityMention) -> bool:
        lo = self.sentence_start(max(0, m.char_start - 400), m.char_start)
        nl = self.masked.rfind("\n", lo, m.char_start)
        if nl >= 0:
            lo = nl + 1
        head = self.masked[lo:m.char_start]
        if _CUE_TAIL.search(head):
            return True  # '..." predicted Ted Cohen'
        cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind(" - "), head.rfind(" – "))
        conj = None
        for conj in _CONJ_IN_HEAD.finditer(head):
            pass
        by_conj = conj is not None and conj.end() > cut and _CUE_SOON.match(self.masked, m.char_end) is not None
        if by_conj:
            cut = conj.end() - 1  # '... but Tennis Australia's Geoff Pollard rejected his comments'
        elif (cut >= 0 and head[cut] == "," and self.persons_between(lo, lo + cut)
              and not CUE_AFTER.match(self.masked, m.char_end)):
            # a name after a comma that follows another person is an apposition
            # ("conducted by the editor, Conservative MP Boris Johnson"), not a subject
            cut = -1
        if cut >= 0:
            lo += cut + 1
            head = head[cut + 1:].lstrip(" -–")
        for o in self.persons_between(lo, m.char_start):
            if o.local_name != m.local_name and not ROLE_LINK.fullmatch(self.body[o.char_end:m.char_start]) \
                    and not POSSESSIVE_AFTER.match(self.body[o.char_end:o.char_end + 3]):
                return False  # "Ana Ruiz beat Lena Park": Park is no subject
        head = head.lstrip(" \n\"“”_")
        j = LEADING_JUNK.match(head)
        head = head[j.end() if j else 0:]
        return (len(head.split()) <= 6 and not PREP_OR_VERB.search(head) and not ANY_CUE_RE.search(head)
                and not _CLAUSE_IN_HEAD.search(_ROLE_PARTICIPLE.sub("", head)))

    def is_object(self, m: EntityMention) -> bool:
        """Whether ``m`` is plainly an object or complement: a preposition or a past-tense verb
        at most three words before it ("proposed by shadow chancellor Oliver Letwin")."""
        if _VERB_AFTER.match(self.body, m.char_end):
            return False  # "a rate of progress Ms Abbott described as": subject of its clause
        return bool(_OBJECT_BEFORE.search(self.body, max(0, m.char_start - 60), m.char_start))

    def last_sentence_span(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` up to ``pos``, or the whole sentence before when nothing
        but punctuation stands between its start and ``pos`` (what a pronoun at ``pos`` looks back on)."""
        k = bisect.bisect_right(self.term_ends, pos) - 1
        cur_lo = self.term_ends[k] if k >= 0 else 0
        if self.masked[cur_lo:pos].strip(" \n,_:;-–—\"“”"):
            return cur_lo, pos
        return (self.term_ends[k - 1] if k >= 1 else 0), cur_lo

    def last_sentence_start(self, pos: int) -> int:
        """Where ``last_sentence_span`` starts."""
        return self.last_sentence_span(pos)[0]

    def opens_last_sentence(self, m: EntityMention, pos: int) -> bool:
        """Whether ``m`` is the subject opening the last sentence before ``pos`` ("But Hantuchova
        hit back. '...,' she said")."""
        lo = self.last_sentence_start(pos)
        if not lo <= m.char_start < pos:
            return False
        head = self.masked[lo:m.char_start]
        j = LEADING_JUNK.match(head.lstrip())
        head = head.lstrip()[j.end() if j else 0:]
        return not head.strip() or _HONORIFIC_ONLY.fullmatch(head.strip()) is not None


def _mask(body: str, spans: list[tuple[int, int]]) -> str:
    """``body`` with every quote span (marks included) replaced by ``_``."""
    pieces: list[str] = []
    prev = 0
    for s, e in spans:
        if s < prev:
            continue
        pieces.append(body[prev:s])
        pieces.append("_" * (e - s))
        prev = e
    pieces.append(body[prev:])
    return "".join(pieces)


def _sentence_ends(body: str, masked: str, parts: list[QuotePart]) -> list[int]:
    """Offsets where sentences end, outside quotes."""
    ends = [t.end() for t in TERMINATOR.finditer(masked)]
    # a quote whose text ends a sentence ('... well." Hodges said') ends it outside too
    for p in parts:
        if p.close_mark is not None and body[p.start:p.end].endswith((".", "?", "!")):
            nxt = body[p.close_mark + 1:p.close_mark + 8]
            rest = nxt.lstrip()
            if nxt[:1].isspace() and (rest[:1].isupper() or ("\n" in nxt[:len(nxt) - len(rest)] and rest[:1] in "\"“‘'")):
                ends.append(p.close_mark + 1)  # also across a paragraph break
    return sorted(set(ends))


def _inside(starts: list[int], spans: list[tuple[int, int]], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]
