-- Pairs of facts from two different sources (an exact or near duplicate counts with its
-- original) that state the same thing: same kind and unit head, the same object or event
-- head when both name one (a date's event head may instead appear in the other sentence),
-- and compatible sentences (shared content words, or a shared entity). Only facts whose
-- sentences share an entity, and do not each name a person or organisation the other does
-- not (two companies' shares, two clubs' profits), may disagree. Blocked before any
-- pairing: each fact is keyed by kind, unit head and the four rarest words or entities of
-- its sentence that another fact shares, so the work grows with the corpus, not its square.
-- status: 'agree' (same value or date), 'agree_approx' (within 10% with a hedge on either
-- side, or overlapping ranges), 'update' (different values, the later publication giving
-- the newer figure), 'conflict' (anything else).
with facts as (select * from marts.claim_facts_v1),
terms as (
    select fact_id, unnest(words) as term from facts
    union
    select fact_id, 'entity:' || unnest(entity_ids) from facts
),
keyed_terms as (
    select t.fact_id, f.doc_id, t.term, f.kind, f.unit_head
    from terms t join facts f using (fact_id)
),
term_counts as (
    select kind, unit_head, term, count(*) as n
    from keyed_terms group by all
),
fact_keys as (
    select fact_id, doc_id, kind, unit_head, term
    from (
        select k.fact_id, k.doc_id, k.kind, k.unit_head, k.term,
               row_number() over (partition by k.fact_id order by c.n, k.term) as rarity
        from keyed_terms k
        join term_counts c using (kind, unit_head, term)
        where c.n >= 2
    )
    where rarity <= 4
),
candidates as (
    select distinct a.fact_id as fact_a, b.fact_id as fact_b
    from fact_keys a
    join fact_keys b using (kind, unit_head, term)
    where a.doc_id < b.doc_id
),
-- materialized: else the planner folds every test below into the join's condition, where the
-- list intersections are evaluated once per test instead of once per pair (8x slower on a
-- 16x corpus: 945k candidate pairs)
scored as materialized (
    select c.fact_a, c.fact_b, a.kind, a.unit_head,
           len(list_intersect(a.words, b.words)) as n_shared_words,
           len(list_intersect(a.words, b.words)) / len(list_distinct(list_concat(a.words, b.words))) as overlap,
           len(list_intersect(a.object_words, b.object_words))
               / greatest(len(list_distinct(list_concat(a.object_words, b.object_words))), 1) as object_overlap,
           a.head <> '' and a.head = b.head as same_head,
           a.kind = 'date' and (list_contains(b.words, a.head) or list_contains(a.words, b.head)) as event_in_sentence,
           a.head <> '' and b.head <> '' and a.head <> b.head as other_head,
           len(list_intersect(a.entity_ids, b.entity_ids)) as n_shared_entities,
           len(list_intersect(a.actor_ids, b.entity_ids)) < len(a.actor_ids)
               and len(list_intersect(b.actor_ids, a.entity_ids)) < len(b.actor_ids) as rival_actors,
           a.n_alike > 1 or b.n_alike > 1 as ambiguous,
           case when a.kind = 'date' then
                    starts_with(a.normalized, b.normalized) or starts_with(b.normalized, a.normalized)
                    or (starts_with(a.normalized, '--') and ends_with(b.normalized, substr(a.normalized, 2)))
                    or (starts_with(b.normalized, '--') and ends_with(a.normalized, substr(b.normalized, 2)))
                else a.value = b.value and coalesce(a.value_high, a.value) = coalesce(b.value_high, b.value)
                     and a.total is not distinct from b.total end as same_value,
           a.kind <> 'date' and a.total is not distinct from b.total
               and (greatest(a.value, b.value) <= least(coalesce(a.value_high, a.value), coalesce(b.value_high, b.value))
                    or ((a.approx is not null or b.approx is not null)
                        and abs(a.value - b.value) <= 0.1 * greatest(abs(a.value), abs(b.value)))
                    or (a.significant_digits <> b.significant_digits and a.value <> 0 and b.value <> 0
                        -- the less precise value may be the other rounded: within half its last digit
                        and abs(a.value - b.value) <= 0.5 * pow(10, floor(log10(abs(
                            case when a.significant_digits < b.significant_digits then a.value else b.value end)))
                            - least(a.significant_digits, b.significant_digits) + 1))) as close_value,
           a.published_at is not null and b.published_at is not null and a.published_at <> b.published_at as dated_apart
    from candidates c
    join facts a on a.fact_id = c.fact_a
    join facts b on b.fact_id = c.fact_b
    where a.source_id <> b.source_id
),
judged as (
    select *,
           -- strong: the same event or object, or sentences telling one story; only a strong match can disagree
           not ambiguous and case
               when kind = 'date' then
                   (same_head and object_overlap >= 0.3 and n_shared_entities >= 1)
                   or (not same_head and event_in_sentence and n_shared_entities >= 2 and overlap >= 0.2)
               else (same_head and object_overlap >= 0.5 and overlap >= 0.1 and (n_shared_entities >= 1 or overlap >= 0.2))
                    or (not other_head and overlap >= 0.5 and n_shared_entities >= 1 and n_shared_words >= 6) end as strong,
           -- weak: enough in common to corroborate a figure both give, never to contradict one
           kind <> 'date' and ((same_head and overlap >= 0.1 and (n_shared_entities >= 1 or overlap >= 0.2))
                               or (not other_head and overlap >= 0.25 and n_shared_words >= 4)) as weak
    from scored
),
compared as (
    select * from judged
    where (strong and (same_value or close_value or (n_shared_entities >= 1 and not rival_actors)))
       or (weak and (same_value or close_value))
)
select
    c.fact_a, c.fact_b, c.kind, c.unit_head as unit,
    case when c.same_value then 'agree'
         when c.close_value then 'agree_approx'
         when c.dated_apart then 'update'
         else 'conflict' end as status,
    round(c.overlap, 3) as overlap, c.n_shared_entities,
    a.doc_id as doc_a, a.source_id as source_a, a.value as value_a, a.display as display_a, a.approx as approx_a,
    a.surface as surface_a, a.sentence as sentence_a, a.char_start as char_start_a, a.published_at as published_a,
    b.doc_id as doc_b, b.source_id as source_b, b.value as value_b, b.display as display_b, b.approx as approx_b,
    b.surface as surface_b, b.sentence as sentence_b, b.char_start as char_start_b, b.published_at as published_b
from compared c
join facts a on a.fact_id = c.fact_a
join facts b on b.fact_id = c.fact_b
