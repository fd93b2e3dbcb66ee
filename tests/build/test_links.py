"""Every internal link and #anchor in the built site resolves to a built file and element."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


def _target(page: Path, href: str, site: Path) -> tuple[Path, str]:
    parts = urlsplit(href)
    # Root-absolute links (the 404 page uses them) start at the site root: site_url is "/" here.
    base = site if parts.path.startswith("/") else page.parent
    path = (base / unquote(parts.path).lstrip("/")).resolve() if parts.path else page
    if path.is_dir():
        path = path / "index.html"
    return path, unquote(parts.fragment)


def test_internal_links_and_anchors_resolve(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 15
    ids: dict[Path, set[str]] = {}
    broken = []
    for page in pages:
        doc = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for a in doc.select("a[href]"):
            href = a["href"]
            if urlsplit(href).scheme or href.startswith(("mailto:", "//")):
                continue
            target, fragment = _target(page, href, site)
            if not target.exists():
                broken.append(f"{page.relative_to(site)}: {href} (no such file)")
                continue
            if fragment and target.suffix == ".html":
                if target not in ids:
                    target_doc = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
                    ids[target] = {el["id"] for el in target_doc.select("[id]")}
                if fragment not in ids[target]:
                    broken.append(f"{page.relative_to(site)}: {href} (no #{fragment})")
    assert not broken, "broken links:\n" + "\n".join(broken)
