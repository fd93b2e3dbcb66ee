"""The published URL contract: every page and stable anchor of the built site, both editions.

Intranets link to these for years. contract/published-urls.txt lists every address ever
published; `make freeze-urls` adds the new ones and never drops a line. Every build checks the
list: an address that no longer resolves (directly, or through a redirect of
data/redirects.yml to a page that has the anchor) stops it, saying what to add.

``python -m publication.url_contract freeze SITE_DIR`` adds a build's addresses to the contract;
``… check SITE_DIR`` names the addresses it does not list yet (`make check`).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from .problems import Problem

CONTRACT = Path("contract") / "published-urls.txt"
# A rename or a new chapter promises a few dozen addresses: show them all, a build of many
# new chapters only a screenful (make freeze-urls promises every one).
_SHOWN = 60
# Anchors people link to: headings, quotes, advice, questions and changes (not Material's ids).
_ANCHOR_PREFIXES = ("citat-", "raad-", "spoergsmaal-", "aendring-")
_ELEMENT = re.compile(r"<(h[1-6]|[a-z]+)\b[^>]*?\sid=\"([^\"]+)\"", re.I)
_REFRESH = 'http-equiv="refresh"'

HEADER = """\
# The published URL contract: every page and stable anchor, both editions.
# Intranets link to these. A build fails when one no longer resolves; data/redirects.yml
# and former_ids in data/ keep moved pages and renamed chapters' anchors working.
# `make freeze-urls` adds new addresses; never delete a line.
"""


def _anchors(html: str) -> list[str]:
    return [element_id for tag, element_id in _ELEMENT.findall(html)
            if not element_id.startswith("ldi-")
            and (tag.lower() in {"h1", "h2", "h3", "h4", "h5", "h6"}
                 or element_id.startswith(_ANCHOR_PREFIXES))]


def is_redirect_page(html: str) -> bool:
    """A page the build wrote at an old address, which only sends the reader on."""
    return _REFRESH in html.split("</head>", 1)[0]


def site_pages(site_dir: Path):
    """(root-absolute path, HTML) of every page of the site, redirect pages left out."""
    for html_file in sorted(site_dir.rglob("index.html")):
        html = html_file.read_text(encoding="utf-8")
        if not is_redirect_page(html):
            folder = html_file.parent.relative_to(site_dir).as_posix()
            yield ("/" if folder == "." else f"/{folder}/"), html


def site_ids(site_dir: Path) -> dict[str, set[str]]:
    """Every page of the site (its root-absolute path) with every id on it."""
    return {url: set(re.findall(r'\sid="([^"]+)"', html)) for url, html in site_pages(site_dir)}


def published(site_dir: Path) -> list[str]:
    """Every page URL and page#anchor the build publishes, sorted."""
    entries = set()
    for url, html in site_pages(site_dir):
        entries.add(url)
        entries.update(f"{url}#{anchor}" for anchor in _anchors(html))
    return sorted(entries)


def read_contract(path: Path) -> list[str]:
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def broken_promises(contract: list[str], site_dir: Path, redirects: Mapping[str, str],
                    anchors_dropped: Collection[str] = (),
                    editions: Sequence[str] = ()) -> list[Problem]:
    """Contract entries the build no longer keeps, one message per page, each with what to do.
    ``anchors_dropped``: old paths whose sections are gone for good (keep_anchors: false);
    ``editions``: the prefixes of the other editions ('en'), so one page's editions share a
    message."""
    pages = site_ids(site_dir)
    gone: dict[str, list[str]] = defaultdict(list)
    lost: dict[tuple[str, str], list[str]] = defaultdict(list)
    for entry in contract:
        page, _, anchor = entry.partition("#")
        target = page if page in pages else redirects.get(page)
        if target is None or target not in pages:
            gone[_in_every_edition(page, editions)].append(entry)
        elif anchor and anchor not in pages[target] and page not in anchors_dropped:
            lost[(page, target)].append(anchor)
    problems = [Problem(str(CONTRACT), None,
                        f"{page}: the page is gone ({_count(entries)}); add to "
                        f"data/redirects.yml '- from: {page.strip('/')}/' and 'to:' the page "
                        "that takes its place (one entry serves every edition), or rename "
                        "chapters with `make rename`, which adds it")
                for page, entries in gone.items()]
    for (page, target), anchors in lost.items():
        ids = ", ".join(f"#{anchor}" for anchor in anchors)
        if target == page:
            problems.append(Problem(
                str(CONTRACT), None,
                f"{page}: no element with id {ids} any more; keep the heading id "
                f"({{ #{anchors[0]} }}) when rewording, or, for a renamed chapter, list its old "
                "id under former_ids in data/ (`make rename` does this)"))
        else:
            problems.append(Problem(
                str(CONTRACT), None,
                f"{page}: moved to {target}, which has no element with id {ids}; keep the "
                "heading ids there, list a renamed chapter's old id under former_ids in data/, "
                "or, if the page was removed for good, add 'keep_anchors: false' to its entry "
                f"in data/redirects.yml (old links then open {target} at the top)"))
    return problems


def _in_every_edition(page: str, editions: Sequence[str]) -> str:
    """'/en/om/x/' -> '/om/x/': the page, whatever its edition."""
    for edition in editions:
        if page.startswith(f"/{edition}/"):
            return page[len(edition) + 1:]
    return page


def _count(entries: list[str]) -> str:
    return "1 published address" if len(entries) == 1 else \
        f"{len(entries)} published addresses"


def freeze(contract_path: Path, site_dir: Path) -> tuple[int, int]:
    """Add the build's addresses to the contract, keeping every line it had.
    Returns (lines kept, lines added)."""
    kept = read_contract(contract_path)
    added = unfrozen(contract_path, site_dir)
    contract_path.parent.mkdir(parents=True, exist_ok=True)
    contract_path.write_text(HEADER + "\n".join(sorted(set(kept) | set(added))) + "\n",
                             encoding="utf-8")
    return len(kept), len(added)


def unfrozen(contract_path: Path, site_dir: Path) -> list[str]:
    """The build's addresses the contract does not list yet."""
    return sorted(set(published(site_dir)) - set(read_contract(contract_path)))


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in {"freeze", "check"}:
        print("usage: python -m publication.url_contract freeze|check SITE_DIR", file=sys.stderr)
        return 2
    site_dir = Path(argv[1])
    if argv[0] == "check":
        new = unfrozen(CONTRACT, site_dir)
        if new:
            print(f"{CONTRACT}: {len(new)} new addresses are not promised yet:",
                  *(f"  {address}" for address in new[:_SHOWN]),
                  *([f"  … and {len(new) - _SHOWN} more"] if len(new) > _SHOWN else []),
                  "When they are right, run make freeze-urls and commit the contract.",
                  sep="\n", file=sys.stderr)
            return 1
        print(f"{CONTRACT}: every address of the build is promised")
        return 0
    kept, added = freeze(CONTRACT, site_dir)
    print(f"{CONTRACT}: {kept} published addresses kept, {added} new ones added")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
