"""Words of place names and place cues: feature and facility heads, regions, locative words."""
from __future__ import annotations

from pipelines.text.lexicon._lists import phrases, words

# --- heads ----------------------------------------------------------------------------------
#: Geographic feature heads that make a capitalised sequence a LOC ("South China Sea").
LOC_FEATURES = words("""
    Sea Seas Ocean Oceans Strait Straits Peninsula Gulf Bay Channel River Rivers Mountains
    Mountain Mount Mt Mt. Range Hills Island Islands Isles Isle Lake Lakes Desert Valley
    Coast Basin Plateau Delta Canal Sound Cape Heights Archipelago Glacier Falls Forest
    Highlands Lowlands Plain Plains Reef Lagoon Fjord Estuary Marshes Steppe Rift Volcano
    Corridor Pass Point Peak Shelf Trench Shoal Shoals Barrage Atoll Reefs Dales Downs Fell Fells
    Moor Moors Wolds Fens Foothills Butte Creek Reservoir Canyon Gorge Loch Sheet Firth Firths
""")

#: Facility words that make a facility whatever comes before them ("Downing Street").
STRONG_FACILITY_WORDS = words("""
    Street Road Avenue Boulevard Square Airport Station Stadium Arena Palace Cathedral Abbey
    Plaza Terminal Highway Motorway Tunnel Prison Zoo Theatre Theater Dam Pavilion Auditorium Playhouse
    Hippodrome Coliseum
""")

#: Facility / street heads, typed LOC ("Downing Street", "Heathrow Airport"): the strong ones and
#: those that need more ("Tower", "Park", "Hall" end people's and works' names too).
FACILITY_WORDS = STRONG_FACILITY_WORDS | words("""
    Lane Bridge Park Castle Tower Towers Building Harbour Harbor Port Expressway Base Garden Gardens
    Hall Warehouse
""")

#: Feature words that make a place whatever comes before them ("Baltic Sea").
STRONG_LOC_FEATURES = words("""
    Sea Seas Ocean Oceans Strait Straits Peninsula Gulf Channel River Rivers Mountains Islands
    Isles Desert Valley Basin Plateau Archipelago Canal Glacier Estuary Highlands Reef Reefs
    Shoal Shoals Barrage Atoll Lagoon Delta Dales Fells Moors Wolds Foothills Butte Creek Reservoir
    Canyon Gorge Firth Firths
""")

#: Feature words that are also in names of people and works ("Mike Lake", "Cold Mountain"):
#: a place after an unusual word ("Molvara Island") or after "the" / a locative word.
WEAK_LOC_FEATURES = words("Island Bay Lake Mountain")

#: Feature words that open a place name ("Lake Victoria", "Mount Kenya", "Cape Horn").
LOC_FIRST_WORDS = words("Lake Mount Mt River Cape Isle Gulf Bay Strait Straits Sea Mountains Loch")

#: Settlement and administrative heads after a place's name that make one longer place of it
#: ("Idaho City", "Boise County", "Kessa Township"), not the place and a stray word.
GPE_NAME_HEADS = words("City County Town Township Borough Parish District Municipality Prefecture")


#: Buildings that stand for a seat of government ("State House", "Government House"): a
#: facility (LOC), not the organisation; the "White House" is an institution (ORG).
SEAT_FIRST_WORDS = words("State Government Presidential Statehouse Parliament Capitol")

#: Compass and position words before a place that name a region of it ("South Wales",
#: "Northern England", "Greater London").
COMPASS_WORDS = words("""
    North South East West Northern Southern Eastern Western Central Mid Upper Lower Greater
    Inner Outer Sub-Saharan Northeast Northwest Southeast Southwest North-East North-West
    South-East South-West Northeastern Northwestern Southeastern Southwestern Coastal Rural
""")
#: The compass words that may follow a town or county to name a district or constituency of it
#: ("Leeds North", "Hull East").
COMPASS_WORDS_AFTER_A_PLACE = words("North South East West Central")


#: Region names (LOC) that no gazetteer package lists.
REGIONS = phrases("""
    Middle East, Far East, Near East, East Asia, Southeast Asia, South-East Asia, South East Asia,
    South Asia, Central Asia, Northeast Asia, North-East Asia, West Asia, Asia-Pacific, Asia Pacific,
    Indo-Pacific, Latin America, Central America, South America, North America, Caribbean,
    Balkans, Baltics, Baltic, Scandinavia, Nordics, Sub-Saharan Africa, North Africa, West Africa,
    East Africa, Southern Africa, Central Africa, Horn of Africa, Western Europe, Eastern Europe,
    Central Europe, Northern Europe, Southern Europe, Arctic, Antarctic, Pacific, Atlantic,
    Mediterranean, Persian Gulf, Sahara, Sahel, Himalayas, Alps, Andes, Siberia, Kashmir, Tibet,
    Gaza Strip, West Bank, Golan Heights, Darfur, Chechnya, Crimea, Donbas, Kurdistan, Patagonia,
    Balkan Peninsula, Korean Peninsula, Arabian Peninsula, Iberian Peninsula, Silicon Valley,
    Eurozone, Euro Zone, Midlands, West Midlands, East Midlands, Home Counties, Highlands,
    Yorkshire, Lancashire, Cornwall, Devon, Kent, Essex, Sussex, Surrey, Merseyside, Cumbria,
    Ulster, Bavaria, Catalonia, Basque Country, Lombardy, Tuscany, Provence, Normandy, Brittany,
    Flanders, Wallonia, Bengal, Mindanao, Borneo, Sumatra, Java, Bali, Outback, Midwest, New England, Deep South,
    Appalachia, Great Lakes, Rust Belt, Bible Belt, Sun Belt, West Coast, East Coast, Gulf Coast,
    Golden Triangle, Greater London, Greater Manchester
""")

# --- particles inside place names -------------------------------------------------------------
#: Lower-case words inside gazetteer names, between capitalised ones ("Foz do Iguaçu",
#: "Newcastle upon Tyne", "Frankfurt am Main"), in the order the pattern tries them.
PLACE_NAME_PARTICLES = ("on", "upon", "de", "du", "in", "do", "an der", "am", "sur", "sul", "del", "da", "dos")

#: "And" in the languages of hyphenated place names ("Saint-Pierre-et-Miquelon").
AND_IN_PLACE_NAMES = ("et", "and", "und", "y", "e")

#: Function words that open lower-case place names still looked for ("new york", "st louis").
FUNCTION_WORDS_OPENING_PLACES = ("new", "st")

# --- cues -----------------------------------------------------------------------------------
#: Endings only names of counties take ("Oxfordshire", "Aberdeenshire"): an unknown word with one is a place.
COUNTY_SUFFIXES = ("shire",)

#: Words before "for" that take an electoral district ("MP for X", "the candidate for X") ...
CONSTITUENCY_MEMBERS = words("MP MPs MSP MSPs AM AMs MEP MEPs MLA MLAs TD TDs member candidate councillor")
#: ... and words before "of" or "in" ("the seat of X", "the constituency of X").
CONSTITUENCY_NOUNS = words("seat seats constituency constituencies ward wards")

#: Lower-case words before a name that make it a place ("in Jackson", "downtown Reading").
LOCATIVE_WORDS = words("""
    in at from to near outside around across into via visit visited visiting between
    toward towards throughout inside central downtown northern southern eastern western
    suburban suburbs of
""")

#: Lower-case heads after a name that make it a place: water and landforms (LOC): "the Varna
#: river", "the X and Y rivers".
LOC_HEADS_AFTER = words("""
    river rivers island islands isle lake lakes mountain mountains sea bay strait valley desert
    peninsula delta coast basin plateau archipelago atoll gulf hills estuary lagoon reef canal
    creek glacier volcano
""")

#: Lower-case facility nouns right after a name that make it the place of a building, not a
#: person ("held at Kessa Green police station", "the Tolo Vale airport").
FACILITY_HEADS_AFTER = phrases("""
    police station, railway station, train station, bus station, fire station, airport, stadium,
    prison, jail, hospital, barracks
""")

#: Lower-case heads after a name that make it a place: settlements and administrative units
#: (GPE): "Kessa province", "the Mbeya port".
GPE_HEADS_AFTER = words("""
    town village city port harbour harbor province region district county state prefecture
    governorate oblast municipality enclave territory
""")

#: Heads before "of" that make the name after it a place: "the island of Tolo" (LOC) ...
LOC_HEADS_BEFORE_OF = words("island isle")

#: ... and "the port of Mbeya", "the province of Kessa" (GPE).
GPE_HEADS_BEFORE_OF = words("""
    town village city port harbour harbor province region district county prefecture
    governorate oblast municipality enclave
""")

#: The locative words that before a small town's name may also take a firm, a club or an
#: author ("works at X", "a move from X", "readings from X"): too weak alone for a small town.
WEAK_LOCATIVE_WORDS = words("at from to visit visited visiting")

#: Prepositions that, before an unknown word with no organisation or person cue anywhere in
#: the document, make it a place ("in Tolo", "across the Varna"); "at", "from", "by" are not
#: among them ("at Google", "from Reuters").
PLACE_PREPOSITIONS = words("in near off outside across inside throughout")

#: The place prepositions that are cues before "the" too ("across the Varna").
PLACE_PREPOSITIONS_BEFORE_THE = words("across off throughout")

#: Words before "in" that make what follows a firm, a work or a language, not a place
#: ("a stake in X", "starred in X", "printed in X").
NOT_PLACE_BEFORE_IN = words("""
    stake stakes share shares interest interests investment investments invest invested
    investing holding role roles part parts star starred starring stars appeared appears
    appear appearing played playing plays character characters cast involved printed
    written published broadcast shown featured features feature released stock stocks
    merger deal bid rise fall increase decrease job jobs work worked working investor investors
    interested sung recorded translated spoken them
""")

#: Verbs taking "off" as a particle ("saw off X", "sold off X"): no place after them.
NOT_PLACE_BEFORE_OFF = words("""
    saw see sees seeing seen fend fended fight fought sold sell selling paid pay called call
    laid lay set kick kicked took take cut shut turned switched sign signed show showed shown
    top topped ward warded auctioned spun spin hold held holding beat beating see shake shook
    ease eased pull pulled
""")
