"""Titles of works are no entities (the records have no work type).

A PERSON or LOC run right after a work noun ("the film Glass Harbour", "her new single 'Velvet
Tunnel'"; "play", "show", "hit", "single", "book", "series" only after a determiner or
possessive, "game" only in "video game" and the like), before "starring", "directed by" ("X,
starring Y") or a work apposition ("X, a novel about"), after words only a work takes ("her
performance in X", "an Oscar for X"), before a product noun ("X program", "X software"), and
"<full name>'s <Name Name>" with no cue ("Anna Velt's Harrow Gate") are dropped; a title
dropped once is dropped throughout the document. A name of any type that the text itself calls a
work is dropped too: a possessive apposition ("X, the author's first spy novel,"), a predicate
("X is now the best-selling single in ..."); so is a person-shaped name with no cue inside a
sentence before a subtitle ("an episode of Star Drift: Voyager").
"""
from __future__ import annotations

import re

from pipelines.text.entities.document import Candidate, EntityDoc, is_initial
from pipelines.text.entities.keys import name_key
from pipelines.text.entities.rules import (
    ORG_BARE_NAME,
    ORG_CAPITALISED_WORD,
    ORG_COUNTRY_BODY,
    ORG_CUE,
    PERSON_CUE,
    PERSON_NAME,
    PERSON_TITLE,
)
from pipelines.text.lexicon.non_entities import GAME_MODIFIERS, WORK_DETERMINERS, WORK_NOUNS, WORK_NOUNS_NEED_DET

_WORK_BEFORE = re.compile(
    r"(?:(?<![\w'’\-])([\w'’\-]+) )?(?<![\w'’\-])([A-Za-z]+) [\"“‘']?$")
#: Words before a title that only a work takes ("her performance in X", "an Oscar for X").
_WORK_CONTEXT_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:(?:performance|performances|role|roles|starring|starred|stars|cameo) in"
    r"|(?:Oscar|Oscars|Bafta|Baftas|Emmy|Emmys|Golden Globe|Golden Globes|nominated|nomination|nominations) for) $")
_WORK_AFTER = re.compile(r"[\"”’']?,? (?:starring|co-starring|directed by|written by|produced by)\b")
#: A lower-case product noun right after a name read as a person's ("the Modem Guard program"):
#: a product, no person.
_PRODUCT_AFTER = re.compile(
    r" (?:program|programs|programme|software|browser|console|handset|app|operating system|chip|chips"
    r"|processor|format|standard|technology|device|devices)\b")
_WORK_APPOSITION = re.compile(
    r", (?:a|an|the|his|her|their) (?:[\w\-]+ ){0,2}?([a-z]+)"
    r"(?=[,.;:]| (?:about|by|from|that|which|starring|based|set|written|directed|released)\b)")
#: What follows a work noun that ends the phrase naming the work (not "a film star", "a drama teacher").
_WORK_NOUN_ENDS = r"(?=[,.;:!?)]| (?:about|by|from|in|of|since|to|for|ever|that|which|and|starring|based|set|written|directed|released)\b)"
#: An apposition owned by someone: "X, author Ann Velt's first spy novel, ..."; "X, the band's latest single."
_POSSESSIVE_WORK_APPOSITION = re.compile(
    r", (?!(?:who|whose|which|that|whom|with)\b)(?:(?!of\b)[^,.;:\"“”]){0,40}?['’]s (?:[\w\-]+ ){0,3}?([a-z]+)"
    + _WORK_NOUN_ENDS)
#: A predicate calling the name a work: "X is now the best-selling single in ...", "X was a hit musical."
_WORK_PREDICATE = re.compile(
    r"[\"”’']? (?:is|was) (?:now |also |still )?(?:the|a|an|his|her|their|its) (?:(?!of\b)[\w\-]+ ){0,4}?([a-z]+)"
    + _WORK_NOUN_ENDS)
#: A subtitle after the name: ": Voyager" (not a quotation after a colon).
_SUBTITLE_AFTER = re.compile(r": [A-Z0-9]")
#: Organisation rules of a lone word that a work's title may have met ("Angels is a great song"
#: after "I think Angels ..."; "the abysmal Halo sequel").
_WEAK_ORG_RULES = frozenset((ORG_CUE, ORG_BARE_NAME, ORG_CAPITALISED_WORD))
#: A title or a person cue outweighs a work noun before the name.
_WORK_KEEP_RULES = frozenset((PERSON_TITLE, PERSON_CUE))


def work_title(doc: EntityDoc, c: Candidate) -> bool:
    """A PERSON or LOC run that is the title of a work: right after a work noun ("the film
    Glass Harbour", "her album 'Blue Lantern'"), before "starring", "directed by" ("X,
    starring Y") or before a work apposition ("X, a novel about ...")."""
    body = doc.body
    if c.type in ("PERSON", "LOC", "ORG") and c.rule not in _WORK_KEEP_RULES and _called_a_work(body, c.end):
        return True
    if c.type in ("ORG",) and c.rule in _WEAK_ORG_RULES and c.single:
        # a lone word read as a body by a weak cue: a title after words only a work takes
        # ("her role in Closer") or in a document that calls it a work
        return _WORK_CONTEXT_BEFORE.search(body, max(0, c.start - 30), c.start) is not None
    if c.type not in ("PERSON", "LOC") and c.rule != ORG_COUNTRY_BODY:
        return False  # ("Hotel Kessia" reads as a national body: a title after a work cue too)
    if c.rule == PERSON_NAME and _SUBTITLE_AFTER.match(body, c.end) and not is_initial(doc, c.start):
        return True  # "an episode of Star Drift: Voyager": a title and its subtitle
    if body[c.end:c.end + 2] == ", ":  # "X, a novel about ...", "X, the 2004 film"
        m = _WORK_APPOSITION.match(body, c.end)
        if m is not None and m.group(1) in WORK_NOUNS:
            return True
    if c.rule in _WORK_KEEP_RULES:
        return False
    m = _WORK_BEFORE.search(body, max(0, c.start - 40), c.start)
    if m is not None:
        noun, prev = m.group(2), m.group(1)
        if noun in WORK_NOUNS:
            low = noun.lower()
            if low in ("game", "games"):
                if prev is None or prev.lower() not in GAME_MODIFIERS:
                    return False
            elif low in WORK_NOUNS_NEED_DET:
                if prev is None or not (prev.lower() in WORK_DETERMINERS or prev.endswith(("'s", "’s"))):
                    return False
            return True
    if _WORK_CONTEXT_BEFORE.search(body, max(0, c.start - 30), c.start) is not None:
        return True
    if c.type == "PERSON" and _PRODUCT_AFTER.match(body, c.end) is not None:
        return True
    return _WORK_AFTER.match(body, c.end) is not None


def _called_a_work(body: str, end: int) -> bool:
    """Does the text after a name call it a work, by a possessive apposition ("X, the author's
    first novel,") or a predicate ("X is now the best-selling single in ...")?"""
    for pattern in (_POSSESSIVE_WORK_APPOSITION, _WORK_PREDICATE):
        m = pattern.match(body, end, end + 90)
        if m is not None and m.group(1) in WORK_NOUNS:
            return True
    return False


def drop_work_titles(cands: list[Candidate], work_names: set[str]) -> list[Candidate]:
    """A title seen once as a work is a work throughout the document."""
    if not work_names:
        return cands
    return [c for c in cands if not (c.name in work_names and c.rule not in _WORK_KEEP_RULES
                                     and (c.type in ("PERSON", "LOC") or c.rule == ORG_COUNTRY_BODY
                                          or (c.single and c.rule in _WEAK_ORG_RULES)))]


def possessed_work(doc: EntityDoc, owner: Candidate, c: Candidate) -> bool:
    """"<full name>'s <Name Name>" with no cue on the second name is a work by that person
    ("Anna Velt's Harrow Gate"), not a second person: an author, director or composer."""
    if owner.end != c.start - 3 or owner.type != "PERSON":
        return False
    return " " in owner.name or name_key(owner.name) in doc.full_names
