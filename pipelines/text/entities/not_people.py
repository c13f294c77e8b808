"""Names read as people's that the whole document uses as a body's, never as a person's.

Two name-like words read as a person ("Halden Brook", "Leeds Tigers") unless the document says
otherwise. ``bodies_shaped_like_people`` weighs what all the mentions of one such name say:

* that it names a body, by the text around a mention (``cues.body_cue``: "X, a Danish firm
  based in ...", "X rose 4 per cent", "X have", "published in X", a company cue; in a team-sport
  report ``cues.team_cue``: "beat X", "joined from X"), or by its shape and reuse: its last word
  the plural of an ordinary word ("Tigers"), its first word a gazetteer city ("Leeds"), its last
  word, a plural, used alone after "the" ("the Tigers"), its first word (no place) used alone;
* that it names a person: a title or honorific before it or its last word, a role noun right
  before a mention ("striker Ann Ruiz"), its last word used alone with no "the" before it, its
  first word alone with a person cue ("Florence said"), "he" or "she" after a mention in its
  sentence.

One text cue, or two signs of shape and reuse, and no sign of a person: an organisation
(``org.not_a_person``), its one-word short forms too.

``particle_surnames``: a family name with lower-case particles ("de la Cruz", "du Plessis")
used alone keeps its particles, also capitalised at a sentence start ("Du Plessis said").
"""
from __future__ import annotations

import re

from pipelines.text.entities.cues import body_cue, lower_word_before, person_cue, team_cue
from pipelines.text.entities.document import Candidate, EntityDoc
from pipelines.text.entities.keys import name_key
from pipelines.text.entities.rules import (
    ORG_NOT_A_PERSON,
    PERSON_CUE,
    PERSON_KNIGHT,
    PERSON_NAME,
    PERSON_PARTICLE_SURNAME,
    PERSON_PEER,
    PERSON_SHORT_FORM,
    PERSON_TITLE,
)
from pipelines.text.entities.word_shapes import is_plural_word
from pipelines.text.lexicon.gazetteer import is_small_town, lookup_place
from pipelines.text.lexicon.names import NAME_PARTICLES, ROLE_NOUNS

_TITLED = (PERSON_TITLE, PERSON_KNIGHT, PERSON_PEER)
_PRONOUN_AFTER = re.compile(r"[^.!?\n]{0,100}?(?<![\w'’\-])(?:he|she|his|her|him)(?![\w'’\-])")
_THE_BEFORE = re.compile(r"(?<![\w'’\-])the $")
_PARTICLES = frozenset(NAME_PARTICLES)


def bodies_shaped_like_people(doc: EntityDoc, cands: list[Candidate]) -> None:
    """Two-word person names with a body's evidence and no person's: organisations."""
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.type == "PERSON" and c.rule in (PERSON_NAME, PERSON_CUE) and c.name.count(" ") == 1:
            groups.setdefault(name_key(c.name), []).append(c)
    if not groups:
        return
    alone: dict[str, list[Candidate]] = {}
    titled: set[str] = set()
    for c in cands:
        key = name_key(c.name)
        if " " not in key:
            alone.setdefault(key, []).append(c)
        if c.rule in _TITLED:
            titled.add(key.rsplit(" ", 1)[-1])
    bodies: set[str] = set()
    for key, group in groups.items():
        first, last = (name_key(w) for w in group[0].name.split(" "))
        if (" " in first or " " in last or last in titled or first in titled
                or _person_sign(doc, group, alone.get(first, []), alone.get(last, []))):
            continue
        if any(body_cue(doc, c.start, c.end) or team_cue(doc, c.start, c.end) for c in group) or (
                _shape_signs(doc, group[0].name, alone.get(first, []), alone.get(last, [])) >= 2):
            bodies.add(key)
    if not bodies:
        return
    words = {w for key in bodies for w in key.split(" ")}
    people = {w for key in groups if key not in bodies for w in key.split(" ")}  # (hyphens split too)
    for c in cands:
        key = name_key(c.name)
        if c.type == "PERSON" and (key in bodies or (c.rule == PERSON_SHORT_FORM and key in words and key not in people)):
            c.type, c.rule, c.weak = "ORG", ORG_NOT_A_PERSON, False


def _person_sign(doc: EntityDoc, group: list[Candidate], first_alone: list[Candidate],
                 last_alone: list[Candidate]) -> bool:
    """A role noun before a mention, "he" or "she" after one, its last word used alone as a
    person's (no "the" before it), its first word alone with a person cue ("Florence said")."""
    body = doc.body
    for c in group:
        if lower_word_before(body, c.start) in ROLE_NOUNS or _PRONOUN_AFTER.match(body, c.end) is not None:
            return True
    return any(x.type == "PERSON" and _THE_BEFORE.search(body, max(0, x.start - 4), x.start) is None
               and not is_plural_word(x.name) for x in last_alone) or any(
        x.type == "PERSON" and person_cue(doc, x.start, x.end) for x in first_alone)


def _shape_signs(doc: EntityDoc, name: str, first_alone: list[Candidate], last_alone: list[Candidate]) -> int:
    """How many signs of a body the name's words and their reuse give."""
    first, last = name.split(" ")
    place = lookup_place(first)
    body = doc.body
    plural = is_plural_word(last)
    return (int(plural) + int(place is not None and place.type == "GPE" and not is_small_town(place))
            + int(plural and any(_THE_BEFORE.search(body, max(0, x.start - 4), x.start) for x in last_alone))
            + int(bool(first_alone) and place is None))  # (a city used alone is the city)


def particle_surnames(doc: EntityDoc, cands: list[Candidate]) -> None:
    """A family name of the document written with particles ("Ana de la Cruz"), used alone after
    them ("de la Cruz", "De la Cruz" opening a sentence): the particles belong to the mention."""
    body = doc.body
    for c in cands:
        if c.type != "PERSON" or not c.single or c.rule != PERSON_SHORT_FORM or c.start < 3:
            continue
        for _, full, toks in doc.full_names.get(name_key(c.name), ()):
            k = len(toks) - 1
            while k > 0 and toks[k - 1] in _PARTICLES:
                k -= 1
            if k == len(toks) - 1 or k == 0 or toks[-1] != name_key(c.name):
                continue
            written = " ".join(full.split(" ")[k - len(toks):-1]) + " "
            start = c.start - len(written)
            if start >= 0 and body[start:c.start].lower() == written.lower() and (
                    start == 0 or not body[start - 1].isalnum()):
                c.start, c.name, c.rule = start, body[start:c.end], PERSON_PARTICLE_SURNAME
                break
