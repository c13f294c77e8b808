-- One row per document: where it came from, how it was read, and what was extracted from it.
with documents as (
    select doc_id, source_path, title, publisher, format, encoding, n_chars, duplicate_of, duplicate_kind
    from core.documents
),
sentences as (select doc_id, count(*) as n_sentences from core.sentences group by doc_id),
facts as (select doc_id, count(*) as n_facts from core.facts group by doc_id),
quotes as (select doc_id, count(*) as n_quotes from core.quotes group by doc_id),
mentions as (
    select doc_id, count(*) as n_mentions, count(distinct entity_id) as n_entities
    from core.entity_mentions group by doc_id
),
removed as (select doc_id, count(*) as n_removed_spans from core.removed_spans group by doc_id)
select
    d.doc_id, d.source_path, d.title, d.publisher, d.format, d.encoding, d.n_chars,
    coalesce(s.n_sentences, 0) as n_sentences,
    coalesce(f.n_facts, 0) as n_facts,
    coalesce(q.n_quotes, 0) as n_quotes,
    coalesce(m.n_mentions, 0) as n_mentions,
    coalesce(m.n_entities, 0) as n_entities,
    coalesce(r.n_removed_spans, 0) as n_removed_spans,
    d.duplicate_of, d.duplicate_kind
from documents d
left join sentences s using (doc_id)
left join facts f using (doc_id)
left join quotes q using (doc_id)
left join mentions m using (doc_id)
left join removed r using (doc_id)
order by d.source_path
