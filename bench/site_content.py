"""How much page content a built site holds: the bytes inside every page's <article>, which is
what Python-Markdown produced, Material's search indexed and the templates wrapped. The bare
build lacks everything our hooks generate, so this tells how unequal the two builds' work is."""

from __future__ import annotations

import re
from pathlib import Path

_ARTICLE = re.compile(rb"<article\b.*?</article>", re.DOTALL)


def article_bytes(site: Path) -> int:
    total = 0
    for page in site.rglob("index.html"):
        match = _ARTICLE.search(page.read_bytes())
        total += len(match[0]) if match else 0
    return total
