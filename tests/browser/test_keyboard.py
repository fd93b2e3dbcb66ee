"""A keyboard alone: the skip link comes first, one round of Tab reaches and shows every
control of a chapter and of the quote explorer, and the filters work from the keyboard."""

from __future__ import annotations

import pytest
from support.keyboard import focus_problems, prepare, tab_through, unreached


@pytest.fixture(scope="module")
def chapter(content) -> str:
    return next(iter(content.registry.principles))


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_skip_link_comes_first_and_jumps_to_the_content(page, base_url, chapter, lang):
    page.goto(f"{base_url}{'' if lang == 'da' else '/en'}/greb/{chapter}/")
    prepare(page)
    page.keyboard.press("Tab")
    link = page.locator(":focus")
    assert link.is_visible() and link.get_attribute("href").startswith("#")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("Boolean(document.activeElement.closest('.md-content'))")


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_tab_reaches_and_shows_every_control(page, base_url, content, prefix):
    problems = []
    principle = next(iter(content.registry.principles.values()))
    for path in (f"{prefix}/greb/{principle.id}/", f"{prefix}/citater/"):
        page.goto(base_url + path)
        stops = tab_through(page)
        assert any(stop.inside_content for stop in stops), f"{path}: Tab never reaches content"
        problems += focus_problems(path, stops)
        problems += [f"{path}: no Tab reaches {name}" for name in unreached(page)]
    assert not problems, "\n".join(problems)


def test_the_quote_filters_work_from_the_keyboard(page, base_url, content):
    page.goto(base_url + "/citater/")
    total = page.locator("figure.ldi-quote").count()
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SELECT":
            break
    else:
        pytest.fail("no filter on /citater/ is reachable with Tab")
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
        page.goto(f"{base_url}/greb/{chapter}/")
        problems = [line for line in focus_problems("/", tab_through(page))
                    if "cannot be seen" not in line]  # what the script would reveal
        assert not problems, "\n".join(problems)
    finally:
        context.close()
