-- Where sources agree and where they disagree: pairs of facts from two different sources
-- about the same thing, as v2 shows them. v3 reads the blocked pairs of marts.claim_pairs
-- (so 4x the corpus no longer costs 16x); dates that say what they date are compared too;
-- 'update' joins the statuses. Superseded by marts.claims and marts.claim_conflicts.
with pairs as (select * from marts.claim_pairs_v1),
entities as (select fact_id, entity_id, name from marts.fact_entities_v1),
shared as (
    select p.fact_a, p.fact_b, list(distinct ea.name order by ea.name) as shared_entities
    from pairs p
    join entities ea on ea.fact_id = p.fact_a
    join entities eb on eb.fact_id = p.fact_b and eb.entity_id = ea.entity_id
    group by all
)
select
    p.kind, p.unit, p.status, coalesce(s.shared_entities, []) as shared_entities,
    p.doc_a, p.display_a, p.approx_a, round(p.value_a, 4) as value_a, p.surface_a, p.sentence_a,
    p.doc_b, p.display_b, p.approx_b, round(p.value_b, 4) as value_b, p.surface_b, p.sentence_b,
    p.fact_a, p.fact_b
from pairs p
left join shared s using (fact_a, fact_b)
order by p.status, p.kind, p.unit, p.doc_a, p.doc_b
