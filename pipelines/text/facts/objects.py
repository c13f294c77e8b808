"""What a number measures: the noun it counts and the phrase it is a share, amount or part of."""
from __future__ import annotations

import re

from pipelines.text.facts.antecedents import person_before
from pipelines.text.facts.patterns import MONEY_NOUN, MONEY_ON, MONEY_PAREN, NEXT4, OBJ_CHUNK, OF, WORTH_LEFT
from pipelines.text.lexicon.calendar import MONTH_NUMBERS, WEEKDAY_NAMES
from pipelines.text.lexicon.changes import (
    AMOUNT_MOVE_VERBS, CHANGE_WORDS, DOWN_AFTER, DOWN_NOUNS, DOWN_VERBS, LEVEL_VERBS, UP_AFTER, UP_NOUNS, UP_VERBS,
)
from pipelines.text.lexicon.currencies import CURRENCY_NAMES
from pipelines.text.lexicon.english import DETERMINERS, OBJECT_PRONOUNS, SUBJECT_PRONOUNS
from pipelines.text.lexicon.hedges import HEDGE_WORDS
from pipelines.text.lexicon.units import QUANTITY_PREMODIFIERS
from pipelines.text.lexicon.units import (
    COUNT_STOP, IRREGULAR_PLURALS, MODIFIER_PLURALS, NOT_PLURALS, PERIOD_NOUNS, TIME_UNITS, UNIT_DROP_MODIFIERS,
)
from pipelines.text.numbers import FRACTION, ONES, TENS

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
""".split())
#: Words dropped from the end of an object phrase.
OBJECT_TRIM = frozenset(
    "of the a an in on at to for from by with and or its their his her our this that these those".split())
#: Words that follow a verb: a -s word before one is a verb ("crime involves a mobile").
_VERB_FOLLOWERS = frozenset("a an the that their its his her them it this these those".split())
#: Irregular past forms and -s verbs that are rarely nouns: they end an object phrase.
OBJECT_VERBS = frozenset("""
quit fled sought brought thought taught caught fought told spent sent lent built meant led drew
threw flew knew wrote spoke broke chose drove rode ran began sang swam stood understood forgot
forgave overtook undertook withdrew given taken shown seen done gone chosen driven stolen consists contains includes represents accounts seems appears
suggests shows makes helps allows means tends continues amounts equates hit
""".split())
#: Adjectives that start a clause when followed by "to" ("mobiles able to send").
_TO_ADJECTIVES = frozenset("able unable likely unlikely willing unwilling expected due set going trying "
                           "forced eager keen ready".split())
#: Time and manner words that end a phrase ("investment in farms last year").
_TIME_STOP = frozenset(
    "last next yesterday today tomorrow ago earlier later tonight abroad otherwise worldwide nationwide "
    "what how why".split())
#: Prepositions inside an object phrase.
_OBJ_PREPOSITIONS = frozenset("of in on at for from with by to among across within over under beneath into onto "
                               "through throughout".split())
#: Words after an amount that say how or where, not what for: "£100 every year", "$300m worldwide".
_MONEY_NOT_NOUN = frozenset("""
every worldwide outside inside abroad overseas cheaper dearer bigger smaller larger higher lower
greater better worse short shy apiece net gross mark level barrier threshold figure example instance
""".split())
_NP_LEFT_STOP = COUNT_STOP | OBJECT_STOP | OBJECT_VERBS | SUBJECT_PRONOUNS | {"be"}

_DATE_WORDS = WEEKDAY_NAMES | frozenset(MONTH_NUMBERS)
_POSSESSIVE = ("'s", "’s")
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
    if low in ONES or low in TENS or low == "than":
        return _NUMBER                  # "of more than a billion", "for the first six weeks"
    if low == "that" and not i and nxt is not None and nxt[:1].islower() and (
            nxt.lower() not in OBJECT_STOP and nxt.lower() not in OBJECT_VERBS
            and nxt.lower() not in _OBJ_PREPOSITIONS):
        return _KEEP_ANY                # "a third of that country's output": a determiner
    if low == "own" and i and toks[i - 1].lower() in DETERMINERS | {"your"}:
        return _KEEP_ANY                # "of his own money"
    return None


def _starts_clause(toks: list[str], i: int) -> bool:
    """A verb, a clause word, a time or a pronoun ends the phrase."""
    tok, low = toks[i], toks[i].lower()
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    before = toks[i - 1] if i else None
    if low in OBJECT_STOP and low not in ("and", "or"):
        return True
    if low == "at" and nxt is not None and nxt.lower() in ("most", "least"):
        return True                     # "that group at most"
    if before is None:
        return False
    if low in _TIME_STOP and before.lower() not in DETERMINERS:
        return True                     # "investment in farms last year"
    if (low in ("on", "in", "by", "since", "until", "from") and nxt is not None
            and nxt[:1].isupper() and nxt.lower().rstrip(".") in _DATE_WORDS):
        return True                     # "tax cuts on Monday", "a bail-out in January"
    if _period_follows(toks, i):
        return True                     # "expansion in the fourth quarter", "a profit a year before"
    if low in OBJECT_VERBS or tok in SUBJECT_PRONOUNS or tok == "I":
        return True                     # "the airline quit", "half the person you are"
    if before in OBJECT_PRONOUNS and low not in _OBJ_PREPOSITIONS:
        return True                     # "a third of them read"
    return low in _TO_ADJECTIVES and nxt is not None and nxt.lower() == "to"   # "mobiles able to send"


def _period_follows(toks: list[str], i: int) -> bool:
    """A preposition and an article opening a period ('in the fourth quarter', 'for the year'), or 'a year'."""
    low = toks[i].lower()
    if low in ("a", "an"):
        return i + 1 < len(toks) and toks[i + 1].lower() in TIME_UNITS
    if low not in ("in", "for", "during", "over") or i + 2 >= len(toks) or toks[i + 1].lower() not in DETERMINERS:
        return False
    nxt = [t.lower() for t in toks[i + 2:i + 4]]
    return nxt[0] in PERIOD_NOUNS or len(nxt) > 1 and nxt[1] in PERIOD_NOUNS and not nxt[0][:1].isdigit()


def _number_inside(toks: list[str], i: int) -> str | None:
    tok = toks[i]
    if tok[0].isdigit() and i and tok[-1].isdigit() and (
            toks[i - 1].lower() in DETERMINERS or toks[i - 1].endswith(_POSSESSIVE)):
        return _KEEP_ANY                # "of the 1,200 respondents", "of the world's 500 largest firms"
    if tok[0].isdigit() or tok[0] in "$£€¥%-":
        return _NUMBER
    return None


def _is_verb(toks: list[str], i: int, keep: list[str]) -> bool:
    """An adverb, a verb or a second verb phrase ends the phrase."""
    tok, low = toks[i], toks[i].lower()
    nxt = toks[i + 1].lower() if i + 1 < len(toks) else None
    if i and tok[:1].isupper() and toks[i - 1][:1].isupper():
        return False                    # "Manchester United", "Leeds Rowing Club": a name goes on
    if i and low.endswith("ly") and low not in LY_NOUNS:
        return True
    if i and low.endswith("s") and nxt in _VERB_FOLLOWERS and toks[i - 1].lower() not in DETERMINERS:
        return True                     # "crime involves a mobile"
    if (i and low.endswith(("ed", "ing")) and "-" not in tok
            and toks[i - 1].lower() not in DETERMINERS and not toks[i - 1].endswith(_POSSESSIVE)
            and not (i >= 2 and toks[i - 1].lower() in ("and", "or")
                     and toks[i - 2].lower().endswith(("ed", "ing")))):
        return True                     # "voters backed the plan", "files detailing"
    if low in ("and", "or") and nxt is not None and (nxt in OBJECT_VERBS or nxt in OBJECT_STOP or nxt in _OBJ_PREPOSITIONS):
        return True                     # "operating profit and consists of": a second verb phrase
    # "medium and large companies" goes on; "men and women said" stops
    return low in ("and", "or") and any(is_plural_noun(k) for k in keep)


def _trimmed(keep: list[str], numeric_stop: bool) -> str | None:
    if numeric_stop and len(keep) > 1:
        # a number cut the phrase: drop the dangling "for the first", "of more"
        cut = max((j for j, k in enumerate(keep) if j and k.lower() in _OBJ_PREPOSITIONS), default=0)
        if cut and not any(c.isupper() for c in "".join(keep[cut + 1:])[:1]) and len(keep) - cut <= 3:
            del keep[cut:]
    while keep and keep[-1].lower() in OBJECT_TRIM:
        keep.pop()
    return " ".join(keep) or None


def object_of(body: str, pos: int) -> str | None:
    """The object in '... of <noun phrase>' right after ``pos``."""
    m = OF.match(body, pos)
    obj = object_at(body, m.end()) if m else None
    if obj and obj.lower() in ("a percentage point", "a point", "a per cent", "a percent"):
        return None                     # "a quarter of a percentage point" is an amount, not a share
    return obj


def _names_a_period(obj: str) -> bool:
    """'the quarter', 'the first half', 'total': a phrase that says when or how, not what for."""
    toks = [t.lower() for t in obj.split() if t.lower() not in DETERMINERS]
    return not toks or any(t in PERIOD_NOUNS for t in toks[:3])


_STAKE = re.compile(r"[ ](?:[a-z]+[ ])?(?:stake|share|holding|shareholding|interest|shareholder|owner|stakeholder)"
                    r"[ ](?:in|of)[ ]")
_WORTH_OF = re.compile(r"[ ]worth[ ]of[ ]")


def stake_object(body: str, pos: int) -> str | None:
    """What a percentage stake is held in: 'a 40% stake in the brewer' -> 'the brewer'."""
    m = _STAKE.match(body, pos)
    return object_at(body, m.end()) if m else None


_CHANGE_AFTER = re.compile(
    r"[ ](?:(?:rise|increase|jump|gain|growth|hike|surge|climb|fall|drop|decline|cut|loss|slump|dip|decrease|"
    r"reduction)[ ](?:in|of)[ ]|(?:higher|lower|greater|smaller|bigger)[ ](?=[a-z]))")


_WORD_AFTER = re.compile(r"([a-z]+)\b")
#: Words after "higher" or "lower" that start no noun phrase of their own ("2% lower at 30p", "lower than").
_NOT_CHANGED_NOUN = COUNT_STOP | OBJECT_STOP | frozenset("on in at by for from to than".split())


def changed_after(body: str, start: int, end: int) -> str | None:
    """What a change written before its noun changes: 'a 6% rise in energy bills', 'a 15% lower risk of X'."""
    before = body[max(0, start - 16):start].split()
    m = _CHANGE_AFTER.match(body, end)
    if not m:
        return None
    if not (before and before[-1].lower() in ("a", "an", "the") or len(before) >= 2 and before[-1].lower() != "the"
            and before[-2].lower() in ("a", "an") and _adjective_like(before[-1].lower())):    # "a healthy 43% rise in"
        noun = _WORD_AFTER.match(body, m.end())      # "reflected 20% higher ingredient costs"; not "2% lower at"
        if not (m.group().strip() in UP_AFTER | DOWN_AFTER and noun and noun.group(1) not in _NOT_CHANGED_NOUN):
            return None
    obj = object_at(body, m.end())
    return None if obj and obj.split(" ", 1)[0].rstrip(".").lower() in _DATE_WORDS else obj   # "increase in October"


#: An article right before an amount: the word after the amount is its noun ("a £4bn project that ...").
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)[ ]$")


_ONTO = re.compile(r"[ ](?:to|off|from|into|onto)[ ](?=[a-z])")
_VERB_BEFORE = re.compile(r"\b([a-z]+)[ ](?:(?:about|around|almost|nearly|roughly|some|over|up[ ]to|more[ ]than|"
                          r"less[ ]than|another|a[ ]further|an[ ]extra)[ ])?$")


def _moved_onto(body: str, start: int, pos: int) -> re.Match[str] | None:
    """'added $9bn to its market value', 'knock 125m euros off its profits', 'put $300m into X': where the
    amount goes or comes from, after a verb that moves an amount."""
    m = _ONTO.match(body, pos)
    if not m:
        return None
    verb = _VERB_BEFORE.search(body, max(0, start - 40), start)
    return m if verb and verb.group(1) in AMOUNT_MOVE_VERBS else None


def money_object(body: str, start: int, end: int) -> str | None:
    """What an amount of money is for or of: '$2bn of debt', 'a $44m investment in X', 'a deal worth $5m'."""
    pos = end
    p = MONEY_PAREN.match(body, pos)
    if p:
        pos = p.end()                   # "£50m ($94m) bid for": skip the conversion
    elif body.startswith(")", pos):
        pos += 1                        # "£50m ($94m) bid for", read from the converted amount
    if OF.match(body, pos):
        return object_of(body, pos)
    worth = _WORTH_OF.match(body, pos)
    if worth:                           # "£12bn worth of machinery"
        return object_at(body, worth.end())
    purpose = MONEY_ON.match(body, pos) or _moved_onto(body, start, pos)
    obj = object_at(body, purpose.end()) if purpose else None
    if (obj and not _names_a_period(obj) and obj.split(" ", 1)[0].lower() not in _MONEY_NOT_NOUN
            and not obj.split(" ", 1)[0].endswith("ing")):      # "spent $5m on buying a stake": a gerund says how
        return obj                      # "spend £2bn on new schools", "$500m in aid" (not "in the quarter")
    w = MONEY_NOUN.match(body, pos)
    if w:
        low = w.group("w")
        after = body[w.end("w"):w.end("w") + 12].split(" ")
        if not (low in COUNT_STOP or low in OBJECT_STOP or low in OBJECT_VERBS or low in CURRENCY_NAMES
                or low.endswith(("ed", "ly")) or low in ONES or low in TENS or low in HEDGE_WORDS
                or low in _MONEY_NOT_NOUN
                or len(after) > 1 and after[1].lower() in _VERB_FOLLOWERS
                and not _ARTICLE_BEFORE.search(body, max(0, start - 5), start)):   # "$5m beat its target"
            obj = object_at(body, w.start("w"))
            return obj.split(" to ", 1)[0] if obj else None     # "a charge to pay for ...": a purpose clause
    lm = WORTH_LEFT.search(body, max(0, start - 14), start)
    if lm:                              # "a takeover bid worth £1bn", "the deal is worth $2bn"
        words = body[max(0, lm.start() - 60):lm.start()].split(" ")[1:]
        while words and words[-1].lower() in _AUX:
            words.pop()
        keep: list[str] = []
        for tok in reversed(words):
            low = tok.lower()
            if (not tok or not tok[0].isalpha() or tok[-1] in ",;:.!?\"”" or low in _NP_LEFT_STOP
                    or low in DETERMINERS or low.endswith(("ed", "ly")) or len(keep) == 4):
                break
            keep.append(tok)
        return " ".join(reversed(keep)) or None
    return None



#: Auxiliaries and linking verbs dropped between a subject and its amount ("shares were up 5%").
_AUX = frozenset("""
is are was were be been being has have had will would could should may might can must shall also now still
just already currently reportedly expected set due forecast projected estimated seen put
""".split())
#: Nouns before "of" and an amount that say how it is counted, not what of ("an average of 6kg").
_TRANSPARENT = frozenset("average total maximum minimum median mean peak sum".split())
#: Verbs whose second object is the amount: the first is who pays or is owed ("cost fans $150").
_DITRANSITIVE = frozenset("cost costs owe owes owed owing save saves saved give gives gave giving repay repays repaid".split())
#: Words before a number that say which stretch of time or how much more ("another 18 months").
_SPAN_WORDS = frozenset("another further additional next past last first coming following final".split())
#: Auxiliaries proper: the word after one is a verb or a predicate ("will take", "was steady").
_AUXILIARIES = frozenset("is are was were be been being has have had will would could should may might can "
                         "must shall to".split())
#: Verbs that link a subject to its amount and end in neither -s nor -ed ("tickets cost £45").
_AMOUNT_VERBS = frozenset("cost pay spend earn make hit reach top total exceed average weigh hold run paid spent made "
                          "held ran won lost took gave sold bought".split())
#: A spec line's label right before its value: "Battery: 5,000mAh", "Weight - 180g".
SPEC_LABEL = re.compile(r"(?:^|(?<=[\n.;|]))[ ]*(?P<label>[A-Z][\w'’/&-]*(?:[ ][\w'’/&()-]+){0,4}?)[ ]?[:–—-][ ]+"
                        r"(?:(?:about|around|up[ ]to|over|under|approx\.?)[ ])?$")
#: A spec line's label at the start of its line: "Display: 6.7in OLED, 120Hz".
SPEC_LINE = re.compile(r"[ ]*(?P<label>[A-Z][\w'’/&-]*(?:[ ][\w'’/&()-]+){0,3}?)[ ]?:[ ]+")
_FULL_STOP = re.compile(r"\.(?!\d)")
_LEFT_CUT = re.compile(r"[,;:!?()\"“”\[\]—–\n]|\.(?!\d)|\b(?:while|whereas|as|after|before|when|but|and|that|which|who)\b")


def _skippable(tok: str) -> bool:
    low = tok.lower()
    if low == "of":
        return False                    # a hedge's last word ("tens of"), but "earnings of" keeps its noun
    return low in _AUX or low in HEDGE_WORDS or low.endswith("ly") and low not in LY_NOUNS


def _without_verb(toks: list[str]) -> list[str]:
    """The words before an amount without the verb and prepositions that link it to its subject:
    'the battery stores', 'Brent crude traded at', 'rent costs' (but 'revenue of' keeps 'revenue')."""
    aux = False
    while toks and _skippable(toks[-1]):
        aux = toks.pop().lower() in _AUX or aux
    if len(toks) >= 3 and toks[-1].lower() in ("up", "down") and toks[-2].lower() in _MAIN_VERBS:
        toks = toks[:-2]                # "Brent crude closed down 51 cents": past the verb and its direction
        while toks and _skippable(toks[-1]):
            toks.pop()
        return toks
    for k in range(len(toks) - 2, max(-1, len(toks) - 5), -1):
        noun = k and (toks[k - 1].lower() in DETERMINERS or toks[k - 1].endswith(_POSSESSIVE))   # "the project's cost"
        if (toks[k].lower() in _DITRANSITIVE and not noun
                and not any(t.lower() in _OBJ_PREPOSITIONS | _AUX for t in toks[k + 1:])):
            toks = toks[:k]             # "each ticket will cost fans $150", "owes the lenders $48bn"
            if len(toks) >= 2 and toks[-1].lower() == "to":
                toks = toks[:-2]        # "the airline offered to repay its lenders $120m"
                while toks and toks[-1].islower() and toks[-1].endswith("ed"):
                    toks.pop()          # "X asked Y to repay a $900m loan"
            while toks and _skippable(toks[-1]):
                toks.pop()
            return toks
    if len(toks) >= 2 and toks[-1].lower() in ("out", "off", "back", "away") and toks[-2].islower():
        toks.pop()                      # "the printer churns out 30 pages": a verb's particle
    if toks and toks[-1].lower() in _SPAN_WORDS:
        toks.pop()                      # "runs for another 18 months", "over the next three years"
        if toks and toks[-1].lower() in DETERMINERS:
            toks.pop()
    if len(toks) >= 3 and toks[-1].lower() in ("to", "from") and any(c.isdigit() for c in toks[-2]):
        toks = toks[:-2]                # "net profit rose 12% to": past the change to its subject
        while toks and (_skippable(toks[-1]) or toks[-1].lower() in CHANGE_WORDS or toks[-1] in ("to", "at")
                        or len(toks) > 1 and _verbish(toks[-1]) and toks[-1] not in OBJECT_STOP):
            toks.pop()                  # "inflation has slowed to 3.4% from"
        return toks
    had_of = bool(toks) and toks[-1].lower() == "of"
    while toks and toks[-1].lower() in _OBJ_PREPOSITIONS | {"as"}:
        toks.pop()
    if had_of and toks and toks[-1].lower() in _TRANSPARENT:
        toks.pop()                      # "the patients lost an average of 6kg": the figure is the patients'
        while toks and toks[-1].lower() in DETERMINERS:
            toks.pop()
        if not toks:
            return toks
        return _without_verb(toks)
    had_aux = aux or bool(toks) and toks[-1].lower() in _AUX
    if (not had_aux and not had_of and len(toks) >= 2 and toks[-1].islower() and toks[-1].isalpha()
            and toks[-2].lower() in _AUXILIARIES):
        toks.pop()                      # "the project will take", "gold was steady": the word after an auxiliary
        had_aux = True
        if toks[-1].lower() == "to":    # "the fund is hoping to raise", "the firm plans to spend"
            toks.pop()
            if len(toks) >= 2 and toks[-1].islower() and (toks[-1].endswith(("ing", "ed", "s")) or toks[-1] in OBJECT_STOP):
                toks.pop()
    while toks and _skippable(toks[-1]):
        toks.pop()
    if had_aux:
        return toks                     # "Average speeds were": the verb was the auxiliary
    if toks and toks[-1].islower() and toks[-1].endswith("ing") and toks[-1] not in LY_NOUNS:
        if len(toks) == 1:
            return []                   # ", falling 1.5%": a participle whose subject is another clause's
        if toks[-2].lower() not in DETERMINERS and not toks[-2].endswith(_POSSESSIVE):
            return toks[:-1]            # "an engine producing 190hp"
    if not had_of and len(toks) == 1 and toks[0].islower() and toks[0].endswith(("ed", "s")):
        return []                       # "and lasted for six years": a verb with no subject in its clause
    if not had_of and len(toks) >= 2:
        low, before = toks[-1].lower(), toks[-2].lower()
        verbish = (low.endswith(("s", "ed")) and toks[-1].islower() or low in OBJECT_VERBS or low in OBJECT_STOP
                   or low in _AMOUNT_VERBS)
        after_verb = before in OBJECT_VERBS or before in _AMOUNT_VERBS or before.endswith("ed")
        if (verbish and before not in DETERMINERS and not before.endswith(_POSSESSIVE) and before not in _OBJ_PREPOSITIONS
                and before not in QUANTITY_PREMODIFIERS and not (before.startswith(("pre-", "post-")))
                and not (after_verb and low.endswith("s") and low not in OBJECT_VERBS and low not in OBJECT_STOP)):
            toks.pop()
            while toks and _skippable(toks[-1]):
                toks.pop()
    return toks


def subject_before(body: str, pos: int, verb: bool = True) -> str | None:
    """The noun phrase that ends right before ``pos`` in its clause ('Nokia shares' in 'Nokia shares rose');
    ``verb``: a verb may stand between the phrase and ``pos`` ('the battery stores 40 kWh')."""
    lo = max(0, pos - 90)
    seg = _BRACKET_ASIDE.sub(_blanked, body[lo:pos])    # "The price index (PPI) rose": an aside in brackets
    cuts = list(_LEFT_CUT.finditer(seg))
    relative = bool(cuts) and cuts[-1].group() in ("which", "that", "who")
    spans = [lo + m.start() for m in _TOKEN.finditer(seg, cuts[-1].end() if cuts else 0)]
    toks = seg[cuts[-1].end():].split() if cuts else seg.split()
    if verb:
        pre = _premodifier_start(toks)
        if pre is not None:             # "hit a record $166bn": "a record" opens the amount's own phrase
            return subject_before(body, spans[pre], verb=True)
        toks = _without_verb(toks)
        if len(toks) == 1 and toks[0] in _AMOUNT_VERBS:
            toks = []                   # "which cost $9m"
    else:                               # "The euro was (down)", "House prices are expected to (rise)"
        while toks and (_skippable(toks[-1]) or toks[-1].lower() == "to"):
            toks.pop()
        if len(toks) >= 2 and toks[-1].lower() in LEVEL_VERBS:
            toks.pop()                  # "the index closed (down 7.9%)": the verb before the direction
    if relative and not toks:
        at = lo + cuts[-1].start()      # "Vodafone, which rose 3%": the phrase the relative clause is about
        head = body[max(0, at - 2):at]
        return subject_before(body, at - 2 if head == ", " else at, verb=False)
    aside = _ASIDE_BEFORE.search(body, lo, lo + cuts[-1].end() if cuts else pos) if not toks else None
    if aside:                           # "Like-for-like sales, which strip out new stores, slipped 0.8%"
        return subject_before(body, aside.start(), verb=False)
    keep, first, verb_at = _phrase_back(toks)
    if verb_at is not None and verb:    # "rates are set to remain on hold at 4.75%": the verb's subject
        return subject_before(body, spans[verb_at + 1], verb=True)
    while keep and keep[-1].lower() in _OBJ_PREPOSITIONS:
        keep.pop()                      # the phrase read backwards ends at its first word
        first += 1
    keep.reverse()
    if any(_another_amount(keep, k) for k in range(len(keep))):
        return None                     # "Its $17m profit ... was dwarfed by the $204m": another amount's phrase
    changed = _past_change_noun(keep)
    if changed is not None:             # "a 52% rise in net profits to £198m": what rose
        return object_at(body, spans[first + changed])
    phrase = " ".join(keep).strip("'’")
    if (not any(t.isalpha() for t in phrase.replace("'", "").replace("’", "").replace("-", "").split())
            or phrase.lower() in DETERMINERS or phrase.lower() in _NO_SUBJECT):      # not "12cm"
        return None
    return None if phrase.rstrip(".").lower() in _DATE_WORDS else phrase     # "from £190,329 in November to"


_TOKEN = re.compile(r"\S+")
#: A short aside in brackets with no figure in it: "The producer price index (PPI)", "Shell (RDSA.L)".
_BRACKET_ASIDE = re.compile(r"[ ]\([A-Za-z][A-Za-z&.'’ -]{0,28}\)(?=[ ])")


def _blanked(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _premodifier_start(toks: list[str]) -> int | None:
    """Where an article and its adjectives right before an amount start ('hit a record', 'for a reported'):
    they open the amount's own noun phrase, so the subject stands before the verb or preposition ahead."""
    n = len(toks)
    for j in range(n - 1, max(-1, n - 4), -1):
        low = toks[j].lower()
        if low in ("a", "an", "the"):
            words = [t.lower() for t in toks[j:]]
            if (j == 0 or " ".join(words) in _NO_SUBJECT or not toks[j - 1].isalpha()
                    or not toks[j - 1].islower() or toks[j - 1] in DETERMINERS
                    or j == n - 1 and toks[j - 1] not in _OBJ_PREPOSITIONS):
                return None                 # "paid a £5": an article alone after a verb is no sign
            return j
        if (not (toks[j].isalpha() and toks[j].islower()) or low in _NP_LEFT_STOP or low in HEDGE_WORDS
                or low in _AUX or not _adjective_like(low)):
            return None                 # "at a race 26.2 miles long": a noun, the phrase's own head
    return None


def _adjective_like(low: str) -> bool:
    """A word that reads as an adjective before an amount ('a record', 'a reported', 'a whopping', 'the annual')."""
    return low in QUANTITY_PREMODIFIERS or low.endswith(_ADJECTIVE_ENDINGS)


_ADJECTIVE_ENDINGS = ("ed", "ing", "est", "ive", "ous", "al", "ful", "ic", "able", "ible")


def _verbish(tok: str) -> bool:
    """A lower-case word that is a verb before a preposition ('remain on', 'traded in')."""
    low = tok.lower()
    return tok.isalpha() and tok.islower() and low not in DETERMINERS and low not in _CLAUSE_LINKS and (
        low in OBJECT_STOP or low in OBJECT_VERBS or low in _MAIN_VERBS or low in _AMOUNT_VERBS or low.endswith("ed"))


_CHANGE_NOUNS = UP_NOUNS | DOWN_NOUNS
#: Words that join clauses or phrases: no verb, though they end a phrase.
_CLAUSE_LINKS = frozenset("and or nor but that which who whom whose than as if so yet then".split())


def _period_before(toks: list[str], i: int, keep: list[str]) -> int | None:
    """Where the phrase before a period phrase ends: 'Operating profit | for the 12 months to September'."""
    tok = toks[i].lower()
    if not keep or keep[-1].lower() not in PERIOD_NOUNS or not (tok[:1].isdigit() or tok in ONES or tok in TENS):
        return None
    j = i - 1
    if j >= 0 and toks[j].lower() in _SPAN_WORDS:
        j -= 1                          # "for the first six months"
    if j >= 2 and toks[j].lower() in DETERMINERS and toks[j - 1].lower() in ("for", "in", "over", "during", "of"):
        return j - 2
    return None


def _opens_phrase(toks: list[str], i: int) -> bool:
    """``toks[i]`` is an article or a possessive: what follows it is one noun phrase ('the listed firm')."""
    return i >= 0 and (toks[i].lower() in ("a", "an", "the") or toks[i].endswith(_POSSESSIVE))


def _past_change_noun(keep: list[str]) -> int | None:
    """Where the phrase after a noun of change starts: 'A fall in | the rate of inflation (to 2.3%)'."""
    j = 1 if keep and keep[0].lower() in ("a", "an", "the") else 0
    if len(keep) > j + 2 and keep[j].lower() in _CHANGE_NOUNS and keep[j + 1].lower() in ("in", "of"):
        return j + 2
    return None


def _another_amount(keep: list[str], k: int) -> bool:
    """``keep[k]`` is a figure of its own, not part of a name ('the FTSE 100')."""
    tok = keep[k]
    if tok[:1] in "$£€¥" or tok.endswith("%"):
        return True
    return tok[:1].isdigit() and not (tok.isdigit() and k and keep[k - 1][:1].isupper())


def _phrase_full(keep: list[str]) -> bool:
    """Five words, or eight with a preposition inside ('The average rate on a two-year fixed mortgage')."""
    return len(keep) >= (8 if any(k.lower() in _OBJ_PREPOSITIONS for k in keep) else 5)


def _phrase_back(toks: list[str]) -> tuple[list[str], int, int | None]:
    """The noun phrase that ends ``toks``, read backwards, the index of its first word, and the index of the
    verb before it when the phrase is that verb's prepositional complement ('remain on hold'), not a subject."""
    keep: list[str] = []
    i = len(toks) - 1
    end = len(toks)                     # the phrase is toks[end - len(keep):end]
    while i >= 0:
        tok = toks[i]
        low = tok.lower()
        if low in DETERMINERS or low.endswith(_POSSESSIVE) and keep:
            keep.append(tok)
            if low in DETERMINERS and not (i >= 2 and toks[i - 1].lower() in _OBJ_PREPOSITIONS and keep
                                           and toks[i - 2][:1].isalpha() and (toks[i - 2].lower() not in _NP_LEFT_STOP
                                                                              or toks[i - 2][:1].isupper())):
                break
            i -= 1
            continue
        period = _period_before(toks, i, keep)
        if period is not None:          # "Pre-tax profit for the six months to June rose"
            keep, i, end = [], period, period + 1
            continue
        if tok.isdigit() and i and toks[i - 1][:1].isupper() and toks[i - 1].lower() not in _OBJ_PREPOSITIONS:
            keep.append(tok)
            i -= 1
            continue
        if low in _OBJ_PREPOSITIONS and keep and i and toks[i - 1][:1].isalpha():
            if (toks[i - 1].lower() not in _NP_LEFT_STOP or toks[i - 1][:1].isupper()) and \
                    toks[i - 1].lower() not in _DATE_WORDS:
                keep.append(tok)        # "Shares in Rolls-Royce", "Sales at the chain"; not "to December on"
                i -= 1
                continue
            if _verbish(toks[i - 1]) and not any(k[:1].isupper() for k in keep):
                return keep, end - len(keep), i - 1      # "remain on hold", "fell in the quarter"
        head_of_pp = tok[:1].isupper() and keep and keep[-1].lower() in _OBJ_PREPOSITIONS   # "Support for ..."
        if (low in _NP_LEFT_STOP and not head_of_pp or low in _OBJ_PREPOSITIONS and not keep or low in _AUX
                or not any(c.isalpha() for c in tok) or _phrase_full(keep)):
            break
        if keep and low in SUBJECT_PRONOUNS:
            break
        if keep and low.endswith("ed") and not (tok.islower() and _opens_phrase(toks, i - 1) or (
                i >= 2 and tok.islower() and "-" in toks[i - 1].strip("-") and _opens_phrase(toks, i - 2))):
            break                       # "analysts expected profits"; but "a two-year fixed mortgage"
        keep.append(tok)
        i -= 1
    return keep, end - len(keep), None


_ASIDE_BEFORE = re.compile(r",[ ](?:(?:which|who)[ ][^,;:()]{3,60}|(?:the|a|an)[ ][^,;:()]{2,50}),[ ]?$")
_PARTICIPLE = re.compile(r",[ ](?:[a-z]+ly[ ])?[a-z]{3,}ing\b[^,;:]*$|,[ ](?:up|down)[ ](?:by[ ])?$"
                         r"|[ ]and[ ](?:was|were|is|are|has|had|have)?[ ]?[a-z]{3,}ed\b[^,;:]*$")
#: Phrases that are no subject: what is added, not to what ("giving families an extra £5").
_NO_SUBJECT = frozenset(("an extra", "a further", "another", "an additional", "extra", "a total"))
_MAIN_VERBS = UP_VERBS | DOWN_VERBS | LEVEL_VERBS
_WORD_RE = re.compile(r"[A-Za-z'’-]+")


def main_clause_subject(body: str, pos: int, sent_start: int) -> str | None:
    """'Output shrank for a third month, falling 1.5%', 'X protested and was fined £5,000': a participle
    clause or a second verb after 'and' is stated of the subject of the clause before it."""
    m = _PARTICIPLE.search(body, sent_start, pos)
    if not m:
        return None
    for t in _WORD_RE.finditer(body, sent_start, m.start()):
        low = t.group().lower()
        if t.start() > sent_start and (low in _MAIN_VERBS or low in _AUX or low in _AMOUNT_VERBS
                                       or low.endswith("ed") and t.group().islower()):
            return subject_before(body, t.start(), verb=False)
    return None


def noun_after(body: str, pos: int) -> str | None:
    """The noun phrase right after a number used as a modifier ('engine' in 'a 300-hp engine')."""
    m = re.match(r"[ ]((?:[a-z][\w-]*|[A-Z][\w-]*)(?:[ ][a-z][\w-]*){0,3})", body[pos:pos + 60])
    if not m:
        return None
    words = m.group(1).lower().split(" ")
    first, second = words[0], words[1] if len(words) > 1 else ""
    if (first in OBJECT_STOP or first in COUNT_STOP or first in _AUX or first in HEDGE_WORDS
            or first.endswith(("ed", "ly")) and first not in LY_NOUNS and (not second or second in COUNT_STOP)):
        return None                     # "than the 0.4% reported, ...", but "a 300-hp turbocharged engine"
    return object_at(body, pos + 1)


_NAME_FIRST = re.compile(r"((?:[A-Z][\w'’-]+[ ]){1,3}[A-Z][\w'’-]+)(?=[ ,])")
_DIED_AGED = re.compile(r"\bdied\b[^,;]{0,60}[ ]aged[ ]$")
_RESULT_VERB = re.compile(r"\b(?:beat|beats|defeated|defeats|won|wins|lost|loses|drew|draws|thrashed|edged|edges|"
                          r"overcame|trounced|stunned)\b")
#: A lower-case word after a unit symbol that is the noun it modifies, not an adjective of extent.
_NOUN_NEXT = re.compile(r"[ ](?!(?:long|wide|tall|high|deep|thick|thin|away|off|apart|across|south|north|east|west|"
                        r"above|below|higher|lower|more|less|per|a|an|the|of|in|on|at|to|and|or|by|for|from)\b)[a-z]{3,}\b")
_NOT_MODIFIED = _TIME_STOP | _MONEY_NOT_NOUN | frozenset("overnight each apiece total combined respectively".split())
_FRONTED_OF = re.compile(r"(?:Of|Among)[ ](?:the[ ]|all[ ])?([^,;:()%$£€]{3,60}),[ ]")
#: After an age used as a noun: a lower-case word (its verb), a stop, a comma or a possessive.
_AGE_AS_NOUN = re.compile(r"(?:[ ][a-z]|[,.;:!?)\"”]|['’]s\b|$)")
_AGE_ARTICLE = re.compile(r"\b(?:[Tt]he|an?)[ ]$")
_FRACTION_WORD = re.compile(rf"\b(?:half|{FRACTION})\b", re.I)
_METRES_AND = re.compile(r"[ ](?:and|or|to)[ ]\d[\d,]*m\b")
_TO_RESULT = re.compile(r"[ ][a-z]+[ ]to[ ]$")
_BRACKET_OPEN = re.compile(r"(?<=[A-Za-z])[ ]?\([ ]?$")
_AGED_ASIDE = re.compile(r"(?:,[ ](?:who[ ][^,]{0,70}[ ])?|(?<=[a-z])[ ])aged[ ]$")

#: Kinds whose object is the subject they are stated of when nothing after them names it.
_SUBJECT_KINDS = frozenset("money proportion change rate level measure temperature duration age score".split())


def _determined(before: list[str]) -> bool:
    """The words before an amount end with an article or possessive, maybe and an adjective ('the current 3% limit')."""
    if before and before[-1].lower() in DETERMINERS or before and before[-1].endswith(_POSSESSIVE):
        return True
    return len(before) >= 2 and before[-2].lower() in ("a", "an", "the") and before[-1].lower() in QUANTITY_PREMODIFIERS


def _score_side(body: str, q, sent_start: int, subject: str) -> str | None:
    """The side a score is stated of: "Spain beat Croatia 3-1" and "Spain rallied to beat Croatia 3-1" -> "Spain"."""
    split = _RESULT_VERB.split(subject, 1)
    subject = split[0].strip() or None
    verbs = list(_RESULT_VERB.finditer(body, sent_start, q.start))
    if verbs and (len(split) > 1 or subject and body.rfind(subject, verbs[-1].end(), q.start) >= 0):
        to = _TO_RESULT.search(body, sent_start, verbs[-1].start())
        if to:                          # "X rallied to beat Y"; not "recovering from a poor start to beat Y"
            before = subject_before(body, to.start())
            subject = before if before and before[:1].isupper() else None
        else:
            subject = subject_before(body, verbs[-1].start(), verb=False)
    return subject                      # "X beat Y 7-5": X won, not Y


def with_object(body: str, q, sent_start: int):
    """``q`` with its object and the rule that found it: the phrase a reader found ('of ...', what
    money pays for), else the noun the number modifies ('a 300-hp engine'), else the clause's subject."""
    from pipelines.text.facts.quantity import replace
    from pipelines.text.facts import rules
    if q.obj:
        return q if q.obj_rule else replace(q, obj_rule=rules.OBJECT_MONEY if q.kind == "money" else rules.OBJECT_OF)
    if q.rule == rules.AGE_NAME_COMMA:  # "Maria Lopez, 45, said"
        name = re.search(r"((?:[A-Z][\w'’-]+[ ]){0,3}[A-Z][\w'’-]+),[ ]$", body[max(0, q.start - 60):q.start])
        return replace(q, obj=name.group(1), obj_rule=rules.OBJECT_SUBJECT) if name else q
    if q.rule == rules.AGE_AGED:        # "The victim, aged 19,", "Kowalski, who died in 2001 aged 80"
        aside = _AGED_ASIDE.search(body, max(sent_start, q.start - 90), q.start)
        if aside and aside.group().startswith(" ") and not is_plural_noun(body[:aside.start()].rsplit(" ", 1)[-1]):
            aside = None                # "Britons aged 65", but not "died of cancer aged 81"
        who = subject_before(body, aside.start(), verb=False) if aside else None
        named = _NAME_FIRST.match(body, sent_start) if not who and _DIED_AGED.search(body, sent_start, q.start) else None
        who = who or (named.group(1) if named else None)      # "Ana Ruiz has died of cancer aged 70"
        return replace(q, obj=who, obj_rule=rules.OBJECT_SUBJECT) if who else q
    if q.rule == rules.AGE_YEAR_OLD and body.startswith(" ", q.end):
        first = body[q.end + 1:q.end + 20].split(" ", 1)[0].lower()
        who = object_at(body, q.end + 1) if (first.isalpha() and first not in OBJECT_STOP and first not in _AUX and first not in _OBJ_PREPOSITIONS
                                             and not first.endswith("ed")) else None     # not "the 40-year-old attended"
        if who:
            return replace(q, obj=who, obj_rule=rules.OBJECT_MODIFIED)    # "the 31-year-old former miner"
    if q.rule == rules.AGE_YEAR_OLD and _AGE_AS_NOUN.match(body, q.end) and _AGE_ARTICLE.search(body, max(0, q.start - 4), q.start):
        who = person_before(body, q.start, sent_start)     # "The 29-year-old has won twice": the person named last
        return replace(q, obj=who, obj_rule=rules.OBJECT_ANTECEDENT) if who else q
    if q.rule == rules.AGE_YEAR_OLD and body.startswith(" ", q.end):
        return q
    if q.kind == "proportion" and _BRACKET_OPEN.search(body, max(sent_start, q.start - 3), q.start) and \
            body.startswith(")", q.end):
        open_at = body.rfind("(", sent_start, q.start)
        who = subject_before(body, open_at - 1 if body[open_at - 1:open_at] == " " else open_at, verb=False)
        head = who.rsplit(" ", 1)[-1] if who else ""
        if who and not body.startswith((") of ", ")of "), q.end) and not _FRACTION_WORD.search(body, max(sent_start, open_at - 40), open_at) and (
                is_plural_noun(head) or head[:1].isupper() or head.endswith("ed")):
            # "Most pensioners (61%) and students (72%) use it"; not "half (55%) of them", "a quarter of firms (24%)"
            return replace(q, obj=who, obj_rule=rules.OBJECT_BRACKETED)
    if q.kind == "proportion" and not OF.match(body, q.end):
        group = _FRONTED_OF.match(body, sent_start)
        if group and group.end() <= q.start:            # "Of the bondholders, 38% live abroad"
            return replace(q, obj=group.group(1), obj_rule=rules.OBJECT_OF)
    if q.kind not in _SUBJECT_KINDS or q.kind == "proportion" and OF.match(body, q.end):
        return q                        # "two thirds of that": a share of nothing named
    if q.kind in ("measure", "rate", "level", "change", "duration", "temperature"):
        share = object_of(body, q.end)  # "512 GB of storage", "three years of talks"
        if share:
            return replace(q, obj=share, obj_rule=rules.OBJECT_OF)
    if q.rule == rules.MEASURE_METRES:  # "the 400m hurdles", "800m and 1,500m gold": the event it names
        both = _METRES_AND.match(body, q.end)
        pos = both.end() if both else q.end
        nxt = _NOUN_NEXT.match(body, pos)
        event = noun_after(body, pos) if nxt and nxt.group().strip() not in _NOT_MODIFIED else None
        if event:
            return replace(q, obj=event, obj_rule=rules.OBJECT_MODIFIED)
    glued = body[q.end - 1:q.end].isalnum() and body[q.start:q.end].count(" ") <= 1 and "-" in body[q.start:q.end]
    before = body[max(sent_start, q.start - 12):q.start].split()
    determined = _determined(before)
    nxt = _NOUN_NEXT.match(body, q.end)
    symbol = (q.kind == "measure" and q.dimension is not None and " " not in body[q.start:q.end].strip()
              and nxt is not None and nxt.group().strip() not in _NOT_MODIFIED)    # "256GB storage", "45W charging"
    owned = q.kind in ("proportion", "level") and bool(before) and before[-1].endswith(_POSSESSIVE)   # "America's 5.4% jobless rate"
    modifier = (glued or determined and q.kind in ("measure", "rate", "duration", "proportion") or q.unit == "magnitude" or symbol
                or owned)
    after = noun_after(body, q.end) if modifier else None
    if after:                           # "a 300-hp engine", "its 5,000mAh battery"
        return replace(q, obj=after, obj_rule=rules.OBJECT_MODIFIED)
    subject = subject_before(body[:q.start], q.start) if q.start > sent_start else None
    subject = subject or main_clause_subject(body, q.start, sent_start)
    if subject and q.kind == "money" and len(subject.split()) <= 3 and _names_a_period(subject) and not subject[:1].isupper():
        subject = None                  # "rose 8% in the quarter to $90m": a period is no subject
    if subject and q.kind == "score":
        subject = _score_side(body, q, sent_start, subject)
    if subject and body.rfind(subject, sent_start, q.start) >= sent_start:
        return replace(q, obj=subject, obj_rule=rules.OBJECT_SUBJECT)
    label = SPEC_LABEL.search(body, max(sent_start, q.start - 40), q.start)
    if not label:                       # "Display: 6.7in OLED, 120Hz": a later item on the label's line
        line = body.rfind("\n", 0, q.start) + 1
        label = SPEC_LINE.match(body, line) if q.start - line <= 80 and not _FULL_STOP.search(body, line, q.start) else None
    if label:                           # "Battery: 5,000mAh", "Top speed - 155mph"
        return replace(q, obj=label.group("label"), obj_rule=rules.OBJECT_LABEL)
    return q
