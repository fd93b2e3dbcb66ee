"""Every sentence shown as the publication's is verbatim in sources/manuscript.md.

Only whitespace is normalised. A failure shows the text that could not be found.
"""

from pathlib import Path

import pytest

from publication.fidelity import is_publication_page, normalise, publication_texts
from publication.registry import load_registry
from sitebuild import ROOT

SOURCE = normalise((ROOT / "sources" / "manuscript.md").read_text(encoding="utf-8"))
REGISTRY = load_registry(ROOT, ["da", "en"])
DANISH_PAGES = sorted(p for p in (ROOT / "docs").rglob("*.md") if p.suffixes == [".md"])


def assert_verbatim(text: str, what: str) -> None:
    if normalise(text) not in SOURCE:
        pytest.fail(f"{what} is not verbatim in sources/manuscript.md:\n  {text}", pytrace=False)


@pytest.mark.parametrize("quote", REGISTRY.quotes.values(), ids=lambda q: q.id)
def test_quote_is_verbatim(quote):
    assert_verbatim(quote.text["da"], f"quote '{quote.id}'")


@pytest.mark.parametrize("person", REGISTRY.people.values(), ids=lambda p: p.id)
def test_name_and_role_are_printed_as_the_publication_prints_them(person):
    """The attribution line under a quote reads 'Name, role' in the publication."""
    assert_verbatim(f"{person.name}, {person.role['da']}", f"attribution of '{person.id}'")


@pytest.mark.parametrize("principle", REGISTRY.principles.values(), ids=lambda p: p.id)
def test_principle_title_and_questions(principle):
    assert_verbatim(f"{principle.number}. {principle.title['da']}", f"title of '{principle.id}'")
    for question in principle.questions:
        assert_verbatim(question["da"], f"question of '{principle.id}'")


@pytest.mark.parametrize("case", REGISTRY.cases.values(), ids=lambda c: c.id)
def test_case_heading_tagline_and_advice(case):
    """The publication heads each case 'Workplace: tagline'; the advice is verbatim."""
    workplace = REGISTRY.workplaces[case.workplace]
    assert_verbatim(f"{workplace.name['da']}: {case.tagline['da']}", f"heading of '{case.id}'")
    assert len(case.advice) == 3
    for advice in case.advice:
        assert_verbatim(advice["da"], f"advice of '{case.id}'")


@pytest.mark.parametrize("page", DANISH_PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_page_text_presented_as_the_publications_is_verbatim(page: Path):
    """Principle and case pages: every block. Every page: every blockquote."""
    for text in publication_texts(page.read_text(encoding="utf-8")):
        assert_verbatim(text, f"text on {page.relative_to(ROOT)}")


def test_publication_pages_are_found():
    """Guards the rule above: it must see the ten principle and case pages."""
    pages = [p for p in DANISH_PAGES if is_publication_page(p.read_text(encoding="utf-8"))]
    assert len(pages) == 10


@pytest.mark.parametrize("principle", REGISTRY.principles.values(), ids=lambda p: p.id)
def test_cases_a_principle_mentions_match_its_text(principle):
    """principles.yml 'cases' lists exactly the workplaces the Danish chapter text names."""
    text = normalise((ROOT / "docs" / "greb" / f"{principle.id}.md").read_text(encoding="utf-8"))
    named = {
        case.id for case in REGISTRY.cases.values()
        if any(alias in text for alias in REGISTRY.workplaces[case.workplace].aliases)
    }
    assert set(principle.cases) == named
