# The commands of the README. Everything the project needs, these install.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# The site's address, the same for the web server, the worker and the scheduler:
# the links in their e-mails point where the server listens.
TILTAS_BASE_URL ?= http://127.0.0.1:$(PORT)
SITE = TILTAS_BASE_URL=$(TILTAS_BASE_URL)
PYTEST_ARGS ?=
# Settings default to production when TILTAS_ENV is unset; these commands are
# for a developer's machine (make test and make lint set their own).
export TILTAS_ENV ?= development

.PHONY: install run test lint messages lock demo-totp clean

$(VENV)/.installed: requirements.lock requirements-nodeps.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Tiltas needs Python 3.12 or newer (see README).")'
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-nodeps.lock
	@touch $@

install: $(VENV)/.installed

messages: install
	@if command -v msgfmt >/dev/null; then $(PY) manage.py compilemessages --ignore=.venv -v 0; \
	else echo "msgfmt not found: using the committed .mo catalogues"; fi

run: messages
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_project
	$(PY) manage.py load_demo
	$(PY) manage.py collectstatic --noinput -v 0
	@echo "Starting the background task worker (e-mails) and the scheduler (reminders, retention)…"
	$(SITE) $(PY) manage.py db_worker & worker=$$!; \
	$(SITE) $(PY) manage.py run_schedule & scheduler=$$!; \
	trap "kill $$worker $$scheduler 2>/dev/null" EXIT INT TERM; \
	$(SITE) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: messages
	@if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then \
		echo "Browser tests: running with $$(command -v chromium || command -v chromium-browser)"; \
	else \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
		echo "!! No chromium found: browser and accessibility tests are SKIPPED.            !!"; \
		echo "!! Install it (Debian: apt-get install -y chromium) to run the whole suite.   !!"; \
		echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"; \
	fi
	TILTAS_ENV=test DJANGO_ALLOW_ASYNC_UNSAFE=true $(PY) -m pytest -n 2 $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint tiltas --lint
	$(VENV)/bin/djlint tiltas --check
	TILTAS_ENV=test $(VENV)/bin/lint-imports
	TILTAS_ENV=test $(VENV)/bin/mypy $$(ls tiltas/*/services.py tiltas/*/selectors.py tiltas/*/services/*.py tiltas/*/selectors/*.py tiltas/*/permissions.py tiltas/*/permissions/*.py 2>/dev/null)

# Regenerate the pinned versions after changing pyproject.toml.
lock:
	$(PY) -m pip install --quiet -e ".[dev]"
	$(PY) -m pip freeze --exclude-editable | grep -v -e '^-e' -e '^openbadges==' > requirements.lock

demo-totp: install
	@$(PY) manage.py demo_totp

clean:
	rm -rf $(VENV) var/static

# Extract translatable strings into every app's own catalogues (lt, en, nb).
catalogues: install
	@for dir in tiltas/*/locale; do app=$$(dirname $$dir); \
		(cd $$app && ../../$(PY) ../../manage.py makemessages -l lt -l en -l nb --no-obsolete -v 0); \
	done
	$(PY) manage.py makemessages -l lt -l en -l nb --no-obsolete -v 0 --ignore='tiltas/*' --ignore='.venv/*' --ignore='var/*'
