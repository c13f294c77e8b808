"""Every rule an entity mention or role can carry, declared once with what it means.

The extractor's call sites use the constants below, never the names as strings; a test
checks that every rule seen on a row is registered here.
"""
from __future__ import annotations

from pipelines.text.rules import RuleRegistry

RULES = RuleRegistry("entities")

# --- places ---------------------------------------------------------------------------------
GPE_GAZETTEER = RULES.add(
    "gpe.gazetteer", "A country, nation, state, province or city named exactly as the gazetteer has it.",
    "talks in Seoul; SEOUL — (a dateline)")
LOC_GAZETTEER = RULES.add(
    "loc.gazetteer", "A region or continent named exactly as the gazetteer has it.", "across the Middle East")
GPE_LOWERCASE = RULES.add(
    "gpe.lowercase", "A gazetteer place written in lower case, where its lower case is no ordinary word.",
    "flights to beijing")
LOC_LOWERCASE = RULES.add(
    "loc.lowercase", "A gazetteer region written in lower case, where its lower case is no ordinary word.",
    "across scandinavia")
GPE_LOWERCASE_JOIN = RULES.add(
    "gpe.lowercase_join", "A lower-case word before a capitalised one that together name a gazetteer place.",
    "talks with south Korea")
LOC_LOWERCASE_JOIN = RULES.add(
    "loc.lowercase_join", "A lower-case word before a capitalised one that together name a gazetteer region.",
    "in east Asia")
LOC_FEATURE = RULES.add(
    "loc.feature", "A geographic feature: a run ending in a feature head or opening with one.",
    "the Taiwan Strait; Lake Victoria")
LOC_FACILITY = RULES.add(
    "loc.facility", "A facility or street: a run ending in a facility head, or a seat of government.",
    "Downing Street; State House")
LOC_FACILITY_NOUN = RULES.add(
    "loc.facility_noun", "A person-shaped name with no person cue right before a lower-case facility noun: "
    "the place the building is named for.", "held at Kessa Green police station")
LOC_COMPASS = RULES.add(
    "loc.compass", "A compass or position word before a gazetteer place: a region of it.", "South Wales")
GPE_PLACE_AND_HEAD = RULES.add(
    "gpe.place_and_head", "A place or an unknown name and a settlement or administrative head after it: one place.",
    "Kessa City; Tolo County")
ORG_PLACE_AND_TRADE = RULES.add(
    "org.place_and_trade", "A place and a trade word after it: a firm or utility named for where it works.",
    "Kessa Power; Tolo Water")
LOC_CONTEXT = RULES.add(
    "loc.context", "An unknown word the document puts before a water or landform head.",
    "the Varna river")
GPE_CONTEXT = RULES.add(
    "gpe.context",
    "An unknown word with a settlement head, or after a locative preposition in a document giving it no "
    "person or organisation cue.", "Kessa province; the port of Mbeya; in Tolo")
GPE_COMPASS_AFTER = RULES.add(
    "gpe.compass_after", "A town or county and a compass word after it: a district or constituency.",
    "the Leeds North seat; MP for Hull East")
GPE_CONSTITUENCY = RULES.add(
    "gpe.constituency",
    "A person-shaped name with no cue after \"MP for\", \"the seat of\" and the like, or opening with a town "
    "in a list beside places: an electoral district.",
    "MP for Kessa Vale; Leeds Kirkholt, Hull East and Tolo Green")
GPE_SUFFIX = RULES.add(
    "gpe.suffix", "An unknown word ending in a suffix only county names take.", "in Brackenshire")
GPE_UNIT_OF = RULES.add(
    "gpe.unit_of", "An administrative unit named by its capitalised head and \"of\".",
    "the Region of Kessa; the Province of Tolo")
NORP_DEMONYM = RULES.add(
    "norp.demonym", "A nationality or group demonym from the demonym table.", "South Koreans")
NORP_COMPASS = RULES.add(
    "norp.compass", "Compass words before a demonym: the people or adjective of a region, not a person.",
    "Southeast Asian; Central European")

# --- organisations --------------------------------------------------------------------------
ORG_HEAD_WORD = RULES.add(
    "org.head_word", "A run containing an organisation head word, or ending in a final one.",
    "the Kenya Institute for Policy Analysis; Zambian Minerals Finance")
ORG_POSSESSIVE_NAME = RULES.add(
    "org.possessive_name", "Capitalised words joined over a plural possessive or \"'s\" before an"
    " organisation head: one body's name.", "the Renters' Alliance; Growers' Voice; the Auditor's Office")
ORG_LEGAL_FORM = RULES.add(
    "org.legal_form", "A name ending in a firm's legal form, the form part of the mention (also one"
    " written in lower case after an organisation).", "Tolo AS; Kessa Foods plc")
ORG_INSTITUTION_CASED = RULES.add(
    "org.institution_cased", "A known institution's name with its later words in lower case.",
    "the European parliament; the Security council")
ORG_INSTITUTION = RULES.add(
    "org.institution", "A word or phrase that names an institution on its own.", "Parliament; the White House")
ORG_CLUB = RULES.add(
    "org.club", "A sports club: a club prefix or suffix, or a city a football document says was played.",
    "Leeds United; Chelsea face Barcelona")
ORG_ACRONYM = RULES.add("org.acronym", "An all-capital word that is no generic acronym.", "NATO")
ORG_NATIONAL_BODY = RULES.add(
    "org.national_body", "A demonym or country right before an institution's name: its national body, one name.",
    "the Kessan Red Cross; the Tolo Red Crescent")
ORG_AMPERSAND = RULES.add(
    "org.ampersand", "Names joined by an ampersand: one organisation, never a person.",
    "Marks & Spencer; Harlow & Finch")
ORG_AMPERSAND_INITIALS = RULES.add(
    "org.ampersand_initials", "Initials joined by an ampersand that spell the initials of an organisation the "
    "document names with one: a short form of that organisation (never 'R&B' or 'R&D' alone).",
    "Harlow & Finch ... H&F said")
ORG_DEFINED_ACRONYM = RULES.add(
    "org.defined_acronym", "A capitalised run followed by its initials in brackets: a named body or system.",
    "the Coastal Wave Monitoring Array (CWMA)")
ORG_REGIONAL_UNIT = RULES.add(
    "org.regional_unit", "A firm followed by the country or region it serves.", "Lycos Europe")
ORG_TITLED_BODY = RULES.add(
    "org.titled_body", "Title words ending in an organisation head: the body, not a title.",
    "the Home Office; the Cabinet Office")
ORG_BEFORE_PERSON = RULES.add(
    "org.before_person", "After 'Title of (the)', a body's name run into its holder's: the body part.",
    "Director General of Baltic Gateway Terminals Vytautas Jankauskas")
PERSON_AFTER_BODY = RULES.add(
    "person.after_body", "After 'Title of (the)', a body's name run into its holder's: the person part.",
    "Chair of the Ullapool Waterfront Partnership Eilidh Ramsay-Okoro")
ORG_CHANNEL = RULES.add(
    "org.channel", "A broadcaster's acronym and its channel, station or service: one name.",
    "BBC Two; ITV News; BBC Radio Scotland")
ORG_ACRONYM_NAME = RULES.add(
    "org.acronym_name", "An organisation's acronym and one ordinary word after it: one body.",
    "UN Women; UN Habitat")
ORG_COUNTRY_BODY = RULES.add(
    "org.country_body", "Ordinary words before a country's name: a national body.",
    "Export Finance Kessia; Sport Kessia; Cancer Research UK")
ORG_CUE = RULES.add(
    "org.cue", "A name the text around it shows to be an organisation.", "Nimbus said it would; Nimbus shares")
ORG_CAPITALISED_WORD = RULES.add(
    "org.capitalised_word", "An ordinary word capitalised mid-sentence again and again, never in lower case.",
    "the Alliance ... the Alliance ... the Alliance")
ORG_BRAND = RULES.add(
    "org.brand", "A word written in camel case, as brands are, up to the brand word.",
    "PlayStation Portable; DaimlerChrysler")
ORG_MEMBER_PLURAL = RULES.add(
    "org.member_plural", "The plural of the first word of a party or organisation name of the document.",
    "the Greenways (next to the Greenway Party)")
ORG_BARE_NAME = RULES.add(
    "org.bare_name",
    "An unknown capitalised word with no cue: a candidate that resolve keeps only when the corpus names it "
    "(one person's family name, an organisation a stronger rule found), else drops.",
    "a deal with Zorvex (next to Zorvex Holdings in another article)")
ORG_COMPANY_CUE = RULES.add(
    "org.company_cue",
    "A name the text shows to be a company even when it reads as a person's: a legal form, its shares, "
    "a company noun before it.", "Harlan Reeve shares; the chief executive of Zorvex; firms such as Quell")
ORG_PRODUCT_MAKER = RULES.add(
    "org.product_maker",
    "A person-shaped name ending in an ordinary noun whose first word the document uses alone again and "
    "again, never its last: a product and its maker.", "Zorvex Search ... Zorvex ... Zorvex ... Zorvex")
ORG_NOT_A_PERSON = RULES.add(
    "org.not_a_person",
    "A name read as a person's that the document uses as a body's and never as a person's: a text cue "
    "(an apposition naming a body, its shares moving, a plural verb, a journal, a team played), or two signs "
    "of its shape and reuse (a plural last word, a place first, \"the\" and its last word, its first word "
    "alone); its short forms too.",
    "Kessa Tigers ... the Tigers; Halden Brook rose 4 per cent; Orrin Vale, a Danish firm based in Aarhus")
ORG_DATELINE_SOURCE = RULES.add(
    "org.dateline_source", "The name in brackets after a dateline opening the story: the agency or paper filing it.",
    "LISBON, March 14 (Harbour Wire) -; NEW YORK (Ledgerline) -")
ORG_SHORT_FORM = RULES.add(
    "org.short_form",
    "A lone unknown word that opens an organisation name of the document whose other words are organisation "
    "or legal words, used alone: that organisation.",
    "Halvard bought its stake (after Halvard Capital)")
ORG_OWNER = RULES.add(
    "org.owner", "A lone name owning a person in an inverted attribution: the body the person speaks for.",
    "said Nimbus's Ola Brandt")

# --- people ---------------------------------------------------------------------------------
PERSON_TITLE = RULES.add("person.title", "A name after a title or honorific.", "President Okafor; Mr Brandt")
PERSON_CUE = RULES.add(
    "person.cue", "A name with a person cue: a reporting verb, an apposition or a role noun.",
    "Brandt said; spokeswoman Ann Ruiz")
PERSON_PEER = RULES.add(
    "person.peer", "A peer's title and one name: the title belongs to the name.", "Lord Ashby; Baroness Kell")
PERSON_KNIGHT = RULES.add(
    "person.knight", "A knight's or dame's title and a name: the title belongs to the name.",
    "Sir Ann Foo; Dame Ola Brandt; Sir Ann")
PERSON_NAME = RULES.add("person.name", "Two or more name-like words with no other cue.", "Lucas Almeida")
PERSON_SHORT_FORM = RULES.add(
    "person.short_form", "A word of a full name of the document, used alone.", "Almeida (after Lucas Almeida)")
PERSON_PARTICLE_SURNAME = RULES.add(
    "person.particle_surname",
    "A family name the document writes with lower-case particles, used alone after them: the particles "
    "belong to the mention, also capitalised at a sentence start.", "de la Vega (after Ana de la Vega); Van der Berg said")
PERSON_TEAM_SHEET = RULES.add(
    "person.team_sheet", "A lone word with no cue in a line listing names: a player's surname.",
    "Okafor, Brun, Pardo (Kessa), Ruiz, Baltz, Kovac; Mirel.")
PERSON_LOWERCASE_JOIN = RULES.add(
    "person.lowercase_join", "A name the document knows, its first word written in lower case.",
    "tran Van Duc; counterpart mateo Ibarra")

# --- roles ----------------------------------------------------------------------------------
ROLE_TITLE = RULES.add("role.title", "The title before a name.", "Foreign Minister (Ana Brun)")
ROLE_NOUN_BEFORE = RULES.add(
    "role.noun_before", "A role phrase ending in a role noun right before a name.",
    "Peru's security adviser (Luis Pardo)")
ROLE_APPOSITION = RULES.add(
    "role.apposition", "A role phrase set off by commas after a name.",
    "(Ann Ruiz,) a senior fellow at the Harrow Institute")
