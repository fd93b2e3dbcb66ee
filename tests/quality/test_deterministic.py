"""Deterministic builds: the same sources give the same files, byte for byte, wherever they are
built. Only the build date may differ, and only in the places listed here, each on purpose;
MkDocs and our templates take it from SOURCE_DATE_EPOCH when that is set."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from sitebuild import ROOT, build


@dataclass(frozen=True)
class Stamp:
    pattern: str  # what the build date looks like where it is meant to be
    reason: str


STAMPS = [
    Stamp(r"<lastmod>\d{4}-\d{2}-\d{2}</lastmod>",
          "sitemap.xml: MkDocs gives every page's last change as the build date"),
    Stamp(r"(bygget|built) \d{1,2}\.? [A-Za-zæøå]+ \d{4}",
          "the colophon on every page (and so in the search index) names the edition's build "
          "date: 'version 1.0, bygget 15. januar 2026' (issue 11)"),
]
TEXT_SUFFIXES = {".html", ".json", ".xml", ".txt", ".css", ".js", ".map", ".conf", ".svg"}
ONE_DAY = 86_400
EPOCH = 1_768_478_400  # 2026-01-15 12:00 UTC: any fixed moment will do


def files_of(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes()
            for p in sorted(site.rglob("*")) if p.is_file()}


def readable(name: str, data: bytes) -> str | None:
    """A text file's text (a .gz copy's too); None for images, PDFs and other binaries."""
    if name.endswith(".gz"):
        name, data = name[:-3], gzip.decompress(data)
    return data.decode("utf-8") if Path(name).suffix in TEXT_SUFFIXES else None


def without_stamps(name: str, data: bytes) -> bytes | str:
    text = readable(name, data)
    if text is None:
        return data
    for stamp in STAMPS:
        text = re.sub(stamp.pattern, "«build date»", text)
    return text


def differing(a: dict[str, bytes], b: dict[str, bytes], mask: bool = False) -> set[str]:
    def content(files, name):
        data = files.get(name)
        return without_stamps(name, data) if mask and data is not None else data

    return {name for name in a.keys() | b.keys() if content(a, name) != content(b, name)}


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, dict[str, bytes]]:
    """The real project built three times, into different folders: twice on one build date,
    once on the next day."""
    sites = {}
    for name, epoch in (("first", EPOCH), ("again", EPOCH), ("next-day", EPOCH + ONE_DAY)):
        target = tmp_path_factory.mktemp(name) / "site"
        result = build(ROOT, target, env={"SOURCE_DATE_EPOCH": str(epoch)})
        assert result.returncode == 0, result.stderr
        sites[name] = files_of(target)
    return sites


def test_the_same_sources_build_to_identical_files(builds):
    """Nothing random, no set order, no absolute build path, no clock leaks into the site."""
    changed = differing(builds["first"], builds["again"])
    assert not changed, "two builds of the same sources differ in:\n" + "\n".join(sorted(changed))
    assert len(builds["first"]) > 50


def test_the_build_date_shows_only_where_it_is_meant_to(builds):
    """A build a day later differs only in the listed stamps; a stamp that no longer changes
    anything must leave the list."""
    first, later = builds["first"], builds["next-day"]
    leaks = differing(first, later, mask=True)
    assert not leaks, "the build date leaks into:\n" + "\n".join(sorted(leaks))
    def dates(name, files, stamp):
        text = readable(name, files[name])
        return [m.group(0) for m in re.finditer(stamp.pattern, text or "")]

    for stamp in STAMPS:
        moved = [name for name in differing(first, later)
                 if dates(name, first, stamp) != dates(name, later, stamp)]
        assert moved, f"listed but never changes with the build date: {stamp.pattern}"
