# Thin wrappers around the usual Django commands. See README.md.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run install migrate demo serve worker test lint format check contract clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

migrate: install
	mkdir -p var
	$(MANAGE) migrate --noinput

# Loading enqueues search and reference-index updates; the batch worker runs them now,
# so the demo is searchable at once (a re-run enqueues nothing and returns immediately).
demo: migrate
	$(MANAGE) load_demo_data
	$(MANAGE) load_demo_forms
	$(MANAGE) load_demo_contacts
	$(MANAGE) db_worker --batch --queue-name '*' --no-reload > /dev/null
	$(MANAGE) search_reindex --if-empty

# Web server, task worker and the minute scheduler (go-live/expiry, due notifications,
# retention of drafts and unused uploads); Ctrl-C stops all.
run: demo
	@echo "Admin: http://$(HOST):$(PORT)/admin/  (admin / stad-demo-2026)"
	@trap 'kill 0' INT TERM EXIT; \
	$(MANAGE) db_worker --queue-name '*' & \
	while true; do $(MANAGE) publish_scheduled > /dev/null; $(MANAGE) deliver_outbox > /dev/null; $(MANAGE) purge_expired > /dev/null; $(MANAGE) escalate_late_tasks > /dev/null; $(MANAGE) purge_contact_texts > /dev/null; sleep 60; done & \
	$(MANAGE) runserver $(HOST):$(PORT)

serve: migrate
	$(MANAGE) runserver $(HOST):$(PORT)

worker: migrate
	$(MANAGE) db_worker --queue-name '*'

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

test: lint check
	$(BIN)/pytest

# Regenerate the committed frontend contract after an API change: the examples from a
# freshly loaded demo city (in var/contract/, so local edits never leak into them), then
# openapi.yaml, which includes them.
CONTRACT_ENV := VAR_DIR=var/contract DATABASE_URL=sqlite:///var/contract/db.sqlite3
contract: install
	rm -rf var/contract && mkdir -p var/contract
	$(CONTRACT_ENV) $(MANAGE) migrate --noinput > /dev/null
	$(CONTRACT_ENV) $(MANAGE) load_demo_data > /dev/null
	$(CONTRACT_ENV) $(MANAGE) load_demo_forms > /dev/null
	$(CONTRACT_ENV) $(MANAGE) load_demo_contacts > /dev/null
	$(CONTRACT_ENV) $(MANAGE) db_worker --batch --queue-name '*' --no-reload > /dev/null 2>&1
	$(CONTRACT_ENV) $(MANAGE) contract_examples
	$(MANAGE) spectacular --validate --fail-on-warn --file frontend-contract/openapi.yaml

clean:
	rm -rf var/db.sqlite3* var/media .pytest_cache
