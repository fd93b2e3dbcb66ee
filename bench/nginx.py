"""A built site served by Debian's nginx through the project's own hosting/nginx.conf (its
.gz copies, gzip settings and headers), on a free loopback port. nginx's access log is the
ledger of what a visit cost: one line per request with the body bytes sent, as compressed."""

from __future__ import annotations

import contextlib
import importlib.util
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .project import ROOT

# nginx's default "combined" format: "GET /path HTTP/1.1" STATUS BODY_BYTES_SENT
_LINE = re.compile(r'"[A-Z]+ (?P<path>[^\s?]+)\S* [^"]*" \d{3} (?P<bytes>\d+)')


def _nginxsite():
    """hosting/nginxsite.py is a script beside the config it renders, not a package."""
    spec = importlib.util.spec_from_file_location("nginxsite", ROOT / "hosting" / "nginxsite.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["nginxsite"] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Served:
    url: str  # no trailing slash
    log: Path

    def mark(self) -> int:
        return self.log.stat().st_size

    def requests_since(self, mark: int) -> list[tuple[str, int]]:
        """(path, body bytes) of every request logged after ``mark``."""
        with self.log.open("rb") as log:
            log.seek(mark)
            text = log.read().decode("utf-8", "replace")
        return [(m["path"], int(m["bytes"])) for m in _LINE.finditer(text)]


@contextlib.contextmanager
def serve(site: Path, workdir: Path) -> Iterator[Served]:
    nginxsite = _nginxsite()
    nginx = nginxsite.require_nginx()
    nginxsite.check_site(site, "")  # built for the root, with its .hosting/ includes
    workdir.mkdir(parents=True)
    port, log = free_port(), workdir / "access.log"
    log.touch()
    main = nginxsite.write_standalone(nginxsite.Deployment(site, "", f"127.0.0.1:{port}"),
                                      workdir, access_log=str(log))
    errors = (workdir / "stderr.log").open("w")
    process = subprocess.Popen(nginxsite.nginx_command(nginx, workdir, main),
                               stdout=subprocess.DEVNULL, stderr=errors)
    try:
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"nginx did not start: {(workdir / 'stderr.log').read_text()}")
            time.sleep(0.05)
        yield Served(f"http://127.0.0.1:{port}", log)
    finally:
        process.terminate()  # the master stops its workers on TERM
        process.wait(timeout=10)
        errors.close()
