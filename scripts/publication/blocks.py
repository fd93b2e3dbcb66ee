"""Every shortcode a page can hold, and the function that renders it: one table.

A handler takes the page's scope and the shortcode's argument (or None) and returns markdown.
``<!-- md:whole-publication -->`` is not in the table: the print page's chapters are gathered
before the shortcodes are expanded (publication.print_edition).
"""

from __future__ import annotations

from . import chapters, completeness, downloads, indexes, page_frame, quotes
from .pages import GATHERS_CHAPTERS
from .scope import PageScope
from .shortcodes import Handler


def _colophon(scope: PageScope, _arg: str | None) -> str:
    return page_frame.colophon(scope, scope.settings.build_date, for_page=False)


def _changelog(scope: PageScope, _arg: str | None) -> str:
    return page_frame.changelog(scope, scope.content.changes)


def _contact(scope: PageScope, _arg: str | None) -> str:
    return page_frame.contact(scope, scope.settings.feedback_url)


TABLE: dict[str, Handler] = {
    "quote": quotes.figure,                    # a quote, by id
    "advice": chapters.advice,                 # a case's three pieces of advice
    "questions": chapters.questions,           # a principle's reflection questions
    "principle-list": indexes.principle_list,  # the five principles (front page)
    "case-list": indexes.case_list,            # the five cases (front page)
    "theme-index": indexes.theme_index,        # /temaer/
    "quote-explorer": indexes.quote_explorer,  # /citater/
    "advice-sheet": indexes.advice_sheet,      # /raad/
    "completeness": completeness.tables,       # /om/fuldstaendighed/
    "colophon": _colophon,                     # /om/
    "changelog": _changelog,                   # /om/aendringer/
    "downloads": downloads.block,              # /om/: the PDFs and the offline zip, if built
    "contact": _contact,                       # /tilgaengelighed/: where to write
}
NAMES = frozenset(TABLE) | {GATHERS_CHAPTERS}
