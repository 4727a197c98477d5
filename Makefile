# The two commands a newcomer needs: `make run` and `make test`.
# PYTHON: any Python from 3.11 to 3.13 (make PYTHON=python3.13 test); VENV: its virtualenv,
# rebuilt when another Python made it or its install did not finish; PORT: for `make run`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PORT ?= 8000
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# This Python's version and installation. The stamp records them once the install has
# succeeded: a virtualenv without a matching stamp (made by another Python, or left half
# made by a failed install) is deleted and made again.
PYTHON_ID := $(shell $(PYTHON) -c 'import sys; print(sys.version.split()[0], sys.base_prefix)' 2>/dev/null)
ifeq ($(PYTHON_ID),)
$(error No working Python at PYTHON=$(PYTHON): install Python 3.11 to 3.13, or name one, e.g. make PYTHON=python3.13 run)
endif
ifneq ($(shell cat $(STAMP) 2>/dev/null),$(PYTHON_ID))
$(STAMP): FORCE
endif

.PHONY: install run test browser-test varnish-test lint format bench flood FORCE

$(STAMP): pyproject.toml
	@if [ "$$(cat $(STAMP) 2>/dev/null)" != "$(PYTHON_ID)" ] && [ -e $(VENV) ]; then \
	  if [ ! -f $(VENV)/pyvenv.cfg ]; then \
	    echo "$(VENV) exists and is not a virtualenv: move it away, or pass VENV=<another dir>" >&2; \
	    exit 1; \
	  fi; \
	  echo "Rebuilding $(VENV) with $(PYTHON) ($(PYTHON_ID)): another Python made it, or its install did not finish"; \
	  rm -rf $(VENV); \
	fi
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[dev]"
	echo '$(PYTHON_ID)' > $(STAMP)

install: $(STAMP)

# Run with the system Python, before any setup: fails when 127.0.0.1:PORT is taken.
define PORT_FREE
import socket, sys
port = sys.argv[1]
if not port.isdigit() or not 0 < int(port) < 65536:
    sys.exit(f"PORT={port} is not a port number: try make run PORT=8001")
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as runserver does
try:
    s.bind(("127.0.0.1", int(port)))
except OSError as e:
    sys.exit(
        f"Port {port} is already in use ({e.strerror}): nothing was set up. Stop what is"
        f" using it, or choose another port: make run PORT={int(port) % 65535 + 1}"
    )
s.close()
endef
export PORT_FREE

# Set everything up on SQLite (dev settings), print admin credentials, serve on PORT.
# The port is checked first, so a busy one stops it before migrate or a password reset.
run:
	@$(PYTHON) -c "$$PORT_FREE" '$(PORT)'
	@$(MAKE) --no-print-directory install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_trust_content
	$(PY) manage.py create_local_admin --port $(PORT)
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

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

# 1,000 enquiries from one address against gunicorn with production settings: how many
# are stored (no more than the throttle allows), and whether the site keeps answering.
flood: install
	$(PY) -m bench.enquiry_flood

# The site in real Chromium: axe-core, the Nu HTML Checker, keyboard and CSP checks on
# every public page in en, pl and ar (needs /usr/bin/chromium, java and the npm tools).
browser-test: install node_modules/.package-lock.json
	$(PY) -m pytest -m browser -p no:xdist tests/browser

# The site behind Debian's Varnish with deploy/varnish/default.vcl: caching, purges on
# publish, grace while the application is down (needs `apt-get install -y varnish`).
varnish-test: install
	$(PY) -m pytest -m varnish -p no:xdist tests/trustsite/test_varnish.py

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
