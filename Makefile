# The two set-up commands. Both create .venv when it is missing and install dyad into it.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench clean

demo: $(STAMP)  ## run dyad on the bundled sample corpus and print what it found
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/dyad run src/dyad/samples/corpus --db demo.db
	$(BIN)/dyad articles --db demo.db
	$(BIN)/dyad events --db demo.db --limit 25

test: $(STAMP) lint  ## run the whole test suite (slow tests included)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

bench: $(STAMP)  ## the benchmarks behind docs/benchmarks.md
	$(BIN)/python benchmarks/ingest_throughput.py --articles 10000

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm .pytest_cache .ruff_cache
