-- One row per entity: how often and where it is mentioned, its roles, and who it is mentioned with.
-- v2: mentioned_with ranks the entities named in the same sentences by how much more often than
-- chance they appear together (shared sentences x pointwise mutual information), ties broken
-- by mentions, instead of by shared documents and name.
with entities as (select entity_id, name, type, country_code, aliases from core.entities),
mentions as (
    select entity_id, doc_id, char_start from core.entity_mentions where entity_id is not null
),
sentences as (select doc_id, sentence_idx, char_start, char_end from core.sentences),
roles as (
    select entity_id, list(distinct role) as roles
    from core.entity_roles where entity_id is not null group by entity_id
),
counts as (
    select entity_id, count(*) as n_mentions, count(distinct doc_id) as n_documents,
           list(distinct doc_id order by doc_id) as documents
    from mentions group by entity_id
),
in_sentence as (
    select distinct m.entity_id, m.doc_id, s.sentence_idx
    from mentions m
    join sentences s on s.doc_id = m.doc_id and m.char_start >= s.char_start and m.char_start < s.char_end
),
n_total as (select count(*) as n from (select distinct doc_id, sentence_idx from in_sentence)),
n_entity as (select entity_id, count(*) as n_sentences from in_sentence group by entity_id),
co as (
    select a.entity_id, b.entity_id as other_id, count(*) as shared_sentences
    from in_sentence a
    join in_sentence b on a.doc_id = b.doc_id and a.sentence_idx = b.sentence_idx and a.entity_id <> b.entity_id
    group by all
),
scored as (
    select co.entity_id, co.other_id, co.shared_sentences,
           ln(co.shared_sentences * t.n / (na.n_sentences * nb.n_sentences)) as pmi
    from co
    cross join n_total t
    join n_entity na on na.entity_id = co.entity_id
    join n_entity nb on nb.entity_id = co.other_id
),
ranked as (
    select s.entity_id, e.name as other_name,
           row_number() over (
               partition by s.entity_id
               order by s.shared_sentences * s.pmi desc, coalesce(c.n_mentions, 0) desc, e.name
           ) as rank
    from scored s
    join entities e on e.entity_id = s.other_id
    left join counts c on c.entity_id = s.other_id
    where s.pmi > 0
),
top_co as (
    select entity_id, list(other_name order by rank) as mentioned_with
    from ranked where rank <= 5 group by entity_id
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
