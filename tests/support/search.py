"""Driving Material's search box as a reader does: ask, wait for the results, read their links."""

import re


def _ask(page, box, query: str) -> None:
    """Material reads the box on keyup: set the whole query, then release one key."""
    box.fill(query)
    box.press("End")


def search(page, query: str) -> list[str]:
    """Type ``query`` into the header search; return the result links (absolute URLs), without
    the ?h= highlight parameter Material adds."""
    box = page.locator("input.md-search__input")
    box.click()
    results = page.locator(".md-search-result__item")
    # An empty box first, so the results read below are this query's, not the last one's.
    _ask(page, box, "")
    results.first.wait_for(state="detached", timeout=10_000)
    _ask(page, box, query)
    results.first.wait_for(timeout=10_000)
    # Results are refined as the worker answers: read them until two reads agree.
    links, previous = page.locator(".md-search-result__link"), None
    for _ in range(100):
        hrefs = links.evaluate_all("links => links.map(a => a.href)")
        if hrefs == previous:
            break
        previous = hrefs
        page.wait_for_timeout(60)
    return [re.sub(r"\?h=[^#]*", "", href) for href in hrefs]
