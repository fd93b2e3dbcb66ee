"""Links on paper: a link in the text or a related list is dead once printed unless its
address is printed beside it. Each plain link to another page of the site gets its published
address in ``data-print-url``; the print style sheet writes it after the link text.

Absolute links already print their ``href``; links within the page (``#…``) and links with a
class (theme chips, a quote's workplace, the printed source line) are labels or are hidden on
paper, and get nothing.
"""

from __future__ import annotations

import html as markup
import re
from urllib.parse import urljoin, urlsplit

# A plain link: href first (as Python-Markdown and our templates write it), no class.
_PLAIN_LINK = re.compile(
    r'<a href="(?P<href>[^"#][^"]*)"(?P<rest>(?:\s+(?!class=)[\w-]+="[^"]*")*)>')


def with_print_addresses(html: str, page_url: str) -> str:
    """``html`` with ``data-print-url`` on each plain link to another page; ``page_url`` is
    the page's own published address, the base of its relative links."""
    def addressed(link: re.Match) -> str:
        href = markup.unescape(link["href"])
        if urlsplit(href).scheme or href.startswith("//"):
            return link[0]
        published = markup.escape(urljoin(page_url, href), quote=True)
        return f'<a href="{link["href"]}" data-print-url="{published}"{link["rest"]}>'

    return _PLAIN_LINK.sub(addressed, html)
