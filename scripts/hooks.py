"""The MkDocs events this site reacts to, in the order MkDocs calls them (loaded by path from
mkdocs.yml). Each event is a short, straight sequence of steps; the steps live in the
`publication` package (scripts/publication/), installed into .venv.

Content problems never end in a traceback: every event turns them into one message listing
each file, line and what to do.
"""

from __future__ import annotations

import functools
import html as html_text
import logging
from pathlib import Path

from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from publication import (
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
    icons,
    indexes,
    menu,
    not_found,
    page_frame,
    page_meta,
    print_edition,
    qr,
    quotes,
    redirects,
    search_index,
    serve_errors,
    shortcodes,
    sitemap,
    social_cards,
    structured_data,
    url_contract,
)
from publication.content import TEMPLATE_CACHE, Content, load_cached
from publication.pages import PageSource
from publication.problems import ContentError, Problem
from publication.scope import PageScope

log = logging.getLogger("mkdocs.publication")

_content: Content | None = None  # this build's content, loaded (or reused) by on_config
_assets: dict[str, assets.Asset] = {}
_serving = False
# Every page's link-preview card, by its place in the site; drawn after the build.
_cards: dict[str, social_cards.Card] = {}
# What our scripts say, in the page's language (partials/publication/strings.html).
SCRIPT_STRINGS = ("copied", "copy_done", "from_label", "original_label")
# Names for Material's controls and landmarks (overrides/partials/*.html), in the page's language.
NAV_LABELS = {"toggle": "nav_toggle", "toc": "toc_toggle", "toc_menu": "toc_in_menu",
              "palette": "palette_form", "search": "search_dialog"}


def reported(event):
    """Content problems as one PluginError: MkDocs prints it without a traceback. Anything
    else that goes wrong is a bug of ours: a short message for the editor, the traceback for
    the developers under `mkdocs build --verbose`."""

    @functools.wraps(event)
    def run(*args, **kwargs):
        try:
            return event(*args, **kwargs)
        except ContentError as error:
            count = len(error.problems)
            raise PluginError(f"{count} content problem{'s' if count != 1 else ''}:\n"
                              f"{error}") from None
        except shortcodes.ShortcodeError as error:  # met outside a page's shortcodes
            raise PluginError(f"1 content problem:\n{error}") from None
        except (PluginError, SystemExit, KeyboardInterrupt):
            raise
        except RecursionError:  # something nested thousands deep: content, not the build
            page = kwargs.get("page") or next((a for a in args if hasattr(a, "file")), None)
            where = f"docs/{page.file.src_uri}: " if page is not None else ""
            raise PluginError(f"1 content problem:\n{where}lists, quotes or brackets are "
                              "nested too deeply to build: look for what was pasted by "
                              "mistake") from None
        except Exception as error:  # the last line of defence
            log.debug("in %s", event.__name__, exc_info=True)
            raise PluginError(f"the build stopped in {event.__name__}: {error}\nThis is a bug "
                              "in the build, not in your content: send this message and the "
                              "output of `.venv/bin/mkdocs build --verbose` to the developers"
                              ) from None

    return run


def _scope(source: PageSource, config) -> PageScope:
    return PageScope(_content, source, configuration.urls(config), configuration.settings(config))


def _source(page, config) -> PageSource:
    source = _content.pages.get(page.file.src_uri)
    if source is None:  # a page that appeared after the content was read (serve)
        raise ContentError([Problem(f"docs/{page.file.src_uri}", None, "is new: save it again")])
    return source


# --- the build starts -------------------------------------------------------------------------

def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


@reported
def on_config(config):
    global _content, _assets
    root = configuration.project_root(config)
    engine_messages.attach(Path(config.docs_dir))
    problems = list(guards.symlink_problems(root)) + configuration.problems(config)
    if problems:
        raise ContentError(problems)
    _content = load_cached(root, configuration.languages(config),
                           configuration.default_language(config), blocks.NAMES)
    not_in_nav = config.not_in_nav.match_file if config.not_in_nav else lambda path: False
    problems = menu.problems(config.nav, configuration.nav_translations(config),
                             _content.pages.by_uri, _content.languages, _content.default,
                             lambda text: configuration.line_of(config, text), not_in_nav)
    if problems:
        raise ContentError(problems)
    _assets = assets.all_assets(root / "overrides")
    # Heading ids spelled the Danish way in ASCII (æ → ae), stable across rewording of accents;
    # the permalinks titled in the language this (inner) build writes.
    toc = config.mdx_configs.setdefault("toc", {})
    toc["slugify"] = chapters.heading_id
    toc["permalink_title"] = _content.labels[configuration.build_language(config)][
        "permalink_title"]
    not_found.only_this_language(config.theme.static_templates, _content.languages,
                                 configuration.build_language(config), _content.default)
    return config


@reported
def on_files(files, config):
    """Our stylesheet and scripts as fingerprinted files, in place of their sources."""
    bundled = {source for asset in _assets.values() for source in asset.sources}
    for file in [f for f in files if f.src_uri in bundled]:
        files.remove(file)
    for asset in _assets.values():
        files.append(File.generated(config, asset.path,
                                    abs_src_path=str(asset.written(_content.root))))
    return files


@reported
def on_env(env, config, files):
    env.bytecode_cache = TEMPLATE_CACHE
    not_found.aliases(env, _content.languages, _content.default)
    return env


# --- each page --------------------------------------------------------------------------------

@reported
def on_page_markdown(markdown, page, config, files):
    scope = _scope(_source(page, config), config)
    if scope.chapter is not None:
        # MkDocs would take the title from the h1, unescaped; Material prints it as it is.
        page.meta["title"] = html_text.escape(chapters.title(_content.registry, scope.chapter,
                                                             scope.lang))
    elif page.meta.get("title"):
        page.meta["title"] = html_text.escape(str(page.meta["title"]))
    markdown = print_edition.gather(markdown, scope)
    markdown = shortcodes.expand(markdown, scope, blocks.TABLE)
    markdown = chapters.with_header(markdown, scope, page_frame.tools(scope))
    markdown = page_frame.with_tools(markdown, scope)
    markdown = indexes.with_related(markdown, scope)
    return markdown


@reported
def on_page_content(html, page, config, files):
    guards.check_rendered(html, _source(page, config))
    html = aliases.with_former_anchors(html, aliases.renames(_content.registry))
    if _plain_search(config):  # Material's search indexes the page as it would without us
        html = html.replace(" data-search-exclude", "")
    return html


@reported
def on_page_context(context, page, config, nav):
    scope = _scope(_source(page, config), config)
    titles = page_meta.titles(scope, config.site_name, page.title)
    alternates = {code: file.url for code, file in getattr(page.file, "alternates", {}).items()}
    context["ldi_alternates"] = editions.absolute_alternates(alternates, config.site_url or "",
                                                             _content.languages)
    context["ldi_default_language"] = _content.default
    if scope.translated:
        # Material fetches its search index from base_url: each edition searches its own.
        context["base_url"] = scope.site_link(editions.edition_root(scope.lang,
                                                                    _content.default))
    context.update(_frame(scope, config, titles.full, scope.canonical_url))
    context["ldi_html_title"] = titles.html
    context["ldi_meta"] = page_meta.social_tags(scope, titles.full, config.site_url or "",
                                                config.site_description or "")
    _cards[social_cards.site_path(scope.url)] = page_meta.social_card(scope, titles.full,
                                                                      config.site_name)
    context["ldi_json_ld"] = structured_data.script(structured_data.graph(
        scope, page.content, html_text.unescape(titles.full)))
    context["ldi_print_head"] = Markup(scope.render(
        "print_source.html", url=scope.canonical_url, qr=_qr(scope),
        publication=_content.registry.publication))
    context["ldi_explorer_script"] = (_assets["explorer"].path
                                      if 'data-ldi-filters' in page.content else None)
    return context


def _qr(scope: PageScope) -> Markup | None:
    return qr.svg(scope.canonical_url) if scope.chapter is not None else None


def _frame(scope: PageScope, config, title: str, page_url: str | None) -> dict:
    """What every page and the 404 pages print around their content (a 404 page has no
    address of its own: ``page_url`` None)."""
    statement = configuration.accessibility_statement(config)
    if statement and configuration.is_docs_page(statement):
        statement = scope.link(statement)
    feed = feeds.discovery(_content, scope.lang)
    return {
        "ldi_site_css": _assets["css"].path,
        "ldi_page_script": _assets["js"].path,
        "ldi_search_worker": None if _plain_search(config) else {
            "material": assets.material_search_worker(), "ours": _assets["search"].path},
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


def _plain_search(config) -> bool:
    """Material's own search, as it comes (the bench's anchor: extra: plain_search: true)."""
    return bool(config.extra.get("plain_search"))


@reported
def on_template_context(context, template_name, config):
    """The 404 pages: their body, in their language, with links that work at any depth."""
    if not template_name.endswith("404.html"):
        return context
    lang, urls = configuration.build_language(config), configuration.urls(config)
    source = PageSource("404.md", "404.md", lang, {}, "")
    scope = PageScope(_content, source, urls, configuration.settings(config),
                      root_absolute=True)
    root = urls.absolute_path(editions.edition_root(lang, _content.default))
    # A 404 answers at any depth: absolute asset and nav URLs. MkDocs does this for
    # '404.html' only, not for 'en/404.html'.
    context["base_url"] = urls.base_path.rstrip("/") or "/"
    context["ldi_not_found"] = indexes.not_found(scope, home_url=root)
    context["ldi_html_title"] = f"{scope.t['not_found_title']} – {config.site_name}"
    context.update(_frame(scope, config, scope.t["not_found_title"], None))
    # mkdocs-static-i18n sets extra.alternate as an attribute (which Jinja reads before the
    # key) to the last page it built; both are set.
    switch = not_found.language_switch(
        getattr(config.extra, "alternate", None) or config.extra.get("alternate", []),
        {code: urls.absolute_path(editions.edition_root(code, _content.default))
         for code in _content.languages})
    config.extra.alternate = config.extra["alternate"] = switch
    return context


def on_post_page(output, page, config):
    return icons.decorative(output)


def on_post_template(output, template_name, config):
    """The 404 pages (and the sitemap, which has no icons)."""
    return icons.decorative(output)


# --- the whole site ---------------------------------------------------------------------------

@event_priority(-200)  # after mkdocs-static-i18n (-100) has built every language
@reported
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # one of the i18n plugin's inner builds: the last one finishes the site
    site_dir, urls = Path(config.site_dir), configuration.urls(config)
    offline = configuration.is_offline(config)
    editions.split_search_index(site_dir, _content.languages, _content.default,
                                inline_script=offline)
    if not _plain_search(config):
        search_index.rewrite(site_dir, _content, config.use_directory_urls, inline_script=offline)
    quotes.write_export(_content, urls, site_dir)
    feeds.write_feeds(_content, urls, site_dir)
    downloads.copy_into_site(
        _content.root, site_dir, _content.languages, _content.default, offline=offline,
        chapters=[path for _, path in downloads.chapter_pages(_content.registry)],
        site_url=config.site_url or "")
    if offline:
        return  # the edition that works from disk: no old addresses, no web server
    social_cards.write(_cards, site_dir, _content.root)
    sitemap.write(site_dir, _content.pages.by_uri.values(), _content.changes, urls)
    moved = redirects.load_redirects(_content.root)
    redirects.write_redirect_pages(site_dir, moved, _content.languages, _content.default,
                                   urls.base, _content.labels)
    in_editions = redirects.in_editions(moved, _content.languages, _content.default)
    contract = url_contract.read_contract(_content.root / url_contract.CONTRACT)
    broken = url_contract.broken_promises(
        contract, site_dir, in_editions,
        redirects.anchors_dropped(moved, _content.languages, _content.default),
        [lang for lang in _content.languages if lang != _content.default])
    if broken:
        raise ContentError(broken)
    if not _serving:
        # Last: the policy goes into the finished pages, then they are compressed.
        hosting.prepare_site(site_dir, in_editions, csp.known_scripts(
            [assets.MATERIAL_ASSETS.parent, _content.root / "overrides"]), urls.base_path)


# --- mkdocs serve -----------------------------------------------------------------------------

def on_build_error(error):
    serve_errors.remember(error)


def on_serve(server, config, builder):
    server.builder = serve_errors.catching(server.builder, Path(config.site_dir))
    serve_errors.notice_saves_sooner(server)
    return server
