"""What is set aside before any number is read, and numbers that name a thing instead of counting.

Spans that hold digits but no facts (URLs, e-mail addresses, phone numbers, times of day,
street addresses, ``No 10``) are blocked first; then a number after a naming word
(``Article 9``, ``Boeing 747``, ``Windows 11``), the second half of a model number
(``737-800``), a capitalised number word inside a sentence (``Six Nations``) and a year are
never counts.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from pipelines.text.facts.patterns import BLOCK_RE, WEB_RE
from pipelines.text.facts.quantity import SENTENCE_END, is_name, prev_word
from pipelines.text.lexicon.calendar import MONTH_NUMBERS
from pipelines.text.lexicon.units import PERSON_NOUNS

#: Words after which a number names a thing rather than counting it.
TRAP_WORDS = frozenset({
    "version", "v", "ver", "chapter", "page", "pages", "p", "pp", "section", "article", "clause",
    "paragraph", "para", "no", "nos", "number", "#", "room", "flight", "route", "line", "platform",
    "gate", "highway", "interstate", "channel", "radio", "level", "grade", "stage", "phase",
    "episode", "figure", "fig", "table", "item", "rule", "amendment", "resolution", "proposition",
    "vol", "volume", "issue", "edition", "model", "type", "category", "class", "division", "tier",
    "exit", "junction", "bus", "building", "apartment", "apt", "suite", "floor", "code", "zone",
    "district", "ward", "sector", "block", "cell", "top", "bottom", "under-", "series", "mark",
    "windows", "formula", "act", "lot", "step", "track", "verse", "psalm", "unit", "bay", "pier",
    "terminal", "berth", "seat", "row", "box", "reg", "regulation", "law", "bill", "hr", "s",
})
#: Capitalised words that may stand before a number without naming a product. A facts-only
#: copy of a function-word list, to be unified with the other extractors' lists.
FUNCTION_WORDS_BEFORE_NUMBERS = frozenset("""
the a an in on at by to of for from with about around some nearly almost over only just more less
fewer up under between and but or nor after before during since until than all another its their
his her our my your this that these those both each every last next past first roughly
approximately exactly precisely barely even still also now already again such plus minus here
there where why how what which who whose whom i we you he she it they is are was were be been has
have had will would could should may might must can did do does says said told within without
into onto off out per via through throughout toward towards above below beyond against along
across behind beside besides near unlike despite including among excluding except when while if
as so yet then estimated almost just nearly around another other many most much several few
once twice however meanwhile overall altogether approximately nearly
""".split())
#: Words before a year that make an old number a year too ("in 1066").
YEAR_PREPOSITIONS = frozenset("in since by from until till before after during of circa c".split())
#: Words before a year-sized number that keep it a year even with a person noun after it.
_YEAR_LEFT_WORDS = frozenset("in since by of from until before after during the to and".split())

#: A number glued to a lower-case unit ("17min", "5km"): a measure before the number, not a name.
_GLUED_UNIT = re.compile(r"\d+(?:\.\d+)?[a-z]{1,4}")

Overlaps = Callable[[int, int], bool]


def overlap_index(spans: list[tuple[int, int]]) -> Overlaps:
    """A test of whether a span overlaps any of ``spans`` (sorted, not overlapping each other)."""
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]

    def overlaps(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and ends[i] > s:
            return True
        return i + 1 < len(starts) and starts[i + 1] < e
    return overlaps


#: How far before the first digit of a run a blocked span can start: "Nos. 10", "+44", "(020)".
_BLOCK_REACH = len("Nos. ")


def _may_start_before(lead: str) -> bool:
    """Whether a blocked span can start in ``lead``, the text right before a run of digits: only
    with a '+' or '(' glued to the digits or with 'No' ('+44', '(020)', 'No 10', 'nos. 5')."""
    return lead.endswith(("+", "(")) or "No" in lead or "no" in lead


def blocked_spans(body: str, digits: list[int]) -> list[tuple[int, int]]:
    """Spans with digits and no facts: phone numbers, times, street addresses, URLs, e-mails.

    ``digits`` is :func:`~pipelines.text.numbers.digit_starts` of ``body``: every span of
    :data:`~pipelines.text.facts.patterns.BLOCK_RE` starts at the first digit of a run or at most
    :data:`_BLOCK_REACH` characters before it, so the pattern is tried only there (what
    ``finditer`` finds, without a scan of every character)."""
    blocked: list[tuple[int, int]] = []
    match = BLOCK_RE.match
    tried = last_end = -1
    for d in digits:
        first = max(d - _BLOCK_REACH, tried + 1, 0)
        if first < d and not _may_start_before(body[first:d]):
            first = d
        for pos in range(first, d + 1):
            m = match(body, pos) if pos >= last_end else None
            if m:
                blocked.append(m.span())
                last_end = m.end()
        tried = d
    if "@" in body or "http" in body or "www." in body:
        blocked = sorted(blocked + [m.span() for m in WEB_RE.finditer(body)])
    return blocked


def names_a_thing(body: str, m: re.Match[str], form: str, prev: str, sep: str, hedged: bool,
                  currency: bool) -> bool:
    """The number names something rather than counting it ('Article 9', 'Boeing 737-800', 'Six Nations')."""
    plow = prev.lower().rstrip(".:")
    s = m.start()
    if sep == " " and not hedged and not currency:
        if plow in TRAP_WORDS:
            return True
        if (form == "digits" and plow not in FUNCTION_WORDS_BEFORE_NUMBERS and plow not in MONTH_NUMBERS
                and is_name(prev) and not _GLUED_UNIT.fullmatch(prev) and not prev.endswith(":")):
            return True
    if form == "digits" and s >= 2 and body[s - 1] == "-" and body[s - 2].isdigit() and not currency:
        j = body.rfind(" ", max(0, s - 12), s) + 1
        before, _ = prev_word(body, j)
        if j and is_name(before) and before.lower() not in FUNCTION_WORDS_BEFORE_NUMBERS:
            return True                 # "Boeing 737-800 planes": the second half of a model number
    if form == "words" and m.group()[0].isupper() and prev and not prev.endswith(SENTENCE_END):
        return True                     # "Six Nations", "BBC Four": a name inside a sentence
    return False


def reads_as_year(m: re.Match[str], form: str, scale: int, plow: str, hedged: bool,
                  counted: tuple[str, int] | None) -> bool:
    """Four digits that are a year ('in 2005', 'since 1066'), unless a hedge or a person noun
    makes them a count ('about 2000 people')."""
    text = m.group("digits") or ""
    if not (form == "digits" and scale == 1 and len(text) == 4 and text.isdigit()):
        return False
    if not (1800 <= int(text) <= 2099 or 1000 <= int(text) < 1800 and plow in YEAR_PREPOSITIONS):
        return False
    noun = counted[0].rsplit(" ", 1)[-1].lower() if counted else ""
    return not (noun in PERSON_NOUNS and (hedged or plow not in _YEAR_LEFT_WORDS))


_MODEL_TAIL = re.compile(r"-?[A-Za-z]")
_NEXT_WORD = re.compile(r"[ ]([a-z]{3,})\b")


def code_names_a_model(body: str, m: re.Match[str], code_end: int) -> bool:
    """'AMD64 chips', 'TOP10 lists': an ISO code glued to a whole number of one or two digits with
    no scale, before a plural noun, names a model, not an amount ('USD10m', 'TRY500', 'EUR20 each'
    stay money)."""
    digits = m.group("digits") or ""
    if m.group("scale") or not digits.isdigit() or code_end != m.start() or len(digits) > 2:
        return False
    noun = _NEXT_WORD.match(body, m.end())
    return bool(noun) and noun.group(1).endswith("s") and not noun.group(1).endswith("ss")


def code_before_a_model(body: str, m: re.Match[str]) -> bool:
    """'AMD 64-bit chips': a whole number glued to letters after a code is no amount in that code."""
    digits = m.group("digits") or ""
    return not m.group("scale") and digits.isdigit() and bool(_MODEL_TAIL.match(body, m.end()))
