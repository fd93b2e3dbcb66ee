"""Search quality (SPEC §5): the queries of bench/search_queries.yml typed into the search box
of the built site, as a reader types them, in our search and in Material's own (the anchor: the
same site built with ``extra: plain_search: true``). A query succeeds when one of its pages is
among the first three results; the reciprocal rank is 1/position of the first one (0 past 10).
"""

from __future__ import annotations

import re
import shutil
import statistics
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from . import project

QUERIES = Path(__file__).with_name("search_queries.yml")
SETS = ("queries", "held_out")
DEPTH = 10  # results read per query
VIEWPORT = {"width": 1280, "height": 900}
# Results are in when the list has items or the meta line says there are none.
_CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>')
_SETTLED = """none => {
  const list = document.querySelector(".md-search-result__list");
  const meta = document.querySelector(".md-search-result__meta");
  return list.children.length > 0 || meta.textContent.trim() === none; }"""
_NONE = """() => JSON.parse(document.getElementById("__config").textContent)
  .translations["search.result.none"]"""
_PAGES = """items => items.map(item => item.querySelector("a").href)"""


def _read() -> dict:
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))


def load(limit: int | None = None) -> dict[str, list[dict]]:
    data = _read()
    return {name: data[name][:limit] for name in SETS}


def latency_words() -> dict[str, list[str]]:
    """{language: the words typed to time the search}."""
    return _read()["latency"]


def build_anchor(work: Path, log) -> Path:
    """The real site with Material's own search: our index and worker switched off."""
    folder = shutil.copytree(work / "snapshot", work / "project-anchor")
    config = folder / "bench-anchor.yml"
    config.write_text(yaml.safe_dump({"INHERIT": "mkdocs.yml", "extra": {"plain_search": True}}),
                      encoding="utf-8")
    log("1×: build with Material's own search (the anchor)")
    site = work / "site-anchor"
    project.timed_build(folder, config, site, strict=True)
    # Material's own worker importScripts lunr, which our policy (every script named by its
    # hash) refuses: the anchor is measured as Material ships it, without the policy.
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        page.write_text(_CSP_META.sub("", html), encoding="utf-8")
    return site


def ask(page, query: str, none: str) -> list[str] | None:
    """The pages of the results, in the order the list shows them (site paths); None when the
    search gave no answer at all (counted as nothing found, and reported)."""
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press("End")
    page.wait_for_function("() => !document.querySelector('.md-search-result__item')")
    box.fill(query)
    box.press("End")
    try:
        page.wait_for_function(_SETTLED, arg=none, timeout=10_000)
    except PlaywrightTimeout:  # no answer in 10 s: for a reader, nothing was found
        return None
    items, previous = page.locator(".md-search-result__item"), None
    for _ in range(50):  # Material renders as the worker answers: read until two reads agree
        hrefs = items.evaluate_all(_PAGES)
        if hrefs == previous:
            break
        previous = hrefs
        page.wait_for_timeout(40)
    return [urlsplit(href).path for href in hrefs[:DEPTH]]


def rank(found: list[str], expect: list[str], prefix: str) -> int | None:
    wanted = {prefix + path.lstrip("/") for path in expect}
    pages = list(dict.fromkeys(found))
    return next((position for position, path in enumerate(pages, 1) if path in wanted), None)


def run_set(browser, url: str, queries: list[dict]) -> list[dict]:
    context = browser.new_context(viewport=VIEWPORT)
    out = []
    try:
        page = context.new_page()
        for lang, edition in project.editions().items():
            prefix = f"/{edition}"
            page.goto(url + prefix, wait_until="networkidle")
            page.locator("input.md-search__input").click()
            none = page.evaluate(_NONE)
            for query in (q for q in queries if q["lang"] == lang):
                found = ask(page, query["q"], none)
                place = rank(found or [], query["expect"],
                             urlsplit(url).path.rstrip("/") + prefix)
                out.append({**query, "rank": place, "first": (found or [])[:3],
                            "answered": found is not None})
    finally:
        context.close()
    return out


def summary(results: list[dict]) -> dict:
    def figures(rows):
        return {"queries": len(rows),
                "top3": sum(1 for r in rows if r["rank"] and r["rank"] <= 3) / len(rows),
                "mrr": statistics.fmean(1 / r["rank"] if r["rank"] else 0 for r in rows)}

    kinds = defaultdict(list)
    for row in results:
        kinds[row["kind"]].append(row)
    return {**figures(results), "unanswered": sum(not r["answered"] for r in results),
            "by_kind": {k: figures(rows) for k, rows in sorted(kinds.items())},
            "misses": [{"q": r["q"], "lang": r["lang"], "rank": r["rank"], "first": r["first"]}
                       for r in results if not r["rank"] or r["rank"] > 3]}


def measure(browser, sites: dict[str, str], limit: int | None = None) -> dict:
    """``sites``: engine name ('ours', 'material') -> served URL."""
    queries = load(limit)
    return {engine: {name: summary(run_set(browser, url, queries[name])) for name in SETS}
            for engine, url in sites.items()}


def main(argv: list[str] | None = None) -> int:
    """``python -m bench.search_quality SITE [ANCHOR_SITE]``: the quality step alone, on built
    sites (for tuning; `make bench` runs it on its own builds)."""
    import argparse
    import json

    from publication.chromium import launched
    from publication.pdf import serve

    parser = argparse.ArgumentParser(prog="python -m bench.search_quality")
    parser.add_argument("sites", nargs="+", type=Path, help="our site, then the anchor's")
    args = parser.parse_args(argv)
    with launched() as browser:
        out = {}
        for engine, site in zip(("ours", "material"), args.sites, strict=False):
            with serve(site.resolve()) as url:
                out.update(measure(browser, {engine: url}))
    print(json.dumps(out, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
