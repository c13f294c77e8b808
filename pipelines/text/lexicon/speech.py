"""Words of speech and of who speaks: reporting and stance verbs, pronouns, titles, roles.

The quote extractor's word lists (``pipelines.text.quotes``), each defined once. Tuples keep
an order where a pattern is built from them in that order; sets are for membership tests.
"""
from __future__ import annotations

from pipelines.text.lexicon import english, names
from pipelines.text.lexicon._lists import words

#: Determiners and subject pronouns are English's (one list each), named here for the quote extractor.
DETERMINERS = english.DETERMINERS
SUBJECT_PRONOUNS = english.SUBJECT_PRONOUNS
OBJECT_PRONOUNS = english.OBJECT_PRONOUNS

# --------------------------------------------------------------------------- verbs

#: Reporting verbs that introduce or attribute speech: (base, past, 3rd person, -ing).
REPORTING_VERBS: tuple[tuple[str, str, str, str], ...] = (
    ("say", "said", "says", "saying"),
    ("tell", "told", "tells", "telling"),
    ("add", "added", "adds", "adding"),
    ("argue", "argued", "argues", "arguing"),
    ("caution", "cautioned", "cautions", "cautioning"),
    ("note", "noted", "notes", "noting"),
    ("continue", "continued", "continues", "continuing"),
    ("state", "stated", "states", "stating"),
    ("explain", "explained", "explains", "explaining"),
    ("warn", "warned", "warns", "warning"),
    ("insist", "insisted", "insists", "insisting"),
    ("claim", "claimed", "claims", "claiming"),
    ("write", "wrote", "writes", "writing"),
    ("ask", "asked", "asks", "asking"),
    ("reply", "replied", "replies", "replying"),
    ("declare", "declared", "declares", "declaring"),
    ("urge", "urged", "urges", "urging"),
    ("stress", "stressed", "stresses", "stressing"),
    ("emphasise", "emphasised", "emphasises", "emphasising"),
    ("emphasize", "emphasized", "emphasizes", "emphasizing"),
    ("acknowledge", "acknowledged", "acknowledges", "acknowledging"),
    ("admit", "admitted", "admits", "admitting"),
    ("suggest", "suggested", "suggests", "suggesting"),
    ("observe", "observed", "observes", "observing"),
    ("comment", "commented", "comments", "commenting"),
    ("remark", "remarked", "remarks", "remarking"),
    ("announce", "announced", "announces", "announcing"),
    ("tweet", "tweeted", "tweets", "tweeting"),
    ("post", "posted", "posts", "posting"),
    ("recall", "recalled", "recalls", "recalling"),
    ("conclude", "concluded", "concludes", "concluding"),
    ("predict", "predicted", "predicts", "predicting"),
    ("maintain", "maintained", "maintains", "maintaining"),
    ("concede", "conceded", "concedes", "conceding"),
    ("complain", "complained", "complains", "complaining"),
    ("confirm", "confirmed", "confirms", "confirming"),
    ("boast", "boasted", "boasts", "boasting"),
    ("joke", "joked", "jokes", "joking"),
    ("reveal", "revealed", "reveals", "revealing"),
    ("respond", "responded", "responds", "responding"),
    ("answer", "answered", "answers", "answering"),
    ("shout", "shouted", "shouts", "shouting"),
    ("exclaim", "exclaimed", "exclaims", "exclaiming"),
    ("agree", "agreed", "agrees", "agreeing"),
    ("counter", "countered", "counters", "countering"),
    ("cry", "cried", "cries", "crying"),
    ("demand", "demanded", "demands", "demanding"),
    ("vow", "vowed", "vows", "vowing"),
    ("promise", "promised", "promises", "promising"),
    ("pledge", "pledged", "pledges", "pledging"),
    ("report", "reported", "reports", "reporting"),
    ("advise", "advised", "advises", "advising"),
    ("contend", "contended", "contends", "contending"),
    ("assert", "asserted", "asserts", "asserting"),
    ("muse", "mused", "muses", "musing"),
    ("quip", "quipped", "quips", "quipping"),
    ("retort", "retorted", "retorts", "retorting"),
    ("assure", "assured", "assures", "assuring"),
    ("reckon", "reckoned", "reckons", "reckoning"),
    ("reflect", "reflected", "reflects", "reflecting"),
    ("testify", "testified", "testifies", "testifying"),
    ("affirm", "affirmed", "affirms", "affirming"),
    ("lament", "lamented", "laments", "lamenting"),
    ("deny", "denied", "denies", "denying"),
    ("reiterate", "reiterated", "reiterates", "reiterating"),
    ("elaborate", "elaborated", "elaborates", "elaborating"),
    ("mention", "mentioned", "mentions", "mentioning"),
    ("whisper", "whispered", "whispers", "whispering"),
    ("yell", "yelled", "yells", "yelling"),
    ("scream", "screamed", "screams", "screaming"),
    ("sigh", "sighed", "sighs", "sighing"),
    ("laugh", "laughed", "laughs", "laughing"),
    ("blog", "blogged", "blogs", "blogging"),
    ("forecast", "forecast", "forecasts", "forecasting"),
    ("protest", "protested", "protests", "protesting"),
    ("object", "objected", "objects", "objecting"),
    ("disagree", "disagreed", "disagrees", "disagreeing"),
    ("implore", "implored", "implores", "imploring"),
    ("plead", "pleaded", "pleads", "pleading"),
    ("beg", "begged", "begs", "begging"),
    ("wonder", "wondered", "wonders", "wondering"),
    ("query", "queried", "queries", "querying"),
    ("inquire", "inquired", "inquires", "inquiring"),
    ("enquire", "enquired", "enquires", "enquiring"),
    ("interject", "interjected", "interjects", "interjecting"),
    ("murmur", "murmured", "murmurs", "murmuring"),
    ("mutter", "muttered", "mutters", "muttering"),
    ("thunder", "thundered", "thunders", "thundering"),
    ("enthuse", "enthused", "enthuses", "enthusing"),
)
#: Multi-word reporting cues.
REPORTING_PHRASES: tuple[str, ...] = (
    "pointed out", "points out", "pointing out", "point out", "went on", "goes on",
    "was quoted as saying", "were quoted as saying", "is quoted as saying",
)
#: Base forms read as a present-tense plural cue ("analysts warn"); the other bases are nouns too.
PLURAL_REPORTING_VERBS: tuple[str, ...] = (
    "say", "tell", "warn", "argue", "insist", "add", "explain", "suggest", "admit", "agree",
)
#: Forms of "tell": the verb that names an addressee right after it ("told reporters").
TELL_VERBS = frozenset({"told", "tells", "tell", "telling"})
#: Verbs that characterise what someone said or holds ("called the move", "believes"): their
#: quoted complement is a `partial` quote. Grouped by verb.
STANCE_VERBS: tuple[tuple[str, ...], ...] = (
    ("called", "calls", "calling", "call"),  # "call": see BARE_STANCE_FORMS
    ("described", "describes", "describing"),
    ("labelled", "labeled", "labels", "labelling", "labeling"),
    ("branded", "brands", "branding"),
    ("dismissed", "dismisses", "dismissing"),
    ("hailed", "hails", "hailing"),
    ("criticised", "criticized", "criticises", "criticizes"),
    ("condemned", "condemns", "condemning"),
    ("denounced", "denounces", "denouncing"),
    ("accused", "accuses", "accusing"),
    ("praised", "praises", "praising"),
    ("slammed", "slams", "blasted", "blasts"),
    ("welcomed", "welcomes", "welcoming"),
    ("thanked", "thanking"),  # not "thanks": a noun too ("thanks to the 'deal'")
    ("termed", "characterised", "characterized"),
    ("attacked", "attacks", "attacking", "rejected", "rejects", "rejecting", "blamed", "blames", "blaming"),
    ("mocked", "ridiculed", "derided", "decried", "lambasted", "savaged", "deplored", "questioned"),
    ("believes", "believed", "thinks", "feels", "felt", "hopes", "hoped", "fears", "feared"),
    ("spoke of", "spoke about", "speaks of", "speaking of", "talked of", "talked about", "referred to", "refers to"),
)
#: Base forms among ``STANCE_VERBS`` that are verbs only after "to" or a subject pronoun ("careful
#: to call Britain "our closest partner"", "they call it"); elsewhere nouns ("a phone call").
BARE_STANCE_FORMS: tuple[str, ...] = ("call",)
#: Verbs of belief whose reported thought a following stand-alone quote continues ("Okafor
#: thought the ruling unfair. "It punishes the smallest firms."").
BELIEF_VERBS: tuple[str, ...] = (
    "believes", "believed", "thinks", "thought", "feels", "felt", "hopes", "hoped", "expects", "expected",
    "accepts", "accepted", "fears", "feared", "is convinced", "was convinced", "is confident", "was confident",
    "is sure", "was sure", "doubts", "doubted", "knows", "knew",
)
#: Words that may sit between a speaker and the verb ("Smith also said", "he has told"),
#: besides any adverb in -ly.
WORDS_BEFORE_VERB: tuple[str, ...] = (
    "also", "later", "then", "again", "once", "recently", "previously", "earlier", "further", "has", "have",
    "had", "would", "will", "did", "does", "do", "was", "were", "is", "just", "still", "often", "now", "today",
    "yesterday", "since", "already", "however",
)

# --------------------------------------------------------------------------- clauses

#: Conjunctions and subordinators that open a clause, not a noun phrase.
CLAUSE_WORDS: tuple[str, ...] = (
    "and", "but", "or", "so", "while", "as", "because", "although", "though", "which", "who", "if", "when",
    "then", "before", "after", "until", "since", "that", "where", "whether", "whereas",
)
#: Words a noun phrase cannot end with (so "the state said" does not read "state" as the verb).
NON_FINAL_WORDS: tuple[str, ...] = (
    "the", "a", "an", "its", "his", "her", "their", "our", "my", "of", "to", "The", "A", "An",
)
#: Connectives and adverbs that may open a clause before its subject ("But Smith said").
LEADING_CONNECTIVES: tuple[str, ...] = (
    "and", "but", "or", "so", "yet", "however", "meanwhile", "now", "still", "instead", "then", "also",
    "indeed", "later", "earlier", "separately", "moreover", "furthermore", "elsewhere", "here", "there",
    "today", "yesterday", "previously",
)
#: Abbreviations whose full stop ends no sentence ("Mr", "Inc", "Sept").
ABBREVIATIONS: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Dr", "St", "No", "vs", "Jr", "Sr", "Prof", "Gen", "Gov", "Sen", "Rep", "Rev", "Inc",
    "Ltd", "Co", "Corp", "Capt", "Col", "Lt", "Sgt", "Mt", "Ft", "etc", "approx", "Jan", "Feb", "Aug", "Sept",
    "Oct", "Nov", "Dec",
)

# --------------------------------------------------------------------------- who speaks

#: Pronouns resolved to a person.
PERSON_PRONOUNS = frozenset({"he", "she"})
#: Pronouns that mark the person they follow as male (the others mark female).
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
#: Honorifics written before a name ("Mr Smith").
HONORIFICS: tuple[str, ...] = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady")
#: Honorifics and ranks that give the gender of the name after them.
GENDERED_HONORIFICS: tuple[str, ...] = (
    "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess",
)
#: Those of ``GENDERED_HONORIFICS`` that are male.
MALE_HONORIFICS = frozenset({"Mr", "Sir", "Lord", "King", "Prince"})
#: Lowercase particles inside a name ("Ludwig van Beethoven", "Osama bin Laden").
NAME_PARTICLES: tuple[str, ...] = (
    "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "ibn", "dos", "das", "del",
)
#: Offices each of whose holders is "the minister" ("Education Secretary Ruth Kelly").
MINISTER_OFFICES = frozenset({"minister", "secretary", "chancellor"})
#: Words before a role that make it another office ("Deputy Prime Minister X" is not "the prime
#: minister", "former coach X" not "the coach").
OTHER_OFFICE_QUALIFIERS = frozenset("deputy vice shadow assistant junior former ex under".split())
#: Honorifics and titles dropped from a name written without a mention (lower case).
NAME_TITLES = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lord lady baron baroness rev reverend fr father sister brother
bishop archbishop cardinal
president vice prime minister chancellor secretary governor gov senator sen representative rep
congressman congresswoman chairman chairwoman chair chief executive director judge justice
coach captain capt manager king queen prince princess pope mayor general gen colonel col
lieutenant lt sergeant sgt commander admiral ambassador deputy premier sheikh imam rabbi
officer spokesman spokeswoman spokesperson detective inspector superintendent constable
cllr councillor councilor alderman
""".split())
#: Letters written after a name that are no part of it ("Nerys Vaughan KC", "Peter Ames MP").
POST_NOMINALS = frozenset("MP MEP MSP MLA TD QC KC SC OBE MBE CBE KBE DBE".split())
#: Capitalised words that start a clause but name nobody ("Officials said").
GENERIC_SUBJECTS = frozenset("""
officials analysts experts critics police sources witnesses residents observers economists
investors traders campaigners protesters protestors lawyers prosecutors doctors scientists
researchers diplomats authorities organisers organizers fans others some many both neither all
most few several this that these those there here supporters opponents officers investigators
students teachers parents voters workers employees staff members leaders insiders executives
commentators historians politicians ministers rebels militants troops soldiers activists
bankers lawmakers legislators regulators managers players users customers consumers people
families relatives neighbours neighbors locals villagers survivors victims
spokesman spokeswoman spokesperson reports report statement statements it they we he she
and but or so yet then now also however meanwhile another one someone somebody everyone nobody
""".split())
#: Role words that give a person's gender when written right before the name ("actress X").
FEMALE_ROLE_WORDS = frozenset("""
actress chairwoman spokeswoman frontwoman businesswoman congresswoman sportswoman policewoman wife mother
daughter sister girlfriend widow grandmother aunt niece duchess countess baroness empress
""".split())
MALE_ROLE_WORDS = frozenset("""
businessman congressman sportsman policeman frontman husband father son brother boyfriend widower
grandfather uncle nephew duke emperor baron viscount earl marquess
""".split())
#: Nouns for a person's role or description, heading "the ..." ("the chancellor", "the
#: striker"): the role words the entity recogniser reads too and the quote extractor's own (positions,
#: nationalities, descriptions); it matches an age ("the 22-year-old") besides these.
PERSON_ROLE_NOUNS: frozenset[str] = names.PERSON_ROLE_WORDS | words("""
skipper keeper full-back fly-half scrum-half centre prop hooker lock flanker veteran youngster
teenager peer american briton frenchman scot welshman irishman australian spaniard german
italian russian dutchman swede belgian runner swimmer trainer driver all-rounder opener seamer
spinner number seed holder winner finalist medallist icon businessman businesswoman
tycoon billionaire pundit academic challenger incumbent mediator landlord tenant headteacher
vicar dancer
""") | {"pop star"}  # a two-word role

# --------------------------------------------------------------------------- who speaks for whom

#: Nouns for a person that a place or group may modify ("the Waterford man", "a Lagos mother"):
#: the phrase names an unnamed person, not the place.
PERSON_HEAD_NOUNS = frozenset("""
man woman men women boy girl lad mother father resident residents native teenager pensioner
""".split())
#: Those whose job is to speak for someone, one and many ("a spokeswoman for X", "spokesmen for Y").
SPOKESPERSON_NOUNS: tuple[str, ...] = ("spokesman", "spokeswoman", "spokesperson")
SPOKESPEOPLE_NOUNS: tuple[str, ...] = ("spokespeople", "spokesmen", "spokeswomen")
_OFFICIAL_SPOKESPERSONS = ("official spokesman", "official spokeswoman", "press secretary")
#: Bodies that speak for the person who heads them ("the Smith administration", "Smith's
#: office said"): the quote is that person's.
PERSON_BODY_NOUNS: tuple[str, ...] = (
    "administration", "government", "office", "cabinet", "campaign", "camp", "presidency", "regime",
    "press office", "transition team", *SPOKESPERSON_NOUNS, *_OFFICIAL_SPOKESPERSONS,
)
#: Those who, unnamed, speak for one person ("a spokesman for Mr Okoro", "her lawyers", "the
#: singer's spokeswoman"): the quote is that person's. A lawyer or spokesperson speaks for the
#: client; a friend, a relative or an agent speaks for themself.
PERSON_MOUTHPIECE_NOUNS: tuple[str, ...] = (
    *SPOKESPERSON_NOUNS, "spokespeople", *_OFFICIAL_SPOKESPERSONS,
    "representative", "representatives", "lawyer", "lawyers", "solicitor", "solicitors",
    "attorney", "attorneys", "legal team", "office", "press office", "camp", "campaign",
)
#: Bodies of a state that speak for it, after its demonym ("the Egyptian foreign ministry",
#: "the French embassy"): the speaker is the country.
STATE_BODY_NOUNS: tuple[str, ...] = (
    "ministry", "foreign ministry", "government", "embassy", "foreign office", "cabinet", "presidency",
    "military", "army", "navy", "air force", "defence ministry", "defense ministry", "interior ministry",
    "mission", "consulate", "delegation",
)
#: People who speak for an organisation without being named ("a police spokesperson", "a
#: Tarnvision official"): the quote is the organisation's.
MOUTHPIECE_NOUNS: tuple[str, ...] = (*SPOKESPERSON_NOUNS, "representative", "official", "source", "insider")
#: Officers who, unnamed, speak for the organisation whose officers they are ("the company's
#: chief financial officer told analysts"): the quote is the organisation's.
ORG_OFFICER_NOUNS: tuple[str, ...] = (
    "chief executive", "executive", "officer", "chief", "director", "chairman", "chairwoman", "chair",
    "president", "boss", "head", "managing director", "general secretary", "secretary", "treasurer",
    *SPOKESPERSON_NOUNS, "representative", "lawyer", "lawyers", "management",
)
#: Nouns for an organisation that speaks ("the union said"), resolved to an organisation of the
#: article whose name holds the noun ("the Harbour Pilots' Union").
ORG_SPEAKER_NOUNS: tuple[str, ...] = (
    "union", "party", "ministry", "department", "agency", "council", "commission", "committee", "authority",
    "board", "federation", "association", "court", "league", "institute", "university", "charity",
    "alliance", "coalition", "foundation", "trust", "government", "regulator", "bank", "group", "club",
    "airline", "museum", "hospital", "police", "army", "service", "network", "fund", "society", "county",
    "college", "school", "church", "office", "force", "watchdog", "inquiry", "tribunal", "panel", "project",
    "centre", "center", "corporation", "exchange", "band", "orchestra", "festival", "theatre", "theater",
    "partnership", "consortium", "cooperative", "co-operative",
    "newspaper", "magazine",  # an outlet only by its name or introduction, never the story's firm
)
#: Of ``ORG_SPEAKER_NOUNS``, the bodies that govern a firm or club and speak for it ("the board
#: said"): with no organisation named for the noun, the firm "the company" would be.
GOVERNING_BODY_NOUNS: tuple[str, ...] = ("board",)
#: Words in an organisation's name that say it is of a kind even when the name lacks the kind's
#: own noun ("Unite Rail Workers", "the Maritime Workers' Federation" are unions).
ORG_KIND_NAME_WORDS: dict[str, tuple[str, ...]] = {
    "union": ("workers", "workers'", "federation", "guild", "brotherhood", "teamsters"),
}
#: Those of ``ORG_SPEAKER_NOUNS`` and other nouns for a business that, when no organisation name
#: holds the noun, mean the organisation that is the subject of a recent sentence ("Velmora
#: Foods cut 300 jobs ... the company said").
BUSINESS_NOUNS: tuple[str, ...] = (
    "company", "firm", "group", "bank", "airline", "carrier", "retailer", "lender", "insurer", "operator",
    "chain", "broadcaster", "manufacturer", "carmaker", "maker", "business", "conglomerate", "club",
    "giant", "supermarket", "publisher", "developer", "miner", "utility", "supplier", "start-up", "startup",
    "consultancy", "chipmaker", "drugmaker", "automaker", "steelmaker", "planemaker", "toymaker",
    "shipbuilder", "brewer", "exporter", "bookmaker", "studio",
)
#: The ``BUSINESS_NOUNS`` that fit any firm whatever its trade: "the company" may be the firm the
#: article called "the Norwegian chipmaker" or "the lender" in the sentence naming it.
GENERIC_FIRM_NOUNS: tuple[str, ...] = ("company", "firm", "business", "group")
#: Nouns for an organisation of any kind that, like ``BUSINESS_NOUNS``, mean the organisation
#: that is the subject of a recent sentence when no organisation was named or introduced with
#: the noun ("The Tarn Basin Trust sued ... the organisation said").
ANY_ORG_NOUNS: tuple[str, ...] = (
    "organisation", "organization", "body", "agency", "regulator", "watchdog", "charity", "journal",
    "institute", "authority", "operator",
)
#: Written things that "say" for whoever issued them ("the report said", "the lawsuit says"):
#: the speaker is the person or organisation the article gave as their author before.
DOCUMENT_NOUNS: tuple[str, ...] = (
    "statement", "report", "letter", "document", "lawsuit", "suit", "complaint", "filing", "memo",
    "study", "survey", "review", "paper", "ruling", "judgment", "judgement", "indictment", "petition",
    "submission", "audit", "leaflet", "manifesto", "white paper", "motion", "notice", "guidance",
    "press release", "release", "communique", "communiqué", "bulletin", "briefing", "dossier", "fact sheet",
    "assessment", "analysis", "forecast", "consultation", "blog post", "post", "website", "advert",
    "e-mail", "email", "text message",
)
#: Verbs by which a written thing reports what it found ("The study found that ...", "It shows"):
#: no reporting verbs for a person ("police found the car"), only for a study, report or "it".
FINDING_VERBS: tuple[str, ...] = ("found", "finds", "showed", "shows", "revealed", "reveals", "warned", "warns")
#: What somebody holds or wrote that a written thing may set out ("his reported views were
#: sent to a paper ... The document said"): its possessor is the document's author.
VIEWS_NOUNS: tuple[str, ...] = ("views", "remarks", "comments", "writings", "opinions", "thoughts", "words", "ideas")
#: Plural groups of people that speak for the organisation the article introduced them with
#: ("Researchers at the Marram Institute ... the researchers wrote", "A group of parents, the
#: Friends of Elm Library, ... the parents said").
GROUP_SPEAKER_NOUNS: tuple[str, ...] = (
    "researchers", "scientists", "academics", "authors", "analysts", "campaigners", "activists", "protesters",
    "protestors", "residents", "parents", "tenants", "members", "volunteers", "organisers", "organizers",
    "doctors", "nurses", "engineers", "economists", "farmers", "fishermen", "workers", "judges", "jury",
    "panel", "selectors", "stewards",
)
#: Nouns for a family speaking as one ("the Adeyemi family said").
FAMILY_NOUNS: tuple[str, ...] = ("family",)
#: Groups whose "they" speaks for the organisation they were introduced at ("Analysts at Kestrel
#: Bank said ... . '...,' they wrote"); not workers, residents or members, who speak for themselves.
ORG_VOICE_GROUP_NOUNS: tuple[str, ...] = ("researchers", "scientists", "academics", "authors", "analysts")
#: What an organisation is introduced as when it stands for a group ("X, a residents' group").
GROUP_KIND_NOUNS: tuple[str, ...] = (
    "group", "campaign", "coalition", "association", "alliance", "network", "organisation", "organization",
    "consortium", "team", "collective", "movement", "society", "federation", "union", "charity", "lobby",
)
#: Written things one of which may stand for another when the article speaks of it again (the
#: lawsuit it earlier called a claim, the report it called a study).
DOCUMENT_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("lawsuit", "suit", "claim", "case", "action", "complaint", "filing", "petition"),
    ("report", "study", "paper", "review", "survey", "analysis", "assessment", "audit", "trial"),
    ("statement", "press release", "release", "communique", "communiqué", "notice", "letter"),
)
#: Verbs by which somebody puts a written thing out ("X said in a statement", "X published a
#: report", "X filed a lawsuit"): their subject is its author.
ISSUING_VERBS: tuple[str, ...] = (
    "said", "says", "added", "stated", "issued", "issues", "published", "publishes", "released", "releases",
    "filed", "files", "lodged", "sent", "wrote", "posted", "put out", "submitted", "brought", "commissioned",
    "produced", "launched", "unveiled", "presented", "delivered", "handed down",
)
#: Nouns for something said, after a possessive naming its speaker ("Moreau's call for "a
#: fresh start"", "the union's warning of "chaos"").
SPEECH_NOUNS: tuple[str, ...] = (
    "call", "calls", "pledge", "pledges", "promise", "promises", "vow", "warning", "warnings", "claim",
    "claims", "demand", "demands", "appeal", "plea", "description", "remarks", "comments", "words",
    "statement", "assertion", "insistence", "criticism", "praise", "characterisation", "characterization",
    "rhetoric", "speech", "message", "threat", "threats", "accusation", "accusations", "denial",
    "admission", "boast", "vision", "slogan", "reference", "dismissal", "condemnation", "view", "opinion",
    "argument", "arguments", "contention", "suggestion", "complaint", "objection", "assurance", "assurances",
    "verdict", "assessment", "comment",
)
#: What a parenthetical "as <speaker> ..." after a quote ends in ("the 'historic' deal, as the
#: president put it,"): the phrases that make the speaker the one who said it.
AS_SAID_PHRASES: tuple[str, ...] = (
    "put it", "puts it", "has put it", "had put it", "once put it", "phrased it", "called it", "calls it",
    "described it", "describes it", "said", "says", "has said", "had said", "likes to say", "would have it",
)
#: Verbs of speech and stance whose passive form names the speaker after "by" ("was called a
#: "hypocrite" by X").
PASSIVE_SPEECH_VERBS: tuple[str, ...] = (
    "called", "described", "labelled", "labeled", "branded", "dismissed", "hailed", "criticised",
    "criticized", "condemned", "denounced", "accused", "praised", "slammed", "blasted", "termed",
    "characterised", "characterized", "mocked", "ridiculed", "derided", "decried", "lambasted", "urged",
    "told", "warned", "asked", "promised", "quoted", "cited", "dubbed", "nicknamed", "welcomed",
    "greeted", "rejected", "attacked",
)

# --------------------------------------------------------------------------- page cleaning

#: Reporting verbs whose past form (and, for those also read as plural cues, 3rd-person form)
#: marks a line as reported speech, never page junk ("..., she said.").
LINE_REPORTING_VERBS: tuple[str, ...] = ("say", "tell", "add", "ask", "state", "explain", "write")
#: The words and phrases that make a line read as reported speech (``clean.shapes``).
REPORTED_SPEECH_MARKERS: tuple[str, ...] = tuple(sorted(
    {v[1] for v in REPORTING_VERBS if v[0] in LINE_REPORTING_VERBS}
    | {v[2] for v in REPORTING_VERBS if v[0] in LINE_REPORTING_VERBS and v[0] in PLURAL_REPORTING_VERBS}
    | {"according to"}
))

# --------------------------------------------------------------------------- derived sets
# Sets the entity recogniser (``pipelines.text.entities.cues``) reads off the lists above, so
# that a verb added here is a person cue there too.

#: Finite reporting and stance verbs after a name that mark a speaker ("Hong said", "Hong
#: believes", "Hong points out"): past and third-person forms, the plural bases, and the
#: verbs of the multi-word cues that end in "out".
VERBS_AFTER_SPEAKER = frozenset(
    {form for v in REPORTING_VERBS for form in (v[1], v[2])}
    | set(PLURAL_REPORTING_VERBS)
    | {form for group in STANCE_VERBS for form in group
       if " " not in form and not form.endswith("ing") and form not in BARE_STANCE_FORMS}  # not "Telephone call"
    | {p.split()[0] for p in REPORTING_PHRASES if p.endswith(" out")}
)
#: Bases whose past form is written before the speaker ("said Hong", "warned Hong"): the
#: inverted attribution of news prose, which other verbs ("told Hong") do not make.
_INVERTING_BASES = frozenset({"say", "add", "ask", "write", "explain", "note", "argue", "insist", "warn"})
#: Verbs right before a name that make it a speaker ("said Hong", "says Hong").
VERBS_BEFORE_SPEAKER = frozenset(
    {v[1] for v in REPORTING_VERBS if v[0] in _INVERTING_BASES} | {v[2] for v in REPORTING_VERBS if v[0] == "say"}
)
