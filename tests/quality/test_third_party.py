"""Zero third-party requests (SPEC §3): nothing in the built site loads from another address,
read from the files and watched in chromium. Links out (<a href>) are fine.

The static scan reads every page and stylesheet, and the fetch targets of the site's own
scripts. Material's bundle is checked against the few outside addresses it knows, each dormant
in this site for a reason the tests below prove. The search worker and lunr's language files
name outside addresses only in licence comments; the browser test runs a search in both
editions, so anything they fetched would show there.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import material
import pytest

from publication.pdf import serve
from publication.sitecheck import BuiltSite, js_urls
from site_visits import visit_site

THEME_FILES = Path(material.__file__).parent / "templates"

# Outside addresses in Material's JavaScript bundle and why none is fetched on this site.
MATERIAL_DORMANT = {
    "https://unpkg.com/mermaid": "only for pages with a Mermaid diagram; no page has one",
    "https://unpkg.com/resize-observer-polyfill": "only in browsers without ResizeObserver, "
                                                  "which every browser has had since 2020",
    "https://api.github.com/": "repository facts, only when mkdocs.yml sets repo_url; it does not",
    "https://${e}/api/v4/projects/": "the same for GitLab repositories",
    "https://clipboardjs.com/": "the licence header of a bundled library, never requested",
}


def own_scripts(site: Path) -> list[str]:
    """The site's JavaScript that is ours, not Material's."""
    return [file for file in BuiltSite(site).files(".js") if not (THEME_FILES / file).exists()]


def test_nothing_in_the_built_files_loads_from_another_address(site):
    """Pages (src, stylesheets, icons, srcset, style attributes, refresh), stylesheets (url(),
    @import) and our scripts' fetch targets: all relative, nothing absolute."""
    scripts = own_scripts(site)
    assert "assets/javascripts/quote-explorer.js" in scripts
    loads = BuiltSite(site).offsite_loads(scripts)
    assert not loads, "loaded from another address:\n" + "\n".join(map(str, loads))


def test_materials_bundle_names_no_outside_address_but_the_dormant_ones(site):
    """A Material upgrade that adds an outside address fails here until it is explained."""
    bundles = [file for file in BuiltSite(site).files(".js")
               if file.startswith("assets/javascripts/bundle.")]
    assert len(bundles) == 1
    urls = [ref for ref in js_urls((site / bundles[0]).read_text(encoding="utf-8"), bundles[0])
            if urlsplit(ref.url).netloc]
    unexplained = [str(ref) for ref in urls if not ref.url.startswith(tuple(MATERIAL_DORMANT))]
    assert not unexplained, "new outside addresses in Material's bundle:\n" + "\n".join(unexplained)


def test_the_dormant_addresses_stay_dormant(site):
    """What would wake them: a Mermaid diagram on a page, or a repository link (repo_url)."""
    for path in ("index.html", "en/index.html", "greb/kultur-og-rammer/index.html"):
        text = (site / path).read_text(encoding="utf-8")
        assert 'class="mermaid"' not in text
        assert "md-source" not in text, f"{path}: repo_url is set, Material will call GitHub"


def test_no_request_leaves_the_site_in_the_browser(visits, base_url):
    """Every page of both editions loaded in chromium, a search typed on each home page: every
    request goes to the site's own address."""
    requests = [(visit.path, url) for visit in visits.values() for url in visit.requests]
    assert len(requests) > 10 * len(visits), "suspiciously few requests recorded"
    assert any("search_index.json" in url for _, url in requests), "search never ran"
    offsite = [f"{path}: {url}" for path, url in requests
               if not url.startswith((base_url + "/", "data:", "blob:"))]
    assert not offsite, "requests to other addresses:\n" + "\n".join(offsite)


@pytest.fixture
def leaky_site(tmp_path) -> Path:
    """A page that loads a web font and calls a tracker, as a site must not."""
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="en"><head><title>x</title>'
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Roboto">'
        '</head><body><main><h1>x</h1></main>'
        '<script>fetch("https://tracker.example.org/hit").catch(() => {})</script>'
        "</body></html>", encoding="utf-8")
    return tmp_path


def test_the_browser_check_sees_a_leak(browser, leaky_site):
    """Guards the test above: offsite requests are recorded (then refused), not missed."""
    with serve(leaky_site) as url:
        visit = visit_site(browser, url, leaky_site, searches={})["/"]
    assert any(u.startswith("https://fonts.googleapis.com/") for u in visit.requests)
    assert "https://tracker.example.org/hit" in visit.requests
    assert [str(load) for load in BuiltSite(leaky_site).offsite_loads()] == [
        "index.html:1: https://fonts.googleapis.com/css2?family=Roboto"]
