# The two quick-start commands: `make demo` and `make test`. Both create .venv and install
# Clairbot in it first, exactly as uv.lock says (once; again when uv.lock or pyproject.toml
# changes).
#
# uv.lock pins every dependency, direct and transitive, with its hashes (the `test` extra,
# the `bench` extra and uv itself; `bench` is locked but only installed on request).
# Bootstrap, on a machine with only python3 (>= 3.11), pip, venv and make:
#   1. `python3 -m venv .venv`, and pip installs into it the uv release that uv.lock pins
#      (pyproject.toml's `dev` dependency group), checking the lock's hashes for it;
#   2. that uv syncs the same .venv from uv.lock with --locked: it fails, instead of
#      re-resolving, when uv.lock is stale for pyproject.toml (then run `make lock`).
# The sync is exact: .venv ends up with what the lock lists and nothing else (a release left
# from an older lock, or installed by hand, is removed; uv leaves alone only the pip and
# setuptools that venv seeded), so a test run sees what CI sees. uv survives it because it is
# in the lock itself (the dev group, which uv installs by default); we prefer that to
# `--inexact`, which would keep leftovers. uv never downloads a Python
# (UV_PYTHON_DOWNLOADS=never): it uses .venv's, made by $(PYTHON). Neither step depends on
# the machine's pip configuration: uv reads none of it (the lock names PyPI as the only
# index), and pip installs uv only if the file it gets has one of the lock's hashes.
#
#   make lock        after editing dependencies in pyproject.toml: re-resolves uv.lock,
#                    keeping every pin that still fits; `make install` fails until then.
#   make upgrade     moves every pin in uv.lock to the newest release pyproject.toml allows
#                    (uv, setuptools and wheel have exact pins there: edit those by hand).
#   make check-lock  fails if uv.lock is stale for pyproject.toml (CI runs it).
#   make audit       known vulnerabilities of the locked dependencies (needs the internet).
VENV ?= .venv
BIN := $(VENV)/bin
PYTHON ?= python3
UV := $(BIN)/uv

export UV_PROJECT_ENVIRONMENT := $(abspath $(VENV))
export UV_PYTHON_DOWNLOADS := never

.PHONY: demo test lint install install-bench models lock upgrade check-lock vendor-docs audit

# uv's line for pip, from uv.lock: `uv==VERSION --hash=sha256:... ...` (its wheels).
define UV_REQUIREMENT
import tomllib
with open("uv.lock", "rb") as f:
    [uv] = [p for p in tomllib.load(f)["package"] if p["name"] == "uv"]
print("uv==" + uv["version"], *("--hash=" + w["hash"] for w in uv["wheels"]))
endef
export UV_REQUIREMENT

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(PYTHON) -c "$$UV_REQUIREMENT" > $(VENV)/uv-requirements.txt
	$(BIN)/python -m pip install -q --require-hashes --only-binary :all: --no-deps \
	  -r $(VENV)/uv-requirements.txt

# After a failed sync or check: uv says above whether uv.lock is stale; the cure is this.
STALE := { echo "if uv.lock needs to be updated: run 'make lock', then commit uv.lock"; exit 1; }

$(BIN)/.installed: pyproject.toml uv.lock $(UV)
	$(UV) sync --locked --python $(BIN)/python --extra test || $(STALE)
	touch $@

# `make install` also fetches axe-core (browser accessibility check) when npm is present;
# without npm that one test is skipped, and `make demo` / `make test` work as before.
install: $(BIN)/.installed
	@if [ -f package-lock.json ] && command -v npm >/dev/null 2>&1; then \
	  npm ci --no-audit --no-fund; \
	else echo "npm not found: axe-core not installed (the accessibility test will skip)"; fi

# The heavy `bench` extra (bench/pii_vs_presidio.py only), from the lock too. It stays until
# the next sync, i.e. the next `make` after uv.lock or pyproject.toml changes.
install-bench: $(BIN)/.installed
	$(UV) sync --locked --python $(BIN)/python --extra test --extra bench

# The understanding layer's models, rebuilt from training/understanding/ (scikit-learn from
# the locked `train` extra, installed only here); the artefacts are committed in
# src/clairbot/understanding/models/. Then measure: bench/understanding_eval.py.
models: $(BIN)/.installed
	$(UV) sync --locked --python $(BIN)/python --extra test --extra train
	$(BIN)/python training/understanding/build.py

lock: $(UV)
	$(UV) lock

upgrade: $(UV)
	$(UV) lock --upgrade

# Swagger UI and ReDoc for /docs and /redoc, fetched with npm at the versions and integrities
# that tools/vendor_docs.py pins, into src/clairbot/web/static/docs/ (committed: installing
# Clairbot needs neither npm nor the network for them).
vendor-docs: $(BIN)/.installed
	$(BIN)/python tools/vendor_docs.py

check-lock: $(UV)
	$(UV) lock --check || $(STALE)

# Known vulnerabilities of the locked runtime dependencies (what a deployment runs): pip-audit
# (the `audit` extra, installed from the lock by this target only) checks each name==version
# of uv.lock against PyPI's advisory database (AUDIT_SERVICE=osv: OSV's), which it must reach
# over the network; CI does not run it. --strict fails when a package could not be checked,
# so an unreachable database is never taken for "no known vulnerabilities".
AUDIT_SERVICE ?= pypi
audit: $(BIN)/.installed
	$(UV) sync --locked --python $(BIN)/python --extra test --extra audit || $(STALE)
	$(UV) export --frozen --format requirements-txt --no-dev --no-emit-project --quiet \
	  --output-file $(VENV)/audit-requirements.txt
	$(BIN)/pip-audit --strict --require-hashes --disable-pip --progress-spinner off \
	  --vulnerability-service $(AUDIT_SERVICE) -r $(VENV)/audit-requirements.txt

demo: $(BIN)/.installed
	$(BIN)/clairbot demo

# bandit: a static security scan of src/ that fails on any high-severity finding (medium and
# low ones are read and fixed or justified in place with `# nosec BXXX  # reason`).
lint: $(BIN)/.installed
	$(BIN)/ruff check src tests bench tools training
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/bandit -r src -q --severity-level high

test: lint
	$(BIN)/pytest
