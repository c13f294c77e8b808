"""Paragraph and sentence spans of a cleaned body.

Paragraphs are separated by blank lines (``clean`` writes them that way); single newlines
inside a paragraph also end a sentence, because blingfire would otherwise glue a heading to
the sentence after it. Within a line, blingfire finds the sentence ends, and a light
post-pass re-joins the splits blingfire gets wrong in news text:

* after a title that never ends a sentence ("Rep. Smith", "Gov. Brown", "Sen.", "Lt.");
* before a number after "No." or a month ("No. 10", "Sept. 11");
* after "vs.", "v.", "e.g.", "i.e.";
* after a middle initial before a surname ("Ralph B. Smith");
* before a lower-case continuation (`"Why now?" he asked.`, "the U.S. economy").

It also splits where blingfire missed an obvious end: a lower-case word, a full stop, a
space and a capital ("... to cash in. Anti-fraud groups ...", "a city. Sen. Warren ...").
"""
from __future__ import annotations

import re
import threading
from ctypes import byref, c_char_p, c_int, c_int32, create_string_buffer

import blingfire

from pipelines.records import Sentence

#: longer than any real sentence: news sentences run to a few hundred characters
MAX_SENTENCE_CHARS = 1_000
#: how much of each side of a split the join rules look at
_JOIN_CONTEXT = 120

_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]*\S[^\n]*)*")
_LINE = re.compile(r"[^\n]+")

# titles and ranks that precede a name and never end a sentence
_TITLES = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "gov", "sen", "rep", "reps", "gen", "col", "lt", "sgt", "capt",
    "cmdr", "cdr", "adm", "maj", "cpl", "pvt", "rev", "hon", "fr", "pres", "supt", "insp", "det", "amb",
    "atty", "brig", "lieut", "messrs", "mme", "mlle", "sr", "sra", "srta", "gov.-elect", "rt",
}
# abbreviations that precede a number: "No. 10", "Jan. 7", "pp. 12", "Art. 5"
_BEFORE_NUMBER = {
    "no", "nos", "art", "arts", "sec", "ch", "fig", "figs", "vol", "vols", "p", "pp", "para", "op", "ed",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rs", "approx", "est",
}
_ALWAYS_JOIN = {"vs", "v", "e.g", "i.e", "cf", "viz", "ca", "c", "incl", "approx", "esp", "resp"}
_SENTENCE_STARTERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this", "that",
    "these", "those", "there", "his", "her", "its", "their", "our", "my", "as", "if", "when", "while", "after",
    "before", "however", "meanwhile", "so", "yet", "mr", "mrs", "ms", "dr", "for", "with", "some", "many", "one",
}
_MISSED_END = re.compile(r"""\b([a-z]{2,})[.!?]['"”’)]*(?= ['"“‘(]*[A-Z])""")
_NOT_AN_END = _ALWAYS_JOIN | _BEFORE_NUMBER | {"al", "st", "jr", "sr", "co", "inc", "ltd", "corp", "bros"}
_LAST_TOKEN = re.compile(r"([^\s(\"'“‘\[]+)\.$")
_FIRST_WORD = re.compile(r"^[\"'“‘(\[]*([^\W_][\w'’-]*)")


def _should_join(prev: str, nxt: str) -> bool:
    """True when blingfire's split between ``prev`` and ``nxt`` is not a sentence end."""
    first = _FIRST_WORD.match(nxt)
    if first is None:
        return False
    word = first.group(1)
    if nxt[:1].isalpha() and word.islower() and word.isalpha():
        return True  # a sentence does not start in lower case ("iPhone" is not all lower case)
    m = _LAST_TOKEN.search(prev)
    if m is None:
        return False
    last = m.group(1)
    key = last.lower()
    if key in _TITLES and word[:1].isupper():
        return True
    if key in _ALWAYS_JOIN:
        return True
    if key in _BEFORE_NUMBER and word[:1].isdigit():
        return True
    # a middle initial: "Ralph B. Smith" (the word before the initial is a capitalised name)
    if len(last) == 1 and last.isupper() and word[:1].isupper() and word.lower() not in _SENTENCE_STARTERS:
        before = prev[: m.start()].split()
        if before and before[-1][:1].isupper() and before[-1].isalpha() and before[-1].lower() not in _TITLES | {"plan", "grade", "class", "type", "vitamin", "group", "part", "section", "appendix"}:
            return True
    return False


def _split_missed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _MISSED_END.finditer(text, start, end):
        if m.group(1) in _NOT_AN_END:
            continue
        out.append((start, m.end()))
        start = m.end() + 1
    out.append((start, end))
    return out


class _Buffers(threading.local):
    """blingfire's output buffers, kept between calls (per thread) and grown when a line needs more."""

    size = 0

    def at_least(self, n: int):
        if n > self.size:
            self.size = max(n, 2 * self.size, 1 << 12)
            self.out = create_string_buffer(self.size)
            self.starts, self.ends = (c_int32 * self.size)(), (c_int32 * self.size)()
        return self.out, self.starts, self.ends


_BUFFERS = _Buffers()
#: blingfire's C sentence splitter (what its wrapper calls), None if a later blingfire moves it
_SPLIT = getattr(getattr(blingfire, "blingfire", None), "TextToSentencesWithOffsets", None)


def blingfire_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences blingfire finds in ``text``: what
    ``blingfire.text_to_sentences_and_offsets`` gives, through blingfire's own C call with
    buffers kept between calls, mapping byte offsets to characters only when ``text`` is not
    ASCII (the wrapper zeroes new buffers and walks every byte in Python on each call: it cost
    most of sentence splitting)."""
    if _SPLIT is None:                  # a blingfire without that C entry point: its wrapper
        return [] if not text else blingfire.text_to_sentences_and_offsets(text)[1]
    data = text.encode("utf-8")
    n = len(data)
    if not n:
        return []
    out, starts, ends = _BUFFERS.at_least(2 * n)
    written = _SPLIT(c_char_p(data), c_int(n), byref(out), byref(starts), byref(ends), c_int(2 * n))
    if written == -1 or written > 2 * n:
        return []
    count = out.raw[:written].rstrip(b"\0").count(b"\n") + 1
    if n == len(text):                  # ASCII: a byte is a character
        return [(starts[i], ends[i] + 1) for i in range(count)]
    return [(len(data[:starts[i]].decode()), len(data[:ends[i] + 1].decode())) for i in range(count)]


def _line_sentences(text: str) -> list[tuple[int, int]]:
    bf_offsets = blingfire_sentences(text)
    offsets = [span for s, e in bf_offsets for span in _split_missed(text, s, e)]
    merged: list[list[int]] = []
    for start, end in offsets:
        # the join rules read only the last words before the split: pass a tail, never the whole
        # merged run, so a line of a thousand joins stays linear
        if merged and _should_join(text[max(merged[-1][0], merged[-1][1] - _JOIN_CONTEXT):merged[-1][1]],
                                   text[start:min(end, start + _JOIN_CONTEXT)]):
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _capped(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """A run longer than any sentence (a page with no full stops) cut at spaces into pieces of
    at most MAX_SENTENCE_CHARS, so no row that carries its sentence carries a whole page."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    pieces.append((start, end))
    return pieces


def sentence_spans(body: str) -> list[tuple[int, int, int]]:
    """(paragraph_idx, char_start, char_end) of every sentence, in order.

    Offsets are exact: ``body[start:end]`` is the sentence with no surrounding space. No
    sentence is longer than MAX_SENTENCE_CHARS.
    """
    spans: list[tuple[int, int, int]] = []
    for p_idx, para in enumerate(_PARAGRAPH.finditer(body)):
        for line in _LINE.finditer(para.group()):
            base = para.start() + line.start()
            text = line.group()
            if not text.strip():
                continue
            for start, end in (piece for span in _line_sentences(text) for piece in _capped(*span, text)):
                # blingfire offsets are in characters of the line; trim any stray space
                seg = text[start:end]
                lead = len(seg) - len(seg.lstrip())
                trail = len(seg) - len(seg.rstrip())
                if end - trail > start + lead:
                    spans.append((p_idx, base + start + lead, base + end - trail))
    return spans


def split_sentences(doc_id: str, body: str) -> list[Sentence]:
    """The body's sentences as records."""
    return [
        Sentence(doc_id=doc_id, sentence_idx=i, paragraph_idx=p, char_start=s, char_end=e, text=body[s:e])
        for i, (p, s, e) in enumerate(sentence_spans(body))
    ]
