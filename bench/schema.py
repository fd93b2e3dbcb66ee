"""The shape of results.json, checked before anything is written and by the smoke test.

Returns every problem as a readable line; an empty list means the results are complete:
every measurement present, both languages, numbers that are positive where time and bytes
must be.
"""

from __future__ import annotations

from .page_weight import PAGES
from .search_latency import EDITIONS, QUERIES

LANGUAGES = tuple(EDITIONS)
TOP_LEVEL = ("schema", "generated", "machine", "settings", "bare_definition", "builds",
             "same_content",
             "growth", "search_index", "page_weight", "search_latency", "live_reload",
             "profile", "budgets")


def _positive(problems: list[str], where: str, value) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not value > 0:
        problems.append(f"{where}: expected a positive number, got {value!r}")


def _builds(results: dict, problems: list[str]) -> None:
    sizes = [entry.get("size") for entry in results["builds"]]
    if 1 not in sizes:
        problems.append("builds: no entry for size 1 (the real site)")
    for entry in results["builds"]:
        where = f"builds[{entry.get('size')}x]"
        _positive(problems, f"{where}.pages_per_language", entry.get("pages_per_language"))
        for kind in ("real", "bare"):
            _positive(problems, f"{where}.article_bytes.{kind}",
                      entry.get("article_bytes", {}).get(kind))
        for kind in ("real", "bare"):
            timing = entry.get(kind, {})
            for clock in ("wall", "cpu"):
                _positive(problems, f"{where}.{kind}.{clock}_median_s",
                          timing.get(f"{clock}_median_s"))
                if len(timing.get(f"{clock}_s", [])) != entry.get("runs"):
                    problems.append(f"{where}.{kind}.{clock}_s: one figure per run expected")
        for ratio in ("ratio_wall", "ratio_cpu"):
            _positive(problems, f"{where}.{ratio}", entry.get(ratio))
    same = results.get("same_content")
    if results["settings"].get("same_content_scale") and not same:
        problems.append("same_content: asked for, not measured")
    if same:
        for kind in ("real", "bare"):
            _positive(problems, f"same_content.{kind}.cpu_median_s",
                      same.get(kind, {}).get("cpu_median_s"))
        _positive(problems, "same_content.ratio_cpu", same.get("ratio_cpu"))
    if len(sizes) > 1:
        for series in ("real_wall", "real_cpu", "bare_wall", "bare_cpu"):
            if "exponent" not in results["growth"].get(series, {}):
                problems.append(f"growth.{series}: no exponent")


def _per_language(results: dict, problems: list[str]) -> None:
    for entry in results["search_index"]:
        for lang in LANGUAGES:
            index = entry.get(lang, {})
            for key in ("bytes", "bytes_gzip", "entries"):
                _positive(problems, f"search_index[{entry.get('size')}x].{lang}.{key}",
                          index.get(key))
    for entry in results["search_latency"]:
        for lang in LANGUAGES:
            latency = entry.get(lang, {})
            _positive(problems, f"search_latency[{entry.get('size')}x].{lang}.median_ms",
                      latency.get("median_ms"))
            typed = set(latency.get("per_query_ms", {}))
            if not typed or not typed <= set(QUERIES[lang]):
                problems.append(f"search_latency[{entry.get('size')}x].{lang}: queries {typed}")


def _page_weight(results: dict, problems: list[str]) -> None:
    if not results["page_weight"]:
        problems.append("page_weight: no size measured")
    for entry in results["page_weight"]:
        paths = [page.get("path") for page in entry["pages"]]
        if paths != list(PAGES):
            problems.append(f"page_weight[{entry.get('size')}x]: pages {paths} ≠ {list(PAGES)}")
        for page in entry["pages"]:
            where = f"page_weight[{entry.get('size')}x]{page.get('path')}"
            for key in ("bytes_page", "bytes_search_index", "requests"):
                _positive(problems, f"{where}.{key}", page.get(key))
            for kind in ("html", "css", "js"):
                _positive(problems, f"{where}.bytes_by_kind.{kind}",
                          page.get("bytes_by_kind", {}).get(kind))


def _the_rest(results: dict, problems: list[str]) -> None:
    reload = results["live_reload"]
    _positive(problems, "live_reload.seconds_median", reload.get("seconds_median"))
    if len(reload.get("seconds", [])) != reload.get("runs"):
        problems.append("live_reload.seconds: one figure per save expected")
    hooks = results["profile"].get("hooks", {}).get("hook_cpu_s", {})
    for event in ("config", "page_markdown"):  # zero would mean our hooks were not timed
        _positive(problems, f"profile.hooks.hook_cpu_s.{event}", hooks.get(event))
    if not results["budgets"] or not all(isinstance(row.get("pass"), bool)
                                         for row in results["budgets"]):
        problems.append("budgets: every row needs a pass/fail verdict")


def problems(results: dict) -> list[str]:
    missing = [key for key in TOP_LEVEL if key not in results]
    if missing:
        return [f"missing top-level keys: {', '.join(missing)}"]
    found: list[str] = []
    for check in (_builds, _per_language, _page_weight, _the_rest):
        check(results, found)
    return found
