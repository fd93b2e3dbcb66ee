"""The Makefile's promises, run in a copy of the project: a failed `make build` leaves the
previous site/ as it was and a good one replaces it whole; `make report` prints and writes the
completeness report; `make linkcheck-external` is there on demand and `make test` never runs it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from project_copy import make, make_ready_copy


@pytest.fixture
def project(tmp_path) -> Path:
    return make_ready_copy(tmp_path / "project")


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_failed_build_leaves_the_previous_site_untouched(project):
    """SPEC §4: nothing is published half-built. Then a good build replaces site/ whole."""
    first = make(project, "build")
    assert first.returncode == 0, first.stderr
    before = files_of(project / "site")
    assert "index.html" in before and "en/index.html" in before

    quotes = project / "data" / "quotes.yml"
    good = quotes.read_text(encoding="utf-8")
    quotes.write_text(good.replace("person: mette-brinch", "person: mette-brinck", 1),
                      encoding="utf-8")
    failed = make(project, "build")
    assert failed.returncode != 0
    assert "data/quotes.yml:" in failed.stderr and "'mette-brinck'" in failed.stderr
    assert files_of(project / "site") == before, "the failed build changed the published site"

    quotes.write_text(good, encoding="utf-8")
    (project / "site" / "left-over.html").write_text("stale", encoding="utf-8")
    assert make(project, "build").returncode == 0
    assert not (project / "site" / "left-over.html").exists(), "site/ was merged, not replaced"


def test_make_report_prints_and_writes_the_completeness_report(project):
    """Read from data/ alone, no build; a page reviewed long ago is listed as due."""
    page = project / "docs" / "om" / "index.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"(?m)^last_reviewed: .*$", "last_reviewed: 2020-01-15", text)
                    if "\nlast_reviewed:" in text else
                    "---\nlast_reviewed: 2020-01-15\n---\n" + text, encoding="utf-8")
    result = make(project, "report")
    assert result.returncode == 0, result.stderr
    written = (project / "build" / "completeness.md").read_text(encoding="utf-8")
    assert written in result.stdout
    assert "## Principles" in written and "## Cases" in written
    assert "- docs/om/index.md: last reviewed 2020-01-15, due 2021-01-15" in written
    assert not (project / "site").exists(), "the report needs no build"


def test_external_links_are_checked_on_demand_only(project):
    """`make linkcheck-external` builds, lists and requests; `make test` holds no request."""
    on_demand = make(project, "linkcheck-external", dry_run=True)
    assert on_demand.returncode == 0, on_demand.stderr
    assert "mkdocs build --strict" in on_demand.stdout
    assert "publication.sitecheck external site --check" in on_demand.stdout
    test_run = make(project, "test", dry_run=True)
    assert "sitecheck" not in test_run.stdout and "linkcheck" not in test_run.stdout
