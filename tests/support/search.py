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
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    # Results are refined after each keystroke: read them until two reads agree.
    links, previous = page.locator(".md-search-result__link"), None
    for _ in range(40):
        hrefs = links.evaluate_all("links => links.map(a => a.href)")
        if hrefs == previous:
            break
        previous = hrefs
        page.wait_for_timeout(150)
    return [re.sub(r"\?h=[^#]*", "", href) for href in hrefs]
