"""People across documents: shorter full names join longer ones, names that are products
become organisations, and each person gets the word(s) it is called by alone."""
from __future__ import annotations

from collections import defaultdict

from pipelines.text.entities.keys import name_key, name_tokens
from pipelines.text.entities.person_names import ROMANISED_SYLLABLES
from pipelines.text.entities.rules import ORG_PRODUCT_MAKER, PERSON_NAME, PERSON_TITLE
from pipelines.text.resolve.keys import WEAK_ORG_RULES, Keyed, org_key


def join_shorter_names(keyed: Keyed) -> None:
    """A full name joins the only longer name with the same first and last tokens and the same
    generational suffix ("George Bush" -> "George W. Bush")."""
    person_full, person_sfx = keyed.person_full, keyed.person_sfx
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, toks in person_full.items():
        by_ends[(toks[0], toks[-1])].append(key)
    for key, toks in person_full.items():
        longer = [k for k in by_ends[(toks[0], toks[-1])] if len(person_full[k]) > len(toks)
                  and person_sfx.get(k, "") == person_sfx.get(key, "")]
        if len(longer) == 1:
            keyed.person_alias[key] = longer[0]
    for i, k in enumerate(keyed.keys):
        if k is not None and k[0] == "PERSON":
            target = keyed.person_alias.get(k[1][5:])
            if target:
                keyed.keys[i] = ("PERSON", "name:" + target)


def organisation_documents(keyed: Keyed, strong: bool = False) -> dict[str, set[str]]:
    """Organisation name key -> the documents that name it (``strong``: only by a rule that is
    more than a weak default for a bare word, so "David" typed ORG for want of a cue counts not)."""
    org_docs: dict[str, set[str]] = defaultdict(set)
    for m in keyed.mentions:
        if m.type == "ORG" and not (strong and m.rule in WEAK_ORG_RULES):
            org_docs["name:" + org_key(m.local_name)].add(m.doc_id)
    return org_docs


def names_of_organisations(keyed: Keyed) -> None:
    """A full name read as a person's only for want of any cue, never with a title or a person cue
    anywhere in the corpus ("Tods Murray", "Eli Lilly"), that another document names as an
    organisation by a strong rule ("the law firm Tods Murray", "shares in Eli Lilly"): that
    organisation everywhere."""
    org_names = {k[1] for m, k in zip(keyed.mentions, keyed.keys)
                 if k is not None and k[0] == "ORG" and m.rule != ORG_PRODUCT_MAKER}
    if not org_names:
        return
    cued: set[str] = set()       # person keys some mention gives a cue, a title or a short form
    as_org: dict[str, str] = {}  # person key -> the organisation key its name has
    for m, k in zip(keyed.mentions, keyed.keys):
        if k is None or k[0] != "PERSON":
            continue
        if m.rule != PERSON_NAME:
            cued.add(k[1])
        elif k[1] not in as_org and (okey := "name:" + org_key(m.local_name)) in org_names:
            as_org[k[1]] = okey
    moved = {pk: ok for pk, ok in as_org.items() if pk not in cued}
    if not moved:
        return
    for i, k in enumerate(keyed.keys):
        if k is not None and k[0] == "PERSON" and k[1] in moved:
            keyed.keys[i] = ("ORG", moved[k[1]])
    for key in moved:
        keyed.person_full.pop(key[5:], None)


def products_to_organisations(keyed: Keyed) -> set[tuple[str, str]]:
    """"Google Adsense" is no person when "Google" alone is an organisation (by a strong rule)
    and only the first word is ever used alone: such names become organisations. Returns the (document, first
    word) of each such product name ("Ford" next to "Ford Mustang")."""
    not_people = _product_names(keyed, organisation_documents(keyed, strong=True))
    brand_words: set[tuple[str, str]] = set()
    if not not_people:
        return brand_words
    for i, (m, k) in enumerate(zip(keyed.mentions, keyed.keys)):
        if k is None or k[0] != "PERSON" or k[1][5:] not in not_people:
            continue
        if len(name_tokens(m.surface)) == 1:
            keyed.keys[i] = ("ORG", "name:" + org_key(m.surface))
            keyed.form_of[i] = m.surface
        else:
            keyed.keys[i] = ("ORG", "name:" + org_key(m.local_name))
            brand_words.add((m.doc_id, name_tokens(m.local_name)[0]))
    for key in not_people:
        keyed.person_full.pop(key, None)
    keyed.person_full = {k: v for k, v in keyed.person_full.items()
                         if keyed.person_alias.get(k, k) not in not_people}
    return brand_words


def _product_names(keyed: Keyed, org_docs: dict[str, set[str]]) -> set[str]:
    """Person keys whose first word is an organisation and whose last word is never used alone."""
    singles: dict[str, set[str]] = defaultdict(set)
    protected: set[str] = set()  # words used alone after a person title somewhere ("Mr Okafor")
    for m, k in zip(keyed.mentions, keyed.keys):
        if m.type == "PERSON" and len(m.surface.split()) == 1:
            if m.rule == PERSON_TITLE:
                protected.add(name_key(m.surface))
            if k is not None:
                singles[k[1]].add(name_key(m.surface))
    not_people: set[str] = set()
    for key, toks in keyed.person_full.items():
        target = keyed.person_alias.get(key, key)
        used = singles.get("name:" + target, set())
        first_org = org_docs.get("name:" + toks[0], set())
        if toks[-1] in used or toks[0] in protected or not first_org:
            continue
        if toks[0] in used or len(first_org) >= 2:
            not_people.add(target)
    return not_people


def short_words(keyed: Keyed) -> dict[str, set[str]]:
    """Per full name key, the family name(s): the word(s) the person is called by alone in
    other documents.

    The last word ("Ardern"; "Kilroy-Silk" and "Kilroy"), or the first when the name is written
    family name first ("Moon Jae-in", "Ng Eng Hen") or a title stands before the first word
    alone ("Premier Li" for Li Qiang). A given name is never one: "Tony" in a text without
    Tony Blair is nobody in particular.
    """
    person_full, person_alias = keyed.person_full, keyed.person_alias
    titled: dict[str, set[str]] = defaultdict(set)
    written: dict[str, list[str]] = defaultdict(list)
    for m, k in zip(keyed.mentions, keyed.keys):
        if k is None or k[0] != "PERSON" or k[1][5:] not in person_full:
            continue
        target = k[1][5:]
        toks = name_tokens(m.surface)
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
        if any(_written_family_name_first(w) for w in written.get(target, ())):
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


def _written_family_name_first(written: str) -> bool:
    """Is the name written family name first, as romanised East Asian names are ("Moon
    Jae-in", "Park Geun Hye", "Ng Eng Hen")?"""
    words = written.split()
    if len(words) == 2:
        return len(words[0]) <= 5 and ROMANISED_SYLLABLES.fullmatch(words[1]) is not None
    return len(words) == 3 and all(len(w) <= 4 and w[:1].isupper() for w in words)
