-- When things happened: every date fact as a point on a timeline, with the event it dates
-- (core.facts.object) and the entities its sentence names. v2 (v1 retired) adds relative dates
-- ('yesterday', 'on Sunday', 'last year', 'the same day'; core.facts.relative): one counted
-- from the text was resolved at extraction against the date it follows ('from_text_date'),
-- one counted from the day of writing is resolved here against the document's published_at
-- ('from_publication_date'); the arithmetic is pipelines/text/timeline.py's (a test holds
-- the two to the same answers). A date without a year takes it as in v1: from the nearest
-- date with a year in the document, else from the publication day. A day still unresolved
-- takes the day another source gives the same event (same event_key, an entity in common,
-- the same weekday when both are known, one day only): 'from_other_source'. Otherwise it
-- stays partial ('--01-04') or relative (date NULL, `relative` says what it counts) and
-- says 'unresolved'. Blocked on event_key before any pairing.
with documents as (
    select doc_id, coalesce(duplicate_of, doc_id) as source_id, published_at
    from core.documents
    where duplicate_kind is distinct from 'exact'
),
dates as (
    select f.fact_id, f.doc_id, d.source_id, d.published_at, f.normalized, f.object, f.event_key, f.relative,
           f.relative_to, f.anchor_fact_id, f.sentence, f.char_start,
           regexp_extract(f.relative, '^([+-][0-9]+) ', 1) as offset_text,
           regexp_extract(f.relative, ' (day|week|month|year)$', 1) as unit,
           list_position(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
                         regexp_extract(f.relative, '^([a-z]+) ', 1)) - 1 as weekday,
           ends_with(coalesce(f.relative, ''), ' after') as after
    from core.facts f
    join documents d using (doc_id)
    where f.kind = 'date' and (f.normalized is not null or f.relative is not null)
),
entities as (
    select fact_id, list(distinct name order by name) as entities, list(distinct entity_id) as entity_ids
    from marts.fact_entities_v1
    group by fact_id
),
from_publication as (
    select fact_id, case
        when unit = 'day' then strftime(published_at + to_days(offset_text::int), '%Y-%m-%d')
        when unit = 'week' then strftime(published_at + to_days(7 * offset_text::int), '%G-W%V')
        when unit = 'month' then strftime(published_at + to_months(offset_text::int), '%Y-%m')
        when unit = 'year' then (year(published_at) + offset_text::int)::varchar
        when after then strftime(published_at + to_days((weekday - isodow(published_at) + 7) % 7 + 1), '%Y-%m-%d')
        else strftime(published_at - to_days((isodow(published_at) - 1 - weekday + 7) % 7), '%Y-%m-%d')
    end as iso
    from dates
    where relative_to = 'publication' and published_at is not null
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
placed as (
    select d.*, coalesce(e.entities, []) as entities, coalesce(e.entity_ids, []) as entity_ids,
           coalesce(d.normalized, p.iso) as iso,
           case when d.relative_to = 'publication' and p.iso is not null then 'from_publication_date'
                when d.relative_to = 'publication' then 'unresolved'
                when d.relative_to = 'text' and d.normalized is null then 'unresolved'
                when d.relative_to = 'text' then 'from_text_date'
                when not starts_with(d.normalized, '--') then 'explicit'
                when y.text_year is not null then 'from_text_date'
                when d.published_at is not null then 'from_publication_date'
                else 'unresolved' end as resolution,
           coalesce(y.text_year, year(d.published_at)
               - case when try_strptime(year(d.published_at)::varchar || substr(d.normalized, 2, 6), '%Y-%m-%d')
                           > d.published_at + interval 31 day then 1 else 0 end) as year_found
    from dates d
    left join from_publication p using (fact_id)
    left join yearless y using (fact_id)
    left join entities e using (fact_id)
),
dated as (
    select * exclude (iso),
           case when starts_with(iso, '--') and year_found is not null
                     and resolution in ('from_text_date', 'from_publication_date')
                then year_found::varchar || substr(iso, 2) else iso end as date
    from placed
),
days_known as (
    select fact_id, source_id, event_key, entity_ids, date
    from dated
    where event_key is not null and regexp_matches(date, '^(\d{4}|-)-\d{2}-\d{2}$')
),
open_days as (
    select fact_id, source_id, event_key, entity_ids, weekday, date
    from dated
    where resolution = 'unresolved' and event_key is not null
      and (unit = 'day' or weekday >= 0 or regexp_matches(coalesce(date, ''), '^--\d{2}-\d{2}$'))
),
from_other_source as (
    select o.fact_id, min(k.date) as date, arg_min(k.fact_id, k.date) as anchor_fact_id
    from open_days o
    join days_known k on k.event_key = o.event_key and k.source_id <> o.source_id
    where list_has_any(o.entity_ids, k.entity_ids)
      and (o.date is null or not starts_with(k.date, '--'))
      and (o.weekday is null or o.weekday < 0 or starts_with(k.date, '--') or isodow(k.date::date) - 1 = o.weekday)
    group by o.fact_id
    having count(distinct k.date) = 1
)
select
    coalesce(x.date, d.date) as date,
    case when d.date is null and x.date is null then coalesce(nullif(d.unit, ''), 'day')
         when regexp_matches(coalesce(x.date, d.date), '^(\d{4}|-)-\d{2}-\d{2}') then 'day'
         when regexp_matches(d.date, '^\d{4}-W\d{2}$') then 'week'
         when regexp_matches(d.date, '^(\d{4}|-)-\d{2}$') then 'month'
         when regexp_matches(d.date, '^\d{4}s$') then 'decade'
         when regexp_matches(d.date, '^\d{4}$') then 'year'
         else 'range' end as precision,
    d.object as event, d.entities, d.doc_id, d.sentence,
    case when x.date is not null then 'from_other_source' else d.resolution end as resolution,
    d.relative, coalesce(x.anchor_fact_id, d.anchor_fact_id) as anchor_fact_id, d.fact_id
from dated d
left join from_other_source x using (fact_id)
order by date nulls last, doc_id, char_start
