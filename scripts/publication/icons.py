"""Material's inline icons are decoration: hidden from assistive technology.

Material inlines its icons (`.icons/material/*.svg`) beside a name of their own: the site's
name on the logo link, a title or text on links and labels, aria-label on buttons. An `<svg>`
without a name of its own is then announced as an unnamed graphic (IBM Equal Access:
svg_graphics_labelled) or read twice. Our own graphics (the QR code) are written otherwise and
keep their names.
"""

from __future__ import annotations

import re

# The opening tag Material's icon files share (24 × 24 Material Design Icons).
_MATERIAL_ICON = re.compile(r'<svg xmlns="http://www\.w3\.org/2000/svg" viewBox="0 0 24 24">')
_HIDDEN = '<svg aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg" ' \
          'viewBox="0 0 24 24">'


def decorative(html: str) -> str:
    return _MATERIAL_ICON.sub(_HIDDEN, html)
