-- Who rewrote whom: pairs of documents that are one article. 'duplicate' (byte-identical
-- body) and 'near_duplicate' (MinHash near-identical) come from core.documents; a
-- 'derivative' is a reworded version of another story: at least three facts that agree
-- (marts.claim_pairs) and verbatim quotes in common, in the same order in both, covering at
-- least a third of the shorter story's facts and quotes. doc_a is the earlier publication
-- when both are dated, else the smaller doc_id.
with documents as (select doc_id, duplicate_of, duplicate_kind, body, published_at from core.documents),
duplicates as (
    select d.duplicate_of as doc_a, d.doc_id as doc_b,
           case d.duplicate_kind when 'exact' then 'duplicate' else 'near_duplicate' end as relation,
           case when d.duplicate_kind = 'exact' then 1.0 else round(
               len(list_intersect(list_distinct(regexp_extract_all(lower(o.body), '\w+')),
                                  list_distinct(regexp_extract_all(lower(d.body), '\w+'))))
               / len(list_distinct(list_concat(regexp_extract_all(lower(o.body), '\w+'),
                                               regexp_extract_all(lower(d.body), '\w+')))), 3) end as score
    from documents d join documents o on o.doc_id = d.duplicate_of
    where d.duplicate_of is not null
),
agreeing as (
    select source_a as doc_a, source_b as doc_b, 'fact' as item, char_start_a as pos_a, char_start_b as pos_b
    from marts.claim_pairs_v1
    where status in ('agree', 'agree_approx') and source_a <> source_b
),
quotes as (
    select q.doc_id, q.char_start, md5(regexp_replace(lower(q.text), '\W+', ' ', 'g')) as text_key
    from core.quotes q join documents d using (doc_id)
    where d.duplicate_of is null and q.kind = 'direct' and length(q.text) >= 20
),
quoted as (
    select a.doc_id as doc_a, b.doc_id as doc_b, 'quote' as item, a.char_start as pos_a, b.char_start as pos_b
    from quotes a join quotes b using (text_key)
    where a.doc_id < b.doc_id
),
items as (
    select least(doc_a, doc_b) as doc_a, greatest(doc_a, doc_b) as doc_b, item,
           case when doc_a < doc_b then pos_a else pos_b end as pos_a,
           case when doc_a < doc_b then pos_b else pos_a end as pos_b
    from (select * from agreeing union all select * from quoted)
),
sizes as (
    select doc_id, sum(n) as n_items from (
        select doc_id, count(*) as n from marts.claim_facts_v1 group by doc_id
        union all
        select doc_id, count(*) from quotes group by doc_id
    ) group by doc_id
),
shared as (
    select doc_a, doc_b,
           count(distinct pos_a) filter (where item = 'fact') as shared_facts,
           count(distinct pos_a) filter (where item = 'quote') as shared_quotes,
           corr(pos_a, pos_b) as order_agreement
    from items group by doc_a, doc_b
),
derivatives as (
    select s.doc_a, s.doc_b, 'derivative' as relation,
           round((s.shared_facts + s.shared_quotes) / least(za.n_items, zb.n_items), 3) as score,
           s.shared_facts, s.shared_quotes
    from shared s
    join sizes za on za.doc_id = s.doc_a
    join sizes zb on zb.doc_id = s.doc_b
    where s.shared_facts + s.shared_quotes >= 3 and s.shared_facts >= 1
      and coalesce(s.order_agreement, 0) >= 0.5
      and (s.shared_facts + s.shared_quotes) >= least(za.n_items, zb.n_items) / 3
),
relations as (
    select doc_a, doc_b, relation, score, null::bigint as shared_facts, null::bigint as shared_quotes from duplicates
    union all
    select * from derivatives
)
select
    case when pb.published_at < pa.published_at then r.doc_b else r.doc_a end as doc_a,
    case when pb.published_at < pa.published_at then r.doc_a else r.doc_b end as doc_b,
    r.relation, r.score, r.shared_facts, r.shared_quotes
from relations r
join documents pa on pa.doc_id = r.doc_a
join documents pb on pb.doc_id = r.doc_b
order by r.relation, r.doc_a, r.doc_b
