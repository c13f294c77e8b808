"""Who a noun phrase naming a speaker is: ``resolve_np`` and the ``Attribution`` it feeds.

The speaker is the ``local_name`` of the mention naming them (PERSON preferred, but not one
inside a complement such as "a friend of X"; an ORG/GPE modifier like "China's foreign
ministry" maps to that ORG/GPE, and so does the organisation a mouthpiece speaks for: "a
spokesman for X", "a statement from X"). Pronouns go to ``pronouns``. "the <role>" ("the
chancellor", "the 22-year-old") resolves to the person introduced with that role, else to a
recent sentence subject (never a mere object for an office such as "the prime minister"). A
capitalised name no mention covers is returned as written (honorifics and titles dropped;
not a word capitalised only because it opens the sentence); a common noun phrase gives no
speaker but its surface.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.records import EntityMention
from pipelines.text.lexicon import speech
from pipelines.text.lexicon.demonyms import demonym_rows
from pipelines.text.lexicon.english import STOPWORDS
from pipelines.text.lexicon.gazetteer import gazetteer, lookup_demonym
from pipelines.text.quotes import rules
from pipelines.text.quotes.canonical import strip_titles
from pipelines.text.quotes.context import QuoteContext
from pipelines.text.quotes.patterns import (
    ANY_CUE_RE, CUE, FAMILY_PHRASE, NAME_PARTICLES, PERSON_ROLES, POSSESSIVE_AFTER, PERSON_BODY_AFTER, PREP_OR_VERB,
    TITLE_ROLES, alt, honorific_start,
)
from pipelines.text.quotes.pronouns import gender, group_target, pronoun_target
from pipelines.text.quotes.groups import GROUP_PHRASE, group_org_span
from pipelines.text.quotes.offices import OFFICE, descriptor_target, introduced_with_noun, introduced_with_role
from pipelines.text.quotes.names import capitalised_mid_sentence, lower_word_in, sentence_initial
from pipelines.text.quotes.phrases import trim_phrase
from pipelines.text.quotes.orgs import ANY_ORG_NOUNS, ORG_LOOKBACK, ORG_NOUN_PHRASE, lede_org, officer_holder, org_by_noun
from pipelines.text.quotes.sources import author_span, document_owner, is_document


@dataclass
class Attribution:
    """A resolved attribution: who said it, as written, with which cue, to whom, by which rule."""

    speaker: str | None
    surface: str | None
    cue: str | None
    addressee: str | None
    rule: str
    speaker_type: str | None = None  # PERSON/ORG/GPE/... of the mention, when one named the speaker


#: (speaker, surface, mention type) of a noun phrase.
Resolved = tuple[str | None, str | None, str | None]
_NOBODY: Resolved = (None, None, None)

_NAME_RUN = re.compile(
    rf"(?:[A-Z][\w'’\-]*\.?\s+(?:(?:{NAME_PARTICLES})\s+)*)*"
    r"[A-Z][\w'’\-]*\w(?:\s+\d+\b)?"
)
_NAME_FOLLOW = re.compile(r",|\s+(?:of|at|from|in|with|for)\b")
#: An age and the noun it describes ("the 41-year-old chart-topper"): a person, whatever the noun.
_AGED = r"\d+-year-old\s+(?!(?:meanwhile|however|also|then|later|now)\b)[A-Za-z][\w'’\-]*"
#: "the <role>": a noun phrase describing a person ("the England coach", "the 22-year-old").
_DESCRIPTOR = re.compile(
    rf"(?i:the)\s+(?P<role>(?:[\w'’\-]+\s+){{0,6}}?(?:co-|vice-|deputy-|ex-)?(?:{PERSON_ROLES}|{TITLE_ROLES}|MP|MEP|MSP|{_AGED}))"
    r"(?:\s+(?:meanwhile|however|also|then|later|now|himself|herself|on \w+day|last \w+))?"
)
#: "the <noun>": one lower-case word, a person only when the article introduced one with it.
_THE_NOUN = re.compile(r"(?i:the)\s+(?P<noun>[a-z][\w\-]*)")
#: Nouns for those who speak for an organisation, right before "for/from/of/at X".
_MOUTHPIECE_OF = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|spokespeople|statement|representatives?|officials?|"
    r"release|announcement|communiqu[eé]|envoys?|ambassador|delegation|diplomats?|lawyers?|sources?)"
    r"\s+(?:for|from|of|at|inside|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DEMONYM = re.compile(r"(?:ian|ese|ish|er|ard|man|woman|i|an)$")
#: "a Five spokesman": a capitalised name, then a noun for one who speaks for it.
_NAME_MOUTHPIECE = re.compile(
    r"(?:(?i:a|an|the)\s+)?(?!(?i:a|an|the)\s)(?P<org>[A-Z][\w&'’\-]*(?:\s+(?:[A-Z][\w&'’\-]*|\d+|of|&))*?)(?:['’]s)?\s+"
    rf"(?:official\s+)?(?:{alt(set(speech.MOUTHPIECE_NOUNS) | {'statement'})})"
)
_DEMONYM_WORDS = frozenset(w for _, _, forms in demonym_rows() for f in forms for w in f.split())
#: A sentence opening with "the <role>" and its verb, after a fronted adverbial.
_ROLE_SUBJECT = re.compile(
    r"\s*(?:(?:in|at|on|after|before|during|speaking|responding|replying)\b[^,;:\"“”_]{0,60},\s*)?"
    r"(?P<np>(?i:the)\s+(?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)(?=\s+(?:[a-z]+ly\s+)?(?:has|had|is|was|[a-z]+ed|said|says|told|wrote)\b)",
    re.IGNORECASE,
)
#: A sentence opening with an unnamed person: "One voter leaving ...", "A resident, who ...", "Another".
_UNNAMED_SUBJECT = re.compile(
    r"\s*(?:(?i:but|and|meanwhile|however),?\s+)?"
    # a short fronted adverbial ("Outside court, one former volunteer ...")
    r"(?:[A-Z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,4},\s+(?=(?:one|a|an|another)\s))?"
    # a body's name of up to seven words before the mouthpiece ("A Department for Work and Pensions spokeswoman")
    r"(?P<np>(?:[Oo]ne|An?|an?|[Aa]nother)(?:\s+[\w&'’\-]+){0,7}?\s+"
    rf"(?:{alt(speech.MOUTHPIECE_NOUNS)})\b|(?:[Oo]ne|An?|an?|[Aa]nother)(?:\s+(?!who\b|said\b|says\b|told\b)"
    r"[a-z0-9][\w'’\-]*){0,6})(?=\s*,|\s+who\b|\s+[a-z]+\b)"
)
#: A lower-case noun right after a name, which the name only modifies ("the Horten site").
_NOUN_AFTER_NAME = re.compile(rf"\s+(?!(?:{alt(STOPWORDS)})\b)[a-z][\w\-]*\b(?!['’])")
_PREP_RIGHT_BEFORE = re.compile(r"\b(?:in|at|of|from|to|with|on|by|for|near|outside|inside)\s+$")
_STATE_BODY_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{alt(speech.STATE_BODY_NOUNS)})")
_STATE_BODY_IN = re.compile(rf"\b(?:{alt(speech.STATE_BODY_NOUNS)})$")
_MOUTHPIECE_NOUNS = alt(speech.MOUTHPIECE_NOUNS)
_BARE_STATE_BODY = re.compile(
    rf"(?i:a|an|the)\s+(?:[a-z]+\s+)?(?:{alt(speech.STATE_BODY_NOUNS)})(?:\s+(?:{_MOUTHPIECE_NOUNS}|statement))?"
)
_BARE_MOUTHPIECE = re.compile(
    rf"(?P<det>(?i:a|an|the))\s+(?:(?P<mod>{alt(set(speech.ORG_SPEAKER_NOUNS) | ANY_ORG_NOUNS)})\s+)?"
    r"(?P<noun>spokes(?:man|woman|person)|representative|official)"  # not "a source": that stays anonymous
)
#: "A No 10 spokesman", "a spokeswoman for the club": a mouthpiece introduced, for "the spokesman" later.
_INTRO_MOUTHPIECE = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:(?:[A-Z0-9][\w&'’\-]*\s+){{1,4}}(?P<noun>{_MOUTHPIECE_NOUNS})\b"
    # "A spokesman for Michael Howard said ... '...,' the spokesman said"
    rf"|(?P<noun2>{_MOUTHPIECE_NOUNS})\s+(?:for|of|at|from)\s+(?:the\s+)?[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){{0,4}})"
    # "the prime minister's spokesman", "Mr Okafor's official spokeswoman"
    rf"|(?:\b[Tt]he\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?|\b[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){{0,3}})['’]s\s+"
    rf"(?:official\s+)?(?P<noun3>{_MOUTHPIECE_NOUNS})\b"
)
#: A preposition or a determiner right before a name: the name is a complement.
_DIRECT_COMPLEMENT = re.compile(
    r"\b(?:of|to|for|from|by|with|at|in|on|about|against|than|like|and|or|the|a|an|sent|issued|released|"
    r"published|posted|written|signed|made|given|received)\s+$",
    re.IGNORECASE,
)
#: The mouthpiece noun a he/she names when it opens the sentence before.
_MOUTHPIECE_OF_PRONOUN = {"he": "spokesman", "she": "spokeswoman"}
_PRONOUN_OPENING = re.compile(r"\s*(?:(?i:but|and|however),?\s+)?(?P<p>[Hh]e|[Ss]he)\b")
_NP_TO_VERB = re.compile(r"[^,;:_\"“”]{1,80}?(?=\s*,|\s+who\b|\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added|warned|insisted)\b)")
_ROLE_COMPLEMENT = re.compile(r"\s+(?:of|for|at|from|in|with)\s+\S")
_ROLE_WORDS = frozenset(speech.PERSON_ROLE_NOUNS)
#: "the" before a capitalised name a person mention covers: a description ("the Birchfield Harrier").
_THE_NAME = re.compile(r"(?i:the)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?")
#: Bodies named after their head that speak as such when no person of that name is known
#: ("the Harlan administration").
_NAMED_BODY_NOUNS = frozenset({"administration"})  # not "the Labour government": a party's or a people's
#: "the company's chief financial officer": an unnamed officer of an organisation named by its kind.
_ORG_NOUN_OFFICER = re.compile(
    rf"(?P<org>{ORG_NOUN_PHRASE.pattern})['’]s\s+(?P<role>(?:[\w\-]+\s+){{0,3}}?(?:{alt(speech.ORG_OFFICER_NOUNS)}))",
    re.IGNORECASE,
)
#: A role word, then a full name ending the phrase ("director of rugby Ian Hale").
_NAME_AFTER_ROLE = re.compile(
    r"\b(?!(?:and|or|of|for|in|at|from|with|to|by|on|the)\s)[a-z][\w\-]*\s+(?P<name>(?:[A-Z][\w'’\-]+\s+)+[A-Z][\w'’\-]+)$"
)
#: A full name apposed after a comma, ending the phrase ("a Treasury spokesman, Ana Vell").
_NAME_APPOSED = re.compile(r",\s+(?:[A-Z][\w'’\-]+\s+)+[A-Z][\w'’\-]+$")
_BARE_PERSON_BODY = re.compile(rf"(?i:the)\s+(?P<noun>{alt(speech.PERSON_BODY_NOUNS)})")
_MOUTHPIECE_OF_KIND = re.compile(
    rf"(?i:a|an|the|one)\s+(?:{_MOUTHPIECE_NOUNS}|statement|representatives|officials|lawyers?)\s+"
    rf"(?:for|from|of|at)\s+(?P<org>{ORG_NOUN_PHRASE.pattern})"
)
_WRITTEN_BODY = re.compile(
    rf"(?i:the\s+)?(?P<name>(?:[A-Z][\w\-]*\.?\s+){{0,3}}[A-Z][\w\-]*\w)"
    rf"(?:['’]s)?\s+(?:{alt(speech.PERSON_BODY_NOUNS)})"
)

_PERSON_MOUTHPIECE = alt(speech.PERSON_MOUTHPIECE_NOUNS)
#: "a spokesman for Mr Okoro", "lawyers for the singer": a mouthpiece, then whom it speaks for.
_MOUTHPIECE_FOR = re.compile(
    rf"(?:(?i:a|an|the|one)\s+)?(?:[a-z][\w\-]*\s+)?(?:{_PERSON_MOUTHPIECE})\s+(?:for|of|representing)\s+(?P<who>\S.*)"
)
#: "her lawyers", "his official spokesman": the mouthpiece of the person the pronoun names.
_PRONOUN_MOUTHPIECE = re.compile(rf"(?P<poss>[Hh]is|[Hh]er)\s+(?:[a-z][\w\-]*\s+)?(?:{_PERSON_MOUTHPIECE})")
#: "the singer's spokeswoman", "the prime minister's office": the mouthpiece of a described person.
_ROLE_MOUTHPIECE = re.compile(
    rf"(?i:the)\s+(?P<role>(?:[\w\-]+\s+){{0,4}}?(?:{PERSON_ROLES}))['’]s\s+(?:[a-z][\w\-]*\s+)?(?:{_PERSON_MOUTHPIECE})"
)
#: A name as an organisation writes it ("Harbour Freight Lines", "Friends of the Earth").
_WRITTEN_ORG = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w'’&\-]*(?:\s+(?:[A-Z][\w'’&\-]*|of|and|&|the|for)){0,5}?"
                          r"(?:\s+[A-Z][\w'’&\-]*)?)")

#: An organisation's name run into the name of the person it titles: "(Chairman of) the
#: Environmental Audit Committee Peter Ainsworth MP", "the Harbour Pilots' Union Ana Ruiz".
_PERSON_AFTER_ORG = re.compile(
    rf"(?:.*\s)?(?:{alt({n.capitalize() for n in speech.ORG_SPEAKER_NOUNS if ' ' not in n})})['’]?\s+"
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2})"
    rf"(?:,?\s+(?:{alt(speech.POST_NOMINALS)}))?"
)

#: A capitalised title of an organisation, its name, then the person: "Director General of
#: Baltic Gateway Terminals Vytautas Jankauskas".
_TITLE_OF_ORG = re.compile(
    r"(?:(?i:the)\s+)?(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’&\-]*\s+){1,5}?"
    r"(?P<name>[A-Z][a-z][\w'’\-]+\s+[A-Z][a-z][\w'’\-]+)"
)


def _title_of_org_person(seg: str) -> re.Match[str] | None:
    m = _TITLE_OF_ORG.fullmatch(seg)
    if m is None or not all(w.lower() in _ROLE_WORDS or w.lower() in speech.NAME_TITLES
                            for w in m.group("title").split()):
        return None
    return m


def resolve_np(ctx: QuoteContext, start: int, end: int, cue_pos: int, prev: Attribution | None) -> Resolved:
    """(speaker, surface, mention type) for the noun phrase body[start:end]; ``cue_pos`` is
    where its reporting verb is, ``prev`` the last attribution with a speaker."""
    span = trim_phrase(ctx.body, start, end)
    if span is None:
        return _NOBODY
    start, end = span
    seg = ctx.body[start:end]
    if seg[:5].lower() == "with ":
        return _NOBODY  # '"stable", with small growth forecast': a clause of "with", no speaker
    if seg.lower() in speech.SUBJECT_PRONOUNS:
        return _resolve_pronoun(ctx, seg, min(start, cue_pos), prev)
    if len(seg.split()) > 12:
        return _NOBODY
    all_ments = ctx.overlapping(start, end)
    run_in = _PERSON_AFTER_ORG.fullmatch(seg) or _title_of_org_person(seg)
    if run_in is not None and not any(mm.type == "PERSON" and mm.char_end >= start + run_in.end("name")
                                      and mm.char_start >= start + run_in.start("name") for mm in all_ments):
        # a person mention there speaks as itself; otherwise the name after the organisation's
        name = run_in.group("name")
        return strip_titles(name), seg, "PERSON"
    family = FAMILY_PHRASE.match(ctx.body, start) or FAMILY_PHRASE.match(ctx.body, max(0, start - 4))
    if family is not None and family.start() <= start and end <= family.end():
        # "the Adeyemi family" (also when only its name was read as the subject): the family,
        # not the person of that name
        return f"{family.group('name')} family", family.group(), "ORG"
    found = _from_mentions(ctx, seg, start, end, cue_pos, _naming_mentions(ctx, start, end, all_ments))
    if found is None:
        body_of = _WRITTEN_BODY.fullmatch(seg)  # "Castillo's office" with no mention of Castillo
        if body_of is not None and body_of.group("name").split()[0].lower() not in speech.DETERMINERS:
            found = strip_titles(body_of.group("name")), seg, "PERSON"
    if found is None:
        found = _written_name(ctx.body, seg, start) or _mouthpiece_of_name(seg, all_ments)
    if found is None:
        found = (org_by_noun(ctx, seg, start) or lede_org(ctx, seg, start) or _body_named_before(ctx, seg, start)
                 or _mouthpiece_of_kind(ctx, seg, start)
                 or _state_body_of_place(ctx, seg, start) or _bare_mouthpiece(ctx, seg, start, prev)
                 or _spoken_for(ctx, seg, start))
    if found is None:
        found = _spoken_for_person(ctx, seg, start, all_ments)
    if found is None:
        found = _described_person(ctx, seg, start, cue_pos, all_ments)
    return found


def speaker_rule(attr: Attribution) -> str:
    """The rule of ``attr``, naming how its speaker was found when an organisation spoke by
    its kind ("the union said") or a body for its head ("Castillo's office said")."""
    if attr.speaker is None or attr.surface is None or attr.rule in (rules.CARRY_PREVIOUS, rules.CONTINUED,
                                                                      rules.FINDING):
        return attr.rule
    if attr.speaker_type in ("ORG", "GPE") and (_BARE_MOUTHPIECE.fullmatch(attr.surface)
                                                 or _NAME_MOUTHPIECE.fullmatch(attr.surface)
                                                 or _MOUTHPIECE_OF_KIND.fullmatch(attr.surface)
                                                 or _ORG_NOUN_OFFICER.fullmatch(attr.surface)):
        return rules.MOUTHPIECE
    if attr.speaker_type == "PERSON" and any(
            p.fullmatch(attr.surface) for p in (_MOUTHPIECE_FOR, _PRONOUN_MOUTHPIECE, _ROLE_MOUTHPIECE)):
        return rules.FOR_PERSON
    if attr.speaker_type == "GPE" and _STATE_BODY_IN.search(attr.surface):
        return rules.METONYMY  # "the Peruvian foreign ministry", "the trade ministry"
    if is_document(attr.surface):
        return rules.DOCUMENT
    if GROUP_PHRASE.fullmatch(attr.surface):
        return rules.GROUP
    if FAMILY_PHRASE.fullmatch(attr.surface):
        return rules.FAMILY
    if ORG_NOUN_PHRASE.fullmatch(attr.surface):
        return rules.ORG_NOUN
    if attr.speaker_type == "PERSON" and PERSON_BODY_AFTER.search(attr.surface) and not _NAME_APPOSED.search(attr.surface):
        return rules.METONYMY  # not "a Treasury spokesman, Ana Vell": the person named
    return attr.rule


def _body_named_before(ctx: QuoteContext, seg: str, start: int) -> Resolved | None:
    """"the administration", "the campaign" naming nobody: the person whose body of that kind
    the article named before ("the Okafor administration", "Okafor's campaign")."""
    m = _BARE_PERSON_BODY.fullmatch(seg)
    if m is None:
        return None
    noun = m.group("noun").lower()
    written = None
    for written in re.compile(rf"\b(?P<name>[A-Z][\w\-]*\w)(?:['’]s)?\s+{noun}\b").finditer(
            ctx.masked, max(0, start - ORG_LOOKBACK), start):
        pass
    if written is None:
        return None
    name = written.group("name")
    for mm in reversed(ctx.persons):
        if mm.char_end <= start and name in mm.local_name.split():
            return mm.local_name, seg, "PERSON"
    possessive = ctx.masked.startswith(("'s", "’s"), written.end("name"))
    if noun in _NAMED_BODY_NOUNS and name.lower() not in speech.DETERMINERS and not possessive:
        # "the Harlan administration" with no person Harlan: the body as the article named it
        return f"{name} {noun}", seg, "ORG"
    return None


def _spoken_for(ctx: QuoteContext, seg: str, start: int) -> Resolved | None:
    """"the report said", "the lawsuit says" (``sources.author_span``), "the researchers",
    "campaigners" (``groups.group_org_span``): whoever the article gave as the author or the
    organisation of the group, resolved as a speaker."""
    span = author_span(ctx, seg, start) or group_org_span(ctx, seg, start)
    if span is None:
        return None
    spk, _, typ = resolve_np(ctx, span[0], span[1], span[0], None)
    return (spk, seg, typ) if spk is not None else None


def _spoken_for_person(ctx: QuoteContext, seg: str, start: int, all_ments: list[EntityMention]) -> Resolved | None:
    """"a spokesman for Mr Okoro", "her lawyers", "the singer's spokeswoman": the person the
    mouthpiece speaks for (a person mention, "the <role>" introduced before, the referent of
    the pronoun, a titled name as written); "a spokeswoman for Harbour Freight Lines" with no
    mention is that organisation as written."""
    m = _MOUTHPIECE_FOR.fullmatch(seg)
    if m is not None:
        w0 = start + m.start("who")
        who = m.group("who")
        for mm in all_ments:
            if mm.type == "PERSON" and mm.char_start >= w0 and mm.char_end >= start + len(seg) - 1:
                # "a spokesman for the Shareholders United": no person takes "the"
                return mm.local_name, seg, "ORG" if who.lower().startswith("the ") else "PERSON"
        desc = _DESCRIPTOR.fullmatch(who)
        if desc is not None:
            ment = _role_holder(ctx, start, desc.group("role"))
            return (ment.local_name, seg, "PERSON") if ment is not None else None
        if honorific_start(ctx.body, w0 + len(who) - len(who.split()[-1]), w0) == w0 and len(who.split()) > 1:
            return strip_titles(who), seg, "PERSON"  # "Mr Okoro" no mention covers
        org = _WRITTEN_ORG.fullmatch(who)
        if org is not None and not all_ments and org.group("name").lower() not in speech.GENERIC_SUBJECTS:
            return org.group("name"), seg, "ORG"
        return None
    m = _PRONOUN_MOUTHPIECE.fullmatch(seg)
    if m is not None:
        ment = pronoun_target(ctx, start, "he" if m.group("poss").lower() == "his" else "she")
        return (ment.local_name, seg, "PERSON") if ment is not None else None
    m = _ROLE_MOUTHPIECE.fullmatch(seg)
    if m is not None:
        ment = _role_holder(ctx, start, m.group("role"))
        return (ment.local_name, seg, "PERSON") if ment is not None else None
    return None


def _role_holder(ctx: QuoteContext, start: int, role: str) -> EntityMention | None:
    """The person "the <role>" before ``start`` is; an office ("the prime minister") only the
    person introduced with it, never a mere nearby name."""
    if OFFICE.search(role):
        return introduced_with_role(ctx, start, role.split())
    return descriptor_target(ctx, start, role, start)


def _mouthpiece_of_kind(ctx: QuoteContext, seg: str, start: int) -> Resolved | None:
    """"a spokesman for the company", "a statement from the regulator", "the company's chief
    financial officer": the organisation that kind names (``org_by_noun``), or the officer the
    article named with that role beside it (``officer_holder``)."""
    m = _MOUTHPIECE_OF_KIND.fullmatch(seg) or _ORG_NOUN_OFFICER.fullmatch(seg)
    if m is None:
        return None
    found = org_by_noun(ctx, m.group("org"), start)
    if found is None:
        return None
    # "the union's general secretary" the article named beside the union: that person
    holder = officer_holder(ctx, found[0], m.group("role"), start) if m.re is _ORG_NOUN_OFFICER else None
    return (holder.local_name, seg, "PERSON") if holder is not None else (found[0], seg, found[2])


def _state_body_of_place(ctx: QuoteContext, seg: str, start: int) -> Resolved | None:
    """"a foreign ministry spokesperson", "the embassy" naming no country: the country or
    capital that a recent sentence opens with ("Beijing has rejected suggestions ...")."""
    if _BARE_STATE_BODY.fullmatch(seg) is None:
        return None
    for mm in reversed([mm for mm in ctx.mentions if start - 800 < mm.char_start and mm.char_end <= start]):
        if mm.type == "GPE" and ctx.outside_quotes(mm) and ctx.opens_sentence_at(mm):
            return mm.local_name, seg, "GPE"
    return None


def _bare_mouthpiece(ctx: QuoteContext, seg: str, start: int, prev: Attribution | None) -> Resolved | None:
    """"a spokesperson", "a police spokesperson", "the spokesman" naming nobody: "the
    spokesman" is the one one of the three sentences before introduced ("A No 10 spokesman said
    ...", "Mr Okafor's spokesman was asked ...");
    "a police spokesperson" the organisation of the article named for that noun; a bare one
    the organisation or country a sentence just before opens with ("The ministry insisted
    ... . '...,' a spokesperson said"), else the organisation that spoke last ("... described as
    "idle speculation" by Downing Street. A spokesman said ...")."""
    m = _BARE_MOUTHPIECE.fullmatch(seg)
    if m is None:
        return None
    lo = ctx.sentence_start(max(0, start - 600), max(0, start - 1))
    lo = ctx.sentence_start(max(0, lo - 600), max(0, lo - 1))  # this sentence and the one before
    if m.group("det").lower() == "the":
        back = lo
        for _ in range(2):  # "the spokesman" may be introduced a few sentences before
            back = ctx.sentence_start(max(0, back - 600), max(0, back - 1))
        for intro in reversed(list(_INTRO_MOUTHPIECE.finditer(ctx.masked, back, start))):
            if (intro.group("noun") or intro.group("noun2") or intro.group("noun3")).lower() == m.group("noun").lower():
                s0 = intro.start()
                found = resolve_np(ctx, s0, intro.end(), s0, None)
                return found if found[0] is not None else None
    if m.group("mod"):
        found = org_by_noun(ctx, f"the {m.group('mod')}", start)
        return (found[0], seg, found[2]) if found is not None else None
    for mm in reversed([mm for mm in ctx.mentions if lo <= mm.char_start and mm.char_end <= start]):
        if mm.type in ("ORG", "GPE") and ctx.outside_quotes(mm) and ctx.opens_sentence_at(mm):
            return mm.local_name, seg, mm.type
    if prev is not None and prev.speaker is not None and prev.speaker_type in ("ORG", "GPE"):
        return prev.speaker, seg, prev.speaker_type
    return None


#: An agent's "by" right before a name ("a study by Tarn Water", "research conducted by the EOC");
#: not "quoted by" (the outlet that quoted the speaker).
_BY_BEFORE = re.compile(r"(?<!quoted)(?<!cited)\sby\s+(?:the\s+)?$")

def _resolve_pronoun(ctx: QuoteContext, seg: str, pos: int, prev: Attribution | None) -> Resolved:
    low = seg.lower()
    if low in speech.PERSON_PRONOUNS:
        owner = document_owner(ctx, pos, low)
        if owner is not None:
            return owner.local_name, seg, "PERSON"
        described = _described_subject_before(ctx, pos, low)
        if isinstance(described, tuple):
            return described[0], seg, described[2]
        ment = pronoun_target(ctx, pos, low, prefer_subject=not described)
        if ment is not None:
            return ment.local_name, seg, "PERSON"
        return None, seg, None
    if low in ("it", "they"):
        grp = group_target(ctx, pos)
        if grp is not None:
            return grp.local_name, seg, grp.type
        by_noun = (_org_noun_subject(ctx, pos) or (_introduced_org_subject(ctx, pos) if low == "it" else None)
                   or _written_or_group_subject(ctx, pos, low))
        if by_noun is not None:
            return by_noun[0], seg, by_noun[2]
        if low == "it" and _ANY_DOCUMENT_OPENING.match(ctx.masked, _pronoun_sentence_opening(ctx, pos), pos):
            # "A petition started by residents has 1,400 signatures. It calls ...": the written
            # thing, whose author the article did not give, not whoever spoke last
            return None, seg, None
    if low == "it" and prev is not None and prev.speaker and (
            prev.speaker_type in ("ORG", "GPE")
            or (prev.surface is not None and prev.surface.lower() not in speech.SUBJECT_PRONOUNS
                and re.search(rf"\b{re.escape(prev.surface)}\b", ctx.masked[max(0, pos - 300):pos]))):
        # "it" is no person: the organisation that spoke last, or a name that spoke just before,
        # whatever its mention's type ("Wimpey said ... '...,' it added")
        return prev.speaker, seg, prev.speaker_type
    if (low == "they" and prev is not None and prev.speaker and prev.surface is not None
            and GROUP_PHRASE.fullmatch(prev.surface) and prev.surface in ctx.masked[max(0, pos - 300):pos]):
        # '"...," campaigners said. They also accused ...': the group that spoke just before
        return prev.speaker, seg, prev.speaker_type
    return None, seg, None


#: A sentence opening with a written thing, named or not ("A petition started by residents").
_ANY_DOCUMENT_OPENING = re.compile(
    rf"(?i:a|an|the|its|their|this|that)\s+(?:[\w'’\-]+\s+){{0,2}}?(?P<noun>{alt(speech.DOCUMENT_NOUNS)})\b(?!['’])")


def _pronoun_sentence_opening(ctx: QuoteContext, pos: int) -> int:
    """Where the words open in the sentence an "it"/"they" at ``pos`` looks back on (its own,
    or the one before when it opens its own; a paragraph break starts one too)."""
    lo = ctx.last_sentence_start(pos)
    nl = ctx.masked.rfind("\n", lo, pos)
    if nl >= 0 and ctx.masked[nl:pos].strip(" \n,_:;-–—\"“”"):
        lo = nl + 1
    head = ctx.masked[lo:pos]
    return lo + len(head) - len(head.lstrip(" \n\"“”_"))


def _org_noun_subject(ctx: QuoteContext, pos: int) -> Resolved | None:
    """An "it"/"they" whose sentence (or the one before) opens with an organisation named by
    its kind ("The company's shares fell after it said ..."): that organisation."""
    s0 = _pronoun_sentence_opening(ctx, pos)
    m = ORG_NOUN_PHRASE.match(ctx.masked, s0, pos)
    if m is None or not re.match(r"(?:['’]s)?\s", ctx.masked[m.end():m.end() + 3]):
        return None
    return org_by_noun(ctx, m.group(), s0)


def _written_or_group_subject(ctx: QuoteContext, pos: int, pronoun: str) -> Resolved | None:
    """An "it" whose sentence (or the one before) opens with a written thing ("The study, by the
    Tarn Institute, tracked ... . It found ..."), or a "they" after one opening with a group
    ("Analysts at Kestrel Bank said ... . '...,' they wrote"): the author or organisation
    the article gave it (``_spoken_for``)."""
    s0 = _pronoun_sentence_opening(ctx, pos)
    m = (_ANY_DOCUMENT_OPENING if pronoun == "it" else GROUP_PHRASE).match(ctx.masked, s0, pos)
    if m is None or not re.match(r"[\s,]", ctx.masked[m.end():m.end() + 1]):
        return None
    if pronoun == "they" and m.group("noun").lower() not in speech.ORG_VOICE_GROUP_NOUNS:
        return None  # "The workers at Norland Steel were angry. '...,' they said": not the firm
    # "A petition by X ...": spoken for as "the petition" would be
    found = _spoken_for(ctx, "the " + m.group("noun") if pronoun == "it" else m.group(), pos)
    return found if found is not None and found[2] in ("ORG", "GPE", "PERSON") else None


#: A sentence opening with a name and an apposition saying it is an organisation ("Tenants
#: Together Bellmoor, a renters' group with 3,000 members, goes further.").
_ORG_APPOSED_SUBJECT = re.compile(
    r"(?P<name>[A-Z][\w'’&\-]*(?:\s+(?:[A-Z][\w'’&\-]*|of|and|&|the|for)){0,5}?(?:\s+[A-Z][\w'’&\-]*)?)"
    rf",\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|with)\s)[\w'’\-]+\s+){{0,3}}?"
    rf"(?:{alt(set(speech.ORG_SPEAKER_NOUNS) | ANY_ORG_NOUNS)})\b"  # not "a member of the group"
)


def _introduced_org_subject(ctx: QuoteContext, pos: int) -> Resolved | None:
    """An "it" whose sentence (or the one before) opens with a name set out as an organisation
    by an apposition, whatever type its mention has: that name as written."""
    s0 = _pronoun_sentence_opening(ctx, pos)
    m = _ORG_APPOSED_SUBJECT.match(ctx.masked, s0, pos)
    if m is None or m.group("name").split()[0].lower() in speech.DETERMINERS | speech.GENERIC_SUBJECTS:
        return None
    if any(mm.type in ("GPE", "LOC", "NORP") for mm in ctx.overlapping(m.start("name"), m.end("name"))):
        return None  # "Ghana, a country of 30 million": a place, which "it" may be but does not speak as
    return m.group("name"), m.group("name"), "ORG"


def _described_subject_before(ctx: QuoteContext, pos: int, pronoun: str, depth: int = 0) -> Resolved | bool:
    """Who a he/she at ``pos`` is when the sentence just before (or the pronoun's own, when the
    pronoun does not open it) opens with somebody described, not named: "the <office>" ("In
    reply, the first minister said ... . He told Ms Sturgeon:") is the person introduced
    with that office; "One voter", "A resident, who ...", "Another" is an unnamed person (no
    speaker); "A spokesman for X" is X. True when an office nobody was introduced with opens
    the sentence (the pronoun is then not an earlier sentence's subject), else False."""
    lo, hi = ctx.last_sentence_span(pos)  # the pronoun's own sentence, when it does not open it
    nl = ctx.masked.rfind("\n", lo, hi)
    if nl >= 0 and ctx.masked[nl:hi].strip():
        lo = nl + 1
    seg = ctx.masked[lo:hi]
    described = _described_with_relative(ctx, lo, seg, pronoun)
    if described is not None:
        return described
    unnamed = _UNNAMED_SUBJECT.match(seg)
    gendered = unnamed is not None and unnamed.group("np").split()[-1].lower() == _MOUTHPIECE_OF_PRONOUN[pronoun]
    if gendered:
        # not "A spokeswoman for the airline, Ana Ruiz, said": the person named before the verb
        verb = ANY_CUE_RE.search(ctx.masked, lo + unnamed.end("np"), hi)
        gendered = verb is not None and not ctx.persons_between(lo, verb.start())
    if not gendered and any(
            not ctx.bound_in_clause(mm) and not _PREP_RIGHT_BEFORE.search(ctx.body, max(lo, mm.char_start - 12), mm.char_start)
            for mm in ctx.persons_between(lo, hi)):
        # a person named in the sentence, not as a possessive or after a preposition (but "A
        # ministry spokeswoman confirmed Mr Smith had left. '...,' she said" is the spokeswoman)
        return False
    chained = _PRONOUN_OPENING.match(seg)
    if chained is not None and chained.group("p").lower() == pronoun and depth < 2 and lo > 0:
        # "A spokesman for X said ... . He said ... . '...,' he said": back through the "He"
        return _described_subject_before(ctx, lo + chained.start("p"), pronoun, depth + 1)
    if unnamed is not None:
        s0, e0 = lo + unnamed.start("np"), lo + unnamed.end("np")
        whole = _NP_TO_VERB.match(ctx.masked, s0, hi)  # "A spokesman for the Casino Association"
        if whole is not None and whole.end() > e0:
            e0 = whole.end()
        found = resolve_np(ctx, s0, e0, s0, None)
        if found[2] in ("ORG", "GPE"):
            return found  # "A spokeswoman for the airline said ... . 'It...,' she said"
        return None, ctx.body[s0:e0], None
    m = _ROLE_SUBJECT.match(seg)
    if m is None:
        return False
    desc = _DESCRIPTOR.fullmatch(m.group("np"))
    if desc is None or OFFICE.search(desc.group("role")) is None:
        return False  # only an office held by one known person ("the first minister")
    ment = introduced_with_role(ctx, lo, desc.group("role").split())
    if ment is None:
        return True
    if gender(ctx, ment) not in (None, "f" if pronoun == "she" else "m"):
        return False
    return ment.local_name, ment.surface, "PERSON"


#: "The 21-year-old striker, whose father X is the manager, said": a description, a relative
#: clause naming somebody else, then the verb.
_ROLE_WITH_RELATIVE = re.compile(
    r"\s*(?P<np>(?i:the)\s+(?:[\w'’\-]+\s+){0,4}?[\w'’\-]+),\s+(?:who|whose)\b[^,;:_]{1,120},\s+"
    rf"(?:[a-z]+ly\s+)?(?:has|had|is|was|{CUE})\b"
)


def _described_with_relative(ctx: QuoteContext, lo: int, seg: str, pronoun: str) -> Resolved | None:
    """The person a sentence opening "The <role>, who(se) ..., said" describes (the one met
    before with that role, or named before), whom a he/she after it stands for, not somebody
    the relative clause names ("whose father X"); None when the sentence is not of that form."""
    m = _ROLE_WITH_RELATIVE.match(seg)
    desc = _DESCRIPTOR.fullmatch(m.group("np")) if m is not None else None
    if desc is None:
        return None
    ment = descriptor_target(ctx, lo, desc.group("role"), lo)
    if ment is None or gender(ctx, ment) not in (None, "f" if pronoun == "she" else "m"):
        return None
    return ment.local_name, ment.surface, "PERSON"


def _naming_mentions(ctx: QuoteContext, start: int, end: int, all_ments: list[EntityMention]) -> list[EntityMention]:
    """The mentions in the phrase ``body[start:end]`` that may name its speaker."""
    body = ctx.body
    # mentions inside a complement ("a friend of Smith", "the MP for Sheppey") do not name the
    # speaker, except an agent ("a statement released by North Korea")
    ments = [mm for mm in all_ments if mm.char_start < start or not _prep_before(ctx, start, mm.char_start)]
    # a person ending the phrase right after a role or a name, not right after a preposition, is
    # its head: "the chairman of the Audit Committee Peter Ames", "shadow spokesman for sport
    # Hugh Rowe", "In a statement issued on Monday Lord Wynn", also after the body whose role it
    # is ("Merck's head of research Peter Kim")
    head = [mm for mm in all_ments if mm.type == "PERSON" and mm.char_end >= end - 4
            and not _DIRECT_COMPLEMENT.search(body, max(start, mm.char_start - 30),
                                              honorific_start(body, mm.char_start, start))]
    if ments and (not head or any(mm.type == "PERSON" for mm in ments)):
        return ments
    if head:
        return head[-1:]
    ments = [mm for mm in all_ments if mm.type in ("PERSON", "ORG", "GPE")
             and _BY_BEFORE.search(body, max(start, mm.char_start - 8), mm.char_start)][:1]
    if ments:
        return ments
    # a mouthpiece of an organisation or country speaks for it: "a spokesman for X",
    # "a statement from X", "officials at X"
    # (not "an official at the Horten site": a name modifying the complement's own noun)
    for mm in all_ments:
        mp = _MOUTHPIECE_OF.search(body, start, mm.char_start) if mm.char_start > start else None
        if (mm.type in ("ORG", "GPE") and mp is not None and not PREP_OR_VERB.search(body, start, mp.start())
                and not _NOUN_AFTER_NAME.match(body, mm.char_end, end)):
            return [mm]
    return []


def _prep_before(ctx: QuoteContext, start: int, pos: int) -> bool:
    """Whether a preposition or a verb of issuing sits in [start, pos), outside any mention
    ("War on Want's John Hale": the "on" is the organisation's)."""
    return any(not ctx.overlapping(m.start(), m.end()) for m in PREP_OR_VERB.finditer(ctx.body, start, pos))


def _from_mentions(ctx: QuoteContext, seg: str, start: int, end: int, cue_pos: int,
                   ments: list[EntityMention]) -> Resolved | None:
    """The speaker a mention in the phrase names: a person, else an ORG/GPE heading it or
    modifying its head ("China's foreign ministry")."""
    body = ctx.body
    if any(mm.type == "NORP" and mm.char_end >= end and honorific_start(body, mm.char_start, start) == mm.char_start
           for mm in ments):
        return _the_descriptor(ctx, seg, start, cue_pos)  # "the New Zealander" (but "Mr Irish" is a name)
    persons = [
        mm for mm in ments
        if mm.type == "PERSON" and (not POSSESSIVE_AFTER.match(body[mm.char_end:mm.char_end + 3])
                                    or PERSON_BODY_AFTER.fullmatch(body, mm.char_end, end))
    ]
    if persons:
        mm = persons[-1] if persons[-1].char_end >= end - 1 else persons[0]
        the = ctx.body[max(0, mm.char_start - 4):mm.char_start]
        if (the.lower() == "the " and mm.char_start - start in (0, 4) and mm.local_name == mm.surface
                and _THE_NAME.fullmatch(ctx.body, mm.char_start - 4, end)):
            # "the Birchfield Harrier": a description of somebody named before
            first = min(ctx.persons[n].char_start for n in ctx.persons_by_name[mm.local_name]) - 4  # before any "the X"
            found = _the_descriptor(ctx, ctx.body[mm.char_start - 4:end], first, first)
            if found[0] is not None and found[0] != mm.local_name:
                return found
        if PERSON_BODY_AFTER.fullmatch(body, mm.char_end, end):
            return mm.local_name, seg, "PERSON"  # "Castillo's office", "Okafor's administration"
        s0 = max(start, honorific_start(body, mm.char_start, start))
        return mm.local_name, body[s0:max(mm.char_end, s0)].strip() or mm.surface, "PERSON"
    orgs = [mm for mm in ments if mm.type in ("ORG", "GPE")]
    head = [mm for mm in orgs if mm.char_end >= end]
    if head:
        mm = head[-1]
        surface = mm.surface if mm.char_start <= start + 4 else seg
        return mm.local_name, surface, mm.type
    if not orgs:
        return _state_of_demonym(ctx, seg, end, ments)
    # an ORG/GPE modifying the head noun ("China's foreign ministry", "a US embassy spokesman"),
    # unless the head is a person's role ("the England coach", "the Tory co-chairman", "the Tory
    # MP for Sleaford")
    desc = _DESCRIPTOR.fullmatch(seg) or _role_before_complement(seg)
    if desc is not None:
        ment = descriptor_target(ctx, start, desc.group("role"), min(start, cue_pos))
        if ment is not None:
            return ment.local_name, seg, "PERSON"
        return None, seg, None  # "the England coach" nobody was introduced as: not England
    if seg.split()[-1].lower() in speech.PERSON_HEAD_NOUNS:
        # "the Waterford man": a person from the place, not the place; the one the article named
        return _the_descriptor(ctx, seg, start, cue_pos)
    named = _NAME_AFTER_ROLE.search(seg, orgs[-1].char_end - start)
    if named is not None and _ROLE_WORDS & set(seg[orgs[-1].char_end - start:named.start("name")].lower().split()):
        # "Tarn Rovers director of rugby Ian Hale": the person no mention covers heads the phrase
        return strip_titles(named.group("name")), seg, None
    return orgs[0].local_name, seg, orgs[0].type


def _state_of_demonym(ctx: QuoteContext, seg: str, end: int, ments: list[EntityMention]) -> Resolved | None:
    """"the Egyptian foreign ministry", "the French embassy": the country of the demonym."""
    for mm in ments:
        if mm.type != "NORP" or not _STATE_BODY_AFTER.fullmatch(ctx.body, mm.char_end, end):
            continue
        place = lookup_demonym(mm.surface)
        country = _country_names().get(place.country_code or "") if place is not None else None
        if country is not None:
            return country, seg, "GPE"
    return None


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country display names by ISO alpha-2 code ("EG" -> "Egypt")."""
    return {p.country_code: p.name for p in gazetteer().exact.values()
            if p.kind == "country" and p.country_code and p.key == f"country:{p.country_code}"}


def _written_name(body: str, seg: str, start: int) -> Resolved | None:
    """A capitalised name heading the phrase that no mention covers, as written."""
    for name in _NAME_RUN.finditer(seg):
        # a capitalised name heading the phrase: at its end, or before "of/at/from ..." ("Nick
        # Bubb of Delta Bank"); not one inside a complement ("a friend of Pauline Ashe")
        if name.end() < len(seg) and not _NAME_FOLLOW.match(seg, name.end()):
            continue
        if PREP_OR_VERB.search(seg, 0, name.start()):
            return None
        cand = name.group()
        words = cand.split()
        first_low = words[0].lower()
        if (len(words) > 1 and words[-1] in speech.POST_NOMINALS
                and (first_low == "the" or seg[:name.start()].lower().endswith("the "))):
            return None  # "the Ealing North MP": a description of somebody named before
        if (len(words) == 1 and sentence_initial(body, start + name.start())
                and (seg[name.end():name.end() + 4] == " of " or cand.endswith("ing") or lower_word_in(body, cand))
                and not capitalised_mid_sentence(body, cand)):
            continue  # "Results of a survey showed": capitalised only because it opens the sentence
        # sentence-initial capital on a common noun ("Officials said") is not a name
        if not (len(words) == 1 and first_low in speech.GENERIC_SUBJECTS):
            if first_low in speech.DETERMINERS:
                cand = " ".join(words[1:])
                if len(words) == 2 and _DEMONYM.search(cand):
                    return None, seg, None  # "the Brazilian", "the Frenchman"

            clean = strip_titles(cand)
            if clean.lower() in _ROLE_WORDS:
                return None  # "The MP for Sheppey": a role, not a name
            if clean and clean.lower() not in speech.GENERIC_SUBJECTS:
                return clean, cand, None
    return None


def _mouthpiece_of_name(seg: str, all_ments: list[EntityMention]) -> Resolved | None:
    """"a Five spokesman", "an Orbis Air official": the capitalised name no mention covers
    before a mouthpiece noun is the organisation speaking (not a demonym: "a French official")."""
    m = _NAME_MOUTHPIECE.fullmatch(seg)
    if m is None or any(mm.type == "NORP" for mm in all_ments):
        return None
    name = re.sub(r"['’]s$", "", m.group("org"))
    if not seg[:1].islower() and not re.match(r"(?i:a|an|the)\s", seg) and "'" not in seg and "’" not in seg:
        return None  # without a determiner only a possessive names the body ("Big Brother's spokeswoman")
    if name.lower() in speech.DETERMINERS or name.split()[0] in _DEMONYM_WORDS or name.lower() in speech.GENERIC_SUBJECTS:
        return None
    return name, seg, "ORG"


def _described_person(ctx: QuoteContext, seg: str, start: int, cue_pos: int,
                      all_ments: list[EntityMention]) -> Resolved:
    """"the <role>" naming a person met before; else the phrase names nobody."""
    words = seg.split()
    if len(words) > 6 and words[0].lower() not in speech.DETERMINERS:
        k = max((i for i, w in enumerate(words) if w.lower() in speech.DETERMINERS), default=0)
        seg = " ".join(words[k:])
    desc = _DESCRIPTOR.fullmatch(seg)
    head_end = None
    if desc is None:
        desc = _role_before_complement(seg) or _role_before_complement(seg.lower())  # "the MP for ..."
        head_end = start + (desc.end() if desc is not None else 0)
    named = [mm for mm in all_ments if mm.type != "NORP" and (head_end is None or mm.char_start < head_end)]
    if desc is not None and not named and seg == ctx.body[start:start + len(seg)]:
        ment = descriptor_target(ctx, start, desc.group("role"), min(start, cue_pos))
        if ment is not None:
            return ment.local_name, seg, "PERSON"
    noun = _THE_NOUN.fullmatch(seg) if desc is None and not named else None
    if noun is not None:  # "the agent" after "agent Pia Korhonen": a word of no role list
        ment = introduced_with_noun(ctx, start, noun.group("noun"))
        if ment is not None:
            return ment.local_name, seg, "PERSON"
    return None, seg, None


def _role_before_complement(seg: str) -> re.Match[str] | None:
    """"the <role>" (:data:`_DESCRIPTOR`) before its complement: "the MP for Sittingbourne",
    "the star of Rain Man"."""
    desc = _DESCRIPTOR.match(seg)
    return desc if desc is not None and _ROLE_COMPLEMENT.match(seg, desc.end()) else None


def _the_descriptor(ctx: QuoteContext, seg: str, start: int, cue_pos: int) -> Resolved:
    """"the American", "the Waterford man", "the Birchfield Harrier": a description of a person
    named before (``descriptor_target``); "a Waterford man" names nobody."""
    if seg[:4].lower() != "the ":
        return None, seg, None
    ment = descriptor_target(ctx, start, seg[4:], min(start, cue_pos))
    return (ment.local_name, seg, "PERSON") if ment is not None else (None, seg, None)
