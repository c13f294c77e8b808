"""What must hold in the core tables before anything downstream runs (blocking checks)."""

import hashlib
import json

import dagster as dg
import polars as pl

from pipelines import progress
from pipelines.defs.metadata import frame_metadata
from pipelines.defs.resources import PipelineResource
from pipelines.warehouse import loaded_digests

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


SPECS = [dg.AssetCheckSpec(name, asset=dg.AssetKey(["core", table]), description=description, blocking=True)
         for name, (table, description, _) in RULES.items()]


def _evaluate(con, log) -> dict[str, dict]:
    """{check name: {"failing_rows": n, "examples": rows}} for every rule, in one connection."""
    out = {}
    with progress.Progress("checks", len(RULES), unit="checks", log=log) as bar:
        for name, (_, _, query) in RULES.items():
            bar.note(name)
            bad = con.execute(f"SELECT count(*) FROM ({query})").fetchall()[0][0]
            examples = con.sql(f"{query} LIMIT 5").pl() if bad else None
            out[name] = {"failing_rows": bad, "examples": examples.to_dicts() if examples is not None else []}
            bar.advance()
    return out


def _memo_key(cache_dir) -> str | None:
    """The core tables as last loaded and the rules' SQL: equal keys, equal results."""
    loaded = loaded_digests(cache_dir)
    if not loaded:
        return None
    return hashlib.sha256(json.dumps([loaded, RULES], sort_keys=True).encode()).hexdigest()


@dg.multi_asset_check(specs=SPECS, name="core_checks")
def core_checks(context: dg.AssetCheckExecutionContext, pipeline: PipelineResource):
    """Every blocking check on the core tables, in one step; run again only when a table changed."""
    warehouse = pipeline.warehouse()
    memo = warehouse.cache_dir / "checks.memo.json"
    key = _memo_key(warehouse.cache_dir)
    try:
        saved = json.loads(memo.read_text())
        results = saved["results"] if key is not None and saved.get("key") == key else None
    except (OSError, ValueError, KeyError):
        results = None
    if results is None:
        with warehouse.connect(read_only=True) as con:
            results = _evaluate(con, context.log.info)
        if key is not None:
            memo.write_text(json.dumps({"key": key, "results": results}, default=str))
    else:
        context.log.info("checks: the core tables are those checked before; results reused")
    for name, (table, _, _) in RULES.items():
        found = results[name]
        metadata = {"failing_rows": found["failing_rows"]}
        if found["failing_rows"]:
            metadata["examples"] = frame_metadata(pl.DataFrame(found["examples"]))["preview"]
        yield dg.AssetCheckResult(check_name=name, asset_key=dg.AssetKey(["core", table]),
                                  passed=found["failing_rows"] == 0, metadata=metadata)


CHECKS = [core_checks]
