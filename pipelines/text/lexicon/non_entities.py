"""Capitalised words and heads that name no entity: holidays, events, works, products, laws,
generic acronyms.
"""
from __future__ import annotations

from pipelines.text.lexicon._lists import words
from pipelines.text.lexicon.english import MONTHS_DAYS

#: Capitalised words that are never entities on their own (holidays, generic media, etc.).
NOT_ENTITY_WORDS = MONTHS_DAYS | words("""
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
MISC_HEADS = words("""
    Cup Cups Trophy Award Awards Prize Prizes Medal Championship Championships Open Games
    Olympics Paralympics Festival Fest Tour Series Grand Slam Classic Marathon Final
    Finals Semi-final Semi-finals Tournament Day Days Week Year Years Night
    Eve Act Acts Bill Bills Laws Treaty Accord Accords Agreement Agreements Convention
    Protocol Declaration Charter Constitution Amendment Summit Talks Conference Forum Expo
    Election Elections Referendum Budget War Wars Battle Revolution Crisis
    Campaign Operation Plan Programme Program Initiative Project Strategy Doctrine Deal Index
    Prix Rally Race TT Stakes Hurdle Gold Silver Bronze Edition Version Album Single Film
    Movie Novel Book Show Report Review Survey Code Rules Syndrome Disease Virus Flu
    Fever Award Scheme Phone Phones Player Console Pro Plus Mini Max
    Live Online Edition Era Age Century Generation Decade Dynasty Empire Kingdom
""")

#: First words of names of events, operations and treaties ("Operation Desert Storm",
#: "Treaty of Rome"): places inside are kept, the name is no entity.
EVENT_FIRST_WORDS = words("Operation Project Tour Battle Siege Treaty Festival Feast")

#: Acronyms that are not organisations (units, technologies, economic and legal terms).
NON_ORG_ACRONYMS = words("""
    TV TVs TT PC PCs DVD DVDs CD CDs GDP GNP GNI CPI RPI PPI VAT CEO CEOs CFO COO CTO CIO MP MPs
    MEP MEPs MSP MSPs AM PM OK AIDS HIV SARS GPS SMS MMS PDA PDAs MP3 MP4 USB PIN PINs UFO DNA
    RNA IQ ID IDs IT AI VR AR IP ISP ISPs HD HDTV LCD LED OLED PR HR IPO IPOs GMT BST EST PST
    UTC FM UHF VHF NB PS RIP ETA FAQ DIY ASAP VIP VIPs MVP MBA PhD PHD BA BSc MSc MA QC KC RAM
    ROM CPU CPUs GPU GPUs OS API APIs URL URLs HTML HTTP WWW PDF RSS P2P VoIP SIM GSM CDMA DSL
    ADSL WiFi Wi-Fi WAP RFID UWB HSDPA WiMax LTE DAB DVB IPTV NFC HDMI UMTS WCDMA GPRS
    GB MB KB TB GHz MHz mph kph km kg CO2 EV EVs SUV SUVs ATM ATMs
    APR ISA ISAs PEP PEPs FTSE ETF ETFs M&A R&D Q1 Q2 Q3 Q4 H1 H2 YoY EPS LLC COVID OBE
    MBE CBE KBE II III IV VI VII VIII IX XI XII XIII XIV XV XX LP EP LPs EPs DJ DJs MC
    SOS NB BTW LOL OMG ICBM ICBMs WMD WMDs IED IEDs GCSE GCSEs A-level ASBO ASBOs CCTV
    NGO NGOs PE PSP DS GBA SUV TB BSE CJD MRSA STD STDs IVF ADHD OCD PTSD ICU A&E ER GP GPs
    AGM EGM BBQ USP KPI KPIs B2B B2C CGI FX SFX VFX OST DLC RPG FPS MMO MMORPG NPC IPTV VOD
    DRM HDMI LTE NFC BPM DAB PVR DVR MW KW GW KWh MWh TWh AC DC XP GPRS HSDPA DTT UMD VHS
    UV VCR AWOL LLU ICT UMTS WCDMA DVB WiMax SE EQ EDGE LCD CRT
""")

# --- works ------------------------------------------------------------------------------------
#: Nouns of works (films, songs, books, shows, games): a capitalised run right after one
#: ("the film Glass Harbour", "his album 'Blue Lantern'") is a title, not a person or place.
WORK_NOUNS = words("""
    film movie album song novel musical sequel prequel remake documentary sitcom soap biopic
    opera ballet single book show series play game hit track drama
    comedy thriller memoir autobiography biography poem anthem ballad EP LP DVD CD
""")

#: Work nouns that are also verbs or adjectives ("will play Ford", "to show Ray"): they cue a
#: title only after a determiner, a possessive or a work modifier ("the play", "her hit").
WORK_NOUNS_NEED_DET = words("play show hit single book series track CD DVD")

#: "game" is a title noun only in "video game", "computer game" ("the game Lampard won" is no title).
GAME_MODIFIERS = words("video computer console online PC mobile arcade board")

#: Words that may precede an ambiguous work noun ("the play X", "her new single X").
WORK_DETERMINERS = words("""
    the a an his her their its my our your new latest debut first second third last next
    forthcoming upcoming hit classic cult animated hit award-winning chart-topping smash
    comeback acclaimed original top best-selling bestselling number one
""")
