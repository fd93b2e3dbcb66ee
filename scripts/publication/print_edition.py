"""The whole publication on one page (/print/ and /en/print/), for paper and "Save as PDF".

Built from the same sources as the chapter pages, in reading order: every principle, every
case, then all the advice. Headings move down one level under the page's own title, heading
ids get the chapter's id in front (five cases each have #tre-gode-raad), and links to chapters
point inside the page. The "related" blocks stay out: they would print quotes twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from . import indexes, shortcodes
from .render import PageScope, Renderer, case_page, principle_page

@dataclass(frozen=True)
class Source:
    """A docs page in the page's language, as the print page reads it."""

    body: str  # markdown without front matter
    meta: dict  # front matter
    path: str  # as shown in messages: docs/greb/x.en.md
    line_of: Callable[[str], int | None]  # line of a snippet in the file


SourceReader = Callable[[str], Source]

_HEADING = re.compile(r"^(#{1,5}) (.*?)(\s*\{[^}]*\})?\s*$", re.MULTILINE)


def demote_headings(markdown: str, chapter_id: str) -> str:
    """One level down; explicit ids become '<chapter>-<id>' except the chapter's own."""

    def demote(match: re.Match) -> str:
        hashes, text, attributes = match[1], match[2], match[3] or ""
        attributes = re.sub(r"#([\w-]+)", lambda m: "#" + (
            m[1] if m[1] == chapter_id else f"{chapter_id}-{m[1]}"), attributes)
        return f"#{hashes} {text}{attributes}"

    return _HEADING.sub(demote, markdown)


def _chapters(r: Renderer) -> list[tuple[str, str, str]]:
    """(kind, id, source page) in reading order."""
    return ([("principle", p.id, principle_page(p.id)) for p in r.registry.principles.values()]
            + [("case", c.id, case_page(c.id)) for c in r.registry.cases.values()])


def whole_publication(r: Renderer, scope: PageScope, read_source: SourceReader) -> str:
    t = r.labels[scope.lang]
    chapters = _chapters(r)
    in_page = {source: f"#{chapter_id}" for _, chapter_id, source in chapters}

    def link(src_path: str) -> str | None:
        return in_page.get(src_path) or scope.link(src_path)

    toc = [{"url": in_page[principle_page(p.id)], "label": r.principle_label(scope, p)}
           for p in r.registry.principles.values()]
    toc += [{"url": in_page[case_page(c.id)],
             "label": r.registry.workplaces[c.workplace].name[scope.lang],
             "proper_name": True} for c in r.registry.cases.values()]
    toc.append({"url": "#alle-raad", "label": t["advice_heading"]})
    parts = [f'<nav class="ldi-print-toc" aria-label="{t["print_toc"]}">',
             f'<p class="ldi-print-toc__title">{t["print_toc"]}</p>',
             r.template("link_list.html", scope, items=toc), "</nav>"]

    for _, chapter_id, source in chapters:
        page = read_source(source)
        chapter = PageScope(lang=scope.lang, original_lang=scope.original_lang, link=link,
                            meta=page.meta)
        markdown = r.page_header(chapter) + shortcodes.expand(
            page.body, indexes.shortcode_handlers(r, chapter), page.path, page.line_of)
        parts += ['<section class="ldi-chapter" markdown>',
                  demote_headings(markdown, chapter_id), "</section>"]

    sheet = indexes.advice_sheet(r, PageScope(scope.lang, scope.original_lang, link),
                                 with_questions=False)
    parts += ['<section class="ldi-chapter" markdown>',
              demote_headings(sheet.replace("{ #tre-gode-raad }", "{ #alle-raad }", 1),
                              "alle-raad"), "</section>"]
    return "\n\n".join(parts)
