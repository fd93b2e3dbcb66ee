"""Time from the reader's last keystroke to the first search result on screen, in chromium.

Material searches on keyup, in a web worker, and renders the first results into
.md-search-result__list. In the page: a keydown listener notes when the last key went down,
and a MutationObserver notes the first animation frame in which the list holds a visible
result after that. The query minus its last letter is typed first and allowed to settle, so
the change observed is the answer to the whole query, not a late answer to its prefix.
"""

from __future__ import annotations

import statistics

from .browser import fresh_page

QUERIES = {"da": ("kultur", "medarbejdere", "digital", "ledelse", "innovation"),
           "en": ("culture", "employees", "digital", "leaders", "innovation")}
EDITIONS = {"da": "/", "en": "/en/"}
_SETTLE_MS = 400
_TIMEOUT_MS = 15_000

_INSTRUMENT = """() => {
  const clock = window.__ldiBench = {armed: false, key: null, shown: null};
  const input = document.querySelector("input.md-search__input");
  input.addEventListener("keydown", () => {
    if (clock.armed) { clock.key = performance.now(); clock.armed = false; }
  }, true);
  const list = document.querySelector(".md-search-result__list");
  new MutationObserver(() => {
    if (clock.key === null || clock.shown !== null) return;
    const item = list.querySelector(".md-search-result__item");
    if (item && item.getClientRects().length) {
      requestAnimationFrame(() => { if (clock.shown === null) clock.shown = performance.now(); });
    }
  }).observe(list, {childList: true, subtree: true});
}"""
_ARM = "() => Object.assign(window.__ldiBench, {armed: true, key: null, shown: null})"


def _type_and_time(page, query: str) -> float:
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press_sequentially(query[:-1], delay=20)
    page.wait_for_timeout(_SETTLE_MS)
    page.evaluate(_ARM)
    box.press(query[-1])
    page.wait_for_function("() => window.__ldiBench.shown !== null", timeout=_TIMEOUT_MS)
    return page.evaluate("() => window.__ldiBench.shown - window.__ldiBench.key")


def measure_edition(browser, base_url: str, lang: str, repeats: int, queries: int) -> dict:
    with fresh_page(browser) as page:
        page.goto(base_url + EDITIONS[lang], wait_until="networkidle")
        page.locator("input.md-search__input").click()
        page.evaluate(_INSTRUMENT)
        _type_and_time(page, QUERIES[lang][0])  # warm-up: the worker has loaded its index
        per_query = {query: statistics.median(_type_and_time(page, query)
                                              for _ in range(repeats))
                     for query in QUERIES[lang][:queries]}
    return {"median_ms": statistics.median(per_query.values()),
            "max_ms": max(per_query.values()), "per_query_ms": per_query}


def measure(browser, base_url: str, repeats: int, queries: int) -> dict:
    return {lang: measure_edition(browser, base_url, lang, repeats, queries)
            for lang in EDITIONS}
