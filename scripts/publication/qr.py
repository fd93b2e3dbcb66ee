"""From paper back to the page: a small QR code of a chapter's published address, printed
beside its source line. Made at build time as inline SVG (segno), so paper, PDF and the offline
edition carry it with no request and no script."""

from __future__ import annotations

from functools import lru_cache

import segno
from markupsafe import Markup


@lru_cache(maxsize=512)
def svg(url: str) -> Markup:
    """The address as a QR code (error correction M survives a creased hand-out); sized by CSS,
    hidden from screen readers since the address is printed beside it as text."""
    code = segno.make_qr(url, error="m")
    return Markup(code.svg_inline(scale=1, omitsize=True, border=2, svgclass="ldi-qr",
                                  lineclass=None).replace("<svg ", '<svg aria-hidden="true" ', 1))
