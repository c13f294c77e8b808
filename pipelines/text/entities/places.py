"""Places beyond an exact gazetteer match: locative cues, unknown words a document shows to be
places, datelines in capitals, hyphenated names and names written in lower case.

Single-word cities below a million inhabitants that are not capitals ("Jackson", "Reading")
count as places only after a locative cue ("in Jackson", "Jackson-based"); so do single-word
provinces outside the large federations (many are also given names or surnames). An unknown
word is a place when the document puts a locative head next to it ("the Varna river", "Kessa
province", "the port of Mbeya", "the X and Y rivers") or, with no person or organisation cue
anywhere in the document, after "in", "near", "off", "outside", "inside", "throughout",
"across (the)" -- not after "a stake in", "saw off". An all-capital run that is a gazetteer
place in title case ("NAIROBI —", "BUENOS AIRES, Argentina (AP) —") is that place; an ordinary
word or a mid-size city in capitals only in a dateline position.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from pipelines.text.common import DATELINE, prefix_tree
from pipelines.text.entities.cues import lower_word_before, org_cue, person_cue
from pipelines.text.entities.document import Candidate, EntityDoc, Token, surface
from pipelines.text.entities.keys import name_key
from pipelines.text.entities.rules import (
    GPE_CONTEXT,
    GPE_GAZETTEER,
    GPE_LOWERCASE,
    LOC_CONTEXT,
    LOC_GAZETTEER,
    LOC_LOWERCASE,
    ORG_DATELINE_SOURCE,
)
from pipelines.text.entities.tokens import CAP_TOKEN
from pipelines.text.lexicon.english import STOPWORDS, is_common_word
from pipelines.text.lexicon.gazetteer import Place, gazetteer, is_small_town, lookup_place
from pipelines.text.lexicon.organisations import ORG_FINAL_WORDS, ORG_WORDS
from pipelines.text.lexicon.places import (
    AND_IN_PLACE_NAMES,
    FUNCTION_WORDS_OPENING_PLACES,
    GPE_HEADS_AFTER,
    GPE_HEADS_BEFORE_OF,
    LOC_HEADS_AFTER,
    LOC_HEADS_BEFORE_OF,
    LOCATIVE_WORDS,
    NOT_PLACE_BEFORE_IN,
    NOT_PLACE_BEFORE_OFF,
    PLACE_PREPOSITIONS,
    PLACE_PREPOSITIONS_BEFORE_THE,
    WEAK_LOCATIVE_WORDS,
)

_PLACE_HEAD_AFTER = re.compile(r" ([a-z]+)\b")
_PLACE_PAIR_AFTER = re.compile(r" and [A-Z][\w'’\-]* ([a-z]+)\b")  # "the X and Y rivers"
_PLACE_OF_BEFORE = re.compile(r"\b([a-z]+) of (?:the )?$")  # "the port of Mbeya"
#: An apposition naming the kind of place: "X, the breakaway region", "X, a remote island".
_PLACE_APPOSITION = re.compile(
    r", (?:the|a|an) (?:[a-z\-]+ ){0,2}?(" + "|".join(sorted(GPE_HEADS_AFTER | LOC_HEADS_AFTER)) + r")\b")
_PREV_WORD = re.compile(r"([A-Za-z]+)[ ]*$")
#: What follows a dateline place: a dash, an agency in brackets then a dash ("(AP) -"), or a
#: state or country then a bracket or dash ("BOISE, Idaho -").
_DATELINE_AFTER = re.compile(
    r"(?:\s*[—–]|\s+-\s|\s*\([^()\n]{1,40}\)\s*(?:[—–]|-\s)"
    r"|,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*(?:\(|[—–]|-\s))")
_HYPHEN_AND = re.compile(r" (?:" + "|".join(AND_IN_PLACE_NAMES) + ") ")
_NEXT_WORD = re.compile(r" ([A-Za-z][\w'’\-]*)")


def gazetteer_rule(place: Place) -> str:
    return LOC_GAZETTEER if place.type == "LOC" else GPE_GAZETTEER


def place_candidate(doc: EntityDoc, toks: Sequence[Token], place: Place, rule: str) -> Candidate:
    if place.type == "LOC" and rule == GPE_GAZETTEER:
        rule = LOC_GAZETTEER
    return Candidate(toks[0].start, toks[-1].end, place.type, rule, surface(doc, toks), place=place,
                     single=len(toks) == 1)


def locative_cue(doc: EntityDoc, start: int, end: int, depth: int = 0) -> bool:
    """"in Jackson", "Jackson-based", "Jackson city", "Jackson, Mississippi", "the town of X", a
    small town too when it is a hometown ("Ann Lee, 67, from Tolo, said"); a
    later item of a list of places ("from Leeds, Jackson and Hull", "to Hull or Jackson"), or an item of a list
    of lines that are places ("- Jackson")."""
    body = doc.body
    before = lower_word_before(body, start)
    if before in LOCATIVE_WORDS and not (before in WEAK_LOCATIVE_WORDS and _small_town_at(body, start, end)
                                         and not _hometown(body, start, end)):
        return True
    if depth < 4 and _after_listed_place(doc, start, depth):
        return True
    if depth == 0 and start in _place_list_items(body):
        return True
    if place_head(doc, start, end) is not None:
        return True  # "Mbeya port", "the town of Mbeya"
    after = body[end:end + 40]
    if after.startswith(("-based", " city", " City", ",")):
        if after.startswith(","):
            m = CAP_TOKEN.match(after, 2) if after[1:2] == " " else None
            if m:
                p = lookup_place(m.group())
                return p is not None and p.kind in ("country", "state", "nation", "province")
            return False
        return True
    return False


_LIST_BEFORE = re.compile(r"([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2})(?:,| and|, and| or|, or) $")
#: A line that is one list item: a bullet or a date and a dash, a name, a note in brackets.
_LIST_LINE = re.compile(
    r"^[ \t]*(?:[-•*–][ \t]+|[A-Z][a-z]+ \d{1,2}(?:-\d{1,2})? [-–][ \t]+)"
    r"([A-Z][\w'’\-]*(?: (?:[A-Z][\w'’\-]*|upon|on|de))*)(?:[ \t]*\([^()\n]*\))?[ \t]*$", re.M)


def _hometown(body: str, start: int, end: int) -> bool:
    """A hometown set off by commas after a name: "Ann Lee, 67, from X, said", "Bo Hart, of X,"."""
    return body[end:end + 1] == "," and body[max(0, start - 7):start].endswith((", from ", ", of "))


def _small_town_at(body: str, start: int, end: int) -> bool:
    p = lookup_place(body[start:end])
    return p is not None and is_small_town(p)


def _after_listed_place(doc: EntityDoc, start: int, depth: int) -> bool:
    """Does a list of places run up to ``start`` ("from Leeds, X", "in Hull, Leeds and X"):
    the item before it a gazetteer place, itself a place for sure (trusted or with a
    locative cue)?"""
    m = _LIST_BEFORE.search(doc.body, max(0, start - 50), start)
    if m is None:
        return False
    prev = lookup_place(m.group(1))
    if prev is None or prev.type not in ("GPE", "LOC"):
        return False
    return prev.trusted or locative_cue(doc, m.start(1), m.end(1), depth + 1)


@lru_cache(maxsize=8)
def _place_list_items(body: str) -> frozenset[int]:
    """Starts of the items of lists of lines ("- Leeds", "April 3 - Hull"), when every item of a
    run of such lines is a gazetteer place, three or more of them or one a place for sure."""
    out: set[int] = set()
    block: list[tuple[int, Place | None]] = []
    last_end = -1

    def close() -> None:
        if len(block) >= 2 and all(p is not None for _, p in block) and (
                len(block) >= 3 or any(p is not None and p.trusted for _, p in block)):
            out.update(s for s, _ in block)
        block.clear()

    for m in _LIST_LINE.finditer(body):
        if last_end < 0 or body[last_end:m.start()].strip():
            close()  # lines between them (blank lines do not end a list)
        block.append((m.start(1), lookup_place(m.group(1))))
        last_end = m.end()
    close()
    return frozenset(out)


def place_head(doc: EntityDoc, start: int, end: int) -> str | None:
    """"LOC" / "GPE" when a locative head stands right after, in an apposition after (", the
    breakaway region") or an "<head> of" right before."""
    body = doc.body
    m = _PLACE_HEAD_AFTER.match(body, end)
    if m is not None and m.group(1) == "and":
        m = _PLACE_PAIR_AFTER.match(body, end)
    if m is not None:
        w = m.group(1)
        if w in LOC_HEADS_AFTER:
            return "LOC"
        if w in GPE_HEADS_AFTER and (w != "port" or body[max(0, start - 4):start] in ("the ", " at ", " in ")):
            return "GPE"  # "the Mbeya port", "at Mbeya port", but not "an Ethernet port"
    m = _PLACE_APPOSITION.match(body, end) if body[end:end + 1] == "," else None
    if m is not None and m.group(1) in GPE_HEADS_AFTER:
        return "GPE"  # "Kessaland, the breakaway region"
    if m is not None and m.group(1) in LOC_HEADS_AFTER:
        return "LOC"
    m = _PLACE_OF_BEFORE.search(body, max(0, start - 24), start)
    if m is not None:  # "the port of Mbeya", "the island of Tolo" (not "a river of tears")
        w = m.group(1)
        if w in LOC_HEADS_BEFORE_OF:
            return "LOC"
        if w in GPE_HEADS_BEFORE_OF:
            return "GPE"
    return None


def place_context(doc: EntityDoc, text: str) -> str | None:
    """The place type an unknown single word gets from its uses in the whole document.

    A locative head at any use decides (LOC wins over GPE); otherwise a locative preposition
    before a standalone use gives GPE, unless some use has a person or organisation cue or
    stands before an organisation word ("Tolo Motors"). Plurals ("the Tigers") and uses after
    "stake in", "role in" and the like are no evidence.
    """
    hit = doc.place_context.get(text, 0)
    if hit != 0:
        return hit
    if text.endswith(("ian", "ese", "ish")) and len(text) > 5:
        doc.place_context[text] = None  # "Siberian coast": an adjective, not a name
        return None
    head: str | None = None
    prep = False
    counter = name_key(text) in doc.person_evidence
    weak_ok = not (text.endswith("s") or "-" in text or not text[1:].islower())
    for s, e in _standalone_uses(doc.body, text):
        h = place_head(doc, s, e)
        if h is not None:
            if head != "LOC":
                head = h
        elif weak_ok and not counter:
            evidence = _use_evidence(doc, s, e)
            if evidence == "not a place":
                counter = True
            elif evidence == "preposition":
                prep = True
    hit = head if head is not None else ("GPE" if prep and not counter else None)
    doc.place_context[text] = hit
    return hit


def _standalone_uses(body: str, text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` in ``body`` that are not part of a longer word."""
    n = len(text)
    s = body.find(text)
    while s >= 0:
        e = s + n
        if not ((s and (body[s - 1].isalnum() or body[s - 1] in "'’-")) or (e < len(body) and (
                body[e].isalnum() or body[e] == "-"))):
            yield s, e
        s = body.find(text, e)


def _use_evidence(doc: EntityDoc, s: int, e: int) -> str:
    """What one use without a locative head says: "not a place" (a person or organisation cue,
    an organisation word after it), "preposition" (a place preposition before it) or ""."""
    body = doc.body
    if person_cue(doc, s, e) or org_cue(doc, s, e):
        return "not a place"
    if body[e:e + 1] in "'’":
        return ""
    if body[e:e + 1] == " " and body[e + 1:e + 2].isupper():
        nxt = body[e + 1:e + 30].split(" ", 1)[0].rstrip(".,;:")
        return "not a place" if nxt in ORG_WORDS or nxt in ORG_FINAL_WORDS else ""
    return "preposition" if _place_preposition_before(body, s) else ""


def _place_preposition_before(body: str, s: int) -> bool:
    """"in X", "across the X"; not "a stake in X", "saw off X", "in the X report"."""
    before = lower_word_before(body, s)
    b = s
    if before == "the" and body[s - 4:s] == "the ":
        b = s - 4
        before = lower_word_before(body, b)
        if before not in PLACE_PREPOSITIONS_BEFORE_THE:
            before = ""  # "in the X report": too weak
    if before not in PLACE_PREPOSITIONS:
        return False
    w = _PREV_WORD.search(body, max(0, b - 40), b - len(before) - 1) if b > len(before) else None
    pw = w.group(1).lower() if w is not None else ""
    return pw not in (NOT_PLACE_BEFORE_OFF if before == "off" else NOT_PLACE_BEFORE_IN)


def context_place_candidate(doc: EntityDoc, tok: Token) -> Candidate | None:
    """An unknown single word the document shows to be a place: ``loc.context`` / ``gpe.context``."""
    ptype = place_context(doc, tok.text)
    if ptype is None:
        return None
    return Candidate(tok.start, tok.end, ptype, LOC_CONTEXT if ptype == "LOC" else GPE_CONTEXT, tok.text,
                     single=True)


#: The source of a dateline (:data:`~pipelines.text.common.DATELINE`) that can name an organisation:
#: up to four capitalised words ("Ledgerline", "Fjord Wire", "AP").
_SOURCE_NAME = re.compile(r"[A-Z][\w&.'’\-]*(?: [A-Z][\w&.'’\-]*){0,3}")


def dateline_source(doc: EntityDoc, cands: list[Candidate]) -> list[Candidate]:
    """The agency or paper in brackets in a dateline opening the story ("NEW YORK (Ledgerline) -"):
    an organisation, unless a candidate names it already ("(AP)", "(Reuters)")."""
    m = DATELINE.search(doc.body, 0, 160)
    if m is None or doc.body[:m.start()].strip() or not m["source"] or not _SOURCE_NAME.fullmatch(m["source"]):
        return []
    start, end = m.span("source")
    if any(c.start < end and c.end > start for c in cands) or lookup_place(m["source"]) is not None:
        return []
    return [Candidate(start, end, "ORG", ORG_DATELINE_SOURCE, m["source"])]


def upper_place(doc: EntityDoc, text: str, end: int) -> Place | None:
    """An all-capital run naming a gazetteer place ("LISBON —", "QUITO, Ecuador (AP) —",
    "NEW DELHI"): the place of the title-cased form. An ordinary word ("NICE", "BATH") or a
    short word ("ROME" is fine, "US" is an acronym) counts only in a dateline position."""
    if not text.replace(" ", "").replace("-", "").replace(".", "").isalpha():
        return None
    titled = title_case(text)
    place = lookup_place(titled)
    if place is None or place.type not in ("GPE", "LOC"):
        return None
    if not place.trusted or any(is_common_word(w) for w in titled.split()):
        if _DATELINE_AFTER.match(doc.body, end) is None:
            return None
    return place


def title_case(text: str) -> str:
    """A name in capitals in title case ("NEW YORK" -> "New York", "WINSTON-SALEM")."""
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in text.split())


def hyphenated_place(text: str) -> Place | None:
    """A gazetteer place written with hyphens for spaces, its "and" in the local language
    ("Saint-Pierre-et-Miquelon")."""
    spaced = text.replace("-", " ")
    place = lookup_place(spaced)
    if place is None and " " in spaced:
        anded = _HYPHEN_AND.sub(" and ", spaced)
        if anded != spaced:
            place = lookup_place(anded)
    return place if place is not None and place.trusted else None


# --- names written in lower case --------------------------------------------------------------
def lowercase_places(doc: EntityDoc, taken: list[tuple[int, int]]) -> list[Candidate]:
    """Gazetteer names written in lower case ("beijing", "south korea").

    ``taken`` holds the sorted spans of the other candidates; a lower-case name overlapping one
    of them is skipped. Names starting with a function word ("the hague") are not looked for.
    One regex pass finds the first words.
    """
    body = doc.body
    out: list[Candidate] = []
    starts = [a for a, _ in taken]
    reach: list[int] = []  # furthest end among the spans up to each index
    far = -1
    for _, b in taken:
        far = max(far, b)
        reach.append(far)
    for m in _lower_first_regex().finditer(" " + body):  # the space: a name may start the body
        best = _longest_lower_place(body, m.group(1), m.end() - 1)
        if best is None:
            continue
        s, e = m.start(1) - 1, best[0]
        i = bisect.bisect_left(starts, e)
        if i and reach[i - 1] > s:
            continue
        place = best[1]
        out.append(Candidate(s, e, place.type, GPE_LOWERCASE if place.type == "GPE" else LOC_LOWERCASE,
                             body[s:e], place=place, single=" " not in body[s:e]))
    return out


def _longest_lower_place(body: str, phrase: str, pos: int) -> tuple[int, Place] | None:
    """(end, place) of the longest lower-case place name of up to four words opening with
    ``phrase``, which ends at ``pos``."""
    lower = gazetteer().lower
    prefixes = _lower_prefixes()
    best = None
    p = lower.get(phrase)
    if p is not None:
        best = (pos, p)
    for _ in range(3):
        if phrase not in prefixes:
            break
        nm = _NEXT_WORD.match(body, pos)
        if not nm:
            break
        phrase = phrase + " " + nm.group(1).lower()
        pos = nm.end()
        p = lower.get(phrase)
        if p is not None:
            best = (pos, p)
    return best


@lru_cache(maxsize=1)
def _lower_prefixes() -> frozenset[str]:
    """Proper word prefixes of multi-word lower-case place names ("new", "new south")."""
    out = set()
    for k in gazetteer().lower:
        words = k.split()
        for i in range(1, len(words)):
            out.add(" ".join(words[:i]))
    return frozenset(out)


@lru_cache(maxsize=1)
def _lower_first_regex() -> re.Pattern[str]:
    """Lower-case first words of the names in the lower-case place index."""
    firsts = sorted({
        k.split()[0] for k in gazetteer().lower
        if re.fullmatch(r"[a-z][a-z'\-]*", k.split()[0])
        and (k.split()[0] not in STOPWORDS or k.split()[0] in FUNCTION_WORDS_OPENING_PLACES)
    })
    # group 1 is the word; the character before it is matched (not looked behind) so
    # that the regex engine can skip ahead to spaces and openers
    return re.compile(r"[ \n\t\"“‘(\[/—–,.;:!?…](" + prefix_tree(firsts) + r")(?![\w'’\-])")
