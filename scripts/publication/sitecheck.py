"""Checks over a built site: every internal link and #anchor resolves, nothing is loaded from
another address, and the links to the outside world are listed (and checked only on demand,
since CI has no internet).

A *load* is what a browser fetches by itself while showing a page: ``src``, stylesheets and
icons, ``url()`` and ``@import`` in CSS, a refresh redirect. A *link* waits for a click
(``<a href>``); links to other sites are fine, loads from them are not.

Stdlib only, so the tests and ``make linkcheck-external`` share it without extra packages:
``python -m publication.sitecheck external SITE_DIR [--check]`` lists (and checks) outside links,
``python -m publication.sitecheck internal SITE_DIR`` lists broken internal links.
"""

from __future__ import annotations

import argparse
import posixpath
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK, HEAD, LOAD = "link", "head", "load"  # <a href>; <link rel=canonical|prev|…>; fetched

# <link rel> values that only describe a relation; any other rel makes the browser fetch it.
_DESCRIPTIVE_RELS = {"canonical", "alternate", "prev", "next", "author", "license", "help",
                     "bookmark", "me", "external", "nofollow", "noopener", "noreferrer", "tag"}
_SRC_TAGS = {"script", "img", "iframe", "frame", "audio", "video", "source", "track", "embed",
             "input"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)(?P<url>[^'")]*?)\1\s*\)"""
                      r"""|@import\s+(['"])(?P<imp>[^'"]+)\3""")
# An absolute or protocol-relative URL inside a JavaScript string literal.
_JS_URL = re.compile(r"""['"`](?P<url>(?:[a-z][a-z0-9+.-]*:)?//[^'"`\s]+)""", re.I)
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?(?P<url>[^'\"]+)", re.I)


@dataclass(frozen=True)
class Ref:
    """One URL a built file names, and where."""

    file: str  # site-relative path of the file that names it
    line: int
    url: str
    kind: str  # LINK, HEAD or LOAD

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.url}"


def is_offsite(url: str) -> bool:
    """True for URLs with a host of their own (https://x/…, //x/…); relative and data: are not."""
    return bool(urlsplit(url.strip()).netloc)


def _has_other_scheme(url: str) -> bool:
    """mailto:, tel:, data:, javascript: and the like: nothing to find in the site."""
    scheme = urlsplit(url.strip()).scheme
    return bool(scheme) and scheme not in {"http", "https"}


def css_refs(text: str, file: str, first_line: int = 1) -> list[Ref]:
    """Every url() and @import in a stylesheet (or a style attribute); all are loads."""
    refs = []
    for match in _CSS_URL.finditer(text):
        url = (match["url"] if match["url"] is not None else match["imp"]).strip()
        if url and not url.startswith("#"):
            line = first_line + text.count("\n", 0, match.start())
            refs.append(Ref(file, line, url, LOAD))
    return refs


def js_urls(text: str, file: str) -> list[Ref]:
    """Absolute URLs in a script's string literals: what it could fetch from elsewhere."""
    return [Ref(file, text.count("\n", 0, m.start()) + 1, m["url"], LOAD)
            for m in _JS_URL.finditer(text)]


class _PageParser(HTMLParser):
    """The ids a page offers as #anchors, and every URL it names, with line numbers."""

    def __init__(self, file: str):
        super().__init__(convert_charrefs=True)
        self.file = file
        self.ids: set[str] = set()
        self.refs: list[Ref] = []
        self._in_style = False

    def _add(self, url: str | None, kind: str) -> None:
        if url is not None and url.strip():
            self.refs.append(Ref(self.file, self.getpos()[0], url.strip(), kind))

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if tag == "a" and "name" in attributes:
            self.ids.add(attributes["name"])
        if tag in {"a", "area"}:
            self._add(attributes.get("href"), LINK)
        elif tag == "link":
            rels = set(attributes.get("rel", "").lower().split())
            self._add(attributes.get("href"), HEAD if rels and rels <= _DESCRIPTIVE_RELS else LOAD)
        elif tag in {"use", "image", "feimage"}:
            href = attributes.get("href") or attributes.get("xlink:href")
            if href and not href.startswith("#"):
                self._add(href, LOAD)
        elif tag == "meta" and attributes.get("http-equiv", "").lower() == "refresh":
            match = _REFRESH_URL.search(attributes.get("content", ""))
            self._add(match["url"] if match else None, LOAD)
        elif tag == "style":
            self._in_style = True
        if tag in _SRC_TAGS:
            self._add(attributes.get("src"), LOAD)
        for candidate in attributes.get("srcset", "").split(","):
            self._add(candidate.split()[0] if candidate.split() else None, LOAD)
        self._add(attributes.get("poster") if tag == "video" else None, LOAD)
        self._add(attributes.get("data") if tag == "object" else None, LOAD)
        if "style" in attributes:
            self.refs.extend(css_refs(attributes["style"], self.file, self.getpos()[0]))

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.refs.extend(css_refs(data, self.file, self.getpos()[0]))


@dataclass
class Page:
    ids: set[str]
    refs: list[Ref]


def parse_page(html: str, file: str) -> Page:
    parser = _PageParser(file)
    parser.feed(html)
    parser.close()
    return Page(parser.ids, parser.refs)


@dataclass
class BuiltSite:
    """A built site folder, read lazily: its pages' ids and every URL its files name.

    ``base_path`` is the path the site is published under (site_url's path, '/' by default):
    root-absolute links such as the 404 page's start with it.
    """

    root: Path
    base_path: str = "/"
    _pages: dict[str, Page] = field(default_factory=dict, repr=False)

    def files(self, suffix: str) -> list[str]:
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob(f"*{suffix}")
                      if p.is_file())

    def page(self, file: str) -> Page:
        if file not in self._pages:
            text = (self.root / file).read_text(encoding="utf-8")
            self._pages[file] = parse_page(text, file)
        return self._pages[file]

    @cached_property
    def refs(self) -> list[Ref]:
        """Every URL named by an HTML page or a stylesheet."""
        refs = [ref for file in self.files(".html") for ref in self.page(file).refs]
        for file in self.files(".css"):
            refs += css_refs((self.root / file).read_text(encoding="utf-8"), file)
        return refs

    # --- internal links ------------------------------------------------------------------

    def target(self, from_file: str, url: str) -> tuple[str | None, str]:
        """(the site-relative file ``url`` leads to from ``from_file``, or None; the problem)."""
        parts = urlsplit(url)
        path = unquote(parts.path)
        if not path:
            return from_file, ""
        if path.startswith("/"):
            if not path.startswith(self.base_path):
                return None, f"leaves the site's path {self.base_path}"
            path = path[len(self.base_path):]
        else:
            path = posixpath.join(posixpath.dirname(from_file), path)
        path = posixpath.normpath(path) if path else "."
        if path == ".." or path.startswith("../"):
            return None, "points above the site's root"
        candidate = self.root / path
        if candidate.is_dir() and (candidate / "index.html").is_file():
            return posixpath.normpath(posixpath.join(path, "index.html")), ""
        if candidate.is_file():
            return path, ""
        return None, f"no such file: {path}"

    def problem(self, from_file: str, url: str) -> str:
        """Why ``url`` named in ``from_file`` does not resolve; '' when it does."""
        target, problem = self.target(from_file, url)
        if target is None:
            return problem
        fragment = unquote(urlsplit(url).fragment)
        if fragment and fragment.lower() != "top" and target.endswith(".html") \
                and fragment not in self.page(target).ids:
            return f"{target} has no element with id '{fragment}'"
        return ""

    def broken_internal(self) -> list[str]:
        """Every link, anchor and load inside the site that leads nowhere."""
        broken = []
        for ref in self.refs:
            if is_offsite(ref.url) or _has_other_scheme(ref.url):
                continue
            problem = self.problem(ref.file, ref.url)
            if problem:
                broken.append(f"{ref} → {problem}")
        return broken

    # --- loads and outside links ----------------------------------------------------------

    def offsite_loads(self, scripts: Iterable[str] = ()) -> list[Ref]:
        """What a browser would fetch from another address: loads in pages and stylesheets,
        and absolute URLs in the given scripts (site-relative paths) — their fetch targets."""
        loads = [ref for ref in self.refs if ref.kind == LOAD and is_offsite(ref.url)]
        for file in scripts:
            loads += js_urls((self.root / file).read_text(encoding="utf-8"), file)
        return loads

    def external_links(self, own_origin: str = "") -> dict[str, list[str]]:
        """Outside URLs readers can follow (<a href>), each with the places that name it."""
        places: dict[str, list[str]] = {}
        for ref in self.refs:
            if ref.kind == LINK and urlsplit(ref.url).scheme in {"http", "https"} \
                    and not (own_origin and ref.url.startswith(own_origin)):
                places.setdefault(ref.url, []).append(f"{ref.file}:{ref.line}")
        return dict(sorted(places.items()))


# --- checking outside links, on demand -----------------------------------------------------

Fetch = Callable[[str, str, float], int]  # (url, method, timeout) -> HTTP status


def _fetch(url: str, method: str, timeout: float) -> int:
    request = urllib.request.Request(url, method=method,
                                     headers={"User-Agent": "ldi-linkcheck/1.0"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def check_external(urls: Iterable[str], timeout: float = 15.0, fetch: Fetch = _fetch,
                   ) -> dict[str, str]:
    """url -> problem, for every URL that does not answer with success. HEAD first; servers
    that refuse HEAD get a GET."""

    def check(url: str) -> tuple[str, str]:
        try:
            status = fetch(url, "HEAD", timeout)
            if status in {403, 405, 501}:
                status = fetch(url, "GET", timeout)
        except (OSError, ValueError) as error:  # URLError, timeouts, bad URLs
            return url, f"unreachable: {error}"
        return url, "" if status < 400 else f"HTTP {status}"

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = pool.map(check, list(urls))
    return {url: problem for url, problem in results if problem}


def _report_external(site: BuiltSite, check: bool, out) -> int:
    links = site.external_links()
    out.write(f"{len(links)} external link(s) in {site.root}:\n")
    for url, places in links.items():
        out.write(f"{url}\n" + "".join(f"    {place}\n" for place in places))
    if not check:
        return 0
    problems = check_external(links)
    for url, problem in problems.items():
        out.write(f"BROKEN {url}: {problem}\n")
    out.write(f"{len(links) - len(problems)} of {len(links)} external link(s) answer.\n")
    return 1 if problems else 0


def main(argv: list[str] | None = None, out=sys.stdout) -> int:
    parser = argparse.ArgumentParser(prog="python -m publication.sitecheck",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["external", "internal"])
    parser.add_argument("site", type=Path, help="a built site folder")
    parser.add_argument("--check", action="store_true",
                        help="external: also request every link (needs internet)")
    parser.add_argument("--base-path", default="/", help="the path the site is published under")
    args = parser.parse_args(argv)
    site = BuiltSite(args.site, args.base_path)
    if args.what == "external":
        return _report_external(site, args.check, out)
    broken = site.broken_internal()
    out.writelines(f"{line}\n" for line in broken)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
