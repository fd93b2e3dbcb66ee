"""What must never reach the published site: links out of the project, unsafe addresses from
data or configuration, script in a page, and one id on two elements."""

import pytest
from publication.guards import (
    address_problem,
    duplicate_ids,
    site_path_problem,
    symlink_problems,
    unsafe_markup,
)


@pytest.mark.parametrize("value", ["greb/gammelt-navn/", "/greb/x/", "cases/a_b/", "om/"])
def test_plain_site_paths_pass(value):
    assert site_path_problem(value) is None


@pytest.mark.parametrize("value", ["../../outside/", "a/../b/", 'old"x/', "a b/", "x?y", "x#y",
                                   "//host/x", "https://host/x", ".hidden/", "", None, 3])
def test_anything_else_is_not_a_site_path(value):
    assert site_path_problem(value)


@pytest.mark.parametrize("value", ["https://forms.example.dk/fejl", "mailto:redaktion@udgiver.dk",
                                   "mailto:a@b.dk?subject=x", "tilgaengelighed.md", "om/"])
def test_https_mailto_and_site_paths_are_addresses(value):
    assert address_problem(value) is None


@pytest.mark.parametrize("value", ["javascript:alert(1)", "JavaScript:alert(1)", "mailto:",
                                   "mailto:?subject=x", "http://plain.example/", "data:text/html,x",
                                   "https://x/\"onmouseover=", "vbscript:x", "//evil.example/",
                                   "../../../../etc/passwd"])
def test_unsafe_or_empty_addresses_are_refused(value):
    assert address_problem(value)


def test_a_feedback_address_cannot_be_a_site_path():
    assert address_problem("om/", site_paths=False)


@pytest.mark.parametrize(("html", "tag"), [
    ("<p>a</p><script>window.x=1</script>", "<script"),
    ('<img src="x" onerror="go()">', "<img"),
    ('<p ONCLICK=go()>x</p>', "<p ONCLICK"),
    ('<a href="javascript:go()">x</a>', "<a href"),
    ('<a href=" JaVaScRiPt:go()">x</a>', "<a href"),
    ('<iframe src="https://x"></iframe>', "<iframe"),
    ('<p style="color:red">x</p>', "<p style"),
    ("<style>p{}</style>", "<style"),
    ('<object data="x.swf"></object>', "<object"),
    ('<svg><a xlink:href="javascript:x()">y</a></svg>', "<a xlink"),
    # what a browser reads that a pattern did not: a slash for a space, entities in a scheme,
    # a stray quote
    ("<p/onclick=alert(7)>x</p>", "<p/onclick"),
    ("<details/open/ontoggle=alert(7)>", "<details/"),
    ("<svg/onload=alert(7)>", "<svg/"),
    ('<a href="&#106;avascript:alert(7)">x</a>', '<a href="&#106;'),
    ('<a href="java&#x09;script:alert(7)">x</a>', '<a href="java&#x09;'),
    ("<img src=x onerror=alert(7) '>", "<img src=x"),
    ('<svg><animate attributeName="href" values="javascript:alert(7)"/></svg>', "<animate"),
])
def test_script_in_a_page_is_found_by_the_tag_as_written(html, tag):
    found = list(unsafe_markup(html))
    assert found and found[0][2].startswith(tag) and found[0][2] in html, found


@pytest.mark.parametrize("html", [
    '<p class="onward">on the <em>onclick</em> attribute</p>',
    '<a href="https://example.dk/javascript-guide">x</a>',
    '<details><summary>x</summary><blockquote lang="da"><p>y</p></blockquote></details>',
    '<form data-ldi-filters action="" method="get"><select name="x"></select></form>',
])
def test_ordinary_markup_passes(html):
    assert list(unsafe_markup(html)) == []


def test_an_id_on_two_elements_is_found():
    assert duplicate_ids('<p id="a"></p><p id="b"></p><figure id="a"></figure>') == ["a"]


def test_symbolic_links_are_found_files_and_folders_alike(tmp_path):
    (tmp_path / "docs" / "greb").mkdir(parents=True)
    (tmp_path / "docs" / "env.txt").symlink_to("/proc/self/environ")
    (tmp_path / "docs" / "aptconf").symlink_to("/etc", target_is_directory=True)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "people.yml").symlink_to(tmp_path / "docs" / "greb")
    found = sorted(str(p) for p in symlink_problems(tmp_path))
    assert [p.split(":")[0] for p in found] == ["data/people.yml", "docs/aptconf", "docs/env.txt"]
    assert "is a symbolic link" in found[0]
