"""One capitalised word: an acronym, an institution, a brand, a demonym, a place, a short form of
a person of the document, or a name its cues make a person or an organisation.

Single words are classified after the multi-word runs, so the full names of the document are
known ("Almeida" after "Lucas Almeida"). An unknown capitalised word with neither a person nor
an organisation cue (``org.bare_name``) is only a candidate: on open text it is mostly a
surname, and guessing a type is wrong more often than right, so ``resolve`` keeps it only when
the corpus names it (one person's family name, an organisation a stronger rule found). A single word
made a person only by a reporting verb and never given a first name or title in the document
is an organisation when any of its mentions has an organisation cue (``revise``).
"""
from __future__ import annotations

import re

from pipelines.text.entities.cues import (
    body_noun_apposition,
    company_cue,
    lower_word_before,
    org_cue,
    person_cue,
    results_move,
    role_at_body_before,
    speaker_for_body,
)
from pipelines.text.entities.document import Candidate, EntityDoc, Token, is_initial, written_lower
from pipelines.text.entities.keys import name_key
from pipelines.text.entities.places import context_place_candidate, gazetteer_rule, locative_cue
from pipelines.text.entities.rules import (
    GPE_GAZETTEER,
    GPE_SUFFIX,
    NORP_DEMONYM,
    ORG_ACRONYM,
    ORG_BARE_NAME,
    ORG_BRAND,
    ORG_CAPITALISED_WORD,
    ORG_COMPANY_CUE,
    ORG_CUE,
    ORG_INSTITUTION,
    ORG_MEMBER_PLURAL,
    PERSON_CUE,
    PERSON_SHORT_FORM,
)
from pipelines.text.entities.word_shapes import is_acronym, is_brand, name_singular
from pipelines.text.lexicon.english import STOPWORDS, is_common_word
from pipelines.text.lexicon.gazetteer import Place, lookup_demonym, lookup_place
from pipelines.text.lexicon.names import PERSON_TITLES, TITLE_MODIFIERS
from pipelines.text.lexicon.non_entities import NON_ORG_ACRONYMS, NOT_ENTITY_WORDS
from pipelines.text.lexicon.organisations import GENERIC_ORG_ALONE, INSTITUTION_WORDS, ORG_WORDS
from pipelines.text.lexicon.places import COUNTY_SUFFIXES, FACILITY_WORDS, LOC_FEATURES, PLACE_PREPOSITIONS

_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,6}s$")
_THE_BEFORE = re.compile(r"(?<![\w'’\-])[Tt]he $")
_PLURAL_VERB_AFTER = re.compile(r" (?:are|were|have|have been|say|said they)\b")


def classify_single(doc: EntityDoc, t: Token, initial: bool, heading: bool,
                    the_before: bool = False) -> list[Candidate]:
    found = _by_form(doc, t, heading)
    if found is not None:
        return found
    return _by_context(doc, t, initial, heading, the_before)


def _one(t: Token, type_: str, rule: str, place: Place | None = None, weak: bool = False) -> list[Candidate]:
    return [Candidate(t.start, t.end, type_, rule, t.text, place=place, single=True, weak=weak)]


def _by_form(doc: EntityDoc, t: Token, heading: bool) -> list[Candidate] | None:
    """What the word is by its spelling and the word lists alone; None when undecided."""
    text = t.text
    if text.lower() in STOPWORDS or text in NOT_ENTITY_WORDS or text in PERSON_TITLES or text in GENERIC_ORG_ALONE:
        return []
    if text in INSTITUTION_WORDS:
        return _one(t, "ORG", ORG_INSTITUTION)
    if len(text) == 1 or text in TITLE_MODIFIERS or text in LOC_FEATURES or text in FACILITY_WORDS:
        return []
    if is_acronym(text):
        place = lookup_place(text)
        if place is not None:
            return _one(t, place.type, GPE_GAZETTEER, place=place)
        if text in NON_ORG_ACRONYMS or (len(text) >= 4 and is_common_word(text)):
            return []
        if heading and is_common_word(text):
            return []
        return _one(t, "ORG", ORG_ACRONYM)
    if text.isupper() and len(text) > 7:
        return []
    if is_brand(text):
        return _one(t, "ORG", ORG_BRAND)
    if text.endswith("s") and (name_singular(text) in doc.party_firsts or (
            name_singular(text) in doc.org_firsts and not is_common_word(name_singular(text)))):
        # "the Greenways" next to "the Greenway Party": the members, i.e. the organisation
        return _one(t, "ORG", ORG_MEMBER_PLURAL)
    if _PLURAL_ACRONYM.match(text):
        return []  # "MPs", "PCs", "NGOs": generic plurals
    norp = lookup_demonym(text)
    if norp is not None:
        return _one(t, "NORP", NORP_DEMONYM, place=norp)
    if text.endswith("s") and lookup_demonym(text[:-1]) is not None:
        return _one(t, "NORP", NORP_DEMONYM, place=lookup_demonym(text[:-1]))
    return None


def _by_context(doc: EntityDoc, t: Token, initial: bool, heading: bool, the_before: bool) -> list[Candidate]:
    """A place, a short form of a person of the document, or what the cues around it say."""
    text, start, end = t.text, t.start, t.end
    key = name_key(text)
    person_known = key in doc.full_names
    cue = person_cue(doc, start, end)
    place = lookup_place(text)
    if place is not None and not place.trusted:
        # a mid-size city (or a province) whose name is also a surname ("Jackson", "Paterson"): a place only
        # after a locative cue ("in Jackson", "Jackson-based", "Jackson, Mississippi")
        if locative_cue(doc, start, end) and not (initial and is_common_word(text) and text not in doc.mid_caps) and not (
                person_known and lower_word_before(doc.body, start) not in PLACE_PREPOSITIONS):
            # (not "spoke to Jackson" after "Ann Jackson": a known person's name)
            return _one(t, "GPE", GPE_GAZETTEER, place=place)
        place = None
    if person_known and not cue and org_cue(doc, start, end, strong=True) and all(
            key == full[2][0] for full in doc.full_names[key]):
        # "Yahoo said it ..." next to "Yahoo Messenger": the firm, not a short form of a name
        return _one(t, "ORG", ORG_CUE)
    if place is not None:
        found = _known_place(doc, t, place, initial, person_known, cue)
        if found is not None:
            return found
    if text in INSTITUTION_WORDS or text in ORG_WORDS:
        if initial and text not in doc.mid_caps and text not in INSTITUTION_WORDS and is_common_word(text):
            return []  # "Fed up with ...": an ordinary word opening the sentence, never written capitalised inside one
        return _one(t, "ORG", ORG_INSTITUTION)
    if person_known:
        return _one(t, "PERSON", PERSON_SHORT_FORM)
    if text.endswith(COUNTY_SUFFIXES) and len(text) > 7 and place is None and text[:-5].isalpha():
        return _one(t, "GPE", GPE_SUFFIX)  # "Oxfordshire", "in Brackenshire": a county
    if not cue and not heading and not is_common_word(text):
        found_place = context_place_candidate(doc, t)
        if found_place is not None:
            # "the Varna river", "Kessa province", "in Tolo" (no org/person cue anywhere)
            return [found_place]
    if heading:
        return []
    if _subject_band(doc, text, start, end, the_before):
        return _one(t, "ORG", ORG_CUE)  # "The Marrows are back": a band or a team, never a person
    if the_before and text not in ORG_WORDS:
        return []  # "The Aviator": a title of a work, not an organisation
    return _by_cue(doc, t, initial, cue)


def _subject_band(doc: EntityDoc, text: str, start: int, end: int, the_before: bool) -> bool:
    """"The Marrows are ...", "... and The Marrows have": "The", one name and a plural verb, the
    subject of its clause (not "costs for the X have"): a band or a team, never a person. An
    ordinary word opening a sentence ("The Figures were") is neither."""
    body = doc.body
    if _THE_BEFORE.search(body, max(0, start - 5), start) is None or _PLURAL_VERB_AFTER.match(body, end) is None:
        return False
    the_start = start - 4
    if not (is_initial(doc, the_start) or body[max(0, the_start - 4):the_start] == "and " or body[the_start - 2:the_start] == ", "):
        return False
    return the_before or not (is_common_word(text) or text.endswith("s") and is_common_word(text[:-1]))


def _known_place(doc: EntityDoc, t: Token, place: Place, initial: bool, person_known: bool,
                 cue: bool) -> list[Candidate] | None:
    """A trusted gazetteer word; None when the name is used as a person's ("Miranda said")."""
    start, end = t.start, t.end
    if place.kind == "province" and cue and not locative_cue(doc, start, end):
        return None  # "Miranda said": a province name that is also a surname, used as a name
    if person_known and not locative_cue(doc, start, end):
        return _one(t, "PERSON", PERSON_SHORT_FORM)
    if initial and is_common_word(t.text) and t.text not in doc.mid_caps:
        return []
    return _one(t, place.type, gazetteer_rule(place), place=place)


def _by_cue(doc: EntityDoc, t: Token, initial: bool, cue: bool) -> list[Candidate]:
    """An unknown word: a person or an organisation by its cues, else an organisation by default."""
    text, start, end = t.text, t.start, t.end
    if initial and text not in doc.mid_caps:
        if not cue:
            # at a sentence start only an organisation cue decides ("Adidas said it", "Adidas shares")
            if not is_common_word(text) and (org_cue(doc, start, end, strong=True) or company_cue(doc, start, end)
                                             or results_move(doc, end)):
                return _one(t, "ORG", ORG_CUE)
            return []
        if is_common_word(text):
            return []
    if speaker_for_body(doc, start) and doc.body[end:end + 1] not in ("'", "’") and lookup_place(text) is None:
        return _one(t, "ORG", ORG_CUE)  # "a spokesman for Nimbus said": the body he speaks for
    if cue or name_key(text) in doc.person_evidence:
        if org_cue(doc, start, end) and not cue:
            return _one(t, "ORG", ORG_CUE)
        if company_cue(doc, start, end):
            return _one(t, "ORG", ORG_COMPANY_CUE)  # "Zorvex has posted a loss": results are a firm's
        if cue and role_at_body_before(doc, start) and doc.body[end:end + 1] not in ("'", "’"):
            return _one(t, "ORG", ORG_CUE)  # "a security manager for Zorvex, told": the body
        return _one(t, "PERSON", PERSON_CUE)
    if org_cue(doc, start, end) or body_noun_apposition(doc, start, end) or results_move(doc, end):
        return _one(t, "ORG", ORG_CUE)  # "Nimbus, which"; "the regulator, Ositran, approved"; "Nimbus sales fell"
    if is_common_word(text):
        # an ordinary word capitalised mid-sentence again and again, never in lower case
        if doc.cap_counts.get(text, 0) >= 3 and not written_lower(doc, text.lower()):
            return _one(t, "ORG", ORG_CAPITALISED_WORD, weak=True)
        return []
    if "-" in text and all(p[:1].isupper() for p in text.split("-")) and any(
            lookup_place(p) or lookup_demonym(p) for p in text.split("-")):
        return []  # "Sino-Japanese", "Anglo-Dutch" compounds
    if text.endswith("s") and is_common_word(text[:-1]) and len(text) > 4:
        return []  # "Angels", "Lions": a plural word, not a name
    if company_cue(doc, start, end):
        return _one(t, "ORG", ORG_COMPANY_CUE)
    # no evidence in the document: most such words are people named by surname alone
    # ("Alvarez argues"), some are firms; ``resolve`` keeps it only when the corpus names it
    return _one(t, "ORG", ORG_BARE_NAME, weak=True)
