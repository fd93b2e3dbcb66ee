"""Links in the real built site: every internal link, #anchor and load resolves to a built file
and element, and so do the quote export's addresses. Outside links are checked only on demand,
since CI has no internet: `make linkcheck-external`."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from publication.sitecheck import BuiltSite


@pytest.fixture(scope="module")
def site_url(site) -> str:
    """The address the site was built for, as its home page declares it."""
    head = (site / "index.html").read_text(encoding="utf-8")
    canonical = head.split('rel="canonical" href="', 1)[1].split('"', 1)[0]
    return canonical


@pytest.fixture(scope="module")
def built(site, site_url) -> BuiltSite:
    return BuiltSite(site, base_path=urlsplit(site_url).path or "/")


def test_every_internal_link_anchor_and_load_resolves(built):
    """Pages and stylesheets, both editions, the 404 pages' root-absolute links included."""
    internal = [ref for ref in built.refs if not urlsplit(ref.url).scheme]
    assert len(internal) > 1000, "the checker found suspiciously few links"
    broken = built.broken_internal()
    assert not broken, "broken links:\n" + "\n".join(broken)


def _addresses(value):
    """Every string in a JSON document."""
    if isinstance(value, dict):
        for item in value.values():
            yield from _addresses(item)
    elif isinstance(value, list):
        for item in value:
            yield from _addresses(item)
    elif isinstance(value, str):
        yield value


def test_quote_export_addresses_lead_to_the_quotes(built, site, site_url):
    """Every address in /data/citater.json is a page and anchor of this very site."""
    export = json.loads((site / "data" / "citater.json").read_text(encoding="utf-8"))
    urls = [text for text in _addresses(export) if text.startswith(site_url)]
    assert len(urls) >= 3 * len(export["quotes"])
    broken = [f"{url} → {problem}" for url in urls
              if (problem := built.problem("index.html", urlsplit(url)._replace(
                  scheme="", netloc="").geturl()))]
    assert not broken, "quote export addresses that lead nowhere:\n" + "\n".join(broken)

