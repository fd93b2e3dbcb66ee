"""The editors' search words (data/search.yml): other spellings and words readers type that
should find a page or a theme, such as a city's old spelling or a plural the stemmer misses.
Checked like all data: an unknown page or theme, or a malformed entry, is a file:line problem.
The search index (publication.search_index) gives each target its words."""

from __future__ import annotations

import difflib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from .editions import site_path
from .guards import site_path_problem
from .problems import ContentError, Problem
from .registry import unknown_id
from .yamlsource import load_yaml

SOURCE = "data/search.yml"
_KEYS = {"words", "page", "theme"}
_SHAPE = ("each entry lists the words readers type and what they should find: "
          "'- words: [Århus]' with 'page: cases/navn/' or 'theme: tema-id'")


@dataclass(frozen=True)
class SearchWords:
    words: tuple[str, ...]
    page: str | None  # a site path as the build writes it: 'cases/x/', '' for the front page
    theme: str | None  # a theme id: its section on /temaer/
    line: int | None


def load_search_words(root: Path, pages: Collection[str],
                      themes: Collection[str]) -> list[SearchWords]:
    """``pages``: the site's page paths ('', 'greb/x/'); ``themes``: the theme ids."""
    path = root / SOURCE
    if not path.exists():
        return []
    doc = load_yaml(path, SOURCE, expect=list, what=" of search words (- words: …, page: …)")
    problems, entries = [], []
    for entry in doc.data or []:
        line = doc.line_of(entry) if isinstance(entry, dict) else doc.line_of(doc.data)
        if (not isinstance(entry, dict) or not set(entry) <= _KEYS or "words" not in entry
                or len({"page", "theme"} & set(entry)) != 1):
            problems.append(Problem(SOURCE, line, _SHAPE))
            continue
        words = entry["words"]
        if (not isinstance(words, list) or not words
                or not all(isinstance(w, str) and w.strip() for w in words)):
            problems.append(Problem(SOURCE, doc.line_of(entry, "words"),
                                    "'words' is a list of words, such as [Århus, Aarhus]"))
            continue
        problem = _target_problem(entry, pages, themes)
        if problem:
            key = "page" if "page" in entry else "theme"
            problems.append(Problem(SOURCE, doc.line_of(entry, key), problem))
            continue
        entries.append(SearchWords(tuple(w.strip() for w in words),
                                   site_path(entry["page"]) if "page" in entry else None,
                                   entry.get("theme"), line))
    if problems:
        raise ContentError(problems)
    return entries


def _target_problem(entry: dict, pages: Collection[str], themes: Collection[str]) -> str | None:
    if "theme" in entry:
        theme = entry["theme"]
        if not isinstance(theme, str) or theme not in themes:
            return unknown_id("theme", str(theme), themes) + " (data/themes.yml)"
        return None
    wrong = site_path_problem(entry["page"])
    if wrong:
        return f"'page' {wrong}"
    wanted = site_path(entry["page"])
    if wanted not in pages:
        # Written as the file writes it (cases/x/), so the editor can copy it back.
        close = difflib.get_close_matches(wanted, [p for p in pages if p], n=1, cutoff=0.5)
        if close:
            return f"no page is published at {wanted}; did you mean {close[0]}?"
        shown = sorted(p for p in pages if p)
        return (f"no page is published at {wanted}: write the address of one of the site's "
                f"pages, such as {', '.join(shown[:4])}")
    return None


def words_by_target(entries: Collection[SearchWords]) -> dict[str, list[str]]:
    """Target -> its words: 'page:cases/x/' or 'theme:ID'."""
    out: dict[str, list[str]] = {}
    for entry in entries:
        key = f"page:{entry.page}" if entry.page is not None else f"theme:{entry.theme}"
        out.setdefault(key, []).extend(entry.words)
    return out
