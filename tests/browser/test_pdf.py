"""The PDFs `make pdf` makes, printed from the fixture publication built for a published
address: each is tagged, in its edition's language, titled (shown as the window title), with
XMP metadata from data/publication.yml, bookmarks for its headings, embedded fonts, nothing
drawn outside the structure tree but artifacts, and links to the published site only. A site
built for a loopback address gives no PDF."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from publication import chapters, downloads
from publication.editions import page_path
from publication.pages import GATHERS_CHAPTERS, page_placing
from publication.pdf import make_all
from publication.pdf_addresses import loopback_addresses
from support.builds import built, copy_fixture
from support.editions import LANGUAGES, edition
from support.site import soup

PUBLISHED = "https://fixture.example/ledelse/"
PAINTING = {"Tj", "TJ", "'", '"', "f", "f*", "F", "B", "B*", "b", "b*", "S", "s", "Do", "sh"}


@pytest.fixture(scope="module")
def published_site(tmp_path_factory) -> Path:
    project = copy_fixture(tmp_path_factory.mktemp("pdf") / "project")
    return built(project, project.parent / "site", env={"SITE_URL": PUBLISHED})


@pytest.fixture(scope="module")
def made(browser, published_site, fixture_content):
    """{(lang, title from the data, site path): PDF} for every PDF the fixture offers."""
    site = published_site
    project = site.parent / "project"
    make_all(project, site, project / "dist", browser)
    registry = fixture_content.registry
    found = {}
    whole_publication = page_path(page_placing(project / "docs", GATHERS_CHAPTERS))
    for lang in LANGUAGES:
        prefix = edition(lang)
        found[(lang, registry.publication.title[lang], prefix + whole_publication)] = (
            project / "dist" / lang / downloads.PER_LANGUAGE[0])
        for chapter, path in downloads.chapter_pages(registry):
            found[(lang, chapters.title(registry, chapter, lang), prefix + path)] = (
                project / "dist" / lang / downloads.chapter_pdf_name(path))
    return found


def test_every_pdf_is_tagged_titled_and_in_its_language(made, fixture_content):
    publication = fixture_content.registry.publication
    for (lang, title, _), path in made.items():
        with pikepdf.open(path) as pdf:
            assert "/StructTreeRoot" in pdf.Root, path
            assert pdf.Root.MarkInfo.Marked is True, path
            assert str(pdf.Root.Lang) == lang, path
            assert pdf.Root.ViewerPreferences.DisplayDocTitle is True, path
            assert str(pdf.docinfo.Title).startswith(title), path
            xmp = pdf.open_metadata()
            assert xmp["dc:title"] == str(pdf.docinfo.Title)
            assert xmp["dc:language"] == {lang}
            assert xmp["dc:publisher"] == {publication.publisher}


def _bookmarks(items) -> list[str]:
    return [title for item in items for title in [item.title, *_bookmarks(item.children)]]


def test_every_pdf_has_bookmarks_for_its_headings(made, fixture_content):
    """A chapter's first bookmark is its title; the whole publication's hold every chapter's."""
    registry = fixture_content.registry
    for (lang, title, site_path), path in made.items():
        with pikepdf.open(path) as pdf, pdf.open_outline() as outline:
            if site_path.endswith("print/"):
                marks = _bookmarks(outline.root)
                for chapter in chapters.chapters_in_order(registry):
                    assert chapters.title(registry, chapter, lang) in marks, (path, marks)
            else:
                assert [item.title for item in outline.root][:1] == [title], path


def test_a_chapters_bookmarks_read_as_its_section_headings(made, published_site):
    for (_, _, site_path), path in made.items():
        if site_path.endswith("print/"):
            continue
        headings = [" ".join(h.get_text().replace("¶", "").split())
                    for h in soup(published_site, "/" + site_path).select("article h2")]
        with pikepdf.open(path) as pdf, pdf.open_outline() as outline:
            marks = _bookmarks(outline.root)
        assert headings and all(heading in marks for heading in headings), (headings, marks)


def test_every_font_is_embedded(made):
    for path in made.values():
        with pikepdf.open(path) as pdf:
            fonts = [font for page in pdf.pages
                     for font in page.Resources.get("/Font", {}).values()]
            assert fonts, path
            for font in fonts:
                described = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                descriptor = described.FontDescriptor
                assert any(key in descriptor for key in ("/FontFile", "/FontFile2",
                                                         "/FontFile3")), (path, font.BaseFont)


def test_nothing_is_drawn_outside_the_structure_or_artifacts(made):
    for path in made.values():
        with pikepdf.open(path) as pdf:
            for number, page in enumerate(pdf.pages, 1):
                depth, artifacts = 0, 0
                for operands, operator in pikepdf.parse_content_stream(page):
                    name = str(operator)
                    if name in ("BDC", "BMC"):
                        depth += 1
                        artifacts += operands[0] == pikepdf.Name.Artifact
                    elif name == "EMC":
                        depth -= 1
                    assert depth > 0 or name not in PAINTING, f"{path} page {number}: {name}"
                assert artifacts, f"{path} page {number}: no artifact (page number, header)"


def test_every_pdf_leads_to_the_published_site_only(made):
    for (_, _, site_path), path in made.items():
        assert loopback_addresses(path) == [], path
        with pikepdf.open(path) as pdf:
            uris = [str(a.A.URI) for page in pdf.pages for a in page.get("/Annots", [])
                    if "/A" in a and "/URI" in a.A]
            xmp = pdf.open_metadata()
            assert xmp["dc:identifier"] == PUBLISHED + site_path
        assert PUBLISHED + site_path in uris, f"{path}: its own address is not on it"
        assert all(not uri.startswith("http://") for uri in uris), uris


def test_a_site_built_for_a_loopback_address_gives_no_pdf(browser, fixture_project,
                                                          fixture_site, tmp_path):
    with pytest.raises(SystemExit, match="SITE_URL"):
        make_all(fixture_project, fixture_site, tmp_path / "dist", browser)
    assert list(tmp_path.rglob("*.pdf")) == []


def test_the_first_page_carries_the_address_and_its_qr_code(made, fixture_content):
    """The QR code is vector paths drawn as an artifact beside the address (its link)."""
    _chapter, chapter_path = next(iter(downloads.chapter_pages(fixture_content.registry)))
    (_, _, site_path), path = next(item for item in made.items()
                                      if item[0][2].endswith(chapter_path))
    with pikepdf.open(path) as pdf:
        first = pdf.pages[0]
        uris = [str(a.A.URI) for a in first.get("/Annots", []) if "/A" in a]
        assert PUBLISHED + site_path in uris
        paths = sum(1 for _, op in pikepdf.parse_content_stream(first) if str(op) in ("re", "l"))
        assert paths > 50, "no QR code drawn"


def test_pdfs_are_a4(made):
    for path in made.values():
        with pikepdf.open(path) as pdf:
            box = [float(v) for v in pdf.pages[0].MediaBox]
            assert box[2] == pytest.approx(595, abs=2) and box[3] == pytest.approx(842, abs=2)

