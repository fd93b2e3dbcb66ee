"""What a reader's browser meets, in headless chromium (publication.chromium.launched): a first
visit's weight and requests, layout shift while the page loads, and search latency. Each visit
has a context of its own (empty cache); its bytes are what nginx logged as sent, compressed,
for every request of the visit, the search worker's included."""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path, PurePosixPath

from publication import url_contract

from . import project, search_quality

SEARCH_INDEX = "search/search_index.json"  # JSON data, fetched by the search worker: not weight
VIEWPORT = {"width": 1280, "height": 900}
_KINDS = {**dict.fromkeys((".woff", ".woff2", ".ttf"), "fonts"), ".html": "html",
          **dict.fromkeys((".png", ".svg", ".jpg", ".webp", ".ico", ".gif"), "images")}
_SETTLE_MS = 300  # after network idle: late work (search worker) lands in the log too
# Layout shift of the page while it loads, as the browser measures it (the tests' browser
# visits use this same measure, against the same budget: report.BUDGETS).
LAYOUT_SHIFT = """() => new Promise((done) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
  // What moves in the frames after the load (a script revealing or inserting something): two
  // frames, then 50 ms more for what those set off.
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(total), 50)));
})"""


def kind(path: str) -> str:  # html, css, js, fonts, images, ...
    suffix = PurePosixPath(path).suffix
    return "html" if path.endswith("/") else _KINDS.get(suffix, suffix[1:] or "other")


def site_pages(site: Path) -> list[str]:
    """Every page of both editions, the budget page first; redirect pages are not pages."""
    pages = [path for path, _html in url_contract.site_pages(site)]
    budget_page = project.chapter_page()
    return sorted(pages, key=lambda path: path != budget_page)


def visit(browser, served, path: str) -> dict:
    mark = served.mark()
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page = context.new_page()
        response = page.goto(served.url + path, wait_until="networkidle")
        if response is None or response.status != 200:
            raise RuntimeError(f"{path}: HTTP {response and response.status}")
        page.wait_for_timeout(_SETTLE_MS)
        shift = page.evaluate(LAYOUT_SHIFT)
    finally:
        context.close()
    logged = served.requests_since(mark)
    weight = [(p, size) for p, size in logged if not p.endswith(SEARCH_INDEX)]
    by_kind = Counter()
    for p, size in weight:
        by_kind[kind(p)] += size
    return {"path": path, "requests": len(weight), "bytes_gzip": sum(s for _, s in weight),
            "by_kind": dict(sorted(by_kind.items())), "requests_with_search": len(logged),
            "search_index_bytes_gzip": sum(s for p, s in logged if p.endswith(SEARCH_INDEX)),
            "layout_shift": shift}


def visit_pages(browser, served, pages: list[str]) -> tuple[dict, dict]:
    """Page weight (the budget page, and the worst page) and the worst layout shift."""
    visits = [visit(browser, served, path) for path in pages]

    def worst(key: str) -> dict:
        top = max(visits, key=lambda v: v[key])
        return {"value": top[key], "page": top["path"]}

    weight = {"page": {k: v for k, v in visits[0].items() if k != "layout_shift"},
              "pages": len(visits),
              "max": {key: worst(key) for key in ("requests", "bytes_gzip")},
              "per_page": {v["path"]: [v["requests"], v["bytes_gzip"]] for v in visits}}
    shift = worst("layout_shift")
    return weight, {"max": shift["value"], "page": shift["page"], "pages": len(visits),
                    "per_page": {v["path"]: v["layout_shift"] for v in visits}}


# --- search ----------------------------------------------------------------------------------
# Material searches on keyup in a web worker and renders into .md-search-result__list. A keydown
# listener notes the last key; a MutationObserver notes the first frame showing a result after
# it. The query minus its last letter is typed and settles first, so what is timed is the
# answer to the whole query, not a late answer to its prefix.

_INSTRUMENT = """() => {
  const clock = window.__bench = {armed: false, key: null, shown: null};
  document.querySelector("input.md-search__input").addEventListener("keydown", () => {
    if (clock.armed) { clock.key = performance.now(); clock.armed = false; }
  }, true);
  const list = document.querySelector(".md-search-result__list");
  new MutationObserver(() => {
    if (clock.key === null || clock.shown !== null) return;
    const item = list.querySelector(".md-search-result__item");
    if (item && item.getClientRects().length)
      requestAnimationFrame(() => { if (clock.shown === null) clock.shown = performance.now(); });
  }).observe(list, {childList: true, subtree: true});
}"""
_ARM = "() => Object.assign(window.__bench, {armed: true, key: null, shown: null})"


def _type_and_time(page, query: str) -> float:
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press_sequentially(query[:-1], delay=20)
    page.wait_for_timeout(400)
    page.evaluate(_ARM)
    box.press(query[-1])
    page.wait_for_function("() => window.__bench.shown !== null", timeout=15_000)
    return page.evaluate("() => window.__bench.shown - window.__bench.key")


def search_latency(browser, served, repeats: int, queries: int) -> dict:
    """Per edition: median and worst over queries of each query's median time, in ms."""
    result = {}
    words = search_quality.latency_words()
    for lang, edition in project.editions().items():
        context = browser.new_context(viewport=VIEWPORT)
        try:
            page = context.new_page()
            page.goto(f"{served.url}/{edition}", wait_until="networkidle")
            page.locator("input.md-search__input").click()
            page.evaluate(_INSTRUMENT)
            _type_and_time(page, words[lang][0])  # warm-up: the worker holds its index now
            per_query = {q: statistics.median(_type_and_time(page, q) for _ in range(repeats))
                         for q in words[lang][:queries]}
        finally:
            context.close()
        result[lang] = {"median_ms": statistics.median(per_query.values()),
                        "max_ms": max(per_query.values()), "per_query_ms": per_query}
    return result
