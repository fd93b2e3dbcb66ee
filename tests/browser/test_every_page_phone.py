"""Every page of both editions in chromium on a 360 × 780 phone: nothing is wider than the
screen (nor at 320 px), nothing jumps while the page loads, every control and landmark has a
name, and the first screen of a chapter shows its title and the beginning of its text;
controls are 44 px to tap; the front page shows every principle with its line on the first
screen."""

from __future__ import annotations

import pytest
from publication.models import CHAPTER_TYPES
from support.editions import LANGUAGES, address
from support.site import one_of_each_kind, pages
from support.visits import CONTRAST_RULES, MAX_LAYOUT_SHIFT, OVERFLOW, visit_site

PHONE, NARROWEST = {"width": 360, "height": 780}, {"width": 320, "height": 640}
TOUCH_RULES = [*CONTRAST_RULES, "target-size"]
FIRST_TEXT = """() => {
  const skip = ".ldi-kicker, .ldi-subtitle, .ldi-facts, .ldi-notice, .ldi-page-tools p,"
    + " .ldi-print-only p";
  const first = [...document.querySelectorAll("article p")].find((p) => !p.matches(skip)
    && !p.closest(".ldi-print-only, .ldi-page-tools"));
  return {text: first ? first.getBoundingClientRect().top : 1e9, height: innerHeight};
}"""


# Controls a thumb must hit (WCAG 2.5.5): buttons, fields, the links under quotes, in lists,
# chips and the footer; a card's link is its whole row. Links inside running text are exempt.
SMALL_TARGETS = """() => {
  const controls = "article button, article select, article summary, article .ldi-chip,"
    + " article .ldi-quote__links a, article .ldi-link-list a, article .ldi-card__link,"
    + " article .ldi-theme-index a, .md-copyright a";
  return [...document.querySelectorAll(controls)].map((el) => {
    const box = (el.closest(".ldi-card") || el).getBoundingClientRect();
    return [el.textContent.trim().slice(0, 40), Math.round(box.height), box.width];
  }).filter(([, height, width]) => width > 0 && height < 44);
}"""

# The front page: every principle with its line, all within the first screen.
PRINCIPLES = """() => [...document.querySelectorAll(".ldi-cards--principles > li")].map((li) =>
  [li.querySelector(".ldi-card__line")?.textContent.trim() || "",
   li.getBoundingClientRect().bottom, innerHeight])"""


FRONT_PAGES = [address("index.md", lang) for lang in LANGUAGES]


# Where a chapter's text is measured: below the chapters' folders, in every edition.
CHAPTER_FOLDERS = [f"/{kind.FOLDER}/" for kind in CHAPTER_TYPES]


def _first_screen(page, path):
    extra = {"small": page.evaluate(SMALL_TARGETS)}
    # 320 px (an iPhone SE, or a larger phone zoomed), on the page as loaded: a second pass
    # over every page would cost as much again.
    page.set_viewport_size(NARROWEST)
    extra["narrowest"] = page.evaluate(OVERFLOW)
    page.set_viewport_size(PHONE)
    if any(folder in path for folder in CHAPTER_FOLDERS):
        extra.update(page.evaluate(FIRST_TEXT))
    if path in FRONT_PAGES:
        extra["principles"] = page.evaluate(PRINCIPLES)
    return extra


@pytest.fixture(scope="module")
def phone(browser, base_url, site):
    # The desk pass runs every axe rule on every page; here, on a page of each kind, those a
    # touch screen can change: what it shows without hover (a heading's ¶), and how.
    return visit_site(browser, base_url, site, **PHONE, touch=True, axe_rules=TOUCH_RULES,
                      axe_on=one_of_each_kind(pages(site)), also=_first_screen)


def test_every_page_answered_at_its_own_address(phone, site, base_url):
    """Each page of the build was loaded where it lives (no redirect, no 404 in its place)."""
    expected = [f"{base_url}{path} 200" for path in pages(site)]
    assert [visit.answered for visit in phone.values()] == expected


def test_nothing_is_wider_than_a_phone(phone):
    wide = [f"{path}: {visit.overflow}" for path, visit in phone.items()
            if visit.overflow[0] > 0 or visit.overflow[1]]
    assert not wide, "\n".join(wide)


def test_nothing_is_wider_than_the_narrowest_phone(phone):
    """Long Danish compounds and addresses still wrap inside a 320 px screen."""
    wide = [f"{path}: {visit.extra['narrowest']}" for path, visit in phone.items()
            if visit.extra["narrowest"][0] > 0 or visit.extra["narrowest"][1]]
    assert not wide, "\n".join(wide)


def test_nothing_moves_while_a_page_loads(phone):
    moved = [f"{path}: {visit.layout_shift:.3f}" for path, visit in phone.items()
             if visit.layout_shift > MAX_LAYOUT_SHIFT]
    assert not moved, "layout shift over 0.02:\n" + "\n".join(moved)


def test_what_a_touch_screen_shows_passes_axe(phone):
    found = [f"{path}: {line}" for path, visit in phone.items() for line in visit.violations]
    assert not found, "\n".join(found)


def test_every_control_and_landmark_has_a_name(phone):
    found = sorted({f"{path}: {line}" for path, visit in phone.items() for line in visit.unnamed})
    assert not found, "\n".join(found)


def test_a_chapter_starts_on_the_first_screen(phone):
    late = [f"{path}: text starts at {v.extra['text']:.0f}px of {v.extra['height']}"
            for path, v in phone.items() if "text" in v.extra
            and v.extra["text"] > v.extra["height"] - 60]
    assert not late, "\n".join(late)


def test_every_control_is_at_least_44_px_to_tap(phone):
    small = [f"{path}: '{label}' {height}px" for path, visit in phone.items()
             for label, height, _ in visit.extra["small"]]
    assert not small, "\n".join(small[:40])


def test_the_front_page_shows_every_principle_with_its_line_on_the_first_screen(phone, content):
    for path in FRONT_PAGES:
        principles = phone[path].extra["principles"]
        assert len(principles) == len(content.registry.principles), path
        for line, bottom, height in principles:
            assert line, f"{path}: a principle without its line"
            assert bottom <= height, f"{path}: '{line[:40]}' ends at {bottom:.0f}px of {height}"
