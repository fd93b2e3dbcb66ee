"""Every page of both editions in chromium, on a desk and on a phone: axe-core finds nothing,
every control and landmark has a name a screen reader can say, nothing jumps while the page
loads, nothing is wider than a phone, no request leaves the site and no script fails; on a
phone the first screen of a chapter shows its title and the beginning of its text."""

from __future__ import annotations

import pytest
from support.site import pages
from support.visits import CONTRAST_RULES, visit_site

MAX_LAYOUT_SHIFT = 0.02
FIRST_TEXT = """() => {
  const skip = ".ldi-kicker, .ldi-subtitle, .ldi-facts, .ldi-notice, .ldi-page-tools p,"
    + " .ldi-print-only p";
  const first = [...document.querySelectorAll("article p")].find((p) => !p.matches(skip)
    && !p.closest(".ldi-print-only, .ldi-page-tools"));
  const title = document.querySelector("article h1").getBoundingClientRect();
  return {title: title.bottom, text: first ? first.getBoundingClientRect().top : 1e9,
          height: innerHeight};
}"""


def _first_screen(page, path):
    return page.evaluate(FIRST_TEXT) if ("/greb/" in path or "/cases/" in path) else {}


@pytest.fixture(scope="module")
def desk(browser, base_url, site):
    return visit_site(browser, base_url, site)


@pytest.fixture(scope="module")
def phone(browser, base_url, site):
    # axe's rules look at the markup, the same on a phone; the desk pass runs them all.
    return visit_site(browser, base_url, site, width=360, height=780, axe=False,
                      also=_first_screen)


def test_every_page_was_visited(desk, phone, site):
    assert list(desk) == list(phone) == pages(site)


def test_axe_finds_nothing_on_any_page(desk, phone):
    found = [f"{path}: {line}" for visits in (desk, phone) for path, visit in visits.items()
             for line in visit.violations]
    assert not found, f"{len(found)} accessibility violations:\n" + "\n".join(found)


def test_every_control_and_landmark_has_a_name(desk, phone):
    found = sorted({f"{path}: {line}" for visits in (desk, phone)
                    for path, visit in visits.items() for line in visit.unnamed})
    assert not found, "\n".join(found)


def test_nothing_moves_while_a_page_loads(desk, phone):
    moved = [f"{path} at {width}px: {visit.layout_shift:.3f}"
             for width, visits in ((1280, desk), (360, phone)) for path, visit in visits.items()
             if visit.layout_shift > MAX_LAYOUT_SHIFT]
    assert not moved, "layout shift over 0.02:\n" + "\n".join(moved)


def test_nothing_is_wider_than_a_phone(phone):
    wide = [f"{path}: {visit.overflow}" for path, visit in phone.items()
            if visit.overflow[0] > 0 or visit.overflow[1]]
    assert not wide, "\n".join(wide)


def test_a_chapter_starts_on_a_phones_first_screen(phone):
    late = [f"{path}: text starts at {v.extra['text']:.0f}px of {v.extra['height']}"
            for path, v in phone.items() if v.extra
            if v.extra["text"] > v.extra["height"] - 60]
    assert not late, "\n".join(late)


def test_no_request_leaves_the_site_and_no_script_fails(desk, base_url):
    offsite = [f"{path}: {url}" for path, visit in desk.items() for url in visit.requests
               if not url.startswith((base_url + "/", "data:", "blob:"))]
    assert not offsite, "\n".join(offsite)
    errors = [f"{path}: {error}" for path, visit in desk.items() for error in visit.errors]
    assert not errors, "\n".join(errors)


def test_dark_scheme_keeps_its_contrast(browser, base_url, site, content):
    """The contrast rules in the dark scheme, on one page of every kind."""
    principle, case = next(iter(content.registry.principles)), next(iter(content.registry.cases))
    kinds = ["/", f"/greb/{principle}/", f"/en/cases/{case}/", "/citater/", "/temaer/",
             "/raad/", "/print/", "/om/"]
    visits = visit_site(browser, base_url, site, color_scheme="dark", axe_rules=CONTRAST_RULES,
                        only=kinds)
    found = [f"{path}: {line}" for path, visit in visits.items() for line in visit.violations]
    assert not found, "\n".join(found)
