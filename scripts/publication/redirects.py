"""Moved pages (data/redirects.yml): the old address keeps working in every edition."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.utils import get_relative_url

from .editions import edition_root
from .problems import ContentError, Problem
from .yamlsource import load_yaml

SOURCE = "data/redirects.yml"


@dataclass(frozen=True)
class Redirect:
    old: str  # site-relative, no leading slash, trailing slash: 'greb/gammelt-navn/'
    new: str
    line: int | None


def _normalise(path: str) -> str:
    path = path.strip().strip("/")
    return f"{path}/" if path else ""


def load_redirects(root: Path) -> list[Redirect]:
    path = root / SOURCE
    if not path.exists():
        return []
    doc = load_yaml(path, SOURCE)
    problems, redirects, seen = [], [], {}
    for entry in doc.data or []:
        line = doc.line_of(entry) if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or set(entry) != {"from", "to"} or not all(
                isinstance(entry[k], str) and entry[k].strip() for k in ("from", "to")):
            problems.append(Problem(SOURCE, line, "each redirect needs exactly 'from' and 'to' paths"))
            continue
        redirect = Redirect(_normalise(entry["from"]), _normalise(entry["to"]), line)
        if redirect.old == redirect.new:
            problems.append(Problem(SOURCE, line, f"'{redirect.old}' redirects to itself"))
        elif redirect.old in seen:
            problems.append(Problem(SOURCE, line, f"'{redirect.old}' is redirected twice "
                                                  f"(also on line {seen[redirect.old]})"))
        else:
            seen[redirect.old] = line
            redirects.append(redirect)
    if problems:
        raise ContentError(problems)
    return redirects


def _page(site_dir: Path, path: str) -> Path:
    return site_dir / path / "index.html"


def redirect_page(lang: str, old_url: str, new_url: str, absolute_new: str,
                  labels: Mapping[str, str]) -> str:
    """A static redirect that works on any host and from file://; nginx answers 301 instead."""
    title, text = escape(labels["redirect_title"]), escape(labels["redirect_text"])
    target = escape(get_relative_url(new_url, old_url))
    return (
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n"
        f'<link rel="canonical" href="{escape(absolute_new)}">\n'
        f'<meta name="robots" content="noindex">\n'
        f'<meta http-equiv="refresh" content="0; url={target}">\n</head>\n<body>\n'
        f'<p>{text} <a href="{target}">{escape(absolute_new)}</a>.</p>\n</body>\n</html>\n'
    )


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
                problems.append(Problem(SOURCE, redirect.line,
                                        f"'/{old}' is still a page: remove the page or the redirect"))
            else:
                _page(site_dir, old).parent.mkdir(parents=True, exist_ok=True)
                _page(site_dir, old).write_text(
                    redirect_page(lang, old, new, urljoin(site_url, new), labels[lang]),
                    encoding="utf-8")
    if problems:
        raise ContentError(problems)
