"""Finding things: /temaer/, /citater/, /raad/, cross-links and /data/citater.json are complete
against the data, in both editions."""

import json

import pytest

from publication.crosslinks import CrossLinks
from publication.registry import load_registry
from sitebuild import ROOT, soup

REGISTRY = load_registry(ROOT, ["da", "en"])
LINKS = CrossLinks(REGISTRY)
EDITIONS = [("da", ""), ("en", "/en")]


@pytest.mark.parametrize(("lang", "prefix"), EDITIONS)
def test_every_theme_has_a_section_listing_what_it_tags(site, lang, prefix):
    page = soup(site, f"{prefix}/temaer/")
    for theme in REGISTRY.themes.values():
        heading = page.find(id=theme.id)
        assert heading is not None and heading.name == "h2", theme.id
        assert heading.get_text(strip=True).rstrip("¶") == theme.name[lang]
        section = heading.find_next_sibling("div", class_="ldi-theme")
        hrefs = [a["href"] for a in section.select("a[href]")]
        principles, cases, quotes = LINKS.tagged_with(theme.id)
        for principle in principles:
            assert f"../greb/{principle.id}/" in hrefs
        for case in cases:
            assert f"../cases/{case.id}/" in hrefs
        for quote in quotes:
            assert f"../greb/{quote.principle}/#citat-{quote.id}" in hrefs


@pytest.mark.parametrize(("lang", "prefix"), EDITIONS)
def test_theme_chips_on_every_principle_and_case_page_link_to_the_theme(site, lang, prefix):
    for kind, table in (("greb", REGISTRY.principles), ("cases", REGISTRY.cases)):
        for entity in table.values():
            chips = soup(site, f"{prefix}/{kind}/{entity.id}/").select(".ldi-page-meta a.ldi-chip")
            assert [a["href"] for a in chips] == [f"../../temaer/#{t}" for t in entity.themes]


@pytest.mark.parametrize(("lang", "prefix"), EDITIONS)
def test_quote_explorer_lists_every_quote_grouped_by_workplace(site, lang, prefix):
    page = soup(site, f"{prefix}/citater/")
    figures = page.select("section[data-ldi-group] figure.ldi-quote")
    assert sorted(f["id"] for f in figures) == sorted(f"citat-{q}" for q in REGISTRY.quotes)
    for figure in figures:
        group = figure.find_parent("section")
        assert group.find("h2")["id"] == figure["data-workplace"]
        quote = REGISTRY.quotes[figure["id"].removeprefix("citat-")]
        assert figure.select_one(".ldi-quote__context a")["href"] == \
            f"../greb/{quote.principle}/#citat-{quote.id}"
    form = page.select_one("form[data-ldi-filters]")
    assert form.has_attr("hidden"), "filters only appear once JavaScript runs"
    assert {s["name"] for s in form.select("select")} == {"arbejdsplads", "rolle", "greb", "tema"}
    for select in form.select("select"):
        values = {o["value"] for o in select.select("option")} - {""}
        attribute = select["data-ldi-attribute"]
        present = {v for f in figures for v in f[f"data-{attribute}"].split()}
        assert values == present, f"{select['name']} offers exactly what the quotes carry"


@pytest.mark.parametrize(("lang", "prefix"), EDITIONS)
def test_advice_sheet_has_all_fifteen_pieces_and_the_questions(site, lang, prefix):
    page = soup(site, f"{prefix}/raad/")
    for case in REGISTRY.cases.values():
        heading = page.find(id=f"raad-{case.id}")
        advice = [li.get_text() for li in heading.find_next_sibling("ol").select("li")]
        assert advice == [a[lang] for a in case.advice]
        assert heading.find_next("ul", class_="ldi-link-list").a["href"] == f"../cases/{case.id}/"
    assert len(page.select("ol.ldi-advice li")) == 15
    questions = [li.get_text() for li in page.select("ul.ldi-questions li")]
    expected = [" ".join(q[lang].split()) for p in REGISTRY.principles.values() for q in p.questions]
    assert questions == expected
    # Principles whose questions are not in the sources are named, not silently left out.
    missing = {a["href"] for a in page.select(".ldi-note + ul a")}
    assert missing == {f"../greb/{p.id}/" for p in REGISTRY.principles.values() if not p.questions}


@pytest.mark.parametrize(("lang", "prefix"), EDITIONS)
def test_principle_page_lists_the_cases_it_names_or_quotes(site, lang, prefix):
    for principle in REGISTRY.principles.values():
        related = soup(site, f"{prefix}/greb/{principle.id}/").select_one(".ldi-related")
        expected = [f"../../cases/{c.id}/" for c in LINKS.cases_in_principle(principle.id)]
        found = [a["href"] for a in related.select("a")] if related else []
        assert found == expected


@pytest.mark.parametrize(("lang", "prefix"), EDITIONS)
def test_case_page_lists_its_principles_and_its_workplace_quotes(site, lang, prefix):
    for case in REGISTRY.cases.values():
        related = soup(site, f"{prefix}/cases/{case.id}/").select_one(".ldi-related")
        hrefs = [a["href"] for a in related.select("a")]
        for principle in LINKS.principles_of_case(case.id) + LINKS.principles_sharing_themes(case.id):
            assert f"../../greb/{principle.id}/" in hrefs
        quotes = [f["id"] for f in related.select("figure.ldi-quote")]
        assert quotes == [f"citat-{q.id}" for q in LINKS.quotes_from_workplace(case.workplace)]


def test_quote_export_is_complete(site):
    data = json.loads((site / "data" / "citater.json").read_text(encoding="utf-8"))
    assert data["count"] == len(REGISTRY.quotes) == len(data["quotes"])
    for entry in data["quotes"]:
        quote = REGISTRY.quotes[entry["id"]]
        person = REGISTRY.people[quote.person]
        assert entry["language"] == "da" and entry["text"] == quote.text["da"]
        assert entry["translations"] == {"en": quote.text["en"]}
        assert entry["person"] == {"id": person.id, "name": person.name}
        assert entry["role"]["da"] == person.role["da"]
        assert entry["workplace"]["id"] == person.workplace
        assert entry["principle"]["id"] == quote.principle
        assert [t["id"] for t in entry["themes"]] == quote.themes
        assert entry["url"] == f"http://127.0.0.1:8000/greb/{quote.principle}/#citat-{quote.id}"
        assert entry["urls"]["en"] == f"http://127.0.0.1:8000/en/greb/{quote.principle}/#citat-{quote.id}"
