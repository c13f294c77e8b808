"""Words of organisation names: head and final words, legal forms, institutions, clubs."""
from __future__ import annotations

from pipelines.text.lexicon._lists import phrases, words
from pipelines.text.lexicon.speech import SPOKESPEOPLE_NOUNS, SPOKESPERSON_NOUNS

#: Head words that make a capitalised sequence an organisation (also the common foreign ones of
#: firms and agencies: "Agence France-Presse", "Deutsche Boerse", "Banco Santander").
ORG_WORDS = words("""
    Group Groups Institute Institution Institutions University Universities College Academy
    School Agency Agencies Ministry Ministries Department Departments Times News Post Herald
    Journal Telegraph Gazette Tribune Chronicle Observer Economist Examiner Inquirer Mirror
    Express Entertainment Electronics Corp Corp. Corporation Inc Inc. Incorporated Ltd Ltd.
    Limited Plc plc PLC LLC LLP Co. Company Companies Council Councils Party Parties Forces Force
    Bank Fund Funds Association Associations Commission Committee Committees Office
    Offices Army Armies Navy Police Constabulary Service Services Authority Authorities Board
    Federation Confederation Union Unions League Liga Ligue Club FC AFC RFC Airlines Airline Airways Motors
    Motor Industries Holdings Partners Capital Securities Investments Foundation Trust Society
    Hospital Hospitals Court Courts Parliament Assembly Congress Senate Cabinet Government
    Organisation Organization Organisations Organizations Alliance Coalition Network Networks
    Press Media Studios Studio Pictures Records Labs Laboratory Laboratories Systems
    Technologies Software Communications Telecom Telecoms Telecommunications Broadcasting
    Pharmaceuticals Pharma Petroleum Chambers Chamber Exchange Reserve Treasury Secretariat
    Command Corps Brigade Regiment Battalion Guard Guards Marines Museum Orchestra Embassy
    Consulate Bureau Directorate Inspectorate Tribunal Administration Cooperative Co-operative
    Railways Railway Broadcasting Magazine Channel4 Bancorp Energy Motors Steel Mining Oil
    Chemicals Foods Brewery Breweries Brewers Distillers Distilleries Brands Stores Retail Insurance
    Assurance Bancshares Solutions
    Consulting Ventures Enterprises Associates Institute Observatory Secretariat Caucus
    Democrats Republicans Conservatives Tories Tory Labour Liberals Greens Socialists
    Nationalists Unionists Communists Democrat Lib Dem Dems Taliban Hamas Hezbollah Commons Lords Kremlin Pentagon
    Whitehall Politburo Knesset Duma Bundestag Bundesbank Interpol Europol NATO Nato Reuters
    Bloomberg Xinhua Yonhap Stock Fed Opera Ballet Philharmonic Symphony Orchestra
    Agence Deutsche Banque Banco Banca Compagnie Société Societe Gesellschaft Presse Groupe
    Telekom Fernsehen Rundfunk Boerse Börse Bourse Konzern Aktiengesellschaft Partido Parti
    Partei Partito Plaid Guild Grupo Gruppo Groep Gruppe Equipo Equipe Équipe Squadra Empresa
    Compañía Compania Companhia Stiftung Fundación Fundacion Fundação Fundacao Fondazione
    Stichting Vereniging Verband Instituto Istituto Institut Universidad Universidade Università
    Universität Universitet Ministerio Ministère Ministerium Sindicato Syndicat Gewerkschaft
    Sparebank Sparbank Sparkasse Landesbank Aktiebolag Oyj GmbH SpA Ltda
""")

#: Words after a broadcaster's acronym that name one of its channels, stations or services
#: ("BBC Two", "ITV News", "BBC Radio Scotland", "RTE One").
BROADCAST_SERVICE_WORDS = words("""
    One Two Three Four Five Radio News World Online Sport Sports Live Scotland Wales Cymru
    Ireland Alba Parliament Choice Knowledge Interactive America Asia Europe Arabic Persian
    International Extra Xtra Plus Digital Breakfast
""")

#: Words before a number that name a broadcaster's channel or station ("Radio 4", "Channel 5",
#: "BBC Radio 2", "BBC News 24"), and the words that may follow the number ("Radio 5 Live").
NUMBERED_CHANNEL_HEADS = words("Radio Channel News")
NUMBERED_CHANNEL_TAILS = words("Live Extra Xtra")

#: Heads that make a capitalised run of two or more words an organisation when they end it
#: ("Zambian Minerals Finance", "Ruritania Shipping Logistics", "Lagos Daily", and the industry
#: words firms end their names with: "Kessa Tobacco", "Tolo Aerospace"), but which are ordinary
#: words elsewhere in a run or alone.
ORG_FINAL_WORDS = words("""
    Finance Investment Investments Review Forum Minerals Mining Resources Energy Holdings
    Capital Partners Ventures Logistics Shipping Airlines Airways Motors Pharmaceuticals Telecom
    Telecoms Communications Media Press Post Herald Gazette Tribune Journal Chronicle Observer
    Daily Weekly Brothers Sisters Bros International Aid Workers Lines Watch
    Tobacco Estates Trustees Wines Beverages Brewing Cosmetics Apparel Utilities Semiconductor
    Semiconductors Aerospace Automotive Biotech Therapeutics Robotics Dynamics Analytics Shipyards
    Team Terminals Newswire Buses Coaches Ferries Steelworkers Autoworkers Mineworkers Dockworkers Library Libraries
    Research Wire Forge Foundry Advisory Advisers Advisors Strategies Insights Consultancy Consultants
    Engineering Construction Builders Properties Developments Freight Haulage Logistik Trading
    Publishing Publishers Productions Films Games Wireless Broadband Healthcare Biosciences
    Bioscience Genomics Diagnostics Fisheries Farms Dairies Bakeries Supplies Devices
    Plastics Metals Rail Transit Aviation Radio FM Television Voice
    Energi Energia Energie Banken Forsikring Försäkring Verlag Werke Industrie Industria Telecomunicações
""")

#: Organisation heads that only count when followed by "of ..." ("House of Commons",
#: "Church of England") -- alone they are ordinary words or surnames.
OF_ORG_HEADS = words("""
    House Church Chamber Chambers Bank University College Institute School Academy Department
    Ministry Office Council Court Board Association Federation Union League Society Commission
    Committee Bureau Agency Authority Order Party Republic Kingdom Museum Guild Confederation
    Secretary Federation Organisation Organization Hospital Corps Friends Sisters Brothers Port
    Daughters Sons Parliament Assembly Conference Centre Center Fund Foundation Trust
""")

#: Heads a name continues after over "of" or "of the", besides the organisation words: titles,
#: states and sea features ("Secretary of State", "Republic of Korea", "Gulf of Aden").
HEADS_BEFORE_OF = words("""
    Secretary Minister Chancellor Republic Kingdom Isle Horn Province State States Federation
    Chamber Bureau Director Head Institute Sultanate Emirate Principality Commonwealth Duchy
    Bank Gulf Bay Sea Strait Cape
""")

#: Heads a name continues after over "for" or "for the", besides the organisation words
#: ("Secretary of State for Health", "Centre for Policy Studies").
HEADS_BEFORE_FOR = words("""
    Secretary Minister Commissioner Spokesman Spokeswoman Centre State Center Campaign Coalition
    Partnership Alliance
""")

#: Organisation words naming a trade: "Steel and Cement Industries Group" is one name, but
#: "Labour Party and Green Party" are two; "Re" is a reinsurer's ("Kessa Re": the firm, not the place).
TRADE_WORDS = words("""
    Steel Oil Gas Mining Energy Chemicals Foods Petroleum Electronics Motors Motor Insurance
    Retail Software Telecom Media Pharmaceuticals Power Water Cement Textiles Re
""")

#: Lower-case company nouns before a name opening with digits ("the operator 50Hertz").
COMPANY_NOUNS = words("""
    operator company firm group maker provider carrier owner rival subsidiary unit startup
    start-up retailer lender bank insurer supplier developer
""")

#: Nouns that take a company after "of", "in", "to", "at", "for" or "from" ("the chief executive of
#: X", "shares in X", "a competitor to X"), and plural company nouns before "like", "such as",
#: "including" ("firms such as X"): evidence that X is an organisation.
COMPANY_RELATION_NOUNS = words("""
    ceo chief executive chairman chairwoman founder co-founder boss shares stake shareholders
    investors subsidiary unit division rival rivals competitor competitors customers owner
    owners takeover acquisition executives analyst analysts economist economists strategist
    strategists employees bankers traders
""")
COMPANY_PLURALS = words("""
    companies firms groups brands banks lenders insurers retailers carriers airlines makers
    manufacturers giants start-ups startups suppliers operators developers conglomerates
""")

#: Roles held at a body, before "of", "for", "at" or "from" and its name ("a security manager for
#: X", "co-chairman of X"); not roles towards a person ("an ally of X", "a rival to X").
BODY_STAFF_NOUNS = words("""
    manager director chairman chairwoman co-chairman head officer spokesman spokeswoman
    spokesperson researcher fellow engineer member secretary treasurer executive analyst economist
    strategist
""")

#: Roles in a body before "at" only ("campaigns director at X"; a film has a director too: "the
#: director of X", "best director for X", "X director Ann Ruiz").
ROLES_OF_BODY = words("director directors")

#: Staff of a firm before "with" and its name ("an economist with X", "analysts with X"): the name is
#: the firm they work for.
STAFF_NOUNS_BEFORE_WITH = words("analyst analysts economist economists strategist strategists")

#: Roles in a body written between the body and a person's name ("Globex founder Ann Ruiz",
#: "Nimbus chairman Ola Brandt", "Harlow Keane analyst Bo Hart"): the word before them is the body.
BODY_ROLES_BEFORE_NAME = words("""
    founder co-founder chairman chairwoman boss president manager captain coach striker
    goalkeeper midfielder defender winger analyst economist strategist
""")

#: Nouns of people who speak for a body, before "for", "of" or "at" ("a spokesman for X"): a lone
#: word after them is the body they speak for, not a person.
SPEAKER_FOR_BODY_NOUNS = frozenset(SPOKESPERSON_NOUNS + SPOKESPEOPLE_NOUNS)

#: Nouns of an apposition that makes the name before it an organisation ("Kessaly, the
#: pressure group, said"; "Norvane, the low-cost airline."), never a person.
ORG_APPOSITION_NOUNS = words("""
    group union airline carrier charity party organisation organization agency broadcaster
    station network retailer regulator watchdog firm company bank lender insurer brewer maker
    manufacturer operator club band conglomerate supermarket chain publisher newspaper website
    provider supplier producer developer consultancy carmaker airline insurer subsidiary
    affiliate division studio label journal magazine
""")

#: Lower-case words that may follow an apposition's body noun and end the apposition ("X, a
#: Danish firm based in Aarhus", "X, the Kessa company behind the series").
AFTER_BODY_APPOSITION = words("which that said whose with in of for from at on behind based founded owned run known")

#: Lower-case nouns of bodies that no person is called by, right before a name ("housing charity X",
#: "games studio X", "the regulator X", "software giant X", "property business X", "technology site
#: X", "Premiership side X"; not "producer", "developer", "broadcaster", "maker", which people are
#: too: "film maker Ann Ruiz").
BODY_NOUNS_BEFORE_NAME = words("""
    charity studio airline carrier retailer lender insurer regulator watchdog carmaker
    supermarket conglomerate label newspaper website firm bank startup start-up group band
    union agency chain site business company operator manufacturer chipmaker drugmaker provider
    outlet side strugglers outfit
""")

#: Body nouns before a name that are adjectives after "a" or "some" ("software giant X", but "a
#: giant X", "some giant X": a big one).
BODY_NOUNS_ALSO_ADJECTIVES = words("giant giants")

#: Lower-case body nouns after "the" and a name that make the name the body's ("the Kessa Vale
#: consultancy", "the Anti-Fraud Working group"; not "station", a building's: "the Kings Cross station").
BODY_NOUNS_AFTER_THE_NAME = words("""
    consultancy company firm group bank agency charity foundation conglomerate partnership
    organisation organization network
""")

#: Lower-case nouns right after a name that make it a body with members, staff or parts ("the
#: Norvel summit", "Norvel partners", "Norvel member states", "the Kessa foundation", "its Tolo
#: subsidiary", "Marrow frontman Bo Hart").
BODY_NOUNS_AFTER = words("""
    summit summits members member partners bloc secretariat foundation subsidiary frontman
    frontwoman executives bosses
""")

#: Common short forms of bodies and parties, as organisation keys (lower case, no article):
#: the short form -> the full name it stands for ("the Fed" is the Federal Reserve).
ORG_SHORT_FORMS = {
    "fed": "federal reserve",
    "tory": "conservative party", "tories": "conservative party", "tory party": "conservative party",
    "conservatives": "conservative party",
    "lib dem": "liberal democrats", "lib dems": "liberal democrats",
}

#: Legal forms written after a firm's name, as written ("Kessa Foods plc", "Tolo AS"): part of
#: the mention, so the fullest form names the firm.
LEGAL_FORMS = words("""
    plc Plc PLC Ltd Ltd. Inc Inc. LLC LLP GmbH AG SA NV BV SpA Srl ASA AS AB Oy Oyj KK
""")

#: Legal suffixes stripped when comparing organisation names across documents.
ORG_LEGAL_SUFFIXES = words("""
    inc inc. incorporated corp corp. corporation co co. company ltd ltd. limited plc llc llp
    ag sa nv bv gmbh spa s.a. holdings group srl asa as ab oy oyj kk
""")

#: Last words of names whose article is part of the name ("The Times", "The Hague").
NAMES_KEEPING_THE = (
    "Times", "News", "Post", "Journal", "Economist", "Guardian", "Independent", "Observer", "Hague",
)

#: Last words of organisation names that end in "s" but are no plurals.
NOT_PLURALS = words("times news")

# --- sports reports -------------------------------------------------------------------------
#: Words that make a text a report of a team sport: there, a name a team plays is a club.
TEAM_SPORT_WORDS = phrases("""
    striker, midfielder, goalkeeper, defender, Premiership, Champions League, league match, cup tie
""")

#: Words right before a team's name in a report of a team sport ("beat X", "joined from X").
BEFORE_OPPONENT = phrases("""
    against, beat, beating, face, faces, facing, playing, win over, victory over, draw with,
    drew with, defeat to, defeat by, lost to, joined from, signed from, away to, at home to
""")

#: Verbs right after a name that make it a club in a team-sport report ("X beat Y", "X are").
TEAM_VERBS_AFTER = phrases("are, were, have, have been, were not, are not, beat, drew with, lost to")

# --- clubs ----------------------------------------------------------------------------------
#: Words opening a sports club name ("Real Madrid", "Borussia Dortmund").
CLUB_PREFIXES = words("""
    Real Atletico Athletic Inter AC FC AS SS Dynamo Dinamo Sporting Olympique Borussia Bayern
    Racing Deportivo
""")

#: Words ending a sports club name after a place ("Leeds United", "Derby County").
CLUB_SUFFIXES = words("""
    United City Rovers Wanderers Athletic Albion County Town Villa Hotspur Rangers Celtic
    Dynamo Sporting Olympic Olympique Wolves Vale Orient Argyle Forest Thistle
    Academicals Hotspur Rugby Cricket Hockey
""")

#: The club suffixes that make a club after any unusual word, not only after a city
#: ("Tranmere Rovers", "Plymouth Argyle").
CLUB_SUFFIXES_AFTER_ANY_NAME = words("""
    Villa Hotspur Rovers Wanderers Athletic Albion Rangers Argyle Thistle Academicals Orient
    United
""")

# --- institutions ---------------------------------------------------------------------------
#: Single capitalised words that name an institution (an ORG) on their own.
INSTITUTION_WORDS = words("""
    Parliament Congress Senate Commons Lords Kremlin Pentagon Whitehall Politburo Knesset Duma
    Bundestag Interpol Europol Nato NATO Labour Tories Tory Conservatives Democrats Republicans
    Taliban Hamas Hezbollah
""")

#: Multi-word institutions named by a building or street.
INSTITUTION_PHRASES = phrases("""
    White House, Blue House, Downing Street, Capitol Hill, Wall Street, Scotland Yard,
    Foggy Bottom, Elysee Palace, Élysée Palace, Zhongnanhai, Number 10, Holy See,
    Great Hall of the People, Supreme Court, High Court, Court of Appeal, European Union,
    United Nations, Security Council, World Bank, Federal Reserve, European Commission,
    European Parliament, African Union, Arab League, Red Cross, Red Crescent
""")

#: Organisation words that are not an entity on their own ("the Government", "the Party").
GENERIC_ORG_ALONE = words("""
    Government Army Navy Police Council Party Ministry Department Committee Commission Court
    Bank University Group Office Agency Union Church State City Airport Company Institute
    Board Service Fund Forces Force Club League Team Federation Association College School
    Hospital Assembly Cabinet Treasury Authority Administration Embassy Corporation Corp
    Inc Ltd Plc Co. Society Trust Foundation Museum Press Media Network Exchange Guard Reserve
    Times News Post Herald Journal Express Mirror Stock
""")
