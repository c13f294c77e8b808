"""Who said one quote, read from the patterns around it.

After the quote (``," Hong told X.``, ``," said Mr Smith.``, ``," he said.``, ``, according to
X.``, ``," the paper quoted X as saying``), before it (``Smith said: "``, ``Smith, a
professor, said "``, ``According to Yang[, a researcher at Y], "``, ``, adding: "``, ``Said
coach X: "``, ``- Coach X: "``, ``- Coach X "``) and whom it was said to
(``addressee_after``). Each reader returns an ``Attribution`` naming its rule, or None;
``embedded`` reads the rest of the sentence for a quote embedded in it. ``QuoteSite`` is the
text around one quote that they read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.text.lexicon import speech
from pipelines.records import EntityMention
from pipelines.text.quotes import rules
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.marks import QuotePart
from pipelines.text.quotes.patterns import (
    ADV, AUXILIARY, CLAUSE_WORDS, COORDINATED, CUE, HONORIFICS, NOT_NP_END, PERFECT_ADD, PERSON_ROLES, TERMINATOR, count_words, ends_sentence_before, opens_clear,
)
from pipelines.text.quotes.speakers import Attribution, resolve_np
from pipelines.text.quotes.subjects import clause_subject, first_subject, subject_span, with_subject


@dataclass
class QuoteSite:
    """One quote and the text around it in its block."""

    part: QuotePart
    text: str  # the quote's text
    block_lo: int  # start of its block
    hi: int  # end of its block
    pre_lo: int  # start of the clause before the quote
    pre: str  # that clause up to the opening mark ("" for a continued part)
    post_at: int  # just past the closing mark
    post: str  # after the closing mark to the sentence end, not past the next quote

    @property
    def ends_full(self) -> bool:
        return self.text.rstrip().endswith((".", "…"))

    @property
    def ends_qe(self) -> bool:
        return self.text.rstrip().endswith(("?", "!"))


def read_site(ctx: QuoteContext, p: QuotePart, block_lo: int, lo: int, nxt_open: int, hi: int) -> QuoteSite:
    """The site of part ``p``: ``lo`` is where its clause can start (block start or the
    previous quote's end), ``nxt_open`` the next quote's opening mark, ``hi`` the block end."""
    body = ctx.body
    # clause before the quote: from the last sentence end between lo and the opening mark
    pre_lo = ctx.sentence_start(lo, p.open_mark)
    pre = "" if p.continued else body[pre_lo:p.open_mark]
    if pre and opens_clear(body, pre_lo, p.open_mark, block_lo):
        pre_lo, pre = p.open_mark, ""  # glued to the previous sentence: 'further."In practice'
    # text after the quote up to its sentence end
    post = ""
    if p.close_mark is not None:
        post = body[p.close_mark + 1:min(nxt_open, hi, p.close_mark + 300)]
        t = TERMINATOR.search(post)
        if t:
            post = post[:t.start()]
    return QuoteSite(p, body[p.start:p.end], block_lo, hi, pre_lo, pre, p.span[1], post)


# --------------------------------------------------------------------------- after the quote

_AFTER_NP_CUE = re.compile(
    rf"^[\s,]*(?P<np>(?!(?:{CLAUSE_WORDS})\b)[^\s,;:!?\"“”‘’()]+"
    rf"(?:(?:\s+|,\s*)[^\s;:!?\"“”()]+?){{0,13}}?){NOT_NP_END}\s*,?\s+(?:{ADV}\s+){{0,2}}(?P<cue>{CUE})\b"
)
_AFTER_CUE_NP = re.compile(
    rf"^[\s,]*(?P<cue>{CUE})\s+(?P<np>(?!(?:that|it|to|in|on|at|of|for|with|by|and|but)\b)[^,;:!?\"“”()]+?)"
    r"(?=\s*(?:[,;:!?\"“”()]|$)|\s+(?:in|on|at|who|whose|after|before|when|while|during|from|last|"
    r"yesterday|today|earlier|adding|according|as|because|for|with|about|to|via|through|outside|"
    r"inside|following|ahead)\b|\s+-\s)"
)
_AFTER_ACCORDING = re.compile(r"^[\s,]*according to (?P<np>[^,;:!?\"“”()]{1,80}?)\s*(?:[,;:!?\"“”()]|$)")
_AFTER_QUOTED_AS = re.compile(
    r"^[\s,]*(?P<src>[^,;:!?\"“”()]{1,60}?)\s+(?:has\s+|had\s+|was\s+)?quoted\s+"
    r"(?P<np>[^,;:!?\"“”()]{1,80}?)\s+as\s+(?:saying|telling)\b"
)


def attribute_after(ctx: QuoteContext, site: QuoteSite, prev: Attribution | None) -> Attribution | None:
    """The attribution right after the quote, in the same sentence."""
    first = site.post.lstrip(" ,")
    if not first:
        return None
    if site.ends_full and not first[:1].islower():
        return None  # the quote ended its sentence; what follows is a new sentence
    m = _AFTER_ACCORDING.match(site.post)
    if m:
        s = site.post_at + m.start("np")
        spk, surf, typ = resolve_np(ctx, s, s + len(m.group("np")), s, prev)
        return Attribution(spk, surf, "according to", None, rules.AFTER_ACCORDING_TO, typ)
    return (_after_quoted_as(ctx, site, prev) or _after_cue_then_speaker(ctx, site, prev)
            or _after_speaker_then_cue(ctx, site, prev) or _after_name_only(ctx, site))


#: Only a name, perhaps after its firm and role, between the quote and the sentence end
#: ('," AG Edwards' Thayer.', '," Harlow Bank analyst Ana Ruiz.').
_NAME_ONLY = re.compile(r"^\s*,?\s*(?P<np>[A-Z][\w'’&\-]*(?:\s+(?:[A-Z][\w'’&\-]*|[a-z]+(?=\s+[A-Z]))){0,7})\s*$")


#: A firm's person or a role's holder ending a phrase: "AG Edwards' Thayer", "Harlow analyst Ana Ruiz".
_FIRM_THEN_PERSON = re.compile(r"['’]s?\s+[A-Z][\w'’\-]+$|\s[a-z]+\s+[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+$")


def _after_name_only(ctx: QuoteContext, site: QuoteSite) -> Attribution | None:
    """'"...not robust," AG Edwards' Thayer.': the person named alone after the quote's comma
    (the reporting verb dropped), when a person mention ends the phrase and the sentence."""
    p = site.part
    if "," not in ctx.body[p.end:p.close_mark or p.end]:
        return None
    m = _NAME_ONLY.match(site.post)
    if m is None:
        return None
    s, e = site.post_at + m.start("np"), site.post_at + m.end("np")
    ments = ctx.overlapping(s, e)
    if not any(mm.type == "PERSON" and mm.char_end == e for mm in ments) and (
            ments or not _FIRM_THEN_PERSON.search(m.group("np"))):
        return None  # no person ends it (unless, with no mention, a firm's or a role's name does)
    spk, surf, typ = resolve_np(ctx, s, e, s, None)
    if spk is None or typ not in ("PERSON", None):
        return None
    return Attribution(spk, surf, None, None, rules.AFTER_NAME_ONLY, typ)


def _after_quoted_as(ctx: QuoteContext, site: QuoteSite, prev: Attribution | None) -> Attribution | None:
    """'"...," the newspaper quoted Qantas chief executive Geoff Dixon as saying'."""
    m = _AFTER_QUOTED_AS.match(site.post)
    if not m:
        return None
    s = site.post_at + m.start("np")
    spk, surf, typ = resolve_np(ctx, s, site.post_at + m.end("np"), s, prev)
    if surf is None:
        return None
    src = m.group("src").strip()
    outlet = src if src[:1].isupper() or src.lower().startswith("the ") else None
    return Attribution(spk, surf, "quoted as saying", outlet, rules.AFTER_SAID_NAME, typ)


def _after_cue_then_speaker(ctx: QuoteContext, site: QuoteSite, prev: Attribution | None) -> Attribution | None:
    """'"...," said Mr Smith'."""
    m = _AFTER_CUE_NP.match(site.post)
    if not m or AUXILIARY.search(m.group("np")):
        return None  # '"...", said the deal would double ...': a clause, no inverted speaker
    s = site.post_at + m.start("np")
    e = site.post_at + m.end("np")
    whose = _MOUTHPIECE_WHOSE.match(ctx.masked, e, site.hi) if _MOUTHPIECE_END.search(m.group("np")) else None
    if whose is not None:
        e = whose.end()  # '"...," said a spokesman for the Treasury': whose mouthpiece it is
    for mm in ctx.overlapping(s, e):  # a name cut by "of"/"in" inside it ("Bank of England")
        if mm.char_end > e and mm.char_start < e:
            e = mm.char_end
    spk, surf, typ = resolve_np(ctx, s, e, s, prev)
    if surf is None:
        return None
    if spk is None or (typ in ("ORG", "GPE") and _ROLE_END.search(ctx.body[s:e])):
        # '"...," said one resident, Mary Okafor.'; '"...," said KWA technology director, Ivo
        # Brandt.': the person holding the organisation's role, not the organisation
        named = _name_apposed_after(ctx, e, site.hi)
        if named is not None:
            spk, surf, typ = named.local_name, ctx.body[s:named.char_end], "PERSON"
    cue = m.group("cue")
    return Attribution(spk, surf, cue, addressee_after(ctx, cue, site.post_at + m.end("cue"), site.hi),
                       rules.AFTER_SAID_NAME, typ)


_APPOSED_NAME_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
#: A phrase ending in a person's role or a mouthpiece ("KWA technology director", "a Treasury spokesman").
_ROLE_END = re.compile(rf"\b(?:{PERSON_ROLES}|{'|'.join(speech.MOUTHPIECE_NOUNS)})s?$", re.IGNORECASE)


def _name_apposed_after(ctx: QuoteContext, e: int, hi: int) -> EntityMention | None:
    """The person a comma after a description names ("one resident, Mary Okafor" ending its
    clause), else None."""
    comma = re.compile(r"\s*,\s*").match(ctx.masked, e, hi)
    if comma is None:
        return None
    for mm in ctx.overlapping(comma.end(), min(hi, comma.end() + 60)):
        if mm.char_start == comma.end():
            if mm.type == "PERSON" and _APPOSED_NAME_END.match(ctx.masked, mm.char_end, hi):
                return mm
            return None
    return None


#: A noun for one who speaks for somebody else, ending the phrase after an inverted cue.
_MOUTHPIECE_END = re.compile(rf"\b(?:{'|'.join(speech.MOUTHPIECE_NOUNS)})s?$")
#: The organisation or person after it: "for the Treasury", "at Harlow Bank".
_MOUTHPIECE_WHOSE = re.compile(r"\s+(?:for|at|of|from|with|in)\s+[^,;:!?\"“”()]{1,60}?(?=\s*(?:[,;:!?\"“”()]|$)|\.\s|\.$|\s+(?:who|after|when|while|adding)\b)")


def _after_speaker_then_cue(ctx: QuoteContext, site: QuoteSite, prev: Attribution | None) -> Attribution | None:
    """'"...," he said', '"...", the minister said', '"...?" he asked'."""
    m = _AFTER_NP_CUE.match(site.post)
    if not m:
        return None
    p, post, post_at, body = site.part, site.post, site.post_at, ctx.body
    np_ = m.group("np")
    # the quote ends its clause with punctuation; without it a speaker may follow directly only
    # a quote that opened its sentence ('"..." the minister said', not 'remains "very good" for
    # years, X said')
    punct = site.ends_qe or "," in body[p.end:p.close_mark or p.end] or post.lstrip().startswith(",")
    if not punct and site.pre.strip() and np_.lower() not in speech.SUBJECT_PRONOUNS:
        return None
    if site.ends_qe and np_[:1].isupper() and len(np_.split()) > 6:
        return None
    s = post_at + m.start("np")
    e = post_at + m.end("np")
    sub = subject_span(ctx, s, e + (1 if body[e:e + 1] == "," else 0)) if "," in np_ else (s, e)
    if sub is None:
        return None
    spk, surf, typ = resolve_np(ctx, sub[0], sub[1], post_at + m.start("cue"), prev)
    if surf is None:
        return None
    cue = m.group("cue")
    rule = rules.AFTER_PRONOUN_SAID if surf.lower() in speech.SUBJECT_PRONOUNS else rules.AFTER_NAME_SAID
    return Attribution(spk, surf, cue, addressee_after(ctx, cue, post_at + m.end("cue"), site.hi), rule, typ)


# --------------------------------------------------------------------------- before the quote

#: 'According to Yang, "...', also with an apposition ('According to Yang, a researcher at X, "...').
_BEFORE_ACCORDING = re.compile(
    r"(?:^|[\s,(])[Aa]ccording to (?P<np>[^,;:\"“”()]{1,80}?)"
    r"(?:\s*,\s*(?:(?:a|an|the|who|whose|one|his|her|their|its)\s|[A-Z]|[a-z]+\s+(?:at|of|for|with|in|from)\s)"
    r"[^;:\"“”()_]{0,160}?,)?\s*[,:]?\s*$"
)
#: 'According to Yang, the economy is "in trouble"': the clause's source names a partial quote's speaker.
ACCORDING_CLAUSE = re.compile(r"(?:^|[\s,(])[Aa]ccording to (?P<np>[^,;:\"“”()_]{1,80}?)\s*,")
#: Sentence-initial inverted cue before a quote: 'Said Wales coach Scott Johnson: "...'
_BEFORE_INVERTED = re.compile(
    r"^\s*(?:Said|Says|Added|Adds|Explained|Continued|Wrote|Writes|Asked)\s+(?P<np>[^:,\"“”]{1,80}?)\s*[:,]\s*$"
)
#: Between two parts of one sentence: '"...," insisted Mr Sener, "will ..."'.
_BEFORE_MID_INVERTED = re.compile(rf"^\s*,?\s*(?:{CUE})\s+(?P<np>[^,:;\"“”]{{1,60}}?)\s*,\s*$")
_CUE_RE = re.compile(rf"\b(?P<cue>{CUE})\b")
#: What may sit between a reporting verb and the quote it introduces ("said simply:", "told him that").
_TAIL_PLAIN = re.compile(
    r"^\s*(?:(?:[a-z]+ly|only|simply|just|merely|again|also|later|then|afterwards|today|yesterday|recently|"
    r"him|her|them|us|me|reporters|journalists)\s*,?\s*)*(?:that\b)?\s*[:,]?\s*$"
)
_TAIL_PREP = re.compile(
    r"^\s+(?:to|in|on|at|of|during|via|with|from|through|before|after|last|this|on|when|while|as|within|"
    r"inside|later|moments|minutes|hours|days)\b"
    r"[^\"“”.;!?]{0,80}?(?:[:,]|\bthat)\s*$"
)
_TAIL_TELL = re.compile(
    r"^\s+(?:to\s+)?(?P<addr>(?:(?!\b(?:that|there|it|he|she|they|we|I|you|this|his|her|their)\b)"
    r"[^\"“”.;!?:,]){1,80}?)"
    # "told a radio station on her way to the airport:": where or when it was said
    r"(?:\s+(?:on|in|at|during|from|after|before|via|over)\s+[^\"“”.;!?:,]{1,60}?)?(?:\s+that)?\s*[:,]?\s*$"
)
#: A colon lead-in opening with a titled name and a verb ("Mr Dean is confident though:").
_TITLED_LEAD = re.compile(
    rf"\s*(?:(?i:{'|'.join(speech.LEADING_CONNECTIVES)})\s+)?(?P<name>(?:{HONORIFICS})\.?\s+[A-Z][\w'’\-]+"
    r"(?:\s+[A-Z][\w'’\-]+)?)\s+(?:[a-z]+ly\s+)?(?:is|was|has|had|remains|remained|seems|seemed|sounds|sounded|[a-z]+ed|[a-z]+s)\b"
)
_BULLET_LEAD = re.compile(r"^\s*[-–—•*]\s*(?P<np>[^\"“”,;:.!?]{2,60}?)\s*$")
_PARTICIPLES = frozenset(v[3] for v in speech.REPORTING_VERBS) | {
    p for p in speech.REPORTING_PHRASES if p.split()[0].endswith("ing")}


def attribute_before(ctx: QuoteContext, site: QuoteSite, prev: Attribution | None) -> tuple[Attribution | None, bool]:
    """(attribution, whether the text right before the quote introduces it)."""
    fixed = _before_fixed_form(ctx, site.pre_lo, site.pre, prev)
    if fixed is not None:
        return fixed
    last = None
    for c in _CUE_RE.finditer(ctx.masked, site.pre_lo, site.part.open_mark):
        if last is None or not PERFECT_ADD.search(ctx.masked, max(site.pre_lo, c.start() - 6), c.end()):
            last = c  # not 'X said Republicans had added "..."': the act of a clause X reports
    if last is None:
        return _before_without_verb(ctx, site, prev)
    return _before_verb(ctx, site, last, prev)


def _before_fixed_form(ctx: QuoteContext, pre_lo: int, pre: str,
                       prev: Attribution | None) -> tuple[Attribution | None, bool] | None:
    """'According to X, "...', 'According to X, the plan is "..."', 'Said coach X: "...'."""
    m = _BEFORE_ACCORDING.search(pre)
    if m:
        s = pre_lo + m.start("np")
        e = s + len(m.group("np").rstrip())
        through = _source_then_speaker(ctx, s, e, prev)
        if through is not None:
            return through, True
        spk, surf, typ = resolve_np(ctx, s, e, s, prev)
        return Attribution(spk, surf, "according to", None, rules.BEFORE_ACCORDING_TO, typ), True
    m = ACCORDING_CLAUSE.search(pre)
    if m and not _CUE_RE.search(ctx.masked, pre_lo, pre_lo + m.start()):
        # not 'X told colleagues, according to two people present, that ...': X speaks
        s = pre_lo + m.start("np")
        spk, surf, typ = resolve_np(ctx, s, s + len(m.group("np").rstrip()), s, prev)
        if surf is not None:
            return Attribution(spk, surf, "according to", None, rules.SENTENCE_ACCORDING_TO, typ), False
    m = _BEFORE_INVERTED.match(pre) or _BEFORE_MID_INVERTED.match(pre)
    if m:
        s = pre_lo + m.start("np")
        spk, surf, typ = resolve_np(ctx, s, pre_lo + m.end("np"), s, prev)
        cue = pre[m.start():m.start("np")].strip(" ,").lower()
        return Attribution(spk, surf, cue, None, rules.BEFORE_SAID_NAME, typ), True
    return None


#: The reporting verb closing "According to X the minister said:" (no comma after the source).
_CUE_AT_END = re.compile(rf"\s+(?:{ADV}\s+)?(?P<cue>{CUE})(?:\s+{ADV})?\s*$")
_SUBJECT_OPENER = re.compile(r"\s(?=(?:the|a|an|his|her|its|their|he|she|they|it)\s)", re.IGNORECASE)


def _source_then_speaker(ctx: QuoteContext, s: int, e: int, prev: Attribution | None) -> Attribution | None:
    """'According to Mr Lee the minister said: "..."': the source ``body[s:e]`` runs, without a
    comma, into the subject of a reporting verb; that subject speaks, the source is the addressee.
    The subject starts after the source's mention, else at the first article or pronoun after
    the source's first word. None when no reporting verb ends the phrase."""
    c = _CUE_AT_END.search(ctx.masked, s, e)
    if c is None:
        return None
    cut = c.start()
    head = [mm for mm in ctx.overlapping(s, cut) if mm.char_start - s <= 4]  # "Mr Lee", "the BBC"
    if head and head[0].char_end < cut:
        sub_s = head[0].char_end
    else:
        o = _SUBJECT_OPENER.search(ctx.masked, s + 1, cut)
        if o is None:
            return None
        sub_s = o.end()
    if not ctx.masked[sub_s:cut].strip():
        return None
    source = ctx.body[s:sub_s].strip()
    spk, surf, typ = resolve_np(ctx, sub_s, cut, c.start("cue"), prev)
    return Attribution(spk, surf, c.group("cue"), source, rules.THROUGH_SOURCE, typ)


def _before_without_verb(ctx: QuoteContext, site: QuoteSite,
                         prev: Attribution | None) -> tuple[Attribution | None, bool]:
    """A lead-in without a reporting verb: a colon, or a list item naming its speaker."""
    pre_lo, pre = site.pre_lo, site.pre
    if pre.rstrip().endswith(":"):
        return colon_attr(ctx, pre_lo, site.part.open_mark, prev), True
    b = _BULLET_LEAD.match(pre)
    if b:
        # '- Newcastle boss Graeme Souness "We deserved the win."': a list item naming its speaker
        s0 = pre_lo + b.start("np")
        spk, surf, typ = resolve_np(ctx, s0, pre_lo + b.end("np"), s0, prev)
        if spk is not None:
            return Attribution(spk, surf, None, None, rules.BEFORE_COLON, typ), True
    return None, False


def _before_verb(ctx: QuoteContext, site: QuoteSite, last: re.Match[str],
                 prev: Attribution | None) -> tuple[Attribution | None, bool]:
    """'Smith said: "', 'He told reporters "', 'He praised the team, adding: "'."""
    pre_lo, open_mark = site.pre_lo, site.part.open_mark
    cue = last.group("cue")
    tail = ctx.masked[last.end():open_mark]
    if _TAIL_PLAIN.match(tail) or _TAIL_PREP.match(tail):
        addressee = addressee_after(ctx, cue, last.end(), open_mark)
    elif cue in speech.TELL_VERBS and (mt := _TAIL_TELL.match(tail)):
        addressee = _cut_addressee(ctx, last.end() + mt.start("addr"), last.end() + mt.end("addr"))
    else:
        return None, False
    rule: str | None = None
    if cue in _PARTICIPLES:
        # "He praised the team, adding: ..." -> subject of the sentence, also when a quote
        # stands earlier in it ('Ruiz called it "a gift", adding: ...')
        sub = with_subject(ctx, pre_lo, last.start())  # "..., with coach Ana Ruiz adding: ..."
        if sub is None:
            sub = first_subject(ctx, pre_lo, last.start())
        sent_lo = ctx.sentence_start(site.block_lo, pre_lo)
        first_quote = ctx.masked.find("_", sent_lo, pre_lo)
        if sub is None and first_quote > sent_lo:
            sub = first_subject(ctx, sent_lo, first_quote)
        if sub is not None and cue in speech.TELL_VERBS and _TOLD_PRONOUN.match(tail):
            sub = _teller_in_complement(ctx, sub, last.start()) or sub
        rule = rules.BEFORE_PARTICIPLE
    elif COORDINATED.search(ctx.masked, max(pre_lo, last.start() - 30), last.start()):
        sub = clause_subject(ctx, pre_lo, last.start())  # "Ms Ruiz praised the police and said:"
        sent_lo = ctx.sentence_start(site.block_lo, pre_lo)
        if sub is None and sent_lo < pre_lo:
            # 'X conceded there were "grey areas" but said "...": the clause began before a quote
            sub = first_subject(ctx, sent_lo, last.start())
    else:
        sub = subject_span(ctx, pre_lo, last.start())
    if sub is None:
        return Attribution(None, None, cue, addressee, rule or rules.BEFORE_NAME_SAID), True
    spk, surf, typ = resolve_np(ctx, sub[0], sub[1], last.start(), prev)
    if rule is None:
        pronoun = surf and surf.lower() in speech.SUBJECT_PRONOUNS
        rule = rules.BEFORE_PRONOUN_SAID if pronoun else rules.BEFORE_NAME_SAID
    return Attribution(spk, surf, cue, addressee, rule, typ), True


#: "telling him to", "telling her that": the one told is a person named before, not the teller.
_TOLD_PRONOUN = re.compile(r"\s+(?:him|her)\s+(?:to|that)?\s*$")
#: "said that Mr Brandt ordered": a reporting verb, then the subject of the clause it reports and its verb.
_REPORTED_CLAUSE = re.compile(rf"\b(?:{CUE})\s+(?:that\s+)?(?:(?:{HONORIFICS})\.?\s+)?$")


def _teller_in_complement(ctx: QuoteContext, sub: tuple[int, int], cue_at: int) -> tuple[int, int] | None:
    """'Orton has said that Mr Brandt ordered changes, telling him to "..."': when the sentence's
    subject reports a clause whose subject is another person acting, "telling him" is that
    person telling the subject; the teller speaks. None when no person opens a reported clause
    between the subject and the participle ('Orton said the board met, telling him to')."""
    for mm in ctx.persons_between(sub[1], cue_at):
        if (mm.local_name != ctx.body[sub[0]:sub[1]] and _REPORTED_CLAUSE.search(ctx.masked, sub[1], mm.char_start)
                and re.match(r"\s+(?:had\s+|has\s+)?[a-z]+ed\b", ctx.masked[mm.char_end:cue_at])):
            return mm.char_start, mm.char_end
    return None


def colon_attr(ctx: QuoteContext, pre_lo: int, open_mark: int, prev: Attribution | None) -> Attribution | None:
    """A colon lead-in without a reporting verb: '- Blackburn boss Mark Hughes: "..."' (the
    lead-in is a name) or 'He also criticised the plan: "..."' (its clause opens with a
    pronoun or a name)."""
    seg = ctx.masked[pre_lo:open_mark]
    colon = pre_lo + seg.rstrip().rfind(":")
    lead = ctx.masked[pre_lo:colon]
    s = pre_lo + len(lead) - len(lead.lstrip(" -–—•*"))
    if count_words(ctx.masked[s:colon]) <= 8 and "," not in ctx.masked[s:colon]:
        spk, surf, typ = resolve_np(ctx, s, colon, s, prev)
        if spk is not None and surf is not None:
            return Attribution(spk, surf, None, None, rules.BEFORE_COLON, typ)
    sub = first_subject(ctx, s, colon)
    if sub is None:
        # "Mr Dean is confident though:": a titled name no mention covers opens the clause
        named = _TITLED_LEAD.match(ctx.masked, s, colon)
        sub = (named.start("name"), named.end("name")) if named else None
    if sub is None or sub[0] - s > 12:
        return None
    spk, surf, typ = resolve_np(ctx, sub[0], sub[1], sub[0], prev)
    if spk is None:
        return None
    return Attribution(spk, surf, None, None, rules.BEFORE_COLON, typ)


# --------------------------------------------------------------------------- addressee

_ADDRESSEE = re.compile(
    r"^\s+(?:to\s+)?(?P<addr>(?!(?:that|it|in|on|at|of|for|with|by|and|but|as|about|last|this)\b)"
    r"[^,.;:!?\"“”()]{1,80}?)"
    r"(?=\s*(?:[,.;:!?\"“”()]|$)|\s+(?:that|on|in|at|last|this|yesterday|today|earlier|after|before|when|"
    r"while|during|as|about|following|via|by|from|for|over|ahead|recently|and|there|it|he|she|they|we|"
    r"I|you|his|her|their|its|this|these|those)\b)"
)
_TO_ADDRESSEE = re.compile(
    r"^\s+to\s+(?P<addr>[^,.;:!?\"“”()]{1,60}?)"
    r"(?=\s*(?:[,.;:!?\"“”()]|$)|\s+(?:that|on|in|at|last|this|after|before|about)\b)"
)
_INTERVIEW_WITH = re.compile(
    r"\bin an? (?:interview|conversation|call) with (?P<addr>[^,.;:!?\"“”()]{1,60}?)"
    r"(?=\s*(?:[,.;:!?\"“”()]|$)|\s+(?:on|in|at|last|this|after|before)\b)"
)
_LOWER_WORD_AFTER_SPACE = re.compile(r"\s[a-z]")
_POSSESSIVE_S = re.compile(r"['’]s\b")


def addressee_after(ctx: QuoteContext, cue: str, after: int, hi: int) -> str | None:
    """Whom the speaker addressed, right after the verb ("told reporters", "said to X")."""
    text = ctx.body[after:min(hi, after + 120)]
    m = None
    if cue in speech.TELL_VERBS:
        m = _ADDRESSEE.match(text)
    if m is None:
        m = _TO_ADDRESSEE.match(text)
    if m is None:
        m = _INTERVIEW_WITH.search(text[:80])
    if m is None:
        return None
    return _cut_addressee(ctx, after + m.start("addr"), after + m.end("addr"))


def _cut_addressee(ctx: QuoteContext, s: int, e: int) -> str | None:
    """The addressee phrase, cut after a leading name when the clause runs on into another
    capitalised word ("told BBC News US policy ..." -> "BBC News"; but "BBC Sport", "BBC Radio
    4's Today programme" stay whole)."""
    for mm in ctx.overlapping(s, e):
        if mm.char_start - s <= 4 and mm.char_end < e:
            rest = ctx.body[mm.char_end:e]
            if (rest[:1] == " " and rest[1:2].isupper() and _LOWER_WORD_AFTER_SPACE.search(rest)
                    and not _POSSESSIVE_S.search(rest)):
                e = mm.char_end
            break
    return ctx.body[s:e].strip() or None
