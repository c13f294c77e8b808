"""Capitalised tokens and the runs they form.

Capitalised tokens ("Okafor", "Eun-ji", "U.S.", "al-Assad") separated by single spaces form
runs; name particles ("de", "van", "bin") stay inside, title abbreviations and initials may
carry a full stop ("Gen. Xavier", "George W. Bush"). Runs never cross a sentence start.
Adjacent runs are joined over "of", "for", "and", "&" when the left part is an organisation or
title head ("Bank of England", "Secretary of State"), and over the particles of gazetteer names
("Foz do Iguaçu", "Newcastle upon Tyne"). A function word opening a sentence ("But", "It") is
no token; a lone word that can never be a mention ("The", "Monday", "TV") is dropped.

One regex pass finds the tokens: it starts at a capital letter so the regex engine skips ahead.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipelines.text.entities.document import EntityDoc, Token, is_initial
from pipelines.text.entities.word_shapes import is_ordinary_word, is_plural_word
from pipelines.text.lexicon.english import ADJECTIVE_ENDINGS, HYPHEN_PREFIXES, HYPHEN_SUFFIXES, STOPWORDS, common_words, is_common_word
from pipelines.text.lexicon.gazetteer import gazetteer, lookup_demonym, lookup_place
from pipelines.text.lexicon.names import (
    DOTTED_ABBREVIATIONS,
    HYPHENATED_PARTICLES,
    MONTHS_ALSO_NAMES,
    NAME_PARTICLES,
    PERSON_TITLES,
    STOPWORDS_IN_NAMES,
    TITLE_MODIFIERS,
    UNCUT_HYPHENATED_PARTICLES,
)
from pipelines.text.lexicon.non_entities import NON_ORG_ACRONYMS, NOT_ENTITY_WORDS
from pipelines.text.lexicon.organisations import (
    GENERIC_ORG_ALONE,
    HEADS_BEFORE_FOR,
    HEADS_BEFORE_OF,
    INSTITUTION_PHRASES,
    INSTITUTION_WORDS,
    OF_ORG_HEADS,
    ORG_FINAL_WORDS,
    ORG_WORDS,
    TRADE_WORDS,
)
from pipelines.text.lexicon.places import COMPASS_WORDS, GPE_HEADS_BEFORE_OF, LOC_FEATURES, PLACE_NAME_PARTICLES


def _after_hyphenated_particle() -> str:
    """Look-behinds for a capital right after a hyphenated particle ("al-A"), one per length
    (a look-behind has a fixed width)."""
    out = ""
    for n in dict.fromkeys(len(p) for p in HYPHENATED_PARTICLES):
        group = "|".join(p for p in HYPHENATED_PARTICLES if len(p) == n)
        out += rf"|(?<=(?<![\w'’\-.])(?:{group})-.)"
    return out


_UPPER = "A-Z" + "".join(
    re.escape(c) for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c.isalpha()
)
#: A capitalised token: initials ("U.S."), or a word with inner apostrophes and hyphens but no
#: possessive "'s", optionally after a hyphenated particle ("al-Assad"). The pattern starts with
#: the capital letter (so the regex engine can skip ahead to capitals) and looks behind from
#: there; a particle is not part of the match and is added back by ``_tokens``.
CAP_TOKEN = re.compile(
    rf"[{_UPPER}](?:(?<![\w'’\-.].)"
    + _after_hyphenated_particle() + ")"
    rf"(?:\.(?:[{_UPPER}]\.)+|\w*(?:['’](?!s(?!\w))\w+)*(?:-\w+(?:['’](?!s(?!\w))\w+)*)*)"
)
#: One to three name particles between two capitalised words.
PARTICLE_GAP = re.compile(r" (?:(?:" + "|".join(NAME_PARTICLES) + r") ){1,3}")
_CONNECTOR_GAP = re.compile(r" (of|of the|for|for the|and|&|" + "|".join(PLACE_NAME_PARTICLES) + ") ")
_UNCUT_PREFIXES = tuple(p + "-" for p in UNCUT_HYPHENATED_PARTICLES)
_HAS_DIGIT = re.compile(r"\d")
_CONTRACTION = re.compile(
    r"(?i)^(?:i|you|we|they|he|she|it|that|there|here|what|who|where|let|don|doesn|didn|can|"
    r"couldn|won|wouldn|isn|aren|wasn|weren|hasn|haven|hadn|shouldn|mustn|ain|y)['’]"
    r"(?:m|s|re|ve|ll|d|t|all)$"
)
_LIST_GOES_ON = re.compile(r"(?:, | and )[A-Z]")


@lru_cache(maxsize=1)
def _initial_function_words() -> frozenset[str]:
    """Capitalised function words ("But", "It", "However") that, at the start of a sentence,
    never begin a name: they are not made tokens at all. Places and demonyms are kept."""
    g = gazetteer()
    words = {w.capitalize() for w in STOPWORDS if w.isalpha()} - {"The"} - STOPWORDS_IN_NAMES
    words = words - PERSON_TITLES - INSTITUTION_WORDS - ORG_WORDS
    return frozenset(w for w in words if w not in g.exact and w not in g.demonyms)


def runs(doc: EntityDoc) -> list[list[Token]]:
    """The runs of the document that may name something; fills ``doc.mid_caps`` and
    ``doc.cap_counts`` on the way."""
    # a lone function word, weekday, month or generic acronym names nothing: drop it at once
    return [run for run in _join_connectors(doc, _runs(doc, _tokens(doc)))
            if len(run) > 1 or not _never_alone(run[0].text)]


def _tokens(doc: EntityDoc) -> list[Token]:
    body = doc.body
    toks: list[Token] = []
    append = toks.append
    mid_caps, cap_counts = doc.mid_caps, doc.cap_counts
    function_words = _initial_function_words()
    dropped = -1  # end of the last sentence-initial function word left out ("But", "It")
    for m in CAP_TOKEN.finditer(body):
        start, end = m.span()
        if start and body[start - 1] == "-":  # "al-Assad": the particle belongs to the token
            p = start - 2
            while p >= 0 and "a" <= body[p] <= "z":
                p -= 1
            start = p + 1
        text = body[start:end]
        if not text.isalpha():
            cut = _cut_hyphenated(body, text, start, end)
            if cut is None:
                continue
            text, start, end = cut
        initial = is_initial(doc, start)
        if initial:
            if text in function_words:
                dropped = end
                continue
        else:
            mid_caps.add(text)
            cap_counts[text] = cap_counts.get(text, 0) + 1
        if dropped >= 0:
            lead = not initial and (dropped + 1 == start or PARTICLE_GAP.fullmatch(body, dropped, start) is not None)
            dropped = -1
            append(Token(start, end, text, "cap", initial, lead))
        else:
            append(Token(start, end, text, "cap", initial))
    return toks


def _inside_name(body: str, start: int, end: int, rest: str) -> bool:
    """Is a title-case hyphenated word of ordinary words ("Anti-Doping", "Non-Proliferation")
    inside an organisation name, capitalised words up to a head word ("the World Anti-Doping
    Agency")? Not when its part after the prefix is a place or demonym ("Anti-American")."""
    if lookup_place(rest) is not None or lookup_demonym(rest) is not None:
        return False
    if body[end:end + 1] != " ":
        return False
    for word in body[end + 1:end + 60].split(" ")[:4]:
        word = word.rstrip(".,;:)'’")
        if not word[:1].isupper():
            return False
        if word in ORG_WORDS:
            return True
    return False


def _cut_hyphenated(body: str, text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A token that is not all letters, cut at a hyphen prefix or suffix ("London-based" ->
    "London", "Anti-American" -> "American"); None when it is no name at all (an ordinary
    compound, a word with digits, a contraction)."""
    if "-" in text:
        if not text.startswith(_UNCUT_PREFIXES):
            head, _, rest = text.partition("-")
            tail = rest.split("-")[0]
            if tail and (tail.lower() in HYPHEN_SUFFIXES or _adjective_tail(head, tail)):
                # "London-based", "Taiwan-related", "Kremlin-amenable": an adjective on a name
                text, end = head, start + len(head)
            elif head in HYPHEN_PREFIXES and rest[:1].isupper() and not _inside_name(body, start, end, rest):
                start += len(head) + 1
                text = rest
        if "-" in text and all(p.lower() in common_words() for p in text.split("-") if p) and not (
                text[:1].isupper() and all(p[:1].isupper() for p in text.split("-") if p)
                and _inside_name(body, start, end, text)):
            return None  # "High-definition", "Third-placed": ordinary compounds
    if not text.isalpha() and (_HAS_DIGIT.search(text) or _CONTRACTION.match(text)):
        return None
    return text, start, end


def _adjective_tail(head: str, tail: str) -> bool:
    """Is the lower-case word after a hyphen an adjective on the name before it? A long word
    with an adjective ending ("amenable"), or an ordinary word after a place or demonym
    ("Taiwan-related"); not the short syllables of hyphenated given names ("Jae-in",
    "Eui-sun", "Ying-ming")."""
    if not tail.islower():
        return False
    if len(tail) >= 6 and tail.endswith(ADJECTIVE_ENDINGS):
        return True
    return is_common_word(tail) and (lookup_place(head) is not None or lookup_demonym(head) is not None)


def _runs(doc: EntityDoc, toks: list[Token]) -> list[list[Token]]:
    """Tokens next to each other (one space, an abbreviation's full stop, name particles)."""
    body = doc.body
    out: list[list[Token]] = []
    cur: list[Token] = []
    starts = doc.sent_start_set
    for i, tok in enumerate(toks):
        if cur:
            prev = cur[-1]
            pe, ts = prev.end, tok.start
            same = False
            if ts in starts:
                same = False
            elif ts == pe + 1 and body[pe] == " ":
                same = True
            elif (ts == pe + 2 and body[pe] in "'’" and body[pe + 1] == " " and prev.text.endswith("s")
                  and (tok.text in ORG_WORDS or (not prev.text.endswith("ss") and prev.text not in ORG_WORDS
                                                 and _org_head_ahead(body, toks, i)))):
                same = True  # "the General Workers' Union", "the Farmers' Party", "Renters' Alliance Now"
            elif ts == pe + 3 and possessive_in_name(body, prev, tok):
                same = True  # "the Auditor's Office", "the Women's Institute"
            elif ts == pe + 2 and body[pe] == "." and body[pe + 1] == " " and (
                    prev.text in DOTTED_ABBREVIATIONS or len(prev.text) == 1):
                same = True
            elif body[pe] == " " and ts - pe < 20:
                gap = body[pe:ts]
                if PARTICLE_GAP.fullmatch(gap) is not None:
                    # keep particles as their own tokens
                    pos = prev.end
                    for word in gap.split():
                        i = body.index(word, pos)
                        cur.append(Token(i, i + len(word), word, "part"))
                        pos = i + len(word)
                    same = True
            if same:
                cur.append(tok)
                continue
            out.append(cur)
        cur = [tok]
    if cur:
        out.append(cur)
    return out


def _org_head_ahead(body: str, toks: list[Token], i: int) -> bool:
    """Do the capitalised words from ``toks[i]`` on (one space apart, at most four) hold an
    organisation head, or end in a final one ("... Growers' Progress League", "... Forum")?"""
    j = i
    while j + 1 < len(toks) and j - i < 3 and toks[j + 1].start == toks[j].end + 1 and body[toks[j].end] == " ":
        j += 1
    words = [t.text for t in toks[i:j + 1]]
    return not ORG_WORDS.isdisjoint(words) or words[-1] in ORG_FINAL_WORDS


def possessive_in_name(body: str, prev: Token, tok: Token) -> bool:
    """"'s" between an ordinary word or a title and an organisation head ("the Auditor's
    Office", "the Women's Institute"): one name; not a name's possessive ("Kessia's Labour
    Party")."""
    return (body[prev.end:prev.end + 3] in ("'s ", "’s ") and tok.text in ORG_WORDS
            and prev.text not in ORG_WORDS and lookup_place(prev.text) is None and not prev.text.isupper()
            and (is_common_word(prev.text) or prev.text in PERSON_TITLES))


def _join_connectors(doc: EntityDoc, runs: list[list[Token]]) -> list[list[Token]]:
    body = doc.body
    out: list[list[Token]] = []
    for run in runs:
        if out:
            left = out[-1]
            le, rs = left[-1].end, run[0].start
            if (rs == le + 2 and body[le] == "," and body[le + 1] == " " and _list_in_of_name(doc, left, run)):
                # "Ministry of Agriculture, Fisheries and Food": a list inside an "of" name
                left.append(Token(le, le + 1, ",", "conn"))
                left.extend(run)
                continue
            m = _CONNECTOR_GAP.fullmatch(body, le, rs) if rs - le < 12 and body[le] == " " else None
            if m and run[0].start not in doc.sent_start_set and _should_join(left, m.group(1), run):
                pos = left[-1].end
                for word in m.group(1).split():
                    i = body.index(word, pos)
                    left.append(Token(i, i + len(word), word, "conn"))
                    pos = i + len(word)
                left.extend(run)
                continue
        out.append(run)
    return out


def _list_in_of_name(doc: EntityDoc, left: list[Token], right: list[Token]) -> bool:
    """Is ``right`` (after ", ") the next element of a list closing an organisation name
    ("Ministry of Agriculture, Fisheries and Food")? The list must go on with "and"/", "."""
    heads = [t for t in left[:2] if t.kind == "cap" and t.text not in ("The", "THE")]
    if len(right) > 2 or right[0].start in doc.sent_start_set or not heads or heads[0].text not in OF_ORG_HEADS:
        return False
    if not any(t.kind == "conn" and t.text in ("of", "for") for t in left):
        return False
    if any(t.kind != "cap" or not is_common_word(t.text) for t in right):
        return False
    return _LIST_GOES_ON.match(doc.body, right[-1].end) is not None


def _should_join(left: list[Token], conn: str, right: list[Token]) -> bool:
    if conn == "&":
        # "Marks & Spencer", "Trinidad & Tobago"; not a place joined to something else
        # ("Fleet Renewal & Peru's Concerns")
        joined = " ".join(t.text for t in left) + " & " + " ".join(t.text for t in right)
        return lookup_place(joined) is not None or not any(
            _trusted_place(surface) or lookup_demonym(surface)
            for surface in (" ".join(t.text for t in left), " ".join(t.text for t in right), left[-1].text, right[0].text))
    if conn in ("of", "of the"):
        return _joins_over_of(left, conn, right)
    if conn in ("for", "for the"):
        last = left[-1].text
        return last in ORG_WORDS or last in OF_ORG_HEADS or last in HEADS_BEFORE_FOR
    if conn == "and":
        return _joins_over_and(left, right)
    # a gazetteer name with a lower-case particle ("Foz do Iguaçu", "Newcastle upon Tyne")
    last, first_right = left[-1].text, right[0].text
    joined = " ".join(t.text for t in left[-2:]) + f" {conn} " + first_right
    return lookup_place(joined) is not None or (
        last in ORG_WORDS and conn == "on" and first_right not in NOT_ENTITY_WORDS)


def _trusted_place(surface: str) -> bool:
    """Is ``surface`` a place without a locative cue (not a mid-size town that is also a surname,
    "Harlow & Finch")?"""
    p = lookup_place(surface)
    return p is not None and p.trusted


def _joins_over_of(left: list[Token], conn: str, right: list[Token]) -> bool:
    last = left[-1].text
    if last in OF_ORG_HEADS or last in ORG_WORDS or last in LOC_FEATURES or last in HEADS_BEFORE_OF:
        return True
    if _named_for(left):
        return True  # "Society for the Protection of Birds": the aim goes on over "of"
    if _unit_head(left) and conn == "of":
        return True  # "Region of Murcia", "Province of Kessa"
    if conn == "of" and len(left) == 1 and last in COMPASS_WORDS and lookup_place(" ".join(t.text for t in right)):
        return True  # "the North of England": a region of the place
    joined = " ".join(t.text for t in left[-2:]) + " " + conn + " " + right[0].text
    return lookup_place(joined) is not None


def _named_for(left: list[Token]) -> bool:
    """Is ``left`` an organisation named for its aim, its head word then "for" ("Association for
    the Advancement", "Centre for the Study")?"""
    return any(t.kind == "conn" and t.text in ("for", "for the") and i > 0 and left[i - 1].kind == "cap"
               and left[i - 1].text in ORG_WORDS for i, t in enumerate(left))


def _unit_head(left: list[Token]) -> bool:
    """Is ``left`` an administrative unit's head alone ("Region", "The Province")?"""
    caps = [t.text for t in left if t.text not in ("The", "THE")]
    return len(caps) == 1 and caps[0].lower() in GPE_HEADS_BEFORE_OF


def _joins_over_and(left: list[Token], right: list[Token]) -> bool:
    last = left[-1].text
    first_right = right[0].text
    if last == right[-1].text and last in ORG_WORDS and len(left) > 1:
        return False  # "the Labour Party and Green Party": two names with the same head
    heads = [t.text for t in left if t.kind == "cap" and t.text not in ("The", "THE")]
    if lookup_place(" ".join(t.text for t in right)) is not None and lookup_place(last) is not None:
        return False  # "the Gulf of Mexico and Angola": two places
    if first_right in OF_ORG_HEADS and heads and first_right == heads[0]:
        return False  # "the Bank of Spain and Bank of Italy": a second name of the same head
    if any(t.kind == "conn" and t.text == "of" for t in left) and not _unit_head(left[:1]):
        return True  # "Department of Trade and Industry" (not "the Region of Murcia and ...")
    if (any(t.kind == "conn" and t.text in ("for", "for the") for t in left) and len(right) <= 2
            and all(t.kind == "cap" and is_ordinary_word(t.text) and t.text not in ORG_WORDS for t in right)):
        return True  # "Department for Housing and Pensions" (not "... for Education and Ofsted")
    if any(t.kind == "conn" and t.text == "," for t in left):
        return True  # "Department for Culture, Media and Sport": the list's last element
    if last in TITLE_MODIFIERS and any(t.text in PERSON_TITLES for t in right[:3]):
        return True  # "Trade and Industry Secretary ..."
    if (len(heads) <= 2 and all(is_common_word(h) or (is_plural_word(h) and h != last) for h in heads)
            and len(right) <= 4 and right[-1].text in ORG_WORDS and not (len(heads) == 2 and last in ORG_WORDS)):
        # "Securities and Exchange Commission", "the Commons Trade and Pensions Committee" (a plural
        # modifying the next word); not a plural group ("Greens and Lib Dems") nor a whole name
        # before it ("the Electoral Board and National Union of Students")
        return True
    if (len(left) <= 3 and is_common_word(last) and len(right) <= 4 and is_common_word(first_right)
            and right[-1].text in ORG_WORDS and len(right) >= 2
            and (last not in ORG_WORDS or last in TRADE_WORDS)):
        return True  # "Vietnam Steel and Cement Industries Group"
    if len(left) <= 2 and len(right) <= 2:
        joined = " ".join(t.text for t in left) + " and " + " ".join(t.text for t in right)
        return lookup_place(joined) is not None
    return False


@lru_cache(maxsize=100_000)
def _never_alone(word: str) -> bool:
    """Can this word, alone, never be a mention ("The", "I", "Monday", "TV")?"""
    return ((word.lower() in STOPWORDS or word in NOT_ENTITY_WORDS or word in NON_ORG_ACRONYMS
             or word in GENERIC_ORG_ALONE) and word not in MONTHS_ALSO_NAMES
            and lookup_place(word) is None and lookup_demonym(word) is None
            and word not in INSTITUTION_PHRASES and word not in INSTITUTION_WORDS)
