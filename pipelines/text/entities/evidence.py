"""What the document says about its names as a whole: which words name people (person
evidence), which full names it introduces, which words open its organisation names."""
from __future__ import annotations

from pipelines.text.entities.cues import org_cue, person_cue
from pipelines.text.entities.document import Candidate, EntityDoc, Token
from pipelines.text.entities.keys import name_key, name_tokens
from pipelines.text.lexicon.gazetteer import lookup_demonym, lookup_place
from pipelines.text.lexicon.names import HONORIFICS, PERSON_TITLES, WEAK_TITLES
from pipelines.text.lexicon.organisations import ORG_WORDS


def gather_person_evidence(doc: EntityDoc, runs: list[list[Token]]) -> None:
    """The last words of runs after an honorific or title, or that a person cue touches."""
    for run in runs:
        caps = run if len(run) == 1 else [t for t in run if t.kind == "cap"]
        if not caps or len(caps) > 4:
            continue
        last = caps[-1].text
        if caps[0].text in HONORIFICS or (len(caps) > 1 and caps[-2].text in PERSON_TITLES
                                          and caps[-2].text not in WEAK_TITLES):
            doc.person_evidence.add(name_key(last))
        elif (last not in ORG_WORDS and not (len(last) > 2 and last.isupper())
              and lookup_place(last) is None and lookup_demonym(last) is None
              and person_cue(doc, run[0].start, run[-1].end) and not org_cue(doc, run[0].start, run[-1].end)):
            doc.person_evidence.add(name_key(last))


def learn_names(doc: EntityDoc, cands: list[Candidate]) -> None:
    """First words of organisation (and "... Party") names, and the full names of people with
    their first and last words (and the first part of a double-barrelled last word) as person
    evidence."""
    for c in cands:
        if c.type == "ORG" and " " in c.name:
            first = c.name.split()[1] if c.name.startswith("The ") else c.name.split()[0]
            doc.org_firsts.add(first)
            if c.name.endswith(" Party"):
                doc.party_firsts.add(first)
        if c.type == "PERSON":
            toks = name_tokens(c.name)
            if len(toks) >= 2:
                # a double-barrelled family name is shortened to its first part too ("Kilroy")
                barrel = (toks[-1].split(" ")[0],) if " " in toks[-1] else ()
                for tok in (toks[0], toks[-1], *barrel):
                    doc.full_names.setdefault(tok, []).append((c.start, c.name, toks))
                doc.person_evidence.update((toks[0], toks[-1], *barrel))
