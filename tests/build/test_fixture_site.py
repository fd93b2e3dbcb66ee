"""What the editors' next acts need, proven on the fixture publication (tests/fixtures/): a
case in full text that places a quote in its running text, a quote its principle places too,
a quote no page places, a renamed case whose old addresses and anchors still lead to it."""

from __future__ import annotations

import json
import re
from xml.etree import ElementTree

import pytest
from publication import url_contract
from support.builds import FIXTURE, SITE_URL
from support.site import soup, text

SHARED_QUOTE = "citat-ada-jensen-lytning"  # placed by greb/lytning and cases/havnehuset
CASE_ONLY_QUOTE = "citat-ada-jensen-doer"  # no principle; the case's text places it
UNPLACED_QUOTE = "citat-bo-larsen-mod"  # placed nowhere: it lives on /citater/


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_quote_stands_in_a_cases_running_text(fixture_site, prefix):
    page = soup(fixture_site, f"{prefix}/cases/havnehuset/")
    body = page.select_one("article")
    figure = body.find(id=SHARED_QUOTE)
    assert figure is not None and figure.find_parent(class_="ldi-related") is None
    assert body.find(id=CASE_ONLY_QUOTE).find_parent(class_="ldi-related") is None


def test_the_related_block_never_repeats_a_quote_the_page_shows(fixture_site):
    for path in ("/cases/havnehuset/", "/en/cases/havnehuset/"):
        ids = re.findall(r'\sid="([^"]+)"', str(soup(fixture_site, path)))
        assert ids.count(SHARED_QUOTE) == 1 and ids.count(CASE_ONLY_QUOTE) == 1


def test_the_quote_in_context_names_every_page_that_places_it(fixture_site):
    figure = soup(fixture_site, "/citater/").find(id=SHARED_QUOTE)
    links = [(a["href"], text(a)) for a in figure.select(".ldi-quote__context a")]
    assert links == [(f"../greb/lytning/#{SHARED_QUOTE}", "1. Lederne lytter til borgerne"),
                     (f"../cases/havnehuset/#{SHARED_QUOTE}", "Havnehuset i Nørreby")]


def test_a_quote_no_page_places_lives_on_the_quotes_page(fixture_site):
    figure = soup(fixture_site, "/citater/").find(id=UNPLACED_QUOTE)
    assert figure is not None and figure.select_one(".ldi-quote__context") is None
    export = json.loads((fixture_site / "data" / "citater.json").read_text(encoding="utf-8"))
    entry = next(q for q in export["quotes"] if q["id"] == "bo-larsen-mod")
    assert entry["url"].endswith(f"/citater/#{UNPLACED_QUOTE}")
    assert next(q for q in export["quotes"] if q["id"] == "ada-jensen-doer")["principle"] is None
    themes = soup(fixture_site, "/temaer/").find(id="mod").find_next_sibling("div")
    assert f"../citater/#{UNPLACED_QUOTE}" in [a["href"] for a in themes.select("a")]


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_whole_publication_shows_each_quote_once(fixture_site, prefix):
    page = soup(fixture_site, f"{prefix}/print/")
    ids = re.findall(r'\sid="([^"]+)"', str(page))
    assert len(ids) == len(set(ids))
    assert ids.count(SHARED_QUOTE) == 1
    reference = page.select_one(".ldi-quote-reference a")
    assert reference["href"] == f"#{SHARED_QUOTE}"
    chapters = [h["id"] for h in page.select("section.ldi-chapter h2[id]")
                if h["id"] in {"lytning", "modet", "havnehuset", "skovskolen"}]
    assert chapters == ["lytning", "modet", "havnehuset", "skovskolen"]
    for qr in page.select("section.ldi-chapter .ldi-print-source"):
        assert qr.select_one("svg.ldi-qr") is not None


def test_a_full_text_case_says_no_summary_and_a_summary_says_so(fixture_site):
    assert soup(fixture_site, "/cases/havnehuset/").select_one(".ldi-notice") is None
    notice = text(soup(fixture_site, "/cases/skovskolen/").select_one(".ldi-notice"))
    assert notice.startswith("Resumé.")


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_renamed_case_keeps_its_old_address_and_anchors(fixture_site, prefix):
    old = soup(fixture_site, f"{prefix}/cases/havnen/")
    assert old.find("meta", attrs={"http-equiv": "refresh"})["content"] == "0; url=../havnehuset/"
    assert old.select_one("script[src$='redirect.js']") is not None
    new = soup(fixture_site, f"{prefix}/cases/havnehuset/")
    for anchor in ("havnen", "raad-havnen-1", "raad-havnen-3"):
        assert new.find(id=anchor) is not None, anchor
    assert soup(fixture_site, f"{prefix}/raad/").find(id="raad-havnen") is not None
    assert soup(fixture_site, f"{prefix}/print/").find(id="raad-havnen-2") is not None


def test_the_contract_still_lists_the_old_addresses_and_they_resolve(fixture_site):
    contract = url_contract.read_contract(FIXTURE / url_contract.CONTRACT)
    assert "/en/cases/havnen/#raad-havnen-2" in contract
    redirects = {"/cases/havnen/": "/cases/havnehuset/",
                 "/en/cases/havnen/": "/en/cases/havnehuset/"}
    assert url_contract.broken_promises(contract, fixture_site, redirects) == []


def test_the_change_log_is_a_feed_with_stable_ids(fixture_site):
    atom = "{http://www.w3.org/2005/Atom}"
    entries = ElementTree.parse(fixture_site / "feed.xml").getroot().findall(f"{atom}entry")
    assert [e.find(f"{atom}updated").text for e in entries] == ["2026-02-01T00:00:00Z",
                                                                "2026-01-15T00:00:00Z"]
    assert all(e.find(f"{atom}id").text.startswith("urn:uuid:") for e in entries)
    related = [link.get("href") for link in entries[0].findall(f"{atom}link[@rel='related']")]
    assert related == [f"{SITE_URL}cases/havnehuset/"]
    english = ElementTree.parse(fixture_site / "en" / "feed.xml").getroot()
    assert english.find(f"{atom}entry/{atom}id").text != entries[0].find(f"{atom}id").text


def test_the_quote_only_a_case_holds_has_no_principle_in_its_data(fixture_site):
    figure = soup(fixture_site, "/citater/").find(id=CASE_ONLY_QUOTE)
    assert figure["data-principle"] == ""
    options = [o["value"] for o in soup(fixture_site, "/citater/").select(
        "select[name=greb] option")]
    assert options == ["", "lytning", "modet"]


def test_ordinary_comments_stay_comments(fixture_site):
    html = (fixture_site / "greb" / "lytning" / "index.html").read_text(encoding="utf-8")
    assert "<!-- more -->" in html
