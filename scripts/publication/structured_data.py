"""JSON-LD (schema.org) on every page, from the data alone: the edition as a Book, a principle or
case as a Chapter of it, and the quotes a page shows as Quotations by a Person with a job title
and an affiliation. Nothing is added that the sources do not give: no year, ISBN or licence.
"""

from __future__ import annotations

import json
import re

from markupsafe import Markup

from . import chapters, quotes
from .scope import PageScope

_QUOTE_IDS = re.compile(r'id="citat-([a-z0-9-]+)"')


def _organization(name: str) -> dict:
    return {"@type": "Organization", "name": name}


def edition(scope: PageScope, lang: str) -> dict:
    """The online edition in one language, as a Book."""
    registry, content = scope.registry, scope.content
    publication = registry.publication
    book = {
        "@type": "Book",
        "name": publication.title[lang],
        "inLanguage": lang,
        "url": scope.absolute("index.md", lang=lang),
        "publisher": _organization(publication.publisher),
        "contributor": _organization(publication.partner.name),
        "bookEdition": scope.content.labels[lang].format("colophon_edition_version",
                                                          edition=publication.edition),
        "version": publication.edition,
    }
    if content.changes:
        book["dateModified"] = content.changes[0].date.isoformat()
    if publication.title_gloss.get(lang):
        book["alternateName"] = publication.title_gloss[lang]
    if lang != content.default:
        book["translationOfWork"] = edition(scope, content.default)
    return book


def _quotation(scope: PageScope, quote_id: str, part_of: dict) -> dict:
    quote = scope.registry.quotes[quote_id]
    who = quotes.attribution(scope.content, quote)
    person, workplace = who["person"], who["workplace"]
    return {
        "@type": "Quotation",
        "text": quote.text[scope.lang],
        "inLanguage": scope.lang,
        "url": f"{scope.canonical_url}#{quotes.anchor(quote)}",
        "creator": {"@type": "Person", "name": person.name,
                    "jobTitle": person.role[scope.lang],
                    "affiliation": _organization(workplace.name[scope.original_lang])},
        "isPartOf": part_of,
    }


def graph(scope: PageScope, page_html: str, title: str) -> dict:
    """What the page is, and the quotes it shows. ``title``: the page's title as plain text
    (a chapter's name comes from the data)."""
    book = edition(scope, scope.lang)
    chapter = scope.chapter
    if chapter is not None:
        main = {
            "@type": "Chapter",
            "name": chapters.title(scope.registry, chapter, scope.lang),
            "url": scope.canonical_url,
            "inLanguage": scope.lang,
            "position": chapters.number(scope.registry, chapter),
            "isPartOf": book,
        }
        if scope.translated:
            main["translationOfWork"] = {"@type": "Chapter", "url": scope.absolute(
                scope.source.base_uri, lang=scope.original_lang)}
    else:
        main = {"@type": "WebPage", "name": title, "url": scope.canonical_url,
                "inLanguage": scope.lang, "isPartOf": book}
    shown = dict.fromkeys(_QUOTE_IDS.findall(page_html))
    items = [main] + [_quotation(scope, quote_id, {"@type": main["@type"],
                                                   "url": scope.canonical_url})
                      for quote_id in shown if quote_id in scope.registry.quotes]
    return {"@context": "https://schema.org", "@graph": items}


def script(data: dict) -> Markup:
    """A JSON-LD data block; every '<' is escaped (JSON's \\u003c), so no text can close the
    element early or start markup in it (a page title may hold anything)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return Markup(f'<script type="application/ld+json">{text}</script>')
