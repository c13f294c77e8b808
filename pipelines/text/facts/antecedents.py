"""Who a number stated of an unnamed person is about: 'The 29-year-old has won twice' names the
person the text named last ('Maria Lopez' or, later, 'Lopez'): a full name whose surname the text
also writes alone, the way news names a person."""
from __future__ import annotations

import re

from pipelines.text.lexicon.english import MONTHS_DAYS, STOPWORDS
from pipelines.text.lexicon.gazetteer import gazetteer
from pipelines.text.lexicon.names import NEVER_LAST_IN_NAME, PERSON_TITLES, ROLE_NOUNS
from pipelines.text.lexicon.non_entities import EVENT_FIRST_WORDS, MISC_HEADS, NOT_ENTITY_WORDS
from pipelines.text.lexicon.organisations import (
    CLUB_PREFIXES, CLUB_SUFFIXES, INSTITUTION_WORDS, ORG_FINAL_WORDS, ORG_LEGAL_SUFFIXES, ORG_WORDS,
)

#: A run of capitalised words ("Sonny Bill Williams", "The European Cup").
_CAPITAL_RUN = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:['’-][A-Za-z]+)*(?:[ ][A-Z][a-z]+(?:['’-][A-Za-z]+)*)*")
_NOT_NAME_WORDS = (MONTHS_DAYS | ORG_WORDS | ORG_FINAL_WORDS | ORG_LEGAL_SUFFIXES | CLUB_PREFIXES | CLUB_SUFFIXES
                   | INSTITUTION_WORDS | NEVER_LAST_IN_NAME | MISC_HEADS | EVENT_FIRST_WORDS | NOT_ENTITY_WORDS)
#: How far back the person named last is looked for: about two sentences.
_REACH = 500
#: "as a 20-year-old", "as an 18-year-old": the age of the sentence's subject.
_AS_A = re.compile(r"\bas[ ]an?[ ]$")


def _name_word(word: str) -> bool:
    return word.lower() not in STOPWORDS and word not in _NOT_NAME_WORDS and word not in PERSON_TITLES


def _names(text: str) -> list[tuple[int, str]]:
    """(end, name) of each run of two or three capitalised words that reads as a person's name: the
    run's leading sentence words, nationalities, roles and owners ('The', 'American', 'Actor', "Sweden's") dropped;
    no month, organisation, club, event word or place."""
    places = gazetteer()
    out = []
    for m in _CAPITAL_RUN.finditer(text):
        words = _unpossessed(m.group()).split(" ")
        owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=-1)
        words = words[owner + 1:]                    # "Manchester United's Brown"
        while words and (not _name_word(words[0]) or words[0] in places.demonyms or words[0].lower() in ROLE_NOUNS):
            words.pop(0)
        name = " ".join(words)
        if 2 <= len(words) <= 3 and all(_name_word(w) for w in words) and name not in places.exact:
            out.append((m.end(), name))
    return out


def person_before(body: str, start: int, sent_start: int) -> str | None:
    """The person the text named last before the sentence at ``sent_start`` (for 'as a 20-year-old',
    the subject of this sentence): a full name, or a surname alone after that person's full name."""
    if _AS_A.search(body, max(sent_start, start - 8), start):
        first = _CAPITAL_RUN.match(body, sent_start)
        words = first.group().split(" ") if first else []
        return " ".join(words) if words and all(_name_word(w) for w in words) and len(words) <= 3 else None
    lo = max(0, sent_start - _REACH)
    alone = {_unpossessed(m.group()) for m in _CAPITAL_RUN.finditer(body) if " " not in m.group()}
    full = [(end, name) for end, name in _names(body[:sent_start]) if name.rsplit(" ", 1)[-1] in alone]
    surnames = {name.rsplit(" ", 1)[-1] for _, name in full}
    found = [(end, name) for end, name in full if end >= lo]
    for m in _CAPITAL_RUN.finditer(body, lo, sent_start):
        word = _unpossessed(m.group())
        if word in surnames and not body[max(0, m.start() - 4):m.start()].lower().endswith("the "):
            found.append((m.end(), word))
    return max(found)[1] if found else None


def _unpossessed(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word
