"""The site checker (scripts/publication/sitecheck.py) on tiny hand-written sites: it finds a
broken link, a missing anchor and every kind of offsite load, and lets the good ones pass."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from publication.sitecheck import BuiltSite, check_external, main


def write_site(root: Path, files: dict[str, str]) -> BuiltSite:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return BuiltSite(root)


GOOD = {
    "index.html": '<h1 id="top-heading">Home</h1>\n<a href="greb/">greb</a>\n'
                  '<a href="greb/#rammer">anchor</a>\n<a href="#top-heading">self</a>\n'
                  '<a href="#top">top</a>\n<a href="/greb/index.html">root-absolute</a>\n'
                  '<a href="mailto:x@example.org">mail</a>\n<a href="https://example.org/">out</a>\n'
                  '<link rel="canonical" href="https://example.org/">\n'
                  '<link rel="stylesheet" href="style.css">\n<img src="data:image/png;base64,AA">',
    "greb/index.html": '<h2 id="rammer">Rammer</h2><a name="old-name"></a>'
                       '<a href="../index.html#top-heading">back</a><a href="../#old">x</a>',
    "style.css": "body { background: url('img/bg.png') }\n.x { mask: url(data:image/svg+xml,AA) }",
    "img/bg.png": "",
}


def test_a_sound_site_has_nothing_broken(tmp_path):
    """Pages, folders, anchors, #top, root-absolute and data: URLs that resolve pass."""
    files = dict(GOOD)
    files["greb/index.html"] = files["greb/index.html"].replace("../#old", "../#top-heading")
    site = write_site(tmp_path, files)
    assert site.broken_internal() == []
    assert site.offsite_loads() == []


@pytest.mark.parametrize("href, problem", [
    ("cases/", "no such file: cases"),
    ("greb/#rammerne", "greb/index.html has no element with id 'rammerne'"),
    ("#nowhere", "index.html has no element with id 'nowhere'"),
    ("../outside.html", "points above the site's root"),
    ("/other-site/page/", "no such file: other-site/page"),
    ("img/missing.png", "no such file: img/missing.png"),
])
def test_a_broken_link_or_anchor_is_reported_with_file_and_line(tmp_path, href, problem):
    """Each way a link can lead nowhere is named, with the file and line that holds it."""
    page = GOOD["index.html"] + f'\n<a href="{href}">x</a>'
    site = write_site(tmp_path, {**GOOD, "index.html": page})
    broken = site.broken_internal()
    line = GOOD["index.html"].count("\n") + 2
    assert f"index.html:{line}: {href} → {problem}" in broken


def test_anchors_are_checked_on_the_page_they_point_to(tmp_path):
    """'../#old' names an id that exists on greb/ but not on the home page it points to."""
    broken = write_site(tmp_path, GOOD).broken_internal()
    assert broken == ["greb/index.html:1: ../#old → index.html has no element with id 'old'"]


def test_root_absolute_links_honour_the_published_path(tmp_path):
    """A site published under /ledelse/ writes root-absolute links with that prefix."""
    write_site(tmp_path, {"index.html": '<a href="/ledelse/greb/">a</a> <a href="/greb/">b</a>',
                          "greb/index.html": ""})
    broken = BuiltSite(tmp_path, base_path="/ledelse/").broken_internal()
    assert broken == ["index.html:1: /greb/ → leaves the site's path /ledelse/"]


@pytest.mark.parametrize("markup", [
    '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Roboto">',
    '<link rel="preconnect" href="https://fonts.gstatic.com">',
    '<link rel="icon" href="//cdn.example.org/favicon.ico">',
    '<script src="https://cdn.example.org/analytics.js"></script>',
    '<img srcset="a.png 1x, https://img.example.org/b.png 2x" alt="">',
    '<iframe src="https://www.youtube.com/embed/x"></iframe>',
    '<video poster="https://img.example.org/p.png"></video>',
    '<div style="background: url(https://img.example.org/bg.png)"></div>',
    '<style>@import "https://fonts.example.org/font.css";</style>',
    '<svg><use href="https://icons.example.org/sprite.svg#i"></use></svg>',
    '<meta http-equiv="refresh" content="0; url=https://elsewhere.example.org/">',
])
def test_every_kind_of_offsite_load_is_found(tmp_path, markup):
    """Fonts, scripts, icons, frames, images, styles, sprites, refreshes from elsewhere."""
    site = write_site(tmp_path, {"index.html": f"<p>x</p>\n{markup}"})
    loads = [str(load) for load in site.offsite_loads()]
    assert len(loads) == 1 and loads[0].startswith("index.html:2: ")


def test_offsite_loads_in_stylesheets_and_scripts_are_found(tmp_path):
    """@import and url() in CSS, and fetch targets in scripts, with their lines."""
    site = write_site(tmp_path, {
        "a.css": "h1 { color: red }\n@import url('https://fonts.example.org/x.css');\n"
                 "@font-face { src: url(\"https://fonts.example.org/f.woff2\") }",
        "a.js": 'const ok = "/search/index.json";\nfetch("https://api.example.org/track");\n',
    })
    loads = [str(load) for load in site.offsite_loads(scripts=["a.js"])]
    assert loads == ["a.css:2: https://fonts.example.org/x.css",
                     "a.css:3: https://fonts.example.org/f.woff2",
                     "a.js:2: https://api.example.org/track"]


def test_links_out_and_descriptive_head_links_are_not_loads(tmp_path):
    """<a href> and canonical/alternate links out are listed as links, never as loads."""
    site = write_site(tmp_path, {"index.html": GOOD["index.html"] +
                                 '\n<link rel="alternate" hreflang="en" href="https://x.org/en/">'})
    assert site.offsite_loads() == []
    assert site.external_links() == {"https://example.org/": ["index.html:8"]}


def test_checking_outside_links_reports_failures_and_retries_head_as_get():
    """Only failures are reported; a server that refuses HEAD is asked with GET."""
    answers = {("https://ok.example/", "HEAD"): 200, ("https://gone.example/", "HEAD"): 404,
               ("https://nohead.example/", "HEAD"): 405, ("https://nohead.example/", "GET"): 200}

    def fetch(url, method, timeout):
        if url == "https://down.example/":
            raise OSError("connection refused")
        return answers[(url, method)]

    problems = check_external(["https://ok.example/", "https://gone.example/",
                               "https://nohead.example/", "https://down.example/"], fetch=fetch)
    assert problems == {"https://gone.example/": "HTTP 404",
                        "https://down.example/": "unreachable: connection refused"}


def test_command_line_lists_outside_links_and_fails_on_broken_internal_ones(tmp_path):
    """The command `make linkcheck-external` runs, without --check: list only."""
    write_site(tmp_path, GOOD)
    out = io.StringIO()
    assert main(["external", str(tmp_path)], out) == 0
    assert out.getvalue().splitlines()[1:] == ["https://example.org/", "    index.html:8"]
    out = io.StringIO()
    assert main(["internal", str(tmp_path)], out) == 1
    assert "../#old" in out.getvalue()
