"""The editions as mkdocs.yml configures them (mkdocs-static-i18n's languages), so tests name
no language or edition folder of their own: the build's functions say where a page goes."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from publication.editions import edition_root

from support.builds import ROOT


class _AnyTag(yaml.SafeLoader):
    """mkdocs.yml's !ENV and similar tags read as their plain value."""


_AnyTag.add_multi_constructor("!", lambda loader, _tag, node: loader.construct_scalar(node)
                              if isinstance(node, yaml.ScalarNode) else None)


@cache
def languages(root: Path = ROOT) -> tuple[tuple[str, ...], str]:
    """(every language, the default one), as the i18n plugin is configured."""
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTag)
    configured = config["plugins"]["i18n"]["languages"]
    default = next(language["locale"] for language in configured if language.get("default"))
    return tuple(language["locale"] for language in configured), default


LANGUAGES, DEFAULT = languages()
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
    from publication.editions import page_path

    return f"/{edition(lang)}{page_path(src_path)}"


def page_with(shortcode: str, lang: str = DEFAULT, root: Path = ROOT) -> str:
    """The address of the page that places a block ('advice-sheet', 'quote-explorer', …), so
    tests follow the page wherever an editor moves it."""
    from publication.pages import page_placing

    src_path = page_placing(root / "docs", shortcode)
    assert src_path is not None, f"no page of {root / 'docs'} places <!-- md:{shortcode} -->"
    return address(src_path, lang)
