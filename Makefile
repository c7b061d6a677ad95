# make run   - create .venv, install, start the app on the user's data folder
# make test  - install what tests need, then lint, types, import boundaries, tests, self-test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Every package that shows or prints words to people.
TR_SOURCES := $(shell find src/sterkblijven/ui src/sterkblijven/words src/sterkblijven/paper -name "*.py" | sort)
TS_NL := src/sterkblijven/i18n/sterkblijven_nl.ts
QM_NL := src/sterkblijven/i18n/sterkblijven_nl.qm
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint typecheck unit selftest bench translations screenshots migration clean package

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
		{ echo "sterkblijven needs Python 3.11 or newer; set PYTHON=python3.11 (or newer)."; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

# On Linux, first name any system library Qt's window lacks, with the command that installs it.
run: QT_QPA_PLATFORM =
run: $(STAMP)
	@$(BIN)/python tools/check_linux_libraries.py
	$(BIN)/sterkblijven $(ARGS)

test: lint unit selftest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks packaging
	$(BIN)/ruff format --check src tests benchmarks packaging
	$(BIN)/mypy
	$(BIN)/lint-imports

unit: $(STAMP)
	$(BIN)/python -m pytest

selftest: $(STAMP)
	$(BIN)/sterkblijven --self-test

# The frozen program (PyInstaller, onedir) in dist/sterkblijven, checked: what is inside, its
# size against the budget, and its own --self-test. The installers are built from it.
PACKAGE_STAMP := $(VENV)/.package-stamp
$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,package]"
	@touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(BIN)/python packaging/make_icons.py
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/sterkblijven.spec
	$(BIN)/python packaging/check_bundle.py dist/sterkblijven

# Speed and memory against baselines measured in the same run; figures also in build/bench.json.
bench: $(STAMP)
	$(BIN)/python benchmarks/run.py --json build/bench.json

# Refresh the Dutch .ts from the code (existing translations are kept) and compile it.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(TR_SOURCES) -source-language en -target-language nl -no-obsolete -ts $(TS_NL)
	$(BIN)/pyside6-lrelease $(TS_NL) -qm $(QM_NL)

# Every screen at every text size, in both themes and languages, as PNGs in build/screenshots.
screenshots: $(STAMP)
	$(BIN)/sterkblijven --self-test --screenshots build/screenshots

# Write a new migration: make migration MESSAGE="what changes"
migration: $(STAMP)
	@mkdir -p build && rm -f build/migration-scratch.sqlite3
	$(BIN)/alembic upgrade head
	$(BIN)/alembic revision --autogenerate -m "$(MESSAGE)"

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache .pytest_cache
