"""Whom a pronoun attributing a quote stands for: he/she to a person, it/they to a group.

**he/she** resolves to the closest preceding PERSON mention outside quotes whose gender
does not contradict it (``gender``); "she" prefers the most recent woman so marked over a
closer person of unknown gender. Candidates are skipped when the quote itself names them or
when they sit in the pronoun's own clause as a possessive or prepositional object; the
sentence's subject beats an object or possessive in it, and an object gives way to the
subject of a sentence just before. **it/they** resolve to an ORG/GPE that is the subject of
the sentence just before (``group_target``).
"""
from __future__ import annotations

import bisect
import re

from pipelines.records import EntityMention
from pipelines.text.entities.gender import marked_gender
from pipelines.text.lexicon import speech
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.patterns import ANY_CUE_RE, CUE_AFTER, LEADING_JUNK, PERSON_BODY_AFTER, POSSESSIVE_AFTER, ROLE_LINK

_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
#: Subject, possessive and reflexive pronouns (an object pronoun usually means somebody else:
#: "Storer harangued him"); "her" counts when a word it may determine follows.
_GENDER_PRONOUN = re.compile(
    r"\b(?:[Hh]e|[Hh]is|[Hh]imself|[Ss]he|[Hh]erself|[Hh]er(?=\s+(?!(?:to|for|and|or|in|on|at|with|that|the|a|an|"
    r"as|from|by|of|up|out|off|down|back|over|again|about|into|after|before|when|if|but|so|because)\b)[a-z]))\b"
)
#: Verbs of a view or aim, after a body that holds it (also plural: "The Greens want").
_GROUP_VIEWS = ("wants", "plans", "hopes", "expects", "needs", "thinks", "believes", "says", "claims",
                "backs", "supports", "fears", "rejects", "accepts", "agrees", "insists", "argues", "opposes")
#: What follows an organisation that is the subject: a verb, an adverb or an apposition.
_GROUP_VERB_AFTER = re.compile(
    r"\s*,|\s+(?:[a-z]+(?:ed|es|ly)|has|have|had|is|are|was|were|will|would|can|could|may|might|must|"
    r"should|says|said|told|made|cut|put|set|took|gave|won|lost|rose|fell|sold|bought|paid|saw|met|hit|kept|"
    r"left|ran|became|began|went|got|held|brought|sent|spent|built|chose|grew|led|let|quit|shut|bid|"
    r"sought|found|stood|spoke|wrote|drew|struck|fought|thought|does|did|"
    rf"{'|'.join(_GROUP_VIEWS)}|{'|'.join(v[:-1] for v in _GROUP_VIEWS)})\b"  # "Tarn Water wants", "The Greens want"
)
_WHO_OR_APPOSITION = re.compile(r",?\s+who\b|,\s+(?:the|a|an)\b")

#: A short fronted adverbial of time or place before a sentence's subject ("On Sunday", "Last
#: year,", "In the final").
_FRONTED = re.compile(
    r"(?:On|In|At|Last|This|Earlier|Later|After|Before|During|Since|By)\b(?:\s+[\w'’\-]+){1,3}?,?\s+(?=[Hh]e\b|[Ss]he\b)"
)

_HE, _SHE = 0, 1  # indices of a pronoun vote


# --------------------------------------------------------------------------- gender

def gender(ctx: QuoteContext, m: EntityMention) -> str | None:
    """'m'/'f' for a person, from the document: an honorific anywhere ("Mr", "Ms") or a
    gendered role word right before a mention ("actress", "his wife") decides; otherwise the
    third-person pronouns (he/his vs she/her) used right after the person's mentions vote."""
    name = m.local_name
    if name not in ctx.genders:
        ctx.genders[name] = _read_gender(ctx, ctx.persons_by_name.get(name, []))
    return ctx.genders[name]


def _read_gender(ctx: QuoteContext, indices: list[int]) -> str | None:
    votes = [0, 0]
    for n in indices:
        marked = _marked_gender(ctx.body, ctx.persons[n])
        if marked is not None:
            return marked
        vote = _pronoun_vote(ctx, n)
        if vote is not None:
            votes[vote] += 1
    male, female = votes
    if male > 2 * female:
        return "m"
    if female > 2 * male:
        return "f"
    return None


def _marked_gender(body: str, mm: EntityMention) -> str | None:
    """The gender a title opening the mention ("Baroness Kell"), an honorific or gendered role
    word right before it, or a role word in apposition after it gives (``entities.gender``)."""
    return marked_gender(body, mm.char_start, mm.char_end, mm.surface)


def _pronoun_vote(ctx: QuoteContext, n: int) -> int | None:
    """``_HE`` or ``_SHE`` for the pronoun that refers back to person mention ``n``, if any."""
    mm = ctx.persons[n]
    if POSSESSIVE_AFTER.match(ctx.body[mm.char_end:mm.char_end + 3]):
        return None  # "Smith's coach said his ...": the pronoun may be the coach's
    # the window: the rest of this sentence and the next one, up to another person
    sent_lo = ctx.sentence_start(max(0, mm.char_start - 300), mm.char_start)
    if any(o.local_name != mm.local_name for o in ctx.persons_between(sent_lo, mm.char_start)):
        return None  # two people in the sentence: a pronoun after it is ambiguous
    k = bisect.bisect_right(ctx.term_ends, mm.char_end)
    s_end = ctx.term_ends[k] if k < len(ctx.term_ends) else len(ctx.body)
    others = [o for o in ctx.persons_between(mm.char_end, s_end) if o.local_name != mm.local_name]
    if others:
        # "X, ranked above Y, looked nervous as she ...": a subject pronoun after everybody
        # else in the sentence is the subject's, when the subject opens the sentence
        g = _SUBJECT_PRONOUN.search(ctx.masked, others[-1].char_end, s_end)
        if (g is not None and not CUE_AFTER.match(ctx.masked, g.end(), s_end)
                and not ANY_CUE_RE.search(ctx.masked, mm.char_end, g.start())
                and ctx.opens_sentence_at(mm)):
            return _HE if g.group().lower() == "he" else _SHE
    hi = ctx.term_ends[k + 1] if k + 1 < len(ctx.term_ends) else len(ctx.body)
    hi = min(hi, mm.char_end + 300)
    for o in ctx.persons[n + 1:]:
        if o.char_start >= hi:
            break
        if o.local_name != mm.local_name:
            # not even in the sentence naming somebody else ("Outlining his plan, Mr X said")
            o_lo = ctx.sentence_start(mm.char_end, o.char_start)
            hi = o.char_start if o_lo <= mm.char_end else o_lo
            break
    g = _GENDER_PRONOUN.search(ctx.masked, mm.char_end, hi)
    while g is not None and CUE_AFTER.match(ctx.masked, g.end(), hi):
        # "..., she said": an attribution is what the gender should resolve, not evidence
        g = _GENDER_PRONOUN.search(ctx.masked, g.end(), hi)
    if g:
        return _HE if g.group().lower() in speech.MALE_PRONOUNS else _SHE
    return None


# --------------------------------------------------------------------------- he / she

def pronoun_target(ctx: QuoteContext, pos: int, pronoun: str = "he", depth: int = 0,
                   prefer_subject: bool = True) -> EntityMention | None:
    """The person a he/she before ``pos`` refers to.

    The closest preceding PERSON mention outside quotes whose gender (see ``gender``) does
    not contradict the pronoun; for "she" a person known to be female among the last few
    beats a closer one of unknown gender. A possessive ("Hewitt's performances") or an
    object in a sentence whose subject is a speaking person gives way to that subject
    ("Knapman said he was glad to see the back of Kilroy-Silk. '...,' he said" -> Knapman),
    unless ``prefer_subject`` is off (the sentence before is about somebody described, not named).
    """
    want = "f" if pronoun == "she" else "m"
    cands = _candidates(ctx, pos, want)
    if not cands:
        return None
    m = _closest_fit(ctx, cands, pos, want)
    if depth < 3:
        chained = _pronoun_subject_of(ctx, m, want)
        if chained is not None:
            # "He has worked on Star Wars and Finding Nemo. '...,' he said": the earlier "He"
            return pronoun_target(ctx, chained, pronoun, depth + 1) or m
    subject = _subject_of_sentence(ctx, m, want)
    if subject is not None:
        return subject
    earlier = _subject_before_object(ctx, m, cands, want) if prefer_subject else None
    return earlier if earlier is not None else m


def _candidates(ctx: QuoteContext, pos: int, want: str) -> list[EntityMention]:
    """The last few people before ``pos`` the pronoun may stand for, closest first."""
    k = bisect.bisect_right(ctx.term_ends, pos) - 1
    pos_sent = ctx.term_ends[k] if k >= 0 else 0
    m = ctx.last_person_before(pos)
    cands: list[EntityMention] = []
    while m is not None and len(cands) < 6 and pos - m.char_start < 2000:
        if gender(ctx, m) in (None, want) and not ctx.named_in_quote(m) and not (
                m.char_start >= pos_sent and ctx.bound_in_clause(m)) and not _owner_beside_speaker(ctx, m, pos, want):
            cands.append(m)
        m = ctx.last_person_before(m.char_start)
    return cands


def _owner_beside_speaker(ctx: QuoteContext, m: EntityMention, pos: int, want: str) -> bool:
    """Whether ``m`` is a possessive in a sentence that a he/she of the wanted gender
    attributes ("Sørlie's team had not measured it, he pointed out"): that he is somebody
    else, who had he meant himself would have said "his team"."""
    if not POSSESSIVE_AFTER.match(ctx.body[m.char_end:m.char_end + 3]):
        return False
    k = bisect.bisect_right(ctx.term_ends, m.char_end)
    s_end = min(ctx.term_ends[k] if k < len(ctx.term_ends) else len(ctx.body), pos)
    for g in _SUBJECT_PRONOUN.finditer(ctx.masked, m.char_end, s_end):
        if (g.group().lower() == "she") == (want == "f") and CUE_AFTER.match(ctx.masked, g.end(), s_end):
            return True
    return False


def _pronoun_subject_of(ctx: QuoteContext, m: EntityMention, want: str) -> int | None:
    """Where a he/she of the wanted gender opens ``m``'s sentence when ``m`` is not its
    subject ("He has worked on X and Y"): that pronoun, not ``m``, is who the sentence is about."""
    sent_lo = ctx.sentence_start(max(0, m.char_start - 400), m.char_start)
    nl = ctx.masked.rfind("\n", sent_lo, m.char_start)
    if nl >= 0:
        sent_lo = nl + 1
    head = ctx.masked[sent_lo:m.char_start]
    j = LEADING_JUNK.match(head.lstrip())
    lead = len(head) - len(head.lstrip()) + (j.end() if j else 0)
    fronted = _FRONTED.match(head, lead)  # "On Sunday she ...": a short adverbial before it
    p = _SUBJECT_PRONOUN.match(head, fronted.end() if fronted else lead)
    if p is None or (p.group().lower() == "she") != (want == "f") or ctx.persons_between(sent_lo, m.char_start):
        return None
    if CUE_AFTER.match(ctx.masked, p.end()):
        return None  # 'He said X ...': the attribution of a quote, resolved on its own
    return sent_lo + p.start()


def _closest_fit(ctx: QuoteContext, cands: list[EntityMention], pos: int, want: str) -> EntityMention:
    """The closest candidate; for "she", a woman named as such among the last few beats a
    closer person of unknown gender, and so does one opening the last sentence."""
    m = cands[0]
    if want == "f" and gender(ctx, m) is None and not _opens_sentence_before(ctx, m, pos):
        for c in cands[1:]:
            if gender(ctx, c) == "f":
                return c
        if not ctx.opens_last_sentence(m, pos):
            for c in cands[1:]:
                if ctx.opens_last_sentence(c, pos):
                    return c
    return m


def _opens_sentence_before(ctx: QuoteContext, m: EntityMention, pos: int) -> bool:
    """Whether ``m`` is the speaking subject of the sentence right before the one holding
    ``pos`` ("Dr Ana Lee, who led it, says ... . The results were "mixed", she says")."""
    k = bisect.bisect_right(ctx.term_ends, pos) - 1
    cur = ctx.term_ends[k] if k >= 0 else 0
    before = ctx.term_ends[k - 1] if k >= 1 else 0
    return (before <= m.char_start < cur
            and (ctx.opens_sentence_at(m) or _TITLE_LEAD.fullmatch(ctx.masked, before, m.char_start) is not None)
            and ANY_CUE_RE.search(ctx.masked, m.char_end, cur) is not None)


#: Only a title and its body before a name opening a sentence ("Chair of the Ullapool
#: Waterfront Partnership Eilidh Ross said"): the name is still the sentence's subject.
_TITLE_LEAD = re.compile(r"\s*(?:(?:[A-Z][\w'’\-]*|of|the|for|and|&)\s+)+")


def _subject_of_sentence(ctx: QuoteContext, m: EntityMention, want: str) -> EntityMention | None:
    """The subject of ``m``'s sentence when ``m`` is a possessive or no subject there
    ("Swank paid tribute to X"), if that subject may be the speaker."""
    sent_lo = ctx.sentence_start(max(0, m.char_start - 400), m.char_start)
    nl = ctx.masked.rfind("\n", sent_lo, m.char_start)
    if nl >= 0:
        sent_lo = nl + 1
    possessive = bool(POSSESSIVE_AFTER.match(ctx.body[m.char_end:m.char_end + 3]))
    heads = ctx.persons_between(sent_lo, m.char_start)
    for n0, p0 in enumerate(heads):
        if p0.local_name == m.local_name or not ctx.subject_at(sent_lo, p0):
            return None
        if POSSESSIVE_AFTER.match(ctx.body[p0.char_end:p0.char_end + 3]):
            continue
        nxt = heads[n0 + 1] if n0 + 1 < len(heads) else m
        if nxt is not m and ROLE_LINK.fullmatch(ctx.body[p0.char_end:nxt.char_start]):
            continue  # "Velvet Foxes frontwoman Ana Vell": the name after the role
        if gender(ctx, p0) not in (None, want) or ctx.named_in_quote(p0):
            return None
        if possessive or not ctx.opens_sentence_at(m):
            return p0
        return None
    return None


def _subject_before_object(ctx: QuoteContext, m: EntityMention, cands: list[EntityMention],
                           want: str) -> EntityMention | None:
    """For an object or complement ``m`` ("cuts proposed by Oliver Letwin"): the subject of a
    sentence just before, the likelier speaker (never one of less certain gender)."""
    if not (ctx.is_object(m) and not ctx.opens_sentence_at(m)
            and not _WHO_OR_APPOSITION.match(ctx.body[m.char_end:m.char_end + 6])):
        return None
    for c in cands[cands.index(m) + 1:cands.index(m) + 3]:
        if m.char_start - c.char_start > 600:
            break
        if want == "f" and gender(ctx, m) == "f" and gender(ctx, c) != "f":
            continue  # a woman named as such is strong evidence for "she"
        if ctx.opens_sentence_at(c) and not POSSESSIVE_AFTER.match(ctx.body[c.char_end:c.char_end + 3]):
            return c
    return None


# --------------------------------------------------------------------------- it / they

def group_target(ctx: QuoteContext, pos: int) -> EntityMention | None:
    """The organisation or country an "it"/"they" before ``pos`` refers to: the ORG/GPE
    that is the subject of the sentence holding ``pos`` (when the pronoun's clause is not
    its first) or of the sentence just before, opening it ("Norland Steel cut 300 jobs.")
    or speaking in it ('"...," Norland Steel said.'). Anything else there (a person, a
    plural noun such as "The workers") makes the pronoun unresolved."""
    lo, hi = ctx.last_sentence_span(pos)  # '..., and they said': the sentence's own subject
    nl = ctx.masked.rfind("\n", lo, hi - 1)
    if nl >= 0 and ctx.masked[nl:hi].strip():
        lo = nl + 1  # a paragraph break ends a sentence too
    seg = ctx.masked[lo:hi]
    s0 = lo + len(seg) - len(seg.lstrip(" \n\"“”'‘’"))
    j = LEADING_JUNK.match(ctx.masked[s0:hi])
    s0 += j.end() if j else 0
    if ctx.body.startswith(("The ", "the "), s0):
        s0 += 4
    for mm in ctx.overlapping(s0, hi):
        if mm.char_start < s0:
            continue
        if mm.type in ("ORG", "GPE") and not POSSESSIVE_AFTER.match(ctx.body[mm.char_end:mm.char_end + 3]):
            if CUE_AFTER.match(ctx.masked, mm.char_end, hi) or (
                    mm.char_start == s0 and _GROUP_VERB_AFTER.match(ctx.body, mm.char_end)):
                return mm  # not a modifier: "The US tycoon ..."
        if mm.char_start == s0 and mm.type == "PERSON" and PERSON_BODY_AFTER.match(ctx.body, mm.char_end):
            return mm  # "The Okafor administration has promised ...": its head
        if mm.char_start == s0:
            return None  # a person or a possessive opens the sentence
    return None
