"""The same sources build to the same site: twice on one day (nothing random, no set order, no
absolute path, no clock leaks in), a day later (only the listed date stamps move), with
ProperDocs instead of MkDocs (the engine hedge, MAINTAINING.md: only the generator tag
differs), and under an intranet's sub-path (every link still resolves)."""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from publication.sitecheck import BuiltSite
from support.builds import INTRANET_URL, ROOT, built, copy_project
from support.editions import DEFAULT, TRANSLATIONS, address, edition
from support.site import soup

EPOCH = 1_768_478_400  # 2026-01-15 12:00 UTC: any fixed moment will do
ONE_DAY = 86_400
# Where the build's date is meant to show; anything else that moves with it is a leak.
STAMPS = [r"<lastmod>\d{4}-\d{2}-\d{2}</lastmod>",  # sitemap.xml: MkDocs' last change
          r"(bygget|built) \d{1,2}\.? [A-Za-zæøå]+ \d{4}"]  # the colophon's build date
GENERATOR = r'<meta name="generator" content="[^"]*">'
TEXT = {".html", ".json", ".xml", ".txt", ".css", ".js", ".map", ".conf", ".svg"}


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes()
            for p in sorted(site.rglob("*")) if p.is_file()}


def readable(name: str, data: bytes, patterns: list[str]) -> bytes | str:
    """A text file's text (a .gz copy's too) with ``patterns`` masked; binaries as they are."""
    if name.endswith(".gz"):
        name, data = name[:-3], gzip.decompress(data)
    if Path(name).suffix not in TEXT:
        return data
    text = data.decode("utf-8")
    for pattern in patterns:
        text = re.sub(pattern, "«masked»", text)
    return text


def differing(a: dict, b: dict, patterns: list[str] = ()) -> list[str]:
    return sorted(name for name in a.keys() | b.keys()
                  if name not in a or name not in b
                  or readable(name, a[name], patterns) != readable(name, b[name], patterns))


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, dict[str, bytes]]:
    project = copy_project(tmp_path_factory.mktemp("engines") / "project")
    runs = {"first": ("mkdocs", EPOCH), "again": ("mkdocs", EPOCH),
            "next-day": ("mkdocs", EPOCH + ONE_DAY), "properdocs": ("properdocs", EPOCH)}
    sites = {}
    for name, (tool, epoch) in runs.items():
        site = built(project, project.parent / name, tool=tool,
                     env={"SOURCE_DATE_EPOCH": str(epoch)})
        sites[name] = files_of(site)
    return sites


def test_the_same_sources_build_to_identical_files(builds):
    assert differing(builds["first"], builds["again"]) == []
    assert len(builds["first"]) > 50


def test_the_build_date_shows_only_where_it_is_meant_to(builds):
    assert differing(builds["first"], builds["next-day"], STAMPS) == []
    assert differing(builds["first"], builds["next-day"]), "the stamps should move with the date"


def test_properdocs_builds_the_same_site_apart_from_the_generator_tag(builds):
    assert differing(builds["first"], builds["properdocs"], [GENERATOR]) == []
    html = builds["properdocs"]["index.html"].decode()
    assert "ProperDocs" in re.search(GENERATOR, html).group(0)


def test_the_site_builds_and_links_under_an_intranets_sub_path(intranet_site, content):
    principle = next(iter(content.registry.principles.values()))
    sub_path = urlsplit(INTRANET_URL).path
    for lang in TRANSLATIONS:
        here, original = address(principle.page, lang), address(principle.page)
        page = soup(intranet_site, here)
        assert page.find("link", rel="canonical")["href"] == INTRANET_URL + here.lstrip("/")
        assert page.find("link", rel="alternate", hreflang=DEFAULT)["href"] == \
            INTRANET_URL + original.lstrip("/")
        not_found = (intranet_site / f"{edition(lang)}404.html").read_text(encoding="utf-8")
        assert f'href="{sub_path}{here.lstrip("/")}"' in not_found
    assert BuiltSite(intranet_site, base_path=sub_path).broken_internal() == []


def test_the_lock_file_holds_the_engine_hedge():
    assert "properdocs==" in (ROOT / "requirements.lock").read_text(encoding="utf-8")
