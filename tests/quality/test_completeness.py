"""The completeness report (scripts/publication/completeness.py): what the sources hold of each
principle and case, read from data/ alone; the tables for /om/fuldstaendighed/; pages due for
review. `make report` itself: test_make_targets.py."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from publication import completeness
from publication.completeness import Reviews, due_for_review, report_markdown, rows
from publication.labels import load_labels
from publication.registry import load_registry
from publication.render import PageScope, Renderer
from publication.shortcodes import ShortcodeError, expand
from publication.twins import differences
from sitebuild import ROOT, soup

LANGUAGES = ["da", "en"]


@pytest.fixture(scope="module")
def registry():
    return load_registry(ROOT, LANGUAGES)


@pytest.fixture(scope="module")
def renderer(registry):
    return Renderer(registry, load_labels(ROOT, LANGUAGES),
                    ROOT / "overrides" / "partials" / "publication")


def scope(lang: str) -> PageScope:
    """A page at docs/om/fuldstaendighed(.en).md: links go up one folder."""
    return PageScope(lang=lang, original_lang="da", link=lambda src: f"../{src}")


def test_rows_count_what_the_data_holds(registry):
    """Text, quotes, questions and advice per page, each counted from its own collection."""
    table = rows(registry)
    assert [r.id for r in table["principles"]] == list(registry.principles)
    assert [r.id for r in table["cases"]] == list(registry.cases)
    for row in table["principles"]:
        principle = registry.principles[row.id]
        assert row.text == principle.text and row.questions == len(principle.questions)
        assert row.quotes == sum(q.principle == row.id for q in registry.quotes.values())
        assert ("missing_full_chapter" in row.missing) == (principle.text == "summary")
        assert ("completeness_questions" in row.missing) == (not principle.questions)
    for row in table["cases"]:
        case = registry.cases[row.id]
        assert row.advice == len(case.advice) and row.text == case.text
        assert row.quotes == sum(registry.people[q.person].workplace == case.workplace
                                 for q in registry.quotes.values())
        assert row.missing == (("missing_full_case",) if case.text == "summary" else ())


def test_a_chapter_added_to_the_data_changes_the_report_without_code(tmp_path, registry):
    """Principle 1 gets its full text and a question: its row and the totals follow."""
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    principles = tmp_path / "data" / "principles.yml"
    text = principles.read_text(encoding="utf-8")
    start = text.index("- id: kerneopgaven")
    end = text.index("\n- id:", start)
    entry = text[start:end].replace("text: summary", "text: full").replace(
        "questions: []", "questions:\n    - {da: 'Et spørgsmål?', en: 'A question?'}")
    principles.write_text(text[:start] + entry + text[end:], encoding="utf-8")

    before = {r.id: r for r in rows(registry)["principles"]}["kerneopgaven"]
    changed = load_registry(tmp_path, LANGUAGES)
    after = {r.id: r for r in rows(changed)["principles"]}["kerneopgaven"]
    assert "missing_full_chapter" in before.missing
    assert (after.text, after.questions, after.missing) == ("full", 1, ())


def test_page_tables_in_both_languages(renderer, registry):
    """Two tables with the labels' column names, a linked row per principle and case; on the
    English page the Danish workplace names are marked lang="da"."""
    for lang in LANGUAGES:
        page = BeautifulSoup(completeness.completeness_tables(renderer, scope(lang)),
                             "html.parser")
        principles, cases = page.find_all("table")
        labels = renderer.labels[lang]
        assert [th.get_text() for th in principles.thead.find_all("th")] == [
            labels["completeness_page"], labels["completeness_text"],
            labels["completeness_quotes"], labels["completeness_questions"],
            labels["completeness_missing"]]
        links = [a["href"] for a in principles.tbody.select("th[scope=row] a")]
        assert links == [f"../greb/{p}.md" for p in registry.principles]
        assert len(cases.tbody.find_all("tr")) == len(registry.cases)
        full = principles.find("a", href="../greb/kultur-og-rammer.md").find_parent("tr")
        assert full.find_all("td")[0].get_text() == labels["text_full"]
        names = cases.tbody.select("th a")
        assert all(a.get("lang") == ("da" if lang == "en" else None) for a in names)


def test_page_tables_escape_data(renderer, registry, monkeypatch):
    """HTML in data reaches the completeness tables as text."""
    workplace = next(iter(registry.workplaces.values()))
    hostile = workplace.model_copy(update={"name": {"da": "<b>Paddehatten</b>", "en": "<b>P</b>"}})
    monkeypatch.setitem(registry.workplaces, workplace.id, hostile)
    html = completeness.completeness_tables(renderer, scope("da"), "cases")
    assert "&lt;b&gt;Paddehatten&lt;/b&gt;" in html and "<b>" not in html


def test_one_table_by_name_and_an_unknown_name_refused(renderer):
    """<!-- completeness: cases --> gives one table; a misspelt name stops the build."""
    assert completeness.completeness_tables(renderer, scope("da"), "cases").count("<table>") == 1
    with pytest.raises(ShortcodeError, match="unknown table 'greb'"):
        completeness.completeness_tables(renderer, scope("da"), "greb")


@pytest.mark.parametrize("path", ["/om/fuldstaendighed/", "/en/om/fuldstaendighed/"])
def test_completeness_page_is_published(site, registry, path):
    """/om/fuldstaendighed/ shows a row per principle and per case, in both editions."""
    tables = soup(site, path).select("article table")
    assert [len(t.tbody.find_all("tr")) for t in tables] == [len(registry.principles),
                                                             len(registry.cases)]


# --- pages due for review ------------------------------------------------------------------

def write_pages(docs: Path, pages: dict[str, str]) -> Path:
    for name, front_matter in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(f"---\n{front_matter}\n---\n\n# Side\n" if front_matter
                                 else "# Side\n", encoding="utf-8")
    return docs


def test_pages_due_for_review(tmp_path):
    """By the site's rule (publication.reviews: review_in months, 12 by default): overdue
    pages with their dates; no date is 'untracked'; an unreadable one is an error naming the
    page."""
    docs = write_pages(tmp_path, {
        "old.md": "last_reviewed: 2025-01-10",
        "fresh.md": "last_reviewed: 2026-06-01",
        "short.md": "last_reviewed: 2026-06-01\nreview_in: 3",
        "text.en.md": "last_reviewed: 2026-11-20",
        "none.md": "",
        "danish.md": "last_reviewed: 24.11.2026",
        "typo.md": "last_reviewed: 2026-13-01",
        "vague.md": "last_reviewed: 2026-01-01\nreview_in: snart",
    })
    reviews = due_for_review(docs, today=date(2026, 11, 24))
    assert reviews.overdue == [
        ("docs/old.md", date(2025, 1, 10), date(2026, 1, 10)),
        ("docs/short.md", date(2026, 6, 1), date(2026, 9, 1)),
    ]
    assert reviews.untracked == ["docs/none.md"]
    assert [problem.split(": ")[0] for problem in reviews.problems] == [
        "docs/danish.md", "docs/typo.md", "docs/vague.md"]
    assert "front matter is not valid YAML: month must be in 1..12" in reviews.problems[1]


def test_report_lists_what_is_missing_and_what_is_due(registry):
    """`make report`'s text: the missing full chapters, the totals, the overdue pages."""
    labels = load_labels(ROOT, LANGUAGES)
    reviews = Reviews(overdue=[("docs/om/index.md", date(2020, 1, 1), date(2021, 1, 1))])
    report = report_markdown(registry, labels, reviews, date(2026, 11, 24))
    summaries = sum(p.text == "summary" for p in registry.principles.values())
    assert report.count("| the full chapter") == summaries
    assert f"- Principles: {len(registry.principles)} (" in report
    assert "- docs/om/index.md: last reviewed 2020-01-01, due 2021-01-01" in report
    assert "- year of publication, ISBN, licence: left out, not guessed" in report
