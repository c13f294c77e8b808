"""Local names: the name a mention stands for within its document.

Short forms take the fullest name of the document they match: a family name ("Blair",
"Kilroy") the nearest holder introduced before (else the first one after), also when father
and son share it; a first word ("Tony", "Moon") only when exactly one person of the document
has it -- otherwise it keeps its own word and ``resolve`` leaves it unresolved. Acronyms take
their spelled-out form ("Foo Bar Agency (FBA)", every letter of an all-capital word counting:
"UK Independence Party (UKIP)"), and a capitalised phrase no rule took whose initials spell the
acronym after it is an organisation ("Coastal Wave Monitoring Array (CWMA)"); a bare organisation word takes the longer organisation name
it starts ("Sony" -> "Sony Corporation") or the club name it ends ("United" -> "Manchester
United"), either word of a two-word name the document uses as a body's ("Tigers" -> "Kessa Tigers"); an
institution's name its national body ("Red Cross" -> "British Red Cross"). Places take the longest form of the same gazetteer entry, written as the gazetteer
has it when the text has it in capitals or lower case; "Korea" becomes "South Korea" when only
the South is in the document.
"""
from __future__ import annotations

import re

from pipelines.text.entities.document import Candidate, EntityDoc
from pipelines.text.entities.gender import HONORIFIC_BEFORE, full_name_genders, word_gender
from pipelines.text.entities.keys import name_tokens
from pipelines.text.entities.places import locative_cue, title_case
from pipelines.text.entities.rules import (
    ORG_BARE_NAME,
    ORG_ACRONYM_NAME,
    ORG_AMPERSAND_INITIALS,
    ORG_BRAND,
    ORG_CAPITALISED_WORD,
    ORG_CHANNEL,
    ORG_COMPANY_CUE,
    ORG_CUE,
    ORG_DEFINED_ACRONYM,
    ORG_INSTITUTION,
    ORG_NATIONAL_BODY,
    ORG_NOT_A_PERSON,
    ORG_OWNER,
    ORG_PRODUCT_MAKER,
    ORG_REGIONAL_UNIT,
    ORG_SHORT_FORM,
    ORG_TITLED_BODY,
)
from pipelines.text.entities.word_shapes import is_acronym
from pipelines.text.lexicon.english import is_common_word
from pipelines.text.lexicon.gazetteer import lookup_place
from pipelines.text.lexicon.non_entities import NON_ORG_ACRONYMS
from pipelines.text.lexicon.names import HONORIFICS, NAME_TITLES, PEER_STYLES
from pipelines.text.lexicon.organisations import (
    CLUB_PREFIXES,
    CLUB_SUFFIXES,
    NAMES_KEEPING_THE,
    ORG_FINAL_WORDS,
    ORG_LEGAL_SUFFIXES,
    ORG_WORDS,
)

_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Za-z&.]{1,9})\)")
#: Organisation rules of a bare word that may stand for a longer name of the document.
_SHORT_ORG_RULES = (ORG_OWNER, ORG_CAPITALISED_WORD, ORG_CUE, ORG_COMPANY_CUE, ORG_NOT_A_PERSON, ORG_PRODUCT_MAKER)
#: Rules of longer names that are a part, product or channel of the body their first word names
#: ("BBC One", "Zorvex Search", "Lycos Europe", "UN Women"), or an institution's: no long form of it.
_NOT_A_LONG_FORM = frozenset((ORG_CHANNEL, ORG_PRODUCT_MAKER, ORG_INSTITUTION, ORG_REGIONAL_UNIT, ORG_ACRONYM_NAME,
                              ORG_TITLED_BODY, ORG_BRAND))

#: Name keys of the titles that belong to a name ("sir", "dame", "lord").
_TITLE_KEYS = frozenset(t.lower() for t in NAME_TITLES)
#: Name keys of the styles a peer is called by, with the titles each stands for.
_PEER_STYLE_KEYS = {k.lower(): frozenset(t.lower() for t in v) for k, v in PEER_STYLES.items()}
#: An honorific right before a name ("Mr Howard", "Dr. Ames"): the one word after it is a family
#: name (a knight's or dame's title, "Sir Howard", goes with the given name instead).
_HONORIFIC_BEFORE = re.compile(
    r"(?:^|(?<=\s))(?:" + "|".join(sorted((re.escape(t) for t in HONORIFICS - NAME_TITLES), key=len, reverse=True))
    + r")\.?\s+$")
#: The longest family name written first in a name the honorific may stand before ("Mr Xi" for
#: "Xi Jinping", "Ms Park" for "Park Ji-hoon"); a longer first word is a given name ("Howard Flight").
_FAMILY_FIRST_MAX = 4
#: A full name of the document: where it starts, as written, its name tokens.
FullName = tuple[int, str, tuple[str, ...]]


def assign_local_names(doc: EntityDoc, cands: list[Candidate]) -> None:
    _person_local_names(doc, [c for c in cands if c.type == "PERSON"])
    _org_local_names(doc, [c for c in cands if c.type == "ORG"])
    _place_local_names(cands)


def _person_local_names(doc: EntityDoc, persons: list[Candidate]) -> None:
    tokens = {id(c): name_tokens(c.name) for c in persons}
    by_token: dict[str, list[FullName]] = {}
    for c in persons:
        ftoks = tokens[id(c)]
        if len(ftoks) >= 2:
            entry = (c.start, c.name, ftoks)
            keys_ = {ftoks[0], ftoks[-1], " ".join(ftoks[-2:])}
            if " " in ftoks[-1]:  # "Kilroy" for "Robert Kilroy-Silk"
                keys_.add(ftoks[-1].split()[0])
            if ftoks[0] in _TITLE_KEYS and len(ftoks) >= 3:  # "Nigel" for "Sir Nigel Foo"
                keys_.add(ftoks[1])
            for t in keys_:
                by_token.setdefault(t, []).append(entry)
    genders = _other_sex(doc, persons, tokens)
    for c in persons:
        titled = _HONORIFIC_BEFORE.search(doc.body, max(0, c.start - 12), c.start) is not None
        c.local = _fullest_name(c, tokens[id(c)], by_token, family_only=titled, not_of=genders.get(id(c)))
    # a short form of a short form ("Nigel" -> "Sir Nigel" -> "Sir Nigel Foo"): the fullest one
    fuller = {c.name: c.local for c in persons if c.local != c.name}
    for c in persons:
        for _ in range(3):
            if c.local not in fuller:
                break
            c.local = fuller[c.local]


def _other_sex(doc: EntityDoc, persons: list[Candidate],
               tokens: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, set[str]]]:
    """Per one-word name after a gendered honorific ("Mrs Foo"), the honorific as written and
    the full names of the document the text marks as of the other sex (``gender``), which it
    never stands for."""
    titled = [(c, h) for c in persons if len(tokens[id(c)]) == 1
              and (h := HONORIFIC_BEFORE.search(doc.body, max(0, c.start - 8), c.start)) is not None]
    if not titled:
        return {}
    genders = full_name_genders(doc.body, [(c.start, c.end, c.name) for c in sorted(persons, key=lambda c: c.start)])
    out: dict[int, tuple[str, set[str]]] = {}
    for c, h in titled:
        want = word_gender(h.group(1))
        out[id(c)] = (h.group(0).strip(), {name for name, g in genders.items() if g != want})
    return out


def _fullest_name(c: Candidate, toks: tuple[str, ...], by_token: dict[str, list[FullName]],
                  family_only: bool = False, not_of: tuple[str, set[str]] | None = None) -> str:
    """The fullest name of the document ``c`` is a short form of, else its own name; with
    ``family_only`` (an honorific before one word: "Mr Howard") never one whose given name the
    word is ("Howard Flight"); with ``not_of`` (the honorific, the full names of the other sex)
    never one of those: when one had the word, the name is the titled form ("Mrs Foo" beside
    her husband Dan Foo)."""
    best = None
    other_sex = False
    given_only: set[tuple[str, str]] | None = set() if len(toks) == 1 else None
    if toks:
        pool = by_token.get(toks[0], [])
        if len(toks) >= 2:
            pool = pool + by_token.get(toks[-1], [])
        for pos, name, ftoks in pool:
            if ftoks == toks or not _matches(toks, ftoks):
                continue
            if family_only and len(toks) == 1 and _given_name_only(toks[0], ftoks):
                continue
            if not_of is not None and name in not_of[1]:
                other_sex = True
                continue
            if given_only is not None:
                if toks[0] == ftoks[0] and toks[0] != ftoks[-1] and toks[0] != " ".join(ftoks[-2:]):
                    given_only.add((ftoks[0], ftoks[-1].rpartition(" ")[2]))
                else:
                    given_only = None  # a family name ("Blair", "Kilroy"): the nearest holder
            dist = (0, c.start - pos) if pos <= c.start else (1, pos - c.start)
            # prefer the fullest name, then the nearest one introduced before
            rank = (-len(ftoks), dist) if len(toks) >= 2 else (dist, -len(ftoks))
            if best is None or rank < best[0]:
                best = (rank, name)
    if best is not None and given_only is not None and len(given_only) > 1:
        # the first word of several people's names ("Tony" next to Tony Blair and Tony
        # Banks, "Moon" next to two Moons): it names none of them for sure
        best = None
    if best is None and other_sex and not_of is not None:
        return f"{not_of[0]} {c.name}"
    return best[1] if best else c.name


def _given_name_only(word: str, full: tuple[str, ...]) -> bool:
    """Whether ``word`` is the first word of the name ``full`` and not a family name of it
    (a first word of at most ``_FAMILY_FIRST_MAX`` letters may be a family name written first)."""
    if word != full[0] or word == full[-1] or word == " ".join(full[-2:]):
        return False
    if " " in full[-1] and word == full[-1].split()[0]:
        return False
    return len(word) > _FAMILY_FIRST_MAX


def _matches(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    if len(short) >= len(full):
        return False
    if len(short) == 1:
        s = short[0]
        return (s == full[0] or s == full[-1] or s == " ".join(full[-2:])
                or (full[0] in _TITLE_KEYS and len(full) >= 3 and s == full[1])
                or (" " in full[-1] and s == full[-1].split()[0] and len(full) >= 2 and len(s) > 3))
    n = len(short)
    if n == 2 and short[0] in _PEER_STYLE_KEYS and full[0] in _PEER_STYLE_KEYS[short[0]] and short[-1] == full[-1]:
        return True  # "Lady Kell" for "Baroness Ann Kell"
    if full[0] in _TITLE_KEYS and short[0] not in _TITLE_KEYS:
        full = full[1:]  # "Nigel Foo" for "Sir Nigel Foo"
        if short == full:
            return True
    return short == full[-n:] or short == full[:n] or (short[0] == full[0] and short[-1] == full[-1])


def _org_local_names(doc: EntityDoc, orgs: list[Candidate]) -> None:
    # acronyms defined in the text: "Foo Bar Agency (FBA)" or "FBA (Foo Bar Agency)"
    acronyms: dict[str, str] = {}
    for c in orgs:
        after = doc.body[c.end:c.end + 14]
        m = _ACRONYM_AFTER.match(after) if after[:2] == " (" else None
        if m and not c.single and _acronym_fits(m.group(1), c.name):
            acronyms[m.group(1)] = _strip_the(c.name)
    acronyms.update(_ampersand_names(orgs))
    for c in orgs:
        c.local = acronyms.get(c.name) or _strip_the(c.name)
    _acronyms_of_names(orgs, acronyms)
    # a bare word that starts a longer organisation name of the document ("Sony" -> "Sony
    # Corporation"), ends a club name ("United" -> "Manchester United") or is its prefix ("Real")
    longs: dict[str, str] = {}
    firm_firsts: dict[str, set[str]] = {}  # first word -> the names whose other words are organisation words
    for o in orgs:
        if o.single or " " not in o.local:
            continue
        words = o.local.split()
        if words[-1] in CLUB_SUFFIXES:
            longs.setdefault(words[-1], o.local)
        if words[0] in CLUB_PREFIXES and len(words) == 2:
            longs.setdefault(words[0], o.local)  # "Real" -> "Real Madrid", "Inter" -> "Inter Milan"
        if all(w in ORG_WORDS or w.lower() in ORG_LEGAL_SUFFIXES for w in words[1:]):
            longs.setdefault(words[0], o.local)
            firm_firsts.setdefault(words[0], set()).add(o.local)
        if o.rule == ORG_NOT_A_PERSON and len(words) == 2:
            longs.setdefault(words[0], o.local)  # "Leicester", "Tigers" -> "Leicester Tigers"
            longs.setdefault(words[1], o.local)
    opens = _only_long_forms(orgs)
    for c in orgs:
        if c.single and c.rule in _SHORT_ORG_RULES and c.name in longs:
            c.local = longs[c.name]
        elif (c.single and c.rule == ORG_BARE_NAME and len(firm_firsts.get(c.name, ())) == 1
              and not _used_as_place(doc, c)):
            # "Halvard bought its stake" after "Halvard Capital": no surname opens a firm's name
            # whose other words are all organisation words, so the word alone is that firm (not a
            # town a college or club is named for used as a place: "Oriel College, Oxford", "back to Tolo")
            # (and not one of two: "Kessa Pictures" and "Kessa Corporation" leave "Kessa" to the corpus)
            c.local, c.rule, c.weak = next(iter(firm_firsts[c.name])), ORG_SHORT_FORM, False
        elif c.single and c.name in opens and (c.rule in _SHORT_ORG_RULES or c.rule == ORG_BARE_NAME):
            # "Pernod" next to "Pernod Ricard", "Marsh" next to "Marsh & McLennan": the one longer
            # organisation name of the document it opens
            c.local = opens[c.name]
            if c.rule == ORG_BARE_NAME:
                c.rule, c.weak = ORG_SHORT_FORM, False
    # an institution's name standing for its national body of the document ("Red Cross" -> "British
    # Red Cross")
    national = {o.local.split(" ", 1)[1]: o.local for o in orgs if o.rule == ORG_NATIONAL_BODY and " " in o.local}
    for c in orgs:
        if c.rule == ORG_INSTITUTION and c.local in national:
            c.local = national[c.local]


def _only_long_forms(orgs: list[Candidate]) -> dict[str, str]:
    """First word -> the two-name organisation of the document it opens ("Pernod Ricard", "Marsh &
    McLennan", "Petrel Resources"; not "Fiat Auto", an ordinary word naming a unit), when exactly one does and the word is no acronym, place or ordinary word
    ("Independent" opens "Independent News & Media", which is not the newspaper). Longer names
    are a unit or a body of their own more often than the firm ("Kessa Computer Entertainment
    America", "Tolo Disc Association")."""
    opens: dict[str, set[str]] = {}
    for o in orgs:
        words = o.local.split()
        two_names = len(words) == 2 and (not is_common_word(words[1]) or words[1] in ORG_FINAL_WORDS)
        if not o.single and (two_names or len(words) == 3 and words[1] == "&") and o.rule not in _NOT_A_LONG_FORM:
            first = words[0]
            if not is_acronym(first) and lookup_place(first) is None and not is_common_word(first):
                opens.setdefault(first, set()).add(o.local)
    return {first: next(iter(names)) for first, names in opens.items() if len(names) == 1}


def _used_as_place(doc: EntityDoc, c: Candidate) -> bool:
    """Is the word a gazetteer place used as one here ("his return to Tolo", "Oriel College, Oxford")?"""
    return lookup_place(c.name) is not None and (
        locative_cue(doc, c.start, c.end) or doc.body[c.start - 2:c.start] == ", ")


def _acronyms_of_names(orgs: list[Candidate], defined: dict[str, str]) -> None:
    """An acronym no bracket defines whose letters are exactly the initials of one organisation
    name of the document ("TSMC" next to "Taiwan Semiconductor Manufacturing Company") stands
    for that name; two names with those initials leave it alone, and so does an acronym of three
    letters or fewer (too many bodies share those: "BBC" is no "British Bobsleigh Council")."""
    todo = [c for c in orgs if c.single and c.name not in defined and len(c.name) >= 4 and c.name.isupper()
            and c.name.isalpha()]
    if not todo:
        return
    by_initials: dict[str, set[str]] = {}
    for o in orgs:
        if not o.single and " " in o.local:
            initials = "".join(w[0] for w in re.split(r"[\s\-]+", o.local) if w[:1].isupper())
            by_initials.setdefault(initials, set()).add(o.local)
    for c in todo:
        names = by_initials.get(c.name, ())
        if len(names) == 1:
            c.local = next(iter(names))


def _place_local_names(cands: list[Candidate]) -> None:
    # places: the longest surface of the same gazetteer entry; "Korea" when only the South is named
    longest: dict[str, str] = {}
    codes = set()
    for c in cands:
        if c.place is not None:
            # "beijing" -> "Beijing", "LISBON" (a dateline) -> "Lisbon"
            name = c.name if c.name[:1].isupper() and not c.name.isupper() else c.place.name
            if c.name.isupper() and len(c.name) > 3 and c.place.kind != "country":
                name = title_case(c.name)  # "NEW YORK" (a dateline) -> "New York", not "New York City"
            cur = longest.get(c.place.key)
            if cur is None or len(name) > len(cur) or (cur[:1].islower()):
                longest[c.place.key] = name
            if c.place.country_code:
                codes.add(c.place.country_code)
    korea = "South Korea" if "KR" in codes and "KP" not in codes else None
    for c in cands:
        if c.type in ("GPE", "LOC", "NORP") and c.place is not None:
            if c.place.key == "country:KOREA" and korea:
                c.local = korea
            elif c.type == "NORP":
                c.local = c.name
            else:
                c.local = longest.get(c.place.key, c.name)
        elif c.type in ("GPE", "LOC"):
            c.local = _strip_the(c.name)


def _strip_the(name: str) -> str:
    for art in ("the ", "The "):
        if name.startswith(art) and not name.endswith(NAMES_KEEPING_THE):
            return name[len(art):]
    return name


#: A capitalised phrase (small words allowed inside) right before an acronym in brackets.
_DEFINED_ACRONYM = re.compile(
    r"(?<![\w'’\-])((?:[A-Z][\w\-]*(?: (?:of|and|for|on|the|&))? ){1,9}[A-Z][\w\-]*) \(([A-Z]{2,8})\)")


def defined_acronyms(doc: EntityDoc, cands: list[Candidate]) -> None:
    """"Coastal Wave Monitoring Array (CWMA)": a capitalised phrase whose initials spell
    the acronym in brackets after it is one name (an organisation, its local name for the
    acronym), replacing the pieces found inside it; the acronym in brackets after an
    organisation is that organisation even when it reads as a word ("(WHO)", "(CAN)")."""
    body = doc.body
    if " (" not in body:
        return
    for m in _DEFINED_ACRONYM.finditer(body):
        acr = m.group(2)
        caps = [w for w in re.finditer(r"\S+", m.group(1)) if w.group()[0].isupper()]
        k = next((i for i in range(len(caps)) if "".join(w.group()[0] for w in caps[i:]) == acr), -1)
        if k < 0 or len(caps) - k < 2:
            continue
        start, end = m.start(1) + caps[k].start(), m.end(1)
        named = next((c for c in cands if c.start <= start and c.end >= end), None)
        if named is None:
            cands[:] = [c for c in cands if not (c.start >= start and c.end <= end)]
            cands.append(Candidate(start, end, "ORG", ORG_DEFINED_ACRONYM, body[start:end]))
        elif named.type != "ORG":
            continue  # a place or a person's name ("Foo Bar Agency (FBA)" is already one)
        if acr not in NON_ORG_ACRONYMS:
            _defined_acronym_uses(doc, cands, acr, m.start(2))


def _defined_acronym_uses(doc: EntityDoc, cands: list[Candidate], acr: str, first: int) -> None:
    """The acronym in brackets after an organisation, and its later uses, are that organisation
    even when the acronym reads as a word ("World Health Organization (WHO) ... the WHO"); not
    inside a line written in capitals."""
    body = doc.body
    for m in re.finditer(r"(?<![\w'’\-])" + re.escape(acr) + r"(?![\w\-])", body[first:]):
        a_start, a_end = first + m.start(), first + m.end()
        around = body[max(0, a_start - 12):a_start] + body[a_end:a_end + 12]
        if a_start != first and sum(ch.isupper() for ch in around) > sum(ch.islower() for ch in around):
            continue  # "WHO SAID IT": a line in capitals
        if not any(c.start < a_end and c.end > a_start for c in cands):
            cands.append(Candidate(a_start, a_end, "ORG", ORG_DEFINED_ACRONYM, acr, single=True))


#: Initials joined by an ampersand, standing alone ("H&F", "AT&T").
_AMPERSAND_INITIALS = re.compile(r"(?<![\w'’&\-])[A-Z]{1,3}&[A-Z]{1,3}(?![\w&\-])")


def _ampersand_names(cands: list[Candidate]) -> dict[str, str]:
    """Initials joined by an ampersand -> the one organisation of the document named with an
    ampersand whose words they are the initials of ("H&F" -> "Harlow & Finch"); initials two
    names share are nobody's."""
    found: dict[str, set[str]] = {}
    for c in cands:
        if c.type == "ORG" and not c.single and c.name.count(" & ") == 1:
            name = _strip_the(c.name)
            left, right = name.split(" & ")
            key = "&".join("".join(w[0] for w in part.split() if w[:1].isupper()) for part in (left, right))
            found.setdefault(key, set()).add(name)
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


def ampersand_initials(doc: EntityDoc, cands: list[Candidate]) -> None:
    """"Harlow & Finch ... H&F said": initials joined by an ampersand (no capitalised token of
    their own) are that organisation when they spell its initials; others ("R&B", "R&D") and
    initials of nothing the document names stay no mention."""
    if "&" not in doc.body:
        return
    names = _ampersand_names(cands)
    if not names:
        return
    for m in _AMPERSAND_INITIALS.finditer(doc.body):
        if m.group() in names and not any(c.start < m.end() and c.end > m.start() for c in cands):
            cands.append(Candidate(m.start(), m.end(), "ORG", ORG_AMPERSAND_INITIALS, m.group(), single=True))


def _acronym_fits(acr: str, name: str) -> bool:
    letters = [c for c in acr if c.isupper()]
    initials: list[str] = []
    for w in re.split(r"[\s\-]+", name):
        if w.isupper() and w.isalpha() and len(w) <= 4:
            initials.extend(w)  # "UK Independence Party (UKIP)": every letter of "UK"
        elif w and w[0].isupper():
            initials.append(w[0])
    if not letters or not initials or letters[0] != initials[0]:
        return False
    it = iter(initials)
    return all(any(ch == x for x in it) for ch in letters[1:]) or len(letters) <= len(initials)
