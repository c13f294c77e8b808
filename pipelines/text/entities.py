"""Named-entity mentions and roles within one document, by rules.

How a document is read:

1. **Runs.** Capitalised tokens ("Lee", "Jae-myung", "U.S.", "al-Assad") separated by single
   spaces form runs; name particles ("de", "van", "bin") stay inside, title abbreviations and
   initials may carry a full stop ("Gen. Xavier", "George W. Bush"). Runs never cross a
   sentence start. Adjacent runs are joined over "of", "for", "and", "&" when the left part is
   an organisation or title head ("Bank of England", "Secretary of State"). A function word
   opening a sentence ("But", "It") is no token; a lone word that can never be a mention
   ("The", "Monday", "TV") is dropped before classification.
2. **Classification** of every run, in order: gazetteer place / region / demonym; title + name
   ("President Lee", "Trade and Industry Secretary Patricia Hewitt"); a body before a title
   ("Tory MP" -> "Tory", "Microsoft CEO" -> "Microsoft"); organisation head word
   ("... Institute", "US Forces Korea"); sports club; geographic feature (LOC); facility;
   event / work heads (dropped, places inside kept); camel-case brands ("PlayStation
   Portable" -> ORG "PlayStation"; "McTavish" is a surname, not a brand); person names (two
   or more name-like tokens); single words (acronyms, institutions, doc-known names, cue
   words). A sentence-initial ordinary word is stripped from a run ("Analysts", "Former"),
   except a short family name written first ("Ng Eng Hen", "Moon Jae-in"). Lines in title
   case without final punctuation (subheadings, "Wedge Strategy Fails") yield no person or
   organisation without a cue or gazetteer entry.
3. **Cues** from the text around a run: reporting verbs ("Hong told", "said Hong"),
   appositions (", a fellow at ..."), role nouns before a name ("spokeswoman Ann Lee"),
   locative prepositions for ambiguous city names.
4. **Local names**: short forms take the fullest name of the document they match: a family
   name ("Blair", "Kilroy") the nearest holder introduced before; a first word ("Tony",
   "Moon") only when exactly one person of the document has it -- otherwise it keeps its own
   word and ``resolve`` leaves it unresolved. Acronyms take their spelled-out form ("Foo Bar
   Agency (FBA)", every letter of an all-capital word counting: "UK Independence Party
   (UKIP)"),
   places take the longest form of the same gazetteer entry, "Korea" becomes "South Korea" when
   only the South is in the document. Lower-cased place names ("beijing", "south Korea") and
   lower-cased first tokens of known names ("yoon Suk Yeol") are recovered.
5. **Roles**: title before a name, role noun phrase before a name, apposition after a name.

Every mention and role carries the name of the rule that produced it:

* places: ``gpe.gazetteer`` / ``loc.gazetteer`` (exact gazetteer name), ``gpe.lowercase`` /
  ``loc.lowercase`` ("beijing"), ``gpe.lowercase_join`` / ``loc.lowercase_join`` ("south
  Korea"), ``loc.feature`` ("Taiwan Strait"), ``loc.facility`` ("Downing Street"),
  ``loc.compass`` ("South Wales"), ``loc.context`` / ``gpe.context`` (an unknown word with a
  locative head: "the Varna river", "Kessa province", "the port of X", "the X and Y rivers";
  or, with no person or organisation cue in the document, after "in", "near", "off",
  "outside", "inside", "throughout", "across (the)" -- not after "a stake in", "saw off");
  demonyms: ``norp.demonym``;
* organisations: ``org.head_word`` ("... Institute"), ``org.institution`` ("Parliament",
  "White House"), ``org.club`` ("Leeds United"), ``org.acronym`` ("NATO"), ``org.regional_unit``
  ("Lycos Europe"), ``org.cue`` ("X said it", "X shares"), ``org.capitalised_word`` (an ordinary
  word always capitalised in the document), ``org.brand`` ("PlayStation", "DaimlerChrysler"),
  ``org.member_plural`` ("the Greenways" next to "the Greenway Party"), ``org.bare_name`` (an
  unknown capitalised name with no person cue -- the weakest rule; ``resolve`` may turn it
  into a person);
* people: ``person.title`` ("President Lee", "Mr Hong"), ``person.cue`` (reporting verb,
  apposition, role noun), ``person.name`` (two or more name-like tokens), ``person.short_form``
  (a word of a full name of the document), ``person.lowercase_join`` ("yoon Suk Yeol");
* roles: ``role.title``, ``role.noun_before``, ``role.apposition``.

Single-word cities below a million inhabitants that are not capitals ("Jackson", "Reading")
count as places only after a locative cue ("in Jackson", "Jackson-based"); so do single-word
provinces outside the large federations (many are also given names or surnames).

More rules:

* an all-capital run that is a gazetteer place in title case ("NAIROBI —", "BUENOS AIRES,
  Argentina (AP) —") is that place, its local name the gazetteer name; an ordinary word or a
  mid-size city in capitals only in a dateline position;
* a given name that is an ordinary word ("Grace", "Will") opening a sentence stays in the
  name when a surname and a person cue follow; a title modifier opening a sentence stays in
  the role ("Senior Adviser X");
* a list inside an "of"/"for" organisation name is one name ("Ministry of Forests, Rivers and
  Wildlife"), and so is "<word> <Trade> and <Word> ... <org head>" ("X Steel and Cement
  Industries Group"), but not two names with the same head ("A Party and B Party");
* "State House", "Government House" are facilities (LOC); "Island", "Bay", "Mountain" need an
  unusual word before them, "the" or a locative word, "Lake" one of the latter two;
* generational suffixes stay in the name ("Carlo Bastek Jr.", with its full stop); father
  and son are told apart by ``resolve``. A bare family name they share goes, like every
  family name, to the nearest holder introduced before it (else the first one after);
* a name opening with digits ("50Hertz") is an organisation after a company cue.
* a capitalised run ending in a financing, trade or press head ("... Finance", "... Minerals",
  "... Logistics", "... Daily") is an organisation, also when led by a country or demonym;
  "X on Monday" never joins a day to an organisation name;
* a lower-case word that is no ordinary English word, after a role noun, title or demonym and
  before a surname the document knows as a person ("his Chilean counterpart mateo Ibarra"),
  is the given name: ``person.lowercase_join``, local name title-cased;
* titles of works are no entities: a PERSON or LOC run right after a work noun ("the film
  Glass Harbour", "her new single 'Velvet Tunnel'"; "play", "show", "hit", "single", "book",
  "series" only after a determiner or possessive, "game" only in "video game" and the like),
  before "starring", "directed by" ("X, starring Y") or a work apposition ("X, a novel
  about"), and "<full name>'s <Name Name>" with no cue ("Anna Velt's Harrow Gate") are
  dropped; a title dropped once is dropped throughout the document;
* a single word made a person only by a reporting verb, never given a first name or title in
  the document, is an organisation when any of its mentions has an organisation cue ("X said
  it", "X shares", "the X assets"); in "said X's Ann Lee" the cue is Ann Lee's and X is an
  organisation;
* in a football document (striker, midfielder, Premiership ...) a city right after "against",
  "beat", "face", "playing", "win over", "defeat to" is its club: ``org.club``;
* gazetteer names with lower-case particles ("Foz do Iguaçu", "Newcastle upon Tyne") or
  written with hyphens ("Saint-Pierre-et-Miquelon") are matched whole.

Speed: one regex pass finds the capitalised tokens (it starts at a capital letter so the regex
engine skips ahead), one more finds lower-case place names; gazetteer indexes are bound once
(``_load``); cues are computed once per span and cached on the document; mentions are
validated in one call per document.
"""
from __future__ import annotations

import bisect
import re
from hashlib import sha1 as _sha1
from functools import lru_cache
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import TypeAdapter

from pipelines.records import EntityMention, EntityRole, Sentence
from pipelines.text.entity_words import (
    CLUB_SUFFIXES,
    FACILITY_WORDS,
    GENERIC_ORG_ALONE,
    GIVEN_NAME_WORDS,
    HONORIFICS,
    INSTITUTION_PHRASES,
    INSTITUTION_WORDS,
    LOC_FEATURES,
    MISC_HEADS,
    MONTHS_DAYS,
    NON_ORG_ACRONYMS,
    NON_PERSON_AFTER_VERB,
    NOT_ENTITY_WORDS,
    OF_ORG_HEADS,
    ORG_FINAL_WORDS,
    ORG_LEGAL_SUFFIXES,
    ORG_WORDS,
    PERSON_TITLES,
    REPORTING_VERBS,
    ROLE_NOUN_PAIRS,
    ROLE_NOUNS,
    STOPWORDS,
    TITLE_MODIFIERS,
    WEAK_TITLES,
    GAME_MODIFIERS,
    WORK_DETERMINERS,
    WORK_NOUNS,
    WORK_NOUNS_NEED_DET,
)
from pipelines.text.gazetteer import Place, common_words, fold, gazetteer

__all__ = ["extract_mentions", "PERSON_TITLES", "name_key"]

# --- token patterns -----------------------------------------------------------------------
_UPPER = "A-Z" + "".join(
    re.escape(c) for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c.isalpha()
)
# A capitalised token: initials ("U.S."), or a word with inner apostrophes and hyphens but no
# possessive "'s", optionally after an Arabic particle ("al-Assad"). The pattern starts with the
# capital letter (so the regex engine can skip ahead to capitals) and looks behind from there;
# a particle is not part of the match and is added back by ``_tokens``.
_CAP_TOKEN = re.compile(
    rf"[{_UPPER}](?:(?<![\w'’\-.].)"
    rf"|(?<=(?<![\w'’\-.])(?:al|el|ad|as|at|an|ar|ul|ud|ur)-.)"
    rf"|(?<=(?<![\w'’\-.])(?:ash|bin|ibn|abu|abd)-.))"
    rf"(?:\.(?:[{_UPPER}]\.)+|\w*(?:['’](?!s(?!\w))\w+)*(?:-\w+(?:['’](?!s(?!\w))\w+)*)*)"
)
_PARTICLE_GAP = re.compile(
    r" (?:(?:de|da|di|du|del|della|der|den|des|van|von|la|le|bin|ibn|al|dos|das|ter|ten|zu|"
    r"bint|ben|binti) ){1,3}"
)
_CONNECTOR_GAP = re.compile(r" (of|of the|for|for the|and|&|on|upon|de|du|in|do|an der|am|sur|sul|del|da|dos) ")
_REV_WORD = re.compile(r"[ \-–—]*([\w'’\-]+)")  # matched on the reversed text before a name
_FIRST_LETTER = re.compile(r"[A-Za-z]")
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Gen Lt Col Capt Sgt Prof Rev Sen Rep Gov St Mt Ft Jr Sr Adm Maj Cpl Det Supt "
    "Insp Cmdr Brig Hon Pte Gens Drs Messrs Ald".split()
)
def _trie_pattern(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie (fast to match)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = []
        end = False
        for ch in sorted(node):
            if ch == "":
                end = True
            else:
                alts.append(re.escape(ch) + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not end else "(?:" + "|".join(alts) + ")"
        return body + ("?" if end and body else "")

    return emit(trie)


_AFTER_VERB = re.compile(
    r"(?:['’]s)?\s*(?:,\s*)?(?:(?:" + _trie_pattern(
        "has had have also then later previously recently once would will further quickly last "
        "this on yesterday today tuesday monday wednesday thursday friday saturday sunday".split())
    + r")\s+){0,2}(" + _trie_pattern(sorted(REPORTING_VERBS)) + r")\b[ ,]*([A-Za-z']+)?"
)
#: Verbs right before a name that make it a person ("said Hong", "according to Hong").
_BEFORE_VERBS = tuple(
    "said says added asked wrote explained noted argued insisted warned quoted quoting quotes "
    "interviewed".split()) + ("according to", "told by")
_BEFORE_VERB_LAST = frozenset(v[-1] for v in _BEFORE_VERBS)
_AFTER_NAME = frozenset(" ,'’\n\t")
_AFTER_APPOSITION = re.compile(r",\s+(?:(?:a|an)\s|(?:aged\s+)?\d{1,3}\s*,|who\s)")
_LOCATIVE = frozenset(
    "in at from to near outside around across into via visit visited visiting between "
    "toward towards throughout inside central downtown northern southern eastern western "
    "suburban suburbs of".split()
)
_HYPHEN_SUFFIX = frozenset(
    "based led backed born made owned run funded style brokered sponsored bound listed "
    "registered headquartered linked controlled occupied allied friendly centric wide".split()
)
_HYPHEN_PREFIX = frozenset("Anti Pro Non Ex Post Pre Mid Neo Pan Trans Inter Sub Over Ultra".split())
_OPENERS = frozenset("\"“‘'([:;—–-•*")
_TERMINAL = frozenset(".!?\"”’'):")
_PERSON_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())
_CONTRACTION = re.compile(
    r"(?i)^(?:i|you|we|they|he|she|it|that|there|here|what|who|where|let|don|doesn|didn|can|"
    r"couldn|won|wouldn|isn|aren|wasn|weren|hasn|haven|hadn|shouldn|mustn|ain|y)['’]"
    r"(?:m|s|re|ve|ll|d|t|all)$"
)
_HAS_DIGIT = re.compile(r"\d")
_LOWER_BEFORE = re.compile(r"(?<![\w'’\-])([a-z][\w'’\-]*) $")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,6}s$")
_COMPASS = frozenset(
    "North South East West Northern Southern Eastern Western Central Mid Upper Lower Greater "
    "Inner Outer Sub-Saharan Northeast Northwest Southeast Southwest North-East North-West "
    "South-East South-West Northeastern Northwestern Southeastern Southwestern Coastal Rural".split()
)
_LOC_FIRST = frozenset("Lake Mount Mt River Cape Isle Gulf Bay Strait Straits Sea Mountains".split())
_CLUB_PREFIXES = frozenset("Real Atletico Athletic Inter AC FC AS SS Dynamo Dinamo Sporting Olympique Borussia Bayern Racing Deportivo".split())
_NAME_MONTHS = frozenset("May June April August January".split())  # also given names / surnames
_NAME_STOP_OK = frozenset("may will new st mark".split())
# "X, which ...", "X that ..." or a company word after the name ("X shares", "X's boss")
_ORG_AFTER = re.compile(
    r",?\s+(?:which|that)\s|(?:['’]s)?\s+(?:shares|stock|chief executive|boss|spokesman|"
    r"spokeswoman|spokesperson|chairman|executive|plc|Inc|Ltd|Corp|shareholders|customers|"
    r"subscribers)\b"
)


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Comparison key of a name: ASCII-folded, lower case, hyphens and dots as spaces."""
    text = fold(text).lower().replace("-", " ").replace(".", " ").replace("'", "")
    return " ".join(text.split())


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    kind: str = "cap"          # cap | part | conn
    initial: bool = False      # first word of a sentence, quote or bracket
    lead: bool = False         # right after a dropped sentence-initial function word ("But X")


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    type: str
    rule: str
    name: str
    place: Place | None = None
    title_start: int = -1
    title_end: int = -1
    local: str = ""
    single: bool = False
    weak: bool = False             # ORG by default only: a doc-known person name wins


@dataclass(slots=True)
class _Doc:
    body: str
    sent_starts: list[int]
    sent_start_set: set[int]
    headings: list[tuple[int, int]]
    mid_caps: set[str] = field(default_factory=set)
    cap_counts: dict[str, int] = field(default_factory=dict)
    person_evidence: set[str] = field(default_factory=set)
    full_names: dict[str, list[tuple[int, str, tuple[str, ...]]]] = field(default_factory=dict)
    org_firsts: set[str] = field(default_factory=set)  # first words of organisation names
    party_firsts: set[str] = field(default_factory=set)  # first words of "... Party" names
    cue_cache: dict[tuple[int, int], bool] = field(default_factory=dict)
    org_cache: dict[int, bool] = field(default_factory=dict)
    verb_cache: dict[int, str | None] = field(default_factory=dict)
    lower_words: dict[str, bool] = field(default_factory=dict)
    place_context: dict[str, str | None] = field(default_factory=dict)


# --- helpers ------------------------------------------------------------------------------
def _is_acronym(text: str) -> bool:
    if "." in text:
        return len(text) >= 4 and all(c.isupper() or c == "." for c in text)
    return 2 <= len(text) <= 7 and text.isupper() and text.isalpha()


# gazetteer indexes, bound once (``_load``) so lookups are plain dict reads
_EXACT: dict[str, Place] = {}
_DEMONYMS: dict[str, Place] = {}
_LOWER_INDEX: dict[str, Place] = {}
_COMMON: frozenset[str] = frozenset()


def _load() -> None:
    global _COMMON
    if not _EXACT:
        g = gazetteer()
        _DEMONYMS.update(g.demonyms)
        _LOWER_INDEX.update(g.lower)
        _COMMON = common_words()
        _INITIAL_FUNCTION_WORDS.difference_update(
            {w for w in _INITIAL_FUNCTION_WORDS if w in g.exact or w in g.demonyms})
        _EXACT.update(g.exact)


def lookup_place(surface: str) -> Place | None:
    hit = _EXACT.get(surface)
    if hit is None and not surface.isascii():
        hit = _EXACT.get(fold(surface))
    return hit


def lookup_demonym(surface: str) -> Place | None:
    hit = _DEMONYMS.get(surface)
    if hit is None and not surface.isascii():
        hit = _DEMONYMS.get(fold(surface))
    return hit


def lookup_place_lower(surface: str) -> Place | None:
    return _LOWER_INDEX.get(fold(surface).lower())


def _common(word: str) -> bool:
    return word.lower() in _COMMON


#: Capitalised function words ("But", "It", "However") that, at the start of a sentence, never
#: begin a name: they are not made tokens at all. ``_load`` removes the ones that are places.
_INITIAL_FUNCTION_WORDS: set[str] = {
    w.capitalize() for w in STOPWORDS if w.isalpha()
} - {"The", "May", "Will", "New", "St"} - PERSON_TITLES - INSTITUTION_WORDS - ORG_WORDS


def _written_lower(doc: _Doc, low: str) -> bool:
    """Is the lower-case word ``low`` written somewhere in the document in lower case?"""
    cache = doc.lower_words
    hit = cache.get(low)
    if hit is None:
        hit = cache[low] = low in doc.body and re.search(
            r"(?<![\w'’\-])" + re.escape(low) + r"(?![a-z'’\-])", doc.body) is not None
    return hit


def _is_heading(doc: _Doc, pos: int) -> bool:
    if not doc.headings:
        return False
    i = bisect.bisect_right(doc.headings, (pos, 1 << 60)) - 1
    return i >= 0 and doc.headings[i][0] <= pos < doc.headings[i][1]


def _headings(body: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    """Sentences written in title case without final punctuation (subheadings)."""
    out = []
    for s in sentences:
        text = s.text
        if text[-1:] in _TERMINAL or len(text) > 120:
            continue
        words = [w for w in text.split() if w[:1].isalpha()]
        if len(words) < 3:
            continue
        caps = sum(1 for w in words if w[0].isupper() or w.lower() in ("of", "and", "the", "a", "in", "for", "to", "on"))
        if caps >= 0.8 * len(words):
            out.append((s.char_start, s.char_end))
    return out


def _lower_word_before(body: str, start: int) -> str:
    """The lower-case word right before ``start``, with only spaces or dashes in between.

    "" when the word before is capitalised or there is none: only lower-case words ("in",
    "spokesman") are cues.
    """
    j = start
    while j > 0 and body[j - 1] == " ":
        j -= 1
    if j == 0:
        return ""
    last = body[j - 1]
    if last.islower():
        k = body.rfind(" ", max(0, start - 30), j)
        if k >= 0:
            word = body[k + 1:j]
            if word.isalpha() and word.isascii():
                return word if word.islower() else ""  # the usual case: a plain word and a space
    elif last not in "-–—":
        return ""
    m = _REV_WORD.match(body[max(0, start - 30):start][::-1])
    if m is None:
        return ""
    word = m.group(1)[::-1]
    k = _FIRST_LETTER.search(word)
    word = word[k.start():] if k else ""
    return word if word.islower() else ""


def _initial(doc: _Doc, start: int) -> bool:
    if start in doc.sent_start_set:
        return True
    j = start - 1
    body = doc.body
    while j >= 0 and body[j] == " ":
        j -= 1
    return j < 0 or body[j] in _OPENERS or body[j] == "\n"


def _singular(word: str) -> str:
    """"Greenways" -> "Greenway", "Tories" -> "Tory"."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


_NEVER_ALONE: dict[str, bool] = {}


def _never_alone(word: str) -> bool:
    """Can this word, alone, never be a mention ("The", "I", "Monday", "TV")?"""
    hit = _NEVER_ALONE.get(word)
    if hit is None:
        hit = ((word.lower() in STOPWORDS or word in NOT_ENTITY_WORDS or word in NON_ORG_ACRONYMS
                or word in GENERIC_ORG_ALONE) and word not in _NAME_MONTHS
               and lookup_place(word) is None and lookup_demonym(word) is None
               and word not in INSTITUTION_PHRASES and word not in INSTITUTION_WORDS)
        if len(_NEVER_ALONE) < 100_000:
            _NEVER_ALONE[word] = hit
    return hit


# --- phase 0: runs ------------------------------------------------------------------------
def _tokens(doc: _Doc) -> list[_Tok]:
    body = doc.body
    toks: list[_Tok] = []
    starts = doc.sent_start_set
    append = toks.append
    mid_caps, cap_counts = doc.mid_caps, doc.cap_counts
    dropped = -1  # end of the last sentence-initial function word left out ("But", "It")
    for m in _CAP_TOKEN.finditer(body):
        start, end = m.span()
        text = body[start:end]
        if start and body[start - 1] == "-":  # "al-Assad": the particle belongs to the token
            p = start - 2
            while p >= 0 and "a" <= body[p] <= "z":
                p -= 1
            start = p + 1
            text = body[start:end]
        if not text.isalpha():
            if "-" in text:
                if not text.startswith(("al-", "el-")):
                    head, _, rest = text.partition("-")
                    if rest and rest.split("-")[0].lower() in _HYPHEN_SUFFIX:
                        text, end = head, start + len(head)
                    elif head in _HYPHEN_PREFIX and rest[:1].isupper():
                        start += len(head) + 1
                        text = rest
                if "-" in text and all(p.lower() in _COMMON for p in text.split("-") if p):
                    continue  # "High-definition", "Third-placed": ordinary compounds
            if not text.isalpha() and (_HAS_DIGIT.search(text) or _CONTRACTION.match(text)):
                continue
        if start in starts:
            initial = True
        else:
            j = start - 1
            while j >= 0 and body[j] == " ":
                j -= 1
            initial = j < 0 or body[j] in _OPENERS or body[j] == "\n"
        if initial:
            if text in _INITIAL_FUNCTION_WORDS:
                dropped = end
                continue
        else:
            mid_caps.add(text)
            cap_counts[text] = cap_counts.get(text, 0) + 1
        if dropped >= 0:
            lead = not initial and (dropped + 1 == start or _PARTICLE_GAP.fullmatch(body, dropped, start) is not None)
            dropped = -1
            append(_Tok(start, end, text, "cap", initial, lead))
        else:
            append(_Tok(start, end, text, "cap", initial))
    return toks


def _runs(doc: _Doc, toks: list[_Tok]) -> list[list[_Tok]]:
    body = doc.body
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    starts = doc.sent_start_set
    for tok in toks:
        if cur:
            prev = cur[-1]
            pe, ts = prev.end, tok.start
            same = False
            if ts in starts:
                same = False
            elif ts == pe + 1 and body[pe] == " ":
                same = True
            elif ts == pe + 2 and body[pe] == "." and body[pe + 1] == " " and (
                    prev.text in _ABBREVIATIONS or len(prev.text) == 1):
                same = True
            elif body[pe] == " " and ts - pe < 20:
                gap = body[pe:ts]
                if _PARTICLE_GAP.fullmatch(gap) is not None:
                    # keep particles as their own tokens
                    pos = prev.end
                    for word in gap.split():
                        i = body.index(word, pos)
                        cur.append(_Tok(i, i + len(word), word, "part"))
                        pos = i + len(word)
                    same = True
            if same:
                cur.append(tok)
                continue
            runs.append(cur)
        cur = [tok]
    if cur:
        runs.append(cur)
    return _join_connectors(doc, runs)


def _join_connectors(doc: _Doc, runs: list[list[_Tok]]) -> list[list[_Tok]]:
    body = doc.body
    out: list[list[_Tok]] = []
    for run in runs:
        if out:
            left = out[-1]
            le, rs = left[-1].end, run[0].start
            if (rs == le + 2 and body[le] == "," and body[le + 1] == " " and _list_in_of_name(doc, left, run)):
                # "Ministry of Agriculture, Fisheries and Food": a list inside an "of" name
                left.append(_Tok(le, le + 1, ",", "conn"))
                left.extend(run)
                continue
            m = _CONNECTOR_GAP.fullmatch(body, le, rs) if rs - le < 12 and body[le] == " " else None
            if m and run[0].start not in doc.sent_start_set and _should_join(left, m.group(1), run):
                pos = left[-1].end
                for word in m.group(1).split():
                    i = body.index(word, pos)
                    left.append(_Tok(i, i + len(word), word, "conn"))
                    pos = i + len(word)
                left.extend(run)
                continue
        out.append(run)
    return out


#: Organisation words naming a trade: "Steel and Cement Industries Group" is one name, but
#: "Labour Party and Green Party" are two.
_INDUSTRY_WORDS = frozenset(
    "Steel Oil Gas Mining Energy Chemicals Foods Petroleum Electronics Motors Motor Insurance "
    "Retail Software Telecom Media Pharmaceuticals Power Water Cement Textiles".split())
_DIGIT_NAME_HINT = re.compile(r"\d[A-Z][a-z]")
_DIGIT_NAME = re.compile(r"(?<![\w.,$£€])\d{1,4}[A-Z][a-z]+(?:[A-Z][a-z]+)?(?![\w'’\-])")
_DIGIT_ORG_BEFORE = frozenset(
    "operator company firm group maker provider carrier owner rival subsidiary unit startup "
    "start-up retailer lender bank insurer supplier developer".split())
_LIST_GOES_ON = re.compile(r"(?:, | and )[A-Z]")


def _list_in_of_name(doc: _Doc, left: list[_Tok], right: list[_Tok]) -> bool:
    """Is ``right`` (after ", ") the next element of a list closing an organisation name
    ("Ministry of Agriculture, Fisheries and Food")? The list must go on with "and"/", "."""
    heads = [t for t in left[:2] if t.kind == "cap" and t.text not in ("The", "THE")]
    if len(right) > 2 or right[0].start in doc.sent_start_set or not heads or heads[0].text not in OF_ORG_HEADS:
        return False
    if not any(t.kind == "conn" and t.text in ("of", "for") for t in left):
        return False
    if any(t.kind != "cap" or not _common(t.text) for t in right):
        return False
    return _LIST_GOES_ON.match(doc.body, right[-1].end) is not None


def _should_join(left: list[_Tok], conn: str, right: list[_Tok]) -> bool:
    last = left[-1].text
    first_right = right[0].text
    if conn == "&":
        return True
    if conn in ("of", "of the"):
        if last in OF_ORG_HEADS or last in ORG_WORDS or last in LOC_FEATURES or last in (
            "Secretary", "Minister", "Chancellor", "Republic", "Kingdom", "Isle", "Horn",
            "Province", "State", "States", "Federation", "Chamber", "Bureau", "Minister",
            "Director", "Head", "Institute", "Sultanate", "Emirate", "Principality",
            "Commonwealth", "Duchy", "Bank", "Gulf", "Bay", "Sea", "Strait", "Cape",
        ):
            return True
        joined = " ".join(t.text for t in left[-2:]) + " " + conn + " " + first_right
        return lookup_place(joined) is not None
    if conn in ("for", "for the"):
        return last in ORG_WORDS or last in OF_ORG_HEADS or last in (
            "Secretary", "Minister", "Commissioner", "Spokesman", "Spokeswoman", "Centre", "State",
            "Center", "Campaign", "Coalition", "Partnership", "Alliance")
    if conn == "and":
        if last == right[-1].text and last in ORG_WORDS and len(left) > 1:
            return False  # "the Labour Party and Green Party": two names with the same head
        if any(t.kind == "conn" and t.text == "of" for t in left):
            return True  # "Department of Trade and Industry"
        if any(t.kind == "conn" and t.text == "," for t in left):
            return True  # "Department for Culture, Media and Sport": the list's last element
        if last in TITLE_MODIFIERS and any(t.text in PERSON_TITLES for t in right[:3]):
            return True  # "Trade and Industry Secretary ..."
        if (len(left) <= 2 and all(_common(t.text) for t in left) and len(right) <= 4
                and right[-1].text in ORG_WORDS):
            return True  # "Securities and Exchange Commission", "Food and Drug Administration"
        if (len(left) <= 3 and _common(last) and len(right) <= 4 and _common(first_right)
                and right[-1].text in ORG_WORDS and len(right) >= 2
                and (last not in ORG_WORDS or last in _INDUSTRY_WORDS)):
            return True  # "Vietnam Steel and Cement Industries Group"
        if len(left) <= 2 and len(right) <= 2:
            joined = " ".join(t.text for t in left) + " and " + " ".join(t.text for t in right)
            return lookup_place(joined) is not None
        return False
    if conn in ("on", "upon", "in", "de", "du", "do", "an der", "am", "sur", "sul", "del", "da", "dos"):
        # a gazetteer name with a lower-case particle ("Foz do Iguaçu", "Newcastle upon Tyne")
        joined = " ".join(t.text for t in left[-2:]) + f" {conn} " + first_right
        return lookup_place(joined) is not None or (
            last in ORG_WORDS and conn == "on" and first_right not in NOT_ENTITY_WORDS)
    return False


# --- phase 1: cues ------------------------------------------------------------------------
def _person_cue(doc: _Doc, start: int, end: int) -> bool:
    key = (start, end)
    hit = doc.cue_cache.get(key)
    if hit is None:
        hit = doc.cue_cache[key] = _person_cue_uncached(doc, start, end)
    return hit


def _person_cue_uncached(doc: _Doc, start: int, end: int) -> bool:
    body = doc.body
    subject = _verb_after(doc, end)  # a reporting verb may follow: "Hong said", "Hong, 54, said"
    if subject is not None and subject not in NON_PERSON_AFTER_VERB:
        return True
    if start > 1 and body[start - 1] in " \n\t":  # a verb before: "said Hong"
        j = start - 1
        while j > 0 and body[j - 1] in " \n\t":
            j -= 1
        if j > 0 and body[j - 1] in _BEFORE_VERB_LAST:
            head = body[max(0, start - 25):j]
            if head.endswith(_BEFORE_VERBS):
                for verb in _BEFORE_VERBS:
                    k = len(head) - len(verb)
                    if head.endswith(verb) and (k == 0 or not (head[k - 1].isalnum() or head[k - 1] == "_")):
                        return True
    if body[end:end + 1] == "," and _AFTER_APPOSITION.match(body, end, end + 20):
        return True
    # a role noun before: "spokesman Hong"
    if start > 1 and body[start - 1] == " " and body[start - 2].islower():
        k = body.rfind(" ", max(0, start - 30), start - 1)
        if k >= 0:
            word = body[k + 1:start - 1]
            if word.isalpha() and word.isascii():
                return word in ROLE_NOUNS
    return _lower_word_before(body, start) in ROLE_NOUNS


def _verb_after(doc: _Doc, end: int) -> str | None:
    """The word after a reporting verb that follows ``end`` ("" when none); None without a verb."""
    cache = doc.verb_cache
    if end in cache:
        return cache[end]
    body = doc.body
    m = _AFTER_VERB.match(body, end, end + 80) if body[end:end + 1] in _AFTER_NAME else None
    word = None if m is None else (m.group(2) or "").lower()
    cache[end] = word
    return word


def _org_cue(doc: _Doc, start: int, end: int) -> bool:
    """Text after a name that shows an organisation ("X said it", "X, which", "X shares")."""
    hit = doc.org_cache.get(end)
    if hit is None:
        subject = _verb_after(doc, end)
        hit = (subject is not None and subject in NON_PERSON_AFTER_VERB) or (
            _ORG_AFTER.match(doc.body, end, end + 30) is not None)
        doc.org_cache[end] = hit
    return hit


def _locative_cue(doc: _Doc, start: int, end: int) -> bool:
    body = doc.body
    before = _lower_word_before(body, start)
    if before in _LOCATIVE:
        return True
    if _place_head(doc, start, end) is not None:
        return True  # "Mbeya port", "the town of Mbeya"
    after = body[end:end + 40]
    if after.startswith(("-based", " city", " City", ",")):
        if after.startswith(","):
            m = _CAP_TOKEN.match(after, 2) if after[1:2] == " " else None
            if m:
                p = lookup_place(m.group())
                return p is not None and p.kind in ("country", "state", "nation", "province")
            return False
        return True
    return False


# --- unknown single-word places from their context ----------------------------------------
#: Lower-case heads after a name that make it a place: water and landforms (LOC), settlements
#: and administrative units (GPE): "the Varna river", "Kessa province", "Mbeya port".
_LOC_HEADS = frozenset(
    "river rivers island islands isle lake lakes mountain mountains sea bay strait valley desert "
    "peninsula delta coast basin plateau archipelago atoll gulf hills estuary lagoon reef canal "
    "creek glacier volcano".split())
_GPE_HEADS = frozenset(
    "town village city port harbour harbor province region district county state prefecture "
    "governorate oblast municipality enclave territory".split())
_OF_LOC_HEADS = frozenset("island isle".split())
_OF_GPE_HEADS = frozenset(
    "town village city port harbour harbor province region district county prefecture "
    "governorate oblast municipality enclave".split())
_PLACE_HEAD_AFTER = re.compile(r" ([a-z]+)\b")
_PLACE_PAIR_AFTER = re.compile(r" and [A-Z][\w'’\-]* ([a-z]+)\b")  # "the X and Y rivers"
_PLACE_OF_BEFORE = re.compile(r"\b([a-z]+) of (?:the )?$")  # "the port of Mbeya"
#: Prepositions that, before an unknown word with no organisation or person cue anywhere in
#: the document, make it a place ("in Tolo", "across the Varna"); "at", "from", "by" are not
#: among them ("at Google", "from Reuters").
_PLACE_PREPOSITIONS = frozenset("in near off outside across inside throughout".split())
#: Words before "in" that make what follows a firm, a work or a language, not a place
#: ("a stake in X", "starred in X", "printed in X").
_PLACE_PREPOSITIONS_THE = frozenset("across off throughout".split())  # "across the Varna"
_PREV_WORD = re.compile(r"([A-Za-z]+)[ ]*$")
_NOT_PLACE_BEFORE_IN = frozenset(
    "stake stakes share shares interest interests investment investments invest invested "
    "investing holding role roles part parts star starred starring stars appeared appears "
    "appear appearing played playing plays character characters cast involved printed "
    "written published broadcast shown featured features feature released stock stocks "
    "merger deal bid rise fall increase decrease job jobs work worked working investor investors "
    "interested sung recorded translated spoken them".split())
#: Verbs taking "off" as a particle ("saw off X", "sold off X"): no place after them.
_NOT_PLACE_BEFORE_OFF = frozenset(
    "saw see sees seeing seen fend fended fight fought sold sell selling paid pay called call "
    "laid lay set kick kicked took take cut shut turned switched sign signed show showed shown "
    "top topped ward warded auctioned spun spin hold held holding beat beating see shake shook "
    "ease eased pull pulled".split())


def _place_head(doc: _Doc, start: int, end: int) -> str | None:
    """"LOC" / "GPE" when a locative head stands right after or an "<head> of" right before."""
    body = doc.body
    m = _PLACE_HEAD_AFTER.match(body, end)
    if m is not None and m.group(1) == "and":
        m = _PLACE_PAIR_AFTER.match(body, end)
    if m is not None:
        w = m.group(1)
        if w in _LOC_HEADS:
            return "LOC"
        if w in _GPE_HEADS and (w != "port" or body[max(0, start - 4):start] == "the "):
            return "GPE"  # "the Mbeya port", but not "an Ethernet port"
    m = _PLACE_OF_BEFORE.search(body, max(0, start - 24), start)
    if m is not None:  # "the port of Mbeya", "the island of Tolo" (not "a river of tears")
        w = m.group(1)
        if w in _OF_LOC_HEADS:
            return "LOC"
        if w in _OF_GPE_HEADS:
            return "GPE"
    return None


def _place_context(doc: _Doc, text: str) -> str | None:
    """The place type an unknown single word gets from its uses in the whole document.

    A locative head at any use decides (LOC wins over GPE); otherwise a locative preposition
    before a standalone use gives GPE, unless some use has a person or organisation cue or
    stands before an organisation word ("Tolo Motors"). Plurals ("the Tigers") and uses after
    "stake in", "role in" and the like are no evidence.
    """
    hit = doc.place_context.get(text, 0)
    if hit != 0:
        return hit
    body = doc.body
    head: str | None = None
    prep = False
    counter = name_key(text) in doc.person_evidence
    weak_ok = not (text.endswith("s") or "-" in text or not text[1:].islower())
    if text.endswith(("ian", "ese", "ish")) and len(text) > 5:
        doc.place_context[text] = None  # "Siberian coast": an adjective, not a name
        return None
    n = len(text)
    s = body.find(text)
    while s >= 0:
        e = s + n
        if (s and (body[s - 1].isalnum() or body[s - 1] in "'’-")) or (e < len(body) and (
                body[e].isalnum() or body[e] == "-")):
            s = body.find(text, e)
            continue
        h = _place_head(doc, s, e)
        if h is not None:
            if head != "LOC":
                head = h
        elif weak_ok and not counter:
            if _person_cue(doc, s, e) or _org_cue(doc, s, e):
                counter = True
            elif body[e:e + 1] in "'’":
                pass
            elif body[e:e + 1] == " " and body[e + 1:e + 2].isupper():
                nxt = body[e + 1:e + 30].split(" ", 1)[0].rstrip(".,;:")
                if nxt in ORG_WORDS or nxt in ORG_FINAL_WORDS:
                    counter = True
            else:
                before = _lower_word_before(body, s)
                b = s
                if before == "the" and body[s - 4:s] == "the ":
                    b = s - 4
                    before = _lower_word_before(body, b)
                    if before not in _PLACE_PREPOSITIONS_THE:
                        before = ""  # "in the X report": too weak
                if before in _PLACE_PREPOSITIONS:
                    w = _PREV_WORD.search(body, max(0, b - 40), b - len(before) - 1) if b > len(before) else None
                    pw = w.group(1).lower() if w is not None else ""
                    if pw not in (_NOT_PLACE_BEFORE_OFF if before == "off" else _NOT_PLACE_BEFORE_IN):
                        prep = True
        s = body.find(text, e)
    hit = head if head is not None else ("GPE" if prep and not counter else None)
    doc.place_context[text] = hit
    return hit

# --- phase 2: classification -------------------------------------------------------------
def _surface(doc: _Doc, toks: Sequence[_Tok]) -> str:
    return doc.body[toks[0].start:toks[-1].end]


def _starts_known_name(doc: _Doc, toks: Sequence[_Tok]) -> bool:
    """Does the run start with a multi-word gazetteer name or contain an organisation head?"""
    if any(t.kind == "cap" and (t.text in ORG_WORDS or t.text in LOC_FEATURES) for t in toks[1:]):
        return True
    for k in range(min(len(toks), 5), 1, -1):
        text = _surface(doc, toks[:k])
        if lookup_place(text) or lookup_demonym(text) or text in INSTITUTION_PHRASES:
            return True
    return False


def _strip(doc: _Doc, toks: list[_Tok]) -> tuple[list[_Tok], _Tok | None]:
    """Drop leading "The", sentence-initial ordinary words, stray connectors and weekdays."""
    the = None
    while toks and toks[0].kind != "cap":
        toks = toks[1:]
    if toks and toks[0].text in ("The", "THE") and len(toks) > 1:
        the, toks = toks[0], toks[1:]
    if len(toks) > 1 and (toks[0].initial or toks[0].lead or the is not None):
        keep_common = _starts_known_name(doc, toks) or (toks[0].lead and toks[0].text in LOC_FEATURES)
        while len(toks) > 1:
            t = toks[0]
            low = t.text.lower()
            if t.text in PERSON_TITLES:
                break
            if t.text in GIVEN_NAME_WORDS and _given_name_first(doc, toks):
                break
            if (t.text in TITLE_MODIFIERS and t.text != "Former" and toks[1].kind == "cap"
                    and toks[1].text in PERSON_TITLES):
                break  # "Senior Adviser X", "Interior Minister X": the whole title is the role
            if t.kind != "cap" or (low in STOPWORDS and t.text not in ("May", "Will", "New", "St")) or (
                not keep_common and _common(t.text) and t.text not in doc.mid_caps
                and lookup_place(t.text) is None and t.text not in PERSON_TITLES
                and t.text not in ORG_WORDS and lookup_demonym(t.text) is None
                and not _family_name_first(toks)
            ):
                toks = toks[1:]
                while toks and toks[0].kind != "cap":
                    toks = toks[1:]
                keep_common = keep_common or _starts_known_name(doc, toks)
            else:
                break
    while len(toks) > 1 and toks[0].text in MONTHS_DAYS and toks[0].text not in _NAME_MONTHS:
        toks = toks[1:]
    while toks and toks[-1].kind != "cap":
        toks = toks[:-1]
    return toks, the


_ROLE_APPOSITION = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?([a-z\-]+)(?:\s+([a-z\-]+))?(?:\s+([a-z\-]+))?")


def _given_name_first(doc: _Doc, toks: Sequence[_Tok]) -> bool:
    """"Grace Otieno, managing director of X, said": a given name that is also a word, then a
    surname that is not, with a person cue (reporting verb, role apposition, role noun)."""
    rest = [t for t in toks[1:] if t.kind == "cap"]
    if not 1 <= len(rest) <= 2 or any(_common(t.text) or not _is_name_token(t, 1, 2) for t in rest):
        return False
    start, end = toks[0].start, toks[-1].end
    if _person_cue(doc, start, end):
        return True
    m = _ROLE_APPOSITION.match(doc.body, end, end + 60)
    return m is not None and any(g in ROLE_NOUNS for g in m.groups() if g)


_SYLLABLE_PAIR = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}")


def _family_name_first(toks: Sequence[_Tok]) -> bool:
    """A short family name before romanised given-name syllables ("Moon Jae-in", "Park Geun
    Hye", "Ng Eng Hen"): the family name is a name even when it is also a word ("moon")."""
    first = toks[0].text
    rest = toks[1:]
    if not (2 <= len(first) <= 4 and first[1:].islower()) or not 1 <= len(rest) <= 2:
        return False
    if len(rest) == 1:
        return rest[0].kind == "cap" and _SYLLABLE_PAIR.fullmatch(rest[0].text) is not None
    a, b = rest
    return (a.kind == "cap" and b.kind == "cap" and 2 <= len(a.text) <= 4 and a.text[1:].islower()
            and not _common(a.text) and 1 <= len(b.text) <= 4 and b.text[1:].islower())


def _place_cand(doc: _Doc, toks: Sequence[_Tok], place: Place, rule: str) -> _Cand:
    if place.type == "LOC" and rule.startswith("gpe."):
        rule = "loc." + rule[4:]
    return _Cand(toks[0].start, toks[-1].end, place.type, rule, _surface(doc, toks), place=place,
                 single=len(toks) == 1)


#: Name prefixes followed by a capital in people's names ("McCartney", "DiCaprio", "LeBron").
_CAMEL_NAME_PREFIXES = frozenset("Mc Mac Di De Da Du Dos La Le Van Von Fitz St Ben Abu El Al".split())
_CAMEL = re.compile(r"([A-Z][a-z]+)[A-Z]")


def _is_brand(text: str) -> bool:
    """A word written in camel case, as brands are ("PlayStation", "DaimlerChrysler"), and not
    as surnames with a prefix are ("McDonald", "MacLeod", "DiCaprio")."""
    if text[1:].islower():
        return False
    m = _CAMEL.match(text)
    return m is not None and m.group(1) not in _CAMEL_NAME_PREFIXES and "-" not in text


_NAME_BLOCKERS = (ORG_WORDS | LOC_FEATURES | GENERIC_ORG_ALONE | NOT_ENTITY_WORDS | MISC_HEADS
                  | PERSON_TITLES)


def _is_name_token(t: _Tok, pos: int, n: int) -> bool:
    """Can this token be part of a person name?"""
    text = t.text
    if t.kind == "cap" and text[1:].islower() and text not in _NAME_BLOCKERS and text.lower() not in STOPWORDS:
        return True  # the usual case, "Smith": none of the checks below can fail
    if t.kind == "part":
        return True
    if t.kind == "conn":
        return False
    if _is_brand(text):
        return False
    if text.lower() in STOPWORDS and text.lower() not in _NAME_STOP_OK and not (
            len(text) == 1 and text.isupper()) and not (pos >= 2 and len(text) == 2 and pos == n - 1):
        return False  # ("Moon Jae In": a two-letter syllable may end a spaced East Asian name)
    if text in ORG_WORDS or text in LOC_FEATURES or text in GENERIC_ORG_ALONE:
        return False
    if text in NOT_ENTITY_WORDS and text not in MONTHS_DAYS:
        return pos == n - 1 and text not in MISC_HEADS and text not in (
            "North", "South", "East", "West", "Global", "World", "International", "National")
    if text in MISC_HEADS and pos == n - 1:
        return False
    if text in PERSON_TITLES and pos < n - 1:
        return False
    if "." in text:  # initials "J.K."
        return len(text.replace(".", "")) <= 3 and pos < n - 1
    if len(text) > 1 and text.isupper():
        return text in _PERSON_SUFFIXES or (len(text) <= 2 and pos < n - 1)
    return True


def _name_like(doc: _Doc, toks: Sequence[_Tok]) -> bool:
    n = len(toks)
    caps = [t for t in toks if t.kind == "cap"]
    if not caps or len(caps) > 5:
        return False
    for i, t in enumerate(toks):
        if not _is_name_token(t, i, n):
            return False
    if toks[0].kind != "cap" or toks[-1].kind != "cap":
        return False
    if toks[-1].text in PERSON_TITLES and toks[-1].text not in WEAK_TITLES:
        return False  # "Deputy Prime Minister": titles only
    text = _surface(doc, toks)
    place = lookup_place(text)
    if (place is not None and place.kind != "city") or lookup_demonym(text) is not None:
        return False
    if lookup_demonym(caps[0].text) is not None and len(caps) > 1:
        return False
    if len(caps) >= 3 and sum(1 for t in caps[1:] if len(t.text) > 1 and _common(t.text)) >= 2:
        return False  # "Beringer Blass Wine Estate"
    return True


def _title_split(doc: _Doc, toks: list[_Tok]) -> tuple[int, int]:
    """(index of the last title token, index where the name starts), or (-1, -1).

    "Foreign Minister Wang Yi" -> name right after the title. "Secretary of State for Health
    John Reid" -> the title continues over connectors and department words; the name is the
    longest tail of at most three tokens that does not start with an ordinary word.
    """
    n = len(toks)
    for i in range(n - 2, -1, -1):
        t = toks[i]
        if t.kind != "cap" or t.text not in PERSON_TITLES:
            continue
        j = i + 1
        if toks[j].kind == "conn":
            # title continues: find the name at the end
            name_start = -1
            caps_idx = [k for k in range(j, n) if toks[k].kind == "cap"]
            for k in caps_idx[-3:]:
                if toks[k - 1].kind == "conn":
                    continue
                if not _common(toks[k].text) and _name_like(doc, toks[k:]) and k < n:
                    name_start = k
                    break
            if name_start < 0 or len([x for x in toks[name_start:] if x.kind == "cap"]) < 2:
                return -1, -1
            return name_start - 1, name_start
        while j < n and toks[j].kind != "cap":
            j += 1
        tail = toks[j:]
        if not tail or not _name_like(doc, tail):
            return -1, -1
        caps = [x for x in tail if x.kind == "cap"]
        if len(caps) == 1:
            word = caps[0].text
            if (word in MONTHS_DAYS and word not in _NAME_MONTHS) or word in NOT_ENTITY_WORDS or word in PERSON_TITLES:
                return -1, -1
            if t.text in WEAK_TITLES and _common(word) and name_key(word) not in doc.person_evidence:
                return -1, -1
        return i, j
    return -1, -1


def _sub_places(doc: _Doc, toks: Sequence[_Tok], rule: str) -> list[_Cand]:
    """Places, demonyms and acronym organisations inside an unclassified run."""
    out: list[_Cand] = []
    i, n = 0, len(toks)
    while i < n:
        hit = None
        if toks[i].kind == "cap":
            for j in range(min(n, i + 5), i, -1):
                if toks[j - 1].kind != "cap":
                    continue
                text = _surface(doc, toks[i:j])
                p = lookup_place(text) or lookup_demonym(text)
                if p is not None and not (not p.trusted and j - i == 1):
                    hit = (j, _place_cand(doc, toks[i:j], p, rule if p.type != "NORP" else "norp.demonym"))
                    break
            if hit is None:
                t = toks[i]
                if _is_acronym(t.text) and t.text not in NON_ORG_ACRONYMS and not _common(t.text):
                    hit = (i + 1, _Cand(t.start, t.end, "ORG", "org.acronym", t.text, single=True))
                elif t.text in INSTITUTION_WORDS or (t.text in ORG_WORDS and t.text not in GENERIC_ORG_ALONE):
                    hit = (i + 1, _Cand(t.start, t.end, "ORG", "org.institution", t.text, single=True))
        if hit:
            out.append(hit[1])
            i = hit[0]
        else:
            i += 1
    return out


_DATELINE_AFTER = re.compile(r"(?:\s*[—–]|\s+-\s|,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*(?:\(|[—–]))")


def _upper_place(doc: _Doc, text: str, end: int) -> Place | None:
    """An all-capital run naming a gazetteer place ("LISBON —", "QUITO, Ecuador (AP) —",
    "NEW DELHI"): the place of the title-cased form. An ordinary word ("NICE", "BATH") or a
    short word ("ROME" is fine, "US" is an acronym) counts only in a dateline position."""
    if not text.replace(" ", "").replace("-", "").replace(".", "").isalpha():
        return None
    titled = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in text.split())
    place = lookup_place(titled)
    if place is None or place.type not in ("GPE", "LOC"):
        return None
    if not place.trusted or any(_common(w) for w in titled.split()):
        if _DATELINE_AFTER.match(doc.body, end) is None:
            return None
    return place


_HYPHEN_AND = re.compile(r" (?:et|and|und|y|e) ")


def _hyphenated_place(text: str) -> Place | None:
    """A gazetteer place written with hyphens for spaces, its "and" in the local language."""
    spaced = text.replace("-", " ")
    place = lookup_place(spaced)
    if place is None and " " in spaced:
        anded = _HYPHEN_AND.sub(" and ", spaced)
        if anded != spaced:
            place = lookup_place(anded)
    return place if place is not None and place.trusted else None


def _classify(doc: _Doc, toks: list[_Tok], the: _Tok | None, n_caps: int) -> list[_Cand]:
    """Mentions found in one (stripped, non-empty) run of ``n_caps`` capitalised tokens."""
    heading = _is_heading(doc, toks[0].start)
    text = _surface(doc, toks)
    start, end = toks[0].start, toks[-1].end
    initial = toks[0].initial or (the is not None and the.initial)

    # whole-run gazetteer / institutions / demonyms
    place = lookup_place(text)
    if place is None and n_caps == 1 and "-" in text:
        place = _hyphenated_place(text)  # "Saint-Pierre-et-Miquelon"
    if place is None and text.isupper() and len(text) >= 4:
        place = _upper_place(doc, text, end)
        if place is not None:
            return [_place_cand(doc, toks, place, "loc.gazetteer" if place.type == "LOC" else "gpe.gazetteer")]
    if place is not None and not place.trusted and (
            n_caps == 1 or lookup_demonym(text) is not None):
        place = None  # single words: decided in _classify_single ("Brits" is a demonym first)
    if place is not None:
        if n_caps == 1 and initial and _common(text) and text not in doc.mid_caps:
            return []
        rule = "loc.gazetteer" if place.type == "LOC" else "gpe.gazetteer"
        return [_place_cand(doc, toks, place, rule)]
    if text in INSTITUTION_PHRASES:
        if the is not None and not the.initial:
            start = the.start
        return [_Cand(start, end, "ORG", "org.institution", doc.body[start:end])]
    norp = lookup_demonym(text)
    if norp is not None:
        return [_Cand(start, end, "NORP", "norp.demonym", text, place=norp, single=n_caps == 1)]

    if n_caps >= 2:
        return _classify_multi(doc, toks, the, text, initial, heading)
    return _classify_single(doc, toks[0], initial, heading, the is not None and not the.initial)


_TITLE_WORDS = PERSON_TITLES | TITLE_MODIFIERS
#: Titles written after the body the holder belongs to ("Tory MP", "Microsoft CEO"), and
#: rarely surnames (unlike "King", "Judge" or "Dean").
_TITLES_AFTER_BODY = frozenset(
    "MP MPs MEP MEPs MSP AM TD CEO CFO COO CTO President Minister Secretary Chairman Chairwoman "
    "Spokesman Spokeswoman Spokesperson Senator Governor Ambassador Premier Mayor Commissioner".split())
#: Feature words that make a place whatever comes before them ("Baltic Sea").
_STRONG_LOC = frozenset(
    "Sea Seas Ocean Oceans Strait Straits Peninsula Gulf Channel River Rivers Mountains Islands "
    "Isles Desert Valley Basin Plateau Archipelago Canal Glacier Estuary Highlands Reef Reefs "
    "Shoal Shoals Barrage Atoll Lagoon Delta".split())
#: Feature words that are also in names of people and works ("Mike Lake", "Cold Mountain"):
#: a place after an unusual word ("Molvara Island") or after "the" / a locative word.
_WEAK_LOC = frozenset("Island Bay Lake Mountain".split())
#: Buildings that stand for a seat of government ("State House", "Government House"): a
#: facility (LOC), not the organisation; the "White House" is an institution (ORG).
_SEAT_FIRST = frozenset("State Government Presidential Statehouse Parliament Capitol".split())
#: Facility words that make a facility whatever comes before them ("Downing Street").
_STRONG_FACILITY = frozenset(
    "Street Road Avenue Boulevard Square Airport Station Stadium Arena Palace Cathedral Abbey "
    "Plaza Terminal Highway Motorway Tunnel Prison Zoo Theatre Theater Dam".split())


def _classify_multi(doc: _Doc, toks: list[_Tok], the: _Tok | None, text: str, initial: bool,
                    heading: bool) -> list[_Cand]:
    body = doc.body
    start, end = toks[0].start, toks[-1].end
    words = [t.text for t in toks]
    last = words[-1]
    whole = lookup_place(text) or lookup_demonym(text)
    if whole is not None:
        return [_place_cand(doc, toks, whole, "norp.demonym" if whole.type == "NORP" else "gpe.gazetteer")]

    if len(toks) == 2 and last in ("House", "Palace") and words[0] in _SEAT_FIRST:
        return [_Cand(start, end, "LOC", "loc.facility", text)]

    # title + name
    ti, ni = _title_split(doc, toks)
    if ti >= 0:
        tail = toks[ni:]
        head = toks[:ni]
        name = _surface(doc, tail)
        cand = _Cand(tail[0].start, tail[-1].end, "PERSON", "person.title", name,
                     single=sum(1 for t in tail if t.kind == "cap") == 1)
        honor_only = all(t.text in HONORIFICS or t.kind != "cap" for t in head)
        if not honor_only:
            title_end = head[-1].end
            if body[title_end:title_end + 1] == "." and head[-1].text in _ABBREVIATIONS:
                title_end += 1
            cand.title_start, cand.title_end = head[0].start, title_end
        core = list(head)
        while core and (core[-1].kind != "cap" or core[-1].text in PERSON_TITLES
                        or core[-1].text in TITLE_MODIFIERS):
            core.pop()
        subs: list[_Cand] = []
        if core:
            core_caps = [t for t in core if t.kind == "cap"]
            if len(core_caps) >= 2:
                subs = _classify_multi(doc, core, None, _surface(doc, core), False, heading)
            elif core_caps:
                subs = _classify_single(doc, core[0], False, heading)
        return [x for x in subs if x.type != "PERSON"] + [cand]

    # only titles and title words: not an entity (but places inside are)
    if _TITLE_WORDS.issuperset([t.text for t in toks if t.kind == "cap"]):
        return _sub_places(doc, toks, "gpe.gazetteer")

    # events, works, awards ("Academy Awards", "Consumer Electronics Show"): places inside only
    if last in MISC_HEADS and last not in ORG_WORDS:
        return _sub_places(doc, toks, "gpe.gazetteer")

    # a party or body before a title ("Tory MP", "Microsoft CEO"): the organisation alone
    if last in _TITLES_AFTER_BODY and toks[-2].kind == "cap" and toks[-2].text not in PERSON_TITLES:
        rest = toks[:-1]
        while (len(rest) > 1 and rest[0].kind == "cap" and _common(rest[0].text)
               and rest[0].text not in ORG_WORDS and lookup_place(_surface(doc, rest)) is None
               and lookup_place(rest[0].text) is None and lookup_demonym(rest[0].text) is None):
            rest = rest[1:]  # "Veteran Labour MP" (but "East Midlands MEP")
        return (_classify_multi(doc, rest, the, _surface(doc, rest), initial, heading) if len(
            [t for t in rest if t.kind == "cap"]) >= 2 else _classify_single(doc, rest[0], initial, heading))

    # organisations by head word (anywhere), "The X Times" keeps its article
    if not ORG_WORDS.isdisjoint(words) or last in ORG_FINAL_WORDS or (
        words[0] in OF_ORG_HEADS and any(t.kind == "conn" for t in toks)
    ):
        if the is not None and not the.initial:
            start = the.start
        return [_Cand(start, end, "ORG", "org.head_word", body[start:end])]

    # sports clubs: "Leeds United", "Real Madrid"
    if words[0] in _CLUB_PREFIXES and len(toks) <= 3 and all(
            t.kind == "cap" and t.text.lower() not in STOPWORDS for t in toks[1:]):
        return [_Cand(start, end, "ORG", "org.club", text)]
    if last in CLUB_SUFFIXES:
        prefix = toks[:-1]
        ptext = _surface(doc, prefix)
        p = lookup_place(ptext)
        if (p is not None and p.kind == "city") or (
                last in ("Villa", "Hotspur", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers",
                         "Argyle", "Thistle", "Academicals", "Orient", "United")
                and not _common(prefix[0].text) and p is None):
            return [_Cand(start, end, "ORG", "org.club", text)]

    # compass word + place: "South Wales", "Northern England" (a region of the place)
    if words[0] in _COMPASS and len(toks) >= 2:
        rest = _surface(doc, toks[1:])
        rp = lookup_place(rest)
        if rp is not None and rp.type in ("GPE", "LOC"):
            return [_Cand(start, end, "LOC", "loc.compass", text)]

    # geographic features and facilities
    if last in LOC_FEATURES or words[0] in _LOC_FIRST:
        prefix_place = lookup_place(_surface(doc, toks[:-1])) or lookup_demonym(_surface(doc, toks[:-1]))
        weak_ok = last in _WEAK_LOC and len(toks) == 2 and (
            (the is not None and not the.initial) or _lower_word_before(body, start) in _LOCATIVE
            or (last != "Lake" and not _common(words[0]) and not _person_cue(doc, start, end)))
        if (last in _STRONG_LOC or prefix_place is not None or len(toks) >= 3 or words[0] in _LOC_FIRST
                or weak_ok):
            if the is not None and not the.initial:
                start = the.start
            return [_Cand(start, end, "LOC", "loc.feature", body[start:end])]
    if last in FACILITY_WORDS:
        if last in _STRONG_FACILITY or lookup_place(_surface(doc, toks[:-1])) is not None or _common(words[0]):
            return [_Cand(start, end, "LOC", "loc.facility", text)]

    # events, works, laws, products: places inside only
    if last in MISC_HEADS or words[0] in ("Operation", "Project", "Tour", "Battle", "Siege", "Treaty",
                                          "Festival", "Feast") or last in MONTHS_DAYS and len(toks) == 2 and words[0] in NOT_ENTITY_WORDS:
        return _sub_places(doc, toks, "gpe.gazetteer")

    # leading country / demonym followed by more ("Britain's Tony ..." is split by the possessive)
    for k in range(min(len(toks) - 1, 4), 0, -1):
        if toks[k - 1].kind != "cap":
            continue
        ptext = _surface(doc, toks[:k])
        p = lookup_place(ptext)
        d = lookup_demonym(ptext) if p is None else None
        if p is None and d is None:
            continue
        if p is not None and p.kind in ("city", "province") and k == 1 and _name_like(doc, toks):
            rest_caps = [t.text for t in toks[1:] if t.kind == "cap" and len(t.text) > 1]
            evidence = any(name_key(w) in doc.person_evidence for w in rest_caps)
            if evidence or not (p.trusted and len(rest_caps) == 1 and _common(rest_caps[0])):
                break  # "Paris Hilton", "George W Bush": a person whose first name is a city
        rest = toks[k:]
        while rest and rest[0].kind != "cap":
            rest = rest[1:]
        first = [_place_cand(doc, toks[:k], p, "gpe.gazetteer")] if p is not None else [
            _Cand(toks[0].start, toks[k - 1].end, "NORP", "norp.demonym", ptext, place=d, single=k == 1)]
        if not rest:
            return first
        sub = _classify_multi(doc, rest, None, _surface(doc, rest), False, heading) if len(
            [t for t in rest if t.kind == "cap"]) >= 2 else _classify_single(doc, rest[0], False, heading)
        return first + sub

    # "Lycos Europe", "Nintendo UK": a firm and its market
    lp = lookup_place(last)
    if (lp is not None and lp.kind in ("country", "region", "nation") and len(toks) == 2
            and lookup_place(words[0]) is None and not _common(words[0]) and len(words[0]) > 1
            and words[0] not in PERSON_TITLES and words[0].lower() not in STOPWORDS
            and (lp.kind == "region" or _is_acronym(words[0]) or words[0] in ORG_WORDS)):
        return [_Cand(start, end, "ORG", "org.regional_unit", text)]

    # a brand written in camel case ("PlayStation Portable", "Sony PlayStation"): the
    # organisation up to the brand word; product words after it are classified on their own
    brand = next((i for i, t in enumerate(toks) if t.kind == "cap" and _is_brand(t.text)), -1)
    if brand >= 0:
        head, rest = toks[:brand + 1], toks[brand + 1:]
        while len(head) > 1 and (head[0].kind != "cap" or head[0].text in _TITLE_WORDS
                                 or (_common(head[0].text) and not _is_brand(head[0].text))):
            head = head[1:]  # "Former WorldCom boss": the brand alone
        start = head[0].start
        if the is not None and not the.initial and brand == len(toks) - 1:
            start = the.start
        out = [_Cand(start, head[-1].end, "ORG", "org.brand", body[start:head[-1].end], single=len(head) == 1)]
        while rest and rest[0].kind != "cap":
            rest = rest[1:]
        if rest:
            n_rest = sum(1 for t in rest if t.kind == "cap")
            out += (_classify_multi(doc, rest, None, _surface(doc, rest), False, heading) if n_rest >= 2
                    else _classify_single(doc, rest[0], False, heading))
        return out

    # person names (never after a capitalised "The": "The Fisher King" is a title)
    if the is not None:
        return _sub_places(doc, toks, "gpe.gazetteer")
    if _name_like(doc, toks):
        if heading and not _person_cue(doc, start, end) and not any(
                name_key(t.text) in doc.person_evidence for t in toks if t.kind == "cap"):
            return _sub_places(doc, toks, "gpe.gazetteer")
        caps = [t for t in toks if t.kind == "cap"]
        all_common = all(_common(t.text) for t in caps if len(t.text) > 1)
        evidence = any(name_key(t.text) in doc.person_evidence for t in caps)
        if all_common and not evidence and not _person_cue(doc, start, end):
            return _sub_places(doc, toks, "gpe.gazetteer")
        rule = "person.cue" if _person_cue(doc, start, end) else "person.name"
        return [_Cand(start, end, "PERSON", rule, text)]

    return _sub_places(doc, toks, "gpe.gazetteer")


def _classify_single(doc: _Doc, t: _Tok, initial: bool, heading: bool, the_before: bool = False) -> list[_Cand]:
    text = t.text
    start, end = t.start, t.end
    low = text.lower()
    if low in STOPWORDS or text in NOT_ENTITY_WORDS or text in PERSON_TITLES or text in GENERIC_ORG_ALONE:
        return []
    if text in INSTITUTION_WORDS:
        return [_Cand(start, end, "ORG", "org.institution", text, single=True)]
    if len(text) == 1 or text in TITLE_MODIFIERS or text in LOC_FEATURES or text in FACILITY_WORDS:
        return []
    key = name_key(text)
    # acronyms
    if _is_acronym(text):
        place = lookup_place(text)
        if place is not None:
            return [_Cand(start, end, place.type, "gpe.gazetteer", text, place=place, single=True)]
        if text in NON_ORG_ACRONYMS or (len(text) >= 4 and _common(text)):
            return []
        if heading and _common(text):
            return []
        return [_Cand(start, end, "ORG", "org.acronym", text, single=True)]
    if text.isupper() and len(text) > 7:
        return []
    if _is_brand(text):
        return [_Cand(start, end, "ORG", "org.brand", text, single=True)]
    if text.endswith("s") and (_singular(text) in doc.party_firsts or (
            _singular(text) in doc.org_firsts and not _common(_singular(text)))):
        # "the Greenways" next to "the Greenway Party": the members, i.e. the organisation
        return [_Cand(start, end, "ORG", "org.member_plural", text, single=True)]
    if _PLURAL_ACRONYM.match(text):
        return []  # "MPs", "PCs", "NGOs": generic plurals
    norp = lookup_demonym(text)
    if norp is not None:
        return [_Cand(start, end, "NORP", "norp.demonym", text, place=norp, single=True)]
    if text.endswith("s") and lookup_demonym(text[:-1]) is not None:
        return [_Cand(start, end, "NORP", "norp.demonym", text, place=lookup_demonym(text[:-1]), single=True)]
    person_known = key in doc.full_names
    person_cue = _person_cue(doc, start, end)
    place = lookup_place(text)
    if place is not None and not place.trusted:
        # a mid-size city (or a province) whose name is also a surname ("Jackson", "Paterson"): a place only
        # after a locative cue ("in Jackson", "Jackson-based", "Jackson, Mississippi")
        if _locative_cue(doc, start, end) and not (initial and _common(text) and text not in doc.mid_caps):
            return [_Cand(start, end, "GPE", "gpe.gazetteer", text, place=place, single=True)]
        place = None
    if person_known and not person_cue and _org_cue(doc, start, end) and all(
            key == full[2][0] for full in doc.full_names[key]):
        # "Yahoo said it ..." next to "Yahoo Messenger": the firm, not a short form of a name
        return [_Cand(start, end, "ORG", "org.cue", text, single=True)]
    if place is not None and place.kind == "province" and person_cue and not _locative_cue(doc, start, end):
        place = None  # "Miranda said": a province name that is also a surname, used as a name
    if place is not None:
        if person_known and not _locative_cue(doc, start, end):
            return [_Cand(start, end, "PERSON", "person.short_form", text, single=True)]
        if initial and _common(text) and text not in doc.mid_caps:
            return []
        rule = "loc.gazetteer" if place.type == "LOC" else "gpe.gazetteer"
        return [_Cand(start, end, place.type, rule, text, place=place, single=True)]
    if text in INSTITUTION_WORDS or text in ORG_WORDS:
        return [_Cand(start, end, "ORG", "org.institution", text, single=True)]
    if person_known:
        return [_Cand(start, end, "PERSON", "person.short_form", text, single=True)]
    if not person_cue and not heading and not _common(text):
        ptype = _place_context(doc, text)
        if ptype is not None:
            # "the Varna river", "Kessa province", "in Tolo" (no org/person cue anywhere)
            return [_Cand(start, end, ptype, "loc.context" if ptype == "LOC" else "gpe.context", text, single=True)]
    if heading:
        return []
    if the_before and text not in ORG_WORDS:
        return []  # "The Aviator": a title of a work, not an organisation
    if initial and text not in doc.mid_caps:
        if not person_cue:
            return []
        if _common(text):
            return []
    if person_cue or key in doc.person_evidence:
        if _org_cue(doc, start, end) and not person_cue:
            return [_Cand(start, end, "ORG", "org.cue", text, single=True)]
        return [_Cand(start, end, "PERSON", "person.cue", text, single=True)]
    if _org_cue(doc, start, end):
        return [_Cand(start, end, "ORG", "org.cue", text, single=True)]
    if _common(text):
        # an ordinary word capitalised mid-sentence again and again, never in lower case
        if doc.cap_counts.get(text, 0) >= 3 and not _written_lower(doc, low):
            return [_Cand(start, end, "ORG", "org.capitalised_word", text, single=True, weak=True)]
        return []
    if "-" in text and all(p[:1].isupper() for p in text.split("-")) and any(
            lookup_place(p) or lookup_demonym(p) for p in text.split("-")):
        return []  # "Sino-Japanese", "Anglo-Dutch" compounds
    if text.endswith("s") and _common(text[:-1]) and len(text) > 4:
        return []  # "Angels", "Lions": a plural word, not a name
    return [_Cand(start, end, "ORG", "org.bare_name", text, single=True, weak=True)]


# --- phase 3: lower-case recoveries -------------------------------------------------------
def _lowercase_places(doc: _Doc, taken: list[tuple[int, int]]) -> list[_Cand]:
    """Gazetteer names written in lower case ("beijing", "south korea").

    ``taken`` holds the sorted spans of the other candidates; a lower-case name overlapping one
    of them is skipped. Names starting with a function word ("the hague") are not looked for.
    """
    lower = _LOWER_INDEX
    body = doc.body
    out: list[_Cand] = []
    prefixes = _lower_prefixes()
    starts = [a for a, _ in taken]
    reach: list[int] = []  # furthest end among the spans up to each index
    far = -1
    for _, b in taken:
        far = max(far, b)
        reach.append(far)
    for m in _lower_first_regex().finditer(" " + body):  # the space: a name may start the body
        best = None
        pos = m.end() - 1
        phrase = m.group(1)
        p = lower.get(phrase)
        if p is not None:
            best = (pos, p)
        for _ in range(3):  # names of up to four words
            if phrase not in prefixes:
                break
            nm = _NEXT_WORD.match(body, pos)
            if not nm:
                break
            phrase = phrase + " " + nm.group(1).lower()
            pos = nm.end()
            p = lower.get(phrase)
            if p is not None:
                best = (pos, p)
        if best is None:
            continue
        s, e = m.start(1) - 1, best[0]
        i = bisect.bisect_left(starts, e)
        if i and reach[i - 1] > s:
            continue
        place = best[1]
        out.append(_Cand(s, e, place.type, "gpe.lowercase" if place.type == "GPE" else "loc.lowercase",
                         body[s:e], place=place, single=" " not in body[s:e]))
    return out


_NEXT_WORD = re.compile(r" ([A-Za-z][\w'’\-]*)")
#: Endings of role and trade nouns missing from the vocabulary ("winemaker", "suitor").
_NOT_GIVEN_ENDINGS = ("maker", "makers", "er", "ers", "or", "ors", "ist", "ists", "ant", "ent", "man", "men", "ian", "ese", "ship", "ing", "ed")
_SLIP_ROLES = frozenset(
    "counterpart counterparts colleague successor predecessor rival ally deputy aide envoy "
    "spokesman spokeswoman leader chief boss coach striker midfielder defender".split())
#: "<Role or demonym> <lower-case word> " right before a name ("counterpart mateo ").
_GIVEN_SLIP = re.compile(r"(?<![\w'’\-])([A-Za-z][a-z\-]+) ([a-z]{2,}) $")
_LOWER_FIRST_RE: re.Pattern[str] | None = None


_LOWER_PREFIXES: frozenset[str] | None = None


def _lower_prefixes() -> frozenset[str]:
    """Proper word prefixes of multi-word lower-case place names ("new", "new south")."""
    global _LOWER_PREFIXES
    if _LOWER_PREFIXES is None:
        from pipelines.text.gazetteer import gazetteer

        out = set()
        for k in gazetteer().lower:
            words = k.split()
            for i in range(1, len(words)):
                out.add(" ".join(words[:i]))
        _LOWER_PREFIXES = frozenset(out)
    return _LOWER_PREFIXES


def _lower_first_regex() -> re.Pattern[str]:
    """Lower-case first words of the names in the lower-case place index."""
    global _LOWER_FIRST_RE
    if _LOWER_FIRST_RE is None:
        from pipelines.text.gazetteer import gazetteer

        firsts = sorted({
            k.split()[0] for k in gazetteer().lower
            if re.fullmatch(r"[a-z][a-z'\-]*", k.split()[0])
            and (k.split()[0] not in STOPWORDS or k.split()[0] in ("new", "st"))
        })
        # group 1 is the word; the character before it is matched (not looked behind) so
        # that the regex engine can skip ahead to spaces and openers
        _LOWER_FIRST_RE = re.compile(
            r"[ \n\t\"“‘(\[/—–,.;:!?…](" + _trie_pattern(firsts) + r")(?![\w'’\-])")
    return _LOWER_FIRST_RE


# --- phase 4: local names -----------------------------------------------------------------
@lru_cache(maxsize=1 << 15)
def _name_tokens(name: str) -> tuple[str, ...]:
    toks = [name_key(w) for w in name.split() if name_key(w)]
    while len(toks) > 1 and toks[-1] in ("jr", "sr", "ii", "iii", "iv"):
        toks.pop()
    return tuple(toks)


def _matches(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    if len(short) >= len(full):
        return False
    if len(short) == 1:
        s = short[0]
        return (s == full[0] or s == full[-1] or s == " ".join(full[-2:])
                or (" " in full[-1] and s == full[-1].split()[0] and len(full) >= 2 and len(s) > 3))
    n = len(short)
    return short == full[-n:] or short == full[:n] or (short[0] == full[0] and short[-1] == full[-1])


def _assign_local_names(doc: _Doc, cands: list[_Cand]) -> None:
    persons = [c for c in cands if c.type == "PERSON"]
    tokens = {id(c): _name_tokens(c.name) for c in persons}
    by_token: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
    for c in persons:
        ftoks = tokens[id(c)]
        if len(ftoks) >= 2:
            entry = (c.start, c.name, ftoks)
            keys_ = {ftoks[0], ftoks[-1], " ".join(ftoks[-2:])}
            if " " in ftoks[-1]:  # "Kilroy" for "Robert Kilroy-Silk"
                keys_.add(ftoks[-1].split()[0])
            for t in keys_:
                by_token.setdefault(t, []).append(entry)
    for c in persons:
        toks = tokens[id(c)]
        best = None
        given_only: set[tuple[str, str]] | None = set() if len(toks) == 1 else None
        if toks:
            pool = by_token.get(toks[0], [])
            if len(toks) >= 2:
                pool = pool + by_token.get(toks[-1], [])
            for pos, name, ftoks in pool:
                if ftoks == toks or not _matches(toks, ftoks):
                    continue
                if given_only is not None:
                    if toks[0] == ftoks[0] and toks[0] != ftoks[-1] and toks[0] != " ".join(ftoks[-2:]):
                        given_only.add((ftoks[0], ftoks[-1].rpartition(" ")[2]))
                    else:
                        given_only = None  # a family name ("Blair", "Kilroy"): the nearest holder
                dist = (0, c.start - pos) if pos <= c.start else (1, pos - c.start)
                # prefer the fullest name, then the nearest one introduced before
                rank = (-len(ftoks), dist) if len(toks) >= 2 else (dist, -len(ftoks))
                if best is None or rank < best[0]:
                    best = (rank, name)
        if best is not None and given_only is not None and len(given_only) > 1:
            # the first word of several people's names ("Tony" next to Tony Blair and Tony
            # Banks, "Moon" next to two Moons): it names none of them for sure
            best = None
        c.local = best[1] if best else c.name
    # acronyms defined in the text: "Foo Bar Agency (FBA)" or "FBA (Foo Bar Agency)"
    acronyms: dict[str, str] = {}
    orgs = [c for c in cands if c.type == "ORG"]
    for c in orgs:
        after = doc.body[c.end:c.end + 14]
        m = _ACRONYM_AFTER.match(after) if after[:2] == " (" else None
        if m and not c.single and _acronym_fits(m.group(1), c.name):
            acronyms[m.group(1)] = _strip_the(c.name)
    for c in orgs:
        c.local = acronyms.get(c.name) or _strip_the(c.name)
    # a bare word that starts a longer organisation name of the document ("Sony" -> "Sony
    # Corporation"), or ends a club name ("United" -> "Manchester United")
    longs: dict[str, str] = {}
    for o in orgs:
        if o.single or " " not in o.local:
            continue
        words = o.local.split()
        if words[-1] in CLUB_SUFFIXES:
            longs.setdefault(words[-1], o.local)
        if all(w in ORG_WORDS or w.lower() in ORG_LEGAL_SUFFIXES for w in words[1:]):
            longs.setdefault(words[0], o.local)
    for c in orgs:
        if c.single and c.rule in ("org.bare_name", "org.capitalised_word", "org.cue") and c.name in longs:
            c.local = longs[c.name]
    # places: the longest surface of the same gazetteer entry; "Korea" when only the South is named
    longest: dict[str, str] = {}
    codes = set()
    for c in cands:
        if c.place is not None:
            # "beijing" -> "Beijing", "LISBON" (a dateline) -> "Lisbon"
            name = c.name if c.name[:1].isupper() and not c.name.isupper() else c.place.name
            cur = longest.get(c.place.key)
            if cur is None or len(name) > len(cur) or (cur[:1].islower()):
                longest[c.place.key] = name
            if c.place.country_code:
                codes.add(c.place.country_code)
    korea = "South Korea" if "KR" in codes and "KP" not in codes else None
    for c in cands:
        if c.type in ("GPE", "LOC", "NORP") and c.place is not None:
            if c.place.key == "country:KOREA" and korea:
                c.local = korea
            elif c.type == "NORP":
                c.local = c.name
            else:
                c.local = longest.get(c.place.key, c.name)
        elif c.type in ("GPE", "LOC"):
            c.local = _strip_the(c.name)


def _strip_the(name: str) -> str:
    for art in ("the ", "The "):
        if name.startswith(art) and not name.endswith(("Times", "News", "Post", "Journal", "Economist",
                                                       "Guardian", "Independent", "Observer", "Hague")):
            return name[len(art):]
    return name


def _acronym_fits(acr: str, name: str) -> bool:
    letters = [c for c in acr if c.isupper()]
    initials: list[str] = []
    for w in re.split(r"[\s\-]+", name):
        if w.isupper() and w.isalpha() and len(w) <= 4:
            initials.extend(w)  # "UK Independence Party (UKIP)": every letter of "UK"
        elif w and w[0].isupper():
            initials.append(w[0])
    if not letters or not initials or letters[0] != initials[0]:
        return False
    it = iter(initials)
    return all(any(ch == x for x in it) for ch in letters[1:]) or len(letters) <= len(initials)


# --- phase 5: roles -----------------------------------------------------------------------
_APPOS_ROLE = re.compile(
    r",\s+((?:(?:a|an|the|his|her|their|its)\s+|(?:[A-Z][\w.&'’\-]*\s+){0,6}|(?:former|then|now|"
    r"current|acting|deputy|senior|chief|vice)\s+)[^,;:()\"“”]{2,140}?)(?=\s*(?:,|;|\.(?:\s|$)|\(|\)|—|–|\s+(?:said|says|told|added|warned|wrote)\b|$))"
)


_ROLE_WORD = re.compile(r"[A-Za-z][\w\-]*")
_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Za-z&.]{1,9})\)")


def _role_words(text: str) -> bool:
    words = _ROLE_WORD.findall(text)
    lows = [w.lower() for w in words[:12]]
    if any(w in ROLE_NOUNS for w in lows) or any(" ".join(lows[i:i + 2]) in ROLE_NOUN_PAIRS for i in range(len(lows))):
        return True
    return any(w in PERSON_TITLES and w not in HONORIFICS for w in words[:8])


_ROLE_STARTS = frozenset(
    "a an the his her their its our former then now current acting deputy senior chief vice "
    "executive managing general assistant associate lead head junior interim outgoing incoming "
    "founding co-founder longtime long-time veteran retired ex top principal".split()
)
_WORD = re.compile(r"[A-Za-z][\w.&\-]*(?:['’]s)?")
_PAIR_LASTS = frozenset(p.split()[-1] for p in ROLE_NOUN_PAIRS)


def _role_before(doc: _Doc, start: int) -> int:
    """Start of a role phrase ending right before a name ("South Korea's security adviser")."""
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


def _roles_for(doc: _Doc, c: _Cand, doc_id: str, sent_end: int) -> list[EntityRole]:
    body = doc.body
    out: list[EntityRole] = []

    def add(s: int, e: int, rule: str) -> None:
        while e > s and body[e - 1] in " ,":
            e -= 1
        if e > s:
            out.append(EntityRole(entity_id=None, doc_id=doc_id, local_name=c.local, role=body[s:e],
                                  char_start=s, char_end=e, rule=rule))

    if c.title_start >= 0:
        add(c.title_start, c.title_end, "role.title")
    else:
        s0 = _role_before(doc, c.start)
        if s0 >= 0:
            add(s0, c.start, "role.noun_before")
    # apposition after the name
    m = _APPOS_ROLE.match(body, c.end, min(sent_end, c.end + 200)) if body[c.end:c.end + 1] == "," else None
    if m and _role_words(m.group(1)):
        words = m.group(1).split()
        first = re.sub(r"['’]s$", "", words[0].lower())
        if len(words) <= 16 and (words[0][0].isupper() or first in _ROLE_STARTS or first in ROLE_NOUNS):
            add(m.start(1), m.end(1), "role.apposition")
    return out


# --- main ---------------------------------------------------------------------------------
_MENTIONS = TypeAdapter(list[EntityMention])  # one validation call per document


_WORK_BEFORE = re.compile(
    r"(?:(?<![\w'’\-])([\w'’\-]+) )?(?<![\w'’\-])([A-Za-z]+) [\"“‘']?$")
_WORK_AFTER = re.compile(r"[\"”’']?,? (?:starring|co-starring|directed by|written by|produced by)\b")
_WORK_APPOSITION = re.compile(
    r", (?:a|an|the|his|her|their) (?:[\w\-]+ ){0,2}?([a-z]+)"
    r"(?=[,.;:]| (?:about|by|from|that|which|starring|based|set|written|directed|released)\b)")
_WORK_KEEP_RULES = frozenset(("person.title", "person.cue"))


def _work_title(doc: _Doc, c: _Cand) -> bool:
    """A PERSON or LOC run that is the title of a work: right after a work noun ("the film
    Glass Harbour", "her album 'Blue Lantern'"), before "starring", "directed by" ("X,
    starring Y") or before a work apposition ("X, a novel about ..."). Such a run is no
    entity (the records have no work type)."""
    if c.type not in ("PERSON", "LOC"):
        return False
    body = doc.body
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
    return _WORK_AFTER.match(body, c.end) is not None


_ORG_BEFORE_THE = re.compile(r"(?<![\w'’\-])the $")


_SPORT_DOC = re.compile(r"\b(?:striker|midfielder|goalkeeper|defender|Premiership|Champions League|league match|cup tie)\b")
_SPORT_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:against|beat|beating|face|faces|facing|playing|win over|victory over|"
    r"draw with|drew with|defeat to|defeat by|lost to) $")


def _lone_names_to_org(doc: _Doc, cands: list[_Cand]) -> None:
    """A single word made a person only by a reporting verb ("Nimbus said", "said Nimbus"),
    never written with a given name or title in the document, is an organisation when one of
    its mentions has an organisation cue ("Nimbus said it", "Nimbus shares", "the Nimbus
    assets"): people are introduced by full name, firms are not."""
    lone: dict[str, list[_Cand]] = {}
    for c in cands:
        if c.type == "PERSON" and c.single and c.rule == "person.cue" and " " not in c.name:
            lone.setdefault(c.name, []).append(c)
    if not lone:
        return
    body = doc.body
    for c in cands:
        if c.name in lone and c.type != "PERSON":
            lone[c.name].append(c)
    for name, group in lone.items():
        if name_key(name) in doc.full_names or name_key(name) in doc.person_evidence and any(
                x.rule in ("person.title", "person.short_form") for x in cands if x.name == name):
            continue
        if any(x.type == "ORG" for x in group) or any(
                _org_cue(doc, x.start, x.end) or _ORG_BEFORE_THE.search(body, max(0, x.start - 4), x.start)
                for x in group):
            for x in group:
                if x.type == "PERSON":
                    x.type, x.rule = "ORG", "org.cue"


def _possessed_work(doc: _Doc, owner: _Cand, c: _Cand) -> bool:
    """"<full name>'s <Name Name>" with no cue on the second name is a work by that person
    ("Anna Velt's Harrow Gate"), not a second person: an author, director or composer."""
    if owner.end != c.start - 3 or owner.type != "PERSON":
        return False
    return " " in owner.name or name_key(owner.name) in doc.full_names


def extract_mentions(doc_id: str, body: str, sentences: Sequence[Sentence]) -> tuple[list[EntityMention], list[EntityRole]]:
    """Entity mentions and roles of one document (entity_id left None for ``resolve``)."""
    _load()
    sent_starts = [s.char_start for s in sentences]
    doc = _Doc(body, sent_starts, set(sent_starts), _headings(body, sentences))
    toks = _tokens(doc)  # also fills doc.mid_caps and doc.cap_counts
    # a lone function word, weekday, month or generic acronym names nothing: drop it at once
    runs = [run for run in _runs(doc, toks) if len(run) > 1 or not _never_alone(run[0].text)]

    # person evidence: tokens of runs that a person cue touches
    for run in runs:
        caps = run if len(run) == 1 else [t for t in run if t.kind == "cap"]
        if not caps or len(caps) > 4:
            continue
        last = caps[-1].text
        if caps[0].text in HONORIFICS or (len(caps) > 1 and caps[-2].text in PERSON_TITLES and caps[-2].text not in WEAK_TITLES):
            doc.person_evidence.add(name_key(last))
        elif (last not in ORG_WORDS and not (len(last) > 2 and last.isupper())
              and lookup_place(last) is None and lookup_demonym(last) is None
              and _person_cue(doc, run[0].start, run[-1].end) and not _org_cue(doc, run[0].start, run[-1].end)):
            doc.person_evidence.add(name_key(last))

    multi: list[tuple[list[_Tok], _Tok | None, int]] = []
    single: list[tuple[list[_Tok], _Tok | None, int]] = []
    for run in runs:
        toks_, the = _strip(doc, run)
        if toks_:
            n_caps = sum(1 for t in toks_ if t.kind == "cap") if len(toks_) > 1 else 1
            (single if n_caps == 1 else multi).append((toks_, the, n_caps))
    cands: list[_Cand] = []
    work_names: set[str] = set()
    for st in multi:
        for c in _classify(doc, *st):
            if _work_title(doc, c):
                work_names.add(c.name)
            else:
                cands.append(c)
    for c in cands:
        if c.type == "ORG" and " " in c.name:
            first = c.name.split()[1] if c.name.startswith("The ") else c.name.split()[0]
            doc.org_firsts.add(first)
            if c.name.endswith(" Party"):
                doc.party_firsts.add(first)
        if c.type == "PERSON":
            toks_n = _name_tokens(c.name)
            if len(toks_n) >= 2:
                for tok in (toks_n[0], toks_n[-1]):
                    doc.full_names.setdefault(tok, []).append((c.start, c.name, toks_n))
                doc.person_evidence.update((toks_n[0], toks_n[-1]))
    done = {(c.start, c.end) for c in cands}
    covered = [(c.start, c.end) for c in cands]
    for st in single:
        for c in _classify(doc, *st):
            if (c.start, c.end) not in done:
                if _work_title(doc, c):
                    work_names.add(c.name)
                else:
                    cands.append(c)
    if work_names:  # a title seen once as a work is a work throughout the document
        cands = [c for c in cands if not (c.name in work_names and c.type in ("PERSON", "LOC")
                                          and c.rule not in _WORK_KEEP_RULES)]
    # names opening with digits ("50Hertz", "3Com"): organisations when a company cue follows
    if _DIGIT_NAME_HINT.search(body) is not None:
        for m in _DIGIT_NAME.finditer(body):
            s_, e_ = m.span()
            after = body[e_:e_ + 20]
            if _org_cue(doc, s_, e_) or (after[:1] == " " and after[1:].split(" ", 1)[0] in ORG_WORDS) or (
                    _lower_word_before(body, s_) in _DIGIT_ORG_BEFORE):
                cands.append(_Cand(s_, e_, "ORG", "org.cue", m.group(), single=True))
    # a single capitalised word that is a doc-known person name beats the ORG default
    for c in cands:
        if c.single and c.type == "ORG" and c.weak and name_key(c.name) in doc.full_names:
            c.type, c.rule = "PERSON", "person.short_form"

    # lower-cased first token of a known full name: "yoon Suk Yeol"
    lower_full: dict[str, str] | None = None
    person_words: set[str] | None = None
    for c in cands:
        if c.start < 3 or body[c.start - 1] != " " or not body[c.start - 2].islower():
            continue
        if c.single and c.type in ("PERSON", "ORG") and " " not in c.name:
            # a given name with a casing slip after a role noun or a demonym ("his Chilean
            # counterpart mateo Ibarra", "President rosa Quintana") when the surname is a
            # person of the document and the lower-case word is no ordinary English word
            if person_words is None:
                person_words = {x.name.rsplit(" ", 1)[-1] for x in cands if x.type == "PERSON"}
            if c.name in person_words and (c.type == "PERSON" or c.weak):
                m = _GIVEN_SLIP.search(body, max(0, c.start - 60), c.start)
                if m is not None:
                    word, prev = m.group(2), m.group(1)
                    if (word not in STOPWORDS and not _common(word) and not word.endswith(_NOT_GIVEN_ENDINGS) and (
                            prev.lower() in ROLE_NOUNS or prev.lower() in _SLIP_ROLES
                            or prev.capitalize() in PERSON_TITLES
                            or lookup_demonym(prev) is not None)):
                        c.start -= len(word) + 1
                        c.name = word.capitalize() + " " + c.name
                        c.type, c.rule, c.weak = "PERSON", "person.lowercase_join", False
                        continue
        if c.type == "NORP" or (c.type == "PERSON" and not doc.full_names):
            continue
        k = body.rfind(" ", c.start - 25 if c.start > 25 else 0, c.start - 1)
        word = body[k + 1:c.start - 1]
        if not (k >= 0 and word.isalpha() and word.isascii() and word.islower()):
            m = _LOWER_BEFORE.search(body, max(0, c.start - 25), c.start)
            if not m:
                continue
            word = m.group(1)
        if word in STOPWORDS:
            continue
        joined = word + " " + c.name
        if c.type == "PERSON":
            if lower_full is None:
                lower_full = {name_key(n): n for lst in doc.full_names.values() for _, n, _ in lst
                              if n[:1].isupper()}
            key = name_key(joined)
            if key not in lower_full:
                continue
            c.start -= len(word) + 1
            c.name = lower_full[key]  # the properly written form of the name
            c.rule = "person.lowercase_join"
        elif c.type in ("GPE", "LOC") or c.type == "ORG":
            p = lookup_place_lower(joined)
            if p is not None:
                c.start -= len(word) + 1
                c.name, c.type, c.place = body[c.start:c.end], p.type, p
                c.rule = "gpe.lowercase_join" if p.type == "GPE" else "loc.lowercase_join"
    _lone_names_to_org(doc, cands)
    if _SPORT_DOC.search(body) is not None:
        for c in cands:  # "Chelsea face Barcelona", "a win over Leeds": the city's club
            if (c.type == "GPE" and c.place is not None and c.place.kind == "city"
                    and _SPORT_BEFORE.search(body, max(0, c.start - 16), c.start) is not None):
                c.type, c.rule, c.place = "ORG", "org.club", None
    covered = sorted((c.start, c.end) for c in cands)
    cands.extend(_lowercase_places(doc, covered))

    for c in cands:  # "Carlos Mendes Jr.": the abbreviated suffix keeps its full stop
        if c.type == "PERSON" and body[c.end:c.end + 1] == "." and c.name.endswith((" Jr", " Sr")):
            c.end += 1
            c.name += "."
    cands.sort(key=lambda c: (c.start, -c.end))
    # drop overlaps (keep the earliest, longest)
    final: list[_Cand] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            if final and c.type == "PERSON" and body[c.start - 3:c.start] in ("'s ", "’s "):
                owner = final[-1]
                if (owner.end == c.start - 3 and owner.type == "PERSON" and owner.rule == "person.cue"
                        and " " not in owner.name and " " in c.name and not _verb_after(doc, owner.end)):
                    # "said Nimbus's Ola Brandt": the cue is the second name's; the owner is a body
                    owner.type, owner.rule = "ORG", "org.bare_name"
                    if c.rule == "person.name":
                        c.rule = "person.cue"
                elif c.rule == "person.name" and _possessed_work(doc, owner, c):
                    continue
            final.append(c)
            last_end = c.end
    _assign_local_names(doc, final)

    rows: list[dict] = []
    roles: list[EntityRole] = []
    seen_roles: set[tuple[str, int, int]] = set()
    for c in final:
        surface = body[c.start:c.end]
        rows.append({
            # mention_id = common.stable_id(doc_id, start, end), computed inline
            "mention_id": _sha1(f"{doc_id}\x1f{c.start}\x1f{c.end}".encode()).hexdigest()[:16],
            "doc_id": doc_id, "entity_id": None, "surface": surface, "char_start": c.start,
            "char_end": c.end, "type": c.type, "local_name": c.local or surface, "rule": c.rule,
        })
        if c.type == "PERSON":
            i = bisect.bisect_right(sent_starts, c.start) - 1
            sent_end = sentences[i].char_end if 0 <= i < len(sentences) else len(body)
            for r in _roles_for(doc, c, doc_id, sent_end):
                k = (r.local_name, r.char_start, r.char_end)
                if k not in seen_roles:
                    seen_roles.add(k)
                    roles.append(r)
    return _MENTIONS.validate_python(rows), roles
