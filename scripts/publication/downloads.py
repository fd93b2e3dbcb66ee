"""Downloads made by `make pdf` and `make zip` (in dist/, never committed): the build copies
them into the site and the about page links to those that exist. A fresh clone has none,
and then the page says nothing about them rather than linking to missing files.

    dist/<lang>/ledelse-af-digital-innovation.pdf   -> /downloads/ or /en/downloads/
    dist/<lang>/greb-<id>.pdf, cases-<id>.pdf       -> the same folder, linked from the chapter
    dist/ledelse-af-digital-innovation-offline.zip  -> /downloads/ (both editions link it)

A PDF that carries a loopback address (made from a build without SITE_URL) is refused: paper
readers would be sent nowhere.
"""

from __future__ import annotations

import shutil
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel.numbers import format_decimal

from .editions import edition_root, page_path
from .pdf_addresses import loopback_addresses, published_address
from .problems import ContentError, Problem
from .scope import PageScope

DIST = "dist"
FOLDER = "downloads"
SHARED = ["ledelse-af-digital-innovation-offline.zip"]
PER_LANGUAGE = ["ledelse-af-digital-innovation.pdf"]


@dataclass(frozen=True)
class Download:
    label_key: str  # data/labels.yml key describing it
    site_path: str  # site-relative, e.g. 'en/downloads/ledelse-af-digital-innovation.pdf'
    size: int


def chapter_pages(registry) -> list[tuple]:
    """Every principle and case with its page's site path ('greb/x/'), in reading order."""
    return [(chapter, page_path(chapter.page))
            for chapter in (*registry.principles.values(), *registry.cases.values())]


def chapter_pdf_name(site_path: str) -> str:
    """'greb/x/' -> 'greb-x.pdf': a name that still says what it is in a downloads folder."""
    return site_path.strip("/").replace("/", "-") + ".pdf"


def _size(scope: PageScope, size: int) -> str:
    """1,2 MB / 1.2 MB in the language's own number format; below a megabyte, 85 kB."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} kB"
    return format_decimal(size / 1_000_000, "0.0", locale=scope.t["date_locale"]) + " MB"


@lru_cache(maxsize=256)
def _addresses(path: Path, _mtime_ns: int, _size: int) -> tuple[tuple[str, ...], str]:
    """Its loopback addresses and its own address; read once per version of the file
    (`make serve` rebuilds on every save)."""
    return tuple(loopback_addresses(path)), published_address(path)


def chapter_pdf(scope: PageScope) -> dict | None:
    """A chapter page's own PDF, if dist/ holds it: its link and size for the page tools."""
    if scope.chapter is None or scope.settings.offline:
        return None
    name = chapter_pdf_name(page_path(scope.source.base_uri))
    source = scope.content.root / DIST / scope.lang / name
    if not source.is_file():
        return None
    site_path = f"{edition_root(scope.lang, scope.original_lang)}{FOLDER}/{name}"
    return {"url": scope.site_link(site_path), "label": scope.t["download_chapter_pdf"],
            "size": _size(scope, source.stat().st_size)}


def available(root: Path, lang: str, default: str, offline: bool = False) -> list[Download]:
    """What dist/ holds for this edition; the offline edition never offers the zip itself."""
    found = []
    for name in PER_LANGUAGE:
        source = root / DIST / lang / name
        if source.is_file():
            found.append(Download(f"download_{Path(name).suffix[1:]}",
                                  f"{edition_root(lang, default)}{FOLDER}/{name}",
                                  source.stat().st_size))
    for name in [] if offline else SHARED:
        source = root / DIST / name
        if source.is_file():
            found.append(Download(f"download_{Path(name).suffix[1:]}", f"{FOLDER}/{name}",
                                  source.stat().st_size))
    return found


def block(scope: PageScope, _arg: str | None = None) -> str:
    """<!-- md:downloads -->: links to the downloads this build holds, with their sizes."""
    found = available(scope.content.root, scope.lang, scope.original_lang,
                      offline=scope.settings.offline)
    if not found:
        return ""
    items = [{"url": scope.site_link(item.site_path), "label": scope.t[item.label_key],
              "size": _size(scope, item.size)} for item in found]
    return scope.render("downloads.html", items=items)


def _refused(root: Path, source: Path, site_url: str) -> Problem | None:
    """A PDF that would send paper readers nowhere (a loopback address) or to another site
    than the one built (its own address outside SITE_URL, when that is a real address)."""
    stat = source.stat()
    loopback, own = _addresses(source, stat.st_mtime_ns, stat.st_size)
    where = source.relative_to(root).as_posix()
    if loopback:
        return Problem(where, None,
                       f"this PDF carries the loopback address {loopback[0]}, so paper readers "
                       "would be sent nowhere (the build is for SITE_URL="
                       f"{site_url or 'unset'}). Make it again with the published address: "
                       "SITE_URL=https://… make pdf")
    if site_url.startswith("https://") and own and not own.startswith(site_url):
        return Problem(where, None,
                       f"this PDF was made for {own}, but the site is built for SITE_URL="
                       f"{site_url}. Make it again: SITE_URL={site_url} make pdf")
    return None


def copy_into_site(root: Path, site_dir: Path, languages: Sequence[str], default: str,
                   offline: bool = False, chapters: Sequence[str] = (),
                   site_url: str = "") -> None:
    """Copy dist/'s downloads in: the whole publication, the PDF of each of ``chapters``
    (site paths) and the zip; ContentError for a PDF that carries a loopback address."""
    problems = []
    names = [*PER_LANGUAGE, *([] if offline else [chapter_pdf_name(c) for c in chapters])]
    for lang in languages:
        for name in names:
            source = root / DIST / lang / name
            if source.is_file():
                problem = _refused(root, source, site_url)
                if problem is not None:
                    problems.append(problem)
                    continue
                target = site_dir / edition_root(lang, default) / FOLDER / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
    if problems:
        raise ContentError(problems)
    for name in [] if offline else SHARED:
        if (root / DIST / name).is_file():
            (site_dir / FOLDER).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / DIST / name, site_dir / FOLDER / name)


def pack_offline(folder: Path, dist_dir: Path) -> Path:
    """Zip the offline build, the same bytes for the same files (sorted, fixed timestamps)."""
    target = dist_dir / SHARED[0]
    target.parent.mkdir(parents=True, exist_ok=True)
    top = target.stem
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{top}/{path.relative_to(folder).as_posix()}",
                                   date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes())
    return target


if __name__ == "__main__":
    print(pack_offline(Path(sys.argv[1]), Path(sys.argv[2])))
