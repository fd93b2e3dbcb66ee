import json

from publication.editions import (
    absolute_alternates,
    edition_root,
    missing_twins,
    split_language_suffix,
    split_search_index,
)

LANGS = ["da", "en"]


def test_edition_roots():
    assert edition_root("da", "da") == ""
    assert edition_root("en", "da") == "en/"


def test_language_suffix():
    assert split_language_suffix("greb/x.en.md", LANGS) == ("greb/x.md", "en")
    assert split_language_suffix("greb/x.md", LANGS) == ("greb/x.md", None)
    assert split_language_suffix("index.en.md", LANGS) == ("index.md", "en")


def test_complete_pairs_have_no_problems():
    assert missing_twins(["a.md", "a.en.md", "b/index.md", "b/index.en.md", "c.css"], LANGS, "da") == []


def test_page_in_one_language_only_is_named_with_the_file_to_create():
    problems = [str(p) for p in missing_twins(["a.md", "b.en.md"], LANGS, "da")]
    assert problems == [
        "docs/a.md: has no 'en' translation: create docs/a.en.md",
        "docs/b.en.md: has no Danish original: create docs/b.md",
    ]


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
