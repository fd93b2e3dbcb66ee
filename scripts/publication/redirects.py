"""Moved pages (data/redirects.yml): the old address keeps working in every edition, with the
#anchor a reader followed. The build writes a small redirect page at the old address (any host,
and from disk); the nginx configuration answers 301 instead, from the same list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from jinja2 import Environment
from mkdocs.utils import get_relative_url

from .editions import edition_root, site_path
from .guards import site_path_problem
from .problems import ContentError, Problem
from .yamlsource import load_yaml

SOURCE = "data/redirects.yml"
SCRIPT = "assets/javascripts/redirect.js"  # keeps the reader's #anchor and ?query on the way


@dataclass(frozen=True)
class Redirect:
    old: str  # site-relative, no leading slash, trailing slash: 'greb/gammelt-navn/'
    new: str
    line: int | None
    # False for a page removed for good: links to its sections open the new page at the top.
    keep_anchors: bool = True


_KEYS = {"from", "to", "keep_anchors"}
# Folders the build writes itself (Material's assets and search index, the quote export, the
# server's includes): a redirect page there would overwrite or collide with them.
RESERVED_FOLDERS = {"assets", "search", "data", ".hosting"}


def reserved_problem(old: str) -> str | None:
    """Why an old address cannot be redirected: it is the build's own, or a file."""
    first, last = old.split("/")[0], old.rstrip("/").rsplit("/", 1)[-1]
    if first in RESERVED_FOLDERS:
        return (f"'{old}' is inside {first}/, which the build writes itself; only a page's "
                "address can be redirected")
    if "." in last:
        return (f"'{old}' names a file of the site ({last}); only a page's address (a "
                "folder, such as greb/gammelt-navn/) can be redirected")
    return None


def load_redirects(root: Path) -> list[Redirect]:
    path = root / SOURCE
    if not path.exists():
        return []
    doc = load_yaml(path, SOURCE, expect=list, what=" of redirects (- from: …, to: …)")
    problems, redirects, seen = [], [], {}
    for entry in doc.data or []:
        line = doc.line_of(entry) if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or not {"from", "to"} <= set(entry) <= _KEYS:
            problems.append(Problem(SOURCE, line or doc.line_of(doc.data),
                                    "each redirect needs a 'from' and a 'to' path (and, for a "
                                    "page removed for good, may say keep_anchors: false)"))
            continue
        if not isinstance(entry.get("keep_anchors", True), bool):
            problems.append(Problem(SOURCE, doc.line_of(entry, "keep_anchors"),
                                    "keep_anchors is true or false"))
            continue
        wrong = [(key, site_path_problem(entry[key])) for key in ("from", "to")]
        wrong = [(key, problem) for key, problem in wrong if problem]
        for key, problem in wrong:
            problems.append(Problem(SOURCE, doc.line_of(entry, key), f"'{key}' {problem}"))
        if wrong:
            continue
        redirect = Redirect(site_path(entry["from"]), site_path(entry["to"]), line,
                            entry.get("keep_anchors", True))
        reserved = reserved_problem(redirect.old)
        if reserved:
            problems.append(Problem(SOURCE, doc.line_of(entry, "from"), reserved))
        elif redirect.old == redirect.new:
            problems.append(Problem(SOURCE, line, f"'{redirect.old}' redirects to itself"))
        elif not redirect.old:
            problems.append(Problem(SOURCE, line, "the front page cannot be redirected"))
        elif redirect.old in seen:
            problems.append(Problem(SOURCE, line, f"'{redirect.old}' is redirected twice "
                                                  f"(also on line {seen[redirect.old]})"))
        else:
            seen[redirect.old] = line
            redirects.append(redirect)
    if problems:
        raise ContentError(problems)
    return redirects


def in_editions(redirects: Sequence[Redirect], languages: Sequence[str],
                default: str) -> dict[str, str]:
    """Old site path -> new site path, both root-absolute ('/en/greb/x/'), every edition."""
    return {f"/{edition_root(lang, default)}{r.old}": f"/{edition_root(lang, default)}{r.new}"
            for r in redirects for lang in languages}


def anchors_dropped(redirects: Sequence[Redirect], languages: Sequence[str],
                    default: str) -> set[str]:
    """The old root-absolute paths, every edition, whose sections were removed for good."""
    return {f"/{edition_root(lang, default)}{r.old}" for r in redirects if not r.keep_anchors
            for lang in languages}


def _page(site_dir: Path, path: str) -> Path:
    return site_dir / path / "index.html"


# A whole page, rendered with autoescaping like our partials: every value comes out as text.
_REDIRECT_PAGE = Environment(autoescape=True, keep_trailing_newline=True).from_string(
    '<!doctype html>\n<html lang="{{ lang }}">\n<head>\n<meta charset="utf-8">\n'
    "<title>{{ title }}</title>\n"
    '<link rel="canonical" href="{{ absolute_new }}">\n'
    '<meta name="robots" content="noindex">\n'
    '<meta http-equiv="refresh" content="0; url={{ target }}">\n</head>\n<body>\n'
    '<p>{{ text }} <a id="ldi-redirect" href="{{ target }}">{{ absolute_new }}</a>.</p>\n'
    '<script src="{{ script }}"></script>\n</body>\n</html>\n')


def redirect_page(lang: str, old_url: str, new_url: str, absolute_new: str,
                  labels: Mapping[str, str]) -> str:
    """A static redirect that works on any host and from file://; nginx answers 301 instead."""
    return _REDIRECT_PAGE.render(
        lang=lang, title=labels["redirect_title"], text=labels["redirect_text"],
        absolute_new=absolute_new, target=get_relative_url(new_url, old_url),
        script=get_relative_url(SCRIPT, old_url))


def write_redirect_pages(site_dir: Path, redirects: Sequence[Redirect], languages: Sequence[str],
                         default: str, site_url: str,
                         labels: Mapping[str, Mapping[str, str]]) -> None:
    problems = []
    for redirect in redirects:
        for lang in languages:
            root = edition_root(lang, default)
            old, new = root + redirect.old, root + redirect.new
            if not _page(site_dir, new).exists():
                problems.append(Problem(SOURCE, redirect.line,
                                        f"redirect target '/{new}' is not a page of the site"))
            elif _page(site_dir, old).exists():
                problems.append(Problem(SOURCE, redirect.line, f"'/{old}' is still a page: "
                                                               "remove the page or the redirect"))
            else:
                _page(site_dir, old).parent.mkdir(parents=True, exist_ok=True)
                _page(site_dir, old).write_text(
                    redirect_page(lang, old, new, urljoin(site_url, new), labels[lang]),
                    encoding="utf-8")
    if problems:
        raise ContentError(problems)
