# Two commands do all set-up on a machine that has only python3 and make:
#   make play   plays the game on the shipped bank (installs only what playing needs)
#   make test   runs the whole test suite (installs the test tools too)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install --disable-pip-version-check --progress-bar on
PLAYABLE := $(VENV)/.installed-play
TESTABLE := $(VENV)/.installed-test

.PHONY: play test check lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(PLAYABLE): pyproject.toml | $(BIN)/python
	@echo "Installing article-quiz and what playing needs into $(VENV)/ (first run only)"
	$(PIP) -e .
	touch $@

$(TESTABLE): pyproject.toml | $(BIN)/python
	@echo "Installing article-quiz and the test tools into $(VENV)/ (first run only)"
	$(PIP) -e '.[test]'
	touch $@ $(PLAYABLE)

play: $(PLAYABLE)
	$(BIN)/quiz play

test: $(TESTABLE)
	$(BIN)/ruff check quiz tests benchmarks
	$(BIN)/mypy --strict quiz
	$(BIN)/python -m pytest

check: $(PLAYABLE)
	$(BIN)/quiz check

lint: $(TESTABLE)
	$(BIN)/ruff check quiz tests benchmarks
	$(BIN)/mypy --strict quiz

bench: $(PLAYABLE)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
