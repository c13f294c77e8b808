"""Number grammar: where numbers are written in English news text, and what they are worth.

Three written forms are recognised, each a named alternative of :data:`NUMBER_RE`:

``digits``   ``28,500``, ``1.13``, ``1,234,567.5``, ``1,12,450`` (lakh grouping), optionally with a scale written after it
             (``$1.13bn``, ``5 million``, ``Rs 500 crore``; group ``scale``);
``words``    ``twenty-four``, ``one hundred and five``, ``a dozen``, ``two million``,
             ``half a million``;
``frac``     ``one-third``, ``a third``, ``two-thirds``, ``a quarter``, ``three-quarters``.

Two more alternatives exist only as anchors for the fact rules: ``half`` (``half of``,
``half an hour``) and ``art`` (the article in ``nearly a decade``).

Values are :class:`~decimal.Decimal` so that ``1.13`` times a billion is exactly
1,130,000,000. Vague quantities are never numbers here: ``dozens``, ``hundreds of``,
``tens of thousands``. Ordinals (``first``, ``29th``), numbers after letters (``G20``,
``A380``), numbers after a letter and a hyphen (``F-35``, ``COVID-19``), versions
(``2.1.3``), times (``10:30``) and fractions with a slash (``24/7``) never match. Digits
followed by letters (``5G``, ``747s``, ``25C``, ``5km``) match as digits only: the fact rules
read the letters as a unit or reject them, and :func:`find_numbers` leaves them out.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from pipelines.text.lexicon.currencies import CURRENCY_CODES, CURRENCY_PREFIX_WORDS

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
#: Scale words and abbreviations written after a number, with their multiplier.
SCALES: dict[str, int] = {
    "thousand": 10**3, "k": 10**3, "lakh": 10**5, "lakhs": 10**5,
    "million": 10**6, "millions": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6,
    "crore": 10**7, "crores": 10**7, "cr": 10**7,
    "billion": 10**9, "billions": 10**9, "bn": 10**9, "b": 10**9, "bln": 10**9,
    "trillion": 10**12, "trillions": 10**12, "tn": 10**12, "hundred": 10**2,
}
#: Denominators of spelled-out fractions, singular and plural.
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}

_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "|".join(TENS)
_SMALL = rf"(?:(?:{_TENS})(?:[- ](?:{_ONE_TO_NINE})\b)?|(?:{_TEENS})|(?:{_ONE_TO_NINE})|zero)"
_HUNDREDS = rf"(?:(?:a|{_ONE_TO_NINE})[ -]hundred(?:[ -](?:and[ -])?{_SMALL})?|{_SMALL})"
_BIG = "thousand|million|billion|trillion"
WORD_NUMBER = (
    rf"(?:(?:{_HUNDREDS}|an?|half[ ]an?)[ ](?:{_BIG}|dozen)(?:[ ](?:{_BIG}))*"
    rf"(?:[ ](?:and[ ])?{_HUNDREDS}\b(?![ -](?:{_BIG}|hundred)))?"
    rf"|{_HUNDREDS})"
)
"""Regex source of a spelled-out number (match case-insensitively)."""

FRACTION = (
    r"(?:(?:one|a)[ -](?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"|(?:two|three|four|five|six|seven|eight|nine)[ -]"
    r"(?:thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths))"
)
"""Regex source of a spelled-out fraction (match case-insensitively)."""

#: Currency codes and prefixes an amount may be glued to ("USD10m", "RM45"): digits after them are a number.
_GLUED_CODES = (
    rf"(?<=(?<![A-Za-z])(?:{'|'.join(sorted(c for c in CURRENCY_CODES | set(CURRENCY_PREFIX_WORDS) if len(c) == 3))}))"
    rf"|(?<=(?<![A-Za-z])(?:{'|'.join(sorted(c for c in CURRENCY_PREFIX_WORDS if len(c) == 2))}))"
)
DIGITS = r"(?:(?<![\w.,/:])|" + _GLUED_CODES + r")(?<![A-Za-z]-)(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[.,]\d|:\d|/\d|(?:st|nd|rd|th)\b)"
"""Regex source of a number in digits that is not part of a code, version, time or date."""

DIGIT_SCALE = (
    r"(?:[ ]?[×x*][ ]?10\^\d{1,3}(?!\d)|[ ](?:hundred|thousand)[ ](?:thousand|million|billion|trillion)\b|[ ]lakh[ ]crores?\b"
    r"|[ ]?(?:million|billion|trillion|thousand|crore|lakh)s?\b"
    r"|[ ]?(?:bn|tn|mn|bln|mln|Bn|BN|MM)\b|(?:m|b|k|cr|M|B|K)\b|[ ](?:B|M)\b(?=[ ][a-z]))"
)
"""Regex source of a scale written after digits (``m``, ``bn``, `` million``)."""


NUMBER_RE = re.compile(
    rf"(?P<frac>\b(?i:{FRACTION})\b)"
    rf"|(?P<words>\b(?i:{WORD_NUMBER})\b)"
    rf"|(?P<digits>{DIGITS})(?P<scale>{DIGIT_SCALE})?"
    r"|(?P<half>\b(?i:half)\b)"
    r"|(?P<art>\b(?i:an?)(?=[ ](?:decade|century|year|month|week|fortnight|day|hour|minute)\b))"
)
"""Anchor regex: every written number, fraction, ``half`` or time-unit article, in order."""


_CANDIDATE_WORDS = (
    r"one|t(?:wo|hree|en|welve|hirteen|wenty|hirty)|f(?:our|ive|ourteen|ifteen|orty|ifty)"
    r"|s(?:ix|even|ixteen|eventeen|ixty|eventy)|e(?:ight|leven|ighteen|ighty)|n(?:ine|ineteen|inety)"
    r"|half|zero|an?[ ](?:hundred|thousand|million|billion|trillion|dozen|third|quarter|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|decade|century|year|month|week|fortnight|day|hour|minute)"
)
#: Where a number can start in lower-cased text: a digit after a word boundary or a letter (scanned
#: apart from the words: a pattern that starts with a digit class is scanned several times faster)
#: and a number word after a word boundary. When lower() changes a text's length the text itself is
#: scanned: a digit after a word boundary or an ASCII letter, and the words ignoring case.
_CANDIDATE_DIGIT_RE = re.compile(r"\d(?<![^\Wa-z]\d)")
_CANDIDATE_WORD_RE = re.compile(rf"\b(?:{_CANDIDATE_WORDS})")
_CANDIDATE_ANYCASE_DIGIT_RE = re.compile(r"\b\d|(?<=[A-Za-z])\d")
_CANDIDATE_ANYCASE_WORD_RE = re.compile(rf"\b(?i:{_CANDIDATE_WORDS})")


def _scanned(text: str, lower_cased: re.Pattern[str], any_case: re.Pattern[str]) -> list[int]:
    low = text.lower()
    if len(low) == len(text):           # lower() kept every offset: scan the lower-cased copy
        return [c.start() for c in lower_cased.finditer(low)]
    return [c.start() for c in any_case.finditer(text)]


def digit_starts(text: str) -> list[int]:
    """Where a number in digits can start in ``text``, in order: the first digit of a run after a
    word boundary or a letter. Every other digit-led pattern of the extractors (phone numbers,
    times, ``No 10``) can start only there or a few characters before, so one scan serves them all
    (see :func:`iter_number_matches` and :func:`pipelines.text.facts.traps.blocked_spans`)."""
    return _scanned(text, _CANDIDATE_DIGIT_RE, _CANDIDATE_ANYCASE_DIGIT_RE)


def iter_number_matches(text: str, digits: list[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of :data:`NUMBER_RE` in ``text``, exactly as ``finditer`` gives them, but faster.

    A cheap first pass over the lower-cased text finds the few positions where a number can
    start (a digit or a number word after a word boundary); the full pattern is tried only there.
    ``digits`` is :func:`digit_starts` of ``text`` when the caller has it already.
    """
    if digits is None:
        digits = digit_starts(text)
    candidates = sorted(digits + _scanned(text, _CANDIDATE_WORD_RE, _CANDIDATE_ANYCASE_WORD_RE))
    last_end = 0
    match = NUMBER_RE.match
    for pos in candidates:
        if pos < last_end:
            continue
        m = match(text, pos)
        if m is not None:
            last_end = m.end()
            yield m


_WORD_SPLIT = re.compile(r"[\s-]+")


def scale_of(word: str | None) -> int:
    """Multiplier of a scale word or abbreviation (1 when none)."""
    if not word:
        return 1
    if "^" in word:                     # "×10^24": scientific notation
        return 10 ** int(word.rsplit("^", 1)[1])
    scale = 1
    for part in word.split():           # "hundred million", "lakh crore"
        scale *= SCALES.get(part.lower(), 1) if part != "MM" else 10**6
    return scale


def parse_digits(text: str) -> Decimal:
    """``'28,500'`` -> 28500, ``'1.13'`` -> 1.13."""
    return Decimal(text.replace(",", ""))


def parse_words(text: str) -> Decimal | None:
    """Value of a spelled-out number: ``'twenty-four'`` -> 24, ``'half a million'`` -> 500000.

    Returns None when the text is not a number (``'dozens'``, ``'a'``).
    """
    total = Decimal(0)
    current: Decimal | None = None
    seen = False
    half = False
    for tok in _WORD_SPLIT.split(text.strip().lower()):
        if not tok or tok == "and":
            continue
        if tok in ("a", "an"):
            current = current if current is not None else Decimal(1)
            continue
        if tok == "half":
            half = True
            continue
        if tok in ONES:
            current = (current or 0) + ONES[tok]
        elif tok in TENS:
            current = (current or 0) + TENS[tok]
        elif tok == "hundred":
            current = (current if current is not None else 1) * 100
        elif tok == "dozen":
            current = (current if current is not None else 1) * 12
        elif tok in ("thousand", "million", "billion", "trillion"):
            scale = SCALES[tok]
            if current is None and total:
                total *= scale          # "two million" already summed: "a hundred thousand"
            else:
                total += (current if current is not None else 1) * scale
            current = None
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + (current or 0)
    return value / 2 if half else value


def parse_fraction(text: str) -> Decimal | None:
    """``'two-thirds'`` -> 2/3, ``'a quarter'`` -> 0.25, ``'half'`` -> 0.5."""
    toks = [t for t in _WORD_SPLIT.split(text.strip().lower()) if t]
    if len(toks) == 1 and toks[0] == "half":
        return Decimal("0.5")
    if len(toks) != 2 or toks[1] not in DENOMINATORS:
        return None
    num = 1 if toks[0] in ("a", "an") else ONES.get(toks[0])
    if not num:
        return None
    return Decimal(num) / DENOMINATORS[toks[1]]


def parse_number(text: str) -> Decimal | None:
    """Value of any written number: digits with an optional scale, words or a fraction.

    >>> parse_number("$1.13bn") is None  # currency is not part of the number
    True
    >>> parse_number("1.13bn")
    Decimal('1130000000.00')
    """
    m = NUMBER_RE.fullmatch(text.strip())
    if not m:
        return None
    return match_value(m)


def match_value(m: re.Match[str]) -> Decimal | None:
    """Value of a :data:`NUMBER_RE` match (``art`` is 1, ``half`` is 0.5)."""
    if m.group("digits") is not None:
        return parse_digits(m.group("digits")) * scale_of(m.group("scale"))
    if m.group("words") is not None:
        return parse_words(m.group("words"))
    if m.group("frac") is not None:
        return parse_fraction(m.group("frac"))
    if m.group("half") is not None:
        return Decimal("0.5")
    return Decimal(1)


@dataclass(frozen=True, slots=True)
class Number:
    """One written number: its span, value and form."""

    start: int
    end: int
    value: Decimal
    form: str           # "digits", "words", "frac", "half" or "art"
    scale: int          # multiplier written after digits (1 when none)

    @property
    def is_integer(self) -> bool:
        return self.value == self.value.to_integral_value()


def find_numbers(text: str) -> list[Number]:
    """Every number written in ``text``, in order (see the module docstring for the forms).

    Digits glued to letters (``5G``, ``747s``, ``25C``) are left out here: only the fact rules
    know which attached letters are units.
    """
    out: list[Number] = []
    for m in iter_number_matches(text):
        value = match_value(m)
        if value is None or (m.end() < len(text) and text[m.end()].isalpha()):
            continue
        form = m.lastgroup if m.lastgroup != "scale" else "digits"
        out.append(Number(m.start(), m.end(), value, form or "digits", scale_of(m.group("scale"))))
    return out
