"""A keyboard alone: the skip link comes first, one round of Tab reaches and shows every
control of a chapter and of the quote explorer, and the filters work from the keyboard."""

from __future__ import annotations

import pytest
from support.editions import LANGUAGES, address, page_with
from support.keyboard import focus_problems, prepare, tab_through, unreached


@pytest.fixture(scope="module")
def chapter(content):
    return next(iter(content.registry.principles.values()))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_skip_link_comes_first_and_jumps_to_the_content(page, base_url, chapter, lang):
    page.goto(base_url + address(chapter.page, lang))
    prepare(page)
    page.keyboard.press("Tab")
    link = page.locator(":focus")
    assert link.is_visible() and link.get_attribute("href").startswith("#")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("Boolean(document.activeElement.closest('.md-content'))")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tab_reaches_and_shows_every_control(page, base_url, content, lang):
    problems = []
    principle = next(iter(content.registry.principles.values()))
    for path in (address(principle.page, lang), page_with("quote-explorer", lang)):
        page.goto(base_url + path)
        stops = tab_through(page)
        assert any(stop.inside_content for stop in stops), f"{path}: Tab never reaches content"
        problems += focus_problems(path, stops)
        problems += [f"{path}: no Tab reaches {name}" for name in unreached(page)]
    assert not problems, "\n".join(problems)


def test_the_quote_filters_work_from_the_keyboard(page, base_url, content):
    explorer = page_with("quote-explorer")
    page.goto(base_url + explorer)
    total = page.locator("figure.ldi-quote").count()
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SELECT":
            break
    else:
        pytest.fail(f"no filter on {explorer} is reachable with Tab")
    page.keyboard.press("ArrowDown")
    shown = page.locator("figure.ldi-quote:visible").count()
    assert 0 < shown <= total
    while page.evaluate("document.activeElement.type") != "reset":
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('figure.ldi-quote:not([hidden])')"
                           f".length === {total}")


def test_every_stop_shows_focus_before_materials_script_runs(browser, base_url, chapter):
    """On a busy device Material's script may not yet have set a control up when Tab reaches
    it (under load, `make test` once saw the search box show nothing): what shows focus must
    not depend on it. Here the script never arrives."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        context.route("**/assets/javascripts/bundle.*.js", lambda route: route.abort())
        page = context.new_page()
        page.goto(base_url + address(chapter.page))
        problems = [line for line in focus_problems("/", tab_through(page))
                    if "cannot be seen" not in line]  # what the script would reveal
        assert not problems, "\n".join(problems)
    finally:
        context.close()
