# Two commands do all set-up on a fresh machine with Python 3.11+:
#   make demo   embedded PostgreSQL + Redis, migrations, demo data, GraphiQL and a worker
#   make test   lint, types, import contracts and the whole test suite on real PostgreSQL and Redis
#   make test-fast  the suite without the tests marked slow, for the inner loop
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast lint bench migration clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/crm dev

test: $(STAMP) lint
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m bench

# make migration name=add_coupons : a new Aerich migration from the model changes
migration: $(STAMP)
	flock migrations/.lock $(BIN)/aerich migrate --offline --name $(name)

clean:
	rm -rf $(VENV) .data
