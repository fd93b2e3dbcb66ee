"""What frames every page's content so readers can trust and reuse it: when it was reviewed,
the page tools under its title (print, copy a chapter's card), where to report a mistake, who
stands behind it (the colophon) and the change log."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from urllib.parse import quote, urlencode

from markupsafe import Markup

from . import chapters, downloads
from .changelog import anchor as change_anchor
from .editions import edition_root
from .models import Change
from .reviews import display_date, read_review
from .scope import PageScope


def _date(scope: PageScope, value: datetime.date) -> str:
    return display_date(value, scope.t["date_locale"])


def _card(scope: PageScope) -> dict | None:
    """A chapter's card for an intranet: its title, first sentence (a case: its tagline) and
    address; marked as our translation on translated pages."""
    chapter = scope.chapter
    if chapter is None:
        return None
    return {"title": chapters.title(scope.registry, chapter, scope.lang),
            "text": chapters.opening_line(scope, chapter),
            "url": scope.canonical_url,
            "note": scope.t["translation_note"] if scope.translated else ""}


def tools(scope: PageScope) -> str:
    """The line under a page's title: reviewed date, and the buttons that need JavaScript."""
    review = read_review(scope.source.meta)
    day = review.last_reviewed
    time = Markup('<time datetime="{}">{}</time>').format(day.isoformat(), _date(scope, day))
    reviewed = scope.t.markup("reviewed", date=time)
    return scope.render("page_tools.html", reviewed=reviewed, card=_card(scope),
                        pdf=downloads.chapter_pdf(scope))


def with_tools(markdown: str, scope: PageScope) -> str:
    """Pages that are not chapters: the tools right after their own '# ' title. (A chapter's
    tools are part of its generated head.)"""
    if scope.chapter is not None:
        return markdown
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join([*lines[:index + 1], "", tools(scope), "", *lines[index + 1:]])
    return tools(scope) + "\n\n" + markdown


def feedback_url(base: str, scope: PageScope, page_title: str,
                 page_url: str | None) -> str | None:
    """The configured mailto or form address, prefilled with the page's title and address;
    None where no address is configured (a development build). Without ``page_url`` (a 404
    page, which answers at addresses the build cannot know) the reader is asked for it."""
    if not base:
        return None
    separator = "&" if "?" in base else "?"
    if base.startswith("mailto:"):
        body = (scope.t.format("feedback_body", url=page_url) if page_url
                else scope.t["feedback_body_not_found"])
        fields = {"subject": scope.t.format("feedback_subject", page=page_title), "body": body}
        return base + separator + urlencode(fields, quote_via=quote)
    return base + separator + urlencode({"page": page_title, "url": page_url or ""})


def contact(scope: PageScope, base: str) -> str:
    """The feedback address as readers see it: an e-mail address or a form's address."""
    if not base:
        return scope.render("contact.html", address=None, url=None)
    address = base.removeprefix("mailto:").split("?")[0]
    return scope.render("contact.html", address=address, url=base)


def page_source(scope: PageScope) -> str:
    """Where this page's text comes from, for the colophon."""
    chapter = scope.chapter
    if chapter is None:
        return scope.t["colophon_own_words"]
    source = scope.registry.publication.sources[chapter.source][scope.lang]
    if scope.translated:
        source += f" ({scope.t['colophon_translation']})"
    return source


def colophon(scope: PageScope, build_date: datetime.date, *, for_page: bool) -> Markup:
    """The colophon of one page (its text's source) or of the edition (every source)."""
    publication = scope.registry.publication
    edition_text = scope.t.format("colophon_edition_value", edition=publication.edition,
                                  date=_date(scope, build_date))
    return Markup(scope.render(
        "colophon.html", publication=publication, edition_text=edition_text,
        page_source=page_source(scope) if for_page else None,
        all_sources=None if for_page else [s[scope.lang] for s in publication.sources.values()]))


def changelog(scope: PageScope, changes: Sequence[Change]) -> str:
    """The change log, newest first, each change with links to the pages it touched."""
    items = []
    root = edition_root(scope.lang, scope.original_lang)
    for index, change in enumerate(changes):
        items.append({
            "anchor": change_anchor(changes, index), "iso": change.date.isoformat(),
            "date": _date(scope, change.date),
            "text": change.text[scope.lang],
            "pages": [{"url": scope.site_link(root + path), "label": "/" + path}
                      for path in change.pages],
        })
    return scope.render("changelog.html", changes=items)
