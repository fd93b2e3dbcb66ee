"""A reader in a real browser: from the front page to a chapter, its quotes saying who, in what
role and where, on to the workplace's case; previous and next in reading order; the language
switch landing on the same page and quote; a deep link opening at its quote."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from publication import quotes
from support.editions import DEFAULT, TRANSLATIONS, address, in_edition, page_with


def switch_language(page, lang: str) -> None:
    page.locator(".md-header__option .md-select").hover()
    page.locator(f".md-select__link[hreflang={lang}]").click()


@pytest.fixture(scope="module")
def placed(content):
    quote_id, places = next((q, p) for q, p in content.pages.placements.items() if p)
    return content.registry.quotes[quote_id], address(places[0])


def test_from_the_front_page_to_a_chapter_and_on_to_a_case(page, base_url, content, placed):
    quote, path = placed
    who = quotes.attribution(content, quote)
    page.goto(f"{base_url}/")
    page.locator(f"article a[href='{path.lstrip('/')}']").first.click()
    page.wait_for_url(f"**{path}")
    caption = page.locator(f"#citat-{quote.id} figcaption").inner_text()
    for part in (who["person"].name, who["person"].role["da"], who["workplace"].name["da"]):
        assert part in caption
    page.locator(f"#citat-{quote.id} a.ldi-quote__workplace").click()
    page.wait_for_url(f"**{address(who['case'].page)}")
    assert page.locator("ol.ldi-advice li").count() == len(who["case"].advice)


@pytest.mark.parametrize("lang", TRANSLATIONS)
@pytest.mark.parametrize("which", ["chapter", "quotes page"])
def test_the_language_switch_lands_on_the_same_page_and_quote(page, base_url, placed, which,
                                                              lang):
    quote, path = placed
    path = path if which == "chapter" else page_with("quote-explorer")
    page.goto(f"{base_url}{path}#citat-{quote.id}")
    switch_language(page, lang)
    page.wait_for_url(f"{base_url}{in_edition(path, lang)}#citat-{quote.id}")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator(f"#citat-{quote.id}").is_visible()
    switch_language(page, DEFAULT)
    page.wait_for_url(f"{base_url}{path}#citat-{quote.id}")


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_an_english_quote_shows_the_danish_original_on_request(page, base_url, placed, lang):
    quote, path = placed
    page.goto(base_url + in_edition(path, lang))
    figure = page.locator(f"#citat-{quote.id}")
    original = figure.locator("details blockquote")
    assert not original.is_visible()
    figure.locator("details summary").click()
    assert " ".join(quote.text["da"].split()[-3:]) in original.inner_text()


def test_a_deep_link_opens_at_its_quote(page, base_url, placed):
    quote, path = placed
    page.goto(f"{base_url}{path}#citat-{quote.id}")
    box = page.locator(f"#citat-{quote.id}").bounding_box()
    assert box is not None and 0 <= box["y"] < 900


def test_danish_prose_is_hyphenated_in_its_language(page, base_url, placed):
    page.goto(base_url + placed[1])
    assert page.locator("article p").first.evaluate("p => getComputedStyle(p).hyphens") == "auto"


def test_the_colour_scheme_switch_still_switches(page, base_url):
    """Our palette override (a named group, not a form) keeps Material's switch working."""
    page.goto(f"{base_url}/")
    before = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("form.md-header__option, div.md-header__option[data-md-component=palette]") \
        .locator("label:visible").first.click()
    page.wait_for_function(
        f"() => document.body.getAttribute('data-md-color-scheme') !== '{before}'")


# The contrast of an element's text colour against the page behind it, as WCAG computes it
# (its alpha laid over the page's background first).
CONTRAST = """(element) => {
  const rgba = (text) => text.match(/[\\d.]+/g).map(Number);
  const [r, g, b, a = 1] = rgba(getComputedStyle(element).color);
  const [R, G, B] = rgba(getComputedStyle(document.body).backgroundColor);
  const over = [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
  const lum = (c) => { const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  const L = ([x, y, z]) => 0.2126 * lum(x) + 0.7152 * lum(y) + 0.0722 * lum(z);
  const [hi, lo] = [L(over), L([R, G, B])].sort((p, q) => q - p);
  return { ratio: (hi + 0.05) / (lo + 0.05), opacity: getComputedStyle(element).opacity };
}"""


# Every rule or marker of 2 px or more in a chapter's text, and the advice numbers' discs:
# their colour against the page's background.
MARKERS = """() => {
  const rgb = (value) => (value.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
  const lum = (value) => {
    const [r, g, b] = rgb(value).map((c) => {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const page = getComputedStyle(document.body).backgroundColor;
  const found = [];
  for (const el of document.querySelectorAll("article *")) {
    const style = getComputedStyle(el);
    for (const side of ["Top", "Right", "Bottom", "Left"]) {
      if (parseFloat(style[`border${side}Width`]) >= 2 && style[`border${side}Style`] !== "none")
        found.push([el.className || el.tagName, ratio(style[`border${side}Color`], page)]);
    }
  }
  for (const li of document.querySelectorAll("article ol.ldi-advice > li"))
    found.push(["advice number", ratio(getComputedStyle(li, "::before").backgroundColor, page)]);
  return found;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_markers_and_rules_stand_out_at_3_to_1_in_both_schemes(page, base_url, content, placed,
                                                                scheme):
    case = next(iter(content.registry.cases.values()))
    page.emulate_media(color_scheme=scheme)
    for path in (placed[1], address(case.page)):
        page.goto(base_url + path)
        markers = page.evaluate(MARKERS)
        assert markers, f"{path}: no markers found"
        faint = [f"{name}: {value:.2f}:1" for name, value in markers if value < 3]
        assert not faint, f"{path} ({scheme}):\n" + "\n".join(faint)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_headings_permalink_is_legible_when_it_shows(browser, base_url, content, scheme):
    """The ¶ after a heading shows on hover (and always on touch screens): a control, so at
    least 3:1 against the page (WCAG 1.4.11); Material's own grey is 2.2:1."""
    principle = next(iter(content.registry.principles.values()))
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(base_url + address(principle.page))
        heading = page.locator("article h2:has(a.headerlink)").first
        heading.hover()
        link = heading.locator("a.headerlink")
        expect(link).to_have_css("opacity", "1")
        measured = link.evaluate(CONTRAST)
        assert measured["ratio"] >= 3, measured
    finally:
        context.close()
