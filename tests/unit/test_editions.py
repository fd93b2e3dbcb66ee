import json

import pytest
from publication.editions import (
    EditionUrls,
    absolute_alternates,
    edition_root,
    page_path,
    split_search_index,
)
from publication.pages import split_language

LANGS = ["da", "en"]


def test_edition_roots():
    assert edition_root("da", "da") == ""
    assert edition_root("en", "da") == "en/"


def test_language_suffix():
    assert split_language("greb/x.en.md", LANGS, "da") == ("greb/x.md", "en")
    assert split_language("greb/x.md", LANGS, "da") == ("greb/x.md", "da")
    assert split_language("index.en.md", LANGS, "da") == ("index.md", "en")


@pytest.mark.parametrize(("src", "directory_urls", "path"), [
    ("index.md", True, ""), ("om/index.md", True, "om/"), ("greb/x.md", True, "greb/x/"),
    ("index.md", False, "index.html"), ("om/index.md", False, "om/index.html"),
    ("greb/x.md", False, "greb/x.html"),
    ("om/README.md", True, "om/"),  # MkDocs' own rule, which a copy of it would have missed
])
def test_pages_are_published_where_mkdocs_puts_them(src, directory_urls, path):
    assert page_path(src, directory_urls) == path


def test_addresses_in_every_edition_and_under_a_sub_path():
    urls = EditionUrls("https://intranet.example/ledelse", "da")
    assert urls.relative("greb/x.md", "en") == "en/greb/x/"
    assert urls.absolute("greb/x.md", "da") == "https://intranet.example/ledelse/greb/x/"
    assert urls.absolute_path("en/") == "/ledelse/en/"


def test_alternates_are_absolute_and_respect_a_sub_path():
    alternates = absolute_alternates({"da": "greb/x/", "en": "en/greb/x/"},
                                     "https://intranet.example/ledelse/", LANGS)
    assert alternates == [
        {"lang": "da", "href": "https://intranet.example/ledelse/greb/x/"},
        {"lang": "en", "href": "https://intranet.example/ledelse/en/greb/x/"},
    ]


def test_search_index_is_split_per_edition(tmp_path):
    (tmp_path / "search").mkdir()
    merged = {
        "config": {"lang": ["da", "en"], "separator": "[\\s]+"},
        "docs": [
            {"location": "greb/x/", "title": "Greb", "text": "ledelse"},
            {"location": "en/greb/x/#a", "title": "Principle", "text": "leadership"},
        ],
    }
    (tmp_path / "search/search_index.json").write_text(json.dumps(merged))
    assert split_search_index(tmp_path, LANGS, "da") == {"da": 1, "en": 1}
    da = json.loads((tmp_path / "search/search_index.json").read_text())
    en = json.loads((tmp_path / "en/search/search_index.json").read_text())
    assert da["config"]["lang"] == ["da"] and [d["location"] for d in da["docs"]] == ["greb/x/"]
    assert en["config"]["lang"] == ["en"] and [d["location"] for d in en["docs"]] == ["greb/x/#a"]
    assert en["config"]["separator"] == "[\\s]+"


def test_a_site_path_has_one_form_whatever_data_writes():
    from publication.editions import site_path

    assert [site_path(p) for p in ("/greb/x", "greb/x/", " greb/x ", "/", "")] == [
        "greb/x/", "greb/x/", "greb/x/", "", ""]
