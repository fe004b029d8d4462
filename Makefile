# Two commands do all the set-up on a fresh Debian machine with python3.11 and make:
#   make demo   install, then build the graph of the bundled sample articles into output/
#   make test   install (plus headless Chromium for the view tests), then run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test browser clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	touch $(STAMP)

demo: install
	$(BIN)/newsgraph build samples/

# Chromium drives the HTML view tests; Debian's package, never a browser download.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: install browser
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) output/store output/*.ttl output/*.html output/*.jsonl
