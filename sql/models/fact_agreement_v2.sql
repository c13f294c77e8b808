-- Where sources agree and where they disagree: pairs of facts from two different original
-- documents that are about the same thing: same kind and counted noun (or currency, or time
-- unit), sentences naming at least one entity in common and sharing at least a fifth of their
-- content words. status: 'agree' (same value), 'agree_approx' (within 10% and at least one
-- side hedged), 'conflict' (anything else). Exact duplicates are left out.
-- v2: each side as a person reads it (display_a, display_b); values rounded to 4 decimals.
with facts as (
    select f.fact_id, f.doc_id, f.kind, f.value, f.total, f.approx, f.display, f.surface, f.sentence, f.sentence_idx,
           lower(regexp_extract(coalesce(f.unit, ''), '([A-Za-z]+)$', 1)) as unit_head,
           list_distinct(regexp_extract_all(lower(f.sentence), '[a-z]{4,}')) as words
    from core.facts f
    join core.documents d using (doc_id)
    where d.duplicate_of is null and f.kind in ('count', 'money', 'proportion', 'ratio', 'duration')
),
sentences as (select doc_id, sentence_idx, char_start, char_end from core.sentences),
mentions as (select doc_id, entity_id, char_start from core.entity_mentions where entity_id is not null),
sentence_entities as (
    select distinct m.doc_id, s.sentence_idx, m.entity_id
    from mentions m
    join sentences s on s.doc_id = m.doc_id and m.char_start >= s.char_start and m.char_start < s.char_end
),
fact_entities as (
    select f.fact_id, e.entity_id
    from facts f join sentence_entities e using (doc_id, sentence_idx)
),
entities as (select entity_id, name from core.entities),
candidates as (
    select a.fact_id as fact_a, b.fact_id as fact_b, ea.entity_id
    from fact_entities ea
    join fact_entities eb on eb.entity_id = ea.entity_id and eb.fact_id <> ea.fact_id
    join facts a on a.fact_id = ea.fact_id
    join facts b on b.fact_id = eb.fact_id
    where a.kind = b.kind and a.unit_head = b.unit_head and a.doc_id < b.doc_id
),
pairs as (
    select c.fact_a, c.fact_b, list(distinct n.name order by n.name) as shared_entities
    from candidates c
    join entities n using (entity_id)
    group by all
)
select
    a.kind, a.unit_head as unit,
    case
        when a.value = b.value and a.total is not distinct from b.total then 'agree'
        when (a.approx is not null or b.approx is not null)
             and abs(a.value - b.value) <= 0.1 * greatest(abs(a.value), abs(b.value))
             and a.total is not distinct from b.total then 'agree_approx'
        else 'conflict'
    end as status,
    p.shared_entities,
    a.doc_id as doc_a, a.display as display_a, a.approx as approx_a, round(a.value, 4) as value_a,
    a.surface as surface_a, a.sentence as sentence_a,
    b.doc_id as doc_b, b.display as display_b, b.approx as approx_b, round(b.value, 4) as value_b,
    b.surface as surface_b, b.sentence as sentence_b,
    p.fact_a, p.fact_b
from pairs p
join facts a on a.fact_id = p.fact_a
join facts b on b.fact_id = p.fact_b
where len(list_intersect(a.words, b.words)) >= 0.2 * len(list_distinct(list_concat(a.words, b.words)))
order by status, a.kind, unit, a.doc_id, b.doc_id
