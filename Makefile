# Two commands do all set-up on a fresh machine with Python 3.11+:
#   make demo   embedded PostgreSQL + Redis, migrations, demo data, GraphiQL and a worker
#   make test   lint, types, import contracts and the whole test suite on real PostgreSQL and Redis
#   make test-fast  the suite without the tests marked slow, for the inner loop
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast lint bench bench-http migration lock clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

# make demo PORT=8001 : another port
PORT ?= 8000
demo: $(STAMP)
	$(BIN)/crm dev --port $(PORT)

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

# make bench-http : a seeded database, one `crm serve`, the wrk scenarios side by side with the
# floors (installs wrk from Debian's packages when it is missing and this user may)
bench-http: $(STAMP)
	command -v wrk >/dev/null || (apt-get install -y wrk >/dev/null 2>&1 || sudo -n apt-get install -y wrk) \
	  || { echo "install wrk (Debian/Ubuntu: apt-get install wrk)"; exit 1; }
	$(BIN)/python -m bench.http_member_home $(BENCH_ARGS)

# make migration name=add_coupons : a new Aerich migration from the model changes
migration: $(STAMP)
	flock migrations/.lock $(BIN)/aerich migrate --offline --name $(name)

# make lock : resolve pyproject.toml's ranges afresh and pin the result in requirements.lock
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e ".[dev]"
	{ echo "# Exact versions for every install (make, CI, the image): pip install -c requirements.lock ..."; \
	  echo "# Regenerate after changing dependencies in pyproject.toml: make lock"; \
	  .lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^crm-server'; } > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) .data
