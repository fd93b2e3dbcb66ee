"""Cross-links come from the data: tested on the real registry, whose facts we know."""

from publication.crosslinks import CrossLinks
from publication.registry import load_registry
from sitebuild import ROOT

LINKS = CrossLinks(load_registry(ROOT, ["da", "en"]))


def test_chapter_three_names_three_workplaces_and_quotes_a_fourth():
    """Named in the text: Paddehatten, Borgerservice, Lys- og Trafikledelse; quoted: Luise
    Hansen of Autismecenter Storstrøm. In reading order."""
    assert [c.id for c in LINKS.cases_in_principle("kultur-og-rammer")] == [
        "paddehatten", "autismecenter-storstroem", "borgerservice-ballerup",
        "lys-og-trafikledelse-aarhus",
    ]
    assert LINKS.cases_in_principle("kerneopgaven") == []


def test_a_case_links_back_to_the_principles_that_name_it():
    assert [p.id for p in LINKS.principles_of_case("paddehatten")] == ["kultur-og-rammer"]
    assert LINKS.principles_of_case("praehospitalt-center") == []


def test_shared_themes_exclude_the_direct_links():
    shared = [p.id for p in LINKS.principles_sharing_themes("paddehatten")]
    assert "kultur-og-rammer" not in shared
    assert "kerneopgaven" in shared  # both tagged 'kerneopgave'


def test_quotes_from_a_workplace():
    assert [q.id for q in LINKS.quotes_from_workplace("paddehatten")] == ["hanne-pjengaard-vedholdenhed"]
    assert LINKS.quotes_from_workplace("praehospitalt-center") == []


def test_theme_members():
    principles, cases, quotes = LINKS.tagged_with("vedholdenhed")
    assert [p.id for p in principles] == ["kultur-og-rammer"]
    assert [c.id for c in cases] == ["paddehatten"]
    assert [q.id for q in quotes] == ["hanne-pjengaard-vedholdenhed"]
