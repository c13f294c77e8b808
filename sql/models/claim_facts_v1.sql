-- The facts cross-source models compare, one row per fact: counts, money, proportions,
-- ratios, durations, measures, and calendar dates that say what they date (an object); exact
-- duplicates left out, a near duplicate's source is its original. Adds what blocking and
-- matching need: the unit's last word, the head noun of the object or event, the
-- sentence's content words, its entities (for a figure, those of the sentence before when
-- it names none), its people and organisations, and how many figures alike its
-- sentence holds (of the same kind and unit, or of any kind in the same unit: 'rose by
-- £7.1bn, up from a £6.4bn rise' holds two pound figures).
with documents as (
    select doc_id, coalesce(duplicate_of, doc_id) as source_id, published_at
    from core.documents
    where duplicate_kind is distinct from 'exact'
),
raw_facts as (
    select f.fact_id, f.doc_id, d.source_id, d.published_at, f.kind, f.value, f.value_high, f.total, f.approx,
           f.normalized, f.display, f.surface, f.object, f.sentence, f.sentence_idx, f.char_start,
           lower(regexp_extract(coalesce(f.unit, ''), '([A-Za-z]+)$', 1)) as unit_head,
           regexp_extract(lower(coalesce(f.object, '')),
                          '^(.*?)(\s+(of|on|in|for|to|from|with|by|at|against|over|between|among|into|since)\s|$)', 1)
               as object_phrase,
           list_distinct(regexp_extract_all(lower(f.sentence), '[a-z][a-z-]{3,}')) as words,
           rtrim(regexp_extract(f.display, '[0-9][0-9.,]*'), '.,') as number
    from core.facts f
    join documents d using (doc_id)
    where f.kind in ('count', 'money', 'proportion', 'ratio', 'duration', 'measure', 'date')
      and (f.kind <> 'date' or (f.object is not null and f.relative is null))
),
sentence_entities as (
    select s.doc_id, s.sentence_idx, list(distinct m.entity_id order by m.entity_id) as entity_ids,
           coalesce(list(distinct m.entity_id order by m.entity_id) filter (where e.type in ('PERSON', 'ORG')), [])
               as actor_ids
    from core.sentences s
    join core.entity_mentions m on m.doc_id = s.doc_id and m.char_start >= s.char_start and m.char_start < s.char_end
    join core.entities e on e.entity_id = m.entity_id
    group by s.doc_id, s.sentence_idx
),
entity_lists as (
    -- a figure's sentence naming nobody ("It let people download ...") speaks of whom the one
    -- before names (a date's event is read from its own sentence only)
    select f.fact_id, coalesce(h.entity_ids, p.entity_ids) as entity_ids, coalesce(h.actor_ids, p.actor_ids) as actor_ids
    from raw_facts f
    left join sentence_entities h on h.doc_id = f.doc_id and h.sentence_idx = f.sentence_idx
    left join sentence_entities p on p.doc_id = f.doc_id and p.sentence_idx = f.sentence_idx - 1 and f.kind <> 'date'
),
sentence_figures as (
    select doc_id, sentence_idx, kind, unit_head from raw_facts
    union all
    select doc_id, sentence_idx, kind, lower(regexp_extract(coalesce(unit, ''), '([A-Za-z]+)$', 1))
    from core.facts
    where kind not in ('count', 'money', 'proportion', 'ratio', 'duration', 'measure', 'date')
),
alike as (
    select f.fact_id, count(*) as n_alike
    from raw_facts f
    join sentence_figures s on s.doc_id = f.doc_id and s.sentence_idx = f.sentence_idx
        and ((s.kind = f.kind and s.unit_head = f.unit_head)
             or (f.kind <> 'date' and s.kind <> 'date' and f.unit_head <> '' and s.unit_head = f.unit_head))
    group by f.fact_id
),
facts as (
    select * exclude (object_phrase),
           case when regexp_matches(object_phrase, '[’'']s$') then ''
                else regexp_extract(object_phrase, '([a-z][a-z-]{2,})$', 1) end as head
    from raw_facts
)
select f.fact_id, f.doc_id, f.source_id, f.published_at, f.kind, f.value, f.value_high, f.total, f.approx,
       f.normalized, f.display, f.surface, f.object, f.sentence, f.sentence_idx, f.char_start, f.unit_head, f.head,
       f.words, list_distinct(regexp_extract_all(lower(coalesce(f.object, '')), '[a-z][a-z-]{3,}')) as object_words,
       coalesce(e.entity_ids, []) as entity_ids, coalesce(e.actor_ids, []) as actor_ids, a.n_alike,
       length(case when contains(f.number, '.') then ltrim(replace(replace(f.number, ',', ''), '.', ''), '0')
                   when length(replace(f.number, ',', '')) >= 4 then trim(replace(f.number, ',', ''), '0')
                   else ltrim(f.number, '0') end) as significant_digits
from facts f
join alike a using (fact_id)
left join entity_lists e using (fact_id)
