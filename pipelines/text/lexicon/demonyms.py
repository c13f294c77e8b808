"""Demonyms (NORP) keyed by ISO 3166 alpha-2 country code.

One line per country: ``CODE: adjective forms | plural / people forms``. The first adjective is
the canonical name of the NORP entity. Codes come from pycountry; ``lexicon.gazetteer`` indexes them.
Sub-national and group entries without a country use ``--``.
"""
from __future__ import annotations

_TABLE = """
AF: Afghan | Afghans
AL: Albanian | Albanians
DZ: Algerian | Algerians
AD: Andorran | Andorrans
AO: Angolan | Angolans
AR: Argentine, Argentinian, Argentinean | Argentines, Argentinians
AM: Armenian | Armenians
AU: Australian | Australians, Aussies, Aussie
AT: Austrian | Austrians
AZ: Azerbaijani, Azeri | Azerbaijanis, Azeris
BS: Bahamian | Bahamians
BH: Bahraini | Bahrainis
BD: Bangladeshi | Bangladeshis
BB: Barbadian, Bajan | Barbadians
BY: Belarusian, Belarussian | Belarusians
BE: Belgian | Belgians
BZ: Belizean | Belizeans
BJ: Beninese | Beninois
BT: Bhutanese | Bhutanese
BO: Bolivian | Bolivians
BA: Bosnian | Bosnians
BW: Botswanan, Motswana | Batswana
BR: Brazilian | Brazilians
BN: Bruneian | Bruneians
BG: Bulgarian | Bulgarians
BF: Burkinabe | Burkinabes
BI: Burundian | Burundians
KH: Cambodian | Cambodians
CM: Cameroonian | Cameroonians
CA: Canadian | Canadians
CV: Cape Verdean | Cape Verdeans
CF: Central African | Central Africans
TD: Chadian | Chadians
CL: Chilean | Chileans
CN: Chinese | Chinese
CO: Colombian | Colombians
KM: Comoran, Comorian | Comorans
CD: Congolese | Congolese
CR: Costa Rican | Costa Ricans
CI: Ivorian | Ivorians
HR: Croatian, Croat | Croatians, Croats
CU: Cuban | Cubans
CY: Cypriot | Cypriots
CZ: Czech | Czechs
DK: Danish | Danes, Dane
DJ: Djiboutian | Djiboutians
DO: Dominican | Dominicans
EC: Ecuadorian, Ecuadorean | Ecuadorians
EG: Egyptian | Egyptians
SV: Salvadoran, Salvadorean | Salvadorans
GQ: Equatorial Guinean | Equatorial Guineans
ER: Eritrean | Eritreans
EE: Estonian | Estonians
SZ: Swazi | Swazis
ET: Ethiopian | Ethiopians
FJ: Fijian | Fijians
FI: Finnish | Finns, Finn
FR: French | Frenchmen, Frenchwomen, Frenchman, Frenchwoman
GA: Gabonese | Gabonese
GM: Gambian | Gambians
GE: Georgian | Georgians
DE: German | Germans
GH: Ghanaian | Ghanaians
GR: Greek | Greeks
GD: Grenadian | Grenadians
GT: Guatemalan | Guatemalans
GN: Guinean | Guineans
GW: Bissau-Guinean | Bissau-Guineans
GY: Guyanese | Guyanese
HT: Haitian | Haitians
HN: Honduran | Hondurans
HK: Hong Konger | Hong Kongers
HU: Hungarian | Hungarians
IS: Icelandic | Icelanders
IN: Indian | Indians
ID: Indonesian | Indonesians
IR: Iranian | Iranians
IQ: Iraqi | Iraqis
IE: Irish | Irishmen, Irishman
IL: Israeli | Israelis
IT: Italian | Italians
JM: Jamaican | Jamaicans
JP: Japanese | Japanese
JO: Jordanian | Jordanians
KZ: Kazakh, Kazakhstani | Kazakhs
KE: Kenyan | Kenyans
KI: I-Kiribati | I-Kiribati
KP: North Korean | North Koreans
KR: South Korean | South Koreans
XK: Kosovan, Kosovar | Kosovans, Kosovars
KW: Kuwaiti | Kuwaitis
KG: Kyrgyz, Kirghiz | Kyrgyzstanis
LA: Lao, Laotian | Laotians
LV: Latvian | Latvians
LB: Lebanese | Lebanese
LS: Basotho | Basotho
LR: Liberian | Liberians
LY: Libyan | Libyans
LI: Liechtensteiner | Liechtensteiners
LT: Lithuanian | Lithuanians
LU: Luxembourgish, Luxembourger | Luxembourgers
MO: Macanese | Macanese
MG: Malagasy | Malagasy
MW: Malawian | Malawians
MY: Malaysian | Malaysians
MV: Maldivian | Maldivians
ML: Malian | Malians
MT: Maltese | Maltese
MH: Marshallese | Marshallese
MR: Mauritanian | Mauritanians
MU: Mauritian | Mauritians
MX: Mexican | Mexicans
FM: Micronesian | Micronesians
MD: Moldovan | Moldovans
MC: Monegasque, Monacan | Monegasques
MN: Mongolian | Mongolians
ME: Montenegrin | Montenegrins
MA: Moroccan | Moroccans
MZ: Mozambican | Mozambicans
MM: Burmese, Myanmar | Burmese
NA: Namibian | Namibians
NR: Nauruan | Nauruans
NP: Nepalese, Nepali | Nepalis
NL: Dutch | Dutchmen, Netherlanders, Dutchman
NZ: New Zealander | New Zealanders, Kiwis, Kiwi
NI: Nicaraguan | Nicaraguans
NE: Nigerien | Nigeriens
NG: Nigerian | Nigerians
MK: Macedonian, North Macedonian | Macedonians
NO: Norwegian | Norwegians
OM: Omani | Omanis
PK: Pakistani | Pakistanis
PW: Palauan | Palauans
PS: Palestinian | Palestinians
PA: Panamanian | Panamanians
PG: Papua New Guinean | Papua New Guineans
PY: Paraguayan | Paraguayans
PE: Peruvian | Peruvians
PH: Filipino, Philippine | Filipinos
PL: Polish | Poles
PT: Portuguese | Portuguese
PR: Puerto Rican | Puerto Ricans
QA: Qatari | Qataris
RO: Romanian | Romanians
RU: Russian | Russians
RW: Rwandan | Rwandans
WS: Samoan | Samoans
SM: Sammarinese | Sammarinese
SA: Saudi, Saudi Arabian | Saudis
SN: Senegalese | Senegalese
RS: Serbian, Serb | Serbians, Serbs
SC: Seychellois | Seychellois
SL: Sierra Leonean | Sierra Leoneans
SG: Singaporean | Singaporeans
SK: Slovak, Slovakian | Slovaks
SI: Slovenian, Slovene | Slovenians, Slovenes
SB: Solomon Islander | Solomon Islanders
SO: Somali | Somalis
ZA: South African | South Africans
SS: South Sudanese | South Sudanese
ES: Spanish | Spaniards, Spaniard
LK: Sri Lankan | Sri Lankans
SD: Sudanese | Sudanese
SR: Surinamese | Surinamers
SE: Swedish | Swedes, Swede
CH: Swiss | Swiss
SY: Syrian | Syrians
TW: Taiwanese | Taiwanese
TJ: Tajik, Tajikistani | Tajiks
TZ: Tanzanian | Tanzanians
TH: Thai | Thais
TL: Timorese, East Timorese | Timorese
TG: Togolese | Togolese
TO: Tongan | Tongans
TT: Trinidadian, Tobagonian | Trinidadians
TN: Tunisian | Tunisians
TR: Turkish | Turks, Turk
TM: Turkmen | Turkmens
TV: Tuvaluan | Tuvaluans
UG: Ugandan | Ugandans
UA: Ukrainian | Ukrainians
AE: Emirati | Emiratis
GB: British | Britons, Brits, Briton, Brit
US: American | Americans
UY: Uruguayan | Uruguayans
UZ: Uzbek, Uzbekistani | Uzbeks
VU: Ni-Vanuatu | Ni-Vanuatu
VE: Venezuelan | Venezuelans
VN: Vietnamese | Vietnamese
YE: Yemeni | Yemenis
ZM: Zambian | Zambians
ZW: Zimbabwean | Zimbabweans
GB: English | Englishmen, Englishwomen, Englishman
GB: Scottish, Scots | Scots, Scotsmen, Scotsman, Scot
GB: Welsh | Welshmen, Welshman
GB: Northern Irish | Northern Irish
GB: Londoner | Londoners
GB: Glaswegian | Glaswegians
GB: Liverpudlian | Liverpudlians
GB: Mancunian | Mancunians
US: Texan | Texans
US: Californian | Californians
US: Floridian | Floridians
US: New Yorker | New Yorkers
--: Korean | Koreans
--: European | Europeans
--: Asian | Asians
--: African | Africans
--: Arab, Arabic | Arabs
--: Latin American | Latin Americans
--: Scandinavian | Scandinavians
--: Kurdish | Kurds, Kurd
--: Muslim | Muslims
--: Islamic | Islamists
--: Christian | Christians
--: Jewish | Jews, Jew
--: Hindu | Hindus
--: Sikh | Sikhs
--: Buddhist | Buddhists
--: Catholic, Roman Catholic | Catholics, Roman Catholics
--: Protestant | Protestants
--: Anglican | Anglicans
--: Methodist | Methodists
--: Mormon | Mormons
--: Sunni | Sunnis
--: Shia, Shiite, Shi'ite | Shias, Shiites
--: Hispanic | Hispanics
--: Latino, Latina | Latinos, Latinas
--: Tamil | Tamils
--: Uighur, Uyghur | Uighurs, Uyghurs
--: Tibetan | Tibetans
--: Basque | Basques
--: Catalan | Catalans
--: Pashtun | Pashtuns
--: Flemish | Flemings
--: Yazidi | Yazidis
--: Rohingya | Rohingya
--: Maori, Māori | Maoris
--: Aboriginal, Indigenous | Aborigines
--: Soviet | Soviets
"""


def demonym_rows() -> list[tuple[str | None, str, tuple[str, ...]]]:
    """(country code or None, canonical adjective, every surface form) per table line."""
    rows: list[tuple[str | None, str, tuple[str, ...]]] = []
    for line in _TABLE.strip().splitlines():
        code, _, rest = line.partition(":")
        adj, _, plural = rest.partition("|")
        adjs = [a.strip() for a in adj.split(",") if a.strip()]
        plurals = [p.strip() for p in plural.split(",") if p.strip()]
        cc = None if code.strip() == "--" else code.strip()
        rows.append((cc, adjs[0], tuple(dict.fromkeys(adjs + plurals))))
    return rows
