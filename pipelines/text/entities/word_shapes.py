"""What a word's spelling says on its own: an acronym, a camel-case brand, a plural."""
from __future__ import annotations

import re

from pipelines.text.lexicon.english import is_common_word
from pipelines.text.lexicon.names import SURNAME_PREFIXES

_CAMEL = re.compile(r"([A-Z][a-z]+)[A-Z]")


def is_acronym(text: str) -> bool:
    if "." in text:
        return len(text) >= 4 and all(c.isupper() or c == "." for c in text)
    return 2 <= len(text) <= 7 and text.isupper() and text.isalpha()


def is_brand(text: str) -> bool:
    """A word written in camel case, as brands are ("PlayStation", "DaimlerChrysler"), and not
    as surnames with a prefix are ("McDonald", "MacLeod", "DiCaprio")."""
    if text[1:].islower():
        return False
    m = _CAMEL.match(text)
    return m is not None and m.group(1) not in SURNAME_PREFIXES and "-" not in text


def name_singular(word: str) -> str:
    """A plural name made singular, crudely ("Greenways" -> "Greenway", "Tories" -> "Tory"): the
    word ends in "s"."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def is_plural_word(word: str) -> bool:
    """The plural of an ordinary word ("Tigers", "Optics", "Pensions"), not an ordinary word ending in "s"."""
    return len(word) > 4 and word.endswith("s") and is_common_word(name_singular(word)) and not word.endswith("ss")


def is_ordinary_word(word: str) -> bool:
    """An ordinary English word or the plural of one ("Work", "Pensions", "Commons")."""
    return is_common_word(word) or is_plural_word(word)
