"""The pure parts of making a PDF fit to publish: which addresses are loopback, what a PDF
carries, how untagged drawing becomes an artifact, how links leave the print server, and the
name a chapter's PDF gets."""

from __future__ import annotations

import pikepdf
import pytest
from publication.downloads import chapter_pdf_name
from publication.pdf_addresses import is_loopback, loopback_addresses
from publication.pdf_finish import mark_artifacts, mend_outline, publish_links
from support.pdfs import pdf_linking


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/greb/x/", "http://localhost/",
                                 "https://127.0.0.2/a", "http://[::1]:8000/", "http://app.localhost/"])
def test_loopback_addresses_are_recognised(url):
    assert is_loopback(url)


@pytest.mark.parametrize("url", ["https://udgiver.dk/ledelse/", "https://localhost.dk/",
                                 "mailto:a@b.dk"])
def test_published_addresses_are_not_loopback(url):
    assert not is_loopback(url)


def test_a_pdf_linking_a_loopback_address_is_found_out(tmp_path):
    bad = pdf_linking(tmp_path / "bad.pdf", "http://127.0.0.1:8000/greb/x/")
    good = pdf_linking(tmp_path / "good.pdf", "https://udgiver.dk/greb/x/")
    assert loopback_addresses(bad) == ["http://127.0.0.1:8000/greb/x/"]
    assert loopback_addresses(good) == []


def test_links_leave_the_print_server_for_the_published_site(tmp_path):
    path = pdf_linking(tmp_path / "a.pdf", "http://127.0.0.1:4321/en/greb/x/#y")
    with pikepdf.open(path) as pdf:
        publish_links(pdf, "http://127.0.0.1:4321/", "https://udgiver.dk/ledelse/")
        link = pdf.pages[0].Annots[0]
        assert str(link.A.URI) == "https://udgiver.dk/ledelse/en/greb/x/#y"
        assert str(link.Contents) == "https://udgiver.dk/ledelse/en/greb/x/#y"


def _operators(page) -> list[str]:
    return [str(op) for _, op in pikepdf.parse_content_stream(page)]


def test_drawing_outside_marked_content_becomes_an_artifact():
    pdf = pikepdf.new()
    pdf.add_blank_page()
    page = pdf.pages[0]
    page.Contents = pdf.make_stream(
        b"0 0 10 10 re f /P <</MCID 0>> BDC BT ET EMC 5 5 m 6 6 l S")
    assert mark_artifacts(pdf, page) == 2
    assert _operators(page) == ["BMC", "re", "f", "EMC", "BDC", "BT", "ET", "EMC",
                                "BMC", "m", "l", "S", "EMC"]
    artifacts = [operands for operands, op in pikepdf.parse_content_stream(page)
                 if str(op) == "BMC"]
    assert all(operands == [pikepdf.Name.Artifact] for operands in artifacts)


def test_tagged_content_is_left_as_it_is():
    pdf = pikepdf.new()
    pdf.add_blank_page()
    page = pdf.pages[0]
    page.Contents = pdf.make_stream(b"/P <</MCID 0>> BDC BT ET EMC")
    assert mark_artifacts(pdf, page) == 0
    assert _operators(page) == ["BDC", "BT", "ET", "EMC"]


def test_a_chapter_pdf_is_named_by_its_folder_and_id():
    assert chapter_pdf_name("greb/x-y/") == "greb-x-y.pdf"
    assert chapter_pdf_name("cases/z/") == "cases-z.pdf"


def test_a_bookmark_takes_its_headings_own_text():
    """Chromium's bookmark is the heading as laid out: capitals from CSS, a line break for a
    space."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem("SAGT OM ATLYTTE", 0))
        outline.root.append(pikepdf.OutlineItem("Ingen overskrift", 0))
    mend_outline(pdf, ["Sagt om at\n  lytte", "Noget andet"])
    with pdf.open_outline() as outline:
        assert [item.title for item in outline.root] == ["Sagt om at lytte", "Ingen overskrift"]
