"""Small tests on a capitalised word in a document: is it a name or a common word opening a sentence."""
from __future__ import annotations

import re


_SENTENCE_PUNCT_END = re.compile(r"[.!?:]\s*$")


def capitalised_mid_sentence(body: str, word: str) -> bool:
    """Whether ``word`` occurs somewhere after a lowercase word or a comma (so it is a name)."""
    i = body.find(" " + word)
    while i > 0:
        end = i + 1 + len(word)
        if body[i - 1:i].islower() or body[i - 1:i] == ",":
            if end >= len(body) or not body[end].isalnum():
                return True
        i = body.find(" " + word, i + 1)
    return False


def lower_word_in(body: str, word: str) -> bool:
    """Whether ``word`` also occurs in lower case as a whole word (so it is a common word)."""
    low = word.lower()
    i = body.find(low)
    while i >= 0:
        end = i + len(low)
        if (i == 0 or not body[i - 1].isalnum()) and (end >= len(body) or not body[end].isalnum()):
            return True
        i = body.find(low, i + 1)
    return False


def sentence_initial(body: str, pos: int) -> bool:
    before = body[max(0, pos - 3):pos]
    return not before.strip() or bool(_SENTENCE_PUNCT_END.search(before))
