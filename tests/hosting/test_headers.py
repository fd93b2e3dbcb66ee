"""Headers nginx adds: pre-compressed bodies, caching by what can change, and the security
headers on every response, error pages included."""

import gzip
import re

import pytest
from bs4 import BeautifulSoup
from publication import csp, feeds
from support.served import get

TEXT_FILES = [
    "/", "/en/greb/lytning/", "/data/citater.json", "/search/search_index.json",
    "/sitemap.xml", "/feed.xml", "/assets/javascripts/redirect.js",
]


def fingerprinted_assets(site):
    """Material's bundles and ours: assets/**/NAME.<8 hex>(.min).js|css."""
    pattern = re.compile(r"\.[0-9a-f]{8}\.(min\.)?(js|css)$")
    found = sorted(p for p in (site / "assets").rglob("*") if pattern.search(p.name))
    names = " ".join(p.name for p in found)
    assert "site." in names and "publication." in names and "bundle." in names, names
    return ["/" + p.relative_to(site).as_posix() for p in found]


def test_our_fingerprinted_files_are_sent_precompressed(server, hosted_site):
    for path in fingerprinted_assets(hosted_site):
        if path.endswith((".css", ".js")):
            assert get(f"{server}{path}", Accept_Encoding="gzip").headers.get(
                "content-encoding") == "gzip", path


def local_file(site, path):
    relative = path.lstrip("/")
    return site / relative / "index.html" if path.endswith("/") else site / relative


@pytest.mark.parametrize("path", TEXT_FILES)
def test_text_is_sent_as_the_precompressed_file(server, hosted_site, path):
    response = get(f"{server}{path}", Accept_Encoding="gzip")
    original = local_file(hosted_site, path)
    assert response.headers.get("content-encoding") == "gzip"
    assert response.headers.get("vary") == "Accept-Encoding"
    # The .gz from the build, not nginx compressing on the fly (which sends no length).
    precompressed = original.with_name(original.name + ".gz")
    assert response.body == precompressed.read_bytes()
    assert gzip.decompress(response.body) == original.read_bytes()


def test_clients_without_gzip_get_the_plain_file(server, hosted_site):
    response = get(f"{server}/greb/")
    assert "content-encoding" not in response.headers
    assert response.body == (hosted_site / "greb" / "index.html").read_bytes()


def test_fingerprinted_assets_are_cached_for_a_year(server, hosted_site):
    for path in fingerprinted_assets(hosted_site):
        response = get(f"{server}{path}")
        assert response.status == 200, path
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable", path


@pytest.mark.parametrize(
    "path",
    ["/", "/en/citater/", "/assets/images/social-card.png",
     "/assets/javascripts/redirect.js", "/search/search_index.json", "/data/citater.json",
     "/findes-ikke/", "/assets/javascripts/bundle.00000000.min.js"],
)
def test_everything_else_is_revalidated(server, path):
    """HTML and the assets that keep their names across builds; a missing bundle's 404 too."""
    assert get(f"{server}{path}").headers["cache-control"] == "no-cache"


def test_revalidation_is_cheap(server):
    first = get(f"{server}/greb/")
    again = get(f"{server}/greb/", If_None_Match=first.headers["etag"])
    assert again.status == 304


SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}


@pytest.mark.parametrize(
    "path", ["/", "/en/", "/findes-ikke/", "/en/findes-ikke/", "/gammel-side/",
             "/assets/javascripts/redirect.js", "/data/citater.json"])
def test_security_headers_are_on_every_response(server, path):
    headers = get(f"{server}{path}").headers
    for name, value in SECURITY_HEADERS.items():
        assert headers.get(name) == value, name
    assert "camera=()" in headers["permissions-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "strict-transport-security" not in headers  # HTTPS deployments only


def directives(policy):
    return {d.split()[0]: d.split()[1:] for d in policy.split("; ")}


def test_the_policy_allows_no_other_origin(server):
    policy = directives(get(f"{server}/").headers["content-security-policy"])
    assert policy["default-src"] == ["'none'"]
    for name, sources in policy.items():
        allowed = {"'self'", "'none'", "data:"}
        assert all(s in allowed or s.startswith("'sha256-") for s in sources), (name, sources)
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources


def test_header_policy_allows_exactly_the_scripts_of_the_pages(server, hosted_site):
    """Each page's meta names its own scripts, inline and files, by hash (no 'self': a script
    file that reached the site otherwise does not run); the header allows their union."""
    union = set()
    for page in hosted_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', html)
        assert meta, page
        hashes = set(directives(meta.group(1))["script-src"])
        files = BeautifulSoup(html, "html.parser").select("script[src]")
        assert all(script.get("integrity") for script in files), page
        signed = {f"'{script['integrity']}'" for script in files}
        assert hashes == set(csp.page_hashes(html)) | signed, page
        first_script = html.find("<script")  # redirect pages have none
        assert first_script == -1 or html.index(meta.group(0)) < first_script, page
        union |= hashes
    header = directives(get(f"{server}/").headers["content-security-policy"])
    assert set(header["script-src"]) == union


def test_pages_need_no_inline_style_or_handler(hosted_site):
    """The policy refuses style="" and onclick="": no page may rely on them (checked here
    without a browser; the chromium tests see what scripts add at run time)."""
    for page in hosted_site.rglob("*.html"):
        document = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag in document.find_all(True):
            inline = [a for a in tag.attrs if a == "style" or a.startswith("on")]
            assert not inline, f"{page}: <{tag.name} {inline[0]}=...>"
            assert not str(tag.get("href", "")).startswith("javascript:"), page


# The type each kind of file the site holds must be served with (Debian's mime.types, and
# hosting/nginx.conf where that is wrong for this site). A new kind of file fails below until
# it is listed here. Files without a name ending are licence texts.
TYPES = {
    ".html": "text/html", ".css": "text/css", ".js": "application/javascript",
    ".json": "application/json", ".map": "application/json", ".xml": "text/xml",
    ".png": "image/png", ".svg": "image/svg+xml", ".txt": "text/plain", ".pdf": "application/pdf",
    ".zip": "application/zip", "": "text/plain",
}
FEED_TYPE = "application/atom+xml"  # feed readers offer to subscribe by the type


def served_files(site):
    """Every file a reader can ask for: not the .gz twins nginx picks itself, not dot paths."""
    return sorted(path for path in site.rglob("*") if path.is_file() and path.suffix != ".gz"
                  and not any(part.startswith(".") for part in path.relative_to(site).parts))


def test_every_kind_of_file_is_served_with_its_type(server, hosted_site):
    """One file of each kind, and every feed (one per edition)."""
    checked: dict[str, str] = {}
    for path in served_files(hosted_site):
        url = "/" + path.relative_to(hosted_site).as_posix()
        if path.name == feeds.FEED:
            checked[url] = url
        elif path.suffix in TYPES:
            checked.setdefault(path.suffix, url)
        else:
            pytest.fail(f"say in TYPES how {path.suffix} files ({url}) are served")
    assert any(key.endswith(feeds.FEED) for key in checked) and ".map" in checked
    for key, url in checked.items():
        expected = FEED_TYPE if key.endswith(feeds.FEED) else TYPES[key]
        response = get(f"{server}{url}", Accept_Encoding="gzip")
        assert response.status == 200, url
        assert response.headers["content-type"].split(";")[0] == expected, url
