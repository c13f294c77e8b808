-- Where sources agree and disagree: one row per (kind, unit, value) that two or more original
-- documents report ('agree'), plus every value of a (kind, unit) on which sources differ
-- ('conflicting'). Exact duplicates and dates are left out.
with facts as (
    select f.doc_id, f.kind, lower(coalesce(f.unit, '')) as unit, f.value, f.total, f.surface, f.sentence
    from core.facts f
    join core.documents d using (doc_id)
    where d.duplicate_of is null and f.kind <> 'date'
),
by_value as (
    select kind, unit, value, total,
           count(distinct doc_id) as n_sources,
           list(distinct doc_id) as sources,
           any_value(sentence) as example
    from facts group by all
),
by_unit as (
    select kind, unit, count(distinct value) as n_values, count(distinct doc_id) as n_unit_sources
    from facts where unit <> '' group by all
)
select
    v.kind, v.unit, v.value, v.total, v.n_sources, v.sources, v.example,
    coalesce(u.n_values, 1) as values_for_unit,
    case when coalesce(u.n_values, 1) = 1 then 'agree' else 'conflicting' end as status
from by_value v
left join by_unit u using (kind, unit)
where v.n_sources >= 2 or (coalesce(u.n_values, 1) > 1 and coalesce(u.n_unit_sources, 1) >= 2)
order by v.n_sources desc, v.kind, v.unit, v.value
