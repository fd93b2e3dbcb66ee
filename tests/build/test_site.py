"""The real site, built strict: pages at their contract URLs, quotes with who/role/where."""

import re

import pytest

from publication.registry import load_registry
from sitebuild import CONTRACT_PATHS as DANISH_PATHS
from sitebuild import ROOT, soup

REGISTRY = load_registry(ROOT, ["da", "en"])



@pytest.mark.parametrize("path", DANISH_PATHS)
def test_contract_page_exists_in_danish(site, path):
    page = soup(site, path)
    assert page.html["lang"] == "da"
    assert page.find("h1") is not None


def test_every_principle_and_case_page_is_generated_from_data(site):
    """Guards the list above: data and URL contract agree."""
    expected = {f"/greb/{p}/" for p in REGISTRY.principles} | {f"/cases/{c}/" for c in REGISTRY.cases}
    assert expected <= set(DANISH_PATHS)


def test_front_page_leads_to_every_principle_and_case(site):
    hrefs = {a["href"] for a in soup(site, "/").select("article a[href]")}
    for principle in REGISTRY.principles:
        assert f"greb/{principle}/" in hrefs
    for case in REGISTRY.cases:
        assert f"cases/{case}/" in hrefs


@pytest.mark.parametrize("principle", REGISTRY.principles.values(), ids=lambda p: p.id)
def test_principle_page_title_position_and_completeness(site, principle):
    page = soup(site, f"/greb/{principle.id}/")
    assert page.find("h1").get_text(strip=True).rstrip("¶") == \
        f"{principle.number}. {principle.title['da']}"
    assert page.select_one(".ldi-kicker").get_text() == f"Greb {principle.number} af 5"
    notice = page.select_one(".admonition-title").get_text()
    assert notice == ("Resumé" if principle.text == "summary" else "Hele kapitlet")
    if principle.text == "summary":
        assert "Det fulde kapitel findes i publikationen" in page.select_one(".admonition").get_text()


def test_principle_three_is_complete(site):
    """Lead, the quotes box, body, 'De nødvendige rammer' and the three questions."""
    article = soup(site, "/greb/kultur-og-rammer/").select_one("article")
    assert article.select_one("p.ldi-lead").get_text().startswith("Lederne fremmer en eksperimenterende")
    headings = [h.get_text(strip=True).rstrip("¶")
                for h in article.select("h2:not(.ldi-page-foot__heading)")]
    assert headings == ["Sagt om at skabe kultur og rammer", "De nødvendige rammer", "Værd at overveje",
                        "Relateret"]
    assert len(article.select(".ldi-quotes figure.ldi-quote")) == 3
    questions = [li.get_text() for li in article.select("ul.ldi-questions li")]
    assert questions == [" ".join(q["da"].split()) for q in REGISTRY.principles["kultur-og-rammer"].questions]
    assert "så ting bliver afsluttet, og beslutninger truffet." in article.get_text()


@pytest.mark.parametrize("quote", REGISTRY.quotes.values(), ids=lambda q: q.id)
def test_quote_says_who_in_what_role_where(site, quote):
    page = soup(site, f"/greb/{quote.principle}/")
    figure = page.find(id=f"citat-{quote.id}")
    assert figure is not None and figure.name == "figure"
    person = REGISTRY.people[quote.person]
    workplace = REGISTRY.workplaces[person.workplace]
    case = REGISTRY.case_for_workplace(workplace.id)
    assert figure.blockquote["lang"] == "da"
    assert figure.blockquote.get_text(strip=True) == " ".join(quote.text["da"].split())
    caption = figure.figcaption
    assert caption.select_one(".ldi-quote__name").get_text() == person.name
    assert caption.select_one(".ldi-quote__role").get_text() == person.role["da"]
    link = caption.select_one("a.ldi-quote__workplace")
    assert link.get_text() == workplace.name["da"]
    assert link["href"] == f"../../cases/{case.id}/"
    assert figure["data-person"] == person.id
    assert figure["data-workplace"] == workplace.id
    assert figure["data-principle"] == quote.principle
    assert figure["data-themes"].split() == quote.themes
    assert re.fullmatch(r"[a-z0-9-]+", figure["data-role"])


@pytest.mark.parametrize("case", REGISTRY.cases.values(), ids=lambda c: c.id)
def test_case_page_shows_tagline_facts_and_three_pieces_of_advice(site, case):
    page = soup(site, f"/cases/{case.id}/")
    workplace = REGISTRY.workplaces[case.workplace]
    assert page.find("h1").get_text(strip=True).rstrip("¶") == workplace.name["da"]
    assert page.select_one(".ldi-subtitle").get_text() == case.tagline["da"]
    assert workplace.kind["da"] in page.select_one(".ldi-facts").get_text()
    advice = [li.get_text() for li in page.select("ol.ldi-advice li")]
    assert advice == [a["da"] for a in case.advice]
    assert page.find(id="tre-gode-raad") is not None
    assert "Den fulde case findes i publikationen" in page.select_one(".admonition").get_text()


def test_municipality_not_in_the_sources_is_said_plainly(site):
    """Autismecenter Storstrøm's municipality is not in the sources: say so, never guess."""
    facts = soup(site, "/cases/autismecenter-storstroem/").select_one(".ldi-facts").get_text()
    assert "ikke oplyst i kilderne" in facts


def test_navigation_is_in_reading_order(site):
    """Principles 1–5, then the cases, in the sidebar of every page."""
    nav_links = [a["href"] for a in soup(site, "/greb/").select("nav.md-nav--primary a.md-nav__link[href]")]
    wanted = [f"{p}/" for p in REGISTRY.principles] + [f"../cases/{c}/" for c in REGISTRY.cases]
    positions = [next(i for i, href in enumerate(nav_links) if href.endswith(w.lstrip("."))) for w in wanted]
    assert positions == sorted(positions)


def test_no_google_fonts_or_other_font_requests(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html
