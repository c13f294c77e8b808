"""What an asset shows in the UI: row count, column schema and a small Markdown preview."""
from __future__ import annotations

from collections.abc import Sequence

import dagster as dg
import polars as pl

from pipelines.progress import Progress


def _cell(value: object, width: int = 60) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= width else text[: width - 1] + "…"


def markdown_preview(frame: pl.DataFrame, columns: Sequence[str] | None = None, rows: int = 5) -> str:
    cols = [c for c in (columns or frame.columns) if c in frame.columns]
    if not cols:
        return "_no columns_"
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for row in frame.select(cols).head(rows).iter_rows():
        lines.append("| " + " | ".join(_cell(v) for v in row) + " |")
    if frame.height == 0:
        lines.append("| " + " | ".join("" for _ in cols) + " |")
    return "\n".join(lines)


def frame_metadata(frame: pl.DataFrame, columns: Sequence[str] | None = None, **extra: object) -> dict:
    schema = dg.TableSchema(columns=[dg.TableColumn(name, str(dtype)) for name, dtype in frame.schema.items()])
    return {
        "dagster/row_count": frame.height,
        "dagster/column_schema": schema,
        "preview": dg.MetadataValue.md(markdown_preview(frame, columns)),
        **extra,
    }


def progress_metadata(progress: Progress, noun: str) -> dict:
    """How much a step processed and how fast: `<noun>_processed`, `<noun>_per_second`, `seconds`."""
    return {f"{noun}_processed": progress.done, f"{noun}_per_second": round(progress.rate, 1),
            "seconds": round(progress.seconds, 2)}
