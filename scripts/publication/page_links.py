"""Links a page writes to another file of docs/ must reach one.

MkDocs checks this too, but only after every page is read and without a line; checked here,
the message names the line and the files that come closest, and the translation is not
blamed for differing from a mistake.
"""

from __future__ import annotations

import difflib
import html as markup
import posixpath
import re
from collections.abc import Collection, Iterator
from urllib.parse import unquote, urlsplit

_TARGET = re.compile(r"""\s(?:href|src)\s*=\s*["']([^"']+)["']""", re.I)


def _relative_targets(html: str) -> Iterator[tuple[str, str]]:
    """(as written, its path) for every link or image address that names a file of docs/."""
    for written in map(markup.unescape, _TARGET.findall(html)):
        parts = urlsplit(written)
        if parts.scheme or parts.netloc or not parts.path or written.startswith("/"):
            continue
        yield written, unquote(parts.path)


def link_problems(src_uri: str, html: str, files: Collection[str]) -> Iterator[tuple[str, str]]:
    """(the address as written, what is wrong) for each address that reaches no file of
    ``files`` (paths below docs/, such as 'greb/index.md')."""
    folder = posixpath.dirname(src_uri)
    for written, path in _relative_targets(html):
        target = posixpath.normpath(posixpath.join(folder, path))
        if target in files or f"{target}/index.md" in files:
            continue
        close = difflib.get_close_matches(target.lstrip("./"), files, n=1)
        hint = (f"did you mean '{posixpath.relpath(close[0], folder or '.')}'?" if close
                else "link to a file of docs/")
        if target.startswith("../") or target == "..":
            yield written, f"points outside docs/; a link starts from the page's own folder " \
                           f"({hint})"
        else:
            yield written, f"docs/{target} does not exist ({hint})"
