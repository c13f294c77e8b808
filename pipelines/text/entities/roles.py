"""Roles of the people of a document: the title before a name ("Foreign Minister Ana Brun"), a
role noun phrase before it ("Peru's security adviser Pardo"), an apposition after it
("Ann Ruiz, a senior fellow at the Harrow Institute, said")."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from pipelines.records import EntityRole, Sentence
from pipelines.text.entities.document import Candidate, EntityDoc
from pipelines.text.entities.rules import ROLE_APPOSITION, ROLE_NOUN_BEFORE, ROLE_TITLE
from pipelines.text.lexicon.english import MONTHS_DAYS, STOPWORDS
from pipelines.text.lexicon.names import HONORIFICS, PERSON_TITLES, ROLE_NOUN_PAIRS, ROLE_NOUNS, ROLE_STARTS

_APPOS_ROLE = re.compile(
    r",\s+((?:(?:a|an|the|his|her|their|its)\s+|(?:[A-Z][\w.&'’\-]*\s+){0,6}|(?:former|then|now|"
    r"current|acting|deputy|senior|chief|vice)\s+)[^,;:()\"“”]{2,140}?)(?=\s*(?:,|;|\.(?:\s|$)|\(|\)|—|–|\s+(?:said|says|told|added|warned|wrote)\b|$))"
)
_ROLE_WORD = re.compile(r"[A-Za-z][\w\-]*")
_WORD = re.compile(r"[A-Za-z][\w.&\-]*(?:['’]s)?")
_PAIR_LASTS = frozenset(p.split()[-1] for p in ROLE_NOUN_PAIRS)


def roles_of(doc: EntityDoc, doc_id: str, sentences: Sequence[Sentence],
             cands: Sequence[Candidate]) -> list[EntityRole]:
    """The roles of the people among ``cands``, each (local name, span) once."""
    roles: list[EntityRole] = []
    seen: set[tuple[str, int, int]] = set()
    for c in cands:
        if c.type != "PERSON":
            continue
        i = bisect.bisect_right(doc.sent_starts, c.start) - 1
        sent_end = sentences[i].char_end if 0 <= i < len(sentences) else len(doc.body)
        for r in _roles_for(doc, c, doc_id, sent_end):
            k = (r.local_name, r.char_start, r.char_end)
            if k not in seen:
                seen.add(k)
                roles.append(r)
    return roles


def _roles_for(doc: EntityDoc, c: Candidate, doc_id: str, sent_end: int) -> list[EntityRole]:
    body = doc.body
    out: list[EntityRole] = []

    def add(s: int, e: int, rule: str) -> None:
        while e > s and body[e - 1] in " ,":
            e -= 1
        if e > s:
            out.append(EntityRole(entity_id=None, doc_id=doc_id, local_name=c.local, role=body[s:e],
                                  char_start=s, char_end=e, rule=rule))

    if c.title_start >= 0:
        add(c.title_start, c.title_end, ROLE_TITLE)
    else:
        s0 = _role_before(doc, c.start)
        if s0 >= 0:
            add(s0, c.start, ROLE_NOUN_BEFORE)
    # apposition after the name
    m = _APPOS_ROLE.match(body, c.end, min(sent_end, c.end + 200)) if body[c.end:c.end + 1] == "," else None
    if m and _role_words(m.group(1)):
        words = m.group(1).split()
        first = re.sub(r"['’]s$", "", words[0].lower())
        if len(words) <= 16 and (words[0][0].isupper() or first in ROLE_STARTS or first in ROLE_NOUNS):
            add(m.start(1), m.end(1), ROLE_APPOSITION)
    return out


def _role_words(text: str) -> bool:
    words = _ROLE_WORD.findall(text)
    lows = [w.lower() for w in words[:12]]
    if any(w in ROLE_NOUNS for w in lows) or any(" ".join(lows[i:i + 2]) in ROLE_NOUN_PAIRS for i in range(len(lows))):
        return True
    return any(w in PERSON_TITLES and w not in HONORIFICS for w in words[:8])


def _role_before(doc: EntityDoc, start: int) -> int:
    """Start of a role phrase ending right before a name ("Peru's security adviser")."""
    body = doc.body
    if start < 2 or body[start - 1] != " ":
        return -1
    k = body.rfind(" ", max(0, start - 40), start - 1)
    last = body[k + 1:start - 1].lstrip("(\"'“‘[")
    if last not in ROLE_NOUNS and last not in _PAIR_LASTS:
        return -1  # the word before the name is no role noun ("said", "and")
    lo = max(0, start - 100)
    i = bisect.bisect_right(doc.sent_starts, start) - 1
    if i >= 0:
        lo = max(lo, doc.sent_starts[i])
    words = list(_WORD.finditer(body, lo, start))
    if not words or words[-1].end() != start - 1 or body[start - 1] != " ":
        return -1
    last = words[-1].group()
    two = " ".join(w.group().lower() for w in words[-2:])
    if not last.islower() or not (last in ROLE_NOUNS or two in ROLE_NOUN_PAIRS) or last in ("fellow", "member"):
        return -1
    return _role_phrase_start(body, words)


def _role_phrase_start(body: str, words: list[re.Match[str]]) -> int:
    """Where the role phrase ending in ``words[-1]`` starts: back over at most three lower-case
    words, then at most four capitalised ones ("Peru's security adviser")."""
    k = len(words) - 1
    lowers = 0
    caps = 0
    while k > 0:
        prev = words[k - 1]
        if body[prev.end():words[k].start()] != " ":
            break
        w = prev.group()
        if w.islower():
            if caps or lowers >= 3 or w in STOPWORDS:
                break
            lowers += 1
        elif w[0].isupper() and w.lower() not in STOPWORDS and caps < 4 and w not in MONTHS_DAYS:
            caps += 1
        else:
            break
        k -= 1
    return words[k].start()
