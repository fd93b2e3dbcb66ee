"""Downloads made by `make pdf` and `make zip` (in dist/, never committed): the build copies
them into the site and the about page links to those that exist. A fresh clone has none,
and then the page says nothing about them rather than linking to missing files.

    dist/<lang>/ledelse-af-digital-innovation.pdf   -> /downloads/ or /en/downloads/
    dist/ledelse-af-digital-innovation-offline.zip  -> /downloads/ (both editions link it)
"""

from __future__ import annotations

import shutil
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.numbers import format_decimal
from mkdocs.utils import get_relative_url

from .editions import edition_root
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
    megabytes = scope.t["date_locale"]  # the language's own number format: 1,0 MB / 1.0 MB
    items = [{"url": get_relative_url(item.site_path, scope.url), "label": scope.t[item.label_key],
              "size": format_decimal(item.size / 1_000_000, "0.0", locale=megabytes) + " MB"}
             for item in found]
    return scope.render("downloads.html", items=items)


def copy_into_site(root: Path, site_dir: Path, languages: Sequence[str], default: str,
                   offline: bool = False) -> None:
    for lang in languages:
        for name in PER_LANGUAGE:
            source = root / DIST / lang / name
            if source.is_file():
                target = site_dir / edition_root(lang, default) / FOLDER / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
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
