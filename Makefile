# Every target bootstraps .venv from requirements.lock first, so a fresh clone needs only
# `make serve` or `make test`.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-from-lock
HOST   ?= 127.0.0.1:8000
# Material prints an end-of-life banner on every build; it is not a build problem.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test lock clean freeze-urls pdf zip

# --- bootstrap ---------------------------------------------------------------
# Re-installs only when the lock file changes; --require-hashes refuses anything unlocked.
$(STAMP): requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	touch $@

# --- site --------------------------------------------------------------------
# Strict build into a scratch folder, swapped in only on success: a failed build
# leaves the previous site/ untouched.
build: $(STAMP)
	rm -rf site.partial
	$(PY) -m mkdocs build --strict --site-dir site.partial
	rm -rf site.previous
	if [ -d site ]; then mv site site.previous; fi
	mv site.partial site
	rm -rf site.previous

serve: build
	$(PY) -m mkdocs serve --strict --dev-addr $(HOST) --livereload

# The frozen list of published URLs and anchors (contract/): regenerate after adding pages.
freeze-urls: build
	mkdir -p contract
	PYTHONPATH=scripts $(PY) -m publication.url_contract site > contract/published-urls.txt

# The whole publication as PDF in both languages (Debian chromium), from /print/. The second
# build copies it into the site and the about page links to it.
pdf: build
	PYTHONPATH=scripts $(PY) -m publication.pdf site dist
	$(MAKE) build

# The offline edition (works opened from disk) as a zip, linked from the about page.
zip: $(STAMP)
	rm -rf build/offline
	$(PY) -m mkdocs build --strict -f mkdocs.offline.yml
	PYTHONPATH=scripts $(PY) -m publication.downloads build/offline dist
	$(MAKE) build

# --- checks ------------------------------------------------------------------
test: $(STAMP)
	$(PY) -m pytest

# --- more targets, one file per concern (bench, hosting, quality) ---------------
include $(wildcard mk/*.mk)

# --- maintenance -------------------------------------------------------------
# Needs uv (pip install uv); pins every transitive dependency with hashes.
lock:
	uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11.7 \
		--no-header --quiet -o requirements.lock
	sed -i '1i # Locked dependencies with hashes. Regenerate with `make lock` after editing pyproject.toml.' requirements.lock

clean:
	rm -rf site site.partial site.previous build dist .pytest_cache
