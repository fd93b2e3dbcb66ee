"""A built site over HTTP on loopback, compressed the way a production web server sends it.

Text (HTML, CSS, JS, JSON, SVG) goes out gzip level 6 (nginx's and Apache's usual setting)
when the browser accepts it; fonts and images go out as they are, being compressed already.
The server counts the bytes it writes per request (headers included): that is what the
page cost to transfer, whoever asked for it (the page, or Material's search worker).
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import io
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}
GZIP_LEVEL = 6


def gzipped_size(data: bytes) -> int:
    return len(gzip.compress(data, GZIP_LEVEL, mtime=0))


class _CountingWriter:
    def __init__(self, raw):
        self.raw, self.count = raw, 0

    def write(self, data) -> int:
        self.count += len(data)
        return self.raw.write(data)

    def __getattr__(self, name):
        return getattr(self.raw, name)


class _GzipHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def setup(self):
        super().setup()
        self.wfile = _CountingWriter(self.wfile)

    def handle_one_request(self):
        before = self.wfile.count
        super().handle_one_request()
        if self.wfile.count > before:
            self.server.ledger.append((self.path.split("?")[0], self.wfile.count - before))

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts_gzip and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()  # directory redirects, 404s, fonts, images
        body = gzip.compress(path.read_bytes(), GZIP_LEVEL, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


class _LedgerServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.ledger: list[tuple[str, int]] = []  # (path, bytes sent), in order


@dataclass
class Served:
    url: str  # base URL, no trailing slash
    ledger: list[tuple[str, int]] = field(repr=False)


@contextlib.contextmanager
def serve(site: Path) -> Iterator[Served]:
    """Serve ``site`` on a free loopback port."""
    handler = functools.partial(_GzipHandler, directory=os.fspath(site))
    server = _LedgerServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Served(f"http://127.0.0.1:{server.server_port}", server.ledger)
    finally:
        server.shutdown()
        server.server_close()
