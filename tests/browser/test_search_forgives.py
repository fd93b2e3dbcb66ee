"""The search forgives what readers type, on the fixture publication in a real browser: æ/ø/å
and accents both ways, one typo, the editors' search words (its data/search.yml), the chapter
before the pages that gather, a quote result naming who said it, passages without our controls,
and a result list that works from the keyboard."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from support.search import search

CASE = "/cases/havnehuset/"  # its text: "Havnehuset i Nørreby …"


def pages(links: list[str], base: str) -> list[str]:
    """The result pages in order, site paths without anchors."""
    return list(dict.fromkeys(link.removeprefix(base).split("#")[0] for link in links))


@pytest.mark.parametrize("typed", ["Norreby", "Noerreby", "nørreby", "Hávnehuset"])
def test_danish_letters_and_accents_match_their_plain_spellings_both_ways(page, fixture_url,
                                                                           typed):
    page.goto(f"{fixture_url}/")
    assert pages(search(page, typed), fixture_url)[0] == CASE


def test_one_typo_is_forgiven_in_a_long_word(page, fixture_url):
    page.goto(f"{fixture_url}/")
    assert pages(search(page, "Havnehuet"), fixture_url)[0] == CASE


def test_an_editors_search_word_finds_its_page_and_its_theme(page, fixture_url):
    page.goto(f"{fixture_url}/en/")
    assert pages(search(page, "kajen"), fixture_url)[0] == f"/en{CASE}"
    assert f"{fixture_url}/en/temaer/#mod" in search(page, "modighed")


def test_the_chapter_comes_before_the_pages_that_gather_it(page, fixture_url, fixture_content):
    """A principle's title stands on its page, on /greb/ and on the front page: its page first.
    A theme's own name finds the theme on /temaer/ first."""
    page.goto(f"{fixture_url}/")
    for principle in fixture_content.registry.principles.values():
        assert pages(search(page, principle.title["da"]), fixture_url)[0] == \
            f"/greb/{principle.id}/"
    theme = next(iter(fixture_content.registry.themes.values()))
    assert search(page, theme.name["da"])[0].startswith(f"{fixture_url}/temaer/")


def test_a_quoted_phrase_finds_the_quote_and_names_who_said_it(page, fixture_url,
                                                               fixture_content):
    quote = fixture_content.registry.quotes["ada-jensen-lytning"]
    person = fixture_content.registry.people[quote.person]
    words = " ".join(quote.text["en"].rstrip(".").split()[:4])
    page.goto(f"{fixture_url}/en/")
    links = search(page, f'"{words}"')
    item = page.locator(f".md-search-result__link[href$='#citat-{quote.id}']").first
    assert links[0].split("#")[0].endswith(f"/en/greb/{quote.principle}/")
    expect(item.locator("h2")).to_contain_text(f"{person.name}, {person.role['en']}")
    expect(item).to_contain_text(words)


def test_passages_are_the_readers_text_without_our_controls(page, fixture_url, fixture_content):
    labels = fixture_content.labels["da"]
    page.goto(f"{fixture_url}/")
    for query in ("Døren", "Mod", "citater"):
        search(page, query)
        shown = page.locator(".md-search-result__list").inner_text()
        controls = [labels[key] for key in ("quote_permalink", "copy_quote", "filter_all",
                                            "filter_apply", "print_page")]
        for control in [*controls, f"{labels['themes_label']}:"]:  # the chips' "Temaer:"
            assert control not in shown, (query, control)


def test_the_results_work_from_the_keyboard_and_their_count_is_announced(page, fixture_url):
    page.goto(f"{fixture_url}/")
    search(page, "Havnehuset")
    expect(page.locator(".md-search-result__meta")).to_have_attribute("role", "status")
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("() => document.activeElement.getAttribute('href')")
    assert focused and CASE in focused
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{CASE}**")
