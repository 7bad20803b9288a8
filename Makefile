# Two commands on a fresh machine with Python 3.11+ and make:
#   make run    serve the API on http://127.0.0.1:$(PLAPI_PORT) (default 8000), data loaded
#   make test   lint, type-check and run the whole test suite, with its coverage floor
# And while working: make test-fast   the suite without browser and slow tests, in under
# two minutes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RUNTIME_STAMP := $(VENV)/.runtime-installed

BENCH_STAMP := $(VENV)/.bench-installed
# The Python client's generator (and what the generated client runs on), apart from the
# project's environment: it pins tools the project uses newer.
CLIENTS_VENV := .venv-clients
CLIENTS_STAMP := $(CLIENTS_VENV)/.installed
BROWSER_STAMP := node_modules/.installed
CHROMIUM ?= /usr/bin/chromium
NGINX ?= /usr/sbin/nginx

.PHONY: run test test-fast lint typecheck pytest check load lock docker-lint bench test-deps clean \
	openapi-snapshot clients

# Serving needs only the runtime lock file: `make run` answers its first request within a
# minute of a fresh clone, without the development tools.
$(RUNTIME_STAMP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	touch $(RUNTIME_STAMP)

# Development adds the tools (and the `plapi` command, installed in editable mode).
$(STAMP): requirements-dev.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(RUNTIME_STAMP)
	$(BIN)/python -m app serve

test: lint typecheck docker-lint test-deps pytest

# The browser tests drive Debian's Chromium and inject axe-core (from npm, locked); the edge
# tests run Debian's nginx in front of real replicas.
test-deps: $(BROWSER_STAMP) $(CLIENTS_STAMP) $(CHROMIUM) $(NGINX)

$(BROWSER_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(BROWSER_STAMP)

$(CLIENTS_STAMP): clients/python/generator.lock
	$(PYTHON) -m venv $(CLIENTS_VENV)
	$(CLIENTS_VENV)/bin/python -m pip install --quiet --require-hashes -r clients/python/generator.lock
	touch $(CLIENTS_STAMP)

# After a change to the OpenAPI document (and its snapshot): regenerate both clients from it.
# The tests regenerate them into a scratch folder and fail on any difference.
clients: $(CLIENTS_STAMP) $(BROWSER_STAMP)
	clients/generate.sh tests/snapshots/openapi.json clients

$(CHROMIUM) $(NGINX):
	apt-get update -q
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium nginx

lint: $(STAMP)
	$(BIN)/ruff check app migrations tests bench
	$(BIN)/ruff format --check app migrations tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

# Every test, browser and slow ones included, measuring coverage; fails under the floor in
# pyproject.toml ([tool.coverage.report] fail_under).
pytest: $(STAMP)
	$(BIN)/coverage run -m pytest
	$(BIN)/coverage report

test-fast: $(STAMP)
	$(BIN)/pytest -m "not browser and not slow"

check: $(STAMP)
	$(BIN)/plapi check

# After a change that means to alter the OpenAPI document: rewrite its committed snapshot.
openapi-snapshot: $(STAMP)
	PLAPI_UPDATE_SNAPSHOTS=1 $(BIN)/pytest -q tests/api/test_openapi_snapshot.py

$(BENCH_STAMP): requirements-bench.lock $(STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-bench.lock
	touch $(BENCH_STAMP)

# Benchmarks (loopback only, bounded): relevance, search latency, and throughput against
# Datasette and a bare ASGI app. Needs wrk (installed here from Debian when missing).
bench: $(BENCH_STAMP)
	command -v wrk >/dev/null || (apt-get update -q && apt-get install -y -q wrk)
	$(BIN)/python -m bench.relevance
	$(BIN)/python -m bench.search_latency
	$(BIN)/python -m bench.perf

load: $(STAMP)
	$(BIN)/plapi load

# Regenerate the lock file after changing dependencies in pyproject.toml.
lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --generate-hashes \
		--python-version 3.11 --universal -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes \
		--python-version 3.11 --universal -o requirements-dev.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra bench --generate-hashes \
		--python-version 3.11 --universal -o requirements-bench.lock
	$(BIN)/uv pip compile clients/python/generator.in --generate-hashes \
		--python-version 3.11 --universal -o clients/python/generator.lock

docker-lint: $(STAMP)
	$(BIN)/hadolint Dockerfile

clean:
	rm -rf $(VENV) $(CLIENTS_VENV) var node_modules test-artifacts .mypy_cache .ruff_cache \
		.pytest_cache clients/typescript/dist
