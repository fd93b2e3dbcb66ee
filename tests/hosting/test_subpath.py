"""The same configuration under a sub-path (/ledelse/), as an intranet hosts it."""

import pytest
from support.builds import fixture_pages
from support.served import SUBPATH_PREFIX, get, missing_assets


@pytest.mark.parametrize("path", fixture_pages() + [f"/en{p}" for p in fixture_pages()])
def test_every_contract_page_answers_under_the_prefix(subpath_server, path):
    response = get(f"{subpath_server}{path}")
    assert response.status == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"


def test_the_bare_prefix_leads_to_the_front_page(subpath_server):
    response = get(subpath_server)
    assert (response.status, response.headers.get("location")) == (301, f"{SUBPATH_PREFIX}/")


@pytest.mark.parametrize(
    ("path", "lang"),
    [("/findes/ikke/", "da"), ("/en/does/not/exist/", "en")],
)
def test_404_pages_load_their_assets_under_the_prefix(subpath_server, path, lang):
    response = get(f"{subpath_server}{path}")
    assert response.status == 404
    assert f'<html lang="{lang}"' in response.text
    assert missing_assets(f"{subpath_server}{path}", response.text) == []


def test_moved_pages_redirect_under_the_prefix(subpath_server):
    response = get(f"{subpath_server}/gammel-side/")
    assert response.headers.get("location") == f"{SUBPATH_PREFIX}/greb/lytning/"


def test_nothing_is_served_outside_the_prefix(subpath_server):
    root = subpath_server.removesuffix(SUBPATH_PREFIX)
    assert get(f"{root}/greb/").status == 404
    assert get(f"{root}/ledelse-not/").status == 404
