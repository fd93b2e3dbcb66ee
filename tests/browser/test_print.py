"""Paper and offline: print hides the site's chrome and keeps quotes whole with their
attribution; PDFs of a chapter, a case, the advice sheet and the whole publication have
sensible page counts; the offline edition works opened from disk, search included."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import expect
from publication import chapters
from publication.editions import page_path
from publication.pages import page_placing
from publication.pdf import print_pages
from pypdf import PdfReader
from support.builds import ROOT, SITE_URL, built, copy_project
from support.editions import LANGUAGES, TRANSLATIONS, address, edition, page_with

CHROME = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
          ".md-search", "a.headerlink", ".ldi-quote__links", ".ldi-chips",
          ".ldi-page-tools__actions"]


@pytest.fixture(scope="module")
def quoted(content) -> str:
    """A chapter page that places quotes."""
    return address(next(places[0] for places in content.pages.placements.values() if places))


def test_print_hides_the_chrome_and_keeps_quotes_whole(page, base_url, quoted):
    page.goto(base_url + quoted)
    page.emulate_media(media="print")
    for selector in CHROME:
        hidden = page.locator(selector).evaluate_all("els => els.every(e => !e.checkVisibility())")
        assert hidden, f"{selector} shows in print"
    for figure in page.locator("figure.ldi-quote").all():
        assert figure.locator(".ldi-quote__name").is_visible()
        assert figure.locator(".ldi-quote__role").is_visible()
        assert figure.evaluate("f => getComputedStyle(f).breakInside") == "avoid"
    assert SITE_URL.rstrip("/") + quoted in page.locator(".ldi-print-source").first.inner_text()
    assert not page.locator(".ldi-feedback").is_visible()


PLAIN_LINK = "article a[href]:not([class]):not([href^='#']):not([href*=':'])"


def test_a_link_to_another_page_prints_its_published_address(page, base_url, site):
    from support.site import pages, soup

    linking = next(path for path in pages(site) if soup(site, path).select(PLAIN_LINK))
    page.goto(base_url + linking)
    page.emulate_media(media="print")
    for link in page.locator(PLAIN_LINK).all():
        target = link.evaluate("a => { const u = new URL(a.getAttribute('href'), location.href);"
                               " return u.pathname + u.hash; }")
        printed = link.evaluate("a => getComputedStyle(a, '::after').content")
        assert printed == f'" ({SITE_URL.rstrip("/")}{target})"', (
            f"{linking}: the link to {target} prints {printed}")


def test_a_printed_address_flows_with_its_link_text(page, base_url, site):
    """On paper a link and its address are one run of text: a link laid out as a box (a tap
    target on screen) would set its address apart, in a column of its own."""
    from support.site import one_of_each_kind, pages

    boxed = []
    for path in one_of_each_kind(pages(site)):
        page.goto(base_url + path)
        page.emulate_media(media="print")
        boxed += [f"{path}: {text!r} is laid out as {display}" for text, display in page.evaluate(
            """() => [...document.querySelectorAll("article a[data-print-url]")]
                 .filter(a => a.getClientRects().length)
                 .map(a => [a.textContent.trim(), getComputedStyle(a).display])
                 .filter(([, display]) => display !== "inline")""")]
    assert not boxed, "\n".join(boxed[:20])


def test_one_case_s_advice_sheet_prints_alone_with_room_for_notes(browser, page, base_url,
                                                                   site, tmp_path):
    sheets_page = page_with("advice-sheet")
    page.goto(base_url + sheets_page)
    sheets = page.locator("section.ldi-advice-sheet")
    assert sheets.count() > 1
    chosen = sheets.last
    sheet_id = chosen.locator("h3").get_attribute("id")
    assert not chosen.locator(".ldi-advice-sheet__notes").is_visible(), "notes are for paper"
    page.evaluate("() => { window.print = () => { window.printedWith = location.hash; }; }")
    chosen.get_by_role("button").click()
    assert page.evaluate("() => window.printedWith") == f"#{sheet_id}"
    page.emulate_media(media="print")
    assert chosen.locator(".ldi-advice__item").first.is_visible()
    assert chosen.locator(".ldi-advice-sheet__notes").is_visible()
    assert page.locator("h1").is_visible()
    article = page.locator("article > :not(.ldi-print-source, h1, .ldi-print-colophon)")
    others = article.evaluate_all(
        "(els, id) => els.filter(e => e.checkVisibility() && !e.querySelector('#' + id))"
        ".map(e => e.tagName + '.' + e.className)", sheet_id)
    assert others == [], f"printing #{sheet_id} also prints {others}"
    pdf = tmp_path / "sheet.pdf"
    print_pages(site, [(f"{sheets_page}#{sheet_id}", pdf)], browser)
    assert len(PdfReader(io.BytesIO(pdf.read_bytes())).pages) == 1, "one A4 sheet"


def test_no_heading_prints_without_what_it_heads(page, base_url, site):
    from support.site import pages

    page.emulate_media(media="print")
    alone = []
    for path in pages(site):
        page.goto(base_url + path)
        alone += [f"{path}: {text}" for text in page.locator("article :is(h2, h3)").evaluate_all(
            "hs => hs.filter(h => h.checkVisibility() && !(h.nextElementSibling && "
            "h.nextElementSibling.checkVisibility())).map(h => h.textContent.trim())")]
    assert not alone, "headings printed with nothing under them:\n" + "\n".join(alone)


def test_on_screen_the_print_only_parts_stay_hidden(page, base_url, quoted):
    page.goto(base_url + quoted)
    assert not page.locator(".ldi-print-source").first.is_visible()
    assert not page.locator(".ldi-print-colophon").is_visible()


@pytest.fixture(scope="module")
def pdfs(browser, site, content, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    case = _summary_case(content)
    principle = max(content.registry.principles.values(), key=lambda p: len(p.questions))
    jobs = {"principle": address(principle.page), "case": address(case.page),
            **{f"advice_{lang}": page_with("advice-sheet", lang) for lang in LANGUAGES},
            **{f"whole_{lang}": page_with("whole-publication", lang) for lang in LANGUAGES}}
    print_pages(site, [(path, folder / f"{name}.pdf") for name, path in jobs.items()], browser)
    return {name: PdfReader(io.BytesIO((folder / f"{name}.pdf").read_bytes())) for name in jobs}


def text(reader) -> str:
    return " ".join(page.extract_text() for page in reader.pages)


def _summary_case(content):
    """A case whose page holds the summary (a full text is as long as its source makes it)."""
    summaries = [case for case in content.registry.cases.values() if case.text == "summary"]
    return summaries[0] if summaries else next(iter(content.registry.cases.values()))


def test_a_case_summary_prints_on_one_or_two_a4_pages(pdfs, content):
    case = _summary_case(content)
    if case.text == "summary":
        assert 1 <= len(pdfs["case"].pages) <= 2
    assert case.advice[-1]["da"] in text(pdfs["case"])
    assert pdfs["case"].pages[0].mediabox.width == pytest.approx(595, abs=2), "A4"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_advice_sheet_prints_on_at_most_two_pages(pdfs, lang):
    assert len(pdfs[f"advice_{lang}"].pages) <= 2


def test_a_chapter_prints_its_quotes_without_the_site_chrome(pdfs, content, site):
    from support.site import soup

    principle = max(content.registry.principles.values(), key=lambda p: len(p.questions))
    names = [n.get_text() for n in soup(site, address(principle.page))
             .select(".ldi-quote__name")]
    printed = text(pdfs["principle"])
    assert all(name in printed for name in names)
    assert "Søg" not in printed.split()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_whole_publication_starts_every_chapter_on_a_page(pdfs, content, lang):
    reader = pdfs[f"whole_{lang}"]
    assert content.labels[lang]["print_toc"] in reader.pages[0].extract_text()
    starts = [page.extract_text().lstrip() for page in reader.pages]
    for chapter in chapters.chapters_in_order(content.registry):
        title = " ".join(chapters.title(content.registry, chapter, lang).split()[:3])
        assert any(title in " ".join(start.split())[:300] for start in starts), title
    assert len(reader.pages) >= len(chapters.chapters_in_order(content.registry)) + 1


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("offline") / "project")
    (project / "mkdocs.offline.yml").write_text((ROOT / "mkdocs.offline.yml").read_text())
    return built(project, project.parent / "site", "-f", "mkdocs.offline.yml")


def test_the_offline_edition_navigates_and_searches_from_disk(browser, offline_site, content):
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    principle = next(iter(content.registry.principles.values()))
    chapter = page_path(principle.page, use_directory_urls=False)
    page.goto(f"file://{offline_site}/index.html")
    page.locator(f"article a[href='{chapter}']").first.click()
    assert page.url == f"file://{offline_site}/{chapter}"
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(principle.title["da"].split()[-1], delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    # As forgiving as online: the title's longest word without its Danish letters, one typo.
    word = max(principle.title["da"].split(), key=len).lower()
    typed = word.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    box.fill(typed[:3] + typed[4:])
    box.press("End")
    expect(page.locator(f".md-search-result__link[href*='/{chapter}']").first
           ).to_be_attached(timeout=10_000)
    theme = next(t for t in content.registry.themes if content.links.tagged_with(t)[2])
    explorer = page_path(page_placing(ROOT / "docs", "quote-explorer"), use_directory_urls=False)
    page.goto(f"file://{offline_site}/{edition(TRANSLATIONS[0])}{explorer}?tema={theme}")
    shown = {f.get_attribute("id") for f in page.locator("figure.ldi-quote").all()
             if f.is_visible()}
    assert shown == {f"citat-{q.id}" for q in content.links.tagged_with(theme)[2]}
    assert all(url.startswith("file://") for url in requests)
    context.close()
