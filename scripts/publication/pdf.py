"""PDFs of built pages, printed by headless chromium exactly as a reader's "Save as PDF" would:
print media, A4 from the stylesheet's @page rule.

`python -m publication.pdf SITE DIST` writes DIST/<lang>/ledelse-af-digital-innovation.pdf from
each edition's /print/ page; the next build copies them into the site (see downloads.py).
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .chromium import INSTALL_HINT, chromium_path, launched

PDF_NAME = "ledelse-af-digital-innovation.pdf"
EDITIONS = {"da": "/print/", "en": "/en/print/"}


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


def print_pages(site_dir: Path, jobs: Sequence[tuple[str, Path]], browser=None) -> None:
    """Print each (site path, output file) to PDF, in ``browser`` or a chromium of our own."""
    if browser is None:
        if chromium_path() is None:
            raise SystemExit(f"chromium not found: {INSTALL_HINT}")
        with launched() as own:
            print_pages(site_dir, jobs, own)
        return
    with serve(site_dir) as base:
        page = browser.new_page()
        for path, output in jobs:
            output.parent.mkdir(parents=True, exist_ok=True)
            page.goto(base + path, wait_until="networkidle")
            page.emulate_media(media="print")
            page.pdf(path=str(output), prefer_css_page_size=True)
        page.close()


def main(site_dir: Path, dist_dir: Path) -> None:
    print_pages(site_dir, [(path, dist_dir / lang / PDF_NAME) for lang, path in EDITIONS.items()])


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
