"""Content-Security-Policy for the built site: nothing from other origins, no inline script but
the build's own.

Material emits a few inline ``<script>`` elements; some hold per-page values (the relative base
URL in ``__md_scope=new URL("..",location)``), so their SHA-256 hashes differ from page to page.
Each page gets a ``<meta http-equiv>`` policy with exactly its own hashes (for hosts that cannot
set headers), and the server's header policy allows the union over the site, written where the
nginx configuration includes it. Both are computed from the HTML as written, so they can never
drift from it; run this after every other change to the HTML and before precompressing.

Entry point: ``apply_to_site(site_dir)``, run by ``publication.hosting.prepare_site``; stdlib
only, so the build can call it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

# Written inside the site so the header policy travels (and is swapped) with the HTML it
# describes; hosting/nginx.conf includes it and refuses to serve dot paths.
NGINX_INCLUDE = Path(".hosting") / "csp-header.conf"

# What the site needs, each from its own origin only:
#   img-src data:   Material's icons are data: SVGs in its CSS (mask-image, list markers);
#   connect-src     the search index and the quote export are fetched from the site;
#   worker-src      the search runs in a same-origin worker that importScripts lunr.
# style-src has no 'unsafe-inline': the pages carry no style attributes and Material styles
# elements through the CSSOM, which CSP does not restrict (tests/hosting prove both).
BASE_DIRECTIVES = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
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

# Script types a browser executes; anything else (application/json config) is a data block.
_JS_TYPES = {"", "module", "text/javascript", "application/javascript", "text/ecmascript",
             "application/ecmascript", "application/x-javascript", "text/jscript"}
_CSP_META = re.compile(r'<meta\s+http-equiv="Content-Security-Policy"[^>]*>', re.I)
_CHARSET_META = re.compile(r"<meta\s+charset=[^>]*>", re.I)
_HEAD = re.compile(r"<head\b[^>]*>", re.I)
# Script elements only: parsing whole pages made this the slowest step of the build.
_SCRIPT_ELEMENT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.I | re.S)


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


def script_hash(script: str) -> str:
    """The CSP source for one inline script. Browsers hash the text after turning CRLF and CR
    into LF, so this does too."""
    text = script.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def page_hashes(html: str) -> list[str]:
    return sorted({script_hash(script) for script in inline_scripts(html)})


def policy(hashes: list[str] | set[str], *, header: bool) -> str:
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


def apply_to_site(site_dir: Path) -> str:
    """Put each page's exact policy in its <meta>, write the site-wide header policy (the union
    of every page's hashes) to ``site_dir / NGINX_INCLUDE`` and return that header policy."""
    union: set[str] = set()
    for page in sorted(site_dir.rglob("*.html")):
        html = page.read_bytes().decode("utf-8")  # bytes: keep line endings as written
        hashes = page_hashes(html)
        union.update(hashes)
        try:
            updated = with_meta_policy(html, policy(hashes, header=False))
        except ValueError as error:
            raise ValueError(f"{page}: {error}") from None
        if updated != html:
            page.write_bytes(updated.encode("utf-8"))
    header_policy = policy(union, header=True)
    include = site_dir / NGINX_INCLUDE
    include.parent.mkdir(exist_ok=True)
    include.write_text(nginx_header_directive(header_policy), encoding="utf-8")
    return header_policy

