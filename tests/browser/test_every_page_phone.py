"""Every page of both editions in chromium on a 360 × 780 phone: nothing is wider than the
screen, nothing jumps while the page loads, every control and landmark has a name, and the
first screen of a chapter shows its title and the beginning of its text."""

from __future__ import annotations

import pytest
from support.site import pages
from support.visits import MAX_LAYOUT_SHIFT, visit_site

FIRST_TEXT = """() => {
  const skip = ".ldi-kicker, .ldi-subtitle, .ldi-facts, .ldi-notice, .ldi-page-tools p,"
    + " .ldi-print-only p";
  const first = [...document.querySelectorAll("article p")].find((p) => !p.matches(skip)
    && !p.closest(".ldi-print-only, .ldi-page-tools"));
  return {text: first ? first.getBoundingClientRect().top : 1e9, height: innerHeight};
}"""


def _first_screen(page, path):
    return page.evaluate(FIRST_TEXT) if ("/greb/" in path or "/cases/" in path) else {}


@pytest.fixture(scope="module")
def phone(browser, base_url, site):
    # axe's rules look at the markup, the same on a phone; the desk pass runs them all.
    return visit_site(browser, base_url, site, width=360, height=780, axe=False,
                      also=_first_screen)


def test_every_page_was_visited(phone, site):
    assert list(phone) == pages(site)


def test_nothing_is_wider_than_a_phone(phone):
    wide = [f"{path}: {visit.overflow}" for path, visit in phone.items()
            if visit.overflow[0] > 0 or visit.overflow[1]]
    assert not wide, "\n".join(wide)


def test_nothing_moves_while_a_page_loads(phone):
    moved = [f"{path}: {visit.layout_shift:.3f}" for path, visit in phone.items()
             if visit.layout_shift > MAX_LAYOUT_SHIFT]
    assert not moved, "layout shift over 0.02:\n" + "\n".join(moved)


def test_every_control_and_landmark_has_a_name(phone):
    found = sorted({f"{path}: {line}" for path, visit in phone.items() for line in visit.unnamed})
    assert not found, "\n".join(found)


def test_a_chapter_starts_on_the_first_screen(phone):
    late = [f"{path}: text starts at {v.extra['text']:.0f}px of {v.extra['height']}"
            for path, v in phone.items() if v.extra and v.extra["text"] > v.extra["height"] - 60]
    assert not late, "\n".join(late)
