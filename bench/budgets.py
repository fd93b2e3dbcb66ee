"""SPEC §5 / issue 9 budgets, judged against a results dict. Reported, never asserted in tests.

Timings are judged on CPU time where both clocks exist: the machine is shared, and CPU time
is what the build itself costs; wall time is reported beside it. A row's ``stricter`` detail is
a harsher reading of the same budget (worst query, local exponent): when a row passes but its
stricter reading does not, the report says so.
"""

from __future__ import annotations

BUILD_RATIO_MAX = 1.5
GROWTH_EXPONENT_MAX = 1.2
PAGE_BYTES_MAX = 150_000  # 150 KB, decimal: the stricter reading
SEARCH_MS_MAX = {1: 50, 50: 200}  # content size -> ms after the last keystroke


def _row(budget: str, what: str, size: int | None, figure: float, limit: float, unit: str,
         **detail) -> dict:
    return {"budget": budget, "what": what, "size": size, "figure": figure, "limit": limit,
            "unit": unit, "pass": figure <= limit, "detail": detail}


def only_just_met(row: dict) -> bool:
    """Met, but not on its stricter reading."""
    stricter = row["detail"].get("stricter")
    return row["pass"] and stricter is not None and stricter[1] > row["limit"]


def _search_limit(size: int) -> int | None:
    if size <= 1:
        return SEARCH_MS_MAX[1]
    return SEARCH_MS_MAX[50] if size >= 50 else None


def evaluate(results: dict) -> list[dict]:
    rows = []
    for entry in results["builds"]:
        rows.append(_row("build_ratio", "build time / bare build (CPU)", entry["size"],
                         entry["ratio_cpu"], BUILD_RATIO_MAX, "×",
                         ratio_wall=entry["ratio_wall"],
                         real_cpu_s=entry["real"]["cpu_median_s"],
                         bare_cpu_s=entry["bare"]["cpu_median_s"]))
    same = results.get("same_content")
    if same:
        rows.append(_row("build_ratio_same_content",
                         "build time / bare build of the same rendered pages (CPU)",
                         same["size"], same["ratio_cpu"], BUILD_RATIO_MAX, "×",
                         ratio_wall=same["ratio_wall"]))
    if results["growth"]:
        fit = results["growth"]["real_cpu"]
        rows.append(_row("growth", "growth exponent of the real build (CPU, fitted)", None,
                         fit["exponent"], GROWTH_EXPONENT_MAX, "",
                         stricter=("local exponent between the two largest sizes",
                                   fit["local_exponent"]),
                         wall_exponent=results["growth"]["real_wall"]["exponent"],
                         bare_exponent=results["growth"]["bare_cpu"]["exponent"]))
    for entry in results["page_weight"]:
        for page in entry["pages"]:
            rows.append(_row("page_weight", f"page weight of {page['path']} (gzip)",
                             entry["size"], page["bytes_page"], PAGE_BYTES_MAX, "B",
                             requests=page["requests"],
                             search_index_bytes=page["bytes_search_index"],
                             total_bytes=page["bytes_total"]))
    for entry in results["search_latency"]:
        limit = _search_limit(entry["size"])
        if limit is None:
            continue
        for lang in ("da", "en"):
            rows.append(_row("search_latency", f"search, last keystroke to results ({lang})",
                             entry["size"], entry[lang]["median_ms"], limit, "ms",
                             stricter=("worst query", entry[lang]["max_ms"])))
    return rows
