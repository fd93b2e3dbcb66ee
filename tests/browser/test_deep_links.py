"""Copying a link in a real browser gives the published address of the section or quote."""

import pytest

CANONICAL = "http://127.0.0.1:8000"


@pytest.fixture
def clipboard_page(browser, base_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    yield page
    context.close()


def clipboard(page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


def test_heading_permalink_copies_the_canonical_url_of_the_section(clipboard_page, base_url):
    page = clipboard_page
    page.goto(f"{base_url}/greb/kultur-og-rammer/")
    heading = page.locator("h2#de-noedvendige-rammer")
    heading.hover()
    heading.locator("a.headerlink").click()
    assert clipboard(page) == f"{CANONICAL}/greb/kultur-og-rammer/#de-noedvendige-rammer"
    assert page.locator("[data-ldi-copy-status]").inner_text() == "Linket er kopieret"


def test_quote_link_copies_the_canonical_url_of_the_quote_in_the_edition(clipboard_page, base_url):
    page = clipboard_page
    page.goto(f"{base_url}/en/greb/kultur-og-rammer/")
    page.locator("#citat-luise-hansen-struktur a.ldi-quote__permalink").click()
    assert clipboard(page) == f"{CANONICAL}/en/greb/kultur-og-rammer/#citat-luise-hansen-struktur"
    assert page.locator("[data-ldi-copy-status]").inner_text() == "Link copied"


def test_copy_controls_are_reachable_and_visible_by_keyboard(page, base_url):
    page.goto(f"{base_url}/greb/kultur-og-rammer/")
    permalink = page.locator("h2#de-noedvendige-rammer a.headerlink")
    permalink.focus()
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#de-noedvendige-rammer"
    # Material fades it in: wait for the transition rather than read it halfway.
    page.wait_for_function("a => Number(getComputedStyle(a).opacity) > 0.5",
                           arg=permalink.element_handle(), timeout=5_000)
    assert permalink.get_attribute("title") == "Kopiér link til dette afsnit"
    quote_link = page.locator("#citat-mette-brinch-kultur a.ldi-quote__permalink")
    quote_link.focus()
    assert quote_link.is_visible()


def test_deep_link_to_a_quote_on_the_english_quotes_page_opens_there(page, base_url):
    page.goto(f"{base_url}/en/citater/#citat-hanne-pjengaard-vedholdenhed")
    assert page.locator("#citat-hanne-pjengaard-vedholdenhed").is_visible()
