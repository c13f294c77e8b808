"""A run of two or more capitalised words, by the first rule that decides it.

In order: a gazetteer place or demonym; compass words and a demonym ("Southeast Asian"); a seat of government ("State House"); title + name
("President Okafor", "Trade and Industry Secretary Patricia Hewitt"); titles only; an event or work
head (places inside kept); a body before a title ("Tory MP" -> "Tory", "Microsoft CEO" ->
"Microsoft"); an organisation head word ("... Institute", "US Forces Japan", "... Finance"); a
sports club; a compass word before a place ("South Wales"); a geographic feature or facility;
an event, work or law ("Operation X"); a leading country or demonym ("Britain's Tony ..." is
split by the possessive; before an institution's name, its national body: "British Red Cross"); names joined by "&" ("Marks & Spencer"); a firm and its market ("Lycos Europe"); a camel-case brand
("PlayStation Portable" -> ORG "PlayStation"; "McTavish" is a surname, not a brand); a person
name. Whatever no rule takes yields only the places, demonyms and acronyms inside it.

Finer points: a list inside an "of"/"for" organisation name is one name ("Ministry of Forests,
Rivers and Wildlife"); "State House", "Government House" are facilities (LOC); "Island", "Bay",
"Mountain" need an unusual word before them, "the" or a locative word, "Lake" one of the latter
two; a capitalised "The" before a name makes it a title of a work, not a person ("The Fisher
King").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.text.common import prefix_tree
from pipelines.text.entities.classify_single import classify_single
from pipelines.text.entities.cues import (
    company_cue,
    lower_word_before,
    ordinary_words_body_cue,
    person_cue,
    publication_before,
)
from pipelines.text.entities.document import Candidate, EntityDoc, Token, surface
from pipelines.text.entities.keys import name_key
from pipelines.text.entities.person_names import name_like, title_split
from pipelines.text.entities.places import place_candidate
from pipelines.text.entities.rules import (
    GPE_COMPASS_AFTER,
    GPE_CONSTITUENCY,
    GPE_GAZETTEER,
    GPE_PLACE_AND_HEAD,
    GPE_UNIT_OF,
    LOC_COMPASS,
    LOC_FACILITY,
    LOC_FACILITY_NOUN,
    LOC_FEATURE,
    NORP_COMPASS,
    NORP_DEMONYM,
    ORG_ACRONYM,
    ORG_ACRONYM_NAME,
    ORG_AMPERSAND,
    ORG_BARE_NAME,
    ORG_BEFORE_PERSON,
    ORG_BRAND,
    ORG_CHANNEL,
    ORG_CLUB,
    ORG_COMPANY_CUE,
    ORG_COUNTRY_BODY,
    ORG_CUE,
    ORG_HEAD_WORD,
    ORG_INSTITUTION,
    ORG_NATIONAL_BODY,
    ORG_LEGAL_FORM,
    ORG_POSSESSIVE_NAME,
    ORG_PLACE_AND_TRADE,
    ORG_REGIONAL_UNIT,
    ORG_TITLED_BODY,
    PERSON_AFTER_BODY,
    PERSON_CUE,
    PERSON_NAME,
    PERSON_KNIGHT,
    PERSON_PEER,
    PERSON_TITLE,
)
from pipelines.text.entities.word_shapes import is_acronym, is_brand
from pipelines.text.lexicon.english import MONTHS_DAYS, STOPWORDS, is_common_word
from pipelines.text.lexicon.gazetteer import is_small_town, lookup_demonym, lookup_place
from pipelines.text.lexicon.names import (
    GIVEN_NAME_WORDS,
    DEMONYMS_ALSO_GIVEN_NAMES,
    DOTTED_ABBREVIATIONS,
    HONORIFICS,
    NAMESAKE_TITLES,
    NAME_TITLES,
    PEER_TITLES,
    PERSON_TITLES,
    ROLE_NOUNS,
    TITLE_MODIFIERS,
    TITLES_AFTER_BODY,
)
from pipelines.text.lexicon.non_entities import EVENT_FIRST_WORDS, MISC_HEADS, NON_ORG_ACRONYMS, NOT_ENTITY_WORDS
from pipelines.text.lexicon.organisations import (
    BROADCAST_SERVICE_WORDS,
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    CLUB_SUFFIXES_AFTER_ANY_NAME,
    COMPANY_NOUNS,
    COMPANY_RELATION_NOUNS,
    GENERIC_ORG_ALONE,
    HEADS_BEFORE_FOR,
    INSTITUTION_PHRASES,
    INSTITUTION_WORDS,
    LEGAL_FORMS,
    OF_ORG_HEADS,
    ORG_FINAL_WORDS,
    ORG_WORDS,
    TRADE_WORDS,
)
from pipelines.text.lexicon.places import (
    COMPASS_WORDS,
    COMPASS_WORDS_AFTER_A_PLACE,
    CONSTITUENCY_MEMBERS,
    FACILITY_HEADS_AFTER,
    FACILITY_WORDS,
    GPE_HEADS_BEFORE_OF,
    GPE_NAME_HEADS,
    LOC_FEATURES,
    LOC_FIRST_WORDS,
    LOCATIVE_WORDS,
    SEAT_FIRST_WORDS,
    STRONG_FACILITY_WORDS,
    STRONG_LOC_FEATURES,
    WEAK_LOC_FEATURES,
)

_TITLE_WORDS = PERSON_TITLES | TITLE_MODIFIERS
_PUBLICATION_BEFORE = re.compile(
    r"(?i)(?<![\w'’\-])(?:told|according to|wrote in|writing in|interview with|quoted by|reported by) the $")
_AT_OR_TO = re.compile(r"(?<![\w'’\-])(?:at|to)(?: the)? $")
# a lower-case facility noun after a name: "Kessa Green police station", "the Tolo Vale airport"
_FACILITY_AFTER = re.compile(r" (?:" + prefix_tree(sorted(FACILITY_HEADS_AFTER)) + r")\b")


@dataclass(slots=True)
class _Run:
    """A stripped run of two or more capitalised words, with the "The" before it if any."""

    doc: EntityDoc
    toks: list[Token]
    the: Token | None
    text: str
    initial: bool
    heading: bool
    words: list[str]

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end

    def start_with_the(self) -> int:
        """Where the name starts when a "The" inside a sentence is part of it ("The X Times")."""
        return self.the.start if self.the is not None and not self.the.initial else self.start


def classify_multi(doc: EntityDoc, toks: list[Token], the: Token | None, text: str, initial: bool,
                   heading: bool) -> list[Candidate]:
    run = _Run(doc, toks, the, text, initial, heading, [t.text for t in toks])
    for rule in _RULES:
        found = rule(run)
        if found is not None:
            return found
    return _person(run)


def classify_part(doc: EntityDoc, toks: list[Token], the: Token | None, initial: bool,
                  heading: bool) -> list[Candidate]:
    """A part of a run, classified on its own (an institution's name too: "Red Cross")."""
    text = surface(doc, toks)
    if text in INSTITUTION_PHRASES:
        return [Candidate(toks[0].start, toks[-1].end, "ORG", ORG_INSTITUTION, text)]
    if sum(1 for t in toks if t.kind == "cap") >= 2:
        return classify_multi(doc, toks, the, surface(doc, toks), initial, heading)
    return classify_single(doc, toks[0], initial, heading)


def sub_places(doc: EntityDoc, toks: list[Token]) -> list[Candidate]:
    """Places, demonyms and acronym organisations inside an unclassified run."""
    out: list[Candidate] = []
    i, n = 0, len(toks)
    while i < n:
        hit = None
        if toks[i].kind == "cap":
            for j in range(min(n, i + 5), i, -1):
                if toks[j - 1].kind != "cap":
                    continue
                text = surface(doc, toks[i:j])
                p = lookup_place(text) or lookup_demonym(text)
                if p is not None and not (not p.trusted and j - i == 1):
                    hit = (j, place_candidate(doc, toks[i:j], p, GPE_GAZETTEER if p.type != "NORP" else NORP_DEMONYM))
                    break
            if hit is None:
                t = toks[i]
                if is_acronym(t.text) and t.text not in NON_ORG_ACRONYMS and not is_common_word(t.text):
                    hit = (i + 1, Candidate(t.start, t.end, "ORG", ORG_ACRONYM, t.text, single=True))
                elif t.text in INSTITUTION_WORDS or (t.text in ORG_WORDS and t.text not in GENERIC_ORG_ALONE):
                    hit = (i + 1, Candidate(t.start, t.end, "ORG", ORG_INSTITUTION, t.text, single=True))
        if hit:
            out.append(hit[1])
            i = hit[0]
        else:
            i += 1
    return out


def _whole_place(r: _Run) -> list[Candidate] | None:
    whole = lookup_place(r.text) or lookup_demonym(r.text)
    if whole is None:
        return None
    return [place_candidate(r.doc, r.toks, whole, NORP_DEMONYM if whole.type == "NORP" else GPE_GAZETTEER)]


_POSSESSIVE_GAPS = frozenset(("' ", "’ ", "'s ", "’s "))


def _possessive_name(r: _Run) -> list[Candidate] | None:
    """A run the tokenizer joined over a possessive ("the Growers' Progress League", "Renters'
    Voice", "the Auditor's Office"): one body's name, never a person (in a title-case heading,
    its places only)."""
    body, toks = r.doc.body, r.toks
    if not any(body[a.end:b.start] in _POSSESSIVE_GAPS for a, b in zip(toks, toks[1:])):
        return None
    if r.heading:
        return sub_places(r.doc, toks)
    start = r.start_with_the()
    return [Candidate(start, r.end, "ORG", ORG_POSSESSIVE_NAME, body[start:r.end])]


def _compass_demonym(r: _Run) -> list[Candidate] | None:
    """Compass words before a demonym ("Southeast Asian", "Central European"): a group or region
    adjective, never a person's name."""
    words = r.words
    if len(r.toks) >= 2 and all(t.kind == "cap" for t in r.toks) and COMPASS_WORDS.issuperset(words[:-1]):
        d = lookup_demonym(words[-1])
        if d is not None:
            return [Candidate(r.start, r.end, "NORP", NORP_COMPASS, r.text, place=d)]
    return None


def _ampersand(r: _Run) -> list[Candidate] | None:
    """Names joined by "&" ("Marks & Spencer", "Ernst & Young"): one organisation, never a
    person (the tokenizer joins no place to another name over "&")."""
    if any(t.kind == "conn" and t.text == "&" for t in r.toks) and not all(
            is_common_word(t.text) for t in r.toks if t.kind == "cap"):  # "Research & Development"
        start = r.start_with_the()
        return [Candidate(start, r.end, "ORG", ORG_AMPERSAND, r.doc.body[start:r.end])]
    return None


def _channel(r: _Run) -> list[Candidate] | None:
    """A broadcaster's acronym and its channel or service ("BBC Two", "ITV News", "BBC Radio
    Scotland"): one organisation, not the broadcaster cut short."""
    toks = r.toks
    first = toks[0].text
    if (len(toks) <= 4 and is_acronym(first) and first not in NON_ORG_ACRONYMS
            and all(t.kind == "cap" and t.text in BROADCAST_SERVICE_WORDS for t in toks[1:])):
        return [Candidate(r.start, r.end, "ORG", ORG_CHANNEL, r.text)]
    if 2 <= len(toks) <= 3 and all(t.kind == "cap" and is_acronym(t.text) and t.text not in NON_ORG_ACRONYMS
                                   and lookup_place(t.text) is None for t in toks):
        return [Candidate(r.start, r.end, "ORG", ORG_ACRONYM, r.text)]  # "ABN AMRO": one name
    if first == "Radio" and len(toks) <= 4 and not any(w.lower() in ROLE_NOUNS or w in PERSON_TITLES for w in r.words):
        return [Candidate(r.start, r.end, "ORG", ORG_CHANNEL, r.text)]  # "Radio Free Kessa", "Radio Tolo"
    return None


def _acronym_and_word(r: _Run) -> list[Candidate] | None:
    """An organisation's acronym and one ordinary word ("UN Women", "UN Habitat"): one body,
    not a person; not a place's acronym ("US Women"), a title, role or event word after it."""
    toks = r.toks
    if len(toks) != 2 or toks[1].kind != "cap":
        return None
    first, word = r.words
    low = word.lower()
    if (is_acronym(first) and first not in NON_ORG_ACRONYMS and lookup_place(first) is None
            and is_common_word(word) and word not in PERSON_TITLES and word not in MISC_HEADS
            and word not in FACILITY_WORDS and word not in LOC_FEATURES
            and word not in MONTHS_DAYS and low not in ROLE_NOUNS and low.removesuffix("s") not in ROLE_NOUNS
            and lookup_demonym(word) is None):
        return [Candidate(r.start, r.end, "ORG", ORG_ACRONYM_NAME, r.text)]
    return None


def _seat_of_government(r: _Run) -> list[Candidate] | None:
    if len(r.toks) == 2 and r.words[-1] in ("House", "Palace") and r.words[0] in SEAT_FIRST_WORDS:
        return [Candidate(r.start, r.end, "LOC", LOC_FACILITY, r.text)]
    return None


def _title_and_name(r: _Run) -> list[Candidate] | None:
    """"President Okafor": the person, with the title as its role; a body inside the title
    ("Tory MP X", "Microsoft CEO X") is classified on its own."""
    doc, toks = r.doc, r.toks
    ti, ni = title_split(doc, toks)
    if ti < 0:
        return None
    tail = toks[ni:]
    head = toks[:ni]
    if (ti == 0 and ni == 1 and toks[0].text in NAMESAKE_TITLES
            and (tail[-1].text in STRONG_FACILITY_WORDS or tail[-1].text in STRONG_LOC_FEATURES)):
        return None  # "the Prince Edward Theatre": a building named for someone, not the person
    if toks[ti].text in PEER_TITLES and ti == ni - 1 and sum(1 for t in tail if t.kind == "cap") == 1:
        # "Lord Ashby": a peer is called by title and one name, and the title belongs to the name
        peer = toks[ti:]
        return [Candidate(peer[0].start, peer[-1].end, "PERSON", PERSON_PEER, surface(doc, peer))]
    if toks[ti].text in NAME_TITLES and ti == ni - 1:
        # "Sir Nigel Foo", "Minister Dame Ann Bar": a knight's title is part of the name ("Sir
        # Nigel" later); the titles before it are the role
        tail, head = toks[ti:], toks[:ti]
        if not head:
            return [Candidate(tail[0].start, tail[-1].end, "PERSON", PERSON_KNIGHT, surface(doc, tail))]
    knight = tail[0].text in NAME_TITLES
    cand = Candidate(tail[0].start, tail[-1].end, "PERSON", PERSON_KNIGHT if knight else PERSON_TITLE,
                     surface(doc, tail), single=not knight and sum(1 for t in tail if t.kind == "cap") == 1)
    honor_only = all(t.text in HONORIFICS or t.kind != "cap" for t in head)
    if not honor_only:
        title_end = head[-1].end
        if doc.body[title_end:title_end + 1] == "." and head[-1].text in DOTTED_ABBREVIATIONS:
            title_end += 1
        cand.title_start, cand.title_end = head[0].start, title_end
    core = list(head)
    while core and (core[-1].kind != "cap" or core[-1].text in PERSON_TITLES
                    or core[-1].text in TITLE_MODIFIERS):
        core.pop()
    subs: list[Candidate] = []
    if any(t.kind == "cap" for t in core):
        subs = classify_part(doc, core, None, False, r.heading)
    return [x for x in subs if x.type != "PERSON"] + [cand]


#: A title and "of (the)" right before a run: "Director General of", "Chair of the".
_TITLE_OF_BEFORE = re.compile(r"(?:^|[\s(])(?P<title>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})\s+of\s+(?:the\s+)?$")
_BODY_HEADS = ORG_WORDS | ORG_FINAL_WORDS | HEADS_BEFORE_FOR


def _body_then_holder(r: _Run) -> list[Candidate] | None:
    """"Director General of Baltic Gateway Terminals Vytautas Jankauskas": after a title and
    "of", a body's name run into its holder's. The person is what follows the body's last head
    word ("... Union Peter Okoth Ayieko"), else the last two words when the surname recurs in
    the document; the body keeps at least two words."""
    doc, toks = r.doc, r.toks
    if len(toks) < 4 or any(t.kind != "cap" for t in toks):
        return None
    before = _TITLE_OF_BEFORE.search(doc.body, max(0, r.start - 60), r.start)
    if before is None or not all(w in _TITLE_WORDS for w in before.group("title").split()):
        return None
    heads = [i for i, t in enumerate(toks) if t.text in _BODY_HEADS]
    cut = heads[-1] + 1 if heads else -1
    if not (heads and 2 <= len(toks) - cut <= 3):
        cut = len(toks) - 2
        if heads and heads[-1] >= cut or doc.body.count(toks[-1].text) < 2:
            return None
    body, person = toks[:cut], toks[cut:]
    if len(body) < 2 or any(t.text in _TITLE_WORDS or t.text in _BODY_HEADS for t in person):
        return None
    return [Candidate(body[0].start, body[-1].end, "ORG", ORG_BEFORE_PERSON, surface(doc, body)),
            Candidate(person[0].start, person[-1].end, "PERSON", PERSON_AFTER_BODY, surface(doc, person))]


def _titles_only(r: _Run) -> list[Candidate] | None:
    """Only titles and title words: not an entity (but places inside are); when the last word is
    an organisation head, the body the titles name ("the Home Office", "Cabinet Office")."""
    if _TITLE_WORDS.issuperset([t.text for t in r.toks if t.kind == "cap"]):
        if r.words[-1] in ORG_WORDS and r.toks[0].kind == "cap" and r.words[0] not in PERSON_TITLES:
            start = r.start_with_the()
            return [Candidate(start, r.end, "ORG", ORG_TITLED_BODY, r.doc.body[start:r.end])]
        return sub_places(r.doc, r.toks)
    return None


def _event_head(r: _Run) -> list[Candidate] | None:
    """Events, works, awards ("Academy Awards", "Consumer Electronics Show"): places inside only;
    but a title a publication may end with, after words that take one ("told the Kessa Financial
    Review"), is the publication."""
    last = r.words[-1]
    if last in ORG_FINAL_WORDS and _PUBLICATION_BEFORE.search(r.doc.body, max(0, r.start - 24), r.start):
        start = r.start_with_the()
        return [Candidate(start, r.end, "ORG", ORG_HEAD_WORD, r.doc.body[start:r.end])]
    if last in MISC_HEADS and last not in ORG_WORDS:
        return sub_places(r.doc, r.toks)
    return None


def _body_before_title(r: _Run) -> list[Candidate] | None:
    """A party or body before a title ("Tory MP", "Microsoft CEO"): the organisation alone."""
    doc, toks = r.doc, r.toks
    if not (r.words[-1] in TITLES_AFTER_BODY and toks[-2].kind == "cap" and toks[-2].text not in PERSON_TITLES):
        return None
    rest = toks[:-1]
    while (len(rest) > 1 and rest[0].kind == "cap" and is_common_word(rest[0].text)
           and rest[0].text not in ORG_WORDS and lookup_place(surface(doc, rest)) is None
           and lookup_place(rest[0].text) is None and lookup_demonym(rest[0].text) is None):
        rest = rest[1:]  # "Veteran Labour MP" (but "East Midlands MEP")
    if len(rest) == 1 and r.words[-1] in CONSTITUENCY_MEMBERS and (p := lookup_place(rest[0].text)) is not None \
            and p.type == "GPE":
        # "the Salford MP": the town is the seat, even one that needs a locative cue elsewhere
        return [place_candidate(doc, rest, p, GPE_CONSTITUENCY)]
    found = classify_part(doc, rest, r.the, r.initial, r.heading)
    for c in found:
        if c.rule == ORG_BARE_NAME:  # the title after it shows a body: "a Greenway MP"
            c.rule, c.weak = ORG_CUE, False
    return found


def _org_head_word(r: _Run) -> list[Candidate] | None:
    """Organisations by head word (anywhere), "The X Times" keeps its article; in a title-case
    heading, ordinary words with a head word inside but not last are no name."""
    words = r.words
    if r.heading and words[-1] not in ORG_WORDS and all(is_common_word(w) for w in words):
        # a title-case heading ("Alliance Modernization Stalls"): its places and acronyms only
        return [c for c in sub_places(r.doc, r.toks) if c.rule != ORG_INSTITUTION]
    if ORG_WORDS.isdisjoint(words) and words[-1] in ORG_FINAL_WORDS and len(r.toks) == 2 and (
            (before := lower_word_before(r.doc.body, r.start)) in ROLE_NOUNS
            and before not in COMPANY_RELATION_NOUNS and before not in COMPANY_NOUNS):
        return None  # "bass player Ann Wire": a person's role before a name whose last word is a final one
    if not ORG_WORDS.isdisjoint(words) or words[-1] in ORG_FINAL_WORDS or (
        words[0] in OF_ORG_HEADS and any(t.kind == "conn" for t in r.toks)
    ):
        start = r.start_with_the()
        return [Candidate(start, r.end, "ORG", ORG_HEAD_WORD, r.doc.body[start:r.end])]
    return None


def _legal_form(r: _Run) -> list[Candidate] | None:
    """A name and a firm's legal form after it ("Tolo AS", "Brenner Kessa GmbH"): the firm, the form
    part of its name (not a title-case heading)."""
    if r.words[-1] in LEGAL_FORMS and r.toks[-2].kind == "cap" and not r.heading:
        start = r.start_with_the()
        return [Candidate(start, r.end, "ORG", ORG_LEGAL_FORM, r.doc.body[start:r.end])]
    return None


def _unit_of_place(r: _Run) -> list[Candidate] | None:
    """An administrative unit named by its head and "of" ("Region of Murcia", "Province of
    Kessa"): one place, the head part of its name."""
    toks = r.toks
    if (len(toks) >= 3 and r.words[0].lower() in GPE_HEADS_BEFORE_OF and toks[1].kind == "conn"
            and toks[1].text == "of" and all(t.kind == "cap" for t in toks[2:])):
        return [Candidate(r.start, r.end, "GPE", GPE_UNIT_OF, r.text)]
    return None


def _club(r: _Run) -> list[Candidate] | None:
    """Sports clubs: "Leeds United", "Real Madrid"."""
    toks, words, last = r.toks, r.words, r.words[-1]
    if words[0] in CLUB_PREFIXES and len(toks) <= 3 and all(
            t.kind == "cap" and t.text.lower() not in STOPWORDS for t in toks[1:]):
        return [Candidate(r.start, r.end, "ORG", ORG_CLUB, r.text)]
    if last in CLUB_SUFFIXES:
        prefix = toks[:-1]
        p = lookup_place(surface(r.doc, prefix))
        if (p is not None and p.kind == "city") or (
                last in CLUB_SUFFIXES_AFTER_ANY_NAME and not is_common_word(prefix[0].text) and p is None):
            return [Candidate(r.start, r.end, "ORG", ORG_CLUB, r.text)]
    return None


#: Countries whose towns name football clubs with a settlement head ("Derby County", "Hull City").
_CLUB_TOWN_COUNTRIES = frozenset(("GB", "IE"))


def _place_and_head(r: _Run) -> list[Candidate] | None:
    """A place's name opening a longer name, typed by the head word after it: a settlement or
    unit ("Kessa City", "Tolo County": one place, also after an unknown name before "County")
    or a trade ("Kessa Power": the firm); a British or Irish town before "City", "Town",
    "County" is a club (``_club``)."""
    toks, last = r.toks, r.words[-1]
    if len(toks) < 2 or toks[-2].kind != "cap" or not (last in GPE_NAME_HEADS or last in TRADE_WORDS):
        return None
    before = surface(r.doc, toks[:-1])
    p = lookup_place(before)
    if last in TRADE_WORDS:
        if p is None and lookup_demonym(before) is None:
            return None
        start = r.start_with_the()
        return [Candidate(start, r.end, "ORG", ORG_PLACE_AND_TRADE, r.doc.body[start:r.end])]
    if p is None:
        first = toks[0].text
        if not (last == "County" and len(toks) == 2 and not is_common_word(first) and first not in PERSON_TITLES
                and lookup_demonym(first) is None):
            return None
    elif p.type != "GPE" or (p.kind in ("city", "county") and p.country_code in _CLUB_TOWN_COUNTRIES
                             and last in CLUB_SUFFIXES):
        return None
    return [Candidate(r.start, r.end, "GPE", GPE_PLACE_AND_HEAD, r.text)]


def _compass_and_place(r: _Run) -> list[Candidate] | None:
    """Compass word + place: "South Wales", "Northern England", "the North of England" (a region of
    the place)."""
    if r.words[0] in COMPASS_WORDS and len(r.toks) >= 2:
        rest = r.toks[2:] if r.toks[1].kind == "conn" and r.toks[1].text == "of" else r.toks[1:]
        rp = lookup_place(surface(r.doc, rest)) if rest else None  # "the North of England"
        if rp is not None and rp.type in ("GPE", "LOC"):
            return [Candidate(r.start, r.end, "LOC", LOC_COMPASS, r.text)]
    return None


def _place_and_compass(r: _Run) -> list[Candidate] | None:
    """A town or county and one compass word after it ("Brent South", "Glasgow North"): a
    district or constituency of it, one place (the compass word is no part of a next name)."""
    if len(r.toks) == 2 and r.words[1] in COMPASS_WORDS_AFTER_A_PLACE and r.toks[1].kind == "cap":
        p = lookup_place(r.words[0])
        if p is not None and p.kind in ("city", "province", "region", "county") and not is_small_town(p):
            return [Candidate(r.start, r.end, "GPE", GPE_COMPASS_AFTER, r.text)]
    return None


def _feature_or_facility(r: _Run) -> list[Candidate] | None:
    """Geographic features ("Baltic Sea", "Lake Victoria") and facilities ("Downing Street")."""
    doc, toks, words, last = r.doc, r.toks, r.words, r.words[-1]
    start, end = r.start, r.end
    if last in LOC_FEATURES or words[0] in LOC_FIRST_WORDS:
        before = surface(doc, toks[:-1])
        prefix_place = lookup_place(before) or lookup_demonym(before)
        weak_ok = len(toks) == 2 and (
            ((r.the is not None and not r.the.initial) or lower_word_before(doc.body, start) in LOCATIVE_WORDS)
            and name_key(words[0]) not in doc.person_evidence and not person_cue(doc, start, end)
            # "in Tolvar Sound", "the Kessa Coast" (not "to Ana Sound, an engineer")
            or (last in WEAK_LOC_FEATURES and last != "Lake" and not is_common_word(words[0])
                and not person_cue(doc, start, end)))
        if (last in STRONG_LOC_FEATURES or prefix_place is not None or len(toks) >= 3
                or words[0] in LOC_FIRST_WORDS or weak_ok or (words[0] in COMPASS_WORDS and last not in WEAK_LOC_FEATURES)):
            start = r.start_with_the()
            return [Candidate(start, end, "LOC", LOC_FEATURE, doc.body[start:end])]
    if last in FACILITY_WORDS:
        if (last in STRONG_FACILITY_WORDS or lookup_place(surface(doc, toks[:-1])) is not None
                or is_common_word(words[0]) or (len(toks) == 2 and _unknown_venue(doc, words, start, end))
                or (len(toks) == 2 and is_acronym(words[0]))):  # "the BT Tower"
            return [Candidate(start, end, "LOC", LOC_FACILITY, r.text)]
    return None


def _unknown_venue(doc: EntityDoc, words: list[str], start: int, end: int) -> bool:
    """"at Ewood Park", "to the Kessa Playhouse": a facility word after "at" or "to" makes a place of
    an unknown first word (unless a person cue or the document makes it a name: "spoke to Nick
    Park, the animator")."""
    return (_AT_OR_TO.search(doc.body, max(0, start - 8), start) is not None and not person_cue(doc, start, end)
            and name_key(words[0]) not in doc.person_evidence and name_key(words[-1]) not in doc.person_evidence)


def _event_or_work(r: _Run) -> list[Candidate] | None:
    """Events, works, laws, products ("Operation X", "Treaty of Y"): places inside only."""
    words, last = r.words, r.words[-1]
    if last in MISC_HEADS or words[0] in EVENT_FIRST_WORDS or (
            last in MONTHS_DAYS and len(r.toks) == 2 and words[0] in NOT_ENTITY_WORDS):
        return sub_places(r.doc, r.toks)
    return None


def _leading_place(r: _Run) -> list[Candidate] | None:
    """A leading country or demonym followed by more: the place, then the rest on its own
    ("Britain's Tony ..." is split by the possessive); not a person whose first name is a city
    ("Paris Hilton")."""
    doc, toks = r.doc, r.toks
    for k in range(min(len(toks) - 1, 4), 0, -1):
        if toks[k - 1].kind != "cap":
            continue
        ptext = surface(doc, toks[:k])
        p = lookup_place(ptext)
        if p is not None and k == 1 and is_small_town(p):
            p = None  # "To Vima", "Olympic Village": a small town's name opening another name
        d = lookup_demonym(ptext) if p is None else None
        if p is None and d is None:
            continue
        if d is not None and k == 1 and ptext in DEMONYMS_ALSO_GIVEN_NAMES and name_like(doc, toks):
            return None  # "said Christian Kessler": a given name, not a group
        if p is not None and p.kind in ("city", "province") and k == 1 and name_like(doc, toks):
            rest_caps = [t.text for t in toks[1:] if t.kind == "cap" and len(t.text) > 1]
            evidence = any(name_key(w) in doc.person_evidence for w in rest_caps)
            if evidence or not (p.trusted and len(rest_caps) == 1 and is_common_word(rest_caps[0])):
                return None  # "Paris Hilton", "George W Bush": a person whose first name is a city
        rest = toks[k:]
        while rest and rest[0].kind != "cap":
            rest = rest[1:]
        if rest and rest[0].start == toks[k - 1].end + 1 and surface(doc, rest) in INSTITUTION_PHRASES:
            # "British Red Cross", "the Kenyan Red Cross": the institution's national body
            return [Candidate(r.start, r.end, "ORG", ORG_NATIONAL_BODY, r.text)]
        first = [place_candidate(doc, toks[:k], p, GPE_GAZETTEER)] if p is not None else [
            Candidate(toks[0].start, toks[k - 1].end, "NORP", NORP_DEMONYM, ptext, place=d, single=k == 1)]
        if not rest:
            return first
        return first + classify_part(doc, rest, None, False, r.heading)
    return None


def _country_body(r: _Run) -> list[Candidate] | None:
    """Ordinary words before a country's name ("Export Finance Australia", "Sport Kessia",
    "Cancer Research UK"): a national body, never a person or a place."""
    toks, words = r.toks, r.words
    lp = lookup_place(words[-1])
    if (lp is None or lp.kind not in ("country", "nation") or len(toks) < 2 or toks[-2].kind != "cap"
            or lookup_place(r.text) is not None):
        return None
    head = [t.text for t in toks[:-1] if t.kind == "cap"]
    if all(is_common_word(w) and w not in COMPASS_WORDS and w not in PERSON_TITLES and lookup_demonym(w) is None
           and lookup_place(w) is None and w.lower() not in STOPWORDS for w in head):
        start = r.start_with_the()
        return [Candidate(start, r.end, "ORG", ORG_COUNTRY_BODY, r.doc.body[start:r.end])]
    return None


def _regional_unit(r: _Run) -> list[Candidate] | None:
    """"Lycos Europe", "Nintendo UK": a firm and its market."""
    words = r.words
    lp = lookup_place(words[-1])
    if (lp is not None and lp.kind in ("country", "region", "nation") and len(r.toks) == 2
            and lookup_place(words[0]) is None and not is_common_word(words[0]) and len(words[0]) > 1
            and words[0] not in PERSON_TITLES and words[0].lower() not in STOPWORDS
            and (lp.kind == "region" or is_acronym(words[0]) or words[0] in ORG_WORDS)):
        return [Candidate(r.start, r.end, "ORG", ORG_REGIONAL_UNIT, r.text)]
    return None


def _brand(r: _Run) -> list[Candidate] | None:
    """A brand written in camel case ("PlayStation Portable", "Sony PlayStation"): the
    organisation up to the brand word; product words after it are classified on their own."""
    doc, toks = r.doc, r.toks
    brand = next((i for i, t in enumerate(toks) if t.kind == "cap" and is_brand(t.text)), -1)
    if brand < 0:
        return None
    head, rest = toks[:brand + 1], toks[brand + 1:]
    while len(head) > 1 and (head[0].kind != "cap" or head[0].text in _TITLE_WORDS
                             or (is_common_word(head[0].text) and not is_brand(head[0].text))):
        head = head[1:]  # "Former WorldCom boss": the brand alone
    start = head[0].start
    if r.the is not None and not r.the.initial and brand == len(toks) - 1:
        start = r.the.start
    out = [Candidate(start, head[-1].end, "ORG", ORG_BRAND, doc.body[start:head[-1].end], single=len(head) == 1)]
    while rest and rest[0].kind != "cap":
        rest = rest[1:]
    if rest:
        out += classify_part(doc, rest, None, False, r.heading)
    return out


def _ordinary_words_body(r: _Run) -> list[Candidate] | None:
    """Capitalised ordinary words with no person evidence and a body's cue around them ("told
    Sky Sports", "environmental group Blue Corridor", "a spokesman for Northern Trains", "seen by
    the Northern Ledger"): an organisation or a publication, never a person; without a cue they
    are more often a title of a work and stay no entity. Not in a heading, and not when a place,
    a title or a given name first ("Rose Hill") is among them."""
    doc, toks = r.doc, r.toks
    if r.heading:
        return None
    caps = [t for t in toks if t.kind == "cap"]
    if (len(caps) >= 2 and doc.body[r.start - 4:r.start] == "the " and publication_before(doc, r.start)
            and not any(t.text in PERSON_TITLES or t.text in GIVEN_NAME_WORDS or is_acronym(t.text)
                        or lookup_place(t.text) is not None for t in caps)):
        # "seen by the Northern Ledger" (not "told the BBC Michael Howard ...", "told the BBC Liverpool were")
        return [Candidate(r.start, r.end, "ORG", ORG_CUE, r.text)]
    if len(caps) < 2 or not all(
            is_common_word(t.text) and len(t.text) > 1 and t.text not in PERSON_TITLES and t.text not in MONTHS_DAYS
            and lookup_place(t.text) is None and lookup_demonym(t.text) is None for t in caps) or (
            caps[0].text in GIVEN_NAME_WORDS):
        return None
    if not ordinary_words_body_cue(doc, r.start, r.end):
        return None
    # a company cue is the stronger rule: the document's other mentions of the name follow it
    rule = ORG_COMPANY_CUE if company_cue(doc, r.start, r.end) else ORG_CUE
    return [Candidate(r.start, r.end, "ORG", rule, r.text)]


def _person(r: _Run) -> list[Candidate]:
    """Person names (never after a capitalised "The": "The Fisher King" is a title); else the
    places inside."""
    doc, toks, start, end = r.doc, r.toks, r.start, r.end
    body = _ordinary_words_body(r)
    if body is not None:
        return body
    if r.the is not None or not name_like(doc, toks):
        if (not r.heading and len(toks) >= 3 and all(t.kind == "cap" for t in toks)
                and company_cue(doc, start, end) and not sub_places(doc, toks)):
            # "the charity Hollins Cancer Support said": words no name is made of, a body's cue before
            return [Candidate(start, end, "ORG", ORG_COMPANY_CUE, r.text)]
        return sub_places(doc, toks)
    if r.heading and not person_cue(doc, start, end) and not any(
            name_key(t.text) in doc.person_evidence for t in toks if t.kind == "cap"):
        return sub_places(doc, toks)
    caps = [t for t in toks if t.kind == "cap"]
    all_common = all(is_common_word(t.text) for t in caps if len(t.text) > 1)
    evidence = any(name_key(t.text) in doc.person_evidence for t in caps)
    if all_common and not evidence and not person_cue(doc, start, end):
        return sub_places(doc, toks)
    k = max((i + 1 for i, t in enumerate(caps[:-2]) if t.text.lower() in ROLE_NOUNS), default=0)
    if k:
        # "Radio DJ Sam Poe", "Chef Ana Ruiz": a job word before the name is a role, not a name
        caps = caps[k:]
        start = caps[0].start
        return [Candidate(start, end, "PERSON", PERSON_CUE, doc.body[start:end])]
    cue = person_cue(doc, start, end)
    if not cue and not evidence and _FACILITY_AFTER.match(doc.body, end, end + 30):
        return [Candidate(start, end, "LOC", LOC_FACILITY_NOUN, r.text)]  # "Kessa Green police station"
    if (cue and all_common and not evidence and len(caps) >= 2 and caps[0].text not in GIVEN_NAME_WORDS
            and not r.initial):
        # "Extinction Rebellion said": ordinary words, no given name first, speak as a body
        return [Candidate(start, end, "ORG", ORG_CUE, r.text)]
    return [Candidate(start, end, "PERSON", PERSON_CUE if cue else PERSON_NAME, r.text)]


_RULES: tuple[Callable[[_Run], list[Candidate] | None], ...] = (
    _whole_place, _possessive_name, _compass_demonym, _ampersand, _channel, _seat_of_government, _title_and_name, _body_then_holder,
    _titles_only,
    _event_head, _body_before_title, _legal_form, _org_head_word, _acronym_and_word, _unit_of_place, _place_and_head, _club,
    _compass_and_place,
    _place_and_compass, _feature_or_facility, _event_or_work, _country_body, _leading_place, _regional_unit, _brand,
)
