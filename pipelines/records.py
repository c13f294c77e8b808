"""The one definition of every record the warehouse holds.

Each pydantic model is one table. Field types decide the DuckDB column types and field
descriptions become ``COMMENT ON COLUMN`` text (see ``pipelines.warehouse``), so
``select * from duckdb_columns()`` documents the warehouse from here.

Character offsets always point into the cleaned ``documents.body``:
``body[char_start:char_end]`` is exactly the row's surface text.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FactKind = Literal[
    "count", "money", "proportion", "ratio", "duration", "date",
    "age", "measure", "temperature", "change", "rate", "level", "score",
]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP"]
QuoteKind = Literal["direct", "partial", "term"]


class Record(BaseModel):
    """Base of all table rows: strict field names, no extras."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class RejectedFile(Record):
    """A file under SEEDS_DIR that did not become a document, and why."""

    source_path: str = Field(description="Path of the file relative to SEEDS_DIR.")
    size_bytes: int = Field(description="Size of the file in bytes.")
    sha256: str | None = Field(description="SHA-256 of the file's bytes; NULL when it could not be read.")
    reason: str = Field(description="Machine-readable reason: empty, binary, undecodable, too_large, unreadable, outside_root, broken_link (dangling or looping symlink), unsupported (not a regular file, or not article text), vanished (removed mid-scan), scan_limit (past MAX_FILES), no_text, or error (a bug met while reading it).")
    detail: str = Field(description="Human-readable explanation of the rejection.")


class Document(Record):
    """One article, decoded and cleaned."""

    doc_id: str = Field(description="Stable id: the file's path relative to SEEDS_DIR.")
    source_path: str = Field(description="Path of the source file relative to SEEDS_DIR.")
    sha256: str = Field(description="SHA-256 of the raw file bytes.")
    encoding: str = Field(description="Encoding the bytes were decoded with (utf-8, utf-16, cp1252, ...).")
    format: Literal["text", "markdown", "html"] = Field(description="How the file was read.")
    size_bytes: int = Field(description="Size of the raw file in bytes.")
    title: str | None = Field(description="Headline line of the article; NULL when the file has none.")
    publisher: str | None = Field(description="Publisher named by the text (credit line, site footer); NULL when not named.")
    body: str = Field(description="Cleaned article text without title and page junk; every char offset elsewhere points into it.")
    n_chars: int = Field(description="Length of body in characters.")
    duplicate_of: str | None = Field(description="doc_id of the earlier document this one duplicates (byte-identical or near-identical); NULL when original.")
    duplicate_kind: Literal["exact", "near"] | None = Field(description="'exact' for byte-identical bodies, 'near' for MinHash near-duplicates; NULL when original.")
    published_at: dt.date | None = Field(default=None, description="Day of publication the file states (HTML metadata, Markdown front matter `date:`, a stamp, byline or dateline above the article); NULL when nothing says.")
    published_at_source: Literal["html_meta", "front_matter", "stamp", "byline", "dateline"] | None = Field(default=None, description="Where published_at was read: html_meta, front_matter, stamp, byline or dateline; NULL when published_at is NULL.")


class RemovedSpan(Record):
    """A piece of the raw text that cleaning removed, kept so nothing is silently lost."""

    doc_id: str = Field(description="Document the text was removed from.")
    rule: str = Field(description="Cleaning rule that removed it (e.g. junk.call_to_action, repeat.headline).")
    text: str = Field(description="The removed text.")


class Sentence(Record):
    """A sentence of a document body."""

    doc_id: str = Field(description="Document the sentence belongs to.")
    sentence_idx: int = Field(description="0-based position of the sentence in the body.")
    paragraph_idx: int = Field(description="0-based position of the paragraph holding the sentence.")
    char_start: int = Field(description="Offset of the first character in documents.body.")
    char_end: int = Field(description="Offset one past the last character in documents.body.")
    text: str = Field(description="The sentence text, equal to body[char_start:char_end].")


class Fact(Record):
    """A quantitative fact: a number with what it measures."""

    fact_id: str = Field(description="Stable id of the fact (document + offsets + kind).")
    doc_id: str = Field(description="Document the fact was read from.")
    kind: FactKind = Field(description="count, money, proportion, ratio, duration, date, age, measure, temperature, change (a signed rise or fall), rate (a unit per unit), level (a stated level: an index close, a yield, a multiple) or score (a sports result).")
    value: float | None = Field(description="Normalised value: the count; money in whole currency units; proportion as a fraction in [0, 1] (0.5 for 50%); ratio numerator; duration in `unit`; a date's year, NULL when the text gives no year. Read `display` for the value as written.")
    value_high: float | None = Field(description="Upper end of a range ('two to three years' -> 3); NULL when not a range.")
    total: float | None = Field(description="Denominator of a ratio ('20 of 27' -> 27); NULL otherwise.")
    unit: str | None = Field(description="Counted noun for counts, ISO 4217 code for money, time unit for durations, measure unit otherwise; NULL for proportions and other percentages (their value is a fraction) and for dates.")
    object: str | None = Field(description="What the number measures, as written ('technology leaks from South Korea').")
    approx: str | None = Field(description="Hedge word when there is one ('roughly', 'nearly', 'over', 'at least'); NULL when exact.")
    normalized: str | None = Field(description="Normalised text form where useful: a partial ISO date ('2026-01-07', '--01-07' without a year, '2019-03', '2019', '1990s'), a score '3-1'.")
    display: str = Field(description="The fact as a person writes it, from the stored values: '50%', '20 of 27 cases', '$44 million', '6 years', '2017', 'Jan 4'. The hedge stays in `approx`.")
    date: dt.date | None = Field(description="Calendar day of a date fact when the text gives day, month and year (the first day of a range); NULL otherwise (see `normalized`).")
    surface: str = Field(description="The text of the quantity, equal to body[char_start:char_end].")
    char_start: int = Field(description="Offset of the quantity in documents.body.")
    char_end: int = Field(description="Offset one past the quantity in documents.body.")
    sentence_idx: int = Field(description="Sentence holding the fact (sentences.sentence_idx).")
    sentence: str = Field(description="Text of the sentence holding the fact.")
    group_id: str | None = Field(description="Facts about the same thing share a group_id ('24 contracts worth $44 million'); NULL when alone.")
    rule: str = Field(description="Named extraction rule that produced the fact.")
    value_b: float | None = Field(default=None, description="Second side of a score ('won 3-1' -> 1); NULL for every other kind.")
    direction: Literal["up", "down"] | None = Field(default=None, description="Direction of a change ('fell 2%' -> down); NULL for every other kind.")
    unit_canonical: str | None = Field(default=None, description="For measures and rates with a physical unit: the SI unit `value_canonical` is in ('W' for 300 hp, 'm' for 10 yards); NULL otherwise.")
    value_canonical: float | None = Field(default=None, description="For measures and rates with a physical unit: the value converted to `unit_canonical` (300 hp -> 223710); NULL otherwise.")
    dimension: str | None = Field(default=None, description="What a measure's unit measures: length, mass, power, energy, data, ... (from the pint unit registry); NULL otherwise.")
    object_rule: str | None = Field(default=None, description="Named rule that found `object` (object.of, object.subject, ...); NULL when there is no object.")
    relative: str | None = Field(default=None, description="For a relative date, what it counts from its anchor: '-1 day' (yesterday), '+1 month' (next month), '+0 week' (this week), 'sunday on or before' (on Sunday, past tense), 'monday after' (will ... on Monday); NULL for a calendar date.")
    relative_to: Literal["publication", "text"] | None = Field(default=None, description="What a relative date counts from: 'publication' (the document's published_at: yesterday, on Sunday, last year) or 'text' (a date the text gave before it: the same day, the following year, two days later); NULL for a calendar date.")
    anchor_fact_id: str | None = Field(default=None, description="For a date counted from a date the text gave: that date's fact_id; NULL otherwise or when no such date is near enough (same or previous paragraph).")
    event_key: str | None = Field(default=None, description="For a date fact: the kind of event it dates as '<phase> <noun>' ('start visit' for 'Lee began his trip' and 'embarked on a four-day visit'), the key timelines match events across sources on; NULL when the event names no phase and noun.")


class EntityMention(Record):
    """One mention of a person, organisation or place in a document."""

    mention_id: str = Field(description="Stable id of the mention (document + offsets).")
    doc_id: str = Field(description="Document holding the mention.")
    entity_id: str | None = Field(description="Resolved entity (entities.entity_id); set by cross-document resolution.")
    surface: str = Field(description="The mention as written, equal to body[char_start:char_end].")
    char_start: int = Field(description="Offset of the mention in documents.body.")
    char_end: int = Field(description="Offset one past the mention in documents.body.")
    type: EntityType = Field(description="PERSON, ORG, GPE (countries, cities), LOC (seas, regions) or NORP (demonyms).")
    local_name: str = Field(description="Fullest form of this name within the document ('Hong' -> 'Taehwa Hong').")
    rule: str = Field(description="Named rule that recognised the mention.")


class Entity(Record):
    """One real-world person, organisation or place across the corpus."""

    entity_id: str = Field(description="Stable id derived from the canonical name and type.")
    name: str = Field(description="Canonical name: the fullest proper form seen.")
    type: EntityType = Field(description="PERSON, ORG, GPE, LOC or NORP.")
    country_code: str | None = Field(description="ISO 3166 alpha-2 code for countries, and the country of a demonym (NORP).")
    aliases: list[str] = Field(description="Every distinct surface form seen for the entity.")
    mention_count: int = Field(description="Number of mentions across the corpus.")
    doc_count: int = Field(description="Number of documents mentioning the entity.")


class EntityRole(Record):
    """A role or title an entity holds according to one document."""

    entity_id: str | None = Field(description="Entity holding the role (set by resolution).")
    doc_id: str = Field(description="Document stating the role.")
    local_name: str = Field(description="Name of the entity within the document.")
    role: str = Field(description="The role as written ('a fellow at the Foreign Policy Research Institute').")
    char_start: int = Field(description="Offset of the role text in documents.body.")
    char_end: int = Field(description="Offset one past the role text in documents.body.")
    rule: str = Field(description="Named rule that found the role.")


class Quote(Record):
    """A quotation with its speaker."""

    quote_id: str = Field(description="Stable id of the quote (document + offsets).")
    doc_id: str = Field(description="Document holding the quote.")
    text: str = Field(description="Quoted text without the quotation marks, equal to body[char_start:char_end].")
    kind: QuoteKind = Field(description="direct (quoted speech), partial (a few quoted words in reported speech) or term (a quoted term nobody is saying).")
    speaker: str | None = Field(description="Canonical name of the speaker entity; NULL when nobody can be named.")
    speaker_entity_id: str | None = Field(description="entities.entity_id of the speaker; NULL when unresolved.")
    speaker_surface: str | None = Field(description="How the speaker is named next to the quote ('Hong', 'he').")
    cue: str | None = Field(description="Reporting verb tying the speaker to the quote ('said', 'told').")
    addressee: str | None = Field(description="Outlet or person told ('The Epoch Times'); NULL when none.")
    char_start: int = Field(description="Offset of the quoted text (inside the marks) in documents.body.")
    char_end: int = Field(description="Offset one past the quoted text in documents.body.")
    sentence_idx: int = Field(description="Sentence where the quote starts.")
    rule: str = Field(description="Named rule that found the quote and its speaker.")


class ExtractionRule(Record):
    """A named rule a row's ``rule`` column can carry: what it means, with an example."""

    extractor: str = Field(description="The extractor that declares the rule: clean, entities, facts or quotes.")
    name: str = Field(description="The rule's name as rows carry it (facts.rule, quotes.rule, entity_mentions.rule, entity_roles.rule, removed_spans.rule).")
    description: str = Field(description="What the rule recognises, in one line.")
    example: str = Field(description="A sentence the rule applies to.")
