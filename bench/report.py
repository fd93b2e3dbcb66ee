"""The figures of a results dict as rows (what, value, budget, met), checked for completeness
and rendered into REPORT.md. Budgets (SPEC §5) are reported here, never asserted."""

from __future__ import annotations

import operator

from . import project

# name -> (comparison, limit, unit)
BUDGETS = {
    "build_ratio": ("≤", 1.5, "×"),
    "page_bytes": ("≤", 90_000, "B"),  # 90 KB, decimal
    "page_requests": ("≤", 10, ""),
    "search_1x": ("<", 50, "ms"),
    "search_50x": ("<", 100, "ms"),
    "search_index": ("≤", 15_000, "B"),  # 15 KB gzip per edition, at 1×
    "search_top3": ("≥", 0.95, "%"),
    "search_mrr": ("≥", 0.85, ""),
    "layout_shift": ("≤", 0.02, ""),
    "live_reload": ("<", 1.0, "s"),
    "make_check": ("<", 30, "s"),
}
_COMPARE = {"≤": operator.le, "<": operator.lt, "≥": operator.ge}


def _get(results: dict, *keys):
    """results[k1][k2]…, or None where a step left it out."""
    for key in keys:
        results = results.get(key) if isinstance(results, dict) else None
    return results


def _row(what: str, value, unit: str, budget: str | None = None, judged: bool = True) -> dict:
    row = {"what": what, "value": value, "unit": unit, "budget": None, "met": None}
    if budget is not None:
        op, limit, unit = BUDGETS[budget]
        row.update(unit=unit, budget=f"{op} {_format(limit, unit, exact=True)}")
        if isinstance(value, int | float) and judged:
            row["met"] = _COMPARE[op](value, limit)
    return row


def rows(results: dict) -> list[dict]:
    build, scale = results.get("build", {}), results.get("scale", {})
    weight, shift = results.get("page_weight", {}), results.get("layout_shift", {})
    reload = results.get("live_reload", {})
    page, pages = _get(weight, "page", "path"), weight.get("pages")
    out = [_row(f"Full build, both languages (1×, median of {build.get('runs')}, wall)",
                _get(build, "real", "median_s"), "s"),
           _row("Bare build: no hooks, no overrides (1×, median)",
                _get(build, "bare", "median_s"), "s"),
           _row("Full build / bare build", build.get("ratio"), "×", "build_ratio")]
    out += [_row(f"Build at {entry['size']}× ({entry['pages_per_language']} pages per language, "
                 f"median of {entry['runs']})", entry["median_s"], "s")
            for entry in scale.get("sizes", []) if entry["size"] != 1]
    top = "× and ".join(str(e["size"]) for e in scale.get("sizes", [])[-2:])
    out += [_row("Growth exponent of build time (log-log fit over the sizes)",
                 scale.get("exponent"), ""),
            _row(f"Growth exponent between the two largest sizes ({top}×)",
                 scale.get("exponent_top"), ""),
            _row(f"First visit to {page}: HTML, CSS, JS, fonts, images (gzip)",
                 _get(weight, "page", "bytes_gzip"), "B", "page_bytes"),
            _row(f"First visit to {page}: requests", _get(weight, "page", "requests"), "",
                 "page_requests"),
            _row(f"Heaviest first visit of {pages} pages "
                 f"({_get(weight, 'max', 'bytes_gzip', 'page')})",
                 _get(weight, "max", "bytes_gzip", "value"), "B", "page_bytes"),
            _row(f"Most requests of {pages} pages ({_get(weight, 'max', 'requests', 'page')})",
                 _get(weight, "max", "requests", "value"), "", "page_requests")]
    indexes = results.get("search_index") or {"1": {}}
    sizes = [size for size in indexes if size.isdigit()]
    for size in sorted({"1", max(sizes, key=int)}, key=int):
        for lang in project.editions():
            index = _get(indexes, size, lang) or {}
            out.append(_row(f"Search index ({lang}, {size}×: {index.get('entries')} entries, "
                            f"{_format(index.get('bytes'), 'B')} uncompressed), gzip",
                            index.get("bytes_gzip"), "B", "search_index" if size == "1" else None))
    out += _quality_rows(results.get("search_quality") or {})
    for size, latency in (results.get("search_latency") or {"1": {}}).items():
        for lang in project.editions():
            out.append(_row(f"Search, last keystroke to results ({lang}, {size}×)",
                            _get(latency, lang, "median_ms"), "ms",
                            {"1": "search_1x", "50": "search_50x"}.get(size)))
    out += [_row(f"Layout shift while loading, worst of {shift.get('pages')} pages "
                 f"({shift.get('page')})", shift.get("max"), "", "layout_shift"),
            _row(f"Live reload: save to served page (median of {reload.get('runs')})",
                 reload.get("median_s"), "s", "live_reload")]
    made = results.get("pdf") or {}
    out.append(_row(f"`make pdf` printing: {made.get('files')} tagged PDFs, "
                    f"{_format(made.get('bytes'), 'B')} in all, one chromium",
                    made.get("seconds"), "s"))
    for target, budget in (("check", "make_check"), ("test", None)):
        made = _get(results, "make", target)
        if made is not None:  # a failed run's time is no verdict on the budget
            status = "passed" if made["exit_code"] == 0 else f"failed, exit {made['exit_code']}"
            out.append(_row(f"`make {target}` wall time ({status})", made["seconds"], "s",
                            budget, judged=made["exit_code"] == 0))
    return out


_SETS = {"queries": "the quality set", "held_out": "held-out queries"}
_ENGINES = {"ours": "our search", "material": "Material's own search (anchor)"}


def _quality_rows(quality: dict) -> list[dict]:
    """Top-3 success and MRR of each engine on each set; budgets judge ours only."""
    out = []
    for engine, label in _ENGINES.items():
        for name, what in _SETS.items():
            figures = dict(_get(quality, engine, name) or {})
            if figures.get("unanswered"):  # a search that never answered measured nothing
                figures["top3"] = figures["mrr"] = None
            judged = engine == "ours"
            out += [_row(f"Search quality, {label}, {what} ({figures.get('queries')}): top-3 "
                         "success", figures.get("top3"), "%",
                         "search_top3" if judged else None),
                    _row(f"Search quality, {label}, {what}: mean reciprocal rank",
                         figures.get("mrr"), "", "search_mrr" if judged else None)]
    return out


def quality_by_kind(quality: dict) -> list[str]:
    """A table: per set and kind, top-3 and MRR of ours beside the anchor's; then the misses."""
    if not quality:
        return []
    lines = ["## Search quality by kind", "",
             "Top-3 success and mean reciprocal rank per kind of query "
             "(`bench/search_queries.yml`), ours beside Material's own search on the same site.",
             "", "| set | kind | queries | top-3 ours | top-3 Material | MRR ours | MRR Material |",
             "|---|---|---|---|---|---|---|"]
    for name, what in _SETS.items():
        ours, anchor = _get(quality, "ours", name) or {}, _get(quality, "material", name) or {}
        kinds = {**ours.get("by_kind", {}), "all": ours}
        for kind, figures in kinds.items():
            other = anchor if kind == "all" else _get(anchor, "by_kind", kind) or {}
            lines.append(f"| {what} | {kind} | {figures.get('queries')} | "
                         f"{_format(figures.get('top3'), '%')} | {_format(other.get('top3'), '%')} "
                         f"| {_format(figures.get('mrr'), '')} | {_format(other.get('mrr'), '')} |")
    misses = [f"`{m['q']}` ({m['lang']}): rank {m['rank'] or '—'}, first {m['first']}"
              for name in _SETS for m in (_get(quality, "ours", name) or {}).get("misses", [])]
    lines += ["", "Our misses (not in the first three): " + ("; ".join(misses) or "none") + ".", ""]
    return lines


def missing(found: list[dict]) -> list[str]:
    return [row["what"] for row in found if not isinstance(row["value"], int | float)]


def _format(value, unit: str, exact: bool = False) -> str:
    if not isinstance(value, int | float):
        return "—"
    if exact and unit == "%":
        return f"{value * 100:g} %"
    if exact:  # a budget's limit, as the SPEC writes it
        number = f"{value / 1000:g}" if unit == "B" else f"{value:g}"
        return number + {"B": " KB", "×": "×", "": ""}.get(unit, f" {unit}")
    return {"B": f"{value / 1000:.1f} KB", "s": f"{value:.2f} s", "ms": f"{value:.0f} ms",
            "×": f"{value:.2f}×", "%": f"{value * 100:.1f} %"}.get(unit, f"{value:.3g}")


def render(results: dict, found: list[dict]) -> str:
    machine, code = results["machine"], results["code"]
    verdict = {True: "met", False: "**not met**", None: ""}
    lines = ["# Performance: `make bench`", "",
             f"Generated {results['generated']} by `make bench` in "
             f"{results['bench_seconds'] / 60:.1f} min, from commit {code['commit']} with "
             f"{code['uncommitted_files']} uncommitted files; {machine['cpus']} CPUs, "
             f"{machine['platform']}, Python {machine['python']}, load average "
             f"{machine['load_average']:.1f} at the start. Settings: "
             f"`{results['settings']}`. Every figure: `results.json`. Budgets are reported, "
             "not enforced.", "",
             "| Figure | Value | Budget | |", "|---|---|---|---|"]
    lines += [f"| {row['what']} | {_format(row['value'], row['unit'])} | {row['budget'] or ''} "
              f"| {verdict[row['met']]} |" for row in found]
    met = [row["met"] for row in found if row["met"] is not None]
    lines += ["", f"{sum(met)} of {len(met)} budgets met.", "",
              "Sizes are copies of every principle and case (pages in both languages, data "
              "records with new ids); timings are wall time of a `python -m mkdocs build` "
              "process; page weight is the body bytes nginx sent through hosting/nginx.conf "
              "on a first visit in headless chromium (the search index, fetched in the "
              "background, is in `results.json`).", ""]
    lines += quality_by_kind(results.get("search_quality") or {})
    return "\n".join(lines)
