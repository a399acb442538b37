# The two commands of the README: `make serve` and `make test`.
# Everything else here is what they are made of.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.site-installed
TEST_STAMP := $(VENV)/.test-installed
NODE_STAMP := node_modules/.installed
export NO_MKDOCS_2_WARNING := 1
# mkdocs.yml read before MkDocs reads it: its mistakes get the French message too.
CHECK_CONFIG = PYTHONPATH=hooks $(BIN)/python -m e2c.cli --config-only $(if $(LANGUE),--lang $(LANGUE))
BUILD_FAILED = La construction a échoué : site/ n'a pas été modifié. (Build failed: site/ was left as it was.)

.PHONY: serve build urls retirer-adresse nginx-conf bench check release-check test lint site-packages system-packages lock clean

## serve: preview the site on http://127.0.0.1:8000, reloading on every save
serve: $(SITE_STAMP) site-packages
	@$(CHECK_CONFIG)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

## build: the static site into site/, replaced only when the build succeeds
build: $(SITE_STAMP) site-packages
	@$(CHECK_CONFIG) || { echo "$(BUILD_FAILED)"; exit 1; }
	@rm -rf site.new
	@$(BIN)/mkdocs build --strict --site-dir site.new || { rm -rf site.new; echo "$(BUILD_FAILED)"; exit 1; }
	@rm -rf site.old; if [ -d site ]; then mv site site.old; fi; mv site.new site; rm -rf site.old
	@echo "Site construit dans site/ (site built into site/)."

## urls: record the addresses of new pages (content/public-urls.txt); never removes one
urls: build
	@PYTHONPATH=hooks $(BIN)/python -m e2c.publish.addresses add site

## retirer-adresse: take one address out of content/public-urls.txt, on purpose (ADRESSE=/old/)
retirer-adresse: $(SITE_STAMP)
	@PYTHONPATH=hooks $(BIN)/python -m e2c.publish.addresses retire "$(ADRESSE)"

## nginx-conf: write the security headers into deploy/nginx.conf (after changing hooks/e2c/publish/security_headers.py or page_start.js)
nginx-conf: $(SITE_STAMP)
	@PYTHONPATH=hooks $(BIN)/python -m e2c.publish.security_headers deploy/nginx.conf

## check: the content's checks, fast, without a build (LANGUE=fr or en for one language;
## FORMAT=github: also one GitHub annotation per problem, on its file and line)
check: $(SITE_STAMP)
	@PYTHONPATH=hooks $(BIN)/python -m e2c.cli $(if $(LANGUE),--lang $(LANGUE)) $(if $(FORMAT),--format $(FORMAT))

## release-check: every test, then the fields still empty that a public site needs
release-check: test
	@PYTHONPATH=hooks $(BIN)/python -m e2c.cli --release $(if $(LANGUE),--lang $(LANGUE))

## test: lint, then every test (unit, build, browser); three workers on two
## cores: browser tests spend half their time waiting for pages to settle
test: $(TEST_STAMP) system-packages $(NODE_STAMP) lint
	$(BIN)/python -m pytest -n 3 --dist loadfile

## bench: the benchmarks (page weight, Lighthouse, build, scale, preview): a table and benchmarks/results/latest.json
bench: $(TEST_STAMP) system-packages $(NODE_STAMP)
	$(BIN)/python benchmarks/run.py

# mypy: strict, on hooks/ (its settings are in pyproject.toml).
lint: $(TEST_STAMP)
	$(BIN)/ruff check hooks tests benchmarks
	$(BIN)/ruff format --check hooks tests benchmarks
	$(BIN)/mypy

## site-packages / system-packages: the Debian packages the site / the tests need
## (installed when run as root on Debian; otherwise named: the site goes on without
## its PDFs, the tests stop). Without dpkg, the venv's Python looks for the libraries.
site-packages: | $(VENV)/bin/python
	@PYTHON=$(BIN)/python bash .ci/system-packages site

system-packages:
	@bash .ci/system-packages test

## lock: re-pin requirements*.txt, each package with its hashes, from requirements*.in
## (after changing a range); pins still inside their range stay (UPGRADE=1: the newest allowed)
PIP_TOOLS := pip-tools==7.6.2
PIP_COMPILE = CUSTOM_COMPILE_COMMAND="make lock" .lock-venv/bin/pip-compile --quiet --generate-hashes \
	--allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links --no-config \
	$(if $(UPGRADE),--upgrade)
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check $(PIP_TOOLS)
	$(PIP_COMPILE) --output-file requirements.txt requirements.in
	$(PIP_COMPILE) --output-file requirements-test.txt requirements-test.in
	rm -rf .lock-venv

clean:
	rm -rf site site.new site.old .pytest_cache .ruff_cache node_modules

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(SITE_STAMP): requirements.txt | $(VENV)/bin/python
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	@touch $@

$(TEST_STAMP): requirements-test.txt $(SITE_STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements-test.txt
	@touch $@

# axe-core and the Nu HTML Checker, pinned in package-lock.json.
$(NODE_STAMP): package-lock.json | system-packages
	PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
	@touch $@
