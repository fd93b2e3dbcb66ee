"""The Makefile's promises, run in a copy of the fixture publication: `make build` replaces the
site in one step and a failed build leaves it as it was; `make check` names addresses the
contract does not promise yet and `make freeze-urls` adds them, never dropping one;
`make rename` renames a chapter in both editions and every published address still leads to it;
`make report` tells what the sources hold."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from publication import git_files, url_contract
from support.builds import copy_fixture, replace_in
from support.make import make, make_ready


@pytest.fixture
def project(tmp_path) -> Path:
    return make_ready(copy_fixture(tmp_path / "project"))


def git(project: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Redaktør", "GIT_AUTHOR_EMAIL": "r@example.org",
           "GIT_COMMITTER_NAME": "Redaktør", "GIT_COMMITTER_EMAIL": "r@example.org"}
    return subprocess.run(["git", *args], cwd=project, check=True, capture_output=True,
                          text=True, env=env).stdout


@pytest.fixture
def repository(project) -> Path:
    """The fixture publication as an editor's clone: every file committed."""
    (project / ".gitignore").write_text("/.venv\n/build/\n/site*\n", encoding="utf-8")
    git(project, "init", "--quiet")
    git(project, "add", "-A")
    git(project, "commit", "--quiet", "-m", "start")
    return project


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
    words = project / "data" / "search.yml"
    words.write_text(words.read_text(encoding="utf-8") + "- words: [skoven]\n"
                     "  page: cases/skovskolen/\n", encoding="utf-8")
    result = make(project, "rename", "FROM=cases/skovskolen", "TO=cases/skovskolen-soendera")
    assert result.returncode == 0, result.stderr
    assert "  page: cases/skovskolen-soendera/\n" in words.read_text(encoding="utf-8")
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


def test_check_ends_with_the_new_files_git_does_not_track_and_the_git_add(repository):
    for name, heading in (("ny.md", "Ny side"), ("ny.en.md", "New page")):
        (repository / "docs" / name).write_text(f"---\nlast_reviewed: 2026-03-01\n---\n\n"
                                                f"# {heading}\n", encoding="utf-8")
    replace_in(repository / "mkdocs.yml", "  - Citater: citater.md", "  - ny.md\n"
                                                                      "  - Citater: citater.md")
    told = make(repository, "check").stderr
    assert "git does not track yet" in told, told
    listed = told.split("git does not track yet", 1)[1]
    assert "  docs/ny.en.md\n  docs/ny.md\n" in listed and "mkdocs.yml" not in listed
    ours = [line for line in told.splitlines()  # make's own last word aside (make[1]: …)
            if line and not re.match(r"make(\[\d+\])?: ", line)]
    assert ours[-1] == "  git add docs/ny.en.md docs/ny.md", told  # the last word of check

    git(repository, "add", "docs/ny.en.md", "docs/ny.md")  # as told
    assert "git does not track" not in make(repository, "check").stderr


def test_rename_in_a_repository_moves_the_pages_with_git(repository):
    result = make(repository, "rename", "FROM=cases/skovskolen", "TO=cases/skovskolen-soendera")
    assert result.returncode == 0, result.stderr
    status = git(repository, "status", "--porcelain").splitlines()
    for suffix in (".md", ".en.md"):
        assert any(line.startswith("R") and line.endswith(
            f"docs/cases/skovskolen{suffix} -> docs/cases/skovskolen-soendera{suffix}")
            for line in status), status
    assert git_files.untracked(repository) == [], "nothing left for the editor to git add"


def test_check_refusing_the_content_says_what_to_mend_and_nothing_else(project):
    """The build's message is the whole answer: the tests running beside it, which read the
    same content, are stopped before they print a collection error or a traceback."""
    replace_in(project / "data" / "people.yml", "  name: Bo Larsen", "   name: Bo Larsen")
    result = make(project, "check")
    told = result.stdout + result.stderr
    assert result.returncode != 0
    assert "this line is indented more than the line above it" in told
    assert "Traceback" not in told and "passed" not in told and "ERROR collecting" not in told
