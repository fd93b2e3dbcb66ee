"""The change log (data/changelog.yml) as an Atom feed per edition (RFC 4287): /feed.xml and
/en/feed.xml, so an intranet editor can follow changes to the pages they link to.

Ids are URNs derived from the publication and the change, not from the site's address, so a
feed reader keeps recognising an entry when the site moves. Dates are the changes' own dates:
the same content gives the same feed, whenever it is built.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from xml.etree import ElementTree

from . import changelog
from .content import Content
from .editions import EditionUrls, edition_root
from .reviews import display_date
from .sources import normalise

ATOM = "http://www.w3.org/2005/Atom"
FEED = "feed.xml"
CHANGES_PAGE = "om/aendringer.md"
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:ledelse-af-digital-innovation")


def _id(lang: str, name: str) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{lang}:{name}')}"


def _element(parent: ElementTree.Element, tag: str, text: str | None = None, **attributes):
    element = ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    element.text = text
    return element


def _title(text: str, limit: int = 90) -> str:
    words, title = normalise(text).split(), ""
    for word in words:
        if len(title) + len(word) + 1 > limit:
            return title + " …"
        title = f"{title} {word}".strip()
    return title


def feed(content: Content, urls: EditionUrls, lang: str) -> bytes:
    t, changes = content.labels[lang], content.changes
    root = ElementTree.Element(f"{{{ATOM}}}feed", {"xml:lang": lang})
    _element(root, "id", _id(lang, "feed"))
    _element(root, "title", t.format("feed_title",
                                     publication=content.registry.publication.title[lang]))
    _element(root, "updated", f"{changes[0].date.isoformat()}T00:00:00Z" if changes
             else "1970-01-01T00:00:00Z")
    author = _element(root, "author")
    _element(author, "name", t["feed_author"])
    _element(root, "link", rel="self", type="application/atom+xml",
             href=urls.base + edition_root(lang, content.default) + FEED)
    _element(root, "link", rel="alternate", type="text/html",
             href=urls.absolute(CHANGES_PAGE, lang))
    for index, change in enumerate(changes):
        anchor = changelog.anchor(changes, index)
        entry = _element(root, "entry")
        _element(entry, "id", _id(lang, anchor))
        _element(entry, "title", f"{display_date(change.date, t['date_locale'])}: "
                                 f"{_title(change.text[lang])}")
        _element(entry, "updated", f"{change.date.isoformat()}T00:00:00Z")
        _element(entry, "link", rel="alternate", type="text/html",
                 href=f"{urls.absolute(CHANGES_PAGE, lang)}#{anchor}")
        for page in change.pages:
            _element(entry, "link", rel="related", type="text/html",
                     href=urls.base + edition_root(lang, content.default) + page)
        _element(entry, "content", normalise(change.text[lang]), type="text")
    ElementTree.register_namespace("", ATOM)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def write_feeds(content: Content, urls: EditionUrls, site_dir: Path) -> None:
    for lang in content.languages:
        target = site_dir / edition_root(lang, content.default) / FEED
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(feed(content, urls, lang))


def discovery(content: Content, lang: str) -> dict:
    """What the page's <link rel="alternate" type="application/atom+xml"> says."""
    return {"title": content.labels[lang].format(
                "feed_title", publication=content.registry.publication.title[lang]),
            "path": edition_root(lang, content.default) + FEED}
