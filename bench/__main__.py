"""``python -m bench [--smoke] [--out DIR]``: measure, check the results' shape, write
results.json, REPORT.md and build-time.svg.

Knobs (environment): BENCH_SCALES (size:runs, default 1:5,10:3,50:1), BENCH_BROWSER_SCALES
(default 1 and the largest size), BENCH_SEARCH_REPEATS (3), BENCH_SEARCH_QUERIES (5),
BENCH_RELOAD_RUNS (3),
BENCH_PROFILE_SCALE (10; 0 skips cProfile).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from . import chart, report, schema
from .project import ROOT
from .run import run
from .settings import from_environment, smoke

RESULTS, REPORT, CHART = "results.json", "REPORT.md", "build-time.svg"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true",
                        help="every step once at tiny sizes (< 1 minute); writes to a temp dir")
    parser.add_argument("--out", type=Path, help="folder for the outputs (default: bench/)")
    args = parser.parse_args(argv)
    settings = smoke() if args.smoke else from_environment()
    out = args.out or (Path(tempfile.mkdtemp(prefix="ldi-bench-smoke-")) if args.smoke
                       else ROOT / "bench")
    start = time.perf_counter()

    def log(message: str) -> None:
        print(f"[bench {time.perf_counter() - start:6.1f} s] {message}", flush=True)

    results = run(settings, log)
    results["bench_seconds"] = time.perf_counter() - start
    out.mkdir(parents=True, exist_ok=True)
    (out / RESULTS).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                               encoding="utf-8")
    found = schema.problems(results)
    if found:
        print("bench results are incomplete:\n  " + "\n  ".join(found), file=sys.stderr)
        return 1
    (out / CHART).write_text(chart.build_time_svg(results["builds"]), encoding="utf-8")
    (out / REPORT).write_text(report.render(results, chart_file=CHART), encoding="utf-8")
    failed = [row for row in results["budgets"] if not row["pass"]]
    log(f"wrote {out / RESULTS}, {out / REPORT}, {out / CHART}; "
        f"{len(results['budgets']) - len(failed)} budgets met, {len(failed)} not")
    return 0


if __name__ == "__main__":
    sys.exit(main())
