"""Each edition's search index as our search worker reads it (overrides/assets/javascripts/
search/worker.js), rewritten from the one Material's search plugin wrote:

- the text a reader reads, as plain text: no markup, and none of our controls (templates mark
  those data-search-exclude, so Material's plugin leaves them out);
- every quote once, as a result of its own at its home, titled with who said it (the figures
  on pages are excluded, so /citater/ and the related blocks do not repeat them);
- a boost per entry: the page that treats a subject (a principle, a case, their sections and
  quotes) before the pages that gather (/temaer/, /citater/, /raad/, the lists, related blocks);
- the editors' search words (data/search.yml) on the page or theme they name.

Folding (æ → ae, é → e), stemming and typos are the worker's: the index stays the text.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from . import quotes
from .content import Content
from .editions import edition_root, page_path
from .indexes import RELATED_ID, THEMES_PAGE
from .search_words import words_by_target

# Boosts relative to a chapter's text; tuned on bench/search_queries.yml.
CHAPTER, PAGE, GATHERING = 1.0, 0.6, 0.35
# A page that places one of these blocks gathers what the chapters treat.
GATHERING_BLOCKS = {"theme-index", "quote-explorer", "advice-sheet", "whole-publication",
                    "principle-list", "case-list"}
_BLOCK = re.compile(r"<!--\s*md:([a-z-]+)")
FIELDS = {"title": {"boost": 3.0}, "text": {"boost": 1.0}, "keywords": {"boost": 3.0}}
_TAG = re.compile(r"<[^>]+>")


def plain(markup: str) -> str:
    """Text without tags or entities, its whitespace collapsed."""
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


def _page_kinds(content: Content, use_directory_urls: bool) -> dict[str, str]:
    """Site path of each page (as the index writes it) -> 'chapter', 'page' or 'gathering'."""
    kinds = {}
    for page in content.pages.by_uri.values():
        if page.lang != content.default:
            continue
        if page.chapter_kind:
            kind = "chapter"
        elif GATHERING_BLOCKS & set(_BLOCK.findall(page.body)):
            kind = "gathering"
        else:
            kind = "page"
        kinds[page_path(page.base_uri, use_directory_urls)] = kind
    return kinds


def _boost(location: str, kinds: dict[str, str]) -> float:
    path, _, anchor = location.partition("#")
    kind = kinds.get(path, "gathering")
    if kind == "chapter" and anchor != RELATED_ID:
        return CHAPTER
    return PAGE if kind == "page" else GATHERING


def quote_docs(content: Content, lang: str, use_directory_urls: bool) -> dict[str, list[dict]]:
    """Page path -> the entries of the quotes whose home it is: the words, titled with the
    person, role and workplace."""
    out: dict[str, list[dict]] = {}
    for quote in content.registry.quotes.values():
        who = quotes.attribution(content, quote)
        person, workplace = who["person"], who["workplace"]
        path = page_path(quotes.home(content, quote), use_directory_urls)
        out.setdefault(path, []).append({
            "location": f"{path}#{quotes.anchor(quote)}",
            "title": f"{person.name}, {person.role[lang]} · {workplace.name[lang]}",
            "text": quote.text[lang]})
    return out


def edition_docs(docs: list[dict], content: Content, lang: str,
                 use_directory_urls: bool) -> list[dict]:
    kinds = _page_kinds(content, use_directory_urls)
    placed = quote_docs(content, lang, use_directory_urls)
    words = words_by_target(content.search_words)
    themes_page = page_path(THEMES_PAGE, use_directory_urls)
    out = []
    for doc in docs:
        location = doc["location"]
        path, _, anchor = location.partition("#")
        targets = [f"theme:{anchor}"] if path == themes_page and anchor else []
        if not anchor:
            targets.append(f"page:{page_path_of(path, use_directory_urls)}")
        entry = {"location": location, "title": plain(doc["title"]), "text": plain(doc["text"])}
        keywords = " ".join(w for target in targets for w in words.get(target, []))
        if keywords:
            entry["keywords"] = keywords
        boost = _boost(location, kinds)
        if boost != 1:
            entry["boost"] = boost
        out.append(entry)
        if not anchor:  # the page's own entry first, then its sections and quotes
            out += placed.get(path, [])
    return out


def page_path_of(location_path: str, use_directory_urls: bool) -> str:
    """An index location's page as data/search.yml names it: 'cases/x/' ('cases/x.html'
    offline)."""
    if use_directory_urls:
        return location_path
    path = location_path.removesuffix("index.html").removesuffix(".html")
    return path if not path or path.endswith("/") else f"{path}/"


def rewrite(site_dir: Path, content: Content, use_directory_urls: bool,
            inline_script: bool = False) -> dict[str, int]:
    """Rewrite every edition's search/search_index.json (and .js, offline) in place; return
    the number of entries per language."""
    counts = {}
    for lang in content.languages:
        target = site_dir / edition_root(lang, content.default) / "search" / "search_index.json"
        index = json.loads(target.read_text(encoding="utf-8"))
        docs = edition_docs(index["docs"], content, lang, use_directory_urls)
        config = {"lang": [lang], "separator": index["config"]["separator"], "fields": FIELDS}
        data = json.dumps({"config": config, "docs": docs}, ensure_ascii=False,
                          separators=(",", ":"))
        target.write_text(data, encoding="utf-8")
        if inline_script:
            target.with_suffix(".js").write_text(f"var __index = {data}", encoding="utf-8")
        counts[lang] = len(docs)
    return counts
