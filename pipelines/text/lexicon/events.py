"""Words that say what kind of event a date dates, so two sources' phrasings of one event
("began his trip", "embarked on a visit") get the same key (see ``pipelines.text.timeline``)."""
from __future__ import annotations

from pipelines.text.lexicon._lists import words

#: Verbs of an event's phase, in their written forms, by the phase they name.
EVENT_PHASE_VERBS: dict[str, frozenset[str]] = {
    "start": words("""began begin begins beginning begun start started starts starting embarked embarks
                      embark embarking launched launch launches launching opened opens open opening kicked
                      kicks commenced commence commences set sets setting departed departs"""),
    "end": words("""ended end ends ending concluded conclude concludes concluding wrapped wraps wrap wrapping
                    finished finish finishes finishing closed close closes closing completed complete
                    completes completing"""),
    "arrive": words("arrived arrive arrives arriving landed lands land landing reached reach reaches"),
    "hold": words("held hold holds holding hosted host hosts hosting staged stage stages"),
}
#: Nouns of events, with the one noun their synonyms share ("trip" and "tour" are a visit).
EVENT_NOUNS: dict[str, str] = {
    **{w: "visit" for w in words("visit visits trip trips tour tours journey journeys voyage")},
    **{w: "talks" for w in words("talks negotiations negotiation")},
    **{w: "meeting" for w in words("meeting meetings summit summits")},
    **{w: "election" for w in words("election elections vote votes ballot referendum")},
    **{w: "strike" for w in words("strike strikes walkout stoppage")},
    **{w: "protest" for w in words("protest protests demonstration demonstrations rally rallies march")},
    **{w: "trial" for w in words("trial trials hearing hearings")},
    **{w: "war" for w in words("war invasion offensive")},
    **{w: "ceasefire" for w in words("ceasefire truce")},
    **{w: "exercise" for w in words("exercise exercises drill drills")},
    **{w: "test" for w in words("test tests launch")},
    **{w: "conference" for w in words("conference forum congress")},
    **{w: "campaign" for w in words("campaign campaigns")},
    **{w: "season" for w in words("season tournament")},
}
