"""The language editions: Danish at the site root, every other language under /<lang>/.

Pure functions; mkdocs_bridge feeds them MkDocs objects.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin

from .problems import Problem


def edition_root(lang: str, default: str) -> str:
    """Site-relative folder of an edition: '' for the default language, 'en/' for English."""
    return "" if lang == default else f"{lang}/"


def split_language_suffix(src_uri: str, languages: Sequence[str]) -> tuple[str, str | None]:
    """'greb/x.en.md' -> ('greb/x.md', 'en'); 'greb/x.md' -> ('greb/x.md', None)."""
    path = PurePosixPath(src_uri)
    stem, dot, lang = path.stem.rpartition(".")
    if dot and lang in languages:
        return str(path.with_name(stem + path.suffix)), lang
    return src_uri, None


def missing_twins(src_uris: Iterable[str], languages: Sequence[str], default: str,
                  ) -> list[Problem]:
    """Every page must exist in every language: a page in one edition only is an error."""
    present: dict[str, set[str]] = defaultdict(set)
    for src_uri in src_uris:
        if not src_uri.endswith(".md"):
            continue
        base, lang = split_language_suffix(src_uri, languages)
        present[base].add(lang or default)
    problems = []
    for base, langs in sorted(present.items()):
        for lang in languages:
            if lang in langs:
                continue
            if lang == default:
                twin = next(iter(sorted(langs)))
                problems.append(Problem(f"docs/{base[:-3]}.{twin}.md", None,
                                        f"has no Danish original: create docs/{base}"))
            else:
                problems.append(Problem(f"docs/{base}", None,
                                        f"has no '{lang}' translation: create "
                                        f"docs/{base[:-3]}.{lang}.md"))
    return problems


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
