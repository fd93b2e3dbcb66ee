"""Finding things in a real browser: search by theme words, and the quote explorer."""

import pytest

from publication.registry import load_registry
from search import search
from sitebuild import ROOT

REGISTRY = load_registry(ROOT, ["da", "en"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("vedholdenhed", "/greb/kultur-og-rammer/"),
        ("kerneopgave", "/greb/kerneopgaven/"),
        ("velfærdsteknologi", "/cases/autismecenter-storstroem/"),
        ("kørekort", "/cases/borgerservice-ballerup/"),
        ("kompetenceudvikling", "/cases/autismecenter-storstroem/"),
        ("kompetencer", "/greb/mindset-og-kompetencer/"),
    ],
)
def test_danish_search_finds_the_page_for_a_theme_word(page, base_url, query, expected):
    page.goto(f"{base_url}/")
    links = search(page, query)
    assert any(link.startswith(f"{base_url}{expected}") for link in links), links


def test_search_result_deep_links_to_a_section(page, base_url):
    page.goto(f"{base_url}/")
    links = search(page, "tavlestyring")
    assert f"{base_url}/greb/kultur-og-rammer/#de-noedvendige-rammer" in links, links


def test_english_search_finds_welfare_technology(page, base_url):
    page.goto(f"{base_url}/en/")
    links = search(page, "welfare technology")
    assert any(link.startswith(f"{base_url}/en/cases/autismecenter-storstroem/") for link in links)


def visible_quote_ids(page):
    return [f.get_attribute("id") for f in page.locator("figure.ldi-quote").all() if f.is_visible()]


def test_filters_narrow_the_list_and_update_the_url(page, base_url):
    page.goto(f"{base_url}/citater/")
    assert len(visible_quote_ids(page)) == len(REGISTRY.quotes)
    page.select_option("select[name=tema]", "vedholdenhed")
    assert visible_quote_ids(page) == ["citat-hanne-pjengaard-vedholdenhed"]
    assert page.url.endswith("/citater/?tema=vedholdenhed")
    assert "Viser 1 af 3 citater" in page.locator("[data-ldi-count]").inner_text()
    page.select_option("select[name=arbejdsplads]", "borgerservice-ballerup")
    assert visible_quote_ids(page) == []
    assert "Ingen citater" in page.locator("[data-ldi-count]").inner_text()
    page.get_by_role("button", name="Vis alle citater").click()
    page.wait_for_function("location.search === ''")
    assert len(visible_quote_ids(page)) == len(REGISTRY.quotes)


def test_a_filtered_url_opens_filtered(page, base_url):
    page.goto(f"{base_url}/en/citater/?rolle=afdelingsleder-autismecenter")
    assert visible_quote_ids(page) == ["citat-luise-hansen-struktur"]
    assert page.locator("select[name=rolle]").input_value() == "afdelingsleder-autismecenter"


def test_without_javascript_every_quote_shows_and_no_dead_filters(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/citater/?tema=vedholdenhed")
    assert len(visible_quote_ids(page)) == len(REGISTRY.quotes)
    assert not page.locator("form[data-ldi-filters]").is_visible()
    context.close()
