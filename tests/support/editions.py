"""The editions as mkdocs.yml configures them (read as the build's commands read it), so tests
name no language or edition folder of their own: the build's functions say where a page goes."""

from __future__ import annotations

from pathlib import Path

from publication.configuration import project_languages
from publication.editions import EditionUrls, edition_root

from support.builds import ROOT

_languages, DEFAULT = project_languages(ROOT)
LANGUAGES = tuple(_languages)
TRANSLATIONS = tuple(lang for lang in LANGUAGES if lang != DEFAULT)  # the translated editions


def edition(lang: str) -> str:
    """An edition's folder: '' for the default language, 'en/' for English."""
    return edition_root(lang, DEFAULT)


def language_of(path: str) -> str:
    """The edition a site address ('/en/greb/x/') belongs to, read from its edition folder."""
    return next((lang for lang in TRANSLATIONS if path.lstrip("/").startswith(edition(lang))),
                DEFAULT)


def in_edition(path: str, lang: str) -> str:
    """The same page's address in another edition: ('/greb/x/', 'en') -> '/en/greb/x/'."""
    return f"/{edition(lang)}{path.lstrip('/').removeprefix(edition(language_of(path)))}"


def address(src_path: str, lang: str = DEFAULT) -> str:
    """Where a docs page ('greb/x.md') is published in an edition: '/en/greb/x/'."""
    return "/" + EditionUrls("", DEFAULT).relative(src_path, lang)


def page_with(shortcode: str, lang: str = DEFAULT, root: Path = ROOT) -> str:
    """The address of the page that places a block ('advice-sheet', 'quote-explorer', …), so
    tests follow the page wherever an editor moves it."""
    from publication.pages import page_placing

    src_path = page_placing(root / "docs", shortcode)
    assert src_path is not None, f"no page of {root / 'docs'} places <!-- md:{shortcode} -->"
    return address(src_path, lang)
