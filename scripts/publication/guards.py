"""What must never reach the published site, refused with the file (and line) to mend:

- a symbolic link in docs/, data/, sources/ or overrides/ (it could publish any file the
  build can read, the CI runner's environment included);
- a path or address from data or configuration that is not a plain site path, an ``https:``
  address or a ``mailto:`` with an address;
- script in a page: an inline ``<script>``, an event-handler attribute (``onclick=``), a
  ``javascript:`` link, inline styles, frames and other embedding;
- two elements with one id on a page (a deep link would land on the wrong one).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from .problems import ContentError, Problem

READ_FOLDERS = ("docs", "data", "sources", "overrides")


# --- files --------------------------------------------------------------------------------

def symlink_problems(root: Path, folders: Iterable[str] = READ_FOLDERS) -> Iterator[Problem]:
    for folder in folders:
        top = root / folder
        if top.is_symlink():
            yield Problem(folder, None, "is a symbolic link; the build reads only the "
                                        "project's own folders: replace it with the folder")
            continue
        for current, dirs, files in os.walk(top, followlinks=False):
            for name in sorted(dirs + files):
                path = Path(current) / name
                if path.is_symlink():
                    shown = path.relative_to(root).as_posix()
                    yield Problem(shown, None, "is a symbolic link, which could publish a file "
                                               "from outside the project: put the file itself "
                                               "here, or remove the link")


def folder_problems(root: Path, **folders: str) -> Iterator[Problem]:
    """Configured folders (docs_dir, custom_dir) must be the project's own."""
    for setting, value in folders.items():
        path = Path(value).resolve()
        if path != root.resolve() and root.resolve() not in path.parents:
            yield Problem("mkdocs.yml", None, f"{setting} '{value}' is outside the project: "
                                              "the build reads only the project's own folders")


# --- what docs/ may hold ----------------------------------------------------------------------
# Scripts come from the theme and overrides/assets/ only: a script or an HTML-like page in
# docs/ would be published beside the pages and run under the site's own policy.
_EXECUTABLE_SUFFIXES = {".js", ".mjs", ".cjs", ".wasm", ".html", ".htm", ".xhtml", ".xht",
                        ".shtml", ".xml", ".xsl", ".xslt", ".svgz", ".swf"}
_FILE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9]+)*$")


def docs_file_problems(docs_dir: Path, uri: str) -> Iterator[Problem]:
    """A file of docs/ that could run script, or whose name would make an odd address."""
    shown, suffix = f"docs/{uri}", Path(uri).suffix.lower()
    if suffix in _EXECUTABLE_SUFFIXES:
        yield Problem(shown, None, f"a '{suffix}' file is not published from docs/: the site's "
                                   "scripts live in overrides/assets/ and its pages are markdown; "
                                   "remove the file")
        return
    for part in uri.split("/"):
        if not _FILE_NAME.match(part):
            yield Problem(shown, None, f"the name '{part}' would be part of an address: use "
                                       "lowercase a–z, digits and '-' only (æ → ae, ø → oe, "
                                       "å → aa), such as min-side.md")
            break
    if suffix == ".svg":
        text = (docs_dir / uri).read_text(encoding="utf-8", errors="replace")
        for tag, wrong, needle in unsafe_markup(text):
            line = text.count("\n", 0, max(text.find(needle), 0)) + 1
            yield Problem(shown, line, f"{tag}: {wrong} (an image must not carry script)")


# --- values that become paths, addresses or configuration lines --------------------------------

_SEGMENT = r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*"
SITE_PATH = re.compile(rf"^/?(?:{_SEGMENT}/)*(?:{_SEGMENT})?/?$")
_MAILTO = re.compile(r"^mailto:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:\?[^\s\"'<>]*)?$")
_HTTPS = re.compile(r"^https://[A-Za-z0-9.-]+(?::\d+)?(?:/[^\s\"'<>\\]*)?$")


def site_path_problem(value: object) -> str | None:
    """None for a plain site path such as 'greb/gammelt-navn/'; else what is wrong."""
    if not isinstance(value, str) or not value.strip():
        return "must be a site path such as greb/gammelt-navn/"
    if value != value.strip():
        return f"'{value}' has a space at its start or end: remove it"
    if not SITE_PATH.match(value.strip()) or value.strip().startswith("//"):
        return (f"'{value}' is not a plain site path: use letters, digits, '-', '_' and '/' "
                "only, such as greb/gammelt-navn/ (no '..', quotes, spaces, '?' or '#')")
    return None


def address_problem(value: object, *, site_paths: bool = True) -> str | None:
    """None for an https: address, a mailto: with an address or (``site_paths``) a site path;
    else what is wrong."""
    if not isinstance(value, str) or not value.strip():
        return "must be an https: address, a mailto: address or a path of the site"
    value = value.strip()
    scheme = urlsplit(value).scheme.lower()
    if scheme == "https" and _HTTPS.match(value):
        return None
    if scheme == "mailto" and _MAILTO.match(value):
        return None
    if not scheme and site_paths and not site_path_problem(value.removesuffix(".md")):
        return None
    kinds = "https://…, mailto:name@example.dk" + (" or a path of the site" if site_paths else "")
    return f"'{value}' is not allowed here: write {kinds}"


# --- markup in pages ------------------------------------------------------------------------
# Read the way a browser's tokenizer reads it (html.parser): `<p/onclick=…>` has an onclick,
# `&#106;avascript:` is javascript:, a stray quote does not hide the attributes before it.

_FORBIDDEN_ELEMENTS = {
    "script": "an inline script",
    "style": "a style element (the site's styles live in its stylesheet)",
    "iframe": "a frame", "frame": "a frame", "frameset": "a frame", "portal": "a frame",
    "object": "an embedded object", "embed": "an embedded object", "applet": "an embedded object",
    "base": "a <base> element", "meta": "a <meta> element", "link": "a <link> element",
}
# Browsers drop tabs and line breaks inside a URL and ignore leading spaces and controls.
_URL_NOISE = re.compile(r"[\t\n\r]|^[\x00-\x20]+")
_SCRIPT_SCHEME = re.compile(r"^(?:javascript|vbscript):|^data:(?!image/(?:png|gif|jpe?g|webp)[;,])",
                            re.I)


def _shown(tag: str) -> str:
    tag = " ".join(tag.split())
    return tag if len(tag) <= 80 else tag[:77] + "…"


class _MarkupCheck(HTMLParser):
    """Collects (tag as written, what is wrong, words to find it by) and the ids of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[tuple[str, str, str]] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        written = self.get_starttag_text() or f"<{tag}>"
        # The tag as written finds its line in the page's source.
        found = lambda wrong: self.findings.append((_shown(written), wrong, written[:40]))  # noqa: E731
        if tag in _FORBIDDEN_ELEMENTS:
            found(f"{_FORBIDDEN_ELEMENTS[tag]} is not allowed in a page")
        for name, value in attrs:
            if name.startswith("on"):
                found(f"the event-handler attribute '{name}' is not allowed in a page")
            elif name == "style":
                found("a style attribute is not allowed (the policy refuses inline styles)")
            elif name == "id" and value:
                self.ids.append(value)
            if value and _SCRIPT_SCHEME.match(_URL_NOISE.sub("", value)):
                found(f"a javascript: (or vbscript:, data:) address in '{name}' is not "
                      "allowed, however it is written")

    handle_startendtag = handle_starttag


@functools.lru_cache(maxsize=2)  # a rendered page is asked for its scripts, then its ids
def _checked(html: str) -> _MarkupCheck:
    check = _MarkupCheck()
    check.feed(html)
    check.close()
    return check


def unsafe_markup(html: str) -> Iterator[tuple[str, str, str]]:
    """(the tag as written, what is wrong, the words to find it by in the page's source) for
    markup that could run script or load from elsewhere; the site's own markup has none."""
    yield from _checked(html).findings


def check_rendered(html: str, source) -> None:
    """A page as rendered, with every shortcode expanded: no unsafe markup, no id twice.
    ``source`` (pages.PageSource) finds the line the tag was written on."""
    problems = [Problem(source.path, source.line_of(needle), f"{tag}: {wrong}")
                for tag, wrong, needle in unsafe_markup(html)]
    problems += [Problem(source.path, None, f"the id '{element_id}' is on two elements; a link "
                                            "to it would land on the first")
                 for element_id in duplicate_ids(html)]
    if problems:
        raise ContentError(problems)


def duplicate_ids(html: str) -> list[str]:
    seen, repeated = set(), []
    for element_id in _checked(html).ids:
        if element_id in seen and element_id not in repeated:
            repeated.append(element_id)
        seen.add(element_id)
    return repeated
