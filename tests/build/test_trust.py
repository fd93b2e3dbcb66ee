"""Trust signals on every page: when it was reviewed, where to report a mistake, who stands
behind it (colophon), and the change log, in both languages."""

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from publication.changelog import load_changes
from sitebuild import CONTRACT_PATHS, ROOT, build, copy_project, soup

SITE_URL = "http://127.0.0.1:8000/"
EDITIONS = [("da", ""), ("en", "en/")]
ALL_PAGES = [(lang, prefix + p.lstrip("/")) for lang, prefix in EDITIONS
             for p in CONTRACT_PATHS]
DATE = {"da": r"Senest gennemgået \d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|"
              r"september|oktober|november|december) \d{4}",
        "en": r"Last reviewed \d{1,2} (January|February|March|April|May|June|July|August|"
              r"September|October|November|December) \d{4}"}


@pytest.mark.parametrize(("lang", "path"), ALL_PAGES)
def test_every_page_shows_its_reviewed_date_under_the_title(site, lang, path):
    page = soup(site, f"/{path}")
    tools = page.select_one("article h1 ~ .ldi-page-tools")
    assert tools is not None, "right under the title"
    assert re.fullmatch(DATE[lang], tools.select_one(".ldi-reviewed").get_text())
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", tools.find("time")["datetime"])
    button = tools.select_one("button[data-ldi-print]")
    assert button.get_text() == {"da": "Print siden", "en": "Print this page"}[lang]


@pytest.mark.parametrize(("lang", "path"), ALL_PAGES)
def test_feedback_link_carries_the_page_title_and_address(site, lang, path):
    page = soup(site, f"/{path}")
    feedback = page.select_one(".ldi-page-foot .ldi-feedback")
    assert feedback.get_text().startswith(
        {"da": "Er der fejl eller mangler på siden?",
         "en": "Is something wrong or missing on this page?"}[lang])
    href = feedback.a["href"]
    assert href.startswith("mailto:")
    fields = parse_qs(urlsplit(href).query)
    assert f"{SITE_URL}{path}" in unquote(fields["body"][0])


def test_feedback_target_is_set_in_the_config(tmp_path):
    site = tmp_path / "site"
    result = build(copy_project(tmp_path / "project"), site,
                   env={"FEEDBACK_URL": "https://forms.example/fejl"})
    assert result.returncode == 0, result.stderr
    href = soup(site, "/cases/paddehatten/").select_one(".ldi-feedback a")["href"]
    assert href == ("https://forms.example/fejl?page=Paddehatten+i+Vejle"
                    "&url=http%3A%2F%2F127.0.0.1%3A8000%2Fcases%2Fpaddehatten%2F")


@pytest.mark.parametrize(("lang", "path"), ALL_PAGES)
def test_every_page_carries_a_print_only_colophon(site, lang, path):
    colophon = soup(site, f"/{path}").select_one(".ldi-page-foot .ldi-print-only .ldi-colophon")
    text = colophon.get_text(" ")
    for fact in ("Ledelse af digital innovation", "Væksthus for Ledelse",
                 "COI, Center for Offentlig Innovation", "1.0"):
        assert fact in text


def test_colophon_names_the_source_of_each_chapter(site):
    source = lambda path: soup(site, path).select_one(".ldi-print-only .ldi-colophon").get_text(" ")
    assert "Kapitel 3 af publikationen" in source("/greb/kultur-og-rammer/")
    assert "lederweb.dk" in source("/cases/paddehatten/")
    assert "translated by the editors" in source("/en/cases/paddehatten/")
    assert "Redaktionens egne ord" in source("/temaer/")


@pytest.mark.parametrize(("lang", "prefix"), EDITIONS)
def test_change_log_renders_from_data_newest_first(site, lang, prefix):
    changes = load_changes(ROOT, ["da", "en"])
    page = soup(site, f"/{prefix}om/aendringer/")
    entries = page.select("section.ldi-change")
    assert len(entries) == len(changes)
    dates = [entry.find("time")["datetime"] for entry in entries]
    assert dates == sorted(dates, reverse=True)
    assert entries[0].find("p").get_text() == " ".join(changes[0].text[lang].split())


def test_a_page_without_a_reviewed_date_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "cases" / "paddehatten.en.md"
    page.write_text(page.read_text(encoding="utf-8").replace("last_reviewed: 2026-11-24\n", ""),
                    encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/cases/paddehatten.en.md:1: front matter has no 'last_reviewed'" in result.stderr
