"""General word lists used by entity recognition (``entities``) and resolution (``resolve``).

Everything here is general English / news vocabulary: titles, organisation and place
head words, reporting verbs, function words. No list names a particular person.
"""
from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(p.strip() for p in text.split(",") if p.strip())


# --- titles -------------------------------------------------------------------------------
#: Honorifics: they mark a person but are not a role worth a row.
HONORIFICS = _words("""
    Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Sir Dame Dr Dr. Madam Madame Mme Mlle Monsieur Herr Frau
    Senor Señor Senora Señora
""")

#: Capitalised title words that can stand before a name ("President Lee", "Gen. Smith").
#: Abbreviations are listed with and without the full stop.
PERSON_TITLES = HONORIFICS | _words("""
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

#: Given names that are also ordinary English words: at the start of a sentence they are kept
#: as the first name when a surname and a person cue follow ("Grace Otieno, director of ...").
GIVEN_NAME_WORDS = _words("""
    Grace Hope Faith Joy Will Rose Victor Mark Bill Frank Charity Mercy Patience Precious
    Prudence Destiny Dawn Amber Iris Ivy Lily Daisy Holly Heather Violet Ruby Pearl Crystal
    Summer Autumn April June Jack Rob Bob Pat Sue Ray Jean Don Ron Guy Rich Chase Hunter Wade
    Drew Dean Gene Earl Sterling Noble Major Royal Sunny Gift Blessing Happy Lucky Fortune
    Harmony Honor Honour Justice Peace Trinity Star Misty Rusty Chuck Cliff Dale Glen Herb
    Miles Nick Pierce Reed Roger Sandy Stone Wolf Bud Hank Jay Carol Kitty Penny Bonnie
""")

#: Title words that are also ordinary words or name parts: a following single token only
#: counts as a name when it is not a common English word ("General Election", "Major League").
WEAK_TITLES = _words("""
    General Gen Major Justice Chief Leader Speaker Father Private Count Crown Director Manager
    Coach Editor Dean Chair Deputy Vice Acting Interim Delegate Representative Lady Lord Queen
    King Prince Princess Duke Earl Commander Captain
""")

#: Title words after which the title part of a role continues ("Secretary of State").
TITLE_MODIFIERS = _words("""
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

#: Lower-case role nouns: the last word of a role phrase ("security adviser", "a fellow").
ROLE_NOUNS = _words("""
    president vice-president premier minister secretary chancellor chairman chairwoman
    chairperson chair director governor mayor senator representative congressman congresswoman
    lawmaker legislator ambassador envoy commissioner judge justice prosecutor attorney lawyer
    general lieutenant colonel major captain commander admiral sergeant officer official
    professor lecturer researcher scientist economist analyst fellow expert strategist
    consultant adviser advisor counsellor counselor aide spokesman spokeswoman spokesperson
    spokespeople leader head chief boss executive ceo cfo founder co-founder owner partner
    manager coach captain editor correspondent reporter journalist columnist commentator author
    writer historian dean provost principal teacher student candidate nominee member mp mep
    deputy chairman-elect president-elect secretary-general director-general diplomat
    negotiator representative delegate activist campaigner organiser organizer campaigners
    critic supporter ally rival opponent researcher physician doctor surgeon nurse pilot
    striker midfielder defender goalkeeper winger forward player batsman bowler champion
    actor actress singer star producer presenter host musician artist designer architect
    engineer inventor entrepreneur investor banker trader broker president chief-executive
    whip treasurer clerk registrar inspector detective superintendent constable sheriff
    officer commissioner councillor councilor alderman monarch king queen prince princess
    pope cardinal archbishop bishop priest rabbi imam cleric pastor spokes fellow scholar
    researcher curator administrator administrator coordinator planner officer
""")

#: Two-word role nouns ending a role phrase.
ROLE_NOUN_PAIRS = _phrases("""
    chief executive, director general, secretary general, prime minister, foreign minister,
    defence minister, defense minister, finance minister, attorney general, managing director,
    executive director, vice president, vice chairman, chief economist, general secretary,
    head coach, team manager, national coach
""")

# --- organisations --------------------------------------------------------------------------
#: Head words that make a capitalised sequence an organisation.
ORG_WORDS = _words("""
    Group Groups Institute Institution Institutions University Universities College Academy
    School Agency Agencies Ministry Ministries Department Departments Times News Post Herald
    Journal Telegraph Gazette Tribune Chronicle Observer Economist Examiner Inquirer Mirror
    Express Entertainment Electronics Corp Corp. Corporation Inc Inc. Incorporated Ltd Ltd.
    Limited Plc plc PLC LLC LLP Co. Company Companies Council Councils Party Parties Forces Force
    Bank Fund Funds Association Associations Commission Committee Committees Office
    Offices Army Armies Navy Police Constabulary Service Services Authority Authorities Board
    Federation Confederation Union Unions League Club FC AFC RFC Airlines Airline Airways Motors
    Motor Industries Holdings Partners Capital Securities Investments Foundation Trust Society
    Hospital Hospitals Court Courts Parliament Assembly Congress Senate Cabinet Government
    Organisation Organization Organisations Organizations Alliance Coalition Network Networks
    Press Media Studios Studio Pictures Records Labs Laboratory Laboratories Systems
    Technologies Software Communications Telecom Telecoms Telecommunications Broadcasting
    Pharmaceuticals Pharma Petroleum Chambers Chamber Exchange Reserve Treasury Secretariat
    Command Corps Brigade Regiment Battalion Guard Guards Marines Museum Orchestra Embassy
    Consulate Bureau Directorate Inspectorate Tribunal Administration Cooperative Co-operative
    Railways Railway Broadcasting Magazine Channel4 Bancorp Energy Motors Steel Mining Oil
    Chemicals Foods Brewery Brands Stores Retail Insurance Assurance Bancshares Solutions
    Consulting Ventures Enterprises Associates Institute Observatory Secretariat Caucus
    Democrats Republicans Conservatives Tories Tory Labour Liberals Greens Socialists
    Nationalists Unionists Communists Democrat Lib Dem Dems Taliban Hamas Hezbollah Commons Lords Kremlin Pentagon
    Whitehall Politburo Knesset Duma Bundestag Bundesbank Interpol Europol NATO Nato Reuters
    Bloomberg Xinhua Yonhap Stock Fed Opera Ballet Philharmonic Symphony Orchestra
""")

#: Heads that make a capitalised run of two or more words an organisation when they end it
#: ("Zambian Minerals Finance", "Ruritania Shipping Logistics", "Lagos Daily"), but which are
#: ordinary words elsewhere in a run or alone.
ORG_FINAL_WORDS = _words("""
    Finance Investment Investments Review Forum Minerals Mining Resources Energy Holdings
    Capital Partners Ventures Logistics Shipping Airlines Airways Motors Pharmaceuticals Telecom
    Telecoms Communications Media Press Post Herald Gazette Tribune Journal Chronicle Observer
    Daily Weekly
""")

#: Organisation heads that only count when followed by "of ..." ("House of Commons",
#: "Church of England") -- alone they are ordinary words or surnames.
OF_ORG_HEADS = _words("""
    House Church Chamber Chambers Bank University College Institute School Academy Department
    Ministry Office Council Court Board Association Federation Union League Society Commission
    Committee Bureau Agency Authority Order Party Republic Kingdom Museum Guild Confederation
    Secretary Federation Organisation Organization Hospital Corps Friends Sisters Brothers Port
    Daughters Sons Parliament Assembly Conference Centre Center Fund Foundation Trust
""")

#: Legal suffixes stripped when comparing organisation names across documents.
ORG_LEGAL_SUFFIXES = _words("""
    inc inc. incorporated corp corp. corporation co co. company ltd ltd. limited plc llc llp
    ag sa nv bv gmbh spa s.a. holdings group
""")

#: Words ending a sports club name after a place ("Leeds United", "Derby County").
CLUB_SUFFIXES = _words("""
    United City Rovers Wanderers Athletic Albion County Town Villa Hotspur Rangers Celtic
    Dynamo Sporting Olympic Olympique Wolves Vale Orient Argyle Forest Thistle
    Academicals Hotspur
""")

#: Single capitalised words that name an institution (an ORG) on their own.
INSTITUTION_WORDS = _words("""
    Parliament Congress Senate Commons Lords Kremlin Pentagon Whitehall Politburo Knesset Duma
    Bundestag Interpol Europol Nato NATO Labour Tories Tory Conservatives Democrats Republicans
    Taliban Hamas Hezbollah
""")

#: Multi-word institutions named by a building or street.
INSTITUTION_PHRASES = _phrases("""
    White House, Blue House, Downing Street, Capitol Hill, Wall Street, Scotland Yard,
    Foggy Bottom, Elysee Palace, Élysée Palace, Zhongnanhai, Number 10, Holy See,
    Great Hall of the People, Supreme Court, High Court, Court of Appeal, European Union,
    United Nations, Security Council, World Bank, Federal Reserve, European Commission,
    European Parliament, African Union, Arab League, Red Cross, Red Crescent
""")

#: Organisation words that are not an entity on their own ("the Government", "the Party").
GENERIC_ORG_ALONE = _words("""
    Government Army Navy Police Council Party Ministry Department Committee Commission Court
    Bank University Group Office Agency Union Church State City Airport Company Institute
    Board Service Fund Forces Force Club League Team Federation Association College School
    Hospital Assembly Cabinet Treasury Authority Administration Embassy Corporation Corp
    Inc Ltd Plc Co. Society Trust Foundation Museum Press Media Network Exchange Guard Reserve
    Times News Post Herald Journal Express Mirror Fed Stock
""")

# --- places ---------------------------------------------------------------------------------
#: Geographic feature heads that make a capitalised sequence a LOC ("South China Sea").
LOC_FEATURES = _words("""
    Sea Seas Ocean Oceans Strait Straits Peninsula Gulf Bay Channel River Rivers Mountains
    Mountain Mount Mt Mt. Range Hills Island Islands Isles Isle Lake Lakes Desert Valley
    Coast Basin Plateau Delta Canal Sound Cape Heights Archipelago Glacier Falls Forest
    Highlands Lowlands Plain Plains Reef Lagoon Fjord Estuary Marshes Steppe Rift Volcano
    Corridor Pass Point Peak Shelf Trench Shoal Shoals Barrage Atoll Reefs
""")

#: Facility / street heads, typed LOC ("Downing Street", "Heathrow Airport").
FACILITY_WORDS = _words("""
    Street Road Avenue Boulevard Lane Square Bridge Airport Station Stadium Arena Park Palace
    Castle Cathedral Abbey Tower Towers Building Plaza Terminal Harbour Harbor Port Dam
    Highway Motorway Expressway Tunnel Prison Base Garden Gardens Zoo Theatre Theater Hall
""")

#: Region names (LOC) that no gazetteer package lists.
REGIONS = _phrases("""
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

# --- not entities ---------------------------------------------------------------------------
MONTHS_DAYS = _words("""
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Today Tonight Yesterday Tomorrow
""")

#: Words never part of a name even when capitalised (function words, pronouns, adverbs).
STOPWORDS = _words("""
    a an the this that these those there here then than thus hence however although though
    but and or nor so yet for of to in on at by with from into onto upon about above below
    under over after before during since until while when where whence why how what which
    who whom whose whoever whatever whichever i me my mine we us our ours you your yours he
    him his she her hers it its they them their theirs one ones some any all both each every
    either neither no not none nobody nothing somebody someone something anybody anyone
    anything everyone everybody everything many much more most few fewer less least other
    others another such same own very too also just only even still already again ever never
    always often sometimes perhaps maybe meanwhile moreover furthermore nevertheless
    nonetheless instead otherwise indeed besides therefore accordingly consequently
    elsewhere anyway because if unless whether as like unlike via per among amongst between
    within without against across through throughout toward towards beyond despite
    including is are was were be been being am do does did done have has had having will
    would shall should can could may might must let lets yes no ok okay oh hey please
    thanks thank dear mr mrs ms dr st new old first last next second third former latter
    yesterday today tomorrow tonight now soon later earlier recently currently overall
    according asked said says told added speaking writing reporting meanwhile
""")

#: Capitalised words that are never entities on their own (holidays, generic media, etc.).
NOT_ENTITY_WORDS = MONTHS_DAYS | _words("""
    Christmas Easter Ramadan Eid Diwali Hanukkah Thanksgiving Halloween Xmas Lent Passover
    Internet Web Net Online Email E-mail God Lord Allah Bible Koran Quran Torah Gospel
    Budget Games Olympics Olympic Paralympic Paralympics Oscars Oscar Baftas Bafta Grammys Grammy Emmys Emmy
    Brits Globes Awards Award Prize Cup Trophy Championship Championships Open Final Finals
    Tour Series Festival Week Weekend Day Year Act Bill Treaty Accord Agreement Summit Talks
    Election Elections Referendum War Wars Crisis Revolution Era Age Century Decade Plan
    Strategy Programme Program Scheme Policy Report Review Index Census Survey Poll Chapter
    Part Section Article Page Figure Table Note Update Breaking Exclusive Editorial Opinion
    Analysis Comment Interview Video Photo Pictures Watch Listen Read More Share Advertisement
    Copyright Subscribe Click Related Top Home Contact Privacy Terms Sign Login Log Menu Search
    Premier Grand Golden Super Big Great Little Royal Imperial Federal National International
    Global World Universal Central Northern Southern Eastern Western North South East West
    Upper Lower Greater Inner Outer Old New Junior Senior Chief General Special Official
    Original Ultimate Total Final Former Current Next Last First Second Third Fourth Fifth
    Dollar Dollars Euro Euros Pound Pounds Yen Yuan Won Rupee Rupees Peso Pesos Sterling
    Celsius Fahrenheit Covid COVID Covid-19 COVID-19 Coronavirus Aids AIDS HIV Sars SARS
    Ebola Mr Mrs Ms Dr Sir One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve
    Hundred Thousand Million Billion Trillion Dozen Latin Rugby Football Soccer Cricket Tennis Golf
    Athletics Hockey Snooker Boxing Cycling Motorsport Daily Weekly Monthly
""")

#: Heads of non-entity names (events, works, products, laws): a sequence containing one is
#: not a person ("World Cup", "Golden Globe", "Finance Bill").
MISC_HEADS = _words("""
    Cup Cups Trophy Award Awards Prize Prizes Medal Championship Championships Open Games
    Olympics Paralympics Festival Fest Tour Series Grand Slam Classic Marathon Final
    Finals Semi-final Semi-finals Tournament Day Days Week Year Years Night
    Eve Act Acts Bill Bills Laws Treaty Accord Accords Agreement Agreements Convention
    Protocol Declaration Charter Constitution Amendment Summit Talks Conference Forum Expo
    Election Elections Referendum Budget War Wars Battle Revolution Crisis
    Campaign Operation Plan Programme Program Initiative Project Strategy Doctrine Deal Index
    Prix Rally Race Stakes Hurdle Gold Silver Bronze Edition Version Album Single Film
    Movie Novel Book Show Report Review Survey Code Rules Syndrome Disease Virus Flu
    Fever Award Scheme Phone Phones Player Console Pro Plus Mini Max
    Live Online Edition Era Age Century Generation Decade Dynasty Empire Kingdom
""")

#: Acronyms that are not organisations (units, technologies, economic and legal terms).
NON_ORG_ACRONYMS = _words("""
    TV TVs PC PCs DVD DVDs CD CDs GDP GNP GNI CPI RPI PPI VAT CEO CEOs CFO COO CTO CIO MP MPs
    MEP MEPs MSP MSPs AM PM OK AIDS HIV SARS GPS SMS MMS PDA PDAs MP3 MP4 USB PIN PINs UFO DNA
    RNA IQ ID IDs IT AI VR AR IP ISP ISPs HD HDTV LCD LED OLED PR HR IPO IPOs GMT BST EST PST
    UTC FM UHF VHF NB PS RIP ETA FAQ DIY ASAP VIP VIPs MVP MBA PhD PHD BA BSc MSc MA QC KC RAM
    ROM CPU CPUs GPU GPUs OS API APIs URL URLs HTML HTTP WWW PDF RSS P2P VoIP SIM GSM CDMA DSL
    ADSL WiFi Wi-Fi WAP RFID GB MB KB TB GHz MHz mph kph km kg CO2 EV EVs SUV SUVs ATM ATMs
    APR ISA ISAs PEP PEPs FTSE ETF ETFs M&A R&D Q1 Q2 Q3 Q4 H1 H2 YoY EPS LLC COVID OBE
    MBE CBE KBE II III IV VI VII VIII IX XI XII XIII XIV XV XX LP EP LPs EPs DJ DJs MC
    SOS NB BTW LOL OMG ICBM ICBMs WMD WMDs IED IEDs GCSE GCSEs A-level ASBO ASBOs CCTV
    NGO NGOs PE PSP DS GBA SUV TB BSE CJD MRSA STD STDs IVF ADHD OCD PTSD ICU A&E ER GP GPs
    AGM EGM BBQ USP KPI KPIs B2B B2C CGI FX SFX VFX OST DLC RPG FPS MMO MMORPG NPC IPTV VOD
    DRM HDMI LTE NFC BPM DAB PVR DVR MW KW GW KWh MWh TWh AC DC XP GPRS HSDPA DTT UMD VHS
    UV VCR AWOL LLU ICT UMTS WCDMA DVB WiMax SE EQ EDGE LCD CRT
""")

#: Lower-case / sentence-initial reporting verbs and phrases that mark a speaker.
REPORTING_VERBS = _words("""
    said says say told tells tell added adds explained explains argued argues noted notes
    stated states wrote writes warned warns claimed claims insisted insists admitted admits
    announced announces asked asks replied replies responded responds acknowledged
    acknowledges stressed stresses suggested suggests continued continues recalled recalls
    observed observes commented comments confirmed confirms denied denies believes believed
    thinks thought predicted predicts urged urges called calls concluded concludes agreed
    agrees disagreed emphasised emphasized emphasises emphasizes remarked remarks revealed
    reveals tweeted posted testified declared declares maintained maintains estimated
    estimates pointed points described describes cautioned cautions conceded concedes
    countered counters complained complains praised praises criticised criticized
    criticises criticizes accused accuses announced
""")

#: Words after "said" that show the subject is not a person ("Microsoft said it").
NON_PERSON_AFTER_VERB = _words("it its it's they their")

#: Nouns of works (films, songs, books, shows, games): a capitalised run right after one
#: ("the film Glass Harbour", "his album 'Blue Lantern'") is a title, not a person or place.
WORK_NOUNS = _words("""
    film movie album song novel musical sequel prequel remake documentary sitcom soap biopic
    opera ballet single book show series play game hit track drama
    comedy thriller memoir autobiography biography poem anthem ballad EP LP DVD CD
""")

#: Work nouns that are also verbs or adjectives ("will play Ford", "to show Ray"): they cue a
#: title only after a determiner, a possessive or a work modifier ("the play", "her hit").
WORK_NOUNS_NEED_DET = _words("play show hit single book series track CD DVD")

#: "game" is a title noun only in "video game", "computer game" ("the game Lampard won" is no title).
GAME_MODIFIERS = _words("video computer console online PC mobile arcade board")

#: Words that may precede an ambiguous work noun ("the play X", "her new single X").
WORK_DETERMINERS = _words("""
    the a an his her their its my our your new latest debut first second third last next
    forthcoming upcoming hit classic cult animated hit award-winning chart-topping smash
    comeback acclaimed original top best-selling bestselling number one
""")
