-- Who said what: one row per speaker with every quotation they are credited with, as plain text.
-- v2: quoted terms and unattributed partial quotes (a few quoted words nobody is saying) are left
-- out; quotes are one readable text column instead of a list.
with quotes as (
    select quote_id, doc_id, kind, speaker, speaker_entity_id, addressee, char_start,
           trim(regexp_replace(text, '\s+', ' ', 'g')) as text
    from core.quotes
    where kind = 'direct' or (kind = 'partial' and speaker is not null)
),
entities as (select entity_id, type from core.entities)
select
    coalesce(q.speaker, '(unattributed)') as speaker,
    q.speaker_entity_id,
    e.type as speaker_type,
    count(*) as n_quotes,
    count(*) filter (where q.kind = 'direct') as n_direct,
    count(distinct q.doc_id) as n_documents,
    string_agg(distinct q.addressee, ', ' order by q.addressee) as told,
    string_agg('“' || q.text || '”', '  ·  ' order by q.doc_id, q.char_start) as quotes,
    list(distinct q.doc_id order by q.doc_id) as documents
from quotes q
left join entities e on e.entity_id = q.speaker_entity_id
group by all
order by n_quotes desc, speaker
