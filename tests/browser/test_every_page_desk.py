"""Every page of both editions in chromium on a desk: axe-core and HTML_CodeSniffer find
nothing, every control and landmark has a name a screen reader can say, nothing jumps while the
page loads, no request leaves the site and no script fails, nor does the page's security
policy (its meta tag) refuse anything; the dark scheme keeps its contrast.
tests/browser/test_checkers.py shows each of these checks failing on a bad page."""

from __future__ import annotations

import pytest
from support.editions import DEFAULT, TRANSLATIONS, address, language_of
from support.site import one_of_each_kind, pages
from support.visits import CONTRAST_RULES, MAX_LAYOUT_SHIFT, visit_site


@pytest.fixture(scope="module")
def desk(browser, base_url, site):
    return visit_site(browser, base_url, site)


def test_every_page_answered_at_its_own_address(desk, site, base_url):
    """Each page of the build was loaded where it lives (no redirect, no 404 in its place)."""
    expected = [f"{base_url}{path} 200" for path in pages(site)]
    assert [visit.answered for visit in desk.values()] == expected


def test_axe_finds_nothing_on_any_page(desk):
    found = [f"{path}: {line}" for path, visit in desk.items() for line in visit.violations]
    assert not found, f"{len(found)} accessibility violations:\n" + "\n".join(found)


# What axe could not decide on our pages ("incomplete": needs review), matched to the element it
# concerns, each with why it is not a problem. A new kind fails until it is reviewed here.
NEEDS_REVIEW = {
    ("form-field-multiple-labels", 'class="md-nav__toggle'):
        "Material's section toggles have a second label (the section's title inside its open "
        "menu, shown on phones); the first holds the name (nav-item.html's ldi lines)",
    ("color-contrast", 'class="headerlink"'):
        "the ¶ is one character, too short for axe to call text; "
        "tests/browser/test_reading.py measures its contrast",
}


def test_axe_needs_review_only_what_is_explained(desk):
    found = sorted({f"{path}: {line}" for path, visit in desk.items()
                    for line in visit.needs_review
                    if not any(line.startswith(rule) and element in line
                               for rule, element in NEEDS_REVIEW)})
    assert not found, "axe needs these reviewed (fix, or explain in NEEDS_REVIEW):\n" + \
        "\n".join(found)


def test_html_codesniffer_finds_no_error_on_any_page(desk):
    """The checker pa11y runs (WCAG 2.1 AA), a second opinion beside axe."""
    found = sorted({f"{path}: {line}" for path, visit in desk.items()
                    for line in visit.codesniffer})
    assert not found, "\n".join(found)


def test_every_control_and_landmark_has_a_name(desk):
    found = sorted({f"{path}: {line}" for path, visit in desk.items() for line in visit.unnamed})
    assert not found, "\n".join(found)


def test_nothing_moves_while_a_page_loads(desk):
    moved = [f"{path}: {visit.layout_shift:.3f}" for path, visit in desk.items()
             if visit.layout_shift > MAX_LAYOUT_SHIFT]
    assert not moved, "layout shift over 0.02:\n" + "\n".join(moved)


def test_no_request_leaves_the_site_and_no_script_fails(desk, base_url):
    offsite = [f"{path}: {url}" for path, visit in desk.items() for url in visit.requests
               if not url.startswith((base_url + "/", "data:", "blob:"))]
    assert not offsite, "\n".join(offsite)
    errors = [f"{path}: {error}" for path, visit in desk.items() for error in visit.errors]
    assert not errors, "\n".join(errors)


def test_the_dark_scheme_keeps_its_contrast(browser, base_url, site, content):
    """The contrast rules in the dark scheme, on one page of every kind, and a case in every
    translated edition."""
    case = next(iter(content.registry.cases.values()))
    kinds = [*one_of_each_kind([path for path in pages(site) if language_of(path) == DEFAULT]),
             *[address(case.page, lang) for lang in TRANSLATIONS]]
    visits = visit_site(browser, base_url, site, color_scheme="dark", axe_rules=CONTRAST_RULES,
                        only=kinds)
    found = [f"{path}: {line}" for path, visit in visits.items() for line in visit.violations]
    assert not found, "\n".join(found)
