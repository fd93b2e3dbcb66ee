"""The whole content of the edition, read and checked once before anything is rendered:
data/ (the registry, the site's labels, the change log), sources/ and docs/.

Every problem of every file is collected and reported together, so an editor mends them in one
go. `mkdocs-static-i18n` re-runs the build once per language and `mkdocs serve` once per save:
the content is loaded again only when a file below data/, docs/ or sources/ changed.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from . import changelog, redirects, source_copies, sources
from .crosslinks import CrossLinks
from .editions import page_path
from .labels import Labels, load_labels
from .models import Change
from .pages import Pages, check_pages, read_pages
from .problems import ContentError, Problem
from .registry import Registry, load_publication, load_registry
from .search_words import SearchWords, load_search_words

TEMPLATES = Path("overrides") / "partials" / "publication"
WATCHED = ("data", "docs", "sources", str(TEMPLATES))
# Compiled templates, Material's and ours, kept between builds (keyed by each template's source,
# so a changed template is compiled again): most of a rebuild under `make serve` was compiling.
TEMPLATE_CACHE = FileSystemBytecodeCache()


@dataclass(frozen=True)
class Content:
    root: Path
    languages: tuple[str, ...]
    default: str  # the publication's own language: its words are verbatim in this one
    registry: Registry
    labels: dict[str, Labels]
    changes: list[Change]  # newest first
    sources: sources.Sources
    pages: Pages
    templates: Environment
    search_words: tuple[SearchWords, ...] = ()  # data/search.yml
    key: tuple = ()  # what it was read from (load_cached)

    @cached_property
    def links(self) -> CrossLinks:
        return CrossLinks(self.registry)


def templates(root: Path) -> Environment:
    """Our partials; autoescaping makes any HTML in data come out as text."""
    return Environment(loader=FileSystemLoader(root / TEMPLATES), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                       bytecode_cache=TEMPLATE_CACHE)


def _collect(problems: list[Problem], load, *args):
    try:
        return load(*args)
    except ContentError as error:
        problems.extend(error.problems)
        return None


def load_content(root: Path, languages: Sequence[str], default: str,
                 shortcodes: Collection[str]) -> Content:
    """Read and check data/, sources/ and docs/; raise ContentError with every problem."""
    problems: list[Problem] = []
    registry = _collect(problems, load_registry, root, languages)
    labels = _collect(problems, load_labels, root, languages)
    reading = read_pages(root, languages, default, shortcodes)
    problems += reading.problems
    moved = _collect(problems, redirects.load_redirects, root) or []
    changes = _collect(problems, changelog.load_changes, root, languages,
                       _addresses(reading, moved))
    publication = registry.publication if registry else _collect([], load_publication, root)
    texts = publication and _collect(problems, sources.load_sources, root, publication.sources)
    if texts is not None:
        problems += source_copies.copy_problems(texts)
        problems += _page_word_problems(reading.pages.values(), texts, default)
    if registry is None:  # the rest is checked against the data
        raise ContentError(problems)
    pages = _collect(problems, check_pages, reading, registry, languages, default)
    if texts is not None:
        problems += sources.data_problems(registry, texts, default)
    if pages is not None:
        problems += _named_case_problems(registry, pages)
    words = _collect(problems, load_search_words, root,
                     {page_path(page.base_uri) for page in reading.pages.values()},
                     registry.themes)
    if problems:
        raise ContentError(problems)
    return Content(root, tuple(languages), default, registry, labels, changes, texts, pages,
                   templates(root), tuple(words))


def _addresses(reading, moved: list[redirects.Redirect]) -> set[str]:
    """Where the site's pages are ('', 'greb/', 'greb/x/'), and the moved pages' old places."""
    return {page_path(page.base_uri) for page in reading.pages.values()} | {
        redirect.old for redirect in moved}


def _page_word_problems(pages, texts: sources.Sources, default: str) -> list[Problem]:
    """The Danish pages' words that are presented as the publication's, checked."""
    problems = []
    for page in pages:
        if page.lang != default:
            continue
        body_lines = page.body.split("\n")
        for text in sources.page_blocks(page.html, whole_page=page.chapter_folder is not None):
            if not texts.contains(text):
                line = sources.line_in(body_lines, text)
                problems.append(Problem(
                    page.path, page.body_line + line - 1 if line else None,
                    "this text stands as the publication's words but is not word for word in "
                    "sources/:\n" + texts.difference(text)))
    return problems


def _named_case_problems(registry: Registry, pages: Pages) -> list[Problem]:
    """A principle's 'cases:' lists exactly the workplaces its Danish text names, so the
    cross-links follow the text when a full chapter arrives."""
    problems = []
    for principle in registry.principles.values():
        page = pages.get(principle.page)
        if page is None:
            continue
        text = sources.normalise(page.body)
        named = [case.id for case in registry.cases.values()
                 if any(alias in text for alias in registry.workplaces[case.workplace].aliases)]
        if set(named) != set(principle.cases):
            where = registry.where("principles", principle.id)
            problems.append(Problem(where.path, where.line_of("cases"),
                                    f"principle '{principle.id}': its text names the cases "
                                    f"{named or 'none'}; write cases: [{', '.join(named)}]"))
    return problems


# --- loaded once per change --------------------------------------------------------------


def fingerprint(root: Path) -> tuple:
    """Changes when any file the content is read from does."""
    return tuple((path.as_posix(), path.stat().st_mtime_ns, path.stat().st_size)
                 for folder in WATCHED for path in sorted((root / folder).rglob("*"))
                 if path.is_file())


def load_cached(root: Path, languages: Sequence[str], default: str,
                shortcodes: Collection[str], previous: Content | None = None) -> Content:
    """The content, read again only when a file it comes from changed since ``previous``
    (the last build's, under `make serve` and between the i18n plugin's language builds)."""
    key = (root, tuple(languages), default, tuple(sorted(shortcodes)), fingerprint(root))
    if previous is not None and previous.key == key:
        return previous
    return replace(load_content(root, languages, default, shortcodes), key=key)
