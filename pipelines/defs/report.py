"""The warehouse as charts: an HTML report built beside the build file, published with it."""

import hashlib
import json
from pathlib import Path

import dagster as dg

from pipelines.defs.resources import PipelineResource
from pipelines.sql_models import load_models

# the report reads the plain-named marts views: it depends on the version each one points at
FAMILIES = ("entity_profile", "quotes_by_speaker", "fact_agreement")
MODELS = [m for m in load_models() if m.is_latest and m.family in FAMILIES]
DEPS = [dg.AssetKey(["core", t]) for t in ("documents", "facts", "quotes", "entities")] + [
    dg.AssetKey(["marts", m.name]) for m in MODELS]
REPORT_CODE = Path(__file__).resolve().parents[1] / "report.py"


def _key(data: dict[str, object], warehouse) -> str:
    """The page follows from the rows it shows, its own code and the path it names."""
    parts = [data, hashlib.sha256(REPORT_CODE.read_bytes()).hexdigest(), str(warehouse.published)]
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


@dg.asset(key=["warehouse", "report"], group_name="publish", deps=DEPS, kinds={"html"},
          description="Charts of the warehouse in one offline HTML page (report.html beside the published file): "
                      "facts by kind and source, top entities and speakers, agreement and conflicts, a timeline.")
def warehouse_report(pipeline: PipelineResource) -> dg.MaterializeResult:
    """The page is drawn again only when a row it shows changed (its queries cost little; drawing does)."""
    from pipelines.report import chart_data, write_report

    warehouse = pipeline.warehouse()
    path = warehouse.build_dir / "report.html"
    memo = warehouse.cache_dir / "report.memo.json"
    with warehouse.connect(read_only=True) as con:
        data = chart_data(con)
    key = _key(data, warehouse)
    try:
        saved = json.loads(memo.read_text())
    except (OSError, ValueError):
        saved = {}
    drawn = saved.get("key") != key or not path.exists()
    if drawn:
        charts = write_report(data, path, str(warehouse.published))
        saved = {"key": key, "charts_drawn": sum(c.figure is not None for c in charts),
                 "charts": "\n".join(f"- **{c.title}**: {c.note}" for c in charts)}
        memo.parent.mkdir(parents=True, exist_ok=True)
        memo.write_text(json.dumps(saved))
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(path)),
        "charts_drawn": saved["charts_drawn"],
        "charts": dg.MetadataValue.md(saved["charts"]),
        "size_bytes": path.stat().st_size,
        "drawn_this_run": drawn,
    })
