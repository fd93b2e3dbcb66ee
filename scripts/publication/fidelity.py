"""What a page presents as the publication's words, so tests can prove it verbatim.

Rules the content follows (README, "Writing content"):
- on a principle or case page (front matter ``principle:`` or ``case:``), every paragraph,
  heading and list item in the markdown is the publication's text;
- on every page, a blockquote (``> ...``) holds the sources' words, never ours.
Whitespace is the only thing normalised.
"""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
from mkdocs.utils.meta import get_data

_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd"}


def normalise(text: str) -> str:
    return " ".join(text.split())


class _BlockText(HTMLParser):
    """Collects the text of each block element, and whether it sits in a blockquote."""

    def __init__(self):
        super().__init__()
        self.blocks: list[tuple[str, bool]] = []
        self._stack: list[str] = []
        self._text: list[str] | None = None
        self._quote_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "blockquote":
            self._quote_depth += 1
        if tag in _BLOCKS and self._text is None:
            self._stack.append(tag)
            self._text = []

    def handle_endtag(self, tag):
        if self._stack and tag == self._stack[-1]:
            self._stack.pop()
            text = normalise("".join(self._text or []))
            if text:
                self.blocks.append((text, self._quote_depth > 0))
            self._text = None
        if tag == "blockquote":
            self._quote_depth -= 1

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)


def _blocks(markdown_source: str) -> tuple[list[tuple[str, bool]], dict]:
    body, meta = get_data(markdown_source)
    html = markdown.markdown(body, extensions=["attr_list", "md_in_html", "admonition"])
    parser = _BlockText()
    parser.feed(html)
    return parser.blocks, meta


def is_publication_page(markdown_source: str) -> bool:
    return bool({"principle", "case"} & set(get_data(markdown_source)[1]))


def publication_texts(markdown_source: str) -> list[str]:
    """Every text block the page presents as the publication's own words."""
    blocks, meta = _blocks(markdown_source)
    whole_page = bool({"principle", "case"} & set(meta))
    return [text for text, quoted in blocks if whole_page or quoted]
