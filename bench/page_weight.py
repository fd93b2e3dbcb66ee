"""What a first visit to a page costs: bytes the server sent (gzip, headers included) and
requests, from navigation until the network is quiet, by kind of resource.

SPEC §5 budgets the page itself (HTML, CSS, JS, fonts, images); Material also fetches the
search index on every first visit, in the background, so that is counted separately.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from .browser import fresh_page

PAGES = ("/", "/greb/kultur-og-rammer/", "/citater/")
SEARCH_INDEX = "search/search_index.json"
_KINDS = {".html": "html", ".css": "css", ".js": "js", ".woff": "fonts", ".woff2": "fonts",
          ".ttf": "fonts", ".png": "images", ".svg": "images", ".jpg": "images",
          ".webp": "images", ".ico": "images", ".json": "data"}
# Material's worker imports its stemmers after the index arrives; give it time to finish.
_SETTLE_MS = 500


def kind_of(path: str) -> str:
    if path.endswith(SEARCH_INDEX):
        return "search_index"
    if path.endswith("/"):
        return "html"
    return _KINDS.get(PurePosixPath(path).suffix, "other")


def weigh(ledger: list[tuple[str, int]]) -> dict:
    by_kind: dict[str, int] = {}
    for path, sent in ledger:
        by_kind[kind_of(path)] = by_kind.get(kind_of(path), 0) + sent
    search = by_kind.get("search_index", 0)
    total = sum(by_kind.values())
    return {"bytes_total": total, "bytes_page": total - search, "bytes_search_index": search,
            "requests": len(ledger), "bytes_by_kind": dict(sorted(by_kind.items()))}


def measure_page(browser, served, path: str) -> dict:
    served.ledger.clear()
    with fresh_page(browser) as page:
        page.goto(served.url + path, wait_until="networkidle")
        page.wait_for_timeout(_SETTLE_MS)
        page.wait_for_load_state("networkidle")
    return {"path": path, **weigh(list(served.ledger))}


def measure(browser, served) -> list[dict]:
    return [measure_page(browser, served, path) for path in PAGES]
