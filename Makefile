# Everything a fresh machine needs: `make demo` and `make test` create .venv and install first.
PYTHON ?= python3.11
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock | sha256sum | cut -c1-12)

.PHONY: install demo test lint clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade "pip==26.3"
	$(BIN)/pip install --quiet -c requirements.lock -e ".[dev]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f rasd-demo.db rasd-demo.db-wal rasd-demo.db-shm
	$(BIN)/rasd demo --db sqlite:///rasd-demo.db

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

clean:
	rm -rf $(VENV) rasd-demo.db* rasd-demo-report .pytest_cache .mypy_cache .ruff_cache
