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

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from .problems import Problem

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


# --- values that become paths, addresses or configuration lines --------------------------------

_SEGMENT = r"[A-Za-z0-9_~-][A-Za-z0-9._~-]*"
SITE_PATH = re.compile(rf"^/?(?:{_SEGMENT}/)*(?:{_SEGMENT})?/?$")
_MAILTO = re.compile(r"^mailto:[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:\?[^\s\"'<>]*)?$")
_HTTPS = re.compile(r"^https://[A-Za-z0-9.-]+(?::\d+)?(?:/[^\s\"'<>\\]*)?$")


def site_path_problem(value: object) -> str | None:
    """None for a plain site path such as 'greb/gammelt-navn/'; else what is wrong."""
    if not isinstance(value, str) or not value.strip():
        return "must be a site path such as greb/gammelt-navn/"
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

_TAG = re.compile(r"<(?P<name>[a-zA-Z][\w:-]*)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_HANDLER = re.compile(r"""(?:^|\s)(on[a-z]+)\s*=""", re.I)
_STYLE_ATTRIBUTE = re.compile(r"""(?:^|\s)style\s*=""", re.I)
_URL_ATTRIBUTE = re.compile(r"""(?:^|\s)(?:href|src|action|formaction|xlink:href|data)\s*=\s*"""
                            r"""["']?\s*(?:javascript|vbscript|data\s*:\s*text/html)""", re.I)
_FORBIDDEN_ELEMENTS = {
    "script": "an inline script",
    "style": "a style element (the site's styles live in its stylesheet)",
    "iframe": "a frame", "frame": "a frame", "object": "an embedded object",
    "embed": "an embedded object", "base": "a <base> element", "meta": "a <meta> element",
    "link": "a <link> element",
}
_ID = re.compile(r"""\sid\s*=\s*["']([^"']+)["']""")


def unsafe_markup(html: str) -> Iterator[tuple[str, str, str]]:
    """(the tag as written, what is wrong, the words to find it by in the page's source) for
    markup that could run script or load from elsewhere; the site's own markup has none."""
    for match in _TAG.finditer(html):
        name, attrs, tag = match["name"].lower(), match["attrs"], " ".join(match[0].split())
        shown = tag if len(tag) <= 80 else tag[:77] + "…"
        if name in _FORBIDDEN_ELEMENTS:
            yield (shown, f"{_FORBIDDEN_ELEMENTS[name]} is not allowed in a page",
                   f"<{match['name']}")
        handler = _HANDLER.search(attrs)
        if handler:
            yield (shown, f"the event-handler attribute '{handler[1]}' is not allowed in a page",
                   handler[1])
        if _STYLE_ATTRIBUTE.search(attrs):
            yield (shown, "a style attribute is not allowed (the policy refuses inline styles)",
                   "style=")
        if _URL_ATTRIBUTE.search(attrs):
            yield (shown, "a javascript: (or vbscript:, data:text/html) address is not allowed",
                   "script:")


def duplicate_ids(html: str) -> list[str]:
    seen, repeated = set(), []
    for element_id in _ID.findall(html):
        if element_id in seen and element_id not in repeated:
            repeated.append(element_id)
        seen.add(element_id)
    return repeated
