"""Where a PDF leads: the addresses a finished PDF carries (its links, metadata and XMP), read
with pikepdf. `make pdf` (publication.pdf) refuses to print from a loopback address; the build
(publication.downloads) refuses to offer a PDF that carries one, and reads the address a PDF
was printed from to tell whether it belongs to this edition."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from urllib.parse import urlsplit


def is_loopback_host(host: str) -> bool:
    """A host that means this machine: localhost (and *.localhost), 127.0.0.0/8, ::1, or the
    unspecified 0.0.0.0. The one rule, for SITE_URL (publication.configuration) and PDFs."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def is_loopback(url: str) -> bool:
    return is_loopback_host(urlsplit(url).hostname or "")


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
