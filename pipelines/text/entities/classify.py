"""From a run to its mentions: the run's start is stripped, then the whole run is looked up
(gazetteer place, institution, demonym) before the rules for one word or several decide.

A sentence-initial ordinary word is stripped from a run ("Analysts", "Former"), except a short
family name written first ("Ng Eng Hen", "Moon Jae-in"), a given name that is an ordinary word
when a surname and a person cue follow ("Grace", "Will"), and a title modifier before a title
("Senior Adviser X"). Lines in title case without final punctuation (subheadings, "Wedge
Strategy Fails") yield no person or organisation without a cue or gazetteer entry.
"""
from __future__ import annotations

from collections.abc import Sequence

from pipelines.text.entities.classify_multi import classify_multi
from pipelines.text.entities.cues import role_and_name_after, verb_after
from pipelines.text.entities.classify_single import classify_single
from pipelines.text.entities.document import Candidate, EntityDoc, Token, is_heading, surface
from pipelines.text.entities.person_names import family_name_first, given_name_first
from pipelines.text.entities.places import gazetteer_rule, hyphenated_place, place_candidate, upper_place
from pipelines.text.entities.rules import NORP_DEMONYM, ORG_INSTITUTION
from pipelines.text.entities.word_shapes import is_acronym
from pipelines.text.lexicon.english import MONTHS_DAYS, STOPWORDS, is_common_word
from pipelines.text.lexicon.gazetteer import lookup_demonym, lookup_place
from pipelines.text.lexicon.names import (
    GIVEN_NAME_WORDS,
    MONTHS_ALSO_NAMES,
    PERSON_TITLES,
    ROLE_NOUNS,
    STOPWORDS_IN_NAMES,
    TITLE_MODIFIERS,
    TITLES_AFTER_BODY,
)
from pipelines.text.lexicon.non_entities import NON_ORG_ACRONYMS
from pipelines.text.lexicon.speech import POST_NOMINALS
from pipelines.text.lexicon.organisations import (
    CLUB_PREFIXES, COMPANY_NOUNS, INSTITUTION_PHRASES, OF_ORG_HEADS, ORG_FINAL_WORDS, ORG_WORDS,
)
from pipelines.text.lexicon.places import LOC_FEATURES

#: A stripped run: its tokens, the "The" before it (or None), its number of capitalised tokens.
Stripped = tuple[list[Token], Token | None, int]


def strip_runs(doc: EntityDoc, runs: list[list[Token]]) -> tuple[list[Stripped], list[Stripped]]:
    """The runs, stripped, that are left with several capitalised tokens and with one."""
    multi: list[Stripped] = []
    single: list[Stripped] = []
    for run in runs:
        toks, the = _strip(doc, run)
        if toks:
            n_caps = sum(1 for t in toks if t.kind == "cap") if len(toks) > 1 else 1
            (single if n_caps == 1 else multi).append((toks, the, n_caps))
    return multi, single


def _strip(doc: EntityDoc, toks: list[Token]) -> tuple[list[Token], Token | None]:
    """Drop leading "The", sentence-initial ordinary words, stray connectors and weekdays."""
    the = None
    while toks and toks[0].kind != "cap":
        toks = toks[1:]
    if toks and toks[0].text in ("The", "THE") and len(toks) > 1:
        the, toks = toks[0], toks[1:]
    if len(toks) > 1 and (toks[0].initial or toks[0].lead or the is not None):
        toks = _strip_initial_words(doc, toks)
    while len(toks) > 1 and toks[0].text in MONTHS_DAYS and toks[0].text not in MONTHS_ALSO_NAMES and not (
            len(toks) == 2 and (toks[1].text in ORG_WORDS or toks[1].text in ORG_FINAL_WORDS)
            and (the is not None or doc.body[toks[0].start - 4:toks[0].start] == "the ")):
        toks = toks[1:]  # (but "the Sunday Herald", "the Monday Club": a weekday opening a body's name)
    while toks and toks[-1].kind != "cap":
        toks = toks[:-1]
    while len(toks) > 2 and toks[-1].text in _NAME_POST_NOMINALS:
        toks = toks[:-1]  # "Benedict Sarrazin KC", "Ann Lee OBE": the name, not its honour
    return toks, the


#: Letters after a person's name that never follow a body's ("Tory MP" keeps its title).
_NAME_POST_NOMINALS = POST_NOMINALS - TITLES_AFTER_BODY


def _strip_initial_words(doc: EntityDoc, toks: list[Token]) -> list[Token]:
    """Drop ordinary words opening a sentence ("Analysts", "Former") from a run."""
    text = surface(doc, toks)
    if text.isupper() and upper_place(doc, text, toks[-1].end) is not None:
        return toks  # "NEW YORK (AP) -": a dateline place in capitals
    keep_common = _starts_known_name(doc, toks) or (toks[0].lead and toks[0].text in LOC_FEATURES) or (
        toks[0].text in CLUB_PREFIXES and len(toks) == 2) or _firm_before_role(doc, toks)  # "Real Madrid won"
    while len(toks) > 1:
        t = toks[0]
        low = t.text.lower()
        if t.text in PERSON_TITLES:
            break
        if (is_acronym(t.text) and t.text not in NON_ORG_ACRONYMS and not text.isupper()
                and (len(t.text) <= 3 or not is_common_word(t.text))
                and toks[1].kind == "cap" and lookup_place(t.text) is None):
            break  # "UN Habitat said", "ABC Radio reported": a body's acronym opens the name
        if t.initial and low in COMPANY_NOUNS and t.text not in ORG_WORDS and toks[1].kind == "cap":
            toks = toks[1:]  # "Retailer Kessa Foods said", "Insurer Tolo Mutual": the kind of firm, then its name
            continue
        if toks[1].kind == "conn" and toks[1].text == "&":
            break  # "Marks & Spencer": names joined by "&" keep their first word
        if t.text in GIVEN_NAME_WORDS and given_name_first(doc, toks):
            break
        if (t.text in TITLE_MODIFIERS and t.text != "Former" and toks[1].kind == "cap"
                and toks[1].text in PERSON_TITLES):
            break  # "Senior Adviser X", "Interior Minister X": the whole title is the role
        if t.kind != "cap" or (low in STOPWORDS and t.text not in STOPWORDS_IN_NAMES) or (
            not keep_common and is_common_word(t.text) and t.text not in doc.mid_caps
            and lookup_place(t.text) is None and t.text not in PERSON_TITLES
            and t.text not in ORG_WORDS and lookup_demonym(t.text) is None
            and not family_name_first(toks)
        ):
            toks = toks[1:]
            while toks and toks[0].kind != "cap":
                toks = toks[1:]
            keep_common = keep_common or _starts_known_name(doc, toks)
        else:
            break
    return toks


def _firm_before_role(doc: EntityDoc, toks: Sequence[Token]) -> bool:
    """"Wells Fargo analyst Bo Hart said": an ordinary word and an unknown one before a role at a body
    and a person's name are the firm's name (not "Former Tesco boss", "Rival Tesco boss",
    "Struggling Tesco boss": a modifier, a role or a participle before the firm)."""
    first = toks[0].text
    second = toks[1].text
    return (len(toks) == 2 and toks[1].kind == "cap" and not is_common_word(second)
            and lookup_demonym(second) is None and ((p := lookup_place(second)) is None or not p.trusted)
            # (not "Legendary Dutch coach", "Veteran Kenya coach"; but "Wells Fargo", a town's name in a firm's)
            and first not in TITLE_MODIFIERS and first.lower() not in ROLE_NOUNS
            and not first.endswith(("ing", "ed")) and role_and_name_after(doc, toks[-1].end))


def _starts_known_name(doc: EntityDoc, toks: Sequence[Token]) -> bool:
    """Does the run start with a multi-word gazetteer name or contain an organisation head?"""
    if any(t.kind == "cap" and (t.text in ORG_WORDS or t.text in LOC_FEATURES) for t in toks[1:]):
        return True
    if len(toks) > 1 and toks[0].text in OF_ORG_HEADS and toks[1].kind == "conn" and toks[1].text.startswith("of"):
        return True  # "Friends of the Earth said"
    if (len(toks) >= 3 and all(t.kind == "cap" for t in toks) and all(is_common_word(t.text) for t in toks[:-1])
            and (p := lookup_place(toks[-1].text)) is not None and p.kind in ("country", "nation")):
        return True  # "Cancer Research UK said": a national body
    if len(toks) > 1 and toks[-1].text in ORG_FINAL_WORDS and verb_after(doc, toks[-1].end) is not None:
        return True  # "Amnesty International said" (not "Young International players")
    for k in range(min(len(toks), 5), 1, -1):
        text = surface(doc, toks[:k])
        if lookup_place(text) or lookup_demonym(text) or text in INSTITUTION_PHRASES:
            return True

    return False


def classify(doc: EntityDoc, toks: list[Token], the: Token | None, n_caps: int) -> list[Candidate]:
    """Mentions found in one (stripped, non-empty) run of ``n_caps`` capitalised tokens."""
    heading = is_heading(doc, toks[0].start)
    text = surface(doc, toks)
    start, end = toks[0].start, toks[-1].end
    initial = toks[0].initial or (the is not None and the.initial)

    # whole-run gazetteer / institutions / demonyms
    place = lookup_place(text)
    if place is None and n_caps == 1 and "-" in text:
        place = hyphenated_place(text)  # "Saint-Pierre-et-Miquelon"
    if place is None and text.isupper() and len(text) >= 4:
        place = upper_place(doc, text, end)
        if place is not None:
            return [place_candidate(doc, toks, place, gazetteer_rule(place))]
    if place is not None and not place.trusted and (
            n_caps == 1 or lookup_demonym(text) is not None):
        place = None  # single words: decided in classify_single ("Brits" is a demonym first)
    if place is not None:
        if n_caps == 1 and initial and is_common_word(text) and text not in doc.mid_caps:
            return []
        return [place_candidate(doc, toks, place, gazetteer_rule(place))]
    if text in INSTITUTION_PHRASES:
        if the is not None and not the.initial:
            start = the.start
        return [Candidate(start, end, "ORG", ORG_INSTITUTION, doc.body[start:end])]
    norp = lookup_demonym(text)
    if norp is not None:
        return [Candidate(start, end, "NORP", NORP_DEMONYM, text, place=norp, single=n_caps == 1)]

    if n_caps >= 2:
        return classify_multi(doc, toks, the, text, initial, heading)
    return classify_single(doc, toks[0], initial, heading, the is not None and not the.initial)
