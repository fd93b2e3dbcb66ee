"""sitemap.xml as the content dates it, and robots.txt pointing to it.

mkdocs-static-i18n writes the sitemap with the build day as every page's `lastmod` (and
"changefreq daily"), and without the `x-default` alternate each page's head has. Here, after the
build, each page's `lastmod` becomes the latest date the content gives it: its own reviewed date
(front matter `last_reviewed`, shown under its title) or a change in data/changelog.yml that
names it or the whole edition (shown on the change log). A search engine then re-reads what
changed, not the whole site after every build.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from pathlib import Path
from xml.etree import ElementTree

from .editions import EditionUrls, page_path
from .models import Change
from .pages import PageSource
from .reviews import read_review

SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"
_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
       "xhtml": "http://www.w3.org/1999/xhtml"}


def page_dates(pages: Iterable[PageSource], changes: Iterable[Change],
               urls: EditionUrls) -> dict[str, datetime.date]:
    """Each page's published address -> the latest of its reviewed date and the changes that
    name its path (either edition) or name no page (the whole edition)."""
    changes = list(changes)
    dates = {}
    for page in pages:
        path = page_path(page.base_uri)
        touched = [change.date for change in changes if not change.pages or path in change.pages]
        dates[urls.absolute(page.base_uri, page.lang)] = max(
            [read_review(page.meta).last_reviewed, *touched])
    return dates


def rewrite(xml: bytes, dates: Mapping[str, datetime.date], default: str) -> bytes:
    """The sitemap with the content's dates, no changefreq, and x-default beside each page's
    alternates (the default language's page, as in the pages' heads)."""
    for prefix, uri in _NS.items():
        ElementTree.register_namespace("" if prefix == "sm" else prefix, uri)
    root = ElementTree.fromstring(xml)
    for entry in root.findall("sm:url", _NS):
        loc = entry.findtext("sm:loc", namespaces=_NS).strip()
        for stale in entry.findall("sm:lastmod", _NS) + entry.findall("sm:changefreq", _NS):
            entry.remove(stale)
        if loc in dates:
            lastmod = ElementTree.Element(f"{{{_NS['sm']}}}lastmod")
            lastmod.text = dates[loc].isoformat()
            entry.insert(1, lastmod)
        links = entry.findall("xhtml:link", _NS)
        original = next((link for link in links if link.get("hreflang") == default), None)
        if original is not None and not any(link.get("hreflang") == "x-default"
                                            for link in links):
            entry.append(ElementTree.Element(f"{{{_NS['xhtml']}}}link", rel="alternate",
                                             hreflang="x-default", href=original.get("href")))
    ElementTree.indent(root, space="    ")
    return ElementTree.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"


def robots(urls: EditionUrls) -> str:
    """Nothing disallowed (readers' pages, and the assets they need to render), and where the
    sitemap is. Crawlers read robots.txt at a host's root only: a site under a sub-path needs
    its Sitemap line in the host's own file (hosting/README.md)."""
    return f"User-agent: *\nDisallow:\n\nSitemap: {urls.base}{SITEMAP}\n"


def write(site_dir: Path, pages: Iterable[PageSource], changes: Iterable[Change],
          urls: EditionUrls) -> None:
    sitemap = site_dir / SITEMAP
    if sitemap.is_file():
        sitemap.write_bytes(rewrite(sitemap.read_bytes(), page_dates(pages, changes, urls),
                                    urls.default))
    (site_dir / ROBOTS).write_text(robots(urls), encoding="utf-8")
