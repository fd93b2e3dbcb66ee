"""The Makefile's promises, run in a copy of the fixture publication: `make build` replaces the
site in one step and a failed build leaves it as it was; `make check` names addresses the
contract does not promise yet and `make freeze-urls` adds them, never dropping one;
`make rename` renames a chapter in both editions and every published address still leads to it;
`make report` tells what the sources hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from publication import url_contract
from support.builds import copy_fixture, replace_in
from support.make import make, make_ready


@pytest.fixture
def project(tmp_path) -> Path:
    return make_ready(copy_fixture(tmp_path / "project"))


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_build_switches_the_site_whole_and_a_failed_one_leaves_it(project):
    first = make(project, "build")
    assert first.returncode == 0, first.stderr
    site = project / "site"
    assert site.is_symlink() and (site / "index.html").is_file()
    before, target = files_of(site), site.resolve()

    replace_in(project / "data" / "quotes.yml", "person: bo-larsen", "person: bo-larsn")
    failed = make(project, "build")
    assert failed.returncode != 0
    assert "data/quotes.yml:" in failed.stderr and "'bo-larsn'" in failed.stderr
    assert site.resolve() == target and files_of(site) == before
    assert len(list((project / "site.builds").iterdir())) == 1, "the failed build is gone"

    replace_in(project / "data" / "quotes.yml", "person: bo-larsn", "person: bo-larsen")
    assert make(project, "build").returncode == 0
    assert site.resolve() != target, "a new build is a new folder, switched to by one rename"
    assert target.is_dir(), "the previous build stays while readers may still be on it"


def test_freezing_the_urls_adds_new_addresses_and_keeps_the_old(project):
    contract = project / url_contract.CONTRACT
    before = set(url_contract.read_contract(contract))
    (project / "docs" / "ny.md").write_text("---\nlast_reviewed: 2026-03-01\n---\n\n# Ny side\n",
                                            encoding="utf-8")
    (project / "docs" / "ny.en.md").write_text("---\nlast_reviewed: 2026-03-01\n---\n\n"
                                               "# New page\n", encoding="utf-8")
    outside_the_menu = make(project, "build")
    assert outside_the_menu.returncode != 0
    assert "docs/ny.md is not in the menu" in outside_the_menu.stderr
    replace_in(project / "mkdocs.yml", "  - Citater: citater.md", "  - ny.md\n"
                                                                   "  - Citater: citater.md")
    unpromised = make(project, "check")
    assert unpromised.returncode != 0 and "/en/ny/" in unpromised.stderr
    assert "make freeze-urls" in unpromised.stderr
    result = make(project, "freeze-urls")
    assert result.returncode == 0, result.stderr
    after = set(url_contract.read_contract(contract))
    assert before <= after and {"/ny/", "/en/ny/"} <= after
    assert "new ones added" in result.stdout


def test_renaming_a_case_keeps_every_published_address(project):
    contract = url_contract.read_contract(project / url_contract.CONTRACT)
    old = [entry for entry in contract if "/cases/skovskolen/" in entry]
    assert old
    result = make(project, "rename", "FROM=cases/skovskolen", "TO=cases/skovskolen-soendera")
    assert result.returncode == 0, result.stderr
    assert not (project / "docs" / "cases" / "skovskolen.md").exists()
    assert (project / "docs" / "cases" / "skovskolen-soendera.en.md").is_file()
    assert "former_ids: [skovskolen]" in (project / "data" / "cases.yml").read_text()
    built = make(project, "build")
    assert built.returncode == 0, built.stderr  # the build checks every contract line
    site = project / "site"
    page = (site / "cases" / "skovskolen-soendera" / "index.html").read_text()
    for anchor in ("skovskolen", "raad-skovskolen-1", "raad-skovskolen-soendera-1"):
        assert f'id="{anchor}"' in page
    assert 'url=../skovskolen-soendera/' in (site / "en" / "cases" / "skovskolen" /
                                             "index.html").read_text()


def test_the_report_tells_what_the_sources_hold(project):
    result = make(project, "report")
    assert result.returncode == 0, result.stderr
    report = (project / "build" / "completeness.md").read_text(encoding="utf-8")
    assert "| the full chapter" in report or "summary" in report
    assert report in result.stdout
