"""The menu (``nav:`` in mkdocs.yml) against the pages of docs/.

Every page is in the menu once, by its Danish file (mkdocs-static-i18n puts each translation in
its place); every file the menu names exists; every title it gives has a translation for each
other language under ``nav_translations``, or the English menu, tab titles and "Next" links
would read Danish. MkDocs says some of this too, but without the line or what to do.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from urllib.parse import urlsplit

from .pages import split_language
from .problems import Problem

CONFIG = "mkdocs.yml"


def entries(nav) -> Iterator[tuple[str | None, str | None]]:
    """(title, file) for every entry of the menu; a section is (title, None)."""
    for item in nav or []:
        if isinstance(item, str):
            yield None, item
        elif isinstance(item, dict):
            for title, value in item.items():
                if isinstance(value, list):
                    yield str(title), None
                    yield from entries(value)
                else:
                    yield str(title), str(value)


def problems(nav, translations: Mapping[str, Mapping[str, str]], pages: Collection[str],
             languages: Sequence[str], default: str, line_of: Callable[[str], int | None],
             not_in_nav: Callable[[str], bool] = lambda path: False) -> list[Problem]:
    """``pages``: every file of docs/ as MkDocs names it ('om/index.md', 'om/index.en.md');
    ``translations``: each other language's nav_translations; ``line_of``: the line of
    mkdocs.yml that holds a text."""
    found: list[Problem] = []
    originals = {uri for uri in pages if split_language(uri, languages, default)[1] == default}
    listed: set[str] = set()
    for title, path in entries(nav):
        if title is not None:
            for lang in languages:
                if lang != default and title not in translations.get(lang, {}):
                    found.append(Problem(CONFIG, line_of(f"{title}:"),
                                         f"the menu title '{title}' has no '{lang}' translation: "
                                         f"add '{title}: …' under nav_translations of '{lang}' "
                                         "(or list the page without a title: each language "
                                         "then shows the page's own heading)"))
        if path is None or urlsplit(path).scheme:
            continue
        original, lang = split_language(path, languages, default)
        if lang != default:
            found.append(Problem(CONFIG, line_of(path), f"the menu lists '{path}': list only "
                                                        f"the Danish file '{original}'; the "
                                                        f"'{lang}' menu takes its translation"))
        elif path not in originals:
            close = difflib.get_close_matches(path, originals, n=1)
            hint = f"did you mean '{close[0]}'?" if close else "write the page first"
            found.append(Problem(CONFIG, line_of(path), f"the menu lists docs/{path}, which "
                                                        f"does not exist ({hint})"))
        listed.add(original)
    nav_line = line_of("nav:")
    for page in sorted(originals - listed):
        if not not_in_nav(page):
            found.append(Problem(CONFIG, nav_line, f"docs/{page} is not in the menu, so readers "
                                                   f"cannot find it: add '- {page}' under nav: "
                                                   "(the Danish file only)"))
    return found
