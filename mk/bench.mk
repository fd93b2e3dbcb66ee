# --- bench: how fast the site builds, grows, loads and searches (SPEC §5) ----------------------
# make bench         every measurement (~5-10 min): bench/results.json and bench/REPORT.md
# make bench-smoke   every step once at tiny sizes (< 1 min) into a temp dir; fails when a
#                    figure is missing. Budgets are reported, never a reason to fail.
# Sizes and repetitions are environment knobs, e.g. BENCH_SCALES=1:3,10:2,50:1 make bench,
# BENCH_MAKE_TEST=1 to time `make test` too (see bench/__main__.py).

.PHONY: bench bench-smoke

bench: $(STAMP)
	$(PY) -m bench

bench-smoke: $(STAMP)
	$(PY) -m bench --smoke
