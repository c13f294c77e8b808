"""What must hold in the core tables before anything downstream runs (blocking checks)."""

import dagster as dg

from pipelines import progress
from pipelines.defs.metadata import frame_metadata
from pipelines.defs.resources import PipelineResource

# (table, column whose text must equal body[char_start:char_end])
SPAN_TABLES = [("facts", "surface"), ("quotes", "text"), ("entity_mentions", "surface"),
               ("sentences", "text"), ("entity_roles", "role")]

# name -> (table, description, SQL selecting the offending rows)
RULES: dict[str, tuple[str, str, str]] = {
    f"{table}_offsets_match_body": (
        table,
        f"Every {table} row's char offsets slice documents.body to exactly its {column}.",
        f"""SELECT t.doc_id, t.char_start, t.char_end, t.{column} AS expected,
                   substr(d.body, t.char_start + 1, t.char_end - t.char_start) AS actual
            FROM core.{table} t LEFT JOIN core.documents d USING (doc_id)
            WHERE d.doc_id IS NULL OR t.char_start < 0 OR t.char_end > length(d.body)
               OR substr(d.body, t.char_start + 1, t.char_end - t.char_start) IS DISTINCT FROM t.{column}""",
    )
    for table, column in SPAN_TABLES
}
RULES.update({
    "mentions_point_at_entities": (
        "entity_mentions",
        "Every mention points at an existing entity.",
        """SELECT m.doc_id, m.surface, m.entity_id FROM core.entity_mentions m
           LEFT JOIN core.entities e USING (entity_id) WHERE e.entity_id IS NULL""",
    ),
    "speakers_point_at_entities": (
        "quotes",
        "Every resolved speaker is an existing entity whose name the quote carries.",
        """SELECT q.doc_id, q.speaker, q.speaker_entity_id FROM core.quotes q
           LEFT JOIN core.entities e ON e.entity_id = q.speaker_entity_id
           WHERE q.speaker_entity_id IS NOT NULL AND (e.entity_id IS NULL OR e.name IS DISTINCT FROM q.speaker)""",
    ),
    "rules_are_registered": (
        "rules",
        "Every rule a row carries is registered in core.rules, with its description and example.",
        """SELECT tbl, rule FROM (
               SELECT 'facts' AS tbl, rule FROM core.facts UNION ALL SELECT 'quotes', rule FROM core.quotes
               UNION ALL SELECT 'entity_mentions', rule FROM core.entity_mentions
               UNION ALL SELECT 'entity_roles', rule FROM core.entity_roles
               UNION ALL SELECT 'removed_spans', rule FROM core.removed_spans)
           WHERE rule NOT IN (SELECT name FROM core.rules)""",
    ),
    "documents_have_bodies": (
        "documents",
        "No document has an empty body.",
        "SELECT doc_id, source_path FROM core.documents WHERE trim(body) = ''",
    ),
    "proportions_are_fractions": (
        "facts",
        "Proportions lie in [0, 1]; ranges are ordered; ratios carry a total.",
        """SELECT doc_id, kind, value, value_high, total, surface FROM core.facts
           WHERE (kind = 'proportion' AND (value < 0 OR value > 1))
              OR (value_high IS NOT NULL AND value_high < value)
              OR (kind = 'ratio' AND total IS NULL)""",
    ),
})


def sql_check(name: str, table: str, description: str, query: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=dg.AssetKey(["core", table]), name=name, description=description, blocking=True)
    def _check(pipeline: PipelineResource) -> dg.AssetCheckResult:
        progress.shared("checks", len(RULES), unit="checks").note(name)
        with pipeline.warehouse().connect(read_only=True) as con:
            bad = con.execute(f"SELECT count(*) FROM ({query})").fetchall()[0][0]
            examples = con.sql(f"{query} LIMIT 5").pl()
        progress.advance_shared("checks", len(RULES), unit="checks")
        metadata = {"failing_rows": bad}
        if bad:
            metadata["examples"] = frame_metadata(examples)["preview"]
        return dg.AssetCheckResult(passed=bad == 0, metadata=metadata)

    return _check


CHECKS = [sql_check(name, table, description, query) for name, (table, description, query) in RULES.items()]
