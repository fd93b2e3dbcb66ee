# --- quality: reports and checks around the test gates (issue 8; the gates run in `make test`) --
# make report               the completeness report from data/ alone: what the sources hold of
#                           each principle and case, what is missing, pages due for review;
#                           printed and written to build/completeness.md
# make linkcheck-external   builds, lists every link to another site, then requests each one.
#                           Needs internet, so never part of `make test` (CI has none).

REPORT ?= build/completeness.md

.PHONY: report linkcheck-external

report: $(STAMP)
	$(PY) -m publication.completeness --root . --out $(REPORT)

linkcheck-external: build
	$(PY) -m publication.sitecheck external site --check
