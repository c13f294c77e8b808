"""Every rule a Quote row can carry (``Quote.rule``), declared once with what it means."""
from __future__ import annotations

from pipelines.text.rules import RuleRegistry

RULES = RuleRegistry("quotes")

# attribution after the quote
AFTER_NAME_SAID = RULES.add(
    "quote.after.name_said", "The speaker, then a reporting verb, right after the quote.",
    '"We had no choice," the union said.')
AFTER_PRONOUN_SAID = RULES.add(
    "quote.after.pronoun_said", "A pronoun, then a reporting verb, right after the quote; resolved to a speaker.",
    '"We had no choice," she said.')
AFTER_SAID_NAME = RULES.add(
    "quote.after.said_name", "A reporting verb, then the speaker, right after the quote (also 'quoted X as saying').",
    '"We had no choice," said Maria Lopez.')
AFTER_ACCORDING_TO = RULES.add(
    "quote.after.according_to", "'according to X' right after the quote.",
    '"The plant will close," according to a company memo.')
AFTER_NAME_ONLY = RULES.add(
    "quote.after.name_only",
    "A person named alone after the quote's comma, ending the sentence: the reporting verb was dropped.",
    '"Growth is not robust," Hartwell Securities\' Brennan.')

# attribution before the quote
BEFORE_NAME_SAID = RULES.add(
    "quote.before.name_said", "The speaker and a reporting verb introduce the quote.",
    'Maria Lopez told reporters: "We had no choice."')
BEFORE_PRONOUN_SAID = RULES.add(
    "quote.before.pronoun_said", "A pronoun and a reporting verb introduce the quote; resolved to a speaker.",
    'She said: "We had no choice."')
BEFORE_SAID_NAME = RULES.add(
    "quote.before.said_name", "An inverted reporting verb, then the speaker, introduce the quote.",
    'Said coach Tom Hart: "We deserved the win."')
BEFORE_ACCORDING_TO = RULES.add(
    "quote.before.according_to", "'According to X,' introduces the quote.",
    'According to Dr Yang, a researcher at the institute, "the data are clear."')
BEFORE_PARTICIPLE = RULES.add(
    "quote.before.participle", "A participle ('adding:') introduces the quote; the speaker is the sentence's subject.",
    'Hart praised the team, adding: "We deserved the win."')
BEFORE_COLON = RULES.add(
    "quote.before.colon", "A lead-in naming the speaker, without a reporting verb, ends in a colon or list dash.",
    '- Rovers boss Tom Hart: "We deserved the win."')
SPEAKER_LINE = RULES.add(
    "quote.before.speaker_line", "A line naming only the speaker, as in a transcript, introduces the quoted paragraphs after it.",
    'SENATOR OKAFOR:\n\n"Thank you all for coming."')

# attribution elsewhere in the sentence (partial quotes)
SENTENCE_NAME_SAID = RULES.add(
    "quote.sentence.name_said", "A reporting or characterising verb earlier in the sentence governs the quote.",
    'Lopez called the decision "a betrayal of every worker".')
SENTENCE_FINAL_SAID = RULES.add(
    "quote.sentence.final_said", "A sentence-final attribution after the quote.",
    'The outlook is "very favourable" for the year ahead, the bank said.')
SENTENCE_ACCORDING_TO = RULES.add(
    "quote.sentence.according_to", "'According to X,' opens the sentence the quote is embedded in.",
    'According to Dr Yang, the economy is "in real trouble".')
SENTENCE_WITH_SUBJECT = RULES.add(
    "quote.sentence.with_subject", "A participle whose subject 'with' gives ('with X claiming') governs the quote; X speaks.",
    'Hart missed the game, with the coach claiming he was "simply exhausted".')
AS_SAID = RULES.add(
    "quote.sentence.as_said", "A parenthetical 'as X put it' / 'as X said' right after the quote names its speaker.",
    'The minister met Lena Holt. The "historic" deal, as Holt put it, is done.')
SENTENCE_QUOTED_VERB = RULES.add(
    "quote.sentence.quoted_verb", "The quote is a verb phrase right after a subject naming somebody.",
    'A spokesman "totally refuted" the claims.')

# across quotes
CONTINUED = RULES.add(
    "quote.continued", "A later part of a quotation running over paragraphs or sentences; shares its speaker.",
    'Lopez said: "The market has gone.\n"Nothing will come back."')
CARRY_PREVIOUS = RULES.add(
    "quote.carry.previous", "A stand-alone quote continues the previous quote's speaker; nobody else was named since.",
    '"We had no choice," Lopez said.\n"The market has gone."')
CARRY_REPORTED = RULES.add(
    "quote.carry.reported", "A stand-alone quote continues the reported speech in the sentence just before.",
    'Lopez said the plant would close. "We had no choice."')
CARRY_SUBJECT = RULES.add(
    "quote.carry.subject", "A stand-alone quote in the first person continues the person who is the subject of the sentence before.",
    'Ana Lopez moved to crutches in May. "Walking again felt like my first win."')
SOURCE_AFTER = RULES.add(
    "quote.after.source_sentence", "A stand-alone quote whose next sentence says whose words they were.",
    '"We were patient." The verdict came from goalkeeper Ana Lopez.')
CARRY_PARAGRAPH_SUBJECT = RULES.add(
    "quote.carry.paragraph_subject",
    "A stand-alone quote right after, in its paragraph, a sentence whose subject is a person: that person's.",
    'Councillor Ana Lopez, who chairs the panel, was scathing. "This plan was never costed."')
CARRY_PARTIAL = RULES.add(
    "quote.carry.partial", "An embedded quote with no speaker in its sentence continues the speech reported just before.",
    'Lopez said the rebate was unfair. The plan was a "sticking plaster" for a deeper wound.')

# no speaker
TERM_NAMING = RULES.add(
    "quote.term.naming", "A term after a naming cue ('so-called', 'dubbed', 'known as').",
    'the so-called "peace dividend"')
TERM_SHORT = RULES.add(
    "quote.term.short", "A term: a short or name-like quoted phrase nobody is said to say.",
    'the "one-China" principle')
UNATTRIBUTED = RULES.add(
    "quote.unattributed", "A quote whose speaker was not found.",
    '"Nobody saw it coming."')

# who speaks for whom (issue #12 classes)
THROUGH_SOURCE = RULES.add(
    "quote.sentence.through_source",
    "'According to <source>, X said ...': X is the speaker; the source goes to the addressee.",
    'According to the Baltic Wire agency, Okonkwo said both sides want "a durable truce".')
PASSIVE_AGENT = RULES.add(
    "quote.sentence.passive_agent", "A passive verb of speech or stance; the agent after 'by' is the speaker.",
    'The visit was branded a "provocation" by Eritrea.')
POSSESSIVE_CUE = RULES.add(
    "quote.sentence.possessive_cue", "A speech noun after a possessive names the speaker ('X's call for').",
    'Analysts read Moreau\'s call for "a fresh start" as a softer line.')
SHARED_CUE = RULES.add(
    "quote.sentence.shared_cue", "One attribution at the end of a sentence speaks every quote in it.",
    'It gives the port a "decisive" edge and "a new era," Haddad added.')
ORG_NOUN = RULES.add(
    "quote.speaker.org_noun", "'the union', 'the company' speaking: the organisation of the article it names.",
    'The Harbour Pilots\' Union rejected the offer. "It insults us," the union said.')
METONYMY = RULES.add(
    "quote.speaker.metonymy",
    "A body speaking for the person or state heading it: 'the X administration', 'X's office', 'the Peruvian embassy'.",
    '"No plans to resign," Castillo\'s office said.')
CAPITAL = RULES.add(
    "quote.speaker.capital",
    "A capital city speaking for its country's government ('Warsaw said'): the country, as the gazetteer knows the capital.",
    'Polish troops moved to the border. "We will respond," Warsaw said.')
MOUTHPIECE = RULES.add(
    "quote.speaker.mouthpiece",
    "An unnamed spokesperson speaking for the organisation the article names: 'a Tarnvision spokesman', "
    "'a police spokesperson', 'the spokesman' introduced before.",
    'Tarn Valley Police said officers were called. "A man was hurt," a police spokesperson said.')
FOR_PERSON = RULES.add(
    "quote.speaker.for_person",
    "An unnamed spokesperson, lawyer or office speaking for one person: 'a spokesman for Mr Okoro', "
    "'her lawyers', 'the singer's spokeswoman' (the person named or described before).",
    'A spokesman for Mr Okoro said the story was "false from start to finish".')
DOCUMENT = RULES.add(
    "quote.speaker.document",
    "A written thing speaking ('the report said', 'the lawsuit says'): the author the article gave it before.",
    'A report by the Audit Board found waste. "Money was spent without checks," the report said.')
GROUP = RULES.add(
    "quote.speaker.group",
    "A plural group speaking ('the researchers wrote', 'campaigners said'): the organisation the article introduced it with.",
    'Researchers at the Tarn Institute mapped the marsh. "The marsh is growing," the researchers wrote.')
FAMILY = RULES.add(
    "quote.speaker.family", "A family named by its surname speaks as one ('the Ode family said'), not the person of that name.",
    'In a statement, the Ode family said: "He was the kindest man we knew."')
FINDING = RULES.add(
    "quote.sentence.finding",
    "A written thing's finding governs the quote ('the study found that ...', 'It found'): its author speaks; "
    "an organisation opening the sentence finds it ('The Audit Board found'): it speaks.",
    'A study by the Tarn Institute tracked 300 farms. The study found yields had "barely moved in a decade".')
SPEECH_NOUN = RULES.add(
    "quote.sentence.speech_noun",
    "No reporting verb in the sentence; a noun for something said ('a promise to', 'a call for') right before the "
    "quote is the subject's.",
    'She won the seat on a promise to "clean up every river in the county".')
