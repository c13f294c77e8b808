"""Bare one-word names (a person's, or a weak organisation default) against the corpus.

A bare name that no full name in its document explains joins the one person in the corpus
whose *family name* it is; when several people share it, the one whose roles match this
mention's, else it is ambiguous and left unresolved (``entity_id`` None); when it is only
somebody's given name, or several people of its own document share it, it is unresolved too;
when it is nobody's name, it is its own entity (or the organisation of that name). A surname
in a team list (``person.team_sheet``) joins a person of another article only when the corpus
names that person in full in two articles or more; else it is a person of its own. A word
with no cue in its document (``org.bare_name``) that the corpus names neither way is dropped.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.records import EntityMention, EntityRole
from pipelines.text.entities.keys import name_key, name_tokens
from pipelines.text.entities.rules import ORG_BARE_NAME, PERSON_TEAM_SHEET
from pipelines.text.lexicon.names import ROLE_NOUNS
from pipelines.text.resolve.keys import Keyed, org_key


@dataclass
class _Corpus:
    """What the corpus says about the words bare names are."""

    family: dict[str, set[str]]       # word -> people called by it alone
    given: dict[str, set[str]]        # word -> people whose given name it is
    doc_words: dict[str, set[str]]    # document -> first and last words of its full names
    role_words: dict[tuple[str, str], set[str]]  # (document, local name) -> role nouns
    role_words_of: dict[str, set[str]]           # person key -> role nouns
    strong_org_names: set[str]        # organisation keys given by a strong rule
    org_docs: dict[str, set[str]]     # organisation key -> documents
    brand_words: set[tuple[str, str]]  # (document, first word of a product name)
    person_docs: dict[str, set[str]]   # person key -> documents naming the person in full


def resolve_bare_names(keyed: Keyed, roles: Sequence[EntityRole], short: dict[str, set[str]],
                       strong_org_names: set[str], org_docs: dict[str, set[str]],
                       brand_words: set[tuple[str, str]]) -> None:
    family, given = _family_and_given(keyed, short)
    role_words, role_words_of = _role_words(keyed, roles)
    corpus = _Corpus(family, given, _document_words(keyed), role_words, role_words_of,
                     strong_org_names, org_docs, brand_words, _person_documents(keyed))
    for i in keyed.bare:
        if keyed.mentions[i].type == "ORG":
            _bare_organisation(keyed, i, corpus)
        else:
            _bare_person(keyed, i, corpus)


def _family_and_given(keyed: Keyed, short: dict[str, set[str]]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The one person in the corpus called by a word; a given name ("Tony") links a mention
    only within its own document (done by ``entities``)."""
    family: dict[str, set[str]] = defaultdict(set)
    given: dict[str, set[str]] = defaultdict(set)
    for key, toks in keyed.person_full.items():
        target = keyed.person_alias.get(key, key)
        words = short.get(target, set())
        for w in words:
            family[w].add(target)
        # the given name: the first word, or the words after a family name written first
        for w in ((toks[0],) if toks[0] not in words else toks[1:]):
            if w not in words:
                given[w].add(target)
    return family, given


def _document_words(keyed: Keyed) -> dict[str, set[str]]:
    """Per document, the first and last words of its full names: a bare word among them was
    left unresolved by ``entities`` because several people of the document share it."""
    doc_words: dict[str, set[str]] = defaultdict(set)
    for m, k in zip(keyed.mentions, keyed.keys):
        if k is not None and k[0] == "PERSON" and k[1][5:] in keyed.person_full:
            toks = name_tokens(m.local_name)
            doc_words[m.doc_id].update((toks[0], toks[-1]))
    return doc_words


def _person_documents(keyed: Keyed) -> dict[str, set[str]]:
    """Per person key, the documents that name the person by a full name."""
    docs: dict[str, set[str]] = defaultdict(set)
    for m, k in zip(keyed.mentions, keyed.keys):
        if k is not None and k[0] == "PERSON" and k[1][5:] in keyed.person_full:
            docs[k[1][5:]].add(m.doc_id)
    return docs


def _role_words(keyed: Keyed,
                roles: Sequence[EntityRole]) -> tuple[dict[tuple[str, str], set[str]], dict[str, set[str]]]:
    """Role words ("president", "chancellor") per (doc, local name) and per full name."""
    role_words: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in roles:
        role_words[(r.doc_id, r.local_name)].update(
            w for w in re.findall(r"[a-z\-]+", r.role.lower()) if w in ROLE_NOUNS)
    role_words_of: dict[str, set[str]] = defaultdict(set)
    for m, k in zip(keyed.mentions, keyed.keys):
        if k is not None and k[0] == "PERSON":
            role_words_of[k[1][5:]] |= role_words.get((m.doc_id, m.local_name), set())
    return role_words, role_words_of


def _bare_organisation(keyed: Keyed, i: int, corpus: _Corpus) -> None:
    """A weak organisation default: the organisation a stronger rule found in the corpus, or the
    one person the word names; a bare name with no cue at all (``org.bare_name``) is dropped
    otherwise; several people sharing it, or a given name: an unresolved person mention."""
    m: EntityMention = keyed.mentions[i]
    tok = name_key(m.local_name)
    people = corpus.family.get(tok, set())
    if "name:" + org_key(m.local_name) in corpus.strong_org_names:
        keyed.keys[i] = ("ORG", "name:" + org_key(m.local_name))
    elif len(people) == 1 and tok not in corpus.doc_words[m.doc_id]:
        keyed.keys[i] = ("PERSON", "name:" + next(iter(people)))
        keyed.form_of[i] = m.surface
    elif m.rule == ORG_BARE_NAME:
        keyed.dropped.add(i)  # no cue in its document, nobody's name in the corpus: no mention
    elif not (people or tok in corpus.given):
        keyed.keys[i] = ("ORG", "name:" + org_key(m.local_name))


def _bare_person(keyed: Keyed, i: int, corpus: _Corpus) -> None:
    m: EntityMention = keyed.mentions[i]
    tok = name_key(m.local_name)
    people = corpus.family.get(tok, set())
    if (m.doc_id, tok) in corpus.brand_words:  # "Ford" next to "Ford Mustang" and "Ford Focus"
        keyed.keys[i] = ("ORG", "name:" + org_key(m.local_name))
        keyed.form_of[i] = m.surface
        return
    if tok in corpus.doc_words[m.doc_id]:
        return  # ambiguous in its own document ("Tony" next to two Tonys)
    if len(people) > 1:
        # several people share the word: the one whose roles match this mention's title
        words = corpus.role_words.get((m.doc_id, m.local_name), set())
        if words:
            fits = {p for p in people if corpus.role_words_of.get(p, set()) & words}
            if len(fits) == 1:
                people = fits
    if len(people) == 1 and m.rule == PERSON_TEAM_SHEET and len(corpus.person_docs.get(next(iter(people)), ())) < 2:
        keyed.keys[i] = ("PERSON", "name:" + tok)  # a player in a team list: not surely one article's namesake
    elif len(people) == 1:
        keyed.keys[i] = ("PERSON", "name:" + next(iter(people)))
    elif not people and tok in corpus.given:
        return  # somebody's given name, nobody's short name: it names nobody for sure
    elif not people and "name:" + org_key(m.local_name) in corpus.org_docs:
        keyed.keys[i] = ("ORG", "name:" + org_key(m.local_name))  # "Yukos said": the firm
        keyed.form_of[i] = m.surface
    elif not people:
        keyed.keys[i] = ("PERSON", "name:" + tok)
