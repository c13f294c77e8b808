"""People the entity tagger typed as places: ``as_people`` retypes them for attribution.

A name typed LOC or GPE that no gazetteer knows as a place and that the text sets out as a
person, with a role noun in an apposition right after it ("Paul Dales, UK economist for
Capital Economics, said") or a lowercase role right before it ("economist Paul Dales"), is a
person for the quote resolvers (subjects, he/she), in every mention of that name in the
document. The mentions themselves stay as the tagger made them everywhere else.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.records import EntityMention
from pipelines.text.lexicon.gazetteer import lookup_place
from pipelines.text.quotes.patterns import PERSON_ROLES

_ROLE_APPOSITION = re.compile(
    rf",\s+(?:(?:a|an|the)\s+)?(?:[\w'’\-]+\s+){{0,3}}?(?:{PERSON_ROLES})\s+(?:for|at|of|with|from|in)\s"
)
_ROLE_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{PERSON_ROLES})\s+$")
_PLACE_TYPES = ("LOC", "GPE")


def as_people(body: str, mentions: Sequence[EntityMention]) -> list[EntityMention]:
    """``mentions`` with the places that the text sets out as people typed PERSON."""
    people = {m.local_name for m in mentions if _set_out_as_person(body, m)}
    if not people:
        return list(mentions)
    return [m.model_copy(update={"type": "PERSON"}) if m.type in _PLACE_TYPES and m.local_name in people else m
            for m in mentions]


def _set_out_as_person(body: str, m: EntityMention) -> bool:
    if m.type not in _PLACE_TYPES or len(m.local_name.split()) < 2 or lookup_place(m.local_name) is not None:
        return False
    if _ROLE_APPOSITION.match(body, m.char_end, m.char_end + 80):
        return True
    return _ROLE_BEFORE.search(body, max(0, m.char_start - 30), m.char_start) is not None
