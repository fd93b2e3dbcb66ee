"""One run of MkDocs as this site builds it: what it holds between events and what each event
does, step by step. ``scripts/hooks.py`` keeps the events' names and hands each to one
``SiteBuild`` (one per process: a build, or a `mkdocs serve` session with its rebuilds).

Its lifetime: ``content`` and ``assets`` are (re)read at every on_config, so every rebuild
under `make serve` sees the files as saved; ``cards`` gathers each page's link-preview card
until the site is finished. MkDocs loads scripts/hooks.py once per process, and with it this
package: a rebuild after a change to the code says so in the browser and asks for a restart,
rather than show a page made by the old code.
"""

from __future__ import annotations

import html as html_text
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File

from . import (
    aliases,
    assets,
    blocks,
    chapters,
    configuration,
    csp,
    downloads,
    editions,
    engine_messages,
    feeds,
    guards,
    hosting,
    indexes,
    menu,
    not_found,
    page_frame,
    page_meta,
    print_edition,
    print_links,
    qr,
    quotes,
    redirects,
    search_index,
    shortcodes,
    sitemap,
    social_cards,
    structured_data,
    url_contract,
)
from .content import TEMPLATE_CACHE, Content, load_cached
from .pages import PageSource
from .problems import ContentError, Problem
from .scope import PageScope

# What our scripts say, in the page's language (partials/publication/strings.html).
SCRIPT_STRINGS = ("copied", "copy_done", "from_label", "original_label")
# Names for Material's controls and landmarks (overrides/partials/*.html), in the page's language.
NAV_LABELS = {"toggle": "nav_toggle", "toc": "toc_toggle", "toc_menu": "toc_in_menu",
              "palette": "palette_form", "search": "search_dialog"}


@dataclass
class SiteBuild:
    serving: bool = False
    content: Content | None = None  # this build's content, loaded (or reused) by start()
    assets: dict[str, assets.Asset] = field(default_factory=dict)
    # Every page's link-preview card, by its place in the site; drawn when the site is done.
    cards: dict[str, social_cards.Card] = field(default_factory=dict)
    code: tuple = ()  # the build code as loaded: which files, changed when
    # Under `make serve`, why the last rebuild failed: our message (on_build_error), else the
    # warnings MkDocs logged that stopped a strict build.
    failed_with: str = ""
    kept: engine_messages.Kept | None = None


    # --- the build starts ---------------------------------------------------------------------

    def start(self, config) -> None:
        """The settings and the content checked, our assets bundled, MkDocs configured."""
        root = configuration.project_root(config)
        self._check_code_unchanged(config)
        self.kept = engine_messages.attach(Path(config.docs_dir))
        problems = list(guards.symlink_problems(root)) + configuration.problems(config)
        if problems:
            raise ContentError(problems)
        self.content = content = load_cached(root, configuration.languages(config),
                                             configuration.default_language(config),
                                             blocks.NAMES, previous=self.content)
        not_in_nav = config.not_in_nav.match_file if config.not_in_nav else lambda path: False
        problems = menu.problems(config.nav, configuration.nav_translations(config),
                                 content.pages.by_uri, content.languages, content.default,
                                 lambda text: configuration.line_of(config, text), not_in_nav)
        if problems:
            raise ContentError(problems)
        self.assets = assets.all_assets(root / "overrides")
        # Heading ids spelled the Danish way in ASCII (æ → ae), stable across rewording of
        # accents; the permalinks titled in the language this (inner) build writes.
        lang = configuration.build_language(config)
        toc = config.mdx_configs.setdefault("toc", {})
        toc["slugify"] = chapters.heading_id
        toc["permalink_title"] = content.labels[lang]["permalink_title"]
        not_found.only_this_language(config.theme.static_templates, content.languages, lang,
                                     content.default)

    # --- make serve ---------------------------------------------------------------------------

    def begin(self) -> None:
        """A rebuild starts: nothing has failed yet."""
        self.failed_with = ""
        if self.kept is not None:
            self.kept.messages.clear()

    def failed(self, error: Exception) -> None:
        # A strict stop says only how many warnings there were; the warnings are kept.
        if not isinstance(error, Abort):
            self.failed_with = str(error)

    def failure(self) -> str:
        return self.failed_with or "\n".join(self.kept.messages if self.kept else [])

    def _check_code_unchanged(self, config) -> None:
        if not self.serving:
            return  # a build loads the code it runs: only `make serve` outlives a change
        files = [Path(__file__).parent.glob("*.py"),
                 (Path(hook.__file__) for hook in config.hooks.values())]
        now = tuple((str(path), path.stat().st_mtime_ns) for group in files
                    for path in sorted(group))
        self.code = self.code or now
        if now != self.code:
            raise ContentError([Problem(
                "scripts/", None, "the build code changed while `make serve` runs, and MkDocs "
                "loads it once: stop `make serve` (Ctrl-C) and start it again")])

    def with_bundled_assets(self, files, config):
        """Our stylesheet and scripts as fingerprinted files, in place of their sources."""
        bundled = {source for asset in self.assets.values() for source in asset.sources}
        for file in [f for f in files if f.src_uri in bundled]:
            files.remove(file)
        for asset in self.assets.values():
            files.append(File.generated(config, asset.path,
                                        abs_src_path=str(asset.written(self.content.root))))
        return files

    def templates_ready(self, env) -> None:
        env.bytecode_cache = TEMPLATE_CACHE
        not_found.aliases(env, self.content.languages, self.content.default)

    # --- each page ----------------------------------------------------------------------------

    def scope(self, page, config) -> PageScope:
        return PageScope(self.content, self.source(page), configuration.urls(config),
                         configuration.settings(config))

    def source(self, page) -> PageSource:
        source = self.content.pages.get(page.file.src_uri)
        if source is None:  # a page that appeared after the content was read (serve)
            raise ContentError([Problem(f"docs/{page.file.src_uri}", None,
                                        "is new: save it again")])
        return source

    def page_markdown(self, markdown: str, page, config) -> str:
        """The page's markdown with every generated part in place, step by step."""
        scope = self.scope(page, config)
        if scope.chapter is not None:
            # MkDocs would take the title from the h1, unescaped; Material prints it as it is.
            page.meta["title"] = html_text.escape(chapters.title(self.content.registry,
                                                                 scope.chapter, scope.lang))
        elif page.meta.get("title"):
            page.meta["title"] = html_text.escape(str(page.meta["title"]))
        markdown = print_edition.gather(markdown, scope)
        markdown = shortcodes.expand(markdown, scope, blocks.TABLE)
        markdown = chapters.with_header(markdown, scope, page_frame.tools(scope))
        markdown = page_frame.with_tools(markdown, scope)
        return indexes.with_related(markdown, scope)

    def page_html(self, html: str, page, config) -> str:
        guards.check_rendered(html, self.source(page))
        html = aliases.with_former_anchors(html, aliases.renames(self.content.registry))
        html = print_links.with_print_addresses(html, self.scope(page, config).canonical_url)
        if configuration.plain_search(config):  # Material's search indexes it as it would
            html = html.replace(" data-search-exclude", "")
        return html

    def page_context(self, context: dict, page, config) -> dict:
        """What the templates print around a page: titles, alternates, meta, frame."""
        content, scope = self.content, self.scope(page, config)
        titles = page_meta.titles(scope, config.site_name, page.title)
        alternates = {code: file.url
                      for code, file in getattr(page.file, "alternates", {}).items()}
        context["ldi_alternates"] = editions.absolute_alternates(
            alternates, config.site_url or "", content.languages)
        context["ldi_default_language"] = content.default
        if scope.translated:
            # Material fetches its search index from base_url: each edition searches its own.
            context["base_url"] = scope.site_link(editions.edition_root(scope.lang,
                                                                        content.default))
        context.update(self.frame(scope, config, titles.full, scope.canonical_url))
        context["ldi_html_title"] = titles.html
        context["ldi_meta"] = page_meta.social_tags(scope, titles.full, config.site_url or "",
                                                    config.site_description or "")
        self.cards[social_cards.site_path(scope.url)] = page_meta.social_card(
            scope, titles.full, config.site_name)
        context["ldi_json_ld"] = structured_data.script(structured_data.graph(
            scope, page.content, html_text.unescape(titles.full)))
        context["ldi_print_head"] = Markup(scope.render(
            "print_source.html", url=scope.canonical_url,
            qr=qr.svg(scope.canonical_url) if scope.chapter is not None else None,
            publication=content.registry.publication))
        context["ldi_explorer_script"] = (self.assets["explorer"].path
                                          if "data-ldi-filters" in page.content else None)
        return context

    def frame(self, scope: PageScope, config, title: str, page_url: str | None) -> dict:
        """What every page and the 404 pages print around their content (a 404 page has no
        address of its own: ``page_url`` None)."""
        statement = configuration.accessibility_statement(config)
        if statement and configuration.is_docs_page(statement):
            statement = scope.link(statement)
        feed = feeds.discovery(self.content, scope.lang)
        return {
            "ldi_site_css": self.assets["css"].path,
            "ldi_page_script": self.assets["js"].path,
            "ldi_search_worker": None if configuration.plain_search(config) else {
                "material": assets.material_search_worker(),
                "ours": self.assets["search"].path},
            "ldi_nav_labels": {key: scope.t[label] for key, label in NAV_LABELS.items()},
            "ldi_feed": {**feed, "url": scope.site_link(feed["path"])},
            "ldi_accessibility": statement and {"url": statement,
                                                "label": scope.t["accessibility_statement"]},
            "ldi_page_foot": Markup(scope.render(
                "page_foot.html", citation=page_url and page_meta.citation(scope, title),
                strings={key: scope.t[key] for key in SCRIPT_STRINGS},
                feedback_url=page_frame.feedback_url(scope.settings.feedback_url, scope, title,
                                                     page_url),
                colophon=page_frame.colophon(scope, scope.settings.build_date, for_page=True))),
        }

    def not_found_context(self, context: dict, config) -> dict:
        """The 404 pages: their body, in their language, with links that work at any depth."""
        content = self.content
        lang, urls = configuration.build_language(config), configuration.urls(config)
        source = PageSource("404.md", "404.md", lang, {}, "")
        scope = PageScope(content, source, urls, configuration.settings(config),
                          root_absolute=True)
        root = urls.absolute_path(editions.edition_root(lang, content.default))
        # A 404 answers at any depth: absolute asset and nav URLs. MkDocs does this for
        # '404.html' only, not for 'en/404.html'.
        context["base_url"] = urls.base_path.rstrip("/") or "/"
        context["ldi_not_found"] = indexes.not_found(scope, home_url=root)
        context["ldi_html_title"] = f"{scope.t['not_found_title']} – {config.site_name}"
        context.update(self.frame(scope, config, scope.t["not_found_title"], None))
        # mkdocs-static-i18n sets extra.alternate as an attribute (which Jinja reads before the
        # key) to the last page it built; both are set.
        switch = not_found.language_switch(
            getattr(config.extra, "alternate", None) or config.extra.get("alternate", []),
            {code: urls.absolute_path(editions.edition_root(code, content.default))
             for code in content.languages})
        config.extra.alternate = config.extra["alternate"] = switch
        return context

    # --- the whole site -----------------------------------------------------------------------

    def finish_site(self, config) -> None:
        """After every page of every language: search, exports, feeds, downloads, cards,
        sitemap, redirects, the URL contract; last, the policy and compression."""
        content = self.content
        site_dir, urls = Path(config.site_dir), configuration.urls(config)
        offline = configuration.is_offline(config)
        editions.split_search_index(site_dir, content.languages, content.default,
                                    inline_script=offline)
        if not configuration.plain_search(config):
            search_index.rewrite(site_dir, content, config.use_directory_urls,
                                 inline_script=offline)
        quotes.write_export(content, urls, site_dir)
        feeds.write_feeds(content, urls, site_dir)
        downloads.copy_into_site(
            content.root, site_dir, content.languages, content.default, offline=offline,
            chapters=[path for _, path in downloads.chapter_pages(content.registry)],
            site_url=config.site_url or "")
        if offline:
            return  # the edition that works from disk: no old addresses, no web server
        social_cards.write(self.cards, site_dir, content.root)
        sitemap.write(site_dir, content.pages.by_uri.values(), content.changes, urls)
        moved = redirects.load_redirects(content.root)
        redirects.write_redirect_pages(site_dir, moved, content.languages, content.default,
                                       urls.base, content.labels)
        in_editions = redirects.in_editions(moved, content.languages, content.default)
        contract = url_contract.read_contract(content.root / url_contract.CONTRACT)
        broken = url_contract.broken_promises(
            contract, site_dir, in_editions,
            redirects.anchors_dropped(moved, content.languages, content.default),
            [lang for lang in content.languages if lang != content.default])
        if broken:
            raise ContentError(broken)
        if not self.serving:
            # Last: the policy goes into the finished pages, then they are compressed.
            hosting.prepare_site(site_dir, in_editions, csp.known_scripts(
                [assets.MATERIAL_ASSETS.parent, content.root / "overrides"]), urls.base_path)
