"""The subject a number is stated of: the noun phrase that ends before it in its clause, past the verb,
the amount's own adjectives and the prepositions that link them ('Nokia shares' in 'Nokia shares rose 5%')."""
from __future__ import annotations

import re

from pipelines.text.facts.phrases import (
    DATE_WORDS, LY_NOUNS, NP_LEFT_STOP, OBJ_PREPOSITIONS, OBJECT_STOP, OBJECT_VERBS, POSSESSIVE, TIME_STOP, is_plural_noun,
    object_at,
)
from pipelines.text.lexicon.changes import (
    CHANGE_NOUNS, CHANGE_WORDS, DOWN_VERBS, LEVEL_LABEL_ADJECTIVES, LEVEL_VERBS, UP_VERBS,
)
from pipelines.text.lexicon.calendar import MONTH_NUMBERS
from pipelines.text.lexicon.english import (
    ASIDE_ADVERBS, AUX_NOUNS, DETERMINERS, FIGURE_LABEL_ADJECTIVES, ING_NOUNS, NOMINATIVE_PRONOUNS, OBJECT_PRONOUNS,
    PERSONAL_SUBJECTS, QUANTIFIERS, SUBJECT_PRONOUNS,
)
from pipelines.text.lexicon.hedges import HEDGE_WORDS
from pipelines.text.lexicon.units import PERIOD_NOUNS, QUANTITY_PREMODIFIERS
from pipelines.text.numbers import ONES, SCALES, TENS

#: Words dropped like auxiliaries that are adverbs: dropping one leaves the verb in place ("tickets cost just £45").
_AUX_ADVERBS = frozenset("also now still just already currently reportedly alone".split())
#: Auxiliaries and linking verbs (and those adverbs) dropped between a subject and its amount ("shares were up 5%").
AUX = frozenset("""
is are was were be been being has have had will would could should may might can must shall expected set due
forecast projected estimated seen put
""".split()) | _AUX_ADVERBS
#: Nouns before "of" and an amount that say how it is counted, not what of ("an average of 6kg").
_TRANSPARENT = frozenset("average total maximum minimum median mean peak sum high low trough".split())
#: A span of time written as a modifier: "the 46-year low", "a four-month high".
_SPAN_MODIFIER = re.compile(r"[\w]+-(?:year|month|week|day|decade)")
#: Verbs in their bare form that take "to" and another verb: "fares need to rise", "prices seem to have risen".
_CATENATIVE = frozenset("need want seem appear continue begin start tend hope plan expect aim try ought".split())
#: Verbs whose second object is the amount: the first is who pays or is owed ("cost fans $150").
_DITRANSITIVE = frozenset("cost costs owe owes owed owing save saves saved give gives gave giving repay repays repaid".split())
#: Words before a number that say which stretch of time or how much more ("another 18 months").
_SPAN_WORDS = frozenset("another further additional next past last first coming following final".split())
#: Auxiliaries proper: the word after one is a verb or a predicate ("will take", "was steady").
_AUXILIARIES = frozenset("is are was were be been being has have had will would could should may might can "
                         "must shall to".split())
#: Verbs that link a subject to its amount and end in neither -s nor -ed ("tickets cost £45").
_AMOUNT_PAST = frozenset("paid spent made held ran won lost took gave sold bought".split())
AMOUNT_VERBS = frozenset("cost pay spend earn make hit reach top total exceed average weigh hold run".split()) | _AMOUNT_PAST
_LEFT_CUT = re.compile(r"[,;:!?()\"“”\[\]—–\n]|\.(?!\d)|\b(?:while|whereas|albeit|as|after|before|when|but|and|that|which|who)\b")


def _skippable(tok: str) -> bool:
    low = tok.lower()
    if low == "of":
        return False                    # a hedge's last word ("tens of"), but "earnings of" keeps its noun
    return low in AUX or low in HEDGE_WORDS or low.endswith("ly") and low not in LY_NOUNS


def _participle_noun(toks: list[str]) -> bool:
    """'the deciding set', 'the first set': a word dropped like an auxiliary is a noun after an article or adjective."""
    if toks[-1].lower() not in AUX_NOUNS or len(toks) < 2:
        return False
    before = toks[-2].lower()
    return before in DETERMINERS or before.isalpha() and toks[-2].islower() and _adjective_like(before) \
        and not before.endswith("ly") and before not in AUX


def _without_verb(toks: list[str]) -> list[str]:
    """The words before an amount without the verb and prepositions that link it to its subject:
    'the battery stores', 'Brent crude traded at', 'rent costs' (but 'revenue of' keeps 'revenue')."""
    figure = _figure_before_link(toks)
    if figure is not None:
        toks = toks[:figure]            # "net profit rose 12% to", "widened by 140 basis points to": past the change
        while toks and (_skippable(toks[-1]) or toks[-1].lower() in CHANGE_WORDS or toks[-1] in ("to", "at")
                        or len(toks) > 1 and (_verbish(toks[-1]) and toks[-1] not in OBJECT_STOP or _day_named(toks[-1]))):
            toks.pop()                  # "inflation has slowed to 3.4% from", "crude ended Monday down $1 to"
        return toks
    aux = False
    while toks and _skippable(toks[-1]) and not _participle_noun(toks):
        low = toks.pop().lower()
        aux = low in AUX and low not in _AUX_ADVERBS or aux
    verb_at = len(toks) - (2 if toks and toks[-1].lower() in ("up", "down") else 1)
    while verb_at > 0 and _day_named(toks[verb_at]):
        verb_at -= 1                    # "crude ended Monday down $1.33": the day is when, not what
    if 1 <= verb_at < len(toks) - 1 and toks[verb_at].lower() in _MAIN_VERBS:
        toks = toks[:verb_at]           # "Brent crude closed down 51 cents": past the verb and its direction
        while toks and _skippable(toks[-1]) and not _participle_noun(toks):
            toks.pop()
        return toks
    for k in range(len(toks) - 2, max(-1, len(toks) - 5), -1):
        noun = k and (toks[k - 1].lower() in DETERMINERS or toks[k - 1].endswith(POSSESSIVE))   # "the project's cost"
        if (toks[k].lower() in _DITRANSITIVE and not noun
                and not any(t.lower() in OBJ_PREPOSITIONS | AUX for t in toks[k + 1:])):
            toks = toks[:k]             # "each ticket will cost fans $150", "owes the lenders $48bn"
            if len(toks) >= 2 and toks[-1].lower() == "to":
                toks = toks[:-2]        # "the airline offered to repay its lenders $120m"
                while toks and toks[-1].islower() and toks[-1].endswith("ed"):
                    toks.pop()          # "X asked Y to repay a $900m loan"
            while toks and _skippable(toks[-1]) and not _participle_noun(toks):
                toks.pop()
            return toks
    if len(toks) >= 2 and toks[-1].lower() in ("out", "off", "back", "away") and toks[-2].islower():
        toks.pop()                      # "the printer churns out 30 pages": a verb's particle
    if toks and toks[-1].lower() in _SPAN_WORDS:
        toks.pop()                      # "runs for another 18 months", "over the next three years"
        if toks and toks[-1].lower() in DETERMINERS:
            toks.pop()
    had_of = bool(toks) and toks[-1].lower() == "of"
    while toks and toks[-1].lower() in OBJ_PREPOSITIONS | {"as"}:
        toks.pop()
    if had_of and toks and toks[-1].lower() in _TRANSPARENT:
        toks.pop()                      # "the patients lost an average of 6kg": the figure is the patients'
        while toks and (toks[-1].lower() in LEVEL_LABEL_ADJECTIVES | FIGURE_LABEL_ADJECTIVES
                        or _SPAN_MODIFIER.fullmatch(toks[-1])):
            toks.pop()                  # "shares hit a new high of 583p", "from the 46-year low of 1%": the shares'
        while toks and toks[-1].lower() in DETERMINERS:
            toks.pop()
        if not toks:
            return toks
        return _without_verb(toks)
    had_aux = aux or bool(toks) and toks[-1].lower() in AUX
    if (len(toks) >= 5 and toks[-1].islower() and toks[-2] == "than" and toks[-3].lower() in ("more", "less")
            and toks[-4].lower() in _AUXILIARIES):
        toks = toks[:-3]                # "revenues should more than double (to $21bn)": past the verb and its hedge
        had_aux = True
    if (not had_aux and not had_of and len(toks) >= 2 and toks[-1].islower() and toks[-1].isalpha()
            and (toks[-2].lower() in _AUXILIARIES or _adverb(toks[-2])
                 or len(toks) >= 3 and toks[-2].lower() in _AUX_ADVERBS and toks[-3].lower() in _AUXILIARIES)):
        moved = toks.pop().lower() in _MAIN_VERBS   # "the project will take", "gold was steady", "rates will
        # probably stay", "the threshold will also rise"
        had_aux = True
        if toks[-1].lower() == "to":    # "the fund is hoping to raise", "the firm plans to spend"
            toks.pop()
            if len(toks) >= 2 and toks[-1].islower() and (toks[-1].endswith(("ing", "ed", "s")) or toks[-1] in OBJECT_STOP
                                                          or moved and toks[-1] in _CATENATIVE):
                toks.pop()              # also "borrowing would continue to fall", not "they plan to seize"
    while toks and _skippable(toks[-1]) and not _participle_noun(toks):
        toks.pop()
    if had_aux:
        return toks                     # "Average speeds were": the verb was the auxiliary
    if toks and toks[-1].islower() and toks[-1].endswith("ing") and toks[-1] not in LY_NOUNS:
        if len(toks) == 1:
            return []                   # ", falling 1.5%": a participle whose subject is another clause's
        if toks[-2].lower() not in DETERMINERS and not toks[-2].endswith(POSSESSIVE):
            return toks[:-1]            # "an engine producing 190hp"
    if not had_of and len(toks) == 1 and toks[0].islower() and toks[0].endswith(("ed", "s")):
        return []                       # "and lasted for six years": a verb with no subject in its clause
    if not had_of and len(toks) >= 2:
        low, before = toks[-1].lower(), toks[-2].lower()
        verbish = (low.endswith(("s", "ed")) and toks[-1].islower() or low in OBJECT_VERBS or low in OBJECT_STOP
                   or low in AMOUNT_VERBS)
        after_verb = before in OBJECT_VERBS or before in AMOUNT_VERBS or before.endswith("ed")
        if (verbish and before not in DETERMINERS and not before.endswith(POSSESSIVE) and before not in OBJ_PREPOSITIONS
                and before not in QUANTITY_PREMODIFIERS and not (before.startswith(("pre-", "post-")))
                and not (after_verb and low.endswith("s") and low not in OBJECT_VERBS and low not in OBJECT_STOP)):
            toks.pop()
            while toks and _skippable(toks[-1]) and not _participle_noun(toks):
                toks.pop()
    return toks


#: Unit words between a figure and "to": "by 140 basis points to", "3 percentage points from".
_UNIT_WORDS = frozenset("points point basis percentage per cent percent pence cents p".split())


def _figure_before_link(toks: list[str]) -> int | None:
    """Where the figure before a closing "to" or "from" starts ('12% to', '140 basis points to')."""
    if len(toks) < 3 or toks[-1].lower() not in ("to", "from"):
        return None
    end = len(toks) - 1
    for p in (end - 2, end - 3):        # "rose 1% in morning trading to": past when it moved
        if p >= 1 and toks[p].lower() in _WHEN_PREPOSITIONS and all(t.isalpha() and t.islower() for t in toks[p + 1:end]):
            end = p
            break
    for k in range(end - 1, max(0, end - 4), -1):
        if any(c.isdigit() for c in toks[k]):
            return k
        if toks[k].lower() not in _UNIT_WORDS:
            return None
    return None


#: Prepositions of a short phrase of when between a change and its "to": "in early trading", "on the day".
_WHEN_PREPOSITIONS = frozenset("in on during".split())


def subject_before(body: str, pos: int, verb: bool = True) -> str | None:
    """The noun phrase that ends right before ``pos`` in its clause ('Nokia shares' in 'Nokia shares rose');
    ``verb``: a verb may stand between the phrase and ``pos`` ('the battery stores 40 kWh')."""
    lo = max(0, pos - 90)
    if lo and not body[lo - 1].isspace():
        lo = body.rfind(" ", max(0, lo - 30), lo) + 1 or lo     # not "d reel-to-reel tapes": the window starts at a word
    seg = body[lo:pos]
    if ")" in seg:                      # "The price index (PPI) rose": an aside in brackets
        seg = _BRACKET_ASIDE.sub(_blanked, seg)
    if " -" in seg or "– " in seg or "— " in seg:     # "the value of loans -- those agreed -- stood": a dashed aside
        seg = _DASH_ASIDE.sub(lambda m: _dash_blanked(seg, m), seg)
    cuts = list(_LEFT_CUT.finditer(seg))
    relative = bool(cuts) and cuts[-1].group() in ("which", "that", "who")
    cut = cuts[-1].end() if cuts else 0
    toks = seg[cut:].split()
    if len(toks) >= 2 and toks[-1] == "between" and toks[-2] == "of":
        toks.pop()                      # "sales growth of between 1% and 3%": a range's own hedge
    of_phrase = bool(toks) and toks[-1] == "of"     # "savings of $3m": the phrase before "of" is the object
    if verb and toks and toks[-1].endswith(POSSESSIVE) and seg.endswith(" "):
        return None                     # "up from November's 4.2%": the owner opens the amount's own phrase
    if verb:
        pre = _premodifier_start(toks)
        if pre is not None:             # "hit a record $166bn": "a record" opens the amount's own phrase
            return subject_before(body, _token_start(seg, cut, pre) + lo, verb=True)
        bare_verb = (relative and cuts[-1].group() in ("which", "that") and len(toks) >= 2 and toks[0].isalpha()
                     and toks[0].islower() and all(_skippable(t) and t.lower() not in AUX for t in toks[1:]))
        toks = _without_verb(toks)
        if len(toks) == 1 and (toks[0] in AMOUNT_VERBS or bare_verb):
            toks = []                   # "which cost $9m", "screens that draw only 3W": the antecedent's
    else:                               # "The euro was (down)", "House prices are expected to (rise)"
        while toks and (_skippable(toks[-1]) or toks[-1].lower() == "to"
                        or len(toks) >= 2 and toks[-1] in _CATENATIVE and toks[-2].lower() not in DETERMINERS
                        and seg[cut:].split()[len(toks):len(toks) + 1] == ["to"]):
            toks.pop()                  # also "fares need to (rise)", but not "the need to"
        if len(toks) >= 2 and toks[-1].lower() in LEVEL_VERBS:
            toks.pop()                  # "the index closed (down 7.9%)": the verb before the direction
    if relative and not toks:
        at = lo + cuts[-1].start()      # "Vodafone, which rose 3%": the phrase the relative clause is about
        head = body[max(0, at - 2):at]
        ante = subject_before(body, at - 2 if head == ", " else at, verb=False)
        if ante and _PRICED.match(seg, cuts[-1].end()):     # "their hands on the gadget, which costs $250"
            ante = _NEAREST_NOUN.split(ante)[-1]              # what is priced is the nearest thing: "the gadget"
        return ante
    raw = seg[cut:].split()         # "..., the country's richest man, for $800m": no verb after the aside
    verbless = bool(raw) and all(t.lower() in OBJ_PREPOSITIONS or t.lower() in HEDGE_WORDS for t in raw)
    aside = _ASIDE_BEFORE.search(body, lo, lo + cuts[-1].end() if cuts else pos) if not toks and not verbless else None
    if aside:                           # "Like-for-like sales, which strip out new stores, slipped 0.8%"
        return subject_before(body, aside.start(), verb=False)
    keep, first, verb_at = _phrase_back(toks)
    if verb_at is not None and verb and not of_phrase and toks[verb_at + 1].lower() != "to":
        # "rates are set to remain on hold at 4.75%": the verb's subject; but "lead to annual savings of $5m"
        return subject_before(body, _token_start(seg, cut, verb_at + 1) + lo, verb=True)
    while keep and keep[-1].lower() in OBJ_PREPOSITIONS:
        keep.pop()                      # the phrase read backwards ends at its first word
        first += 1
    if verb_at is not None and len(keep) > 1 and keep[-1].lower() in CHANGE_WORDS:
        keep.pop()                      # "hoping to increase productivity (by 3bn euros)": what it changes
        first += 1
    keep.reverse()
    if _participle_opening(keep, toks[first - 1] if first else ""):
        keep = keep[1:]                 # "pensioners were now paying marginal tax rates (of 50%)": what is paid
        first += 1
    if any(_another_amount(keep, k) for k in range(len(keep))):
        return None                     # "Its $17m profit ... was dwarfed by the $204m": another amount's phrase
    changed = _past_change_noun(keep)
    if changed is not None:             # "a 52% rise in net profits to £198m": what rose
        return object_at(body, _token_start(seg, cut, first + changed) + lo)
    phrase = " ".join(keep).strip("'’")
    if first and len(keep) == 1 and (_FIGURE.fullmatch(toks[first - 1]) and len(keep[0]) <= 3 and keep[0].isalpha()
                                     or toks[first - 1].lower() in TIME_STOP and keep[0].lower() in PERIOD_NOUNS):
        return None                     # "makes 150 hp at (6,000 rpm)": another figure's unit; "last week": when
    if verb and len(keep) == 2 and keep[0].lower() in DETERMINERS and keep[1].endswith("est"):
        return None                     # "152.40 yen, its strongest in four months": no thing of its own
    if phrase.lower() in PERSONAL_SUBJECTS:      # "Nortel said it had made $434m": who said so
        return _reporter(body, _token_start(seg, cut, first) + lo) or phrase
    if (not any(t.isalpha() for t in phrase.replace("'", "").replace("’", "").replace("-", "").split())
            or phrase.lower() in DETERMINERS or phrase.lower() in _NO_SUBJECT          # not "12cm"
            or phrase.lower() in ASIDE_ADVERBS):        # "However 60% said": a sentence adverb, no subject
        return None
    last = keep[-1] if keep else ""
    if last.endswith(POSSESSIVE) and (last[:1].islower() or last[:-2].lower() in DATE_WORDS):
        return None                     # "Last week's (top film)", "November's": an owner without its noun
    return None if phrase.rstrip(".").lower() in DATE_WORDS else phrase     # "from £190,329 in November to"


_TOKEN = re.compile(r"\S+")
#: A relative clause that prices its antecedent: "which costs", "that cost only", "which retails at".
_PRICED = re.compile(r"[ ](?:now[ ]|only[ ])?(?:costs?|retails?|sells?[ ]for|is[ ]priced[ ]at|are[ ]priced[ ]at)\b")
#: A preposition inside a noun phrase: the thing a price is for is the phrase after the last one.
_NEAREST_NOUN = re.compile(r"[ ](?:on|of|in|for|with|from|to|at)[ ]")
#: A reporting verb right before a pronoun subject: "Nortel said (that) it ...".
_REPORTED = re.compile(r"[ ](?:said|says|added|adds|announced|announces|reported|reports|warned|warns|expects|"
                       r"expected|confirmed|confirms|admitted|admits|revealed|reveals|estimated|estimates)"
                       r"(?:[ ]that)?[ ]$")


def _reporter(body: str, at: int) -> str | None:
    """The named subject of a reporting verb right before a pronoun ('Nortel' in 'Nortel said it had')."""
    m = _REPORTED.search(body, max(0, at - 30), at)
    who = subject_before(body, m.start() + 1, verb=False) if m else None
    return who if who and who.lower() not in PERSONAL_SUBJECTS and who[:1].isupper() else None


_DIGIT = re.compile(r"\d")
#: A short aside between dashes with no figure in it: "the value of loans -- those agreed but not made -- (stood)".
_DASH_ASIDE = re.compile(r"[ ](?:--|[-–—])[ ][^-–—\d\n]{2,60}?[ ](?:--|[-–—])(?=[ ])")
#: A short aside in brackets with no figure in it: "The producer price index (PPI)", "Shell (RDSA.L)".
_BRACKET_ASIDE = re.compile(r"[ ]\((?:[A-Za-z][A-Za-z&.'’ -]{0,28}"
                            r"|[A-Z][A-Za-z&.'’ -]{1,28}(?:,[ ][A-Z][A-Za-z&.'’ -]{1,28})+)\)(?=[ ])")   # also a list of names: "Six economies (Peru, Chile and Ghana) grew"


def _token_start(seg: str, cut: int, k: int) -> int:
    """Where the ``k``-th white-space separated word of ``seg[cut:]`` starts in ``seg``."""
    for n, m in enumerate(_TOKEN.finditer(seg, cut)):
        if n == k:
            return m.start()
    return len(seg)


def _blanked(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _dash_blanked(seg: str, m: re.Match[str]) -> str:
    """A dashed aside blanked, unless a figure stands before it in its clause ('rose to $23bn - a fraction - ')."""
    cut = max((c.end() for c in _LEFT_CUT.finditer(seg, 0, m.start())), default=0)
    return m.group() if _DIGIT.search(seg, cut, m.start()) else _blanked(m)


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
                    or j == n - 1 and toks[j - 1] not in OBJ_PREPOSITIONS):
                return None                 # "paid a £5": an article alone after a verb is no sign
            return j
        if (not (toks[j].replace("-", "").isalpha() and toks[j].islower()) or low in NP_LEFT_STOP or low in HEDGE_WORDS
                or low in AUX or not (_adjective_like(low) or j < n - 1 and _adverb(toks[j]))):
            return None                 # "at a race 26.2 miles long": a noun, the phrase's own head; "a seasonally adjusted"
    return None


def _participle_opening(keep: list[str], before: str) -> bool:
    """A present participle after an auxiliary opens the phrase read backwards: the verb of the noun phrase
    after it ('were now paying marginal tax rates', 'is predicting profits'); not an adjective ('asking prices')."""
    if len(keep) < 2 or before.lower() not in AUX:
        return False
    tok, rest = keep[0], keep[1:]
    return (tok.isalpha() and tok.islower() and tok.endswith("ing") and tok not in ING_NOUNS and tok not in LY_NOUNS
            and rest[0].lower() not in OBJ_PREPOSITIONS and rest[0].lower() != "like"
            and (len(rest) >= 2 or is_plural_noun(rest[0])))


def only_premodifiers(words: list[str]) -> bool:
    """An article and the adjectives of the amount after it, no noun: 'a seasonally adjusted', 'a record'."""
    return len(words) >= 2 and words[0].lower() in ("a", "an") and all(
        w.islower() and w.isalpha() and (_adjective_like(w) or k < len(words) - 1 and _adverb(w))
        for k, w in enumerate(words[1:], 1))


def _adjective_like(low: str) -> bool:
    """A word that reads as an adjective before an amount ('a record', 'a reported', 'a whopping', 'the annual')."""
    return low in QUANTITY_PREMODIFIERS or low.endswith(_ADJECTIVE_ENDINGS)


_ADJECTIVE_ENDINGS = ("ed", "ing", "est", "ive", "ous", "al", "ful", "ic", "able", "ible")


def _adverb(tok: str) -> bool:
    """A lower-case -ly word that is no noun ('sharply', 'probably')."""
    return tok.islower() and tok.isalpha() and len(tok) > 4 and tok.endswith("ly") and tok not in LY_NOUNS


def _opens_object(tok: str, nxt: str) -> bool:
    """A participle with an object of its own right after it ('showing Malaysia's economy', 'showing the rise')."""
    return (tok.islower() and tok.endswith("ing") and tok not in ING_NOUNS and tok not in LY_NOUNS
            and (nxt[:1].isupper() or nxt.lower() in DETERMINERS or nxt.endswith(POSSESSIVE)))


_YEAR = re.compile(r"(?:19|20)\d\d")


def _day_named(tok: str) -> bool:
    """A weekday, a month or a year written as a word of its own ('Monday', 'June', '2004')."""
    return _is_date(tok) or tok[:1].isupper() and tok.lower() in DATE_WORDS


def _is_date(tok: str) -> bool:
    """A year or a month's name, maybe with a day ('2004', 'June', 'March')."""
    return bool(_YEAR.fullmatch(tok)) or tok[:1].isupper() and tok.lower() in MONTH_NUMBERS


def _is_dated(tok: str) -> bool:
    """A year, a month's name or a day's number before one ('31' in 'to 31 March')."""
    return _is_date(tok) or tok.isdigit() and len(tok) <= 2


def _verb_at(toks: list[str], j: int) -> bool:
    """``toks[j]`` is a verb: a verb-like word, or any lower-case word after an auxiliary or "to" ("to stay"),
    but not after an article or possessive ("the rise in")."""
    if j and (toks[j - 1].lower() in DETERMINERS or toks[j - 1].endswith(POSSESSIVE) or _FIGURE.fullmatch(toks[j - 1])):
        return False                    # "the rise in", "a 9% rise in": a noun
    if (toks[j].lower() in CHANGE_NOUNS or toks[j].lower() in AMOUNT_VERBS) and not (j and toks[j - 1].lower() in _AUXILIARIES):
        return False                    # "a slight drop in", "Maternity pay for": a noun, unless "to drop in"
    if j and (toks[j - 1].lower() in _AUXILIARIES or _adverb(toks[j - 1])) and toks[j].isalpha() and toks[j].islower():
        return True                     # "to stay on", "will probably stay on"
    return _verbish(toks[j])


def _participle(tok: str) -> bool:
    """A past participle that opens a reduced relative clause ('sold', 'owned', 'set')."""
    return tok.islower() and (tok.endswith("ed") or tok in OBJECT_VERBS or tok in ("sold", "set", "held", "run", "paid"))


def _verbish(tok: str) -> bool:
    """A lower-case word that is a verb before a preposition ('remain on', 'traded in')."""
    low = tok.lower()
    return tok.isalpha() and tok.islower() and low not in DETERMINERS and low not in _CLAUSE_LINKS and (
        low in OBJECT_STOP or low in OBJECT_VERBS or low in _MAIN_VERBS or low in AMOUNT_VERBS or low.endswith("ed"))


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
    if j >= 2 and toks[j].lower() in DETERMINERS and toks[j - 1].lower() in _PERIOD_PREPOSITIONS:
        return j - 2
    if j >= 1 and toks[j].lower() in _PERIOD_PREPOSITIONS:
        return j - 1                    # "a borrower taking a loan over 25 years"
    return None


_PERIOD_PREPOSITIONS = frozenset("for in over during of".split())


def _opens_phrase(toks: list[str], i: int) -> bool:
    """``toks[i]`` is an article or a possessive: what follows it is one noun phrase ('the listed firm')."""
    return i >= 0 and (toks[i].lower() in ("a", "an", "the") or toks[i].endswith(POSSESSIVE))


def _past_change_noun(keep: list[str]) -> int | None:
    """Where the phrase after a noun of change starts: 'A fall in | the rate of inflation (to 2.3%)'."""
    j = 1 if keep and keep[0].lower() in ("a", "an", "the") else 0
    while j and j < 3 and len(keep) > j + 2 and keep[j].isalpha() and keep[j].islower() and \
            keep[j].lower() not in CHANGE_NOUNS and keep[j] not in NP_LEFT_STOP:
        j += 1                          # "a slight drop in"
    if len(keep) > j + 2 and keep[j].lower() in CHANGE_NOUNS and keep[j + 1].lower() in ("in", "of"):
        return j + 2
    return None


#: A figure written as one word: "$17m", "9%", "1,200", "312p"; not a hyphenated modifier ("10-year").
_FIGURE = re.compile(r"[$£€¥]?\d[\d,.]*(?:%|[A-Za-z]{1,4})?")


def _another_amount(keep: list[str], k: int) -> bool:
    """``keep[k]`` is a figure of its own, not part of a name ('the FTSE 100')."""
    tok = keep[k]
    if tok.islower() and (tok in ONES or tok in TENS or tok in SCALES):
        return k == len(keep) - 1 and not (k and keep[k - 1].lower() == "of")   # "the last two (kilometres)", "the five
        # (nominated)": a fragment of another figure; but "eight cores", "a family of four"
    return bool(_FIGURE.fullmatch(tok)) and not (tok.isdigit() and k and keep[k - 1][:1].isupper())


def _phrase_full(keep: list[str]) -> bool:
    """Five words, or eight with a preposition inside ('The average rate on a two-year fixed mortgage')."""
    return len(keep) >= (8 if any(k.lower() in OBJ_PREPOSITIONS for k in keep) else 5)


#: Prepositions that attach a noun phrase to the noun before it ("shares in many banks"), not to a verb or clause.
_PART_PREPOSITIONS = frozenset("of in at on".split())
#: Stop words that are the head of a compound noun after a noun of their own ("response times", "test scores").
_COMPOUND_HEADS = frozenset("times time scores".split())


def _compound_head(toks: list[str], j: int) -> bool:
    """``toks[j]`` heads a compound noun: 'response times of some sites', not 'three times' or 'at times'."""
    if toks[j].lower() not in _COMPOUND_HEADS or j < 1:
        return False
    mod, low = toks[j - 1], toks[j - 1].lower()
    return mod.isalpha() and (mod.islower() or j == 1) and low not in NP_LEFT_STOP and low not in ONES \
        and low not in TENS and not _verbish(low)


#: Ordinals inside a noun phrase after an article or owner: "the UK's second largest building society".
_ORDINALS = frozenset("first second third fourth fifth".split())


def _phrase_back(toks: list[str]) -> tuple[list[str], int, int | None]:
    """The noun phrase that ends ``toks``, read backwards, the index of its first word, and the index of the
    verb before it when the phrase is that verb's prepositional complement ('remain on hold'), not a subject."""
    keep: list[str] = []
    i = len(toks) - 1
    end = len(toks)                     # the phrase is toks[end - len(keep):end]
    dated = False
    while i >= 0:
        tok = toks[i]
        low = tok.lower()
        if not keep and i and _is_date(tok) and (toks[i - 1].lower() in _PERIOD_PREPOSITIONS or i > 1 and _is_dated(
                toks[i - 1]) and toks[i - 2].lower() in _PERIOD_PREPOSITIONS | {"to"}):
            i -= 1                      # "Net income for 2004 (was)", "sales in June 2004", "profit in the three
            # months to 31 March": when, not what
            while i >= 0 and _is_dated(toks[i]):
                i -= 1
            i -= 1
            end, dated = i + 1, True
            continue
        if keep and (low in NOMINATIVE_PRONOUNS or tok in OBJECT_PRONOUNS) and keep[-1].islower():
            return [], end, None        # "when he shot wide (from three yards)", "watching them lose (2-0)": a verb phrase
        quantifier = (low in QUANTIFIERS and keep and i >= 2 and toks[i - 1].lower() in _PART_PREPOSITIONS
                      and not (keep[-1].endswith(("ing", "ed")) and keep[-1] not in ING_NOUNS))   # "times of some sites"
        if low in DETERMINERS or low.endswith(POSSESSIVE) and keep or quantifier:
            keep.append(tok)
            if low in DETERMINERS and not (i >= 2 and toks[i - 1].lower() in OBJ_PREPOSITIONS and keep
                                           and toks[i - 2][:1].isalpha() and (toks[i - 2].lower() not in NP_LEFT_STOP
                                                                              or toks[i - 2][:1].isupper()
                                                                              or _compound_head(toks, i - 2))):
                break
            i -= 1
            continue
        period = _period_before(toks, i, keep)
        if period is None and keep and tok[:1].isdigit() and i >= 2 and toks[i - 1].lower() == "of":
            period = i - 2              # "A two-bedroom flat of 750 sq ft in Manchester (lets for £1,450)"
        if period is not None:          # "Pre-tax profit for the six months to June rose"
            keep, i, end = [], period, period + 1
            continue
        if tok.isdigit() and i and toks[i - 1][:1].isupper() and toks[i - 1].lower() not in OBJ_PREPOSITIONS:
            keep.append(tok)
            i -= 1
            continue
        if low == "by" and keep and i >= 2 and _participle(toks[i - 1]) and toks[i - 2].isalpha() \
                and toks[i - 2].lower() not in NP_LEFT_STOP:
            keep, i, end = [], i - 2, i - 1     # "Ready meals sold by Britain's biggest supermarkets (have shrunk)"
            continue
        if low in OBJ_PREPOSITIONS and keep and i and toks[i - 1][:1].isalpha():
            if (_verb_at(toks, i - 1) or _adverb(toks[i - 1])) and dated:
                return [], end, None    # "who moved to Leeds in 2003 (for £6m)": a verb's complement, no subject
            if (_verb_at(toks, i - 1) or _adverb(toks[i - 1])) and not any(k[:1].isupper() for k in keep):
                return keep, end - len(keep), i - 1      # "remain on hold", "to stay on hold", "fell in the quarter"
            if (toks[i - 1].lower() not in NP_LEFT_STOP or toks[i - 1][:1].isupper() or _compound_head(toks, i - 1)) and \
                    toks[i - 1].lower() not in DATE_WORDS:
                keep.append(tok)        # "Shares in Rolls-Royce", "Sales at the chain"; not "to December on"
                i -= 1
                continue
        if not keep and low in PERSONAL_SUBJECTS and i == len(toks) - 1:
            keep.append(tok)            # "He weighs 54kg", "it will cost CZK1.95m": the pronoun as written
            break
        head_of_pp = tok[:1].isupper() and keep and keep[-1].lower() in OBJ_PREPOSITIONS   # "Support for ..."
        acronym = len(tok) > 1 and tok.isupper()     # "US media giant TimeWarner": never a stop word
        ordinal = low in _ORDINALS and keep and i and (toks[i - 1].lower() in DETERMINERS or toks[i - 1].endswith(POSSESSIVE))
        if (low in NP_LEFT_STOP and not head_of_pp and not acronym and not _compound_head(toks, i) and not ordinal
                or low in OBJ_PREPOSITIONS and not keep or low in AUX and not (not keep and _participle_noun(toks[:i + 1]))
                or not any(c.isalpha() for c in tok) or _phrase_full(keep)):
            break
        if keep and low in SUBJECT_PRONOUNS:
            break
        if keep and _adverb(tok) and not (i and (toks[i - 1].lower() in DETERMINERS or toks[i - 1].endswith(POSSESSIVE))):
            if keep[-1].islower():
                return [], end, None    # "rates will probably stay": the word after an adverb is a verb
            break
        if keep and _opens_object(tok, keep[-1]) and i and not (
                toks[i - 1].lower() in DETERMINERS or toks[i - 1].endswith(POSSESSIVE) or toks[i - 1].lower() in OBJ_PREPOSITIONS
                or _verbish(toks[i - 1])):      # not "suggested keeping British troops (could cost)": a gerund
            break                       # "figures showing Malaysia's economy": a participle and its object
        if keep and low.endswith("ed") and "-" not in tok.strip("-") and not (tok.islower() and _opens_phrase(toks, i - 1) or (
                i >= 2 and tok.islower() and "-" in toks[i - 1].strip("-") and _opens_phrase(toks, i - 2))):
            break                       # "analysts expected profits"; but "a two-year fixed mortgage"
        keep.append(tok)
        i -= 1
    return keep, end - len(keep), None


_ASIDE_BEFORE = re.compile(r",[ ](?:(?:which|who)[ ][^,;:()]{3,60}|[a-z]{3,}ly|" + "|".join(sorted(ASIDE_ADVERBS)) + r"|(?:the|a|an)[ ](?:[^,;:()]{2,50}|[^,;:()\d]{51,90})"
                           r"|[a-z]{3,}ed[ ][^,;:()]{2,50}|[a-z]{3,}(?:[ ]only)?[ ](?:in|for|to|by|at|from|with|as)[ ][^,;:()]{2,50}"
                           r"|(?:[\w'’-]+[ ]){1,3}(?:says|said|claims|claimed|argues|believe|believes)"
                           r"|[A-Z][\w'’-]*['’]s[ ][^,;:()]{2,50}"
                           r"|(?<=[a-z],[ ])[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,3}),[ ]?$")    # "The mill, Kryvbas, (was)"
_PARTICIPLE = re.compile(r",[ ](?:[a-z]+ly[ ])?[a-z]{3,}ing\b[^,;:]*$|,[ ](?:up|down)[ ](?:by[ ])?$"
                         r"|[ ]and[ ](?:[a-z]{3,}ly[ ])?(?:was|were|is|are|has|had|have)?[ ]?[a-z]{3,}ed\b[^,;:]*$"
                         rf"|[ ]and[ ](?:[a-z]{{3,}}ly[ ])?(?:{'|'.join(sorted(_AMOUNT_PAST))})[ ][^,;:]*$"
                         r"|[ ](?:before|after|while)[ ][a-z]{3,}ing\b[^,;:]*$"
                         r"|(?P<aside>,[ ](?:[a-z]{3,}ed\b|[a-z]{3,}[ ](?:for|to|by|at|from|in|with)\b)[^,;:]*$)")
#: Phrases that are no subject: what is added, not to what ("giving families an extra £5").
_NO_SUBJECT = frozenset(("an extra", "a further", "another", "an additional", "extra", "a total", "enough"))
_MAIN_VERBS = UP_VERBS | DOWN_VERBS | LEVEL_VERBS
_WORD_RE = re.compile(r"[A-Za-z'’-]+")


#: A share or a sum written with its sign: the verbs after one belong to the clause it is in.
_AMOUNT_WRITTEN = re.compile(r"[$£€¥]\d|\d%|\d[ ](?:per[ ]?cent|percent)\b")


def main_clause_subject(body: str, pos: int, sent_start: int) -> str | None:
    """'Output shrank for a third month, falling 1.5%', 'X protested and was fined £5,000': a participle
    clause or a second verb after 'and' is stated of the subject of the clause before it."""
    m = _PARTICIPLE.search(body, sent_start, pos)
    if not m or any(w.group() in OBJECT_PRONOUNS for w in _WORD_RE.finditer(body, m.start(), pos)):
        return None                     # "after watching them lose 2-0": the pronoun is the figure's subject
    prev = ""
    for t in _WORD_RE.finditer(body, sent_start, m.start()):
        if _AMOUNT_WRITTEN.search(body, sent_start, t.start()):
            break                       # "an average of 44% of X said Y was": the verb after a figure is another clause's
        low = t.group().lower()
        modifier = prev.lower() in DETERMINERS or prev.islower() and _adjective_like(prev)
        if modifier and low in AMOUNT_VERBS or prev.islower() and "-" in prev and low.endswith("ed"):
            prev = t.group()
            continue                    # "the global average concentration reached", "a two-year fixed": no verb
        prev = t.group()
        if t.start() > sent_start and (low in _MAIN_VERBS or low in AUX or low in AMOUNT_VERBS
                                       or low.endswith("ed") and t.group().islower()):
            return subject_before(body, t.start(), verb=False)
    if m.group("aside") and "," not in body[sent_start:m.start()]:
        return subject_before(body, m.start(), verb=False)   # "Vrana, signed for a reported £450,000, ..."
    return None
