"""The language editions: Danish at the site root, every other language under /<lang>/, with
the same paths. Pure functions: where a page of docs/ is published in each edition, and each
edition's own search index."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from mkdocs.structure.files import File


def edition_root(lang: str, default: str) -> str:
    """Site-relative folder of an edition: '' for the default language, 'en/' for English."""
    return "" if lang == default else f"{lang}/"


def site_path(path: str) -> str:
    """A site path as data writes it ('/greb/x', 'greb/x/') in the one form the build uses:
    'greb/x/', and '' for the front page."""
    path = path.strip().strip("/")
    return f"{path}/" if path else ""


def page_path(src_path: str, use_directory_urls: bool = True) -> str:
    """Where MkDocs publishes a docs page, site-relative, as MkDocs itself works it out:
    'greb/x.md' -> 'greb/x/', 'index.md' -> '', 'om/index.md' -> 'om/' ('greb/x.html'
    without directory URLs). The front page is '' here, not MkDocs' './'."""
    url = File(src_path, src_dir=None, dest_dir="", use_directory_urls=use_directory_urls).url
    return "" if url == "./" else url


@dataclass(frozen=True)
class EditionUrls:
    """Addresses of the docs pages in every edition of a site published at ``site_url``."""

    site_url: str
    default: str
    use_directory_urls: bool = True

    @property
    def base(self) -> str:
        return self.site_url if self.site_url.endswith("/") else self.site_url + "/"

    @property
    def base_path(self) -> str:
        """The path the site lives under: '/' or e.g. '/ledelse/'."""
        return urlsplit(self.base).path or "/"

    def relative(self, src_path: str, lang: str) -> str:
        """Site-relative: 'en/greb/x/'."""
        return edition_root(lang, self.default) + page_path(src_path, self.use_directory_urls)

    def absolute(self, src_path: str, lang: str) -> str:
        return urljoin(self.base, self.relative(src_path, lang))

    def absolute_path(self, site_relative: str) -> str:
        """Root-absolute: '/ledelse/en/greb/x/' (for pages that answer at any depth)."""
        return self.base_path + site_relative


def absolute_alternates(alternate_urls: Mapping[str, str], site_url: str,
                        languages: Sequence[str]) -> list[dict[str, str]]:
    """hreflang links: one absolute URL per language, in configured order.

    ``alternate_urls`` are site-relative URLs ('greb/x/', 'en/greb/x/').
    """
    base = site_url if site_url.endswith("/") else site_url + "/"
    return [
        {"lang": lang, "href": urljoin(base, alternate_urls[lang])}
        for lang in languages if lang in alternate_urls
    ]


def split_search_index(site_dir: Path, languages: Sequence[str], default: str,
                       inline_script: bool = False) -> dict[str, int]:
    """Give each edition its own search index, with its own stemmer.

    mkdocs-static-i18n merges every language into /search/search_index.json, so a Danish
    search would find English pages and the reverse. Here the Danish entries stay at
    /search/, the others move to /<lang>/search/ with locations relative to that edition.
    With ``inline_script`` (the offline edition) each index is also written as
    search_index.js, which Material loads instead when the site is opened from file://.
    Returns the number of entries per language.
    """
    merged_path = site_dir / "search" / "search_index.json"
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    buckets: dict[str, list[dict]] = {lang: [] for lang in languages}
    for doc in merged["docs"]:
        lang = next((lang for lang in languages
                     if lang != default and doc["location"].startswith(f"{lang}/")), default)
        if lang != default:
            doc = {**doc, "location": doc["location"][len(lang) + 1:]}
        buckets[lang].append(doc)
    for lang, docs in buckets.items():
        target = site_dir / edition_root(lang, default) / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        index = {"config": {**merged["config"], "lang": [lang]}, "docs": docs}
        data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        target.write_text(data, encoding="utf-8")
        if inline_script:
            target.with_suffix(".js").write_text(f"var __index = {data}", encoding="utf-8")
    return {lang: len(docs) for lang, docs in buckets.items()}
