"""Cues from the text around a name that tell a person from an organisation.

A person: a reporting verb after the name ("Brandt told", "Brandt, 54, said") or before it ("said
Brandt", "according to Brandt"), an apposition (", a fellow at ...", ", who"), a role noun before
it ("spokeswoman Ann Ruiz"). An organisation: a reporting verb followed by "it" or "they"
("Nimbus said it"), ", which", or a company word after the name ("Nimbus shares").

Cues are computed once per span and cached on the document.
"""
from __future__ import annotations

import re

from pipelines.text.entities.document import EntityDoc
from pipelines.text.common import prefix_tree
from pipelines.text.lexicon import speech
from pipelines.text.lexicon._lists import words
from pipelines.text.lexicon.calendar import WEEKDAY_NAMES
from pipelines.text.lexicon.changes import DOWN_VERBS, UP_VERBS
from pipelines.text.lexicon.gazetteer import lookup_place
from pipelines.text.lexicon.names import PREPOSITIONS_BEFORE_AN_OBJECT, ROLE_NOUNS
from pipelines.text.lexicon.organisations import (
    AFTER_BODY_APPOSITION,
    BEFORE_OPPONENT,
    BODY_NOUNS_AFTER,
    BODY_NOUNS_AFTER_THE_NAME,
    BODY_NOUNS_ALSO_ADJECTIVES,
    BODY_NOUNS_BEFORE_NAME,
    COMPANY_NOUNS,
    COMPANY_PLURALS,
    COMPANY_RELATION_NOUNS,
    BODY_ROLES_BEFORE_NAME,
    BODY_STAFF_NOUNS,
    ORG_APPOSITION_NOUNS,
    ROLES_OF_BODY,
    SPEAKER_FOR_BODY_NOUNS,
    STAFF_NOUNS_BEFORE_WITH,
    TEAM_SPORT_WORDS,
    TEAM_VERBS_AFTER,
)

#: Reporting and stance verbs after a name that mark a speaker ("Brandt said", "Brandt has also
#: warned"), and verbs right before one ("said Brandt", "according to Brandt"): the quote
#: extractor's verbs (``lexicon.speech``), with the cues of being quoted or interviewed.
REPORTING_VERBS = speech.VERBS_AFTER_SPEAKER
VERBS_BEFORE_NAME = tuple(sorted(speech.VERBS_BEFORE_SPEAKER | {
    "quoted", "quoting", "quotes", "interviewed", "according to", "told by"}))

#: Words after a reporting verb that show the subject is not a person ("Microsoft said it").
NON_PERSON_AFTER_VERB = words("it its it's they their")

#: Words that may stand between a name and its reporting verb ("Brandt has also said",
#: "Brandt on Monday said"), at most two of them: those the quote extractor allows, an adverb
#: in -ly, and a weekday after "on" (no form of "be": "X was praised" is no speaker).
_BETWEEN_NAME_AND_VERB = sorted((set(speech.WORDS_BEFORE_VERB) - {"was", "were", "is"}) | WEEKDAY_NAMES | {"on"})

_AFTER_VERB = re.compile(
    r"(?:['’]s)?\s*(?:,\s*)?(?:(?:" + prefix_tree(_BETWEEN_NAME_AND_VERB)
    + r"|[a-z]+ly)\s+){0,2}(" + prefix_tree(sorted(REPORTING_VERBS)) + r")\b[ ,]*([A-Za-z']+)?"
)
_BEFORE_VERB_LAST = frozenset(v[-1] for v in VERBS_BEFORE_NAME)
_AFTER_NAME = frozenset(" ,'’\n\t")
_AFTER_APPOSITION = re.compile(r",\s+(?:(?:a|an)\s|(?:aged\s+)?\d{1,3}\s*,|who\s)")
# "X, which ...", "X that ...", "the X summit" (weak: "told Okafor that", "Brun and Okafor, which shows") or a
# company word after the name ("X shares", "X's boss")
_WEAK_ORG_AFTER = re.compile(r",?\s+(?:which|that)\s| (?:" + prefix_tree(sorted(BODY_NOUNS_AFTER)) + r")\b")
_ORG_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:shares|stock|chief executive|boss|spokesman|"
    r"spokeswoman|spokesperson|chairman|executive|plc|Inc|Ltd|Corp|shareholders|customers|"
    r"subscribers)\b"
)
# an apposition naming a body, its modifiers no preposition: "X, the pressure group, said", "X, a
# low-cost airline.", "X, a Danish firm based in Aarhus", "X, the Oslo-listed shipping group,"; not
# "X, a fellow at the bank,"
_ORG_APPOSITION = re.compile(
    r", (?:the|a|an) (?:(?!(?:of|at|for|in|with|from|to|and|or|by|on)\b)[\w][\w\-]* ){0,3}(?:"
    + prefix_tree(sorted(ORG_APPOSITION_NOUNS)) + r")(?=[,.;:)]|\s+(?:"
    + prefix_tree(sorted(AFTER_BODY_APPOSITION)) + r")\b)")
# a company named by the text after it beyond doubt: a legal form, its shares, its results
_COMPANY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:shares|stock|shareholders|plc|Inc|Ltd|Corp|LLC|AG|SA|NV)\b|\s+(?:brand|brands)\b"
    r"|\s+(?:" + prefix_tree(sorted(BODY_ROLES_BEFORE_NAME)) + r") (?=[A-ZÀ-ÖØ-Þ][^\W\d_])"
    r"|,? (?:has |have )?(?:reported|posted|announced|unveiled) (?:a |an |its |their )?(?:[\w\-]+ ){0,2}"
    r"(?:profits?|earnings|losses|loss|revenues?|sales|results)\b")
# ... before it ("a giant X", "some giant X": an adjective, no body noun): "the chief executive of (the) X", "firms such as X", "US-based X", "the bank X", "an
# economist with X"
_COMPANY_BEFORE = re.compile(
    r"(?:\b(?:" + prefix_tree(sorted(COMPANY_RELATION_NOUNS)) + r") (?:of|in|to|at|for|from)(?: the)?|\b(?:"
    + prefix_tree(sorted(COMPANY_PLURALS)) + r"),? (?:like|such as|including)|\b(?:"
    + prefix_tree(sorted(ROLES_OF_BODY)) + r") at|\b(?:" + prefix_tree(sorted(STAFF_NOUNS_BEFORE_WITH))
    + r") with|\w-based|\b(?:the|a|an|its|rival) (?:"
    + prefix_tree(sorted(COMPANY_NOUNS)) + r")|(?<![\w'’\-])(?:" + prefix_tree(sorted(BODY_NOUNS_BEFORE_NAME))
    + r")|(?<![\w'’\-])(?<!\ba )(?<!\bsome )(?:" + prefix_tree(sorted(BODY_NOUNS_ALSO_ADJECTIVES)) + r")) $", re.IGNORECASE)
# ... or "the" before it and a body noun after it: "the Kessa Vale consultancy", "the Anti-Fraud Working group"
_THE_BEFORE = re.compile(r"(?<![\w'’\-])[Tt]he $")
_BODY_NOUN_AFTER_THE_NAME = re.compile(r" (?:" + prefix_tree(sorted(BODY_NOUNS_AFTER_THE_NAME)) + r")\b(?![\-’'])")
# ... or one who speaks for it: "a spokesman for X", "a spokeswoman at X"
_SPEAKER_FOR_BEFORE = re.compile(
    r"\b(?:" + prefix_tree(sorted(SPEAKER_FOR_BODY_NOUNS)) + r") (?:for|of|at|from) (?:the )?$", re.IGNORECASE)
# --- a body by the text around a name that reads as a person's (``body_cue``) ---
# its shares moving: "X rose 4 per cent", "X's shares fell 2%", "(and) X 1.9 per cent"
_SHARE_MOVE = re.compile(
    r"(?:['’]s shares)?\s+(?:(" + prefix_tree(sorted(UP_VERBS | DOWN_VERBS)) + r")\s+(?:by\s+)?)?"
    r"(?:about |almost |nearly |around )?\d[\d.,]*\s?(?:%|per cent|percent)")
# its sales or profits moving: "X sales jumped 11%", "X's profits fell"
_RESULTS_MOVE = re.compile(
    r"(?:['’]s)? (?:sales|profits|revenues|earnings) (?:have |has )?(?:" + prefix_tree(sorted(UP_VERBS | DOWN_VERBS))
    + r")\b")


def results_move(doc: EntityDoc, end: int) -> bool:
    """Are the sales or profits of the name said to move ("X sales jumped", "X's profits fell")?
    Then the name is a firm's (a place's sales are decided before: "US sales fell")."""
    return _RESULTS_MOVE.match(doc.body, end, end + 40) is not None


# a plural verb right after it ("X have", "X are"): a body, not one person
_PLURAL_VERB = re.compile(r" (?:have|are|were)\b")
# a journal: "published in X", "writing in X"
_PUBLISHED_IN = re.compile(r"(?<![\w'’\-])(?:published|appeared|writing|wrote|reported) in (?:the )?$")
_AND_BEFORE = re.compile(r"(?:(?<![\w'’\-])and|,) $")
# "and", "including", "such as" among the few words before a name: it may be one of several subjects
_LIST_BEFORE = re.compile(r"(?<![\w'’\-])(?:and|or|nor|including|like|such as|as well as)(?: [\w'’\-]+){0,3} $")
# an auxiliary before it: "would X have gone" is a question or a condition, no plural subject
_AUX_BEFORE = re.compile(r"(?<![\w'’\-])(?:would|could|should|might|must|will|may|can|did|does|do|has|had|shall) $")
# a team-sport report, and a team's name in it ("beat X", "drawing 2-2 at X", "X are", "X beat Y")
_TEAM_SPORT = re.compile(r"\b(?:" + prefix_tree(sorted(TEAM_SPORT_WORDS)) + r")\b")
_OPPONENT_BEFORE = re.compile(
    r"(?:(?<![\w'’\-])(?:" + prefix_tree(sorted(BEFORE_OPPONENT)) + r")|\d-\d (?:at|against|to|with)) $")
_TEAM_AFTER = re.compile(r" (?:" + prefix_tree(sorted(TEAM_VERBS_AFTER)) + r")\b")

# a role at a body before a name ("a manager for X", "co-chairman of X", "a spokesman for X")
_ROLE_AT_BODY_BEFORE = re.compile(
    r"(?<![\w'’])(?:" + prefix_tree(sorted(BODY_STAFF_NOUNS)) + r") (?:of|for|at|from) (?:the )?$")

_REV_WORD = re.compile(r"[ \-–—]*([\w'’\-]+)")  # matched on the reversed text before a name
_FIRST_LETTER = re.compile(r"[A-Za-z]")


def lower_word_before(body: str, start: int) -> str:
    """The lower-case word right before ``start``, with only spaces or dashes in between.

    "" when the word before is capitalised or there is none: only lower-case words ("in",
    "spokesman") are cues.
    """
    j = start
    while j > 0 and body[j - 1] == " ":
        j -= 1
    if j == 0:
        return ""
    last = body[j - 1]
    if last.islower():
        k = body.rfind(" ", max(0, start - 30), j)
        if k >= 0:
            word = body[k + 1:j]
            if word.isalpha() and word.isascii():
                return word if word.islower() else ""  # the usual case: a plain word and a space
    elif last not in "-–—":
        return ""
    m = _REV_WORD.match(body[max(0, start - 30):start][::-1])
    if m is None:
        return ""
    word = m.group(1)[::-1]
    k = _FIRST_LETTER.search(word)
    word = word[k.start():] if k else ""
    return word if word.islower() else ""


def person_cue(doc: EntityDoc, start: int, end: int) -> bool:
    key = (start, end)
    hit = doc.cue_cache.get(key)
    if hit is None:
        hit = doc.cue_cache[key] = _person_cue(doc, start, end)
    return hit


def _person_cue(doc: EntityDoc, start: int, end: int) -> bool:
    body = doc.body
    subject = verb_after(doc, end)  # a reporting verb may follow: "Brandt said", "Brandt, 54, said"
    if (subject is not None and subject not in NON_PERSON_AFTER_VERB
            and (lower_word_before(body, start) not in PREPOSITIONS_BEFORE_AN_OBJECT
                 or role_at_body_before(doc, start))):
        return True  # (not "Ann Lee, 67, from Tolo, said": the verb is the subject's; but "a manager for
        # X, said", "spokesman for X said" are read as before: X is the body the speaker works for)
    if start > 1 and body[start - 1] in " \n\t" and _verb_before(body, start):
        return True
    if body[end:end + 1] == "," and _AFTER_APPOSITION.match(body, end, end + 20):
        return True
    # a role noun before: "spokesman Brandt"
    if start > 1 and body[start - 1] == " " and body[start - 2].islower():
        k = body.rfind(" ", max(0, start - 30), start - 1)
        if k >= 0:
            word = body[k + 1:start - 1]
            if word.isalpha() and word.isascii():
                return word in ROLE_NOUNS
    return lower_word_before(body, start) in ROLE_NOUNS


def _verb_before(body: str, start: int) -> bool:
    """A verb before the name, over white space: "said Brandt", "according to Brandt"."""
    j = start - 1
    while j > 0 and body[j - 1] in " \n\t":
        j -= 1
    if j > 0 and body[j - 1] in _BEFORE_VERB_LAST:
        head = body[max(0, start - 25):j].lower()  # "According to Yang"
        if head.endswith(VERBS_BEFORE_NAME):
            for verb in VERBS_BEFORE_NAME:
                k = len(head) - len(verb)
                if head.endswith(verb) and (k == 0 or not (head[k - 1].isalnum() or head[k - 1] == "_")):
                    return True
    return False


def verb_after(doc: EntityDoc, end: int) -> str | None:
    """The word after a reporting verb that follows ``end`` ("" when none); None without a verb."""
    cache = doc.verb_cache
    if end in cache:
        return cache[end]
    body = doc.body
    m = _AFTER_VERB.match(body, end, end + 80) if body[end:end + 1] in _AFTER_NAME else None
    word = None if m is None else (m.group(2) or "").lower()
    cache[end] = word
    return word


def org_cue(doc: EntityDoc, start: int, end: int, strong: bool = False) -> bool:
    """Text after a name that shows an organisation ("X said it", "X shares", "X, the pressure
    group,", and unless ``strong`` "X, which")."""
    key = (end, strong)
    hit = doc.org_cache.get(key)
    if hit is None:
        subject = verb_after(doc, end)
        hit = (subject is not None and subject in NON_PERSON_AFTER_VERB) or (
            _ORG_AFTER.match(doc.body, end, end + 30) is not None) or (
            _ORG_APPOSITION.match(doc.body, end, end + 80) is not None) or (
            not strong and _WEAK_ORG_AFTER.match(doc.body, end, end + 30) is not None)
        doc.org_cache[key] = hit
    return hit


_ROLE_AND_NAME_AFTER = re.compile(r"\s+(?:" + prefix_tree(sorted(BODY_ROLES_BEFORE_NAME)) + r") (?=[A-ZÀ-ÖØ-Þ][^\W\d_])")


def role_and_name_after(doc: EntityDoc, end: int) -> bool:
    """Is the name followed by a role at a body and a person's name ("X analyst Bo Hart")?"""
    return _ROLE_AND_NAME_AFTER.match(doc.body, end, end + 40) is not None


def company_cue(doc: EntityDoc, start: int, end: int) -> bool:
    """Text around a name that makes it a company even when it reads as a person's name
    ("Morgan Stanley shares", "X plc", "the chief executive of X", "firms such as X", "US-based
    X", "the lender X", "the X consultancy"); not "X said it", which people say too."""
    key = (-start - 1, True)
    hit = doc.org_cache.get(key)
    if hit is None:
        hit = (_COMPANY_AFTER.match(doc.body, end, end + 60) is not None) or (
            _COMPANY_BEFORE.search(doc.body, max(0, start - 40), start) is not None) or (
            _BODY_NOUN_AFTER_THE_NAME.match(doc.body, end, end + 20) is not None
            and _THE_BEFORE.search(doc.body, max(0, start - 4), start) is not None
            and lookup_place(doc.body[start:end]) is None)  # (not "the Belfast company": where it is)
        doc.org_cache[key] = hit
    return hit


# words before a name that take a body or a publication, never a person named by ordinary words:
# "told Sky Sports", "seen by the Northern Ledger", "according to the Harbour Gazette"
_PUBLICATION_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:told|according to|in an interview with|quoted by|reported by|seen by|published by|"
    r"writing in|wrote in|speaking to|a spokesman for|a spokeswoman for|a spokesperson for)(?: the)? $",
    re.IGNORECASE)


# a body noun and a comma right before a name that a comma or full stop closes: "the transport
# regulator, Ositran, approved", "his other band, Fightstar."
_BODY_NOUN_COMMA_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:" + prefix_tree(sorted(BODY_NOUNS_BEFORE_NAME | ORG_APPOSITION_NOUNS)) + r"), $", re.IGNORECASE)


def body_noun_apposition(doc: EntityDoc, start: int, end: int) -> bool:
    """Is the name set off after a body noun ("the regulator, X, approved", "his band, X.")? Then it
    names that body."""
    return doc.body[end:end + 1] in (",", ".", ";", ":", ")") and (
        _BODY_NOUN_COMMA_BEFORE.search(doc.body, max(0, start - 30), start) is not None)


def publication_before(doc: EntityDoc, start: int) -> bool:
    """Is the name right after words that take a body or a publication ("told", "seen by the",
    "according to the")?"""
    return _PUBLICATION_BEFORE.search(doc.body, max(0, start - 30), start) is not None


def ordinary_words_body_cue(doc: EntityDoc, start: int, end: int) -> bool:
    """Text around a name made of ordinary words ("Blue Corridor", "Sky Sports") that shows a body
    or a publication, not a title of a work: a body noun or a relation before it ("environmental
    group X", "shares in X"), a legal form or its shares after it, "X said it", "X, the charity,",
    "a spokesman for X", "told X", "seen by the X". Not "X, which ..." (films and songs do that
    too)."""
    return (company_cue(doc, start, end) or org_cue(doc, start, end, strong=True) or speaker_for_body(doc, start)
            or publication_before(doc, start) or body_noun_apposition(doc, start, end))


def speaker_for_body(doc: EntityDoc, start: int) -> bool:
    """Is the name right after a noun of one who speaks for a body ("a spokesman for X", "a
    spokeswoman at X")? Said of a lone word, that makes it the body: people are named in full
    and with a title when they have a spokesman."""
    return _SPEAKER_FOR_BEFORE.search(doc.body, max(0, start - 30), start) is not None


def role_at_body_before(doc: EntityDoc, start: int) -> bool:
    """Is the name right after a role at a body and "of", "for", "at", "from" ("a security manager
    for X", "co-chairman of X")? Said of a lone word with a reporting verb after it, the verb is the
    role holder's and the word the body."""
    return _ROLE_AT_BODY_BEFORE.search(doc.body, max(0, start - 40), start) is not None


#: A spokesperson noun and a capitalised name right after a name ("X spokesman Ned Ames").
_SPOKESPERSON_THEN_NAME = re.compile(rf" (?:{'|'.join(speech.SPOKESPERSON_NOUNS)}) [A-Z][a-z]")


def body_cue(doc: EntityDoc, start: int, end: int) -> bool:
    """Text around a name that shows a body even when the name reads as a person's ("X, a Danish
    firm based in ...", "X rose 4 per cent", "X have", "published in X", a company cue); not "X
    said it", which people say too."""
    body = doc.body
    if _ORG_APPOSITION.match(body, end, end + 80) or company_cue(doc, start, end):
        return True
    if _SPOKESPERSON_THEN_NAME.match(body, end, end + 40):
        return True  # "Carrow Bet spokesman Ned Ames": the firm a named spokesman speaks for
    m = _SHARE_MOVE.match(body, end, end + 40)
    before_and = _AND_BEFORE.search(body, max(0, start - 5), start) is not None
    if m is not None and (m.group(1) or before_and):
        return True
    if _PLURAL_VERB.match(body, end) and _plural_subject(doc, start):
        return True
    return _PUBLISHED_IN.search(body, max(0, start - 20), start) is not None and body[end:end + 1] not in ("'", "’")


def _plural_subject(doc: EntityDoc, start: int) -> bool:
    """Can the name at ``start`` alone be the subject of a plural verb after it? Not one of several
    ("Ann Lee and lyricist Bo Hart were", "stars such as Bo Hart have"), after an auxiliary ("would
    Bo Hart have"), or the object of a preposition ("homes in Kessa Vale are")."""
    body = doc.body
    return (_LIST_BEFORE.search(body, max(0, start - 40), start) is None
            and _AUX_BEFORE.search(body, max(0, start - 8), start) is None
            and lower_word_before(body, start) not in PREPOSITIONS_BEFORE_AN_OBJECT)


def team_sport(doc: EntityDoc) -> bool:
    """Is the document a report of a team sport (a striker, the Premiership)?"""
    if doc.team_sport is None:
        doc.team_sport = _TEAM_SPORT.search(doc.body) is not None
    return doc.team_sport


def team_cue(doc: EntityDoc, start: int, end: int) -> bool:
    """In a team-sport report, a name a team plays or that acts as one ("beat X", "drawing 2-2 at
    X", "joined from X", "X are", "X beat Y"; not "Ann Lee and Bo Hart were", "against Ann Lee's
    team"): a club."""
    body = doc.body
    if not team_sport(doc) or body[end:end + 1] in ("'", "’"):
        return False  # (not "against Ann Lee's team": her team is)
    return _OPPONENT_BEFORE.search(body, max(0, start - 16), start) is not None or (
        _TEAM_AFTER.match(body, end) is not None and _plural_subject(doc, start))
