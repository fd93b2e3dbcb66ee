# --- bench: how fast the site builds, grows, loads and searches (issue 9, SPEC §5) -------
# make bench         full run (~5-10 min): bench/results.json, bench/REPORT.md, bench/build-time.svg
# make bench-smoke   every step once at tiny sizes (< 1 min), into a temp dir
# Repetitions and sizes are environment knobs, e.g. BENCH_SCALES=1:5,10:3,50:3 make bench
# (see bench/__main__.py). Budgets are reported, never asserted: timings are noisy.

.PHONY: bench bench-smoke

bench: $(STAMP)
	$(PY) -m bench

bench-smoke: $(STAMP)
	$(PY) -m bench --smoke
