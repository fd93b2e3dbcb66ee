"""Each Danish page has an English twin with the same skeleton, and the reverse."""

import re

import pytest

from publication.twins import differences
from sitebuild import ROOT

DOCS = ROOT / "docs"
DANISH = sorted(p for p in DOCS.rglob("*.md") if p.suffixes == [".md"])
ENGLISH = sorted(DOCS.rglob("*.en.md"))


def twin_of(danish):
    return danish.with_suffix(".en.md")


@pytest.mark.parametrize("page", DANISH, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_danish_page_has_an_english_twin_with_the_same_skeleton(page):
    twin = twin_of(page)
    assert twin.exists(), f"missing translation: create {twin.relative_to(ROOT)}"
    problems = differences(page.read_text(encoding="utf-8"), twin.read_text(encoding="utf-8"))
    assert not problems, f"{twin.relative_to(ROOT)}:\n" + "\n".join(problems)


@pytest.mark.parametrize("page", ENGLISH, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_english_page_has_a_danish_original(page):
    original = page.with_name(page.name.replace(".en.md", ".md"))
    assert original.exists(), f"{page.relative_to(ROOT)} has no Danish original"


@pytest.mark.parametrize("page", ENGLISH, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_english_page_is_not_an_untranslated_copy(page):
    """No Danish paragraph may be pasted into /en/ except inside a lang="da" element."""
    english = page.read_text(encoding="utf-8")
    danish = page.with_name(page.name.replace(".en.md", ".md")).read_text(encoding="utf-8")
    outside_danish_spans = re.sub(r'<(\w+) lang="da"[^>]*>.*?</\1>', "", english, flags=re.S)
    for paragraph in re.split(r"\n\s*\n", danish):
        text = " ".join(paragraph.split())
        if len(text) > 60 and not text.startswith(("<!--", "<", "---", "#")):
            assert text not in " ".join(outside_danish_spans.split()), \
                f"{page.relative_to(ROOT)} repeats Danish text: {text[:80]}…"
