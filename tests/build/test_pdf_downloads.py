"""What `make pdf` leaves in dist/ reaches the site: each chapter page links its own PDF with
its size, where one was made, and says nothing where none was; a PDF that would send paper
readers to a loopback address stops the build, naming the file and SITE_URL. (The PDFs here are
tiny stand-ins; tests/browser/test_pdf.py prints real ones.)"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from publication import downloads
from publication.registry import load_registry
from support.builds import build, built, copy_fixture
from support.pdfs import pdf_linking
from support.site import soup

PUBLISHED = "https://fixture.example/ledelse/"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_fixture(tmp_path_factory.mktemp("downloads") / "project")


@pytest.fixture(scope="module")
def chapters(project) -> list[str]:
    return [path for _, path in downloads.chapter_pages(load_registry(project, ["da", "en"]))]


@pytest.fixture(scope="module")
def with_one_pdf(project, chapters) -> Path:
    """The fixture built with the first chapter's PDF in both languages, and no other."""
    first = chapters[0]
    for lang, prefix in (("da", ""), ("en", "en/")):
        pdf_linking(project / "dist" / lang / downloads.chapter_pdf_name(first),
                    PUBLISHED + prefix + first, padding=1_500_000)
    return built(project, project.parent / "site", env={"SITE_URL": PUBLISHED})


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_a_chapter_page_links_its_pdf_with_its_size(with_one_pdf, chapters, prefix):
    link = soup(with_one_pdf, f"/{prefix}{chapters[0]}").select_one(".ldi-page-tools__pdf a")
    assert link is not None and link.has_attr("download")
    target = (with_one_pdf / prefix / chapters[0] / link["href"]).resolve()
    assert target.is_file(), link["href"]
    size = link.find_next_sibling("span").get_text()
    assert ("1,5 MB" if prefix == "" else "1.5 MB") in size


def test_a_chapter_without_a_pdf_has_no_link(with_one_pdf, chapters):
    for path in chapters[1:]:
        assert soup(with_one_pdf, f"/{path}").select(".ldi-page-tools__pdf") == [], path


def test_a_pdf_with_a_loopback_address_stops_the_build(tmp_path, chapters):
    project = copy_fixture(tmp_path / "project")
    name = downloads.chapter_pdf_name(chapters[0])
    pdf_linking(project / "dist" / "da" / name, "http://127.0.0.1:8000/" + chapters[0])
    result = build(project, tmp_path / "site", env={"SITE_URL": PUBLISHED})
    assert result.returncode != 0, "the build accepted it"
    assert "Traceback" not in result.stderr
    assert f"dist/da/{name}" in result.stderr
    assert "127.0.0.1:8000" in result.stderr and "SITE_URL" in result.stderr


def test_a_pdf_made_for_another_address_stops_the_build(tmp_path, chapters):
    project = copy_fixture(tmp_path / "project")
    name = downloads.chapter_pdf_name(chapters[0])
    path = pdf_linking(project / "dist" / "en" / name, "https://elsewhere.example/" + chapters[0])
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
            xmp["dc:identifier"] = "https://elsewhere.example/en/" + chapters[0]
        pdf.save(path)
    result = build(project, tmp_path / "site", env={"SITE_URL": PUBLISHED})
    assert result.returncode != 0, "the build accepted it"
    assert f"dist/en/{name}" in result.stderr and "https://elsewhere.example/" in result.stderr
    assert f"SITE_URL={PUBLISHED}" in result.stderr
