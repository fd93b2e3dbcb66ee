"""Deep links an intranet can trust: the frozen URL contract, redirects, link-preview metadata,
citations, 404 pages, and hosting under a sub-path."""

import re
from xml.etree import ElementTree

import pytest

from publication.url_contract import broken_promises, read_contract, unlisted
from sitebuild import CONTRACT_PATHS, ROOT, build, copy_project, page_file, soup

CONTRACT = read_contract(ROOT / "contract" / "published-urls.txt")
SITE_URL = "http://127.0.0.1:8000/"
EDITIONS = [("da", ""), ("en", "en/")]
ALL_PAGES = [(lang, prefix + path.lstrip("/")) for lang, prefix in EDITIONS for path in CONTRACT_PATHS]


def replace_in(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_build_keeps_every_promise_of_the_url_contract(site):
    assert broken_promises(CONTRACT, site) == []


def test_every_published_url_and_anchor_is_in_the_contract(site):
    missing = unlisted(CONTRACT, site)
    assert not missing, "new URLs or anchors: run `make freeze-urls` to add them:\n" + "\n".join(missing)


def test_the_contract_covers_both_editions_and_the_quotes():
    assert "/greb/kultur-og-rammer/#citat-mette-brinch-kultur" in CONTRACT
    assert "/en/greb/kultur-og-rammer/#citat-mette-brinch-kultur" in CONTRACT
    assert "/cases/paddehatten/#tre-gode-raad" in CONTRACT


@pytest.fixture(scope="module")
def renamed_site(tmp_path_factory):
    """A copy where a heading id changed and /raad/ was removed, with no redirect."""
    project = copy_project(tmp_path_factory.mktemp("renamed") / "project")
    for page in ("kultur-og-rammer.md", "kultur-og-rammer.en.md"):
        replace_in(project / "docs/greb" / page, "{ #de-noedvendige-rammer }", "{ #rammerne }")
    (project / "docs/raad.md").unlink()
    (project / "docs/raad.en.md").unlink()
    replace_in(project / "docs/index.md", "](raad.md)", "]")
    replace_in(project / "docs/index.en.md", "](raad.md)", "]")
    replace_in(project / "mkdocs.yml", "  - Råd og spørgsmål: raad.md\n", "")
    site = tmp_path_factory.mktemp("renamed-site")
    result = build(project, site)
    assert result.returncode == 0, result.stderr
    return project, site


def test_a_renamed_anchor_or_removed_page_breaks_the_contract(renamed_site):
    _, site = renamed_site
    problems = broken_promises(CONTRACT, site)
    assert "/greb/kultur-og-rammer/#de-noedvendige-rammer: the anchor is gone from the page" in problems
    assert "/en/raad/: the page is gone and no redirect points on (add one to data/redirects.yml)" in problems


def test_a_redirect_keeps_a_moved_page_working_in_both_editions(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "data/redirects.yml").write_text(
        "- from: /greb/kultur/\n  to: /greb/kultur-og-rammer/\n", encoding="utf-8")
    site = tmp_path / "site"
    result = build(project, site)
    assert result.returncode == 0, result.stderr
    for lang, prefix in EDITIONS:
        page = soup(site, f"/{prefix}greb/kultur/")
        assert page.html["lang"] == lang
        refresh = page.find("meta", attrs={"http-equiv": "refresh"})["content"]
        assert refresh == "0; url=../kultur-og-rammer/"
        assert page.find("link", rel="canonical")["href"] == f"{SITE_URL}{prefix}greb/kultur-og-rammer/"
        assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert broken_promises(["/greb/kultur/", "/en/greb/kultur/"], site) == []


def test_a_redirect_to_a_missing_page_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "data/redirects.yml").write_text(
        "# moved\n- from: greb/gammel/\n  to: greb/findes-ikke/\n", encoding="utf-8")
    result = build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "data/redirects.yml:2: redirect target '/greb/findes-ikke/' is not a page of the site" in result.stderr


@pytest.mark.parametrize(("lang", "path"), ALL_PAGES)
def test_link_preview_and_search_engine_metadata(site, lang, path):
    page = soup(site, f"/{path}")
    canonical = page.find("link", rel="canonical")["href"]
    assert canonical == f"{SITE_URL}{path}"

    def meta(attribute, name):
        tag = page.find("meta", attrs={attribute: name})
        assert tag is not None, f"{name} missing on /{path}"
        return tag["content"]

    assert meta("property", "og:url") == canonical
    assert meta("property", "og:locale") == {"da": "da_DK", "en": "en_GB"}[lang]
    assert meta("property", "og:locale:alternate") == {"da": "en_GB", "en": "da_DK"}[lang]
    assert meta("property", "og:title")
    assert meta("property", "og:site_name") == {"da": "Ledelse af digital innovation",
                                                 "en": "Leading digital innovation"}[lang]
    description = meta("name", "description")
    assert description == meta("property", "og:description") == meta("name", "twitter:description")
    assert len(description) > 40
    image = meta("property", "og:image")
    assert image == f"{SITE_URL}assets/images/social-card.png"
    assert (site / image.removeprefix(SITE_URL)).is_file(), "the preview image is served by the site"
    assert meta("name", "twitter:card") == "summary_large_image"


@pytest.mark.parametrize(("lang", "path"), ALL_PAGES)
def test_every_page_says_how_to_cite_it(site, lang, path):
    page = soup(site, f"/{path}")
    citation = page.select_one(".ldi-page-foot .ldi-citation").get_text()
    assert f"{SITE_URL}{path}" in citation
    assert "Væksthus for Ledelse" in citation and "Ledelse af digital innovation" in citation
    assert ("hentet ‹dato›" if lang == "da" else "accessed ‹date›") in citation
    assert not re.search(r"\b(19|20)\d\d\b", citation), "no year: the sources do not give one"


def test_principle_pages_describe_themselves_from_data(site):
    page = soup(site, "/greb/kultur-og-rammer/")
    assert page.find("meta", attrs={"name": "description"})["content"] == (
        "Greb 3 af 5 i publikationen »Ledelse af digital innovation – erfaringer fra fem "
        "frontløbere« fra Væksthus for Ledelse: Lederne skaber kultur og rammer for digital innovation.")


@pytest.mark.parametrize(("lang", "prefix"), EDITIONS)
def test_404_page_in_each_language_helps_the_reader_on(site, lang, prefix):
    page_path = site / prefix / "404.html"
    page = soup(site, f"/{prefix}").__class__(page_path.read_text(encoding="utf-8"), "html.parser")
    assert page.html["lang"] == lang
    assert page.find("h1").get_text() == {"da": "Siden findes ikke", "en": "Page not found"}[lang]
    assert page.find("label", attrs={"for": "__search"}) is not None
    hrefs = {a["href"] for a in page.select("article a[href]")}
    for slug in ("greb/kultur-og-rammer/", "cases/paddehatten/"):
        assert f"/{prefix}{slug}" in hrefs, "root-absolute: the page answers at any depth"


def test_sitemap_lists_both_editions_with_alternates(site):
    tree = ElementTree.parse(site / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = {url.find("s:loc", ns).text: url for url in tree.getroot()}
    for lang, path in ALL_PAGES:
        assert f"{SITE_URL}{path}" in locations
    alternates = {link.get("hreflang"): link.get("href")
                  for link in locations[f"{SITE_URL}greb/kultur-og-rammer/"].findall("x:link", ns)}
    assert alternates == {"da": f"{SITE_URL}greb/kultur-og-rammer/",
                          "en": f"{SITE_URL}en/greb/kultur-og-rammer/"}


def test_the_site_builds_and_links_under_a_sub_path(tmp_path):
    """An intranet hosts it at https://intranet.example/ledelse/: SITE_URL says so."""
    sub = tmp_path / "site"
    result = build(copy_project(tmp_path / "project"), sub,
                   env={"SITE_URL": "https://intranet.example/ledelse/"})
    assert result.returncode == 0, result.stderr
    page = soup(sub, "/en/greb/kultur-og-rammer/")
    assert page.find("link", rel="canonical")["href"] == \
        "https://intranet.example/ledelse/en/greb/kultur-og-rammer/"
    assert page.find("link", rel="alternate", hreflang="da")["href"] == \
        "https://intranet.example/ledelse/greb/kultur-og-rammer/"
    not_found = (sub / "en" / "404.html").read_text(encoding="utf-8")
    assert 'href="/ledelse/en/greb/kultur-og-rammer/"' in not_found
    assert page_file(sub, "/greb/").exists()
