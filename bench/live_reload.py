"""Time from saving a page to the rebuilt page being served by `mkdocs serve`, as `make serve`
runs it (--strict --livereload), in a copy of the project."""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PAGE_SOURCE = "docs/greb/kultur-og-rammer.md"
PAGE_URL = "/greb/kultur-og-rammer/"
_POLL_S = 0.02
_START_TIMEOUT_S = 180
_RELOAD_TIMEOUT_S = 180


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(url: str, marker: str, timeout: float) -> float:
    """Seconds until ``url`` serves a page containing ``marker``."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        body = _fetch(url)
        if body is not None and marker in body:
            return time.perf_counter() - start
        time.sleep(_POLL_S)
    raise TimeoutError(f"{url} did not show {marker!r} within {timeout:.0f} s")


def measure(project: Path, runs: int) -> dict:
    port = _free_port()
    log = (project / "bench-serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--strict", "--livereload",
         "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    url = f"http://127.0.0.1:{port}{PAGE_URL}"
    source = project / PAGE_SOURCE
    original = source.read_text(encoding="utf-8")
    try:
        startup = _wait_for(url, "</html>", _START_TIMEOUT_S)
        seconds = []
        for run in range(1, runs + 1):
            marker = f"Benchmarkør {run} {time.time_ns()}"
            source.write_text(f"{original}\n{marker}\n", encoding="utf-8")
            seconds.append(_wait_for(url, marker, _RELOAD_TIMEOUT_S))
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the server and nothing else: its own group
        server.wait(timeout=30)
        log.close()
        source.write_text(original, encoding="utf-8")
    return {"seconds_median": statistics.median(seconds), "seconds_fastest": min(seconds),
            "seconds": seconds,
            "startup_seconds": startup, "runs": runs}
