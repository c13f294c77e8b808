"""``extract_mentions``: the stages of reading one document, in order."""
from __future__ import annotations

from collections.abc import Sequence

from pydantic import TypeAdapter

from pipelines.records import EntityMention, EntityRole, Sentence
from pipelines.text.common import stable_id
from pipelines.text.entities.classify import Stripped, classify, strip_runs
from pipelines.text.entities.document import Candidate, EntityDoc, read_document
from pipelines.text.entities.evidence import gather_person_evidence, learn_names
from pipelines.text.entities.local_names import ampersand_initials, assign_local_names, defined_acronyms
from pipelines.text.entities.not_people import bodies_shaped_like_people, particle_surnames
from pipelines.text.entities.places import dateline_source, lowercase_places
from pipelines.text.entities.revise import (
    cities_to_clubs,
    constituencies,
    digit_names,
    drop_overlaps,
    company_lists,
    firms_shaped_like_people,
    one_type_for_context_places,
    team_sheets,
    join_lowercase_words,
    keep_suffix_stops,
    cased_institutions,
    known_people_over_weak_orgs,
    lower_legal_forms,
    lone_names_to_org,
    makers_of_products,
    numbered_channels,
)
from pipelines.text.entities.roles import roles_of
from pipelines.text.entities.tokens import runs
from pipelines.text.entities.works import drop_work_titles, work_title

_MENTIONS = TypeAdapter(list[EntityMention])  # one validation call per document


def extract_mentions(doc_id: str, body: str, sentences: Sequence[Sentence]) -> tuple[list[EntityMention], list[EntityRole]]:
    """Entity mentions and roles of one document (entity_id left None for ``resolve``)."""
    doc = read_document(body, sentences)
    found = runs(doc)  # also fills doc.mid_caps and doc.cap_counts
    gather_person_evidence(doc, found)
    multi, single = strip_runs(doc, found)
    cands = _classify_runs(doc, multi, single)
    cands += digit_names(doc)
    cands += numbered_channels(doc)
    cands += dateline_source(doc, cands)
    cands += cased_institutions(doc, cands)
    known_people_over_weak_orgs(doc, cands)
    join_lowercase_words(doc, cands)
    lone_names_to_org(doc, cands)
    firms_shaped_like_people(doc, cands)
    makers_of_products(cands)
    bodies_shaped_like_people(doc, cands)
    company_lists(doc, cands)
    cands += team_sheets(doc, cands)
    one_type_for_context_places(cands)
    cities_to_clubs(doc, cands)
    constituencies(doc, cands)
    cands += lowercase_places(doc, sorted((c.start, c.end) for c in cands))
    keep_suffix_stops(doc, cands)
    lower_legal_forms(doc, cands)
    particle_surnames(doc, cands)
    defined_acronyms(doc, cands)
    ampersand_initials(doc, cands)
    final = drop_overlaps(doc, cands)
    assign_local_names(doc, final)
    return _mention_rows(doc_id, doc, final), roles_of(doc, doc_id, sentences, final)


def _classify_runs(doc: EntityDoc, multi: list[Stripped], single: list[Stripped]) -> list[Candidate]:
    """Runs of several words first, so that single words know the document's full names;
    titles of works left out."""
    cands: list[Candidate] = []
    work_names: set[str] = set()
    for st in multi:
        for c in classify(doc, *st):
            if work_title(doc, c):
                work_names.add(c.name)
            else:
                cands.append(c)
    learn_names(doc, cands)
    done = {(c.start, c.end) for c in cands}
    for st in single:
        for c in classify(doc, *st):
            if (c.start, c.end) not in done:
                if work_title(doc, c):
                    work_names.add(c.name)
                else:
                    cands.append(c)
    return drop_work_titles(cands, work_names)


def _mention_rows(doc_id: str, doc: EntityDoc, final: list[Candidate]) -> list[EntityMention]:
    rows: list[dict] = []
    for c in final:
        surface = doc.body[c.start:c.end]
        rows.append({
            "mention_id": stable_id(doc_id, c.start, c.end),
            "doc_id": doc_id, "entity_id": None, "surface": surface, "char_start": c.start,
            "char_end": c.end, "type": c.type, "local_name": c.local or surface, "rule": c.rule,
        })
    return _MENTIONS.validate_python(rows)
