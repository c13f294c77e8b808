-- Who said what: one row per speaker (direct and partial quotes; quoted terms left out).
with quotes as (
    select quote_id, doc_id, text, kind, speaker, speaker_entity_id, cue, addressee, char_start
    from core.quotes
    where kind in ('direct', 'partial')
),
entities as (select entity_id, type from core.entities)
select
    coalesce(q.speaker, '(unattributed)') as speaker,
    q.speaker_entity_id,
    e.type as speaker_type,
    count(*) as n_quotes,
    count(distinct q.doc_id) as n_documents,
    list(distinct q.addressee) filter (where q.addressee is not null) as told,
    list(q.text order by q.doc_id, q.char_start) as quotes,
    list(q.doc_id order by q.doc_id, q.char_start) as quote_docs
from quotes q
left join entities e on e.entity_id = q.speaker_entity_id
group by all
order by n_quotes desc, speaker
