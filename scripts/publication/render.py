"""Markup for the generated parts of pages, from the registry and overrides/partials/publication/.

Every function returns markdown (raw HTML blocks included) for one place on one page, in the
page's language. Jinja autoescaping makes any HTML in data come out as text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .crosslinks import CrossLinks
from .registry import Registry
from .shortcodes import ShortcodeError
from .slugs import slugify


@dataclass(frozen=True)
class PageScope:
    """What a renderer needs to know about the page it writes into."""

    lang: str
    original_lang: str  # the publication's own language: quotes are verbatim in it
    # docs-relative source path (e.g. "cases/paddehatten.md") -> URL relative to this page,
    # in this page's language; None when no such page is built.
    link: Callable[[str], str | None]
    meta: Mapping = field(default_factory=dict)
    # URL (relative to this page) of the same page in the original language; None on originals.
    original_url: str | None = None


def markdown_text(text: str) -> str:
    """Data text made safe for a markdown heading: no HTML, no markdown syntax."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]#|!])", r"\\\1", text)


def principle_page(principle_id: str) -> str:
    return f"greb/{principle_id}.md"


def case_page(case_id: str) -> str:
    return f"cases/{case_id}.md"


THEMES_PAGE = "temaer.md"
QUOTES_PAGE = "citater.md"


class Renderer:
    def __init__(self, registry: Registry, labels: Mapping[str, Mapping[str, str]],
                 templates: Path):
        self.registry = registry
        self.links = CrossLinks(registry)
        self.labels = labels
        self.env = Environment(
            loader=FileSystemLoader(templates),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    # --- helpers ---------------------------------------------------------------

    def template(self, name: str, scope: PageScope, **context) -> str:
        # Workplace names are Danish proper names: marked as such inside other languages.
        proper_name_lang = (Markup(f' lang="{scope.original_lang}"')
                            if scope.lang != scope.original_lang else "")
        html = self.env.get_template(name).render(
            lang=scope.lang, original_lang=scope.original_lang, t=self.labels[scope.lang],
            proper_name_lang=proper_name_lang, **context,
        )
        # A blank line would end Python-Markdown's raw HTML block early.
        return "\n".join(line for line in html.splitlines() if line.strip())

    def link(self, scope: PageScope, src_path: str) -> str:
        url = scope.link(src_path)
        if url is None:
            raise ShortcodeError(f"the page docs/{src_path} does not exist in '{scope.lang}'")
        return url

    def _pick(self, table: Mapping, kind: str, wanted: str | None, meta_key: str,
              scope: PageScope):
        wanted = wanted or scope.meta.get(meta_key)
        if not wanted:
            raise ShortcodeError(f"name the {kind}: add ': {kind.upper()}-ID' or set "
                                 f"'{meta_key}:' in the page's front matter")
        if wanted not in table:
            raise ShortcodeError(f"unknown {kind} id '{wanted}'")
        return table[wanted]

    def position(self, scope: PageScope, entity) -> str:
        """'Greb 3 af 5' or 'Case 1 af 5': where a principle or case sits in the publication."""
        t = self.labels[scope.lang]
        if entity.id in self.registry.principles:
            return t["principle_position"].format(number=entity.number,
                                                  total=len(self.registry.principles))
        return t["case_position"].format(number=self.registry.case_number(entity.id),
                                         total=len(self.registry.cases))

    def principle_label(self, scope: PageScope, principle) -> str:
        return f"{principle.number}. {principle.title[scope.lang]}"

    def theme_chips(self, scope: PageScope, theme_ids) -> Markup:
        themes = [self.registry.themes[theme_id] for theme_id in theme_ids]
        return Markup(self.template("theme_chips.html", scope, themes=themes,
                                     themes_url=self.link(scope, THEMES_PAGE)))

    # --- shortcodes --------------------------------------------------------------

    def quote(self, scope: PageScope, quote_id: str | None, *, in_context: bool = False,
              with_themes: bool = False) -> str:
        """A quote figure; ``in_context`` adds a link to its place in the chapter."""
        if not quote_id:
            raise ShortcodeError("name the quote: <!-- quote: QUOTE-ID -->")
        if quote_id not in self.registry.quotes:
            raise ShortcodeError(f"unknown quote id '{quote_id}' (data/quotes.yml)")
        quote = self.registry.quotes[quote_id]
        principle = self.registry.principles[quote.principle]
        person = self.registry.people[quote.person]
        workplace = self.registry.workplaces[person.workplace]
        case = self.registry.case_for_workplace(workplace.id)
        return self.template(
            "quote.html", scope, quote=quote, person=person, workplace=workplace,
            role_id=slugify(person.role[scope.original_lang]),
            case_url=self.link(scope, case_page(case.id)) if case else None,
            context_url=(self.link(scope, principle_page(principle.id))
                         + f"#citat-{quote.id}") if in_context else None,
            context_label=self.principle_label(scope, principle),
            chips=self.theme_chips(scope, quote.themes) if with_themes else "",
        )

    def advice(self, scope: PageScope, case_id: str | None) -> str:
        case = self._pick(self.registry.cases, "case", case_id, "case", scope)
        return self.template("advice.html", scope, case=case)

    def questions(self, scope: PageScope, principle_id: str | None) -> str:
        principle = self._pick(self.registry.principles, "principle", principle_id,
                               "principle", scope)
        return self.template("questions.html", scope, principle=principle)

    def principle_list(self, scope: PageScope, _arg: str | None = None) -> str:
        t = self.labels[scope.lang]
        items = [
            {
                "principle": principle,
                "url": self.link(scope, principle_page(principle.id)),
                "position": self.position(scope, principle),
                "status": t[f"text_{principle.text}"],
            }
            for principle in self.registry.principles.values()
        ]
        return self.template("principle_list.html", scope, items=items)

    def case_list(self, scope: PageScope, _arg: str | None = None) -> str:
        t = self.labels[scope.lang]
        items = [
            {
                "case": case,
                "workplace": self.registry.workplaces[case.workplace],
                "url": self.link(scope, case_page(case.id)),
                "status": t[f"text_{case.text}"],
            }
            for case in self.registry.cases.values()
        ]
        return self.template("case_list.html", scope, items=items)

    # --- page frame --------------------------------------------------------------

    def page_title(self, scope: PageScope) -> str | None:
        """The plain-text title of a principle or case page (None for other pages)."""
        if "principle" in scope.meta:
            return self.principle_label(scope, self.registry.principles[scope.meta["principle"]])
        if "case" in scope.meta:
            case = self.registry.cases[scope.meta["case"]]
            return self.registry.workplaces[case.workplace].name[scope.lang]
        return None

    def page_header(self, scope: PageScope) -> str:
        """Title, position and completeness notice for a principle or case page ('' otherwise)."""
        t = self.labels[scope.lang]
        if "principle" in scope.meta:
            principle = self._pick(self.registry.principles, "principle", None, "principle",
                                   scope)
            attributes = f"#{principle.id}"
            meta = self.template("page_header.html", scope,
                                 position=self.position(scope, principle), case=None,
                                 chips=self.theme_chips(scope, principle.themes))
            notice = (("summary_title", "summary_principle") if principle.text == "summary"
                      else ("full_title", "full_principle"))
            kind = "abstract" if principle.text == "summary" else "info"
        elif "case" in scope.meta:
            case = self._pick(self.registry.cases, "case", None, "case", scope)
            workplace = self.registry.workplaces[case.workplace]
            attributes = f"#{case.id}"
            # The title is the workplace's Danish name, also on translated pages.
            if scope.lang != scope.original_lang:
                attributes += f" lang={scope.original_lang}"
            meta = self.template("page_header.html", scope, position=self.position(scope, case),
                                 case=case, workplace=workplace,
                                 chips=self.theme_chips(scope, case.themes))
            notice = ("summary_title", "summary_case") if case.text == "summary" else None
            kind = "abstract"
        else:
            return ""
        title = f"{markdown_text(self.page_title(scope))} {{ {attributes} }}"
        parts = [f"# {title}", meta]
        if notice or scope.original_url:
            parts.append(self.template(
                "notice.html", scope, kind=kind,
                title=t[notice[0]] if notice else t["translation_title"],
                text=t[notice[1]] if notice else "", original_url=scope.original_url))
        return "\n\n".join(parts) + "\n\n"
