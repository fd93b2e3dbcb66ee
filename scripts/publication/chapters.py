"""Principles and cases as the publication presents them: their titles and place in the
publication, the head of their pages, their advice and reflection questions."""

from __future__ import annotations

import re

from . import sources
from .models import Case, Chapter, Principle
from .pages import translation_uri
from .registry import Registry
from .scope import PageScope
from .shortcodes import ShortcodeError, usage
from .slugs import slugify


def title(registry: Registry, chapter: Chapter, lang: str) -> str:
    """'3. Lederne skaber kultur …' for a principle; the workplace's name for a case."""
    if isinstance(chapter, Principle):
        return f"{chapter.number}. {chapter.title[lang]}"
    return registry.workplaces[chapter.workplace].name[lang]


def short_title(registry: Registry, chapter: Chapter, lang: str) -> str:
    """The title for browser tabs and search results: the data's short form, where given."""
    return chapter.short_title[lang] if chapter.short_title else title(registry, chapter, lang)


def number(registry: Registry, chapter: Chapter) -> int:
    """The chapter's number among its kind: the principle's own, the case's place in order."""
    return chapter.number if isinstance(chapter, Principle) else registry.case_number(chapter.id)


def position(scope: PageScope, chapter: Chapter) -> str:
    """'Greb 3 af 5' or 'Case 1 af 5': where a chapter sits in the publication."""
    registry = scope.registry
    if isinstance(chapter, Principle):
        return scope.t.format("principle_position", number=chapter.number,
                              total=len(registry.principles))
    return scope.t.format("case_position", number=registry.case_number(chapter.id),
                          total=len(registry.cases))


def chapters_in_order(registry: Registry) -> list[Chapter]:
    return [*registry.principles.values(), *registry.cases.values()]


def markdown_text(text: str) -> str:
    """Data text made safe for a markdown heading: no HTML, no markdown syntax."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_{}\[\]#|!])", r"\\\1", text)


def heading(level: int, text: str, anchor: str, lang: str | None = None) -> str:
    lang_attr = f" lang={lang}" if lang else ""
    return f"{'#' * level} {markdown_text(text)} {{ #{anchor}{lang_attr} }}"


# --- the head of a chapter page -------------------------------------------------------------

def header(scope: PageScope, tools: str) -> str:
    """Kicker, title, (for a case) tagline and facts, the page tools, and what the sources
    hold of the chapter: compact, so a phone's first screen reaches the text."""
    chapter, t = scope.chapter, scope.t
    if chapter is None:
        return ""
    workplace = None if isinstance(chapter, Principle) else \
        scope.registry.workplaces[chapter.workplace]
    # A case's title is the workplace's Danish name, also on translated pages.
    title_lang = scope.original_lang if workplace is not None and scope.translated else None
    notice = None
    if chapter.text == "summary":
        notice = (t["summary_title"], t[f"summary_{chapter.KIND}"])
    elif scope.translated:
        notice = (t["translation_title"], "")
    parts = [
        scope.render("chapter_kicker.html", position=position(scope, chapter),
                     status=t[f"text_{chapter.text}"]),
        heading(1, title(scope.registry, chapter, scope.lang), chapter.id, title_lang),
        scope.render("chapter_head.html", case=None if workplace is None else chapter,
                     workplace=workplace),
        tools,
    ]
    if notice:
        parts.append(scope.render("notice.html", title=notice[0], text=notice[1],
                                  original_url=scope.original_url))
    return "\n\n".join(part for part in parts if part) + "\n\n"


def with_header(markdown: str, scope: PageScope, tools: str) -> str:
    """A chapter page's markdown with its generated head in front."""
    return header(scope, tools) + markdown if scope.chapter is not None else markdown


def heading_id(value: str, separator: str) -> str:
    """Heading ids spelled the Danish way in ASCII (æ → ae), for Python-Markdown's toc."""
    return slugify(value).replace("-", separator)


# --- shortcodes: <!-- md:advice --> and <!-- md:questions --> -------------------------------

def _chapter(scope: PageScope, shortcode: str, kind: str, wanted: str | None):
    """The chapter a shortcode names, or the one its page presents."""
    table = scope.registry.chapters_of(kind)
    wanted = wanted or (scope.source.chapter_id if scope.source.chapter_kind == kind else None)
    if not wanted:
        raise ShortcodeError(f"name the {kind}: {usage(shortcode, kind.upper() + '-ID')}, "
                             f"or place it on a {kind}'s page")
    if wanted not in table:
        raise ShortcodeError(f"unknown {kind} id '{wanted}'")
    return table[wanted]


def advice(scope: PageScope, case_id: str | None) -> str:
    """'Tre gode råd': the case's advice as numbered cards."""
    case = _chapter(scope, "advice", "case", case_id)
    return scope.render("advice.html", case=case)


def questions(scope: PageScope, principle_id: str | None) -> str:
    """'Værd at overveje': the principle's reflection questions."""
    principle = _chapter(scope, "questions", "principle", principle_id)
    return scope.render("questions.html", principle=principle)


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph, for a chapter's card."""
    match = re.match(r"(.+?[.!?])(?=\s+[A-ZÆØÅ\"“»])", " ".join(text.split()))
    return match.group(1) if match else " ".join(text.split())


def opening_line(scope: PageScope, chapter: Chapter) -> str:
    """What a chapter is, in one line of its own words: the first sentence of its page's
    first paragraph in the scope's language (a case: its tagline); its title where the page
    has no text."""
    if isinstance(chapter, Case):
        return chapter.tagline[scope.lang]
    page = scope.content.pages.get(translation_uri(chapter.page, scope.lang,
                                                   scope.content.default))
    blocks = sources.page_blocks(page.html, whole_page=True) if page else []
    return first_sentence(blocks[0]) if blocks else chapter.title[scope.lang]
