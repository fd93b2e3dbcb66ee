"""Accessibility (WCAG 2.1 AA, SPEC §3): axe-core finds nothing on any page in either language,
a keyboard alone reaches and shows every control, and contrast holds in light and dark."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from findings import Finding, assert_fixed, assert_none_untracked, tracked
from keyboard import focus_problems, prepare, tab_through, unreached
from site_visits import CONTRAST_RULES, html_file, new_page, site_paths, visit_site

# Rules exempted from the audit, each with its reason. Empty: axe runs every default rule.
AXE_EXEMPT: dict[str, str] = {}

AXE_FINDINGS: list[Finding] = []  # none open; add one per new defect

KEYBOARD_FINDINGS: list[Finding] = []  # none open; add one per new defect

KEYBOARD_PAGES = ["/greb/kultur-og-rammer/", "/en/greb/kultur-og-rammer/", "/citater/",
                  "/en/citater/"]


@pytest.fixture(scope="module")
def axe_problems(visits, browser, base_url, site) -> list[str]:
    """axe's findings on every page in the light scheme, and its contrast rules on every page
    in the dark scheme (lines starting 'dark: '); exempted rules left out."""
    dark = visit_site(browser, base_url, site, color_scheme="dark", rules=CONTRAST_RULES,
                      searches={})
    lines = [line for visit in visits.values() for line in visit.violations]
    lines += [f"dark: {line}" for visit in dark.values() for line in visit.violations]
    return [line for line in lines if not any(f": {rule} (" in line for rule in AXE_EXEMPT)]


def test_every_page_is_audited(visits, site):
    """Guards the audit: every built page in both languages (redirect stubs aside) was loaded."""
    assert list(visits) == site_paths(site)
    assert "/" in visits and "/en/" in visits and len(visits) >= 36


def test_axe_finds_no_violation_on_any_page(axe_problems):
    """axe-core, all default rules (WCAG 2.0/2.1 A and AA plus best practice), every page of
    both editions; colour contrast in the light and in the dark scheme."""
    assert_none_untracked(axe_problems, AXE_FINDINGS, "accessibility violations")


@pytest.mark.parametrize("finding", tracked(AXE_FINDINGS))
def test_tracked_axe_finding_is_fixed(axe_problems, finding):
    """Strict xfail per tracked axe finding: passes, and so fails the run, once it is fixed."""
    assert_fixed(axe_problems, finding)


@pytest.mark.parametrize("preference, scheme", [("light", "default"), ("dark", "slate")])
def test_the_reader_s_colour_preference_picks_the_scheme(browser, base_url, preference, scheme):
    """A reader who prefers dark gets Material's dark scheme, so the dark pass audits it."""
    with new_page(browser, color_scheme=preference) as page:
        page.goto(base_url + "/")
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == scheme


@pytest.mark.parametrize("path, label", [("/greb/kultur-og-rammer/", "Gå til indholdet"),
                                         ("/en/greb/kultur-og-rammer/", "Skip to content")])
def test_skip_link_comes_first_and_jumps_to_the_content(page, base_url, path, label):
    """The first Tab shows the skip link in the page's language; Enter on it moves the Tab
    order past the header and navigation, into the page's content."""
    page.goto(base_url + path)
    prepare(page)
    page.keyboard.press("Tab")
    link = page.locator(":focus")
    assert link.inner_text().strip() == label
    assert link.is_visible() and link.bounding_box()["width"] > 0
    target = link.get_attribute("href")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == target
    page.keyboard.press("Tab")
    assert page.evaluate("Boolean(document.activeElement.closest('.md-content'))"), \
        "after the skip link, Tab should continue in the content"


def _tab_through_pages(page, base_url) -> list[str]:
    problems = []
    for path in KEYBOARD_PAGES:
        page.goto(base_url + path)
        stops = tab_through(page)
        assert any(stop.inside_content for stop in stops), f"{path}: Tab never reaches content"
        problems += focus_problems(path, stops)
        problems += [f"{path}: no Tab reaches {name}" for name in unreached(page)]
    return problems


@pytest.fixture(scope="module")
def keyboard_problems(browser, base_url) -> list[str]:
    """One round of Tab through each of KEYBOARD_PAGES, every problem found on the way."""
    with new_page(browser) as page:
        return _tab_through_pages(page, base_url)


def test_keyboard_reaches_and_shows_every_control(keyboard_problems):
    """On a principle page and the quote explorer, both languages: one round of Tab reaches
    every visible control, and each stop can be seen and changes its look on focus."""
    assert_none_untracked(keyboard_problems, KEYBOARD_FINDINGS, "keyboard problems")


@pytest.mark.parametrize("finding", tracked(KEYBOARD_FINDINGS))
def test_tracked_keyboard_finding_is_fixed(keyboard_problems, finding):
    """Strict xfail per tracked keyboard finding: fails the run once the defect is gone."""
    assert_fixed(keyboard_problems, finding)


def test_quote_explorer_filters_with_the_keyboard_alone(page, base_url):
    """Tab to the first filter, choose with the arrow keys: the list narrows and says so;
    Tab on to the reset button and press it: every quote is back."""
    page.goto(base_url + "/citater/")
    total = page.locator("figure.ldi-quote").count()
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName") == "SELECT":
            break
    else:
        pytest.fail("no filter on /citater/ is reachable with Tab")
    page.keyboard.press("ArrowDown")
    shown = page.locator("figure.ldi-quote:visible").count()
    assert 0 < shown < total
    assert page.locator("[data-ldi-count]").inner_text() == f"Viser {shown} af {total} citater"
    while page.evaluate("document.activeElement.type") != "reset":
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelectorAll('figure.ldi-quote:not([hidden])')"
                           f".length === {total}")


def test_every_page_footer_links_the_accessibility_statement(site):
    """Every page's footer links to the statement of its own edition, with the words
    'Tilgængelighedserklæring' / 'Accessibility statement' (issue 8)."""
    missing = []
    for path in site_paths(site):
        english = path.startswith("/en/")
        text = "Accessibility statement" if english else "Tilgængelighedserklæring"
        page = BeautifulSoup(html_file(site, path).read_text(encoding="utf-8"), "html.parser")
        footer = page.find("footer")
        hrefs = [a.get("href", "") for a in (footer.find_all("a") if footer else [])
                 if a.get_text(strip=True) == text]
        on_statement = path.rstrip("/").endswith("tilgaengelighed")  # links itself as ./
        if not any(href.split("#")[0].rstrip("/").endswith("tilgaengelighed")
                   or (on_statement and href == "./") for href in hrefs):
            missing.append(path)
    assert not missing, "no footer link to the accessibility statement on:\n" + "\n".join(missing)
