"""Revisions of the candidates once the whole document is classified, and the overlaps resolved.

* a name opening with digits ("50Hertz") is an organisation after a company cue; a numbered
  channel or station ("Radio 4", "BBC Radio 2") is one;
* a single capitalised word that is a person name of the document beats the organisation
  default;
* a lower-case word before a name joins it: the first word of a full name the document knows
  ("tran Van Duc"), a given name that is no ordinary English word after a role noun, title or
  demonym and before a surname the document knows as a person ("his Chilean counterpart
  mateo Ibarra"; the local name title-cased), a word that makes a gazetteer place ("south
  Korea");
* a single word made a person only by a reporting verb, never given a first name or title in
  the document, is an organisation when any of its mentions has an organisation cue ("X said
  it", "X shares", "the X assets"); in "said X's Ann Ruiz" the cue is Ann Ruiz's and X is an
  organisation;
* a name read as a person's that one mention shows to be a company ("shares in Morgan
  Stanley") is an organisation throughout the document;
* an unknown word the document shows to be a place is that place at every use;
* a person-shaped name whose second word is an ordinary noun, its first word used alone again
  and again and its second never, is a product and its maker ("Yahoo Messenger", "Yahoo");
* a lone word with no cue in a line listing names (a team sheet) is a player, a person;
* bare names listed with a company are companies ("firms such as X, Y and Z");
* in a team-sport report (striker, midfielder, Premiership ...) a city or an unknown lone word right
  after "against", "beat", "face", "playing", "win over", "defeat to", "joined from", a score and
  "at", or before a plural verb or "beat", is its club;
* a person-shaped name with no cue after "MP for", "the seat of", or opening with a town in a list
  beside places, is an electoral district;
* an abbreviated generational suffix keeps its full stop ("Carlos Mendes Jr.").
"""
from __future__ import annotations

import re

from pipelines.text.entities.cues import company_cue, lower_word_before, org_cue, team_cue, team_sport, verb_after
from pipelines.text.entities.document import Candidate, EntityDoc
from pipelines.text.entities.keys import name_key
from pipelines.text.entities.rules import (
    ORG_INSTITUTION_CASED,
    ORG_LEGAL_FORM,
    GPE_CONSTITUENCY,
    GPE_CONTEXT,
    GPE_LOWERCASE_JOIN,
    LOC_CONTEXT,
    LOC_LOWERCASE_JOIN,
    ORG_BARE_NAME,
    ORG_CHANNEL,
    ORG_CLUB,
    ORG_COMPANY_CUE,
    ORG_CUE,
    ORG_OWNER,
    ORG_PRODUCT_MAKER,
    PERSON_CUE,
    PERSON_LOWERCASE_JOIN,
    PERSON_NAME,
    PERSON_PEER,
    PERSON_SHORT_FORM,
    PERSON_TEAM_SHEET,
    PERSON_TITLE,
)
from pipelines.text.entities.works import possessed_work
from pipelines.text.lexicon.english import STOPWORDS, is_common_word
from pipelines.text.lexicon.gazetteer import lookup_demonym, lookup_place, lookup_place_lower
from pipelines.text.lexicon.non_entities import MISC_HEADS
from pipelines.text.lexicon.places import CONSTITUENCY_MEMBERS, CONSTITUENCY_NOUNS
from pipelines.text.lexicon.names import (
    ABBREVIATED_SUFFIXES,
    NOT_GIVEN_NAME_ENDINGS,
    PERSON_TITLES,
    ROLE_NOUNS,
    ROLES_BEFORE_A_SLIP,
)
from pipelines.text.lexicon.organisations import (
    COMPANY_NOUNS,
    INSTITUTION_PHRASES,
    LEGAL_FORMS,
    NUMBERED_CHANNEL_HEADS,
    NUMBERED_CHANNEL_TAILS,
    ORG_WORDS,
)

_DIGIT_NAME_HINT = re.compile(r"\d[A-Z][a-z]")
_DIGIT_NAME = re.compile(r"(?<![\w.,$£€])\d{1,4}[A-Z][a-z]+(?:[A-Z][a-z]+)?(?![\w'’\-])")
_LOWER_BEFORE = re.compile(r"(?<![\w'’\-])([a-z][\w'’\-]*) $")
#: "<Role or demonym> <lower-case word> " right before a name ("counterpart mateo ").
_GIVEN_SLIP = re.compile(r"(?<![\w'’\-])([A-Za-z][a-z\-]+) ([a-z]{2,}) $")
_ORG_BEFORE_THE = re.compile(r"(?<![\w'’\-])the $")
#: "X restated its reserves", "X has cut its costs": "its" one or two lower-case words (a verb)
#: after the name is the name's.
_ITS_AFTER = re.compile(r" (?:(?!(?:he|she|his|her|him|they|their|who|and|or)\b)[a-z]+ ){1,2}its\b")
_ABBREVIATED_SUFFIX_ENDS = tuple(" " + s for s in ABBREVIATED_SUFFIXES)
_LIST_SEPARATORS = re.compile(r"[,;]")
_BRACKETS = re.compile(r"\([^()]*\)")
_BRACKETED_NAME = re.compile(r"\(([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,2})\)")
_NUMBERED_CHANNEL = re.compile(
    r"(?<![\w'’\-])(?:[A-Z]{2,5} )?(?:(?:" + "|".join(sorted(NUMBERED_CHANNEL_HEADS)) + r") \d{1,2}"
    r"|Radio [A-Z][a-z]+ \d{2,3})(?![\d,.]\d|\w)"
    r"(?: (?:" + "|".join(sorted(NUMBERED_CHANNEL_TAILS)) + r")(?![\w'’\-]))?")


def digit_names(doc: EntityDoc) -> list[Candidate]:
    """Names opening with digits ("50Hertz", "3Com"): organisations when a company cue follows
    or a company noun stands before ("the operator 50Hertz")."""
    body = doc.body
    out: list[Candidate] = []
    if _DIGIT_NAME_HINT.search(body) is None:
        return out
    for m in _DIGIT_NAME.finditer(body):
        s, e = m.span()
        after = body[e:e + 20]
        if org_cue(doc, s, e) or (after[:1] == " " and after[1:].split(" ", 1)[0] in ORG_WORDS) or (
                lower_word_before(body, s) in COMPANY_NOUNS):
            out.append(Candidate(s, e, "ORG", ORG_CUE, m.group(), single=True))
    return out


def numbered_channels(doc: EntityDoc) -> list[Candidate]:
    """A broadcaster's numbered channel or station ("Radio 4", "Channel 5", "BBC Radio 2",
    "Radio 5 Live", a station and its frequency "Radio Kessa 102"): one organisation (the longer candidate wins the overlap)."""
    body = doc.body
    if not any(h + " " in body for h in NUMBERED_CHANNEL_HEADS):
        return []
    return [Candidate(m.start(), m.end(), "ORG", ORG_CHANNEL, m.group()) for m in _NUMBERED_CHANNEL.finditer(body)]


_LOWER_LEGAL_FORM = re.compile(r" (?:" + "|".join(sorted(w for w in LEGAL_FORMS if w.islower())) + r")(?![\w'’\-])")


def lower_legal_forms(doc: EntityDoc, cands: list[Candidate]) -> None:
    """A legal form in lower case right after an organisation ("Kessa Foods plc"): part of the
    mention, so the firm's fullest form is its canonical name."""
    for c in cands:
        if c.type == "ORG" and (m := _LOWER_LEGAL_FORM.match(doc.body, c.end)) is not None:
            c.end = m.end()
            c.name = doc.body[c.start:c.end]
            c.rule = ORG_LEGAL_FORM


_CASED_INSTITUTION = re.compile(r"(?i)(?<![\w'’\-])(?:" + "|".join(
    re.escape(p).replace(r"\ ", " ") for p in sorted(INSTITUTION_PHRASES, key=len, reverse=True) if " " in p)
    + r")(?![\w'’\-])")


_INSTITUTION_BY_LOWER = {p.lower(): p for p in INSTITUTION_PHRASES}


def cased_institutions(doc: EntityDoc, cands: list[Candidate]) -> list[Candidate]:
    """A known institution's multi-word name with its later words in lower case ("the European
    parliament", "the Security council"): the institution, over the place or demonym inside it.
    Its first word must be capitalised, and at a sentence start a place or demonym ("High court
    judges" opening a sentence is no name)."""
    body = doc.body
    out: list[Candidate] = []
    for m in _CASED_INSTITUTION.finditer(body):
        s, e = m.span()
        text = m.group()
        if text in INSTITUTION_PHRASES or not text[0].isupper():
            continue
        first = text.split(" ", 1)[0]
        if s in doc.sent_start_set and lookup_place(first) is None and lookup_demonym(first) is None:
            continue
        if any(c.start < e and s < c.end and not (s <= c.start and c.end <= e) for c in cands):
            continue  # part of a longer name
        cands[:] = [c for c in cands if not (s <= c.start and c.end <= e)]
        # named as the institution writes itself
        out.append(Candidate(s, e, "ORG", ORG_INSTITUTION_CASED, _INSTITUTION_BY_LOWER[text.lower()]))
    return out


def known_people_over_weak_orgs(doc: EntityDoc, cands: list[Candidate]) -> None:
    """A single capitalised word that is a doc-known person name beats the ORG default."""
    for c in cands:
        if c.single and c.type == "ORG" and c.weak and name_key(c.name) in doc.full_names:
            c.type, c.rule = "PERSON", PERSON_SHORT_FORM


class _KnownNames:
    """Names of the document looked up by the lower-case joins, each computed when first needed."""

    def __init__(self, doc: EntityDoc, cands: list[Candidate]):
        self._doc, self._cands = doc, cands
        self._surnames: set[str] | None = None
        self._full: dict[str, str] | None = None

    def surnames(self) -> set[str]:
        """Last words of the person candidates."""
        if self._surnames is None:
            self._surnames = {x.name.rsplit(" ", 1)[-1] for x in self._cands if x.type == "PERSON"}
        return self._surnames

    def full_names(self) -> dict[str, str]:
        """Name key -> the properly written full name, of the full names of the document."""
        if self._full is None:
            self._full = {name_key(n): n for lst in self._doc.full_names.values() for _, n, _ in lst
                          if n[:1].isupper()}
        return self._full


def join_lowercase_words(doc: EntityDoc, cands: list[Candidate]) -> None:
    """A lower-case word before a candidate that belongs to its name ("tran Van Duc",
    "counterpart mateo Ibarra", "south Korea")."""
    body = doc.body
    known = _KnownNames(doc, cands)
    for c in cands:
        if c.start < 3 or body[c.start - 1] != " " or not body[c.start - 2].islower():
            continue
        if ((c.single and c.type in ("PERSON", "ORG") and " " not in c.name) or (
                c.type == "PERSON" and c.rule == PERSON_NAME and " " in c.name)) and _given_name_slip(doc, c, known):
            continue
        if c.type == "NORP" or (c.type == "PERSON" and not doc.full_names):
            continue
        _lowercase_first_word(doc, c, known)


def _given_name_slip(doc: EntityDoc, c: Candidate, known: _KnownNames) -> bool:
    """A given name with a casing slip after a role noun or a demonym ("his Chilean counterpart
    mateo Ibarra", "President rosa Quintana") when the surname is a person of the document (or
    ``c`` is a name of two words or more: "President tran Van Duc") and the lower-case word is no
    ordinary English word: joined to ``c``."""
    if " " in c.name:
        pass  # "President tran Van Duc": the given and family names of a name read as a whole
    elif not (c.name in known.surnames() and (c.type == "PERSON" or c.weak)):
        return False
    m = _GIVEN_SLIP.search(doc.body, max(0, c.start - 60), c.start)
    if m is None:
        return False
    word, prev = m.group(2), m.group(1)
    if not (word not in STOPWORDS and not is_common_word(word) and not word.endswith(NOT_GIVEN_NAME_ENDINGS) and (
            prev.lower() in ROLE_NOUNS or prev.lower() in ROLES_BEFORE_A_SLIP
            or prev.capitalize() in PERSON_TITLES
            or lookup_demonym(prev) is not None)):
        return False
    c.start -= len(word) + 1
    c.name = word.capitalize() + " " + c.name
    c.type, c.rule, c.weak = "PERSON", PERSON_LOWERCASE_JOIN, False
    return True


def _lowercase_first_word(doc: EntityDoc, c: Candidate, known: _KnownNames) -> None:
    """The lower-cased first word of a known full name ("tran Van Duc"), or of a gazetteer
    place ("south Korea"), joined to ``c``."""
    body = doc.body
    k = body.rfind(" ", c.start - 25 if c.start > 25 else 0, c.start - 1)
    word = body[k + 1:c.start - 1]
    if not (k >= 0 and word.isalpha() and word.isascii() and word.islower()):
        m = _LOWER_BEFORE.search(body, max(0, c.start - 25), c.start)
        if not m:
            return
        word = m.group(1)
    if word in STOPWORDS:
        return
    joined = word + " " + c.name
    if c.type == "PERSON":
        key = name_key(joined)
        if key not in known.full_names():
            return
        c.start -= len(word) + 1
        c.name = known.full_names()[key]  # the properly written form of the name
        c.rule = PERSON_LOWERCASE_JOIN
    elif c.type in ("GPE", "LOC") or c.type == "ORG":
        p = lookup_place_lower(joined)
        if p is not None:
            c.start -= len(word) + 1
            c.name, c.type, c.place = body[c.start:c.end], p.type, p
            c.rule = GPE_LOWERCASE_JOIN if p.type == "GPE" else LOC_LOWERCASE_JOIN


def lone_names_to_org(doc: EntityDoc, cands: list[Candidate]) -> None:
    """A single word made a person only by a reporting verb ("Nimbus said", "said Nimbus"),
    never written with a given name or title in the document, is an organisation when one of
    its mentions has an organisation cue ("Nimbus said it", "Nimbus shares", "the Nimbus
    assets", "Nimbus restated its reserves"): people are introduced by full name, firms are not."""
    lone: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.type == "PERSON" and c.single and c.rule == PERSON_CUE and " " not in c.name:
            lone.setdefault(c.name, []).append(c)
    if not lone:
        return
    body = doc.body
    for c in cands:
        if c.name in lone and c.type != "PERSON":
            lone[c.name].append(c)
    for name, group in lone.items():
        if name_key(name) in doc.full_names or name_key(name) in doc.person_evidence and any(
                x.rule in (PERSON_TITLE, PERSON_SHORT_FORM) for x in cands if x.name == name):
            continue
        if any(x.type == "ORG" for x in group) or any(
                org_cue(doc, x.start, x.end) or _ORG_BEFORE_THE.search(body, max(0, x.start - 4), x.start)
                for x in group) or _its_after_any(body, name):
            for x in group:
                if x.type == "PERSON":
                    x.type, x.rule = "ORG", ORG_CUE


def _its_after_any(body: str, name: str) -> bool:
    """Is some use of ``name`` followed by a verb and "its" ("X restated its reserves")?"""
    for m in re.finditer(r"(?<![\w'’\-])" + re.escape(name) + r"(?![\w'’\-])", body):
        if _ITS_AFTER.match(body, m.end(), m.end() + 90) is not None:
            return True
    return False


def firms_shaped_like_people(doc: EntityDoc, cands: list[Candidate]) -> None:
    """A name read as a person's ("Morgan Stanley", "Harlan Reeve") that one of its mentions shows
    to be a company ("shares in X", "X plc", "X said it", "the chief executive of X") is an
    organisation everywhere in the document, its one-word short forms too."""
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.type == "PERSON" and c.rule in (PERSON_NAME, PERSON_CUE) and " " in c.name:
            groups.setdefault(name_key(c.name), []).append(c)
    firms = {key for key, group in groups.items() if any(company_cue(doc, c.start, c.end) for c in group)}
    # ... or a mention already read as the company ("UK-based bank Standard Chartered said")
    firms |= {key for c in cands if c.type == "ORG" and c.rule == ORG_COMPANY_CUE and " " in c.name
              and (key := name_key(c.name)) in groups}
    if not firms:
        return
    words = {w for key in firms for w in key.split()}
    people = {w for key in groups if key not in firms for w in key.split()}
    for c in cands:
        key = name_key(c.name)
        if c.type == "PERSON" and (key in firms or (
                c.rule == PERSON_SHORT_FORM and key in words and key not in people)):
            c.type, c.rule, c.weak = "ORG", ORG_COMPANY_CUE, False


def makers_of_products(cands: list[Candidate]) -> None:
    """A name read as a person's whose second word is an ordinary noun ("Yahoo Messenger",
    "Zorvex Search"), while the document uses its first word alone again and again (three times
    or more) and never the second, nor a title before it: a product and its maker, organisations.
    People are called by their family name, not by their given name alone."""
    alone: dict[str, int] = {}
    titled: set[str] = set()
    full: dict[str, tuple[str, str]] = {}
    for c in cands:
        if c.type != "PERSON":
            continue
        key = name_key(c.name)
        if c.rule == PERSON_TITLE:
            titled.add(key)  # "Mr Kilroy-Silk": a person's family name, also one with a hyphen
        if " " not in key:
            alone[key] = alone.get(key, 0) + 1
        elif c.rule == PERSON_NAME and key.count(" ") == 1 and c.name.count(" ") == 1:
            first, last = c.name.split(" ")
            full[key] = (first, last)
    makers = {key: name_key(first) for key, (first, last) in full.items()
              if alone.get(name_key(first), 0) >= 3 and name_key(last) not in alone
              and name_key(first) not in titled and key not in titled
              and is_common_word(last) and not is_common_word(first)}
    if not makers:
        return
    names = set(makers) | set(makers.values())
    for c in cands:
        if c.type == "PERSON" and c.rule != PERSON_TITLE and name_key(c.name) in names:
            c.type, c.rule, c.weak = "ORG", ORG_PRODUCT_MAKER, False


def team_sheets(doc: EntityDoc, cands: list[Candidate]) -> list[Candidate]:
    """A lone word with no cue in a line that is a list of names (six or more short capitalised
    items between commas or semicolons: a team sheet, "Barkley, Beattie, C Jones, Palmer, ...")
    is a player's surname: a person; a name in brackets there that is no country or state is a
    player's club ("G Dempsey (Leinster)"). Returns the clubs no candidate covered."""
    body = doc.body
    if body.count(",") < 5:
        return []
    verdict: dict[int, bool] = {}

    def in_list(pos: int) -> bool:
        line_start = body.rfind("\n", 0, pos) + 1
        if line_start not in verdict:
            end = body.find("\n", pos)
            verdict[line_start] = _name_list(body[line_start:end if end >= 0 else len(body)])
        return verdict[line_start]

    by_span = {(c.start, c.end): c for c in cands}
    for c in cands:
        if c.single and c.rule == ORG_BARE_NAME and body[c.start - 1:c.start] != "(" and in_list(c.start):
            c.type, c.rule, c.weak = "PERSON", PERSON_TEAM_SHEET, False
    added: list[Candidate] = []
    for m in _BRACKETED_NAME.finditer(body):
        s, e = m.span(1)
        place = lookup_place(m.group(1))
        if (place is not None and place.kind in ("country", "nation", "state")) or not in_list(s):
            continue
        c = by_span.get((s, e))
        if c is None:
            added.append(Candidate(s, e, "ORG", ORG_CLUB, m.group(1)))
        elif c.type in ("GPE", "LOC", "ORG"):
            c.type, c.rule, c.place, c.weak = "ORG", ORG_CLUB, None, False
    return added


def _name_list(line: str) -> bool:
    """Is the line a list of names: six items or more, nearly all one to three capitalised words
    (a club or position in brackets allowed)?"""
    items = [i.strip() for i in _LIST_SEPARATORS.split(_BRACKETS.sub("", line)) if i.strip()]
    if len(items) < 6:
        return False
    names = sum(1 for i in items if len(i.split()) <= 3 and all(w[:1].isupper() for w in i.rstrip(".").split()))
    return names >= 0.8 * len(items)


def company_lists(doc: EntityDoc, cands: list[Candidate]) -> None:
    """Bare names listed with a company ("executives from Norvanta, Kestrel and Tamaro", "electronics
    giants Norvanta and Kessa Electric"): the list's members are organisations too, also a name read
    as a person's for want of any cue when the document never uses its words as a person's."""
    body = doc.body
    order = sorted(cands, key=lambda c: c.start)
    people: set[str] | None = None  # words of names some cue, title or short form shows to be people's
    for _ in range(2):  # forwards, then backwards along each list
        for a, b in zip(order, order[1:]):
            gap = body[a.end:b.start]
            if gap not in (", ", " and ", ", and ", " or "):
                continue
            for x, y in ((a, b), (b, a)):
                if x.type != "ORG" or x.rule != ORG_COMPANY_CUE:
                    continue
                if y.type == "PERSON" and y.rule == PERSON_NAME and people is None:
                    people = {w for c in cands if c.type == "PERSON" and c.rule != PERSON_NAME
                              for w in name_key(c.name).split()}
                if y.rule == ORG_BARE_NAME or (y.type == "PERSON" and y.rule == PERSON_NAME and people is not None
                                               and people.isdisjoint(name_key(y.name).split())):
                    y.type, y.rule, y.weak = "ORG", ORG_COMPANY_CUE, False


def one_type_for_context_places(cands: list[Candidate]) -> None:
    """An unknown word the document shows to be a place ("the Teesta river") is that place at
    every use, also where only a weak cue (an apposition, "X, which") read it otherwise."""
    places = {c.name: c for c in cands if c.single and c.rule in (LOC_CONTEXT, GPE_CONTEXT)}
    if not places:
        return
    for c in cands:
        p = places.get(c.name)
        if p is not None and c.single and c.rule in (ORG_CUE, ORG_BARE_NAME, PERSON_CUE):
            c.type, c.rule, c.weak = p.type, p.rule, False


_CONSTITUENCY_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:(?:" + "|".join(sorted(CONSTITUENCY_MEMBERS)) + r") for|(?:"
    + "|".join(sorted(CONSTITUENCY_NOUNS)) + r") (?:of|in))(?: the)? $")
_LIST_GAPS = (", ", " and ", ", and ")


def constituencies(doc: EntityDoc, cands: list[Candidate]) -> None:
    """A person-shaped name with no cue after "MP for", "the seat of" ("MP for Kessa Vale"), or
    opening with a town's name in a list beside places ("Leeds Kirkholt, Hull East and ..."): an
    electoral district, a place."""
    body = doc.body
    order = sorted(cands, key=lambda c: c.start)
    for c in order:
        if (c.type == "PERSON" and c.rule == PERSON_NAME or c.single and c.rule == ORG_BARE_NAME) and _CONSTITUENCY_BEFORE.search(
                body, max(0, c.start - 24), c.start) is not None:
            c.type, c.rule, c.weak = "GPE", GPE_CONSTITUENCY, False
    for _ in range(2):  # forwards, then backwards along each list
        for a, b in zip(order, order[1:]):
            if body[a.end:b.start] not in _LIST_GAPS:
                continue
            for x, y in ((a, b), (b, a)):
                if x.type == "GPE" and y.type == "PERSON" and y.rule == PERSON_NAME and _opens_with_town(y.name):
                    y.type, y.rule = "GPE", GPE_CONSTITUENCY


def _opens_with_town(name: str) -> bool:
    """Does the name open with a town's or county's name of the gazetteer ("Leeds Kirkholt"), and
    end in no event head or plural noun ("the Tokyo Marathons", "Leeds Rhinos" are no districts)?"""
    words = name.split(" ")
    p = lookup_place(words[0])
    last = words[-1]
    return p is not None and p.kind in ("city", "county", "province") and last not in MISC_HEADS and not (
        last.endswith("s") and is_common_word(last[:-1]))


def cities_to_clubs(doc: EntityDoc, cands: list[Candidate]) -> None:
    """In a team-sport report, "Chelsea face Barcelona", "a win over Leeds", "Leeds are ..." (a
    plural verb after a city's name is its team's), "drawing 1-1 at Kessa", "Kessa beat Tolo": the
    city's club; so is an unknown lone word there with no cue of its own."""
    if not team_sport(doc):
        return
    for c in cands:
        if ((c.type == "GPE" and c.place is not None and c.place.kind == "city")
                or (c.single and c.rule == ORG_BARE_NAME)) and team_cue(doc, c.start, c.end):
            c.type, c.rule, c.place, c.weak = "ORG", ORG_CLUB, None, False


def keep_suffix_stops(doc: EntityDoc, cands: list[Candidate]) -> None:
    """"Carlos Mendes Jr.": the abbreviated suffix keeps its full stop."""
    body = doc.body
    for c in cands:
        if c.type == "PERSON" and body[c.end:c.end + 1] == "." and c.name.endswith(_ABBREVIATED_SUFFIX_ENDS):
            c.end += 1
            c.name += "."


def drop_overlaps(doc: EntityDoc, cands: list[Candidate]) -> list[Candidate]:
    """The candidates in text order, overlaps dropped (the earliest, longest kept); "said
    Nimbus's Ola Brandt" makes Nimbus an organisation, "Anna Velt's Harrow Gate" is a work, the
    place in "Lord Ashby of Kessock" is part of a peer's title."""
    body = doc.body
    final: list[Candidate] = []
    last_end = -1
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if c.start < last_end:
            continue
        if final and final[-1].rule == PERSON_PEER and body[final[-1].end:c.start] == " of ":
            continue  # "Lord Falconer of Thoroton": the peer's territorial title, no place mentioned
        if final and c.type == "PERSON" and body[c.start - 3:c.start] in ("'s ", "’s "):
            owner = final[-1]
            if (owner.end == c.start - 3 and owner.type == "PERSON" and owner.rule == PERSON_CUE
                    and " " not in owner.name and " " in c.name and not verb_after(doc, owner.end)):
                # "said Nimbus's Ola Brandt": the cue is the second name's; the owner is a body
                owner.type, owner.rule = "ORG", ORG_OWNER
                if c.rule == PERSON_NAME:
                    c.rule = PERSON_CUE
            elif c.rule == PERSON_NAME and possessed_work(doc, owner, c):
                continue
        final.append(c)
        last_end = c.end
    return final
