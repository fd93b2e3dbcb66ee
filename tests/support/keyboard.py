"""Tabbing through a page as a keyboard user does, noting for every stop whether it can be seen
and whether focus changes how it looks.

"Focus changes how it looks" is measured, not assumed: before the first Tab every element's
computed style is recorded (transitions off, so nothing is caught mid-animation); at each stop
the focused element's style is compared with its record. An outline, a colour change or a
permalink that appears all count; no change at all is an invisible focus.
"""

from __future__ import annotations

from dataclasses import dataclass

_DESCRIBE = """
const describe = (el) => {
  const classes = [...el.classList].filter((c) => c !== "focus-visible");
  const text = (el.getAttribute("aria-label") || el.textContent || "").trim().replace(/\\s+/g, " ");
  return el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + (classes.length ? "." + classes.join(".") : "") + (text ? ` "${text.slice(0, 40)}"` : "");
};
"""

_PREPARE = """() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    "*, *::before, *::after { transition: none !important; animation: none !important; }");
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  // What can be seen: an outline without a style, or a border colour without a width, cannot.
  const style = (el) => {
    const s = getComputedStyle(el);
    const outline = s.outlineStyle === "none" ? "none"
      : [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset].join(" ");
    const border = ["Top", "Right", "Bottom", "Left"]
      .map((side) => (parseFloat(s[`border${side}Width`]) > 0 ? s[`border${side}Color`] : "-"));
    return [outline, ...border, s.boxShadow, s.color, s.backgroundColor, s.textDecorationLine,
      s.opacity, s.visibility].join("|");
  };
  const before = new Map();
  for (const el of document.querySelectorAll("body *")) before.set(el, style(el));
  window.__ldiKeyboard = { style, before, reached: new Set() };
}"""

_STOP = """async () => {""" + _DESCRIBE + """
  // Material styles some controls from script (the search box opens on focus): let it run.
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const state = window.__ldiKeyboard;
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const first = !state.reached.has(el);
  state.reached.add(el);
  const seen = (target) => {
    const box = target.getBoundingClientRect();
    let opacity = 1;
    for (let e = target; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    return box.width >= 1 && box.height >= 1 && box.bottom > 0 && box.right > 0
      && box.top < innerHeight && box.left < innerWidth
      && getComputedStyle(target).visibility === "visible" && opacity > 0.1;
  };
  // A visually hidden input shows through a label: its own, or (Material's palette toggle)
  // the label right after it.
  const next = el.nextElementSibling;
  const shown = [el, ...(el.labels || []), ...(next && next.tagName === "LABEL" ? [next] : [])];
  return {
    name: describe(el), first, insideContent: Boolean(el.closest(".md-content")),
    visible: shown.some(seen),
    indicated: shown.some((target) => state.style(target) !== state.before.get(target)),
  };
}"""

_UNREACHED = """() => {""" + _DESCRIBE + """
  const state = window.__ldiKeyboard;
  const controls = document.querySelectorAll(
    "a[href], area[href], button, input, select, textarea, summary, [tabindex], [contenteditable]");
  // Tab enters a group of radio buttons once, at its checked button.
  const groupReached = (el) => el.type === "radio" && el.name && [...state.reached].some(
    (other) => other.type === "radio" && other.name === el.name && other.form === el.form);
  return [...controls]
    .filter((el) => el.tabIndex >= 0 && !el.disabled && !el.closest("[inert]")
      && el.getClientRects().length > 0 && getComputedStyle(el).visibility === "visible"
      && !state.reached.has(el) && !groupReached(el))
    .map(describe);
}"""

MAX_STOPS = 400


@dataclass(frozen=True)
class Stop:
    name: str  # tag#id.classes "text"
    visible: bool  # has a size, is on screen after focus scrolled to it, not transparent
    indicated: bool  # focus changed its look
    inside_content: bool  # in the page's main content (not header, navigation or footer)


def prepare(page) -> None:
    """Record every element's unfocused look; call after load, before the first key press."""
    page.evaluate(_PREPARE)


def next_stop(page) -> Stop | None:
    """Press Tab; the element that has focus now, or None when focus left the page."""
    page.keyboard.press("Tab")
    found = page.evaluate(_STOP)
    if found is None or not found["first"]:
        return None
    return Stop(found["name"], found["visible"], found["indicated"], found["insideContent"])


def tab_through(page) -> list[Stop]:
    """Every stop of one full round of Tab, in order, from the top of a freshly loaded page."""
    prepare(page)
    stops = []
    while (stop := next_stop(page)) is not None:
        stops.append(stop)
        assert len(stops) < MAX_STOPS, "Tab never leaves the page: a keyboard trap?"
    return stops


def unreached(page) -> list[str]:
    """Controls one can see that no Tab reached (after ``tab_through``)."""
    return page.evaluate(_UNREACHED)


def focus_problems(path: str, stops: list[Stop]) -> list[str]:
    problems = []
    for number, stop in enumerate(stops, 1):
        if not stop.visible:
            problems.append(f"{path}: Tab stop {number} cannot be seen: {stop.name}")
        elif not stop.indicated:
            problems.append(f"{path}: Tab stop {number} shows no focus: {stop.name}")
    return problems
