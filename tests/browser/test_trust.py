"""The print button and the colophon in a real browser: on screen, on paper, without JS."""


def test_colophon_shows_on_paper_only(page, base_url):
    page.goto(f"{base_url}/cases/paddehatten/")
    colophon = page.locator(".ldi-page-foot .ldi-print-colophon")
    assert not colophon.is_visible()
    page.emulate_media(media="print")
    assert colophon.is_visible()
    assert "Væksthus for Ledelse" in colophon.inner_text()
    assert not page.locator(".ldi-feedback").is_visible(), "no 'tell us' link on paper"


def test_print_button_is_labelled_reachable_and_prints(browser, base_url):
    context = browser.new_context()
    context.add_init_script("window.print = () => { window.__printed = true; };")
    page = context.new_page()
    page.goto(f"{base_url}/en/greb/kultur-og-rammer/")
    button = page.get_by_role("button", name="Print this page")
    assert button.is_visible()
    button.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed === true")
    page.emulate_media(media="print")
    assert not button.is_visible()
    context.close()


def test_without_javascript_there_is_no_dead_print_button(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/greb/kultur-og-rammer/")
    assert not page.locator("[data-ldi-print]").is_visible()
    context.close()
