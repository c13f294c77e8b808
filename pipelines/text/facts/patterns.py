"""The regular expressions of the fact reader, each named for what it finds."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pipelines.text.common import alt as _alt, prefix_tree
from pipelines.text.lexicon.calendar import MONTH_NUMBERS
from pipelines.text.lexicon.currencies import (
    CURRENCY_NAME_ADJECTIVES, CURRENCY_NAMES, SPACED_CURRENCY_CODES, WORD_CURRENCY_CODES,
)
from pipelines.text.lexicon.changes import CHANGE_WORDS
from pipelines.text.lexicon.hedges import HEDGES
from pipelines.text.lexicon.units import RATE_DENOMINATORS


_WORD_START = re.compile(r"\b\w")


def _may_overlap(keys: tuple[str, ...]) -> bool:
    """Whether one of ``keys`` can start inside another (after its first character): an end of one is
    the start of another ("Apr" and "pre-"), or one holds another ("of" in "roof")."""
    return any(b.startswith(a[i:]) or a[i:].startswith(b) for a in keys for b in keys for i in range(1, len(a)))


class KeyedPattern:
    """A pattern each match of which starts at most ``reach`` characters before a key (a literal
    word or word part it cannot match without), searched only there. :meth:`finditer` gives what
    ``pattern.finditer`` gives, among matches that start at a word (or where ``starts`` says),
    but the body is searched only for the keys (``str.find``, many times faster than any regex
    scan) and the full pattern tried only at the few starts before a key: full-pattern scans of
    every body cost most of the fact stage otherwise. With ``fold`` the keys (written in lower
    case) are found in a lower-cased copy, when that copy keeps every offset and holds every
    letter a case-blind match would (else they are matched ignoring case). Whitespace between
    words is one space in cleaned bodies, so ``reach`` counts single spaces. ``tree_keys`` are
    found together, by one scan of their prefix tree (:func:`~pipelines.text.common.prefix_tree`),
    which beats a ``str.find`` per key when they start with rare letters or share a start
    ("Jan", "Feb", ...; "the next ", "the past ", ...); none may occur overlapping another or
    inside one after its start, which that scan would miss (checked).
    """

    def __init__(self, pattern: re.Pattern[str], keys: Iterable[str], reach: int, *, tree_keys: Iterable[str] = (),
                 fold: bool = False, starts: re.Pattern[str] = _WORD_START):
        self.pattern, self.reach, self.fold, self.starts = pattern, reach, fold, starts
        self.keys = tuple(sorted(set(keys)))
        self.tree_keys = tuple(sorted(set(tree_keys)))
        if _may_overlap(self.tree_keys):
            raise ValueError(f"keys that may overlap cannot be found by one scan: {self.tree_keys}")
        self.tree = re.compile(prefix_tree(self.tree_keys)) if self.tree_keys else None
        self.keys_any_case = re.compile(_alt(self.keys + self.tree_keys), re.IGNORECASE)

    def _key_positions(self, body: str) -> Iterator[int]:
        text = body
        if self.fold:
            text = body.lower()
            # a case-blind pattern also reads dotless i and long s as i and s, which lower() keeps
            if len(text) != len(body) or "ı" in body or "ſ" in body:
                yield from (k.start() for k in self.keys_any_case.finditer(body))
                return
        find = text.find
        for key in self.keys:
            k = find(key)
            while k >= 0:
                yield k
                k = find(key, k + 1)
        if self.tree is not None:
            yield from (k.start() for k in self.tree.finditer(text))

    def _starts(self, body: str) -> list[int]:
        """Where a match may start, in order: the starts (one character each) within ``reach`` of a
        key, the windows of keys close together joined into one and each window scanned once."""
        windows: list[list[int]] = []
        for k in sorted(self._key_positions(body)):
            if windows and k - self.reach <= windows[-1][1]:
                windows[-1][1] = k + 1
            else:
                windows.append([max(0, k - self.reach), k + 1])
        scan = self.starts.finditer
        return [m.start() for lo, hi in windows for m in scan(body, lo, hi)]

    def finditer(self, body: str) -> Iterator[re.Match[str]]:
        last_end = -1
        match = self.pattern.match
        for pos in self._starts(body):
            if pos < last_end:
                continue
            m = match(body, pos)
            if m:
                last_end = m.end()
                yield m


WEB_RE = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")
BLOCK_RE = re.compile(
    r"(?=[\d+(Nn])(?:"
    r"\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,}"                 # +44 20 7946 0958
    r"|\(\d{2,5}\)[ .-]?\d{3,4}[ .-]?\d{3,4}"                             # (020) 7946 0958
    r"|\b0\d{2,4}[ .-]\d{3,4}[ .-]?\d{3,4}\b"                             # 020 7946 0958
    r"|\b\d{3}[.-]\d{3}[.-]\d{4}\b"                                       # 555-123-4567
    r"|\b1[ .-]8\d\d[ .-]\d{3}[ .-]\d{4}\b"                               # 1-800-555-0199
    r"|\b\d{1,2}(?:[:.]\d{2})?[ ]?(?:[ap]\.m\.|[ap]m\b)"                  # 3pm, 10.30am, 3 p.m.
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b"                                      # 10:30
    r"|\b\d{4}[ ]?(?:GMT|BST|UTC|CET|EST|EDT|ET|local[ ]time|hrs|hours[ ]GMT)\b"  # 1030 GMT
    r"|\b\d{1,2}[ ]o'clock\b"
    r"|\b\d{1,5}[A-Za-z]?[ ](?:[A-Z][a-z]+[ ]){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|"
    r"Blvd|Drive|Place|Square|Way|Terrace|Crescent|Close|Court|Parkway|Highway)\b"  # street
    r"|\b(?:No|Nos|no)\.?[ ]?\d+\b(?![,.]\d))"                           # No 10
)


_MONTH = f"(?:{prefix_tree(name.title() for name in MONTH_NUMBERS)})"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY_SEP = r"[ ]?(?:-|–|to|and|until)[ ]?"
DATE_RE = re.compile(
    rf"(?=[JFMASONDmelp\d'])(?<![A-Za-z0-9])(?:\b(?P<m1>{_MONTH})\.?[ ](?P<d1>{_DAY})(?:{_DAY_SEP}(?P<d1b>{_DAY}))?"
    rf"(?:,?[ ](?P<y1>{_YEAR}))?(?![\d,]\d|[:.]\d|\w)"
    rf"|\b(?P<d2>{_DAY})(?:{_DAY_SEP}(?P<d2b>{_DAY}))?[ ](?:of[ ])?(?P<m2>{_MONTH})\b"
    rf"(?:,?[ ](?P<y2>{_YEAR})\b)?"
    rf"|\b(?P<m3>{_MONTH})\.?,?[ ](?P<y3>{_YEAR})\b"
    rf"|(?P<dec>\b(?:1[89]|20)\d0s\b|'\d0s\b)"
    rf"|\b(?P<pre>mid|early|late|pre|post)-(?P<y4>{_YEAR})\b)"
)
#: Calendar dates, searched near a month name, a decade's "0s" or "mid-" (a day and range start up
#: to 19 characters before the month: "12th until 14th of May"); "'90s" starts at its apostrophe.
#: Every month's name and abbreviation starts with its first three letters ("Sep", "Sept", "September").
_MONTH_KEYS = {name.title()[:3] for name in MONTH_NUMBERS}
DATES = KeyedPattern(DATE_RE, ("0s", "mid-", "early-", "late-", "pre-", "post-"), 24, tree_keys=_MONTH_KEYS,
                     starts=re.compile(r"\b\w|'"))


#: The ISO codes of currencies (all three capitals: no code is the start of another), as regexes.
_CODES = prefix_tree(SPACED_CURRENCY_CODES)
_WORD_CODES = prefix_tree(WORD_CURRENCY_CODES)
CUR_LEFT = re.compile(
    r"(?:(?P<sym>(?<![A-Za-z])(?:US|AU|A|CA|C|HK|NT|S|NZ|R|MX)?\$|[£€¥₹₩₽₦₺₱₪])"
    rf"|(?<![A-Za-z])(?P<code>{_CODES}|Rs\.?|RMB|RM|Rp)[ ]?)[ ]?$"
    rf"|(?<![A-Za-z])(?P<glued>{_WORD_CODES})$"
)
#: A line of its own that gives the currency and scale of the bare figures under it:
#: "in EUR million", "(USD m)", "All figures in $bn", "GBP 000s".
TABLE_SCALE_HEADER = re.compile(
    r"(?m)^[^\n\d]{0,40}?(?:^|[ (])(?:in[ ])?"
    rf"(?P<cur>(?<![A-Za-z])(?:{_CODES})|(?:US|A|C|HK)?\$|[£€¥₹])"
    r"[ ]?(?P<scale>m|mn|mln|million|millions|bn|billion|billions|thousand|thousands|k|000s|'000)(?![\w'])"
    r"[^\n\d]{0,40}$")
HEDGE_LEFT = re.compile(rf"(?<![\w])(?P<h>(?i:{_alt(HEDGES)}))[ ]+$")
NEG_LEFT = re.compile(r"(?:(?<![\w])(?i:minus)[ ]|(?<![\w-])[-−])$")

#: Currency names and their adjectives (written in lower case, read ignoring case).
_CURRENCY_NAME_ALT = prefix_tree(CURRENCY_NAMES)
_CURRENCY_ADJ_ALT = prefix_tree(CURRENCY_NAME_ADJECTIVES)
#: A word that may be a unit of measure, read by :func:`pipelines.text.facts.units.measure_unit`.
UNIT_WORD = (
    r"(?:(?:square|sq\.?|cubic|cu\.?|light|nautical|metric|fluid)[ ])?"
    r"[A-Za-zµ][A-Za-z²³µ]*(?:/\d*[A-Za-z]+|-(?=ft\b)[a-z]+)?(?:(?:(?<=watt)|(?<=watts))[ -]hours?)?"
    r"(?:(?<=parts)[ ]per[ ](?:million|billion|trillion)\b)?"
)
RIGHT = re.compile(
    r"(?P<pct>[ ]?(?:%|per[ ]?cent\b|percent\b|pct\b|pc\b))"
    r"|(?P<pp>[ ]percentage[ -]points?\b)"
    r"|(?P<bp>[ ]basis[ ]points?\b)"
    rf"|(?P<cw>[ ](?:(?P<cadj>(?i:{_CURRENCY_ADJ_ALT}))[ ])?(?P<cname>(?i:{_CURRENCY_NAME_ALT}))\b)"
    rf"|(?P<code>[ ]?(?:{_CODES})\b|(?:{_WORD_CODES})\b)"
    r"|(?P<csym>[ ]?[€£¥₹](?!\d))"
    r"|(?P<temp>[ ]?°[ ]?[CF]\b|[ ]degrees?[ ](?:Celsius|centigrade|Fahrenheit|C|F)\b|°|C\b|F\b)"
    r"|(?P<age>[ -]years?[ -]olds?\b)"
    r"|(?P<times>[ ]times\b|x\b(?![-'’])|-fold\b)"
    r"|(?P<dur>[ -]?(?P<dunit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|"
    r"decades?|century|centuries|hrs?|mins?|secs?|yrs?)\b)(?![ -]old)"
    r"|(?P<pence>p\b(?![.,]\d))"
    rf"|(?P<meas>(?P<msep>[ -]?)(?P<munit>{UNIT_WORD})(?![\w/]))"
    r"|(?P<sfx>[A-Za-z])"
)
#: A figure written like a clock: "2:05:11", "58:30", "9:58.4" (a time of day unless the context says a time taken).
CLOCK_FIGURE = re.compile(
    r"(?<![\d:.,])(?P<a>\d{1,3}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?(?:\.(?P<f>\d{1,2}))?(?![\d:]|[.,]\d)")
#: What follows a clock figure that makes it a time of day: "10:30 a.m.", "14:00 GMT", "9:15 local time".
CLOCK_OF_DAY_AFTER = re.compile(r"[ ]?(?:[ap]\.?m\b|GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT|local|hrs\b|h\b|o'clock)",
                                re.IGNORECASE)
#: "-judge panel", "-nation bloc": a singular noun glued to a number, then the noun it modifies.
COMPOUND_COUNT = re.compile(r"-(?P<noun>[a-z]{3,})(?<!s)[ ](?P<head>[a-z][a-z-]+)\b")
#: Two sides of a sports result ("2-0", "3–1").
SCORE_PAIR = re.compile(r"(?<!\d)\d{1,3}[-–]\d{1,3}(?![\d.,:/-])")
#: What follows "N times" when it is a multiple ("three times as many", "1.3 times the average").
TIMES_AFTER = re.compile(
    r"[ ](?:as|more|less|higher|lower|larger|bigger|smaller|faster|greater|longer|the|that|what|its|their|his|her|"
    r"our|over|earlier|normal|average|quicker|slower|cheaper|dearer|stronger|weaker|heavier|lighter|wider|deeper|"
    r"taller|brighter|louder|richer|costlier|likelier)\b")
#: The words that link a figure to the one before it in a sentence: "rose 12% to (reach) $1.2bn", "to 5.1%,
#: up from 4.9%", "$2,310 a tonne, compared with $2,190"; at the end of the text between them
#: (``LINK_BEFORE``) or as all of it (``LINK_GAP``).
_LINK_WORDS = r"(?:(?:up|down)[ ])?(?:from|to(?:[ ](?:reach|hit|top))?|at|or|compared[ ]with|against|versus)"
LINK_BEFORE = re.compile(rf"(?:[ ]|,[ ]){_LINK_WORDS}[ ]$")
LINK_GAP = re.compile(rf"(?:,[ ]|[ ]){_LINK_WORDS}[ ]")
#: "a barrel", "per game", "/month", "per 100,000 people", "/MWh", "per kilowatt-hour": the denominator of a rate.
PER = re.compile(
    rf"(?:[ ](?:per|each|every)[ ]|/)(?P<per>(?:\d[\d,]*[ ]?)?[A-Za-z][A-Za-z]*(?:-[a-z]+)?(?:[ ][a-z]+s\b)?)\b"
    rf"|[ ](?:a|an)[ ](?P<per_a>{_alt(RATE_DENOMINATORS)})\b(?![-'’])"
)
_WORD = r"(?:[A-Z]\.){2,}|\w[\w'’&-]*"          # "U.S." or a word (hyphens, apostrophes)
NEXT4 = re.compile(
    rf"[ ]((?:[A-Z]\.){{2,}}|[A-Za-z][\w'’&-]*)(?:[ ]({_WORD}))?(?:[ ]({_WORD}))?(?:[ ]({_WORD}))?"
)
OBJ_CHUNK = re.compile(r"(?:[^,;:.!?()\"“”\[\]—–\n]|\.(?=\w)|,(?=\d))+")
#: "of" after a figure, maybe past "or more" ("5% or more of the firm's shares").
OF = re.compile(r"[ ](?:or[ ](?:more|less|fewer|over|above|under|so)[ ])?of[ ]")
#: A percent sign or word right after a number: "sector 1.2 percent" is no sector's name.
PERCENT_AFTER = re.compile(r"[ ]?(?:%|per[ ]?cent\b|percent\b)")
PP_AFTER = re.compile(r"[ ]percentage[ -]points?\b")
HALF_PP = re.compile(r"[ ]an?[ ]percentage[ -]point\b")
OF_A_POINT = re.compile(r"[ ]of[ ]an?[ ]percentage[ -]point\b")
OF_A_SCALE = re.compile(r"[ ]of[ ]an?[ ](?:million|billion|trillion|century|decade|mile|point)\b")
HALF_DUR = re.compile(
    r"(?:[ ]an?[ ]|-)(?P<u>hour|day|year|decade|century|minute|second|week|month|season)\b(?!-)")
HALF_NP = re.compile(
    r"[ ]of[ ]|[ ](?=(?:the|its|their|his|her|our|this|that|these|those|all)\b)")
#: A time horizon with no number: "over the next decade", "in the past year" (not "the last decade of ...").
_HORIZON_WORDS = ("next", "past", "last", "coming", "previous", "following")
HORIZON_RE = re.compile(
    rf"\b(?:over|in|within|during|for|throughout)[ ](?P<span>the[ ](?:{'|'.join(_HORIZON_WORDS)})[ ]"
    r"(?P<u>decade|century|year|month|week|fortnight))\b(?![ ](?:of|or|and)\b)", re.IGNORECASE)
HORIZONS = KeyedPattern(HORIZON_RE, (), len("throughout "), tree_keys=(f"the {w} " for w in _HORIZON_WORDS), fold=True)
ART_UNIT = re.compile(r"[ ](?P<u>decade|century|year|month|week|fortnight|day|hour|minute)\b(?![ ](?:or|and)\b)")
RATIO_OF_GAP = re.compile(
    r"[ ](?:out[ ])?of[ ](?:(?:the|their|its|his|her|our|these|those|all)[ ])?"
    r"(?:(?:last|first|past|previous|next|top|remaining|total|original)[ ])?")
RATIO_IN_GAP = re.compile(r"[ ]in[ ]")
RANGE_GAP = re.compile(r"[ ]?[-–—][ ]?|[ ](?P<w>to|and|or)[ ]")
DATE_RANGE_GAP = re.compile(r"[-–/]|[ ](?:to|and)[ ]|[ ]?[-–][ ]?")
GROUP_TAIL = re.compile(
    r"(?:\b(?:worth|valued[ ]at|value[ ]of|totall?ing|amounting[ ]to|accounting[ ]for|accounts?[ ]for|"
    r"representing|equivalent[ ]to|equal[ ]to|or|i\.e\.|making[ ]up|made[ ]up[ ]of|comprising|"
    r"that[ ]is|which[ ]is|costing|at[ ]a[ ]cost[ ]of)"
    r"(?:[ ](?:a|an|the|some|combined|total|of|about|around|nearly|roughly|almost|just|over|estimated|"
    r"approximately|more[ ]than))*[ ]*|\([ ]*)$")
GROUP_CHANGE_GAP = re.compile(r"[ ](?:to|from)[ ]")

CHANGE_RE = re.compile(r"\b(?:" + "|".join(sorted(CHANGE_WORDS - {"by", "from", "up", "down"})) + r")\b[^.;]*$")
SPORT_WORDS = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|beaten|lost|lose|loses|losing|drew|draw|draws|drawn|"
    r"defeat|defeated|defeats|victory|victories|thrash|thrashed|thrashing|trounced|edged|lead|led|"
    r"leading|trail|trailed|trailing|score|scored|scores|scoreline|aggregate|half-time|full-time|"
    r"match|game|set|sets|tie-break|tiebreak|final|semi-final|goal|goals|try|tries|innings|"
    r"triumph|success|reverse|loss|rout|routed|clinched|claimed|sealed|hammered|victors?|winners|"
    r"losers|margin|scoreline|penalty|penalties|points)\b", re.I)

MONEY_PAREN = re.compile(r"[ ]?\([^()\n]{1,40}\)")
MONEY_ON = re.compile(r"[ ](?:on|for)[ ](?=[a-z])"
                      r"|[ ]in[ ](?!(?:the|a|an|its|their|his|her|our|this|that|these|those|early|late|total)\b)(?=[a-z])")
MONEY_NOUN = re.compile(r"[ ](?P<w>[a-z][a-z'-]+)\b")
WORTH_LEFT = re.compile(r"(?:[ ]|,[ ])(?:worth|valued[ ]at)[ ]+$")
