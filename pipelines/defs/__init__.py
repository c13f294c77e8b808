"""The Dagster layer: thin assets around ``pipelines.build`` and ``pipelines.text``."""
