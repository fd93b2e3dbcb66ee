"""Bad input is refused, clearly (SPEC §4): every row, tried on a copy of the project. The
build (or, for the publication's words, `make test`'s fidelity test) fails with a message that
names the file, the line where known, and the problem. HTML and script in any data field come
out escaped everywhere they are shown, and never run.

tests/build/test_bad_input.py and tests/content/test_registry.py already try an unknown person,
a broken link or anchor, an unknown quote on a page, and loaders' messages; the rows here are
the rest, through the real build.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest
import yaml
from bs4 import BeautifulSoup

from bad_input import BUILD_REFUSES, TESTS_REFUSE, BadInput
from findings import Finding, assert_fixed, assert_none_untracked, tracked
from publication.pdf import serve
from search import search
from site_visits import SEARCHES, new_page, site_paths
from sitebuild import ROOT, build, copy_project

MARKER = "zqxinjected"


def payload(key: str) -> str:
    """HTML and script that, if it ever ran, would record ``key`` (which field let it in)."""
    record = f"(window.__pwned = window.__pwned || []).push('{key}')"
    return (f'{MARKER} <script>{record}</script><img src=x onerror="{record}">'
            f'"\'><svg onload="{record}"></svg> &amp;')


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "project")


@pytest.mark.parametrize("bad", BUILD_REFUSES, ids=lambda bad: bad.key)
def test_the_build_refuses_bad_input(project, tmp_path, bad: BadInput):
    """The strict build exits non-zero with the file, line and problem an editor can act on."""
    expected = bad.apply(project)
    result = build(project, tmp_path / "site")
    assert result.returncode != 0, f"the build accepted: {bad.spec_row}"
    for text in expected:
        assert text in result.stderr, f"expected {text!r} in:\n{result.stderr}"


@pytest.mark.parametrize("bad", TESTS_REFUSE, ids=lambda bad: bad.key)
def test_the_fidelity_test_refuses_reworded_publication_text(project, bad: BadInput):
    """The build cannot know the sources' words; `make test` does, and shows the text."""
    shutil.copytree(ROOT / "tests", project / "tests",
                    ignore=shutil.ignore_patterns("__pycache__", "quality"))
    shutil.copy2(ROOT / "pyproject.toml", project / "pyproject.toml")
    expected = bad.apply(project)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/content/test_fidelity.py"],
        cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0, "the fidelity test accepted reworded text"
    for text in expected:
        assert text in result.stdout, f"expected {text!r} in:\n{result.stdout[-3000:]}"


# --- injection -------------------------------------------------------------------------

# (file, entry id, field path): every kind of text that reaches pages, the search index or
# the quote export from data.
INJECTED_FIELDS = [
    ("people.yml", "mette-brinch", ["name"]),
    ("people.yml", "mette-brinch", ["role", "da"]),
    ("people.yml", "mette-brinch", ["role", "en"]),
    ("workplaces.yml", "borgerservice-ballerup", ["name", "da"]),
    ("workplaces.yml", "borgerservice-ballerup", ["name", "en"]),
    ("workplaces.yml", "borgerservice-ballerup", ["kind", "en"]),
    ("themes.yml", "kultur", ["name", "da"]),
    ("themes.yml", "kultur", ["name", "en"]),
    ("themes.yml", "kultur", ["description", "da"]),
    ("quotes.yml", "mette-brinch-kultur", ["text", "da"]),
    ("quotes.yml", "mette-brinch-kultur", ["text", "en"]),
    ("cases.yml", "borgerservice-ballerup", ["tagline", "da"]),
    ("cases.yml", "borgerservice-ballerup", ["advice", 0, "en"]),
    ("principles.yml", "kultur-og-rammer", ["title", "da"]),
    ("principles.yml", "kultur-og-rammer", ["title", "en"]),
    ("principles.yml", "kultur-og-rammer", ["questions", 0, "da"]),
]


def field_key(file: str, entry_id: str, path: list) -> str:
    return f"{file}/{entry_id}/{'.'.join(map(str, path))}"


def inject(project, fields) -> None:
    by_file: dict[str, list] = {}
    for file, entry_id, path in fields:
        by_file.setdefault(file, []).append((entry_id, path))
    for file, targets in by_file.items():
        data_file = project / "data" / file
        entries = yaml.safe_load(data_file.read_text(encoding="utf-8"))
        for entry_id, path in targets:
            value = next(entry for entry in entries if entry["id"] == entry_id)
            for step in path[:-1]:
                value = value[step]
            value[path[-1]] = f"{payload(field_key(file, entry_id, path))} {value[path[-1]]}"
        data_file.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False),
                             encoding="utf-8")


@pytest.fixture(scope="module")
def injected_site(tmp_path_factory):
    """The real project with HTML and script put into every kind of data text, built."""
    root = tmp_path_factory.mktemp("injected")
    project = copy_project(root / "project")
    inject(project, INJECTED_FIELDS)
    result = build(project, root / "site")
    assert result.returncode == 0, result.stderr
    return root / "site"


def live_markup(page: BeautifulSoup) -> list[str]:
    """'field: <tag> in <element>' for each element the payload created unescaped."""
    found = []
    for tag in page.find_all(["script", "img", "svg"]):
        source = tag.string if tag.name == "script" else " ".join(
            str(value) for name, value in tag.attrs.items() if name.startswith("on"))
        for key in re.findall(r"__pwned \|\| \[\]\)\.push\('([^']+)'\)", source or ""):
            holder = tag.find_parent(attrs={"id": True})
            where = f"{holder.name}#{holder['id']}" if holder else "the page"
            found.append(f"{key}: live <{tag.name}> in {where}")
    return found


def _browse(page, url: str, site) -> list[str]:
    """Every page loaded and the injected text searched for in both editions: what ran."""
    problems = []
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"),
                                      dialog.dismiss()))
    for path in site_paths(site):
        page.goto(url + path)
        if path in SEARCHES:
            assert search(page, MARKER), "the search should find the injected text"
        ran = page.evaluate("window.__pwned || []")
        problems += [f"{path}: {key}: ran as script in the browser" for key in sorted(set(ran))]
    return problems


@pytest.fixture(scope="module")
def injection_problems(injected_site, browser) -> list[str]:
    """Markup from data that came out live in the files, or ran in chromium."""
    problems, shown = [], 0
    for html_file in sorted(injected_site.rglob("*.html")):
        page = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        shown += MARKER in page.get_text()
        problems += [f"{html_file.relative_to(injected_site)}: {found}"
                     for found in live_markup(page)]
    assert shown >= 10, "the injected text should be shown, as text, on many pages"
    with serve(injected_site) as url, new_page(browser) as page:
        problems += _browse(page, url, injected_site)
    return problems


INJECTION_FINDINGS: list[Finding] = []  # none open; add one per new defect


def test_html_in_data_is_escaped_and_never_runs(injection_problems):
    """Every field of INJECTED_FIELDS, on every page of both editions, in the files and in
    chromium: shown as text, never as markup, never run."""
    assert_none_untracked(injection_problems, INJECTION_FINDINGS, "escaping failures")


@pytest.mark.parametrize("finding", tracked(INJECTION_FINDINGS))
def test_tracked_escaping_finding_is_fixed(injection_problems, finding):
    """Strict xfail per tracked escaping finding: fails the run once the defect is gone."""
    assert_fixed(injection_problems, finding)


def test_the_quote_export_and_search_index_keep_data_as_data(injected_site):
    """JSON stays valid and holds the text exactly as written in data/, to be escaped by
    whatever shows it."""
    export = json.loads((injected_site / "data" / "citater.json").read_text(encoding="utf-8"))
    quote = next(q for q in export["quotes"] if q["id"] == "mette-brinch-kultur")
    assert quote["text"].startswith(payload("quotes.yml/mette-brinch-kultur/text.da") + " ")
    assert quote["person"]["name"].startswith(payload("people.yml/mette-brinch/name") + " ")
    for index in ("search/search_index.json", "en/search/search_index.json"):
        json.loads((injected_site / index).read_text(encoding="utf-8"))
