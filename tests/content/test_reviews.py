"""Every page says when it was last reviewed: a page without a date fails here (and the build)."""

import pytest
from mkdocs.utils.meta import get_data

from publication.reviews import read_review
from sitebuild import ROOT

PAGES = sorted((ROOT / "docs").rglob("*.md"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_page_has_a_last_reviewed_date(page):
    read_review(get_data(page.read_text(encoding="utf-8"))[1])
