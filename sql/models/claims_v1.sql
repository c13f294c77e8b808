-- What the sources state, one row per claim: facts from different documents that state the
-- same thing (marts.claim_pairs) clustered together; a fact nobody else states is a claim of
-- its own. Exact and near duplicates of one article count as one source. status: 'single'
-- (one source), 'corroborated' (every pair agrees, hedged values within reach counting as
-- agreement), 'update' (a later story gives a newer figure), 'conflict' (two sources
-- disagree; see marts.claim_conflicts).
with facts as (
    select fact_id, doc_id, source_id, kind, unit_head, head, object, value, value_high
    from marts.claim_facts_v1
),
pairs as (select fact_a, fact_b, status from marts.claim_pairs_v1),
edges as (
    select fact_a as fact_id, fact_b as other from pairs
    union all
    select fact_b, fact_a from pairs
),
first_pass as (
    select f.fact_id, least(f.fact_id, min(e.other)) as label
    from facts f left join edges e using (fact_id)
    group by f.fact_id
),
second_pass as (
    select p.fact_id, least(p.label, min(n.label)) as label
    from first_pass p
    left join edges e using (fact_id)
    left join first_pass n on n.fact_id = e.other
    group by p.fact_id, p.label
),
members as (
    select s.label, f.*
    from second_pass s join facts f using (fact_id)
),
pair_status as (
    select s.label,
           bool_or(p.status = 'conflict') as has_conflict,
           bool_or(p.status = 'update') as has_update
    from pairs p join second_pass s on s.fact_id = p.fact_a
    group by s.label
)
select
    'claim:' || substr(md5(m.label), 1, 16) as claim_id,
    any_value(m.kind) as kind,
    coalesce(mode(m.object), nullif(mode(m.head), '')) as subject,
    nullif(any_value(m.unit_head), '') as unit,
    round(median(m.value), 4) as value,
    round(min(m.value), 4) as value_low,
    round(max(coalesce(m.value_high, m.value)), 4) as value_high,
    count(distinct m.source_id) as n_sources,
    list(distinct m.doc_id order by m.doc_id) as doc_ids,
    list(m.fact_id order by m.doc_id, m.fact_id) as fact_ids,
    case when count(distinct m.source_id) = 1 then 'single'
         when coalesce(any_value(ps.has_conflict), false) then 'conflict'
         when coalesce(any_value(ps.has_update), false) then 'update'
         else 'corroborated' end as status
from members m
left join pair_status ps using (label)
group by m.label
order by n_sources desc, kind, claim_id
