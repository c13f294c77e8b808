"""Quantitative facts: numbers in a body with what they count, cost or measure.

How it works
------------
1. ``block``: spans that hold digits but no facts are set aside first: URLs, e-mail
   addresses, phone numbers, times of day (``3pm``, ``10:30``, ``1030 GMT``), street
   addresses (``10 Downing Street``) and ``No 10``.
2. ``date.*``: calendar dates are read next (``Jan. 7``, ``7 January 2005``, ``January 4 to 7``,
   ``March 2005``, ``the 1990s``, ``mid-2005``), so their digits never become counts.
3. Every other number written in the body (:data:`pipelines.text.numbers.NUMBER_RE`) is an
   *anchor*. Its left context gives a currency (``$``, ``HK$``, ``USD``, ``Rs``) and a hedge
   (``about``, ``more than``...); its right context gives what it is: a percent, a currency
   name, a temperature, an age, a time unit, a measure unit, or else a counted noun. A number
   that names something instead of counting (``Boeing 747``, ``Windows 11``, ``Article 9``,
   ``version 2``, ``top 10``), an ordinal (``29th``) or a year is never a count.
4. Neighbouring anchors in one sentence are joined: ratios (``20 of the 27 total cases``,
   ``one in five adults``), ranges (``two to three years``, ``$5m-$6m``, ``between 5 and 10%``)
   and sports scores (``won 3-1``). Numbers left without a unit are dropped, and so are
   anaphoric counts (``the two leaders``) and counts of one (``one must``).
5. Facts about the same thing share a ``group_id`` (see :func:`_group`).

Fact values
-----------
``count`` the number, ``unit`` the counted noun with its modifiers (``US troops``);
``money`` whole currency units, ``unit`` an ISO 4217 code; ``proportion`` a fraction in [0, 1]
with no unit (``74 percent`` is 0.74; a change in ``percentage points`` has rule
``proportion.points``; percentages over 100 are ``measure`` facts, a fraction with no unit:
``150%`` is 1.5); ``ratio`` numerator with ``total``; ``duration``
in ``unit`` (second, minute, hour, day, week, month, year, decade, century); ``age`` in years;
``measure`` in ``unit`` (km, mile, tonne, MW, ..., ``score`` for sports results, whose
``normalized`` is ``3-1``); ``temperature`` in C or F; ``date``: ``value`` is the year (NULL
when the text gives none), ``date`` the calendar day when the text gives day, month and year,
``normalized`` ISO (``2005-01-07``, ``--01-07`` without a year,
``2005-01``, ``2005``, ``1990s``; day ranges as ``--01-04/--01-07``), year ranges
(``2004-05``) have ``value_high``. Every fact's ``display`` is how a person writes it
(``50%``, ``20 of 27 cases``, ``$44 million``, ``Jan 4``; see :mod:`pipelines.text.display`).

Rules
-----
``money.symbol``, ``money.symbol_scale``, ``money.code``, ``money.word``, ``money.subunit``;
``proportion.percent``, ``proportion.points``, ``proportion.fraction``, ``proportion.half``;
``measure.percent``, ``measure.unit``, ``measure.metres``, ``measure.basis_points``,
``measure.score``, ``measure.noun`` (a fractional amount of a noun: ``2.5 points``);
``ratio.of``, ``ratio.in``; ``duration.unit``, ``duration.article``,
``duration.half``, ``duration.horizon``; ``age.aged``, ``age.year_old``, ``age.name_comma``;
``temperature.degrees``; ``count.noun``; ``date.year``, ``date.month_day``,
``date.day_month``, ``date.month_year``, ``date.decade``, ``date.prefixed_year``; a range
built from two anchors is ``<kind>.range``.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pipelines.records import Fact, Sentence
from pipelines.text.common import stable_id
from pipelines.text.display import calendar_date, display, readable
from pipelines.text.numbers import ONES, TENS, iter_number_matches, match_value, parse_fraction, scale_of

# ------------------------------------------------------------------ vocabulary (data)

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NT$": "TWD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "MX$": "MXN",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₦": "NGN",
    "₺": "TRY", "₱": "PHP", "₪": "ILS",
}
CURRENCY_CODES: frozenset[str] = frozenset(
    "USD EUR GBP JPY CNY KRW INR AUD CAD CHF HKD SGD NZD TWD BRL MXN RUB ZAR TRY SEK NOK DKK "
    "PLN IDR THB MYR PHP VND NGN EGP SAR AED ILS PKR BDT KES ARS CLP COP PEN UAH HUF CZK QAR KWD".split()
)
#: Prefixes that are not ISO codes but name a currency.
CURRENCY_PREFIX_WORDS: dict[str, str] = {"Rs": "INR", "Rs.": "INR", "RMB": "CNY", "Rp": "IDR"}
#: Currency names written after a number, with the country adjectives that change them.
CURRENCY_NAMES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "won": "KRW", "rupee": "INR", "rupees": "INR", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "peso": "MXN", "pesos": "MXN",
    "rand": "ZAR", "reais": "BRL", "real": "BRL", "lira": "TRY", "liras": "TRY", "naira": "NGN",
    "shekel": "ILS", "shekels": "ILS", "dirham": "AED", "dirhams": "AED", "riyal": "SAR",
    "riyals": "SAR", "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "dong": "VND",
    "krona": "SEK", "kronor": "SEK", "krone": "DKK", "kroner": "DKK", "zloty": "PLN",
    "zlotys": "PLN", "forint": "HUF", "hryvnia": "UAH", "hryvnias": "UAH", "franc": "CHF",
    "francs": "CHF", "cent": "USD", "cents": "USD", "pence": "GBP",
}
CURRENCY_ADJECTIVES: dict[tuple[str, str], str] = {
    ("australian", "dollar"): "AUD", ("canadian", "dollar"): "CAD", ("hong kong", "dollar"): "HKD",
    ("new zealand", "dollar"): "NZD", ("singapore", "dollar"): "SGD", ("taiwan", "dollar"): "TWD",
    ("taiwanese", "dollar"): "TWD", ("new taiwan", "dollar"): "TWD", ("zimbabwe", "dollar"): "ZWL",
    ("zimbabwean", "dollar"): "ZWL", ("egyptian", "pound"): "EGP", ("pakistani", "rupee"): "PKR",
    ("sri lankan", "rupee"): "LKR", ("argentine", "peso"): "ARS", ("philippine", "peso"): "PHP",
    ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP", ("norwegian", "krone"): "NOK",
    ("danish", "krone"): "DKK", ("swedish", "krona"): "SEK", ("swiss", "franc"): "CHF",
    ("cfa", "franc"): "XOF", ("brazilian", "real"): "BRL", ("south african", "rand"): "ZAR",
    ("euro", "cent"): "EUR",
}
#: Names that are only a currency with help: "won" with a scale or a thousands-size amount,
#: "real" and "franc(s)" only with a country adjective.
_NEEDS_ADJECTIVE = frozenset({"real", "franc", "francs"})

HEDGES: tuple[str, ...] = (
    "just under", "just over", "just below", "just above", "well over", "well under",
    "well above", "well below", "more than", "less than", "fewer than", "at least", "at most",
    "up to", "close to", "upwards of", "as many as", "as much as", "as few as", "as little as",
    "no more than", "no fewer than", "no less than", "not more than", "in excess of",
    "an estimated", "estimated", "approximately", "approx.", "roughly", "nearly", "almost",
    "about", "around", "some", "over", "under", "below", "above", "circa",
)
HEDGE_WORDS = frozenset(w for h in HEDGES for w in h.split())

TIME_UNIT_NAMES: dict[str, tuple[str, int]] = {
    "second": ("second", 1), "seconds": ("second", 1), "minute": ("minute", 1), "minutes": ("minute", 1),
    "hour": ("hour", 1), "hours": ("hour", 1), "day": ("day", 1), "days": ("day", 1),
    "week": ("week", 1), "weeks": ("week", 1), "fortnight": ("week", 2), "fortnights": ("week", 2),
    "month": ("month", 1), "months": ("month", 1), "year": ("year", 1), "years": ("year", 1),
    "decade": ("decade", 1), "decades": ("decade", 1), "century": ("century", 1),
    "centuries": ("century", 1), "hr": ("hour", 1), "hrs": ("hour", 1), "min": ("minute", 1),
    "mins": ("minute", 1), "sec": ("second", 1), "secs": ("second", 1), "yr": ("year", 1), "yrs": ("year", 1),
}

MEASURE_UNITS: dict[str, str] = {
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "mile", "mile": "mile", "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "cm": "cm", "centimetres": "cm", "centimeters": "cm", "mm": "mm", "millimetres": "mm",
    "millimeters": "mm", "feet": "ft", "foot": "ft", "ft": "ft", "inches": "in", "inch": "in",
    "yards": "yd", "yard": "yd", "tonnes": "tonne", "tonne": "tonne", "tons": "ton", "ton": "ton",
    "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg", "kilos": "kg",
    "grams": "g", "grammes": "g", "g": "g", "lb": "lb", "lbs": "lb", "ounces": "oz", "oz": "oz",
    "barrels": "barrel", "barrel": "barrel", "bpd": "barrels per day", "litres": "litre",
    "liters": "litre", "litre": "litre", "liter": "litre", "gallons": "gallon", "gallon": "gallon",
    "megawatts": "MW", "megawatt": "MW", "MW": "MW", "gigawatts": "GW", "gigawatt": "GW", "GW": "GW",
    "kilowatts": "kW", "kilowatt": "kW", "kW": "kW", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh",
    "TWh": "TWh", "mph": "mph", "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "knots": "knot",
    "hectares": "ha", "hectare": "ha", "ha": "ha", "acres": "acre", "acre": "acre",
    "square miles": "sq mile", "square mile": "sq mile", "square kilometres": "km2",
    "square kilometers": "km2", "sq km": "km2", "square metres": "m2", "square meters": "m2",
    "square feet": "sq ft", "sq ft": "sq ft", "cubic metres": "m3", "cubic meters": "m3",
    "GB": "GB", "MB": "MB", "TB": "TB", "gigabytes": "GB", "megabytes": "MB", "terabytes": "TB",
    "Mbps": "Mbps", "Gbps": "Gbps", "kbps": "kbps", "GHz": "GHz", "MHz": "MHz",
    "gigabyte": "GB", "megabyte": "MB", "terabyte": "TB", "megabits": "Mbit", "megabit": "Mbit",
    "gigabits": "Gbit", "gigabit": "Gbit",
    "magnitude": "magnitude", "teraflops": "teraflops", "gigaflops": "gigaflops", "megaflops": "megaflops",
    "decibels": "dB", "megapixels": "megapixel", "megapixel": "megapixel", "carats": "carat",
    "calories": "calorie", "light years": "light year",
    # flow, freight, gas, yield and power units common in economic and security news
    "cusecs": "cusec", "cusec": "cusec", "cumecs": "cumec", "cubic feet": "cu ft", "TEUs": "TEU", "TEU": "TEU",
    "MMBtu": "MMBtu", "mmbtu": "MMBtu", "kilotonnes": "kt", "kilotons": "kt", "megatonnes": "Mt",
    "megatons": "Mt", "watts": "W", "volts": "V", "kilovolts": "kV", "petabytes": "PB",
    "nautical miles": "nautical mile", "bushels": "bushel", "quintals": "quintal",
}
#: Standard race distances: "the 100m" in sport is metres, not a million.
RACE_METRES = frozenset({50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})
RACE_WORDS = frozenset("""
hurdles freestyle butterfly backstroke breaststroke medley relay steeplechase race races final finals
title titles record records gold silver bronze heat heats sprint event events run champion champions
crown win victory medal medals indoor outdoor world personal semi-final semi-finals hurdlers runners
runner specialist
""".split())
#: Plural words that are usually modifiers of a following plural head ("athletics medals").
MODIFIER_PLURALS = frozenset("""
athletics sports arms savings sales singles goods news olympics physics economics politics
electronics communications services securities futures customs drugs weapons telecommunications
""".split())

#: Words after which a number names a thing rather than counting it.
TRAP_WORDS = frozenset({
    "version", "v", "ver", "chapter", "page", "pages", "p", "pp", "section", "article", "clause",
    "paragraph", "para", "no", "nos", "number", "#", "room", "flight", "route", "line", "platform",
    "gate", "highway", "interstate", "channel", "radio", "level", "grade", "stage", "phase",
    "episode", "figure", "fig", "table", "item", "rule", "amendment", "resolution", "proposition",
    "vol", "volume", "issue", "edition", "model", "type", "category", "class", "division", "tier",
    "exit", "junction", "bus", "building", "apartment", "apt", "suite", "floor", "code", "zone",
    "district", "ward", "sector", "block", "cell", "top", "bottom", "under-", "series", "mark",
    "windows", "formula", "act", "lot", "step", "track", "verse", "psalm", "unit", "bay", "pier",
    "terminal", "berth", "seat", "row", "box", "reg", "regulation", "law", "bill", "hr", "s",
})
#: Capitalised words that may stand before a number without naming a product.
FUNCTION_WORDS = frozenset("""
the a an in on at by to of for from with about around some nearly almost over only just more less
fewer up under between and but or nor after before during since until than all another its their
his her our my your this that these those both each every last next past first roughly
approximately exactly precisely barely even still also now already again such plus minus here
there where why how what which who whose whom i we you he she it they is are was were be been has
have had will would could should may might must can did do does says said told within without
into onto off out per via through throughout toward towards above below beyond against along
across behind beside besides near unlike despite including among excluding except when while if
as so yet then estimated almost just nearly around another other many most much several few
once twice however meanwhile overall altogether approximately nearly
""".split())
MONTH_NAMES: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DATE_WORDS = DAY_NAMES | frozenset(MONTH_NAMES)
#: Determiners that make a small spelled-out count anaphoric ("the two leaders").
ANAPHORIC_DETERMINERS = frozenset(
    "the these those both all its their his her our my your whose each".split())
CHANGE_WORDS = frozenset("""
rose rise rises rising risen fell fall falls falling fallen up down increased increase increases
decreased decrease decreases jumped jump jumps climbed climb climbs dropped drop drops grew grow
grows growing slipped slip slid slide gained gain gains lost lose shed cut cuts raised raise
lifted lift lowered lower soared soar surged surge plunged plunge plummeted tumbled slumped
declined decline dipped dip edged advanced added boosted trimmed by from
""".split())
_CHANGE_RE = re.compile(r"\b(?:" + "|".join(sorted(CHANGE_WORDS - {"by", "from", "up", "down"})) + r")\b[^.;]*$")
SPORT_WORDS = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|beaten|lost|lose|loses|losing|drew|draw|draws|drawn|"
    r"defeat|defeated|defeats|victory|victories|thrash|thrashed|thrashing|trounced|edged|lead|led|"
    r"leading|trail|trailed|trailing|score|scored|scores|scoreline|aggregate|half-time|full-time|"
    r"match|game|set|sets|tie-break|tiebreak|final|semi-final|goal|goals|try|tries|innings|"
    r"triumph|success|reverse|loss|rout|routed|clinched|claimed|sealed|hammered|victors?|winners|"
    r"losers|margin|scoreline|penalty|penalties|points)\b", re.I)

#: Words that cannot start or be a counted noun phrase.
COUNT_STOP = frozenset("""
the a an of in on at to for from by with and or but as than that which who whom whose is are
was were be been being has have had will would can could should may might must do does did
shall per times time percent cent each apiece so too very also only just still yet ago later
earlier before after since until when while if then there here this these those it its they
them their he she his her him we us our you your i me my out up down over under into onto off
about around against between among through during without within across behind beyond toward
towards plus minus others another ones one all both some many much most few several such what
where why how not no nor said says say told tells according compared versus vs v whereas
already again back away last next first second third former latter same own ever never now
once twice thereafter respectively alone altogether overall apart or either neither via
including include includes included lower higher less least worth valued totalling
totaling against ahead behind thousands hundreds millions billions dozens tens scores
""".split())
#: Modifiers kept out of a counted unit ("27 total cases" -> "cases").
UNIT_DROP_MODIFIERS = frozenset("more fewer other further extra additional total overall such".split())
#: Units that are page furniture, not facts ("list of 4 items").
JUNK_UNITS = frozenset("items comments replies likes retweets slides entries".split())
IRREGULAR_PLURALS = frozenset("""
people men women children police staff personnel cattle sheep fish deer aircraft feet teeth geese
mice livestock offspring clergy poultry swine salmon spacecraft series species folk data media
""".split())
NOT_PLURALS = frozenset("""
this his its has was is as us thus plus less unless always perhaps sometimes besides towards
afterwards whereas regardless various numerous previous news means whereabouts yes does goes
says makes takes gives gets comes seems becomes remains needs wants hopes expects plans
""".split())
#: Nouns that make a year-sized number a count ("about 2000 people").
PERSON_NOUNS = frozenset("""
people persons men women children jobs workers employees staff troops soldiers students
homes houses patients deaths cases voters members families residents refugees protesters
""".split())

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
amid following until unless whereas
""".split())
#: Nouns ending in -ly, which must not end a phrase as if they were adverbs.
LY_NOUNS = frozenset("""
assembly family supply ally rally monopoly italy anomaly belly jelly bully lily folly homily reply
july tally holly butterfly fly daily weekly monthly quarterly elderly oligopoly ugly
""".split())
OBJECT_TRIM = frozenset(
    "of the a an in on at to for from by with and or its their his her our this that these those".split())
_WEIGHT_VERBS = frozenset("weigh weighs weighed weighing lost gained shed heavier lighter".split())
_YEAR_PREPOSITIONS = frozenset("in since by from until till before after during of circa c".split())
_VERB_FOLLOWERS = frozenset("a an the that their its his her them it this these those".split())
_DETS_BEFORE_PARTICIPLE = frozenset("the a an its their his her our this that these those".split())
#: Irregular past forms and -s verbs that are rarely nouns: they end an object phrase.
OBJECT_VERBS = frozenset("""
quit fled sought brought thought taught caught fought told spent sent lent built meant led drew
threw flew knew wrote spoke broke chose drove rode ran began sang swam stood understood forgot
forgave overtook undertook withdrew given taken shown seen done gone chosen driven stolen consists contains includes represents accounts seems appears
suggests shows makes helps allows means tends continues amounts equates
""".split())
#: Subject pronouns: a new clause starts ("half his promises he will keep").
SUBJECT_PRONOUNS = frozenset("he she it they we you i".split())
#: Object pronouns, after which only a preposition continues the phrase ("a third of them read").
OBJECT_PRONOUNS = frozenset("them us him me".split())
#: Adjectives that start a clause when followed by "to" ("mobiles able to send").
_TO_ADJECTIVES = frozenset("able unable likely unlikely willing unwilling expected due set going trying "
                           "forced eager keen ready".split())
_TIME_STOP = frozenset(
    "last next yesterday today tomorrow ago earlier later tonight abroad otherwise worldwide nationwide "
    "what how why".split())
_OBJ_PREPOSITIONS = frozenset("of in on at for from with by to among across within over under".split())

# ------------------------------------------------------------------ patterns

def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WEB_RE = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_BLOCK_RE = re.compile(
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

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY_SEP = r"[ ]?(?:-|–|to|and|until)[ ]?"
_DATE_RE = re.compile(
    rf"(?=[JFMASONDmelp\d'])(?<![A-Za-z0-9])(?:\b(?P<m1>{_MONTH})\.?[ ](?P<d1>{_DAY})(?:{_DAY_SEP}(?P<d1b>{_DAY}))?"
    rf"(?:,?[ ](?P<y1>{_YEAR}))?(?![\d,]\d|[:.]\d|\w)"
    rf"|\b(?P<d2>{_DAY})(?:{_DAY_SEP}(?P<d2b>{_DAY}))?[ ](?:of[ ])?(?P<m2>{_MONTH})\b"
    rf"(?:,?[ ](?P<y2>{_YEAR})\b)?"
    rf"|\b(?P<m3>{_MONTH})\.?,?[ ](?P<y3>{_YEAR})\b"
    rf"|(?P<dec>\b(?:1[89]|20)\d0s\b|'\d0s\b)"
    rf"|\b(?P<pre>mid|early|late|pre|post)-(?P<y4>{_YEAR})\b)"
)

_CUR_LEFT = re.compile(
    r"(?:(?P<sym>(?<![A-Za-z])(?:US|AU|A|CA|C|HK|NT|S|NZ|R|MX)?\$|[£€¥₹₩₽₦₺₱₪])"
    rf"|(?<![A-Za-z])(?P<code>{'|'.join(sorted(CURRENCY_CODES))}|Rs\.?|RMB|Rp)[ ]?)[ ]?$"
)
_HEDGE_LEFT = re.compile(rf"(?<![\w])(?P<h>(?i:{_alt(HEDGES)}))[ ]+$")
_NEG_LEFT = re.compile(r"(?:(?<![\w])(?i:minus)[ ]|(?<![\w-])[-−])$")

_CURRENCY_NAME_ALT = _alt(CURRENCY_NAMES)
_CURRENCY_ADJ_ALT = _alt({a for a, _ in CURRENCY_ADJECTIVES} | {"us", "u.s.", "american", "korean", "south korean",
                                                               "japanese", "chinese", "indian", "russian", "turkish",
                                                               "mexican", "hong kong"})
_MEASURE_ALT = _alt(MEASURE_UNITS)
_RIGHT = re.compile(
    r"(?P<pct>[ ]?(?:%|per[ ]?cent\b|percent\b|pct\b|pc\b))"
    r"|(?P<pp>[ ]percentage[ -]points?\b)"
    r"|(?P<bp>[ ]basis[ ]points?\b)"
    rf"|(?P<cw>[ ](?:(?P<cadj>(?i:{_CURRENCY_ADJ_ALT}))[ ])?(?P<cname>(?i:{_CURRENCY_NAME_ALT}))\b)"
    rf"|(?P<code>[ ]?(?:{'|'.join(sorted(CURRENCY_CODES))})\b)"
    r"|(?P<temp>[ ]?°[ ]?[CF]\b|[ ]degrees?[ ](?:Celsius|centigrade|Fahrenheit|C|F)\b|°|C\b|F\b)"
    r"|(?P<age>[ -]years?[ -]olds?\b)"
    r"|(?P<dur>[ -]?(?P<dunit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|"
    r"decades?|century|centuries|hrs?|mins?|secs?|yrs?)\b)(?![ -]old)"
    rf"|(?P<meas>[ -]?(?P<munit>{_MEASURE_ALT})(?![\w/])(?:[ ](?:a|per)[ ](?P<per>day|year|week|month|hour|second)\b)?)"
    r"|(?P<pence>p\b(?![.,]\d))"
    r"|(?P<sfx>[A-Za-z])"
)
_WORD = r"(?:[A-Z]\.){2,}|\w[\w'’&-]*"          # "U.S." or a word (hyphens, apostrophes)
_NEXT4 = re.compile(
    rf"[ ]((?:[A-Z]\.){{2,}}|[A-Za-z][\w'’&-]*)(?:[ ]({_WORD}))?(?:[ ]({_WORD}))?(?:[ ]({_WORD}))?"
)
_OBJ_CHUNK = re.compile(r"(?:[^,;:.!?()\"“”\[\]—–\n]|\.(?=\w)|,(?=\d))+")
_OF = re.compile(r"[ ]of[ ]")
_PP_AFTER = re.compile(r"[ ]percentage[ -]points?\b")
_HALF_PP = re.compile(r"[ ]an?[ ]percentage[ -]point\b")
_OF_A_SCALE = re.compile(r"[ ]of[ ]an?[ ](?:million|billion|trillion|century|decade|mile|point)\b")
_HALF_DUR = re.compile(
    r"(?:[ ]an?[ ]|-)(?P<u>hour|day|year|decade|century|minute|second|week|month|season)\b(?!-)")
_HALF_NP = re.compile(
    r"[ ]of[ ]|[ ](?=(?:the|its|their|his|her|our|this|that|these|those|all)\b)")
#: A time horizon with no number: "over the next decade", "in the past year" (not "the last decade of ...").
_HORIZON_RE = re.compile(
    r"\b(?:over|in|within|during|for|throughout)[ ](?P<span>the[ ](?:next|past|last|coming|previous|following)[ ]"
    r"(?P<u>decade|century|year|month|week|fortnight))\b(?![ ](?:of|or|and)\b)", re.IGNORECASE)
_ART_UNIT = re.compile(r"[ ](?P<u>decade|century|year|month|week|fortnight|day|hour|minute)\b(?![ ](?:or|and)\b)")
_RATIO_OF_GAP = re.compile(
    r"[ ](?:out[ ])?of[ ](?:(?:the|their|its|his|her|our|these|those|all)[ ])?"
    r"(?:(?:last|first|past|previous|next|top|remaining|total|original)[ ])?")
_RATIO_IN_GAP = re.compile(r"[ ]in[ ]")
_RANGE_GAP = re.compile(r"[ ]?[-–—][ ]?|[ ](?P<w>to|and|or)[ ]")
_DATE_RANGE_GAP = re.compile(r"[-–/]|[ ](?:to|and)[ ]|[ ]?[-–][ ]?")
_GROUP_TAIL = re.compile(
    r"(?:\b(?:worth|valued[ ]at|value[ ]of|totall?ing|amounting[ ]to|accounting[ ]for|accounts?[ ]for|"
    r"representing|equivalent[ ]to|equal[ ]to|or|i\.e\.|making[ ]up|made[ ]up[ ]of|comprising|"
    r"that[ ]is|which[ ]is|costing|at[ ]a[ ]cost[ ]of)"
    r"(?:[ ](?:a|an|the|some|combined|total|of|about|around|nearly|roughly|almost|just|over|estimated|"
    r"approximately|more[ ]than))*[ ]*|\([ ]*)$")
_GROUP_CHANGE_GAP = re.compile(r"[ ](?:to|from)[ ]")

# ------------------------------------------------------------------ quantities


@dataclass(slots=True)
class _Q:
    """A quantity being read: kind None means a bare number still waiting for a partner."""

    kind: str | None
    start: int
    end: int
    value: Decimal
    rule: str
    raw: Decimal = Decimal(1)       # the number as written, before scale and unit factors
    factor: Decimal = Decimal(1)    # value = raw * factor
    scale: int = 1                  # scale written with the number (m, bn, million)
    unit: str | None = None
    value_high: Decimal | None = None
    total: Decimal | None = None
    obj: str | None = None
    approx: str | None = None
    normalized: str | None = None
    form: str = "digits"
    prev: str = ""
    anaphoric: bool = False
    sent: int = 0


_DROP = object()
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "’")


def _prev_word(body: str, pos: int) -> tuple[str, str]:
    """The word before ``pos`` and its separator (``' '`` or ``', '``); ``''`` when none."""
    if pos < 2 or body[pos - 1] != " ":
        return "", ""
    k, sep = pos - 1, " "
    if body[k - 1] == ",":
        k, sep = k - 1, ", "
    seg = body[max(0, k - 30):k]
    if not seg or seg[-1].isspace():
        return "", sep
    word = seg.rsplit(None, 1)[-1].lstrip("(\"'“‘[")
    return word, sep


def _is_name(word: str) -> bool:
    """A capitalised or camel-case token that is not a possessive: 'Boeing', 'iPhone', 'A320'."""
    if not word or word.endswith(("'s", "’s", "s'")) or not any(c.isalpha() for c in word):
        return False
    return word[0].isupper() or any(c.isupper() or c.isdigit() for c in word[1:])


def _is_plural_noun(word: str) -> bool:
    low = word.lower()
    if low in IRREGULAR_PLURALS:
        return True
    if len(word) < 3 or word[-1] != "s" or low in NOT_PLURALS:
        return False
    if low.endswith("is") and word[0].isupper():
        return True                     # demonyms: "Iraqis", "Israelis"
    return not low.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def _count_unit(body: str, pos: int) -> tuple[str, int] | None:
    """Counted noun phrase right after ``pos``: modifiers and a plural head ('US troops')."""
    m = _NEXT4.match(body, pos)
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
                and _is_plural_noun(m.group(i + 2)) and not _is_plural_noun(m.group(i + 1))):
            continue                    # coordinated modifiers: "40 German and Polish firms"
        if (low in COUNT_STOP and not (len(word) > 1 and word.isupper())) or low in TIME_UNIT_NAMES:
            return None                 # ("US troops": an acronym is never a stop word)
        if _is_plural_noun(word):
            if word[0].isupper() and word[1:2].islower() and i > 1 and not m.group(i - 1)[0].isupper():
                return None             # "one in 10 recognised Charles": a name, not a counted noun
            if word[0].isupper() and word[1:2].islower() or low in MODIFIER_PLURALS:
                # "two Texas bank accounts", "three athletics medals": a later plural is the head
                for k in range(i + 1, 5):
                    later = m.group(k)
                    if later is None or not later.islower() or later in COUNT_STOP:
                        break
                    if _is_plural_noun(later):
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


def _object_at(body: str, pos: int) -> str | None:
    """A short noun phrase starting at ``pos``, as written ('technology leaks from South Korea')."""
    m = _OBJ_CHUNK.match(body, pos, min(len(body), pos + 120))
    if not m:
        return None
    toks = m.group().split(" ")
    keep: list[str] = []
    numeric_stop = False
    for i, tok in enumerate(toks):
        if not tok:
            break
        low = tok.lower()
        if low in ONES or low in TENS or low == "than":
            numeric_stop = True         # "of more than a billion", "for the first six weeks"
            break
        if low == "that" and not i and i + 1 < len(toks) and toks[i + 1][:1].islower() and (
                toks[i + 1].lower() not in OBJECT_STOP and toks[i + 1].lower() not in OBJECT_VERBS
                and toks[i + 1].lower() not in _OBJ_PREPOSITIONS):
            keep.append(tok)            # "a third of that country's output": a determiner
            continue
        if low == "own" and i and toks[i - 1].lower() in _DETS_BEFORE_PARTICIPLE | {"my", "your"}:
            keep.append(tok)            # "of his own money"
            continue
        if (low in OBJECT_STOP and low not in ("and", "or")):
            break                       # a verb, a clause word or another number ends the phrase
        if low == "at" and i + 1 < len(toks) and toks[i + 1].lower() in ("most", "least"):
            break                       # "that group at most"
        if i and low in _TIME_STOP and toks[i - 1].lower() not in _DETS_BEFORE_PARTICIPLE:
            break                       # "investment in farms last year"
        if (i and low in ("on", "in", "by", "since", "until", "from") and i + 1 < len(toks)
                and toks[i + 1][:1].isupper() and toks[i + 1].lower().rstrip(".") in _DATE_WORDS):
            break                       # "tax cuts on Monday", "a bail-out in January"
        if i and (low in OBJECT_VERBS or tok in SUBJECT_PRONOUNS or tok == "I"):
            break                       # "the airline quit", "half the person you are"
        if i and toks[i - 1] in OBJECT_PRONOUNS and low not in _OBJ_PREPOSITIONS:
            break                       # "a third of them read"
        if i and low in _TO_ADJECTIVES and i + 1 < len(toks) and toks[i + 1].lower() == "to":
            break                       # "mobiles able to send"
        if tok[0].isdigit() and i and tok[-1].isdigit() and (
                toks[i - 1].lower() in _DETS_BEFORE_PARTICIPLE or toks[i - 1].endswith(("'s", "’s"))):
            keep.append(tok)            # "of the 1,200 respondents", "of the world's 500 largest firms"
            continue
        if tok[0].isdigit() or tok[0] in "$£€¥%-":
            numeric_stop = True
            break
        if i and low.endswith("ly") and low not in LY_NOUNS:
            break
        if (i and low.endswith("s") and i + 1 < len(toks) and toks[i + 1].lower() in _VERB_FOLLOWERS
                and toks[i - 1].lower() not in _DETS_BEFORE_PARTICIPLE):
            break                       # "crime involves a mobile": a verb ends the phrase
        if (i and low.endswith(("ed", "ing")) and "-" not in tok
                and toks[i - 1].lower() not in _DETS_BEFORE_PARTICIPLE and not toks[i - 1].endswith(("'s", "’s"))
                and not (i >= 2 and toks[i - 1].lower() in ("and", "or")
                         and toks[i - 2].lower().endswith(("ed", "ing")))):
            break                       # "voters backed the plan", "files detailing": a verb ends the phrase
        if (low in ("and", "or") and i + 1 < len(toks)
                and (toks[i + 1].lower() in OBJECT_VERBS or toks[i + 1].lower() in OBJECT_STOP)):
            break                       # "operating profit and consists of": a second verb phrase
        if low in ("and", "or") and any(_is_plural_noun(k) for k in keep):
            break                       # "medium and large companies" goes on; "men and women said" stops
        keep.append(tok)
        if len(keep) == 8:
            break
    if numeric_stop and len(keep) > 1:
        # a number cut the phrase: drop the dangling "for the first", "of more"
        cut = max((j for j, k in enumerate(keep) if j and k.lower() in _OBJ_PREPOSITIONS), default=0)
        if cut and not any(c.isupper() for c in "".join(keep[cut + 1:])[:1]) and len(keep) - cut <= 3:
            del keep[cut:]
    while keep and keep[-1].lower() in OBJECT_TRIM:
        keep.pop()
    return " ".join(keep) or None


def _object_of(body: str, pos: int) -> str | None:
    """The object in '... of <noun phrase>' right after ``pos``."""
    m = _OF.match(body, pos)
    obj = _object_at(body, m.end()) if m else None
    if obj and obj.lower() in ("a percentage point", "a point", "a per cent", "a percent"):
        return None                     # "a quarter of a percentage point" is an amount, not a share
    return obj


_MONEY_PAREN = re.compile(r"[ ]?\([^()\n]{1,40}\)")
_MONEY_NOUN = re.compile(r"[ ](?P<w>[a-z][a-z'-]+)\b")
#: Words after an amount that say how or where, not what for: "£100 every year", "$300m worldwide".
_MONEY_NOT_NOUN = frozenset("""
every worldwide outside inside abroad overseas cheaper dearer bigger smaller larger higher lower
greater better worse short shy apiece net gross mark level barrier threshold figure
""".split())
_WORTH_LEFT = re.compile(r"(?:[ ]|,[ ])(?:worth|valued[ ]at)[ ]+$")
_NP_LEFT_STOP = COUNT_STOP | OBJECT_STOP | OBJECT_VERBS | {"it", "he", "she", "we", "you", "i", "be"}


def _money_object(body: str, start: int, end: int) -> str | None:
    """What an amount of money is for or of: '$2bn of debt', 'a $44m investment in X', 'a deal worth $5m'."""
    pos = end
    p = _MONEY_PAREN.match(body, pos)
    if p:
        pos = p.end()                   # "£50m ($94m) bid for": skip the conversion
    elif body.startswith(")", pos):
        pos += 1                        # "£50m ($94m) bid for", read from the converted amount
    if _OF.match(body, pos):
        return _object_of(body, pos)
    w = _MONEY_NOUN.match(body, pos)
    if w:
        low = w.group("w")
        after = body[w.end("w"):w.end("w") + 12].split(" ")
        if not (low in COUNT_STOP or low in OBJECT_STOP or low in OBJECT_VERBS or low in CURRENCY_NAMES
                or low.endswith(("ed", "ly")) or low in ONES or low in TENS or low in HEDGE_WORDS
                or low in _MONEY_NOT_NOUN
                or len(after) > 1 and after[1].lower() in _VERB_FOLLOWERS):   # "$5m beat its target"
            obj = _object_at(body, w.start("w"))
            return obj.split(" to ", 1)[0] if obj else None     # "a charge to pay for ...": a purpose clause
    lm = _WORTH_LEFT.search(body, max(0, start - 14), start)
    if lm:                              # "a takeover bid worth £1bn": the phrase before "worth"
        words = body[max(0, lm.start() - 60):lm.start()].split(" ")[1:]
        keep: list[str] = []
        for tok in reversed(words):
            low = tok.lower()
            if (not tok or not tok[0].isalpha() or tok[-1] in ",;:.!?\"”" or low in _NP_LEFT_STOP
                    or low in _DETS_BEFORE_PARTICIPLE or low.endswith(("ed", "ly")) or len(keep) == 4):
                break
            keep.append(tok)
        return " ".join(reversed(keep)) or None
    return None


def _hedge(body: str, pos: int) -> tuple[str | None, int]:
    m = _HEDGE_LEFT.search(body, max(0, pos - 16), pos)
    if not m:
        return None, pos
    return " ".join(m.group("h").lower().split()), m.start()


def _money_word(cadj: str | None, cname: str, value: Decimal, scaled: bool) -> str | None:
    """ISO code of a written currency name, or None when the name is not money here."""
    name = cname.lower()
    base = {"dollars": "dollar", "pounds": "pound", "pounds sterling": "pound", "rupees": "rupee",
            "pesos": "peso", "francs": "franc", "cents": "cent", "kroner": "krone", "kronor": "krona"}.get(name, name)
    adj = " ".join(cadj.lower().split()) if cadj else None
    if adj and (adj, base) in CURRENCY_ADJECTIVES:
        return CURRENCY_ADJECTIVES[(adj, base)]
    if name in _NEEDS_ADJECTIVE:
        return None
    if name == "won" and not (scaled or value >= 1000 or adj in ("korean", "south korean")):
        return None
    return CURRENCY_NAMES[name]


def _anchor(body: str, m: re.Match[str]) -> _Q | None:
    """Read one anchor of :data:`NUMBER_RE` with its left and right context."""
    form = m.lastgroup or "digits"
    if form == "scale":
        form = "digits"
    if form == "frac":
        return _fraction(body, m)
    if form == "half":
        return _half(body, m)
    if form == "art":
        return _article(body, m)
    value = match_value(m)
    if value is None or (form == "digits" and len(m.group("digits")) > 18):
        return None                     # a long run of digits is an identifier, not a quantity
    s, e = m.span()
    scale_word = (m.group("scale") or "").strip()
    scale = scale_of(scale_word)
    raw = value / scale
    start = s
    cur: str | None = None
    cur_rule = ""
    if form == "digits":
        cm = _CUR_LEFT.search(body, max(0, s - 5), s)
        if cm:
            if cm.group("sym"):
                cur, cur_rule = CURRENCY_SYMBOLS[cm.group("sym")], "money.symbol"
            else:
                code = cm.group("code")
                cur, cur_rule = CURRENCY_PREFIX_WORDS.get(code, code), "money.code"
            start = cm.start()
    hedge, hstart = _hedge(body, start)
    prev, sep = _prev_word(body, hstart)
    plow = prev.lower().rstrip(".:")
    if sep == " " and not hedge and not cur:
        if plow in TRAP_WORDS:
            return None
        if form == "digits" and _is_name(prev) and plow not in FUNCTION_WORDS and plow not in MONTH_NAMES:
            return None
    if form == "digits" and s >= 2 and body[s - 1] == "-" and body[s - 2].isdigit() and not cur:
        j = body.rfind(" ", max(0, s - 12), s) + 1
        before, _ = _prev_word(body, j)
        if j and _is_name(before) and before.lower() not in FUNCTION_WORDS:
            return None                 # "Boeing 737-800 planes": the second half of a model number
    if form == "words" and m.group()[0].isupper() and prev and not prev.endswith(_SENTENCE_END):
        return None                     # "Six Nations", "BBC Four": a name inside a sentence
    q = _Q(None, hstart, e, value, "", raw=raw, factor=Decimal(scale), scale=scale, approx=hedge,
           form=form, prev=plow)
    if cur:
        q.kind, q.unit = "money", cur
        q.rule = cur_rule + ("_scale" if scale > 1 and cur_rule == "money.symbol" else "")
        q.obj = _money_object(body, q.start, q.end)
        return q
    r = _RIGHT.match(body, e)
    group = r.lastgroup if r else None
    if group == "cadj" or group == "cname":
        group = "cw"
    elif group in ("dunit",):
        group = "dur"
    elif group in ("munit", "per"):
        group = "meas"
    if r and group == "pct":
        q.factor = q.factor / 100
        q.value, q.end = value / 100, r.end()
        if q.value > 1:
            q.kind, q.unit, q.rule, q.value, q.factor = "measure", "percent", "measure.percent", value, Decimal(scale)
        else:
            q.kind, q.unit, q.rule = "proportion", "percent", "proportion.percent"
            q.obj = _object_of(body, r.end())
        return q
    if r and group == "pp":
        q.factor = q.factor / 100
        q.kind, q.unit, q.rule = "proportion", "percentage points", "proportion.points"
        q.value, q.end = value / 100, r.end()
        return q if q.value <= 1 else None
    if r and group == "bp":
        q.kind, q.unit, q.rule, q.end = "measure", "basis points", "measure.basis_points", r.end()
        return q
    if r and group == "cw":
        code = _money_word(r.group("cadj"), r.group("cname"), value, scale > 1 or form == "words" and value >= 1000)
        if code:
            if r.group("cname").lower() == "pounds" and scale == 1 and (
                    _OF.match(body, r.end()) or plow in _WEIGHT_VERBS):
                q.kind, q.unit, q.rule, q.end = "measure", "lb", "measure.unit", r.end()
                return q                # "2,000 pounds of coffee" is a weight
            if r.group("cname").lower() in ("cent", "cents", "pence"):
                q.factor, q.value, q.rule = q.factor / 100, value / 100, "money.subunit"
            else:
                q.rule = "money.word"
            q.kind, q.unit, q.end = "money", code, r.end()
            q.obj = _money_object(body, q.start, q.end)
            return q
        r = None
    if r and group == "code":
        q.kind, q.unit, q.rule, q.end = "money", r.group().strip(), "money.code", r.end()
        q.obj = _money_object(body, q.start, q.end)
        return q
    if scale_word.lower() in ("k", "b", "cr"):
        return None                     # "5k run", "Type 5b": abbreviated scales need a currency
    if r and group == "temp":
        text = r.group().strip()
        unit = "F" if text.endswith(("F", "Fahrenheit")) else ("C" if text != "°" else "degrees")
        neg = _NEG_LEFT.search(body, max(0, hstart - 6), hstart)
        if neg:
            q.value, q.start = -value, neg.start()
        q.kind, q.unit, q.rule, q.end = "temperature", unit, "temperature.degrees", r.end()
        return q
    if r and group == "age":
        q.kind, q.unit, q.rule, q.end = "age", "year", "age.year_old", r.end()
        return q
    if r and group == "dur":
        word = r.group("dunit").lower()
        unit, mult = TIME_UNIT_NAMES[word]
        if form == "words" and value == 1 and word == "day" and r.group().startswith(" "):
            return None                 # "one day" is an idiom far more often than a duration
        if plow in ("aged", "age", "ages"):
            q.kind, q.unit, q.rule, q.end = "age", "year", "age.aged", r.end()
            return q
        q.kind, q.unit, q.rule, q.end = "duration", unit, "duration.unit", r.end()
        q.value, q.factor = value * mult, q.factor * mult
        return q
    if r and group == "meas":
        unit = MEASURE_UNITS[r.group("munit")]
        if r.group("per"):
            unit = "barrels per day" if unit == "barrel" and r.group("per") == "day" else f"{unit} per {r.group('per')}"
        q.kind, q.unit, q.rule, q.end = "measure", unit, "measure.unit", r.end()
        return q
    if r and group == "pence" and form == "digits":
        q.kind, q.unit, q.rule, q.end = "money", "GBP", "money.subunit", r.end()
        q.factor, q.value = q.factor / 100, value / 100
        return q
    if r and group in ("sfx", "pence"):
        return None                     # ordinals (29th), model numbers (747s), units we do not read
    if plow in ("aged", "age", "ages") and sep == " ":
        q.kind, q.unit, q.rule = "age", "year", "age.aged"
        return q
    if plow == "magnitude" and sep == " ":
        q.kind, q.unit, q.rule = "measure", "magnitude", "measure.unit"
        return q
    if (form == "digits" and sep == ", " and prev.isalpha() and prev[0].isupper() and plow not in FUNCTION_WORDS
            and plow not in MONTH_NAMES and plow not in DAY_NAMES and scale == 1 and 1 <= value <= 110
            and value == value.to_integral_value() and re.match(r", [a-z]", body[e:e + 3])):
        q.kind, q.unit, q.rule = "age", "year", "age.name_comma"
        return q
    text = m.group("digits") or ""
    year_like = (form == "digits" and scale == 1 and len(text) == 4 and text.isdigit()
                 and (1800 <= int(text) <= 2099 or 1000 <= int(text) < 1800 and plow in _YEAR_PREPOSITIONS))
    found = _count_unit(body, e)
    if year_like:
        noun = found[0].rsplit(" ", 1)[-1].lower() if found else ""
        if not (noun in PERSON_NOUNS and (hedge or plow not in ("in", "since", "by", "of", "from", "until",
                                                               "before", "after", "during", "the", "to", "and"))):
            q.kind, q.rule, q.normalized, q.unit = "date", "date.year", text, None
            return q
    if scale_word == "m":
        if raw in RACE_METRES and (not found or found[0].split(" ", 1)[0].lower() in RACE_WORDS):
            q.kind, q.unit, q.rule, q.value, q.factor, q.scale = "measure", "m", "measure.metres", raw, Decimal(1), 1
            return q                    # "the 400m", "60m hurdles"
        if not found:
            return None
    if found:
        unit, end = found
        if unit.rsplit(" ", 1)[-1].lower() in JUNK_UNITS:
            return None
        if form == "words" and m.group()[0].isupper() and unit[0].isupper():
            return None                 # "Six Nations" at the start of a sentence
        q.kind, q.unit, q.rule, q.end = "count", unit, "count.noun", end
        if value != value.to_integral_value():
            q.kind, q.rule = "measure", "measure.noun"   # "2.5 points": an amount, not a count
        q.obj = _object_of(body, end)
        q.anaphoric = form == "words" and value <= 12 and plow in ANAPHORIC_DETERMINERS
    return q


def _fraction(body: str, m: re.Match[str]) -> _Q | None:
    s, e = m.span()
    text = m.group()
    value = parse_fraction(text)
    if value is None or _OF_A_SCALE.match(body, e):
        return None
    hedge, hstart = _hedge(body, s)
    pp = _PP_AFTER.match(body, e)
    if pp:                              # "a quarter percentage point"
        return _Q("proportion", hstart, pp.end(), value / 100, "proportion.points", raw=value,
                  factor=Decimal("0.01"), unit="percentage points", approx=hedge, form="frac")
    has_of = _OF.match(body, e) is not None
    prev, _ = _prev_word(body, s)
    if "-" not in text and not has_of and not (prev.lower() == "by" and "quarter" not in text.lower()):
        return None                     # "a third term", "a quarter earlier"
    return _Q("proportion", hstart, e, value, "proportion.fraction", raw=value, approx=hedge, form="frac",
              obj=_object_of(body, e))


def _half(body: str, m: re.Match[str]) -> _Q | None:
    s, e = m.span()
    if body[s - 1:s] == "-" or (body[e:e + 1] == "-" and not _HALF_DUR.match(body, e)):
        return None                     # "fly-half", "half-time"
    prev, _ = _prev_word(body, s)
    if prev.lower() in ("first", "second", "the", "a", "each", "other", "latter", "former", "in", "one", "and",
                        "third", "fourth", "opening", "closing", "final"):
        return None
    hedge, hstart = _hedge(body, s)
    pp = _HALF_PP.match(body, e)
    if pp:                              # "half a percentage point"
        return _Q("proportion", hstart, pp.end(), Decimal("0.005"), "proportion.points", raw=Decimal("0.5"),
                  factor=Decimal("0.01"), unit="percentage points", approx=hedge, form="half")
    d = _HALF_DUR.match(body, e)
    if d:
        unit, mult = TIME_UNIT_NAMES.get(d.group("u"), (d.group("u"), 1))
        if unit == "season":
            return None
        return _Q("duration", hstart, d.end(), Decimal("0.5") * mult, "duration.half", raw=Decimal("0.5"),
                  factor=Decimal(mult), unit=unit, approx=hedge, form="half")
    n = _HALF_NP.match(body, e)
    if not n:
        return None
    return _Q("proportion", hstart, e, Decimal("0.5"), "proportion.half", raw=Decimal("0.5"), approx=hedge,
              form="half", obj=_object_at(body, n.end()))


def _article(body: str, m: re.Match[str]) -> _Q | None:
    s, e = m.span()
    u = _ART_UNIT.match(body, e)
    if not u:
        return None
    unit, mult = TIME_UNIT_NAMES[u.group("u")]
    hedge, hstart = _hedge(body, s)
    prev, _ = _prev_word(body, hstart)
    plow = prev.lower()
    if not (hedge or unit in ("decade", "century") or plow in ("for", "within", "after", "spent", "lasting", "lasted",
                                                              "took", "taking", "nearly", "almost")):
        return None                     # "a year ago", "twice a year", "$5 a day"
    if plow in ("once", "twice", "times", "per", "of") or prev[:1].isdigit() or prev[:1] in "$£€":
        return None
    return _Q("duration", hstart, u.end(), Decimal(mult), "duration.article", factor=Decimal(mult),
              unit=unit, approx=hedge, form="art")


def _horizons(body: str, is_blocked) -> list[_Q]:
    """Durations a time horizon implies: "over the next decade" is 1 decade (rule duration.horizon)."""
    out = []
    for m in _HORIZON_RE.finditer(body):
        if is_blocked(m.start("span"), m.end("span")):
            continue
        unit, mult = TIME_UNIT_NAMES[m.group("u").lower()]
        out.append(_Q("duration", m.start("span"), m.end("span"), Decimal(mult), "duration.horizon",
                      factor=Decimal(mult), unit=unit, form="art"))
    return out


def _dates(body: str) -> list[_Q]:
    out: list[_Q] = []
    for m in _DATE_RE.finditer(body):
        g = m.groupdict()
        if g["dec"]:
            text = g["dec"]
            year = int(text[:4]) if text[0] != "'" else 1900 + int(text[1:3])
            out.append(_Q("date", m.start(), m.end(), Decimal(year), "date.decade", normalized=f"{year}s"))
            continue
        if g["y4"]:
            year = int(g["y4"])
            out.append(_Q("date", m.start(), m.end(), Decimal(year), "date.prefixed_year", normalized=str(year),
                          approx=g["pre"].lower()))
            continue
        if g["m3"]:
            year, month = int(g["y3"]), MONTH_NAMES[g["m3"].lower()]
            out.append(_Q("date", m.start(), m.end(), Decimal(year), "date.month_year",
                          normalized=f"{year:04d}-{month:02d}"))
            continue
        mon, d, d2, y, rule = ((g["m1"], g["d1"], g["d1b"], g["y1"], "date.month_day") if g["m1"]
                               else (g["m2"], g["d2"], g["d2b"], g["y2"], "date.day_month"))
        month = MONTH_NAMES[mon.lower()]
        day = int(re.sub(r"\D", "", d))
        day2 = int(re.sub(r"\D", "", d2)) if d2 else None
        if day2 is not None and day2 <= day:
            day2 = None
        prefix = y if y else "-"
        norm = f"{prefix}-{month:02d}-{day:02d}"
        if day2:
            norm += f"/{prefix}-{month:02d}-{day2:02d}"
        out.append(_Q("date", m.start(), m.end(), Decimal(int(y) if y else 0), rule, normalized=norm))
    return out


# ------------------------------------------------------------------ joining neighbours


def _try_ratio(body: str, a: _Q, b: _Q, gap: str) -> _Q | None | object:
    if a.kind is not None or b.kind not in (None, "count", "duration") or b.approx:
        return None
    if _RATIO_OF_GAP.fullmatch(gap):
        if a.form == "words" and a.value == 1:
            return None                 # "one of the 27": a member, not a share
        rule = "ratio.of"
    elif _RATIO_IN_GAP.fullmatch(gap) and a.value <= 10 and b.kind != "duration":
        rule = "ratio.in"               # "one in five adults"
    else:
        return None
    if a.value != a.value.to_integral_value() or b.value <= a.value or b.value != b.value.to_integral_value():
        return None
    if b.kind is None and body[b.end:b.end + 1] in ("-", "–", "/"):
        return None                     # "500 of its 777-200LR planes": a model, not a total
    unit = b.unit
    if b.kind == "duration":
        unit = body[b.start:b.end].split(" ", 1)[-1] if " " in body[b.start:b.end] else unit
        total = b.raw * b.scale
    else:
        total = b.value
    return _Q("ratio", a.start, b.end, a.value, rule, unit=unit, total=total, approx=a.approx, obj=b.obj,
              form=a.form, sent=a.sent)


def _try_range(body: str, a: _Q, b: _Q, gap: str) -> _Q | None:
    if b.approx:
        return None
    if a.kind == "date" and a.rule == "date.year" and _DATE_RANGE_GAP.fullmatch(gap):
        if b.kind is None and b.form == "digits" and b.scale == 1 and len(body[b.start:b.end]) == 2:
            high = a.value // 100 * 100 + b.value
        elif b.kind == "date" and b.rule == "date.year":
            high = b.value
        else:
            return None
        if high <= a.value or (gap.strip() == "and" and a.prev != "between"):
            return None
        return _Q("date", a.start, b.end, a.value, "date.range", value_high=high,
                  normalized=f"{a.normalized}/{int(high)}", sent=a.sent)
    g = _RANGE_GAP.fullmatch(gap)
    if not g:
        return None
    word = g.group("w")
    if word == "and" and a.prev != "between":
        return None
    if word == "or" and b.kind not in ("count", "duration"):
        return None
    if word in ("to", None) and a.prev in CHANGE_WORDS and a.kind is None and b.kind in ("proportion", "money"):
        return None                     # "rose from 5 to 10%" is a change, not a range
    if word == "to" and a.prev in CHANGE_WORDS and a.kind is not None:
        return None
    if word == "to" and b.kind in ("proportion", "money") and _CHANGE_RE.search(body, max(0, a.start - 40), a.start):
        return None                     # "lifted rates 0.25% to 5.5%": a change and a new level
    if a.kind is None and b.kind in ("count", "money", "proportion", "duration", "measure", "age", "temperature"):
        if b.rule in ("measure.metres",):
            return None
        low = a.value * (b.factor / b.scale) if a.scale > 1 else a.raw * b.factor
        kind, high, unit = b.kind, b.value, b.unit
    elif a.kind == "money" and b.kind is None and b.scale > 1 and a.scale == 1:
        low, high, kind, unit = a.value * b.scale, b.value, "money", a.unit
    elif a.kind == "age" and b.kind is None and a.rule == "age.aged":
        low, high, kind, unit = a.value, b.value, "age", a.unit
    elif a.kind is not None and a.kind == b.kind and a.unit == b.unit and a.kind not in ("date", "ratio"):
        low, high, kind, unit = a.value, b.value, a.kind, a.unit
    else:
        return None
    if not low < high:
        return None
    if kind == "count" and (low != low.to_integral_value() or high != high.to_integral_value()):
        kind = "measure"                # "between 2.5 and 4 points"
    return _Q(kind, a.start, b.end, low, f"{kind}.range", value_high=high, unit=unit, approx=a.approx,
              obj=b.obj or a.obj, form=a.form, sent=a.sent, scale=b.scale, factor=b.factor)


def _try_score(body: str, a: _Q, b: _Q, gap: str) -> _Q | None | object:
    if gap not in ("-", "–") or a.kind is not None or b.kind not in (None, "count") or a.form != "digits" \
            or b.form != "digits":
        return None
    if a.scale > 1 or b.scale > 1 or a.value > 200 or b.value > 200:
        return _DROP
    window_l = max(0, a.start - 60)
    if SPORT_WORDS.search(body, window_l, a.start) or SPORT_WORDS.search(body, b.end, min(len(body), b.end + 25)):
        end = b.start + len(body[b.start:b.end].split(" ", 1)[0])     # the score without a noun after it
        return _Q("measure", a.start, end, a.value,
                  "measure.score", unit="score",
                  normalized=f"{int(a.value)}-{int(b.value)}", sent=a.sent)
    return _DROP                        # two numbers with a hyphen and no unit: not a range of counts


def _join(body: str, qs: list[_Q]) -> list[_Q]:
    out: list[_Q] = []
    i, n = 0, len(qs)
    while i < n:
        a = qs[i]
        if i + 1 < n and qs[i + 1].sent == a.sent:
            b = qs[i + 1]
            gap = body[a.end:b.start]
            if len(gap) <= 20:
                for attempt in (_try_ratio, _try_range, _try_score):
                    joined = attempt(body, a, b, gap)
                    if joined is _DROP:
                        i += 2
                        break
                    if joined is not None:
                        out.append(joined)  # type: ignore[arg-type]
                        i += 2
                        break
                else:
                    if a.kind == "age" and b.kind is None and gap in (" and ", ", ", " or ") and b.form == "digits" \
                            and b.scale == 1 and 0 < b.value <= 120:
                        b.kind, b.unit, b.rule = "age", "year", a.rule   # "ages 19 and 22"
                    out.append(a)
                    i += 1
                continue
        out.append(a)
        i += 1
    return out


# ------------------------------------------------------------------ grouping


def _group(body: str, facts: list[_Q]) -> list[int]:
    """Union of neighbouring facts in a sentence that describe one thing; returns group roots.

    Two facts in a row in one sentence share a group when the text between them ends with a
    connective ("worth", "valued at", "accounting for", "totalling", "equivalent to", "or",
    an opening parenthesis; at most 100 characters, no digit and no ';'), when it is just "to" or
    "from" between a change and an amount ("rose 2% to $11.1bn from $10.9bn"), or when a
    proportion and a ratio in the sentence agree (74% and 20 of 27).
    """
    parent = list(range(len(facts)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: int, y: int) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    amounts = ("money", "count", "proportion", "measure", "ratio")
    for i in range(len(facts) - 1):
        a, b = facts[i], facts[i + 1]
        if a.sent != b.sent or a.kind not in amounts or b.kind not in amounts:
            continue
        gap = body[a.end:b.start]
        tail = _GROUP_TAIL.search(gap) if len(gap) <= 100 and ";" not in gap and not any(
            c.isdigit() for c in gap) else None
        if tail and not (tail.group().lstrip(" ,").startswith("or") and (a.kind, a.unit) == (b.kind, b.unit)):
            union(i, i + 1)             # ("£30m, £40m or £50m" are alternatives, not one figure)
        elif _GROUP_CHANGE_GAP.fullmatch(gap) and a.kind in amounts and b.kind in amounts and (
                a.kind == "proportion" or b.kind == "money" and a.kind == "money"):
            union(i, i + 1)
    by_sent: dict[int, list[int]] = {}
    for i, f in enumerate(facts):
        if f.kind in ("proportion", "ratio"):
            by_sent.setdefault(f.sent, []).append(i)
    for idx in by_sent.values():
        props = [i for i in idx if facts[i].kind == "proportion"]
        ratios = [i for i in idx if facts[i].kind == "ratio" and facts[i].total]
        for p in props:
            for r in ratios:
                if abs(facts[r].value / facts[r].total - facts[p].value) <= Decimal("0.006"):  # type: ignore[operator]
                    union(p, r)
    return [find(i) for i in range(len(facts))]


# ------------------------------------------------------------------ public API


def _spans_overlap_index(spans: list[tuple[int, int]]):
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]

    def overlaps(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and ends[i] > s:
            return True
        return i + 1 < len(starts) and starts[i + 1] < e
    return overlaps


def _num(x: Decimal | None) -> float | None:
    return None if x is None else float(x)


def extract_facts(doc_id: str, body: str, sentences: Sequence[Sentence]) -> list[Fact]:
    """Quantitative facts of one document body, in body order (see the module docstring)."""
    if not body or not sentences:
        return []
    starts = [s.char_start for s in sentences]
    blocked = [m.span() for m in _BLOCK_RE.finditer(body)]
    if "@" in body or "http" in body or "www." in body:
        blocked = sorted(blocked + [m.span() for m in _WEB_RE.finditer(body)])
    is_blocked = _spans_overlap_index(blocked)
    dates = [d for d in _dates(body) if not is_blocked(d.start, d.end)]
    dates += _horizons(body, is_blocked)
    taken = sorted(blocked + [(d.start, d.end) for d in dates])
    is_taken = _spans_overlap_index(taken)

    qs: list[_Q] = []
    last_end = -1
    for m in iter_number_matches(body):
        s, e = m.span()
        if s < last_end or is_taken(s, e):
            continue
        q = _anchor(body, m)
        if q is None:
            continue
        q.sent = max(bisect.bisect_right(starts, s) - 1, 0)
        qs.append(q)
        last_end = q.end
    for d in dates:
        d.sent = max(bisect.bisect_right(starts, d.start) - 1, 0)
    qs = sorted(qs + dates, key=lambda q: q.start)
    joined = _join(body, qs)
    kept = [q for q in joined if q.kind is not None and not (
        q.kind == "count" and (q.anaphoric or (q.value == 1 and q.scale == 1)))]
    # one fact per span: a later anchor may sit inside an earlier fact's unit
    facts: list[_Q] = []
    for q in kept:
        if facts and q.start < facts[-1].end:
            continue
        sent = sentences[q.sent]
        if q.start < sent.char_start or q.end > sent.char_end:
            continue                    # never a fact across a sentence boundary
        facts.append(q)
    roots = _group(body, facts)
    sizes: dict[int, int] = {}
    for r in roots:
        sizes[r] = sizes.get(r, 0) + 1
    out: list[Fact] = []
    for q, root in zip(facts, roots):
        sent = sentences[q.sent]
        group_id = stable_id(doc_id, "group", facts[root].start) if sizes[root] > 1 else None
        value, high, unit = readable(q.kind, q.rule, float(q.value), _num(q.value_high), q.unit, q.normalized)
        surface = body[q.start:q.end]
        out.append(Fact(
            fact_id=stable_id(doc_id, q.start, q.end, q.kind), doc_id=doc_id, kind=q.kind,  # type: ignore[arg-type]
            value=value, value_high=high, total=_num(q.total), unit=unit,
            object=q.obj, approx=q.approx, normalized=q.normalized,
            display=display(q.kind, q.rule, value, high, _num(q.total), unit, q.normalized, surface),
            date=calendar_date(q.kind, q.normalized), surface=surface,
            char_start=q.start, char_end=q.end, sentence_idx=sent.sentence_idx, sentence=sent.text,
            group_id=group_id, rule=q.rule))
    return out
