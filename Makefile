# make run   - set up .venv if needed and open SkillAssess on the demo database
# make test  - set up .venv if needed and run every test headless
# make bench  - what the user waits for at 100,000 candidates against baselines (benchmarks/scale.py)
# make translations-update - extract strings into resources/translations/*.ts and fill them from tools/translations_*.py
# make lint  - ruff check, ruff format --check, and mypy strict over core, db, services and formats
# make package - the frozen application dist/SkillAssess/ and its Linux bundle dist/SkillAssess-<version>-linux-x86_64.tar.gz
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# .ts sources in resources/translations, compiled into the package (setup.py does the same for wheels).
QM     := $(patsubst resources/translations/%.ts,skillassess/resources/translations/%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test bench translations translations-update package lint clean

run: $(STAMP) $(QM)
	$(PY) -m skillassess --demo

# On every core (pytest-xdist; PYTEST_ARGS="-n 0" for one process). Under eatmydata when it is installed
# (.ci/run installs it): fsync becomes a no-op, as the tests' PostgreSQL server runs with fsync=off; nothing the
# tests check depends on the disk surviving a power cut (a SIGKILL leaves the kernel's page cache intact).
EATMYDATA := $(shell command -v eatmydata 2>/dev/null)
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(EATMYDATA) $(PY) -m pytest -n auto --dist worksteal $(PYTEST_ARGS)

# Issue 14's goals at 100,000 candidates and the growth table (BENCH_ARGS="--sizes 10000,100000,1000000
# --postgres 100000" for all of it); the databases are built once under /tmp/scale (SKILLASSESS_SCALE_DIR).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/scale.py $(BENCH_ARGS)

translations: $(QM)

# The rules and the folders mypy reads are in pyproject.toml ([tool.ruff], [tool.mypy]).
LINTED := skillassess tests tools benchmarks packaging main.py setup.py
lint: $(STAMP)
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)
	$(VENV)/bin/mypy

# After adding strings: lupdate over the code, fill from tools/translations_<lang>.py, list what is missing.
translations-update: $(STAMP)
	$(PY) tools/update_translations.py

# Compiled translations: rebuilt only when their .ts source changes.
skillassess/resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	@mkdir -p $(@D)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# The frozen application (PyInstaller, one folder) and the Linux bundle; not part of `make test`
# (it takes minutes): .ci/run calls it, then tests the frozen program (tests/packaging/test_frozen_app.py).
package: $(STAMP) $(QM) $(VENV)/.package-tools
	$(PY) packaging/build.py

$(VENV)/.package-tools: pyproject.toml setup.py
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $@

# Installs once, and again only when pyproject.toml changes.
$(STAMP): pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "SkillAssess needs Python 3.11 or newer; set PYTHON=python3.11")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info skillassess/resources/translations/*.qm
