"""Two editions in a real browser: the switch keeps the page and the anchor; each edition's
search finds only its own language."""

import pytest

from search import search
from sitebuild import CONTRACT_PATHS


def switch_language(page, lang: str) -> None:
    page.locator(".md-header__option .md-select").hover()
    page.locator(f".md-select__link[hreflang={lang}]").click()


@pytest.mark.parametrize("path", CONTRACT_PATHS)
def test_switch_lands_on_the_twin_page_and_back(page, base_url, path):
    page.goto(f"{base_url}{path}")
    switch_language(page, "en")
    page.wait_for_url(f"{base_url}/en{path}")
    assert page.locator("html").get_attribute("lang") == "en"
    switch_language(page, "da")
    page.wait_for_url(f"{base_url}{path}")
    assert page.locator("html").get_attribute("lang") == "da"


def test_switch_keeps_the_quote_anchor(page, base_url):
    page.goto(f"{base_url}/greb/kultur-og-rammer/#citat-mette-brinch-kultur")
    switch_language(page, "en")
    page.wait_for_url(f"{base_url}/en/greb/kultur-og-rammer/#citat-mette-brinch-kultur")
    assert page.locator("#citat-mette-brinch-kultur").is_visible()


def test_english_search_returns_only_english_pages(page, base_url):
    page.goto(f"{base_url}/en/")
    links = search(page, "leadership")
    assert links and all(link.startswith(f"{base_url}/en/") for link in links), links


def test_danish_search_returns_only_danish_pages(page, base_url):
    page.goto(f"{base_url}/")
    links = search(page, "ledelse")
    assert links and not any(link.startswith(f"{base_url}/en/") for link in links), links


def test_english_search_stems_english_words(page, base_url):
    """'leaders' finds pages that say 'leader' or 'leading' (lunr's English stemmer)."""
    page.goto(f"{base_url}/en/")
    assert search(page, "leaders")


def test_english_quote_shows_the_danish_original_on_request(page, base_url):
    page.goto(f"{base_url}/en/greb/kultur-og-rammer/")
    figure = page.locator("#citat-hanne-pjengaard-vedholdenhed")
    original = figure.locator("details blockquote")
    assert not original.is_visible()
    figure.locator("details summary").click()
    assert original.is_visible()
    assert "Vedholdenhed er helt afgørende." in original.inner_text()
