-- The resolved entities named in the sentence of each fact: one row per fact and entity.
with facts as (select fact_id, doc_id, sentence_idx from core.facts),
sentences as (select doc_id, sentence_idx, char_start, char_end from core.sentences),
mentions as (select doc_id, entity_id, char_start from core.entity_mentions where entity_id is not null),
entities as (select entity_id, name from core.entities)
select distinct f.fact_id, m.entity_id, e.name
from facts f
join sentences s using (doc_id, sentence_idx)
join mentions m on m.doc_id = f.doc_id and m.char_start >= s.char_start and m.char_start < s.char_end
join entities e using (entity_id)
