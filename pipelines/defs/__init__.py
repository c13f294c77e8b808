"""The Dagster layer: thin assets around ``pipelines.steps`` and ``pipelines.text``."""
