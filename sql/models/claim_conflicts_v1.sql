-- Where sources contradict each other: each pair of facts inside one claim whose values
-- differ. Hedged values that overlap ("nearly 50%" and "48%") agree and are not listed.
-- reason: 'different_value' or 'different_date' (a conflict), 'update' (both documents are
-- dated and differ: the later story's figure is an update, not a contradiction).
with pairs as (
    select fact_a, fact_b, kind, status, doc_a, value_a, sentence_a, doc_b, value_b, sentence_b
    from marts.claim_pairs_v1
    where status in ('conflict', 'update')
),
claims as (select claim_id, unnest(fact_ids) as fact_id from marts.claims_v1)
select
    c.claim_id,
    p.doc_a, p.value_a, p.sentence_a,
    p.doc_b, p.value_b, p.sentence_b,
    case when p.status = 'update' then 'update'
         when p.kind = 'date' then 'different_date'
         else 'different_value' end as reason
from pairs p
join claims c on c.fact_id = p.fact_a
order by reason, c.claim_id, p.doc_a, p.doc_b
