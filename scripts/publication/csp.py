"""Content-Security-Policy for the built site: nothing from other origins, and no script but
the theme's and the project's own, each named by its hash.

Script files are named too, not allowed wholesale by ``'self'``: every ``<script src>`` gets an
``integrity`` attribute with the file's SHA-256, and that hash goes into the page's policy
(CSP 3 lets a hash allow an external script that carries it). A script that reached the site
some other way, say a file under docs/ that slipped past publication.guards, does not run.

The only inline scripts a page may carry are those written in the templates: Material's
(``partials/javascripts/*.html``) and ours (overrides/). Each is known by its template text,
with the values Jinja fills in (the page's relative base URL) as wildcards; its SHA-256 hash
goes into the page's policy. Any other inline script, or an event-handler attribute, anywhere
in the built site stops the build: a page's own markdown has been refused earlier, with file
and line (publication.guards), so this is the last line of defence.

Each page gets a ``<meta http-equiv>`` policy with exactly its own hashes (for hosts that
cannot set headers), and the server's header policy allows the union over the site, written
where the nginx configuration includes it. Run this after every other change to the HTML and
before precompressing.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path

from .problems import ContentError, Problem

# Written inside the site so the header policy travels (and is swapped) with the HTML it
# describes; hosting/nginx.conf includes it and refuses to serve dot paths.
NGINX_INCLUDE = Path(".hosting") / "csp-header.conf"

# What the site needs, each from its own origin only:
#   img-src data:   Material's icons are data: SVGs in its CSS (mask-image, list markers);
#   connect-src     the search index and the quote export are fetched from the site;
#   worker-src      the search runs in a same-origin worker, one bundled file (no
#                   importScripts: the worker's own policy is this header, hashes only).
# style-src has no 'unsafe-inline': the pages carry no style attributes and Material styles
# elements through the CSSOM, which CSP does not restrict (tests/hosting prove both).
BASE_DIRECTIVES = {
    "default-src": ["'none'"],
    "script-src": [],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
}
# Honoured only as a header: browsers ignore it in <meta> (and warn).
HEADER_ONLY_DIRECTIVES = {"frame-ancestors": ["'none'"]}

# Script types a browser executes; anything else (application/json, ld+json) is a data block.
_JS_TYPES = {"", "module", "text/javascript", "application/javascript", "text/ecmascript",
             "application/ecmascript", "application/x-javascript", "text/jscript"}
_CSP_META = re.compile(r'<meta\s+http-equiv="Content-Security-Policy"[^>]*>', re.I)
_CHARSET_META = re.compile(r"<meta\s+charset=[^>]*>", re.I)
_HEAD = re.compile(r"<head\b[^>]*>", re.I)
_SCRIPT_FILE = re.compile(r'<script\b(?P<attrs>[^>]*?)\ssrc="(?P<src>[^"]+)"(?P<rest>[^>]*)>', re.I)
_INTEGRITY = re.compile(r'\sintegrity="[^"]*"', re.I)
# Script elements only: parsing whole pages made this the slowest step of the build.
_SCRIPT_ELEMENT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.I | re.S)
_TEMPLATE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_TAG = re.compile(r"<[a-zA-Z][^>]*?\son[a-z]+\s*=[^>]*>", re.S)


class _ScriptCollector(HTMLParser):
    """Collects the text of every executable inline script, exactly as written."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag != "script":
            return
        attributes = dict(attrs)
        script_type = (attributes.get("type") or "").split(";")[0].strip().lower()
        if "src" not in attributes and script_type in _JS_TYPES:
            self._current = []

    def handle_data(self, data):
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._current is not None:
            self.scripts.append("".join(self._current))
            self._current = None


def inline_scripts(html: str) -> list[str]:
    """The text of each inline script a browser would run, in document order."""
    collector = _ScriptCollector()
    collector.feed("".join(_SCRIPT_ELEMENT.findall(html)))
    collector.close()
    return collector.scripts


def known_scripts(template_dirs: Iterable[Path]) -> list[re.Pattern]:
    """The inline scripts the templates write, as patterns: the template's text, with what
    Jinja fills in (never longer than a path or a value) as a wildcard."""
    patterns = []
    for folder in template_dirs:
        for template in sorted(folder.rglob("*.html")):
            for script in _TEMPLATE_SCRIPT.findall(template.read_text(encoding="utf-8")):
                parts = _JINJA.split(script.strip())
                patterns.append(re.compile(r'[^"<\n]*'.join(map(re.escape, parts))))
    return patterns


def script_hash(script: str) -> str:
    """The CSP source for one inline script. Browsers hash the text after turning CRLF and CR
    into LF, so this does too."""
    text = script.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def page_hashes(html: str, known: list[re.Pattern] | None = None,
                where: str = "") -> list[str]:
    """The hashes of a page's inline scripts; with ``known``, an unknown one is a problem."""
    scripts = inline_scripts(html)
    if known is not None:
        strange = [s for s in scripts if not any(p.fullmatch(s.strip()) for p in known)]
        if strange:
            raise ContentError([Problem(where, None, "an inline script no template of the theme "
                                        f"or the project writes: {' '.join(s.split())[:100]}")
                                for s in strange])
    return sorted({script_hash(script) for script in scripts})


def file_hash(path: Path) -> str:
    """The SRI value of one file: sha256-BASE64."""
    return "sha256-" + base64.b64encode(hashlib.sha256(path.read_bytes()).digest()).decode()


def with_integrity(html: str, page: Path, site_dir: Path, base_path: str,
                   known: dict[Path, str], where: str) -> tuple[str, set[str]]:
    """``html`` with an integrity attribute on each ``<script src>``, and the CSP sources that
    allow exactly those files; a script that is not a file of the site is a problem."""
    hashes: set[str] = set()
    problems: list[Problem] = []

    def sign(match: re.Match) -> str:
        src = match["src"].split("?")[0].split("#")[0]
        if src.startswith("/"):
            path = site_dir / src.removeprefix(base_path.rstrip("/")).lstrip("/")
        else:
            path = page.parent / src
        path = path.resolve()
        if site_dir.resolve() not in path.parents or not path.is_file():
            problems.append(Problem(where, None, f"a script that is not a file of the site: "
                                                 f"{match['src']}"))
            return match[0]
        if path not in known:
            known[path] = file_hash(path)
        hashes.add(f"'{known[path]}'")
        attrs, rest = _INTEGRITY.sub("", match["attrs"]), _INTEGRITY.sub("", match["rest"])
        return f'<script{attrs} src="{match["src"]}" integrity="{known[path]}"{rest}>'

    signed = _SCRIPT_FILE.sub(sign, html)
    if problems:
        raise ContentError(problems)
    return signed, hashes


def handler_problems(html: str, where: str) -> list[Problem]:
    return [Problem(where, None, f"an event-handler attribute in {' '.join(tag.split())[:100]}")
            for tag in _TAG.findall(_SCRIPT_ELEMENT.sub("", html))]


def policy(hashes: Iterable[str], *, header: bool) -> str:
    """The policy text; ``header`` adds what only a response header can carry."""
    directives = {name: list(sources) for name, sources in BASE_DIRECTIVES.items()}
    directives["script-src"] += sorted(hashes)
    if header:
        directives.update(HEADER_ONLY_DIRECTIVES)
    return "; ".join(" ".join([name, *sources]) for name, sources in directives.items())


def with_meta_policy(html: str, policy_text: str) -> str:
    """``html`` with its CSP meta set to ``policy_text``: replaced if present, else placed right
    after <meta charset> (or <head>), before any script, since it only covers what follows it."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_text}">'
    if _CSP_META.search(html):
        return _CSP_META.sub(lambda _: meta, html, count=1)
    anchor = _CHARSET_META.search(html) or _HEAD.search(html)
    if anchor is None:
        raise ValueError("no <head> to put the Content-Security-Policy meta in")
    return f"{html[:anchor.end()]}\n{meta}{html[anchor.end():]}"


def nginx_header_directive(policy_text: str) -> str:
    return (
        "# Generated by publication.csp from the site's inline scripts; do not edit.\n"
        f'add_header Content-Security-Policy "{policy_text}" always;\n'
    )


def apply_to_site(site_dir: Path, known: list[re.Pattern] | None = None,
                  base_path: str = "/") -> str:
    """Put each page's exact policy in its <meta>, write the site-wide header policy (the union
    of every page's hashes) to ``site_dir / NGINX_INCLUDE`` and return that header policy.
    With ``known`` (publication.csp.known_scripts), refuse any other inline script or any
    event-handler attribute. ``base_path``: the site's path on its host (root-absolute script
    addresses of the 404 pages start with it)."""
    union: set[str] = set()
    problems: list[Problem] = []
    file_hashes: dict[Path, str] = {}
    for page in sorted(site_dir.rglob("*.html")):
        where = f"site/{page.relative_to(site_dir).as_posix()}"
        html = page.read_bytes().decode("utf-8")  # bytes: keep line endings as written
        try:
            hashes = page_hashes(html, known, where)
            html, files = with_integrity(html, page, site_dir, base_path, file_hashes, where)
            hashes = sorted({*hashes, *files})
        except ContentError as error:
            problems += error.problems
            continue
        if known is not None:
            problems += handler_problems(html, where)
        union.update(hashes)
        try:
            updated = with_meta_policy(html, policy(hashes, header=False))
        except ValueError as error:
            problems.append(Problem(where, None, str(error)))
            continue
        page.write_bytes(updated.encode("utf-8"))
    if problems:
        raise ContentError(problems)
    header_policy = policy(union, header=True)
    include = site_dir / NGINX_INCLUDE
    include.parent.mkdir(exist_ok=True)
    include.write_text(nginx_header_directive(header_policy), encoding="utf-8")
    return header_policy
