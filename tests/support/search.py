"""Driving Material's search box like a reader: type, wait for results, read their links."""

import re


def search(page, query: str) -> list[str]:
    """Type ``query`` into the header search; return the result links (absolute URLs), without
    the ?h= highlight parameter Material adds."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    # Material listens for key events, so type like a reader rather than set the value.
    box.press_sequentially(query)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    page.wait_for_timeout(200)  # the search worker answers the last keystroke
    # Results are refined after each keystroke: read them until two reads agree.
    links, previous = page.locator(".md-search-result__link"), None
    for _ in range(100):
        hrefs = links.evaluate_all("links => links.map(a => a.href)")
        if hrefs == previous:
            break
        previous = hrefs
        page.wait_for_timeout(60)
    return [re.sub(r"\?h=[^#]*", "", href) for href in hrefs]
