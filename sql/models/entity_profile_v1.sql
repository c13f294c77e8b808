-- One row per entity: how often and where it is mentioned, its roles, and who it is mentioned with.
with entities as (select entity_id, name, type, country_code, aliases from core.entities),
mentions as (select entity_id, doc_id from core.entity_mentions where entity_id is not null),
roles as (
    select entity_id, list(distinct role) as roles
    from core.entity_roles where entity_id is not null group by entity_id
),
per_doc as (select distinct entity_id, doc_id from mentions),
co as (
    select a.entity_id, b.entity_id as other_id, count(*) as shared_docs
    from per_doc a join per_doc b on a.doc_id = b.doc_id and a.entity_id <> b.entity_id
    group by all
),
co_ranked as (
    select co.entity_id, e.name as other_name, co.shared_docs,
           row_number() over (partition by co.entity_id order by co.shared_docs desc, e.name) as rank
    from co join entities e on e.entity_id = co.other_id
),
top_co as (
    select entity_id, list(other_name order by rank) as mentioned_with
    from co_ranked where rank <= 5 group by entity_id
),
counts as (
    select entity_id, count(*) as n_mentions, count(distinct doc_id) as n_documents,
           list(distinct doc_id) as documents
    from mentions group by entity_id
)
select
    e.entity_id, e.name, e.type, e.country_code, e.aliases,
    coalesce(c.n_mentions, 0) as n_mentions,
    coalesce(c.n_documents, 0) as n_documents,
    c.documents, r.roles, t.mentioned_with
from entities e
left join counts c using (entity_id)
left join roles r using (entity_id)
left join top_co t using (entity_id)
order by n_mentions desc, e.name
