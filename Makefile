# dealgraph: two commands set everything up on a fresh machine.
#   make demo   build the graph and the map of data/articles/ into out/ and show some answers
#   make test   install the test extras (and Chromium where missing) and run the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
GRAPH := out/graph.json

.PHONY: demo test install install-test browser screenshot bench clean

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
	$(BIN)/dealgraph build data/articles --out out --jobs 2
	@echo
	$(BIN)/dealgraph query deals --kind investment --graph $(GRAPH)
	$(BIN)/dealgraph query deals --min-amount 1e10 --graph $(GRAPH)
	@echo
	@echo "Open the map: out/map.html"

test: install-test browser
	$(BIN)/python -m pytest -q

screenshot: install-test browser demo
	$(BIN)/python bench/screenshot.py out/map.html docs/map.png

bench: install-test browser
	$(BIN)/python bench/bench_extract.py tests/dev
	$(BIN)/python bench/bench_build.py 1000 10000
	$(BIN)/python bench/bench_map.py

clean:
	rm -rf out
