"""A built site read as a reader's browser would get it: its pages by address, parsed."""

from __future__ import annotations

import posixpath
from functools import lru_cache
from pathlib import Path

from bs4 import BeautifulSoup
from publication.url_contract import site_pages

from support.editions import DEFAULT, in_edition


def page_file(site: Path, url_path: str) -> Path:
    relative = url_path.strip("/")
    return site / relative / "index.html" if relative else site / "index.html"


@lru_cache(maxsize=512)
def _parsed(path: Path, mtime: float) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def soup(site: Path, url_path: str) -> BeautifulSoup:
    """The built page at a site path such as '/greb/x/' (parsed once per file)."""
    path = page_file(site, url_path)
    return _parsed(path, path.stat().st_mtime)


def pages(site: Path) -> list[str]:
    """The address of every page of the site ('/', '/en/greb/x/'), redirect pages left out."""
    return [url for url, _ in site_pages(site)]


def one_of_each_kind(paths: list[str]) -> list[str]:
    """The first page of each kind, whatever its edition: same section, same depth
    ('/greb/x/' stands for every chapter, in both languages)."""
    kinds: dict[tuple, str] = {}
    for path in paths:
        parts = [part for part in in_edition(path, DEFAULT).split("/") if part]
        kinds.setdefault((tuple(parts[:1]), len(parts)), path)
    return list(kinds.values())


def relative(here: str, there: str) -> str:
    """The link a page at ``here`` writes to the page at ``there``, as MkDocs writes it
    ('/greb/x/' to '/cases/y/': '../../cases/y/'), so tests need not spell out the folders."""
    return posixpath.relpath(there, here) + "/"


def text(element) -> str:
    return " ".join(element.get_text(" ").split()) if element is not None else ""
