"""Does a run read as a person's name, and where does a title before it end?

A name is two or more name-like tokens, or one after a title ("President Okafor"). Family-name-
first names count ("Ng Eng Hen", "Moon Jae-in"), so does a given name that is an ordinary word
when a surname and a person cue follow ("Grace Otieno, director of ..."); generational
suffixes stay in the name ("Carlo Bastek Jr.").
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.text.entities.cues import person_cue, verb_after
from pipelines.text.entities.document import EntityDoc, Token, surface
from pipelines.text.entities.keys import name_key
from pipelines.text.entities.word_shapes import is_brand
from pipelines.text.lexicon.english import MONTHS_DAYS, STOPWORDS, is_common_word
from pipelines.text.lexicon.gazetteer import lookup_demonym, lookup_place
from pipelines.text.lexicon.names import (
    ABBREVIATED_SUFFIXES,
    DEMONYMS_ALSO_GIVEN_NAMES,
    GENERATIONAL_SUFFIXES,
    MONTHS_ALSO_NAMES,
    NEVER_LAST_IN_NAME,
    PERSON_TITLES,
    ROLE_NOUNS,
    STOPWORDS_IN_NAMES,
    WEAK_TITLES,
)
from pipelines.text.lexicon.non_entities import MISC_HEADS, NOT_ENTITY_WORDS
from pipelines.text.lexicon.organisations import GENERIC_ORG_ALONE, ORG_WORDS
from pipelines.text.lexicon.places import LOC_FEATURES

_NAME_BLOCKERS = (ORG_WORDS | LOC_FEATURES | GENERIC_ORG_ALONE | NOT_ENTITY_WORDS | MISC_HEADS
                  | PERSON_TITLES)
_STOPWORDS_IN_NAMES = frozenset(w.lower() for w in STOPWORDS_IN_NAMES)
#: Generational suffixes as written ("Jr", "Jr.", "III").
_SUFFIXES = GENERATIONAL_SUFFIXES | {s + "." for s in ABBREVIATED_SUFFIXES}
_ROLE_APPOSITION = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?([a-z\-]+)(?:\s+([a-z\-]+))?(?:\s+([a-z\-]+))?")
#: Romanised given-name syllables joined by a hyphen ("Jae-in", "Wei-lin").
ROMANISED_SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}")


def is_name_token(t: Token, pos: int, n: int) -> bool:
    """Can this token, at ``pos`` of ``n``, be part of a person name?"""
    text = t.text
    if t.kind == "cap" and text[1:].islower() and text not in _NAME_BLOCKERS and text.lower() not in STOPWORDS:
        return True  # the usual case, "Smith": none of the checks below can fail
    if t.kind == "part":
        return True
    if t.kind == "conn":
        return False
    if is_brand(text):
        return False
    if text.lower() in STOPWORDS and text.lower() not in _STOPWORDS_IN_NAMES and not (
            len(text) == 1 and text.isupper()) and not (pos >= 2 and len(text) == 2 and pos == n - 1):
        return False  # ("Moon Jae In": a two-letter syllable may end a spaced East Asian name)
    if text in ORG_WORDS or text in LOC_FEATURES or text in GENERIC_ORG_ALONE:
        return False
    if text in NOT_ENTITY_WORDS and text not in MONTHS_DAYS:
        return pos == n - 1 and text not in MISC_HEADS and text not in NEVER_LAST_IN_NAME
    if text in MISC_HEADS and pos == n - 1:
        return False
    if text in PERSON_TITLES and pos < n - 1:
        return False
    if "." in text:  # initials "J.K."
        return len(text.replace(".", "")) <= 3 and pos < n - 1
    if len(text) > 1 and text.isupper():
        return text in _SUFFIXES or (len(text) <= 2 and pos < n - 1)
    return True


def name_like(doc: EntityDoc, toks: Sequence[Token]) -> bool:
    """Is the run a person name by its words alone (no gazetteer place, no title only)?"""
    n = len(toks)
    caps = [t for t in toks if t.kind == "cap"]
    if not caps or len(caps) > 5:
        return False
    for i, t in enumerate(toks):
        if not is_name_token(t, i, n):
            return False
    if toks[0].kind != "cap" or toks[-1].kind != "cap":
        return False
    if toks[-1].text in PERSON_TITLES and toks[-1].text not in WEAK_TITLES:
        return False  # "Deputy Prime Minister": titles only
    text = surface(doc, toks)
    place = lookup_place(text)
    if (place is not None and place.kind != "city") or lookup_demonym(text) is not None:
        return False
    if lookup_demonym(caps[0].text) is not None and len(caps) > 1 and caps[0].text not in DEMONYMS_ALSO_GIVEN_NAMES:
        return False
    if len(caps) >= 3 and sum(1 for t in caps[1:] if len(t.text) > 1 and is_common_word(t.text)) >= 2:
        return False  # "Beringer Blass Wine Estate"
    return True


def title_split(doc: EntityDoc, toks: list[Token]) -> tuple[int, int]:
    """(index of the last title token, index where the name starts), or (-1, -1).

    "Foreign Minister Ana Brun" -> name right after the title. "Secretary of State for Health
    John Reid" -> the title continues over connectors and department words; the name is the
    longest tail of at most three tokens that does not start with an ordinary word.
    """
    n = len(toks)
    for i in range(n - 2, -1, -1):
        t = toks[i]
        if t.kind != "cap" or t.text not in PERSON_TITLES:
            continue
        j = i + 1
        if toks[j].kind == "conn":
            return _name_after_long_title(doc, toks, j)
        while j < n and toks[j].kind != "cap":
            j += 1
        tail = toks[j:]
        if not tail or not name_like(doc, tail):
            return -1, -1
        caps = [x for x in tail if x.kind == "cap"]
        if len(caps) == 1:
            word = caps[0].text
            if (word in MONTHS_DAYS and word not in MONTHS_ALSO_NAMES) or word in NOT_ENTITY_WORDS or word in PERSON_TITLES:
                return -1, -1
            if t.text in WEAK_TITLES and is_common_word(word) and name_key(word) not in doc.person_evidence:
                return -1, -1
        return i, j
    return -1, -1


def _name_after_long_title(doc: EntityDoc, toks: list[Token], j: int) -> tuple[int, int]:
    """The title continues over a connector at ``j``: the name is at the end of the run."""
    n = len(toks)
    name_start = -1
    caps_idx = [k for k in range(j, n) if toks[k].kind == "cap"]
    for k in caps_idx[-3:]:
        if toks[k - 1].kind == "conn":
            continue
        if not is_common_word(toks[k].text) and name_like(doc, toks[k:]) and k < n:
            name_start = k
            break
    if name_start < 0 or len([x for x in toks[name_start:] if x.kind == "cap"]) < 2:
        return -1, -1
    return name_start - 1, name_start


def given_name_first(doc: EntityDoc, toks: Sequence[Token]) -> bool:
    """"Grace Otieno, managing director of X, said": a given name that is also a word, then a
    surname that is not, with a person cue (reporting verb, role apposition, role noun); or a
    surname that is a word too, right before a reporting verb ("Bill Gates said")."""
    rest = [t for t in toks[1:] if t.kind == "cap"]
    if not 1 <= len(rest) <= 2 or any(not is_name_token(t, 1, 2) for t in rest):
        return False
    start, end = toks[0].start, toks[-1].end
    if any(is_common_word(t.text) for t in rest):
        # "Bill Gates said", "Jack Straw told": a surname that is also a word, with a reporting verb
        return (len(rest) == 1 and verb_after(doc, end) is not None and lookup_place(rest[0].text) is None
                and name_like(doc, toks))
    if person_cue(doc, start, end):
        return True
    m = _ROLE_APPOSITION.match(doc.body, end, end + 60)
    return m is not None and any(g in ROLE_NOUNS for g in m.groups() if g)


def family_name_first(toks: Sequence[Token]) -> bool:
    """A short family name before romanised given-name syllables ("Moon Jae-in", "Park Geun
    Hye", "Ng Eng Hen"): the family name is a name even when it is also a word ("moon")."""
    first = toks[0].text
    rest = toks[1:]
    if not (2 <= len(first) <= 4 and first[1:].islower()) or not 1 <= len(rest) <= 2:
        return False
    if len(rest) == 1:
        return rest[0].kind == "cap" and ROMANISED_SYLLABLES.fullmatch(rest[0].text) is not None
    a, b = rest
    return (a.kind == "cap" and b.kind == "cap" and 2 <= len(a.text) <= 4 and a.text[1:].islower()
            and not is_common_word(a.text) and 1 <= len(b.text) <= 4 and b.text[1:].islower())
