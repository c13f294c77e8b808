"""Who a written thing speaks for: "the report said", "the lawsuit says", "the statement added".

``author_span`` finds, before the phrase, the last place the article mentioned that kind of
document and returns the span of the noun phrase naming its author there: a possessive ("the
council's report", "Hallam's statement"), an agent ("a report by the Audit Office", "a
statement from Tarn Water", "a lawsuit filed by Ana Ruiz") or the subject of the sentence that
put it out ("The regulator said in a statement that ...", "Hallam Homes published a report").
The caller resolves that phrase as it would any speaker; nothing found gives None.
"""
from __future__ import annotations

import bisect
import re

from pipelines.records import EntityMention
from pipelines.text.lexicon import speech
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.patterns import FAMILY_PHRASE, alt
from pipelines.text.quotes.pronouns import gender, pronoun_target

#: "the report", "its 40-page report", "the statement": a written thing speaking.
DOCUMENT_PHRASE = re.compile(
    rf"(?i:the|its|their|this|that)\s+(?:[\w'’\-]+\s+){{0,2}}?(?P<noun>{alt(speech.DOCUMENT_NOUNS)})"
)
#: "Lowmoor's latest report": a written thing its possessor put out.
OWNED_DOCUMENT = re.compile(
    rf"(?:(?i:the)\s+)?(?P<owner>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){{0,4}})['’]s\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:{alt(speech.DOCUMENT_NOUNS)})"
)
_LOOKBACK = 2500
_SPEAKING = ("PERSON", "ORG", "GPE")
#: The possessive before a document noun: "X's (annual) report".
_POSSESSIVE_BEFORE = re.compile(r"['’]s\s+(?:[\w\-]+\s+){0,3}$")
#: "the council" before that possessive, when no mention names the possessor.
_KIND_BEFORE = re.compile(r"(?i:the|its|their)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*$")
#: After a document noun, its agent: "by/from/of X", perhaps after a participle ("filed by").
_AGENT_AFTER = re.compile(
    # "a study of the 2019 floods, from X": the agent after the document's own complement
    r"(?:\s+of\s+[^,;:_\"“”()]{1,60}(?=,))?"
    r"(?:,?\s+[a-z][\w\-]*){0,2}?,?\s+(?P<prep>by|from|of)\s+(?:the\s+)?"
    # "a study by the consultancy Tidewell Partners": the kind of organisation before its name
    rf"(?:(?:{alt(set(speech.ORG_SPEAKER_NOUNS) | set(speech.BUSINESS_NOUNS))})\s+)?(?=[A-Z])"
)
_WRITTEN_NAME = re.compile(r"[A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*){0,4}")
#: The issuing verb right after its subject, perhaps after an apposition ("X, the regulator, said").
_ISSUING_AFTER = re.compile(
    rf"(?:,[^,;:_]{{1,80}},)?,?\s+(?:[a-z]+ly\s+)?(?:has\s+|have\s+|had\s+)?(?P<verb>{alt(speech.ISSUING_VERBS)})\b"
)
#: Issuing verbs of saying: they put out a document only through a preposition ("said in a
#: statement", "said on its website").
_SAYING = frozenset({"said", "says", "added", "stated"})
_IN_IT = re.compile(r"\b(?:in|via|through|on|with)\b")
#: A sentence opening with a written thing in an adverbial ("In a letter read out at the meeting, ").
_FRONTED_DOCUMENT = re.compile(
    rf"\s*(?i:in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){{0,2}}?(?:{alt(speech.DOCUMENT_NOUNS)})\b"
    r"[^,;:_\"“”]{0,100},\s*"
)
#: A sentence opening with an organisation named by its kind and an issuing verb ("The
#: regulator said in a statement").
_KIND_SUBJECT = re.compile(
    rf"\s*(?P<np>(?i:the)\s+(?:[a-z][\w'’\-]*\s+){{0,2}}?[a-z][\w'’\-]*)\s+(?:[a-z]+ly\s+)?(?:{alt(speech.ISSUING_VERBS)})\b"
)


def is_document(seg: str) -> bool:
    """Whether ``seg`` names a written thing ("the report", "Lowmoor's latest report")."""
    return DOCUMENT_PHRASE.fullmatch(seg) is not None or OWNED_DOCUMENT.fullmatch(seg) is not None


def author_span(ctx: QuoteContext, seg: str, start: int) -> tuple[int, int] | None:
    """The span of the phrase naming the author of the document ``seg`` (at ``start``) names:
    its possessor, its agent right after it ("The letter, from the Home Office, says"), else
    where the article spoke of a document of its kind before."""
    owned = OWNED_DOCUMENT.fullmatch(seg)
    if owned is not None:  # "Lowmoor's latest report"
        return start + owned.start("owner"), start + owned.end("owner")
    m = DOCUMENT_PHRASE.fullmatch(seg)
    if m is None:
        return None
    said = m.group("noun").lower()
    return (_agent(ctx, start + m.end())  # "The letter, from the Home Office, says:"
            or last_author(ctx, next((f for f in speech.DOCUMENT_FAMILIES if said in f), (said,)), start)
            or _views_owner(ctx, start))


#: "Houston's reported views", "his views": whose views a written thing may set out.
_VIEWS = re.compile(
    rf"(?:['’]s|\b(?P<pron>[Hh]is|[Hh]er))\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{alt(speech.VIEWS_NOUNS)})\b")


def _views_owner(ctx: QuoteContext, start: int) -> tuple[int, int] | None:
    """The person whose views the article spoke of in the paragraph of ``start`` or the one before
    ("Houston was suspended after his reported views were sent to two papers. ... The document
    reportedly said:"), when no author of the document was given: a possessive mention, or
    the person a "his"/"her" stands for; the first such mention, as later ones are often
    somebody else speaking of those views."""
    par = ctx.masked.rfind("\n", 0, start)  # this paragraph and the one before
    lo = max(ctx.masked.rfind("\n", 0, max(0, par - 1)) + 1 if par > 0 else 0, start - _LOOKBACK)
    for v in _VIEWS.finditer(ctx.masked, lo, start):  # the first: later ones are others' talk of them
        if v.group("pron") is None:
            owner = [mm for mm in ctx.overlapping(max(0, v.start() - 80), v.start())
                     if mm.char_end == v.start() and mm.type in _SPEAKING]
            if owner:
                return owner[-1].char_start, owner[-1].char_end
            continue
        person = pronoun_target(ctx, v.start("pron"), "she" if v.group("pron").lower() == "her" else "he")
        if person is not None:
            return person.char_start, person.char_end
    return None


def last_author(ctx: QuoteContext, nouns: tuple[str, ...], start: int) -> tuple[int, int] | None:
    """The author of the last of the written things ``nouns`` the article spoke of before ``start``."""
    noun = re.compile(rf"\b(?:{alt(nouns)})s?\b", re.IGNORECASE)
    seen = list(noun.finditer(ctx.masked, max(0, start - _LOOKBACK), start))
    for w in reversed(seen[-3:]):
        span = _possessor(ctx, w.start()) or _agent(ctx, w.end()) or _issuer(ctx, w.start())
        if span is not None:
            return span
    return None


def _possessor(ctx: QuoteContext, at: int) -> tuple[int, int] | None:
    lo = max(0, at - 80)
    pm = _POSSESSIVE_BEFORE.search(ctx.masked, lo, at)
    if pm is None:
        return None
    owner = [mm for mm in ctx.overlapping(lo, pm.start()) if mm.char_end == pm.start() and mm.type in _SPEAKING]
    if owner:
        return owner[-1].char_start, owner[-1].char_end
    kind = _KIND_BEFORE.search(ctx.masked, lo, pm.start())
    return (kind.start(), kind.end()) if kind is not None else None


def _agent(ctx: QuoteContext, at: int) -> tuple[int, int] | None:
    am = _AGENT_AFTER.match(ctx.masked, at)
    if am is None:
        return None
    for mm in ctx.overlapping(am.end(), am.end() + 80):
        if mm.char_start == am.end():
            if am.group("prep") == "of" and mm.type == "GPE":
                return None  # "a study of Dunmore": what it is about, not who wrote it
            return (mm.char_start, mm.char_end) if mm.type in _SPEAKING else None
    if am.group("prep") == "of":
        return None  # "the report of Tuesday": only a mention names an author after "of"
    written = _WRITTEN_NAME.match(ctx.masked, am.end())  # a name no mention covers
    return (written.start(), written.end()) if written is not None else None


def _issuer(ctx: QuoteContext, at: int) -> tuple[int, int] | None:
    """The subject of the sentence holding ``at`` when an issuing verb follows it."""
    lo = ctx.sentence_start(max(0, at - 400), at)
    nl = ctx.masked.rfind("\n", lo, at)
    lo = nl + 1 if nl >= 0 else lo
    fronted = _FRONTED_DOCUMENT.match(ctx.masked, lo)
    if fronted is not None and fronted.end() > at:
        # "In a letter read out by Ana Ruiz, Hale said ...": the subject after the adverbial
        after = [mm for mm in ctx.overlapping(fronted.end(), fronted.end() + 80) if mm.char_start == fronted.end()]
        if after and after[0].type in _SPEAKING and _ISSUING_AFTER.match(ctx.masked, after[0].char_end):
            return after[0].char_start, after[0].char_end
        kind = _KIND_SUBJECT.match(ctx.masked, fronted.end(), fronted.end() + 120)
        if not after and kind is not None and not DOCUMENT_PHRASE.fullmatch(kind.group("np")):
            return kind.start("np"), kind.end("np")  # "In a statement to the exchange, the company said"
        family = FAMILY_PHRASE.match(ctx.masked, fronted.end(), fronted.end() + 120)
        if family is not None and _ISSUING_AFTER.match(ctx.masked, family.end()):
            return family.start(), family.end()  # "In a statement read by their solicitor, the Ode family said"
    for mm in ctx.overlapping(lo, at):
        if mm.char_start < lo or mm.type not in _SPEAKING:
            continue
        issued = _ISSUING_AFTER.match(ctx.masked, mm.char_end, at)
        if (ctx.opens_sentence_at(mm) and issued is not None
                and not (issued.group("verb") in _SAYING and not _IN_IT.search(ctx.masked, issued.end(), at))):
            # (not "X said the paper was careful": the paper is what X spoke of, not what X put out)
            return mm.char_start, mm.char_end
        break
    km = _KIND_SUBJECT.match(ctx.masked, lo, at)
    if km is not None and not DOCUMENT_PHRASE.fullmatch(km.group("np")):
        return km.start("np"), km.end("np")
    return None


#: A he/she writing in a document the sentence before named: "In it, he said:", "In the e-mail, she wrote".
_IN_DOCUMENT = re.compile(
    rf"\s*(?:(?i:but|and|yet),?\s+)?(?i:in)\s+(?:it|(?i:the|this|that|his|her)\s+(?:[\w\-]+\s+){{0,2}}?"
    rf"(?:{alt(speech.DOCUMENT_NOUNS)}))\s*,?\s*")
#: "Mr Campbell's e-mail": whose document it is.
_OWNS_DOCUMENT = re.compile(rf"['’]s\s+(?:[\w\-]+\s+){{0,2}}?(?:{alt(speech.DOCUMENT_NOUNS)})\b")


def document_owner(ctx: QuoteContext, pos: int, pronoun: str) -> EntityMention | None:
    """The person whose document a he/she writes in ("Mr Campbell's e-mail ... suggested they
    get Trevor Beattie to issue a statement. In it, he said:" -> Campbell, not Beattie): the
    last person before ``pos`` (in the two sentences before) a document is given to as his or
    hers, when the pronoun's sentence opens "In it," / "In the letter,"."""
    lo = ctx.sentence_start(max(0, pos - 200), pos)
    if _IN_DOCUMENT.fullmatch(ctx.masked, lo, pos) is None:
        return None
    k = bisect.bisect_right(ctx.term_ends, lo) - 3
    back = max(ctx.term_ends[k] if k >= 0 else 0, lo - 1500)
    want = "f" if pronoun == "she" else "m"
    found = None
    for mm in ctx.persons_between(back, lo):
        if _OWNS_DOCUMENT.match(ctx.masked, mm.char_end) and gender(ctx, mm) in (None, want):
            found = mm
    return found
