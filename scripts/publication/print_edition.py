"""The whole publication on one page (/print/ and /en/print/), for paper and "Save as PDF".

``<!-- md:whole-publication -->`` is replaced by every chapter, in reading order: each
principle, each case, then all the advice. Built from the same pages as the chapters, before
the page's shortcodes are expanded, so one expansion renders everything. Headings move down one
level under the page's own title, heading ids get the chapter's id in front (five cases each
have #tre-gode-raad), links to chapters point inside the page, and a quote two chapters place is
shown once. The "related" blocks stay out: they would print quotes twice.
"""

from __future__ import annotations

import posixpath
import re

from . import chapters, indexes, qr
from .pages import GATHERS_CHAPTERS, translation_uri
from .scope import PageScope
from .shortcodes import uses, with_argument

_HEADING = re.compile(r"^(#{1,5}) (.*?)(\s*\{[^}]*\})?\s*$", re.MULTILINE)
_LINK = re.compile(r"\]\((?P<target>[^)\s#]+\.md)(?P<anchor>#[\w-]+)?\)")
ADVICE_ANCHOR = "alle-raad"


def demote_headings(markdown: str, chapter_id: str, levels: int = 1) -> str:
    """``levels`` down; explicit ids become '<chapter>-<id>' except the chapter's own."""

    def demote(match: re.Match) -> str:
        hashes, text, attributes = match[1], match[2], match[3] or ""
        attributes = re.sub(r"#([\w-]+)", lambda m: "#" + (
            m[1] if m[1] == chapter_id else f"{chapter_id}-{m[1]}"), attributes)
        return f"{'#' * levels}{hashes} {text}{attributes}"

    return _HEADING.sub(demote, markdown)


def _rebase_links(body: str, chapter_src: str, chapter_anchors: dict[str, str]) -> str:
    """A chapter's own markdown links, written relative to its page, made right here."""

    def rebase(match: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(chapter_src),
                                                   match["target"]))
        if target in chapter_anchors:
            return f"]({chapter_anchors[target]})"
        return f"]({target}{match['anchor'] or ''})"

    return _LINK.sub(rebase, body)


def gather(markdown: str, scope: PageScope) -> str:
    """The page with ``<!-- md:whole-publication -->`` replaced by every chapter."""
    if not any(use.name == GATHERS_CHAPTERS for use in uses(markdown)):
        return markdown
    content, t = scope.content, scope.t
    order = chapters.chapters_in_order(scope.registry)
    anchors = {c.page: f"#{c.id}" for c in order}
    scope.links_here = anchors.get  # a link to a chapter leads to its place on this page

    toc = [{"url": f"#{c.id}", "label": chapters.title(scope.registry, c, scope.lang),
            "proper_name": isinstance(c, chapters.Case)} for c in order]
    toc.append({"url": f"#{ADVICE_ANCHOR}", "label": t["advice_heading"]})
    parts = [scope.render("print_toc.html", items=toc)]

    for chapter in order:
        source = content.pages.get(translation_uri(chapter.page, scope.lang, content.default))
        chapter_scope = PageScope(content, source, scope.urls, scope.settings,
                                  scope.shown_quotes, scope.links_here, written_into=scope.url)
        body = with_argument(with_argument(source.body, "advice", chapter.id),
                             "questions", chapter.id)
        body = _rebase_links(body, chapter.page, anchors)
        url = scope.absolute(chapter.page)
        parts += ['<section class="ldi-chapter" markdown>',
                  demote_headings(chapters.header(chapter_scope, tools="") + body, chapter.id),
                  scope.render("print_source.html", url=url, qr=qr.svg(url),
                               publication=scope.registry.publication),
                  "</section>"]

    # The advice is a chapter of its own: its heading stands level with the chapters' titles
    # (it is written one level below a page's title already), not under the last case.
    sheet = indexes.advice_sheet(scope, with_questions=False)
    sheet = sheet.replace("{ #tre-gode-raad }", f"{{ #{ADVICE_ANCHOR} }}", 1)
    parts += ['<section class="ldi-chapter" markdown>',
              demote_headings(sheet, ADVICE_ANCHOR, levels=0), "</section>"]
    gathered = "\n\n".join(parts)
    return re.sub(r"<!--\s*md:" + GATHERS_CHAPTERS + r"\s*-->", lambda _: gathered, markdown)
