"""Bad content stops `make build` (and `make serve`, which runs the same hooks) with a message
naming the file, the line and what to do, and never a traceback; what could run script or leak
a file is refused or comes out as text. Each build here is the real `mkdocs build --strict` of a
broken copy of the fixture publication; tests/content/test_bad_input.py tries every row of
SPEC §4 at the function level."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup
from support.builds import build, copy_fixture, line_of, replace_in

PAGE = "docs/greb/lytning.md"


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_fixture(tmp_path / "project")


def refused(project: Path, env: dict | None = None) -> str:
    result = build(project, project.parent / "site", env=env)
    assert result.returncode != 0, "the build accepted it"
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    return result.stderr


def test_every_content_problem_is_reported_at_once_with_its_line(project):
    replace_in(project / "data/quotes.yml", "person: bo-larsen", "person: bo-larsn")
    replace_in(project / PAGE, "Hver samtale ender", "Hver samtale slutter")
    replace_in(project / PAGE, "<!-- md:questions -->", "<!-- questions -->")
    message = refused(project)
    assert "3 content problems:" in message, message
    assert f"data/quotes.yml:{line_of(project / 'data/quotes.yml', 'bo-larsn')}: quote " \
           "'bo-larsen-mod' names unknown person id 'bo-larsn'" in message
    assert f"{PAGE}:{line_of(project / PAGE, 'slutter')}: this text stands as the publication's " \
           "words" in message
    assert "[-ender-] {+slutter+}" in message
    assert f"{PAGE}:{line_of(project / PAGE, '<!-- questions -->')}: <!-- questions --> looks " \
           "like a misspelt shortcode: write <!-- md:questions -->" in message


def test_a_symbolic_link_in_docs_publishes_nothing(project):
    (project / "docs" / "env.txt").symlink_to("/proc/self/environ")
    (project / "docs" / "aptconf").symlink_to("/etc", target_is_directory=True)
    message = refused(project, env={"DEPLOY_TOKEN": "SECRET"})
    assert "docs/env.txt: is a symbolic link" in message
    assert "docs/aptconf: is a symbolic link" in message
    assert not (project.parent / "site").exists() or "SECRET" not in "".join(
        p.read_text(errors="ignore") for p in (project.parent / "site").rglob("*.txt"))


def test_script_written_in_a_page_is_refused_with_its_line(project):
    replace_in(project / PAGE, "## Samtalen", '<script>window.x=1</script>\n\n'
                                             '<img src="x" onerror="window.y=1">\n\n## Samtalen')
    message = refused(project)
    assert f"{PAGE}:{line_of(project / PAGE, '<script>')}: <script>: an inline script is not " \
           "allowed in a page" in message
    assert f"{PAGE}:{line_of(project / PAGE, 'onerror')}: " in message
    assert "the event-handler attribute 'onerror' is not allowed in a page" in message


def test_html_in_a_front_matter_title_is_text_everywhere(project):
    payload = "<script>window.x=1</script><b>Fed</b>"
    for page in ("docs/greb/index.md", "docs/greb/index.en.md"):
        replace_in(project / page, "last_reviewed:",
                   f"title: '{payload}'\ndescription: '{payload}'\nlast_reviewed:")
    # A byte-order mark from a Windows editor is accepted.
    page = project / PAGE
    page.write_bytes("\ufeff".encode() + page.read_bytes())
    site = project.parent / "site"
    result = build(project, site)
    assert result.returncode == 0, result.stderr[-3000:]
    for html_file in site.rglob("*.html"):
        document = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for script in document.find_all("script"):
            if script.get("type") == "application/ld+json":  # data, where titles are text
                assert "<" not in script.string, html_file
            else:
                assert "window.x=1" not in (script.string or ""), html_file
        assert document.find("b", string="Fed") is None, html_file
    quotes_page = BeautifulSoup((site / "greb" / "index.html").read_text(encoding="utf-8"),
                                "html.parser")
    assert payload in quotes_page.title.get_text()
    assert payload in quotes_page.find("meta", property="og:title")["content"]
    assert payload in quotes_page.find("meta", attrs={"name": "description"})["content"]
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not any("<script>" in doc["title"] for doc in index["docs"])


@pytest.mark.parametrize(("env", "message"), [
    ({"FEEDBACK_URL": "javascript:alert(1)"}, "extra.feedback_url (FEEDBACK_URL): "
                                              "'javascript:alert(1)' is not allowed here"),
    ({"FEEDBACK_URL": "mailto:"}, "is not allowed here"),
    ({"LDI_PRODUCTION": "true"}, "a published edition needs a real address for readers' "
                                 "feedback"),
    ({"LDI_PRODUCTION": "true", "FEEDBACK_URL": "mailto:redaktion@example.org"},
     "a published edition needs a real address"),
    # SITE_URL is printed into every page's head, the feeds, the sitemap and the QR codes.
    ({"SITE_URL": 'https://a.dk/#"><svg/onload=alert(1)>'}, "is not a plain web address"),
    ({"SITE_URL": "javascript://x/%0aalert(1)//"}, "is not a plain web address"),
    ({"LDI_PRODUCTION": "true", "FEEDBACK_URL": "mailto:redaktion@forlaget.dk",
      "SITE_URL": "http://127.0.0.1:8000/"}, "SITE_URL is http://127.0.0.1:8000/, an address "
                                             "of this machine"),
    ({"LDI_PRODUCTION": "true", "FEEDBACK_URL": "mailto:redaktion@forlaget.dk",
      "SITE_URL": "http://intranet.forlaget.dk/"}, "must be an https: address"),
])
def test_unsafe_or_missing_addresses_are_refused(project, env, message):
    assert message in refused(project, env=env)


def test_a_production_build_without_site_url_names_it(project):
    message = refused(project, env={"LDI_PRODUCTION": "true", "SITE_URL": None,
                                    "FEEDBACK_URL": "mailto:redaktion@forlaget.dk"})
    assert "mkdocs.yml:" in message and "SITE_URL is http://127.0.0.1:8000/" in message


@pytest.mark.parametrize(("setting", "message"), [
    ("extra_javascript: [assets/x.js]", "extra_javascript is not used"),
    ("hooks: [scripts/hooks.py, ../elsewhere.py]", "hooks: '../elsewhere.py' is outside scripts/"),
    ("markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['/']",
     "pymdownx.snippets base_path '/' is outside the project"),
])
def test_settings_that_load_code_or_files_from_elsewhere_are_refused(project, setting, message):
    (project.parent / "elsewhere.py").write_text("", encoding="utf-8")
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write(setting + "\n")
    assert message in refused(project)


def test_a_production_build_shows_the_feedback_address(project):
    site = project.parent / "site"
    result = build(project, site, env={"LDI_PRODUCTION": "true",
                                       "FEEDBACK_URL": "mailto:redaktion@forlaget.dk",
                                       "SITE_URL": "https://forlaget.dk/ledelse/"})
    assert result.returncode == 0, result.stderr[-3000:]
    statement = BeautifulSoup((site / "tilgaengelighed" / "index.html").read_text(
        encoding="utf-8"), "html.parser")
    contact = statement.select_one(".ldi-contact a")
    assert contact.get_text() == "redaktion@forlaget.dk"
    assert contact["href"] == "mailto:redaktion@forlaget.dk"
    feedback = statement.select_one(".ldi-feedback a")["href"]
    assert feedback.startswith("mailto:redaktion@forlaget.dk?subject=")
    # A 404 page answers at any address: its feedback link asks for the address instead of
    # naming a page '…/404/' that does not exist.
    for not_found in sorted(site.rglob("404.html")):
        link = BeautifulSoup(not_found.read_text(encoding="utf-8"), "html.parser") \
            .select_one(".ldi-feedback a")["href"]
        assert link.startswith("mailto:redaktion@forlaget.dk?subject=")
        assert "404" not in unquote(link), not_found


def test_a_redirect_that_is_not_a_plain_path_is_refused(project):
    (project / "data" / "redirects.yml").write_text(
        "- from: cases/havnen/\n  to: cases/havnehuset/\n- from: '../../outside/'\n"
        "  to: greb/lytning/\n", encoding="utf-8")
    message = refused(project)
    assert "data/redirects.yml:3: 'from' '../../outside/' is not a plain site path" in message
    assert not (project.parent.parent / "outside").exists()


def test_a_published_anchor_that_disappears_stops_the_build(project):
    for page in ("lytning.md", "lytning.en.md"):
        replace_in(project / "docs/greb" / page, "{ #samtalen-kommer-foerst }", "{ #samtalen }")
    message = refused(project)
    assert "contract/published-urls.txt: /greb/lytning/: no element with id " \
           "#samtalen-kommer-foerst any more; keep the heading id" in message


def test_a_page_removed_without_a_redirect_stops_the_build(project):
    (project / "data" / "redirects.yml").write_text("[]\n", encoding="utf-8")
    message = refused(project)
    assert "/cases/havnen/: the page is gone (" in message
    assert "add to data/redirects.yml '- from: cases/havnen/'" in message
    assert "/en/cases/havnen/: the page is gone" not in message, "one message for both editions"


def test_a_page_removed_for_good_goes_with_one_redirect(project):
    """The guide's way to remove a page: its old addresses, sections included, open the page
    that takes its place."""
    for name in ("fuldstaendighed.md", "fuldstaendighed.en.md"):
        (project / "docs" / "om" / name).unlink()
    replace_in(project / "mkdocs.yml", "      - Fuldstændighed: om/fuldstaendighed.md\n", "")
    redirects = project / "data" / "redirects.yml"
    redirects.write_text(redirects.read_text(encoding="utf-8")
                         + "- from: om/fuldstaendighed/\n  to: om/\n", encoding="utf-8")
    message = refused(project)
    assert "/om/fuldstaendighed/: moved to /om/, which has no element with id" in message
    replace_in(redirects, "  to: om/\n", "  to: om/\n  keep_anchors: false\n")
    result = build(project, project.parent / "site")
    assert result.returncode == 0, result.stderr[-3000:]


def test_a_new_page_needs_a_place_in_the_menu_with_a_title_in_every_language(project):
    for name, heading in (("ordliste.md", "Ordliste"), ("ordliste.en.md", "Glossary")):
        (project / "docs" / name).write_text(f"---\nlast_reviewed: 2026-03-01\n---\n\n"
                                             f"# {heading}\n", encoding="utf-8")
    assert "docs/ordliste.md is not in the menu" in refused(project)
    replace_in(project / "mkdocs.yml", "  - Citater: citater.md",
               "  - Ordliste: ordliste.md\n  - Citater: citater.md")
    message = refused(project)
    assert f"mkdocs.yml:{line_of(project / 'mkdocs.yml', 'Ordliste:')}: the menu title " \
           "'Ordliste' has no 'en' translation" in message


def test_an_accessibility_statement_that_is_gone_is_named_in_the_settings(project):
    for name in ("tilgaengelighed.md", "tilgaengelighed.en.md"):
        (project / "docs" / name).unlink()
    replace_in(project / "mkdocs.yml", "  - Tilgængelighed: tilgaengelighed.md\n", "")
    assert "extra.accessibility_statement: docs/tilgaengelighed.md does not exist" in \
        refused(project)
