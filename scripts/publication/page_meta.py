"""What a page says about itself to browsers, search engines, link previews and citations:
its title in the tab, its description, Open Graph and Twitter tags, and the "how to cite"
line. Titles are the project's data or the editor's front matter, printed escaped."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from markupsafe import Markup

from . import chapters, quotes, social_cards
from .problems import ContentError, Problem
from .reviews import display_date, read_review
from .scope import PageScope

TITLE_LIMIT = 70  # characters before tabs and search results cut a title


@dataclass(frozen=True)
class Titles:
    full: str  # the page's whole title, as in its h1 and link previews
    html: str  # <title>: at most TITLE_LIMIT characters


def titles(scope: PageScope, site_name: str, page_title: str) -> Titles:
    """The page's title and its tab title ('short – site name'), checked for length.
    ``page_title``: the title MkDocs found (front matter, or the first heading)."""
    chapter, meta = scope.chapter, scope.source.meta
    is_homepage = scope.source.base_uri == "index.md"
    if chapter is not None:
        full = chapters.title(scope.registry, chapter, scope.lang)
        short = chapters.short_title(scope.registry, chapter, scope.lang)
        fix = (f"give {chapter.KIND} "
               f"'{chapter.id}' a short_title in data/ (both languages)")
    else:
        full = str(meta.get("title") or Markup(page_title or quotes.page_heading(scope.source))
                   .striptags())
        short = str(meta.get("short_title") or full)
        fix = f"add short_title: to the front matter of {scope.source.path}"
    html = site_name if is_homepage else f"{short} – {site_name}"
    if len(html) > TITLE_LIMIT:
        raise ContentError([Problem(scope.source.path, None,
                                    f"the browser tab would read '{html}', {len(html)} characters; "
                                    f"at most {TITLE_LIMIT} show in tabs and search results: "
                                    f"{fix}")])
    return Titles(site_name if is_homepage else full, html)


def description(scope: PageScope, site_description: str) -> str:
    if scope.source.meta.get("description"):
        return str(scope.source.meta["description"])
    chapter, registry = scope.chapter, scope.registry
    publication = registry.publication.title[scope.lang]
    if isinstance(chapter, chapters.Principle):
        return scope.t.format("description_principle", position=chapters.position(scope, chapter),
                              publication=publication, title=chapter.title[scope.lang])
    if isinstance(chapter, chapters.Case):
        return scope.t.format(
            "description_case", workplace=chapters.title(registry, chapter, scope.lang),
            tagline=chapter.tagline[scope.lang], position=chapters.position(scope, chapter),
            publication=publication)
    return site_description


def social_tags(scope: PageScope, title: str, site_url: str, site_description: str) -> dict:
    return {
        "type": "website" if scope.source.base_uri == "index.md" else "article",
        "title": title,
        "description": description(scope, site_description),
        "url": scope.canonical_url,
        "locale": scope.t["og_locale"],
        "alternate_locales": [scope.content.labels[lang]["og_locale"]
                              for lang in scope.content.languages if lang != scope.lang],
        "image": urljoin(site_url, social_cards.site_path(scope.url)),
        "image_alt": scope.t.format("social_image_alt", title=title),
    }


def social_card(scope: PageScope, title: str, site_name: str) -> social_cards.Card:
    """The page's link-preview card: its kind and number (or the site's name), its title,
    the publication and its publisher."""
    chapter, publication = scope.chapter, scope.registry.publication
    return social_cards.Card(
        title=title,
        kicker=chapters.position(scope, chapter) if chapter is not None else site_name,
        footer=f"{publication.title[scope.lang]} · {publication.publisher}")


def citation(scope: PageScope, title: str) -> str:
    """How to cite the page: dated by its last review, which the page itself shows, rather
    than by a retrieval date a static page cannot know."""
    publication = scope.registry.publication
    reviewed = read_review(scope.source.meta).last_reviewed
    return scope.t.format(
        "cite_text", publisher=publication.publisher, partner=publication.partner.name,
        publication=publication.title[scope.lang], page=title,
        reviewed=display_date(reviewed, scope.t["date_locale"]), url=scope.canonical_url)
