"""A picture of the warehouse: one self-contained HTML page of charts, readable offline.

Charts are drawn by plotly.js, embedded in the page (no CDN, no network): facts by kind and
by source, the most mentioned entities, the most quoted speakers, the pairs of facts sources
agree or disagree on (``marts.fact_agreement``) and a timeline of date facts. Every number
comes from one query on the warehouse; the page says so under each chart. The queries run
first (:func:`chart_data`) and the charts are drawn from their rows (:func:`render`), so a
build whose rows are those of the last drawn page need not draw it again.
"""
from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

import duckdb
import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

TYPE_COLOURS = {"PERSON": "#4C78A8", "ORG": "#F58518", "GPE": "#54A24B", "LOC": "#B279A2", "NORP": "#9D755D"}
STATUS_COLOURS = {"agree": "#54A24B", "agree_approx": "#EECA3B", "update": "#4C78A8", "conflict": "#E45756"}
TOP = 15

SOURCES = """
    select doc_id, coalesce(publisher || ' | ', '') || coalesce(title, source_path) as source
    from core.documents where duplicate_of is null"""


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    note: str
    figure: go.Figure | None     # None: nothing to draw, the note says why


def _short(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def _layout(fig: go.Figure, height: int) -> go.Figure:
    fig.update_layout(height=height, margin={"l": 10, "r": 10, "t": 10, "b": 10}, template="plotly_white",
                      legend={"orientation": "h", "y": -0.15}, font={"size": 12})
    fig.update_yaxes(automargin=True)
    return fig


#: documents with a colour of their own in the facts chart; the rest share one bar segment
SOURCES_SHOWN = 12


FACTS_BY_KIND = f"""
        with sources as ({SOURCES}),
        counted as (select f.kind, s.source, count(*) as n from core.facts f join sources s using (doc_id) group by all),
        ranked as (select source, dense_rank() over (order by total desc, source) as r
                   from (select source, sum(n) as total from counted group by source))
        select c.kind, if(r.r <= {SOURCES_SHOWN}, c.source, null) as source, sum(c.n)::int
        from counted c join ranked r using (source) group by all order by 1, 2 nulls last"""


def facts_by_kind(rows: list[tuple]) -> Chart:
    if not rows:
        return Chart("facts_by_kind", "Facts by kind and source", "No facts yet.", None)
    kinds = sorted({k for k, *_ in rows}, key=lambda k: -sum(n for kk, _, n in rows if kk == k))
    by_source: dict[str | None, dict[str, int]] = {}
    for k, s, n in rows:
        by_source.setdefault(s, {})[k] = n
    fig = go.Figure()
    for source in sorted(by_source, key=lambda s: (s is None, s or "")):
        counts = by_source[source]
        name = _short(source) if source is not None else "other documents"
        fig.add_bar(y=kinds, x=[counts.get(k, 0) for k in kinds], name=name, orientation="h",
                    marker_color="#BBBBBB" if source is None else None,
                    hovertemplate=f"{html.escape(source or 'other documents')}<br>%{{y}}: %{{x}} facts<extra></extra>")
    fig.update_layout(barmode="stack")
    fig.update_yaxes(autorange="reversed")
    rest = " and the rest in grey" if None in by_source else ""
    return Chart("facts_by_kind", "Facts by kind and source",
                 f"{sum(n for *_, n in rows)} facts from core.facts (duplicate documents left out): the "
                 f"{min(SOURCES_SHOWN, len(by_source) - (None in by_source))} documents with the most facts in a colour "
                 f"each{rest}.",
                 _layout(fig, 120 + 34 * len(kinds)))


TOP_ENTITIES = f"""
        select name, type, n_mentions, n_documents from marts.entity_profile
        where n_mentions > 0 order by n_mentions desc, name limit {TOP}"""


def top_entities(rows: list[tuple]) -> Chart:
    if not rows:
        return Chart("top_entities", "Most mentioned entities", "No entities yet.", None)
    fig = go.Figure()
    for etype in [t for t in TYPE_COLOURS if any(r[1] == t for r in rows)]:
        picked = [r for r in rows if r[1] == etype]
        fig.add_bar(y=[r[0] for r in picked], x=[r[2] for r in picked], name=etype, orientation="h",
                    marker_color=TYPE_COLOURS[etype], customdata=[r[3] for r in picked],
                    hovertemplate="%{y}: %{x} mentions in %{customdata} documents<extra></extra>")
    fig.update_yaxes(categoryorder="array", categoryarray=[r[0] for r in rows], autorange="reversed")
    return Chart("top_entities", "Most mentioned entities",
                 f"The {len(rows)} entities with the most mentions (marts.entity_profile), coloured by type.",
                 _layout(fig, 120 + 24 * len(rows)))


TOP_SPEAKERS = f"""
        select speaker, n_quotes, n_direct, n_documents from marts.quotes_by_speaker
        order by n_quotes desc, speaker limit {TOP}"""


def top_speakers(rows: list[tuple]) -> Chart:
    if not rows:
        return Chart("top_speakers", "Most quoted speakers", "No quotes yet.", None)
    names = [r[0] for r in rows]
    fig = go.Figure()
    fig.add_bar(y=names, x=[r[2] for r in rows], name="direct", orientation="h", marker_color="#4C78A8",
                hovertemplate="%{y}: %{x} direct quotes<extra></extra>")
    fig.add_bar(y=names, x=[r[1] - r[2] for r in rows], name="partial", orientation="h", marker_color="#9ECAE9",
                hovertemplate="%{y}: %{x} partial quotes<extra></extra>")
    fig.update_layout(barmode="stack")
    fig.update_yaxes(categoryorder="array", categoryarray=names, autorange="reversed")
    return Chart("top_speakers", "Most quoted speakers",
                 "Direct and partial quotes per speaker (marts.quotes_by_speaker; quoted terms left out).",
                 _layout(fig, 120 + 24 * len(rows)))


#: pairs listed in the agreement table (conflicts first): a page, not a dump; the note counts them all
AGREEMENT_ROWS = 500


def agreement_rows(con) -> tuple[list[tuple], list[tuple]]:
    """(status, count) of every pair, and the pairs listed, conflicts first."""
    con.execute("create or replace temp table _report_agreement as select * from marts.fact_agreement")  # evaluated once
    counts = _rows(con, "select status, count(*) from _report_agreement group by status order by status")
    rows = _rows(con, f"""
        select status, kind, display_a, coalesce(approx_a, ''), display_b, coalesce(approx_b, ''), doc_a, doc_b,
               array_to_string(shared_entities, ', ')
        from _report_agreement
        order by status = 'conflict' desc, status, kind, doc_a, doc_b, display_a, display_b
        limit {AGREEMENT_ROWS}""")
    con.execute("drop table _report_agreement")
    return counts, rows


def agreement(found: tuple[list[tuple], list[tuple]]) -> Chart:
    counts, rows = dict(found[0]), found[1]
    if not rows:
        return Chart("agreement", "Where sources agree and disagree",
                     "No pair of facts from two documents is about the same thing (marts.fact_agreement is empty).", None)
    columns = list(zip(*rows))
    colours = [STATUS_COLOURS.get(s, "#ffffff") for s in columns[0]]
    fig = go.Figure(go.Table(
        header={"values": ["status", "kind", "first source says", "hedge", "second source says", "hedge",
                           "first document", "second document", "about"],
                "fill_color": "#eeeeee", "align": "left"},
        cells={"values": columns, "align": "left", "fill_color": [colours] + [["#ffffff"] * len(rows)] * 8},
        columnwidth=[70, 60, 120, 60, 120, 60, 150, 150, 160]))
    summary = ", ".join(f"{counts[s]} {s}" for s in STATUS_COLOURS if counts.get(s))
    total = sum(counts.values())
    shown = f"; the first {len(rows)} listed, conflicts first" if total > len(rows) else ""
    return Chart("agreement", "Where sources agree and disagree",
                 f"Pairs of facts about the same thing in two documents (marts.fact_agreement): {summary}{shown}.",
                 _layout(fig, 90 + 38 * len(rows)))


TIMELINE = f"""
        with sources as ({SOURCES}),
        dated as (
            select f.display, f.surface, f.sentence, s.source, f.normalized,
                   coalesce(
                       f.date,
                       case when regexp_full_match(f.normalized, '[0-9]{{4}}-[0-9]{{2}}')
                            then make_date(cast(f.normalized[1:4] as int), cast(f.normalized[6:7] as int), 15) end,
                       case when f.value is not null and f.value between 1 and 9999
                            then make_date(cast(f.value as int), 7, 1) end) as placed_at
            from core.facts f join sources s using (doc_id)
            where f.kind = 'date'
        )
        select placed_at, display, source, sentence, normalized from dated order by placed_at nulls last"""


def timeline(rows: list[tuple]) -> Chart:
    placed = [r for r in rows if r[0] is not None]
    unplaced = len(rows) - len(placed)
    if not placed:
        return Chart("timeline", "Timeline of dates", "No date facts with a year yet.", None)
    by_source: dict[str, list[tuple]] = {}
    for r in placed:  # one pass, not one per source
        by_source.setdefault(r[2], []).append(r)
    fig = go.Figure(data=[
        go.Scatter(x=[r[0].isoformat() for r in picked], y=[_short(source) for _ in picked], mode="markers",
                   name=_short(source), marker={"size": 11, "opacity": 0.8},
                   customdata=[[r[1], _short(r[3], 140)] for r in picked],
                   hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<extra></extra>", _validate=False)
        for source, picked in sorted(by_source.items())])
    fig.update_layout(showlegend=False)
    fig.update_xaxes(type="date")
    note = (f"{len(placed)} date facts placed by their year, month or day (a year alone sits at mid-year)"
            + (f"; {unplaced} without a year (like 'Jan 4') cannot be placed and are left out." if unplaced else "."))
    return Chart("timeline", "Timeline of dates", note, _layout(fig, 140 + 40 * len({r[2] for r in placed})))


#: chart -> (how its rows are read, how it is drawn from them), in page order
CHARTS = {"facts_by_kind": (lambda con: _rows(con, FACTS_BY_KIND), facts_by_kind),
          "top_entities": (lambda con: _rows(con, TOP_ENTITIES), top_entities),
          "top_speakers": (lambda con: _rows(con, TOP_SPEAKERS), top_speakers),
          "agreement": (agreement_rows, agreement),
          "timeline": (lambda con: _rows(con, TIMELINE), timeline)}
COUNTED = (("documents", "documents"), ("facts", "facts"), ("quotes", "quotes"), ("entities", "entities"))

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsfacts warehouse report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 24px auto; max-width: 1100px; color: #222; padding: 0 16px; }}
h1 {{ font-size: 22px; margin-bottom: 4px; }} h2 {{ font-size: 17px; margin: 28px 0 4px; }}
.meta, .note {{ color: #666; font-size: 13px; }} .empty {{ color: #888; font-style: italic; padding: 12px 0; }}
.counts span {{ display: inline-block; margin-right: 18px; font-size: 15px; }} .counts b {{ font-size: 20px; }}
</style>
<script>{plotly_js}</script>
</head><body data-charts="{n_charts}" data-charts-drawn="0">
<h1>newsfacts warehouse</h1>
<p class="meta">{warehouse} &middot; built {built}</p>
<p class="counts">{counts}</p>
{sections}
<script>
window.addEventListener("load", function () {{
  var divs = document.querySelectorAll(".plotly-graph-div");
  var drawn = 0;
  divs.forEach(function (d) {{ if (d.querySelector("svg.main-svg")) drawn += 1; }});
  document.body.setAttribute("data-charts-drawn", String(drawn));
}});
</script>
</body></html>
"""


def chart_data(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    """Every row the page shows, read from the warehouse behind ``con`` (plain values)."""
    return {"counts": [(label, con.execute(f"select count(*) from core.{table}").fetchone()[0]) for label, table in COUNTED],
            **{key: read(con) for key, (read, _) in CHARTS.items()}}


def render(data: dict[str, object], warehouse: str) -> tuple[str, list[Chart]]:
    """The report page drawn from :func:`chart_data`'s rows, and its charts."""
    charts = [draw(data[key]) for key, (_, draw) in CHARTS.items()]
    counts = data["counts"]
    sections = []
    for chart in charts:
        body = (chart.figure.to_html(full_html=False, include_plotlyjs=False, div_id=f"chart-{chart.key}",
                                     config={"displayModeBar": False, "responsive": True})
                if chart.figure is not None else f'<p class="empty">{html.escape(chart.note)}</p>')
        note = f'<p class="note">{html.escape(chart.note)}</p>' if chart.figure is not None else ""
        sections.append(f'<section id="{chart.key}"><h2>{html.escape(chart.title)}</h2>{note}{body}</section>')
    page = PAGE.format(
        plotly_js=get_plotlyjs(), n_charts=sum(c.figure is not None for c in charts),
        warehouse=html.escape(warehouse), built=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        counts="".join(f"<span><b>{n:,}</b> {label}</span>" for label, n in counts),
        sections="\n".join(sections))
    return page, charts


def write_report(data: dict[str, object], path: Path, warehouse: str) -> list[Chart]:
    """Render the report from :func:`chart_data`'s rows and write it to ``path`` (via a temporary file and a rename)."""
    page, charts = render(data, warehouse)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(path)
    return charts
