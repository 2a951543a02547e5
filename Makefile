# dealgraph: two commands set everything up on a fresh machine.
#   make demo   build the graph and the map from data/articles/ into out/
#   make test   install the test extras (and Chromium where missing) and run the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

browser:
	@bash .ci/install-chromium

demo: install
	$(BIN)/dealgraph extract data/articles --out out/extractions

test: install-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf out
