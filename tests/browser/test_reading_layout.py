"""Reading on a phone (360 px) and a desk (1280 px): nothing overflows, quotes and advice cards
show, and previous/next walk the publication in reading order."""

import pytest

from publication.registry import load_registry
from sitebuild import CONTRACT_PATHS, ROOT

REGISTRY = load_registry(ROOT, ["da", "en"])
WIDTHS = [360, 1280]
PATHS = [prefix + path for prefix in ("", "/en") for path in CONTRACT_PATHS]


@pytest.fixture(scope="module")
def pages_by_width(browser):
    contexts = {width: browser.new_context(viewport={"width": width, "height": 800})
                for width in WIDTHS}
    yield {width: context.new_page() for width, context in contexts.items()}
    for context in contexts.values():
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PATHS)
def test_nothing_overflows_horizontally(pages_by_width, base_url, width, path):
    page = pages_by_width[width]
    page.goto(f"{base_url}{path}")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path} is {overflow}px too wide at {width}px"
    wide = page.evaluate("""() => [...document.querySelectorAll('article *')]
        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
        .map(e => e.tagName + '.' + e.className).slice(0, 5)""")
    assert wide == [], f"{path}: elements wider than the screen at {width}px: {wide}"


@pytest.mark.parametrize("width", WIDTHS)
def test_quotes_and_advice_cards_are_visible(pages_by_width, base_url, width):
    page = pages_by_width[width]
    page.goto(f"{base_url}/greb/kultur-og-rammer/")
    quotes = page.locator(".ldi-quotes figure.ldi-quote")
    assert quotes.count() == 3
    for index in range(3):
        quotes.nth(index).scroll_into_view_if_needed()
        assert quotes.nth(index).locator("figcaption").is_visible()
    page.goto(f"{base_url}/cases/paddehatten/")
    cards = page.locator("ol.ldi-advice > li")
    assert cards.count() == 3
    boxes = [cards.nth(i).bounding_box() for i in range(3)]
    assert all(box and box["width"] > 100 for box in boxes)
    if width == 360:  # stacked on a phone
        assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]


def _reading_order():
    principles = [f"/greb/{p}/" for p in REGISTRY.principles]
    cases = [f"/cases/{c}/" for c in REGISTRY.cases]
    return ["/", "/greb/", *principles, "/cases/", *cases]


@pytest.mark.parametrize("index", range(1, len(_reading_order()) - 1))
def test_previous_and_next_follow_the_reading_order(page, base_url, index):
    order = _reading_order()
    page.goto(f"{base_url}{order[index]}")
    previous = page.locator("a.md-footer__link--prev").evaluate("a => new URL(a.href).pathname")
    following = page.locator("a.md-footer__link--next").evaluate("a => new URL(a.href).pathname")
    assert (previous, following) == (order[index - 1], order[index + 1])


def test_the_page_says_where_it_sits_in_the_publication(page, base_url):
    page.goto(f"{base_url}/greb/kultur-og-rammer/")
    assert page.locator(".ldi-kicker").inner_text().lower() == "greb 3 af 5"
    page.goto(f"{base_url}/en/cases/lys-og-trafikledelse-aarhus/")
    assert page.locator(".ldi-kicker").inner_text().lower() == "case 5 of 5"


def test_danish_prose_is_hyphenated_with_its_language(page, base_url):
    page.goto(f"{base_url}/greb/kultur-og-rammer/")
    assert page.locator("html").get_attribute("lang") == "da"
    hyphens = page.locator("article p").first.evaluate("p => getComputedStyle(p).hyphens")
    assert hyphens == "auto"
