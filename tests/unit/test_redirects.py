"""Moved pages (data/redirects.yml): only plain site paths are accepted, the redirect page keeps
the reader's #anchor, and nginx gets the same list as a safely quoted map."""

import gzip

import pytest
from publication import hosting, redirects
from publication.problems import ContentError

LABELS = {"redirect_title": "Siden er flyttet", "redirect_text": "Siden er flyttet til"}


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def load(tmp_path, text):
    write(tmp_path / "data" / "redirects.yml", text)
    return redirects.load_redirects(tmp_path)


def test_plain_paths_are_read_in_any_spelling(tmp_path):
    """With or without the slashes around them."""
    moved = load(tmp_path, "- from: /greb/gammelt-navn\n  to: greb/nyt-navn/\n")
    assert [(r.old, r.new, r.line) for r in moved] == [("greb/gammelt-navn/", "greb/nyt-navn/", 1)]


@pytest.mark.parametrize("value", ["../../outside/", 'old"x/', "old x/", "a/../../b/",
                                   "https://elsewhere.example/", "//elsewhere/", "x?y=1",
                                   "side#afsnit", "<script>/"])
@pytest.mark.parametrize("key", ["from", "to"])
def test_anything_but_a_plain_site_path_is_refused_with_its_line(tmp_path, key, value):
    entry = {"from": "greb/a/", "to": "greb/b/", key: value}
    with pytest.raises(ContentError) as error:
        load(tmp_path, f"# moved\n- from: '{entry['from']}'\n  to: '{entry['to']}'\n")
    line = 2 if key == "from" else 3
    assert f"data/redirects.yml:{line}: '{key}' " in str(error.value)
    assert "plain site path" in str(error.value)


def test_malformed_entries_are_named(tmp_path):
    with pytest.raises(ContentError) as error:
        load(tmp_path, "- from: greb/a/\n- to: greb/b/\n  from: greb/b/\n- greb/c/\n")
    message = str(error.value)
    assert "data/redirects.yml:1: each redirect needs a 'from' and a 'to' path" in message
    assert "data/redirects.yml:2: 'greb/b/' redirects to itself" in message


def test_the_redirect_page_keeps_the_anchor_and_works_without_a_server():
    html = redirects.redirect_page("da", "greb/a/", "greb/b/", "https://example.dk/greb/b/",
                                   LABELS)
    assert '<meta http-equiv="refresh" content="0; url=../b/">' in html
    assert '<a id="ldi-redirect" href="../b/">' in html
    assert '<script src="../../assets/javascripts/redirect.js"></script>' in html
    assert '<link rel="canonical" href="https://example.dk/greb/b/">' in html


def test_every_edition_gets_the_redirect():
    moved = [redirects.Redirect("greb/a/", "greb/b/", 1)]
    assert redirects.in_editions(moved, ["da", "en"], "da") == {
        "/greb/a/": "/greb/b/", "/en/greb/a/": "/en/greb/b/"}


def test_the_map_answers_every_way_the_old_address_is_written():
    text = hosting.redirect_map({"/greb/a/": "/greb/b/"})
    assert text.splitlines()[1:] == ['"/greb/a/" "/greb/b/";', '"/greb/a" "/greb/b/";',
                                     '"/greb/a/index.html" "/greb/b/";']


def test_the_map_refuses_what_it_could_not_quote():
    with pytest.raises(ContentError):
        hosting.redirect_map({'/a"/': "/b/"})


def test_no_redirects_is_an_empty_map_nginx_can_still_include():
    assert hosting.redirect_map({}).strip().startswith("#")


def test_prepare_site_compresses_the_final_html(tmp_path):
    """The CSP meta goes in before the .gz copy is made, or a server would send a stale page."""
    write(tmp_path / "index.html", "<html><head><meta charset=utf-8></head><body></body></html>")
    hosting.prepare_site(tmp_path, {}, [])
    html = (tmp_path / "index.html").read_bytes()
    assert b"Content-Security-Policy" in html
    assert gzip.decompress((tmp_path / "index.html.gz").read_bytes()) == html
    assert (tmp_path / hosting.REDIRECT_MAP).is_file()
