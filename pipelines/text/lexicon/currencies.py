"""Currencies: symbols, ISO codes, prefixes and names written with an amount."""
from __future__ import annotations

from pipelines.text.lexicon.english import is_common_word

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "NT$": "TWD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "MX$": "MXN",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₦": "NGN",
    "₺": "TRY", "₱": "PHP", "₪": "ILS",
}


def _legal_tender() -> frozenset[str]:
    """ISO 4217 codes of the currencies that are legal tender in some territory today (babel's CLDR
    data): no funds, metals or test codes ("XAU", "XTS")."""
    from datetime import date

    from babel import core, numbers

    today = date.today()
    return frozenset(code for territory in core.get_global("territory_currencies")
                     for code in numbers.get_territory_currencies(territory, today, tender=True))


#: ISO codes read beside an amount, in capitals: "USD 10m", "10m EUR", "CHF2.5bn".
CURRENCY_CODES: frozenset[str] = _legal_tender()
#: Codes that are also ordinary English words ("ALL", "TOP", "TRY", "PEN"): money only glued to
#: the amount ("TRY500", "500TOP"), never with a space between.
WORD_CURRENCY_CODES: frozenset[str] = frozenset(c for c in CURRENCY_CODES if is_common_word(c))
#: Codes read with a space between them and the amount.
SPACED_CURRENCY_CODES: frozenset[str] = CURRENCY_CODES - WORD_CURRENCY_CODES
#: Prefixes that are not ISO codes but name a currency.
CURRENCY_PREFIX_WORDS: dict[str, str] = {"Rs": "INR", "Rs.": "INR", "RMB": "CNY", "RM": "MYR", "Rp": "IDR"}
#: Currency names written after a number, with the country adjectives that change them.
CURRENCY_NAMES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
    "sterling": "GBP", "euro": "EUR", "euros": "EUR", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "won": "KRW", "rupee": "INR", "rupees": "INR", "rouble": "RUB",
    "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "peso": "MXN", "pesos": "MXN",
    "rand": "ZAR", "reais": "BRL", "real": "BRL", "lira": "TRY", "liras": "TRY", "naira": "NGN",
    "shekel": "ILS", "shekels": "ILS", "dirham": "AED", "dirhams": "AED", "riyal": "SAR",
    "riyals": "SAR", "ringgit": "MYR", "rupiah": "IDR", "baht": "THB", "dong": "VND",
    "krona": "SEK", "kronor": "SEK", "krone": "DKK", "kroner": "DKK", "zloty": "PLN",
    "zlotys": "PLN", "forint": "HUF", "hryvnia": "UAH", "hryvnias": "UAH", "franc": "CHF",
    "francs": "CHF", "cent": "USD", "cents": "USD", "pence": "GBP", "sen": "MYR",
}
CURRENCY_ADJECTIVES: dict[tuple[str, str], str] = {
    ("australian", "dollar"): "AUD", ("canadian", "dollar"): "CAD", ("hong kong", "dollar"): "HKD",
    ("new zealand", "dollar"): "NZD", ("singapore", "dollar"): "SGD", ("taiwan", "dollar"): "TWD",
    ("taiwanese", "dollar"): "TWD", ("new taiwan", "dollar"): "TWD", ("zimbabwe", "dollar"): "ZWL",
    ("zimbabwean", "dollar"): "ZWL", ("egyptian", "pound"): "EGP", ("pakistani", "rupee"): "PKR",
    ("sri lankan", "rupee"): "LKR", ("argentine", "peso"): "ARS", ("philippine", "peso"): "PHP",
    ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP", ("norwegian", "krone"): "NOK",
    ("danish", "krone"): "DKK", ("swedish", "krona"): "SEK", ("swiss", "franc"): "CHF",
    ("cfa", "franc"): "XOF", ("brazilian", "real"): "BRL", ("south african", "rand"): "ZAR",
    ("euro", "cent"): "EUR",
}
#: Names that are only a currency with help: "won" with a scale or a thousands-size amount,
#: "real" and "franc(s)" only with a country adjective.
NEEDS_ADJECTIVE = frozenset({"real", "franc", "francs"})
#: Plural and long forms of a currency name, to the singular CURRENCY_ADJECTIVES is keyed on.
CURRENCY_BASE_NAMES: dict[str, str] = {
    "dollars": "dollar", "pounds": "pound", "pounds sterling": "pound", "rupees": "rupee",
    "pesos": "peso", "francs": "franc", "cents": "cent", "kroner": "krone", "kronor": "krona"}
#: Country adjectives read before a currency name: those of CURRENCY_ADJECTIVES and a few
#: that leave the currency as named ("US dollars", "Korean won").
CURRENCY_NAME_ADJECTIVES = frozenset({a for a, _ in CURRENCY_ADJECTIVES} | {
    "us", "u.s.", "american", "korean", "south korean", "japanese", "chinese", "indian", "russian",
    "turkish", "mexican", "hong kong"})
#: Names of the hundredth part of a currency.
SUBUNIT_NAMES = frozenset({"cent", "cents", "pence", "sen"})
#: Currencies whose hundredth part is written "cent": cents in a sentence of these amounts are theirs.
CENT_CURRENCIES = frozenset({"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "ZAR", "LKR"})
