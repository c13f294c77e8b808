"""Speakers across quotes: chains of parts, and carry-over to a stand-alone quote.

All parts of a quotation that runs over paragraphs or sentences share the speaker
(``quote.continued``). An unattributed direct quote opening its sentence is carried over
from the previous quote in this or the previous paragraph when no other person was
introduced since (``quote.carry.previous``), or from reported speech in the sentence just
before (``Smith said the plant would close. "We had no choice."`` -> ``quote.carry.reported``,
which also wins when reported speech by another named person sits between the previous
quote and this one).
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipelines.records import EntityMention, QuoteKind
from pipelines.text.quotes import rules
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.attribution import colon_attr
from pipelines.text.quotes.embedded import FINAL_ATTR
from pipelines.text.quotes.kinds import names_a_thing
from pipelines.text.quotes.marks import Block, QuotePart
from pipelines.text.lexicon import english, speech
from pipelines.text.quotes.patterns import (
    BROKEN_OPENING,
    ADV, CLAUSE_WORDS, CUE, NOT_NP_END, POSSESSIVE_AFTER, TERMINATOR, alt, ends_sentence_before, opens_clear,
)
from pipelines.text.quotes.orgs import ORG_NOUN_PHRASE
from pipelines.text.quotes.speakers import Attribution, resolve_np

#: A sentence opening with "<speaker> <reporting verb>": reported speech whose speaker a
#: following stand-alone quote continues.
_REPORTED_START = re.compile(
    rf"^\s*(?:[^,;:\"“”]{{1,40}},\s*)?"
    rf"(?P<np>(?!(?:{CLAUSE_WORDS}|it|they|we|this|there)\b)[^\s,;:!?\"“”]+"
    rf"(?:\s+[^\s,;:!?\"“”]+){{0,5}}?){NOT_NP_END}(?:,[^,;:\"“”]{{1,80}},)?\s+(?:{ADV}\s+){{0,2}}"
    rf"(?P<cue>{CUE}|{alt(speech.BELIEF_VERBS)})\b"
)


#: Reported speech set in its sentence between commas: "The attack, he says, is ...".
_PARENTHETICAL_SAYS = re.compile(
    rf",\s+(?P<np>[Hh]e|[Ss]he|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}})\s+(?:{ADV}\s+)?(?P<cue>{CUE}),"
)
#: An organisation as the subject of a verb of speech or of a deed ("The union rejected the
#: ruling"), not a modifier ("Harlow Bank shares fell").
_ORG_ACTS = re.compile(rf"\s*,?\s+(?:{ADV}\s+){{0,2}}(?:[a-z]{{3,}}ed|{CUE})\b")
#: A first-person word: talk about oneself.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|I’m|I’ve|I’d|I’ll|me|my|myself|we|our|us)\b")
#: The subject opening a sentence: a name (or "He"/"She"), after a connective or a short fronted adverbial.
_SUBJECT_HEAD = re.compile(
    r"\s*(?:(?:But|And|Then|Now|So|Yet|Still)\s+)?"
    r"(?P<np>[Hh]e|[Ss]he|(?:[A-Z][\w'’\-]*\.?\s+){0,3}[A-Z][\w'’\-]*\w)"
    # an apposition or relative clause may stand between it and its verb ("Ana Ruiz, who founded the club, is ...")
    r"(?=(?:,\s+(?:who|whose|a|an|the)\s[^,;:\"“”_]{1,120},)?\s+(?:[a-z]+ly\s+)?[a-z])"
)
#: A passive verb after a subject (and its apposition): "Ana Kovac was arrested", "who ..., has been
#: held": what is done to them, not a lead-in to their words (a state of mind is: "was delighted",
#: "was unmoved").
_PASSIVE_AFTER = re.compile(
    r"(?:,[^,;:\"“”_]{1,120},)?\s+(?:[a-z]+ly\s+)?(?:was|were|is|are|has been|have been|had been|being)\s+"
    rf"(?:[a-z]+ly\s+)?(?!un[a-z]+ed\b|(?:{alt(english.STATE_PARTICIPLES)})\b)"
    rf"(?:[a-z]{{3,}}ed|{alt(english.IRREGULAR_PARTICIPLES)})\b"
)
#: A sentence after a quote saying whose words they were: "The verdict came from goalkeeper X".
_SOURCE_SENTENCE = re.compile(
    rf"\s*(?:The|That|Those|These|This|Such)\s+(?:[a-z]+\s+)?(?:{alt(speech.SPEECH_NOUNS)})\s+"
    r"(?:came|come|comes|were|was)\s+from\s+(?P<np>[^,.;:!?\"“”_]{2,80}?)(?=\s*(?:[,.;:!?]|\s(?:who|whose|after|as|when)\b))"
)
#: A paragraph that only sets a scene in a transcript: "(Applause.)", "[Laughter]".
_STAGE_DIRECTION = re.compile(r"\s*[(\[][^()\[\]\"“”]{1,40}[)\]]\s*")
#: A line of page junk that broke a sentence: a few words without a sentence end or a quote
#: ("Valley Courier" between "X told the" and ". ''We want ...''": the text of a lost link).
_BROKEN_LINK_LINE = re.compile(r"\s*[^\s.!?:;\"“”'‘’_]+(?:\s+[^\s.!?:;\"“”'‘’_]+){0,4}\s*")


def share_chains(parts: list[QuotePart], kinds: list[QuoteKind], attrs: list[Attribution | None]) -> None:
    """Give every unattributed direct part of a chain the attribution of its first
    attributed direct part (rule ``quote.continued``)."""
    chain_attr: dict[int, Attribution] = {}
    for p, a, k in zip(parts, attrs, kinds):
        if p.chain >= 0 and a is not None and p.chain not in chain_attr and k == "direct":
            chain_attr[p.chain] = a
    for n, p in enumerate(parts):
        if attrs[n] is None and p.chain in chain_attr and kinds[n] == "direct":
            attrs[n] = replace(chain_attr[p.chain], rule=rules.CONTINUED)


def carry_over(ctx: QuoteContext, blocks: list[Block], parts: list[QuotePart], kinds: list[QuoteKind],
               attrs: list[Attribution | None]) -> None:
    """Attribute each unattributed direct quote opening its sentence: it continues the
    previous speaker, or the speaker of the reported speech right before it ('Smith said ...
    . "Quote."')."""
    for n, p in enumerate(parts):
        if attrs[n] is not None or kinds[n] != "direct":
            continue
        if not _opens_sentence(ctx, p, blocks):
            continue
        if n and p.continued and parts[n - 1].chain == p.chain and attrs[n - 1] is not None:
            attrs[n] = replace(attrs[n - 1], rule=rules.CONTINUED)
            continue
        ctx.quote_span = (p.start, p.end)
        line = _speaker_line(ctx, p, blocks, attrs[n - 1] if n else None) or _source_after(ctx, parts, p)
        if line is not None:
            attrs[n] = line
            continue
        carried = _carry_previous(ctx, blocks, parts, attrs, kinds, n) if n else None
        reported = _carry_reported(ctx, p, blocks)
        if carried is None or (reported is not None and reported.speaker is not None
                               and reported.speaker_type in ("PERSON", "ORG") and reported.speaker != carried.speaker):
            # 'Mr X said the law was clear. "..."', 'The regulator disagreed. "..."': reported speech
            # right before wins
            carried = reported or carried
        elif reported is not None and reported.speaker is None and _unnamed_speaker(reported):
            # 'A neighbour, who asked not to be named, said ... . "..."': somebody new spoke since,
            # whom the article does not name: not the previous speaker
            carried = reported
        subject = _carry_subject(ctx, p, blocks)
        if subject is not None and _chain_names(ctx, parts, p, subject.speaker):
            subject = None  # the quotation speaks of them: not theirs
        if carried is None or carried.speaker is None:
            carried = subject or carried
        elif subject is not None and subject.speaker != carried.speaker and _led_in_paragraph(ctx, p, blocks):
            # "...," said Ana Ruiz. / Deepak Rao, who ..., was scathing. "...": the person the
            # paragraph brings in right before the quote
            carried = subject
        attrs[n] = carried


def _carry_previous(ctx: QuoteContext, blocks: list[Block], parts: list[QuotePart],
                    attrs: list[Attribution | None], kinds: list[QuoteKind], n: int) -> Attribution | None:
    """The previous quote's speaker, when it is in this or the previous block and nobody else
    was introduced since (persons in the previous quote's own attribution sentence do not count,
    nor persons the quotation speaks of)."""
    k = n - 1
    while k > 0 and kinds[k] == "term":  # a quoted term in between does not interrupt the speaker
        k -= 1
    p, pp, pa = parts[n], parts[k], attrs[k]
    if pa is None or pa.surface is None or kinds[k] == "term" or _block_before(ctx, blocks, p.block) > pp.block:
        return None
    prev_end = pp.span[1]
    t = TERMINATOR.search(ctx.masked, prev_end, p.open_mark)
    since = t.end() if t else prev_end
    if any((pa.speaker is None or m.local_name != pa.speaker) and _may_speak(ctx, m)
           and not _chain_names(ctx, parts, p, m.local_name) for m in ctx.persons_between(since, p.open_mark)):
        return None
    if any(m.type == "ORG" and m.local_name != pa.speaker and ctx.outside_quotes(m) and ctx.opens_sentence_at(m)
           and _ORG_ACTS.match(ctx.masked, m.char_end) for m in ctx.overlapping(since, p.open_mark) if m.char_start >= since):
        return None  # an organisation speaking or taking a stance since may be who speaks now
    return replace(pa, rule=rules.CARRY_PREVIOUS)


#: An unnamed person speaking: "a neighbour", "one witness", "another resident".
_UNNAMED_PERSON = re.compile(r"(?i:a|an|one|another)\s+(?:[a-z][\w'’\-]*\s+){0,2}[a-z][\w'’\-]*")


def _unnamed_speaker(reported: Attribution) -> bool:
    """Whether the reported speech before a quote is somebody the article introduces without
    a name ("A neighbour, who asked not to be named, said ...")."""
    return reported.surface is not None and _UNNAMED_PERSON.fullmatch(reported.surface) is not None


def _may_speak(ctx: QuoteContext, m: EntityMention) -> bool:
    """Whether person ``m`` is introduced as a possible speaker: not a mere object or
    complement ("sessions with Tom Hale in Leeds", "trained with champion Ana Ruiz")."""
    return ctx.opens_sentence_at(m) or not ctx.is_object(m)


def _carry_subject(ctx: QuoteContext, p: QuotePart, blocks: list[Block]) -> Attribution | None:
    """A quote in the first person after a sentence whose subject is a person ("He then moved
    to crutches for six weeks. "Walking again felt like ..."): that person
    (``quote.carry.subject``). A quote set right after that sentence in its paragraph is that
    person's too, first person or not ("Councillor Ana Lopez was scathing. "This plan was never
    costed."": ``quote.carry.paragraph_subject``): a paragraph that brings a person in and goes
    on to a quote gives it to them."""
    rule = rules.CARRY_SUBJECT
    if not _FIRST_PERSON.search(ctx.body, p.start, p.end):
        if not _led_in_paragraph(ctx, p, blocks) or not _reads_as_sentences(ctx, p):
            return None
        rule = rules.CARRY_PARAGRAPH_SUBJECT
    span = _sentence_before(ctx, p, blocks)
    if span is None:
        return None
    seg_lo, last_end = span
    sentence = ctx.masked[seg_lo:last_end]
    if not sentence.strip() or "_" in sentence:
        return None
    head = _SUBJECT_HEAD.match(sentence)
    led = _role_led_person(ctx, seg_lo, last_end)
    if led is not None and (head is None or led.char_start > seg_lo + head.end("np")):
        # "US coach Ana Ruiz wants the team to ...": the person behind the role words
        if rule == rules.CARRY_PARAGRAPH_SUBJECT and _PASSIVE_AFTER.match(ctx.masked, led.char_end):
            return None
        return Attribution(led.local_name, led.surface, None, None, rule, "PERSON")
    if head is None:
        return None
    s = seg_lo + head.start("np")
    e = seg_lo + head.end("np")
    if rule == rules.CARRY_PARAGRAPH_SUBJECT and _PASSIVE_AFTER.match(ctx.masked, e):
        return None
    np_ = head.group("np")
    written = False
    if np_.lower() not in speech.PERSON_PRONOUNS:
        ments = [m for m in ctx.persons_between(s, e + 1) if m.char_start == s or m.char_end >= e - 1]
        if ments and not ctx.opens_sentence_at(ments[0]):
            return None
        if ments:
            s, e = ments[0].char_start, ments[0].char_end
        elif ctx.overlapping(s, e) or len(np_.split()) < 2 or np_.split()[0].lower() in speech.DETERMINERS:
            return None  # an organisation, a place, or a capitalised common noun
        else:
            written = True  # a full name no mention covers
    spk, surf, typ = resolve_np(ctx, s, e, s, None)
    if spk is None or (typ != "PERSON" and not (written and typ is None)):
        return None
    return Attribution(spk, surf, None, None, rule, typ)


def _led_in_paragraph(ctx: QuoteContext, p: QuotePart, blocks: list[Block]) -> bool:
    """Whether quote ``p`` starts a quotation after a sentence of its own paragraph."""
    return not p.continued and bool(ctx.masked[blocks[p.block][0]:p.open_mark].strip())


def _reads_as_sentences(ctx: QuoteContext, p: QuotePart) -> bool:
    """Whether the quoted words end as a sentence does (a terminator inside the marks or right
    after them, or the end of the paragraph), not as a title cited in a line ('"Practical
    Solutions to ...", Proc. 2006')."""
    if ends_sentence_before(ctx.body, p.end):
        return True
    after = ctx.body[p.close_mark + 1:p.close_mark + 3].lstrip(" ") if p.close_mark is not None else ""
    return not after or after[0] in ".!?\n"


def _chain_names(ctx: QuoteContext, parts: list[QuotePart], p: QuotePart, speaker: str | None) -> bool:
    """Whether the quotation ``p`` opens (all its parts) names ``speaker`` by the last word of
    their name ("... and Tom Okafor is an outstanding player"): it speaks of them, so it is not theirs."""
    last = (speaker or "").split()[-1:]
    if not last or len(last[0]) < 3:
        return False
    name = re.compile(rf"\b{re.escape(last[0])}\b")
    return any(name.search(ctx.body, q.start, q.end) for q in parts if q is p or (p.chain >= 0 and q.chain == p.chain))


def _role_led_person(ctx: QuoteContext, lo: int, hi: int) -> EntityMention | None:
    """The first person of the sentence [lo, hi) when a short run of role words before it
    makes it the subject ("US coach Ana Ruiz wants ..."), not a possessive."""
    first = ctx.persons_between(lo, hi)[:1]
    if not first or not ctx.opens_sentence_at(first[0]) or ctx.masked.find("_", lo, first[0].char_start) >= 0:
        return None
    m = first[0]
    if POSSESSIVE_AFTER.match(ctx.body[m.char_end:m.char_end + 3]) or not ctx.masked[lo:m.char_start].strip():
        return None
    return m


def _block_before(ctx: QuoteContext, blocks: list[Block], b: int) -> int:
    """The block before block ``b``, passing over a stage direction ("(Applause.)", "[Laughter]")
    and, when block ``b`` opens with the punctuation of a broken sentence, over the short line of
    junk that broke it ("X told the" / "Valley Courier" / ". ''We want ...")."""
    k = b - 1
    while k > 0 and _STAGE_DIRECTION.fullmatch(ctx.body, *blocks[k]):
        k -= 1
    if (k > 0 and BROKEN_OPENING.match(ctx.body, blocks[b][0]) and _BROKEN_LINK_LINE.fullmatch(ctx.masked, *blocks[k])
            and not ends_sentence_before(ctx.body, blocks[k - 1][1], blocks[k - 1][0])):
        k -= 1
    return k


def _speaker_line(ctx: QuoteContext, p: QuotePart, blocks: list[Block],
                  prev: Attribution | None) -> Attribution | None:
    """A quote opening its paragraph right after a line that only names a speaker ("SENATOR
    OKAFOR:", "Ms Ruiz said:"), as a transcript does: that speaker's (``quote.before.speaker_line``)."""
    lo, _ = blocks[p.block]
    if p.block == 0 or p.continued or ctx.masked[lo:p.open_mark].strip():
        return None
    b_lo, b_hi = blocks[_block_before(ctx, blocks, p.block)]
    line = ctx.masked[b_lo:b_hi].rstrip()
    if not line.endswith(":") or "_" in line or len(line.split()) > 8:
        return None
    found = colon_attr(ctx, b_lo, b_lo + len(line), prev)
    if found is None or found.speaker is None:
        return None
    return replace(found, rule=rules.SPEAKER_LINE)


def _source_after(ctx: QuoteContext, parts: list[QuotePart], p: QuotePart) -> Attribution | None:
    """The speaker a sentence right after the quotation names ('"..." The verdict came from
    goalkeeper X, who ...'): ``quote.after.source_sentence``."""
    last = max((q for q in parts if q is p or (p.chain >= 0 and q.chain == p.chain)), key=lambda q: q.start)
    if last.close_mark is None or not ends_sentence_before(ctx.body, last.end):
        return None
    m = _SOURCE_SENTENCE.match(ctx.masked, last.close_mark + 1)
    if m is None or "\n\n" in ctx.body[last.close_mark + 1:m.start("np")]:
        return None
    s, e = m.span("np")
    spk, surf, typ = resolve_np(ctx, s, e, s, None)
    if spk is None or typ not in ("PERSON", "ORG", None):   # None: a full name no mention covers
        return None
    return Attribution(spk, surf, None, None, rules.SOURCE_AFTER, typ)


def _carry_reported(ctx: QuoteContext, p: QuotePart, blocks: list[Block]) -> Attribution | None:
    """Speaker of reported speech in the sentence right before a quote ('He said ... . "..."'),
    or in the one before that when the sentence between names nobody and quotes nothing
    ('Ruiz told the BBC there were two problems. The first is cost. "..."')."""
    span = _sentence_before(ctx, p, blocks)
    if span is None:
        return None
    found = _reported_in(ctx, *span)
    lo, hi = span
    if found is None and lo > blocks[0][0] and _names_nobody(ctx, lo, hi):
        b_lo = next((b_lo for b_lo, b_hi in blocks if b_lo <= lo - 1 <= b_hi), lo)
        prev_lo = ctx.sentence_start(b_lo, lo - 1)
        if prev_lo < lo and ctx.masked[prev_lo:lo].strip():
            found = _reported_in(ctx, prev_lo, lo)
    return found


def _names_nobody(ctx: QuoteContext, lo: int, hi: int) -> bool:
    """Whether [lo, hi) quotes nothing and names no person or organisation."""
    return "_" not in ctx.masked[lo:hi] and not any(m.type in ("PERSON", "ORG") for m in ctx.overlapping(lo, hi))


def _sentence_before(ctx: QuoteContext, p: QuotePart, blocks: list[Block]) -> tuple[int, int] | None:
    """(start, end) of the sentence right before quote ``p``, in its block or the one before."""
    lo, _ = blocks[p.block]
    end = p.open_mark
    if not ctx.masked[lo:end].strip() and p.block > 0:
        lo, end = blocks[p.block - 1]
    seg_lo = lo
    ends = ctx.terminators(lo, end)
    last_end = end
    if ends and not ctx.masked[ends[-1]:end].strip():
        last_end = ends[-1]
        ends = ends[:-1]
    if ends:
        seg_lo = ends[-1]
    return seg_lo, last_end


def _reported_in(ctx: QuoteContext, seg_lo: int, last_end: int) -> Attribution | None:
    """Reported speech in the sentence ``[seg_lo, last_end)``: opening it ("Smith said ..."),
    closing it ("..., he argued.") or set in it ("The attack, he says, is the latest example"),
    the last also when a quoted term stands in the sentence."""
    sentence = ctx.masked[seg_lo:last_end]
    if not sentence.strip():
        return None
    m = None
    if "_" not in sentence:
        # "The image simply portrayed him as a hypnotist, he argued."
        m = _REPORTED_START.match(sentence) or FINAL_ATTR.search(sentence.rstrip(" .\n"))
    if not m:
        m = _PARENTHETICAL_SAYS.search(sentence)
        if not m:
            return None
    s, e = seg_lo + m.start("np"), seg_lo + m.end("np")
    spk, surf, typ = resolve_np(ctx, s, e, s, None)
    if surf is None or len(surf.split()) > 6:
        return None
    return Attribution(spk, surf, m.group("cue"), None, rules.CARRY_REPORTED, typ)


def _opens_sentence(ctx: QuoteContext, p: QuotePart, blocks: list[Block]) -> bool:
    """Whether the quote opens its sentence (or continues a quotation)."""
    if p.continued:
        return True
    lo, _ = blocks[p.block]
    masked, i = ctx.masked, p.open_mark
    while i > lo and masked[i - 1].isspace():
        i -= 1
    return i == lo or masked[i - 1] == "_" or opens_clear(ctx.body, ctx.sentence_start(lo, p.open_mark), p.open_mark, lo)


def carry_fragments(ctx: QuoteContext, blocks: list[Block], parts: list[QuotePart], kinds: list[QuoteKind],
                    attrs: list[Attribution | None]) -> None:
    """An embedded quote nobody in its sentence is said to say continues the speech reported in
    the sentence before it, in the same paragraph ('He said the rebate was unfair. The plan was
    a "sticking plaster" to a bigger problem.'): a partial quote of that speaker
    (``quote.carry.partial``). A name or title stays a term."""
    for n, p in enumerate(parts):
        if attrs[n] is not None or kinds[n] == "direct" or p.continued:
            continue  # its own sentence attributes it, if only to a document ("the report said")
        if names_a_thing(ctx, blocks, p, kinds[n]):
            continue
        lo = blocks[p.block][0]
        cur = ctx.sentence_start(lo, p.open_mark)
        if cur <= lo:
            continue
        prev_lo = ctx.sentence_start(lo, cur - 1)
        found = None
        for k in range(n - 1, -1, -1):
            q = parts[k]
            if q.block != p.block or q.open_mark < prev_lo:
                break
            if q.open_mark < cur and attrs[k] is not None and attrs[k].speaker is not None:
                found = attrs[k]
                break
        if found is None:
            found = _reported_in(ctx, prev_lo, cur)
        if found is not None and found.speaker is not None and not _other_agent_opens(ctx, cur, p.open_mark, found):
            kinds[n] = "partial"
            attrs[n] = replace(found, rule=rules.CARRY_PARTIAL)


def _other_agent_opens(ctx: QuoteContext, lo: int, hi: int, found: Attribution) -> bool:
    """Whether the sentence [lo, hi) opens with a body named by its kind that is not the speaker
    before ("She said ... . The audit panel found its founders were caught up in a 'mood of
    enthusiasm'"): the words are not the last speaker's (but "The company said ... . The firm
    called it a 'reset'" still carries, and so does a thing or a pronoun opening it)."""
    seg = ctx.masked[lo:hi]
    s0 = lo + len(seg) - len(seg.lstrip())
    kind = ORG_NOUN_PHRASE.match(ctx.masked, s0, hi)
    if kind is None or POSSESSIVE_AFTER.match(ctx.masked[kind.end():kind.end() + 3]):
        return False
    return resolve_np(ctx, s0, kind.end(), s0, None)[0] != found.speaker
