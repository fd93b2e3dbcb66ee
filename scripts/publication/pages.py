"""The pages of docs/, read once and checked before anything is rendered.

Here, and only here, a page is decided to be a principle page, a case page or another page:
a page in docs/greb/ is the principle its front matter names (``principle: ID``, the file's
own name), a page in docs/cases/ the case (``case: ID``). Everything later asks the page.

Front matter is read strictly (a duplicate key, an impossible date or an unknown key is an
error with its line, where MkDocs would silently drop the whole front matter), every page has
its translations with the same skeleton, and every quote a page places is known and placed
once. Where each quote is placed is recorded, so generated blocks never repeat it and
"the quote in context" can point to its place.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath

import markdown as python_markdown
from mkdocs.utils.meta import YAML_RE

from . import twins
from .characters import alphabets, invisible_characters, look_alike_words
from .guards import docs_file_problems, unsafe_markup
from .limits import size_problem
from .models import CHAPTER_TYPES
from .page_links import link_problems
from .problems import ContentError, Problem
from .registry import Registry, unknown_id
from .reviews import ReviewError, read_review
from .shortcodes import syntax_problems, uses
from .yamlsource import parse_yaml, read_text

DOCS = "docs"
# folder -> the front matter key that names the chapter, and the registry table it names
CHAPTER_FOLDERS = {kind.FOLDER: (kind.KIND, kind.TABLE) for kind in CHAPTER_TYPES}
FRONT_MATTER_KEYS = {
    "last_reviewed": "the date the page was last reviewed (YYYY-MM-DD)",
    "review_in": "months until the next review",
    "principle": "the principle a page in docs/greb/ presents",
    "case": "the case a page in docs/cases/ presents",
    "title": "the page's title, where the first heading will not do",
    "short_title": "a shorter title for browser tabs",
    "description": "the page's description for search engines and link previews",
    "hide": "parts of the theme to hide (toc, navigation)",
    "search": "search settings (exclude: true)",
}
GATHERS_CHAPTERS = "whole-publication"  # the shortcode of the page that holds every chapter


@dataclass(frozen=True)
class PageSource:
    """One markdown file of docs/, its front matter parsed."""

    src_uri: str  # as MkDocs names it: greb/kultur-og-rammer.en.md
    base_uri: str  # the original's path, shared by every language: greb/kultur-og-rammer.md
    lang: str
    meta: Mapping = field(repr=False)
    body: str = field(repr=False)  # markdown after the front matter
    body_line: int = 1  # the file line the body starts on
    chapter_kind: str | None = None  # "principle", "case" or None
    chapter_id: str | None = None

    @property
    def path(self) -> str:
        return f"{DOCS}/{self.src_uri}"

    @property
    def chapter_folder(self) -> str | None:
        """'greb' or 'cases' for a chapter's page (not the folder's index), else None."""
        parts = PurePosixPath(self.base_uri).parts
        if len(parts) == 2 and parts[0] in CHAPTER_FOLDERS and parts[1] != "index.md":
            return parts[0]
        return None

    @cached_property
    def html(self) -> str:
        """The page's own markdown as HTML (no shortcode expanded), for the checks."""
        return python_markdown.markdown(self.body, extensions=["attr_list", "md_in_html",
                                                                "admonition"])

    def line_at(self, offset: int) -> int:
        """The file line of a position in the body."""
        return self.body_line + self.body.count("\n", 0, offset)

    def line_of(self, snippet: str) -> int | None:
        offset = self.body.find(snippet)
        return self.line_at(offset) if offset >= 0 else None


@dataclass(frozen=True)
class Pages:
    by_uri: dict[str, PageSource]
    # quote id -> the originals' paths that place it, in reading order
    placements: dict[str, list[str]]

    def get(self, src_uri: str) -> PageSource | None:
        return self.by_uri.get(src_uri)


def split_language(src_uri: str, languages: Sequence[str], default: str) -> tuple[str, str]:
    """'greb/x.en.md' -> ('greb/x.md', 'en'); 'greb/x.md' -> ('greb/x.md', default)."""
    path = PurePosixPath(src_uri)
    stem, dot, lang = path.stem.rpartition(".")
    if dot and lang in languages and lang != default:
        return str(path.with_name(stem + path.suffix)), lang
    return src_uri, default


def page_placing(docs_dir: Path, shortcode: str) -> str | None:
    """The first page (its original's path) that places ``<!-- md:SHORTCODE -->``: where the
    whole publication, the quotes or the advice sheets are, wherever an editor moves them."""
    for path in sorted(docs_dir.rglob("*.md")):
        if len(path.suffixes) == 1 and any(use.name == shortcode
                                           for use in uses(read_text(path, str(path)))):
            return path.relative_to(docs_dir).as_posix()
    return None


def translation_uri(base_uri: str, lang: str, default: str) -> str:
    """The page of ``lang`` for an original: 'greb/x.md' -> 'greb/x.en.md' (the original
    itself for the default language). The inverse of split_language."""
    return base_uri if lang == default else f"{base_uri.removesuffix('.md')}.{lang}.md"


# --- reading one page ---------------------------------------------------------------------

def read_page(docs_dir: Path, src_uri: str, languages: Sequence[str], default: str,
              problems: list[Problem]) -> PageSource | None:
    path = f"{DOCS}/{src_uri}"
    try:
        text = read_text(docs_dir / src_uri, path)
    except ContentError as error:
        problems.extend(error.problems)
        return None
    too_large = size_problem(text, path)
    if too_large:
        problems.append(too_large)
        return None
    meta, body, body_line = {}, text, 1
    match = YAML_RE.match(text)
    if match:
        try:
            doc = parse_yaml(match.group(1), path, first_line=2, expect=dict,
                             what=" (front matter: key: value lines between the --- lines)")
        except ContentError as error:
            problems.extend(error.problems)
            return None
        meta = doc.data or {}
        body, body_line = text[match.end():], text.count("\n", 0, match.end()) + 1
        for key in meta:
            if key not in FRONT_MATTER_KEYS:
                close = difflib.get_close_matches(str(key), FRONT_MATTER_KEYS, n=1)
                hint = f"did you mean '{close[0]}'?" if close else \
                    f"known: {', '.join(FRONT_MATTER_KEYS)}"
                problems.append(Problem(path, doc.line_of(meta, key),
                                        f"front matter key '{key}' is not known ({hint})"))
    base_uri, lang = split_language(src_uri, languages, default)
    try:
        read_review(meta)
    except ReviewError as error:
        problems.append(Problem(path, 2 if match else 1, str(error)))
    return PageSource(src_uri, base_uri, lang, meta, body, body_line)


def _with_chapter(page: PageSource, registry: Registry, problems: list[Problem]) -> PageSource:
    """The page with the chapter it presents, decided by its folder and front matter."""
    folder = page.chapter_folder
    declared = {key: page.meta[key] for key, _ in CHAPTER_FOLDERS.values() if key in page.meta}
    if folder not in CHAPTER_FOLDERS:
        for key in declared:
            home = next(f for f, (k, _) in CHAPTER_FOLDERS.items() if k == key)
            problems.append(Problem(page.path, 2, f"'{key}:' belongs on a page in docs/{home}/; "
                                                  "remove it here"))
        return page
    key, table = CHAPTER_FOLDERS[folder]
    stem = PurePosixPath(page.base_uri).stem
    chapter_id = declared.get(key)
    if chapter_id is None:
        problems.append(Problem(page.path, 1, f"a page in docs/{folder}/ presents a {key}: add "
                                              f"'{key}: {stem}' to its front matter"))
        return page
    known = getattr(registry, table)
    if chapter_id not in known:
        problems.append(Problem(page.path, 2, f"{key}: " + unknown_id(key, str(chapter_id), known)))
        return page
    if chapter_id != stem:
        problems.append(Problem(page.path, 2, f"{key}: {chapter_id} does not match the file name "
                                              f"'{stem}': the page of {key} '{chapter_id}' is "
                                              f"docs/{folder}/{chapter_id}.md (to rename, use "
                                              "make rename)"))
        return page
    return PageSource(page.src_uri, page.base_uri, page.lang, page.meta, page.body,
                      page.body_line, key, chapter_id)


_HEADING_LINE = re.compile(r"^#{1,6} .*$", re.MULTILINE)
_EXPLICIT_ID = re.compile(r"\{[^}]*#([^\s}]+)[^}]*\}\s*$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def _character_problems(page: PageSource) -> list[Problem]:
    """Invisible controls anywhere in the page; look-alike letters in headings and their ids,
    which become addresses."""
    problems = [Problem(page.path, line, what)
                for line, what in invisible_characters(page.body, page.body_line)]
    for heading in _HEADING_LINE.finditer(page.body):
        line = page.line_at(heading.start())
        explicit = _EXPLICIT_ID.search(heading[0])
        if explicit and not _ID.match(explicit[1]):
            problems.append(Problem(page.path, line, f"the heading id '{explicit[1]}' is part of "
                                    "an address: use lowercase a–z, digits and '-' only"))
        for word in look_alike_words(heading[0]):
            problems.append(Problem(page.path, line, f"the word '{word}' mixes alphabets "
                                    f"({', '.join(sorted(alphabets(word))).lower()}): a "
                                    "look-alike letter; type the word again"))
    return problems


def _link_line(page: PageSource, written: str) -> int | None:
    """The line of a link or image as markdown or HTML writes it; the words alone may stand
    earlier in the text."""
    for form in (f"]({written}", f'="{written}"', f"<{written}>", written):
        line = page.line_of(form)
        if line:
            return line
    return None


# --- checks across pages ----------------------------------------------------------------------

def _twin_problems(pages: dict[str, PageSource], languages: Sequence[str], default: str,
                   reported: set[str]):
    """Translations missing or unlike their original; pages with a problem of their own
    (``reported``) are not compared, so one mistake is not reported twice."""
    by_base: dict[str, dict[str, PageSource]] = defaultdict(dict)
    for page in pages.values():
        by_base[page.base_uri][page.lang] = page
    for base, editions in sorted(by_base.items()):
        original = editions.get(default)
        if original is None:
            twin = next(iter(editions.values()))
            yield Problem(twin.path, None, f"has no Danish original: create {DOCS}/{base}")
            continue
        for lang in languages:
            translation = editions.get(lang)
            if lang == default:
                continue
            if translation is None:
                yield Problem(original.path, None, f"has no '{lang}' translation: create "
                                                   f"{DOCS}/{translation_uri(base, lang, default)}")
                continue
            if {original.path, translation.path} & reported:
                continue
            for difference in twins.differences(
                    twins.skeleton(original.meta, original.body),
                    twins.skeleton(translation.meta, translation.body)):
                yield Problem(translation.path,
                              _line(translation, difference.written(difference.translation)),
                              difference.message(original.path, _line(
                                  original, difference.written(difference.original))))


def _line(page: PageSource, text: str | None) -> int | None:
    return page.line_of(text) if text else None


def _placement_problems(page: PageSource, registry: Registry, default: str,
                        placements: dict[str, list[str]]):
    """Every quote a page places exists, and stands once on the page."""
    seen: dict[str, int] = {}
    for use in uses(page.body):
        if use.name != "quote" or not use.arg:
            continue
        line = page.line_at(use.offset)
        if use.arg not in registry.quotes:
            yield Problem(page.path, line, f"{use.text}: "
                          + unknown_id("quote", use.arg, registry.quotes) + " (data/quotes.yml)")
        elif use.arg in seen:
            yield Problem(page.path, line, f"quote '{use.arg}' is placed twice on this page "
                                           f"(also on line {seen[use.arg]}); keep one")
        else:
            seen[use.arg] = line
            if page.lang == default:
                placements[use.arg].append(page.base_uri)


def _reading_order(registry: Registry, base_uris: Collection[str]) -> list[str]:
    chapters = [c.page for c in (*registry.principles.values(), *registry.cases.values())]
    return [uri for uri in chapters if uri in base_uris] + sorted(set(base_uris) - set(chapters))


@dataclass
class Reading:
    """Every page of docs/ as read, before the data is consulted."""

    pages: dict[str, PageSource]
    unreadable: set[str]
    problems: list[Problem]


def read_pages(root: Path, languages: Sequence[str], default: str,
               shortcodes: Collection[str]) -> Reading:
    """Front matter, shortcode spelling and unsafe markup of every page: what needs no data."""
    docs_dir = root / DOCS
    reading = Reading({}, set(), [])
    files = {f.relative_to(docs_dir).as_posix() for f in docs_dir.rglob("*") if f.is_file()}
    for uri in sorted(files):
        reading.problems += docs_file_problems(docs_dir, uri)
    for src_uri in sorted(uri for uri in files if uri.endswith(".md")):
        page = read_page(docs_dir, src_uri, languages, default, reading.problems)
        if page is None:
            reading.unreadable.add(src_uri)
            continue
        reading.pages[src_uri] = page
        reading.problems += _character_problems(page)
        reading.problems += syntax_problems(page.body, shortcodes, page.path, page.line_at)
        reading.problems += [Problem(page.path, page.line_of(needle), f"{tag}: {wrong}")
                             for tag, wrong, needle in unsafe_markup(page.html)]
        reading.problems += [Problem(page.path, _link_line(page, written),
                                     f"link '{written}': {wrong}")
                             for written, wrong in link_problems(src_uri, page.html, files)]
    return reading


def check_pages(reading: Reading, registry: Registry, languages: Sequence[str],
                default: str) -> Pages:
    """The pages against the data: chapters, translations and placed quotes; raises
    ContentError listing every problem."""
    problems: list[Problem] = []
    pages = {uri: _with_chapter(page, registry, problems)
             for uri, page in reading.pages.items()}
    broken = {split_language(uri, languages, default)[0] for uri in reading.unreadable}
    reported = {p.path for p in [*reading.problems, *problems]}
    problems += [p for p in _twin_problems(pages, languages, default, reported)
                 if split_language(p.path.removeprefix(f"{DOCS}/"), languages, default)[0]
                 not in broken]
    for chapter in (*registry.principles.values(), *registry.cases.values()):
        if chapter.page not in pages and chapter.page not in reading.unreadable:
            where = registry.where(chapter.TABLE, chapter.id)
            problems.append(Problem(where.path, where.line, f"{chapter.KIND} '{chapter.id}' "
                                    f"has no page: create {DOCS}/{chapter.page}"))
    placements: dict[str, list[str]] = defaultdict(list)
    order = {uri: index for index, uri in enumerate(_reading_order(registry, pages))}
    for page in sorted(pages.values(), key=lambda p: order.get(p.src_uri, len(order))):
        problems += _placement_problems(page, registry, default, placements)
    if problems:
        raise ContentError(problems)
    return Pages(pages, dict(placements))
