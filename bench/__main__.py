"""``python -m bench [--smoke] [--out DIR]``: measure, write results.json and REPORT.md, and exit
non-zero when a figure is missing (a budget not met never fails the command).

Knobs (environment):
  BENCH_SCALES          size:builds, default 1:5,10:3,50:2 (size 1 is the real site, built
                        beside the bare build; larger sizes are synthetic copies)
  BENCH_PAGES           pages visited in chromium for weight and layout shift (0: all)
  BENCH_SEARCH_REPEATS  times each query is typed (3); BENCH_SEARCH_QUERIES queries (5)
  BENCH_QUALITY_QUERIES queries per set of bench/search_queries.yml (0: all; smoke: 3)
  BENCH_RELOAD_RUNS     saves under `mkdocs serve` (5)
  BENCH_MAKE_CHECK=0    skip timing `make check`; BENCH_MAKE_TEST=1 also times `make test`
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import browser, live_reload, nginx, project, report, search_quality


def settings(smoke: bool) -> dict:
    env = os.environ.get
    scales = {int(size): int(runs or 1) for size, _, runs in (
        item.partition(":") for item in env("BENCH_SCALES", "1:5,10:3,50:2").split(",") if item)}
    if 1 not in scales:
        raise SystemExit("BENCH_SCALES must include size 1: the real site is the baseline")
    return {"scales": {1: 1, 2: 1} if smoke else dict(sorted(scales.items())),
            "pages": 3 if smoke else int(env("BENCH_PAGES", "0")),
            "search_repeats": 1 if smoke else int(env("BENCH_SEARCH_REPEATS", "3")),
            "search_queries": 1 if smoke else int(env("BENCH_SEARCH_QUERIES", "5")),
            "quality_queries": 3 if smoke else int(env("BENCH_QUALITY_QUERIES", "0")),
            "reload_runs": 1 if smoke else int(env("BENCH_RELOAD_RUNS", "5")),
            "make_check": env("BENCH_MAKE_CHECK", "1") != "0",
            "make_test": not smoke and env("BENCH_MAKE_TEST", "0") == "1"}


def search_index(site: Path) -> dict:
    out = {}
    for lang, edition in project.editions().items():
        relative = f"{edition}search/search_index.json"
        data = (site / relative).read_bytes()
        gz = site / f"{relative}.gz"  # what nginx sends: the build's own .gz copy
        out[lang] = {"bytes": len(data), "bytes_gzip": gz.stat().st_size if gz.exists() else None,
                     "entries": len(json.loads(data)["docs"])}
    return out


def in_chromium(config: dict, sites: dict[int, Path], work: Path, log) -> dict:
    from publication.chromium import launched
    from publication.pdf import serve as plain_server

    out: dict = {"search_latency": {}}
    with launched() as chromium:
        # The anchor as Material ships it: a plain file server, not our nginx, whose policy
        # refuses the importScripts of Material's worker (every query would time out).
        with (nginx.serve(sites[1], work / "nginx-quality") as ours,
              plain_server(sites["anchor"]) as anchor):
            log("1×: search quality, ours and Material's (the anchor)")
            out["search_quality"] = search_quality.measure(
                chromium, {"ours": ours.url, "material": anchor},
                config["quality_queries"] or None)
        for size in sorted({1, max(s for s in sites if isinstance(s, int))}):
            with nginx.serve(sites[size], work / f"nginx-{size}x") as served:
                if size == 1:
                    pages = browser.site_pages(sites[1])[:config["pages"] or None]
                    log(f"1×: first visits to {len(pages)} pages through nginx")
                    out["page_weight"], out["layout_shift"] = browser.visit_pages(
                        chromium, served, pages)
                log(f"{size}×: search latency")
                out["search_latency"][str(size)] = browser.search_latency(
                    chromium, served, config["search_repeats"], config["search_queries"])
        log("make pdf: every PDF of the real site, one chromium")
        out["pdf"] = pdfs(work, chromium)
    return out


def pdfs(work: Path, chromium) -> dict:
    """`make pdf`'s printing step on the real site built for a published address."""
    from publication.pdf import make_all

    site = work / "pdf-site"
    project.timed_build(work / "snapshot", work / "snapshot" / "mkdocs.yml", site, strict=True,
                        env={"SITE_URL": "https://bench.example/ledelse/"})
    start = time.perf_counter()
    made = make_all(work / "snapshot", site, work / "pdf-dist", chromium)
    return {"seconds": time.perf_counter() - start, "files": len(made),
            "bytes": sum(path.stat().st_size for path in made)}


def time_make(target: str) -> dict:
    start = time.perf_counter()
    done = subprocess.run(["make", target], cwd=project.ROOT, capture_output=True, env=project.ENV)
    return {"seconds": time.perf_counter() - start, "exit_code": done.returncode}


def run(config: dict, log) -> dict:
    results = {"generated": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
               **project.machine_and_code(), "settings": config}
    with tempfile.TemporaryDirectory(prefix="ldi-bench-") as temp:
        work = Path(temp)
        results["build"], results["scale"], sites = project.builds(config["scales"], work, log)
        results["search_index"] = {str(size): search_index(site) for size, site in sites.items()}
        sites["anchor"] = search_quality.build_anchor(work, log)
        results["search_index"]["anchor"] = search_index(sites["anchor"])
        results.update(in_chromium(config, sites, work, log))
        log(f"live reload under mkdocs serve, {config['reload_runs']} save(s)")
        results["live_reload"] = live_reload.measure(
            shutil.copytree(work / "snapshot", work / "project-serve"), config["reload_runs"])
    results["make"] = {}
    for target in ("check", "test"):
        if config[f"make_{target}"]:
            log(f"make {target}")
            results["make"][target] = time_make(target)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true",
                        help="every step once at tiny sizes, into a temp dir (< 1 minute)")
    parser.add_argument("--out", type=Path, help="folder for the outputs (default: bench/)")
    args = parser.parse_args(argv)
    out = args.out or (Path(tempfile.mkdtemp(prefix="ldi-bench-smoke-")) if args.smoke
                       else project.ROOT / "bench")
    start = time.perf_counter()

    def log(message: str) -> None:
        print(f"[bench {time.perf_counter() - start:6.1f} s] {message}", flush=True)

    results = {**run(settings(args.smoke), log), "smoke": args.smoke,
               "bench_seconds": time.perf_counter() - start}
    results["figures"] = found = report.rows(results)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (out / "REPORT.md").write_text(report.render(results, found), encoding="utf-8")
    log(f"wrote {out / 'results.json'} and {out / 'REPORT.md'}")
    if report.missing(found):
        print("bench: figures missing:\n  " + "\n  ".join(report.missing(found)),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
