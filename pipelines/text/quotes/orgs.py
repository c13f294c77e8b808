"""Organisations named by their kind: "the union", "the company", "the regulator" (``org_by_noun``).

The organisation before the phrase that the article gave that kind: one whose name holds the
noun (or a word of that kind: "Unite Rail Workers" is a union), one introduced with it, the
closest one opening its sentence for a noun any firm fits ("the company"), a name typed as a
person that reads as an organisation ("Fenwick Water", "X said it"); a lede's "their union"
may name the union opening the next paragraph.
"""
from __future__ import annotations

import bisect
import re

from pipelines.records import EntityMention
from pipelines.text.entities.rules import ORG_CLUB
from pipelines.text.lexicon import organisations, speech
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.offices import introduced_with_role
from pipelines.text.quotes.patterns import POSSESSIVE_AFTER, alt, ends_sentence_before, honorific_start

#: (speaker, surface, mention type) of a noun phrase.
Resolved = tuple[str | None, str | None, str | None]


#: "the union", "the state-owned company": an organisation named by its kind.
ANY_ORG_NOUNS = frozenset(speech.BUSINESS_NOUNS) | frozenset(speech.ANY_ORG_NOUNS)


ORG_NOUN_PHRASE = re.compile(
    rf"(?:the|its|their)\s+(?:[a-z][\w'’\-]*\s+){{0,2}}?(?P<noun>{alt(set(speech.ORG_SPEAKER_NOUNS) | ANY_ORG_NOUNS)})",
    re.IGNORECASE,
)


ORG_LOOKBACK = 3000


_WHICH_NAME = re.compile(r"(?P<name>[A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*){1,4}),\s+which\s")


#: A verb and "its" right after a name: the name is an organisation ("Vantor cut its forecast").
_ITS_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+\s+its\b")


#: A finite verb right after a name: the name is the subject of its clause ("Yorkline had", "X says").
_FINITE_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:has|had|have|is|was|were|will|would|says|said|[a-z]{3,}ed)\b")
_KIND_WORDS = frozenset(speech.ORG_SPEAKER_NOUNS) - frozenset(speech.BUSINESS_NOUNS)



#: "A bookmaker", "A US chipmaker": an organisation a lede introduces by its kind.
LEDE_KIND = re.compile(
    rf"(?:a|an)\s+(?:[\w'’\-]+\s+){{0,2}}?(?P<noun>{alt(set(speech.BUSINESS_NOUNS) | ANY_ORG_NOUNS)})", re.IGNORECASE)


def lede_org(ctx: QuoteContext, seg: str, start: int) -> Resolved | None:
    """"A bookmaker has stopped taking bets after claiming "..."" opening the article: the
    organisation opening the next paragraph ("Carrow Bet made the move ..."), the lede's
    unnamed subject named at once; None elsewhere or when no organisation opens it."""
    before = ctx.masked[:start].strip()
    if LEDE_KIND.fullmatch(seg) is None or (before and ("\n" in before or len(before) > 120
                                                         or ends_sentence_before(before, len(before)))):
        return None  # only the article's first sentence, perhaps after its headline
    nl = ctx.masked.find("\n", start)
    if nl < 0:
        return None
    nxt = nl + len(ctx.masked[nl:]) - len(ctx.masked[nl:].lstrip())
    for mm in ctx.overlapping(nxt, nxt + 60):
        if mm.char_start == nxt and mm.type == "ORG":
            return mm.local_name, seg, "ORG"
    return None


def org_by_noun(ctx: QuoteContext, seg: str, start: int) -> Resolved | None:
    """"the union", "the regulator": the organisation before ``start`` that the article gave
    that kind. In order: the closest one whose name holds the noun ("Harbour Pilots' Union",
    "Institute of Tidal Studies", written or a mention); the closest one introduced with the
    noun ("the regulator, the Ofwater Authority", "the consumer group Fair Shelf", "Tenants
    United, a renters' group"); for a noun that fits any organisation ("the company", "the
    group", "the agency", and "the board" of one), the closest organisation opening its sentence
    ("Velmora Foods cut 300 jobs")."""
    m = ORG_NOUN_PHRASE.fullmatch(seg)
    if m is None:
        return None
    noun = m.group("noun").lower()
    lo = max(0, start - ORG_LOOKBACK)
    orgs = [mm for mm in ctx.mentions if mm.type == "ORG" and lo <= mm.char_start
            and mm.char_end <= start and ctx.outside_quotes(mm)]
    for mm in reversed(orgs):
        if _name_of_kind(mm, noun):
            return mm.local_name, seg, "ORG"
    for mm in reversed(ctx.mentions):  # a name holding the noun, whatever type it was given
        if (mm.type != "NORP" and lo <= mm.char_start and mm.char_end <= start and ctx.outside_quotes(mm)
                and noun.capitalize() in mm.surface.split()):
            return mm.local_name, seg, "ORG"
    named = _written_org_with_noun(ctx, noun, lo, start) or _org_introduced_as(ctx, noun, orgs, lo, start)
    if named is not None:
        return named, seg, "ORG"
    ahead = _named_just_after(ctx, noun, start) if seg.lower().startswith(("their ", "its ")) else None
    if ahead is not None:
        return ahead.local_name, seg, "ORG"
    if noun in speech.GOVERNING_BODY_NOUNS:
        noun = "company"  # "the board said", no board named: the firm's (or the club's)
    if noun in ANY_ORG_NOUNS:
        # a name typed as a person that the article calls "it" is an organisation too ("Vantor
        # Microsystems cut its forecast")
        orgish = _org_like_names(ctx)
        its = [mm for mm in ctx.persons if lo <= mm.char_start and mm.char_end <= start and ctx.outside_quotes(mm)
               and (_ITS_AFTER.match(ctx.masked, mm.char_end) or mm.local_name in orgish)]
        which = _written_which(ctx, lo, start)
        for mm in sorted(orgs + its, key=lambda x: x.char_start, reverse=True):
            if which is not None and which[0] > mm.char_start:
                break
            if _other_kind(mm, noun):
                continue
            if ((ctx.opens_sentence_at(mm) and not POSSESSIVE_AFTER.match(ctx.body[mm.char_end:mm.char_end + 3]))
                    or _kind_after_in_sentence(ctx, mm, noun)
                    or (mm.type == "ORG" and _ORG_AFTER.match(ctx.masked, mm.char_end))
                    or (noun in speech.GENERIC_FIRM_NOUNS and mm.type == "ORG" and _FINITE_AFTER.match(ctx.masked, mm.char_end))):
                # (an organisation set out by ", which ..." inside a sentence counts, and for "the
                # company" a firm that is the subject of a clause: "He said that Yorkline had ...")
                return mm.local_name, seg, "ORG"
        if which is not None:
            return which[1], seg, "ORG"
    return None


#: After a name, what only an organisation does: "X said it", "X, which".
_ORG_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:said|says|added|insisted|confirmed|stated)\s+(?:that\s+)?it\b|,\s+which\b")


_ORG_NAME_ENDS = frozenset(organisations.ORG_WORDS | organisations.ORG_FINAL_WORDS | organisations.TRADE_WORDS)


def _org_like_names(ctx: QuoteContext) -> set[str]:
    """Names typed as a person that read as an organisation: the last word of an
    organisation's name ("Fenwick Water", "Harlan Motors"), or "X said it", "X, which"."""
    return {mm.local_name for mm in ctx.persons
            if (len(mm.local_name.split()) > 1 and mm.local_name.split()[-1] in _ORG_NAME_ENDS)
            or _ORG_AFTER.match(ctx.masked, mm.char_end)}


#: "the Norwegian chipmaker", "the state-owned lender": a firm called by its kind, whatever kind.
_ANY_BUSINESS_KIND = re.compile(rf"\b(?i:the)\s+(?:[\w'’\-]+\s+){{0,2}}?(?:{alt(speech.BUSINESS_NOUNS)})\b")


def _kind_after_in_sentence(ctx: QuoteContext, mm: EntityMention, noun: str) -> bool:
    """Whether the sentence of ``mm`` goes on to call it "the <noun>" with no other organisation
    between ("a fine imposed on Fenwick Water ..., rejecting the company's argument"); for a noun
    any firm fits ("the company"), a firm of any kind will do ("Shares in Halvorsen fell after
    the Norwegian chipmaker cut its forecast")."""
    k = bisect.bisect_right(ctx.term_ends, mm.char_end)
    end = ctx.term_ends[k] if k < len(ctx.term_ends) else len(ctx.masked)
    kind = _ANY_BUSINESS_KIND if noun in speech.GENERIC_FIRM_NOUNS else re.compile(rf"\b(?i:the)\s+{noun}\b")
    m = kind.search(ctx.masked, mm.char_end, end)
    if m is None:
        return False
    return not any(o.type == "ORG" for o in ctx.overlapping(mm.char_end, m.start()) if o.char_start >= mm.char_end)


def _name_of_kind(mm: EntityMention, noun: str) -> bool:
    """Whether the name of ``mm`` says it is a ``noun`` ("Harbour Pilots' Union" for "union"; a
    name with a word of that kind, "Unite Rail Workers", "United Steelworkers", too; a sports
    club's name, "Derby County", for "club")."""
    if noun == "club" and (mm.rule == ORG_CLUB or _club_name(mm.local_name)):
        return True  # "Derby County", "Oldham Athletic" (also as "Rovers"): a club by the shape of its name
    words = set(mm.surface.lower().split()) | set(mm.local_name.lower().split())
    kinds = speech.ORG_KIND_NAME_WORDS.get(noun, ())
    # a kind word may close a compound ("United Steelworkers", "Mineworkers' Federation")
    return noun in words or any(w == k or w.endswith(k) for w in words for k in kinds)


def _club_name(name: str) -> bool:
    """Whether ``name`` has the shape of a sports club's: a place and a club word ("Ashbourne Rovers")."""
    words = name.split()
    return len(words) >= 2 and (words[-1] in organisations.CLUB_SUFFIXES or words[0] in organisations.CLUB_PREFIXES)


def _named_just_after(ctx: QuoteContext, noun: str, start: int) -> EntityMention | None:
    """An organisation of kind ``noun`` opening the paragraph right after the one of ``start``,
    when nothing before named one: the lede's "their union called it ..." before "The Maritime
    Workers' Federation said ..." in the next paragraph (only after "their"/"its": "the
    government" looks back, never ahead)."""
    nl = ctx.masked.find("\n", start)
    if nl < 0:
        return None
    nxt = nl + len(ctx.masked[nl:]) - len(ctx.masked[nl:].lstrip())
    end = ctx.masked.find("\n", nxt)
    for mm in ctx.overlapping(nxt, end if end > 0 else len(ctx.masked)):
        if mm.type == "ORG" and ctx.opens_sentence_at(mm) and _name_of_kind(mm, noun):
            return mm
    return None


def _written_which(ctx: QuoteContext, lo: int, start: int) -> tuple[int, str] | None:
    """The last name no person or place mention covers that opens a sentence before ``start``
    with ", which" after it ("Clear Water Now, which has campaigned for the change, ..."):
    (where, name)."""
    last = None
    for w in _WHICH_NAME.finditer(ctx.masked, lo, start):
        at = w.start("name")
        if at == 0 or ctx.masked[at - 1] == "\n" or ends_sentence_before(ctx.masked, at, max(0, at - 3)):
            if not any(mm.type in ("PERSON", "GPE", "LOC", "NORP") for mm in ctx.overlapping(at, w.end("name"))):
                if w.group("name").split()[0].lower() not in speech.DETERMINERS:
                    last = (at, w.group("name"))
    return last


def _other_kind(m: EntityMention, noun: str) -> bool:
    """Whether the name of ``m`` says it is an organisation of another kind than a business
    ``noun`` stands for ("the company" is not the "Court of Appeal" nor the "Dockers' Union")."""
    if noun not in speech.BUSINESS_NOUNS:
        return False
    words = {w.lower().strip("'’") for w in m.local_name.split()}
    return bool(words & _KIND_WORDS) and noun not in words


def _written_org_with_noun(ctx: QuoteContext, noun: str, lo: int, start: int) -> str | None:
    """The closest organisation no mention covers whose written name holds ``noun`` as its
    head ("Harbour Pilots' Union") or before its complement ("Institute of Tidal Studies")."""
    cap = noun.capitalize()
    written = None
    for written in re.compile(
            rf"\b(?:(?!(?:The|A|An)\s)[A-Z][\w'’&\-]*\s+){{1,4}}{cap}\b|\b{cap}\s+(?:of|for|on)\s+(?:the\s+)?"
            r"[A-Z][\w'’&\-]*(?:\s+(?:[A-Z][\w'’&\-]*|(?:of|and|&|the)(?=\s+[A-Z])))*").finditer(ctx.masked, lo, start):
        pass
    if written is None:
        return None
    name = written.group()
    first = name.split()[0]
    name = name[len(first) + 1:] if first.lower() in speech.DETERMINERS else name
    return name if " " in name else None


def _org_introduced_as(ctx: QuoteContext, noun: str, orgs: list[EntityMention], lo: int, start: int) -> str | None:
    """The closest organisation the article introduced with ``noun``: after it ("the consumer
    group Fair Shelf", "US band Marrow Kings", "the regulator, the Ofwater Authority,") or in an apposition ("Tenants
    United, a renters' group"); a name no mention covers counts when written right after."""
    # also without an article, as a lede writes it: "US band Velvet Foxes", "rock band Muse"
    before = re.compile(rf"(?:\b(?i:the|a|an)\s+)?(?:[\w'’\-]+\s+){{0,2}}?\b{noun}s?,?\s+(?:(?i:the)\s+)?$", re.IGNORECASE)
    # also right after the name: "the Harbour Gazette newspaper"
    after = re.compile(rf"(?:,\s+(?:the|a|an)\s+(?:[\w'’\-]+\s+){{0,3}}?|\s+){noun}\b", re.IGNORECASE)
    best: tuple[int, str] | None = None
    for mm in orgs:
        at = honorific_start(ctx.body, mm.char_start, max(lo, mm.char_start - 4))
        if before.search(ctx.body, max(lo, at - 50), at) or after.match(ctx.body, mm.char_end):
            best = (mm.char_start, mm.local_name)
    lead = re.compile(rf"\b(?i:the|a|an)\s+(?:[\w'’\-]+\s+){{0,2}}?{noun},?\s+(?:the\s+)?"
                      r"(?P<name>[A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*){0,4}\??)(?=[\s,.;:])")
    for w in lead.finditer(ctx.masked, lo, start):
        if best is None or w.start("name") > best[0]:
            if w.group("name").split()[0].lower() not in speech.GENERIC_SUBJECTS:
                best = (w.start("name"), w.group("name"))
    # "fined by the Ofwater Authority after the regulator found": an earlier "the regulator"
    # right after an organisation named in its own sentence
    again = re.compile(rf"\b(?i:the)\s+(?:[a-z][\w'’\-]*\s+){{0,2}}?{noun}\b(?!['’])")
    for w in again.finditer(ctx.masked, lo, start):
        sent_lo = ctx.sentence_start(lo, w.start())
        named = [mm for mm in orgs if sent_lo <= mm.char_start and mm.char_end <= w.start()
                 and not POSSESSIVE_AFTER.match(ctx.body[mm.char_end:mm.char_end + 3])]  # not "the LSE's board"
        if named and (best is None or w.start() > best[0]):
            best = (w.start(), named[-1].local_name)
    return best[1] if best is not None else None


def officer_holder(ctx: QuoteContext, org_name: str, role: str, start: int) -> EntityMention | None:
    """The person the article introduced before ``start`` as the ``role`` of the organisation
    ``org_name`` ("Tomas Reyes, the general secretary of the Dockworkers Union", "Dockworkers
    Union general secretary Tomas Reyes"), for "the union's general secretary said"; None when
    the holder with that role is not introduced next to that organisation's name."""
    holder = introduced_with_role(ctx, start, role.split())
    if holder is None:
        return None
    before = re.split(r"[.!?]\s", ctx.body[max(0, holder.char_start - 80):holder.char_start])[-1]
    after = re.split(r"[.!?]\s", ctx.body[holder.char_end:holder.char_end + 100])[0]
    near = f"{before} {after}"  # the holder's own sentence only
    return holder if org_name in near or org_name.split()[0] in near.split() else None
