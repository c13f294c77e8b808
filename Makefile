# Everything a newcomer needs: `make run`, then `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
WAREHOUSE := $(or $(WAREHOUSE_PATH),warehouse/warehouse.duckdb)
# the Dagster instance (run history, sensor cursors) lives in the repo, git-ignored
export DAGSTER_HOME := $(CURDIR)/.dagster

.PHONY: setup run test ui sql bench score devscore validate clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ needed (PYTHON=$(PYTHON))"; exit 1; }
	@echo "Setting up once: a virtualenv in $(VENV) with dagster, duckdb, polars and the extractors' libraries from PyPI (a few minutes; later commands skip this)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@

run: setup  ## materialise every asset over SEEDS_DIR and publish WAREHOUSE_PATH
	$(BIN)/python -m pipelines run

test: setup  ## the whole pytest suite
	$(BIN)/pytest

ui: setup  ## Dagster UI with sensor and schedule on (http://127.0.0.1:3000)
	@# dagster 1.13 marks `dagster dev` superseded by `dg dev` (a separate package and project layout): hush that one line
	PYTHONWARNINGS='ignore:Function `dev_command` is superseded' $(BIN)/dagster dev

sql: setup  ## DuckDB CLI on the published warehouse, read-only, with a banner (says so when there is none yet)
	@$(BIN)/python -m pipelines sql

bench: setup  ## time and MB/s of each stage (seeds/, and ../shared/corpora/bbc when present)
	$(BIN)/python -m pipelines bench

score: setup  ## extraction quality on the seeds (needs ../shared)
	$(BIN)/python ../shared/eval/score.py --db $(WAREHOUSE) --gold ../shared/eval/gold/seeds.json --show-errors

devscore: setup  ## build our own scored dev set (tests/fixtures/devset) and score it (needs ../shared)
	SEEDS_DIR=tests/fixtures/devset/articles WAREHOUSE_PATH=/tmp/newsfacts-devset.duckdb $(BIN)/python -m pipelines run > /dev/null
	$(BIN)/python ../shared/eval/score.py --db /tmp/newsfacts-devset.duckdb --gold tests/fixtures/devset/gold.json --show-errors

validate: setup  ## Dagster loads the definitions
	$(BIN)/dagster definitions validate

clean:  ## remove the built warehouse, caches and local Dagster state (keeps .venv)
	rm -rf warehouse/*.duckdb warehouse/.*.build .dagster/storage .dagster/logs .dagster/history .dagster/schedules
