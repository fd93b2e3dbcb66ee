"""The real publication, built strict: every page of both editions as a reader's browser and a
search engine get it. Expectations come from the data (content fixture) and the labels, never
from today's slugs, so these hold whatever the editors add or rename."""

from __future__ import annotations

import json
import posixpath
import re
from urllib.parse import urlsplit

import pytest
from publication import chapters, quotes
from publication.models import CHAPTER_TYPES, Case
from support.builds import SITE_URL
from support.editions import (
    DEFAULT,
    LANGUAGES,
    TRANSLATIONS,
    address,
    edition,
    in_edition,
    language_of,
    page_with,
)
from support.site import pages, relative, soup, text

LANGS = LANGUAGES


def chapter_pages(content):
    """(lang, site path, chapter) for every principle and case page in both editions."""
    for lang in LANGS:
        for chapter in (*content.registry.principles.values(), *content.registry.cases.values()):
            yield lang, address(chapter.page, lang), chapter


@pytest.fixture(scope="module")
def every_page(site):
    return pages(site)


def test_every_page_exists_in_both_editions_with_its_language(site, every_page):
    originals = [p for p in every_page if language_of(p) == DEFAULT]
    for lang in TRANSLATIONS:
        translated = sorted(p for p in every_page if language_of(p) == lang)
        assert sorted(in_edition(p, lang) for p in originals) == translated
    for path in every_page:
        page = soup(site, path)
        assert page.html["lang"] == language_of(path), path
        assert len(page.select("article h1")) == 1, path


def test_canonical_and_language_alternates_point_to_the_twins(site, every_page):
    for path in every_page:
        page = soup(site, path)
        assert page.find("link", rel="canonical")["href"] == SITE_URL + path.lstrip("/")
        alternates = {link["hreflang"]: link["href"] for link in
                      page.find_all("link", rel="alternate") if link.get("hreflang")}
        twins = {lang: SITE_URL + in_edition(path, lang).lstrip("/") for lang in LANGS}
        assert alternates == {**twins, "x-default": twins[DEFAULT]}, path


@pytest.mark.parametrize("lang", LANGS)
def test_previous_and_next_walk_the_publication_in_reading_order(site, content, lang):
    order = []
    for kind in CHAPTER_TYPES:
        # Each kind opens with its folder's index page ('/greb/' before '/greb/x/').
        order += [address(f"{kind.FOLDER}/index.md", lang),
                  *[address(chapter.page, lang)
                    for chapter in content.registry.chapters_of(kind.KIND).values()]]
    for before, here, after in zip(order, order[1:], order[2:], strict=False):
        page = soup(site, here)
        walk = [urlsplit(page.select_one(f"a.md-footer__link--{way}")["href"]).path
                for way in ("prev", "next")]
        resolved = [posixpath.normpath(posixpath.join(here, link)) + "/" for link in walk]
        assert resolved == [before, after], here


def test_tab_titles_fit_and_link_previews_are_complete(site, every_page, content):
    for path in every_page:
        page = soup(site, path)
        lang = page.html["lang"]
        title = page.title.get_text()
        assert len(title) <= 70, f"{path}: <title> is {len(title)} characters: {title}"

        def meta(attribute, name, page=page, path=path):
            tag = page.find("meta", attrs={attribute: name})
            assert tag is not None, f"{name} missing on {path}"
            return tag["content"]

        assert meta("property", "og:url") == SITE_URL + path.lstrip("/")
        assert meta("property", "og:locale") == content.labels[lang]["og_locale"]
        assert meta("property", "og:title")
        description = meta("name", "description")
        assert len(description) > 40
        assert description == meta("property", "og:description")
        assert meta("name", "twitter:card") == "summary_large_image"
        image = meta("property", "og:image")
        assert (page_file := site / image.removeprefix(SITE_URL)).is_file(), page_file


@pytest.mark.parametrize("lang", LANGS)
def test_chapter_pages_present_their_chapter_from_the_data(site, content, lang):
    labels = content.labels[lang]
    for page_lang, path, chapter in chapter_pages(content):
        if page_lang != lang:
            continue
        page = soup(site, path)
        article = page.select_one("article")
        assert text(article.h1).rstrip("¶").strip() == chapters.title(
            content.registry, chapter, lang)
        assert article.h1["id"] == chapter.id
        kicker = text(article.select_one(".ldi-kicker"))
        assert kicker.startswith(labels.format(
            "principle_position" if isinstance(chapter, chapters.Principle) else "case_position",
            number=chapters.number(content.registry, chapter),
            total=len(content.registry.principles if isinstance(chapter, chapters.Principle)
                      else content.registry.cases)))
        assert labels[f"text_{chapter.text}"] in kicker
        notice = text(article.select_one(".ldi-notice"))
        assert (labels["summary_title"] in notice) == (chapter.text == "summary"), path
        assert (labels["translation_sentence"] in notice) == (lang != "da"), path
        if isinstance(chapter, chapters.Case):
            assert text(article.select_one(".ldi-subtitle")) == chapter.tagline[lang]
            advice = [text(li) for li in article.select("ol.ldi-advice li")]
            assert advice == [" ".join(a[lang].split()) for a in chapter.advice]
            assert [li["id"] for li in article.select("ol.ldi-advice li")] == \
                [f"raad-{chapter.id}-{n}" for n in range(1, len(chapter.advice) + 1)]
        else:
            questions = [text(li) for li in article.select("ul.ldi-questions li")]
            assert questions == [" ".join(q[lang].split()) for q in chapter.questions]


def test_the_page_tools_follow_the_title_and_say_when_it_was_reviewed(site, every_page, content):
    for path in every_page:
        page = soup(site, path)
        lang = page.html["lang"]
        tools = page.select_one("article .ldi-page-tools")
        assert tools is not None, path
        assert tools.find_previous("h1") is not None, f"{path}: tools before the title"
        reviewed = tools.select_one(".ldi-reviewed")
        assert text(reviewed).startswith(content.labels[lang]["reviewed"].split("{")[0].strip())
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", reviewed.find("time")["datetime"])
        assert tools.select_one("button[data-ldi-print]") is not None


def test_every_quote_says_who_in_what_role_where_wherever_it_stands(site, content):
    registry = content.registry
    for quote in registry.quotes.values():
        who = quotes.attribution(content, quote)
        for lang in LANGS:
            places = [*(address(place, lang) for place in quotes.placements(content, quote)),
                      page_with("quote-explorer", lang)]
            for path in places:
                figure = soup(site, path).find(id=f"citat-{quote.id}")
                assert figure is not None and figure.name == "figure", (quote.id, path)
                shown = figure.select_one("blockquote.ldi-quote__text")
                assert shown["lang"] == lang
                assert text(shown) == " ".join(quote.text[lang].split())
                assert text(figure.select_one(".ldi-quote__name")) == who["person"].name
                assert text(figure.select_one(".ldi-quote__role")) == who["person"].role[lang]
                assert text(figure.select_one(".ldi-quote__workplace")) == \
                    who["workplace"].name[lang]
                assert figure["data-person"] == quote.person
                assert figure["data-workplace"] == who["workplace"].id
                assert figure["data-principle"] == (quote.principle or "")
                assert figure["data-themes"].split() == quote.themes
                if lang != "da":
                    original = figure.select_one("details.ldi-quote__original blockquote")
                    assert original["lang"] == "da"
                    assert text(original) == " ".join(quote.text["da"].split())
                    assert text(figure.select_one(".ldi-quote__translated")) == \
                        content.labels[lang]["translation_note"]


def test_no_id_stands_twice_on_a_page(site, every_page):
    for path in every_page:
        ids = re.findall(r'\sid="([^"]+)"', (site / path.lstrip("/") / "index.html")
                         .read_text(encoding="utf-8"))
        assert len(ids) == len(set(ids)), f"{path}: {[i for i in ids if ids.count(i) > 1]}"


def test_related_blocks_follow_the_data_and_never_repeat_a_shown_quote(site, content):
    links = content.links
    case_folder = f"/{Case.FOLDER}/"
    for lang, path, chapter in chapter_pages(content):
        related = soup(site, path).select_one(".ldi-related")
        hrefs = [a["href"] for a in related.select("a:not(.ldi-chip)")]
        if isinstance(chapter, chapters.Principle):
            cases = links.cases_in_principle(chapter.id)
            expected = [relative(path, address(c.page, lang)) for c in cases]
            assert [h for h in hrefs if case_folder in h] == expected
        else:
            for principle in (links.principles_of_case(chapter.id)
                              + links.principles_sharing_themes(chapter.id)):
                assert relative(path, address(principle.page, lang)) in hrefs
            placed_here = {q for q, places in content.pages.placements.items()
                           if chapter.page in places}
            # The workplace's own voice comes before the related links, in a block of its own.
            page = soup(site, path)
            own = page.select_one(".ldi-quotes")
            shown = [f["id"].removeprefix("citat-") for f in own.select("figure.ldi-quote")] \
                if own else []
            assert shown == [q.id for q in links.quotes_from_workplace(chapter.workplace)
                             if q.id not in placed_here]
            assert not related.select("figure.ldi-quote")
            if own:
                assert page.decode().index('class="ldi-quotes"') < page.decode().index(
                    'class="ldi-related"')
        chips = [a["href"] for a in related.select("a.ldi-chip")]
        themes = relative(path, page_with("theme-index", lang))
        assert chips == [f"{themes}#{theme}" for theme in chapter.themes]


@pytest.mark.parametrize("lang", LANGS)
def test_the_quote_explorer_lists_every_quote_and_filters_by_what_they_carry(site, content,
                                                                             lang):
    page = soup(site, page_with("quote-explorer", lang))
    figures = page.select("section[data-ldi-group] figure.ldi-quote")
    assert sorted(f["id"] for f in figures) == sorted(f"citat-{q}" for q in content.registry.quotes)
    for figure in figures:
        assert figure.find_parent("section").find("h2")["id"] == figure["data-workplace"]
    form = page.select_one("form[data-ldi-filters]")
    assert form.select_one("button[type=submit]") is not None
    for select in form.select("select"):
        values = {o["value"] for o in select.select("option")} - {""}
        present = {v for f in figures for v in f[f"data-{select['data-ldi-attribute']}"].split()}
        assert values == present, select["name"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_advice_sheet_holds_all_advice_and_names_what_the_sources_lack(site, content, lang):
    sheets = page_with("advice-sheet", lang)
    page = soup(site, sheets)
    for case in content.registry.cases.values():
        heading = page.find(id=f"raad-{case.id}")
        advice = [text(li) for li in heading.find_next_sibling("ol").select("li")]
        assert advice == [" ".join(a[lang].split()) for a in case.advice]
    assert len(page.select("ol.ldi-advice li")) == sum(len(c.advice) for c in
                                                       content.registry.cases.values())
    missing = {a["href"] for a in page.select(".ldi-note + ul a")}
    assert missing == {relative(sheets, address(p.page, lang))
                       for p in content.registry.principles.values() if not p.questions}


@pytest.mark.parametrize("lang", LANGS)
def test_every_theme_has_its_anchor_and_its_members(site, content, lang):
    page = soup(site, page_with("theme-index", lang))
    for theme in content.registry.themes.values():
        heading = page.find(id=theme.id)
        assert text(heading).rstrip("¶").strip() == theme.name[lang]
        principles, cases, _quotes = content.links.tagged_with(theme.id)
        listed = " ".join(a["href"] for a in heading.find_next_sibling("div").select("a"))
        for member in [*principles, *cases]:
            assert f"/{member.id}/" in listed


def test_the_quote_export_matches_the_data(site, content):
    data = json.loads((site / quotes.EXPORT_PATH).read_text(encoding="utf-8"))
    assert data["count"] == len(content.registry.quotes) == len(data["quotes"])
    for entry in data["quotes"]:
        quote = content.registry.quotes[entry["id"]]
        home = quotes.home(content, quote)
        assert entry["text"] == quote.text[DEFAULT]
        assert entry["translations"] == {lang: quote.text[lang] for lang in TRANSLATIONS}
        assert entry["person"]["name"] == content.registry.people[quote.person].name
        assert entry["url"] == f"{SITE_URL}{address(home).lstrip('/')}#citat-{quote.id}"
        for lang in TRANSLATIONS:
            assert entry["urls"][lang] == \
                f"{SITE_URL}{address(home, lang).lstrip('/')}#citat-{quote.id}"


@pytest.mark.parametrize("lang", LANGS)
def test_each_edition_searches_its_own_index(site, content, lang):
    index = json.loads((site / edition(lang) / "search" / "search_index.json")
                       .read_text(encoding="utf-8"))
    assert index["config"]["lang"] == [lang]
    locations = [doc["location"] for doc in index["docs"]]
    assert locations and not any(location.startswith(edition(other))
                                 for other in TRANSLATIONS for location in locations)
    for theme in content.registry.themes.values():
        assert any(theme.name[lang] in doc["text"] for doc in index["docs"]), theme.id


@pytest.mark.parametrize("lang", LANGS)
def test_the_404_page_speaks_its_language_and_links_from_any_depth(site, content, lang):
    page = soup(site, f"/{edition(lang)}").__class__(
        (site / edition(lang) / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert page.html["lang"] == lang
    assert text(page.find("h1")) == content.labels[lang]["not_found_title"]
    hrefs = {a["href"] for a in page.select("article a[href]")}
    for case in content.registry.cases.values():
        assert address(case.page, lang) in hrefs
    # Its language switch leads to each edition's front page (not the last page built), and
    # it cites no address of its own: it answers at addresses the build cannot know.
    switch = {a["hreflang"]: a["href"] for a in page.select("a.md-select__link")}
    assert switch == {code: f"/{edition(code)}" for code in LANGS}
    assert "/404/" not in str(page)


def test_the_sitemap_lists_both_editions_with_alternates(site, every_page):
    from xml.etree import ElementTree

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = {url.find("s:loc", ns).text: url for url in ElementTree.parse(site / "sitemap.xml")
            .getroot()}
    for path in every_page:
        assert SITE_URL + path.lstrip("/") in urls, path


def test_the_sitemap_dates_each_page_by_its_content_and_robots_txt_points_to_it(
        site, content):
    """lastmod is the latest of the page's reviewed date and the changes naming it or the whole
    edition, never the build day; x-default is the Danish page, as in the pages' heads."""
    from xml.etree import ElementTree

    from publication.editions import page_path

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = {url.find("s:loc", ns).text: url for url in ElementTree.parse(site / "sitemap.xml")
               .getroot()}
    for source in content.pages.by_uri.values():
        path = page_path(source.base_uri)
        expected = max([source.meta["last_reviewed"]] + [
            change.date for change in content.changes if not change.pages or path in change.pages])
        entry = entries[SITE_URL + edition(source.lang) + path]
        assert entry.find("s:lastmod", ns).text == expected.isoformat(), source.path
        assert entry.find("s:changefreq", ns) is None
        alternates = {link.get("hreflang"): link.get("href")
                      for link in entry.findall("x:link", ns)}
        assert alternates["x-default"] == alternates["da"] == SITE_URL + path
    robots = (site / "robots.txt").read_text(encoding="utf-8").splitlines()
    assert f"Sitemap: {SITE_URL}sitemap.xml" in robots
    assert "User-agent: *" in robots and not [line for line in robots
                                              if line.startswith("Disallow:") and line[9:].strip()]


def test_every_page_cites_itself_and_frames_itself(site, every_page, content):
    for path in every_page:
        page = soup(site, path)
        citation = text(page.select_one(".ldi-page-foot .ldi-citation"))
        assert SITE_URL + path.lstrip("/") in citation
        assert content.registry.publication.publisher in citation
        # Dated by the review the page shows, not by a placeholder; no year of publication
        # besides, for the sources give none.
        reviewed = text(page.select_one(".ldi-page-tools .ldi-reviewed time"))
        assert reviewed in citation and "‹" not in citation, path
        assert not re.search(r"\b(19|20)\d\d\b", citation.replace(reviewed, "")), path
        colophon = text(page.select_one(".ldi-page-foot .ldi-print-only .ldi-colophon"))
        assert content.registry.publication.edition in colophon
        # A development build (no FEEDBACK_URL) has no address to send readers to.
        assert page.select_one(".ldi-feedback") is None


def test_printed_chapters_carry_their_source_line_and_a_qr_code(site, content):
    for _lang, path, _chapter in chapter_pages(content):
        source = soup(site, path).select_one(".ldi-print-source")
        assert SITE_URL + path.lstrip("/") in text(source)
        assert source.select_one("svg.ldi-qr") is not None


def test_our_styles_and_scripts_are_one_fingerprinted_file_each(site, every_page):
    for path in every_page:
        page = soup(site, path)
        styles = [link["href"] for link in page.select('link[rel="stylesheet"]')]
        assert len(styles) == 1 and re.search(r"site\.[0-9a-f]{8}\.css$", styles[0]), path
        ours = [s["src"] for s in page.select("script[src]") if "publication." in s["src"]]
        assert len(ours) == 1 and page.select_one(f'script[src="{ours[0]}"]').has_attr("defer")
        explorer = page.select("script[src*=quote-explorer]")
        assert bool(explorer) == bool(page.select("form[data-ldi-filters]")), path


def test_every_page_is_discoverable_as_a_feed_and_the_feeds_are_atom(site, every_page):
    from xml.etree import ElementTree

    atom = "{http://www.w3.org/2005/Atom}"
    for lang in LANGS:
        feed = ElementTree.parse(site / edition(lang) / "feed.xml").getroot()
        assert feed.tag == f"{atom}feed"
        for required in ("id", "title", "updated", "author"):
            assert feed.find(f"{atom}{required}") is not None, required
        for entry in feed.findall(f"{atom}entry"):
            for required in ("id", "title", "updated"):
                assert entry.find(f"{atom}{required}") is not None, required
            assert entry.find(f"{atom}link[@rel='alternate']") is not None
    for path in every_page:
        link = soup(site, path).find("link", type="application/atom+xml")
        feed_path = urlsplit(SITE_URL + path.lstrip("/"))._replace(fragment="").geturl()
        assert link is not None and link["href"].endswith("feed.xml"), feed_path


def _strings(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str):
        yield value


def test_structured_data_says_what_each_page_is_from_the_data_alone(site, every_page, content):
    registry = content.registry
    data_texts = set(_strings(registry.publication.model_dump()))
    for table in (registry.people, registry.workplaces, registry.principles, registry.cases,
                  registry.quotes):
        for record in table.values():
            data_texts |= set(_strings(record.model_dump()))
    for path in every_page:
        page = soup(site, path)
        lang = page.html["lang"]
        graph = json.loads(page.find("script", type="application/ld+json").string)["@graph"]
        main, shown = graph[0], graph[1:]
        # A WebPage is named too, as its link preview names it.
        assert main["name"] == page.find("meta", property="og:title")["content"], path
        book = main["isPartOf"]
        assert book["@type"] == "Book" and book["publisher"]["name"] == \
            registry.publication.publisher
        assert book["inLanguage"] == lang
        assert ("translationOfWork" in book) == (lang != "da")
        assert not {"datePublished", "isbn", "license", "copyrightYear"} & (set(main) | set(book))
        figures = [f["id"].removeprefix("citat-") for f in page.select("figure.ldi-quote")]
        assert [q["url"].rsplit("#citat-", 1)[1] for q in shown] == figures
        for quotation in shown:
            assert quotation["@type"] == "Quotation"
            person = quotation["creator"]
            assert person["@type"] == "Person" and person["name"] in data_texts
            assert person["jobTitle"] in data_texts
            assert person["affiliation"]["name"] in data_texts
            assert " ".join(quotation["text"].split()) in {" ".join(t.split())
                                                           for t in data_texts}
    for lang, path, chapter in chapter_pages(content):
        main = json.loads(soup(site, path).find("script", type="application/ld+json")
                          .string)["@graph"][0]
        assert main["@type"] == "Chapter"
        assert main["name"] == chapters.title(registry, chapter, lang)
        assert main["position"] == chapters.number(registry, chapter)


def test_every_published_address_is_in_the_url_contract(site):
    """New pages and anchors join contract/published-urls.txt (`make freeze-urls`), so a later
    rename cannot lose them unnoticed; the build checks the contract's old lines itself."""
    from publication import url_contract
    from support.builds import ROOT

    missing = url_contract.unfrozen(ROOT / url_contract.CONTRACT, site)
    assert not missing, "new addresses: run `make freeze-urls` to add them:\n" + "\n".join(missing)


def test_every_graphic_is_named_or_hidden_and_landmarks_carry_only_their_attributes(
        site, every_page):
    """An <svg> without a name is announced as an unnamed graphic (IBM Equal Access); Material's
    icons sit beside a name of their own, so they are hidden. A navigation landmark cannot be
    expanded or collapsed (aria-expanded is not among its attributes)."""
    for path in [*every_page, *(f"/{edition(lang)}404.html" for lang in LANGS)]:
        page = soup(site, path) if path.endswith("/") else soup(site, "/").__class__(
            (site / path.lstrip("/")).read_text(encoding="utf-8"), "html.parser")
        for graphic in page.find_all("svg"):
            named = graphic.get("aria-label") or graphic.get("aria-labelledby") or \
                graphic.find("title", recursive=False)
            assert graphic.get("aria-hidden") == "true" or named, f"{path}: {str(graphic)[:120]}"
        assert not page.select("nav[aria-expanded]"), path
