"""Paper and offline: print emulation hides the site's chrome and keeps quotes whole; PDFs of
a chapter, a case, the advice sheet and the whole publication have sensible page counts; the
offline edition works opened from disk."""

import io

import pytest
from pypdf import PdfReader

from publication.pdf import print_pages
from publication.registry import load_registry
from sitebuild import ROOT, build, copy_project

REGISTRY = load_registry(ROOT, ["da", "en"])

CHROME = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer",
          ".md-search", "a.headerlink", ".ldi-quote__links", ".ldi-chips"]


def test_print_hides_the_chrome_and_keeps_quotes_and_attribution(page, base_url):
    page.goto(f"{base_url}/greb/kultur-og-rammer/")
    page.emulate_media(media="print")
    for selector in CHROME:
        hidden = page.locator(selector).evaluate_all(
            "els => els.every(e => !e.checkVisibility())")
        assert hidden, f"{selector} shows in print"
    for figure in page.locator("figure.ldi-quote").all():
        assert figure.locator("blockquote").is_visible()
        assert figure.locator(".ldi-quote__name").is_visible()
        assert figure.locator(".ldi-quote__role").is_visible()
        assert figure.evaluate("f => getComputedStyle(f).breakInside") == "avoid"
    source = page.locator(".ldi-print-source")
    assert source.is_visible()
    assert "http://127.0.0.1:8000/greb/kultur-og-rammer/" in source.inner_text()
    assert page.locator("h2").first.evaluate("h => getComputedStyle(h).breakAfter") == "avoid"


def test_print_shows_external_link_targets(page, base_url):
    page.goto(f"{base_url}/tilgaengelighed/")
    page.emulate_media(media="print")
    page.set_content('<div class="md-typeset"><a href="https://example.org/x">x</a></div>'
                     + page.content())
    after = page.locator('a[href="https://example.org/x"]').first.evaluate(
        "a => getComputedStyle(a, '::after').content")
    assert "https://example.org/x" in after


def test_the_screen_version_hides_the_print_only_line(page, base_url):
    page.goto(f"{base_url}/greb/kultur-og-rammer/")
    assert not page.locator(".ldi-print-source").is_visible()


@pytest.fixture(scope="module")
def pdfs(browser, site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdf")
    jobs = {
        "principle": "/greb/kultur-og-rammer/", "case": "/cases/borgerservice-ballerup/",
        "advice": "/raad/", "advice_en": "/en/raad/", "whole": "/print/", "whole_en": "/en/print/",
    }
    print_pages(site, [(path, folder / f"{name}.pdf") for name, path in jobs.items()], browser)
    return {name: PdfReader(io.BytesIO((folder / f"{name}.pdf").read_bytes())) for name in jobs}


def text(reader) -> str:
    return " ".join(page.extract_text() for page in reader.pages)


def test_a_case_prints_on_one_or_two_pages(pdfs):
    assert 1 <= len(pdfs["case"].pages) <= 2
    assert "Beskyt frontløberne" in text(pdfs["case"])


@pytest.mark.parametrize("name", ["advice", "advice_en"])
def test_the_advice_sheet_prints_on_at_most_two_pages(pdfs, name):
    assert len(pdfs[name].pages) <= 2


def test_a_chapter_prints_with_its_quotes_and_without_the_site_chrome(pdfs):
    reader = pdfs["principle"]
    assert len(reader.pages) <= 5
    content = text(reader)
    for name in ("Hanne Pjengaard", "Luise Hansen", "Mette Brinch"):
        assert name in content
    assert "Søg" not in content.split(), "the search box is not printed"
    assert reader.pages[0].mediabox.width == pytest.approx(595, abs=2), "A4 width in points"


@pytest.mark.parametrize("name", ["whole", "whole_en"])
def test_the_whole_publication_prints_every_chapter_on_its_own_pages(pdfs, name):
    reader = pdfs[name]
    # a title page with contents, ten chapters, the advice: each chapter starts a page
    assert len(reader.pages) >= 12
    first = reader.pages[0].extract_text()
    assert ("Indhold" if name == "whole" else "Contents") in first
    page_starts = [page.extract_text().lstrip() for page in reader.pages]
    for case in REGISTRY.cases.values():
        name = REGISTRY.workplaces[case.workplace].name["da"]
        assert any(start.startswith(name) for start in page_starts), f"{name} heads a page"


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("offline") / "project")
    (project / "mkdocs.offline.yml").write_text((ROOT / "mkdocs.offline.yml").read_text())
    site = tmp_path_factory.mktemp("offline-site")
    result = build(project, site, "-f", "mkdocs.offline.yml")
    assert result.returncode == 0, result.stderr
    return site


def test_the_offline_edition_navigates_and_searches_from_disk(browser, offline_site):
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"file://{offline_site}/index.html")
    page.get_by_role("link", name="Lederne skaber kultur og rammer for digital innovation").first.click()
    assert page.url == f"file://{offline_site}/greb/kultur-og-rammer.html"
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("vedholdenhed", delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    page.goto(f"file://{offline_site}/en/citater.html?tema=vedholdenhed")
    shown = [f.get_attribute("id") for f in page.locator("figure.ldi-quote").all() if f.is_visible()]
    assert shown == ["citat-hanne-pjengaard-vedholdenhed"]
    assert all(url.startswith("file://") for url in requests), \
        [url for url in requests if not url.startswith("file://")]
    context.close()
