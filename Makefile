# Commons Desktop — every set-up step lives here, so a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# The one version number is pyproject.toml's; every artifact's name carries it.
VERSION := $(shell $(PYTHON) packaging/meta.py version)
DIST   := dist
BUNDLE := $(DIST)/commons-desktop
RUN_ARGS ?=

.PHONY: help venv system-packages run-packages run test test-slow lint bench bench-small screenshots \
        bundle deb version clean

help:
	@echo "make run          start the desktop app on the demo vault (passphrase: demo)"
	@echo "make test         install what the tests need, then run lint and the whole test suite"
	@echo "make lint         ruff"
	@echo "make bench        benchmark a 100,000-person federation (writes bench/out/)"
	@echo "make bench-small  the same harness on a small federation (under a minute)"
	@echo "make screenshots  render every main screen in English and French (light, dark, 2x) into screenshots/"
	@echo "make bundle       the app and the commons command as one folder ($(BUNDLE)), with a size report"
	@echo "make deb          the Debian/Ubuntu package ($(DIST)/commons-desktop_$(VERSION)_<arch>.deb)"
	@echo "make version      print the version ($(VERSION))"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,packaging]'
	touch $(STAMP)

venv: $(STAMP)

# The system libraries the window needs (Qt's xcb platform); `make test` also installs what the suite uses.
run-packages:
	@scripts/ensure-system-packages.sh run

system-packages:
	@scripts/ensure-system-packages.sh test

run: venv run-packages
	$(BIN)/python -m commons_desktop --demo $(RUN_ARGS)

lint: venv
	$(BIN)/ruff check .

test: venv system-packages lint
	scripts/run-tests.sh

test-slow: venv system-packages
	scripts/run-tests.sh -m slow

bench: venv
	$(BIN)/python -m bench.run

bench-small: venv
	$(BIN)/python -m bench.run --small

screenshots: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m commons_desktop.ui.screenshots screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m commons_desktop.ui.screenshots screenshots --dark
	QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 $(BIN)/python -m commons_desktop.ui.screenshots screenshots \
		--lang en --tag x2

bundle: venv
	$(BIN)/python packaging/pyinstaller/build.py --dist $(DIST) --work build/pyinstaller

deb: bundle
	packaging/linux/build-deb.sh $(BUNDLE) $(DIST)

version:
	@echo $(VERSION)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache bench/out screenshots
