"""The warehouse as charts: an HTML report built beside the build file, published with it."""

import dagster as dg

from pipelines.defs.resources import PipelineResource
from pipelines.sql_models import load_models
from pipelines.report import write_report

# the report reads the plain-named marts views: it depends on the version each one points at
FAMILIES = ("entity_profile", "quotes_by_speaker", "fact_agreement")
DEPS = [dg.AssetKey(["core", t]) for t in ("documents", "facts", "quotes", "entities")] + [
    dg.AssetKey(["marts", m.name]) for m in load_models() if m.is_latest and m.family in FAMILIES]


@dg.asset(key=["warehouse", "report"], group_name="publish", deps=DEPS, kinds={"html"},
          description="Charts of the warehouse in one offline HTML page (report.html beside the published file): "
                      "facts by kind and source, top entities and speakers, agreement and conflicts, a timeline.")
def warehouse_report(pipeline: PipelineResource) -> dg.MaterializeResult:
    warehouse = pipeline.warehouse()
    path = warehouse.build_dir / "report.html"
    with warehouse.connect(read_only=True) as con:
        charts = write_report(con, path, str(warehouse.published))
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(path)),
        "charts_drawn": sum(c.figure is not None for c in charts),
        "charts": dg.MetadataValue.md("\n".join(f"- **{c.title}**: {c.note}" for c in charts)),
        "size_bytes": path.stat().st_size,
    })



