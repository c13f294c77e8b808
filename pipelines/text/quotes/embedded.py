"""Who said a quote embedded in a sentence, read from the rest of the sentence.

A reporting or characterising verb earlier in the sentence (``X called the move "..."``,
``was described by X as``, ``The aim, says X, is "..."``), a sentence-final attribution
(``..., WPP said.``) or a quoted verb right after its subject (``A spokesman "totally
refuted" the claims``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipelines.text.lexicon import speech
from pipelines.text.quotes import rules
from pipelines.text.quotes.attribution import ACCORDING_CLAUSE, QuoteSite, addressee_after, attribute_before
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.patterns import (
    ADV, ANY_CUE, ANY_CUE_RE, AUXILIARY, CLAUSE_WORDS, COORDINATED, CUE, NOT_NP_END, PERFECT_ADD, alt,
)
from pipelines.text.quotes.pronouns import pronoun_target
from pipelines.text.quotes.orgs import ORG_NOUN_PHRASE
from pipelines.text.quotes.speakers import Attribution, resolve_np
from pipelines.text.quotes.subjects import clause_subject, first_subject, relative_antecedent, subject_span, with_subject

#: A sentence-final attribution ("..., WPP said."); also read by ``carry``.
FINAL_ATTR = re.compile(
    rf",\s*(?P<np>(?!(?:{CLAUSE_WORDS})\b)[^\s,;:!?\"“”][^,;:!?\"“”]{{0,79}}?){NOT_NP_END}\s+"
    rf"(?:{ADV}\s+){{0,2}}(?P<cue>{CUE})\b"
    r"(?P<tail>\s+(?:in|on|at|to|during|via|after|before|last|this|yesterday|today|earlier|recently|"
    r"previously|later)\b[^,;:!?\"“”]{0,60})?\s*$"
)
#: "..., said Ana Ruiz[, the bank's chief economist]", "..., says a senior party spokesman".
_FINAL_INVERTED = re.compile(
    rf",\s*(?P<cue>{CUE})\s+(?P<np>[A-Z][^,;:!?\"“”]{{0,60}}|(?:the|a|an) [^,;:!?\"“”]{{1,60}})"
    r"(?:,\s*[^,;:!?\"“”_]{1,80})?$"
)
#: "by <agent>" right after a passive reporting verb ("was described by Jobs as").
_AGENT = re.compile(
    r"\s+by\s+(?P<np>[^,;:\"“”()_]{1,60}?)(?=\s+as\b|\s*[,;:]|\s+(?:in|on|at|to|during|only|that|about|when|after|before)\b)"
)
#: ", says BT," after a subject: a parenthetical inverted attribution.
_PARENTHETICAL = re.compile(
    r"\s+(?P<np>(?!(?:in|on|at|to|during|via|after|before|by|with|from|for|that|it|last|this|yesterday|today)\b)"
    r"[^,;:\"“”()_]{1,60}?)\s*,"
)
#: Verbs written before their speaker in a parenthetical ("The idea, says BT, is"), not "told".
_INVERTED_CUES = speech.VERBS_BEFORE_SPEAKER | {v[2] for v in speech.REPORTING_VERBS if v[1] in speech.VERBS_BEFORE_SPEAKER}
#: A word that makes the following cue a noun ("some reports", "the claims").
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|some|many|these|those|its|his|her|their|our|my|your|media|press|news|new|recent|latest|"
    r"further|other|such|no|any|all|both|several|earlier|first|final|official|(?<=\w['’])s)\s+$",
    re.IGNORECASE,
)
#: Before a past form only a determiner makes it an adjective ("the reported deal"); "media
#: said", "an official said" stay verbs.
_DET_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|my|your|no|any|some|such|this|that)\s+$", re.IGNORECASE)
#: "agreed to release", "promised to cut": an infinitive right after a verb.
_INFINITIVE_AFTER = re.compile(
    rf"\s+to\s+(?!(?:{alt(speech.DETERMINERS | speech.OBJECT_PRONOUNS)})\b)[a-z]+\b(?!['’])"
)
#: What makes a bare base form a verb: "to call", "they call".
_BARE_VERB_BEFORE = re.compile(r"\b(?:to|they|we|you|I)\s+$")
_PAST = re.compile(r"(?:ed|said|told|wrote|spoke of|spoke about|forecast)$")
#: A quote opening with a finite verb (after adverbs): the predicate of the subject before it.
_QUOTED_PREDICATE = re.compile(
    r"(?:(?:[a-z]+ly|not|never|also|still|had|has|have)\s+){0,2}"
    rf"(?P<verb>{ANY_CUE}|refuted|refutes|rejected|rejects|congratulated|congratulates|thanked|thanks|"
    r"apologised|apologized|apologises|apologizes|blamed|blames|attacked|attacks|questioned|questions|"
    r"regretted|regrets|deplored|deplores|ridiculed|mocked|derided|decried|vowed|pledged)\b"
)
#: Words that make a would-be subject a clause ("Stiller and Jackson would be playing").
_NOT_IN_NP = re.compile(
    r"\b(?:is|are|was|were|be|been|being|would|will|has|have|had|can|could|should|may|might|must|"
    r"do|does|did|that|because|if|when|while|[a-z]+ing)\b(?<!\bthing)(?<!\bking)"
)
#: Common nouns naming someone who can speak ("a spokesman", "the ministry", "officials").
#: A passive verb of speech or stance before a quote ("was called a", "has been branded").
_PASSIVE = re.compile(
    rf"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:{ADV}\s+)?(?:{alt(speech.PASSIVE_SPEECH_VERBS)})\b"
)
#: The agent after the quotes of a passive sentence ("... by North Korea last year.").
_AGENT_STOP = (r"(?=\s*(?:[,;:!?.(]|$)|\s+(?:last|this|on|in|at|during|after|before|when|while|yesterday|today|"
               r"earlier|who|which|as|because|for|over)\b)")
_AGENT_AFTER = re.compile(r"\bby\s+(?P<np>(?:the\s+)?[^\s,;:!?\"“”()_][^,;:!?\"“”()_]{0,59}?)" + _AGENT_STOP)
#: The rest of an agent after an abbreviation's full stop ("by Rep. Curtis Holm").
_AGENT_MORE = re.compile(r"[^,;:!?.\"“”()_]{1,60}?" + _AGENT_STOP)
_ABBREVIATIONS = frozenset(speech.ABBREVIATIONS)
#: A possessive then a noun for something said, right before the quote ("Moreau's call for a").
_POSSESSIVE_CUE = re.compile(
    rf"['’]s\s+(?:[a-z]+\s+)?(?:{alt(speech.SPEECH_NOUNS)})\b,?(?:\s+(?:for|of|to|that|on|about|against))?"
    r"(?:\s+[^\s_;:.!?]+){0,3}\s*$"
)
#: "his insistence that the terms were", "her admission that she": a pronoun owning the speech noun.
_PRONOUN_POSSESSIVE_CUE = re.compile(
    rf"\b(?P<p>[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?(?P<cue>{alt(speech.SPEECH_NOUNS)})\b"
    r"(?:\s+(?:for|of|to|that|on|about|against))?(?:\s+[^\s_;:.!?]+){0,5}\s*$"
)
#: A noun for something said, then a copula right before the quote: 'his remarks were "gentle
#: teasing"' says what the remarks were (someone's description of them), not what their owner said
#: (but 'the company's argument that the fine was "unfair"' is the company's).
_COPULA_BEFORE = re.compile(rf"\b(?:{alt(speech.SPEECH_NOUNS)})\s+(?:(?:has|have|had)\s+been|is|are|was|were)\s*$")
#: The speech noun right before the quote, nothing after it ("GM's argument "has no legs"").
_NOUN_RIGHT_BEFORE = re.compile(rf"\b(?:{alt(speech.SPEECH_NOUNS)})\s*$")
#: A quote opening with a finite auxiliary: a predicate of what stands before it.
_PREDICATE_OPENING = re.compile(r"(?:has|have|had|is|are|was|were|will|would|could|can|should|must|may|might|does|did)\b")
_KIND_OWNER = re.compile(rf"\b(?:{ORG_NOUN_PHRASE.pattern})$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}$")
_SPEAKER_NOUN = re.compile(
    r"\b(?:spokes(?:man|woman|person|people)|officials?|ministers?|ministry|government|minister|"
    r"statement|chief|boss|director|manager|coach|president|chairman|chairwoman|leader|leaders|union|"
    r"group|party|company|firm|bank|council|committee|agency|department|court|judge|lawyer|police|"
    r"prosecutors?|critics|analysts|campaigners|aides?|sources?)\b",
    re.IGNORECASE,
)


def attribute_final(ctx: QuoteContext, site: QuoteSite, prev: Attribution | None) -> Attribution | None:
    """Sentence-final attribution after a partial quote: '... "very favourable" ..., WPP said.',
    also past a later quote in the sentence ('X should "stick to his guns" over his "Nazi"
    remark, Tory MP Y has insisted.')."""
    post, post_at = site.post, site.post_at
    stop = ctx.terminators(site.post_at, site.hi)
    end = stop[0] if stop else site.hi
    if site.part.close_mark is not None and post_at + len(post) < end and "_" in ctx.masked[post_at:end]:
        post = ctx.masked[post_at:end].rstrip(" .!?")  # the rest of the sentence, later quotes masked
    m = FINAL_ATTR.search(post)
    if m:
        s, e = post_at + m.start("np"), post_at + m.end("np")
        spk, surf, typ = resolve_np(ctx, s, e, post_at + m.start("cue"), prev)
        if surf is not None and len(surf.split()) <= 8:
            return Attribution(spk, surf, m.group("cue"), None, rules.SENTENCE_FINAL_SAID, typ)
    m = _FINAL_INVERTED.search(post)
    if m and not AUXILIARY.search(m.group("np")):  # not ', said the deal would double ...'

        s, e = post_at + m.start("np"), post_at + m.end("np")
        spk, surf, typ = resolve_np(ctx, s, e, s, prev)
        if surf is not None:
            return Attribution(spk, surf, m.group("cue"), None, rules.SENTENCE_FINAL_SAID, typ)
    return None


def attribute_quoted_verb(ctx: QuoteContext, site: QuoteSite, prev: Attribution | None) -> Attribution | None:
    """A quoted verb phrase right after its subject: 'A spokesman "totally refuted" the claims',
    'the Pro-Life Alliance "congratulated" him'. The subject must name somebody (a mention, a
    capitalised name, or a mouthpiece noun such as "a spokesman")."""
    v = _QUOTED_PREDICATE.match(site.text)
    if not v:
        return None
    open_mark = site.part.open_mark
    sub = subject_span(ctx, site.pre_lo, open_mark)
    if sub is None or ctx.masked[sub[1]:open_mark].strip():
        return None
    seg = ctx.masked[sub[0]:sub[1]]
    words = seg.split()
    if (len(words) > 8 or ANY_CUE_RE.search(seg) or _NOT_IN_NP.search(seg)
            or (len(words) > 1 and words[0].lower() in speech.SUBJECT_PRONOUNS)
            or words[-1].lower() in speech.DETERMINERS):
        return None
    spk, surf, typ = resolve_np(ctx, sub[0], sub[1], sub[1], prev)
    if surf is None or surf.lower() in speech.SUBJECT_PRONOUNS:
        return None
    if typ not in ("PERSON", "ORG", "GPE") and not _SPEAKER_NOUN.search(surf):
        return None
    return Attribution(spk, surf, v.group("verb"), None, rules.SENTENCE_QUOTED_VERB, typ)


def attribute_in_sentence(ctx: QuoteContext, sent_lo: int, open_mark: int,
                          prev: Attribution | None) -> Attribution | None:
    """A reporting verb earlier in the sentence governs an embedded fragment.

    The main clause comes first in news sentences ("Smith said the deal, which he said was
    ..., was 'dead'"), so the first verb whose subject can be read wins; a verb with an
    elided subject ("... and labelled him a 'hypocrite'") falls through to the next one. A
    passive agent ("was described by Jobs as") or a parenthetical ("The idea, says BT, is")
    names the speaker after the verb.
    """
    cues = [c for c in ANY_CUE_RE.finditer(ctx.masked, sent_lo, open_mark)
            if not (_DET_BEFORE if _PAST.search(c.group("cue")) else _NOUN_BEFORE).search(
                ctx.masked, max(sent_lo, c.start() - 12), c.start())
            and not _agentless_passive(ctx, sent_lo, open_mark, c)
            and not (c.group("cue") in speech.BARE_STANCE_FORMS
                     and not _BARE_VERB_BEFORE.search(ctx.masked, max(sent_lo, c.start() - 6), c.start()))]
    if not cues:
        return None
    # "X told MPs that the US had agreed to release them after '...'": a verb taking an
    # infinitive reports what its subject did, not words; the teller before it speaks
    # ("X said Republicans had added "poison pills"": a perfect "had added" is an act too)
    cues = cues[:1] + [c for c in cues[1:] if not _INFINITIVE_AFTER.match(ctx.masked, c.end(), open_mark)
                       and not PERFECT_ADD.search(ctx.masked, max(sent_lo, c.start() - 6), c.end())]
    agent = _speaker_after_verb(ctx, sent_lo, open_mark, cues[-1])
    if agent is not None and cues[-1].group("cue").endswith("ed"):
        s, e = agent.start("np"), agent.end("np")
        spk, surf, typ = resolve_np(ctx, s, e, s, prev)
        if spk is None:  # "... - described by one civil service union as a '...'": that agent, unnamed
            return Attribution(None, surf, cues[-1].group("cue"), None, rules.SENTENCE_NAME_SAID)
    # the last verb with a named subject ("..., although Bourne admitted he was 'devastated'"),
    # else the first verb with any subject ("Mr Lee said that if he said things that were 'x'")
    named = _named_sentence_attr(ctx, sent_lo, open_mark, cues, prev)
    if named is not None:
        return named
    for c in cues:
        cue = c.group("cue")
        after = _speaker_after_verb(ctx, sent_lo, open_mark, c)
        if after is not None:
            s, e = after.start("np"), after.end("np")
            spk, surf, typ = resolve_np(ctx, s, e, s, prev)
            if surf is not None:
                return Attribution(spk, surf, cue, None, rules.SENTENCE_NAME_SAID, typ)
        sub, rule = _verb_subject(ctx, sent_lo, c)
        if sub is None:
            continue
        spk, surf, typ = resolve_np(ctx, sub[0], sub[1], c.start(), prev)
        if surf is None or len(surf.split()) > 10:
            continue
        addressee = addressee_after(ctx, cue, c.end(), open_mark) if cue in speech.TELL_VERBS else None
        return Attribution(spk, surf, cue, addressee, rule, typ)
    return Attribution(None, None, cues[-1].group("cue"), None, rules.SENTENCE_NAME_SAID)


#: How far before a quote the verb of a relative clause governing it is looked for.
RELATIVE_CUE_CHARS = 300


def relative_clause_attr(ctx: QuoteContext, site: QuoteSite, prev: Attribution | None) -> Attribution | None:
    """'Ruiz, who last month called its critics "the party of the closed gate", told MPs ...':
    the quote sits in a relative clause whose verb governs it; the antecedent speaks."""
    open_mark = site.part.open_mark
    sent_lo = ctx.sentence_start(site.block_lo, open_mark)
    last = None
    lo = max(sent_lo, open_mark - RELATIVE_CUE_CHARS)
    if lo > sent_lo:                    # a word's start: a sentence of hundreds of quotes is not read again per quote
        lo = ctx.masked.find(" ", lo, open_mark) + 1 or lo
    for last in ANY_CUE_RE.finditer(ctx.masked, lo, open_mark):
        pass
    if last is None:
        return None
    span = relative_antecedent(ctx, sent_lo, last.start())
    if span is None:
        return None
    spk, surf, typ = resolve_np(ctx, span[0], span[1], last.start(), prev)
    if spk is None:
        return None
    return Attribution(spk, surf, last.group("cue"), None, rules.SENTENCE_NAME_SAID, typ)


def _agentless_passive(ctx: QuoteContext, sent_lo: int, open_mark: int, c: re.Match[str]) -> bool:
    """Whether cue ``c`` is a passive with no agent before the quote ("where his condition is
    described as"): its subject is what was said about, never who said it."""
    passive = _PASSIVE.search(ctx.masked, max(sent_lo, c.start() - 30), c.end())
    return (passive is not None and passive.end() == c.end()
            and _speaker_after_verb(ctx, sent_lo, open_mark, c) is None)


def _named_sentence_attr(ctx: QuoteContext, sent_lo: int, open_mark: int, cues: list[re.Match[str]],
                         prev: Attribution | None) -> Attribution | None:
    """The last of ``cues`` whose subject (or agent) names a speaker."""
    for c in reversed(cues):
        cue = c.group("cue")
        after = _speaker_after_verb(ctx, sent_lo, open_mark, c)
        rule = rules.SENTENCE_NAME_SAID
        if after is not None:
            sub: tuple[int, int] | None = (after.start("np"), after.end("np"))
        else:
            sub, rule = _verb_subject(ctx, sent_lo, c)
        if sub is None:
            continue
        spk, surf, typ = resolve_np(ctx, sub[0], sub[1], c.start(), prev)
        if spk is None or surf is None or surf.lower() in speech.SUBJECT_PRONOUNS:
            continue
        addressee = addressee_after(ctx, cue, c.end(), open_mark) if cue in speech.TELL_VERBS and after is None else None
        return Attribution(spk, surf, cue, addressee, rule, typ)
    return None


def _speaker_after_verb(ctx: QuoteContext, sent_lo: int, open_mark: int, c: re.Match[str]) -> re.Match[str] | None:
    """A speaker named after the verb: a passive agent ("was described by Jobs as") or a
    parenthetical inversion ("The idea, says BT, is")."""
    after = _AGENT.match(ctx.masked, c.end(), open_mark)
    if (after is None and c.group("cue") in _INVERTED_CUES
            and ctx.masked[sent_lo:c.start()].rstrip().endswith(",")):
        after = _PARENTHETICAL.match(ctx.masked, c.end(), open_mark)
    return after


def _verb_subject(ctx: QuoteContext, sent_lo: int, c: re.Match[str]) -> tuple[tuple[int, int] | None, str]:
    """Span of the subject of the reporting verb ``c``, and the rule that reads it."""
    rel = relative_antecedent(ctx, sent_lo, c.start())
    if rel is not None:
        return rel, rules.SENTENCE_NAME_SAID  # "X, who last month called its critics '...', told MPs": X
    if COORDINATED.search(ctx.masked, max(sent_lo, c.start() - 30), c.start()):
        return clause_subject(ctx, sent_lo, c.start()), rules.SENTENCE_NAME_SAID  # "X defended it and admitted ...": X
    if c.group("cue").endswith("ing"):
        absolute = with_subject(ctx, sent_lo, c.start())  # "..., with his coach claiming it was 'x'": the coach
        if absolute is not None:
            return absolute, rules.SENTENCE_WITH_SUBJECT
        return first_subject(ctx, sent_lo, c.start()), rules.SENTENCE_NAME_SAID  # "..., calling it a 'red line'"
    return subject_span(ctx, sent_lo, c.start()), rules.SENTENCE_NAME_SAID


# --------------------------------------------------------------------------- speakers named elsewhere

def through_source(ctx: QuoteContext, site: QuoteSite, prev: Attribution | None) -> tuple[Attribution, bool] | None:
    """'According to a news agency, Wi said that ... "..."': the speaker is the subject of the
    reporting verb after the source, the source becomes the addressee. Returns (attribution,
    whether it introduces the quote), or None when no reporting verb follows the source."""
    open_mark = site.part.open_mark
    m = ACCORDING_CLAUSE.search(ctx.masked, max(0, site.pre_lo - 1), open_mark)  # its look-behind char
    if m is None or not ANY_CUE_RE.search(ctx.masked, m.end(), open_mark):
        return None
    source = ctx.body[m.start("np"):m.end("np")].strip()
    inner, introducer = attribute_before(ctx, replace(site, pre_lo=m.end(), pre=ctx.body[m.end():open_mark]), prev)
    if inner is None or inner.speaker is None:
        inner, introducer = attribute_in_sentence(ctx, m.end(), open_mark, prev), False
    if inner is None or inner.speaker is None:
        return None
    return replace(inner, addressee=inner.addressee or source, rule=rules.THROUGH_SOURCE), introducer


def passive_agent(ctx: QuoteContext, site: QuoteSite, prev: Attribution | None) -> Attribution | None:
    """'... was called a "hypocrite" and a "maniac" by North Korea': the agent after "by",
    anywhere after the quote in its sentence, speaks every quote governed by the passive verb."""
    open_mark = site.part.open_mark
    sent_lo = ctx.sentence_start(site.block_lo, open_mark)
    verb = None
    for verb in _PASSIVE.finditer(ctx.masked, sent_lo, open_mark):
        pass
    if verb is None or site.part.close_mark is None:
        return None
    stop = ctx.terminators(site.part.close_mark, site.hi)
    end = stop[0] if stop else site.hi
    agent = _AGENT_AFTER.search(ctx.masked, site.part.close_mark, end)
    if agent is None:
        return None
    s, e = agent.start("np"), agent.end("np")
    if ctx.masked[e:e + 1] == "." and ctx.masked[s:e].split()[-1] in _ABBREVIATIONS:
        more = _AGENT_MORE.match(ctx.masked, e + 1, end)
        e = more.end() if more is not None else e
    spk, surf, typ = resolve_np(ctx, s, e, s, prev)
    if spk is None:
        return None
    return Attribution(spk, surf, verb.group().split()[-1], None, rules.PASSIVE_AGENT, typ)


#: '"historic", as the president put it,': a parenthetical after the quote naming who said it.
_AS_SAID = re.compile(
    r"[^,;:_\"“”.!?()]{0,40}?,\s+as\s+(?P<np>[^,;:_\"“”.!?()]{1,50}?)\s+"
    rf"(?P<cue>{alt(speech.AS_SAID_PHRASES)})(?=[\s,.;:!?)]|$)"
)


def as_said(ctx: QuoteContext, site: QuoteSite, prev: Attribution | None) -> Attribution | None:
    """'The "historic" agreement, as the president put it, may yet ...': the subject of the
    parenthetical "as X put it/said/called it" right after the quote speaks it."""
    if site.part.close_mark is None:
        return None
    m = _AS_SAID.match(ctx.masked, site.post_at, site.hi)
    if m is None:
        return None
    spk, surf, typ = resolve_np(ctx, m.start("np"), m.end("np"), m.start("cue"), prev)
    if spk is None:
        return None
    return Attribution(spk, surf, m.group("cue"), None, rules.AS_SAID, typ)


#: "(campaigned) on a promise to", "(won) with a pledge of": a noun for something said, right
#: before the quote, that the subject ran or won on.
_SPEECH_NOUN_BEFORE = re.compile(
    rf"\b(?:on|upon|with)\s+(?:a|an|the|this|that|his|her|their|its)\s+(?:[a-z]+\s+)?(?:{alt(speech.SPEECH_NOUNS)})\b"
    r"(?:\s+(?:to|of|for|that|on|about|against))?\s*$"
)


def speech_noun_attr(ctx: QuoteContext, sent_lo: int, open_mark: int, prev: Attribution | None) -> Attribution | None:
    """'Benavides, who campaigned on a promise to "make the world pay", said ...': with no
    reporting verb in the sentence, the subject opening it made the promise, call or pledge
    right before the quote (a person or organisation only)."""
    m = _SPEECH_NOUN_BEFORE.search(ctx.masked, max(sent_lo, open_mark - 80), open_mark)
    if m is None:
        return None
    sub = first_subject(ctx, sent_lo, m.start())
    if sub is None:
        return None
    spk, surf, typ = resolve_np(ctx, sub[0], sub[1], m.start(), prev)
    if surf is None or (spk is None and surf.lower() not in speech.SUBJECT_PRONOUNS) or typ not in ("PERSON", "ORG", None):
        return None
    cue = next(w for w in reversed(m.group().split()) if w in speech.SPEECH_NOUNS)
    return Attribution(spk, surf, cue, None, rules.SPEECH_NOUN, typ)


#: A written thing (or an "it" standing for one) and a verb of finding: "The study found that".
_FINDING = re.compile(
    rf"\b(?P<np>(?i:the|its|their|this|that)\s+(?:[\w'’\-]+\s+){{0,2}}?(?:{alt(speech.DOCUMENT_NOUNS)})|[Ii]t)"
    rf"(?:,[^,;:\"“”]{{1,120}},)?\s+(?:also\s+|had\s+|has\s+)?(?P<cue>{alt(speech.FINDING_VERBS)})\b"
)


def finding_attr(ctx: QuoteContext, sent_lo: int, open_mark: int, prev: Attribution | None) -> Attribution | None:
    """'A study by the Tarn Institute tracked 300 farms. It found yields had "barely moved"':
    with no reporting verb in the sentence, a written thing's finding governs the quote and
    its author speaks (only an author the article gave; a person or organisation)."""
    m = None
    for m in _FINDING.finditer(ctx.masked, sent_lo, open_mark):
        pass
    if m is None:
        return _body_finding(ctx, sent_lo, open_mark)
    s, e = m.start("np"), m.end("np")
    spk, surf, typ = resolve_np(ctx, s, e, m.start("cue"), prev)
    if spk is None or typ not in ("PERSON", "ORG", "GPE", None):
        return None  # (None: a name no mention covers)
    return Attribution(spk, surf, m.group("cue"), None, rules.FINDING, typ)


#: A verb of finding right after the subject ("The Audit Board found").
_FINDING_AFTER = re.compile(rf"\s+(?:also\s+|had\s+|has\s+)?(?P<cue>{alt(speech.FINDING_VERBS)})\b")


#: What makes the object of "found" a clause: "that", or a finite verb before the quote.
_FOUND_CLAUSE = re.compile(r"\b(?:that|is|are|was|were|had|has|have|would|will|could|should|may|might|must|[a-z]{3,}ed)\b")


def _body_finding(ctx: QuoteContext, sent_lo: int, open_mark: int) -> Attribution | None:
    """'The Audit Board found the scheme was "badly flawed"': an organisation opening the
    sentence finds what the quote says; it speaks (rule ``quote.sentence.finding``)."""
    sub = first_subject(ctx, sent_lo, open_mark)
    if sub is None:
        return None
    v = _FINDING_AFTER.match(ctx.masked, sub[1], open_mark)
    ment = next((mm for mm in ctx.overlapping(*sub) if (mm.char_start, mm.char_end) == sub), None)
    if v is None or ment is None or ment.type != "ORG" or not _FOUND_CLAUSE.search(ctx.masked, v.end(), open_mark):
        return None  # not "Police found the van "burnt out"": what it found is a thing, not a clause
    return Attribution(ment.local_name, ment.surface, v.group("cue"), None, rules.FINDING, "ORG")


def _pronoun_possessive_cue(ctx: QuoteContext, sent_lo: int, open_mark: int) -> Attribution | None:
    """'Salgado backs the deal, though his insistence that the terms were "never on the table"
    ...': the person the possessive pronoun names."""
    m = _PRONOUN_POSSESSIVE_CUE.search(ctx.masked, sent_lo, open_mark)
    if m is None or _COPULA_BEFORE.search(m.group()):
        return None
    ment = pronoun_target(ctx, m.start(), "he" if m.group("p").lower() == "his" else "she")
    if ment is None:
        return None
    return Attribution(ment.local_name, m.group("p"), m.group("cue"), None, rules.POSSESSIVE_CUE, "PERSON")


def possessive_cue(ctx: QuoteContext, site: QuoteSite) -> Attribution | None:
    """'Moreau's call for "a fresh start"': the possessor of a noun for something said."""
    open_mark = site.part.open_mark
    sent_lo = ctx.sentence_start(site.block_lo, open_mark)
    m = _POSSESSIVE_CUE.search(ctx.masked, sent_lo, open_mark)
    if m is None:
        return _pronoun_possessive_cue(ctx, sent_lo, open_mark)
    if _NOUN_RIGHT_BEFORE.search(m.group()) and _PREDICATE_OPENING.match(site.text) or _COPULA_BEFORE.search(m.group()):
        return None  # 'saying GM's argument "has no legs"', 'Hale's remarks were "teasing"': said of the words
    owner = [mm for mm in ctx.overlapping(max(sent_lo, m.start() - 80), m.start())
             if mm.char_end == m.start() and mm.type in ("PERSON", "ORG", "GPE")]
    cue = ctx.masked[m.start() + 2:m.end()].split()[0].rstrip(",")
    if owner:
        mm = owner[-1]
        return Attribution(mm.local_name, mm.surface, cue, None, rules.POSSESSIVE_CUE, mm.type)
    name = (_NAME_BEFORE.search(ctx.masked, max(sent_lo, m.start() - 60), m.start())
            or _KIND_OWNER.search(ctx.masked, max(sent_lo, m.start() - 60), m.start()))  # "the company's argument"
    if name is None:
        return None
    spk, surf, typ = resolve_np(ctx, name.start(), name.end(), name.start(), None)
    if spk is None:
        return None
    return Attribution(spk, surf, cue, None, rules.POSSESSIVE_CUE, typ)
