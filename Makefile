# Everything a newcomer needs: `make run`, then `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
WAREHOUSE := $(or $(WAREHOUSE_PATH),warehouse/warehouse.duckdb)
# the Dagster instance (run history, sensor cursors) lives in the repo, git-ignored
export DAGSTER_HOME := $(CURDIR)/.dagster
# scratch warehouses of the scored sets: one per checkout, so two checkouts never read each other's builds
SCRATCH ?= /tmp/newsfacts-$(notdir $(CURDIR))

.PHONY: setup run test ui sql bench score devscore speakerdev entitydev quantdev goldscore validate clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ needed (PYTHON=$(PYTHON))"; exit 1; }
	@echo "Setting up $(VENV): this project and its dependencies (dagster, duckdb, polars, trafilatura, pytest"
	@echo "and ~100 packages they need, ~1.3 GB). The first time takes 1-5 minutes, mostly downloads; pip shows them."
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install -e ".[dev]"
	@touch $@
	@echo "Setup done: $(VENV) is ready."

run: setup  ## materialise every asset over SEEDS_DIR and publish WAREHOUSE_PATH
	$(BIN)/python -m pipelines run

test: setup  ## the whole pytest suite
	$(BIN)/pytest

ui: setup  ## Dagster UI with sensor and schedule on (http://127.0.0.1:3000)
	@$(BIN)/python -m pipelines check
	@# dagster 1.13 marks `dagster dev` superseded by `dg dev` (a separate package and project layout): hush that one line
	PYTHONWARNINGS='ignore:Function `dev_command` is superseded' $(BIN)/dagster dev

sql: setup  ## DuckDB CLI on the published warehouse, read-only, with a banner (says so when there is none yet)
	@$(BIN)/python -m pipelines sql

bench: setup  ## stages, peers, workers, cold/warm/changed builds, 1x vs BENCH_SCALE x corpus (quantulum3: pip install -e ".[bench]")
	$(BIN)/python -m pipelines bench

score: setup  ## build the shipped seeds/ into a scratch warehouse and grade it, with errors (needs ../shared)
	SEEDS_DIR=seeds WAREHOUSE_PATH=$(SCRATCH)-seeds.duckdb $(BIN)/python -m pipelines run > /dev/null
	$(BIN)/python ../shared/eval/score.py --db $(SCRATCH)-seeds.duckdb --gold ../shared/eval/gold/seeds.json --show-errors

devscore: setup  ## build our own scored dev set (tests/fixtures/devset) and score it (needs ../shared)
	SEEDS_DIR=tests/fixtures/devset/articles WAREHOUSE_PATH=$(SCRATCH)-devset.duckdb $(BIN)/python -m pipelines run > /dev/null
	$(BIN)/python ../shared/eval/score.py --db $(SCRATCH)-devset.duckdb --gold tests/fixtures/devset/gold.json --show-errors

speakerdev: setup  ## build our four visible speaker sets (tests/fixtures/speakerdev, speakerdev2, speakerdev3, speakerdev4) and score each, with errors (needs ../shared)
	@for set in speakerdev speakerdev2 speakerdev3 speakerdev4; do \
	  SEEDS_DIR=tests/fixtures/$$set/articles WAREHOUSE_PATH=$(SCRATCH)-$$set.duckdb $(BIN)/python -m pipelines run > /dev/null || exit 1; \
	  echo "== $$set"; $(BIN)/python ../shared/eval/score.py --db $(SCRATCH)-$$set.duckdb --gold tests/fixtures/$$set/gold.json --show-errors; \
	done

GOLDSETS := tests/fixtures/goldsets
quantdev: setup  ## build our two visible quantity sets (tests/fixtures/quantdev, quantdev2) and score value, unit and object of each, with errors
	@for set in quantdev quantdev2; do \
	  SEEDS_DIR=tests/fixtures/$$set/articles WAREHOUSE_PATH=$(SCRATCH)-$$set.duckdb $(BIN)/python -m pipelines run > /dev/null || exit 1; \
	  echo "== $$set"; $(BIN)/python $(GOLDSETS)/quantities/score.py --db $(SCRATCH)-$$set.duckdb --gold tests/fixtures/$$set/gold.json --show-errors; \
	done

entitydev: setup  ## build our visible entity set (tests/fixtures/entitydev) and score its spans, with errors
	SEEDS_DIR=tests/fixtures/entitydev/articles WAREHOUSE_PATH=$(SCRATCH)-entitydev.duckdb $(BIN)/python -m pipelines run > /dev/null
	$(BIN)/python $(GOLDSETS)/entities/score_spans.py --db $(SCRATCH)-entitydev.duckdb --gold tests/fixtures/entitydev/gold.json --show-errors

goldscore: setup  ## build and score the held-out gold sets for quantities, speakers and entities (needs ../shared)
	@for set in quantities speakers entities; do \
	  SEEDS_DIR=$(GOLDSETS)/$$set/articles WAREHOUSE_PATH=$(SCRATCH)-gold-$$set.duckdb $(BIN)/python -m pipelines run > /dev/null || exit 1; \
	done
	@echo "== quantities (value, value+unit, object)"; $(BIN)/python $(GOLDSETS)/quantities/score.py --db $(SCRATCH)-gold-quantities.duckdb --gold $(GOLDSETS)/quantities/gold.json
	@echo "== speakers"; $(BIN)/python ../shared/eval/score.py --db $(SCRATCH)-gold-speakers.duckdb --gold $(GOLDSETS)/speakers/gold.json | grep -E "^(quotes|entities)"
	@echo "== entities (spans)"; $(BIN)/python $(GOLDSETS)/entities/score_spans.py --db $(SCRATCH)-gold-entities.duckdb --gold $(GOLDSETS)/entities/gold.json

validate: setup  ## Dagster loads the definitions
	$(BIN)/dagster definitions validate

clean:  ## remove the built warehouse, caches and local Dagster state (keeps .venv)
	rm -rf warehouse/*.duckdb warehouse/.*.build .dagster/storage .dagster/logs .dagster/history .dagster/schedules
