"""The reading design (issue 27) on the fixture publication: a link-preview card per page and
language, the front page's principles each with a line of their own text, the footer without
an engine credit, /temaer/ with its themes at the top, /citater/ without one-option filters."""

from __future__ import annotations

from io import BytesIO
from urllib.parse import urljoin, urlparse

import pytest
from PIL import Image
from support.editions import LANGUAGES, page_with
from support.site import pages, soup, text


def _card_file(site, page) -> tuple[str, object]:
    image = page.select_one('meta[property="og:image"]')["content"]
    return image, site / urlparse(image).path.lstrip("/")


def test_every_page_has_its_own_preview_card_of_1200_by_630(fixture_site):
    seen = {}
    for path in pages(fixture_site):
        page = soup(fixture_site, path)
        url, card = _card_file(fixture_site, page)
        assert card.is_file(), f"{path}: og:image {url} is not in the site"
        with Image.open(BytesIO(card.read_bytes())) as image:
            assert (image.format, image.size) == ("PNG", (1200, 630)), path
        assert page.select_one('meta[property="og:image:width"]')["content"] == "1200"
        assert url not in seen, f"{path} shares its card with {seen.get(url)}"
        seen[url] = path


def test_a_chapters_card_differs_by_language(fixture_site, fixture_content):
    principle = next(iter(fixture_content.registry.principles.values()))
    da = _card_file(fixture_site, soup(fixture_site, f"/greb/{principle.id}/"))[1]
    en = _card_file(fixture_site, soup(fixture_site, f"/en/greb/{principle.id}/"))[1]
    assert da.read_bytes() != en.read_bytes()


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_front_page_gives_each_principle_a_line_of_its_own_text(fixture_site,
                                                                     fixture_content, prefix):
    items = soup(fixture_site, f"{prefix}/").select(".ldi-cards--principles > li")
    assert len(items) == len(fixture_content.registry.principles)
    for item in items:
        line = item.select_one(".ldi-card__line")
        status = line.select_one(".ldi-card__status")
        status.extract()
        words = text(line)
        assert words, f"{text(item)}: no line"
        href = item.select_one("a.ldi-card__link")["href"]
        target = "/".join(part for part in (prefix, href.strip("./")) if part)
        body = text(soup(fixture_site, f"/{target.strip('/')}/").select_one("article"))
        assert words in body, f"'{words}' is not in the text of {href}"


def test_no_page_credits_the_engine_in_its_footer(fixture_site):
    for path in pages(fixture_site):
        footer = soup(fixture_site, path).select_one("footer")
        assert "Made with" not in text(footer), path


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_themes_page_lists_every_theme_at_the_top(fixture_site, fixture_content, prefix):
    page = soup(fixture_site, f"{prefix}/temaer/")
    links = [a["href"] for a in page.select(".ldi-theme-index a")]
    assert links == [f"#{theme}" for theme in fixture_content.registry.themes]
    for quote in page.select(".ldi-theme .ldi-link-list__words"):
        assert text(quote), "a quote listed without its words"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_quote_filters_offer_no_choice_of_one(site, lang):
    # The real publication: its quotes give some filter a single choice.
    for select in soup(site, page_with("quote-explorer", lang)).select(".ldi-filters select"):
        options = [o for o in select.select("option") if o.get("value")]
        assert len(options) > 1, f"{select['name']}: a single option"


def test_every_link_to_another_page_carries_its_published_address_for_paper(fixture_site):
    from support.builds import SITE_URL

    addressed = 0
    for path in pages(fixture_site):
        for link in soup(fixture_site, path).select("article a[href]:not([class])"):
            href = link["href"]
            if href.startswith("#") or ":" in href:
                assert not link.has_attr("data-print-url"), f"{path}: {href}"
                continue
            expected = urljoin(SITE_URL.rstrip("/") + path, href)
            assert link.get("data-print-url") == expected, f"{path}: {href}"
            addressed += 1
    assert addressed, "the fixture publication links between its pages"


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_every_part_of_the_whole_publication_is_a_chapter_of_the_same_rank(fixture_site,
                                                                           prefix):
    page = soup(fixture_site, f"{prefix}/print/")
    targets = [link["href"][1:] for link in page.select(".ldi-print-toc a[href^='#']")]
    assert len(targets) > 1
    levels = {target: page.find(id=target).name for target in targets}
    assert len(set(levels.values())) == 1, f"the contents lead to headings of ranks {levels}"
