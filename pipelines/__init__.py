"""News-facts warehouse: raw articles in, DuckDB tables and SQL models out."""
