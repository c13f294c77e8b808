"""Noun phrases read forward from a position: the words that end one, the noun a count counts."""
from __future__ import annotations

import re

from pipelines.text.facts.patterns import NEXT4, OBJ_CHUNK, OF
from pipelines.text.lexicon.calendar import MONTH_NUMBERS, WEEKDAY_NAMES
from pipelines.text.lexicon.currencies import CURRENCY_PREFIX_WORDS
from pipelines.text.lexicon.english import (
    ADJUNCT_OPENERS, DETERMINERS, ING_NOUNS, NOUN_VERBS, OBJECT_PRONOUNS, SUBJECT_PRONOUNS,
)
from pipelines.text.lexicon.prices import PAY_VERBS, TRADE_VERBS
from pipelines.text.lexicon.units import (
    COUNT_STOP, IRREGULAR_PLURALS, MODIFIER_PLURALS, NOT_PLURALS, PERIOD_NOUNS, TIME_UNITS, UNIT_DROP_MODIFIERS,
)
from pipelines.text.numbers import ONES, TENS

#: Words that end a noun phrase read as a fact's object.
OBJECT_STOP = frozenset("""
is are was were be been being am has have had will would shall should can could may might must
do does did said says say told tell tells according that which who whom whose where when while
as because since although though but and or nor than compared versus vs if so yet then thanks
want wants think thinks believe believes expect expects support supports oppose opposes own
owns use uses live lives work works come comes go goes make makes get gets see sees remain
remains voted say backed came went rose fell grew dropped lack lacks earn earns spend spends buy
buys sell sells keep keeps receive receives prefer prefers agree agrees feel feels know knows suffer
suffers rely relies depend depends won lost paid made took gave got held kept sold bought felt knew
saw left thought found became began now currently still already also after before during despite
amid following until unless whereas worth
""".split())
#: Nouns ending in -ly, which must not end a phrase as if they were adverbs.
LY_NOUNS = frozenset("""
assembly family supply ally rally monopoly italy anomaly belly jelly bully lily folly homily reply
july tally holly butterfly fly daily weekly monthly quarterly elderly oligopoly ugly
yearly hourly nightly fortnightly
""".split())
#: Words dropped from the end of an object phrase.
OBJECT_TRIM = frozenset(
    "of the a an in on at to for from by with and or its their his her our this that these those".split())
#: Words that follow a verb: a -s word before one is a verb ("crime involves a mobile").
VERB_FOLLOWERS = frozenset("a an the that their its his her them it this these those".split())
#: Irregular past forms and -s verbs that are rarely nouns: they end an object phrase.
OBJECT_VERBS = frozenset("""
quit fled sought brought thought taught caught fought told spent sent lent built meant led drew
threw flew knew wrote spoke broke chose drove rode ran began sang swam stood understood forgot
forgave beat overtook undertook withdrew given taken shown seen done gone chosen driven stolen consists contains includes represents accounts seems appears
suggests shows makes helps allows means tends continues amounts equates hit
""".split())
#: Adjectives that start a clause when followed by "to" ("mobiles able to send").
_TO_ADJECTIVES = frozenset("able unable likely unlikely willing unwilling expected due set going trying "
                           "forced eager keen ready".split())
#: Time and manner words that end a phrase ("investment in farms last year").
TIME_STOP = frozenset(
    "last next yesterday today tomorrow ago earlier later tonight abroad otherwise worldwide nationwide away instead "
    "what how why".split())
#: Prepositions inside an object phrase.
OBJ_PREPOSITIONS = frozenset("of in on at for from with by to among across within over under beneath into onto "
                               "through throughout per".split())
NP_LEFT_STOP = COUNT_STOP | OBJECT_STOP | OBJECT_VERBS | SUBJECT_PRONOUNS | {"be"}

DATE_WORDS = WEEKDAY_NAMES | frozenset(MONTH_NUMBERS)
POSSESSIVE = ("'s", "’s")
# what a token does to the phrase being read: kept (at most 8 such), kept beyond that limit,
# the end of the phrase, or a number that ends it
_KEEP, _KEEP_ANY, _STOP, _NUMBER = "keep", "keep any", "stop", "number"


def is_plural_noun(word: str) -> bool:
    low = word.lower()
    if low in IRREGULAR_PLURALS:
        return True
    if len(word) < 3 or word[-1] != "s" or low in NOT_PLURALS:
        return False
    if low.endswith("is") and word[0].isupper():
        return True                     # demonyms: "Iraqis", "Israelis"
    return not low.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def counted_unit(body: str, pos: int) -> tuple[str, int] | None:
    """Counted noun phrase right after ``pos``: modifiers and a plural head ('US troops')."""
    m = NEXT4.match(body, pos)
    if not m:
        return None
    first = m.start(1)
    for i in range(1, 5):
        word = m.group(i)
        if word is None:
            return None
        low = word.lower()
        if word.isdigit():
            return None                 # another number ("5 new 2004 graduates")
        if (low in ("and", "or") and 1 < i <= 2 and m.group(i + 2) is not None
                and is_plural_noun(m.group(i + 2)) and not is_plural_noun(m.group(i + 1))):
            continue                    # coordinated modifiers: "40 German and Polish firms"
        if (low in COUNT_STOP and not (len(word) > 1 and word.isupper())) or low in TIME_UNITS:
            return None                 # ("US troops": an acronym is never a stop word)
        if is_plural_noun(word):
            if word[0].isupper() and word[1:2].islower() and i > 1 and not m.group(i - 1)[0].isupper():
                return None             # "one in 10 recognised Charles": a name, not a counted noun
            if word[0].isupper() and word[1:2].islower() or low in MODIFIER_PLURALS:
                # "two Texas bank accounts", "three athletics medals": a later plural is the head
                for k in range(i + 1, 5):
                    later = m.group(k)
                    if later is None or not later.islower() or later in COUNT_STOP:
                        break
                    if is_plural_noun(later):
                        i = k
                        break
            unit_start = first
            # drop modifiers such as "more" and "total" from the front of the unit
            for j in range(1, i):
                if m.group(j).lower() in UNIT_DROP_MODIFIERS:
                    unit_start = m.start(j + 1)
                else:
                    break
            return body[unit_start:m.end(i)], m.end(i)
        if low.endswith(("'s", "’s", "-")):
            return None
    return None



def object_at(body: str, pos: int) -> str | None:
    """A short noun phrase starting at ``pos``, as written ('technology leaks from South Korea')."""
    m = OBJ_CHUNK.match(body, pos, min(len(body), pos + 120))
    if not m:
        return None
    toks = m.group().split(" ")
    keep: list[str] = []
    verdict = _KEEP
    for i in range(len(toks)):
        verdict = _verdict(toks, i, keep)
        if verdict in (_STOP, _NUMBER):
            break
        keep.append(toks[i])
        if verdict == _KEEP and len(keep) == 8:
            break
    return _trimmed(keep, numeric_stop=verdict == _NUMBER)


def _verdict(toks: list[str], i: int, keep: list[str]) -> str:
    """What ``toks[i]`` does to the phrase read so far (``keep``)."""
    if not toks[i]:
        return _STOP
    lead = _number_or_determiner(toks, i)
    if lead:
        return lead
    if _starts_clause(toks, i):
        return _STOP
    inside = _number_inside(toks, i)
    if inside:
        return inside
    if _is_verb(toks, i, keep):
        return _STOP
    return _KEEP


def _number_or_determiner(toks: list[str], i: int) -> str | None:
    low = toks[i].lower()
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if not i and low == "one" and nxt is not None and nxt.lower() == "of":
        return _KEEP_ANY                # "to buy one of Korea's main banks": a phrase that opens with "one of"
    if (low in ONES or low in TENS) and i and toks[i][:1].isupper() and toks[i - 1][:1].isupper():
        return _KEEP                    # "a new Fiesta One", "Channel Four": a number word inside a name
    if low in ONES or low in TENS or low == "than":
        return _NUMBER                  # "of more than a billion", "for the first six weeks"
    if low == "that" and not i and nxt is not None and nxt[:1].islower() and (
            nxt.lower() not in OBJECT_STOP and nxt.lower() not in OBJECT_VERBS
            and nxt.lower() not in OBJ_PREPOSITIONS):
        return _KEEP_ANY                # "a third of that country's output": a determiner
    if low == "own" and i and toks[i - 1].lower() in DETERMINERS | {"your"}:
        return _KEEP_ANY                # "of his own money"
    return None


def _starts_clause(toks: list[str], i: int) -> bool:
    """A verb, a clause word, a time or a pronoun ends the phrase."""
    tok, low = toks[i], toks[i].lower()
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    before = toks[i - 1] if i else None
    if low in OBJECT_STOP and low not in ("and", "or") and not _compound_verb_noun(toks, i):
        return True
    if low == "at" and nxt is not None and nxt.lower() in ("most", "least"):
        return True                     # "that group at most"
    if before is None:
        return False
    if low in TIME_STOP and before.lower() not in DETERMINERS:
        return True                     # "investment in farms last year", "a 10-mile drive away"
    if low == "in" and nxt is not None and (f"in {nxt.lower()}" in ADJUNCT_OPENERS or " ".join(toks[i:i + 3]).lower() in ADJUNCT_OPENERS):
        return True                     # "a pay cut in return for shares", "a stake in X in a deal worth $5m"
    if (low in ("on", "in", "by", "since", "until", "from") and nxt is not None
            and nxt[:1].isupper() and nxt.lower().rstrip(".") in DATE_WORDS):
        return True                     # "tax cuts on Monday", "a bail-out in January"
    if _period_follows(toks, i):
        return True                     # "expansion in the fourth quarter", "a profit a year before"
    if low in OBJECT_VERBS or tok in SUBJECT_PRONOUNS or tok == "I":
        return True                     # "the airline quit", "half the person you are"
    if before in OBJECT_PRONOUNS and low not in OBJ_PREPOSITIONS:
        return True                     # "a third of them read"
    return low in _TO_ADJECTIVES and nxt is not None and nxt.lower() == "to"   # "mobiles able to send"


def _compound_verb_noun(toks: list[str], i: int) -> bool:
    """A verb that is also a noun, ending the phrase after a singular noun: 'capital expenditure support', 'water use';
    not 'voters support' (a plural's verb) nor 'it would support' or 'support the plan' (a verb with its object)."""
    if toks[i].lower() not in NOUN_VERBS or not i or i + 1 < len(toks) and toks[i + 1].lower() not in ("for", "of"):
        return False
    before = toks[i - 1]
    return before.isalpha() and before.islower() and before not in NP_LEFT_STOP and before not in OBJ_PREPOSITIONS \
        and before not in DETERMINERS and not is_plural_noun(before) and not before.endswith(("ed", "ly"))


#: Nouns of a period's edge after "by", "until" or "before": "by the end of June", "until the start of 2006".
_PERIOD_EDGES = frozenset("end start beginning middle close turn".split())


def _period_follows(toks: list[str], i: int) -> bool:
    """A preposition and an article opening a period ('in the fourth quarter', 'for the year'), or 'a year'."""
    low = toks[i].lower()
    if low in ("a", "an", "each", "every", "this", "last", "next", "per"):
        return i + 1 < len(toks) and toks[i + 1].lower() in TIME_UNITS     # "sea level each year"
    if low not in ("in", "for", "during", "over", "by", "until", "before") or i + 2 >= len(toks) \
            or toks[i + 1].lower() not in DETERMINERS:
        return False
    nxt = [t.lower() for t in toks[i + 2:i + 4]]
    if low in ("by", "until", "before"):
        return nxt[0] in _PERIOD_EDGES  # "cash or shares by the end (of the year)": when, not what
    return nxt[0] in PERIOD_NOUNS or len(nxt) > 1 and nxt[1] in PERIOD_NOUNS and not nxt[0][:1].isdigit()


_YEAR = re.compile(r"(?:19|20)\d\d")
#: An amount glued to an ISO code: "EUR4.82bn", "CZK1.95m".
_CODE_AMOUNT = re.compile(r"[A-Z]{3}\d")


def _number_inside(toks: list[str], i: int) -> str | None:
    tok = toks[i]
    if tok[0].isdigit() and i and tok[-1].isdigit() and (
            toks[i - 1].lower() in DETERMINERS or toks[i - 1].endswith(POSSESSIVE)):
        return _KEEP_ANY                # "of the 1,200 respondents", "of the world's 500 largest firms"
    if (not i and tok[0].isdigit() and tok[-1].isdigit() and "." not in tok and not _YEAR.fullmatch(tok) and i + 1 < len(toks)
            and toks[i + 1].islower() and is_plural_noun(toks[i + 1])):
        return _KEEP_ANY                # "half of 2,000 people surveyed": a share of a counted group
    if tok[0].isdigit() or tok[0] in "$£€¥%-" or tok in CURRENCY_PREFIX_WORDS or _CODE_AMOUNT.match(tok):
        return _NUMBER                  # also "to Rs 1,240 crore", "to EUR4.82bn"
    return None


def _is_verb(toks: list[str], i: int, keep: list[str]) -> bool:
    """An adverb, a verb or a second verb phrase ends the phrase."""
    tok, low = toks[i], toks[i].lower()
    nxt = toks[i + 1].lower() if i + 1 < len(toks) else None
    if i and tok[:1].isupper() and toks[i - 1][:1].isupper():
        return False                    # "Manchester United", "Leeds Rowing Club": a name goes on
    if i and low.endswith("ly") and low not in LY_NOUNS and tok[:1].islower():
        return True                     # an adverb; not a name ("payroll firm Tessaly")
    if i and low.endswith("s") and nxt in VERB_FOLLOWERS and toks[i - 1].lower() not in DETERMINERS and not (
            nxt in SUBJECT_PRONOUNS and i + 2 < len(toks) and toks[i + 2].lower() in _CLAUSE_AUX):
        return True                     # "crime involves a mobile"; not "the messages it was catching"
    if (i and low.endswith(("ed", "ing")) and "-" not in tok and low not in ING_NOUNS
            and toks[i - 1].lower() not in DETERMINERS and not toks[i - 1].endswith(POSSESSIVE)
            and not _modifier_after_of(toks, i) and not _ing_after_adjective(toks, i)
            and not (i >= 2 and toks[i - 1].lower() in ("and", "or")
                     and toks[i - 2].lower().endswith(("ed", "ing")))):
        return True                     # "voters backed the plan", "files detailing"
    if low in ("and", "or") and nxt is not None and (nxt in OBJECT_VERBS or nxt in OBJECT_STOP or nxt in OBJ_PREPOSITIONS):
        return True                     # "operating profit and consists of": a second verb phrase
    after = toks[i + 2] if i + 2 < len(toks) else ""
    if (low in ("and", "but") and nxt is not None and (nxt.endswith("ed") or nxt in PAY_VERBS or nxt in TRADE_VERBS)
            and (after[:1].isdigit() or after[:1] in "$£€¥")):
        return True                     # "£40m of debt and repaid £10m": a second verb and its figure
    # "medium and large companies" goes on; "men and women said" stops
    return low in ("and", "or") and any(is_plural_noun(k) for k in keep)


#: Auxiliaries after a pronoun that open a relative clause with no "that": "the messages it was catching".
_CLAUSE_AUX = frozenset("is was are were has had have will would could can".split())


def _ing_after_adjective(toks: list[str], i: int) -> bool:
    """A noun in -ing after an adjective: 'fresh financial backing', 'political campaigning'."""
    before = toks[i - 1]
    return toks[i].lower().endswith("ing") and before.isalpha() and before.islower() and before.endswith(_NOUN_ADJECTIVE_ENDINGS)


#: Endings of adjectives that come before a noun, not a subject before its verb ("financial", "economic").
_NOUN_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary")


def _modifier_after_of(toks: list[str], i: int) -> bool:
    """A participle right after 'of' that modifies the noun after it: 'the number of phishing e-mails',
    'the share of registered voters'; not 'of those asked', and not a verb ('a third of firms expected')."""
    if i < 2 or toks[i - 1] != "of" or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (nxt.isalpha() or "-" in nxt) and nxt.islower() and nxt not in OBJECT_STOP and nxt not in OBJ_PREPOSITIONS \
        and nxt not in DETERMINERS and nxt not in OBJECT_VERBS and not nxt.endswith(("ly", "ed", "ing"))


def _trimmed(keep: list[str], numeric_stop: bool) -> str | None:
    if numeric_stop and len(keep) > 1:
        # a number cut the phrase: drop the dangling "for the first", "of more"
        cut = max((j for j, k in enumerate(keep) if j and k.lower() in OBJ_PREPOSITIONS), default=0)
        if cut and not any(c.isupper() for c in "".join(keep[cut + 1:])[:1]) and len(keep) - cut <= 3:
            del keep[cut:]
    while keep and keep[-1].lower() in OBJECT_TRIM:
        keep.pop()
    return " ".join(keep) or None


#: "those who voted", "people that died in ...": a pronoun or a bare plural made a noun phrase by its relative clause.
_THOSE_WHO = re.compile(r"(?:those|people|the[ ]ones)[ ](?:who|that)[ ][a-z]+(?=[ ,.;:!?)\"”]|$)", re.I)


def object_of(body: str, pos: int) -> str | None:
    """The object in '... of <noun phrase>' right after ``pos``."""
    m = OF.match(body, pos)
    who = _THOSE_WHO.match(body, m.end()) if m else None
    if who:                             # "half of those who die in crashes", "40% of those who voted"
        rest = object_at(body, who.end() + 1) if body.startswith(" ", who.end()) else None
        words = rest.split(" ") if rest else []
        return who.group() + (" " + rest if words and words[0].lower() in OBJ_PREPOSITIONS else "")
    obj = object_at(body, m.end()) if m else None
    if obj and obj.lower() in ("a percentage point", "a point", "a per cent", "a percent"):
        return None                     # "a quarter of a percentage point" is an amount, not a share
    return obj
