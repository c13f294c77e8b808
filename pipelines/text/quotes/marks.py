"""Quote marks: the role of each mark (opens, closes, apostrophe) and pairing them into parts.

A mark's role is read from its context first (space before + word after opens, word before
+ space or punctuation after closes), then from the glyph or the pairing state. Double marks
pair block by block (a block is a line) with the news continuation convention; single marks
pair only when they clearly quote; a quote nested in another is dropped. ``find_parts`` is
the entry point.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipelines.text.quotes.patterns import TERMINATOR, ends_sentence_before

_MARK = re.compile(r"[\"“”„«»‘’']")
_BLOCK = re.compile(r"[^\n]+")
#: What follows an elision mark ("’90s", "’em", "rock 'n' roll", "'til").
_ELISION = re.compile(r"(?:\d\d?s?\b|em\b|n['’]|til\b|cause\b|tis\b|twas\b|bout\b|round\b|cos\b)", re.IGNORECASE)

#: Longest rest of a paragraph an unclosed quote may take without the continuation convention.
_MAX_UNCLOSED = 400

_OPEN, _CLOSE, _AMBIG, _SKIP = 1, 2, 3, 0
_LEFT_OPEN_CHARS = "([{<—–-/"
_RIGHT_OPEN_CHARS = "([{<$£€¥#@&‘“'\"_*«„"


@dataclass
class QuotePart:
    """One quoted span: marks, trimmed inner text and chain membership."""

    open_mark: int
    close_mark: int | None  # offset of the closing mark; None when capped without one
    start: int
    end: int
    block: int
    chain: int  # parts of one quotation running over paragraphs share it; -1 for single marks
    continued: bool = False  # not the first part of its chain

    @property
    def span(self) -> tuple[int, int]:
        """From the opening mark to past the closing mark (or the end of the text without one)."""
        return self.open_mark, (self.close_mark + 1 if self.close_mark is not None else self.end)


#: A block: one line of the body, as (start, end) offsets.
Block = tuple[int, int]


def find_parts(body: str) -> tuple[list[Block], list[QuotePart]]:
    """The blocks (lines) of ``body`` and its quoted parts, in order of their text."""
    blocks = [(m.start(), m.end()) for m in _BLOCK.finditer(body)]
    # two apostrophes typed for a double quote: scan a same-length copy where '' reads ' "'
    scan = body.replace("''", ' "') if "''" in body else body
    double_marks: list[int] = []
    single_marks: list[int] = []
    for m in _MARK.finditer(scan):
        (single_marks if m.group() in "‘’'" else double_marks).append(m.start())
    doubles = _pair_doubles(scan, blocks, double_marks)
    singles = _pair_singles(scan, blocks, single_marks) if single_marks else []
    return blocks, _merge(doubles, singles)


# --------------------------------------------------------------------------- mark roles

def _context(body: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(left side looks like an opening context, right side looks like an opening context)."""
    lc = body[i - 1] if i > lo else " "
    rc = body[i + 1] if i + 1 < hi else " "
    left_open = lc.isspace() or lc in _LEFT_OPEN_CHARS
    if rc.isalnum() or rc in _RIGHT_OPEN_CHARS:
        right_open = True
    elif rc == "." and body.startswith("..", i + 2):
        right_open = True
    elif rc == "…":
        right_open = True
    else:
        right_open = False
    if rc in "'\"’”" and not left_open:
        right_open = False  # `word'"` closes twice
    return left_open, right_open


def _double_role(body: str, i: int, lo: int, hi: int) -> int:
    ch = body[i]
    if ch in "„«":
        return _OPEN
    if ch == "»":
        return _CLOSE
    left_open, right_open = _context(body, i, lo, hi)
    if left_open and right_open:
        return _OPEN
    if not left_open and not right_open:
        return _CLOSE
    return _AMBIG


def _single_role(body: str, i: int, lo: int, hi: int) -> tuple[int, bool]:
    """(role, weak) of a single quote mark; weak closes look like plural possessives."""
    ch = body[i]
    lc = body[i - 1] if i > lo else " "
    rc = body[i + 1] if i + 1 < hi else " "
    if lc.isalnum() and rc.isalnum():
        return _SKIP, False  # apostrophe: don't, Korea's
    left_open, right_open = _context(body, i, lo, hi)
    if left_open and right_open:
        if ch == "‘":
            return _OPEN, False
        if _ELISION.match(body, i + 1, hi):
            return _SKIP, False
        return _OPEN, False
    if not left_open and not right_open:
        if ch == "‘":
            return _SKIP, False
        weak = lc in "sSzx" and i + 2 < hi and rc == " " and body[i + 2].isalpha()
        return _CLOSE, weak
    return _SKIP, False


def _trim(body: str, start: int, end: int, strip_comma: bool) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or (strip_comma and body[end - 1] == ",")):
        end -= 1
    return start, end


def _sentence_cap(body: str, start: int, hi: int) -> int:
    m = TERMINATOR.search(body, start, hi)
    return m.end() if m else hi


# --------------------------------------------------------------------------- double marks

@dataclass
class _BlockMarks:
    """The double marks of one block, with their roles and what pairing looks ahead at."""

    marks: list[tuple[int, int]]  # (offset, role)
    ends_before: list[bool]  # the text before mark k ends a sentence
    next_break: list[int]  # index of the first opener at or after k that starts a new sentence
    closers_before: list[int]  # how many non-openers come before mark k

    def closers_to_break(self, k: int) -> int:
        """Non-openers after mark ``k`` up to the next sentence-starting opener."""
        return self.closers_before[self.next_break[k + 1]] - self.closers_before[k + 1]


def _block_marks(body: str, lo: int, hi: int, offsets: list[int]) -> _BlockMarks:
    marks = [(i, _double_role(body, i, lo, hi)) for i in offsets]
    # the text between any earlier mark and mark k ends a sentence iff the text before mark k
    # does (marks are not white space): decide it once per mark, not once per pair of marks
    ends_before = [ends_sentence_before(body, i, lo) for i, _ in marks]
    # for each mark, the index of the first opener at or after it that starts a new sentence,
    # and how many non-openers come before each mark: the nesting look-ahead in O(1)
    n_marks = len(marks)
    next_break = [n_marks] * (n_marks + 1)
    for k in range(n_marks - 1, -1, -1):
        next_break[k] = k if marks[k][1] == _OPEN and ends_before[k] else next_break[k + 1]
    closers_before = [0] * (n_marks + 1)
    for k, (_, role) in enumerate(marks):
        closers_before[k + 1] = closers_before[k] + (role != _OPEN)
    return _BlockMarks(marks, ends_before, next_break, closers_before)


def _pair_doubles(body: str, blocks: list[Block], marks: list[int]) -> list[QuotePart]:
    """Pair double quote marks block by block, with the continuation convention."""
    pairing = _DoublePairing(body, blocks)
    for b_idx, (lo, hi) in enumerate(blocks):
        a = bisect.bisect_left(marks, lo)
        z = bisect.bisect_left(marks, hi)
        pairing.pair_block(b_idx, _block_marks(body, lo, hi, marks[a:z]))
    return pairing.parts


class _DoublePairing:
    """The pairing of double marks: one pass over the marks of each block, in order."""

    def __init__(self, body: str, blocks: list[Block]):
        self.body = body
        self.blocks = blocks
        self.parts: list[QuotePart] = []
        self.chain_id = 0
        self.pending_chain: int | None = None  # chain left open at the end of the previous block
        # the quote open in the current block
        self.block = 0
        self.open_at: int | None = None
        self.cur_chain = -1
        self.depth = 0
        self.continued = False

    def pair_block(self, b_idx: int, marks: _BlockMarks) -> None:
        lo, hi = self.blocks[b_idx]
        self.block, self.open_at, self.cur_chain, self.depth, self.continued = b_idx, None, -1, 0, False
        if self.pending_chain is not None:
            first_pos = hi - len(self.body[lo:hi].lstrip())
            if not (marks.marks and marks.marks[0][0] == first_pos and marks.marks[0][1] != _CLOSE):
                self.pending_chain = None
        for k, (i, role) in enumerate(marks.marks):
            if self.open_at is None:
                if role != _CLOSE:  # else a stray closing mark
                    self._open(k, i)
            elif role == _CLOSE or (role == _AMBIG and self.body[i] != "“"):
                self._close(i)
            else:
                self._open_inside(k, i, marks)
        if self.open_at is not None:
            self._close_at_block_end(lo, hi)

    def _add(self, close_mark: int | None, start: int, end: int, strip_comma: bool) -> bool:
        assert self.open_at is not None
        s, e = _trim(self.body, start, end, strip_comma)
        if e > s:
            self.parts.append(QuotePart(self.open_at, close_mark, s, e, self.block, self.cur_chain,
                                        continued=self.continued))
        return e > s

    def _open(self, k: int, i: int) -> None:
        self.open_at = i
        self.depth = 1
        if self.pending_chain is not None and k == 0:
            self.cur_chain, self.continued = self.pending_chain, True
        else:
            self.chain_id += 1
            self.cur_chain, self.continued = self.chain_id, False
        self.pending_chain = None

    def _close(self, i: int) -> None:
        if self.depth > 1:
            self.depth -= 1
            return
        assert self.open_at is not None
        self._add(i, self.open_at + 1, i, True)
        self.open_at = None
        self.depth = 0

    def _open_inside(self, k: int, i: int, marks: _BlockMarks) -> None:
        """An opening mark while a quote is open."""
        assert self.open_at is not None
        if self.depth == 1 and marks.ends_before[k]:
            # a new sentence opens with a quote mark: the open quote continues in a new part
            if self._add(None, self.open_at + 1, i, False):
                self.continued = True
            self.open_at = i
            return
        # mid-sentence opener: nested quote if enough closers follow, else the older opener was stray
        if marks.closers_to_break(k) >= 2 and self.depth == 1:
            self.depth = 2
            return
        if self.depth > 1:
            return
        self.chain_id += 1
        self.open_at, self.cur_chain, self.continued = i, self.chain_id, False

    def _close_at_block_end(self, lo: int, hi: int) -> None:
        """A quote left open at the end of the block: continuation convention or cap."""
        open_at = self.open_at
        assert open_at is not None
        cont = self._next_block_continues()
        start_of_sentence = (open_at == lo or ends_sentence_before(self.body, open_at, lo)
                             or self.body[lo:open_at].rstrip().endswith(":"))
        if cont:
            end = hi
        elif (start_of_sentence or self.continued) and hi - open_at <= _MAX_UNCLOSED:
            end = hi  # the rest of a short paragraph: a closing mark forgotten at its end
        else:
            # no continuation: a missing closing mark must not swallow the sentences joined after it
            end = _sentence_cap(self.body, open_at + 1, hi)
        self._add(None, open_at + 1, end, False)
        self.pending_chain = self.cur_chain if cont else None

    def _next_block_continues(self) -> bool:
        """Whether the next block opens with an opening double mark."""
        if self.block + 1 >= len(self.blocks):
            return False
        lo, hi = self.blocks[self.block + 1]
        text = self.body[lo:hi].lstrip()
        pos = hi - len(text)
        return bool(text) and text[0] in "\"“”„«" and _double_role(self.body, pos, lo, hi) != _CLOSE


# --------------------------------------------------------------------------- single marks

def _pair_singles(body: str, blocks: list[Block], marks: list[int]) -> list[QuotePart]:
    parts: list[QuotePart] = []
    for b_idx, (lo, hi) in enumerate(blocks):
        a = bisect.bisect_left(marks, lo)
        z = bisect.bisect_left(marks, hi)
        roles = [(i, *_single_role(body, i, lo, hi)) for i in marks[a:z]]
        roles = [r for r in roles if r[1] != _SKIP]
        for k, (i, role, _weak) in enumerate(roles):
            if role != _OPEN:
                continue
            strong: int | None = None
            weak: int | None = None
            for j, r2, w2 in roles[k + 1:]:
                if r2 == _OPEN or j - i > 600:
                    break
                if w2:
                    weak = j if weak is None else weak
                else:
                    strong = j
                    break
            close = strong if strong is not None else weak
            if close is None:
                continue
            if weak is not None and close != weak and TERMINATOR.search(body, weak, close):
                close = weak  # a plural-possessive-looking close in the same sentence beats a later one
            s, e = _trim(body, i + 1, close, True)
            if e > s and any(c.isalpha() for c in body[s:e]):
                parts.append(QuotePart(i, close, s, e, b_idx, -1))
    return parts


def _merge(doubles: list[QuotePart], singles: list[QuotePart]) -> list[QuotePart]:
    """Drop quotes nested in other quotes, and single-quoted spans that cross double ones."""
    kept_singles: list[QuotePart] = []
    for sp in singles:
        s0, s1 = sp.span
        ok = True
        for dp in doubles:
            d0, d1 = dp.span
            if d1 <= s0 or d0 >= s1:
                continue
            if d0 <= s0 and s1 <= d1:
                ok = False  # nested in a double quote
                break
            if s0 <= d0 and d1 <= s1:
                continue  # contains a double quote: decided below
            ok = False  # crossing
            break
        if ok:
            kept_singles.append(sp)
    out: list[QuotePart] = []
    for dp in doubles:
        d0, d1 = dp.span
        if any(sp.span[0] <= d0 and d1 <= sp.span[1] for sp in kept_singles):
            continue
        out.append(dp)
    out.extend(kept_singles)
    out.sort(key=lambda p: p.start)
    return out
