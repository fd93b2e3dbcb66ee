"""Every page of a built site in chromium, once per screen size: what a page made the browser
do (requests, errors), what it shows (axe-core's findings, the accessibility tree, layout shift,
overflow) — gathered in one pass so each page is loaded once.

axe-core comes from the pinned PyPI package axe-playwright-python (its bundled axe.min.js), so
no npm and no download at test time. Requests to other addresses are recorded, then refused.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from axe_playwright_python.base import AXE_FILE_PATH

from bench.browser import LAYOUT_SHIFT
from bench.report import BUDGETS
from support.site import pages

AXE_SCRIPT = Path(AXE_FILE_PATH).read_text(encoding="utf-8")
# HTML_CodeSniffer, the checker pa11y runs (vendored: see vendor/html_codesniffer/README).
HTMLCS_SCRIPT = (Path(__file__).parent / "vendor" / "html_codesniffer" / "HTMLCS.js").read_text(
    encoding="utf-8")
HTMLCS_ERRORS = """() => new Promise((done) => HTMLCS.process("WCAG2AA", document, () => done(
  HTMLCS.getMessages().filter((m) => m.type === HTMLCS.ERROR)
    .map((m) => `${m.code}: ${m.msg.slice(0, 100)} [${m.element.outerHTML.slice(0, 100)}]`))))"""
CONTRAST_RULES = ["color-contrast", "link-in-text-block"]
# SPEC §5, one budget table for bench and tests: "good" cumulative layout shift is under 0.1;
# ours is stricter.
MAX_LAYOUT_SHIFT = BUDGETS["layout_shift"][1]
# Roles a screen reader lists as landmarks; banner, main and contentinfo stand once on a page,
# where their role is their name (WAI-ARIA APG), the rest need a name of their own.
NAMED_LANDMARKS = {"navigation", "region", "form", "search", "complementary"}

# Wider than the screen: the page itself, or an element outside a scrolling box (Material puts
# wide tables in one, which a reader scrolls sideways).
OVERFLOW = """() => [document.documentElement.scrollWidth - window.innerWidth,
  [...document.querySelectorAll('article *')]
    .filter(e => !e.closest('.md-typeset__scrollwrap'))
    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
    .map(e => e.tagName + '.' + e.className).slice(0, 5)]"""


@dataclass
class Visit:
    path: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # console errors, uncaught exceptions
    violations: list[str] = field(default_factory=list)  # axe, one line per element
    needs_review: list[str] = field(default_factory=list)  # axe's "incomplete", the same way
    codesniffer: list[str] = field(default_factory=list)  # HTML_CodeSniffer's WCAG2AA errors
    unnamed: list[str] = field(default_factory=list)  # focusable or landmark without a name
    answered: str = ""  # the address that answered, and its HTTP status: 'http://…/x/ 200'
    layout_shift: float = 0.0
    overflow: tuple[int, list[str]] = (0, [])
    extra: dict = field(default_factory=dict)


def _axe_lines(found: list[dict]) -> list[str]:
    return [f"{v['id']} ({v['impact']}) at {' '.join(map(str, node['target']))}: "
            f"{' '.join(node['html'].split())[:160]}" for v in found for node in v["nodes"]]


def run_axe(page, rules: list[str] | None = None) -> tuple[list[str], list[str]]:
    """axe-core's violations, and what it could not decide ("incomplete": needs review)."""
    page.evaluate(AXE_SCRIPT)
    # Only these two in detail: axe spares building the report of what passed.
    options: dict = {"resultTypes": ["violations", "incomplete"]}
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    results = page.evaluate("options => axe.run(document, options)", options)
    return _axe_lines(results["violations"]), _axe_lines(results["incomplete"])


def unnamed_nodes(page) -> list[str]:
    """Focusable elements and landmarks the accessibility tree gives no name."""
    session = page.context.new_cdp_session(page)
    nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    session.detach()
    found = []
    for node in nodes:
        if node.get("ignored"):
            continue
        role = node.get("role", {}).get("value", "")
        name = (node.get("name", {}).get("value") or "").strip()
        properties = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
        if name:
            continue
        if properties.get("focusable") and role not in {"RootWebArea", "WebArea"}:
            found.append(f"focusable {role} without a name")
        elif role in NAMED_LANDMARKS:
            found.append(f"{role} landmark without a name")
    return found


def visit_site(browser, base_url: str, site: Path, *, width: int = 1280, height: int = 900,
               color_scheme: str = "light", touch: bool = False, axe: bool = True,
               axe_rules: list[str] | None = None,
               only: list[str] | None = None,
               axe_on: Collection[str] | None = None,
               also: Callable | None = None) -> dict[str, Visit]:
    """Load each page of ``site`` (served at ``base_url``) and record what it did. ``touch``:
    a phone's touch screen, where (hover: none) shows what a mouse would reveal on hover (not
    Chromium's whole mobile emulation, whose viewport widens to fit what overflows it).
    ``axe_on``: the pages axe runs on, where not every one."""
    origin = urlsplit(base_url)._replace(path="", query="", fragment="").geturl()
    context = browser.new_context(color_scheme=color_scheme, has_touch=touch,
                                  viewport={"width": width, "height": height})
    context.route(lambda url: not url.startswith(origin), lambda route: route.abort())
    page = context.new_page()
    visits: dict[str, Visit] = {}
    current: list[Visit] = []
    page.on("request", lambda request: current[-1].requests.append(request.url))
    page.on("pageerror", lambda error: current[-1].errors.append(f"uncaught: {error}"))
    page.on("console", lambda message: current[-1].errors.append(message.text)
            if message.type == "error" and "Failed to load resource" not in message.text
            else None)
    try:
        for path in only or pages(site):
            visit = Visit(path)
            current.append(visit)
            response = page.goto(base_url + path, wait_until="load")
            visit.answered = f"{page.url} {response.status if response else 'no answer'}"
            visit.layout_shift = page.evaluate(LAYOUT_SHIFT)
            visit.overflow = tuple(page.evaluate(OVERFLOW))
            if axe and (axe_on is None or path in axe_on):
                visit.violations, visit.needs_review = run_axe(page, axe_rules)
            if axe and not axe_rules:
                page.evaluate(HTMLCS_SCRIPT)
                visit.codesniffer = page.evaluate(HTMLCS_ERRORS)
            visit.unnamed = unnamed_nodes(page)
            if also is not None:
                visit.extra = also(page, path) or {}
            visits[path] = visit
        page.wait_for_load_state("networkidle")
    finally:
        context.close()
    return visits
