"""What mkdocs.yml and the environment say about this build, read and checked in one place:
the languages, the build's own language, where the site is published, the feedback address
and the accessibility statement.

mkdocs-static-i18n re-runs the whole build once per language, calling on_config each time; the
language of a build is read from the plugin, the language of a page from the page.
"""

from __future__ import annotations

import datetime
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.utils import get_build_date

from .editions import EditionUrls
from .guards import address_problem, folder_problems
from .pdf_addresses import is_loopback_host
from .problems import Problem
from .scope import Settings

# RFC 2606's names for examples: never a real reader's address.
_EXAMPLE = re.compile(r"(^|[.@/])example\.(com|org|net|dk)\b|\.example\b|\.invalid\b|\.test\b",
                      re.I)


def project_root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def languages(config: MkDocsConfig) -> list[str]:
    i18n = config.plugins.get("i18n")
    if i18n is None:  # a bare build without mkdocs-static-i18n: one language
        return [config.theme["language"]]
    return [language.locale for language in i18n.config.languages]


def default_language(config: MkDocsConfig) -> str:
    i18n = config.plugins.get("i18n")
    return i18n.default_language if i18n is not None else config.theme["language"]


def project_languages(root: Path) -> tuple[list[str], str]:
    """The languages and the default, read as MkDocs reads mkdocs.yml (INHERIT and all), for
    the commands that run outside a build (`make report`, `make pdf`)."""
    config = load_config(str(root / "mkdocs.yml"))
    return languages(config), default_language(config)


def build_language(config: MkDocsConfig) -> str:
    """The language this (inner) build writes: the i18n plugin builds one at a time."""
    i18n = config.plugins.get("i18n")
    return (i18n.current_language or i18n.default_language) if i18n else config.theme["language"]


def is_offline(config: MkDocsConfig) -> bool:
    """The edition that works from disk (mkdocs.offline.yml): file links, no web server."""
    return not config.use_directory_urls


def urls(config: MkDocsConfig) -> EditionUrls:
    return EditionUrls(config.site_url or "/", default_language(config), config.use_directory_urls)


def build_date() -> datetime.date:
    """The build's date (SOURCE_DATE_EPOCH when set, so builds can be reproduced)."""
    return datetime.date.fromisoformat(get_build_date())


def settings(config: MkDocsConfig) -> Settings:
    return Settings(site_name=config.site_name, site_description=config.site_description or "",
                    feedback_url=(config.extra.get("feedback_url") or "").strip(),
                    build_date=build_date(), offline=is_offline(config))


def plain_search(config: MkDocsConfig) -> bool:
    """Material's own search, as it comes (the bench's anchor: extra: plain_search: true)."""
    return bool(config.extra.get("plain_search"))


def accessibility_statement(config: MkDocsConfig) -> str | None:
    """A page of this site (docs path) or a full address, as configured."""
    return config.extra.get("accessibility_statement") or None


def nav_translations(config: MkDocsConfig) -> dict[str, dict[str, str]]:
    """Each language's translations of the menu's titles (mkdocs-static-i18n)."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return {}
    return {language.locale: dict(language.nav_translations or {})
            for language in i18n.config.languages}


def line_of(config: MkDocsConfig, text: str) -> int | None:
    """The first line of mkdocs.yml that holds ``text``, for messages."""
    lines = Path(config.config_file_path).read_text(encoding="utf-8").splitlines()
    return next((number for number, line in enumerate(lines, 1) if text in line), None)


def is_docs_page(target: str) -> bool:
    return not urlsplit(target).scheme and target.endswith(".md")


# The parts of an address the site prints into every page's head, its feeds and sitemap: a
# scheme, a host, a path of plain segments, nothing that could close an attribute or a tag.
_SITE_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(?::\d{1,5})?(?:/[A-Za-z0-9._~-]+)*/?$")


def local_preview() -> bool:
    """`make serve-prod`: a production build served on this machine, at a loopback address."""
    return os.environ.get("LDI_LOCAL_PREVIEW") == "true"


def site_url_problem(value: str, *, production: bool, preview: bool = False) -> str | None:
    """What is wrong with SITE_URL (mkdocs.yml's site_url), or None."""
    if not value and production:
        return ("SITE_URL is not set: a published edition needs the address it is published "
                "at, such as SITE_URL=https://udgiver.dk/ledelse/")
    if not value:
        return None
    if not _SITE_URL.match(value):
        return (f"SITE_URL '{value}' is not a plain web address: write https://host/path/ "
                "(letters, digits, '-', '.', '_' and '/'; no quotes, spaces, '?' or '#')")
    parts = urlsplit(value)
    loopback = is_loopback_host(parts.hostname or "")
    if production and loopback and not preview:
        return (f"SITE_URL is {value}, an address of this machine: a published edition would "
                "send readers (canonical links, sitemap, feeds, QR codes, PDFs) nowhere; set "
                "SITE_URL=https://… to the address the site is published at")
    if production and parts.scheme != "https" and not (loopback and preview):
        return f"SITE_URL '{value}' must be an https: address for a published edition"
    return None


def code_loading_problems(config: MkDocsConfig) -> list[Problem]:
    """Settings that load code or files: only the project's own, from its own folders."""
    root, found = project_root(config), []
    if config.extra_javascript:
        found.append(Problem("mkdocs.yml", line_of(config, "extra_javascript"),
                             "extra_javascript is not used: the site's scripts live in "
                             "overrides/assets/javascripts/ and are bundled by the build; "
                             "remove the setting"))
    for hook in config.hooks or ():
        if (root / "scripts").resolve() not in (root / hook).resolve().parents:
            found.append(Problem("mkdocs.yml", line_of(config, "hooks:"),
                                 f"hooks: '{hook}' is outside scripts/: the build runs only the "
                                 "project's own code"))
    overrides = (root / "overrides").resolve()
    for polyfill in config.extra.get("polyfills") or ():
        path = (overrides / str(polyfill)).resolve()
        if overrides not in path.parents or not path.is_file():
            found.append(Problem("mkdocs.yml", line_of(config, str(polyfill)),
                                 f"extra.polyfills: '{polyfill}' is not a file of overrides/"))
    snippets = config.mdx_configs.get("pymdownx.snippets")
    if snippets is not None:
        bases = snippets.get("base_path", ["."])
        for base in [bases] if isinstance(bases, str) else bases:
            path = (root / str(base)).resolve()
            if path != root.resolve() and root.resolve() not in path.parents:
                found.append(Problem("mkdocs.yml", line_of(config, "base_path"),
                                     f"pymdownx.snippets base_path '{base}' is outside the "
                                     "project: pages may include only the project's files"))
        if snippets.get("url_download") or not snippets.get("restrict_base_path", True):
            found.append(Problem("mkdocs.yml", line_of(config, "pymdownx.snippets"),
                                 "pymdownx.snippets may not download or leave base_path: remove "
                                 "url_download and restrict_base_path"))
    return found


def problems(config: MkDocsConfig) -> list[Problem]:
    """Settings that would publish something unsafe or unusable."""
    found = list(folder_problems(project_root(config), docs_dir=config.docs_dir,
                                 custom_dir=config.theme.custom_dir or config.docs_dir))
    found += code_loading_problems(config)
    site_url = site_url_problem(config.site_url or "", preview=local_preview(),
                                production=bool(config.extra.get("production")))
    if site_url:
        found.append(Problem("mkdocs.yml", line_of(config, "site_url:"), site_url))
    feedback = (config.extra.get("feedback_url") or "").strip()
    if feedback:
        wrong = address_problem(feedback, site_paths=False)
        if wrong:
            found.append(Problem("mkdocs.yml", None, f"extra.feedback_url (FEEDBACK_URL): {wrong}"))
    statement = accessibility_statement(config)
    if statement:
        wrong = address_problem(statement)
        if wrong:
            found.append(Problem("mkdocs.yml", line_of(config, "accessibility_statement:"),
                                 f"extra.accessibility_statement: {wrong}"))
        elif is_docs_page(statement) and not (Path(config.docs_dir) / statement).is_file():
            found.append(Problem("mkdocs.yml", line_of(config, "accessibility_statement:"),
                                 f"extra.accessibility_statement: docs/{statement} does not "
                                 "exist: point it at the page that is the statement (a page "
                                 "of docs/, in both languages)"))
    if config.extra.get("production") and (not feedback or _EXAMPLE.search(feedback)):
        found.append(Problem(
            "mkdocs.yml", None,
            "a published edition needs a real address for readers' feedback and for the "
            "accessibility statement: set FEEDBACK_URL=mailto:name@publisher.dk (or an "
            "https: form) and build again"))
    return found
