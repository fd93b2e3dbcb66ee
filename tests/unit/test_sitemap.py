import datetime

from publication.editions import EditionUrls
from publication.not_found import language_switch
from publication.sitemap import rewrite, robots

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<url><loc>https://x.dk/a/</loc><lastmod>2030-01-01</lastmod><changefreq>daily</changefreq>
<xhtml:link rel="alternate" hreflang="da" href="https://x.dk/a/"/>
<xhtml:link rel="alternate" hreflang="en" href="https://x.dk/en/a/"/></url>
</urlset>"""


def test_the_sitemap_gets_the_contents_date_and_one_x_default():
    dates = {"https://x.dk/a/": datetime.date(2026, 11, 24)}
    once = rewrite(SITEMAP, dates, "da")
    assert b"<lastmod>2026-11-24</lastmod>" in once and b"2030" not in once
    assert b"changefreq" not in once
    assert once.count(b'hreflang="x-default" href="https://x.dk/a/"') == 1
    assert rewrite(once, dates, "da") == once  # a second pass changes nothing


def test_robots_txt_disallows_nothing_and_names_the_sitemap_under_a_sub_path():
    text = robots(EditionUrls("https://intranet.dk/ledelse", "da"))
    assert "Sitemap: https://intranet.dk/ledelse/sitemap.xml" in text.splitlines()
    assert "Disallow:" in text.splitlines() and "Disallow: /" not in text


def test_a_404_pages_language_switch_leads_to_each_front_page():
    stale = [{"name": "Dansk", "lang": "da", "link": "/om/x/"},
             {"name": "English", "lang": "en", "link": "/en/om/x/"}]
    assert language_switch(stale, {"da": "/", "en": "/en/"}) == [
        {"name": "Dansk", "lang": "da", "link": "/"},
        {"name": "English", "lang": "en", "link": "/en/"}]
