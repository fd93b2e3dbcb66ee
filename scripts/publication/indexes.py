"""Generated pages and blocks: /temaer/, /citater/, /raad/ and the "related" block at the foot
of every principle and case page. Each returns markdown for one page in one language; every
list comes from the registry, nothing is typed by hand.

Headings are markdown (so they reach the table of contents and the search index as sections
a result can deep-link to); the rest is HTML from overrides/partials/publication/.
"""

from __future__ import annotations

from .render import (
    PageScope,
    Renderer,
    case_page,
    markdown_text,
    principle_page,
)
from markupsafe import Markup

from .slugs import slugify


def _heading(level: int, text: str, anchor: str, lang: str | None = None) -> str:
    lang_attr = f" lang={lang}" if lang else ""
    return f"{'#' * level} {markdown_text(text)} {{ #{anchor}{lang_attr} }}"


def _proper_name_lang(scope: PageScope) -> str | None:
    """Workplace names are Danish: mark them when they stand in another language."""
    return scope.original_lang if scope.lang != scope.original_lang else None


def _principle_item(r: Renderer, scope: PageScope, principle, anchor: str = "") -> dict:
    return {"url": r.link(scope, principle_page(principle.id)) + anchor,
            "label": r.principle_label(scope, principle)}


def _case_item(r: Renderer, scope: PageScope, case) -> dict:
    workplace = r.registry.workplaces[case.workplace]
    return {"url": r.link(scope, case_page(case.id)), "label": workplace.name[scope.lang],
            "note": case.tagline[scope.lang], "proper_name": True}


def _quote_item(r: Renderer, scope: PageScope, quote) -> dict:
    """A quote named by who said it – never by a shortened version of its words."""
    person = r.registry.people[quote.person]
    principle = r.registry.principles[quote.principle]
    return {"url": r.link(scope, principle_page(principle.id)) + f"#citat-{quote.id}",
            "label": f"{person.name}, {person.role[scope.lang]}",
            "note": r.principle_label(scope, principle)}


# --- /temaer/ ------------------------------------------------------------------------

def theme_index(r: Renderer, scope: PageScope, _arg: str | None = None) -> str:
    t = r.labels[scope.lang]
    parts = []
    for theme in r.registry.themes.values():
        principles, cases, quotes = r.links.tagged_with(theme.id)
        groups = [
            {"label": t["theme_principles"],
             "items": [_principle_item(r, scope, p) for p in principles]},
            {"label": t["theme_cases"], "items": [_case_item(r, scope, c) for c in cases]},
            {"label": t["theme_quotes"], "items": [_quote_item(r, scope, q) for q in quotes]},
        ]
        parts.append(_heading(2, theme.name[scope.lang], theme.id))
        parts.append(r.template("theme_section.html", scope, theme=theme, groups=groups))
    return "\n\n".join(parts)


# --- /citater/ -----------------------------------------------------------------------

def _filter(key: str, attribute: str, label: str, options: dict[str, str]) -> dict:
    return {"key": key, "attribute": attribute, "label": label,
            "options": [{"value": value, "label": text} for value, text in options.items()]}


def quote_explorer(r: Renderer, scope: PageScope, _arg: str | None = None) -> str:
    """Filters (JavaScript narrows the list) above every quote, grouped by workplace."""
    t, registry, lang = r.labels[scope.lang], r.registry, scope.lang
    quotes = list(registry.quotes.values())
    people = [registry.people[q.person] for q in quotes]
    workplace_ids = {p.workplace for p in people}
    workplaces = [w for w in registry.workplaces.values() if w.id in workplace_ids]
    filters = [
        _filter("arbejdsplads", "workplace", t["filter_workplace"],
                {w.id: w.name[lang] for w in workplaces}),
        _filter("rolle", "role", t["filter_role"],
                {slugify(p.role[scope.original_lang]): p.role[lang] for p in people}),
        _filter("greb", "principle", t["filter_principle"],
                {p.id: r.principle_label(scope, p) for p in registry.principles.values()
                 if r.links.quotes_in_principle(p.id)}),
        _filter("tema", "themes", t["filter_theme"],
                {th.id: th.name[lang] for th in registry.themes.values()
                 if r.links.tagged_with(th.id)[2]}),
    ]
    parts = [r.template("quote_filters.html", scope, filters=filters)]
    for workplace in workplaces:
        parts.append(f'<section class="ldi-quote-group" data-ldi-group markdown>')
        parts.append(_heading(2, workplace.name[lang], workplace.id, _proper_name_lang(scope)))
        for quote in r.links.quotes_from_workplace(workplace.id):
            parts.append(r.quote(scope, quote.id, in_context=True, with_themes=True))
        parts.append("</section>")
    return "\n\n".join(parts)


# --- /raad/ --------------------------------------------------------------------------

def advice_sheet(r: Renderer, scope: PageScope, _arg: str | None = None, *,
                 with_questions: bool = True) -> str:
    """Every case's three pieces of advice, then every principle's reflection questions."""
    t, registry, lang = r.labels[scope.lang], r.registry, scope.lang
    parts = [_heading(2, t["advice_heading"], "tre-gode-raad")]
    for case in registry.cases.values():
        workplace = registry.workplaces[case.workplace]
        parts.append(_heading(3, workplace.name[lang], f"raad-{case.id}", _proper_name_lang(scope)))
        parts.append(r.template("advice_group.html", scope, case=case))
        parts.append(r.template("link_list.html", scope, items=[_case_item(r, scope, case)]))
    if not with_questions:
        return "\n\n".join(parts)
    parts.append(_heading(2, t["questions_heading"], "vaerd-at-overveje"))
    with_questions = [p for p in registry.principles.values() if p.questions]
    for principle in with_questions:
        parts.append(_heading(3, r.principle_label(scope, principle),
                              f"spoergsmaal-{principle.id}"))
        parts.append(r.questions(scope, principle.id))
    without = [p for p in registry.principles.values() if not p.questions]
    if without:
        parts.append(f'<p class="ldi-note">{markdown_text(t["questions_missing"])}</p>')
        parts.append(r.template("link_list.html", scope,
                                items=[_principle_item(r, scope, p) for p in without]))
    return "\n\n".join(parts)


# --- the "related" block at the foot of principle and case pages ---------------------

def _group(r: Renderer, scope: PageScope, label: str, items: list[dict]) -> list[str]:
    if not items:
        return []
    return [f'<p class="ldi-related__label">{markdown_text(label)}</p>',
            r.template("link_list.html", scope, items=items)]


def related(r: Renderer, scope: PageScope) -> str:
    t = r.labels[scope.lang]
    body: list[str] = []
    if "principle" in scope.meta:
        principle_id = scope.meta["principle"]
        body += _group(r, scope, t["related_cases"],
                       [_case_item(r, scope, c) for c in r.links.cases_in_principle(principle_id)])
    elif "case" in scope.meta:
        case = r.registry.cases[scope.meta["case"]]
        body += _group(r, scope, t["related_principles"],
                       [_principle_item(r, scope, p) for p in r.links.principles_of_case(case.id)])
        body += _group(r, scope, t["related_principles_by_theme"],
                       [_principle_item(r, scope, p)
                        for p in r.links.principles_sharing_themes(case.id)])
        quotes = r.links.quotes_from_workplace(case.workplace)
        if quotes:
            body.append(f'<p class="ldi-related__label">{markdown_text(t["related_quotes"])}</p>')
            body += [r.quote(scope, q.id, in_context=True) for q in quotes]
    if not body:
        return ""
    return "\n\n".join([_heading(2, t["related_heading"], "relateret"),
                        '<div class="ldi-related" markdown>', *body, "</div>"])


# --- the 404 page ------------------------------------------------------------------

def not_found(r: Renderer, scope: PageScope, home_url: str) -> Markup:
    """The 404 page's body; ``scope.link`` must give root-absolute URLs."""
    return Markup(r.template("not_found.html", scope, home_url=home_url,
                             principles=Markup(r.principle_list(scope)),
                             cases=Markup(r.case_list(scope))))


# --- the shortcodes pages may use ----------------------------------------------------

def shortcode_handlers(r: Renderer, scope: PageScope) -> dict:
    """Every shortcode a page can hold, bound to the page's scope."""
    return {
        "quote": lambda arg: r.quote(scope, arg),
        "advice": lambda arg: r.advice(scope, arg),
        "questions": lambda arg: r.questions(scope, arg),
        "principle-list": lambda arg: r.principle_list(scope, arg),
        "case-list": lambda arg: r.case_list(scope, arg),
        "theme-index": lambda arg: theme_index(r, scope, arg),
        "quote-explorer": lambda arg: quote_explorer(r, scope, arg),
        "advice-sheet": lambda arg: advice_sheet(r, scope, arg),
    }
