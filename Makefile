# Every target bootstraps .venv from requirements.lock first, so a fresh clone needs only
# `make serve` or `make test`.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-from-lock
HOST   ?= 127.0.0.1:8000
# A failing build in a pipe (| hide INFO lines) fails the target.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
# A strict build without MkDocs' progress lines: its warnings, our messages and its last word
# ("Aborted…", which it prints on stdout) in order, on stderr. (Not --quiet: MkDocs then drops
# warnings, and --strict with them.)
strict_build = $(PY) -m mkdocs build --strict $(1) 2>&1 | sed -u '/^INFO /d' >&2
# Material prints an end-of-life banner on every build; it is not a build problem.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build check test lint lock clean freeze-urls rename pdf zip

# --- bootstrap ---------------------------------------------------------------
# Re-installs only when the lock file or the project changes; --require-hashes refuses anything
# unlocked. The build code (scripts/publication) is installed too, in place, so hooks, tests and
# tools import it as a package.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation --no-index -e .
	touch $@

# --- site --------------------------------------------------------------------
# Strict build into a new folder, then site/ (a link) is switched to it in one rename: a
# failed build leaves the previous site untouched, and a server never sees half of one.
BUILDS := site.builds
build: $(STAMP)
	@mkdir -p $(BUILDS)
	@target=$(BUILDS)/$$(date +%Y%m%d-%H%M%S-%N); \
	if $(call strict_build,--site-dir $$target); then \
	  if [ -d site ] && [ ! -L site ]; then rm -rf site; fi; \
	  ln -sfn $$target site.next && mv -T site.next site; \
	  for old in $$(ls -1d $(BUILDS)/* | head -n -2); do rm -rf $$old; done; \
	  echo "site/ -> $$target"; \
	else rm -rf $$target; exit 1; fi

# Live reload on http://$(HOST); a failed rebuild shows its error in the browser.
serve: $(STAMP)
	$(PY) -m mkdocs serve --strict --dev-addr $(HOST) --livereload

# The editor's everyday check, without a browser: data, the publication's words, links and
# anchors, translations and the URL contract's old lines (a strict build); then the fast tests
# and whether the build has addresses the contract does not promise yet, both reported; last,
# the files git does not track yet, with the git add that puts them in the change.
# The build and the tests are independent: they run side by side (two cores), the tests'
# report printed after the build's messages. A build that refuses the content has said what
# to mend; the tests, which read the same content, are stopped unheard.
check: $(STAMP)
	@rm -rf build/check-site && mkdir -p build
	@$(PY) -m pytest -q -m "unit or content" > build/check-tests.txt 2>&1 & \
	tests_pid=$$!; \
	$(call strict_build,--site-dir build/check-site); built=$$?; \
	if [ $$built -ne 0 ]; then kill $$tests_pid 2>/dev/null; wait $$tests_pid; exit $$built; fi; \
	wait $$tests_pid; tests=$$?; cat build/check-tests.txt; \
	$(PY) -m publication.url_contract check build/check-site; contract=$$?; \
	$(PY) -m publication.git_files; \
	[ $$tests -eq 0 ] && [ $$contract -eq 0 ]

# The published URL contract (contract/): add this build's new addresses; never drops one.
freeze-urls: build
	$(PY) -m publication.url_contract freeze site

# Rename a principle or case in both editions: make rename FROM=cases/old-id TO=cases/new-id
rename: $(STAMP)
	$(PY) -m publication.rename $(FROM) $(TO)

# Tagged PDFs (Debian chromium, one launch) of the whole publication, from /print/, and of every
# principle and case, in both languages, into dist/. They carry the published address, so
# SITE_URL must be it: SITE_URL=https://udgiver.dk/ledelse/ make pdf. The second build copies
# them into the site; each chapter page links its own, the about page the whole publication.
pdf: build
	$(PY) -m publication.pdf site dist
	$(MAKE) build

# The offline edition (works opened from disk) as a zip, linked from the about page.
zip: $(STAMP)
	rm -rf build/offline
	$(call strict_build,-f mkdocs.offline.yml)
	$(PY) -m publication.downloads build/offline dist
	$(MAKE) build

# --- checks ------------------------------------------------------------------
# The validators that run on the built site from npm (html-validate), installed exactly as
# package-lock.json pins them; again only when the lock changes. Nothing of it is served.
NODE_STAMP := node_modules/.package-lock.json
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

# Every layer, a test module per core (the machine has two); ruff first, since it takes a second.
test: $(STAMP) $(NODE_STAMP)
	$(PY) -m ruff check scripts tests bench hosting
	$(PY) -m pytest -n auto --dist loadfile

lint: $(STAMP)
	$(PY) -m ruff check --fix scripts tests bench hosting

# --- more targets, one file per concern (bench, hosting, quality) ---------------
include $(wildcard mk/*.mk)

# --- maintenance -------------------------------------------------------------
# Needs uv (pip install uv); pins every transitive dependency with hashes.
lock:
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11.7 \
		--no-header --quiet -o requirements.lock
	sed -i '1i # Locked dependencies with hashes. Regenerate with `make lock` after editing pyproject.toml.' requirements.lock

clean:
	rm -rf site site.next $(BUILDS) build dist .pytest_cache node_modules
