"""Generated pages and blocks: the lists of principles and cases, /temaer/, /citater/, /raad/,
the 404 page's body and the "related" block at the foot of every principle and case page.
Every list comes from the registry; nothing is typed by hand.

Headings are markdown (so they reach the table of contents and the search index as sections
a result can deep-link to); the rest is HTML from overrides/partials/publication/.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from . import chapters, quotes
from .chapters import heading
from .models import Case, Principle
from .scope import PageScope
from .slugs import slugify

THEMES_PAGE = "temaer.md"
RELATED_ID = "relateret"  # the related block's heading on every chapter page


def _principle_item(scope: PageScope, principle: Principle) -> dict:
    return {"url": scope.chapter_link(principle),
            "label": chapters.title(scope.registry, principle, scope.lang)}


def _case_item(scope: PageScope, case: Case) -> dict:
    return {"url": scope.chapter_link(case),
            "label": chapters.title(scope.registry, case, scope.lang),
            "note": case.tagline[scope.lang], "proper_name": True}


def _quote_item(scope: PageScope, quote) -> dict:
    """A quote named by who said it, with its words whole (never shortened)."""
    person = scope.registry.people[quote.person]
    place = quotes.home(scope.content, quote)
    return {"url": scope.link(place, quotes.anchor(quote)),
            "label": f"{person.name}, {person.role[scope.lang]}",
            "note": quotes.place_label(scope.content, place, scope.lang),
            "words": quote.text[scope.lang], "words_lang": scope.lang}


def _proper_name_lang(scope: PageScope) -> str | None:
    return scope.original_lang if scope.translated else None


# --- the front page's lists ---------------------------------------------------------------

def principle_list(scope: PageScope, _arg: str | None = None) -> str:
    items = [{"principle": principle, "url": scope.chapter_link(principle),
              "position": chapters.position(scope, principle),
              "line": chapters.opening_line(scope, principle),
              "status": scope.t[f"text_{principle.text}"]}
             for principle in scope.registry.principles.values()]
    return scope.render("principle_list.html", items=items)


def case_list(scope: PageScope, _arg: str | None = None) -> str:
    items = [{"case": case, "workplace": scope.registry.workplaces[case.workplace],
              "url": scope.chapter_link(case), "status": scope.t[f"text_{case.text}"]}
             for case in scope.registry.cases.values()]
    return scope.render("case_list.html", items=items)


# --- /temaer/ ------------------------------------------------------------------------------

def theme_index(scope: PageScope, _arg: str | None = None) -> str:
    t, links = scope.t, scope.content.links
    parts = [scope.render("theme_index.html", themes=scope.registry.themes.values())]
    for theme in scope.registry.themes.values():
        principles, cases, tagged_quotes = links.tagged_with(theme.id)
        groups = [
            {"label": t["theme_principles"],
             "items": [_principle_item(scope, p) for p in principles]},
            {"label": t["theme_cases"], "items": [_case_item(scope, c) for c in cases]},
            {"label": t["theme_quotes"], "items": [_quote_item(scope, q) for q in tagged_quotes]},
        ]
        parts.append(heading(2, theme.name[scope.lang], theme.id))
        parts.append(scope.render("theme_section.html", theme=theme, groups=groups))
    return "\n\n".join(parts)


# --- /citater/ -------------------------------------------------------------------------------

def _filter(key: str, attribute: str, label: str, options: dict[str, str]) -> dict:
    return {"key": key, "attribute": attribute, "label": label,
            "options": [{"value": value, "label": text} for value, text in options.items()]}


def quote_explorer(scope: PageScope, _arg: str | None = None) -> str:
    """Filters (JavaScript narrows the list) above every quote, grouped by workplace."""
    t, registry, lang, links = scope.t, scope.registry, scope.lang, scope.content.links
    all_quotes = list(registry.quotes.values())
    people = [registry.people[q.person] for q in all_quotes]
    workplace_ids = {p.workplace for p in people}
    workplaces = [w for w in registry.workplaces.values() if w.id in workplace_ids]
    filters = [
        _filter("arbejdsplads", "workplace", t["filter_workplace"],
                {w.id: w.name[lang] for w in workplaces}),
        _filter("rolle", "role", t["filter_role"],
                {slugify(p.role[scope.original_lang]): p.role[lang] for p in people}),
        _filter("greb", "principle", t["filter_principle"],
                {p.id: chapters.title(registry, p, lang) for p in registry.principles.values()
                 if links.quotes_in_principle(p.id)}),
        _filter("tema", "themes", t["filter_theme"],
                {th.id: th.name[lang] for th in registry.themes.values()
                 if links.tagged_with(th.id)[2]}),
    ]
    # A choice of one narrows nothing: such a filter is left out.
    filters = [f for f in filters if len(f["options"]) > 1]
    parts = [scope.render("quote_filters.html", filters=filters, total=len(all_quotes))]
    for workplace in workplaces:
        parts.append('<section class="ldi-quote-group" data-ldi-group markdown>')
        parts.append(heading(2, workplace.name[lang], workplace.id, _proper_name_lang(scope)))
        for quote in links.quotes_from_workplace(workplace.id):
            parts.append(quotes.figure(scope, quote.id, in_context=True, with_themes=True))
        parts.append("</section>")
    return "\n\n".join(parts)


# --- /raad/ ----------------------------------------------------------------------------------

def advice_sheet(scope: PageScope, _arg: str | None = None, *,
                 with_questions: bool = True) -> str:
    """Every case's three pieces of advice, then every principle's reflection questions.
    Without the questions (the whole publication's last chapter), no sheet prints alone."""
    t, registry, lang = scope.t, scope.registry, scope.lang
    parts = [heading(2, t["advice_heading"], "tre-gode-raad")]
    for case in registry.cases.values():
        # One A4 sheet per case on paper: its advice, where it comes from, room for notes.
        parts.append('<section class="ldi-advice-sheet" markdown>')
        parts.append(heading(3, chapters.title(registry, case, lang), f"raad-{case.id}",
                             _proper_name_lang(scope)))
        parts.append(scope.render("advice_group.html", case=case,
                                  from_case=_case_item(scope, case)))
        if with_questions:  # the page /raad/, where a sheet can print alone
            parts.append(scope.render("advice_sheet_tools.html", sheet_id=f"raad-{case.id}"))
        parts.append("</section>")
    if not with_questions:
        return "\n\n".join(parts)
    parts.append(heading(2, t["questions_heading"], "vaerd-at-overveje"))
    for principle in registry.principles.values():
        if principle.questions:
            parts.append(heading(3, chapters.title(registry, principle, lang),
                                 f"spoergsmaal-{principle.id}"))
            parts.append(chapters.questions(scope, principle.id))
    without = [p for p in registry.principles.values() if not p.questions]
    if without:
        parts.append(f'<p class="ldi-note">{escape(t["questions_missing"])}</p>')
        parts.append(scope.render("link_list.html",
                                  items=[_principle_item(scope, p) for p in without]))
    return "\n\n".join(parts)


# --- the "related" block at the foot of principle and case pages -----------------------------

def _group(scope: PageScope, label: str, items: list[dict]) -> list[str]:
    if not items:
        return []
    # Raw HTML: markdown does not read it, so it is escaped as HTML, not as markdown.
    return [f'<p class="ldi-related__label">{escape(label)}</p>',
            scope.render("link_list.html", items=items)]


def related(scope: PageScope) -> str:
    """Themes, cases, principles and quotes a chapter relates to, from the data. Quotes the
    page's own text already shows are left out: each stands once on a page."""
    chapter, t, links = scope.chapter, scope.t, scope.content.links
    if chapter is None:
        return ""
    themes = [scope.registry.themes[theme] for theme in chapter.themes]
    body = [scope.render("theme_chips.html", themes=themes,
                         themes_url=scope.link(THEMES_PAGE))]
    if isinstance(chapter, Principle):
        body += _group(scope, t["related_cases"],
                       [_case_item(scope, c) for c in links.cases_in_principle(chapter.id)])
    else:
        body += _group(scope, t["related_principles"],
                       [_principle_item(scope, p) for p in links.principles_of_case(chapter.id)])
        body += _group(scope, t["related_principles_by_theme"],
                       [_principle_item(scope, p)
                        for p in links.principles_sharing_themes(chapter.id)])
    return "\n\n".join([*_workplace_quotes(scope), heading(2, t["related_heading"], RELATED_ID),
                        '<div class="ldi-related" markdown>', *body, "</div>"])


def _workplace_quotes(scope: PageScope) -> list[str]:
    """A case's quotes its text does not place, before its links: the workplace's own voice
    comes before where to read on."""
    chapter, links = scope.chapter, scope.content.links
    if not isinstance(chapter, Case):
        return []
    shown = scope.content.pages.placements
    own = [q for q in links.quotes_from_workplace(chapter.workplace)
           if scope.source.base_uri not in shown.get(q.id, [])]
    if not own:
        return []
    return ['<div class="ldi-quotes" markdown>',
            heading(2, scope.t["related_quotes"], "citater-fra-arbejdspladsen"),
            *[quotes.figure(scope, q.id, in_context=True) for q in own], "</div>"]


def with_related(markdown: str, scope: PageScope) -> str:
    block = related(scope)
    return f"{markdown}\n\n{block}\n" if block else markdown


# --- the 404 page ----------------------------------------------------------------------------

def not_found(scope: PageScope, home_url: str) -> Markup:
    """The 404 page's body; ``scope`` must give root-absolute links."""
    return Markup(scope.render("not_found.html", home_url=home_url,
                               principles=Markup(principle_list(scope)),
                               cases=Markup(case_list(scope))))
