# Two entry points for a new user (see README.md):
#   make report   set up .venv and write the report on the bundled seed thread
#   make test     set up .venv and run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup report test evaluate clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

report: setup
	$(BIN)/stance report

test: setup
	$(BIN)/python -m pytest

evaluate: setup
	$(BIN)/python -m stance.evaluate

clean:
	rm -rf $(VENV) reports .pytest_cache .hypothesis
