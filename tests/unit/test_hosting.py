import gzip

import pytest

from publication import hosting
from publication.redirects import redirect_page

LABELS = {"redirect_title": "Siden er flyttet", "redirect_text": "Siden er flyttet til"}


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def stub(site, old, new):
    """A redirect page as the build writes it (publication.redirects)."""
    write(site / old / "index.html",
          redirect_page("da", old, new, f"https://example.dk/{new}", LABELS))


def test_redirect_pages_are_read_back_as_site_paths(tmp_path):
    stub(tmp_path, "gammel-side/", "greb/kultur-og-rammer/")
    stub(tmp_path, "en/cases/flyttet/", "en/cases/paddehatten/")
    write(tmp_path / "greb" / "index.html", "<html><head><meta charset=utf-8></head></html>")
    assert hosting.redirect_pages(tmp_path) == {
        "/gammel-side/": "/greb/kultur-og-rammer/",
        "/en/cases/flyttet/": "/en/cases/paddehatten/",
    }


def test_refresh_target_is_read_from_the_meta():
    html = '<meta http-equiv="Refresh" content="0; url=../ny/#afsnit">'
    assert hosting.refresh_target(html) == "../ny/#afsnit"
    assert hosting.refresh_target("<meta charset=utf-8>") is None


def test_a_redirect_off_the_site_is_refused(tmp_path):
    write(tmp_path / "ud" / "index.html",
          '<meta http-equiv="refresh" content="0; url=https://elsewhere.example/">')
    with pytest.raises(ValueError, match="ud/index.html"):
        hosting.redirect_pages(tmp_path)


def test_the_map_answers_every_way_the_old_address_is_written():
    text = hosting.redirect_map({"/gammel-side/": "/greb/kultur-og-rammer/"})
    assert text.splitlines()[1:] == [
        '"/gammel-side/" "/greb/kultur-og-rammer/";',
        '"/gammel-side" "/greb/kultur-og-rammer/";',
        '"/gammel-side/index.html" "/greb/kultur-og-rammer/";',
    ]


def test_no_redirects_is_an_empty_map_nginx_can_still_include():
    assert hosting.redirect_map({}).strip().startswith("#")


def test_prepare_site_compresses_the_final_html(tmp_path):
    """The CSP meta goes in before the .gz copy is made, or a server would send a stale page."""
    write(tmp_path / "index.html",
          "<html><head><meta charset=utf-8><script>a()</script></head>" + "<p>x</p>" * 100)
    stub(tmp_path, "gammel-side/", "index.html")
    hosting.prepare_site(tmp_path)
    page = (tmp_path / "index.html").read_bytes()
    assert b"Content-Security-Policy" in page
    assert gzip.decompress((tmp_path / "index.html.gz").read_bytes()) == page
    redirect_map = (tmp_path / hosting.REDIRECT_MAP).read_text()
    assert '"/gammel-side/" "/index.html";' in redirect_map
    assert (tmp_path / ".hosting" / "csp-header.conf").exists()
