"""What a reader's browser gets from nginx: every contract page, the right 404 in the right
language, redirects, types with their charset, and nothing that is not content."""

import pytest
from support.builds import fixture_pages
from support.served import get, missing_assets

EDITIONS = ["", "/en"]
HTML = "text/html; charset=utf-8"


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("path", fixture_pages())
def test_every_contract_page_answers_as_utf8_html(server, edition, path):
    response = get(f"{server}{edition}{path}")
    assert response.status == 200
    assert response.headers["content-type"] == HTML
    assert f'<html lang="{edition.strip("/") or "da"}"' in response.text


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/data/citater.json", "application/json; charset=utf-8"),
        ("/search/search_index.json", "application/json; charset=utf-8"),
        ("/en/search/search_index.json", "application/json; charset=utf-8"),
        ("/sitemap.xml", "text/xml; charset=utf-8"),
        ("/assets/javascripts/redirect.js", "application/javascript; charset=utf-8"),
        ("/feed.xml", "application/atom+xml; charset=utf-8"),
        ("/assets/images/favicon.png", "image/png"),
    ],
)
def test_files_have_their_type_and_text_its_charset(server, path, content_type):
    response = get(f"{server}{path}")
    assert response.status == 200
    assert response.headers["content-type"] == content_type


@pytest.mark.parametrize("path", ["/findes-ikke/", "/greb/findes-ikke", "/greb/x/y/z.html"])
def test_unknown_danish_path_gets_the_danish_404(server, hosted_site, path):
    response = get(f"{server}{path}")
    assert response.status == 404
    assert response.headers["content-type"] == HTML
    assert response.text == (hosted_site / "404.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", ["/en/does-not-exist/", "/en/greb/x/y/z.html"])
def test_unknown_english_path_gets_the_english_404(server, hosted_site, path):
    english_404 = hosted_site / "en" / "404.html"
    response = get(f"{server}{path}")
    assert response.status == 404
    assert '<html lang="en"' in response.text
    assert response.text == english_404.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("path", "lang"),
    [("/findes/ikke/", "da"), ("/en/does/not/exist/", "en")],
)
def test_404_pages_load_their_assets_at_any_depth(server, path, lang):
    response = get(f"{server}{path}")
    assert f'<html lang="{lang}"' in response.text
    assert missing_assets(f"{server}{path}", response.text) == []


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/gammel-side/", "/greb/lytning/"),
        ("/gammel-side", "/greb/lytning/"),
        ("/gammel-side/index.html", "/greb/lytning/"),
        ("/gammel-side/?tema=mod", "/greb/lytning/?tema=mod"),
        ("/cases/havnen/", "/cases/havnehuset/"),
        ("/en/gammel-side/", "/en/greb/lytning/"),
        ("/en/cases/havnen", "/en/cases/havnehuset/"),
    ],
)
def test_moved_pages_redirect_permanently(server, path, target):
    response = get(f"{server}{path}")
    assert (response.status, response.headers.get("location")) == (301, target)


def test_a_folder_without_its_slash_redirects_to_it(server):
    response = get(f"{server}/greb/lytning")
    assert (response.status, response.headers.get("location")) == (301, "/greb/lytning/")


@pytest.mark.parametrize("path", ["/.hosting/csp-header.conf", "/.git/config", "/en/.hidden"])
def test_dot_paths_are_never_served(server, path):
    assert get(f"{server}{path}").status == 404


def test_the_server_does_not_tell_its_version(server):
    assert get(f"{server}/").headers["server"] == "nginx"
