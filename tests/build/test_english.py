"""The English edition under /en/: every page, marked translations, language metadata."""

import json

import pytest

from publication.registry import load_registry
from sitebuild import CONTRACT_PATHS as DANISH_PATHS
from sitebuild import ROOT, soup

REGISTRY = load_registry(ROOT, ["da", "en"])
SITE_URL = "http://127.0.0.1:8000/"


@pytest.mark.parametrize("path", DANISH_PATHS)
def test_every_page_has_an_english_twin_at_the_same_path(site, path):
    page = soup(site, f"/en{path}")
    assert page.html["lang"] == "en"
    assert page.find("h1") is not None


@pytest.mark.parametrize("path", DANISH_PATHS)
def test_canonical_and_hreflang_point_to_the_right_twins(site, path):
    for edition, prefix in (("da", ""), ("en", "en/")):
        page = soup(site, f"/{prefix}{path.lstrip('/')}")
        assert page.find("link", rel="canonical")["href"] == f"{SITE_URL}{prefix}{path.lstrip('/')}"
        alternates = {link["hreflang"]: link["href"]
                      for link in page.find_all("link", rel="alternate") if link.get("hreflang")}
        assert alternates == {
            "da": f"{SITE_URL}{path.lstrip('/')}",
            "en": f"{SITE_URL}en/{path.lstrip('/')}",
            "x-default": f"{SITE_URL}{path.lstrip('/')}",
        }


@pytest.mark.parametrize("quote", REGISTRY.quotes.values(), ids=lambda q: q.id)
def test_english_quote_is_marked_as_translation_with_the_danish_original(site, quote):
    figure = soup(site, f"/en/greb/{quote.principle}/").find(id=f"citat-{quote.id}")
    assert figure is not None, "same quote id in both languages"
    shown = figure.select_one("blockquote.ldi-quote__text")
    assert shown["lang"] == "en"
    assert shown.get_text(strip=True) == " ".join(quote.text["en"].split())
    assert figure.select_one(".ldi-quote__translated").get_text() == "Our translation"
    original = figure.select_one("details.ldi-quote__original blockquote")
    assert original["lang"] == "da"
    assert original.get_text(strip=True) == " ".join(quote.text["da"].split())
    person = REGISTRY.people[quote.person]
    assert figure.select_one(".ldi-quote__role").get_text() == person.role["en"]
    workplace_link = figure.select_one("a.ldi-quote__workplace")
    assert workplace_link["lang"] == "da"
    assert workplace_link["href"].startswith("../../cases/")


@pytest.mark.parametrize("case", REGISTRY.cases.values(), ids=lambda c: c.id)
def test_english_case_page(site, case):
    page = soup(site, f"/en/cases/{case.id}/")
    h1 = page.find("h1")
    assert h1["lang"] == "da", "the workplace's Danish name is marked as Danish"
    assert [li.get_text() for li in page.select("ol.ldi-advice li")] == [a["en"] for a in case.advice]
    notice = page.select_one(".ldi-notice")
    assert "our English translation" in notice.get_text()
    assert notice.find("a", hreflang="da")["href"] == f"../../../cases/{case.id}/"


def test_danish_pages_carry_no_translation_notice(site):
    assert "translation" not in soup(site, "/greb/kultur-og-rammer/").select_one(".ldi-notice").get_text()


@pytest.mark.parametrize(("edition", "prefix"), [("da", ""), ("en", "en/")])
def test_each_edition_has_its_own_search_index(site, edition, prefix):
    index = json.loads((site / prefix / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == [edition]
    locations = [doc["location"] for doc in index["docs"]]
    assert locations, "index is empty"
    assert not any(location.startswith("en/") for location in locations)
    titles = " ".join(doc["title"] for doc in index["docs"])
    assert ("Tre gode råd" in titles) == (edition == "da")
    assert ("Three pieces of advice" in titles) == (edition == "en")
