"""Small PDFs for tests that need a file in dist/ but not chromium: one page, one link."""

from __future__ import annotations

from pathlib import Path

import pikepdf


def pdf_linking(path: Path, url: str, padding: int = 0) -> Path:
    """A one-page PDF whose only link leads to ``url`` (``padding`` bytes make it bigger)."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    link = pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[50, 50, 200, 70],
        A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(url))))
    pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([link]))
    if padding:
        pdf.Root.Padding = pdf.make_stream(b"0" * padding)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(path, compress_streams=False)
    return path
