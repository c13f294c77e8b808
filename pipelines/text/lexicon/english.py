"""General English: function words, calendar words, word-formation pieces, and the test of
whether a word is an ordinary English word.

``common_words`` is read from the cased BERT WordPiece vocabulary that ships inside the
``blingfire`` wheel: a word present there in lower case is frequent in lower case (``brown``,
``reading``, ``nice``), while names are present only capitalised (``Beijing``, ``Gordon``). No
download is involved.
"""
from __future__ import annotations

import os
from functools import lru_cache

from pipelines.text.lexicon._lists import words

#: Words never part of a name even when capitalised (function words, pronouns, adverbs).
STOPWORDS = words("""
    a an the this that these those there here then than thus hence however although though
    but and or nor so yet for of to in on at by with from into onto upon about above below
    under over after before during since until while when where whence why how what which
    who whom whose whoever whatever whichever i me my mine we us our ours you your yours he
    him his she her hers it its they them their theirs one ones some any all both each every
    either neither no not none nobody nothing somebody someone something anybody anyone
    anything everyone everybody everything many much more most few fewer less least other
    others another such same own very too also just only even still already again ever never
    always often sometimes perhaps maybe meanwhile moreover furthermore nevertheless
    nonetheless instead otherwise indeed besides therefore accordingly consequently
    elsewhere anyway because if unless whether as like unlike via per among amongst between
    within without against across through throughout toward towards beyond despite
    including is are was were be been being am do does did done have has had having will
    would shall should can could may might must let lets yes no ok okay oh hey please
    thanks thank dear mr mrs ms dr st new old first last next second third former latter
    yesterday today tomorrow tonight now soon later earlier recently currently overall
    according asked said says told added speaking writing reporting meanwhile
""")

#: Possessive determiners: the phrase they open is owned by someone ("its stewardship of Rover").
POSSESSIVE_DETERMINERS = words("its his her their our my your")
#: Determiners and possessive pronouns that open a noun phrase ("the 2016 deployment", "its 2019 launch").
DETERMINERS = words("the a an this that these those") | (POSSESSIVE_DETERMINERS - {"your"})

#: Verbs that are also nouns and head a compound at the end of a phrase ("capital expenditure support.").
NOUN_VERBS = words("support use work lack")

#: Nouns that only name a figure ("the figure is 14%", "16% of the total"): no thing of their own.
FIGURE_LABELS = words("figure figures total totals number tally rate estimate estimates mark")
#: Adjectives a figure's label may carry ("the latest figure", "the overall total", "a previous estimate").
FIGURE_LABEL_ADJECTIVES = words("latest new revised final official overall grand comparable equivalent same previous "
                                "earlier initial original current")
#: Nouns of a match's result that a score modifies ("a 3-1 win", "a 2-0 lead"): alone they name no match or side.
RESULT_NOUNS = words("win wins victory defeat loss draw lead advantage triumph success thrashing hammering drubbing "
                     "rout reverse")
#: Nouns that name a side's betting odds after a score-like figure ("is 2-1 favourite", "a 10-1 outsider").
ODDS_NOUNS = words("favourite favorite outsider underdog shot")
#: Verbs of suing: "X sued Y for $5m" claims the amount from Y, who is not what it is about.
SUE_VERBS = words("sue sues sued suing")
#: Passive verbs whose amount is a penalty or a claim: their subject pays it ("the firm was fined £5m", "sued for $2m").
PENALTY_PASSIVES = words("fined penalised penalized") | {w for w in SUE_VERBS if w.endswith("ed")}
#: Past participles not ending in -ed, for telling a passive ("was beaten", "were held") from a
#: state ("was scathing").
IRREGULAR_PARTICIPLES = words("""
beaten bitten broken brought built caught chosen cut driven fallen forgotten fought found given held hidden
hit hurt kept known laid led left lost made met paid put seen sent shot shown sold spent stolen struck
taken thrown told torn won written
""")
#: Participles that after "was"/"is" name a state of mind, not a deed done to someone ("was
#: delighted", "is determined"): like "was scathing", a lead-in to their own words. So is any
#: "un-...-ed" ("was unmoved", "unimpressed").
STATE_PARTICIPLES = words("""
amazed angered annoyed baffled bemused concerned confused convinced delighted determined devastated
disappointed dismayed elated embarrassed encouraged enraged excited frustrated furious heartened
horrified impressed irritated outraged perplexed pleased puzzled relaxed relieved saddened satisfied
shocked stunned surprised thrilled troubled upset worried
""")
#: Verbs whose object is followed by its own bare verb ("saw profits fall to $1bn", "watched shares rise").
SEEING_VERBS = words("saw see sees seen seeing watched watch watches watching")

#: Words dropped like auxiliaries before an amount ("are set to") that are nouns after an article or adjective
#: ("won the deciding set 6-3").
AUX_NOUNS = words("set sets")

#: Subject pronouns: a new clause starts after a noun phrase ("half his promises he will keep").
SUBJECT_PRONOUNS = words("he she it they we you i")

#: Pronouns that are only ever subjects: the words after one are its verb phrase ("he shot wide from").
NOMINATIVE_PRONOUNS = words("he she they we i")

#: Pronouns that can be the subject a number is stated of ("It weighs 1.2kg", "they paid $5"); not a generic "you".
PERSONAL_SUBJECTS = words("he she it they we")

#: Nouns ending in -ing, which must not end a phrase as if they were participles ("the 60% debt ceiling").
ING_NOUNS = words("""
ceiling building funding spending earnings housing lending borrowing training meeting offering listing rating
ranking pricing trading saving savings clothing bidding shipping banking marketing morning evening thing string
spring ring king wing wedding sibling pudding dumping landing holding filling setting opening ending outing
""")

#: Sentence adverbs written as an aside between commas ("The deficit, meanwhile, hit a record $90bn").
ASIDE_ADVERBS = words("meanwhile however though too also therefore moreover nonetheless nevertheless meantime instead "
                      "overall again alone")

#: Quantifiers that open a noun phrase inside a prepositional phrase ("response times of some sites").
QUANTIFIERS = words("some many most several few all both")

#: Adverbial idioms that open with a preposition: they end a noun phrase read forward ("a pay cut in return
#: for shares", "a stake in X in a deal worth $5m"), written as the two or three words that start them.
ADJUNCT_OPENERS = frozenset("""
in return|in exchange|in a deal|in a move|in a bid|in an effort|in an attempt|in order|in response|in addition
|in cash|in total|in full|in part|in line|in contrast|in turn|in effect
""".replace("\n", "").split("|"))

#: Object pronouns: after one only a preposition goes on with a noun phrase ("a third of them read").
OBJECT_PRONOUNS = words("them us him me")

#: Words that end a phrase and start a new clause: relative pronouns, conjunctions, auxiliaries
#: ("the 2016 deployment of X, which ..." ends the event at "which").
CLAUSE_STARTERS = words("""
    which that who when where while and but as after before because since until although though
    is was are were has had have will would
""")

#: Months and weekdays with their abbreviations, and the days named relative to today.
MONTHS_DAYS = words("""
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Today Tonight Yesterday Tomorrow
    Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays
""")

#: Second parts of hyphenated adjectives and participles ("London-based", "US-backed",
#: "Labour-led"): the capitalised first part is the name.
HYPHEN_SUFFIXES = words("""
    based led backed born made owned run funded style brokered sponsored bound listed
    registered headquartered linked controlled occupied allied friendly centric wide
""")

#: Endings of a lower-case word after a hyphen that make the compound an adjective
#: ("Kremlin-amenable", "Nordic-sounding", "Paris-ish"): the name is the part before the hyphen.
ADJECTIVE_ENDINGS = ("able", "ible", "ed", "ing", "ful", "ish", "ic", "ive", "ous", "less", "like", "al", "ist")

#: Capitalised prefixes before a hyphen ("Anti-American", "Pro-Kremlin", "Ex-Tory"): the name
#: is what follows.
HYPHEN_PREFIXES = words("Anti Pro Non Ex Post Pre Mid Neo Pan Trans Inter Sub Over Ultra")

#: Words a title-case line may write in lower case ("Wedge Strategy of the Year").
TITLE_CASE_SMALL_WORDS = words("of and the a in for to on")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case English words that are frequent in lower case (see the module docstring)."""
    found: set[str] = set(w.lower() for w in STOPWORDS)
    try:
        import blingfire
        import numpy as np

        path = os.path.join(os.path.dirname(blingfire.__file__), "bert_base_cased_tok.i2w")
        handle = blingfire.load_model(path)
        try:
            # decode "the <id> the <id> ..." (1103 is "the"), 256 ids a call: a whole word comes out
            # as its own token after "the", a "##" word piece glued onto the "the" before it, so
            # only whole lower-case words are kept; a batch that does not decode goes id by id
            def decode(ids: range) -> list[str]:
                pairs = np.array([x for i in ids for x in (1103, i)], dtype=np.int32)
                try:
                    return blingfire.ids_to_text(handle, pairs, skip_special_tokens=False).split(" ")
                except (UnicodeDecodeError, ValueError):
                    return [] if len(ids) == 1 else [t for i in ids for t in decode(range(i, i + 1))]

            for lo in range(0, 28996, 256):
                tokens = decode(range(lo, min(lo + 256, 28996)))
                found.update(b for a, b in zip(tokens, tokens[1:]) if a == "the" and b.isalpha() and b.islower())
        finally:
            blingfire.free_model(handle)
    except (ImportError, OSError):  # pragma: no cover - blingfire is a project dependency
        pass
    return frozenset(found)


def is_common_word(word: str) -> bool:
    """True when the lower-cased word is an ordinary English word."""
    return word.lower() in common_words()


#: Verbs only a plural subject takes: a bare share right before one is a share of people ("a
#: quarter say", "a third were"), not a stretch of time ("a quarter was") or an ordinal ("a third was").
PLURAL_SHARE_VERBS = words("are were have say think believe want expect oppose support")
#: Verbs right after "half" (or a hedged share: "nearly a third said") that make it the subject of
#: its clause: the share of a group named before.
SHARE_SUBJECT_VERBS = PLURAL_SHARE_VERBS | words("""
is was has had will would could can may might said told thought believed wanted expected planned opposed
supported agreed backed voted took reported admitted
""")
