"""Who holds an office "the <role>" names: ``descriptor_target`` (the person "the <role>"
refers to), ``introduced_with_role`` (the person the article
introduced with that role: "Foreign Secretary Jack Straw", "Jack Straw, the foreign secretary,")
and ``speaks_of_role`` (a person who cannot be that office holder: one holding another office of
that name, "shadow chancellor X", or one who spoke of the office holder as somebody else).
"""
from __future__ import annotations

import bisect
import re

from pipelines.records import EntityMention
from pipelines.text.lexicon import speech
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.patterns import PERSON_ROLES, POSSESSIVE_AFTER, alt, honorific_start

#: "Jack Straw, the foreign secretary," / "Jack Straw who is the ...": never a bare "X the prime
#: minister said", where "the prime minister" is a new subject ("According to X the minister said").
_APPOSED_ROLE = re.compile(
    r"(?:,\s+(?:who\s+is\s+|who\s+was\s+)?|\s+who\s+(?:is|was)\s+)(?:the|a|an|its|his|her)\s+([^,.;:()\"“”]{1,60})")


def speaks_of_role(ctx: QuoteContext, m: EntityMention, role: str, start: int) -> bool:
    """Whether the person of ``m`` holds another office of that name ("shadow chancellor
    Oliver Letwin") or spoke of "the <role>" as somebody else before ``start`` ("Vince Cable
    said the chancellor had failed"): then they are not "the <role>"."""
    words = r"\s+".join(re.escape(w) for w in role.split())
    the_role = re.compile(rf"\bthe\s+{words}\b", re.IGNORECASE)
    other = re.compile(rf"\b(?:{alt(speech.OTHER_OFFICE_QUALIFIERS)})-?\s*{words}\s+(?:\w+\.?\s+)?$", re.IGNORECASE)
    for mm in ctx.persons:
        if mm.char_start >= start:
            break
        if mm.local_name != m.local_name:
            continue
        if other.search(ctx.body, max(0, mm.char_start - 60), mm.char_start):
            return True
        k = bisect.bisect_right(ctx.term_ends, mm.char_end)
        s_end = min(ctx.term_ends[k] if k < len(ctx.term_ends) else len(ctx.body), start)
        if the_role.search(ctx.masked, mm.char_end, s_end):
            return True
    return False


def introduced_with_role(ctx: QuoteContext, start: int, words: list[str]) -> EntityMention | None:
    """The last person before ``start`` introduced with the role ``words`` ("Foreign Secretary
    Jack Straw", "Jack Straw, the foreign secretary,")."""
    role_re = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.IGNORECASE)
    best = None
    for mm in ctx.persons:
        if mm.char_start >= start:
            break
        before = ctx.body[max(0, mm.char_start - 60):mm.char_start]
        after = ctx.body[mm.char_end:mm.char_end + 80]
        rb = role_re.search(before)
        qualifier = before[:rb.start()].split()[-1:] if rb is not None else []
        if qualifier and qualifier[0].lower().rstrip("-") in speech.OTHER_OFFICE_QUALIFIERS \
                and qualifier[0].lower().rstrip("-") not in (w.lower() for w in words):
            rb = None  # "Deputy Prime Minister John Prescott" holds no "prime minister" office
        if rb is not None and rb.end() >= len(before) - 6:
            best = mm  # "Foreign Secretary Jack Straw" / "foreign secretary Mr Straw"
            continue
        ra = _APPOSED_ROLE.match(after)
        if ra is not None and role_re.search(ra.group(1)):
            best = mm  # "Jack Straw, the foreign secretary,"
        elif _named_after_role(before, role_re):
            best = mm  # "The Bishop of Carrow, the Rt Rev Anselm Dunne,"
    return best if best is not None else _named_after_lede(ctx, start, words)


def introduced_with_noun(ctx: QuoteContext, start: int, noun: str) -> EntityMention | None:
    """The last person before ``start`` written right after ``noun`` ("agent Pia Korhonen",
    "Bookmaker Tom Hale") or named right after a lede opening with it ("Jon Vale's agent warned
    the club. Sami Ruud says ..."): what "the <noun>" refers to when the noun is on no role list."""
    noun_before = re.compile(rf"(?<![\w'’\-])(?i:{re.escape(noun)})\s+$")
    best = None
    for mm in ctx.persons:
        if mm.char_start >= start:
            break
        if noun_before.search(ctx.body, max(0, mm.char_start - len(noun) - 3), mm.char_start):
            best = mm
    return best if best is not None else _named_after_lede(ctx, start, [noun])


#: After "The <role> [of X]" opening a sentence: a comma, then titles, then the name.
_APPOSED_NAME = re.compile(
    r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z][\w'’&\-]*(?:\s+(?:[A-Z][\w'’&\-]*|of|and|&)){0,4})?"
    r",\s+(?:the\s+)?(?:[A-Z][a-z]{0,4}\.?\s+){0,3}$"
)
_OPENING_THE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))(?:The|Its|Their)\s+$")


def _named_after_role(before: str, role_re: re.Pattern[str]) -> bool:
    """Whether ``before`` (the text right before a name) ends with a sentence opening with the
    role and a comma ("The chief executive of Tarn Foods, " + "Mara Lind"); never a role that is
    an object ("Speaking to the chancellor, Mara Lind said")."""
    for rb in role_re.finditer(before):
        if _APPOSED_NAME.match(before, rb.end()) and _OPENING_THE.search(before, 0, rb.start()):
            return True
    return False


def _named_after_lede(ctx: QuoteContext, start: int, words: list[str]) -> EntityMention | None:
    """The person opening the sentence right after one that opens with "The <role>" before
    ``start``, or with "<Name>'s <role>": a lede describes and the next sentence names ("The chief
    executive of Tarn Water apologised to MPs. Sir Ian Hale was questioned for two hours.", "Jon
    Vale's agent warned the club. Sami Ruud says ..."); not a lede about what the holder did ("The
    first minister's statement ...")."""
    lede = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))(?:(?i:the)|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}['’]s)\s+"
                      + r"\s+".join(re.escape(w) for w in words) + r"\b(?!['’])")
    m = lede.search(ctx.masked, 0, start)
    if m is None:
        return None
    k = bisect.bisect_right(ctx.term_ends, m.end())
    if k >= len(ctx.term_ends):
        return None
    nxt = ctx.term_ends[k]
    while nxt < len(ctx.masked) and ctx.masked[nxt].isspace():
        nxt += 1
    in_lede = {mm.local_name for mm in ctx.overlapping(m.start(), nxt) if mm.type == "PERSON"}
    for mm in ctx.overlapping(nxt, min(start, nxt + 40)):
        if (mm.type == "PERSON" and honorific_start(ctx.body, mm.char_start, nxt) == nxt
                and mm.local_name not in in_lede):  # not one the lede spoke of ("... questioned Ms Kite")
            return mm
    return None


#: Offices held by one known person: never guessed from mere proximity.
OFFICE = re.compile(
    r"\b(?:minister|secretary|chancellor|president|premier|governor|mayor|senator|ambassador|"
    r"commissioner|pope|king|queen|chairman|chairwoman|chief executive)\b",
    re.IGNORECASE,
)
#: A role owned by what the phrase names: "the loyalty scheme's manager", "the club's chief".
_OWNED_ROLE = re.compile(r"\w['’]s\s+\w")
#: A capitalised title right before a name ("President Bush").
_TITLE_BEFORE = re.compile(
    r"\b(President|Prime Minister|Minister|Secretary|Chancellor|Senator|Governor|Mayor|King|Queen|Prince|"
    r"Princess|Pope|General|Judge|Coach|Captain|Chairman|Ambassador)\s+$"
)

#: An office word right before a name, whatever its case ("Tory chairman Lin Moss").
_OFFICE_BEFORE = re.compile(rf"(?:{OFFICE.pattern})\s+$", re.IGNORECASE)


def _holds_other_office(ctx: QuoteContext, m: EntityMention, role: str) -> bool:
    """Whether the article introduced the person of ``m`` with an office other than ``role``
    ("Tory chairman Lin Moss" is not "the prime minister"; "Party leader Lin Moss" may be)."""
    for mm in ctx.persons:
        if mm.local_name == m.local_name and mm.char_start <= m.char_start:
            before = _OFFICE_BEFORE.search(ctx.body, max(0, mm.char_start - 30), mm.char_start)
            held = before.group().strip().lower() if before is not None else None
            if held is not None and held not in role.lower() and not (
                    role.lower() in speech.MINISTER_OFFICES and held in speech.MINISTER_OFFICES):
                return True  # "Education Secretary Ruth Kelly" may be "the minister", never "the prime minister"
    return False


def descriptor_target(ctx: QuoteContext, start: int, role: str, pos: int) -> EntityMention | None:
    """The person "the <role>" before ``pos`` refers to: one introduced with that role
    ("Chancellor Gordon Brown", "Jack Straw, the foreign secretary,"), else the closest
    person before it that is not a possessive nor named in the quote, preferring one that
    opens its sentence among the last three."""
    words = role.split()
    if words[-1].lower() in speech.GENERIC_SUBJECTS or len(words) > 7:
        return None
    best = introduced_with_role(ctx, start, words)
    if best is None and len(words) > 2:
        best = introduced_with_role(ctx, start, words[-2:])  # "the world 200m record holder": "record holder"
    if best is not None:
        return best
    last = ctx.last_person_before(pos)
    # not a word modifying a role: "an Austrian doctor" introduces no "the Austrian"
    intro = re.compile(rf"\b(?i:a|an|one|another)\s+(?:[\w'’\-]+\s+){{0,3}}?{re.escape(words[-1])}\b"
                       rf"(?!\s+(?:{PERSON_ROLES})\b)")
    if intro.search(ctx.masked, max(last.char_end if last else 0, pos - 800), start):
        return None  # "A diplomat familiar with the talks said ... . '...,' the diplomat said": unnamed
    cands: list[EntityMention] = []
    m = ctx.last_person_before(pos)
    while m is not None and len(cands) < 3 and pos - m.char_start < 1500:
        title = _TITLE_BEFORE.search(ctx.body, max(0, m.char_start - 30), m.char_start)
        if (not POSSESSIVE_AFTER.match(ctx.body[m.char_end:m.char_end + 3]) and not ctx.named_in_quote(m)
                and not (title and title.group(1).lower() not in role.lower())):
            cands.append(m)  # not "President Bush" for "the rapper"
        m = ctx.last_person_before(m.char_start)
    # an office, or a role of something the phrase names ("the loyalty scheme's manager"): only
    # a holder introduced with it, never a mere nearby name
    office = OFFICE.search(role) is not None or _OWNED_ROLE.search(role) is not None
    for c in cands:
        if ctx.opens_sentence_at(c) and not (office and (speaks_of_role(ctx, c, role, start)
                                                         or _holds_other_office(ctx, c, role))):
            return c
    if office:
        return None  # an office ("the prime minister") is never given to a mere nearby object
    return cands[0] if cands else None
