# The two set-up commands. Both create .venv when it is missing and install dyad into it.
PYTHON ?= python3
# The dashboard's browser tests drive this Chromium (Debian's package; Playwright's own
# browser download is never used).
CHROMIUM ?= /usr/bin/chromium
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench clean browser

demo: $(STAMP)  ## run dyad on the bundled sample corpus and print what it found
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/dyad run src/dyad/samples/corpus --db demo.db
	$(BIN)/dyad articles --db demo.db
	$(BIN)/dyad events --db demo.db --limit 25

test: $(STAMP) lint browser  ## run the whole test suite (slow and browser tests included)
	DYAD_CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest

browser:  ## Chromium for the dashboard tests: installed with apt-get when missing (as root)
	@if [ ! -x "$(CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian's chromium for the dashboard tests"; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
	      && test -x "$(CHROMIUM)"; } || { echo "could not install chromium at $(CHROMIUM)"; exit 1; }; \
	  else \
	    echo "The dashboard tests need Chromium at $(CHROMIUM). Install it as root" \
	      "(Debian: apt-get install -y chromium), or run make test CHROMIUM=/path/to/chromium."; \
	    exit 1; \
	  fi; \
	fi

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
