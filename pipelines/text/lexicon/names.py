"""Words of people's names and roles: titles, honorifics, name particles, given-name cues,
generational suffixes and role nouns.
"""
from __future__ import annotations

from pipelines.text.lexicon._lists import phrases, words

# --- titles -------------------------------------------------------------------------------
#: Titles of peers that belong to the name after them ("Lord Ashby", "Baroness Kell"): the
#: canonical name keeps them, as the peer is called by the title and one name.
PEER_TITLES = words("Lord Lady Baroness Baron Viscount Viscountess")
#: Titles that belong to the name after them, however many words it has: a knight's or dame's
#: ("Sir Ann Foo" is called "Sir Ann" later) and a peer's.
NAME_TITLES = PEER_TITLES | words("Sir Dame")

#: How a peer is called by title and name: "Lady Kell" is Baroness (or Viscountess, Countess)
#: Ann Kell, "Lord Ashby" Baron (Viscount, Earl) Tom Ashby.
PEER_STYLES = {
    "Lord": words("Lord Baron Viscount Earl Marquess Duke"),
    "Lady": words("Lady Baroness Viscountess Countess Marchioness Duchess Dame"),
}

#: Titles of royals and saints that buildings and places are named after with the name ("the Prince
#: Edward Theatre", "King Fahd Stadium"): a facility head after such a title and a name is the
#: facility's, not a person's (unlike an office: "Prime Minister Rosa Street").
NAMESAKE_TITLES = words("King Queen Prince Princess Emperor Empress Duke Duchess Pope Saint St Sultan Sheikh")

#: Honorifics: they mark a person but are not a role worth a row.
HONORIFICS = words("""
    Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Sir Dame Dr Dr. Madam Madame Mme Mlle Monsieur Herr Frau
    Senor Señor Senora Señora
""")

#: Capitalised title words that can stand before a name ("President Okafor", "Gen. Smith").
#: Abbreviations are listed with and without the full stop.
PERSON_TITLES = HONORIFICS | words("""
    President Vice-President President-elect Premier Minister Secretary Chancellor Chairman
    Chairwoman Chairperson Chair Director Governor Gov Gov. Mayor Senator Sen Sen. Representative
    Rep Rep. Congressman Congresswoman Congressmember Ambassador Envoy Commissioner Judge Justice
    Magistrate Prosecutor Attorney General Gen Gen. Lieutenant Lt Lt. Colonel Col Col. Major Maj
    Maj. Captain Capt Capt. Commander Cmdr Admiral Adm Adm. Sergeant Sgt Sgt. Corporal Cpl Cpl.
    Private Pte Marshal Brigadier Commodore Professor Prof Prof. Doctor Lord Lady Baroness Baron
    Viscount Earl Count Countess King Queen Prince Princess Duke Duchess Emperor Empress Crown
    Sultan Emir Sheikh Shaikh Pope Cardinal Archbishop Bishop Rev Rev. Reverend Father Pastor
    Rabbi Imam Ayatollah Cleric Inspector Detective Det Det. Superintendent Supt Supt. Constable
    Sheriff Chief Speaker Leader Spokesman Spokeswoman Spokesperson CEO CFO COO CTO MP MEP MSP AM
    TD Deputy Vice Acting Interim Coach Manager Editor Dean Provost Chancellor Counsellor
    Councillor Councilman Councilwoman Alderman Ald Ald. Delegate Premier-elect Taoiseach Tanaiste
    Vice-Chairman Vice-Premier Secretary-General Director-General Commissioner-General
    Lieutenant-General Lieutenant-Colonel Major-General Brigadier-General Chief-Executive
    Presidents Ministers Senators Generals Professors Messrs Adviser Advisor Vice-Chancellor
    Attorney-General Solicitor-General Auditor-General Inspector-General Surgeon-General
    Under-Secretary Undersecretary Treasurer Comptroller Registrar Ombudsman Vice-Governor
    Deputy-Governor Vice-Mayor Lieutenant-Governor Chief-of-Staff
""")

#: Title words that are also ordinary words or name parts: a following single token only
#: counts as a name when it is not a common English word ("General Election", "Major League").
WEAK_TITLES = words("""
    General Gen Major Justice Chief Leader Speaker Father Private Count Crown Director Manager
    Coach Editor Dean Chair Deputy Vice Acting Interim Delegate Representative Lady Lord Queen
    King Prince Princess Duke Earl Commander Captain
""")

#: Title words after which the title part of a role continues ("Secretary of State").
TITLE_MODIFIERS = words("""
    Prime Foreign Home Defence Defense Interior Finance Trade Industry Health Education Culture
    Justice Transport Environment Energy Agriculture Treasury State Economy Economic Affairs
    Security Work Pensions Welfare Labour Labor Social Northern Irish Scottish Welsh International
    Development Science Technology Communications Information Media Sport Sports Tourism Housing
    Local Government Budget Unification Veterans Homeland Commerce Internal External Overseas
    National Chief Executive Operating Financial Technical General Senior Junior Assistant
    Associate Deputy Vice Acting Interim Former Shadow Special Principal Lord High Supreme Attorney Solicitor
    Managing Executive Principal Permanent Special Cabinet Party Opposition Majority Minority
    Whip Lieutenant Crown Grand Former Ex Then Incoming Outgoing Fisheries Food Rural Employment
    Immigration Women Equality Equalities Children Families Family Constitutional Europe European
    Asia Pacific Armed Forces Navy Army Air Military Intelligence Police Public Policy Planning
    Infrastructure Land Resources Mines Oil Water Digital Business Enterprise Skills Innovation
    Universities Schools Care Elderly Disability Justice Legal Home Office Defence Revenue
    Customs Climate Net Zero Exchequer Duchy of for and the
""")

#: Titles written after the body the holder belongs to ("Tory MP", "Microsoft CEO"), and
#: rarely surnames (unlike "King", "Judge" or "Dean").
TITLES_AFTER_BODY = words("""
    MP MPs MEP MEPs MSP AM TD CEO CFO COO CTO President Minister Secretary Chairman Chairwoman
    Spokesman Spokeswoman Spokesperson Senator Governor Ambassador Premier Mayor Commissioner
    Speaker
""")

#: Abbreviations written with a full stop that ends no sentence ("Gen. Xavier", "St. Louis",
#: "Carlo Bastek Jr."): a name goes on after them.
DOTTED_ABBREVIATIONS = words("""
    Mr Mrs Ms Dr Gen Lt Col Capt Sgt Prof Rev Sen Rep Gov St Mt Ft Jr Sr Adm Maj Cpl Det Supt
    Insp Cmdr Brig Hon Pte Gens Drs Messrs Ald
""")

# --- name particles -------------------------------------------------------------------------
# Three lists, because the particles are written three ways and each way has its own
# members: widening one to another's members would change what is read as a name ("as" or
# "at" between two names is no particle; "AtHome" is a brand, "McDonald" a surname).

#: Lower-case particles written with spaces inside a name, one to three in a row ("Ludwig
#: van Beethoven", "Osama bin Laden", "Vasco da Gama"), in the order the pattern tries them.
NAME_PARTICLES = (
    "de", "da", "di", "du", "del", "della", "der", "den", "des", "van", "von", "la", "le", "bin",
    "ibn", "al", "dos", "das", "ter", "ten", "zu", "bint", "ben", "binti",
)

#: Lower-case particles joined to the name by a hyphen ("al-Assad", "ash-Sharif", "abu-Bakr"),
#: in the order the pattern tries them.
HYPHENATED_PARTICLES = (
    "al", "el", "ad", "as", "at", "an", "ar", "ul", "ud", "ur", "ash", "bin", "ibn", "abu", "abd",
)

#: The hyphenated particles whose token is never cut at a hyphen prefix or suffix (the
#: others are cut as any hyphenated word is: "X-based").
UNCUT_HYPHENATED_PARTICLES = ("al", "el")

#: Capitalised prefixes glued to a surname before a second capital ("McCartney", "DiCaprio",
#: "LeBron"): such a word is a name, not a camel-case brand.
SURNAME_PREFIXES = words("Mc Mac Di De Da Du Dos La Le Van Von Fitz St Ben Abu El Al")

# --- given names and suffixes ---------------------------------------------------------------
#: Given names that are also ordinary English words: at the start of a sentence they are kept
#: as the first name when a surname and a person cue follow ("Grace Otieno, director of ...").
GIVEN_NAME_WORDS = words("""
    Grace Hope Faith Joy Will Rose Victor Mark Bill Frank Charity Mercy Patience Precious
    Prudence Destiny Dawn Amber Iris Ivy Lily Daisy Holly Heather Violet Ruby Pearl Crystal
    Summer Autumn April June Jack Rob Bob Pat Sue Ray Jean Don Ron Guy Rich Chase Hunter Wade
    Drew Dean Gene Earl Sterling Noble Major Royal Sunny Gift Blessing Happy Lucky Fortune
    Harmony Honor Honour Justice Peace Trinity Star Misty Rusty Chuck Cliff Dale Glen Herb
    Miles Nick Pierce Reed Roger Sandy Stone Wolf Bud Hank Jay Carol Kitty Penny Bonnie
""")

#: Group demonyms (religions) that are also given names: before a name they are its first
#: word ("said Christian Kessler"), not a group.
DEMONYMS_ALSO_GIVEN_NAMES = words("Christian")

#: Months that are also given names or surnames ("May", "June", "April").
MONTHS_ALSO_NAMES = words("May June April August January Jan")

#: Capitalised function words that also begin or are names ("May", "Will", "New York",
#: "St Louis").
STOPWORDS_IN_NAMES = words("May Will New St")

#: Capitalised words that may stand inside a name but never end one ("South" in "South
#: Korea", "World" in "World Bank").
NEVER_LAST_IN_NAME = words("North South East West Global World International National")

#: Endings of role and trade nouns ("winemaker", "suitor", "novelist"): a lower-case word with
#: one is no given name.
NOT_GIVEN_NAME_ENDINGS = (
    "maker", "makers", "er", "ers", "or", "ors", "ist", "ists", "ant", "ent", "man", "men", "ian",
    "ese", "ship", "ing", "ed",
)

#: Generational suffixes ("Carlos Mendes Jr.", "Henry Ford II"): they stay in the name, and
#: father and son are two people.
GENERATIONAL_SUFFIXES = words("Jr Sr II III IV")

#: The generational suffixes that are abbreviations, written with or without a full stop.
ABBREVIATED_SUFFIXES = words("Jr Sr")

# --- roles ----------------------------------------------------------------------------------
#: Lower-case nouns for a person's role or description, read by the entity recogniser (a role
#: before or after a name) and the quote extractor ("the chancellor said"), each adding its own.
PERSON_ROLE_WORDS = words("""
    minister secretary chancellor president premier leader chairman chairwoman chair chief
    executive director founder boss manager coach captain player striker midfielder defender
    goalkeeper winger forward champion star singer rapper actor actress artist musician author
    writer novelist comedian presenter host mp senator governor mayor ambassador envoy
    commissioner economist strategist analyst lawyer prosecutor judge sprinter athlete cyclist
    golfer boxer jockey batsman bowler entrepreneur columnist journalist reporter editor
    commentator campaigner activist professor researcher scientist historian doctor surgeon
    consultant detective inspector councillor candidate nominee congressman congresswoman
    lawmaker legislator diplomat negotiator designer producer filmmaker film-maker architect
    pilot teacher bishop archbishop cardinal priest rabbi imam director-general broadcaster
""")
#: Lower-case role nouns: the last word of a role phrase ("security adviser", "a fellow").
ROLE_NOUNS = PERSON_ROLE_WORDS | words("""
    administrator admiral adviser advisor aide alderman ally anchor attorney banker broker
    campaigners ceo cfo chairman-elect chairperson chef chief-executive cleric clerk co-founder
    colonel commander constable coordinator correspondent councilor counsellor counselor
    cricketer critic curator dean delegate deputy dj drummer engineer expert fellow footballer
    frontman general guitarist head inventor investor justice king lecturer lieutenant major
    member mep monarch nurse officer official opponent organiser organizer owner painter partner
    pastor photographer physician planner playwright poet pope president-elect prince princess
    principal provost queen registrar representative rival scholar sculptor secretary-general
    sergeant sheriff spokes spokesman spokespeople spokesperson spokeswoman student
    superintendent supporter trader treasurer vice-president whip
""")


#: Prepositions before a name that make it an object: a reporting verb after it is another
#: subject's ("Ann Lee, 67, from Tolo, said"; "the MP for Kessa, said").
PREPOSITIONS_BEFORE_AN_OBJECT = words("in from for at of near to with by on into outside inside across")

#: Two-word role nouns ending a role phrase.
ROLE_NOUN_PAIRS = phrases("""
    chief executive, director general, secretary general, prime minister, foreign minister,
    defence minister, defense minister, finance minister, attorney general, managing director,
    executive director, vice president, vice chairman, chief economist, general secretary,
    head coach, team manager, national coach
""")

#: Words that open a role apposition after a name ("Ann Ruiz, the chief economist", "Ann Ruiz,
#: former adviser to ...").
ROLE_STARTS = words("""
    a an the his her their its our former then now current acting deputy senior chief vice
    executive managing general assistant associate lead head junior interim outgoing incoming
    founding co-founder longtime long-time veteran retired ex top principal
""")

#: Role words before a given name written in lower case by mistake ("his counterpart mateo
#: Ibarra"), besides the role nouns.
ROLES_BEFORE_A_SLIP = words("""
    counterpart counterparts colleague successor predecessor rival ally deputy aide envoy
    spokesman spokeswoman leader chief boss coach striker midfielder defender
""")
