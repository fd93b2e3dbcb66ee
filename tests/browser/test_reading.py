"""A reader in a real browser: the front page leads to principle 3, whose quotes say who,
in what role and where, and whose workplace links open the case."""

from publication.registry import load_registry
from sitebuild import ROOT

REGISTRY = load_registry(ROOT, ["da", "en"])


def test_front_page_to_principle_three_to_a_case(page, base_url):
    page.goto(f"{base_url}/")
    page.get_by_role("link", name="Lederne skaber kultur og rammer for digital innovation").first.click()
    page.wait_for_url("**/greb/kultur-og-rammer/")
    figures = page.locator("figure.ldi-quote")
    assert figures.count() == 3
    for index in range(3):
        figure = figures.nth(index)
        assert figure.is_visible()
        caption = figure.locator("figcaption").inner_text()
        quote = REGISTRY.quotes[figure.get_attribute("id").removeprefix("citat-")]
        person = REGISTRY.people[quote.person]
        workplace = REGISTRY.workplaces[person.workplace]
        for part in (person.name, person.role["da"], workplace.name["da"]):
            assert part in caption
    figures.first.locator("figcaption a.ldi-quote__workplace").click()
    page.wait_for_url("**/cases/paddehatten/")
    assert page.locator("ol.ldi-advice li").count() == 3


def test_a_quote_deep_link_opens_at_the_quote(page, base_url):
    page.goto(f"{base_url}/greb/kultur-og-rammer/#citat-mette-brinch-kultur")
    quote = page.locator("#citat-mette-brinch-kultur")
    assert quote.is_visible()
    box = quote.bounding_box()
    assert box is not None and 0 <= box["y"] < 900
