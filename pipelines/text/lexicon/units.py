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

#: Measure unit names and abbreviations written after a number, with the unit stored.
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
