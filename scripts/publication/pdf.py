"""PDFs of built pages, printed by one headless chromium as a reader's "Save as PDF" would (print
media, A4 from the stylesheet's @page rule), but tagged, with bookmarks for the headings, a
running header (the chapter's title) and page numbers; then finished by pdf_finish.

`python -m publication.pdf SITE DIST` writes, for each edition, the whole publication (from its
/print/ page) and every principle and case page to DIST/<lang>/ (names in downloads.py); the next
build copies them into the site and links them. The site must have been built with its published
address (SITE_URL): a PDF is read on paper, and its address and QR code must lead back.
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .chromium import INSTALL_HINT, chromium_path, launched
from .configuration import project_languages
from .editions import edition_root, page_path
from .labels import Labels, load_labels
from .pages import GATHERS_CHAPTERS, page_placing
from .pdf_addresses import is_loopback, loopback_addresses

# Headings as written (not as CSS capitalises them), without their permalink sign.
_HEADING_TEXTS = """els => els.map(e => {
    const copy = e.cloneNode(true);
    copy.querySelectorAll('.headerlink').forEach(a => a.remove());
    return copy.textContent;
})"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve(site_dir: Path) -> Iterator[str]:
    """The built site over HTTP on a free loopback port, for as long as the block runs."""
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_Quiet, directory=str(site_dir)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@dataclass(frozen=True)
class Margins:
    """Chromium's header and footer templates (HTML with chromium's own span classes)."""

    header: str
    footer: str


def margins(running_header: str, labels: Labels) -> Margins:
    """A running header and a footer with 'page X of Y'; placed well inside the @page margin
    so that a printer's unprintable edge (up to 6 mm) keeps them."""
    from markupsafe import Markup, escape

    # The sides line up with the text: the @page rule's 17 mm.
    style = ("font: 8pt Arial, 'Liberation Sans', sans-serif; color: #000; width: 100%; "
             "box-sizing: border-box; padding-left: 17mm; padding-right: 17mm;")
    number = labels.markup("pdf_page_number", page=Markup('<span class="pageNumber"></span>'),
                           pages=Markup('<span class="totalPages"></span>'))
    return Margins(
        header=f'<div style="{style} padding-top: 8mm;">{escape(running_header)}</div>',
        footer=f'<div style="{style} text-align: right; padding-bottom: 8mm;">{number}</div>')


@dataclass(frozen=True)
class Job:
    path: str  # the site path to print, '/en/greb/x/'
    output: Path
    margins: Margins | None = None  # None: the page as a browser would print it


def print_pages(site_dir: Path, jobs: Sequence[Job | tuple[str, Path]], browser=None,
                finish=None) -> None:
    """Print each job to PDF, in ``browser`` or a chromium of our own (one for all jobs);
    ``finish(job, page, printed_from)`` runs after each, with the page still open."""
    if browser is None:
        if chromium_path() is None:
            raise SystemExit(f"chromium not found: {INSTALL_HINT}")
        with launched() as own:
            print_pages(site_dir, jobs, own, finish)
        return
    with serve(site_dir) as base:
        page = browser.new_page()
        page.emulate_media(media="print")
        for job in jobs:
            job = job if isinstance(job, Job) else Job(*job)
            job.output.parent.mkdir(parents=True, exist_ok=True)
            # A static page with local fonts and no requests after it loads: "load" is enough
            # (networkidle would add half a second to every PDF).
            page.goto(base + job.path, wait_until="load")
            page.evaluate("() => document.fonts.ready.then(() => true)")
            options = {"path": str(job.output), "prefer_css_page_size": True,
                       "tagged": True, "outline": True}
            if job.margins is not None:
                options |= {"display_header_footer": True, "header_template": job.margins.header,
                            "footer_template": job.margins.footer}
            page.pdf(**options)
            if finish is not None:
                finish(job, page, base + "/")
        page.close()


# --- make pdf ------------------------------------------------------------------------------

def _published_address(site_dir: Path) -> str:
    """The address the site was built for: its front page's canonical link."""
    front = site_dir / "index.html"
    html = front.read_text(encoding="utf-8") if front.is_file() else ""
    found = re.search(r'<link rel="canonical" href="([^"]*)"', html)
    return found.group(1) if found else ""


def _published_root(canonical: str, path: str) -> str:
    """The site's published root from a page's canonical address and its site path."""
    return canonical.removesuffix(path.lstrip("/"))


def make_all(root: Path, site_dir: Path, dist_dir: Path, browser=None) -> list[Path]:
    """Every PDF the site offers, into dist_dir; refuses a site built for a loopback address."""
    from . import chapters, downloads
    from .pdf_finish import Metadata, finish
    from .registry import load_registry

    published = _published_address(site_dir)
    if is_loopback(published) or not published.startswith("https://"):
        raise SystemExit(
            f"make pdf: the site in {site_dir} was built for {published or 'no address'}, and "
            "a PDF carries its published address (printed and as a QR code). Set SITE_URL to "
            "it: SITE_URL=https://… make pdf")
    languages, default = project_languages(root)
    whole_publication = page_path(page_placing(root / "docs", GATHERS_CHAPTERS))
    registry = load_registry(root, languages)
    labels = load_labels(root, languages)
    publication = registry.publication
    jobs, titles = [], {}
    for lang in languages:
        edition = edition_root(lang, default)
        numbers = labels[lang]
        whole = Job(f"/{edition}{whole_publication}", dist_dir / lang / downloads.PER_LANGUAGE[0],
                    margins(publication.title[lang], numbers))
        jobs.append(whole)
        titles[whole.output] = (lang, publication.title[lang])
        for chapter, chapter_path in downloads.chapter_pages(registry):
            title = chapters.title(registry, chapter, lang)
            job = Job(f"/{edition}{chapter_path}",
                      dist_dir / lang / downloads.chapter_pdf_name(chapter_path),
                      margins(title, numbers))
            jobs.append(job)
            titles[job.output] = (lang, f"{title} – {publication.title[lang]}")

    def finished(job: Job, page, printed_from: str) -> None:
        canonical = page.locator("link[rel=canonical]").get_attribute("href") or ""
        lang, title = titles[job.output]
        finish(job.output, Metadata(title, lang, str(publication.publisher), canonical),
               printed_from, _published_root(canonical, job.path),
               page.locator("h1, h2, h3, h4, h5, h6").evaluate_all(_HEADING_TEXTS))
        found = loopback_addresses(job.output)
        if found:
            job.output.unlink()
            raise SystemExit(f"make pdf: {job.output} carries {found[0]}; not written")

    print_pages(site_dir, jobs, browser, finished)
    return [job.output for job in jobs]


def main(site_dir: Path, dist_dir: Path) -> None:
    made = make_all(Path.cwd(), site_dir, dist_dir)
    print(f"{len(made)} PDFs in {dist_dir}/")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
