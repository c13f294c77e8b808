-- Every quantitative fact as a person reads it ('50%', '20 of 27 cases', '$44 million', 'Jan 4'),
-- with its hedge, what it measures, its sentence, its document and the rule that produced it.
-- v2: adds display and date; proportions are fractions with no unit; a date without a year has
-- value NULL; values rounded to 4 decimals.
with facts as (
    select fact_id, doc_id, kind, display, approx, object, value, value_high, total, unit, date, normalized,
           surface, char_start, char_end, sentence_idx, sentence, group_id, rule
    from core.facts
),
documents as (select doc_id, title, publisher, duplicate_of from core.documents)
select
    f.fact_id, f.doc_id, d.title as doc_title, d.publisher, f.kind, f.display, f.approx, f.object,
    round(f.value, 4) as value, round(f.value_high, 4) as value_high, f.total, f.unit, f.date, f.normalized,
    f.surface, f.sentence, f.group_id, f.rule, f.char_start, f.char_end, f.sentence_idx,
    d.duplicate_of is not null as from_duplicate
from facts f
join documents d using (doc_id)
order by f.doc_id, f.char_start
