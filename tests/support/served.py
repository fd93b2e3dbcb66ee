"""A deployment of the built site run by real nginx on a free loopback port, and a plain HTTP
client that shows responses as they are (no redirects followed, nothing decompressed)."""

from __future__ import annotations

import contextlib
import http.client
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import nginxsite
from bs4 import BeautifulSoup

STARTUP_SECONDS = 10
SUBPATH_PREFIX = "/ledelse"  # an intranet's sub-path, as in site_url http://host/ledelse/


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_listening(process: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx exited ({process.returncode}):\n{log.read_text()}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nginx did not listen on {port} in {STARTUP_SECONDS}s:\n{log.read_text()}")


@contextlib.contextmanager
def running(nginx: str, site: Path, prefix: str, workdir: Path):
    """nginx serving ``site`` at http://127.0.0.1:PORT{prefix}/; yields that root URL."""
    workdir.mkdir(parents=True)
    port = free_port()
    deployment = nginxsite.Deployment(site, prefix, f"127.0.0.1:{port}")
    main = nginxsite.write_standalone(deployment, workdir)
    log = workdir / "stderr.log"
    with log.open("w") as stderr:
        process = subprocess.Popen(nginxsite.nginx_command(nginx, workdir, main),
                                   stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        _wait_until_listening(process, port, log)
        yield f"http://127.0.0.1:{port}{prefix}"
    finally:
        process.terminate()  # nginx's master stops its workers on TERM
        process.wait(timeout=10)


@dataclass
class Response:
    status: int
    headers: dict[str, str]  # names lower-cased
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def get(url: str, **headers: str) -> Response:
    """GET an absolute http://127.0.0.1 URL; header names given with _ for -."""
    assert url.startswith("http://127.0.0.1:"), url  # loopback only
    host, _, path = url.removeprefix("http://").partition("/")
    connection = http.client.HTTPConnection(host, timeout=10)
    try:
        named = {name.replace("_", "-"): value for name, value in headers.items()}
        connection.request("GET", "/" + path, headers=named)
        response = connection.getresponse()
        return Response(response.status, {k.lower(): v for k, v in response.getheaders()},
                        response.read())
    finally:
        connection.close()


def missing_assets(page_url: str, html: str) -> list[str]:
    """The stylesheets, scripts and icon a page links that do not load, resolved as a browser
    would against the address it was served at (for a 404, the unknown path)."""
    document = BeautifulSoup(html, "html.parser")
    links = [tag["href"] for tag in document.select("link[rel=stylesheet], link[rel=icon]")]
    links += [tag["src"] for tag in document.select("script[src]")]
    assert links, "the page links no assets"
    urls = [urljoin(page_url, link) for link in links]
    return [url for url in urls if get(url).status != 200]
