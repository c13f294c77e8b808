"""Cross-document resolution: one canonical entity per real thing.

Keys, by type (``entity_id = stable_id(type, key)``):

* **GPE / LOC** -- the gazetteer entry of the mention's local name ("US", "U.S.", "America" and
  "United States" all give ``country:US``); names outside the gazetteer ("Taiwan Strait") key
  on their normalised text. "Korea" alone stays its own entity (``country:KOREA``) unless the
  document named only South Korea, in which case ``entities`` already set its local name to
  "South Korea".
* **NORP** -- the demonym entry ("South Koreans" -> ``norp:south korean``, country KR).
* **ORG** -- normalised name without article and legal suffix ("Acme Corp" = "Acme"); an
  acronym takes the long form its document spelled out, or the one long form the corpus gives
  it when its own document did not. Names that differ only by an English plural of the last
  word or a final "Party" are one organisation ("Tory", "Tories", "Tory Party"; "Democrat",
  "Democrats") -- general morphology, no table of parties; acronyms ("AAA", "AAAS") and
  "Times"/"News" are not plurals.
* **PERSON** -- the normalised full name (case, hyphens, spaces and accents ignored, so
  "Moon Jae-in" = "Moon Jae In"); a generational suffix (Jr, Sr, II, III, IV) stays in the key,
  so father and son are two people, and a shorter name only joins a longer one with the same
  suffix. A short form was already given its document's full name by
  ``entities``; a name with fewer tokens joins the only longer name sharing its first and last
  tokens ("George Bush" -> "George W. Bush"). A bare one-word name that no full name in its
  document explains joins the one person in the corpus whose *family name* it is; when several
  people share it, it is ambiguous and left unresolved (``entity_id`` None); when it is only
  somebody's given name, or several people of its own document share it, it is unresolved
  too; when it is nobody's name, it is its own entity. The family name is the last word
  ("Ardern", "Kilroy-Silk" / "Kilroy"), or the first word when the name is written family name
  first ("Moon Jae-in", "Park Geun Hye", "Ng Eng Hen") or a title stands before the first word
  alone somewhere ("Premier Li" for Li Qiang).

Given names (decision): a given name alone ("Tony") links to the full name only inside its
own document, and only when one person of that document has it (``entities``). It becomes an
alias of the entity only where the text calls the person by it -- used alone at least twice in
a document and at least as often as any other one-word form there; a stray "Tony" in a text
that says "Blair" links the mention but adds no alias, so aliases stay safe for look-ups.

Canonical name: the gazetteer name for places and demonyms; otherwise the fullest form seen
(most name tokens), the most frequent among those.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from pydantic import TypeAdapter

from pipelines.records import Entity, EntityMention, EntityRole
from pipelines.text.common import stable_id
from pipelines.text.entities import name_key
from pipelines.text.entities.rules import ORG_BARE_NAME, ORG_CAPITALISED_WORD, PERSON_TITLE
from pipelines.text.lexicon.gazetteer import lookup_demonym, lookup_place, lookup_place_lower
from pipelines.text.lexicon.names import ROLE_NOUNS
from pipelines.text.lexicon.organisations import ORG_LEGAL_SUFFIXES

__all__ = ["resolve_entities", "org_key"]

_MENTIONS = TypeAdapter(list[EntityMention])
_WEAK_ORG_RULES = frozenset({ORG_BARE_NAME, ORG_CAPITALISED_WORD})
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]{1,7}$")


def org_key(name: str) -> str:
    """Comparison key of an organisation: no article, possessive or legal suffix."""
    key = name_key(name.replace("&", " and "))
    words = key.split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    while len(words) > 1 and words[-1] in ORG_LEGAL_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=1 << 15)
def _person_tokens(local: str) -> tuple[str, ...]:
    toks = tuple(name_key(w) for w in local.split() if name_key(w))
    while len(toks) > 1 and toks[-1] in ("jr", "sr", "ii", "iii", "iv"):
        toks = toks[:-1]
    return toks


_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")


@lru_cache(maxsize=1 << 15)
def _person_suffix(local: str) -> str:
    """" jr" for "Carlos Mendes Jr.", "" without a generational suffix: father and son (or
    "II" and "III") are different people, so the suffix stays in the person key."""
    words = local.split()
    last = name_key(words[-1]) if len(words) > 2 else ""
    return " " + last if last in _SUFFIXES else ""


_NOT_PLURALS = frozenset({"times", "news"})


def _singular(word: str) -> str:
    """The singular of an English plural ("tories" -> "tory", "xboxes" -> "xbox"), else the word."""
    if word in _NOT_PLURALS or len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes", "sses", "zes")):
        return word[:-2]
    return word[:-1]


def _merge_org_variants(mentions: Sequence[EntityMention], keys: list[tuple[str, str] | None]) -> None:
    """Re-key organisations whose names differ only by a plural or a final "Party" onto the
    variant written most often. Acronyms ("AAA", "AAAS") are left alone."""
    count: Counter[str] = Counter()
    acronyms: set[str] = set()
    for m, k in zip(mentions, keys):
        if k is not None and k[0] == "ORG" and k[1].startswith("name:"):
            count[k[1]] += 1
            if _ACRONYM.match(m.surface):
                acronyms.add(k[1])
    groups: dict[str, list[str]] = defaultdict(list)
    for key in count:
        if key in acronyms:
            continue
        words = key[5:].split()
        if len(words) > 1 and words[-1] == "party":
            words = words[:-1]
        if words:
            words[-1] = _singular(words[-1])
            groups[" ".join(words)].append(key)
    target: dict[str, str] = {}
    for variants in groups.values():
        if len(variants) > 1:
            best = max(variants, key=lambda v: (count[v], v))
            for v in variants:
                target[v] = best
    if target:
        for i, k in enumerate(keys):
            if k is not None and k[0] == "ORG" and k[1] in target:
                keys[i] = ("ORG", target[k[1]])


def _short_words(
    mentions: Sequence[EntityMention],
    keys: Sequence[tuple[str, str] | None],
    person_full: dict[str, tuple[str, ...]],
    person_alias: dict[str, str],
) -> dict[str, set[str]]:
    """Per full name key, the family name(s): the word(s) the person is called by alone in
    other documents.

    The last word ("Ardern"; "Kilroy-Silk" and "Kilroy"), or the first when the name is written
    family name first ("Moon Jae-in", "Ng Eng Hen") or a title stands before the first word
    alone ("Premier Li" for Li Qiang). A given name is never one: "Tony" in a text without
    Tony Blair is nobody in particular.
    """
    titled: dict[str, set[str]] = defaultdict(set)
    written: dict[str, list[str]] = defaultdict(list)
    for m, k in zip(mentions, keys):
        if k is None or k[0] != "PERSON" or k[1][5:] not in person_full:
            continue
        target = k[1][5:]
        toks = _person_tokens(m.surface)
        if len(toks) == 1:
            if m.rule == PERSON_TITLE:
                titled[target].add(toks[0])
        elif len(written[target]) < 5:
            written[target].append(m.surface)
    out: dict[str, set[str]] = {}
    for key, toks in person_full.items():
        target = person_alias.get(key, key)
        if target in out:
            continue
        ftoks = person_full.get(target, toks)
        if any(_family_first(w) for w in written.get(target, ())):
            out[target] = {ftoks[0]}
            continue
        words = {ftoks[-1]}
        if len(ftoks) >= 3:
            words.add(" ".join(ftoks[-2:]))
        if " " in ftoks[-1] and len(ftoks[-1].split()[0]) > 3:  # "Kilroy" for "Kilroy-Silk"
            words.add(ftoks[-1].split()[0])
        if ftoks[0] in titled.get(target, ()):
            words.add(ftoks[0])
        out[target] = words
    return out


_GIVEN_SYLLABLES = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}")


def _family_first(written: str) -> bool:
    """Is the name written family name first, as romanised East Asian names are ("Moon
    Jae-in", "Park Geun Hye", "Ng Eng Hen")?"""
    words = written.split()
    if len(words) == 2:
        return len(words[0]) <= 5 and _GIVEN_SYLLABLES.fullmatch(words[1]) is not None
    return len(words) == 3 and all(len(w) <= 4 and w[:1].isupper() for w in words)


def _display(forms: Counter[str]) -> str:
    """The fullest form (most name tokens), the most frequent among those."""
    return max(forms.items(), key=lambda kv: (len(name_key(kv[0]).split()), kv[1], kv[0]))[0]


def resolve_entities(
    mentions: Sequence[EntityMention], roles: Sequence[EntityRole]
) -> tuple[list[Entity], list[EntityMention], list[EntityRole]]:
    """Entities across all documents, and the mentions and roles with ``entity_id`` set."""
    keys: list[tuple[str, str] | None] = [None] * len(mentions)
    country: dict[tuple[str, str], str | None] = {}
    fixed_name: dict[tuple[str, str], str] = {}

    # acronyms spelled out somewhere: acronym -> set of long-form keys
    acr_long: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type == "ORG" and _ACRONYM.match(m.surface) and m.local_name != m.surface:
            acr_long[m.surface].add(org_key(m.local_name))

    person_full: dict[str, tuple[str, ...]] = {}      # key -> tokens, for names of 2+ tokens
    person_sfx: dict[str, str] = {}                   # key -> generational suffix (" jr")
    form_of: dict[int, str] = {}                      # display form when not the local name
    bare: list[int] = []                              # mentions to resolve against the corpus
    for i, m in enumerate(mentions):
        if m.type in ("GPE", "LOC"):
            place = lookup_place(m.local_name) or lookup_place_lower(m.local_name)
            if place is None and m.local_name != m.surface:
                place = lookup_place(m.surface)
            if place is not None and place.type in ("GPE", "LOC"):
                k = (place.type, place.key)
                fixed_name[k] = place.name
                country[k] = place.country_code if place.kind in ("country", "nation") else None
            else:
                k = (m.type, "name:" + org_key(m.local_name))
            keys[i] = k
        elif m.type == "NORP":
            place = lookup_demonym(m.local_name) or lookup_demonym(m.surface)
            if place is not None:
                k = ("NORP", place.key)
                fixed_name[k] = place.name
                country[k] = place.country_code
            else:
                k = ("NORP", "name:" + name_key(m.local_name))
            keys[i] = k
        elif m.type == "ORG":
            local = m.local_name
            if m.rule in _WEAK_ORG_RULES and len(local.split()) == 1:
                bare.append(i)
                continue
            if _ACRONYM.match(local) and len(acr_long.get(local, ())) == 1:
                k = ("ORG", "name:" + next(iter(acr_long[local])))
            else:
                k = ("ORG", "name:" + org_key(local))
            keys[i] = k
        else:  # PERSON
            toks = _person_tokens(m.local_name)
            if len(toks) >= 2:
                sfx = _person_suffix(m.local_name)
                key = " ".join(toks) + sfx
                person_sfx[key] = sfx
                person_full[key] = toks
                keys[i] = ("PERSON", "name:" + key)
            else:
                bare.append(i)

    # shorter full names join the only longer name with the same first and last tokens
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, toks in person_full.items():
        by_ends[(toks[0], toks[-1])].append(key)
    person_alias: dict[str, str] = {}
    for key, toks in person_full.items():
        longer = [k for k in by_ends[(toks[0], toks[-1])] if len(person_full[k]) > len(toks)
                  and person_sfx.get(k, "") == person_sfx.get(key, "")]
        if len(longer) == 1:
            person_alias[key] = longer[0]
    for i, k in enumerate(keys):
        if k is not None and k[0] == "PERSON":
            target = person_alias.get(k[1][5:])
            if target:
                keys[i] = ("PERSON", "name:" + target)

    # "Google Adsense" is no person when "Google" alone is an organisation and only the first
    # word is ever used alone: such names become organisations
    strong_org_names = {k[1] for k in keys if k is not None and k[0] == "ORG"}
    org_docs: dict[str, set[str]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if m.type == "ORG":
            org_docs["name:" + org_key(m.local_name)].add(m.doc_id)
    singles: dict[str, set[str]] = defaultdict(set)
    protected: set[str] = set()  # words used alone after a person title somewhere ("Mr Xi")
    for m, k in zip(mentions, keys):
        if m.type == "PERSON" and len(m.surface.split()) == 1:
            if m.rule == PERSON_TITLE:
                protected.add(name_key(m.surface))
            if k is not None:
                singles[k[1]].add(name_key(m.surface))
    not_people: set[str] = set()
    for key, toks in person_full.items():
        target = person_alias.get(key, key)
        used = singles.get("name:" + target, set())
        first_org = org_docs.get("name:" + toks[0], set())
        if toks[-1] in used or toks[0] in protected or not first_org:
            continue
        if toks[0] in used or len(first_org) >= 2:
            not_people.add(target)
    brand_words: set[tuple[str, str]] = set()  # (document, first word of a product name)
    if not_people:
        for i, (m, k) in enumerate(zip(mentions, keys)):
            if k is None or k[0] != "PERSON" or k[1][5:] not in not_people:
                continue
            if len(_person_tokens(m.surface)) == 1:
                keys[i] = ("ORG", "name:" + org_key(m.surface))
                form_of[i] = m.surface
            else:
                keys[i] = ("ORG", "name:" + org_key(m.local_name))
                brand_words.add((m.doc_id, _person_tokens(m.local_name)[0]))
        for key in not_people:
            person_full.pop(key, None)
        person_full = {k: v for k, v in person_full.items() if person_alias.get(k, k) not in not_people}

    # the word each person is called by alone ("Blair", "Moon"): what documents use
    short = _short_words(mentions, keys, person_full, person_alias)
    # bare one-word names: the one person in the corpus called by that word; a given name
    # ("Tony") links a mention only within its own document (done by ``entities``)
    family: dict[str, set[str]] = defaultdict(set)
    given: dict[str, set[str]] = defaultdict(set)
    for key, toks in person_full.items():
        target = person_alias.get(key, key)
        words = short.get(target, set())
        for w in words:
            family[w].add(target)
        # the given name: the first word, or the words after a family name written first
        for w in ((toks[0],) if toks[0] not in words else toks[1:]):
            if w not in words:
                given[w].add(target)
    # per document, the first and last words of its full names: a bare word among them was
    # left unresolved by ``entities`` because several people of the document share it
    doc_words: dict[str, set[str]] = defaultdict(set)
    for m, k in zip(mentions, keys):
        if k is not None and k[0] == "PERSON" and k[1][5:] in person_full:
            toks = _person_tokens(m.local_name)
            doc_words[m.doc_id].update((toks[0], toks[-1]))
    # role words ("president", "chancellor") per (doc, local name) and per full name
    role_words: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in roles:
        role_words[(r.doc_id, r.local_name)].update(
            w for w in re.findall(r"[a-z\-]+", r.role.lower()) if w in ROLE_NOUNS)
    role_words_of: dict[str, set[str]] = defaultdict(set)
    for m, k in zip(mentions, keys):
        if k is not None and k[0] == "PERSON":
            role_words_of[k[1][5:]] |= role_words.get((m.doc_id, m.local_name), set())
    for i in bare:
        m = mentions[i]
        tok = name_key(m.local_name)
        people = family.get(tok, set())
        if m.type == "ORG":
            if "name:" + org_key(m.local_name) in strong_org_names or not (people or tok in given):
                keys[i] = ("ORG", "name:" + org_key(m.local_name))
            elif len(people) == 1 and tok not in doc_words[m.doc_id]:
                keys[i] = ("PERSON", "name:" + next(iter(people)))
                form_of[i] = m.surface
            # several people share the word, or it is a given name: an unresolved person mention
            continue
        if (m.doc_id, tok) in brand_words:  # "Ford" next to "Ford Mustang" and "Ford Focus"
            keys[i] = ("ORG", "name:" + org_key(m.local_name))
            form_of[i] = m.surface
            continue
        if tok in doc_words[m.doc_id]:
            continue  # ambiguous in its own document ("Tony" next to two Tonys)
        if len(people) > 1:
            # several people share the word: the one whose roles match this mention's title
            words = role_words.get((m.doc_id, m.local_name), set())
            if words:
                fits = {p for p in people if role_words_of.get(p, set()) & words}
                if len(fits) == 1:
                    people = fits
        if len(people) == 1:
            keys[i] = ("PERSON", "name:" + next(iter(people)))
        elif not people and tok in given:
            continue  # somebody's given name, nobody's short name: it names nobody for sure
        elif not people and "name:" + org_key(m.local_name) in org_docs:
            keys[i] = ("ORG", "name:" + org_key(m.local_name))  # "Yukos said": the firm
            form_of[i] = m.surface
        elif not people:
            keys[i] = ("PERSON", "name:" + tok)

    # entities
    forms: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    counts: Counter[tuple[str, str]] = Counter()
    # organisations named in the singular and the plural or with "Party" ("Tory", "Tories",
    # "Tory Party"; "Democrat", "Democrats") are one organisation
    _merge_org_variants(mentions, keys)

    # one-word forms of a person per document: a given name alone is an alias only where the
    # document calls the person by it (it is the document's most used one-word form)
    one_word: dict[tuple[str, tuple[str, str]], Counter[str]] = defaultdict(Counter)
    for m, k in zip(mentions, keys):
        if k is not None and k[0] == "PERSON" and len(_person_tokens(m.surface)) == 1:
            one_word[(m.doc_id, k)][name_key(m.surface)] += 1
    for i, (m, k) in enumerate(zip(mentions, keys)):
        if k is None:
            continue
        forms[k][form_of.get(i, m.local_name)] += 1
        docs[k].add(m.doc_id)
        counts[k] += 1
        if k[0] == "PERSON" and (m.doc_id, k) in one_word and len(_person_tokens(m.surface)) == 1:
            word = name_key(m.surface)
            used = one_word[(m.doc_id, k)]
            full = person_full.get(k[1][5:])
            if (full and word == full[0] and word not in short.get(k[1][5:], (word,))
                    and (used[word] < 2 or used[word] < max(used.values()))):
                continue  # "Tony" once in a text that calls Tony Blair "Blair": no alias
        aliases[k].add(m.surface)
    ids = {k: stable_id(k[0], k[1]) for k in counts}
    entities = []
    for k in sorted(counts, key=lambda k: ids[k]):
        name = fixed_name.get(k) or _display(forms[k])
        entities.append(Entity(
            entity_id=ids[k], name=name, type=k[0], country_code=country.get(k),  # type: ignore[arg-type]
            aliases=sorted(aliases[k]), mention_count=counts[k], doc_count=len(docs[k]),
        ))

    rows: list[dict] = []
    person_of: dict[tuple[str, str], str] = {}
    for m, k in zip(mentions, keys):
        row = dict(m.__dict__)  # the fields; validated again below, in one call
        row["entity_id"] = ids[k] if k is not None else None
        if k is not None and k[0] != m.type:
            row["type"] = k[0]
        elif k is None and m.type == "ORG" and m.rule in _WEAK_ORG_RULES:
            row["type"] = "PERSON"
        rows.append(row)
        if k is not None and k[0] == "PERSON":
            person_of.setdefault((m.doc_id, m.local_name), ids[k])
    out_roles = [
        r.model_copy(update={"entity_id": person_of.get((r.doc_id, r.local_name))}) for r in roles
    ]
    return entities, _MENTIONS.validate_python(rows), out_roles

