"""Every built page in chromium, once: axe-core's violations and every request the page made.

axe-core comes from the pinned PyPI package axe-playwright-python (its bundled axe.min.js), so
no npm and no download at test time. Offsite requests are recorded, then aborted.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from axe_playwright_python.base import AXE_FILE_PATH

from search import search  # tests/browser/search.py: typing into Material's search box

AXE_SCRIPT = Path(AXE_FILE_PATH).read_text(encoding="utf-8")
# A query that finds something on each edition's home page, so the search worker, the index
# and the stemmer for the language are loaded too.
SEARCHES = {"/": "kultur", "/en/": "culture"}
CONTRAST_RULES = ["color-contrast", "link-in-text-block"]
VIEWPORT = {"width": 1280, "height": 900}


@contextmanager
def new_page(browser, color_scheme: str = "light") -> Iterator:
    """A desktop-sized page in a context of its own, closed afterwards."""
    context = browser.new_context(color_scheme=color_scheme, viewport=VIEWPORT)
    try:
        yield context.new_page()
    finally:
        context.close()


@dataclass
class Visit:
    path: str  # the site path, e.g. '/greb/kultur-og-rammer/'
    violations: list[str] = field(default_factory=list)  # one line per element
    requests: list[str] = field(default_factory=list)  # every URL the page requested


def is_redirect_stub(html_file: Path) -> bool:
    """Pages that only forward to a moved page's new address (data/redirects.yml)."""
    return 'http-equiv="refresh"' in html_file.read_text(encoding="utf-8")


def html_file(site: Path, path: str) -> Path:
    """The file a site path such as '/greb/x/' or '/404.html' is served from."""
    return site / path.lstrip("/") / "index.html" if path.endswith("/") else site / path.lstrip("/")


def site_paths(site: Path) -> list[str]:
    """The URL path of every HTML page in the built site, redirect stubs left out."""
    paths = []
    for html_file in sorted(site.rglob("*.html")):
        if is_redirect_stub(html_file):
            continue
        relative = html_file.relative_to(site).as_posix()
        paths.append("/" + relative.removesuffix("index.html"))
    return paths


def violation_lines(path: str, results: dict) -> list[str]:
    """'path: rule (impact) at selector: html' for each element axe flags."""
    return [f"{path}: {v['id']} ({v['impact']}) at {' '.join(map(str, node['target']))}: "
            f"{' '.join(node['html'].split())[:160]}"
            for v in results["violations"] for node in v["nodes"]]


def run_axe(page, rules: list[str] | None = None) -> dict:
    """axe-core over the whole document: every rule axe runs by default, or only ``rules``."""
    page.evaluate(AXE_SCRIPT)
    options: dict = {"resultTypes": ["violations"]}
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    return page.evaluate("options => axe.run(document, options)", options)


def visit_site(browser, base_url: str, site: Path, *, color_scheme: str = "light",
               rules: list[str] | None = None,
               searches: dict[str, str] = SEARCHES) -> dict[str, Visit]:
    """Load every page of ``site`` (served at ``base_url``), type each of ``searches`` into
    its page's search box, run axe (all rules, or ``rules``) and keep what was requested."""
    origin = urlsplit(base_url)._replace(path="", query="", fragment="").geturl()
    context = browser.new_context(color_scheme=color_scheme, viewport=VIEWPORT)
    current: list[Visit] = []
    context.on("request", lambda request: current[-1].requests.append(request.url))
    # Nothing may leave the machine: record it (above), then refuse it.
    context.route(lambda url: not url.startswith(origin), lambda route: route.abort())
    page = context.new_page()
    visits = {}
    try:
        for path in site_paths(site):
            visit = Visit(path)
            current.append(visit)
            page.goto(base_url + path, wait_until="load")
            if path in searches:
                search(page, searches[path])
            visit.violations = violation_lines(path, run_axe(page, rules))
            visits[path] = visit
        # A request a page makes after its audit is recorded with the next page; wait for the
        # last page's.
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
    return visits
