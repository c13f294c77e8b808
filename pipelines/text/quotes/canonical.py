"""A quote's speaker as the canonical name of the entity it names.

Attribution gives a document-local name ("Hale", "Mrs. Okoro", "Lord Pryce"); once mentions
are resolved to entities, ``SpeakerIndex`` looks that name up in the quote's document, in
order: a mention's local name, a mention's surface, the name without its titles
("Mrs. Okoro" -> "Okoro"), then the one person of the document whose name ends in that
surname, or starts with it when the given name is written last ("Park" -> "Park
Ji-hoon"), never a guess between two. A one-word
name or an acronym found as an entity of its own gives way to the one fuller entity of the
document it stands for ("Halvorsen" -> "Brent Halvorsen", "ICRC" -> "International
Committee of the Red Cross"). The speaker becomes the entity's canonical name (its fullest
form in the document set; the ``speakers_point_at_entities`` check holds it to that); a
name no entity fits is kept as written.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from pipelines.records import EntityMention, Quote
from pipelines.text.entities.rules import ORG_CLUB
from pipelines.text.lexicon import speech
from pipelines.text.lexicon.names import PEER_TITLES


def strip_titles(name: str) -> str:
    """``name`` without the honorifics and titles before it ("Lord Pryce" -> "Pryce") and the
    letters after it ("Nerys Vaughan KC" -> "Nerys Vaughan")."""
    words = name.split()
    while len(words) > 1 and words[-1].strip(",") in speech.POST_NOMINALS:
        words.pop()
    last_title = -1
    for i, w in enumerate(words[:-1]):
        if w.rstrip(".").lower() in speech.NAME_TITLES:
            last_title = i
    return " ".join(words[last_title + 1:])


_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: A hyphenated given name written last ("Park Ji-hoon", "Choi Eun-ji"): the family name is first.
_GIVEN_NAME_LAST = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+$")
_MINOR_WORDS = frozenset({"of", "the", "and", "for", "&", "de", "du", "des", "in", "on", "at"})


def initials(name: str) -> str:
    """The initials of a name's major words ("International Committee of the Red Cross" -> "ICRC")."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in _MINOR_WORDS and w[:1].isupper())


class SpeakerIndex:
    """The entities of each document by the names its mentions give them."""

    def __init__(self, mentions: Iterable[EntityMention], names: dict[str, str]):
        self.names = names
        self._exact: dict[tuple[str, str], str] = {}
        self._surface: dict[tuple[str, str], str] = {}
        self._surname: dict[tuple[str, str], set[str]] = {}
        self._forename: dict[tuple[str, str], set[str]] = {}
        self._word: dict[tuple[str, str], set[str]] = {}  # first or last word of a longer name -> entities
        self._initials: dict[tuple[str, str], set[str]] = {}  # an organisation's initials -> entities
        self._org_head: dict[tuple[str, str], set[str]] = {}  # the first words of a longer ORG name -> entities
        self._orgs: set[str] = set()
        self._clubs: set[str] = set()  # a club's name is whole: "Leeds United" is no head of "Leeds United Supporters' Trust"
        self._named: set[str] = set()  # people and organisations: a place never stands for a longer name
        for m in mentions:
            if m.entity_id is None:
                continue
            self._exact.setdefault((m.doc_id, m.local_name), m.entity_id)
            self._surface.setdefault((m.doc_id, m.surface), m.entity_id)
            if m.type == "PERSON":
                for form in (m.local_name, strip_titles(m.surface)):
                    if form:
                        self._surname.setdefault((m.doc_id, form.split()[-1]), set()).add(m.entity_id)
                        if _GIVEN_NAME_LAST.search(form):  # "Park Ji-hoon": the family name first
                            self._forename.setdefault((m.doc_id, form.split()[0]), set()).add(m.entity_id)
            words = m.local_name.split()
            if len(words) > 1 and m.type in ("PERSON", "ORG"):
                for w in {words[0], words[-1]} if m.type == "PERSON" else {words[-1]}:
                    self._word.setdefault((m.doc_id, w), set()).add(m.entity_id)
            if m.type == "ORG" and len(words) > 1:
                self._initials.setdefault((m.doc_id, initials(m.local_name)), set()).add(m.entity_id)
                for n in range(1, len(words)):
                    self._org_head.setdefault((m.doc_id, " ".join(words[:n])), set()).add(m.entity_id)
            if m.type == "ORG":
                self._orgs.add(m.entity_id)
                if m.rule == ORG_CLUB:
                    self._clubs.add(m.entity_id)
            if m.type in ("PERSON", "ORG"):
                self._named.add(m.entity_id)

    def entity_of(self, doc_id: str, speaker: str) -> str | None:
        """The entity ``speaker`` names in document ``doc_id``, or None (a family name written
        in capitals, as a transcript's speaker line has it, is also read in title case)."""
        for key in (speaker, strip_titles(speaker)):
            hit = self._exact.get((doc_id, key)) or self._surface.get((doc_id, key))
            if hit is not None:
                return self._fuller(doc_id, hit) or hit
        bare = strip_titles(speaker).split()
        if len(bare) == 1:
            for word in (bare[0], bare[0].title()) if bare[0].isupper() else (bare[0],):
                for index in (self._surname, self._forename):
                    fits = index.get((doc_id, word), set())
                    if len(fits) == 1:
                        return next(iter(fits))
        return self._by_initials(doc_id, speaker)

    def _fuller(self, doc_id: str, entity_id: str) -> str | None:
        """The one fuller entity of the document a one-word or acronym entity stands for, or
        an organisation the first words of whose name it is ("Carrow Park" -> "Carrow Park
        Cricket Club", "Corvane" -> "Corvane Rail")."""
        full = self.names.get(entity_id, "")
        if entity_id in self._orgs and entity_id not in self._clubs:
            fits = self._org_head.get((doc_id, full), set()) - {entity_id}
            if len(fits) == 1:
                return next(iter(fits))
        name = strip_titles(full)
        if (not name or " " in name or full.split()[0] in PEER_TITLES or full.split()[0] in speech.GENDERED_HONORIFICS
                or entity_id not in self._named):
            return None  # "Lord Pryce" is a full name, "Mrs Okafor" beside Mr Dan Okafor too; "Cllr Okafor" is "Okafor"
        fits = self._word.get((doc_id, name), set()) - {entity_id}
        if not fits and name.isupper():  # "ARAUJO" on a transcript's speaker line
            fits = self._word.get((doc_id, name.title()), set()) - {entity_id}
        if len(fits) == 1:
            return next(iter(fits))
        return self._by_initials(doc_id, name)

    def _by_initials(self, doc_id: str, speaker: str) -> str | None:
        if not _ACRONYM.fullmatch(speaker):
            return None
        fits = self._initials.get((doc_id, speaker), set())
        return next(iter(fits)) if len(fits) == 1 else None

    def lookup(self, doc_id: str, speaker: str) -> tuple[str, str | None]:
        """(canonical speaker, entity id or None) for ``speaker`` in ``doc_id``."""
        entity_id = self.entity_of(doc_id, speaker)
        if entity_id is None:
            return speaker, None
        name = self.names[entity_id]
        return name, entity_id


def canonical_speakers(quotes: Sequence[Quote], mentions: Iterable[EntityMention],
                       names: dict[str, str]) -> list[Quote]:
    """``quotes`` with each speaker swapped for the canonical name of the entity it names
    (``speaker_entity_id`` set); ``mentions`` are resolved, ``names`` maps entity id -> name."""
    index = SpeakerIndex(mentions, names)
    out = []
    for q in quotes:
        if not q.speaker:
            out.append(q)
            continue
        name, entity_id = index.lookup(q.doc_id, q.speaker)
        if entity_id is None:
            out.append(q)
        else:
            out.append(q.model_copy(update={"speaker": name, "speaker_entity_id": entity_id}))
    return out
