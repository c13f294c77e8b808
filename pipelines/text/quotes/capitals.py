"""A capital city speaking for its country's government: "Warsaw said", "officials in
Ankara said", "a government spokesman in Seoul" -> the country, when the gazetteer knows the
city as its capital (``lexicon.gazetteer.country_of_capital``); rule ``quote.speaker.capital``.
Another city ("officials in Porto") is no government and stays as it was."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipelines.text.common import alt
from pipelines.text.lexicon import speech
from pipelines.text.lexicon.gazetteer import country_of_capital, gazetteer
from pipelines.text.quotes import rules
from pipelines.text.quotes.speakers import Attribution

_SPEAKING_NOUNS = sorted({*speech.MOUTHPIECE_NOUNS, *(n + "s" for n in speech.MOUTHPIECE_NOUNS if " " not in n),
                          *speech.SPOKESPEOPLE_NOUNS, *speech.STATE_BODY_NOUNS})
#: Who speaks for a government in its capital: "officials in Ankara", "a foreign ministry spokesman in Seoul".
_IN_CAPITAL = re.compile(
    rf"(?:(?i:a|an|the|senior|government|foreign ministry)\s+){{0,3}}(?i:{alt(_SPEAKING_NOUNS)})\s+in\s+"
    r"(?P<city>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})"
)


def capital_speaker(a: Attribution, body: str) -> Attribution:
    """``a`` with a capital city that speaks, or the officials in one, as its country, when the
    article speaks of that country (names it or its people): a capital that stands
    for something else ("Brussels" for the EU in an article naming no Belgium) stays itself."""
    city = None
    if a.speaker and (a.speaker_type == "GPE" or (a.speaker_type is None and a.speaker == a.surface)):
        city = a.speaker  # a place, or a name no mention covers
    elif a.speaker is None and a.surface:
        m = _IN_CAPITAL.fullmatch(a.surface)
        city = m.group("city") if m else None
    country = country_of_capital(city) if city else None
    if country is None or country.country_code is None or not _country_words(country.country_code).search(body):
        return a
    keep = a.rule in (rules.CARRY_PREVIOUS, rules.CONTINUED)  # the chain still says how it was found
    return replace(a, speaker=country.name, speaker_type="GPE", rule=a.rule if keep else rules.CAPITAL)


@lru_cache(maxsize=256)
def _country_words(code: str) -> re.Pattern[str]:
    """The names of country ``code`` and of its people, as a pattern ("Poland|Polish|Poles")."""
    g = gazetteer()
    forms = {f for f, p in g.exact.items() if p.kind == "country" and p.country_code == code}
    forms |= {f for f, p in g.demonyms.items() if p.country_code == code}
    return re.compile(rf"\b(?:{alt(sorted(forms, key=len, reverse=True))})\b")
