"""What an intranet editor takes away: a heading's or a quote's published address, a quote as a
ready, attributed block (rich text and plain text), a chapter's card; and, from paper, a QR code
that leads back to the page."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image
from publication import chapters, quotes
from publication.pdf import serve
from support.builds import INTRANET_URL, SITE_URL
from support.editions import LANGUAGES, TRANSLATIONS, address, page_with

CANONICAL = SITE_URL.rstrip("/")
READ_CLIPBOARD = """async () => {
  const [item] = await navigator.clipboard.read();
  if (!item) return {html: null, plain: null};
  const text = async (type) => item.types.includes(type)
    ? await (await item.getType(type)).text() : null;
  return {html: await text("text/html"), plain: await text("text/plain")};
}"""


def clipboard(page, expected: str) -> dict:
    """What the clipboard holds once it holds ``expected`` (the write is asynchronous)."""
    for _ in range(40):
        copied = page.evaluate(READ_CLIPBOARD)
        if expected in (copied["plain"] or ""):
            return copied
        page.wait_for_timeout(50)
    return copied


@pytest.fixture
def clipboard_page(browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def placed(content):
    """A quote some chapter places, and that chapter's page."""
    quote_id, places = next((q, p) for q, p in content.pages.placements.items() if p)
    return content.registry.quotes[quote_id], places[0]


def test_a_headings_link_copies_its_published_address(clipboard_page, base_url, site, content):
    from support.site import soup

    principle = address(next(iter(content.registry.principles.values())).page)
    heading = soup(site, principle).select("article h2[id]")[0]["id"]
    page = clipboard_page
    page.goto(base_url + principle)
    page.locator(f"h2#{heading}").hover()
    page.locator(f"h2#{heading} a.headerlink").click()
    assert page.evaluate("navigator.clipboard.readText()") == \
        f"{CANONICAL}{principle}#{heading}"
    assert page.locator("[data-ldi-copy-status]").inner_text()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_copying_a_quote_gives_an_attributed_block_with_a_link_back(clipboard_page, base_url,
                                                                    content, placed, lang):
    quote, place = placed
    who = quotes.attribution(content, quote)
    url = f"{CANONICAL}{address(place, lang)}#citat-{quote.id}"
    page = clipboard_page
    page.goto(base_url + page_with("quote-explorer", lang))
    page.locator(f"#citat-{quote.id} [data-ldi-copy-quote]").click()
    page.wait_for_function("() => document.querySelector('[data-ldi-copy-status]').textContent")
    copied = clipboard(page, url)
    open_mark, close_mark = {"da": ("»", "«"), "en": ("“", "”")}[lang]
    words = open_mark + " ".join(quote.text[lang].split()) + close_mark
    # The role's parts the workplace's name already says are not said twice.
    workplace = who["workplace"].name[lang]
    role = [part for part in who["person"].role[lang].split(", ")
            if part.lower() not in workplace.lower()]
    attribution = ", ".join([who["person"].name, *role, workplace])
    publication = content.registry.publication
    for block in (copied["plain"], copied["html"]):
        assert words in " ".join(block.split())
        assert attribution in block
        assert url in block
        assert publication.title[lang] in block
        assert publication.publisher in block
    assert copied["html"].startswith(f'<blockquote cite="{url}">')
    if lang != "da":
        assert " ".join(quote.text["da"].split()) not in " ".join(copied["plain"].split())
        assert content.labels[lang]["translation_note"] in copied["plain"]


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_copying_a_chapters_card_gives_its_title_line_and_address(clipboard_page, base_url,
                                                                  content, lang):
    case = next(iter(content.registry.cases.values()))
    page = clipboard_page
    page.goto(base_url + address(case.page, lang))
    page.locator("[data-ldi-copy-card]").click()
    page.wait_for_function("() => document.querySelector('[data-ldi-copy-status]').textContent")
    url = CANONICAL + address(case.page, lang)
    copied = clipboard(page, url)
    assert copied["plain"].splitlines() == [
        chapters.title(content.registry, case, lang),
        f"{case.tagline[lang]} ({content.labels[lang]['translation_note']})", url]
    assert f'<a href="{url}"><strong>' in copied["html"]


def qr_codes(page, selector: str) -> list[str]:
    """What the QR codes on the page say, read from a screenshot as a phone would."""
    found = []
    for element in page.locator(selector).all():
        image = Image.open(io.BytesIO(element.screenshot()))
        found += [result.text for result in zxingcpp.read_barcodes(image)]
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_printed_chapter_carries_a_qr_code_that_leads_back(page, base_url, content, lang):
    case = address(next(iter(content.registry.cases.values())).page, lang)
    page.goto(base_url + case)
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 900, "height": 1200})
    assert qr_codes(page, "article > .ldi-print-source svg.ldi-qr") == [CANONICAL + case]


def test_the_qr_codes_follow_an_intranets_sub_path(browser, intranet_site, content):
    principle = next(iter(content.registry.principles.values()))
    context = browser.new_context(viewport={"width": 900, "height": 1200})
    page = context.new_page()
    with serve(intranet_site) as url:
        page.goto(url + page_with("whole-publication"))
        page.emulate_media(media="print")
        codes = qr_codes(page, "section.ldi-chapter .ldi-print-source svg.ldi-qr")
    context.close()
    assert INTRANET_URL + address(principle.page).lstrip("/") in codes
    assert len(codes) == len(content.registry.principles) + len(content.registry.cases)
