"""Where a PDF leads: the addresses a finished PDF carries (its links, metadata and XMP), read
with pikepdf. `make pdf` (publication.pdf) refuses to print from a loopback address; the build
(publication.downloads) refuses to offer a PDF that carries one, and reads the address a PDF
was printed from to tell whether it belongs to this edition."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0"}


def is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host in LOOPBACK_HOSTS or host.startswith("127.") or host.endswith(".localhost")


def loopback_addresses(path: Path) -> list[str]:
    """Loopback addresses a PDF carries: in its links (the printed address is one, and its QR
    code encodes the same), its metadata and its XMP. Empty for a PDF fit to publish."""
    import pikepdf

    found = []
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for annotation in page.get("/Annots", []):
                action = annotation.get("/A")
                if action is not None and "/URI" in action and is_loopback(str(action.URI)):
                    found.append(str(action.URI))
        xmp = pdf.open_metadata()
        texts = [str(value) for value in pdf.docinfo.values()] + [
            str(xmp.get(key, "")) for key in ("dc:identifier", "dc:source")]
        found += [text for text in texts if "://" in text and is_loopback(text.strip())]
    return sorted(set(found))


def published_address(path: Path) -> str:
    """The address of the page a PDF was printed from, as its XMP names it ('' if none)."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        return str(pdf.open_metadata().get("dc:identifier", ""))
