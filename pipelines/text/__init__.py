"""The extraction library: pure functions from text to records.

Nothing here imports dagster or duckdb; the Dagster layer in ``pipelines.defs`` only moves
data between these functions and the warehouse.

Stages, in order: ``decode`` (bytes -> text), ``clean`` (title, publisher, body),
``sentences``, ``dedupe``, then per document ``entities``, ``facts`` and ``quotes``, and
across documents ``resolve`` (one canonical entity per real thing).
"""
