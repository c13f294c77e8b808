"""Spans of subjects: whose verb a reporting verb is, read back from the verb.

``subject_span`` reads the noun phrase before a verb (through appositions, dashes and
relative clauses), ``first_subject`` the subject opening a clause (after a fronted
adverbial), ``clause_subject`` the subject a coordinated verb phrase shares. They return
offsets; ``speakers.resolve_np`` says who the span names.
"""
from __future__ import annotations

import re

from pipelines.text.lexicon import speech
from pipelines.text.lexicon.english import STOPWORDS
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.orgs import LEDE_KIND, ORG_NOUN_PHRASE
from pipelines.text.quotes.patterns import (
    ADV, ANY_CUE_RE, CUE, NAME_PARTICLES, PERSON_ROLES, POSSESSIVE_AFTER, PREP_OR_VERB, alt,
)


#: Adverbs and auxiliaries before the verb, also a parenthetical one ("She did, however, admit").
_TRAILING_AUX = re.compile(rf"(?:[\s,]+{ADV})+\s*$|(?:\s+{ADV})*\s*,\s*{ADV}\s*,\s*$")
#: A verb controlling the reporting verb after it ("was keen to", "wanted to", "went on to").
_CONTROL_TAIL = re.compile(
    r"\s+(?:(?:was|were|is|are|has been|have been|had been)\s+(?:keen|eager|anxious|careful|quick|happy|ready|"
    r"willing|at pains|right|wrong|able|unable|the first|the last)|wanted|wants|tried|tries|sought|seeks|went on|"
    r"goes on|hastened|rushed|moved|chose|decided|declined|refused|felt compelled|felt obliged|used the occasion)"
    r"\s+to\s*$"
)
_NAME_AT_END = re.compile(
    rf"(?:(?:[A-Z][\w'’\-]*\.?|{NAME_PARTICLES})\s+)*"
    r"[A-Z][\w'’\-]*[\w]$"
)
_PRONOUN_AT_START = re.compile(
    rf"^\s*(?:(?i:{'|'.join(speech.LEADING_CONNECTIVES)}),?\s+)?(?P<p>[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I)\b")
_CLAUSE_OPENERS = "|".join(w for w in speech.CLAUSE_WORDS if w not in ("and", "or"))
#: Where a clause starts inside a noun phrase's look-back.
_SEPARATORS = re.compile(
    rf"[;:\[\]—–]|\s-\s|,|\b(?:and|or)\b(?!\s+[A-Z])|"
    rf"\b(?:{_CLAUSE_OPENERS}|says?|said|told|tells)\b"
)
#: "the Labour peer and former minister": two roles of one person, "and" between them.
_COORDINATED_ROLES = re.compile(
    rf"\b(?i:the)\s+(?:[\w'’\-]+\s+){{0,3}}?(?:{PERSON_ROLES})\s+and\s+(?:[a-z][\w'’\-]*\s+){{0,2}}?(?:{PERSON_ROLES})$"
)
#: "what" opening a free relative whose verb follows ("after what its operator called").
_FREE_RELATIVE = re.compile(
    r"\b(?:after|before|following|despite|amid|against|over|at|to|by|with|from|on|in|of|about)\s+what\s+(?=\S)"
)
_DASH_APPOSITION = re.compile(r"\s[-–—]\s(?:(?!\s[-–—]\s).){2,100}\s[-–—]$")  # hyphens inside words allowed
_FINITE_VERB = re.compile(
    rf"\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|does|did|[a-z]{{3,}}ed|{CUE})\b"
)
_RELATIVE_END = re.compile(r"\s*,?\s*\b(?:who|which)$")
#: A fronted adverbial before the subject: "In Lisbon, ...", "After the vote, ...".
_FRONTED_PP = re.compile(
    r"\s*(?:in|at|on|from|after|before|during|across|inside|outside|near|for|by|under|over|with|"
    r"speaking (?:in|at|to|on|from))\b[^,;:\"“”]{1,80},\s*", re.IGNORECASE)


#: The opening of an apposition describing a person ("a fund manager at", "the former head of").
_APPOSITION_OPEN = re.compile(r"\s+(?:a|an|the|his|her)\s+(?:[a-z][\w'’\-]*\s+){0,4}?[a-z][\w'’\-]*"
                              r"(?:\s+(?:at|of|for|with|from|in)\s+[^,;:]{1,60})?$"
                              # "Ana Ruiz, of the Institute for Water Studies in Brno said"
                              r"|\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,;:]{1,120}$"
                              # "Ana Ruiz, economist at Delta said": a role without its article
                              # "X, president of the networks division at the firm says"
                              rf"|\s+(?:[a-z][\w'’\-]*\s+){{0,2}}?(?:{PERSON_ROLES})\s+(?:at|of|for|with|from|in)\s+"
                              r"[^,;:]{1,80}$")


def subject_span(ctx: QuoteContext, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of the subject of a verb starting at ``hi``, looking back to ``lo``."""
    seg = ctx.masked[lo:hi]
    ctl = _CONTROL_TAIL.search(seg)
    if ctl:
        seg = seg[:ctl.start()]  # "It was keen to point out": the subject of "was keen"
    m = _TRAILING_AUX.search(seg)
    if m:
        # "X, for its part, has said": keep the comma closing the parenthetical
        seg = seg[:m.start()] + ("," if m.group().lstrip().startswith(",") else "")
    seg = seg.rstrip()
    if not seg.strip(" ,"):
        return None
    what = None
    for what in _FREE_RELATIVE.finditer(seg):
        pass
    if what is not None and not re.search(r"\b(?:who|which|whose)\b", seg[:what.start()]):
        # "Klaipeda stopped after what its operator, X, called": the subject follows "what"
        return subject_span(ctx, lo + what.end(), hi)
    dash = _DASH_APPOSITION.search(seg)
    if dash is not None:
        # "Lord Bingham - a senior law lord - said": the name before the dashes
        return subject_span(ctx, lo, lo + dash.start())
    rel = _RELATIVE_END.search(seg)
    if rel is not None:
        # "Okafor, who called the deal ...": the relative pronoun's antecedent
        a_hi = lo + rel.start()
        ante = [mm for mm in ctx.overlapping(max(lo, a_hi - 80), a_hi) if mm.char_end >= a_hi - 1]
        if ante:
            return ante[-1].char_start, ante[-1].char_end
        return subject_span(ctx, lo, a_hi) if rel.start() > 0 else None
    if seg.endswith(","):
        # apposition: "Smith, the firm's chief executive, said"
        chunks = _comma_chunks(lo, seg[:-1])
        if len(chunks) >= 2:
            return _subject_of_apposition(ctx, chunks)
        seg = seg[:-1]
    unclosed = _unclosed_apposition(ctx, lo, seg)
    if unclosed is not None:
        return unclosed
    return _last_clause(ctx, lo, lo + len(seg))


def _unclosed_apposition(ctx: QuoteContext, lo: int, seg: str) -> tuple[int, int] | None:
    """"Ana Ruiz, a fund manager at Delta said": an apposition whose closing comma is missing;
    the person before it is the subject."""
    cut = seg.rfind(",")
    if cut <= 0 or not _APPOSITION_OPEN.match(seg, cut + 1):
        return None
    before = [mm for mm in ctx.persons_between(lo, lo + cut) if mm.char_end >= lo + cut - 1]
    if not before or ctx.is_object(before[-1]):
        return None
    return before[-1].char_start, before[-1].char_end


def _comma_chunks(lo: int, seg: str) -> list[tuple[int, int]]:
    """The spans of ``seg`` (starting at ``lo``) between its commas."""
    cuts = [m.start() for m in re.finditer(",", seg)]
    bounds = [0] + [c + 1 for c in cuts]
    return [(lo + b, lo + (cuts[n] if n < len(cuts) else len(seg))) for n, b in enumerate(bounds)]


def _subject_of_apposition(ctx: QuoteContext, chunks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The subject among comma-separated chunks before a verb ("Smith, the firm's chief
    executive,"): a chunk naming a person, else the last chunk before the final one that has
    a mention or ends in a name, else that chunk."""
    cands = chunks[:-1]
    named = [(cs, ce) for cs, ce in chunks
             if any(mm.type == "PERSON" and mm.char_start >= cs
                    and not PREP_OR_VERB.search(ctx.body, cs, mm.char_start)
                    and not POSSESSIVE_AFTER.match(ctx.body[mm.char_end:mm.char_end + 3])
                    for mm in ctx.overlapping(cs, ce))]
    if named:
        # a chunk naming a person as its subject ("Smith", "Argentina's President, Nestor
        # Kirchner,"), not an apposition after it ("X, the venue's Promotions Coordinator,")
        heads = [c for c in named if ctx.masked[c[0]:c[1]].split()[0].lower() not in speech.DETERMINERS
                 and any(mm.type == "PERSON" and mm.char_end >= c[1] - 1 for mm in ctx.overlapping(*c))]
        cs, ce = heads[0] if heads and len(named) > 1 else named[-1]
        return _last_clause(ctx, cs, ce)
    ls, le = chunks[-1]
    desc = ctx.masked[cands[-1][0]:cands[-1][1]].split()
    org = [mm for mm in ctx.overlapping(ls, le) if mm.type == "ORG" and not ctx.masked[ls:mm.char_start].strip()
           and not ctx.masked[mm.char_end:le].strip()]
    if org and desc and desc[0].lower() in speech.DETERMINERS and not ctx.overlapping(*cands[-1]):
        return org[0].char_start, org[0].char_end  # "its operator, Baltic Port Terminals,": the name
    for cs, ce in reversed(cands):
        if ctx.overlapping(cs, ce) or _NAME_AT_END.search(ctx.masked[cs:ce].strip()):
            return _last_clause(ctx, cs, ce)
    return _last_clause(ctx, *cands[-1])


def _last_clause(ctx: QuoteContext, lo: int, hi: int) -> tuple[int, int] | None:
    seg = ctx.masked[lo:hi]
    both = _COORDINATED_ROLES.search(seg)
    if both is not None:
        return lo + both.start(), hi  # "the Labour peer and former minister said": one person
    cut = 0
    for m in _SEPARATORS.finditer(seg):
        # a separator inside a mention ("Cable & Wireless and NTL") does not split
        if ctx.overlapping(lo + m.start(), lo + m.end()):
            continue
        cut = m.end()
    s = lo + cut
    while s < hi and ctx.masked[s] in " ,":
        s += 1
    if s >= hi:
        return None
    return s, hi


#: "who" a few words before a verb ("and who last month called"): a relative clause's verb.
_WHO_BEFORE = re.compile(r"\bwho(?:\s+(?!(?:said|says|that|which)\b)[\w'’\-]+){0,4}?\s+$")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|be)\b")
#: Where a relative clause opens on its antecedent: "Ana Ruiz, who", "Moorcroft, whose".
_RELATIVE_OPEN = re.compile(r",\s+(?:who|whose)\b")


def relative_antecedent(ctx: QuoteContext, lo: int, verb_at: int) -> tuple[int, int] | None:
    """Span of the person or organisation a relative clause ending at the verb at ``verb_at``
    hangs on ("Ana Ruiz, who has run the shop for years and who first called the plan ..."):
    the last mention before ``verb_at`` that a ", who"/", whose" follows."""
    who = _WHO_BEFORE.search(ctx.masked, max(lo, verb_at - 60), verb_at)
    if who is None or _PASSIVE_AUX.search(who.group()):
        return None  # "X, who was described as '...' by Y": X is spoken about
    best = None
    for m in _RELATIVE_OPEN.finditer(ctx.masked, lo, who.start() + 3):
        ante = [mm for mm in ctx.overlapping(max(lo, m.start() - 80), m.start())
                if mm.char_end == m.start() and mm.type in ("PERSON", "ORG")]
        if ante:
            best = (ante[-1].char_start, ante[-1].char_end)
    return best


#: "..., with Rovers boss Tom Hart claiming": an absolute clause giving the participle its subject.
_WITH_SUBJECT = re.compile(
    r"\bwith\s+(?P<np>(?:[\w'’\-.]+\s+){0,5}?[\w'’\-.]+)\s+(?:[a-z]+ly\s+)?$"
)


def with_subject(ctx: QuoteContext, lo: int, verb_at: int) -> tuple[int, int] | None:
    """Span of the subject a "with" gives the participle at ``verb_at`` ("the player missed the
    game, with his manager Tom Hart saying ..."): a person or organisation mention ending right
    before it, or a phrase opening with "the"/a possessive. None otherwise ("with time running
    out", "with him saying": an object pronoun is left to the sentence's subject)."""
    m = _WITH_SUBJECT.search(ctx.masked, max(lo, verb_at - 90), verb_at)
    if m is None:
        return None
    s, e = m.start("np"), m.end("np")
    if any(mm.type in ("PERSON", "ORG") and mm.char_end == e and mm.char_start >= s for mm in ctx.overlapping(s, e)):
        return s, e
    if ctx.masked[s:e].split()[0].lower() in ("the", "his", "her", "its", "their") and len(ctx.masked[s:e].split()) > 1:
        return s, e
    return None


def clause_subject(ctx: QuoteContext, lo: int, hi: int) -> tuple[int, int] | None:
    """Subject of the first finite verb in [lo, hi): the subject a coordinated verb phrase
    shares ("Kaplan has defended his display and admitted ...")."""
    v = _FINITE_VERB.search(ctx.masked, lo, hi)
    if v is None or v.start() <= lo:
        return None
    return subject_span(ctx, lo, v.start())


#: The verb of a clause opened by a common noun phrase: an auxiliary, or a past tense after a
#: plural or common noun ("ministers attacked"; not "the newly elected mayor").
_CLAUSE_VERB = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|does|did)\b"
    r"|(?<=[a-z]s\s)[a-z]{3,}ed\b"
)
#: A clause opening with a common noun, not a name ("Church ministers", "Parents in Dorset",
#: "The show's producers").
_NOT_STOP = rf"(?!(?i:{alt(STOPWORDS)})\b)"
#: "The band", "The company" opening a clause: an organisation called by its kind.
#: Only as the head of its phrase: a parenthetical or a verb follows ("The band - whose", "The
#: club has"), not another noun ("The club website reported").
_ORG_KIND_OPENING = re.compile(
    rf"\s*(?P<np>{ORG_NOUN_PHRASE.pattern})(?=\s*[,(]|\s+[-–—]\s|\s+(?:who|which|has|had|have|is|was|were|will|would|"
    rf"[a-z]+ed|{CUE})\b)",
    re.IGNORECASE,
)
_LEDE_KIND_OPENING = re.compile(rf"\s*(?P<np>{LEDE_KIND.pattern})(?=\s+(?:has|had|have|is|was|[a-z]+ed)\b)", re.IGNORECASE)
_COMMON_HEAD = re.compile(rf"\s*(?:[Tt]he\s+[a-z][a-z\-]*['’]s\s+)?(?:{_NOT_STOP}[A-Z][a-z]+\s+)?{_NOT_STOP}[A-Za-z][a-z\-]*s\b")


def first_subject(ctx: QuoteContext, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of the subject opening the clause [lo, hi): a pronoun, else the first person,
    organisation or place mentioned (a person that an ORG/GPE modifies wins: "Lib Dem
    president Simon Hughes")."""
    fronted = _FRONTED_PP.match(ctx.masked, lo, hi)
    if fronted is not None:
        lo = fronted.end()  # a place or time in the adverbial is not the subject
    seg = ctx.masked[lo:hi]
    m = _PRONOUN_AT_START.match(seg)
    if m:
        return lo + m.start("p"), lo + m.end("p")
    ments = [mm for mm in ctx.overlapping(lo, hi) if mm.char_start >= lo]
    kind = _ORG_KIND_OPENING.match(seg) or _LEDE_KIND_OPENING.match(seg)
    if kind is not None and not (ments and ments[0].char_start < lo + kind.end()):
        return lo + kind.start("np"), lo + kind.end("np")  # "The band - whose LP ... - thanked": the band
    verb = _CLAUSE_VERB.search(ctx.masked, lo, hi)
    if ments and ments[0].char_start > lo and verb is not None and _COMMON_HEAD.match(ctx.masked, lo):
        # "Church ministers are trying to stop rapper X ..., saying": a common noun phrase opens
        # the clause; a name after its verb or inside its complement ("Parents in Dorset") is not
        # the subject, the noun phrase is
        if all(mm.char_start > verb.start() or PREP_OR_VERB.search(ctx.masked, lo, mm.char_start)
               for mm in ments if mm.char_start < hi):
            return subject_span(ctx, lo, verb.start())
    for k, mm in enumerate(ments):
        if mm.type in ("PERSON", "ORG", "GPE", "NORP"):
            if mm.type != "PERSON":
                # "Lib Dem president Simon Hughes": an ORG/GPE modifying a role before a person
                for nx in ments[k + 1:k + 3]:
                    between = ctx.masked[mm.char_end:nx.char_start]
                    if (nx.type == "PERSON" and len(between.split()) <= 3 and "," not in between
                            and not ANY_CUE_RE.search(between)):
                        return nx.char_start, nx.char_end
                if mm.type == "NORP":
                    continue
            return mm.char_start, mm.char_end
    return None
