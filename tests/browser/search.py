"""Driving Material's search box like a reader: type, wait for results, read their links."""

import re


def search(page, query: str) -> list[str]:
    """Type ``query`` into the header search; return the result links (absolute URLs), without
    the ?h= highlight parameter Material adds."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    # Material listens for key events, so type like a reader rather than set the value.
    box.press_sequentially(query, delay=20)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    hrefs = [link.evaluate("a => a.href") for link in page.locator(".md-search-result__link").all()]
    return [re.sub(r"\?h=[^#]*", "", href) for href in hrefs]
