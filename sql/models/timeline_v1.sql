-- When things happened: every date fact as a point on a timeline, with the event it dates
-- (core.facts.object) and the entities its sentence names. A date the text gives without a
-- year takes it from the nearest date with a year in the same document ('from_text_date'),
-- else from the document's publication day ('from_publication_date', the year before when
-- that would put it more than a month after publication); otherwise it stays partial
-- ('--01-04') and says 'unresolved'.
with documents as (select doc_id, published_at from core.documents),
dates as (
    select fact_id, doc_id, normalized, object, sentence, char_start
    from core.facts
    where kind = 'date' and normalized is not null
),
entities as (
    select fact_id, list(distinct name order by name) as entities from marts.fact_entities_v1 group by fact_id
),
dated_years as (
    select doc_id, char_start, substr(normalized, 1, 4)::int as year
    from dates
    where regexp_matches(normalized, '^\d{4}-\d{2}')
),
yearless as (
    select d.fact_id, arg_min(y.year, abs(y.char_start - d.char_start)) as text_year
    from dates d join dated_years y using (doc_id)
    where starts_with(d.normalized, '--')
    group by d.fact_id
),
resolved as (
    select d.*, e.entities,
           case when not starts_with(d.normalized, '--') then 'explicit'
                when y.text_year is not null then 'from_text_date'
                when p.published_at is not null then 'from_publication_date'
                else 'unresolved' end as resolution,
           coalesce(y.text_year, year(p.published_at)
               - case when try_strptime(year(p.published_at)::varchar || substr(d.normalized, 2, 6), '%Y-%m-%d')
                           > p.published_at + interval 31 day then 1 else 0 end) as year_found
    from dates d
    left join yearless y using (fact_id)
    left join documents p using (doc_id)
    left join entities e using (fact_id)
)
select
    case when resolution in ('from_text_date', 'from_publication_date')
         then year_found::varchar || substr(normalized, 2) else normalized end as date,
    case when regexp_matches(normalized, '^(\d{4}|-)-\d{2}-\d{2}') then 'day'
         when regexp_matches(normalized, '^\d{4}-\d{2}$') then 'month'
         when regexp_matches(normalized, '^\d{4}s$') then 'decade'
         when regexp_matches(normalized, '^\d{4}$') then 'year'
         else 'range' end as precision,
    object as event, coalesce(entities, []) as entities, doc_id, sentence, resolution, fact_id
from resolved
order by date, doc_id, char_start
