"""What frames every page's content so readers can trust it: when it was reviewed, who stands
behind it (the colophon), where to report a mistake, and the change log."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from urllib.parse import quote, urlencode

from markupsafe import Markup

from .models import Change
from .render import PageScope, Renderer
from .reviews import Review, display_date


def _date(r: Renderer, scope: PageScope, value: datetime.date) -> str:
    return display_date(value, r.labels[scope.lang]["date_locale"])


def page_tools(r: Renderer, scope: PageScope, review: Review) -> str:
    day = review.last_reviewed
    time = Markup('<time datetime="{}">{}</time>').format(day.isoformat(), _date(r, scope, day))
    reviewed = Markup.escape(r.labels[scope.lang]["reviewed"]).format(date=time)
    return r.template("page_tools.html", scope, reviewed=reviewed)


def feedback_url(base: str, r: Renderer, scope: PageScope, page_title: str, page_url: str) -> str:
    """The configured mailto or form address, prefilled with the page's title and address."""
    t = r.labels[scope.lang]
    separator = "&" if "?" in base else "?"
    if base.startswith("mailto:"):
        fields = {"subject": t["feedback_subject"].format(page=page_title),
                  "body": t["feedback_body"].format(url=page_url)}
        return base + separator + urlencode(fields, quote_via=quote)
    return base + separator + urlencode({"page": page_title, "url": page_url})


def page_source(r: Renderer, scope: PageScope) -> str:
    """Where this page's text comes from, for the colophon."""
    t, registry = r.labels[scope.lang], r.registry
    entity = (registry.principles.get(scope.meta.get("principle", ""))
              or registry.cases.get(scope.meta.get("case", "")))
    if entity is None:
        return t["colophon_own_words"]
    source = registry.publication.sources[entity.source][scope.lang]
    if scope.lang != scope.original_lang:
        source += f" ({t['colophon_translation']})"
    return source


def colophon(r: Renderer, scope: PageScope, build_date: datetime.date, *,
             for_page: bool) -> Markup:
    """The colophon of one page (its text's source) or of the edition (every source)."""
    t, publication = r.labels[scope.lang], r.registry.publication
    edition_text = t["colophon_edition_value"].format(edition=publication.edition,
                                                      date=_date(r, scope, build_date))
    return Markup(r.template(
        "colophon.html", scope, publication=publication, edition_text=edition_text,
        page_source=page_source(r, scope) if for_page else None,
        all_sources=None if for_page else [s[scope.lang] for s in publication.sources.values()]))


def changelog(r: Renderer, scope: PageScope, changes: Sequence[Change],
              site_link: Callable[[str], str]) -> str:
    """``site_link`` turns a site path ('greb/x/') into a URL relative to this page."""
    anchors: dict[str, int] = {}
    items = []
    for change in changes:
        anchor = f"aendring-{change.date.isoformat()}"
        anchors[anchor] = anchors.get(anchor, 0) + 1
        if anchors[anchor] > 1:
            anchor += f"-{anchors[anchor]}"
        items.append({
            "anchor": anchor, "iso": change.date.isoformat(), "date": _date(r, scope, change.date),
            "text": change.text[scope.lang],
            "pages": [{"url": site_link(path), "label": "/" + path.strip("/") + "/"}
                      for path in change.pages],
        })
    return r.template("changelog.html", scope, changes=items)
