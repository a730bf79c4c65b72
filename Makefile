# The two quick-start commands: `make demo` and `make test`. Both create .venv and install
# Clairbot in it first (once; again when pyproject.toml changes).
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: demo test lint install

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

# `make install` also fetches axe-core (browser accessibility check) when npm is present;
# without npm that one test is skipped, and `make demo` / `make test` work as before.
install: $(BIN)/.installed
	@if [ -f package-lock.json ] && command -v npm >/dev/null 2>&1; then \
	  npm ci --no-audit --no-fund; \
	else echo "npm not found: axe-core not installed (the accessibility test will skip)"; fi

demo: $(BIN)/.installed
	$(BIN)/clairbot demo

lint: $(BIN)/.installed
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest
