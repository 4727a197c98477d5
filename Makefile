# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test browser-test lint format bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# Set everything up on SQLite (dev settings), print admin credentials, serve on :8000.
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_trust_content
	$(PY) manage.py create_local_admin
	$(PY) manage.py runserver 127.0.0.1:8000

# The test suite (SQLite by default; set DATABASE_URL for PostgreSQL); browser tests aside.
test: install
	$(PY) -m pytest -n auto

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates */templates
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates */templates

# Benchmark pages against a same-size static file (needs PostgreSQL, Redis and wrk).
bench: install
	$(PY) -m bench

# The site in real Chromium: axe-core, the Nu HTML Checker, keyboard and CSP checks on
# every public page in en, pl and ar (needs /usr/bin/chromium, java and the npm tools).
browser-test: install node_modules/.package-lock.json
	$(PY) -m pytest -m browser -p no:xdist tests/browser

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
