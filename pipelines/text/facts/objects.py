"""What a number measures: the noun it counts and the phrase it is a share, amount or part of."""
from __future__ import annotations

import re

from pipelines.text.common import alt as _alt
from pipelines.text.facts.antecedents import person_before
from pipelines.text.facts.changes import changed_by
from pipelines.text.facts.patterns import MONEY_NOUN, MONEY_ON, MONEY_PAREN, OF, WORTH_LEFT
from pipelines.text.facts.phrases import (
    DATE_WORDS, LY_NOUNS, NP_LEFT_STOP, OBJ_PREPOSITIONS, OBJECT_STOP, OBJECT_VERBS, POSSESSIVE, TIME_STOP,
    VERB_FOLLOWERS, counted_unit, is_plural_noun, object_at, object_of,
)
from pipelines.text.facts.subjects import AUX, main_clause_subject, subject_before
from pipelines.text.lexicon.changes import (
    AMOUNT_MOVE_VERBS, CHANGE_NOUNS, DOWN_AFTER, DOWN_VERBS, LEVEL_NOUNS, UP_AFTER, UP_VERBS,
)
from pipelines.text.lexicon.currencies import CURRENCY_NAMES
from pipelines.text.lexicon.english import (
    DETERMINERS, FIGURE_LABEL_ADJECTIVES, FIGURE_LABELS, ING_NOUNS, ODDS_NOUNS, PENALTY_PASSIVES, PERSONAL_SUBJECTS,
    POSSESSIVE_DETERMINERS, RESULT_NOUNS, SEEING_VERBS, STOPWORDS, SUE_VERBS,
)
from pipelines.text.lexicon.gazetteer import gazetteer
from pipelines.text.lexicon.hedges import HEDGE_WORDS, HEDGES
from pipelines.text.lexicon.prices import GET_VERBS, PAY_PARTICLES, PAY_VERBS, SPENT_PARTICIPLES, TRADE_VERBS
from pipelines.text.lexicon.units import COUNT_STOP, PERIOD_NOUNS, QUANTITY_PREMODIFIERS
from pipelines.text.numbers import FRACTION, ONES, TENS

#: What the readers use; the phrase reader lives in ``phrases``, the subject finder in ``subjects``.
__all__ = ["OBJECT_STOP", "changed_after", "counted_unit", "money_object", "object_at", "object_of", "stake_object",
           "subject_before", "with_object"]

#: Words after an amount that say how or where, not what for: "£100 every year", "$300m worldwide".
_MONEY_NOT_NOUN = frozenset("""
every worldwide outside inside abroad overseas cheaper dearer bigger smaller larger higher lower
greater better worse short shy apiece net gross mark level barrier threshold figure example instance
average
""".split())
#: A spec line's label right before its value: "Battery: 5,000mAh", "Weight - 180g".
SPEC_LABEL = re.compile(r"(?:^|(?<=[\n.;|]))[ ]*(?P<label>[A-Z][\w'’/&-]*(?:[ ][\w'’/&()-]+){0,4}?)[ ]?[:–—-][ ]+"
                        r"(?:(?:about|around|up[ ]to|over|under|approx\.?)[ ])?$")
#: A spec line's label at the start of its line: "Display: 6.7in OLED, 120Hz".
SPEC_LINE = re.compile(r"[ ]*(?P<label>[A-Z][\w'’/&-]*(?:[ ][\w'’/&()-]+){0,3}?)[ ]?:[ ]+")
_FULL_STOP = re.compile(r"\.(?!\d)")


def _names_a_period(obj: str) -> bool:
    """'the quarter', 'the first half', 'total': a phrase that says when or how, not what for; but
    not a period word that modifies the plural noun after it ('total debts', 'season tickets')."""
    toks = [t.lower() for t in obj.split() if t.lower() not in DETERMINERS]
    return not toks or any(t in PERIOD_NOUNS and not (i + 1 < len(toks) and is_plural_noun(toks[i + 1])
                                                      and toks[i + 1] not in PERIOD_NOUNS)
                           for i, t in enumerate(toks[:3]))


_STAKE = re.compile(r"[ ](?:[a-z]+[ ])?(?:stake|share|holding|shareholding|interest|shareholder|owner|stakeholder)"
                    r"[ ](?:in|of)[ ]")
_WORTH_OF = re.compile(r"[ ]worth[ ]of[ ]")
#: A noun's own figure right after it: "a turnover of £392m".
_OWN_FIGURE = re.compile(r"[ ]of[ ](?:[a-z]+[ ]){0,2}[$£€¥]\d")


def stake_object(body: str, pos: int) -> str | None:
    """What a percentage stake is held in: 'a 40% stake in the brewer' -> 'the brewer'."""
    m = _STAKE.match(body, pos)
    return object_at(body, m.end()) if m else None


_CHANGE_AFTER = re.compile(
    r"[ ](?:(?:rise|increase|jump|gain|growth|hike|surge|climb|fall|drop|decline|cut|loss|slump|dip|decrease|"
    r"reduction)[ ](?:in|of)[ ]|(?:higher|lower|greater|smaller|bigger|fewer)[ ](?=[a-z]))")


_WORD_AFTER = re.compile(r"([a-z]+)\b")
#: Words after "higher" or "lower" that start no noun phrase of their own ("2% lower at 30p", "lower than").
_NOT_CHANGED_NOUN = COUNT_STOP | OBJECT_STOP | frozenset("on in at by for from to than".split())


def changed_after(body: str, start: int, end: int) -> str | None:
    """What a change written before its noun changes: 'a 6% rise in energy bills', 'a 15% lower risk of X'."""
    before = body[max(0, start - 16):start].split()
    m = _CHANGE_AFTER.match(body, end)
    if not m:
        return None
    if not (before and (before[-1].lower() in ("a", "an", "the") or before[-1].endswith(POSSESSIVE))   # "December's 4% rise in"
            or len(before) >= 2 and before[-2].lower() in ("a", "an")
            and before[-1].isalpha() and before[-1].islower() and before[-1] not in NP_LEFT_STOP):   # "a solid 12% rise in"
        noun = _WORD_AFTER.match(body, m.end())      # "reflected 20% higher ingredient costs"; not "2% lower at"
        if not (m.group().strip() in UP_AFTER | DOWN_AFTER and noun and noun.group(1) not in _NOT_CHANGED_NOUN):
            return None
    obj = object_at(body, m.end())
    words = obj.split(" ") if obj else []
    if words and words[0].rstrip(".").lower() in DATE_WORDS and (len(words) == 1 or words[1][:1].isdigit()):
        return None                     # "an increase in October", but "a surge in February sales"
    return obj


#: A capitalised word after an amount: a name or an acronym that may open the noun the amount modifies.
_NAME_AFTER = re.compile(r"[ ]([A-Z][A-Za-z&-]*)\b(?=[ ][a-z])")
#: An article right before an amount: the word after the amount is its noun ("a £4bn project that ...").
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)[ ]$")
#: "a", "an" right before an amount: the amount opens a noun phrase whose head follows ("a $27m back tax bill").
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)[ ]$")


_ONTO = re.compile(r"[ ](?:to|off|from|into|onto)[ ](?=[a-z])")
_VERB_BEFORE = re.compile(r"\b([a-z]+)[ ](?:(?:about|around|almost|nearly|roughly|some|over|up[ ]to|more[ ]than|"
                          r"less[ ]than|another|a[ ]further|an[ ]extra)[ ])?$")


_LINK_BEFORE = re.compile(r"\b(?:to|from|at|by)[ ]$")


def _moved_onto(body: str, start: int, pos: int) -> re.Match[str] | None:
    """'added $9bn to its market value', 'knock 125m euros off its profits', 'put $300m into X': where the
    amount goes or comes from, after a verb that moves an amount."""
    m = _ONTO.match(body, pos)
    if not m:
        return None
    verb = _VERB_BEFORE.search(body, max(0, start - 40), start)
    return m if verb and verb.group(1) in AMOUNT_MOVE_VERBS else None


#: A participle after an amount that sends it somewhere: "£80m spent annually on", "$2bn to be invested in".
_SPENT_ON = re.compile(rf"[ ](?:to[ ]be[ ]|being[ ]|been[ ])?(?:{_alt(SPENT_PARTICIPLES)})(?:[ ]aside)?(?:[ ][a-z]{{3,}}ly)?"
                       r"[ ](?:on|in|for|towards?)[ ](?=[\w'’])")
#: A verb of paying right before an amount (maybe with a hedge): "has paid (about) $1bn".
_PAID_BEFORE = re.compile(rf"\b(?:{_alt(PAY_VERBS)})[ ](?:(?:{_alt(PAY_PARTICLES)})[ ])?(?:(?:{_alt(HEDGES)}|a[ ]reported)[ ])?$")
#: "paid $1bn for", "spend $3bn to buy", "fork out £9,000 to own"
_FOR_AFTER = re.compile(rf"[ ](?:for|to[ ](?:{_alt(TRADE_VERBS | GET_VERBS)}))[ ](?=[\w'’])")
#: A verb of buying or selling: the last one before "for" and a price names what is traded.
_TRADE_VERB = re.compile(rf"\b(?:{_alt(TRADE_VERBS)})\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)[ ](?:[a-z]+ly[ ])?$")
#: Who a thing is bought from or sold to, after it: "sell a minority stake to Italian bank Mediobanca".
_COUNTERPARTY = re.compile(r"[ ](?:to|from)[ ]")
#: A relative pronoun and its subject right before the verb: "the car maker Rover which it sold (for £10)".
_WHICH_BEFORE = re.compile(r"(?:,[ ]|[ ])(?:which|that)[ ](?:[a-z]+[ ]){0,2}$")


def _traded_thing(body: str, start: int) -> str | None:
    """What a price is paid for when the verb of buying or selling comes first: 'agreed to buy Alfa's stake in
    X for $5bn' -> "Alfa's stake in X"; 'The mill, Kryvbas, was sold in 2004 for $800m' -> 'The mill'."""
    lo = max(0, start - 110)
    verbs = list(_TRADE_VERB.finditer(body, lo, start - 5))
    if not verbs or any(c in body[verbs[-1].end():start - 5] for c in ";:.!?()\n"):
        return None
    m = verbs[-1]
    if _PASSIVE_BEFORE.search(body, max(0, m.start() - 20), m.start()):
        return subject_before(body, m.start(), verb=False)     # "X was sold in June for": what was sold
    which = _WHICH_BEFORE.search(body, max(0, m.start() - 24), m.start())
    if which and body[m.end():start - 5].strip() == "":
        ante = subject_before(body, which.start(), verb=False)  # "Rover, which it sold for £10": the antecedent
        owner, of, named = ante.partition(" of ") if ante else ("", "", "")
        return named if of and owner.split(" ", 1)[0].lower() in POSSESSIVE_DETERMINERS else ante   # "its stewardship of Rover"
    thing = body[m.end() + 1:start - 5]
    first = thing.split(" ", 1)[0].lower()
    if not thing or first in OBJ_PREPOSITIONS or first in OBJECT_STOP or first in TIME_STOP or first in ("it", "them", "up", "out"):
        return None                     # "sold in June for", "bought it for", "sold out for"
    thing = object_at(body, m.end() + 1)
    return _COUNTERPARTY.split(thing, 1)[0] if thing else None     # "sell a stake to X": not who buys it


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
    traded = _traded_thing(body, start) if body.startswith(" for ", start - 5) else None
    if traded:                          # "agreed to buy payroll firm X for £2bn in cash"
        return traded
    spent = _SPENT_ON.match(body, pos)
    paid = _FOR_AFTER.match(body, pos) if not spent and _PAID_BEFORE.search(body, max(0, start - 30), start) else None
    purpose = spent or paid or MONEY_ON.match(body, pos) or _moved_onto(body, start, pos)
    obj = object_at(body, purpose.end()) if purpose else None
    if obj and _OWN_FIGURE.match(body, purpose.end() + len(obj)):
        obj = None                      # "profits of £21m on a turnover of £392m": the turnover is the other figure's
    if (obj and not _names_a_period(obj) and obj.split(" ", 1)[0].lower() not in _MONEY_NOT_NOUN
            and not obj.split(" ", 1)[0].endswith(("ing", "ly"))):   # "spent $5m on buying a stake": a gerund says how
        return obj                      # "spend £2bn on new schools", "$500m in aid" (not "in the quarter")
    named = _NAME_AFTER.match(body, pos)
    head = object_at(body, named.start(1)) if named and _determined(body[max(0, start - 12):start].split()) else None
    if head and " " in head and head.rsplit(" ", 1)[-1].islower():
        return head                     # "its $74m (£40m) US box office total"; not "the $6bn Rosneft borrowed"
    w = MONEY_NOUN.match(body, pos) if not _LINK_BEFORE.search(body, max(0, start - 6), start) else None
    if w:                               # not "rose to $8,100 hurt miners": a figure after "to" modifies nothing
        low = w.group("w")
        after = body[w.end("w"):w.end("w") + 16].split(" ")
        head_next = (len(after) > 1 and after[1].isalpha() and after[1].islower() and after[1] not in COUNT_STOP
                     and after[1] not in OBJECT_STOP and bool(_INDEFINITE_BEFORE.search(body, max(0, start - 4), start)))
        if not (low in COUNT_STOP and not head_next or low in OBJECT_STOP or low in OBJECT_VERBS or low in CURRENCY_NAMES
                or low.endswith(("ed", "ly")) or low in ONES or low in TENS or low in HEDGE_WORDS
                or low.endswith("ing") and low not in ING_NOUNS and not _ARTICLE_BEFORE.search(body, max(0, start - 5), start)
                or low in _MONEY_NOT_NOUN
                or len(after) > 1 and after[1].lower() in VERB_FOLLOWERS
                and not _ARTICLE_BEFORE.search(body, max(0, start - 5), start)):   # "$5m beat its target"
            obj = object_at(body, w.start("w"))
            return obj.split(" to ", 1)[0] if obj else None     # "a charge to pay for ...": a purpose clause
    lm = WORTH_LEFT.search(body, max(0, start - 14), start)
    if lm:                              # "a takeover bid worth £1bn", "the deal is worth $2bn"
        words = body[max(0, lm.start() - 60):lm.start()].split(" ")[1:]
        while words and words[-1].lower() in AUX:
            words.pop()
        keep: list[str] = []
        for tok in reversed(words):
            low = tok.lower()
            if (not tok or not tok[0].isalpha() or tok[-1] in ",;:.!?\"”" or low in NP_LEFT_STOP
                    or low in DETERMINERS or low.endswith(("ed", "ly")) or len(keep) == 4
                    or low.endswith("ing") and low not in ING_NOUNS
                    or low in ONES or low in TENS):     # "examine eight other contracts worth $3bn"
                break
            keep.append(tok)
        return " ".join(reversed(keep)) or None
    return None


def noun_after(body: str, pos: int) -> str | None:
    """The noun phrase right after a number used as a modifier ('engine' in 'a 300-hp engine')."""
    m = re.match(r"[ ]((?:[a-z][\w-]*|[A-Z][\w-]*)(?:[ ][a-z][\w-]*){0,3})", body[pos:pos + 60])
    if not m:
        return None
    words = m.group(1).lower().split(" ")
    first, second = words[0], words[1] if len(words) > 1 else ""
    if (first in OBJECT_STOP or first in COUNT_STOP or first in AUX or first in HEDGE_WORDS
            or first.endswith(("ed", "ly")) and first not in LY_NOUNS and (not second or second in COUNT_STOP)):
        return None                     # "than the 0.4% reported, ...", but "a 300-hp turbocharged engine"
    return object_at(body, pos + 1)


#: The name that opens a death notice, right before its comma or verb: "Legendary Dutch coach Rinus Michels, the man".
_NAME_FIRST = re.compile(r"(?:[^,;:]*?[ ])?((?:[A-Z][\w'’-]+[ ]){1,3}[A-Z][\w'’-]+)(?=,|[ ](?:has|had|was|is|who)[ ])")
_DIED_AGED = re.compile(r"\bdied\b[^,;]{0,60}[ ]aged[ ]$")
_RESULT_VERB = re.compile(r"\b(?:beat|beats|defeated|defeats|won|wins|lost|loses|drew|draws|thrashed|edged|edges|"
                          r"overcame|trounced|stunned)\b")
#: Units of a race's distance: after "the" or an owner, with no noun after it, the distance is an event's name.
_RACE_UNITS = frozenset(("m", "km", "mile"))
_EVENT_BEFORE = re.compile(r"(?:\bthe|['’]s)[ ]$")
_EVENT_END = re.compile(r"(?:[,.;:!?)]|[ ](?:and|or|in|at|on|with|for|this|last|next)\b|$)")
#: A lower-case word after a unit symbol that is the noun it modifies, not an adjective of extent.
_NOUN_NEXT = re.compile(r"[ ](?!(?:long|wide|tall|high|deep|thick|thin|away|off|apart|across|south|north|east|west|"
                        r"above|below|higher|lower|more|less|per|a|an|the|of|in|on|at|to|and|or|by|for|from)\b)[a-z]{3,}\b")
_NOT_MODIFIED = TIME_STOP | _MONEY_NOT_NOUN | frozenset("overnight each apiece total combined respectively".split())
#: A group named before its share, also after a conjunction: "Of the bondholders, 38% ...", "But of those asked, 60% ...".
_FRONTED_OF = re.compile(r"(?:(?:But|And|Yet|So)[ ](?:of|among)|Of|Among)[ ](?:the[ ]|all[ ])?([^,;:()%$£€]{3,60}),[ ]")
#: What a multiple multiplies, after it: "six times as much data", "four times as many cars".
_TIMES_AS = re.compile(r"[ ]as[ ](?:many|much)[ ](?=[a-z])")
#: After an age used as a noun: a lower-case word (its verb), a stop, a comma or a possessive.
_AGE_AS_NOUN = re.compile(r"(?:[ ][a-z]|[,.;:!?)\"”]|['’]s\b|$)")
_AGE_ARTICLE = re.compile(r"\b(?:[Tt]he|an?)[ ]$")
_FRACTION_WORD = re.compile(rf"\b(?:half|{FRACTION})\b", re.I)
#: A phrase that is only a share: "a quarter", "two thirds", "half", "a half".
_FRACTION_ONLY = re.compile(rf"(?:(?:the|a|about|almost|nearly|only|just|some|over)[ ])*(?:half|{FRACTION})", re.I)
_METRES_AND = re.compile(r"[ ](?:and|or|to)[ ]\d[\d,]*m\b")
_TO_RESULT = re.compile(r"[ ][a-z]+[ ]to[ ]$")
_BRACKET_OPEN = re.compile(r"(?<=[A-Za-z])[ ]?\([ ]?$")
_AGED_ASIDE = re.compile(r"(?:,[ ](?:who[ ][^,]{0,70}[ ])?|(?<=[a-z])[ ])aged[ ]$")

#: Kinds whose object is the subject they are stated of when nothing after them names it.
_SUBJECT_KINDS = frozenset("money proportion change rate level measure temperature duration age score".split())


#: More set scores right after a score: "a 6-2 5-7 6-2 loss", "7-6 (7-3) 6-4".
_SET_RUN = re.compile(r"(?:[ ]\(?\d{1,2}-\d{1,2}\)?)+")
#: A score in an aside that says which side trails or leads: "when Wales, 9-8 down, were awarded".
_SCORE_ASIDE = re.compile(r"[ ](?:down|up|ahead|behind|in[ ]front)[,;)]")
#: A capitalised word right after a percentage that is a name's, not a noun's: "host of 100% Homegrown on".
_TITLE_AFTER = re.compile(r"[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)*(?=[ ](?:on|in|at|for|with|and|is|was|has)\b|[,.;:!?)\"”]|$)")


#: A noun of growth or of a rate right after a percentage, with no article: "with 5% growth forecast", "15% interest rates".
_RATE_NOUN_NEXT = re.compile(rf"[ ](?:{_alt(LEVEL_NOUNS)})\b(?![-'’])")     # not "a 12% fall": a change is no thing


#: A lower-case word right after a percentage, then a preposition or the clause's end: "expected 6% expansion in 2005".
_BARE_NOUN_NEXT = re.compile(r"[ ]%?([a-z]{4,})(?=[ ](?:in|on|of|for|among|across|at|from|with)\b|[,.;:!?)\"”]|$)")


def _bare_noun_next(body: str, end: int) -> bool:
    """A percentage that modifies the noun after it, which has no article: '40% representation on boards'."""
    m = _BARE_NOUN_NEXT.match(body, end)
    if not m:
        return False
    word = m.group(1)
    return not (word in STOPWORDS or word in NP_LEFT_STOP or word in TIME_STOP or word in _NOT_MODIFIED
                or word in PERIOD_NOUNS or word in OBJ_PREPOSITIONS or word in CHANGE_NOUNS or word.endswith(("ly", "ed"))
                or word.endswith("ing") and word not in ING_NOUNS)


#: An auxiliary right after a figure: the figure is the subject of a clause of its own ("found $5m was spent").
_OWN_CLAUSE = re.compile(r"(?:[ ]\([^()]{1,30}\))?[ ](?:was|were|is|are|has|had|have|will|would|could)\b")
_TO_VERB = re.compile(r"[ ](?:\([^()]{1,30}\)[ ])?to[ ][a-z]")
_IT_TAKES = re.compile(r"\b[Ii]t[ ](?:[a-z]+[ ])?(?:take|takes|took|cost|costs|need|needs|needed|require|requires)[ ]"
                       r"(?:[a-z]+[ ]){0,2}$")


def _determined(before: list[str]) -> bool:
    """The words before an amount end with an article or possessive, maybe and an adjective ('the current 3% limit');
    an opening quote or bracket is no word of its own ('"That 1.5% growth rate')."""
    before = [t.lstrip("\"“‘'(") for t in before]
    if before and before[-1].lower() in DETERMINERS or before and before[-1].endswith(POSSESSIVE):
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


#: A figure alone in a dashed aside right after a noun phrase: "the price offered - 300p a share - is".
_DASH_OPEN = re.compile(r"[ ](?:--|[-–—])[ ](?:at[ ])?$")     # also "Pernod - at 7.5bn euros - is"
_DASH_CLOSE = re.compile(r"[ ]?(?:\([^()]{1,40}\)[ ])?(?:[ ]?[a-z][^-–—\d()$£€¥%,;:.]{1,50}?[ ])?(?:--|[-–—])[ ]")   # "- 37cm short of X -"
#: An earlier figure's owner: "rose 4.3% in the year, up from November's (4.2%)", "against last year's", "well above
#: 2003's (9.1%)".
_FROM_OWNER = re.compile(r"(?:up[ ]|down[ ])?(?:from|compared[ ]with|compared[ ]to|against|above|below|than)[ ](?:a[ ]|the[ ])?"
                         r"(?:revised[ ])?(?:[A-Za-z]+[ ])?[\w-]+['’]s[ ]$")
#: An earlier figure compared with right before this one: "rose by £7.2bn, up on the (£7.1bn rise)", "rose by
#: £1.5bn, more than the (£1.4bn) expected".
_UP_ON = re.compile(r"(?:(?:up|down)[ ]on|(?:more|less|higher|lower|greater|smaller)[ ]than|above|below)[ ]"
                    r"(?:a|the|[\w-]+['’]s)[ ]$")
#: A year, which is no figure a later one is compared with: "grew 8.1% in 2005, well above 2004's 7.2%".
_YEAR_AT = re.compile(r"(?:19|20)\d\d\b(?![%.,]\d|[ ]?(?:%|per|bn|m\b))")
_FIGURE_AT = re.compile(r"(?<![\w.,($£€¥])[$£€¥]?\d")     # not a conversion in brackets: "$5.8bn" in "£3bn ($5.8bn)"


def _dashed_aside(body: str, q, sent_start: int) -> str | None:
    """The noun phrase a figure in a dashed aside is stated of: "the price offered - 300p a share - is high"."""
    dash = _DASH_OPEN.search(body, max(sent_start, q.start - 7), q.start)
    if not dash or not _DASH_CLOSE.match(body, q.end):
        return None
    named = subject_before(body, dash.start(), verb=False)
    return named if named and named.lower() not in PERSONAL_SUBJECTS else None


def _earlier_figures(body: str, q, sent_start: int, modifies: bool = False) -> str | None:
    """An earlier period's figure, 'up from November's 4.2%', is about what the figure before it is about; so is
    one compared with it ('more than the £1.4bn expected'), unless it modifies a noun of its own ('less than the
    20% share') and ``modifies`` (the noun is only a change: 'up on the £7.1bn rise') is not set."""
    m = _FROM_OWNER.search(body, max(sent_start, q.start - 50), q.start)
    nxt = body[q.end + 1:q.end + 30].split(" ", 1)[0] if body.startswith(" ", q.end) else ""
    if not m and (modifies or not _NOUN_NEXT.match(body, q.end) or nxt.endswith("ed") or nxt in CHANGE_NOUNS):
        m = _UP_ON.search(body, max(sent_start, q.start - 30), q.start)     # not "less than the 20% share"
    if not m:
        return None
    figures = [f for f in _FIGURE_AT.finditer(body, sent_start, m.start()) if not _YEAR_AT.match(body, f.start())]
    return subject_before(body, figures[-1].start()) if figures else None


def _age_object(body: str, q, sent_start: int):
    """An age with whom it is of ('Maria Lopez, 45,', 'the 31-year-old former miner'), ``q`` itself when it
    is of no one named, or None when the age rules have nothing to say and the general ones go on."""
    from pipelines.text.facts.quantity import replace
    from pipelines.text.facts import rules
    if q.rule == rules.AGE_NAME_COMMA:  # "Maria Lopez, 45, said"
        name = re.search(r"((?:[A-Z][\w'’-]+[ ]){0,3}[A-Z][\w'’-]+),[ ]$", body[max(0, q.start - 60):q.start])
        return replace(q, obj=name.group(1), obj_rule=rules.OBJECT_SUBJECT) if name else q
    if q.rule == rules.AGE_AGED:        # "The victim, aged 19,", "Kowalski, who died in 2001 aged 80"
        aside = _AGED_ASIDE.search(body, max(sent_start, q.start - 90), q.start)
        if aside and aside.group().startswith(" ") and not is_plural_noun(body[:aside.start()].rsplit(" ", 1)[-1]):
            aside = None                # "Britons aged 65", but not "died of cancer aged 81"
        who = subject_before(body, aside.start(), verb=False) if aside else None
        named = _NAME_FIRST.match(body, sent_start, q.start) if not who and _DIED_AGED.search(body, sent_start, q.start) else None
        who = who or (named.group(1) if named else None)      # "Ana Ruiz has died of cancer aged 70"
        return replace(q, obj=who, obj_rule=rules.OBJECT_SUBJECT) if who else q
    if q.rule == rules.AGE_YEAR_OLD and body.startswith(" ", q.end):
        raw = body[q.end + 1:q.end + 20].split(" ", 1)[0]
        name = raw.rstrip(",;:.")
        if name[:1].isupper() and name not in gazetteer().demonyms:
            raw = name                  # "the 17-year-old Murray, with": a name; not "the 31-year-old Dane,"
        first = raw.lower()
        who = object_at(body, q.end + 1) if (first.isalpha() and first not in OBJECT_STOP and first not in AUX and first not in OBJ_PREPOSITIONS
                                             and not first.endswith("ed")) else None     # not "the 40-year-old attended"
        if who:
            return replace(q, obj=who, obj_rule=rules.OBJECT_MODIFIED)    # "the 31-year-old former miner"
    if q.rule == rules.AGE_YEAR_OLD and _AGE_AS_NOUN.match(body, q.end) and _AGE_ARTICLE.search(body, max(0, q.start - 4), q.start):
        who = person_before(body, q.start, sent_start)     # "The 29-year-old has won twice": the person named last
        return replace(q, obj=who, obj_rule=rules.OBJECT_ANTECEDENT) if who else q
    if q.rule == rules.AGE_YEAR_OLD and body.startswith(" ", q.end):
        return q
    return None


#: After a result noun, a preposition that opens a side: "a 2-1 win over Town", "a defeat to the visitors".
_SIDE_PREPOSITIONS = frozenset("over against with to for of by".split())


def _bare_result(obj: str) -> bool:
    """'win', 'lead at half-time': a result noun with no side or place named after it."""
    words = obj.split(" ")
    return words[0].lower() in RESULT_NOUNS and not (
        len(words) > 1 and (words[1] in _SIDE_PREPOSITIONS or any(w[:1].isupper() for w in words[1:])))


#: "at the age of 40": the words only label the age.
_AGE_OF = re.compile(r"\b[Tt]he[ ]age[ ]of[ ]$")
#: The article (and adjective) that opens a score's result noun, and the word before it: "gave Liverpool (a) 1-0 win",
#: "rallied to (a) 53-37 win", "sealed (an impressive) 7-5 victory".
_RESULT_OPEN = re.compile(r"\b(?P<w>[A-Za-z]+)[ ](?P<art>a|an|the|their|its|his|her)[ ](?:[a-z][a-z-]*[ ])?$")
#: An owner right before a score: "Liverpool's 3-2 defeat".
_RESULT_OWNER = re.compile(r"(?P<owner>(?:[A-Z][\w-]*[ ]){0,2}[A-Z][\w-]*)(?:['’]s|(?<=s)['’])[ ](?:[a-z][a-z-]*[ ])?$")
#: Verbs whose first object is the side a result is given to: "gave the hosts a 3-1 lead".
_GIVE_VERBS = frozenset("give gives gave giving given hand hands handed".split())
#: Prepositions that lead to a result: "rallied to a 53-37 win", "helped the Irish to an 8-3 lead".
_TO_RESULT_PREPOSITIONS = frozenset("to into".split())
_GIVEN_TO = re.compile(rf"\b(?:{_alt(_GIVE_VERBS)})[ ]"
                       r"(?P<side>(?:the[ ]|his[ ]|their[ ]|its[ ]|her[ ])?[\w'’-]+(?:[ ][A-Z][\w'’-]*){0,2})"
                       r"[ ](?:a|an)[ ](?:[a-z][a-z-]*[ ])?$")


def _result_holder(body: str, start: int, sent_start: int) -> str | None:
    """The side that holds a bare result: its owner ("Liverpool's 3-2 defeat"), whom it is given to ("gave
    Liverpool a 1-0 win"), the phrase led to it ("helped the Irish to an 8-3 lead") or the subject of the verb
    before it ("United earned a 1-0 win")."""
    lo = max(sent_start, start - 40)
    owner = _RESULT_OWNER.search(body, lo, start)
    if owner:
        return owner.group("owner")
    given = _GIVEN_TO.search(body, lo, start)
    m = _RESULT_OPEN.search(body, lo, start)
    if not m:
        return None
    w = m.group("w").lower()
    if given:
        side = given.group("side")
    elif w in _TO_RESULT_PREPOSITIONS:
        side = subject_before(body, m.start("w") - 1)
    elif w in OBJ_PREPOSITIONS or w in NP_LEFT_STOP or w in TIME_STOP or w in DETERMINERS or not w.isalpha() \
            or not m.group("w").islower():
        return None                     # "before the 4-2 defeat", "said X after the 0-0 draw": no side
    else:
        side = subject_before(body, m.start("w") - 1, verb=False)
    named = side and (side[:1].isupper() or side.split(" ", 1)[0].lower() in DETERMINERS | POSSESSIVE_DETERMINERS)
    return side if named and side.lower() not in PERSONAL_SUBJECTS else None


def _only_a_label(obj: str) -> bool:
    """'the figure', 'the latest total', 'this number': a phrase that only names a figure, no thing of its own."""
    words = obj.lower().split(" ")
    return words[-1] in FIGURE_LABELS and all(w in DETERMINERS or w in FIGURE_LABEL_ADJECTIVES for w in words[:-1])


#: "in" right after a change's figure, opening what changed: "a rise of 12.5% in the price".
_IN_AFTER = re.compile(r"[ ]in[ ](?=[a-z]|[A-Z][a-z])")


def _only_a_change(obj: str) -> bool:
    """'a rise', 'a sharp fall': a noun of change that names no thing that changed."""
    words = obj.lower().split(" ")
    return len(words) <= 3 and words[-1] in CHANGE_NOUNS and words[0] in DETERMINERS and all(
        w.isalpha() for w in words)


#: "sued the government for $28bn": the amount claimed from whom is sued.
_SUED_FOR = re.compile(rf"\b(?:{_alt(SUE_VERBS)})\b[^,;:.!?]{{0,60}}[ ]for[ ](?:(?:{_alt(HEDGES)})[ ])?$")


#: Kinds whose object is what a verb of change changes when the figure follows it and "by" ("reduce costs by $5bn a year").
_CHANGED_BY_KINDS = frozenset(("money", "rate", "proportion", "measure", "level"))
#: Kinds whose object is what they count or the event they date, never a figure's label.
_COUNTED_KINDS = frozenset(("count", "date", "duration"))
#: A passive verb of a penalty or claim right before its amount: "had been fined 11m euros", "was sued for $25m".
_PENALISED = re.compile(rf"\b(?:{_alt(PENALTY_PASSIVES)})[ ](?:for[ ])?(?:(?:{_alt(HEDGES)})[ ])?$")


#: Verbs of change in their bare form (those whose "-s" form is listed too): "saw profits fall to $1bn".
_BARE_CHANGE_VERBS = frozenset(w for w in UP_VERBS | DOWN_VERBS if w + "s" in UP_VERBS | DOWN_VERBS)


def with_object(body: str, q, sent_start: int):
    """``q`` with its object and the rule that found it: the phrase a reader found ('of ...', what
    money pays for), else the noun the number modifies ('a 300-hp engine'), else the clause's subject;
    none when that is only the figure's label ('the figure is 14%') or the payer of a penalty ('was fined £5m')."""
    from pipelines.text.facts.quantity import replace
    from pipelines.text.facts import rules
    moved = changed_by(body, q.start) if not q.obj and q.kind in _CHANGED_BY_KINDS else None
    found = replace(q, obj=moved, obj_rule=rules.OBJECT_CHANGED) if moved else _found_object(body, q, sent_start)
    # ("reduce costs by $5bn a year", "cut sentences by a third": what the verb changes)
    if found.obj and found.kind == "change" and _only_a_change(found.obj):
        after = _IN_AFTER.match(body, q.end)    # "a rise of 12.5 per cent in the price per gram": what rose
        changed = object_at(body, after.end()) if after else None
        if changed and (_names_a_period(changed) or changed.split(" ", 1)[0].rstrip(".").lower() in DATE_WORDS):
            changed = None              # "a fall of 0.6% in December": when, not what
        earlier = None if changed else _earlier_figures(body, q, sent_start, modifies=True)
        if earlier:                     # "up on the £7.1bn rise in December": what the figure before it is about
            return replace(found, obj=earlier, obj_rule=rules.OBJECT_SUBJECT)
        return replace(found, obj=changed, obj_rule=rules.OBJECT_CHANGED if changed else None)
    if found.obj and found.kind not in _COUNTED_KINDS and (
            _only_a_label(found.obj) or found.kind == "age" and _AGE_OF.search(body, max(0, q.start - 12), q.start)
            or found.obj_rule == rules.OBJECT_SUBJECT and (
                _PENALISED.search(body, max(sent_start, q.start - 40), q.start)
                or _SUED_FOR.search(body, max(sent_start, q.start - 80), q.start))):
        return replace(found, obj=None, obj_rule=None)
    if found.obj and found.obj_rule == rules.OBJECT_SUBJECT and " " in found.obj:
        head, last = found.obj.rsplit(" ", 1)
        at = body.rfind(found.obj, sent_start, q.start)
        seen = body[max(sent_start, at - 12):at].split()
        if last in _BARE_CHANGE_VERBS and seen and seen[-1].lower() in SEEING_VERBS:
            return replace(found, obj=head)     # "saw annual profits fall to 3.4bn kroner": the verb after its subject
    return found


def _multiplied(body: str, end: int) -> str | None:
    """What a multiple with no subject counts: 'four times as many cars were built' -> 'cars'."""
    many = _TIMES_AS.match(body, end)
    return object_at(body, many.end()) if many else None


def _with_holder(body: str, q, sent_start: int):
    """A score whose noun is a bare result with the side that holds it, or with no object."""
    from pipelines.text.facts.quantity import replace
    from pipelines.text.facts import rules
    side = _result_holder(body, q.start, sent_start)
    return replace(q, obj=side, obj_rule=rules.OBJECT_SUBJECT) if side else q


def _race_event(body: str, q):
    """``q`` with the event a race distance names ('the 400m hurdles', '800m and 1,500m gold'), ``q`` as it is
    when the distance alone names it ('won the 1500m'), or None when it is no race's distance."""
    from pipelines.text.facts.quantity import replace
    from pipelines.text.facts import rules
    if q.rule == rules.MEASURE_METRES:
        both = _METRES_AND.match(body, q.end)
        pos = both.end() if both else q.end
        nxt = _NOUN_NEXT.match(body, pos)
        event = noun_after(body, pos) if nxt and nxt.group().strip() not in _NOT_MODIFIED else None
        if event:
            return replace(q, obj=event, obj_rule=rules.OBJECT_MODIFIED)
    if q.unit in _RACE_UNITS and _EVENT_BEFORE.search(body, max(0, q.start - 4), q.start) and _EVENT_END.match(body, q.end):
        return q                        # "won the 1500m", "the men's 5km, 10km": the distance names an event
    return None


def _found_object(body: str, q, sent_start: int):
    """``q`` with the object the rules below find, before :func:`with_object` checks it names a thing."""
    from pipelines.text.facts.quantity import replace
    from pipelines.text.facts import rules
    if q.obj:
        return q if q.obj_rule else replace(q, obj_rule=rules.OBJECT_MONEY if q.kind == "money" else rules.OBJECT_OF)
    if q.rule == rules.LEVEL_TIMES and (counted := _multiplied(body, q.end)):
        return replace(q, obj=counted, obj_rule=rules.OBJECT_MULTIPLIED)
    if q.kind == "age":
        aged = _age_object(body, q, sent_start)
        if aged is not None:
            return aged
    if q.kind == "proportion" and _BRACKET_OPEN.search(body, max(sent_start, q.start - 3), q.start) and \
            body.startswith(")", q.end):
        open_at = body.rfind("(", sent_start, q.start)
        who = subject_before(body, open_at - 1 if body[open_at - 1:open_at] == " " else open_at, verb=False)
        head = who.rsplit(" ", 1)[-1] if who else ""
        if who and not body.startswith((") of ", ")of "), q.end) and not _FRACTION_WORD.search(body, max(sent_start, open_at - 40), open_at) and (
                is_plural_noun(head) or head[:1].isupper() or head.endswith("ed")):
            # "Most pensioners (61%) and students (72%) use it"; not "half (55%) of them", "a quarter of firms (24%)"
            return replace(q, obj=who, obj_rule=rules.OBJECT_BRACKETED)
    if q.kind == "proportion" and body.startswith(") of ", q.end) and _BRACKET_OPEN.search(body, max(sent_start, q.start - 3), q.start):
        share = object_of(body, q.end + 1)     # "More than half (55%) of the respondents"
        if share:
            return replace(q, obj=share, obj_rule=rules.OBJECT_OF)
    if q.kind == "proportion" and not OF.match(body, q.end):
        group = _FRONTED_OF.match(body, sent_start)
        if group and group.end() <= q.start:            # "Of the bondholders, 38% live abroad"
            return replace(q, obj=group.group(1), obj_rule=rules.OBJECT_OF)
        if q.rule == rules.PROPORTION_SUBJECT:
            return q                    # "half said": the clause's subject is the share itself
    if q.kind == "proportion" and q.rule == rules.PROPORTION_PERCENT and _TITLE_AFTER.match(body, q.end):
        return q                        # "the host of 100% Homegrown on Radio 1": a number in a title
    if q.kind == "score" and body.startswith(", ", q.start - 2) and _SCORE_ASIDE.match(body, q.end):
        side = subject_before(body, q.start - 2, verb=False)
        return replace(q, obj=side, obj_rule=rules.OBJECT_SUBJECT) if side else q   # "Wales, 9-8 down, were"
    if q.kind in _SUBJECT_KINDS and not q.obj:
        named = _dashed_aside(body, q, sent_start) or _earlier_figures(body, q, sent_start)
        if named:
            return replace(q, obj=named, obj_rule=rules.OBJECT_SUBJECT)
    if q.kind not in _SUBJECT_KINDS or q.kind == "proportion" and OF.match(body, q.end):
        return q                        # "two thirds of that": a share of nothing named
    if q.kind in ("measure", "rate", "level", "change", "duration", "temperature"):
        share = object_of(body, q.end)  # "512 GB of storage", "three years of talks"
        if share:
            return replace(q, obj=share, obj_rule=rules.OBJECT_OF)
        onto = _moved_onto(body, q.start, q.end) if q.kind in ("measure", "change") else None
        if onto:                        # "That adds 0.13mm to global sea level"
            target = object_at(body, onto.end())
            if target:
                return replace(q, obj=target, obj_rule=rules.OBJECT_CHANGED)
    if q.kind == "measure" and (event := _race_event(body, q)) is not None:
        return event
    glued = body[q.end - 1:q.end].isalnum() and body[q.start:q.end].count(" ") <= 1 and "-" in body[q.start:q.end]
    before = body[max(sent_start, q.start - 12):q.start].split()
    determined = _determined(before)
    nxt = _NOUN_NEXT.match(body, q.end)
    symbol = (q.kind == "measure" and q.dimension is not None and " " not in body[q.start:q.end].strip()
              and nxt is not None and nxt.group().strip() not in _NOT_MODIFIED)    # "256GB storage", "45W charging"
    unit_word = body[q.start:q.end].rsplit(" ", 1)[-1]
    singular = (q.kind == "measure" and q.dimension is not None and " " in body[q.start:q.end].strip() and unit_word.isalpha()
                and unit_word.islower() and not is_plural_noun(unit_word) and not unit_word.endswith("s")
                and nxt is not None and nxt.group().strip() not in _NOT_MODIFIED)   # "15 inch screens", "a 60 watt bulb"
    owned = q.kind in ("proportion", "level") and bool(before) and before[-1].endswith(POSSESSIVE)   # "America's 5.4% jobless rate"
    modifier = (glued or determined and q.kind in ("measure", "rate", "duration", "proportion") or q.unit == "magnitude" or symbol
                or owned or singular)
    sets = _SET_RUN.match(body, q.end) if q.kind == "score" else None
    rate_noun = q.kind in ("change", "proportion", "level") and (
        _RATE_NOUN_NEXT.match(body, q.end) or q.rule in (rules.PROPORTION_PERCENT, rules.LEVEL_PERCENT)
        and _bare_noun_next(body, q.end))
    after = noun_after(body, sets.end() if sets else q.end) if modifier or rate_noun else None    # every set of "6-2 5-7 6-2 loss"
    if after and q.kind == "score" and after.split(" ", 1)[0].lower() in ODDS_NOUNS:
        after = None                    # "X is 2-1 favourite to win": the odds are X's, not the label's
    if after and q.kind == "score" and _bare_result(after):
        return _with_holder(body, q, sent_start)    # "United earned a 1-0 win": the side, not the bare result
    if after:                           # "a 300-hp engine", "its 5,000mAh battery"
        return replace(q, obj=after, obj_rule=rules.OBJECT_MODIFIED)
    subject = subject_before(body[:q.start], q.start) if q.start > sent_start else None
    if not subject and not (before and before[-1].endswith(POSSESSIVE)):  # "down from October's £5bn": no other clause's
        subject = main_clause_subject(body, q.start, sent_start)
    if subject and q.kind == "money" and len(subject.split()) <= 3 and _names_a_period(subject) and not subject[:1].isupper():
        subject = None                  # "rose 8% in the quarter to $90m": a period is no subject
    if subject and q.kind == "score":
        subject = _score_side(body, q, sent_start, subject)
    if subject and _TO_VERB.match(body, q.end) and _IT_TAKES.search(body, max(sent_start, q.start - 40), q.start):
        subject = None                  # "it would take £40m to stage a bid": no thing
    if subject and subject.lower() in PERSONAL_SUBJECTS and _OWN_CLAUSE.match(body, q.end):
        subject = None                  # "it found 12.1 trillion pesos was going to": the figure is its clause's subject
    if subject and _FRACTION_ONLY.fullmatch(subject):
        subject = None                  # "a quarter of 14-16 year olds knew": another figure, not a thing
    if subject and body.rfind(subject, sent_start, q.start) >= sent_start:
        return replace(q, obj=subject, obj_rule=rules.OBJECT_SUBJECT)
    label = SPEC_LABEL.search(body, max(sent_start, q.start - 40), q.start)
    if not label:                       # "Display: 6.7in OLED, 120Hz": a later item on the label's line
        line = body.rfind("\n", 0, q.start) + 1
        label = SPEC_LINE.match(body, line) if q.start - line <= 80 and not _FULL_STOP.search(body, line, q.start) else None
    if label:                           # "Battery: 5,000mAh", "Top speed - 155mph"
        return replace(q, obj=label.group("label"), obj_rule=rules.OBJECT_LABEL)
    return q
