"""Finding things in a real browser: each edition's search finds every theme and stems its own
language, results deep-link to sections, and the quote explorer narrows the list, mirrors it in
the address, and leaves the full list to readers without JavaScript."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from support.editions import LANGUAGES, TRANSLATIONS, address, edition, language_of, page_with
from support.search import search


def visible_quotes(page) -> list[str]:
    return [f.get_attribute("id") for f in page.locator("figure.ldi-quote").all()
            if f.is_visible()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_every_theme_in_its_own_edition(page, base_url, content, lang):
    """A theme's name finds the pages tagged with it (their theme line names it), and only in
    the reader's edition."""
    page.goto(f"{base_url}/{edition(lang)}")
    for theme in content.registry.themes.values():
        principles, cases, _ = content.links.tagged_with(theme.id)
        links = search(page, theme.name[lang])
        tagged = {base_url + address(c.page, lang) for c in (*principles, *cases)}
        found = {link.split("#")[0] for link in links}
        assert found & (tagged | {base_url + page_with("theme-index", lang)}), (theme.id, links)
        assert all(language_of(urlsplit(link).path) == lang for link in links), links


def test_a_result_deep_links_to_its_section(page, base_url, site, content):
    from support.site import soup

    principle = address(next(iter(content.registry.principles.values())).page)
    heading = soup(site, principle).select("article h2[id]")[0]
    page.goto(f"{base_url}/")
    words = " ".join(heading.get_text().rstrip("¶").split()[:3])
    links = search(page, words)
    assert f"{base_url}{principle}#{heading['id']}" in links, links


def test_english_search_stems_english_words(page, base_url):
    page.goto(f"{base_url}/{edition('en')}")
    assert search(page, "leaders") and search(page, "leading")


def test_the_filters_narrow_the_list_and_the_address_follows(page, base_url, content):
    theme = next(t for t in content.registry.themes.values() if content.links.tagged_with(t.id)[2])
    tagged = {f"citat-{q.id}" for q in content.links.tagged_with(theme.id)[2]}
    explorer = page_with("quote-explorer")
    page.goto(base_url + explorer)
    assert len(visible_quotes(page)) == len(content.registry.quotes)
    page.select_option("select[name=tema]", theme.id)
    assert set(visible_quotes(page)) == tagged
    assert page.url.endswith(f"{explorer}?tema={theme.id}")
    count = page.locator("[data-ldi-count]").inner_text()
    assert f"{len(tagged)} " in count and f" {len(content.registry.quotes)} " in count
    page.get_by_role("button", name=content.labels["da"]["filter_reset"]).click()
    page.wait_for_function("() => location.search === ''")
    assert len(visible_quotes(page)) == len(content.registry.quotes)


def test_the_submit_button_applies_the_choice(page, base_url, content):
    workplace = next(iter({content.registry.people[q.person].workplace
                           for q in content.registry.quotes.values()}))
    lang = TRANSLATIONS[0]
    page.goto(base_url + page_with("quote-explorer", lang))
    page.select_option("select[name=arbejdsplads]", workplace)
    page.get_by_role("button", name=content.labels[lang]["filter_apply"]).click()
    assert page.url.endswith(f"?arbejdsplads={workplace}")
    expected = {f"citat-{q.id}" for q in content.links.quotes_from_workplace(workplace)}
    assert set(visible_quotes(page)) == expected


def test_a_filtered_address_opens_filtered(page, base_url, content):
    quote = next(iter(content.registry.quotes.values()))
    page.goto(base_url + page_with("quote-explorer"))
    role = page.locator(f"#citat-{quote.id}").get_attribute("data-role")
    page.goto(f"{base_url}{page_with('quote-explorer', TRANSLATIONS[0])}?rolle={role}")
    assert f"citat-{quote.id}" in visible_quotes(page)
    assert page.locator("select[name=rolle]").input_value() == role


def test_without_javascript_every_quote_shows_and_no_dead_form(browser, base_url, content):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    theme = next(iter(content.registry.themes))
    page.goto(f"{base_url}{page_with('quote-explorer')}?tema={theme}")
    assert len(visible_quotes(page)) == len(content.registry.quotes)
    assert not page.locator("form[data-ldi-filters]").is_visible()
    assert not page.locator("[data-ldi-print]").is_visible()
    context.close()
