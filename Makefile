# Two commands do all set-up on a machine that has only python3 and make:
#   make play   plays the game on the shipped bank
#   make test   runs the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: play test check lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

play: $(STAMP)
	$(BIN)/quiz play

test: $(STAMP)
	$(BIN)/ruff check quiz tests benchmarks
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/quiz check

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
