"""What every generated block knows about the page it is written into: the content, the page
(its language and the chapter it presents, decided once in publication.pages), and where every
page of its edition is published."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

from markupsafe import Markup
from mkdocs.utils import get_relative_url

from .content import Content
from .editions import EditionUrls
from .labels import Labels
from .models import Case, Principle
from .pages import PageSource, translation_uri
from .registry import Registry
from .shortcodes import ShortcodeError


@dataclass(frozen=True)
class Settings:
    """What the configuration says about this build, in its language."""

    site_name: str
    site_description: str
    feedback_url: str  # mailto: or https:; empty in a development build
    build_date: datetime.date
    offline: bool = False  # the edition that works from disk (mkdocs.offline.yml)


@dataclass
class PageScope:
    content: Content
    source: PageSource
    urls: EditionUrls
    settings: Settings
    # Quotes already shown on this page: a page that gathers chapters shows each once.
    shown_quotes: set[str] = field(default_factory=set)
    # Where some links lead instead (docs path -> URL, or None for the usual link): the
    # chapters gathered on this very page.
    links_here: Callable[[str], str | None] | None = None
    # Links from the site's root (/ledelse/greb/x/), for a page that answers at any address:
    # the 404 page.
    root_absolute: bool = False
    # The address of the page the blocks are written into, when that is not the source's own
    # page (a chapter gathered into /print/).
    written_into: str | None = None

    @property
    def lang(self) -> str:
        return self.source.lang

    @property
    def original_lang(self) -> str:
        return self.content.default

    @property
    def translated(self) -> bool:
        return self.lang != self.original_lang

    @property
    def t(self) -> Labels:
        return self.content.labels[self.lang]

    @property
    def registry(self) -> Registry:
        return self.content.registry

    @property
    def url(self) -> str:
        """The page's site-relative address: 'greb/x/', 'en/greb/x/'."""
        if self.written_into is not None:
            return self.written_into
        return self.urls.relative(self.source.base_uri, self.lang)

    @property
    def canonical_url(self) -> str:
        """The source page's absolute, published address."""
        return self.urls.absolute(self.source.base_uri, self.lang)

    @property
    def original_url(self) -> str | None:
        """On a translation: the original page, relative to this one."""
        if not self.translated:
            return None
        return get_relative_url(self.urls.relative(self.source.base_uri, self.original_lang),
                                self.url)

    @property
    def chapter(self) -> Principle | Case | None:
        """The principle or case the page presents, or None."""
        kind, chapter_id = self.source.chapter_kind, self.source.chapter_id
        if kind == "principle":
            return self.registry.principles[chapter_id]
        if kind == "case":
            return self.registry.cases[chapter_id]
        return None

    @property
    def proper_name_lang(self) -> Markup:
        """Workplace names are Danish proper names: marked as such inside another language."""
        return Markup(f' lang="{self.original_lang}"') if self.translated else Markup("")

    def _exists(self, src_path: str) -> bool:
        return self.content.pages.get(
            translation_uri(src_path, self.lang, self.content.default)) is not None

    def link(self, src_path: str, anchor: str = "") -> str:
        """From this page to a docs page (its original's path) in this page's edition."""
        fragment = f"#{anchor}" if anchor else ""
        here = self.links_here(src_path) if self.links_here else None
        if here is not None:  # a chapter on this very page is its own anchor
            return (fragment or here) if here.startswith("#") else here + fragment
        if not self._exists(src_path):
            raise ShortcodeError(f"the page docs/{src_path} does not exist in '{self.lang}'")
        return self.site_link(self.urls.relative(src_path, self.lang)) + fragment

    def site_link(self, site_path: str) -> str:
        """From this page to a site-relative path ('en/feed.xml', 'greb/x/')."""
        if self.root_absolute:
            return self.urls.absolute_path(site_path)
        return get_relative_url(site_path or ".", self.url or ".")

    def absolute(self, src_path: str, anchor: str = "", lang: str | None = None) -> str:
        """The published address of a docs page, in this edition or in ``lang``'s."""
        return self.urls.absolute(src_path, lang or self.lang) + (f"#{anchor}" if anchor else "")

    def chapter_link(self, chapter: Principle | Case, anchor: str = "") -> str:
        return self.link(chapter.page, anchor)

    def render(self, template: str, **context) -> str:
        """A partial of overrides/partials/publication/, as one raw HTML block of markdown."""
        html = self.content.templates.get_template(template).render(
            lang=self.lang, original_lang=self.original_lang, t=self.t,
            proper_name_lang=self.proper_name_lang, **context)
        # A blank line would end Python-Markdown's raw HTML block early.
        return "\n".join(line for line in html.splitlines() if line.strip())
