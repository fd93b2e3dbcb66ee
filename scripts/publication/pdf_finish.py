"""What chromium's tagged PDF still lacks before the site offers it (PDF/UA-1 in mind):

- everything drawn outside the structure tree (the QR code, rules, the running header and the
  page numbers) is marked as an artifact, so a screen reader skips it instead of meeting
  untagged content;
- a quote's <figure> holds text, not a picture: tagged as a division, not as a Figure (which
  would need alternative text);
- links point at the published site, not at the loopback server the page was printed from;
- XMP metadata: title, language, publisher, the page's published address, the PDF/UA part;
  the title is the window title (DisplayDocTitle).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pikepdf

_MARK_START = {"BDC", "BMC"}


@dataclass(frozen=True)
class Metadata:
    title: str
    lang: str
    publisher: str
    url: str  # the page's published address


def mark_artifacts(pdf: pikepdf.Pdf, page: pikepdf.Page) -> int:
    """Wrap every run of operators outside marked content in /Artifact BMC … EMC; the runs."""
    instructions = pikepdf.parse_content_stream(page)
    result, run, depth, runs = [], [], 0, 0

    def close_run():
        nonlocal runs
        if run:
            result.append(pikepdf.ContentStreamInstruction([pikepdf.Name.Artifact],
                                                           pikepdf.Operator("BMC")))
            result.extend(run)
            result.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("EMC")))
            run.clear()
            runs += 1

    for instruction in instructions:
        operator = str(instruction.operator)
        if depth == 0 and operator not in _MARK_START:
            run.append(instruction)
            continue
        if depth == 0:
            close_run()
        depth += 1 if operator in _MARK_START else -1 if operator == "EMC" else 0
        result.append(instruction)
    close_run()
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(result))
    return runs


def _elements(node):
    kids = node.get("/K")
    for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield kid
            yield from _elements(kid)


def untag_text_figures(pdf: pikepdf.Pdf) -> None:
    """A Figure whose content is other structure elements (a quote) becomes a Div."""
    root = pdf.Root.get("/StructTreeRoot")
    if root is None:
        return
    for element in _elements(root):
        is_figure = str(element.S) == "/Figure"
        if is_figure and "/Alt" not in element and next(_elements(element), None) is not None:
            element.S = pikepdf.Name.Div


def publish_links(pdf: pikepdf.Pdf, printed_from: str, published_at: str) -> None:
    """Links into the printed site lead to the same page of the published one; each link
    names its target as its description (/Contents, which PDF/UA asks of a link)."""
    for page in pdf.pages:
        for annotation in page.get("/Annots", []):
            action = annotation.get("/A")
            if action is None or "/URI" not in action:
                continue
            uri = str(action.URI)
            if uri.startswith(printed_from):
                uri = published_at + uri.removeprefix(printed_from)
                action.URI = pikepdf.String(uri)
            if "/Contents" not in annotation:
                annotation.Contents = pikepdf.String(uri)


def mend_outline(pdf: pikepdf.Pdf, headings: list[str]) -> None:
    """Chromium titles a bookmark with the heading as laid out: wrapped lines joined without
    their space ('digitalinnovation'), capitals where CSS sets them. Each bookmark takes its
    heading's own text, found by the same letters."""
    def letters(text: str) -> str:
        return "".join(text.split()).casefold()

    by_letters = {letters(text): " ".join(text.split()) for text in headings}

    def mend(items):
        for item in items:
            item.title = by_letters.get(letters(item.title), item.title)
            mend(item.children)

    with pdf.open_outline() as outline:
        mend(outline.root)


def set_metadata(pdf: pikepdf.Pdf, meta: Metadata) -> None:
    pdf.Root.Lang = pikepdf.String(meta.lang)
    preferences = pdf.Root.get("/ViewerPreferences") or pikepdf.Dictionary()
    preferences.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = preferences
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp.load_from_docinfo(pdf.docinfo)
        xmp["dc:title"] = meta.title
        xmp["dc:language"] = [meta.lang]
        xmp["dc:publisher"] = [meta.publisher]
        xmp["dc:identifier"] = meta.url
        xmp["pdf:Producer"] = str(pdf.docinfo.get("/Producer", "chromium"))
        xmp["pdfuaid:part"] = "1"
    pdf.docinfo.Title = meta.title


def finish(path: Path, meta: Metadata, printed_from: str, published_at: str,
           headings: list[str] = ()) -> None:
    """Rewrite the PDF at ``path`` in place; ``headings``: the page's headings as printed."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for page in pdf.pages:
            mark_artifacts(pdf, page)
        untag_text_figures(pdf)
        mend_outline(pdf, list(headings))
        publish_links(pdf, printed_from, published_at)
        set_metadata(pdf, meta)
        pdf.save(path)
