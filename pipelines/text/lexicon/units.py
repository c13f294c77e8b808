"""Units: of time, of measure, and the words a counted noun phrase is made of or never is."""
from __future__ import annotations

#: Time unit names and abbreviations, with the unit they are and how many of it.
TIME_UNITS: dict[str, tuple[str, int]] = {
    "second": ("second", 1), "seconds": ("second", 1), "minute": ("minute", 1), "minutes": ("minute", 1),
    "hour": ("hour", 1), "hours": ("hour", 1), "day": ("day", 1), "days": ("day", 1),
    "week": ("week", 1), "weeks": ("week", 1), "fortnight": ("week", 2), "fortnights": ("week", 2),
    "month": ("month", 1), "months": ("month", 1), "year": ("year", 1), "years": ("year", 1),
    "decade": ("decade", 1), "decades": ("decade", 1), "century": ("century", 1),
    "centuries": ("century", 1), "hr": ("hour", 1), "hrs": ("hour", 1), "min": ("minute", 1),
    "mins": ("minute", 1), "sec": ("second", 1), "secs": ("second", 1), "yr": ("year", 1), "yrs": ("year", 1),
}

#: How many of the smaller time unit make one of the larger, for durations written in parts
#: ("21 hours and 40 minutes", "2hr 17min 3sec", "two years and six months").
COMPOUND_TIME: dict[tuple[str, str], int] = {
    ("hour", "minute"): 60, ("hour", "second"): 3600, ("minute", "second"): 60, ("day", "hour"): 24,
    ("day", "minute"): 1440, ("week", "day"): 7, ("year", "month"): 12,
}

#: Words right before a clock-style figure that make it a race or finishing time ("won in 2:05:11").
CLOCK_DURATION_LEFT = frozenset("in clocked ran run timed time record best finished mark".split())
#: Words before "of" that make the clock figure after it a time taken ("a course record of 2:04:10").
CLOCK_DURATION_OF = frozenset("record time best mark".split())

#: Units of measure pint's registry (see :mod:`pipelines.text.facts.units`) may read after a number:
#: the base names news writes with numbers. Symbols, plurals and SI prefixes come from pint;
#: units outside this list (barn, baud, gauss, parsec...) are read by no one, so a stray
#: ``5 G`` or ``300 Mb`` never becomes a physical quantity.
#: Nouns of a stretch of time: "$3bn in the quarter" says when, not what the money is for.
PERIOD_NOUNS = frozenset(set(TIME_UNITS) | set("quarter quarters period periods half session sessions season seasons "
                                               "total time".split()))
NEWS_UNIT_NAMES = frozenset("""
meter foot inch yard mile nautical_mile light_year astronomical_unit gram metric_ton ton pound ounce
stone carat liter gallon barrel cubic_centimeter hectare acre watt horsepower watt_hour joule
calorie hertz revolutions_per_minute byte bit ampere_hour ampere volt mile_per_hour
kilometer_per_hour knot pound_force_per_square_inch ppm decibel nit lumen electron_volt sievert
becquerel british_thermal_unit pixel newton pascal mole
""".split())
#: SI prefixes a unit may carry in news text ("kW", "gigabytes", "mAh").
UNIT_PREFIXES = frozenset("kilo mega giga tera peta milli centi micro nano".split())
#: Words that pint reads as units but that news writes after numbers as plain English
#: ("3 at", "5 in", "the 2 min") or as something else ("5G", "10 pc" is percent, "300 Mb").
UNIT_WORD_COLLISIONS = frozenset("""
a an at in as is it or on to am pm pc pct cd dam st d h s ms min mo au G PS Gb P Pa T line
lines point points pint pints cup cups bar bars stone stones grain grains hand hands drop drops
count turn turns cycle cycles degree degrees percent gross unit units mole moles
""".split())
#: Units pint does not define, or defines otherwise than news uses them: written form ->
#: (pint expression or None, the unit as stored).
EXTRA_UNITS: dict[str, tuple[str | None, str]] = {
    "calories": ("kilocalorie", "kcal"), "calorie": ("kilocalorie", "kcal"), "kcal": ("kilocalorie", "kcal"),
    "Calories": ("kilocalorie", "kcal"), "cal": ("kilocalorie", "kcal"),
    "Mbps": ("megabit/second", "Mbit/s"), "Gbps": ("gigabit/second", "Gbit/s"), "kbps": ("kilobit/second", "kbit/s"),
    "Mb/s": ("megabit/second", "Mbit/s"), "MB/s": ("megabyte/second", "MB/s"), "GB/s": ("gigabyte/second", "GB/s"),
    "km/h": ("kilometer/hour", "km/h"), "kph": ("kilometer/hour", "km/h"), "kmh": ("kilometer/hour", "km/h"),
    "km/hr": ("kilometer/hour", "km/h"), "mph": ("mile/hour", "mph"), "bhp": ("horsepower", "hp"),
    "ppb": (None, "ppb"), "ppt": (None, "ppt"), "ppm": (None, "ppm"), "parts per million": (None, "ppm"),
    "parts per billion": (None, "ppb"), "parts per trillion": (None, "ppt"), "TEU": (None, "TEU"), "TEUs": (None, "TEU"),
    "MMBtu": ("1e6 * british_thermal_unit", "MMBtu"), "mmbtu": ("1e6 * british_thermal_unit", "MMBtu"),
    "bpd": ("barrel/day", "barrels per day"), "megapixels": (None, "MP"), "megapixel": (None, "MP"), "MP": (None, "MP"),
    "teraflops": (None, "teraflops"), "gigaflops": (None, "gigaflops"), "nits": ("nit", "nit"),
    "cc": ("cubic_centimeter", "cc"), "mmHg": ("millimeter_Hg", "mmHg"), "magnitude": (None, "magnitude"),
    "cusecs": (None, "cusec"), "cusec": (None, "cusec"), "cumecs": ("meter**3/second", "m^3/s"),
    "quintals": ("100 * kilogram", "quintal"), "bushels": ("bushel", "bushel"), "kt": ("kilometric_ton", "kt"),
    "kilotonnes": ("kilometric_ton", "kt"), "kilotons": ("kilometric_ton", "kt"), "Mt": ("megametric_ton", "Mt"),
    "megatonnes": ("megametric_ton", "Mt"), "megatons": ("megametric_ton", "Mt"), "tonnes": ("metric_ton", "tonne"),
    "tonne": ("metric_ton", "tonne"), "kilos": ("kilogram", "kg"), "mAh": ("milliampere_hour", "mAh"),
    "sq m": ("meter**2", "m^2"), "sqm": ("meter**2", "m^2"), "m2": ("meter**2", "m^2"), "sq ft": ("foot**2", "sq ft"),
    "sq km": ("kilometer**2", "km^2"), "km2": ("kilometer**2", "km^2"), "sq mi": ("mile**2", "sq mile"),
    "Nm": ("newton*meter", "Nm"), "lb-ft": ("pound_force*foot", "lb-ft"), "ms": ("millisecond", "ms"),
}
#: Readable stored forms of units whose pint symbol is obscure ("mi", "t", "l").
UNIT_WRITTEN: dict[str, str] = {
    "mile": "mile", "metric_ton": "tonne", "ton": "ton", "barrel": "barrel", "liter": "litre",
    "gallon": "gallon", "acre": "acre", "knot": "knot", "carat": "carat", "stone": "stone",
    "light_year": "light year", "nautical_mile": "nautical mile", "pixel": "pixel", "inch": "in",
    "pound": "lb", "calorie": "kcal", "kilocalorie": "kcal",
}
#: Words before a unit that make it an area, volume or compound ("square metres", "light years").
UNIT_LEAD_WORDS = frozenset("square sq cubic cu light nautical metric fluid".split())
#: Standard race distances: "the 100m" in sport is metres, not a million.
#: Adjectives of size after a glued "m" that make it metres, not millions ("1.85m tall", "40m deep").
SIZE_ADJECTIVES = frozenset("tall high deep long wide thick across".split())
RACE_METRES = frozenset({50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})
#: Words after a race distance ("the 400m hurdles").
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

#: Words that cannot start or be a counted noun phrase (the counted-noun exclusions).
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
#: Plural nouns that do not end in -s.
IRREGULAR_PLURALS = frozenset("""
people men women children police staff personnel cattle sheep fish deer aircraft feet teeth geese
mice livestock offspring clergy poultry swine salmon spacecraft series species folk data media
""".split())
#: Words ending in -s that are not plural nouns.
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
#: Group nouns that say what a bare number after them counts ("a crowd of 9,340", "the union's 45,000").
GROUP_COUNTS: dict[str, str] = {
    "crowd": "people", "audience": "people", "attendance": "people", "congregation": "people",
    "gathering": "people", "population": "people", "workforce": "workers", "membership": "members",
    "union": "members", "electorate": "voters", "readership": "readers", "garrison": "troops",
}
#: Nouns a rate is written per with an article ("$71 a barrel", "$2,800 a month", "20 points a game").
RATE_DENOMINATORS = frozenset("""
second minute hour day night week month year quarter season barrel gallon litre liter tonne ton ounce
kilo kg pound unit share head person ticket seat game match mile kilometre kilometer pop piece
""".split())

#: Adjectives written between an article and an amount, part of the amount's own phrase ("a record $166bn",
#: "a mere 5%"), beside any word with an adjective's ending ("a reported", "an estimated", "a staggering").
QUANTITY_PREMODIFIERS = frozenset("""
record mere whopping hefty massive modest healthy paltry measly cool further extra additional total
combined initial annual monthly weekly daily yearly average median maximum minimum peak low high huge
big small tiny vast net gross full current present underlying operating
""".split())
