"""The page-by-page checks can fail: on a small bad page, each of them reports what is wrong
(a check that cannot fail would pass the real site by doing nothing)."""

from __future__ import annotations

import pytest
from publication.pdf import serve
from support.visits import visit_site

BAD_PAGE = """<!doctype html><html lang="da"><head><meta charset="utf-8"><title>x</title>
<meta http-equiv="Content-Security-Policy" content="img-src 'none'"></head>
<body><main><h1>x</h1>
<form><input type="text" name="q" aria-label="Søg"></form>
<button><svg width="10" height="10"></svg></button>
<nav><a href="#a">a</a></nav>
<img src="data:image/png;base64,iVBORw0KGgo=">
<div style="width: 2000px">wide</div>
<p style="background-image: linear-gradient(#000, #fff); color: #777">text over a gradient</p>
<p id="late">text</p>
<script>addEventListener("load", () => requestAnimationFrame(() => requestAnimationFrame(() =>
  document.querySelector("main").insertAdjacentHTML("afterbegin",
  "<div style='height: 300px'>late banner</div>"))));
fetch("https://tracker.example.org/hit").catch(() => {}); undefinedFunction();</script>
</main></body></html>"""


@pytest.fixture(scope="module")
def bad_visit(browser, tmp_path_factory):
    site = tmp_path_factory.mktemp("bad")
    (site / "index.html").write_text(BAD_PAGE, encoding="utf-8")
    with serve(site) as url:
        return visit_site(browser, url, site, width=360, height=780)["/"]


def test_axe_reports_the_image_without_alt(bad_visit):
    assert any(line.startswith("image-alt") for line in bad_visit.violations)


def test_axe_reports_what_it_cannot_decide(bad_visit):
    """Text over a gradient: axe cannot tell its contrast and says so (needs review)."""
    assert any(line.startswith("color-contrast") for line in bad_visit.needs_review), \
        bad_visit.needs_review


def test_html_codesniffer_reports_the_form_without_submit(bad_visit):
    assert any("H32.2" in line for line in bad_visit.codesniffer)


def test_the_accessibility_tree_reports_the_nameless_button_and_landmark(bad_visit):
    assert "focusable button without a name" in bad_visit.unnamed
    assert "navigation landmark without a name" in bad_visit.unnamed


def test_layout_shift_overflow_requests_and_errors_are_seen(bad_visit):
    assert bad_visit.layout_shift > 0.02
    assert bad_visit.overflow[0] > 0
    assert "https://tracker.example.org/hit" in bad_visit.requests
    assert any("undefinedFunction" in error for error in bad_visit.errors)


def test_what_a_pages_security_policy_refuses_is_an_error(bad_visit):
    """So the desk pass checks every page of the site under its policy (meta tag)."""
    assert any("Content Security Policy" in error for error in bad_visit.errors), bad_visit.errors
