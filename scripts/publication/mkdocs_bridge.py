"""Where MkDocs meets the pure modules: languages from the config, links from the Files,
errors as PluginError. Holds no state between pages; the data (registry, labels, change log)
is loaded once per `mkdocs build`, shared by its language builds, and reloaded when it changes.

mkdocs-static-i18n re-runs the whole build once per language, calling on_config each time, so
everything here reads the language from the page, never from a global.
"""

from __future__ import annotations

import datetime
import html
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date, get_relative_url
from mkdocs.utils.meta import get_data

from . import (
    changelog,
    completeness,
    downloads,
    editions,
    hosting,
    indexes,
    page_frame,
    page_meta,
    print_edition,
    quote_export,
    redirects,
    reviews,
    shortcodes,
)
from .labels import load_labels
from .problems import ContentError
from .registry import load_registry
from .render import PageScope, Renderer
from .slugs import slugify

_renderer: Renderer | None = None  # set by configure() at the start of every build
_changes: list = []  # data/changelog.yml, newest first; set by configure()


def project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def configured_languages(config: MkDocsConfig) -> list[str]:
    i18n = config.plugins.get("i18n")
    if i18n is None:  # a bare build without mkdocs-static-i18n: one language
        return [config.theme["language"]]
    return [language.locale for language in i18n.config.languages]


def default_language(config: MkDocsConfig) -> str:
    i18n = config.plugins.get("i18n")
    return i18n.default_language if i18n is not None else config.theme["language"]


def build_language(config: MkDocsConfig) -> str:
    """The language this (inner) build writes: the i18n plugin builds one language at a time."""
    i18n = config.plugins.get("i18n")
    return (i18n.current_language or i18n.default_language) if i18n else config.theme["language"]


def site_path(config: MkDocsConfig) -> str:
    """The path the site is published under: '/' or e.g. '/ledelse/'."""
    path = urlsplit(config.site_url or "/").path or "/"
    return path if path.endswith("/") else path + "/"


def page_language(page: Page, config: MkDocsConfig) -> str:
    return getattr(page.file, "locale", None) or default_language(config)


def _content_error(error: ContentError) -> PluginError:
    count = len(error.problems)
    return PluginError(f"{count} content problem{'s' if count != 1 else ''}:\n{error}")


def _data_fingerprint(root: Path) -> tuple:
    """Changes when any data file does, so `mkdocs serve` reloads edited data."""
    return tuple((path.as_posix(), path.stat().st_mtime_ns)
                 for path in sorted((root / "data").rglob("*.yml")))


# Every language build of one `mkdocs build` reads the same data: load it once.
_loaded: dict[tuple, tuple[Renderer, list]] = {}


def configure(config: MkDocsConfig) -> MkDocsConfig:
    global _renderer, _changes
    root = project_root(config)
    languages = configured_languages(config)
    key = (root, tuple(languages), _data_fingerprint(root))
    if key not in _loaded:
        try:
            registry = load_registry(root, languages)
            labels = load_labels(root, languages)
            changes = changelog.load_changes(root, languages)
        except ContentError as error:
            raise _content_error(error) from None
        _loaded.clear()
        _loaded[key] = (Renderer(registry, labels, root / "overrides" / "partials" / "publication"),
                        changes)
    _renderer, _changes = _loaded[key]
    # Heading ids spelled the Danish way in ASCII (æ → ae), stable across rewording of accents.
    config.mdx_configs.setdefault("toc", {})["slugify"] = _toc_slugify
    not_found_templates(config)
    return config


def _toc_slugify(value: str, separator: str) -> str:
    return slugify(value).replace("-", separator)


def _not_found_template(lang: str, default: str) -> str:
    return "404.html" if lang == default else f"{lang}/404.html"


def not_found_templates(config: MkDocsConfig) -> None:
    """Each language build writes its own 404 page (404.html, en/404.html); by default every
    build would write 404.html and the last language would win."""
    default = default_language(config)
    templates = config.theme.static_templates
    for lang in configured_languages(config):
        templates.discard(_not_found_template(lang, default))
    templates.add(_not_found_template(build_language(config), default))


def theme_env(env: jinja2.Environment, config: MkDocsConfig) -> jinja2.Environment:
    """Serve '<lang>/404.html' as the theme's 404 template, rendered in that language."""
    aliases = {_not_found_template(lang, default_language(config)): '{% extends "404.html" %}'
               for lang in configured_languages(config)}
    aliases.pop("404.html", None)
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.DictLoader(aliases)])
    return env


def template_context(context: dict, template_name: str, config: MkDocsConfig) -> dict:
    if not template_name.endswith("404.html"):
        return context
    assert _renderer is not None
    lang, default = build_language(config), default_language(config)
    root = site_path(config) + editions.edition_root(lang, default)
    # A 404 answers at any depth: absolute asset and nav URLs. MkDocs does this for
    # '404.html' only, not for 'en/404.html'.
    context["base_url"] = site_path(config)

    def link(src_path: str) -> str:
        return site_path(config) + quote_export.page_url(src_path, lang, default,
                                                         config.use_directory_urls)

    scope = PageScope(lang=lang, original_lang=default, link=link)
    context["ldi_not_found"] = indexes.not_found(_renderer, scope, home_url=root)
    context["ldi_page_foot"] = Markup(_renderer.template("strings.html", scope,
                                                         strings=_script_strings(lang)))
    context["ldi_accessibility"] = _accessibility_link(
        config, lang, lambda site_path_: site_path(config) + site_path_)
    return context


def _script_strings(lang: str) -> dict:
    """What our scripts say, in the page's language (see partials/publication/strings.html)."""
    assert _renderer is not None
    return {key: _renderer.labels[lang][key] for key in ("copied", "search_dialog")}


def _accessibility_link(config: MkDocsConfig, lang: str, url_for) -> dict | None:
    """The footer's statement link: a full URL as configured, or a docs page in this edition
    (``url_for`` turns its site path into the URL the page needs)."""
    target = config.extra.get("accessibility_statement")
    if not target:
        return None
    assert _renderer is not None
    if not urlsplit(target).scheme:
        target = url_for(quote_export.page_url(target, lang, default_language(config),
                                               config.use_directory_urls))
    return {"url": target, "label": _renderer.labels[lang]["accessibility_statement"]}


def page_content(html: str, page: Page, config: MkDocsConfig) -> str:
    """The table of contents' permalinks carry a title in the page's language."""
    assert _renderer is not None
    title = _renderer.labels[page_language(page, config)]["permalink_title"]
    return html.replace('title="Permanent link"', f'title="{title}"')


def _linker(page: Page, files: Files, lang: str):
    def link(src_path: str) -> str | None:
        target = files.get_file_from_path(src_path)
        # The i18n plugin falls back to the default language's file; a link must stay in the
        # page's own edition, so a missing twin counts as missing.
        if target is None or getattr(target, "locale", lang) != lang:
            return None
        return get_relative_url(target.url, page.url)

    return link


def _original_url(page: Page, lang: str, default: str) -> str | None:
    """Link from a translated page to its original; None on the original itself."""
    alternates = getattr(page.file, "alternates", {})
    if lang == default or default not in alternates:
        return None
    return get_relative_url(alternates[default].url, page.url)


def build_date() -> datetime.date:
    """The build's date (SOURCE_DATE_EPOCH when set, so builds can be reproduced)."""
    return datetime.date.fromisoformat(get_build_date())


def _after_title(markdown: str, html: str) -> str:
    """Insert ``html`` right after the page's h1 (the first '# ' line)."""
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: index + 1] + ["", html, ""] + lines[index + 1:])
    return html + "\n\n" + markdown


def _downloads(renderer: Renderer, scope: PageScope, page: Page, config: MkDocsConfig) -> str:
    found = downloads.available(project_root(config), scope.lang, scope.original_lang,
                                offline=not config.use_directory_urls)
    if not found:
        return ""
    t = renderer.labels[scope.lang]
    items = [{"url": get_relative_url(item.site_path, page.url), "label": t[item.label_key],
              "size": f"{item.size / 1_000_000:.1f} MB".replace(".", "," if scope.lang == "da" else ".")}
             for item in found]
    return renderer.template("downloads.html", scope, items=items)


def _source_reader(config: MkDocsConfig, lang: str, default: str):
    """Read another page's markdown in this language: greb/x.md, or greb/x.en.md."""
    docs = Path(config.docs_dir)

    def read(src_path: str) -> print_edition.Source:
        path = docs / src_path
        if lang != default:
            path = path.with_suffix(f".{lang}.md")
        text = path.read_text(encoding="utf-8")
        body, meta = get_data(text)
        return print_edition.Source(body, meta, f"docs/{path.relative_to(docs).as_posix()}",
                                    _line_finder(path, text))

    return read


def _line_finder(path: Path, text: str | None = None):
    """Line of a snippet (such as a shortcode) in a source file, front matter included. The
    file is read only when a line is asked for: that is, when something is wrong."""

    def line_of(snippet: str) -> int | None:
        source = text if text is not None else path.read_text(encoding="utf-8")
        offset = source.find(snippet)
        return source.count("\n", 0, offset) + 1 if offset >= 0 else None

    return line_of


def page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _renderer is not None, "on_config must run before on_page_markdown"
    lang = page_language(page, config)
    default = default_language(config)
    scope = PageScope(lang=lang, original_lang=default, link=_linker(page, files, lang),
                      meta=page.meta, original_url=_original_url(page, lang, default))
    renderer = _renderer
    handlers = {
        **indexes.shortcode_handlers(renderer, scope),
        # Page level only: the chapters it gathers cannot contain it again.
        "whole-publication": lambda _: print_edition.whole_publication(
            renderer, scope, _source_reader(config, lang, default)),
        "downloads": lambda _: _downloads(renderer, scope, page, config),
        "completeness": lambda arg: completeness.completeness_tables(renderer, scope, arg),
        "colophon": lambda _: page_frame.colophon(renderer, scope, build_date(), for_page=False),
        "changelog": lambda _: page_frame.changelog(
            renderer, scope, _changes,
            lambda path: get_relative_url(editions.edition_root(lang, default) + path.lstrip("/"),
                                          page.url)),
    }
    path = f"docs/{page.file.src_uri}"
    try:
        review = reviews.read_review(page.meta)
    except reviews.ReviewError as error:
        raise PluginError(f"{path}:1: {error}") from None
    try:
        header = renderer.page_header(scope)
        title = renderer.page_title(scope)
        if title is not None:
            # MkDocs would take the title from the h1's text, unescaped, and Material prints
            # page titles into the nav and <title> as they are: give it the escaped title.
            page.meta["title"] = html.escape(title)
        body = shortcodes.expand(markdown, handlers, path,
                                 _line_finder(Path(page.file.abs_src_path)))
        footer = indexes.related(renderer, scope)
        markdown = header + body + ("\n\n" + footer + "\n" if footer else "")
        return _after_title(markdown, page_frame.page_tools(renderer, scope, review))
    except shortcodes.ShortcodeError as error:  # raised by the page header itself
        raise PluginError(f"{path}: {error}") from None
    except ContentError as error:
        raise _content_error(error) from None


def check_translations(files: Files, config: MkDocsConfig) -> None:
    """Every page exists in every language, so the editions never drift apart."""
    problems = editions.missing_twins(
        (file.src_uri for file in files.documentation_pages()),
        configured_languages(config), default_language(config),
    )
    if problems:
        raise _content_error(ContentError(problems))


def page_context(context: dict, page: Page, config: MkDocsConfig) -> dict:
    """Per-edition template context: hreflang alternates, and a base URL at the edition's root.

    Material fetches its search index from ``base_url``; pointing it at /en/ on English pages
    makes each edition search its own index (see editions.split_search_index).
    """
    lang, default = page_language(page, config), default_language(config)
    alternates = {code: file.url for code, file in getattr(page.file, "alternates", {}).items()}
    context["ldi_alternates"] = editions.absolute_alternates(
        alternates, config.site_url or "", configured_languages(config))
    context["ldi_default_language"] = default
    if lang != default:
        context["base_url"] = get_relative_url(editions.edition_root(lang, default), page.url)
    _add_page_meta(context, page, config, lang, default)
    return context


def _add_page_meta(context: dict, page: Page, config: MkDocsConfig, lang: str,
                   default: str) -> None:
    """Description, link-preview tags and the citation line for the page's templates."""
    assert _renderer is not None
    scope = PageScope(lang=lang, original_lang=default, link=lambda _: None, meta=page.meta)
    title = config.site_name if page.is_homepage else Markup(page.title or "").striptags()
    facts = page_meta.PageFacts(
        title=title, canonical_url=page.canonical_url or "", site_url=config.site_url or "",
        front_matter_description=page.meta.get("description"),
        site_description=config.site_description or "", is_homepage=page.is_homepage)
    context["ldi_meta"] = page_meta.social_tags(_renderer, scope, facts)
    context["ldi_accessibility"] = _accessibility_link(
        config, lang, lambda site_path: get_relative_url(site_path, page.url))
    strings = _script_strings(lang)
    context["ldi_print_head"] = Markup(_renderer.template(
        "print_head.html", scope, url=facts.canonical_url,
        publication=_renderer.registry.publication))
    context["ldi_page_foot"] = Markup(_renderer.template(
        "page_foot.html", scope, citation=page_meta.citation(_renderer, scope, facts),
        strings=strings,
        feedback_url=page_frame.feedback_url(config.extra.get("feedback_url") or "mailto:",
                                             _renderer, scope, facts.title, facts.canonical_url),
        colophon=page_frame.colophon(_renderer, scope, build_date(), for_page=True)))


def post_build(config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is None or getattr(i18n, "building", False):
        return  # a single-language build, or one of the i18n plugin's inner builds
    offline = "offline" in config.plugins or "material/offline" in config.plugins
    editions.split_search_index(Path(config.site_dir), configured_languages(config),
                                default_language(config), inline_script=offline)
    assert _renderer is not None
    quote_export.write_export(_renderer.registry, Path(config.site_dir), config.site_url or "/",
                              default_language(config), config.use_directory_urls)
    downloads.copy_into_site(project_root(config), Path(config.site_dir),
                             configured_languages(config), default_language(config),
                             offline=not config.use_directory_urls)
    if not config.use_directory_urls:
        return  # the offline edition: no old addresses to keep, no web server to prepare for
    try:
        redirects.write_redirect_pages(
            Path(config.site_dir), redirects.load_redirects(project_root(config)),
            configured_languages(config), default_language(config), config.site_url or "/",
            _renderer.labels)
    except ContentError as error:
        raise _content_error(error) from None
    # Last: it puts the CSP into the finished pages and compresses them (hosting/nginx.conf).
    try:
        hosting.prepare_site(Path(config.site_dir))
    except ValueError as error:
        raise PluginError(str(error)) from None
