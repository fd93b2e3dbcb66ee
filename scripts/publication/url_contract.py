"""The published URL contract: every page and stable anchor of the built site, both editions.

`make freeze-urls` writes contract/published-urls.txt from a build; the tests compare every
build with it, so removing or renaming a page or anchor without a redirect is caught.
Run as ``python -m publication.url_contract SITE_DIR`` to print the list.
"""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path

# Anchors people link to: headings, quotes, advice, questions and changes (not Material's ids).
_ANCHOR_PREFIXES = ("citat-", "raad-", "spoergsmaal-", "aendring-")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _Anchors(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: list[str] = []
        self.is_redirect = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            self.is_redirect = True
        element_id = attributes.get("id")
        if element_id and not element_id.startswith("ldi-") and (
                tag in _HEADINGS or element_id.startswith(_ANCHOR_PREFIXES)):
            self.ids.append(element_id)


def _scan(html_file: Path) -> _Anchors:
    parser = _Anchors()
    parser.feed(html_file.read_text(encoding="utf-8"))
    return parser


def _url(site_dir: Path, html_file: Path) -> str:
    folder = html_file.parent.relative_to(site_dir).as_posix()
    return "/" if folder == "." else f"/{folder}/"


def published(site_dir: Path) -> tuple[list[str], set[str]]:
    """(every page URL and page#anchor, sorted; the URLs that are redirects)."""
    entries, redirects = set(), set()
    for html_file in site_dir.rglob("index.html"):
        scanned, url = _scan(html_file), _url(site_dir, html_file)
        if scanned.is_redirect:
            redirects.add(url)
            continue
        entries.add(url)
        entries.update(f"{url}#{anchor}" for anchor in scanned.ids)
    return sorted(entries), redirects


def read_contract(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def broken_promises(contract: list[str], site_dir: Path) -> list[str]:
    """Contract entries the build no longer keeps: gone without a redirect, or lost anchors."""
    built, redirects = published(site_dir)
    built_set = set(built)
    problems = []
    for entry in contract:
        page = entry.split("#")[0]
        if entry in built_set:
            continue
        if page in redirects and "#" not in entry:
            continue
        if page in redirects:
            problems.append(f"{entry}: the page redirects; make sure the anchor exists at the "
                            "new address and list the new address in the contract")
        elif page in built_set:
            problems.append(f"{entry}: the anchor is gone from the page")
        else:
            problems.append(f"{entry}: the page is gone and no redirect points on "
                            f"(add one to data/redirects.yml)")
    return problems


def unlisted(contract: list[str], site_dir: Path) -> list[str]:
    """Built URLs the contract does not list yet."""
    return sorted(set(published(site_dir)[0]) - set(contract))


HEADER = """\
# The published URL contract: every page and stable anchor, both editions.
# Intranets link to these. Removing or renaming one fails the tests unless data/redirects.yml
# keeps the old address working. Regenerate after adding pages: make freeze-urls
"""

if __name__ == "__main__":
    sys.stdout.write(HEADER + "\n".join(published(Path(sys.argv[1]))[0]) + "\n")
