"""The kind of a quote: ``direct``, ``partial`` or ``term``, decided with its attribution.

``direct``: a clause or sentence of speech (the quote starts its sentence or follows an
introducer such as ``said:``, ``told X that``, ``According to X,``). ``partial``: a fragment
embedded in a sentence that reports speech (a reporting verb in the sentence or an
attribution after it), a long embedded fragment, or a short or noun-phrase object of a bare
verb (``said "no"``, ``promised "the best campaign ever"``); also the complement of a verb
that characterises words (``called the move "..."``) and a quoted verb right after a
nameable subject (``A spokesman "totally refuted" the claims``). ``term``: a short embedded
quote with no reporting verb, a quoted name modifying a noun (``the "one-China"
principle``, unless it evaluates: ``a "firm but fair" policy`` is partial), a Title Case
name or title (``the film "Dark Water"``), anything after ``so-called``, ``dubbed``, ``known
as``..., and a phrase cited from a document nobody is saying.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pipelines.records import QuoteKind
from pipelines.text.quotes import rules
from pipelines.text.quotes.attribution import QuoteSite, attribute_after, attribute_before, read_site
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.embedded import (
    as_said, attribute_final, attribute_in_sentence, attribute_quoted_verb, passive_agent, possessive_cue,
    finding_attr, relative_clause_attr, speech_noun_attr, through_source,
)
from pipelines.text.quotes.marks import Block, QuotePart
from pipelines.text.quotes.patterns import CUE, count_words
from pipelines.text.quotes.speakers import Attribution

#: What names a term right before it ("so-called", "dubbed", "the slogan").
_NAMING = re.compile(
    r"(?:\bso[- ]called|\bdubbed|\bnicknamed|\bknown as|\bentitled|\btitled|\bnamed|\bcalled itself|"
    r"\blabell?ed as(?: either)?|\bbilled as|\bmarketed as|\breferred to as|\bbranded as|\bmarked as|"
    r"\bthe (?:term|word|phrase|slogan|motto|label|name|hashtag|title|words)|\bbrand name|\bcodenamed|"
    r"\bcode-named)\s*,?\s*$",
    re.IGNORECASE,
)

#: A noun after a short quote that makes the quote the name of a policy, plan or label.
_TERM_HEAD = re.compile(
    r"\s+(?:principles?|polic(?:y|ies)|strateg(?:y|ies)|initiatives?|campaigns?|doctrines?|programmes?|"
    r"programs?|schemes?|projects?|operations?|movements?|agendas?|concepts?|theor(?:y|ies)|labels?|"
    r"status|zones?|era|awards?|prizes?|categor(?:y|ies)|brands?|slogans?|mottos?|hashtags?|formula|"
    r"clauses?|mechanisms?|frameworks?|model|approach|system|tax|bill|act|rules?|list)\b"
)

#: An evaluation rather than a name: 'the "unfair and inhumane" system', 'a "firm but fair" policy'.
_EVALUATIVE = re.compile(
    r"\b(?:and|but|or|not|too|very|so|more|most|less)\b|"
    r"\b[a-z]+(?:ly|al|ful|ous|ive|able|ible|ic|ish|less|ent|ant|ed)$|"
    r"\b(?:fair|unfair|rigid|good|bad|great|poor|weak|strong|tough|soft|hard|wrong|right|cruel|mad|sad|"
    r"absurd|stupid|silly|crazy|dire|grim|lax|harsh|unjust|unfit|unsafe|clear|huge|vast)$"
)

#: A Title Case quote ("Dark Water", "Best Actor", "The Quiet Harbour of the North").
_TITLE = re.compile(
    r"(?:[A-Z0-9][\w'’\-&.]*)(?:[\s:,]+(?:[A-Z0-9][\w'’\-&.]*|of|the|and|a|an|in|on|for|to|at|with|from|or|&))"
    r"{0,7}(?<![.,:])"
)

_CUE_RIGHT_AFTER = re.compile(rf"\s*,?\s*(?:{CUE})\b")

#: A quoted modifier that reads as a name: capitalised, hyphenated or with digits.
_NAME_LIKE = re.compile(r"[A-Z0-9]|\w-\w")

_CAP_OR_DIGIT = re.compile(r"[A-Z0-9]")

#: A quote opening with a determiner or preposition in lower case is a phrase, not a clause.
_FRAGMENT_START = re.compile(r"(?:the|a|an|to|of|for|in|on|at|with|by|from|as|more|most|very|too)\s")

_THAT_END = re.compile(r"\bthat$")

#: An auxiliary or common verb early in a quote makes it a clause ("the reform is overdue").
_EARLY_VERB = re.compile(
    r"\b(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had|do|does|did|"
    r"remains?|seems?|looks?|needs?|means?|makes?|shows?)\b|['’](?:s|re|ll|ve|d)\b"
)

#: A lowercase content word right after a short quote: the quote modifies a noun.
_MODIFIER_USE = re.compile(
    r"^\s(?!(?:the|a|an|and|or|but|nor|to|of|in|on|at|for|with|by|from|as|that|which|who|whom|is|was|"
    r"were|are|be|been|being|will|would|could|should|can|may|might|must|has|have|had|do|does|did|"
    r"not|no|so|than|then|if|because|while|when|where|after|before|over|under|into|onto|about|"
    r"against|between|during|since|until|within|without|through|says?|said|told|added|he|she|it|"
    r"they|we|i|you|his|her|its|their|our|my|your|this|these|those|also|only|even|just|too|very|"
    r"said|according|amid|despite|toward|towards|around|across|along|behind|beyond|via|per|like|"
    r"unlike|up|down|out|off|again|yet|still|already|being|having|either|neither)\b)[a-z][a-z\-]+\b"
)

#: Nouns for documents whose wording can be cited.
_DOCUMENT = re.compile(
    r"\b(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:section|clause|article|code|regulations|treaty|constitution|resolution|agreement|contract|"
    r"document|guidelines|charter|legislation|directive|statute|report|study|survey|white paper|memo|"
    r"communiqu[eé]|declaration)\b(?!\s+(?:lords?|firm|officials?|authors?|team)\b)",
)


def classify_parts(ctx: QuoteContext, blocks: list[Block],
                   parts: list[QuotePart]) -> tuple[list[QuoteKind], list[Attribution | None]]:
    """Kind and attribution of every part, in order; each part may resolve "it" to the
    speaker of the last attribution that named one."""
    kinds: list[QuoteKind] = []
    attrs: list[Attribution | None] = []
    prev: Attribution | None = None
    for n, p in enumerate(parts):
        block_lo, hi = blocks[p.block]
        prev_close = parts[n - 1].close_mark if n and parts[n - 1].block == p.block else None
        lo = block_lo if prev_close is None else max(block_lo, prev_close + 1)
        nxt_open = parts[n + 1].open_mark if n + 1 < len(parts) and parts[n + 1].block == p.block else hi
        ctx.quote_span = (p.start, p.end)
        kind, attr = classify(ctx, read_site(ctx, p, block_lo, lo, nxt_open, hi), prev)
        kinds.append(kind)
        attrs.append(attr)
        if attr is not None and attr.speaker is not None:
            prev = attr
    return kinds, attrs


def classify(ctx: QuoteContext, site: QuoteSite, prev: Attribution | None) -> tuple[QuoteKind, Attribution | None]:
    """Kind and attribution of one part: a stand-alone quote (nothing before it in its
    sentence, or an introducer) is direct unless it is a fragment; an embedded one is a
    term or partial."""
    pre_s = site.pre.strip()
    if pre_s and _NAMING.search(site.pre):
        return "term", None
    after = attribute_after(ctx, site, prev) if site.post else None
    before: Attribution | None = None
    introducer = False
    if pre_s:
        before, introducer = attribute_before(ctx, site, prev)
        if before is not None and before.speaker is None:
            before = relative_clause_attr(ctx, site, prev) or before  # "X, who told Y that ... '...'"
        if before is not None and before.rule == rules.SENTENCE_ACCORDING_TO:
            before, introducer = through_source(ctx, site, prev) or (before, introducer)
        if not introducer and pre_s.endswith(":"):
            introducer = True
    if not pre_s or introducer:
        return _standalone(ctx, site, before or after, after is None, introducer, prev)
    return _embedded(ctx, site, after or before, prev)


def _standalone(ctx: QuoteContext, site: QuoteSite, attr: Attribution | None, nothing_after: bool,
                introducer: bool, prev: Attribution | None) -> tuple[QuoteKind, Attribution | None]:
    pre_s, text = site.pre.strip(), site.text
    n_words = count_words(text)
    ends_clause = site.ends_full or site.ends_qe
    if not pre_s and nothing_after and n_words <= 4 and site.post[:2].strip()[:1].islower() and not ends_clause:
        final = attribute_final(ctx, site, prev)
        if final is not None:  # '"Irreversible damage" will be caused ..., MPs warned.'
            return "partial", final
        return "term", None  # '"Evil twins" pose as ...'
    if introducer and not pre_s.endswith(":") and (
            (n_words <= 3 and not ends_clause)
            or (not _THAT_END.search(pre_s) and _FRAGMENT_START.match(text)
                and not _EARLY_VERB.search(" ".join(text.split()[:5])))):
        # 'Sato said "no"', 'He promised "the most positive campaign ever"'
        return "partial", attr
    return "direct", attr


def _embedded(ctx: QuoteContext, site: QuoteSite, attr: Attribution | None,
              prev: Attribution | None) -> tuple[QuoteKind, Attribution | None]:
    p, text = site.part, site.text
    n_words = count_words(text)
    if attr is None or attr.speaker is None:
        aside = as_said(ctx, site, prev)  # 'the "historic" deal, as the president put it,'
        if aside is not None:
            return "partial", aside
        attr = passive_agent(ctx, site, prev) or possessive_cue(ctx, site) or relative_clause_attr(ctx, site, prev) or attr
    if attr is None:
        attr = attribute_final(ctx, site, prev)
    phrase = not (site.ends_full or site.ends_qe or text.rstrip().endswith(","))
    modifier = n_words <= 3 and phrase and bool(_MODIFIER_USE.match(site.post))
    if _names_something(ctx.body, site, n_words, phrase, modifier):
        if (attr is None and modifier and _NAME_LIKE.search(text) and not _CAP_OR_DIGIT.search(text)
                and not _TERM_HEAD.match(site.post)):
            # 'X said it plans "aggressive" and "high-impact" marketing': a lower-case compound
            # modifier in a named speaker's report is the speaker's word, not a name
            sent_lo = ctx.sentence_start(site.block_lo, p.open_mark)
            said = attribute_in_sentence(ctx, sent_lo, p.open_mark, prev)
            if said is not None and said.speaker is not None:
                return "partial", said
        return "term", None
    if attr is None:
        sent_lo = ctx.sentence_start(site.block_lo, p.open_mark)
        attr = attribute_in_sentence(ctx, sent_lo, p.open_mark, prev)
        if attr is None and p.close_mark is not None:
            attr = attribute_quoted_verb(ctx, site, prev)
        if attr is None:
            attr = speech_noun_attr(ctx, sent_lo, p.open_mark, prev)  # 'X, who ran on a promise to "..."'
        if attr is None:
            attr = finding_attr(ctx, sent_lo, p.open_mark, prev)  # 'The study found that "..."'

        if modifier and attr is None:
            return "term", None
    if attr is None and n_words <= 4:
        return "term", None
    if _cites_document(ctx, site, attr):
        return "term", None
    return "partial", attr


def _names_something(body: str, site: QuoteSite, n_words: int, phrase: bool, modifier: bool) -> bool:
    """Whether the embedded quote is a name rather than words someone said."""
    text, p = site.text, site.part
    if modifier and _NAME_LIKE.search(text):
        return True  # 'the "one-China" principle', 'a "third-type" drink': a quoted name modifying a noun
    if n_words <= 4 and phrase and _TERM_HEAD.match(site.post) and not _EVALUATIVE.search(text):
        return True  # 'the "open door" policy', 'its "wedge" strategy': the quote names a policy or plan
    # 'the film "Dark Water"', 'the "Big Society"': a capitalised title or name
    return bool(_TITLE.fullmatch(text)) and not (
        p.close_mark is not None and _CUE_RIGHT_AFTER.match(body, p.close_mark + 1))


def _cites_document(ctx: QuoteContext, site: QuoteSite, attr: Attribution | None) -> bool:
    """'Section 5 of the order obliges MSPs to declare interests "where ..."', 'the report
    said the plan was "..."': a phrase cited from a document nobody is saying."""
    if not (attr is None or (attr.speaker is None and attr.surface and _DOCUMENT.search(attr.surface))):
        return False
    open_mark = site.part.open_mark
    return bool(_DOCUMENT.search(ctx.body, ctx.sentence_start(site.block_lo, open_mark), open_mark))


def names_a_thing(ctx: QuoteContext, blocks: list[Block], p: QuotePart, kind: QuoteKind,
                  modifier_names: bool = True) -> bool:
    """Whether an embedded quote is a name nobody says: after a naming cue, a title, the name
    of a policy, or (a term, with ``modifier_names``) a short quoted modifier ('eight
    "critical" holes')."""
    text = ctx.body[p.start:p.end]
    lo = blocks[p.block][0]
    after = p.close_mark + 1 if p.close_mark is not None else p.end
    if _NAMING.search(ctx.body, max(lo, p.open_mark - 40), p.open_mark) or _TITLE.fullmatch(text):
        return True
    if _TERM_HEAD.match(ctx.body, after):
        return True
    return modifier_names and kind == "term" and count_words(text) <= 3 and bool(_MODIFIER_USE.match(ctx.body[after:after + 40]))


#: Attributions after a quote that speak for the whole sentence ('..., Wi continued.').
_SENTENCE_WIDE = frozenset({rules.AFTER_NAME_SAID, rules.AFTER_SAID_NAME, rules.AFTER_PRONOUN_SAID,
                            rules.SENTENCE_FINAL_SAID})


def share_sentence_cue(ctx: QuoteContext, blocks: list[Block], parts: list[QuotePart], kinds: list[QuoteKind],
                       attrs: list[Attribution | None]) -> None:
    """Give an embedded quote without a speaker the attribution that ends its sentence after
    a later quote ('a "constructive" role in "a breakthrough," Wi continued': both are Wi's),
    as a partial quote; a name or title ('the show "Night Harbour"') stays a term."""
    for n, p in enumerate(parts):
        a = attrs[n]
        if (a is not None and a.speaker is not None) or kinds[n] == "direct" or p.close_mark is None:
            continue
        if names_a_thing(ctx, blocks, p, kinds[n], modifier_names=False):
            continue  # 'a "constructive" role in "...," Wi said': the cue speaks a modifier too
        for k in range(n + 1, len(parts)):
            q = parts[k]
            if q.block != p.block or ctx.terminators(p.close_mark, q.open_mark):
                break
            later = attrs[k]
            if later is not None and later.speaker is not None and later.rule in _SENTENCE_WIDE:
                kinds[n] = "partial"
                attrs[n] = replace(later, rule=rules.SHARED_CUE)
                break


def unattributed_rule(kind: QuoteKind, body: str, p: QuotePart) -> str:
    """The rule of a quote no speaker was found for."""
    if kind != "term":
        return rules.UNATTRIBUTED
    return rules.TERM_NAMING if _NAMING.search(body[max(0, p.open_mark - 40):p.open_mark]) else rules.TERM_SHORT
