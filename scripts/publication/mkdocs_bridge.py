"""Where MkDocs meets the pure modules: languages from the config, links from the Files,
errors as PluginError. Holds no state between pages; the registry is loaded per build.

mkdocs-static-i18n re-runs the whole build once per language, calling on_config each time, so
everything here reads the language from the page, never from a global.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from . import editions, indexes, quote_export, shortcodes
from .labels import load_labels
from .problems import ContentError
from .registry import load_registry
from .render import PageScope, Renderer

_renderer: Renderer | None = None  # set by configure() at the start of every build


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


def page_language(page: Page, config: MkDocsConfig) -> str:
    return getattr(page.file, "locale", None) or default_language(config)


def _content_error(error: ContentError) -> PluginError:
    count = len(error.problems)
    return PluginError(f"{count} content problem{'s' if count != 1 else ''}:\n{error}")


def configure(config: MkDocsConfig) -> MkDocsConfig:
    global _renderer
    root = project_root(config)
    languages = configured_languages(config)
    try:
        registry = load_registry(root, languages)
        labels = load_labels(root, languages)
    except ContentError as error:
        raise _content_error(error) from None
    _renderer = Renderer(registry, labels, root / "overrides" / "partials" / "publication")
    return config


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


def _line_finder(page: Page):
    source = Path(page.file.abs_src_path).read_text(encoding="utf-8")

    def line_of(snippet: str) -> int | None:
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
        "quote": lambda arg: renderer.quote(scope, arg),
        "advice": lambda arg: renderer.advice(scope, arg),
        "questions": lambda arg: renderer.questions(scope, arg),
        "principle-list": lambda arg: renderer.principle_list(scope, arg),
        "case-list": lambda arg: renderer.case_list(scope, arg),
        "theme-index": lambda arg: indexes.theme_index(renderer, scope, arg),
        "quote-explorer": lambda arg: indexes.quote_explorer(renderer, scope, arg),
        "advice-sheet": lambda arg: indexes.advice_sheet(renderer, scope, arg),
    }
    path = f"docs/{page.file.src_uri}"
    try:
        header = renderer.page_header(scope)
        body = shortcodes.expand(markdown, handlers, path, _line_finder(page))
        footer = indexes.related(renderer, scope)
        return header + body + ("\n\n" + footer + "\n" if footer else "")
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
    return context


def post_build(config: MkDocsConfig) -> None:
    i18n = config.plugins.get("i18n")
    if i18n is None or getattr(i18n, "building", False):
        return  # a single-language build, or one of the i18n plugin's inner builds
    editions.split_search_index(Path(config.site_dir), configured_languages(config),
                                default_language(config))
    assert _renderer is not None
    quote_export.write_export(_renderer.registry, Path(config.site_dir), config.site_url or "/",
                              default_language(config), config.use_directory_urls)
