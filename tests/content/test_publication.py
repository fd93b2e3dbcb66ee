"""The real publication, read as the build reads it (no build): its data, sources and pages
agree. Every expectation comes from data/, docs/ and sources/, so the tests hold however the
publication grows."""

import re

import pytest
from publication.registry import load_registry
from support.builds import ROOT

REGISTRY = load_registry(ROOT, ["da", "en"])
DANISH = "da"


def test_the_content_loads_without_a_problem(content):
    """Data, the publication's words, pages, translations and placements: all checked."""
    assert content.registry.principles and content.registry.cases


@pytest.mark.parametrize("quote", REGISTRY.quotes.values(), ids=lambda q: q.id)
def test_each_quote_is_word_for_word_in_the_sources(content, quote):
    assert content.sources.contains(quote.text[DANISH]), content.sources.difference(
        quote.text[DANISH])


@pytest.mark.parametrize("quote", REGISTRY.quotes.values(), ids=lambda q: q.id)
def test_each_quote_says_who_in_what_role_where_from_the_data(content, quote):
    """Name and role as the publication prints them; the workplace has a case to link to."""
    person = content.registry.people[quote.person]
    assert content.sources.contains(person.name)
    assert content.sources.contains(person.role[DANISH])
    assert content.registry.case_for_workplace(person.workplace) is not None


def test_every_chapter_has_its_page_in_every_edition(content):
    for kind, folder, table in (("principle", "greb", content.registry.principles),
                                ("case", "cases", content.registry.cases)):
        for chapter_id in table:
            for suffix in ("", ".en"):
                page = content.pages.get(f"{folder}/{chapter_id}{suffix}.md")
                assert page is not None and (page.chapter_kind, page.chapter_id) == \
                    (kind, chapter_id)


def test_every_placed_quote_stands_on_pages_that_exist(content):
    for quote_id, places in content.pages.placements.items():
        assert quote_id in content.registry.quotes
        assert all(content.pages.get(place) for place in places)


@pytest.mark.parametrize("page", sorted((ROOT / "docs").rglob("*.en.md")),
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_an_english_page_is_not_an_untranslated_copy(page):
    """No Danish paragraph is pasted into /en/ except inside a lang="da" element."""
    english = page.read_text(encoding="utf-8")
    danish = page.with_name(page.name.replace(".en.md", ".md")).read_text(encoding="utf-8")
    outside_danish_spans = re.sub(r'<(\w+) lang="da"[^>]*>.*?</\1>', "", english, flags=re.S)
    for paragraph in re.split(r"\n\s*\n", danish):
        text = " ".join(paragraph.split())
        if len(text) > 60 and not text.startswith(("<!--", "<", "---", "#")):
            assert text not in " ".join(outside_danish_spans.split()), \
                f"{page.relative_to(ROOT)} repeats Danish text: {text[:80]}…"


def test_what_the_sources_lack_is_said_not_invented(content):
    """A summary chapter says so on its page (generated from text: summary); no year, ISBN or
    licence is claimed that the sources do not give."""
    publication = content.registry.publication.model_dump(exclude_unset=True)
    assert not {"year", "isbn", "licence"} & set(publication)
