"""Regex pieces and small text tests that several quote modules share.

Reporting-verb alternations (``CUE``: verbs of speech; ``ANY_CUE``: those and the stance
verbs), the sentence terminator, noun-phrase guards, and helpers such as
``ends_sentence_before``. Patterns used by one module live in that module.
"""
from __future__ import annotations

import re

from pipelines.text.common import alt
from pipelines.text.lexicon import speech


def _speech_forms() -> set[str]:
    forms = set(speech.REPORTING_PHRASES) | set(speech.PLURAL_REPORTING_VERBS)
    for verb in speech.REPORTING_VERBS:
        forms.update(verb[1:])
    return forms


_SPEECH_FORMS = _speech_forms()
#: A reporting verb or cue ("said", "tells", "pointed out").
CUE = alt(_SPEECH_FORMS)
#: A reporting verb or a verb characterising what was said ("called", "believes").
ANY_CUE = alt(_SPEECH_FORMS | {w for v in speech.STANCE_VERBS for w in v})
ANY_CUE_RE = re.compile(rf"\b(?P<cue>{ANY_CUE})\b")

#: Words that may sit between a speaker and the verb ("Smith also said", "he has told").
ADV = rf"(?:[a-z]+ly|{'|'.join(speech.WORDS_BEFORE_VERB)})"
#: A noun phrase cannot end with one of these (guards "the state said" from reading "state" as the verb).
NOT_NP_END = "".join(rf"(?<!\b{w})" for w in speech.NON_FINAL_WORDS) + r"(?<!['’]s)"
CLAUSE_WORDS = "|".join(speech.CLAUSE_WORDS)
#: A verb phrase coordinated with an earlier one, its subject elided ("... and admitted").
COORDINATED = re.compile(rf"\b(?:and|but)\s+(?:{ADV}\s+){{0,2}}$")
#: "had added": a perfect of "add" reports an act ("Republicans had added "poison pills""), not words.
PERFECT_ADD = re.compile(r"\b(?:had|has|have)\s+added$")
#: A reporting verb right after a noun phrase (", he said" after "he").
CUE_AFTER = re.compile(rf"\s*,?\s+(?:{ADV}\s+){{0,2}}(?:{CUE})\b")

#: A paragraph opening with the punctuation that ended a sentence broken by a line of page
#: junk (". ''We want ...": the rest of "X told the" / "Valley Courier").
BROKEN_OPENING = re.compile(r"\s*[.,;]\s*")


def opens_clear(body: str, lo: int, open_mark: int, block_lo: int) -> bool:
    """Whether nothing of its sentence stands before the quote opening at ``open_mark``: the
    text from ``lo`` is empty, ends a sentence, or (at the start of its paragraph ``block_lo``)
    is only the full stop of a sentence broken by a junk line; the first of a doubled single
    mark (``''We want``) is part of the opening mark."""
    lead = body[lo:open_mark]
    if lead.endswith(("'", "‘")) and body[open_mark:open_mark + 1] in ("'", "‘"):
        lead = lead[:-1]
    return (not lead.strip() or ends_sentence_before(lead, len(lead))
            or (lo == block_lo and BROKEN_OPENING.fullmatch(lead) is not None))

LEADING_JUNK = re.compile(rf"^(?:(?:{'|'.join(speech.LEADING_CONNECTIVES)})\b[\s,]*)+", re.IGNORECASE)

_ABBREV_LB = "".join(rf"(?<!\b{a})" for a in speech.ABBREVIATIONS)
#: A sentence end: terminal punctuation (not after a common abbreviation or an initial)
#: followed by space or the end.
TERMINATOR = re.compile(rf"(?=[.!?…]){_ABBREV_LB}(?<!\b[A-Z])(?:[.!?]+|…)[)\]]?(?=\s|$)")

#: Nouns for a person's role or description, heading "the ..." ("the chancellor", "the 22-year-old").
PERSON_ROLES = r"\d+-year-old|" + alt(speech.PERSON_ROLE_NOUNS)
#: Roles that are also titles, as written capitalised after "the" ("the Bishop", "the Chancellor");
#: no other role ("the Economist" is a magazine).
TITLE_ROLES = alt(w.capitalize() for w in speech.NAME_TITLES if w in speech.PERSON_ROLE_NOUNS)
#: Lowercase role words between a name modifying a person and that person ("Velvet Foxes
#: frontwoman Ana Matronic").
ROLE_LINK = re.compile(
    rf"(?:\s+(?!(?:then|also|now|still|has|had|have|was|is|were|will|would|who|which|and|but|{CUE})\b)"
    r"[a-z][a-z\-]*(?<!ed)(?<!ing)(?<!ly)){0,2}\s+"
    rf"(?:{PERSON_ROLES}|spokes(?:man|woman|person)|frontman|frontwoman|owner|member|partner|adviser|"
    r"official|correspondent|editor|reporter|head|deputy|agent|assistant|aide)"
    r",?\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?"
)
#: A preposition or a verb of issuing: what follows it is a complement, not the subject.
PREP_OR_VERB = re.compile(
    r"\b(?:of|to|for|from|by|with|at|in|on|about|sent|issued|released|published|posted|written|"
    r"signed|made|given|received)\b"
)
#: What follows a person whose body speaks for them: "(the) Smith administration", "Smith's office".
PERSON_BODY_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{alt(speech.PERSON_BODY_NOUNS)})\b")
#: A possessive right after a name ("Smith's").
POSSESSIVE_AFTER = re.compile(r"^['’](?:s\b|\s|$)")

HONORIFICS = "|".join(speech.HONORIFICS)
NAME_PARTICLES = "|".join(speech.NAME_PARTICLES)
_HONORIFIC_END = re.compile(rf"(?:\b(?:{HONORIFICS})\.?\s+)$")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def ends_sentence_before(body: str, end: int, lo: int = 0) -> bool:
    """Whether ``body[lo:end]`` ends a sentence: a terminator, at most one closing bracket or
    single mark, then only white space. Looks back from ``end`` only, so it costs the white
    space it skips, never the length of the text."""
    i = end
    while i > lo and body[i - 1].isspace():
        i -= 1
    if i > lo and body[i - 1] in ")]'’":
        i -= 1
    return i > lo and body[i - 1] in ".!?…"


def honorific_start(body: str, pos: int, floor: int) -> int:
    """Start of an honorific written right before a mention ("Mr " + "Smith")."""
    m = _HONORIFIC_END.search(body[max(floor, pos - 8):pos])
    return pos - len(m.group()) if m else pos


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


#: "the Adeyemi family": a family named by its surname, speaking as one.
FAMILY_PHRASE = re.compile(
    rf"(?i:the)\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?:{alt(speech.FAMILY_NOUNS)})\b"
)

#: An auxiliary or modal verb: a phrase holding one is a clause, never a speaker ("said the deal would ...").
AUXILIARY = re.compile(r"\b(?:would|will|could|should|can|may|might|must|had|has|have|was|were|is|are)\b")
