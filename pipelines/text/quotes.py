"""Quotations and who said them.

``extract_quotes`` finds quoted text in a cleaned body, classifies it and attributes it:

* **Marks.** Straight (``"``) and curly (``“ ”``) double quotes, ``„ « »``, and single quotes
  (``‘ ’ '``) when they clearly quote. A mark's role (open/close) is read from its context
  first (space before + word after = opens, word before + space/punctuation after = closes),
  so a ``”`` may open and a ``“`` may close; only when the context is ambiguous (glued to
  words on both sides, or spaced on both sides) does the glyph or the pairing state decide.
  An apostrophe inside a word (``Korea’s``, ``don’t``) or an elision (``’90s``, ``’em``,
  ``rock 'n' roll``) is never a quote mark.
* **Blocks.** A quote never crosses a line break unless the news continuation convention
  applies: a quote left open at the end of a paragraph continues when the next paragraph
  opens with a quote mark. The same convention inside one paragraph (an opening mark after a
  sentence end while a quote is still open: ``"... himself. "They ..."``) is treated alike.
  Each paragraph's (or sentence run's) part becomes its **own Quote**; all parts of one such
  chain share the speaker (rule ``quote.continued``). A quote left open with no continuation
  takes the rest of its paragraph only when it opened a sentence and that rest is at most
  ``_MAX_UNCLOSED`` (400) characters; otherwise it stops at its first sentence end.
* **Nesting.** A quote inside another quote (``"the 'strategic flexibility' of"``) is part of
  the outer text and not reported separately.
* **Kinds.** ``direct``: a clause/sentence of speech (the quote starts its sentence or follows
  an introducer such as ``said:``/``told X that``/``According to X,``). ``partial``: a
  fragment embedded in a sentence that reports speech (a reporting verb in the sentence or an
  attribution after it), a long embedded fragment, or a short/noun-phrase object of a bare
  verb (``said "no"``, ``promised "the best campaign ever"``); also the complement of a verb
  that characterises words (``called the move "..."``, ``described it as``, ``warned of``,
  ``vowed to``, ``attacked the "..." tax``) and a quoted speech verb right after a nameable
  subject (``A spokesman "totally refuted" the claims`` -> ``quote.sentence.quoted_verb``).
  ``term``: short (<= 4 words) embedded quote with no reporting verb, a quoted name modifying a
  noun (``the "one-China" principle``, ``the "open door" policy`` unless it evaluates: ``a
  "firm but fair" policy`` is partial), a Title Case name or title (``the film "Dark
  Water"``), anything after ``so-called``/``dubbed``/``known as``/``billed as``..., and a
  phrase cited from a document nobody is saying (``Section 5 of the code ... "where ..."``).
* The text of a quote excludes the marks, surrounding spaces and a trailing comma before the
  closing mark (``"First, we wait," he said`` -> ``First, we wait``).
* **Speakers.** After the quote (``," Hong told X.``, ``," said Mr Smith.``, ``," he said.``,
  ``, according to X.``, ``," the paper quoted X as saying``), before it (``Smith said: "``,
  ``Smith, a professor, said "``, ``According to Yang[, a researcher at Y], "``, ``, adding:
  "``, ``Said coach X: "``, ``- Coach X: "``, ``- Coach X "``), elsewhere
  in the sentence for partial quotes (``X called the move "..."``, ``was described by X as``,
  ``The aim, says X, is "..."``), the chain, or carried over: from the previous quote in this
  or the previous paragraph when no other person was introduced since
  (``quote.carry.previous``), or from reported speech in the sentence just before
  (``Smith said the plant would close. "We had no choice."`` -> ``quote.carry.reported``).
  The speaker is the ``local_name`` of the mention naming them (PERSON preferred, but not one
  inside a complement such as ``a friend of X``; an ORG/GPE modifier like ``China's foreign
  ministry`` maps to that ORG/GPE, and so does the organisation a mouthpiece speaks for: ``a
  spokesman for X``, ``a statement from X``). **he/she** resolves to the closest preceding
  PERSON mention outside quotes whose gender does not contradict it, where gender comes from
  honorifics, gendered role words (``chairwoman``) and the he/his vs she/her used right after
  a person's mentions (an attribution such as ``she said`` is never evidence; object pronouns
  do not vote); "she" prefers the most recent woman so marked over a closer person of unknown
  gender. Candidates are skipped when the quote itself names them (people rarely name
  themselves) or when they sit in the pronoun's own clause as a possessive or prepositional
  object (``Commenting on Mr X's case, he said``); the sentence's subject beats an object or
  possessive in it (``Y watched X's performances. "...," he said`` -> Y), and an object gives
  way to the subject of a sentence just before. **it/they** resolve to an ORG/GPE that is the
  subject of the sentence just before (``Norland Steel cut 300 jobs. "...," they said``),
  else the previous organisation speaker for "it", else nobody. **the <role>** (``the
  chancellor``, ``the 22-year-old``) resolves to the person introduced with that role
  (``Chancellor X``, ``X, the chancellor,``), else to a recent sentence subject (never a mere
  object for an office such as ``the prime minister``). A capitalised name no mention covers
  is returned as written (honorifics and titles dropped; not a word capitalised only because
  it opens the sentence); a common noun phrase gives ``speaker=None`` with ``speaker_surface``.

Rule names (``Quote.rule``): ``quote.after.name_said``, ``quote.after.said_name``,
``quote.after.pronoun_said``, ``quote.after.according_to``, ``quote.before.name_said``,
``quote.before.pronoun_said``, ``quote.before.said_name``, ``quote.before.according_to``,
``quote.before.participle``, ``quote.before.colon``, ``quote.sentence.name_said``,
``quote.sentence.final_said``, ``quote.sentence.according_to``, ``quote.sentence.quoted_verb``,
``quote.continued``, ``quote.carry.previous``, ``quote.carry.reported`` (also when reported speech
by another named person sits between the previous quote and this one), ``quote.term.naming``,
``quote.term.short``, ``quote.unattributed``.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipelines.records import EntityMention, Quote, QuoteKind, Sentence
from pipelines.text.common import stable_id
from pipelines.text.lexicon import speech

# --------------------------------------------------------------------------- vocabulary

_PARTICIPLES = frozenset(v[3] for v in speech.REPORTING_VERBS) | {
    p for p in speech.REPORTING_PHRASES if p.split()[0].endswith("ing")}


def _alt(words: set[str] | frozenset[str] | list[str]) -> str:
    """An alternation of ``words``, longest first (equally long words cannot both match)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_SPEECH_FORMS: set[str] = set(speech.REPORTING_PHRASES) | set(speech.PLURAL_REPORTING_VERBS)
for _v in speech.REPORTING_VERBS:
    _SPEECH_FORMS.update(_v[1:])
_ALL_FORMS = _SPEECH_FORMS | {w for v in speech.STANCE_VERBS for w in v}

_CUE = _alt(_SPEECH_FORMS)
_ANY_CUE = _alt(_ALL_FORMS)

#: Words that may sit between a speaker and the verb ("Smith also said", "he has told").
_ADV = rf"(?:[a-z]+ly|{'|'.join(speech.WORDS_BEFORE_VERB)})"
#: A noun phrase cannot end with one of these (guards "the state said" from reading "state" as the verb).
_NOT_NP_END = "".join(rf"(?<!\b{w})" for w in speech.NON_FINAL_WORDS) + r"(?<!['’]s)"
_CLAUSE_WORDS = "|".join(speech.CLAUSE_WORDS)

_LEADING_JUNK = re.compile(rf"^(?:(?:{'|'.join(speech.LEADING_CONNECTIVES)})\b[\s,]*)+", re.IGNORECASE)
_TRAILING_AUX = re.compile(rf"(?:[\s,]+{_ADV})+\s*$")

# --------------------------------------------------------------------------- patterns

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_MARK = re.compile(r"[\"“”„«»‘’']")
_BLOCK = re.compile(r"[^\n]+")
#: A sentence end: terminal punctuation (not after a common abbreviation or an initial)
#: followed by space or the end.
_ABBREV_LB = "".join(rf"(?<!\b{a})" for a in speech.ABBREVIATIONS)
_TERMINATOR = re.compile(rf"(?=[.!?…]){_ABBREV_LB}(?<!\b[A-Z])(?:[.!?]+|…)[)\]]?(?=\s|$)")
_ELISION = re.compile(r"(?:\d\d?s?\b|em\b|n['’]|til\b|cause\b|tis\b|twas\b|bout\b|round\b|cos\b)", re.IGNORECASE)

_AFTER_NP_CUE = re.compile(
    rf"^[\s,]*(?P<np>(?!(?:{_CLAUSE_WORDS})\b)[^\s,;:!?\"“”‘’()]+"
    rf"(?:(?:\s+|,\s*)[^\s;:!?\"“”()]+?){{0,13}}?){_NOT_NP_END}\s*,?\s+(?:{_ADV}\s+){{0,2}}(?P<cue>{_CUE})\b"
)
_AFTER_CUE_NP = re.compile(
    rf"^[\s,]*(?P<cue>{_CUE})\s+(?P<np>(?!(?:that|it|to|in|on|at|of|for|with|by|and|but)\b)[^,;:!?\"“”()]+?)"
    r"(?=\s*(?:[,;:!?\"“”()]|$)|\s+(?:in|on|at|who|whose|after|before|when|while|during|from|last|"
    r"yesterday|today|earlier|adding|according|as|because|for|with|about|to|via|through|outside|"
    r"inside|following|ahead)\b|\s+-\s)"
)
_AFTER_ACCORDING = re.compile(r"^[\s,]*according to (?P<np>[^,;:!?\"“”()]{1,80}?)\s*(?:[,;:!?\"“”()]|$)")
_FINAL_ATTR = re.compile(
    rf",\s*(?P<np>(?!(?:{_CLAUSE_WORDS})\b)[^\s,;:!?\"“”][^,;:!?\"“”]{{0,79}}?){_NOT_NP_END}\s+"
    rf"(?:{_ADV}\s+){{0,2}}(?P<cue>{_CUE})\b"
    r"(?P<tail>\s+(?:in|on|at|to|during|via|after|before|last|this|yesterday|today|earlier|recently|"
    r"previously|later)\b[^,;:!?\"“”]{0,60})?\s*$"
)
_FINAL_INVERTED = re.compile(rf",\s*(?P<cue>{_CUE})\s+(?P<np>[A-Z][^,;:!?\"“”]{{0,60}}|the [^,;:!?\"“”]{{1,60}})$")
#: 'According to Yang, "...', also with an apposition ('According to Yang, a researcher at X, "...').
_BEFORE_ACCORDING = re.compile(
    r"(?:^|[\s,(])[Aa]ccording to (?P<np>[^,;:\"“”()]{1,80}?)"
    r"(?:\s*,\s*(?:(?:a|an|the|who|whose|one|his|her|their|its)\s|[A-Z]|[a-z]+\s+(?:at|of|for|with|in|from)\s)"
    r"[^;:\"“”()_]{0,160}?,)?\s*[,:]?\s*$"
)
#: 'According to Yang, the economy is "in trouble"': the clause's source names a partial quote's speaker.
_ACCORDING_CLAUSE = re.compile(r"(?:^|[\s,(])[Aa]ccording to (?P<np>[^,;:\"“”()_]{1,80}?)\s*,")
_CUE_ANY_RE = re.compile(rf"\b(?P<cue>{_ANY_CUE})\b")
_CUE_SPEECH_RE = re.compile(rf"\b(?P<cue>{_CUE})\b")
_TAIL_PLAIN = re.compile(
    r"^\s*(?:(?:[a-z]+ly|only|simply|just|merely|again|also|later|then|afterwards|today|yesterday|recently|"
    r"him|her|them|us|me|reporters|journalists)\s*,?\s*)*(?:that\b)?\s*[:,]?\s*$"
)
#: Between two parts of one sentence: '"...," insisted Mr Sener, "will ..."'.
_BEFORE_MID_INVERTED = re.compile(rf"^\s*,?\s*(?:{_CUE})\s+(?P<np>[^,:;\"“”]{{1,60}}?)\s*,\s*$")
#: Sentence-initial inverted cue before a quote: 'Said Wales coach Scott Johnson: "...'
_BEFORE_INVERTED = re.compile(
    r"^\s*(?:Said|Says|Added|Adds|Explained|Continued|Wrote|Writes|Asked)\s+(?P<np>[^:,\"“”]{1,80}?)\s*[:,]\s*$"
)
_TAIL_PREP = re.compile(
    r"^\s+(?:to|in|on|at|of|during|via|with|from|through|before|after|last|this|on|when|while|as)\b"
    r"[^\"“”.;!?]{0,80}?(?:[:,]|\bthat)\s*$"
)
_TAIL_TELL = re.compile(
    r"^\s+(?:to\s+)?(?P<addr>(?:(?!\b(?:that|there|it|he|she|they|we|I|you|this|his|her|their)\b)"
    r"[^\"“”.;!?:,]){1,80}?)(?:\s+that)?\s*[:,]?\s*$"
)
_ADDRESSEE = re.compile(
    r"^\s+(?:to\s+)?(?P<addr>(?!(?:that|it|in|on|at|of|for|with|by|and|but|as|about|last|this)\b)"
    r"[^,.;:!?\"“”()]{1,80}?)"
    r"(?=\s*(?:[,.;:!?\"“”()]|$)|\s+(?:that|on|in|at|last|this|yesterday|today|earlier|after|before|when|"
    r"while|during|as|about|following|via|by|from|for|over|ahead|recently|and|there|it|he|she|they|we|"
    r"I|you|his|her|their|its|this|these|those)\b)"
)
_TO_ADDRESSEE = re.compile(r"^\s+to\s+(?P<addr>[^,.;:!?\"“”()]{1,60}?)(?=\s*(?:[,.;:!?\"“”()]|$)|\s+(?:that|on|in|at|last|this|after|before|about)\b)")
_INTERVIEW_WITH = re.compile(r"\bin an? (?:interview|conversation|call) with (?P<addr>[^,.;:!?\"“”()]{1,60}?)(?=\s*(?:[,.;:!?\"“”()]|$)|\s+(?:on|in|at|last|this|after|before)\b)")
_NAMING = re.compile(
    r"(?:\bso[- ]called|\bdubbed|\bnicknamed|\bknown as|\bentitled|\btitled|\bnamed|\bcalled itself|"
    r"\blabell?ed as(?: either)?|\bbilled as|\bmarketed as|\breferred to as|\bbranded as|\bmarked as|"
    r"\bthe (?:term|word|phrase|slogan|motto|label|name|hashtag|title|words)|\bbrand name|\bcodenamed|"
    r"\bcode-named)\s*,?\s*$",
    re.IGNORECASE,
)
_PARTICLES = "|".join(speech.NAME_PARTICLES)
_NAME_AT_END = re.compile(
    rf"(?:(?:[A-Z][\w'’\-]*\.?|{_PARTICLES})\s+)*"
    r"[A-Z][\w'’\-]*[\w]$"
)
_NAME_RUN = re.compile(
    rf"(?:[A-Z][\w'’\-]*\.?\s+(?:(?:{_PARTICLES})\s+)*)*"
    r"[A-Z][\w'’\-]*\w(?:\s+\d+\b)?"
)
_NAME_FOLLOW = re.compile(r",|\s+(?:of|at|from|in|with|for)\b")
#: "by <agent>" right after a passive reporting verb ("was described by Jobs as").
_AGENT = re.compile(r"\s+by\s+(?P<np>[^,;:\"“”()_]{1,60}?)(?=\s+as\b|\s*[,;:]|\s+(?:in|on|at|to|during)\b)")
#: ", says BT," after a subject: a parenthetical inverted attribution.
_PARENTHETICAL = re.compile(r"\s+(?P<np>[^,;:\"“”()_]{1,60}?)\s*,")
#: A word that makes the following cue a noun ("some reports", "the claims").
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|some|many|these|those|its|his|her|their|our|my|your|media|press|news|new|recent|latest|"
    r"further|other|such|no|any|all|both|several|earlier|first|final|official)\s+$",
    re.IGNORECASE,
)
#: Before a past form only a determiner makes it an adjective ("the reported deal"); "media
#: said", "an official said" stay verbs.
_DET_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|my|your|no|any|some|such|this|that)\s+$", re.IGNORECASE)
_PAST = re.compile(r"(?:ed|said|told|wrote|spoke of|spoke about|forecast)$")
#: A noun after a short quote that makes the quote the name of a policy, plan or label.
_TERM_HEAD = re.compile(
    r"\s+(?:principles?|polic(?:y|ies)|strateg(?:y|ies)|initiatives?|campaigns?|doctrines?|programmes?|"
    r"programs?|schemes?|projects?|operations?|movements?|agendas?|concepts?|theor(?:y|ies)|labels?|"
    r"status|zones?|era|awards?|prizes?|categor(?:y|ies)|brands?|slogans?|mottos?|hashtags?|formula|"
    r"clauses?|mechanisms?|frameworks?|model|approach|system|tax|bill|act|rules?|list)\b"
)
#: An evaluation rather than a name: 'the "unfair and inhumane" system', 'a "firm but fair" policy'.
_EVALUATIVE = re.compile(
    r"\b(?:and|but|or|not|too|very|so|more|most|less)\b|"
    r"\b[a-z]+(?:ly|al|ful|ous|ive|able|ible|ic|ish|less|ent|ant|ed)$|"
    r"\b(?:fair|unfair|rigid|good|bad|great|poor|weak|strong|tough|soft|hard|wrong|right|cruel|mad|sad|"
    r"absurd|stupid|silly|crazy|dire|grim|lax|harsh|unjust|unfit|unsafe|clear|huge|vast)$"
)
#: A Title Case quote ("Dark Water", "Best Actor", "The Quiet Harbour of the North").
_TITLE = re.compile(
    r"(?:[A-Z0-9][\w'’\-&.]*)(?:[\s:,]+(?:[A-Z0-9][\w'’\-&.]*|of|the|and|a|an|in|on|for|to|at|with|from|or|&))"
    r"{0,7}(?<![.,:])"
)
_CUE_RIGHT_AFTER = re.compile(rf"\s*,?\s*(?:{_CUE})\b")
#: A quoted modifier that reads as a name: capitalised, hyphenated or with digits.
_NAME_LIKE = re.compile(r"[A-Z0-9]|\w-\w")
#: A quote opening with a determiner or preposition in lower case is a phrase, not a clause.
_FRAGMENT_START = re.compile(r"(?:the|a|an|to|of|for|in|on|at|with|by|from|as|more|most|very|too)\s")
_THAT_END = re.compile(r"\bthat$")
#: An auxiliary or common verb early in a quote makes it a clause ("the reform is overdue").
_EARLY_VERB = re.compile(
    r"\b(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had|do|does|did|"
    r"remains?|seems?|looks?|needs?|means?|makes?|shows?)\b|['’](?:s|re|ll|ve|d)\b"
)
_PRONOUN_AT_START = re.compile(r"^\s*(?P<p>[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I)\b")
_SEPARATORS = re.compile(
    rf"[;:\[\]—–]|\s-\s|,|\b(?:and|or)\b(?!\s+[A-Z])|"
    rf"\b(?:{_CLAUSE_WORDS.replace('and|', '').replace('or|', '')}|says?|said|told|tells)\b"
)
#: A lowercase content word right after a short quote: the quote modifies a noun.
_MODIFIER_USE = re.compile(
    r"^\s(?!(?:the|a|an|and|or|but|nor|to|of|in|on|at|for|with|by|from|as|that|which|who|whom|is|was|"
    r"were|are|be|been|being|will|would|could|should|can|may|might|must|has|have|had|do|does|did|"
    r"not|no|so|than|then|if|because|while|when|where|after|before|over|under|into|onto|about|"
    r"against|between|during|since|until|within|without|through|says?|said|told|added|he|she|it|"
    r"they|we|i|you|his|her|its|their|our|my|your|this|these|those|also|only|even|just|too|very|"
    r"said|according|amid|despite|toward|towards|around|across|along|behind|beyond|via|per|like|"
    r"unlike|up|down|out|off|again|yet|still|already|being|having|either|neither)\b)[a-z][a-z\-]+\b"
)
_DASH_APPOSITION = re.compile(r"\s[-–—]\s[^-–—]{2,80}\s[-–—]$")
#: A verb phrase coordinated with an earlier one, its subject elided ("... and admitted").
_COORDINATED = re.compile(rf"\b(?:and|but)\s+(?:{_ADV}\s+){{0,2}}$")
_FINITE_VERB = re.compile(
    rf"\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|does|did|[a-z]{{3,}}ed|{_CUE})\b"
)
_RELATIVE_END = re.compile(r"\s*,?\s*\b(?:who|which)$")
_ABBREV_END = re.compile(r"\b(?:[A-Z]|Jr|Sr|Inc|Ltd|Co|Corp|St)\.$")
_TRAILING_PRONOUN = re.compile(r"(?:^|[\s,])(?P<p>[Hh]e|[Ss]he|[Ii]t|[Tt]hey)$")
#: Nouns for a person's role or description, heading "the ..." ("the chancellor", "the 22-year-old").
_PERSON_ROLES = r"\d+-year-old|" + "|".join(speech.PERSON_ROLE_NOUNS)
_AFTER_QUOTED_AS = re.compile(
    r"^[\s,]*(?P<src>[^,;:!?\"“”()]{1,60}?)\s+(?:has\s+|had\s+|was\s+)?quoted\s+"
    r"(?P<np>[^,;:!?\"“”()]{1,80}?)\s+as\s+(?:saying|telling)\b"
)
_APPOSED_ROLE = re.compile(r",?\s+(?:who\s+is\s+|who\s+was\s+)?(?:the|a|an|its|his|her)\s+([^,.;:()\"“”]{1,60})")
_BULLET_LEAD = re.compile(r"^\s*[-–—•*]\s*(?P<np>[^\"“”,;:.!?]{2,60}?)\s*$")
#: Nouns for documents whose wording can be cited.
_DOCUMENT = re.compile(
    r"\b(?:[Tt]he|[Aa]|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'’\-]+\s+){0,3}?"
    r"(?:section|clause|article|code|regulations|treaty|constitution|resolution|agreement|contract|"
    r"document|guidelines|charter|legislation|directive|statute|report|study|survey|white paper|memo|"
    r"communiqu[eé]|declaration)\b(?!\s+(?:lords?|firm|officials?|authors?|team)\b)",
)
#: Offices held by one known person: never guessed from mere proximity.
_OFFICE = re.compile(
    r"\b(?:minister|secretary|chancellor|president|premier|governor|mayor|senator|ambassador|"
    r"commissioner|pope|king|queen|chairman|chairwoman|chief executive)\b",
    re.IGNORECASE,
)
_DESCRIPTOR = re.compile(
    rf"(?i:the)\s+(?P<role>(?:[\w'’\-]+\s+){{0,4}}?(?:co-|vice-|deputy-|ex-)?(?:{_PERSON_ROLES}))"
    r"(?:\s+(?:meanwhile|however|also|then|later|now|himself|herself|on \w+day|last \w+))?"
)
#: A quote opening with a finite verb (after adverbs): the predicate of the subject before it.
_QUOTED_PREDICATE = re.compile(
    r"(?:(?:[a-z]+ly|not|never|also|still|had|has|have)\s+){0,2}"
    rf"(?P<verb>{_ANY_CUE}|refuted|refutes|rejected|rejects|congratulated|congratulates|thanked|thanks|"
    r"apologised|apologized|apologises|apologizes|blamed|blames|attacked|attacks|questioned|questions|"
    r"regretted|regrets|deplored|deplores|ridiculed|mocked|derided|decried|vowed|pledged)\b"
)
#: Words that make a would-be subject a clause ("Stiller and Jackson would be playing").
_NOT_IN_NP = re.compile(
    r"\b(?:is|are|was|were|be|been|being|would|will|has|have|had|can|could|should|may|might|must|"
    r"do|does|did|that|because|if|when|while|[a-z]+ing)\b(?<!\bthing)(?<!\bking)"
)
#: Common nouns naming someone who can speak ("a spokesman", "the ministry", "officials").
_SPEAKER_NOUN = re.compile(
    r"\b(?:spokes(?:man|woman|person|people)|officials?|ministers?|ministry|government|minister|"
    r"statement|chief|boss|director|manager|coach|president|chairman|chairwoman|leader|leaders|union|"
    r"group|party|company|firm|bank|council|committee|agency|department|court|judge|lawyer|police|"
    r"prosecutors?|critics|analysts|campaigners|aides?|sources?)\b",
    re.IGNORECASE,
)
#: Nouns for those who speak for an organisation, right before "for/from/of/at X".
_MOUTHPIECE_OF = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|spokespeople|statement|representatives?|officials?|"
    r"release|announcement|communiqu[eé]|envoys?|ambassador|delegation|diplomats?|lawyers?|sources?)"
    r"\s+(?:for|from|of|at|inside|within)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DEMONYM = re.compile(r"(?:ian|ese|ish|er|ard|man|woman|i|an)$")
_PREP_OR_VERB = re.compile(
    r"\b(?:of|to|for|from|by|with|at|in|on|about|sent|issued|released|published|posted|written|"
    r"signed|made|given|received)\b"
)
#: A sentence opening with "<speaker> <reporting verb>": reported speech whose speaker a
#: following stand-alone quote continues.
_REPORTED_START = re.compile(
    rf"^\s*(?:[^,;:\"“”]{{1,40}},\s*)?"
    rf"(?P<np>(?!(?:{_CLAUSE_WORDS}|it|they|we|this|there)\b)[^\s,;:!?\"“”]+"
    rf"(?:\s+[^\s,;:!?\"“”]+){{0,5}}?){_NOT_NP_END}(?:,[^,;:\"“”]{{1,80}},)?\s+(?:{_ADV}\s+){{0,2}}"
    rf"(?P<cue>{_CUE}|believes|believed|thinks|feels|felt|hopes|hoped|expects|expected|accepts|accepted)\b"
)
_CUE_AFTER = re.compile(rf"\s*,?\s+(?:{_ADV}\s+){{0,2}}(?:{_CUE})\b")
#: Lowercase role words between a name modifying a person and that person.
_TITLE_BEFORE = re.compile(
    r"\b(President|Prime Minister|Minister|Secretary|Chancellor|Senator|Governor|Mayor|King|Queen|Prince|"
    r"Princess|Pope|General|Judge|Coach|Captain|Chairman|Ambassador)\s+$"
)
_ROLE_LINK = re.compile(
    rf"(?:\s+(?!(?:then|also|now|still|has|had|have|was|is|were|will|would|who|which|and|but|{_CUE})\b)"
    r"[a-z][a-z\-]*(?<!ed)(?<!ing)(?<!ly)){0,2}\s+"
    rf"(?:{_PERSON_ROLES}|spokes(?:man|woman|person)|frontman|frontwoman|owner|member|partner|adviser|"
    r"official|correspondent|editor|reporter|head|deputy|agent|assistant|aide)"
    r",?\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?"
)
_CLAUSE_IN_HEAD = re.compile(rf"\b(?:[a-z]{{3,}}ed|{_CLAUSE_WORDS}|over|into|than|as)\b")
#: What follows an organisation that is the subject: a verb, an adverb or an apposition.
_GROUP_VERB_AFTER = re.compile(
    r"\s*,|\s+(?:[a-z]+(?:ed|es|ly)|has|have|had|is|are|was|were|will|would|can|could|may|might|must|"
    r"should|says|said|told|made|cut|put|set|took|gave|won|lost|rose|fell|sold|bought|paid|saw|met|hit|kept|"
    r"left|ran|became|began|went|got|held|brought|sent|spent|built|chose|grew|led|let|quit|shut|bid|"
    r"sought|found|stood|spoke|wrote|drew|struck|fought|thought|wants|plans|hopes|expects|needs|thinks|"
    r"believes|does|did)\b"
)
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_CAP_WORD = re.compile(r"\b[A-Z][\w\-]*[\w](?=['’]s\b|\b)")
_VERB_AFTER = re.compile(
    r",?\s+(?:[a-z]{3,}ed|said|says|told|tells|thinks|believes|admits|insists|wants|knows)\b"
)
_CONJ_IN_HEAD = re.compile(r"\s(?:but|while|whereas|although|though)\s")
_CUE_SOON = re.compile(rf"(?:\s+[a-z]+){{0,2}}?\s+(?!\w+ing\b)(?:{_ANY_CUE})\b")
#: An inverted attribution right after a quote: '"..." predicted Ted Cohen'.
_CUE_TAIL = re.compile(rf"(?:^|_)\s*,?\s*(?:{_CUE})\s+$")
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|with|on|by|of|for|at|about|against|from|behind|beside|alongside|than|over|like|under|"
    r"[a-z]{3,}ed)\s+(?:[\w'’\-]+\s+){0,3}$"
)
_PREP_BEFORE = re.compile(r"\b(?:to|with|on|by|of|for|at|about|against|from|behind|beside|alongside|than)\s+$")
_HONORIFICS = "|".join(speech.HONORIFICS)
_HONORIFIC_ONLY = re.compile(rf"(?:{_HONORIFICS})\.?")
_HONORIFIC_BEFORE = re.compile(rf"\b({'|'.join(speech.GENDERED_HONORIFICS)})\.?\s+$")
_GENDER_ROLE_BEFORE = re.compile(rf"\b({_alt(speech.FEMALE_ROLE_WORDS | speech.MALE_ROLE_WORDS)}),?\s+$", re.IGNORECASE)
#: Subject, possessive and reflexive pronouns (an object pronoun usually means somebody else:
#: "Storer harangued him"); "her" counts when a word it may determine follows.
_GENDER_PRONOUN = re.compile(
    r"\b(?:[Hh]e|[Hh]is|[Hh]imself|[Ss]he|[Hh]erself|[Hh]er(?=\s+(?!(?:to|for|and|or|in|on|at|with|that|the|a|an|"
    r"as|from|by|of|up|out|off|down|back|over|again|about|into|after|before|when|if|but|so|because)\b)[a-z]))\b"
)
_HONORIFIC_END = re.compile(rf"(?:\b(?:{_HONORIFICS})\.?\s+)$")
_POSSESSIVE_AFTER = re.compile(r"^['’](?:s\b|\s|$)")


# --------------------------------------------------------------------------- data

@dataclass
class _Part:
    """One quoted span: marks, trimmed inner text and chain membership."""

    open_mark: int
    close_mark: int | None  # offset of the closing mark; None when capped without one
    start: int
    end: int
    block: int
    chain: int
    single: bool = False
    continued: bool = False  # not the first part of its chain


@dataclass
class _Attr:
    """A resolved attribution."""

    speaker: str | None
    surface: str | None
    cue: str | None
    addressee: str | None
    rule: str
    speaker_type: str | None = None  # PERSON/ORG/GPE/... of the mention, when one named the speaker


# --------------------------------------------------------------------------- mark roles

_OPEN, _CLOSE, _AMBIG, _SKIP = 1, 2, 3, 0
_LEFT_OPEN_CHARS = "([{<—–-/"
_RIGHT_OPEN_CHARS = "([{<$£€¥#@&‘“'\"_*«„"
_RIGHT_CLOSE_CHARS = ".,;:!?)]}>—–-…/’'”\"»"


def _context(body: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(left side looks like an opening context, right side looks like an opening context)."""
    lc = body[i - 1] if i > lo else " "
    rc = body[i + 1] if i + 1 < hi else " "
    left_open = lc.isspace() or lc in _LEFT_OPEN_CHARS
    if rc.isalnum() or rc in _RIGHT_OPEN_CHARS:
        right_open = True
    elif rc == "." and body.startswith("..", i + 2):
        right_open = True
    elif rc == "…":
        right_open = True
    else:
        right_open = False
    if rc in "'\"’”" and not left_open:
        right_open = False  # `word'"` closes twice
    return left_open, right_open


def _double_role(body: str, i: int, lo: int, hi: int) -> int:
    ch = body[i]
    if ch in "„«":
        return _OPEN
    if ch == "»":
        return _CLOSE
    left_open, right_open = _context(body, i, lo, hi)
    if left_open and right_open:
        return _OPEN
    if not left_open and not right_open:
        return _CLOSE
    return _AMBIG


def _single_role(body: str, i: int, lo: int, hi: int) -> tuple[int, bool]:
    """(role, weak) of a single quote mark; weak closes look like plural possessives."""
    ch = body[i]
    lc = body[i - 1] if i > lo else " "
    rc = body[i + 1] if i + 1 < hi else " "
    if lc.isalnum() and rc.isalnum():
        return _SKIP, False  # apostrophe: don't, Korea's
    left_open, right_open = _context(body, i, lo, hi)
    if left_open and right_open:
        if ch == "‘":
            return _OPEN, False
        if _ELISION.match(body, i + 1, hi):
            return _SKIP, False
        return _OPEN, False
    if not left_open and not right_open:
        if ch == "‘":
            return _SKIP, False
        weak = lc in "sSzx" and i + 2 < hi and rc == " " and body[i + 2].isalpha()
        return _CLOSE, weak
    return _SKIP, False


def _ends_sentence_before(body: str, end: int, lo: int = 0) -> bool:
    """Whether ``body[lo:end]`` ends a sentence: a terminator, at most one closing bracket or
    single mark, then only white space. Looks back from ``end`` only, so it costs the white
    space it skips, never the length of the text."""
    i = end
    while i > lo and body[i - 1].isspace():
        i -= 1
    if i > lo and body[i - 1] in ")]'’":
        i -= 1
    return i > lo and body[i - 1] in ".!?…"


def _ends_sentence(text: str) -> bool:
    return _ends_sentence_before(text, len(text))


# --------------------------------------------------------------------------- pairing

def _trim(body: str, start: int, end: int, strip_comma: bool) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and (body[end - 1].isspace() or (strip_comma and body[end - 1] == ",")):
        end -= 1
    return start, end


#: Longest rest of a paragraph an unclosed quote may take without the continuation convention.
_MAX_UNCLOSED = 400


def _sentence_cap(body: str, start: int, hi: int) -> int:
    m = _TERMINATOR.search(body, start, hi)
    return m.end() if m else hi


def _pair_doubles(body: str, blocks: list[tuple[int, int]], marks: list[int]) -> list[_Part]:
    """Pair double quote marks block by block, with the continuation convention."""
    parts: list[_Part] = []
    chain_id = 0
    pending_chain: int | None = None  # chain left open at the end of the previous block
    mark_starts = marks
    for b_idx, (lo, hi) in enumerate(blocks):
        a = bisect.bisect_left(mark_starts, lo)
        z = bisect.bisect_left(mark_starts, hi)
        block_marks = [(i, _double_role(body, i, lo, hi)) for i in mark_starts[a:z]]
        # the text between any earlier mark and mark k ends a sentence iff the text before mark k
        # does (marks are not white space): decide it once per mark, not once per pair of marks
        ends_before = [_ends_sentence_before(body, i, lo) for i, _ in block_marks]
        # for each mark, the index of the first opener at or after it that starts a new sentence,
        # and how many non-openers come before each mark: the nesting look-ahead in O(1)
        n_marks = len(block_marks)
        next_break = [n_marks] * (n_marks + 1)
        for k in range(n_marks - 1, -1, -1):
            next_break[k] = k if block_marks[k][1] == _OPEN and ends_before[k] else next_break[k + 1]
        closers_before = [0] * (n_marks + 1)
        for k, (_, role) in enumerate(block_marks):
            closers_before[k + 1] = closers_before[k] + (role != _OPEN)
        open_at: int | None = None
        cur_chain = -1
        depth = 0
        continued = False
        if pending_chain is not None:
            first = body[lo:hi].lstrip()
            first_pos = hi - len(first)
            if not (block_marks and block_marks[0][0] == first_pos and block_marks[0][1] != _CLOSE):
                pending_chain = None
        for k, (i, role) in enumerate(block_marks):
            if open_at is None:
                if role == _CLOSE:
                    continue  # stray closing mark
                open_at = i
                depth = 1
                if pending_chain is not None and k == 0:
                    cur_chain, continued = pending_chain, True
                else:
                    chain_id += 1
                    cur_chain, continued = chain_id, False
                pending_chain = None
                continue
            # inside a quote
            if role == _CLOSE or (role == _AMBIG and body[i] != "“"):
                if depth > 1:
                    depth -= 1
                    continue
                s, e = _trim(body, open_at + 1, i, True)
                if e > s:
                    parts.append(_Part(open_at, i, s, e, b_idx, cur_chain, continued=continued))
                open_at = None
                depth = 0
                continue
            # an opening mark while a quote is open
            if depth == 1 and ends_before[k]:
                s, e = _trim(body, open_at + 1, i, False)
                if e > s:
                    parts.append(_Part(open_at, None, s, e, b_idx, cur_chain, continued=continued))
                    continued = True
                open_at = i
                continue
            # mid-sentence opener: nested quote if enough closers follow, else the older opener was stray
            closers = closers_before[next_break[k + 1]] - closers_before[k + 1]
            if closers >= 2 and depth == 1:
                depth = 2
                continue
            if depth > 1:
                continue
            chain_id += 1
            open_at, cur_chain, continued = i, chain_id, False
        if open_at is not None:
            # left open at the end of the block: continuation convention or cap
            nxt = blocks[b_idx + 1] if b_idx + 1 < len(blocks) else None
            cont = False
            if nxt is not None:
                text = body[nxt[0]:nxt[1]].lstrip()
                pos = nxt[1] - len(text)
                if text and text[0] in "\"“”„«" and _double_role(body, pos, nxt[0], nxt[1]) != _CLOSE:
                    cont = True
            start_of_sentence = (open_at == lo or _ends_sentence_before(body, open_at, lo)
                                 or body[lo:open_at].rstrip().endswith(":"))
            if cont:
                end = hi
            elif (start_of_sentence or continued) and hi - open_at <= _MAX_UNCLOSED:
                end = hi  # the rest of a short paragraph: a closing mark forgotten at its end
            else:
                # no continuation: a missing closing mark must not swallow the sentences joined after it
                end = _sentence_cap(body, open_at + 1, hi)
            s, e = _trim(body, open_at + 1, end, False)
            if e > s:
                parts.append(_Part(open_at, None, s, e, b_idx, cur_chain, continued=continued))
            pending_chain = cur_chain if cont else None
    return parts


def _pair_singles(body: str, blocks: list[tuple[int, int]], marks: list[int]) -> list[_Part]:
    parts: list[_Part] = []
    for b_idx, (lo, hi) in enumerate(blocks):
        a = bisect.bisect_left(marks, lo)
        z = bisect.bisect_left(marks, hi)
        roles = [(i, *_single_role(body, i, lo, hi)) for i in marks[a:z]]
        roles = [r for r in roles if r[1] != _SKIP]
        for k, (i, role, _weak) in enumerate(roles):
            if role != _OPEN:
                continue
            strong: int | None = None
            weak: int | None = None
            for j, r2, w2 in roles[k + 1:]:
                if r2 == _OPEN or j - i > 600:
                    break
                if w2:
                    weak = j if weak is None else weak
                else:
                    strong = j
                    break
            close = strong if strong is not None else weak
            if close is None:
                continue
            if weak is not None and close != weak and _TERMINATOR.search(body, weak, close):
                close = weak  # a plural-possessive-looking close in the same sentence beats a later one
            s, e = _trim(body, i + 1, close, True)
            if e > s and any(c.isalpha() for c in body[s:e]):
                parts.append(_Part(i, close, s, e, b_idx, -1, single=True))
    return parts


def _merge(doubles: list[_Part], singles: list[_Part], body: str) -> list[_Part]:
    """Drop quotes nested in other quotes, and single-quoted spans that cross double ones."""
    def span(p: _Part) -> tuple[int, int]:
        return p.open_mark, (p.close_mark + 1 if p.close_mark is not None else p.end)

    kept_singles: list[_Part] = []
    for sp in singles:
        s0, s1 = span(sp)
        ok = True
        for dp in doubles:
            d0, d1 = span(dp)
            if d1 <= s0 or d0 >= s1:
                continue
            if d0 <= s0 and s1 <= d1:
                ok = False  # nested in a double quote
                break
            if s0 <= d0 and d1 <= s1:
                continue  # contains a double quote: decided below
            ok = False  # crossing
            break
        if ok:
            kept_singles.append(sp)
    out: list[_Part] = []
    for dp in doubles:
        d0, d1 = span(dp)
        if any(span(sp)[0] <= d0 and d1 <= span(sp)[1] for sp in kept_singles):
            continue
        out.append(dp)
    out.extend(kept_singles)
    out.sort(key=lambda p: p.start)
    return out


# --------------------------------------------------------------------------- speakers

class _Doc:
    """Per-document lookups for attribution."""

    def __init__(self, body: str, parts: list[_Part], mentions: Sequence[EntityMention]):
        self.body = body
        self.mentions = sorted(mentions, key=lambda m: (m.char_start, -m.char_end))
        self.m_starts = [m.char_start for m in self.mentions]
        spans = [(p.open_mark, (p.close_mark + 1) if p.close_mark is not None else p.end) for p in parts]
        self.q_spans = spans
        pieces: list[str] = []
        prev = 0
        for s, e in spans:
            if s < prev:
                continue
            pieces.append(body[prev:s])
            pieces.append("_" * (e - s))
            prev = e
        pieces.append(body[prev:])
        self.masked = "".join(pieces)
        q_starts = [s for s, _ in spans]
        self.persons = [
            m for m in self.mentions
            if m.type == "PERSON" and not _inside(q_starts, spans, m.char_start)
        ]
        self.p_starts = [m.char_start for m in self.persons]
        self._genders: dict[str, str | None] | None = None
        self.quote_span = (0, 0)  # the quote being attributed
        self._subject_cache: dict[tuple[int, int], bool] = {}
        self._quote_words: set[str] = set()
        self._quote_words_for = (0, 0)
        ends = [t.end() for t in _TERMINATOR.finditer(self.masked)]
        # a quote whose text ends a sentence ('... well." Hodges said') ends it outside too
        for p in parts:
            if p.close_mark is not None and body[p.start:p.end].endswith((".", "?", "!")):
                nxt = body[p.close_mark + 1:p.close_mark + 3]
                if nxt[:1].isspace() and nxt[1:2].isupper():
                    ends.append(p.close_mark + 1)
        self.term_ends = sorted(set(ends))

    def sentence_start(self, lo: int, hi: int) -> int:
        """End of the last sentence terminator (outside quotes) in [lo, hi], else ``lo``."""
        k = bisect.bisect_right(self.term_ends, hi) - 1
        if k >= 0 and self.term_ends[k] > lo:
            return self.term_ends[k]
        return lo

    def terminators(self, lo: int, hi: int) -> list[int]:
        return self.term_ends[bisect.bisect_right(self.term_ends, lo):bisect.bisect_right(self.term_ends, hi)]

    def overlapping(self, start: int, end: int) -> list[EntityMention]:
        k = bisect.bisect_left(self.m_starts, end)
        out = []
        for m in self.mentions[max(0, k - 40):k]:
            if m.char_end > start and m.char_start < end:
                out.append(m)
        return out

    def last_person_before(self, pos: int) -> EntityMention | None:
        k = bisect.bisect_left(self.p_starts, pos) - 1
        while k >= 0:
            m = self.persons[k]
            if m.char_end <= pos:
                return m
            k -= 1
        return None

    def gender(self, m: EntityMention) -> str | None:
        """'m'/'f' for a person, from the document: an honorific anywhere ("Mr", "Ms") or a
        gendered role word right before a mention ("actress", "his wife") decides; otherwise the
        third-person pronouns (he/his vs she/her) used right after the person's mentions vote."""
        if self._genders is None:
            self._genders = {}
            self._by_name: dict[str, list[int]] = {}
            for n, mm in enumerate(self.persons):
                self._by_name.setdefault(mm.local_name, []).append(n)
        name = m.local_name
        if name not in self._genders:
            self._genders[name] = self._read_gender(self._by_name.get(name, []))
        return self._genders[name]

    def _read_gender(self, indices: list[int]) -> str | None:
        votes = [0, 0]
        persons = self.persons
        for n in indices:
            mm = persons[n]
            h = _HONORIFIC_BEFORE.search(self.body, max(0, mm.char_start - 8), mm.char_start)
            if h:
                return "m" if h.group(1) in speech.MALE_HONORIFICS else "f"
            r = _GENDER_ROLE_BEFORE.search(self.body, max(0, mm.char_start - 24), mm.char_start)
            if r:
                return "f" if r.group(1).lower() in speech.FEMALE_ROLE_WORDS else "m"
            if _POSSESSIVE_AFTER.match(self.body[mm.char_end:mm.char_end + 3]):
                continue  # "Smith's coach said his ...": the pronoun may be the coach's
            # the window: the rest of this sentence and the next one, up to another person
            sent_lo = self.sentence_start(max(0, mm.char_start - 300), mm.char_start)
            if any(o.local_name != mm.local_name for o in self.persons_between(sent_lo, mm.char_start)):
                continue  # two people in the sentence: a pronoun after it is ambiguous
            k = bisect.bisect_right(self.term_ends, mm.char_end)
            s_end = self.term_ends[k] if k < len(self.term_ends) else len(self.body)
            others = [o for o in self.persons_between(mm.char_end, s_end) if o.local_name != mm.local_name]
            if others:
                # "X, ranked above Y, looked nervous as she ...": a subject pronoun after everybody
                # else in the sentence is the subject's, when the subject opens the sentence
                g = _SUBJECT_PRONOUN.search(self.masked, others[-1].char_end, s_end)
                if (g is not None and not _CUE_AFTER.match(self.masked, g.end(), s_end)
                        and not _CUE_ANY_RE.search(self.masked, mm.char_end, g.start())
                        and self.opens_sentence_at(mm)):
                    votes[0 if g.group().lower() == "he" else 1] += 1
                    continue
            k = bisect.bisect_right(self.term_ends, mm.char_end)
            hi = self.term_ends[k + 1] if k + 1 < len(self.term_ends) else len(self.body)
            hi = min(hi, mm.char_end + 300)
            for o in persons[n + 1:]:
                if o.char_start >= hi:
                    break
                if o.local_name != mm.local_name:
                    # not even in the sentence naming somebody else ("Outlining his plan, Mr X said")
                    o_lo = self.sentence_start(mm.char_end, o.char_start)
                    hi = o.char_start if o_lo <= mm.char_end else o_lo
                    break
            g = _GENDER_PRONOUN.search(self.masked, mm.char_end, hi)
            while g is not None and _CUE_AFTER.match(self.masked, g.end(), hi):
                # "..., she said": an attribution is what the gender should resolve, not evidence
                g = _GENDER_PRONOUN.search(self.masked, g.end(), hi)
            if g:
                votes[0 if g.group().lower() in speech.MALE_PRONOUNS else 1] += 1
        male, female = votes
        if male > 2 * female:
            return "m"
        if female > 2 * male:
            return "f"
        return None

    def pronoun_target(self, pos: int, pronoun: str = "he") -> EntityMention | None:
        """The person a he/she before ``pos`` refers to.

        The closest preceding PERSON mention outside quotes whose gender (see ``gender``) does
        not contradict the pronoun; for "she" a person known to be female among the last few
        beats a closer one of unknown gender. A possessive ("Hewitt's performances") or an
        object in a sentence whose subject is a speaking person gives way to that subject
        ("Knapman said he was glad to see the back of Kilroy-Silk. '...,' he said" -> Knapman).
        """
        want = "f" if pronoun == "she" else "m"
        k = bisect.bisect_right(self.term_ends, pos) - 1
        pos_sent = self.term_ends[k] if k >= 0 else 0
        m = self.last_person_before(pos)
        cands: list[EntityMention] = []
        while m is not None and len(cands) < 6 and pos - m.char_start < 2000:
            if self.gender(m) in (None, want) and not self.named_in_quote(m) and not (
                    m.char_start >= pos_sent and self.bound_in_clause(m)):
                cands.append(m)
            m = self.last_person_before(m.char_start)
        if not cands:
            return None
        m = cands[0]
        if want == "f" and self.gender(m) is None:
            # a woman named as such among the last few beats a closer person of unknown gender
            for c in cands[1:]:
                if self.gender(c) == "f":
                    m = c
                    break
            else:
                if not self.opens_last_sentence(m, pos):
                    for c in cands[1:]:
                        if self.opens_last_sentence(c, pos):
                            m = c
                            break
        sent_lo = self.sentence_start(max(0, m.char_start - 400), m.char_start)
        nl = self.masked.rfind("\n", sent_lo, m.char_start)
        if nl >= 0:
            sent_lo = nl + 1
        possessive = bool(_POSSESSIVE_AFTER.match(self.body[m.char_end:m.char_end + 3]))
        m_subject = self.opens_sentence_at(m)
        heads = self.persons_between(sent_lo, m.char_start)
        for n0, p0 in enumerate(heads):
            if p0.local_name == m.local_name or not self.subject_at(sent_lo, p0):
                break
            if _POSSESSIVE_AFTER.match(self.body[p0.char_end:p0.char_end + 3]):
                continue
            nxt = heads[n0 + 1] if n0 + 1 < len(heads) else m
            if nxt is not m and _ROLE_LINK.fullmatch(self.body[p0.char_end:nxt.char_start]):
                continue  # "Scissor Sisters frontwoman Ana Matronic": the name after the role
            if self.gender(p0) not in (None, want) or self.named_in_quote(p0):
                break
            if possessive or not m_subject:
                return p0  # the sentence's subject, not its object ("Swank paid tribute to X")
            break
        if (self.is_object(m) and not m_subject
                and not re.match(r",?\s+who\b|,\s+(?:the|a|an)\b", self.body[m.char_end:m.char_end + 6])):
            # an object or complement ("cuts proposed by Oliver Letwin"): the subject of a
            # sentence just before is the likelier speaker (never one of less certain gender)
            for c in cands[cands.index(m) + 1:cands.index(m) + 3]:
                if m.char_start - c.char_start > 600:
                    break
                if want == "f" and self.gender(m) == "f" and self.gender(c) != "f":
                    continue  # a woman named as such is strong evidence for "she"
                if self.opens_sentence_at(c) and not _POSSESSIVE_AFTER.match(self.body[c.char_end:c.char_end + 3]):
                    return c
        return m

    def subject_at(self, sent_lo: int, p0: EntityMention) -> bool:
        """Whether ``p0`` is the subject of the sentence starting at ``sent_lo``: near its start,
        or right after a fronted adverbial ("To a packed audience in Leeds, Mr Brown said")."""
        head = self.masked[sent_lo:p0.char_start]
        if "," in head and len(head) <= 160:
            head = head[head.rfind(",") + 1:]
        elif len(head) > 60:
            return False
        return not _PREP_OR_VERB.search(head)

    def bound_in_clause(self, m: EntityMention) -> bool:
        """A person in the pronoun's own sentence that the pronoun cannot be: a possessive or
        a prepositional object ("Commenting on Mr Makarov's case, he said", "standing next
        to Mr Blair he added")."""
        if _POSSESSIVE_AFTER.match(self.body[m.char_end:m.char_end + 3]):
            return True
        name_at = _honorific_start(self.body, m.char_start, 0)
        return bool(_PREP_BEFORE.search(self.body, max(0, m.char_start - 20), name_at))

    def descriptor_target(self, start: int, role: str, pos: int) -> EntityMention | None:
        """The person "the <role>" before ``pos`` refers to: one introduced with that role
        ("Chancellor Gordon Brown", "Jack Straw, the foreign secretary,"), else the closest
        person before it that is not a possessive nor named in the quote, preferring one that
        opens its sentence among the last three."""
        words = role.split()
        if words[-1].lower() in speech.GENERIC_SUBJECTS or len(words) > 5:
            return None
        role_re = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.IGNORECASE)
        best = None
        for mm in self.persons:
            if mm.char_start >= start:
                break
            before = self.body[max(0, mm.char_start - 60):mm.char_start]
            after = self.body[mm.char_end:mm.char_end + 80]
            rb = role_re.search(before)
            if rb is not None and rb.end() >= len(before) - 6:
                best = mm  # "Foreign Secretary Jack Straw" / "foreign secretary Mr Straw"
                continue
            ra = _APPOSED_ROLE.match(after)
            if ra is not None and role_re.search(ra.group(1)):
                best = mm  # "Jack Straw, the foreign secretary,"
        if best is not None:
            return best
        cands: list[EntityMention] = []
        m = self.last_person_before(pos)
        while m is not None and len(cands) < 3 and pos - m.char_start < 1500:
            title = _TITLE_BEFORE.search(self.body, max(0, m.char_start - 30), m.char_start)
            if (not _POSSESSIVE_AFTER.match(self.body[m.char_end:m.char_end + 3]) and not self.named_in_quote(m)
                    and not (title and title.group(1).lower() not in role.lower())):
                cands.append(m)  # not "President Bush" for "the rapper"
            m = self.last_person_before(m.char_start)
        for c in cands:
            if self.opens_sentence_at(c):
                return c
        if _OFFICE.search(role):
            return None  # an office ("the prime minister") is never given to a mere nearby object
        return cands[0] if cands else None

    def opens_sentence_at(self, m: EntityMention) -> bool:
        """Whether ``m`` reads as the subject of its sentence: at its start, after a fronted
        adverbial ending in a comma, behind a short run of role words ("Liberal Democrat chief
        executive Lord Rennard"), or right after a reporting verb ('..." predicted Ted Cohen')."""
        key = (m.char_start, m.char_end)
        hit = self._subject_cache.get(key)
        if hit is None:
            hit = self._subject_cache[key] = self._opens_sentence_at(m)
        return hit

    def _opens_sentence_at(self, m: EntityMention) -> bool:
        lo = self.sentence_start(max(0, m.char_start - 400), m.char_start)
        nl = self.masked.rfind("\n", lo, m.char_start)
        if nl >= 0:
            lo = nl + 1
        head = self.masked[lo:m.char_start]
        if _CUE_TAIL.search(head):
            return True  # '..." predicted Ted Cohen'
        cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"), head.rfind(" - "), head.rfind(" – "))
        conj = None
        for conj in _CONJ_IN_HEAD.finditer(head):
            pass
        by_conj = conj is not None and conj.end() > cut and _CUE_SOON.match(self.masked, m.char_end) is not None
        if by_conj:
            cut = conj.end() - 1  # '... but Tennis Australia's Geoff Pollard rejected his comments'
        elif (cut >= 0 and head[cut] == "," and self.persons_between(lo, lo + cut)
              and not _CUE_AFTER.match(self.masked, m.char_end)):
            # a name after a comma that follows another person is an apposition
            # ("conducted by the editor, Conservative MP Boris Johnson"), not a subject
            cut = -1
        if cut >= 0:
            lo += cut + 1
            head = head[cut + 1:].lstrip(" -–")
        for o in self.persons_between(lo, m.char_start):
            if o.local_name != m.local_name and not _ROLE_LINK.fullmatch(self.body[o.char_end:m.char_start]) \
                    and not _POSSESSIVE_AFTER.match(self.body[o.char_end:o.char_end + 3]):
                return False  # "Ana Ruiz beat Lena Park": Park is no subject
        head = head.lstrip(" \n\"“”_")
        j = _LEADING_JUNK.match(head)
        head = head[j.end() if j else 0:]
        return (len(head.split()) <= 6 and not _PREP_OR_VERB.search(head) and not _CUE_ANY_RE.search(head)
                and not _CLAUSE_IN_HEAD.search(head))

    def is_object(self, m: EntityMention) -> bool:
        """Whether ``m`` is plainly an object or complement: a preposition or a past-tense verb
        at most three words before it ("proposed by shadow chancellor Oliver Letwin")."""
        if _VERB_AFTER.match(self.body, m.char_end):
            return False  # "a rate of progress Ms Abbott described as": subject of its clause
        return bool(_OBJECT_BEFORE.search(self.body, max(0, m.char_start - 60), m.char_start))

    def named_in_quote(self, m: EntityMention) -> bool:
        """Whether the quote being attributed names ``m`` by the last word of its name."""
        if self._quote_words_for != self.quote_span:
            a, b = self.quote_span
            self._quote_words = set(_CAP_WORD.findall(self.body, a, b)) if b > a else set()
            self._quote_words_for = self.quote_span
        return any(len(w) > 3 and w in self._quote_words for w in m.local_name.split())

    def opens_last_sentence(self, m: EntityMention, pos: int) -> bool:
        """Whether ``m`` is the subject opening the last sentence before ``pos`` ("But Hantuchova
        hit back. '...,' she said")."""
        k = bisect.bisect_right(self.term_ends, pos) - 1
        cur_lo = self.term_ends[k] if k >= 0 else 0
        if self.masked[cur_lo:pos].strip(" \n,_:;-–—"):
            lo = cur_lo
        else:
            lo = self.term_ends[k - 1] if k >= 1 else 0
        if not lo <= m.char_start < pos:
            return False
        head = self.masked[lo:m.char_start]
        j = _LEADING_JUNK.match(head.lstrip())
        head = head.lstrip()[j.end() if j else 0:]
        return not head.strip() or _HONORIFIC_ONLY.fullmatch(head.strip()) is not None

    def group_target(self, pos: int) -> EntityMention | None:
        """The organisation or country an "it"/"they" before ``pos`` refers to: the ORG/GPE
        that is the subject of the sentence holding ``pos`` (when the pronoun's clause is not
        its first) or of the sentence just before, opening it ("Norland Steel cut 300 jobs.")
        or speaking in it ('"...," Norland Steel said.'). Anything else there (a person, a
        plural noun such as "The workers") makes the pronoun unresolved."""
        k = bisect.bisect_right(self.term_ends, pos) - 1
        cur_lo = self.term_ends[k] if k >= 0 else 0
        head = self.masked[cur_lo:pos]
        if head.strip(" \n,_:;-–—"):
            spans = [(cur_lo, pos)]  # '..., and they said': the sentence's own subject
        elif k >= 0:
            spans = [(self.term_ends[k - 1] if k >= 1 else 0, cur_lo)]
        else:
            return None
        for lo, hi in spans:
            seg = self.masked[lo:hi]
            s0 = lo + len(seg) - len(seg.lstrip(" \n\"“”'‘’"))
            j = _LEADING_JUNK.match(self.masked[s0:hi])
            s0 += j.end() if j else 0
            if self.body.startswith(("The ", "the "), s0):
                s0 += 4
            for mm in self.overlapping(s0, hi):
                if mm.char_start < s0:
                    continue
                if mm.type in ("ORG", "GPE") and not _POSSESSIVE_AFTER.match(self.body[mm.char_end:mm.char_end + 3]):
                    if _CUE_AFTER.match(self.masked, mm.char_end, hi) or (
                            mm.char_start == s0 and _GROUP_VERB_AFTER.match(self.body, mm.char_end)):
                        return mm  # not a modifier: "The US tycoon ..."
                if mm.char_start == s0:
                    return None  # a person or a possessive opens the sentence
            return None
        return None

    def persons_between(self, a: int, b: int) -> list[EntityMention]:
        i = bisect.bisect_left(self.p_starts, a)
        j = bisect.bisect_left(self.p_starts, b)
        return self.persons[i:j]


def _inside(starts: list[int], spans: list[tuple[int, int]], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _strip_titles(name: str) -> str:
    words = name.split()
    last_title = -1
    for i, w in enumerate(words[:-1]):
        if w.rstrip(".").lower() in speech.NAME_TITLES:
            last_title = i
    return " ".join(words[last_title + 1:])


def _resolve_np(doc: _Doc, start: int, end: int, cue_pos: int, prev: _Attr | None) -> tuple[str | None, str | None, str | None]:
    """(speaker, surface, mention type) for the noun phrase body[start:end]."""
    body = doc.body
    seg = body[start:end]
    lead = len(seg) - len(seg.lstrip(" ,"))
    start += lead
    seg = body[start:end].rstrip(" ,-–—")
    if seg.endswith(".") and not _ABBREV_END.search(seg):
        seg = seg[:-1].rstrip()  # '... said Bill Ford."' with a stray mark after the full stop
    end = start + len(seg)
    m = _LEADING_JUNK.match(seg)
    if m and m.end() < len(seg):
        start += m.end()
        seg = body[start:end]
    if not seg:
        return None, None, None
    tail = _TRAILING_PRONOUN.search(seg)
    if tail is not None and tail.start() > 0:
        # "At first he", "On Monday she", "In a statement, it": the pronoun is the subject
        start += tail.start("p")
        seg = body[start:end]
    low = seg.lower()
    if low in speech.SUBJECT_PRONOUNS:
        if low in speech.PERSON_PRONOUNS:
            ment = doc.pronoun_target(min(start, cue_pos), low)
            if ment is not None:
                return ment.local_name, seg, "PERSON"
            return None, seg, None
        if low in ("it", "they"):
            grp = doc.group_target(min(start, cue_pos))
            if grp is not None:
                return grp.local_name, seg, grp.type
        if low == "it" and prev is not None and prev.speaker and prev.speaker_type in ("ORG", "GPE"):
            return prev.speaker, seg, prev.speaker_type
        return None, seg, None
    if len(seg.split()) > 12:
        return None, None, None
    # mentions inside a complement ("a friend of Smith", "the MP for Sheppey") do not name the
    # speaker, except an agent ("a statement released by North Korea")
    all_ments = doc.overlapping(start, end)
    ments = [mm for mm in all_ments
             if mm.char_start < start or not _PREP_OR_VERB.search(body, start, mm.char_start)]
    if not ments:
        ments = [mm for mm in all_ments if mm.type in ("PERSON", "ORG", "GPE")
                 and body[max(start, mm.char_start - 4):mm.char_start].endswith(" by ")][:1]
    if not ments:
        # a mouthpiece of an organisation or country speaks for it: "a spokesman for X",
        # "a statement from X", "officials at X"
        for mm in all_ments:
            mp = _MOUTHPIECE_OF.search(body, start, mm.char_start) if mm.char_start > start else None
            if mm.type in ("ORG", "GPE") and mp is not None and not _PREP_OR_VERB.search(body, start, mp.start()):
                ments = [mm]
                break
    if any(mm.type == "NORP" and mm.char_end >= end and _honorific_start(body, mm.char_start, start) == mm.char_start
           for mm in ments):
        return None, seg, None  # "the New Zealander" (but "Mr Irish" is a name)
    persons = [
        mm for mm in ments
        if mm.type == "PERSON" and not _POSSESSIVE_AFTER.match(body[mm.char_end:mm.char_end + 3])
    ]
    if persons:
        mm = persons[-1] if persons[-1].char_end >= end - 1 else persons[0]
        s0 = max(start, _honorific_start(body, mm.char_start, start))
        return mm.local_name, body[s0:max(mm.char_end, s0)].strip() or mm.surface, "PERSON"
    orgs = [mm for mm in ments if mm.type in ("ORG", "GPE")]
    head = [mm for mm in orgs if mm.char_end >= end]
    if head:
        mm = head[-1]
        surface = mm.surface if mm.char_start <= start + 4 else seg
        return mm.local_name, surface, mm.type
    # an ORG/GPE modifying the head noun ("China's foreign ministry", "a US embassy spokesman"),
    # unless the head is a person's role ("the England coach", "the Tory co-chairman")
    if orgs:
        desc = _DESCRIPTOR.fullmatch(seg)
        if desc is not None:
            ment = doc.descriptor_target(start, desc.group("role"), min(start, cue_pos))
            if ment is not None:
                return ment.local_name, seg, "PERSON"
        mm = orgs[0]
        return mm.local_name, seg, mm.type
    for name in _NAME_RUN.finditer(seg):
        # a capitalised name heading the phrase: at its end, or before "of/at/from ..." ("Nick
        # Bubb of Delta Bank"); not one inside a complement ("a friend of Pauline Ashe")
        if name.end() < len(seg) and not _NAME_FOLLOW.match(seg, name.end()):
            continue
        if _PREP_OR_VERB.search(seg, 0, name.start()):
            break
        cand = name.group()
        words = cand.split()
        first_low = words[0].lower()
        if (len(words) == 1 and _sentence_initial(body, start + name.start())
                and (seg[name.end():name.end() + 4] == " of " or cand.endswith("ing") or _lower_word_in(body, cand))
                and not _capitalised_mid_sentence(body, cand)):
            continue  # "Results of a survey showed": capitalised only because it opens the sentence
        # sentence-initial capital on a common noun ("Officials said") is not a name
        if not (len(words) == 1 and first_low in speech.GENERIC_SUBJECTS):
            if first_low in speech.DETERMINERS:
                cand = " ".join(words[1:])
                if len(words) == 2 and _DEMONYM.search(cand):
                    return None, seg, None  # "the Brazilian", "the Frenchman"
            clean = _strip_titles(cand)
            if clean and clean.lower() not in speech.GENERIC_SUBJECTS:
                return clean, cand, None
    words = seg.split()
    if len(words) > 6 and words[0].lower() not in speech.DETERMINERS:
        k = max((i for i, w in enumerate(words) if w.lower() in speech.DETERMINERS), default=0)
        seg = " ".join(words[k:])
    desc = _DESCRIPTOR.fullmatch(seg)
    if desc is not None and not (all_ments and any(mm.type != "NORP" for mm in all_ments)):
        ment = doc.descriptor_target(start, desc.group("role"), min(start, cue_pos))
        if ment is not None:
            return ment.local_name, seg, "PERSON"
    return None, seg, None


def _capitalised_mid_sentence(body: str, word: str) -> bool:
    """Whether ``word`` occurs somewhere after a lowercase word or a comma (so it is a name)."""
    i = body.find(" " + word)
    while i > 0:
        end = i + 1 + len(word)
        if body[i - 1:i].islower() or body[i - 1:i] == ",":
            if end >= len(body) or not body[end].isalnum():
                return True
        i = body.find(" " + word, i + 1)
    return False


def _lower_word_in(body: str, word: str) -> bool:
    """Whether ``word`` also occurs in lower case as a whole word (so it is a common word)."""
    low = word.lower()
    i = body.find(low)
    while i >= 0:
        end = i + len(low)
        if (i == 0 or not body[i - 1].isalnum()) and (end >= len(body) or not body[end].isalnum()):
            return True
        i = body.find(low, i + 1)
    return False


def _sentence_initial(body: str, pos: int) -> bool:
    before = body[max(0, pos - 3):pos]
    return not before.strip() or bool(re.search(r"[.!?:]\s*$", before))


def _honorific_start(body: str, pos: int, floor: int) -> int:
    """Start of an honorific written right before a mention ("Mr " + "Smith")."""
    m = _HONORIFIC_END.search(body[max(floor, pos - 8):pos])
    return pos - len(m.group()) if m else pos


def _subject_span(doc: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of the subject of a verb starting at ``hi``, looking back to ``lo``."""
    seg = doc.masked[lo:hi]
    m = _TRAILING_AUX.search(seg)
    if m:
        seg = seg[:m.start()]
    seg = seg.rstrip()
    if not seg.strip(" ,"):
        return None
    dash = _DASH_APPOSITION.search(seg)
    if dash is not None:
        # "Lord Bingham - a senior law lord - said": the name before the dashes
        return _subject_span(doc, lo, lo + dash.start())
    rel = _RELATIVE_END.search(seg)
    if rel is not None:
        # "Okafor, who called the deal ...": the relative pronoun's antecedent
        a_hi = lo + rel.start()
        ante = [mm for mm in doc.overlapping(max(lo, a_hi - 80), a_hi) if mm.char_end >= a_hi - 1]
        if ante:
            return ante[-1].char_start, ante[-1].char_end
        return _subject_span(doc, lo, a_hi) if rel.start() > 0 else None
    if seg.endswith(","):
        # apposition: "Smith, the firm's chief executive, said"
        body_seg = seg[:-1]
        cuts = [m.start() for m in re.finditer(",", body_seg)]
        bounds = [0] + [c + 1 for c in cuts]
        chunks = [(lo + b, lo + (cuts[n] if n < len(cuts) else len(body_seg))) for n, b in enumerate(bounds)]
        if len(chunks) >= 2:
            cands = chunks[:-1]
            named = [(cs, ce) for cs, ce in chunks
                     if any(mm.type == "PERSON" and mm.char_start >= cs
                            and not _PREP_OR_VERB.search(doc.body, cs, mm.char_start)
                            and not _POSSESSIVE_AFTER.match(doc.body[mm.char_end:mm.char_end + 3])
                            for mm in doc.overlapping(cs, ce))]
            if named:
                # a chunk naming a person as its subject ("Smith", "Argentina's President, Nestor
                # Kirchner,"), not an apposition after it ("X, the venue's Promotions Coordinator,")
                heads = [c for c in named if doc.masked[c[0]:c[1]].split()[0].lower() not in speech.DETERMINERS
                         and any(mm.type == "PERSON" and mm.char_end >= c[1] - 1 for mm in doc.overlapping(*c))]
                cs, ce = heads[0] if heads and len(named) > 1 else named[-1]
                return _last_clause(doc, cs, ce)
            for cs, ce in reversed(cands):
                if doc.overlapping(cs, ce) or _NAME_AT_END.search(doc.masked[cs:ce].strip()):
                    return _last_clause(doc, cs, ce)
            return _last_clause(doc, *cands[-1])
        seg = body_seg
    return _last_clause(doc, lo, lo + len(seg))


def _last_clause(doc: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    seg = doc.masked[lo:hi]
    cut = 0
    for m in _SEPARATORS.finditer(seg):
        # a separator inside a mention ("Cable & Wireless and NTL") does not split
        if doc.overlapping(lo + m.start(), lo + m.end()):
            continue
        cut = m.end()
    s = lo + cut
    while s < hi and doc.masked[s] in " ,":
        s += 1
    if s >= hi:
        return None
    return s, hi


def _addressee(doc: _Doc, cue: str, after: int, hi: int) -> str | None:
    text = doc.body[after:min(hi, after + 120)]
    m = None
    if cue in speech.TELL_VERBS:
        m = _ADDRESSEE.match(text)
    if m is None:
        m = _TO_ADDRESSEE.match(text)
    if m is None:
        m = _INTERVIEW_WITH.search(text[:80])
    if m is None:
        return None
    return _cut_addressee(doc, after + m.start("addr"), after + m.end("addr"))


def _cut_addressee(doc: _Doc, s: int, e: int) -> str | None:
    """The addressee phrase, cut after a leading name when the clause runs on into another
    capitalised word ("told BBC News US policy ..." -> "BBC News"; but "BBC Sport", "BBC Radio
    4's Today programme" stay whole)."""
    for mm in doc.overlapping(s, e):
        if mm.char_start - s <= 4 and mm.char_end < e:
            rest = doc.body[mm.char_end:e]
            if (rest[:1] == " " and rest[1:2].isupper() and re.search(r"\s[a-z]", rest)
                    and not re.search(r"['’]s\b", rest)):
                e = mm.char_end
            break
    return doc.body[s:e].strip() or None


def _words(text: str) -> int:
    return len(_WORD.findall(text))


# --------------------------------------------------------------------------- main

def extract_quotes(
    doc_id: str,
    body: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[EntityMention],
) -> list[Quote]:
    """Quotes of ``body`` with kind, speaker and the rule that found them (see module doc)."""
    if not body:
        return []
    blocks = [(m.start(), m.end()) for m in _BLOCK.finditer(body)]
    # two apostrophes typed for a double quote: scan a same-length copy where '' reads ' "'
    scan = body.replace("''", ' "') if "''" in body else body
    double_marks: list[int] = []
    single_marks: list[int] = []
    for m in _MARK.finditer(scan):
        (single_marks if m.group() in "‘’'" else double_marks).append(m.start())
    doubles = _pair_doubles(scan, blocks, double_marks)
    singles = _pair_singles(scan, blocks, single_marks) if single_marks else []
    parts = _merge(doubles, singles, scan)
    if not parts:
        return []
    doc = _Doc(body, parts, mentions)
    sent_starts = [s.char_start for s in sentences]

    attrs: list[_Attr | None] = []
    kinds: list[QuoteKind] = []
    prev_attr: _Attr | None = None
    for n, p in enumerate(parts):
        lo_b, hi_b = blocks[p.block]
        prev_close = parts[n - 1].close_mark if n and parts[n - 1].block == p.block else None
        lo = lo_b if prev_close is None else max(lo_b, prev_close + 1)
        nxt_open = parts[n + 1].open_mark if n + 1 < len(parts) and parts[n + 1].block == p.block else hi_b
        doc.quote_span = (p.start, p.end)
        kind, attr = _analyse(doc, p, lo_b, lo, nxt_open, hi_b, prev_attr)
        kinds.append(kind)
        attrs.append(attr)
        if attr is not None and attr.speaker is not None:
            prev_attr = attr

    # chains share a speaker
    chain_attr: dict[int, _Attr] = {}
    for p, a, k in zip(parts, attrs, kinds):
        if p.chain >= 0 and a is not None and p.chain not in chain_attr and k == "direct":
            chain_attr[p.chain] = a
    for n, p in enumerate(parts):
        if attrs[n] is None and p.chain in chain_attr and kinds[n] == "direct":
            src = chain_attr[p.chain]
            attrs[n] = _Attr(src.speaker, src.surface, src.cue, src.addressee, "quote.continued", src.speaker_type)

    # carry-over: an unattributed quote opening its sentence continues the previous speaker,
    # or the speaker of the reported speech right before it ('Smith said ... . "Quote."')
    for n, p in enumerate(parts):
        if attrs[n] is not None or kinds[n] != "direct":
            continue
        if not _opens_sentence(doc, p, blocks):
            continue
        if n and p.continued and parts[n - 1].chain == p.chain and attrs[n - 1] is not None:
            src = attrs[n - 1]
            attrs[n] = _Attr(src.speaker, src.surface, src.cue, src.addressee, "quote.continued", src.speaker_type)
            continue
        doc.quote_span = (p.start, p.end)
        carried = _carry_previous(doc, parts, attrs, kinds, n) if n else None
        reported = _carry_reported(doc, p, blocks)
        if carried is None or (reported is not None and reported.speaker is not None
                               and reported.speaker_type == "PERSON" and reported.speaker != carried.speaker):
            # 'Mr X said the law was clear. "..."': reported speech right before wins
            carried = reported or carried
        attrs[n] = carried

    out: list[Quote] = []
    for p, a, k in zip(parts, attrs, kinds):
        si = bisect.bisect_right(sent_starts, p.start) - 1 if sent_starts else 0
        if a is None:
            rule = "quote.term.naming" if k == "term" and _NAMING.search(body[max(0, p.open_mark - 40):p.open_mark]) else (
                "quote.term.short" if k == "term" else "quote.unattributed")
            a = _Attr(None, None, None, None, rule)
        out.append(Quote(
            quote_id=stable_id(doc_id, p.start, p.end),
            doc_id=doc_id,
            text=body[p.start:p.end],
            kind=k,
            speaker=a.speaker,
            speaker_entity_id=None,
            speaker_surface=a.surface,
            cue=a.cue,
            addressee=a.addressee,
            char_start=p.start,
            char_end=p.end,
            sentence_idx=max(si, 0),
            rule=a.rule,
        ))
    return out


def _carry_previous(doc: _Doc, parts: list[_Part], attrs: list[_Attr | None], kinds: list[QuoteKind],
                    n: int) -> _Attr | None:
    """The previous quote's speaker, when it is in this or the previous block and nobody else
    was introduced since (persons in the previous quote's own attribution sentence do not count)."""
    k = n - 1
    while k > 0 and kinds[k] == "term":  # a quoted term in between does not interrupt the speaker
        k -= 1
    p, pp, pa = parts[n], parts[k], attrs[k]
    if pa is None or pa.surface is None or kinds[k] == "term" or p.block - pp.block > 1:
        return None
    prev_end = (pp.close_mark + 1) if pp.close_mark is not None else pp.end
    t = _TERMINATOR.search(doc.masked, prev_end, p.open_mark)
    since = t.end() if t else prev_end
    if any(pa.speaker is None or m.local_name != pa.speaker for m in doc.persons_between(since, p.open_mark)):
        return None
    return _Attr(pa.speaker, pa.surface, pa.cue, pa.addressee, "quote.carry.previous", pa.speaker_type)


def _carry_reported(doc: _Doc, p: _Part, blocks: list[tuple[int, int]]) -> _Attr | None:
    """Speaker of reported speech in the sentence right before a quote ('He said ... . "..."')."""
    lo, _ = blocks[p.block]
    end = p.open_mark
    if not doc.masked[lo:end].strip() and p.block > 0:
        lo, end = blocks[p.block - 1]
    seg_lo = lo
    ends = doc.terminators(lo, end)
    last_end = end
    if ends and not doc.masked[ends[-1]:end].strip():
        last_end = ends[-1]
        ends = ends[:-1]
    if ends:
        seg_lo = ends[-1]
    sentence = doc.masked[seg_lo:last_end]
    if not sentence.strip() or "_" in sentence:
        return None
    m = _REPORTED_START.match(sentence)
    if not m:
        return None
    s, e = seg_lo + m.start("np"), seg_lo + m.end("np")
    spk, surf, typ = _resolve_np(doc, s, e, s, None)
    if surf is None or len(surf.split()) > 6:
        return None
    return _Attr(spk, surf, m.group("cue"), None, "quote.carry.reported", typ)


def _opens_sentence(doc: _Doc, p: _Part, blocks: list[tuple[int, int]]) -> bool:
    if p.continued:
        return True
    lo, _ = blocks[p.block]
    masked, i = doc.masked, p.open_mark
    while i > lo and masked[i - 1].isspace():
        i -= 1
    return i == lo or masked[i - 1] == "_" or _ends_sentence_before(masked, i, lo)


def _analyse(doc: _Doc, p: _Part, block_lo: int, lo: int, nxt_open: int, hi: int,
             prev: _Attr | None) -> tuple[QuoteKind, _Attr | None]:
    """Kind and attribution of one part.

    ``lo`` is where its clause can start (block start or the previous quote's end),
    ``nxt_open`` the next quote's opening mark, ``hi`` the block end.
    """
    body = doc.body
    text = body[p.start:p.end]
    n_words = _words(text)
    # clause before the quote: from the last sentence end between lo and the opening mark
    pre_lo = doc.sentence_start(lo, p.open_mark)
    pre = "" if p.continued else body[pre_lo:p.open_mark]
    if _ends_sentence(pre):
        pre_lo, pre = p.open_mark, ""  # glued to the previous sentence: 'further."In practice'

    pre_s = pre.strip()
    # text after the quote up to its sentence end
    post = ""
    if p.close_mark is not None:
        ph = min(nxt_open, hi, p.close_mark + 300)
        post = body[p.close_mark + 1:ph]
        t = _TERMINATOR.search(post)
        if t:
            post = post[:t.start()]
    post_at = (p.close_mark + 1) if p.close_mark is not None else p.end

    if pre_s and _NAMING.search(pre):
        return "term", None

    inner_end = text.rstrip()
    ends_full = inner_end.endswith((".", "…"))
    ends_qe = inner_end.endswith(("?", "!"))
    # ---- attribution after the quote
    after: _Attr | None = None
    if post:
        after = _after_attr(doc, p, post, post_at, hi, ends_full, ends_qe, not pre_s, prev)
    # ---- attribution before the quote
    before: _Attr | None = None
    introducer = False
    if pre_s:
        before, introducer = _before_attr(doc, pre_lo, p.open_mark, pre, prev)
        if not introducer and pre_s.endswith(":"):
            introducer = True
    standalone = not pre_s or introducer
    if standalone:
        if not pre_s and after is None and n_words <= 4 and post[:2].strip()[:1].islower() and not ends_full and not ends_qe:
            final = _final_attr(doc, p, post, post_at, prev)
            if final is not None:  # '"Irreversible damage" will be caused ..., MPs warned.'
                return "partial", final
            return "term", None  # '"Evil twins" pose as ...'
        if introducer and not pre_s.endswith(":") and (
                (n_words <= 3 and not (ends_full or ends_qe))
                or (not _THAT_END.search(pre_s) and _FRAGMENT_START.match(text)
                    and not _EARLY_VERB.search(" ".join(text.split()[:5])))):
            # 'Sato said "no"', 'He promised "the most positive campaign ever"'
            return "partial", before or after
        return "direct", before or after
    # embedded in a sentence
    attr = after or before
    if attr is None:
        attr = _final_attr(doc, p, post, post_at, prev)
    modifier = n_words <= 3 and not (ends_full or ends_qe or inner_end.endswith(",")) and _MODIFIER_USE.match(post)
    if modifier and _NAME_LIKE.search(text):
        # 'the "one-China" principle', 'a "third-type" drink': a quoted name modifying a noun
        return "term", None
    if (n_words <= 4 and not (ends_full or ends_qe or inner_end.endswith(",")) and _TERM_HEAD.match(post)
            and not _EVALUATIVE.search(text)):
        # 'the "open door" policy', 'its "wedge" strategy': the quote names a policy or plan
        return "term", None
    if _TITLE.fullmatch(text) and not (p.close_mark is not None and _CUE_RIGHT_AFTER.match(body, p.close_mark + 1)):
        # 'the film "Dark Water"', 'the "Big Society"': a capitalised title or name
        return "term", None
    if attr is None:
        sent_lo = doc.sentence_start(block_lo, p.open_mark)
        attr = _sentence_attr(doc, sent_lo, p.open_mark, prev)
        if attr is None and p.close_mark is not None:
            attr = _predicate_attr(doc, pre_lo, p.open_mark, text, prev)
        if modifier and attr is None:
            return "term", None
    if attr is None and n_words <= 4:
        return "term", None
    if (attr is None or (attr.speaker is None and attr.surface and _DOCUMENT.search(attr.surface))) and \
            _DOCUMENT.search(body, doc.sentence_start(block_lo, p.open_mark), p.open_mark):
        # 'Section 5 of the order obliges MSPs to declare interests "where ..."', 'the report
        # said the plan was "..."': a phrase cited from a document nobody is saying
        return "term", None
    return "partial", attr


def _predicate_attr(doc: _Doc, pre_lo: int, open_mark: int, text: str, prev: _Attr | None) -> _Attr | None:
    """A quoted verb phrase right after its subject: 'A spokesman "totally refuted" the claims',
    'the Pro-Life Alliance "congratulated" him'. The subject must name somebody (a mention, a
    capitalised name, or a mouthpiece noun such as "a spokesman")."""
    v = _QUOTED_PREDICATE.match(text)
    if not v:
        return None
    sub = _subject_span(doc, pre_lo, open_mark)
    if sub is None or doc.masked[sub[1]:open_mark].strip():
        return None
    seg = doc.masked[sub[0]:sub[1]]
    words = seg.split()
    if (len(words) > 8 or _CUE_ANY_RE.search(seg) or _NOT_IN_NP.search(seg)
            or (len(words) > 1 and words[0].lower() in speech.SUBJECT_PRONOUNS)
            or words[-1].lower() in speech.DETERMINERS):
        return None
    spk, surf, typ = _resolve_np(doc, sub[0], sub[1], sub[1], prev)
    if surf is None or surf.lower() in speech.SUBJECT_PRONOUNS:
        return None
    if typ not in ("PERSON", "ORG", "GPE") and not _SPEAKER_NOUN.search(surf):
        return None
    return _Attr(spk, surf, v.group("verb"), None, "quote.sentence.quoted_verb", typ)


def _after_attr(doc: _Doc, p: _Part, post: str, post_at: int, hi: int, ends_full: bool, ends_qe: bool,
                opens_sentence: bool, prev: _Attr | None) -> _Attr | None:
    body = doc.body
    first = post.lstrip(" ,")
    if not first:
        return None
    if ends_full and not first[:1].islower():
        return None  # the quote ended its sentence; what follows is a new sentence
    m = _AFTER_ACCORDING.match(post)
    if m:
        s = post_at + m.start("np")
        spk, surf, typ = _resolve_np(doc, s, s + len(m.group("np")), s, prev)
        return _Attr(spk, surf, "according to", None, "quote.after.according_to", typ)
    m = _AFTER_QUOTED_AS.match(post)
    if m:
        # '"...," the newspaper quoted Qantas chief executive Geoff Dixon as saying'
        s = post_at + m.start("np")
        spk, surf, typ = _resolve_np(doc, s, post_at + m.end("np"), s, prev)
        if surf is not None:
            src = m.group("src").strip()
            outlet = src if src[:1].isupper() or src.lower().startswith("the ") else None
            return _Attr(spk, surf, "quoted as saying", outlet, "quote.after.said_name", typ)
    m = _AFTER_CUE_NP.match(post)
    if m:
        s = post_at + m.start("np")
        e = post_at + m.end("np")
        for mm in doc.overlapping(s, e):  # a name cut by "of"/"in" inside it ("Bank of England")
            if mm.char_end > e and mm.char_start < e:
                e = mm.char_end
        spk, surf, typ = _resolve_np(doc, s, e, s, prev)
        if surf is not None:
            cue = m.group("cue")
            return _Attr(spk, surf, cue, _addressee(doc, cue, post_at + m.end("cue"), hi),
                         "quote.after.said_name", typ)
    m = _AFTER_NP_CUE.match(post)
    if m:
        np_ = m.group("np")
        # '"...," he said' / '"...", he said' / '"...?" he asked': the quote ends its clause;
        # without such punctuation a speaker may follow directly only a quote that opened its
        # sentence ('"..." the minister said', not 'remains "very good" for years, X said')
        punct = ends_qe or "," in body[p.end:p.close_mark or p.end] or post.lstrip().startswith(",")
        if not punct and not opens_sentence and np_.lower() not in speech.SUBJECT_PRONOUNS:
            pass
        elif not (ends_qe and np_[:1].isupper() and len(np_.split()) > 6):
            s = post_at + m.start("np")
            e = post_at + m.end("np")
            sub = _subject_span(doc, s, e + (1 if body[e:e + 1] == "," else 0)) if "," in np_ else (s, e)
            if sub is not None:
                spk, surf, typ = _resolve_np(doc, sub[0], sub[1], post_at + m.start("cue"), prev)
                if surf is not None:
                    cue = m.group("cue")
                    rule = "quote.after.pronoun_said" if surf.lower() in speech.SUBJECT_PRONOUNS else "quote.after.name_said"
                    return _Attr(spk, surf, cue, _addressee(doc, cue, post_at + m.end("cue"), hi), rule, typ)
    return None


def _before_attr(doc: _Doc, pre_lo: int, open_mark: int, pre: str, prev: _Attr | None) -> tuple[_Attr | None, bool]:
    """(attribution, whether the text right before the quote introduces it)."""
    m = _BEFORE_ACCORDING.search(pre)
    if m:
        s = pre_lo + m.start("np")
        spk, surf, typ = _resolve_np(doc, s, s + len(m.group("np").rstrip()), s, prev)
        return _Attr(spk, surf, "according to", None, "quote.before.according_to", typ), True
    m = _ACCORDING_CLAUSE.search(pre)
    if m:
        s = pre_lo + m.start("np")
        spk, surf, typ = _resolve_np(doc, s, s + len(m.group("np").rstrip()), s, prev)
        if surf is not None:
            return _Attr(spk, surf, "according to", None, "quote.sentence.according_to", typ), False
    m = _BEFORE_INVERTED.match(pre) or _BEFORE_MID_INVERTED.match(pre)
    if m:
        s = pre_lo + m.start("np")
        spk, surf, typ = _resolve_np(doc, s, pre_lo + m.end("np"), s, prev)
        cue = pre[m.start():m.start("np")].strip(" ,").lower()
        return _Attr(spk, surf, cue, None, "quote.before.said_name", typ), True
    last = None
    for c in _CUE_SPEECH_RE.finditer(doc.masked, pre_lo, open_mark):
        last = c
    if last is None:
        if pre.rstrip().endswith(":"):
            return _colon_attr(doc, pre_lo, open_mark, prev), True
        b = _BULLET_LEAD.match(pre)
        if b:
            # '- Newcastle boss Graeme Souness "We deserved the win."': a list item naming its speaker
            s0 = pre_lo + b.start("np")
            spk, surf, typ = _resolve_np(doc, s0, pre_lo + b.end("np"), s0, prev)
            if spk is not None:
                return _Attr(spk, surf, None, None, "quote.before.colon", typ), True
        return None, False
    cue = last.group("cue")
    tail = doc.masked[last.end():open_mark]
    addressee = None
    if _TAIL_PLAIN.match(tail) or _TAIL_PREP.match(tail):
        addressee = _addressee(doc, cue, last.end(), open_mark)
    elif cue in speech.TELL_VERBS and (mt := _TAIL_TELL.match(tail)):
        addressee = _cut_addressee(doc, last.end() + mt.start("addr"), last.end() + mt.end("addr"))
    else:
        return None, False
    if cue in _PARTICIPLES:
        # "He praised the team, adding: ..." -> subject of the sentence
        sub = _first_subject(doc, pre_lo, last.start())
        rule = "quote.before.participle"
    else:
        sub = _subject_span(doc, pre_lo, last.start())
        rule = ""
    if sub is None:
        return _Attr(None, None, cue, addressee, rule or "quote.before.name_said"), True
    spk, surf, typ = _resolve_np(doc, sub[0], sub[1], last.start(), prev)
    if not rule:
        rule = "quote.before.pronoun_said" if surf and surf.lower() in speech.SUBJECT_PRONOUNS else "quote.before.name_said"
    return _Attr(spk, surf, cue, addressee, rule, typ), True


def _colon_attr(doc: _Doc, pre_lo: int, open_mark: int, prev: _Attr | None) -> _Attr | None:
    """A colon lead-in without a reporting verb: '- Blackburn boss Mark Hughes: "..."' (the
    lead-in is a name) or 'He also criticised the plan: "..."' (its clause opens with a
    pronoun or a name)."""
    seg = doc.masked[pre_lo:open_mark]
    colon = pre_lo + seg.rstrip().rfind(":")
    lead = doc.masked[pre_lo:colon]
    strip = len(lead) - len(lead.lstrip(" -–—•*"))
    s = pre_lo + strip
    if _words(doc.masked[s:colon]) <= 8 and "," not in doc.masked[s:colon]:
        spk, surf, typ = _resolve_np(doc, s, colon, s, prev)
        if spk is not None and surf is not None:
            return _Attr(spk, surf, None, None, "quote.before.colon", typ)
    sub = _first_subject(doc, s, colon)
    if sub is None or sub[0] - s > 12:
        return None
    spk, surf, typ = _resolve_np(doc, sub[0], sub[1], sub[0], prev)
    if spk is None:
        return None
    return _Attr(spk, surf, None, None, "quote.before.colon", typ)


def _clause_subject(doc: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Subject of the first finite verb in [lo, hi): the subject a coordinated verb phrase
    shares ("Kaplan has defended his display and admitted ...")."""
    v = _FINITE_VERB.search(doc.masked, lo, hi)
    if v is None or v.start() <= lo:
        return None
    return _subject_span(doc, lo, v.start())


#: A fronted adverbial before the subject: "In Lisbon, ...", "After the vote, ...".
_FRONTED_PP = re.compile(
    r"\s*(?:in|at|on|from|after|before|during|across|inside|outside|near|for|by|under|over|with|"
    r"speaking (?:in|at|to|on|from))\b[^,;:\"“”]{1,80},\s*", re.IGNORECASE)


def _first_subject(doc: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    fronted = _FRONTED_PP.match(doc.masked, lo, hi)
    if fronted is not None:
        lo = fronted.end()  # a place or time in the adverbial is not the subject
    seg = doc.masked[lo:hi]
    m = _PRONOUN_AT_START.match(seg)
    if m:
        return lo + m.start("p"), lo + m.end("p")
    ments = [mm for mm in doc.overlapping(lo, hi) if mm.char_start >= lo]
    for k, mm in enumerate(ments):
        if mm.type in ("PERSON", "ORG", "GPE", "NORP"):
            if mm.type != "PERSON":
                # "Lib Dem president Simon Hughes": an ORG/GPE modifying a role before a person
                for nx in ments[k + 1:k + 3]:
                    between = doc.masked[mm.char_end:nx.char_start]
                    if (nx.type == "PERSON" and len(between.split()) <= 3 and "," not in between
                            and not _CUE_ANY_RE.search(between)):
                        return nx.char_start, nx.char_end
                if mm.type == "NORP":
                    continue
            return mm.char_start, mm.char_end
    return None


def _final_attr(doc: _Doc, p: _Part, post: str, post_at: int, prev: _Attr | None) -> _Attr | None:
    """Sentence-final attribution after a partial quote: '... "very favourable" ..., WPP said.'"""
    m = _FINAL_ATTR.search(post)
    if m:
        s, e = post_at + m.start("np"), post_at + m.end("np")
        spk, surf, typ = _resolve_np(doc, s, e, post_at + m.start("cue"), prev)
        if surf is not None and len(surf.split()) <= 8:
            return _Attr(spk, surf, m.group("cue"), None, "quote.sentence.final_said", typ)
    m = _FINAL_INVERTED.search(post)
    if m:
        s, e = post_at + m.start("np"), post_at + m.end("np")
        spk, surf, typ = _resolve_np(doc, s, e, s, prev)
        if surf is not None:
            return _Attr(spk, surf, m.group("cue"), None, "quote.sentence.final_said", typ)
    return None


def _speaker_after_verb(doc: _Doc, sent_lo: int, open_mark: int, c: re.Match[str]) -> re.Match[str] | None:
    """A speaker named after the verb: a passive agent ("was described by Jobs as") or a
    parenthetical inversion ("The idea, says BT, is")."""
    after = _AGENT.match(doc.masked, c.end(), open_mark)
    if after is None and doc.masked[sent_lo:c.start()].rstrip().endswith(","):
        after = _PARENTHETICAL.match(doc.masked, c.end(), open_mark)
    return after


def _verb_subject(doc: _Doc, sent_lo: int, c: re.Match[str]) -> tuple[int, int] | None:
    """Span of the subject of the reporting verb ``c``."""
    if _COORDINATED.search(doc.masked, max(sent_lo, c.start() - 30), c.start()):
        return _clause_subject(doc, sent_lo, c.start())  # "X defended it and admitted ...": X
    if c.group("cue").endswith("ing"):  # "..., calling the issue a 'red line'": the sentence subject
        return _first_subject(doc, sent_lo, c.start())
    return _subject_span(doc, sent_lo, c.start())


def _sentence_attr(doc: _Doc, sent_lo: int, open_mark: int, prev: _Attr | None) -> _Attr | None:
    """A reporting verb earlier in the sentence governs an embedded fragment.

    The main clause comes first in news sentences ("Smith said the deal, which he said was
    ..., was 'dead'"), so the first verb whose subject can be read wins; a verb with an
    elided subject ("... and labelled him a 'hypocrite'") falls through to the next one. A
    passive agent ("was described by Jobs as") or a parenthetical ("The idea, says BT, is")
    names the speaker after the verb.
    """
    cues = [c for c in _CUE_ANY_RE.finditer(doc.masked, sent_lo, open_mark)
            if not (_DET_BEFORE if _PAST.search(c.group("cue")) else _NOUN_BEFORE).search(
                doc.masked, max(sent_lo, c.start() - 12), c.start())]
    if not cues:
        return None
    # the last verb with a named subject ("..., although Bourne admitted he was 'devastated'"),
    # else the first verb with any subject ("Mr Lee said that if he said things that were 'x'")
    named = _named_sentence_attr(doc, sent_lo, open_mark, cues, prev)
    if named is not None:
        return named
    for c in cues:
        cue = c.group("cue")
        after = _speaker_after_verb(doc, sent_lo, open_mark, c)
        if after is not None:
            s, e = after.start("np"), after.end("np")
            spk, surf, typ = _resolve_np(doc, s, e, s, prev)
            if surf is not None:
                return _Attr(spk, surf, cue, None, "quote.sentence.name_said", typ)
        sub = _verb_subject(doc, sent_lo, c)
        if sub is None:
            continue
        spk, surf, typ = _resolve_np(doc, sub[0], sub[1], c.start(), prev)
        if surf is None or len(surf.split()) > 10:
            continue
        addressee = _addressee(doc, cue, c.end(), open_mark) if cue in speech.TELL_VERBS else None
        return _Attr(spk, surf, cue, addressee, "quote.sentence.name_said", typ)
    return _Attr(None, None, cues[-1].group("cue"), None, "quote.sentence.name_said")


def _named_sentence_attr(doc: _Doc, sent_lo: int, open_mark: int, cues: list[re.Match[str]],
                         prev: _Attr | None) -> _Attr | None:
    for c in reversed(cues):
        cue = c.group("cue")
        after = _speaker_after_verb(doc, sent_lo, open_mark, c)
        if after is not None:
            sub: tuple[int, int] | None = (after.start("np"), after.end("np"))
        else:
            sub = _verb_subject(doc, sent_lo, c)
        if sub is None:
            continue
        spk, surf, typ = _resolve_np(doc, sub[0], sub[1], c.start(), prev)
        if spk is None or surf is None or surf.lower() in speech.SUBJECT_PRONOUNS:
            continue
        addressee = _addressee(doc, cue, c.end(), open_mark) if cue in speech.TELL_VERBS and after is None else None
        return _Attr(spk, surf, cue, addressee, "quote.sentence.name_said", typ)
    return None
