"""Quotes as the publication prints them: the words, then who said them, in what role, where.

A quote's text, person, role and workplace come from data/; a page places it with
``<!-- md:quote ID -->``. Its home is the first page (in reading order) whose text places it;
a quote no page places lives on /citater/. Generated lists link to its place in context, and a
page never shows the same quote twice, so every ``id="citat-…"`` is unique on its page.
"""

from __future__ import annotations

import json
from pathlib import Path

from markupsafe import Markup

from . import chapters
from .content import Content
from .editions import EditionUrls
from .models import Quote
from .pages import PageSource, translation_uri
from .scope import PageScope
from .shortcodes import ShortcodeError, usage
from .slugs import slugify

QUOTES_PAGE = "citater.md"
EXPORT_PATH = "data/citater.json"


def anchor(quote: Quote) -> str:
    return f"citat-{quote.id}"


def placements(content: Content, quote: Quote) -> list[str]:
    """The pages (originals' paths) whose text places the quote, in reading order."""
    return content.pages.placements.get(quote.id, [])


def home(content: Content, quote: Quote) -> str:
    """The page a link to the quote leads to: where the text first places it, or /citater/."""
    return next(iter(placements(content, quote)), QUOTES_PAGE)


def place_label(content: Content, src_path: str, lang: str) -> str:
    """How a page placing a quote is named in 'the quote in context' links."""
    page = content.pages.get(src_path)
    if page is not None and page.chapter_kind:
        chapter = content.registry.chapters_of(page.chapter_kind)[page.chapter_id]
        return chapters.title(content.registry, chapter, lang)
    translation = content.pages.get(translation_uri(src_path, lang, content.default))
    return page_heading(translation or page) if page else src_path


def page_heading(page: PageSource) -> str:
    """A page's own title: its front matter title, or its first '# ' heading."""
    if page.meta.get("title"):
        return str(page.meta["title"])
    for line in page.body.split("\n"):
        if line.startswith("# "):
            return Markup(line[2:].split("{")[0]).striptags()
    return page.base_uri


def attribution(content: Content, quote: Quote) -> dict:
    """Person, workplace and case of a quote: never typed on a page."""
    registry = content.registry
    person = registry.people[quote.person]
    workplace = registry.workplaces[person.workplace]
    return {"person": person, "workplace": workplace,
            "case": registry.case_for_workplace(workplace.id),
            "role_id": slugify(person.role[content.default])}


# --- <!-- md:quote ID --> ------------------------------------------------------------------

def figure(scope: PageScope, quote_id: str | None, *, in_context: bool = False,
           with_themes: bool = False) -> str:
    """A quote figure; ``in_context`` links to the pages whose text places it."""
    if not quote_id:
        raise ShortcodeError(f"name the quote: {usage('quote', 'QUOTE-ID')}")
    quote = scope.registry.quotes.get(quote_id)
    if quote is None:
        raise ShortcodeError(f"unknown quote id '{quote_id}' (data/quotes.yml)")
    who = attribution(scope.content, quote)
    if quote.id in scope.shown_quotes:
        # A page that gathers chapters (/print/) meets a quote twice: show it once, refer back.
        return scope.render("quote_reference.html", quote=quote, anchor=anchor(quote), **who)
    scope.shown_quotes.add(quote.id)
    places = placements(scope.content, quote) if in_context else []
    contexts = [{"url": scope.link(place, anchor(quote)),
                 "label": place_label(scope.content, place, scope.lang)} for place in places]
    themes = [scope.registry.themes[theme] for theme in quote.themes] if with_themes else []
    return scope.render(
        "quote.html", quote=quote, anchor=anchor(quote), contexts=contexts, themes=themes,
        themes_url=scope.link("temaer.md") if themes else "",
        case_url=scope.chapter_link(who["case"]) if who["case"] else None,
        home_url=scope.absolute(home(scope.content, quote), anchor(quote)),
        publication=scope.registry.publication.title[scope.lang],
        publisher=scope.registry.publication.publisher, **who)


# --- /data/citater.json ----------------------------------------------------------------------

def export(content: Content, urls: EditionUrls) -> dict:
    """Every quote with its person, role, workplace, principle, themes and the absolute
    address of its home in every edition, for intranets and other tools to reuse."""
    registry, default = content.registry, content.default
    entries = []
    for quote in registry.quotes.values():
        who = attribution(content, quote)
        person, workplace, case = who["person"], who["workplace"], who["case"]
        principle = registry.principles.get(quote.principle or "")
        place = home(content, quote)
        entries.append({
            "id": quote.id,
            "language": default,
            "text": quote.text[default],
            "translations": {lang: text for lang, text in quote.text.items() if lang != default},
            "person": {"id": person.id, "name": person.name},
            "role": {"id": who["role_id"], **person.role},
            "workplace": {
                "id": workplace.id,
                "name": workplace.name[default],
                "municipality": workplace.municipality[default] if workplace.municipality else None,
                "basis": person.workplace_basis,
                "case_url": urls.absolute(case.page, default) if case else None,
            },
            "principle": None if principle is None else {
                "id": principle.id, "number": principle.number, "title": principle.title},
            "themes": [{"id": theme, "name": registry.themes[theme].name}
                       for theme in quote.themes],
            "url": urls.absolute(place, default) + f"#{anchor(quote)}",
            "urls": {lang: urls.absolute(place, lang) + f"#{anchor(quote)}"
                     for lang in content.languages},
        })
    publication = registry.publication
    return {
        "publication": {"title": publication.title[default], "publisher": publication.publisher,
                        "partner": publication.partner.name},
        "count": len(entries),
        "quotes": entries,
    }


def write_export(content: Content, urls: EditionUrls, site_dir: Path) -> Path:
    target = site_dir / EXPORT_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(export(content, urls), ensure_ascii=False, indent=2) + "\n",
                      encoding="utf-8")
    return target
