-- Every quantitative fact with its sentence, its document and the rule that produced it.
with facts as (
    select fact_id, doc_id, kind, value, value_high, total, unit, object, approx, normalized,
           surface, char_start, char_end, sentence_idx, sentence, group_id, rule
    from core.facts
),
documents as (select doc_id, title, publisher, duplicate_of from core.documents)
select
    f.fact_id, f.doc_id, d.title as doc_title, d.publisher, f.kind, f.value, f.value_high, f.total,
    f.unit, f.object, f.approx, f.normalized, f.surface, f.sentence, f.group_id, f.rule,
    f.char_start, f.char_end, f.sentence_idx,
    d.duplicate_of is not null as from_duplicate
from facts f
join documents d using (doc_id)
order by f.doc_id, f.char_start
